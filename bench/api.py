"""API benchmark: every main read and write endpoint against /healthz in the same run, then the
two things the serving model and the queues must keep true.

Run with `make bench` (or `python bench/api.py [--seconds S] [--rounds N]`). It uses the
database and Redis of DATABASE_URL / REDIS_URL (the embedded defaults otherwise: SQLite and a
file broker, say so in the conditions line), serves the API as `make run` does (gunicorn's
threaded workers, radicpro/gunicorn_conf.py) on a port of 18900-18999, and loads it with wrk
(installed with apt-get when missing), `-t2 -c16`, the endpoints interleaved round by round.
Printed as markdown tables:

1. req/s, p50 and p99 of each endpoint and its req/s as a share of /healthz's in the same round
   (medians over the rounds), with the issue's targets (list >= 30 % and p99 < 100 ms; detail
   and /v1/auth/me >= 50 %); and the CPU a request cost the server (gunicorn's processes and
   their PostgreSQL backends, from /proc) with /healthz's CPU a request as a share of it: what
   the req/s share is on a machine that serves nothing else, measured on one that does; then
   what the design reads cannot cost less than (/v1/auth/me's CPU, and their statement and
   rate-limit count run alone) and the share of /healthz that leaves them at most;
2. /healthz latency, probed at a steady pace on one connection, alone and while 8 clients keep
   a synchronous (waiting) export each in flight (target p99 < 50 ms);
3. a burst of 200 exports queued, then a design created: how long its design.created webhook
   takes to reach a local receiver (target < 5 s), with `make run`'s one worker on every queue
   and with a worker a queue as in the compose file.

Rate limits stay on, raised far above the load (their cost is part of every request).
"""

from __future__ import annotations

import argparse
import http.client
import http.server
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

PORTS = range(18900, 19000)
CONNECTIONS = 16
THREADS = 2
LIST_SHARE_TARGET, DETAIL_SHARE_TARGET, LIST_P99_TARGET_MS = 0.30, 0.50, 100.0
HEALTHZ_P99_TARGET_MS, WEBHOOK_TARGET_S = 50.0, 5.0
WAITING_EXPORTS, BURST_EXPORTS = 8, 200
HIGH_RATE = "1000000/minute"


def free_port(taken: set[int]) -> int:
    for port in PORTS:
        if port in taken:
            continue
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
        taken.add(port)
        return port
    raise RuntimeError(f"no free port in {PORTS.start}-{PORTS.stop - 1}")


def ensure_wrk() -> str:
    """wrk's path, installing Debian's package when it is missing."""
    found = shutil.which("wrk")
    if found:
        return found
    print("Installing wrk (apt-get) ...", flush=True)
    install = ["apt-get", "install", "-y", "-q", "wrk"]
    if subprocess.run(install, capture_output=True, check=False).returncode != 0:  # noqa: S603
        subprocess.run(["apt-get", "update", "-q"], capture_output=True, check=False)  # noqa: S607
        subprocess.run(install, capture_output=True, check=True)  # noqa: S603
    found = shutil.which("wrk")
    if not found:
        raise SystemExit("wrk is needed: apt-get install wrk")
    return found


# --- the stack under test -------------------------------------------------------------------

def environment(var_dir: Path, port: int) -> dict[str, str]:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "radicpro.settings.base",
           "RADICPRO_VAR_DIR": str(var_dir), "PORT": str(port),
           "PROMETHEUS_MULTIPROC_DIR": str(var_dir / "prometheus"),
           "RADICPRO_WEBHOOK_ALLOW_PRIVATE": "1", "CELERY_TASK_ALWAYS_EAGER": "0",
           "PYTHONPATH": str(REPO)}
    for category in ("AUTH", "DESIGN_CRUD", "EXPORT", "AI_GENERATION", "SMART_IMAGE",
                     "ASSET_UPLOAD"):
        env[f"RADICPRO_RATE_{category}"] = HIGH_RATE
    (var_dir / "prometheus").mkdir(parents=True, exist_ok=True)
    return env


def conditions() -> str:
    database = os.environ.get("DATABASE_URL", "")
    redis = os.environ.get("REDIS_URL", "")
    db = "PostgreSQL" if database.startswith("postgres") else "SQLite (embedded default)"
    broker = "Redis" if redis else "file broker (embedded default)"
    load = os.getloadavg()
    return (f"{os.cpu_count()} cores, load average {load[0]:.1f} at start; {db}; {broker}; "
            f"wrk -t{THREADS} -c{CONNECTIONS}")


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=REPO, env=env, check=True,  # noqa: S603
                   stdout=subprocess.DEVNULL)


