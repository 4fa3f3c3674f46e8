"""The local layout provider: a brief becomes distinct, lint-clean design documents for any format."""

from __future__ import annotations

import copy
import re
import zlib
from collections.abc import Mapping
from typing import Any

from aiengine.creative.colors import WCAG_AA, readable_text_color
from aiengine.creative.concepts import get_concept
from aiengine.creative.lint import breaks_words, lint_document
from aiengine.creative.palettes import Palette, palette_from_brand, palette_from_theme, scheme_for
from aiengine.providers.base import Brief, LayoutRequest, LayoutResult, ProviderError
from aiengine.providers.local.compose import Copy, compose_layers
from aiengine.providers.local.families import plan_layout
from aiengine.providers.local.geometry import Box, logo_area, make_frame
from aiengine.providers.local.typography import choose_typeset
from documents import get_format
from rendering import default_font_library, measure_text

MODEL = "local-layout-1"
MAX_VARIANTS = 6
SMART_PRODUCT = "smart_product"
HIERARCHY = {"subhead": 0.62, "body": 0.85, "cta": 0.78}
REPAIR_ROUNDS = 3


def _offer_text(brief: Brief, concept: str) -> str:
    if brief.offer or concept != "offer_focus":
        return brief.offer
    launch = re.search(r"(?<![a-z])(launch\w*|introducing|new|now available)(?![a-z])", brief.prompt.lower())
    if brief.language == "hi":
        return "नया लॉन्च" if launch else "सीमित ऑफ़र"
    return "New Launch" if launch else "Limited Offer"


def _copy(brief: Brief, concept: str) -> Copy:
    return Copy(headline=brief.headline, subhead=brief.subhead, offer=_offer_text(brief, concept), cta=brief.cta,
                problem=brief.problem if concept == "problem_solution" else "")


def _palette(brief: Brief, brand: Mapping[str, Any] | None) -> Palette:
    themed = palette_from_theme((*brief.mood, *brief.colors), occasion=brief.occasion, category=brief.category)
    return palette_from_brand(brand, fallback=themed) if brand else themed


def _product_prompt(brief: Brief) -> str:
    subject = brief.subject or brief.category or "the product"
    mood = ", ".join(brief.mood[:3])
    theme = f", {brief.occasion} theme" if brief.occasion else ""
    return f"professional studio shot of {subject}{', ' + mood if mood else ''}{theme}"


def _aspect(box: Box) -> str:
    ratio = box.w / box.h
    for label, value in (("1:1", 1.0), ("4:5", 0.8), ("3:4", 0.75), ("2:3", 0.667), ("9:16", 0.5625),
                         ("5:4", 1.25), ("4:3", 1.333), ("3:2", 1.5), ("16:9", 1.778)):
        if abs(ratio - value) / value < 0.08:
            return label
    return f"{round(box.w)}:{round(box.h)}"


