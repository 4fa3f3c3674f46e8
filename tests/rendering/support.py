"""Helpers for the renderer tests: reference cases, fixture assets, image comparison, Chromium."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageStat

from rendering import DictAssetSource

HERE = Path(__file__).resolve().parent
CASES_DIR = HERE / "cases"
ASSETS_DIR = HERE / "assets"
GOLDEN_DIR = HERE / "golden"
REPO = HERE.parents[1]
DIFF_DIR = REPO / "test-artifacts" / "render-diff"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
]


# How each output format's bytes begin: the one list a new output format adds itself to.
SIGNATURES = {
    "png": lambda data: data.startswith(b"\x89PNG\r\n\x1a\n"),
    "jpg": lambda data: data.startswith(b"\xff\xd8\xff"),
    "webp": lambda data: data[:4] == b"RIFF" and data[8:12] == b"WEBP",
    "pdf": lambda data: data.startswith(b"%PDF-"),
    "svg": lambda data: b"<svg" in data[:512],
}


def case_names() -> list[str]:
    return sorted(p.stem for p in CASES_DIR.glob("*.json"))


def load_case(name: str) -> dict:
    return json.loads((CASES_DIR / f"{name}.json").read_text(encoding="utf-8"))


def case_scale(document: dict) -> int:
    return int((document.get("meta") or {}).get("testScale", 1))


def fixture_assets() -> DictAssetSource:
    """Fixture images by asset id: `asset_<file stem>`."""
    return DictAssetSource({f"asset_{p.stem}": p.read_bytes() for p in sorted(ASSETS_DIR.iterdir()) if p.is_file()})


@dataclass(frozen=True)
class Comparison:
    mean_abs: float  # mean absolute channel difference, 0–255
    over_threshold: float  # percent of pixels whose largest channel difference exceeds the threshold

    def within(self, mean_abs: float, over_threshold: float) -> bool:
        return self.mean_abs <= mean_abs and self.over_threshold <= over_threshold


def compare(actual: Image.Image, expected: Image.Image, threshold: int = 48) -> Comparison:
    a, b = actual.convert("RGB"), expected.convert("RGB")
    if a.size != b.size:
        return Comparison(255.0, 100.0)
    diff = ImageChops.difference(a, b)
    mean_abs = sum(ImageStat.Stat(diff).mean) / 3
    worst = ImageChops.lighter(ImageChops.lighter(diff.getchannel(0), diff.getchannel(1)), diff.getchannel(2))
    over = ImageStat.Stat(worst.point(lambda v: 255 if v > threshold else 0)).mean[0] / 255 * 100
    return Comparison(mean_abs, over)


def write_diff(name: str, actual: Image.Image, expected: Image.Image | None) -> Path:
    """Write `<name>-{actual,expected,diff}.png` under test-artifacts/render-diff/."""
    DIFF_DIR.mkdir(parents=True, exist_ok=True)
    actual.save(DIFF_DIR / f"{name}-actual.png")
    if expected is not None:
        expected.save(DIFF_DIR / f"{name}-expected.png")
        if expected.size == actual.size:
            diff = ImageChops.difference(actual.convert("RGB"), expected.convert("RGB"))
            diff.point(lambda v: min(255, v * 4)).save(DIFF_DIR / f"{name}-diff.png")
    return DIFF_DIR


def parse_svg(data: bytes) -> ET.Element:
    """Parse SVG the renderer just produced (our own output, not untrusted input)."""
    return ET.fromstring(data)  # noqa: S314


def chromium_binary() -> str:
    """Debian's chromium; a clear failure when it is absent."""
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    raise AssertionError(
        "Chromium is not installed: the SVG checks need Debian's `chromium` package "
        "(.ci/run installs it; locally: apt-get install -y chromium)"
    )


def chromium_screenshot(svg: bytes, width: int, height: int) -> Image.Image:
    """Render SVG bytes in headless Chromium at width×height and return the screenshot."""
    binary = chromium_binary()
    with tempfile.TemporaryDirectory() as tmp:
        page, shot = Path(tmp) / "page.svg", Path(tmp) / "shot.png"
        page.write_bytes(svg)
        subprocess.run(
            [binary, *CHROMIUM_FLAGS, f"--user-data-dir={tmp}/profile", f"--window-size={width},{height}",
             f"--screenshot={shot}", page.as_uri()],
            check=True, capture_output=True, timeout=120,
        )
        with Image.open(shot) as image:
            return image.convert("RGB")
