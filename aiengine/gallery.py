"""`python -m aiengine.gallery OUTDIR`: the render gallery plus a page section of generated designs.

Ten prompts × the three creative concepts, laid out and illustrated by the local engine (offline,
no database), rendered as previews for a person to review beside the reference renders.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

PROMPTS: tuple[tuple[str, str], ...] = (
    ("Instagram ad for Diwali electronics sale, 40% OFF, premium dark theme, show headphones", "instagram_post"),
    ("Holi special: Buy 1 Get 1 on all kurtas, colorful and playful", "instagram_portrait"),
    ("Black Friday sneakers upto 50% off, bold neon", "instagram_post"),
    ("Christmas cake pre-orders, free delivery, cozy warm theme", "facebook_post"),
    ("Valentine's Day perfume gift, romantic pastel, headline 'Love in Every Drop'", "instagram_post"),
    ("Launching our new productivity app for teams, minimal clean corporate", "linkedin_post"),
    ("Luxury watches for the wedding season, royal gold and black", "instagram_story"),
    ("Skincare serum for dull skin, minimal pastel, shop now", "instagram_post"),
    ("दिवाली सेल 40% छूट, मिठाई और उपहार, शानदार उत्सव", "instagram_post"),
    ("Cyber Monday deals on smartwatches and earbuds, up to 60% off, futuristic", "youtube_thumbnail"),
)
PREVIEW_SIDE = 540


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "radicpro.settings.base")
    import django

    django.setup()


def _illustrate(document: dict[str, Any], *, prompt: str, name: str, seed: int) -> dict[str, bytes]:
    """Draws every pending smart-asset slot with the local image provider; returns id → PNG."""
    from aiengine.providers.base import ImageRequest
    from aiengine.providers.local.image import LocalImageProvider
    from aiengine.services.common import holistic_context, image_size, slot_layers

    images: dict[str, bytes] = {}
    provider = LocalImageProvider()
    for key, entry in (document.get("smartAssets") or {}).items():
        layers = slot_layers(document, key)
        recipe = entry.get("recipe") or {}
        if not layers or not recipe.get("prompt"):
            continue
        width, height = image_size(layer=layers[0], canvas=document["canvas"], resolution="1k")
        context = holistic_context(document, prompt=prompt, layer=layers[0])
        request = ImageRequest(recipe_type=recipe.get("type") or "product_shot", prompt=recipe["prompt"],
                               width=width, height=height, options=dict(recipe.get("options") or {}),
                               context=context, brand_colors=tuple(context["brandColors"]))
        asset_id = f"asset_gallery_{name}_{key}"
        images[asset_id] = provider.generate(replace(request, seed=seed)).png
        entry.update({"status": "completed", "assetId": asset_id})
    return images


def generated_section(outdir: Path) -> Any:
    """Render the generated designs into `outdir` and describe them as a gallery section."""
    from aiengine.creative.concepts import CONCEPTS
    from aiengine.creative.lint import lint_document
    from aiengine.creative.preview import render_preview
    from aiengine.creative.reading import read_brief
    from aiengine.providers.base import LayoutRequest
    from aiengine.providers.local.layout import LocalLayoutProvider
    from exports.gallery import GalleryItem, GallerySection
    from rendering import DictAssetSource

    layout = LocalLayoutProvider()
    items = []
    for number, (prompt, format_id) in enumerate(PROMPTS, start=1):
        brief = read_brief(prompt, format_id=format_id)
        files, notes = [], [f"“{prompt}” — {format_id}",
                            f"brief ({brief.kind}): " + " / ".join(text for _slot, text in brief.copy.filled())]
        for concept in CONCEPTS:
            document = layout.generate(LayoutRequest(brief=brief, format_id=format_id, concept=concept.id,
                                                     variants=1, seed=number)).documents[0]
            name = f"generated_{number:02d}_{concept.id}"
            assets = DictAssetSource(_illustrate(document, prompt=prompt, name=name, seed=number))
            image, _factor, warnings = render_preview(document, max_side=PREVIEW_SIDE, assets=assets)
            image.save(outdir / f"{name}.png", format="PNG")
            files.append((concept.label, f"{name}.png"))
            meta = document.get("meta") or {}
            errors = [issue for issue in lint_document(document, assets=assets) if issue.severity == "error"]
            notes.append(f"{concept.label}: {meta.get('layoutStyle')} layout, {meta.get('palette')} palette, "
                         f"{meta.get('typography')} type, lint {'clean' if not errors else f'{len(errors)} errors'}"
                         + (f", {len(warnings)} render warnings" if warnings else ""))
        items.append(GalleryItem(brief.copy.headline or prompt[:40], files, notes))
    return GallerySection(
        "Generated designs",
        "Designs the local AI engine made from ten prompts, one per creative concept (product highlight, offer "
        "focus, problem → solution), with their smart images drawn offline — for a person to review.",
        items,
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        sys.stderr.write("usage: python -m aiengine.gallery OUTDIR\n")
        return 2
    _setup_django()
    from exports.gallery import reference_section, write_gallery

    outdir = Path(args[0])
    outdir.mkdir(parents=True, exist_ok=True)
    index = write_gallery(outdir, [reference_section(outdir), generated_section(outdir)])
    sys.stdout.write(f"wrote {index}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