class LocalLayoutProvider:
    """Rule-based art direction: concept families × variant styles, brand-aware, lint-clean, deterministic."""

    name = "local"

    def __init__(self, *, fonts: Any = None, **options: Any) -> None:
        self.fonts = fonts
        self.options = options

    def generate(self, request: LayoutRequest) -> LayoutResult:
        """`request.variants` documents (1.4) for the brief, format and concept of the request."""
        try:
            fmt = get_format(request.format_id)
        except (KeyError, ValueError, LookupError):
            fmt = None
        if fmt is None:
            raise ProviderError(f"unknown format {request.format_id!r}", retryable=False)
        concept = get_concept(request.concept).id
        count = max(1, min(MAX_VARIANTS, int(request.variants)))
        documents = [self._variant(request, fmt, concept, index) for index in range(count)]
        return LayoutResult(documents=documents, model=MODEL, cost_usd=0.0)

    def _known_families(self) -> list[str]:
        return (self.fonts or default_font_library()).families()

    def _variant(self, request: LayoutRequest, fmt: Any, concept: str, index: int) -> dict[str, Any]:
        brief, brand = request.brief, request.brand
        seed = (request.seed * 31 + index * 7 + zlib.crc32(brief.prompt.encode("utf-8"))) & 0x7FFFFFFF
        safe = fmt.safe_area
        frame = make_frame(width=fmt.width, height=fmt.height, insets=(safe.top, safe.right, safe.bottom, safe.left))
        palette = _palette(brief, brand)
        scheme = scheme_for(palette, variant=index)
        typeset = choose_typeset(moods=brief.mood, variant=index, language=brief.language, brand=brand,
                                 known_families=self._known_families())
        text = _copy(brief, concept)
        logo_id = request.logo_asset_id or (brand or {}).get("logoAssetId")
        present = {k for k in ("headline", "subhead", "offer", "cta", "problem") if text.for_key(k)} | {"product"}
        area = frame.content
        logo = None
        probe = plan_layout(concept=concept, variant=index, frame=frame, area=area, present=present, seed=seed)
        if logo_id:
            logo_box, area = logo_area(frame, align=probe.align)
            logo = (logo_box, str(logo_id))
        layout = plan_layout(concept=concept, variant=index, frame=frame, area=area, present=present, seed=seed)
        product = (request.product_asset_id, None if request.product_asset_id else SMART_PRODUCT)
        layers = compose_layers(layout=layout, frame=frame, scheme=scheme, typeset=typeset, copy=text,
                                product=product, logo=logo)
        title = brief.headline.strip() or "Design"
        document: dict[str, Any] = {
            "schemaVersion": "1.4",
            "meta": {"title": f"{title} - Variant {index + 1}", "format": fmt.id, "creativeConcept": concept,
                     "variant": index + 1, "layoutStyle": layout.style, "palette": palette.name,
                     "colorScheme": scheme.name, "typography": typeset.name, "language": brief.language,
                     "seed": seed, "generator": MODEL},
            "canvas": {"width": fmt.width, "height": fmt.height,
                       "background": {"type": "color", "color": scheme.background}},
            "layers": layers,
        }
        if brand:
            document["brand"] = copy.deepcopy(dict(brand))
        product_layer = next((layer for layer in layers if layer.get("role") == "product"), None)
        if product_layer is not None and product_layer.get("smartAssetId"):
            box = Box(0, 0, product_layer["size"]["width"], product_layer["size"]["height"])
            document["smartAssets"] = {SMART_PRODUCT: {
                "status": "pending",
                "recipe": {"type": "product_shot", "prompt": _product_prompt(brief),
                           "options": {"aspectRatio": _aspect(box), "style": "photo", "quality": "high"}}}}
        self._settle(document)
        return document

    def _keep_words_whole(self, layer: dict[str, Any]) -> float:
        """Lower the autoFit ceiling until no word is split across lines (autoFit alone would split them);
        buttons and chips also keep to one line, and their pill padding follows the fitted size.
        Returns the fitted font size."""
        style = layer["style"]
        fit = style["autoFit"]
        pill = style.get("background")
        one_line = isinstance(pill, dict) and len(layer["text"].split()) <= 4
        measure = measure_text(layer, fonts=self.fonts)
        for _attempt in range(30):
            split = breaks_words(layer["text"], measure.lines) or (one_line and len(measure.lines) > 1)
            if fit["maxSize"] <= 3 or not split:
                break
            fit["maxSize"] = round(max(3.0, fit["maxSize"] * 0.9), 1)
            fit["minSize"] = min(fit["minSize"], fit["maxSize"])
            style["fontSize"] = fit["maxSize"]
            measure = measure_text(layer, fonts=self.fonts)
        if isinstance(pill, dict):
            pill["paddingY"] = round(min(float(pill["paddingY"]), measure.font_size * 0.55), 1)
            pill["paddingX"] = round(min(float(pill["paddingX"]), measure.font_size * 1.1), 1)
        return measure.font_size

    def _settle(self, document: dict[str, Any]) -> None:
        """Fix hierarchy with real font sizes, then repair whatever the lint still finds (contrast first)."""
        texts = {layer.get("role"): layer for layer in document["layers"] if layer.get("type") == "text"}
        sizes = {role: self._keep_words_whole(layer) for role, layer in texts.items()}
        if "headline" in sizes:
            top = sizes["headline"]
            for role, share in HIERARCHY.items():
                if role not in texts or sizes[role] < top * share:
                    continue
                fit = texts[role]["style"]["autoFit"]
                cap = max(4.0, round(top * share, 1))
                fit["maxSize"] = cap
                fit["minSize"] = min(fit["minSize"], cap)
                texts[role]["style"]["fontSize"] = cap
        for attempt in range(REPAIR_ROUNDS):
            issues = [i for i in lint_document(document, fonts=self.fonts) if i.severity == "error"]
            if not issues:
                return
            by_id = {layer["id"]: layer for layer in document["layers"]}
            for issue in issues:
                layer = by_id.get(issue.layer_id or "")
                if layer is None:
                    continue
                if issue.code == "low_contrast":
                    ground = issue.details.get("background", "#000000")
                    style = layer["style"]
                    if isinstance(style.get("background"), dict):
                        style["background"]["color"] = readable_text_color(style["color"], minimum=WCAG_AA + 0.5)
                    else:
                        style["color"] = readable_text_color(ground, preferred=(style["color"],),
                                                             minimum=WCAG_AA + 0.5 + 0.5 * attempt)
                elif issue.code == "text_overflow":
                    layer["style"]["autoFit"]["minSize"] = 3
                elif issue.code == "weak_hierarchy":
                    fit = layer["style"]["autoFit"]
                    fit["maxSize"] = max(3.0, round(float(issue.details.get("headline", 12)) * 0.8, 1))
                    fit["minSize"] = min(fit["minSize"], fit["maxSize"])
        remaining = [i for i in lint_document(document, fonts=self.fonts) if i.severity == "error"]
        if remaining:
            summary = "; ".join(f"{i.code} on {i.layer_id}" for i in remaining[:5])
            raise ProviderError(f"the layout could not be made lint-clean: {summary}", retryable=False)
