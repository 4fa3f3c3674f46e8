"""The local layout provider: a brief becomes designs for its kind, one template per variant, lint-clean."""

from __future__ import annotations

import copy
import zlib
from dataclasses import asdict
from typing import Any

from aiengine.creative.colors import WCAG_AA, readable_text_color, to_rgb
from aiengine.creative.concepts import get_concept
from aiengine.creative.kinds import KINDS
from aiengine.creative.lint import lint_document
from aiengine.creative.palettes import Palette, palette_for, scheme_for
from aiengine.creative.preview import render_preview
from aiengine.creative.templates import family_of, pick
from aiengine.creative.templates.fill import Box, Face, Style, compose_design
from aiengine.creative.templates.model import Template
from aiengine.providers.base import Brief, LayoutRequest, LayoutResult, ProviderError
from aiengine.providers.local.geometry import make_frame
from aiengine.providers.local.typography import TypeSet, choose_typeset
from documents import get_format
from rendering import default_font_library

MODEL = "local-layout-2"
MAX_VARIANTS = 6
SMART_PRODUCT = "smart_product"
REPAIR_ROUNDS = 3
NAMED_SHARE = 0.2   # a colour the prompt names covers at least this share of the design
SHARE_SIDE = 64     # px: the size the share is measured at
# The type a kind leans to when the prompt names no mood (typography._MOOD_START words).
KIND_MOODS = {"invitation": "elegant", "greeting": "elegant", "quote": "elegant", "testimonial": "minimal",
              "thumbnail": "bold", "sale": "bold", "event": "bold", "hiring": "professional",
              "webinar": "professional", "real_estate": "professional", "education": "modern", "cover": "modern",
              "launch": "modern", "menu": "elegant"}


def _product_prompt(brief: Brief) -> str:
    subject = brief.subject or "the product"
    mood = ", ".join(brief.moods[:3])
    theme = f", {brief.occasion} theme" if brief.occasion else ""
    return f"studio illustration of {subject}{', ' + mood if mood else ''}{theme}"


def _aspect(width: float, height: float) -> str:
    ratio = width / height
    for label, value in (("1:1", 1.0), ("4:5", 0.8), ("3:4", 0.75), ("2:3", 0.667), ("9:16", 0.5625),
                         ("5:4", 1.25), ("4:3", 1.333), ("3:2", 1.5), ("16:9", 1.778)):
        if abs(ratio - value) / value < 0.08:
            return label
    return f"{round(width)}:{round(height)}"


def _style(palette: Palette, typeset: TypeSet, *, variant: int, language: str) -> Style:
    scheme = scheme_for(palette, variant=variant)
    colours = {key: value for key, value in asdict(scheme).items() if key != "name"}
    text_height = 1.45 if language == "hi" else 1.3
    faces = {"display": Face(typeset.headline_family, typeset.headline_weight, typeset.headline_line_height),
             "text": Face(typeset.body_family, typeset.body_weight, text_height),
             "button": Face(typeset.button_family, typeset.button_weight, 1.2 if language != "hi" else 1.35)}
    return Style(colours=colours, faces=faces, headline_transform=typeset.headline_transform)


