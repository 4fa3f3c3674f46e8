"""End-to-end design generation: POST /v1/ai/generate-designs, 3 variants with smart images.

Runs the real request path (auth, validation, credits, job, Celery task run eagerly, brief, layout,
smart images, saving, thumbnails, response) on a throwaway SQLite file, a fresh user per run
(nothing cached between runs but the process's warm code and fonts). Reports the median wall time
of the call (target < 1 s on the local engine) and the job's own processingTime.

With the stand-in for the hosted APIs (tests/standin) it also runs the same call through the HTTP
providers at zero artificial latency: server overhead = call − time the stand-in spent answering,
i.e. everything the server does around its providers. The per-call client overhead of each HTTP
provider (bench/provider_overhead.py) is appended when that benchmark is present.

    .venv/bin/python bench/generate.py [--runs 10] [--no-provider-overhead]
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "radicpro.settings.test")
# A file, not ":memory:": smart images are drawn in worker threads, and each thread's connection to an
# in-memory database would open a new, empty one (the metering then logs "no such table").
SCRATCH = Path(tempfile.mkdtemp(prefix="radicpro-bench-generate-"))
os.environ["DATABASE_URL"] = f"sqlite:///{SCRATCH / 'bench.sqlite3'}"
os.environ.setdefault("RADICPRO_RATE_LIMITS_ENABLED", "false")
os.environ.setdefault("RADICPRO_LOG_LEVEL", "WARNING")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402

from radicpro.accounts.models import User  # noqa: E402
from radicpro.accounts.services import session_issue  # noqa: E402
from radicpro.billing.services import credits_grant  # noqa: E402

PROMPT = "Instagram ad for Diwali electronics sale, 40% OFF, premium dark theme, show headphones"
BODY = {"prompt": PROMPT, "format": "instagram_post", "creativeConcept": "offer_focus",
        "options": {"variants": 3, "imageResolution": "1k"}}
TARGET_SECONDS = 1.0


def _client(index: int) -> APIClient:
    user = User.objects.create_user(email=f"bench{index}-{time.time_ns()}@example.com", password="x" * 12,
                                    full_name="Bench", plan="enterprise")
    credits_grant(user=user, amount=1000, description="bench")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {session_issue(user=user)['access_token']}")
    return client


THUMBNAIL_SECONDS: list[float] = []


def _timed_thumbnails() -> None:
    """Records how long each call spends drawing thumbnails (the designs app's renderer)."""
    from aiengine.services import generation

    real = generation._thumbnails

    def timed(designs: list) -> None:
        started = time.perf_counter()
        try:
            real(designs)
        finally:
            THUMBNAIL_SECONDS.append(time.perf_counter() - started)

    generation._thumbnails = timed


def _call(index: int, body: dict[str, Any]) -> tuple[float, int, float]:
    """(wall seconds, the job's processingTime ms, CPU seconds of this process) of one call."""
    client = _client(index)
    cpu = time.process_time()
    started = time.perf_counter()
    response = client.post("/v1/ai/generate-designs", body, format="json")
    took = time.perf_counter() - started
    cpu = time.process_time() - cpu
    if response.status_code != 200:
        raise SystemExit(f"generation failed: {response.status_code} {response.content[:300]!r}")
    data = response.json()["data"]
    status = [item["smartImageStatus"] for item in data["designs"]]
    if len(status) != body["options"]["variants"] or any(s["pending"] or not s["completed"] for s in status):
        raise SystemExit(f"unexpected answer: {status}")
    return took, data["generation"]["processingTime"], cpu


def _stats(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {"median": statistics.median(ordered), "p90": ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))],
            "min": ordered[0]}


def measure_local(runs: int) -> dict[str, dict[str, float]]:
    _call(-1, BODY)  # warm-up: imports, fonts, first renders
    calls, jobs, cpus, thumbs = [], [], [], []
    for index in range(runs):
        THUMBNAIL_SECONDS.clear()
        took, processing, cpu = _call(index, BODY)
        calls.append(took * 1000)
        jobs.append(float(processing))
        cpus.append(cpu * 1000)
        thumbs.append(sum(THUMBNAIL_SECONDS) * 1000)
    return {"call": _stats(calls), "job": _stats(jobs), "cpu": _stats(cpus), "thumbnails": _stats(thumbs),
            "without": _stats([call - thumb for call, thumb in zip(calls, thumbs, strict=True)])}


