"""Brief reading speed: read_brief over the test prompt tables (import, first call, then per-prompt best of 5).

Pure Python, no Django: reports the import time, the first call (phone metadata loading), and the median,
p90 and maximum of each prompt's best-of-5 time (target: a few ms).

    .venv/bin/python bench/read_brief.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    started = time.perf_counter()
    from aiengine.creative.reading import read_brief
    imported = time.perf_counter()
    read_brief("Warm-up: Diwali sale, 40% off, 14 Feb 2027 at 7 pm, call +91 98450 12345")
    first = time.perf_counter()
    from tests.aiengine.reading.fact_tables import HELD_OUT, OWN, TUNED
    from tests.aiengine.reading.test_copy import PROMPTS

    prompts = [prompt for prompt, _ in TUNED + HELD_OUT + OWN] + PROMPTS
    times = []
    for prompt in prompts:
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            read_brief(prompt)
            runs.append(time.perf_counter() - start)
        times.append(min(runs))
    times.sort()
    print(f"import {1000 * (imported - started):.0f} ms, first call {1000 * (first - imported):.0f} ms")
    print(f"read_brief over {len(prompts)} prompts (best of 5 each): median {1000 * statistics.median(times):.2f} ms, "
          f"p90 {1000 * times[int(0.9 * len(times))]:.2f} ms, max {1000 * times[-1]:.2f} ms")


if __name__ == "__main__":
    main()