class Stack:
    """gunicorn as `make run` serves it, and Celery workers started and stopped at will."""

    def __init__(self, env: dict[str, str], port: int, log_dir: Path):
        from radicpro import serve

        self.env, self.port, self.log_dir = env, port, log_dir
        self.web = self._start("web", serve.web_command(port=port, workers=0))
        self.workers: list[subprocess.Popen] = []
        self._wait_until_up()

    def _start(self, name: str, command: list[str]) -> subprocess.Popen:
        log = (self.log_dir / f"{name}.log").open("ab")
        return subprocess.Popen(command, cwd=REPO, env=self.env, stdout=log,  # noqa: S603
                                stderr=subprocess.STDOUT, start_new_session=True)

    def _wait_until_up(self) -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if request(self.port, "GET", "/healthz")[0] == 200:
                    return
            except OSError:
                if self.web.poll() is not None:
                    raise SystemExit(f"gunicorn exited: see {self.log_dir / 'web.log'}") from None
            time.sleep(0.3)
        raise SystemExit("gunicorn did not answer /healthz within 120 s")

    def start_worker(self, name: str, queues: list[str] | None, concurrency: int) -> None:
        command = [sys.executable, "-m", "celery", "-A", "radicpro", "worker", "-n",
                   f"{name}@%h", "--concurrency", str(concurrency), "--loglevel", "INFO",
                   "--without-gossip", "--without-mingle"]
        if queues:
            command += ["-Q", ",".join(queues)]
        log = self.log_dir / f"worker-{name}.log"
        log.unlink(missing_ok=True)
        worker = self._start(f"worker-{name}", command)
        self.workers.append(worker)
        deadline = time.monotonic() + 180
        while " ready." not in log.read_text(errors="replace"):  # celery's "<name> ready."
            if worker.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the {name} worker did not start: see {log}")
            time.sleep(0.2)

    def stop_workers(self) -> None:
        for worker in self.workers:
            stop(worker)
        self.workers = []

    def purge(self) -> None:
        from radicpro.queues import QUEUES

        subprocess.run([sys.executable, "-m", "celery", "-A", "radicpro", "purge", "-f",  # noqa: S603
                        "-Q", ",".join(QUEUES)], cwd=REPO, env=self.env, check=False,
                       capture_output=True)

    def close(self) -> None:
        self.stop_workers()
        stop(self.web)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def request(port: int, method: str, path: str, body: dict | None = None,
            headers: dict | None = None, timeout: float = 60) -> tuple[int, dict]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        payload = json.dumps(body).encode() if body is not None else None
        connection.request(method, path, body=payload, headers={
            "Content-Type": "application/json", **(headers or {})})
        response = connection.getresponse()
        raw = response.read()
        return response.status, (json.loads(raw) if raw else {})
    finally:
        connection.close()


# --- seed data ------------------------------------------------------------------------------

def seed(designs: int = 100) -> dict:
    """A bench user (enterprise plan) with `designs` ten-layer designs sharing a thumbnail."""
    import django

    django.setup()
    from django.db import connection

    from assets.services import asset_create_from_bytes
    from bench.render import DESIGN
    from designs.models import Design
    from designs.services import design_create
    from radicpro.accounts.models import User

    email = f"bench-api-{int(time.time())}@radicpro.local"
    user = User.objects.create_user(email=email, password=None, full_name="API bench",
                                    plan="enterprise")
    made = [design_create(owner=user, title=f"Bench design {index}", format="instagram_post",
                          design_json=json.loads(json.dumps(DESIGN))) for index in range(designs)]
    thumbnail = asset_create_from_bytes(owner=user, data=b"\x89PNG bench", type="thumbnail",
                                        filename="t.png", mime_type="image/png")
    Design.objects.filter(owner=user).update(thumbnail=thumbnail)
    if connection.vendor == "postgresql":  # the statistics a database in service has
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return {"user_id": user.pk, "design_ids": [design.pk for design in made]}


def token_for(user_id) -> str:
    from radicpro.accounts.models import User
    from radicpro.accounts.services import session_issue

    return session_issue(user=User.objects.get(pk=user_id))["access_token"]