def measure_http(runs: int) -> dict[str, dict[str, float]] | None:
    try:
        from tests.standin import StandInServer
    except ImportError:
        return None
    body = {**BODY, "options": {**BODY["options"], "imageModel": "nano-banana-pro"}}
    with StandInServer() as server:
        overrides = {"RADICPRO_AI_LAYOUT_PROVIDER": "openai", "RADICPRO_AI_BASE_URL": server.openai_url,
                     "RADICPRO_AI_API_KEY": "bench-key", "RADICPRO_AI_NANO_BANANA_BASE_URL": server.url,
                     "RADICPRO_AI_NANO_BANANA_API_KEY": "bench-key",
                     # one request at a time, so "call − stand-in time" counts no overlap twice
                     "RADICPRO_AI_IMAGE_CONCURRENCY": 1}
        with override_settings(**overrides):
            _call(-2, body)
            calls, answered, overhead = [], [], []
            for index in range(runs):
                server.reset()
                took, _processing, _cpu = _call(1000 + index, body)
                spent = sum(request.seconds for request in server.requests)
                calls.append(took * 1000)
                answered.append(spent * 1000)
                overhead.append((took - spent) * 1000)
    return {"call": _stats(calls), "standin": _stats(answered), "overhead": _stats(overhead)}


def provider_overhead_table(runs: int) -> str | None:
    try:
        from bench import provider_overhead
    except ImportError:
        return None
    out = io.StringIO()
    argv = sys.argv
    sys.argv = [argv[0], "--runs", str(runs)]
    try:
        with redirect_stdout(out):
            provider_overhead.main()
    finally:
        sys.argv = argv
    return out.getvalue().strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--no-provider-overhead", action="store_true",
                        help="skip bench/provider_overhead.py's table (30 runs per provider call)")
    args = parser.parse_args()
    runs = max(10, args.runs)
    load = os.getloadavg()[0]
    call_command("migrate", verbosity=0, interactive=False)
    _timed_thumbnails()
    local = measure_local(runs)
    http = measure_http(runs)
    print(f"Design generation end to end: POST /v1/ai/generate-designs, 3 variants with smart images "
          f"(1k), {runs} runs, median / p90 / min ms, SQLite (a file), eager tasks, "
          f"{settings.RADICPRO_AI_IMAGE_CONCURRENCY} images at once; {os.cpu_count()} CPUs, load average "
          f"{load:.1f} when it started\n")
    print("| path | median | p90 | min | target |")
    print("| --- | ---: | ---: | ---: | --- |")
    call, job = local["call"], local["job"]
    verdict = "met" if call["median"] < TARGET_SECONDS * 1000 else "MISSED"
    print(f"| local engine: whole call | {call['median']:.0f} | {call['p90']:.0f} | {call['min']:.0f} "
          f"| < {TARGET_SECONDS * 1000:.0f} ms: {verdict} |")
    print(f"| local engine: job processingTime | {job['median']:.0f} | {job['p90']:.0f} | {job['min']:.0f} | |")
    for key, label in (("thumbnails", "— of which thumbnails (designs app's renderer, 3 × 1080² → 400 px)"),
                       ("without", "— the rest: auth, brief, layout, smart images, saving, answer")):
        row = local[key]
        print(f"| {label} | {row['median']:.0f} | {row['p90']:.0f} | {row['min']:.0f} | |")
    cpu = local["cpu"]
    print(f"| local engine: CPU time of the call (all threads) | {cpu['median']:.0f} | {cpu['p90']:.0f} "
          f"| {cpu['min']:.0f} | |")
    if http is not None:
        print(f"| HTTP providers (stand-in, no latency, images one at a time): whole call | {http['call']['median']:.0f} "
              f"| {http['call']['p90']:.0f} | {http['call']['min']:.0f} | |")
        print(f"| — of which the stand-in answering | {http['standin']['median']:.0f} "
              f"| {http['standin']['p90']:.0f} | {http['standin']['min']:.0f} | |")
        print(f"| — server overhead around the HTTP providers | {http['overhead']['median']:.0f} "
              f"| {http['overhead']['p90']:.0f} | {http['overhead']['min']:.0f} | |")
    if not args.no_provider_overhead:
        table = provider_overhead_table(30)
        if table:
            print("\n" + table)


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(SCRATCH, ignore_errors=True)
