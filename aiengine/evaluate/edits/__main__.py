"""`python -m aiengine.evaluate.edits [OUT_DIR]`: runs the edit and adapt evaluations, prints their
figures and writes two contact sheets (before/after pairs, and designs × formats)."""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path
from typing import Any

import django


def _png(doc: dict[str, Any], assets: Any = None) -> bytes:
    from aiengine.creative.preview import render_preview

    image, _scale, _warnings = render_preview(doc, max_side=320, assets=assets)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="out/eval-edits", help="where the contact sheets go")
    parser.add_argument("--adapt-designs", type=int, default=20, help="designs adapted to the five formats")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "radicpro.settings.test")
    django.setup()
    from aiengine.evaluate.edits.run import run_adapt, run_edits

    out = Path(args.out)
    edits = run_edits(out / "edits-sheet.png", render=_png)
    adapt = run_adapt(out / "adapt-sheet.png", render=_png, count=args.adapt_designs)
    sys.stdout.write(edits.summary() + "\n")
    sys.stdout.write(adapt.summary() + "\n")
    ok = edits.meets_targets() and adapt.meets_targets()
    sys.stdout.write(("targets met" if ok else "targets NOT met") + "\n")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
