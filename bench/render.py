"""Renderer benchmark: a ten-layer 1080×1080 design, ours vs a warm headless Chromium.

Run with `make bench` (or `python bench/render.py [--runs N] [--check]`). Prints a markdown
table of wall-clock medians over N runs (default 30) per output, the peak memory of a fresh
process rendering at 3x, and the same design's SVG rendered by Debian's Chromium kept warm
(one browser and one tab, driven over the DevTools protocol; each run navigates to the SVG
and captures a screenshot of the same size and format)."""

from __future__ import annotations

import argparse
import base64
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from rendering import DictAssetSource, render  # noqa: E402
from rendering.images import clear_caches  # noqa: E402

ASSETS_DIR = REPO / "tests" / "rendering" / "assets"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--force-device-scale-factor=1", "--remote-allow-origins=*",
]
# (label, scale, format, target median ms)
CASES = [("PNG 1x", 1, "png", 40.0), ("PNG 2x", 2, "png", 150.0), ("JPG 2x", 2, "jpg", 80.0), ("PNG 3x", 3, "png", None),
         ("PNG 400 px thumbnail (0.37x)", 400 / 1080, "png", None)]
# The same design with an SVG logo and an SVG artwork (drawn by resvg): (label, scale, format, target
# median ms, cold). Warm runs reuse the per-process tiles as an export worker does; cold runs clear the
# asset caches first, so every SVG (and raster asset) is drawn again.
SVG_CASES = [("PNG 1x + SVG logo and art", 1, "png", 40.0, False), ("PNG 2x + SVG logo and art", 2, "png", 150.0, False),
             ("PNG 2x + SVG logo and art, cold caches", 2, "png", None, True)]
SVG_ART = REPO / "aiengine" / "creative" / "art" / "svg" / "headphone.svg"
SVG_LOGO = (b'<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80">'
            b'<rect width="240" height="80" rx="18" fill="#FFFFFF"/><circle cx="40" cy="40" r="24" fill="#FF4D00"/>'
            b'<path d="M28 40 L38 50 L54 30" stroke="#FFFFFF" stroke-width="6" fill="none"/>'
            b'<rect x="76" y="24" width="140" height="12" rx="6" fill="#050816"/>'
            b'<rect x="76" y="44" width="96" height="12" rx="6" fill="#3A0CA3"/></svg>')
MEMORY_TARGET_MB = 300
SPEEDUP_TARGET = 5.0


def _gradient(angle, *stops):
    return {"type": "linearGradient", "angle": angle,
            "stops": [{"offset": i / (len(stops) - 1), "color": c} for i, c in enumerate(stops)]}


def _radial(*stops):
    return {"type": "radialGradient", "stops": [{"offset": i / (len(stops) - 1), "color": c} for i, c in enumerate(stops)]}


def _text(layer_id, text, x, y, w, h, **style):
    return {"id": layer_id, "type": "text", "text": text, "position": {"x": x, "y": y}, "size": {"width": w, "height": h}, "style": style}


