"""Refresh the vendored SVGs from the npm package @iconify-json/fluent-emoji-flat (MIT, Microsoft).

    npm pack @iconify-json/fluent-emoji-flat && tar xzf iconify-json-fluent-emoji-flat-*.tgz
    python -m aiengine.creative.art.vendor package/icons.json

Writes one SVG per artwork the subject index names (subjects.json "art") into svg/ and removes
the others, so the repository keeps only the indexed subset.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from aiengine.creative.art.index import ART_DIR, load_subjects


def icon_svg(icon_set: dict, name: str) -> str:
    """The standalone SVG of one icon of an Iconify JSON set (aliases and flips resolved)."""
    alias = icon_set.get("aliases", {}).get(name)
    flip = bool(alias and alias.get("hFlip"))
    icon = icon_set["icons"][alias["parent"] if alias else name]
    left, top = icon.get("left", icon_set.get("left", 0)), icon.get("top", icon_set.get("top", 0))
    width, height = icon.get("width", icon_set.get("width", 16)), icon.get("height", icon_set.get("height", 16))
    body = icon["body"]
    if flip:
        body = f'<g transform="translate({left * 2 + width} 0) scale(-1 1)">{body}</g>'
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{left} {top} {width} {height}" '
            f'width="{width}" height="{height}">{body}</svg>\n')


def vendor(icons_json: Path) -> int:
    icon_set = json.loads(icons_json.read_text(encoding="utf-8"))
    wanted = sorted({name for subject in load_subjects() for name in subject.art})
    ART_DIR.mkdir(exist_ok=True)
    for name in wanted:
        (ART_DIR / f"{name}.svg").write_text(icon_svg(icon_set, name), encoding="utf-8")
    for stale in ART_DIR.glob("*.svg"):
        if stale.stem not in wanted:
            stale.unlink()
    return len(wanted)


if __name__ == "__main__":
    print(f"{vendor(Path(sys.argv[1]))} artworks written to {ART_DIR}")  # noqa: T201
