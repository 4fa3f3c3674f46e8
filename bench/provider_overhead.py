"""Client-side overhead of each HTTP provider call against the stand-in with zero artificial latency.

overhead = wall time of `provider.generate/edit(...)` − time the stand-in spent answering
(request parsing, building the answer, writing nothing else). What remains is ours: building the
prompt, HTTP over loopback, JSON, validation and lint (layouts), patch checks (edits), image
decode/crop/resize/PNG encode (images).

    .venv/bin/python bench/provider_overhead.py [--runs 30]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "radicpro.settings.test")

from aiengine.creative.reading import read_brief  # noqa: E402
from aiengine.providers.base import ImageRequest, LayoutRequest  # noqa: E402
from aiengine.providers.http import (  # noqa: E402
    FluxImageProvider,
    NanoBananaImageProvider,
    OpenAIEditProvider,
    OpenAIImageProvider,
    OpenAILayoutProvider,
)
from tests.standin import StandInServer  # noqa: E402

KEY = "bench-key"
BRIEF = read_brief("Instagram ad for Diwali electronics sale, 40% OFF, show headphones")
IMAGE = ImageRequest(recipe_type="product_shot", prompt="wireless headphones", width=1080,
                     height=1080, options={"aspectRatio": "1:1"},
                     context={"overallTheme": "premium dark with gold accents",
                              "brandColors": ["#FFCC00", "#050816"]})


def _cases(server: StandInServer) -> list[tuple[str, Callable[[], Any]]]:
    layout = OpenAILayoutProvider(base_url=server.openai_url, api_key=KEY)
    request = LayoutRequest(brief=BRIEF, format_id="instagram_post", variants=3)
    document = layout.generate(request).documents[0]
    edit = OpenAIEditProvider(base_url=server.openai_url, api_key=KEY)
    nano = NanoBananaImageProvider(base_url=server.url, api_key=KEY)
    flux = FluxImageProvider(base_url=server.url, api_key=KEY, poll_interval=0.05)
    openai_images = OpenAIImageProvider(base_url=server.openai_url, api_key=KEY)
    return [
        ("layout `openai` (3 variants, validate + lint)", lambda: layout.generate(request)),
        ("edit `openai` (apply_operations check)",
         lambda: edit.edit(document=document, instruction="make the headline #FF3366")),
        ("image `nano-banana-pro` (2K PNG → 1080²)", lambda: nano.generate(IMAGE)),
        ("image `flux-1.1-pro` (submit, poll, JPEG → 1080²)", lambda: flux.generate(IMAGE)),
        ("image `openai-images` (1024² b64 PNG → 1080²)", lambda: openai_images.generate(IMAGE)),
    ]


def _measure(server: StandInServer, call: Callable[[], Any], runs: int) -> dict[str, float]:
    totals, servers, overheads = [], [], []
    for index in range(runs + 2):
        server.reset()
        started = time.perf_counter()
        call()
        total = time.perf_counter() - started
        answered = sum(request.seconds for request in server.requests)
        if index >= 2:  # two warm-up calls (connection pool, caches)
            totals.append(total)
            servers.append(answered)
            overheads.append(total - answered)
    overheads.sort()
    return {"total": statistics.median(totals), "server": statistics.median(servers),
            "overhead": statistics.median(overheads),
            "p90": overheads[min(len(overheads) - 1, int(0.9 * len(overheads)))]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    runs = max(30, args.runs)
    with StandInServer() as server:
        rows = [(label, _measure(server, call, runs)) for label, call in _cases(server)]
    print(f"HTTP provider overhead vs. the stand-in, zero artificial latency, {runs} runs "
          f"(median ms; overhead = call − stand-in time)\n")
    print("| provider call | call | stand-in | overhead (median) | overhead (p90) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label, row in rows:
        print(f"| {label} | {row['total'] * 1000:.1f} | {row['server'] * 1000:.1f} "
              f"| {row['overhead'] * 1000:.1f} | {row['p90'] * 1000:.1f} |")


if __name__ == "__main__":
    main()