DESIGN = {
    "schemaVersion": "1.4",
    "id": "design_bench",
    "meta": {"title": "Diwali Mega Sale (benchmark)", "format": "instagram_post"},
    "canvas": {"width": 1080, "height": 1080, "background": _gradient(160, "#050816", "#3A0CA3", "#FF4D00")},
    "layers": [
        {"id": "layer_glow", "type": "shape", "shape": "ellipse", "position": {"x": 480, "y": 300},
         "size": {"width": 560, "height": 560}, "fill": _radial("#FFCC0099", "#FFCC0000")},
        {"id": "layer_product", "type": "image", "assetId": "asset_product", "fit": "contain",
         "position": {"x": 540, "y": 380}, "size": {"width": 460, "height": 460}},
        {"id": "layer_photo", "type": "image", "assetId": "asset_landscape", "fit": "cover", "cornerRadius": 32,
         "position": {"x": 80, "y": 420}, "size": {"width": 420, "height": 300}},
        _text("layer_headline", "Diwali Mega Sale", 80, 90, 920, 200, fontFamily="Inter", fontWeight=800, fontSize=96,
              color="#FFCC00", align="center", verticalAlign="middle", lineHeight=1.1, autoFit={"minSize": 48, "maxSize": 120},
              shadow={"color": "#00000080", "offsetX": 0, "offsetY": 4, "blur": 12}),
        _text("layer_subhead", "दिवाली सेल — up to 50% off everything", 80, 300, 920, 70, fontFamily="DM Sans",
              fontWeight=500, fontSize=40, color="#FFFFFF", align="center", verticalAlign="middle"),
        {"id": "layer_badge", "type": "shape", "shape": "ellipse", "position": {"x": 800, "y": 760},
         "size": {"width": 220, "height": 220}, "rotation": -12, "fill": _radial("#FF7A00", "#FF4D00"),
         "stroke": {"color": "#FFFFFF", "width": 4}},
        {**_text("layer_offer", "50%\nOFF", 800, 790, 220, 160, fontFamily="Poppins", fontWeight=800, fontSize=56,
                 lineHeight=1.0, color="#FFFFFF", align="center", verticalAlign="middle",
                 stroke={"color": "#7A1F00", "width": 2}), "rotation": -12},
        _text("layer_cta", "Shop now", 80, 800, 420, 90, fontFamily="Inter", fontWeight=700, fontSize=40, color="#050816",
              align="center", verticalAlign="middle", background={"color": "#FFCC00", "paddingX": 36, "paddingY": 16, "radius": 999}),
        {"id": "layer_rule", "type": "shape", "shape": "line", "position": {"x": 80, "y": 950},
         "size": {"width": 920, "height": 2}, "points": [{"x": 0, "y": 0}, {"x": 920, "y": 0}],
         "stroke": {"color": "#FFFFFF80", "width": 2, "dash": [12, 8]}},
        _text("layer_footer", "Offer valid till 12 Nov • radic.pro", 80, 970, 700, 60, fontFamily="Open Sans",
              fontWeight=400, fontSize=26, color="#FFFFFFCC", letterSpacing=1),
    ],
}


SVG_DESIGN = {
    **DESIGN, "id": "design_bench_svg",
    "layers": [*DESIGN["layers"],
               {"id": "layer_logo", "type": "image", "assetId": "asset_logo_svg", "fit": "contain",
                "position": {"x": 800, "y": 40}, "size": {"width": 240, "height": 80}},
               {"id": "layer_art", "type": "image", "assetId": "asset_art_svg", "fit": "contain",
                "position": {"x": 600, "y": 420}, "size": {"width": 360, "height": 360}}],
}


def assets() -> DictAssetSource:
    files = {f"asset_{p.stem}": p.read_bytes() for p in ASSETS_DIR.iterdir() if p.is_file()}
    return DictAssetSource({**files, "asset_logo_svg": SVG_LOGO, "asset_art_svg": SVG_ART.read_bytes()})


def time_ours(scale: float, image_format: str, runs: int, source: DictAssetSource, *, design: dict = DESIGN,
              cold: bool = False) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of `runs` renders (after three warm-up renders); `cold` clears
    the decoded-asset caches before each timed render."""
    for _ in range(3):
        render(design, scale=scale, image_format=image_format, assets=source)
    wall, cpu = [], []
    for _ in range(runs):
        if cold:
            clear_caches()
        start, start_cpu = time.perf_counter(), time.process_time()
        render(design, scale=scale, image_format=image_format, assets=source)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


_MEMORY_PROBE = """
import resource
import sys
sys.path.insert(0, {repo!r})
from bench.render import DESIGN, assets
from rendering import render
render(DESIGN, scale=3, image_format="png", assets=assets())
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_memory_mb() -> float:
    """Peak resident memory (MB) of a fresh Python process that renders the design at 3x."""
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE.format(repo=str(REPO))], check=True, capture_output=True, text=True
    )
    return int(out.stdout.strip().splitlines()[-1]) / 1024