# --- wrk ------------------------------------------------------------------------------------

def lua_script(directory: Path, name: str, *, method: str, paths: list[str], token: str,
               body: dict | None, extra: dict | None = None) -> Path:
    """A wrk script sending `method` to one of `paths` in turn, with the token and body."""
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json",
               **(extra or {})}
    lines = [f"wrk.method = {json.dumps(method)}"]
    lines += [f"wrk.headers[{json.dumps(key)}] = {json.dumps(value)}"
              for key, value in headers.items()]
    if body is not None:
        lines.append(f"wrk.body = {json.dumps(json.dumps(body))}")
    lines.append("local paths = {" + ", ".join(json.dumps(path) for path in paths) + "}")
    lines.append("local n = 0")
    lines.append("request = function()\n  n = n + 1\n"
                 "  return wrk.format(nil, paths[(n % #paths) + 1])\nend")
    script = directory / f"{name}.lua"
    script.write_text("\n".join(lines) + "\n")
    return script


def parse_wrk(output: str) -> dict:
    def latency_ms(label: str) -> float:
        match = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
        if not match:
            return float("nan")
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    errors = re.search(r"Socket errors: (.*)", output)
    total = re.search(r"(\d+) requests in", output)
    return {"rps": float(rps.group(1)) if rps else 0.0, "p50": latency_ms("50"),
            "requests": int(total.group(1)) if total else 0,
            "p99": latency_ms("99"), "non2xx": int(bad.group(1)) if bad else 0,
            "errors": errors.group(1).strip() if errors else ""}


# --- CPU a request costs the server --------------------------------------------------------