class LocalLayoutProvider:
    """Templates as data, filled with the brief's own copy: the kind decides the templates, the prompt their order."""

    name = "local"

    def __init__(self, *, fonts: Any = None, **options: Any) -> None:
        self.fonts = fonts
        self.options = options

    def generate(self, request: LayoutRequest) -> LayoutResult:
        """`request.variants` documents (1.4), each on a different template while the kind has enough."""
        fmt = get_format(request.format_id)
        if fmt is None:
            raise ProviderError(f"unknown format {request.format_id!r}", retryable=False)
        concept = get_concept(request.concept).id
        count = max(1, min(MAX_VARIANTS, int(request.variants)))
        brief = request.brief
        has_image = bool(request.product_asset_id or brief.subject)
        family = family_of(fmt.width, fmt.height)
        kind = brief.kind if brief.kind in KINDS else "general"
        templates = pick(kind, family, has_image=has_image, count=count, key=f"{brief.prompt}|{request.seed}")
        palette = palette_for(brief, request.brand)
        documents = [self._variant(request, fmt, concept, index, template, palette, has_image)
                     for index, template in enumerate(templates)]
        return LayoutResult(documents=documents, model=MODEL, cost_usd=0.0)

    def on_template(self, request: LayoutRequest, template: Template, *, variant: int = 0) -> dict[str, Any]:
        """The design of `request` on one given template (the gallery shows every template this way)."""
        fmt = get_format(request.format_id)
        if fmt is None:
            raise ProviderError(f"unknown format {request.format_id!r}", retryable=False)
        has_image = bool(request.product_asset_id or request.brief.subject) and template.image != "none"
        return self._variant(request, fmt, get_concept(request.concept).id, variant, template,
                             palette_for(request.brief, request.brand), has_image)

    def _known_families(self) -> list[str]:
        return (self.fonts or default_font_library()).families()

    def _variant(self, request: LayoutRequest, fmt: Any, concept: str, index: int, template: Template,
                 palette: Palette, has_image: bool) -> dict[str, Any]:
        brief, brand = request.brief, request.brand
        kind = KINDS.get(brief.kind) or KINDS["general"]
        seed = (request.seed * 31 + index * 7 + zlib.crc32(brief.prompt.encode("utf-8"))) & 0x7FFFFFFF
        safe = fmt.safe_area
        frame = make_frame(width=fmt.width, height=fmt.height, insets=(safe.top, safe.right, safe.bottom, safe.left))
        content = Box(frame.content.x, frame.content.y, frame.content.w, frame.content.h)
        moods = brief.moods or ((KIND_MOODS[kind.id],) if kind.id in KIND_MOODS else ())
        typeset = choose_typeset(moods=moods, variant=index, language=brief.language, brand=brand,
                                 known_families=self._known_families())
        scheme_index = index
        style = _style(palette, typeset, variant=scheme_index, language=brief.language)
        image = None
        if has_image:
            image = {"assetId": request.product_asset_id} if request.product_asset_id else \
                {"smartAssetId": SMART_PRODUCT}
        logo = request.logo_asset_id or (brand or {}).get("logoAssetId")
        layers = compose_design(template=template, kind=kind, style=style, copy=brief.copy,
                                canvas=(fmt.width, fmt.height), content=content, image=image,
                                logo=str(logo) if logo else None, fonts=self.fonts)
        if palette.named and scheme_index % 3 and named_share(layers, fmt, palette.named[0]) < NAMED_SHARE:
            # This template shows too little of the named colour in this scheme: the colour becomes the ground.
            scheme_index = 0
            style = _style(palette, typeset, variant=0, language=brief.language)
            layers = compose_design(template=template, kind=kind, style=style, copy=brief.copy,
                                    canvas=(fmt.width, fmt.height), content=content, image=image,
                                    logo=str(logo) if logo else None, fonts=self.fonts)
        title = brief.copy.headline.strip() or "Design"
        document: dict[str, Any] = {
            "schemaVersion": "1.4",
            "meta": {"title": f"{title} - Variant {index + 1}", "format": fmt.id, "creativeConcept": concept,
                     "variant": index + 1, "kind": kind.id, "template": template.id, "layoutStyle": template.id,
                     "palette": palette.name, "colorScheme": style_name(palette, scheme_index), "typography": typeset.name,
                     "language": brief.language, "seed": seed, "generator": MODEL},
            "canvas": {"width": fmt.width, "height": fmt.height,
                       "background": {"type": "color", "color": style.colours["background"]}},
            "layers": layers,
        }
        if brand:
            document["brand"] = copy.deepcopy(dict(brand))
        product = next((layer for layer in layers if layer.get("role") == "product"), None)
        if product is not None and product.get("smartAssetId"):
            size = product["size"]
            document["smartAssets"] = {SMART_PRODUCT: {
                "status": "pending",
                "recipe": {"type": "product_shot", "prompt": _product_prompt(brief),
                           "options": {"aspectRatio": _aspect(size["width"], size["height"]), "style": "illustration",
                                       "quality": "high", "subject": brief.subject}}}}
        self._settle(document)
        return document

    def _settle(self, document: dict[str, Any]) -> None:
        """Repair whatever the lint still finds (contrast first); a design that stays broken is an error."""
        for attempt in range(REPAIR_ROUNDS):
            issues = [i for i in lint_document(document, fonts=self.fonts) if i.severity == "error"]
            if not issues:
                return
            by_id = {layer["id"]: layer for layer in document["layers"]}
            for issue in issues:
                layer = by_id.get(issue.layer_id or "")
                if layer is None:
                    continue
                style = layer.get("style") or {}
                if issue.code == "low_contrast":
                    ground = issue.details.get("background", "#000000")
                    if isinstance(style.get("background"), dict):
                        style["background"]["color"] = readable_text_color(style["color"], minimum=WCAG_AA + 0.5)
                    elif attempt < REPAIR_ROUNDS - 1:
                        style["color"] = readable_text_color(ground, preferred=(style["color"],),
                                                             minimum=WCAG_AA + 0.5 + 0.5 * attempt)
                    else:  # the last round: the most legible ink there is on that ground
                        style["color"] = readable_text_color(ground, preferred=("#FFFFFF", "#111111"),
                                                             minimum=WCAG_AA + 2)
                elif issue.code == "text_overflow":
                    style["autoFit"]["minSize"] = 3
                elif issue.code == "weak_hierarchy":
                    fit = style["autoFit"]
                    fit["maxSize"] = max(3.0, round(float(issue.details.get("headline", 12)) * 0.8, 1))
                    fit["minSize"] = min(fit["minSize"], fit["maxSize"])
                    style["fontSize"] = fit["maxSize"]
        remaining = [i for i in lint_document(document, fonts=self.fonts) if i.severity == "error"]
        if remaining:
            summary = "; ".join(f"{i.code} on {i.layer_id}" for i in remaining[:5])
            raise ProviderError(f"the layout could not be made lint-clean: {summary}", retryable=False)


def named_share(layers: list[dict[str, Any]], fmt: Any, colour: str) -> float:
    """The share of the design's pixels (images left out) near `colour`."""
    document = {"schemaVersion": "1.4", "canvas": {"width": fmt.width, "height": fmt.height,
                                                   "background": {"type": "color", "color": "#000000"}},
                "layers": [layer for layer in layers if layer.get("type") == "shape"]}
    image, _factor, _warnings = render_preview(document, max_side=SHARE_SIDE)
    wanted = to_rgb(colour)
    pixels = list(image.convert("RGB").getdata())
    near = sum(1 for pixel in pixels if sum(abs(a - b) for a, b in zip(pixel, wanted, strict=True)) <= 60)
    return near / max(1, len(pixels))


def style_name(palette: Palette, variant: int) -> str:
    """The name of the colour scheme a variant uses."""
    return scheme_for(palette, variant=variant).name