class Chromium:
    """A headless Chromium with one tab, driven over the DevTools protocol (websocket-client)."""

    def __init__(self, binary: str) -> None:
        import websocket

        self.profile = tempfile.mkdtemp(prefix="bench-chromium-")
        self.process = subprocess.Popen(
            [binary, *CHROMIUM_FLAGS, f"--user-data-dir={self.profile}", "--remote-debugging-port=0", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        port = None
        deadline = time.monotonic() + 30
        while port is None and time.monotonic() < deadline:
            line = self.process.stderr.readline()
            match = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/", line)
            if match:
                port = int(match.group(1))
        if port is None:
            self.close()
            raise RuntimeError("Chromium did not start its DevTools endpoint")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as response:
            targets = json.load(response)
        page = next(t for t in targets if t.get("type") == "page")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=60, suppress_origin=True)
        self._id = 0
        self.call("Page.enable")

    def call(self, method: str, **params):
        self._id += 1
        self.ws.send(json.dumps({"id": self._id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self._id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def wait_event(self, name: str) -> None:
        while True:
            if json.loads(self.ws.recv()).get("method") == name:
                return

    def screenshot(self, url: str, width: int, height: int, image_format: str) -> bytes:
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)
        self.call("Page.navigate", url=url)
        self.wait_event("Page.loadEventFired")
        params = {"format": "jpeg", "quality": 90} if image_format == "jpg" else {"format": "png"}
        return base64.b64decode(self.call("Page.captureScreenshot", **params)["data"])

    def close(self) -> None:
        try:
            self.ws.close()
        except AttributeError:
            pass
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def time_chromium(chromium: Chromium, scale: float, image_format: str, runs: int, source, workdir: Path) -> list[float]:
    svg = render(DESIGN, scale=scale, image_format="svg", assets=source)
    page = workdir / f"design-{scale:g}x.svg"
    page.write_bytes(svg.data)
    for _ in range(3):
        chromium.screenshot(page.as_uri(), svg.width, svg.height, image_format)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        chromium.screenshot(page.as_uri(), svg.width, svg.height, image_format)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="timed runs per output (at least 30 for the README)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    source = assets()
    binary = shutil.which("chromium") or "/usr/bin/chromium"
    ours: dict[str, float] = {}
    ours_cpu: dict[str, float] = {}
    for label, scale, fmt, _ in CASES:
        wall, cpu = time_ours(scale, fmt, args.runs, source)
        ours[label], ours_cpu[label] = statistics.median(wall), statistics.median(cpu)
    for label, scale, fmt, _, cold in SVG_CASES:
        wall, cpu = time_ours(scale, fmt, args.runs, source, design=SVG_DESIGN, cold=cold)
        ours[label], ours_cpu[label] = statistics.median(wall), statistics.median(cpu)
    peak = peak_memory_mb()
    theirs: dict[str, float] = {}
    if Path(binary).exists():
        chromium = Chromium(binary)
        try:
            with tempfile.TemporaryDirectory() as tmp:
                for label, scale, fmt, _ in CASES:
                    theirs[label] = statistics.median(time_chromium(chromium, scale, fmt, args.runs, source, Path(tmp)))
        finally:
            chromium.close()
    missed = []
    lines = [
        f"Ten-layer 1080×1080 design, median of {args.runs} runs (wall clock), "
        "ours vs headless Chromium drawing the SVG export (warm browser and tab).",
        "",
        "| output | ours (ms) | ours, CPU (ms) | target (ms) | Chromium (ms) | Chromium ÷ ours |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for label, _, _, target in CASES:
        chrome = theirs.get(label)
        ratio = chrome / ours[label] if chrome else None
        if target is not None and ours[label] > target:
            missed.append(f"{label} {ours[label]:.1f} ms > {target:.0f} ms")
        if ratio is not None and ratio < SPEEDUP_TARGET:
            missed.append(f"{label} only {ratio:.1f}× faster than Chromium")
        target_cell = f"≤ {target:.0f}" if target else "—"
        chrome_cell = f"{chrome:.1f}" if chrome else "n/a"
        ratio_cell = f"{ratio:.1f}×" if ratio else "n/a"
        lines.append(
            f"| {label} | {ours[label]:.1f} | {ours_cpu[label]:.1f} | {target_cell} | {chrome_cell} | {ratio_cell} |"
        )
    for label, _, _, target, _ in SVG_CASES:
        if target is not None and ours[label] > target:
            missed.append(f"{label} {ours[label]:.1f} ms > {target:.0f} ms")
        target_cell = f"≤ {target:.0f}" if target else "—"
        lines.append(f"| {label} | {ours[label]:.1f} | {ours_cpu[label]:.1f} | {target_cell} | n/a | n/a |")
    if peak > MEMORY_TARGET_MB:
        missed.append(f"3x peak memory {peak:.0f} MB > {MEMORY_TARGET_MB} MB")
    lines.append(f"| peak memory, fresh process rendering 3x PNG | {peak:.0f} MB | | ≤ {MEMORY_TARGET_MB} MB | | |")
    load = os.getloadavg()[0]
    lines.append(f"\nLoad average when finished: {load:.1f} on {os.cpu_count()} CPUs (other work inflates wall-clock times).")
    if not theirs:
        lines.append("\nChromium not found (apt-get install -y chromium): no comparison.")
    if missed:
        lines.append("\nMissed: " + "; ".join(missed))
    sys.stdout.write("\n".join(lines) + "\n")
    return 1 if (args.check and missed) else 0


if __name__ == "__main__":
    raise SystemExit(main())