def _children(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == parent:
                found.append(int(entry.name))
    return found


def _database_backends() -> list[int]:
    """PostgreSQL's processes serving this database (the web threads' connections)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return []
    with connection.cursor() as cursor:
        cursor.execute("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                       "AND pid <> pg_backend_pid()")
        return [row[0] for row in cursor.fetchall()]


def server_cpu(stack: Stack) -> dict[int, float]:
    """CPU seconds so far of gunicorn (master and workers) and their PostgreSQL backends, by
    process: what the requests cost the machine whoever else shares it (Redis, shared by
    every helper on the machine, is left out: a few µs a command)."""
    ticks = os.sysconf("SC_CLK_TCK")
    usage = {}
    for pid in [stack.web.pid, *_children(stack.web.pid), *_database_backends()]:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        usage[pid] = (int(fields[11]) + int(fields[12])) / ticks  # utime + stime
    return usage


def cpu_ms_per_request(before: dict[int, float], after: dict[int, float], requests: int) \
        -> float:
    spent = sum(after[pid] - before.get(pid, 0.0) for pid in after)
    return spent * 1000 / requests if requests else float("nan")


def run_wrk(wrk: str, port: int, path: str, seconds: int, script: Path | None) -> dict:
    command = [wrk, f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency",
               "--timeout", "10s"]
    if script is not None:
        command += ["-s", str(script)]
    command.append(f"http://127.0.0.1:{port}{path}")
    result = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
    return parse_wrk(result.stdout)


def throughput(stack: Stack, wrk: str, data: dict, seconds: int, rounds: int,
               work: Path, only: list[str] | None = None) -> list[dict]:
    """wrk on every endpoint (or those whose label contains one of `only`, /healthz always),
    round after round; the medians and shares of /healthz."""
    design_ids = data["design_ids"]
    first = design_ids[0]
    # endpoint label -> (method, paths, body, extra headers, target share of /healthz)
    cases: list[tuple[str, str, list[str], dict | None, dict | None, float | None]] = [
        ("GET /healthz", "GET", ["/healthz"], None, None, None),
        ("GET /v1/auth/me", "GET", ["/v1/auth/me"], None, None, DETAIL_SHARE_TARGET),
        ("GET /v1/designs?limit=20", "GET", ["/v1/designs?limit=20"], None, None,
         LIST_SHARE_TARGET),
        ("GET /v1/designs?limit=20&sort=title&cursor=…", "GET", [], None, None, None),
        ("GET /v1/designs/{id}", "GET", [f"/v1/designs/{i}" for i in design_ids[:50]], None,
         None, DETAIL_SHARE_TARGET),
        ("GET /v1/jobs?limit=20", "GET", ["/v1/jobs?limit=20"], None, None, None),
        ("GET /v1/exports?limit=20", "GET", ["/v1/exports?limit=20"], None, None, None),
        ("GET /v1/campaigns", "GET", ["/v1/campaigns"], None, None, None),
        ("POST /v1/designs", "POST", ["/v1/designs"],
         {"title": "Bench create", "format": "instagram_post"}, None, None),
        ("PATCH /v1/designs/{id}", "PATCH", [f"/v1/designs/{i}" for i in design_ids[50:]],
         {"title": "Bench rename"}, None, None),
        ("POST /v1/export (Prefer: respond-async)", "POST", ["/v1/export"],
         {"designId": first, "format": "png"}, {"Prefer": "respond-async"}, None),
    ]
    if only:
        cases = [case for case in cases
                 if case[0] == "GET /healthz" or any(part in case[0] for part in only)]
    token = token_for(data["user_id"])
    status, page = request(stack.port, "GET", "/v1/designs?limit=20&sort=title",
                           headers={"Authorization": f"Bearer {token}"})
    cursor = page["data"]["pagination"]["nextCursor"]
    results: dict[str, list[dict]] = {case[0]: [] for case in cases}
    for round_number in range(rounds):
        token = token_for(data["user_id"])  # fresh each round: access tokens expire
        for label, method, paths, body, extra, _target in cases:
            if not paths:
                paths = [f"/v1/designs?limit=20&sort=title&cursor={cursor}"]
            script = None
            if label != "GET /healthz":
                script = lua_script(work, f"case{round_number}", method=method, paths=paths,
                                    token=token, body=body, extra=extra)
            before = server_cpu(stack)
            outcome = run_wrk(wrk, stack.port, paths[0], seconds, script)
            outcome["cpu_ms"] = cpu_ms_per_request(before, server_cpu(stack),
                                                   outcome["requests"])
            results[label].append(outcome)
            print(f"  round {round_number + 1} {label}: {outcome['rps']:.0f} req/s, "
                  f"p99 {outcome['p99']:.1f} ms, {outcome['cpu_ms']:.2f} CPU ms a request"
                  + (f", {outcome['non2xx']} non-2xx" if outcome["non2xx"] else ""), flush=True)
    rows = []
    healthz = results["GET /healthz"]
    for label, *_rest, target in cases:
        runs = results[label]
        shares = [run["rps"] / base["rps"] for run, base in zip(runs, healthz, strict=True)
                  if base["rps"]]
        cpu_shares = [base["cpu_ms"] / run["cpu_ms"]
                      for run, base in zip(runs, healthz, strict=True) if run["cpu_ms"] > 0]
        rows.append({"label": label, "rps": statistics.median(r["rps"] for r in runs),
                     "p50": statistics.median(r["p50"] for r in runs),
                     "p99": statistics.median(r["p99"] for r in runs),
                     "share": statistics.median(shares) if shares else 0.0,
                     "cpu_ms": statistics.median(r["cpu_ms"] for r in runs),
                     "cpu_share": statistics.median(cpu_shares) if cpu_shares else 0.0,
                     "non2xx": sum(r["non2xx"] for r in runs), "target": target,
                     "rounds": [round(r["rps"]) for r in runs]})
    return rows


def read_floors(data: dict, reads: int = 2000) -> dict[str, dict] | None:
    """What the two design reads do beyond /v1/auth/me, each run alone `reads` times: their
    statement (designs.selectors: `design_detail`, and page 1 of `DesignListing` with its
    total, as the paginator reads them), as CPU of this client and of its PostgreSQL
    backend; and their count of the design_crud rate limit (one Redis command; the bench
    user's plan has no quota, so /v1/auth/me counts nothing). With /v1/auth/me's server CPU
    (the request, DRF, the token) it is what such a read cannot cost less than."""
    from django.db import connection

    from designs.selectors import DesignListing, design_detail
    from radicpro.accounts.models import User
    from radicpro.api.pagination import ListTotal
    from radicpro.api.throttling import hit_many, parse_rate

    if connection.vendor != "postgresql":
        return None
    user = User.objects.get(pk=data["user_id"])
    ids = data["design_ids"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        backend = cursor.fetchone()[0]

    def backend_seconds() -> float:
        fields = Path(f"/proc/{backend}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def cost(read) -> dict:
        for index in range(200):  # warm: the backend's caches, the pages, the loaders
            read(index)
        client, server = time.process_time(), backend_seconds()
        for index in range(reads):
            read(index)
        return {"client_ms": (time.process_time() - client) * 1000 / reads,
                "backend_ms": (backend_seconds() - server) * 1000 / reads}

    def page(_index: int) -> None:  # as radicpro.api.pagination reads page 1 and its total
        listing = DesignListing(user=user)
        listing.rows(after_values=None, start=0, size=21,
                     bounded_count=ListTotal(listing).count_query())

    limit, period = parse_rate(HIGH_RATE)
    started = time.process_time()
    for _ in range(reads):
        hit_many([(f"design_crud:user:{user.pk}:floor", limit, period)])
    rate_limit_ms = (time.process_time() - started) * 1000 / reads
    return {
        "GET /v1/designs/{id}": {
            **cost(lambda index: design_detail(user=user, design_id=ids[index % len(ids)])),
            "rate_limit_ms": rate_limit_ms, "target": DETAIL_SHARE_TARGET},
        "GET /v1/designs?limit=20": {**cost(page), "rate_limit_ms": rate_limit_ms,
                                     "target": LIST_SHARE_TARGET},
    }


def print_floors(rows: list[dict], floors: dict[str, dict] | None) -> None:
    by_label = {row["label"]: row for row in rows}
    healthz, me = by_label.get("GET /healthz"), by_label.get("GET /v1/auth/me")
    if floors is None or healthz is None or me is None or healthz["cpu_ms"] <= 0:
        return
    print("\nWhat a design read cannot cost less than (server CPU ms a request): /v1/auth/me's, "
          "plus its statement and its rate-limit count run alone; and the share of /healthz "
          f"({healthz['cpu_ms']:.2f} ms) that leaves it at most.\n")
    print("| endpoint | /v1/auth/me | statement (client) | statement (PostgreSQL) | "
          "rate-limit count | floor | at most | target | measured |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for label, part in floors.items():
        floor = me["cpu_ms"] + part["client_ms"] + part["backend_ms"] + part["rate_limit_ms"]
        measured = by_label.get(label)
        print(f"| `{label}` | {me['cpu_ms']:.2f} | {part['client_ms']:.2f} | "
              f"{part['backend_ms']:.2f} | {part['rate_limit_ms']:.2f} | {floor:.2f} | "
              f"{healthz['cpu_ms'] / floor:.0%} | {part['target']:.0%} | "
              + (f"{measured['cpu_share']:.0%} ({measured['cpu_ms']:.2f} ms) |" if measured
                 else "|"))


def print_throughput(rows: list[dict]) -> None:
    print("\n| endpoint | req/s | p50 ms | p99 ms | share of /healthz | target | "
          "req/s by round | non-2xx | server CPU ms a request | share by CPU |")
    print("|---|---:|---:|---:|---:|---|---|---:|---:|---:|")
    for row in rows:
        target = ""
        if row["target"] is not None:
            ok = row["share"] >= row["target"]
            if row["label"].startswith("GET /v1/designs?limit=20"):
                ok = ok and row["p99"] < LIST_P99_TARGET_MS
                target = f">= {row['target']:.0%}, p99 < {LIST_P99_TARGET_MS:.0f} ms"
            else:
                target = f">= {row['target']:.0%}"
            target += " ✓" if ok else " ✗"
        print(f"| `{row['label']}` | {row['rps']:.0f} | {row['p50']:.1f} | {row['p99']:.1f} | "
              f"{row['share']:.0%} | {target} | {row['rounds']} | {row['non2xx']} | "
              f"{row['cpu_ms']:.2f} | {row['cpu_share']:.0%} |")


# --- /healthz while exports wait ------------------------------------------------------------

def probe_healthz(port: int, seconds: float, pace: float = 0.02) -> list[float]:
    """/healthz latencies (ms), one request every `pace` s on one kept-alive connection."""
    latencies = []
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        started = time.perf_counter()
        connection.request("GET", "/healthz")
        connection.getresponse().read()
        latencies.append((time.perf_counter() - started) * 1000)
        time.sleep(max(0.0, pace - (time.perf_counter() - started)))
    connection.close()
    return latencies


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def waiting_exports(stack: Stack, data: dict, seconds: float) -> dict:
    """/healthz alone, then while WAITING_EXPORTS clients each keep a sync export waiting."""
    token = token_for(data["user_id"])
    alone = probe_healthz(stack.port, min(seconds, 10))
    stop_at = time.monotonic() + seconds
    export_times: list[float] = []
    statuses: list[int] = []

    def client(index: int) -> None:
        design = data["design_ids"][index]
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            status, _ = request(stack.port, "POST", "/v1/export",
                                {"designId": design, "format": "png", "resolution": "2x"},
                                {"Authorization": f"Bearer {token}"})
            export_times.append(time.perf_counter() - started)
            statuses.append(status)

    clients = [threading.Thread(target=client, args=(i,)) for i in range(WAITING_EXPORTS)]
    for thread in clients:
        thread.start()
    time.sleep(1.0)  # every client has an export in flight
    loaded = probe_healthz(stack.port, max(1.0, stop_at - time.monotonic()))
    for thread in clients:
        thread.join()
    return {"alone": alone, "loaded": loaded, "exports": export_times, "statuses": statuses,
            "seconds": seconds}


def print_waiting(result: dict) -> None:
    print(f"\n/healthz probed every 20 ms on one connection; {WAITING_EXPORTS} clients each keep "
          f"a synchronous PNG 2x export waiting for {result['seconds']:.0f} s "
          f"(`make run`'s worker: every queue, concurrency 2).\n")
    print("| /healthz | probes | p50 ms | p99 ms | max ms | target |")
    print("|---|---:|---:|---:|---:|---|")
    for label, values in (("alone", result["alone"]),
                          (f"{WAITING_EXPORTS} waiting exports", result["loaded"])):
        p99 = percentile(values, 0.99)
        target = "" if label == "alone" else (
            f"p99 < {HEALTHZ_P99_TARGET_MS:.0f} ms " + ("✓" if p99 < HEALTHZ_P99_TARGET_MS
                                                        else "✗"))
        print(f"| {label} | {len(values)} | {percentile(values, 0.5):.1f} | {p99:.1f} | "
              f"{max(values):.1f} | {target} |")
    done = [t for t, s in zip(result["exports"], result["statuses"], strict=True) if s == 200]
    if done:
        print(f"\nExports answered 200 while waiting: {len(done)} "
              f"({len(done) / result['seconds']:.1f}/s), median {statistics.median(done):.2f} s; "
              f"other statuses: {sorted(set(result['statuses']) - {200})}")


# --- a webhook behind a burst of exports ----------------------------------------------------

class Receiver:
    """A local webhook receiver noting when each event type first arrives."""

    def __init__(self, port: int):
        arrivals: dict[str, float] = {}
        self.arrivals = arrivals

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - the http.server hook
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                try:
                    event = json.loads(body).get("event", "?")
                except ValueError:
                    event = "?"
                arrivals.setdefault(event, time.monotonic())
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                return

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()


def queued_jobs(user_id) -> int:
    from radicpro.jobs.models import Job

    return Job.objects.filter(owner_id=user_id, kind="export",
                              status__in=[Job.Status.QUEUED, Job.Status.PROCESSING]).count()


def webhook_behind_burst(stack: Stack, data: dict, receiver: Receiver, receiver_port: int,
                         layout: str) -> dict:
    """Queues BURST_EXPORTS exports, then creates a design: when does design.created arrive?"""
    token = token_for(data["user_id"])
    auth = {"Authorization": f"Bearer {token}"}
    receiver.arrivals.clear()
    posted = 0
    lock = threading.Lock()

    def poster(count: int) -> None:
        nonlocal posted
        for index in range(count):
            design = data["design_ids"][index % len(data["design_ids"])]
            status, _ = request(stack.port, "POST", "/v1/export",
                                {"designId": design, "format": "png", "resolution": "2x"},
                                {**auth, "Prefer": "respond-async"})
            if status == 202:
                with lock:
                    posted += 1

    threads = [threading.Thread(target=poster, args=(BURST_EXPORTS // 8,)) for _ in range(8)]
    burst_started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    queued_after_burst = queued_jobs(data["user_id"])
    created_at = time.monotonic()
    status, _ = request(stack.port, "POST", "/v1/designs",
                        {"title": "After the burst", "format": "instagram_post"}, auth)
    deadline = created_at + 120
    while "design.created" not in receiver.arrivals and time.monotonic() < deadline:
        time.sleep(0.01)
    arrived = receiver.arrivals.get("design.created")
    backlog_at_arrival = queued_jobs(data["user_id"])
    while queued_jobs(data["user_id"]) and time.monotonic() < deadline + 600:
        time.sleep(0.5)
    drained = time.monotonic()
    return {"layout": layout, "posted": posted, "post_seconds": created_at - burst_started,
            "queued": queued_after_burst, "webhook_s": (arrived - created_at) if arrived else None,
            "backlog_at_arrival": backlog_at_arrival,
            "exports_per_s": posted / max(0.001, drained - burst_started),
            "drain_s": drained - burst_started, "create_status": status}


def print_burst(results: list[dict]) -> None:
    print(f"\nA burst of {BURST_EXPORTS} PNG 2x exports (Prefer: respond-async), then a design "
          "created: its design.created webhook's arrival at a local receiver.\n")
    print("| workers | exports queued | webhook after | exports still queued then | "
          "backlog drained in | exports/s | target |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for r in results:
        webhook = f"{r['webhook_s']:.2f} s" if r["webhook_s"] is not None else "never"
        ok = r["webhook_s"] is not None and r["webhook_s"] < WEBHOOK_TARGET_S
        print(f"| {r['layout']} | {r['queued']} | {webhook} | {r['backlog_at_arrival']} | "
              f"{r['drain_s']:.1f} s | {r['exports_per_s']:.1f} | < {WEBHOOK_TARGET_S:.0f} s "
              f"{'✓' if ok else '✗'} |")


# --- main -----------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=8, help="wrk duration a run")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--wait-seconds", type=float, default=20.0,
                        help="how long the 8 waiting exports run")
    parser.add_argument("--skip", choices=["throughput", "waiting", "burst"], action="append",
                        default=[])
    parser.add_argument("--only", action="append", default=[], metavar="TEXT",
                        help="throughput of the endpoints whose label contains TEXT (and "
                        "/healthz), e.g. --only 'GET /v1/designs' --only me")
    args = parser.parse_args()
    wrk = ensure_wrk()
    taken: set[int] = set()
    port, receiver_port = free_port(taken), free_port(taken)
    work = Path(tempfile.mkdtemp(prefix="radicpro-bench-api-"))
    env = environment(work / "var", port)
    os.environ.update({key: env[key] for key in (
        "DJANGO_SETTINGS_MODULE", "RADICPRO_VAR_DIR", "PORT", "CELERY_TASK_ALWAYS_EAGER")})
    print(f"## API benchmark\n\nConditions: {conditions()}.", flush=True)
    manage(env, "migrate", "--noinput")
    manage(env, "createcachetable")
    data = seed()
    stack = Stack(env, port, work)
    receiver = Receiver(receiver_port)
    try:
        if "throughput" not in args.skip:
            print(f"\nThroughput ({args.rounds} interleaved rounds of {args.seconds} s; no "
                  "worker runs, so queued exports stay queued):", flush=True)
            rows = throughput(stack, wrk, data, args.seconds, args.rounds, work, args.only)
            stack.purge()
            print_throughput(rows)
            print_floors(rows, read_floors(data))
        from radicpro.jobs.models import Job

        Job.objects.filter(owner_id=data["user_id"]).exclude(
            status__in=[Job.Status.COMPLETED, Job.Status.FAILED]).delete()
        if "waiting" not in args.skip:
            stack.start_worker("all", None, 2)
            print_waiting(waiting_exports(stack, data, args.wait_seconds))
            stack.stop_workers()
        if "burst" not in args.skip:
            token = token_for(data["user_id"])
            request(stack.port, "POST", "/v1/webhooks",
                    {"url": f"http://127.0.0.1:{receiver_port}/hook", "events": ["design.created"]},
                    {"Authorization": f"Bearer {token}"})
            outcomes = []
            stack.start_worker("all", None, 2)
            outcomes.append(webhook_behind_burst(stack, data, receiver, receiver_port,
                                                 "one worker, every queue (make run), 2 processes"))
            stack.stop_workers()
            stack.start_worker("exports", ["exports"], 2)
            stack.start_worker("webhooks", ["webhooks", "maintenance", "thumbnails"], 1)
            outcomes.append(webhook_behind_burst(stack, data, receiver, receiver_port,
                                                 "a worker a queue (compose): exports 2, "
                                                 "webhooks 1"))
            stack.stop_workers()
            print_burst(outcomes)
    finally:
        receiver.close()
        stack.close()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
