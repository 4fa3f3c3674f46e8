"""`python -m aiengine.gallery OUTDIR`: the render gallery, generated designs and every template of every kind.

Ten prompts × three variants, then each template file filled with a sample brief of every kind it is made
for, laid out and illustrated by the local engine (offline, no database), rendered as previews for a person
to review beside the reference renders.
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


def _render(document: dict[str, Any], *, prompt: str, name: str, seed: int, outdir: Path) -> list[str]:
    """Illustrates and renders one design into OUTDIR/name.png; returns its notes (lint, warnings)."""
    from aiengine.creative.lint import lint_document
    from aiengine.creative.preview import render_preview
    from rendering import DictAssetSource

    assets = DictAssetSource(_illustrate(document, prompt=prompt, name=name, seed=seed))
    image, _factor, warnings = render_preview(document, max_side=PREVIEW_SIDE, assets=assets)
    image.save(outdir / f"{name}.png", format="PNG")
    errors = [issue for issue in lint_document(document, assets=assets) if issue.severity == "error"]
    return [f"lint {'clean' if not errors else f'{len(errors)} errors'}"
            + (f", {len(warnings)} render warnings" if warnings else "")]


def generated_section(outdir: Path) -> Any:
    """Render the three variants the local engine makes for each prompt into `outdir`, as a gallery section."""
    from aiengine.creative.reading import read_brief
    from aiengine.providers.base import LayoutRequest
    from aiengine.providers.local.layout import LocalLayoutProvider
    from exports.gallery import GalleryItem, GallerySection

    layout = LocalLayoutProvider()
    items = []
    for number, (prompt, format_id) in enumerate(PROMPTS, start=1):
        brief = read_brief(prompt, format_id=format_id)
        files, notes = [], [f"“{prompt}” — {format_id}",
                            f"brief ({brief.kind}): " + " / ".join(text for _slot, text in brief.copy.filled())]
        documents = layout.generate(LayoutRequest(brief=brief, format_id=format_id, variants=3,
                                                  seed=number)).documents
        for index, document in enumerate(documents, start=1):
            name = f"generated_{number:02d}_{index}"
            meta = document.get("meta") or {}
            checks = _render(document, prompt=prompt, name=name, seed=number, outdir=outdir)
            files.append((f"Variant {index}: {meta.get('template')}", f"{name}.png"))
            notes.append(f"Variant {index}: {meta.get('template')} template, {meta.get('palette')} palette, "
                         f"{meta.get('typography')} type, " + "; ".join(checks))
        items.append(GalleryItem(brief.copy.headline or prompt[:40], files, notes))
    return GallerySection(
        "Generated designs",
        "The three variants the local AI engine makes for each prompt (three templates of the prompt's kind), "
        "with their smart images drawn offline — for a person to review.",
        items,
    )


# One sample brief per kind: every template is shown filled with each kind it is made for.
KIND_SAMPLES: dict[str, str] = {
    "sale": "Monsoon sale on umbrellas, 30% off, ends Sunday",
    "launch": "Introducing the Aurora X1 smartwatch, $199, pre-order now",
    "event": "Jazz night with The Blue Notes at Hard Rock Cafe, Mumbai, 12 Oct, 8 pm, tickets ₹799",
    "invitation": "Wedding invitation for Priya & Arjun, 14 Feb 2027, 7 pm at The Leela Palace, Bengaluru",
    "greeting": "Happy Diwali from Sharma Sweets",
    "hiring": "We're hiring a Senior Data Engineer at Finlytics, Bengaluru or remote, apply by 30 June",
    "webinar": "Free webinar: Scaling Postgres with Dr. Meera Rao, 12 March 2027, 6 PM IST",
    "menu": "Weekend special at Spice Route: butter chicken ₹349, biryani ₹299",
    "real_estate": "2BHK apartment for sale in Koramangala, ₹1.2 Cr, call +91 99000 11111",
    "thumbnail": "Top 7 budget 5G phones under ₹15,000",
    "cover": "Arjun Mehta, Product Designer, arjunmehta.design",
    "announcement": "Grand opening of Brew Lab cafe on MG Road, 5 Jan, first coffee free",
    "quote": "Quote: \"The best way out is always through\" — Robert Frost",
    "testimonial": "Testimonial: \"Best yoga studio in town\" — Anjali K., 5 stars",
    "education": "Python for beginners course, 6 weeks, starts 1 Feb, ₹4,999",
    "general": "Community clean-up drive at Cubbon Park, Saturday 7 am",
}
FAMILY_FORMATS = {"square": "instagram_post", "portrait": "instagram_story", "landscape": "facebook_post"}


def templates_section(outdir: Path, *, kinds: tuple[str, ...] | None = None) -> Any:
    """Every template file, filled with the sample brief of every kind it is made for."""
    from aiengine.creative.model import KIND_IDS
    from aiengine.creative.reading import read_brief
    from aiengine.creative.templates import all_templates
    from aiengine.providers.base import LayoutRequest
    from aiengine.providers.local.layout import LocalLayoutProvider
    from exports.gallery import GalleryItem, GallerySection

    layout = LocalLayoutProvider()
    items = []
    for number, template in enumerate(all_templates(), start=1):
        format_id = FAMILY_FORMATS[template.family]
        files, notes = [], [f"{template.family} · kinds: {', '.join(template.kinds)} · image: {template.image}"]
        for kind in kinds or KIND_IDS:
            if not template.suits(kind):
                continue
            prompt = KIND_SAMPLES[kind]
            brief = replace(read_brief(prompt, format_id=format_id), kind=kind)
            document = layout.on_template(LayoutRequest(brief=brief, format_id=format_id, seed=number), template)
            name = f"template_{template.id}_{kind}"
            checks = _render(document, prompt=prompt, name=name, seed=number, outdir=outdir)
            files.append((kind, f"{name}.png"))
            notes.append(f"{kind}: " + "; ".join(checks))
        items.append(GalleryItem(f"{template.id} — {template.title}", files, notes))
    return GallerySection(
        "Templates",
        "Every template file (aiengine/creative/templates/files), filled with a sample brief of every kind it is "
        "made for, in a format of its aspect family.",
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
    index = write_gallery(outdir, [reference_section(outdir), generated_section(outdir),
                                   templates_section(outdir)])
    sys.stdout.write(f"wrote {index}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
