"""`python -m exports.gallery OUTDIR`: an HTML page of the reference renders (PNG beside SVG)."""

from __future__ import annotations

import html
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rendering import DictAssetSource, render

REFERENCE_DIR = Path(__file__).resolve().parents[1] / "tests" / "rendering"


@dataclass
class GalleryItem:
    """One design: its title, the rendered files (label → file name in OUTDIR) and notes."""

    title: str
    files: list[tuple[str, str]]
    notes: list[str] = field(default_factory=list)


@dataclass
class GallerySection:
    """A titled group of items; other modules add their own (e.g. generated AI designs)."""

    title: str
    description: str
    items: list[GalleryItem]


def reference_section(outdir: Path, reference_dir: Path = REFERENCE_DIR) -> GallerySection:
    """Render every reference document into `outdir` as PNG and SVG."""
    assets = DictAssetSource({f"asset_{p.stem}": p.read_bytes() for p in sorted((reference_dir / "assets").iterdir())})
    items = []
    for case in sorted((reference_dir / "cases").glob("*.json")):
        document = json.loads(case.read_text(encoding="utf-8"))
        scale = int((document.get("meta") or {}).get("testScale", 1))
        png = render(document, scale=scale, assets=assets)
        svg = render(document, scale=scale, image_format="svg", assets=assets)
        (outdir / f"{case.stem}.png").write_bytes(png.data)
        (outdir / f"{case.stem}.svg").write_bytes(svg.data)
        notes = [f"{png.width}×{png.height} px at {scale}x"] + [f"warning: {w}" for w in png.warnings]
        items.append(GalleryItem(case.stem, [("PNG", f"{case.stem}.png"), ("SVG", f"{case.stem}.svg")], notes))
    return GallerySection(
        "Reference documents",
        "The golden-test documents (tests/rendering/cases): the raster render beside the SVG export "
        "as this browser draws it.",
        items,
    )


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Radic Pro render gallery</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 24px; background: #f4f5f8; color: #1b1f3b; }}
section {{ margin-bottom: 48px; }}
article {{ background: #fff; border-radius: 12px; padding: 16px; margin: 16px 0; box-shadow: 0 1px 3px #0002; }}
.row {{ display: flex; gap: 16px; flex-wrap: wrap; align-items: flex-start; }}
figure {{ margin: 0; }}
figure img {{ max-width: 520px; width: 100%; border: 1px solid #dde; background:
  repeating-conic-gradient(#eee 0 25%, #fff 0 50%) 0 0 / 16px 16px; }}
figcaption {{ font-size: 12px; color: #667; }}
ul {{ font-size: 13px; color: #445; }}
</style></head><body>
<h1>Radic Pro render gallery</h1>
{sections}
</body></html>
"""


def _item_html(item: GalleryItem) -> str:
    figures = "".join(
        f'<figure><img src="{html.escape(name)}" alt="{html.escape(item.title)} {html.escape(label)}" loading="lazy">'
        f"<figcaption>{html.escape(label)}</figcaption></figure>"
        for label, name in item.files
    )
    notes = "".join(f"<li>{html.escape(note)}</li>" for note in item.notes)
    return f'<article><h3>{html.escape(item.title)}</h3><div class="row">{figures}</div><ul>{notes}</ul></article>'


def write_gallery(outdir: Path | str, sections: Iterable[GallerySection]) -> Path:
    """Write OUTDIR/index.html for `sections` (their files must already be in OUTDIR)."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    body = "".join(
        f"<section><h2>{html.escape(s.title)}</h2><p>{html.escape(s.description)}</p>"
        + "".join(_item_html(item) for item in s.items)
        + "</section>"
        for s in sections
    )
    index = outdir / "index.html"
    index.write_text(_PAGE.format(sections=body), encoding="utf-8")
    return index


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        sys.stderr.write("usage: python -m exports.gallery OUTDIR\n")
        return 2
    outdir = Path(args[0])
    outdir.mkdir(parents=True, exist_ok=True)
    index = write_gallery(outdir, [reference_section(outdir)])
    sys.stdout.write(f"wrote {index}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
