"""The local layout provider: a brief becomes designs for its kind, one template per variant, lint-clean."""

from __future__ import annotations

import copy
import zlib
from dataclasses import asdict
from typing import Any

from aiengine.creative.colors import (
    WCAG_AA,
    contrast_ratio,
    readable_text_color,
    reads_as,
    to_hls,
)
from aiengine.creative.concepts import get_concept
from aiengine.creative.kinds import KINDS
from aiengine.creative.lint import lint_document
from aiengine.creative.lint.repairs import show_button
from aiengine.creative.palettes import (
    Palette,
    Scheme,
    palette_for,
    scheme_for,
    schemes_of,
    with_block,
)
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
SECOND_SHARE = 0.12  # and the second of a pair ("navy and gold") at least this share
SCHEME_TRIES = 6    # schemes tried per variant before the one showing the named colours best is kept
LOGO_CONTRAST = 3.5  # a logo's likely ink against the ground behind it; below this it sits on a plate
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


def _style(scheme: Scheme, typeset: TypeSet, *, language: str) -> Style:
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
        image = None
        if has_image:
            image = {"assetId": request.product_asset_id} if request.product_asset_id else \
                {"smartAssetId": SMART_PRODUCT}
        logo = request.logo_asset_id or (brand or {}).get("logoAssetId")
        logo_id = str(logo) if logo else None

        def compose(scheme: Scheme) -> list[dict[str, Any]]:
            return compose_design(template=template, kind=kind, style=_style(scheme, typeset, language=brief.language),
                                  copy=brief.copy, canvas=(fmt.width, fmt.height), content=content, image=image,
                                  logo=logo_id, fonts=self.fonts)

        scheme, layers = self._coloured(palette, index, compose, fmt)
        style = _style(scheme, typeset, language=brief.language)
        if logo_id and brand:
            layers = logo_on_plate(layers, fmt, logo_ink(brand))
        title = brief.copy.headline.strip() or "Design"
        document: dict[str, Any] = {
            "schemaVersion": "1.4",
            "meta": {"title": f"{title} - Variant {index + 1}", "format": fmt.id, "creativeConcept": concept,
                     "variant": index + 1, "kind": kind.id, "template": template.id, "layoutStyle": template.id,
                     "palette": palette.name, "colorScheme": scheme.name, "typography": typeset.name,
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

    def _coloured(self, palette: Palette, index: int, compose: Any, fmt: Any) -> tuple[Scheme, list[dict[str, Any]]]:
        """The variant's scheme and layers: its own scheme, or (when the palette has named colours) the first of
        the palette's schemes, from its own on, whose design shows every named colour in a large enough share;
        failing that, the one that shows them best."""
        candidates = schemes_of(palette)
        order = candidates[index % len(candidates):] + candidates[:index % len(candidates)]
        if not palette.named:
            return order[0], compose(order[0])
        if palette.name == "brand":
            order = order[:1]  # a brand's variant keeps its own scheme (its ground a brand colour), a block at most
        wanted = measured_colours(palette.named)
        best: tuple[float, Scheme, list[dict[str, Any]]] | None = None
        tries = 0
        for base in order:
            scheme: Scheme | None = base
            while scheme is not None and tries < SCHEME_TRIES:
                tries += 1
                layers = compose(scheme)
                ratios = [share / (NAMED_SHARE if number == 0 else SECOND_SHARE)
                          for number, share in enumerate(named_shares(layers, fmt, wanted))]
                if min(ratios) >= 1.0:
                    return scheme, layers
                if best is None or min(ratios) > best[0]:
                    best = (min(ratios), scheme, layers)
                # The template's panels are too small for the colour that is short: it becomes a block of the
                # canvas, below a line no text crosses.
                short = wanted[ratios.index(min(ratios))]
                if scheme.two_tone:
                    scheme = None
                elif (split := free_split(layers, fmt)) is not None:
                    scheme = with_block(scheme, short, split=split[1], axis=split[0])
                elif palette.name == "brand":
                    scheme = None  # a brand's design keeps the brand's own colours: no invented tone
                else:  # text everywhere: a block in a tone the type reads on as well as on the ground
                    scheme = with_block(scheme, short, split=SPLITS["y"][0], shared=True)
        assert best is not None
        return best[1], best[2]

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
                elif issue.code == "invisible_button":
                    show_button(style, str(issue.details["background"]))
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


def _preview(layers: list[dict[str, Any]], fmt: Any) -> tuple[list[tuple[int, int, int]], int, int, float]:
    """The design's shapes drawn small: (pixels, width, height, scale)."""
    document = {"schemaVersion": "1.4", "canvas": {"width": fmt.width, "height": fmt.height,
                                                   "background": {"type": "color", "color": "#000000"}},
                "layers": [layer for layer in layers if layer.get("type") == "shape"]}
    image, factor, _warnings = render_preview(document, max_side=SHARE_SIDE)
    return list(image.convert("RGB").getdata()), image.width, image.height, factor


def named_shares(layers: list[dict[str, Any]], fmt: Any, colours: tuple[str, ...]) -> list[float]:
    """The share of the design (its images left out: what they show is their own) that reads as each colour."""
    pixels, width, height, factor = _preview(layers, fmt)
    covered = [(float(layer["position"]["x"]) * factor, float(layer["position"]["y"]) * factor,
                (float(layer["position"]["x"]) + float(layer["size"]["width"])) * factor,
                (float(layer["position"]["y"]) + float(layer["size"]["height"])) * factor)
               for layer in layers if layer.get("type") == "image" and layer.get("role") != "logo"]
    shown = [pixel for number, pixel in enumerate(pixels)
             if not any(x0 <= number % width + 0.5 <= x1 and y0 <= number // width + 0.5 <= y1
                        for x0, y0, x1, y1 in covered)]
    counts: dict[tuple[int, int, int], int] = {}
    for pixel in shown:
        counts[pixel] = counts.get(pixel, 0) + 1
    total = max(1, width * height)
    return [sum(count for pixel, count in counts.items() if reads_as(pixel, colour)) / total for colour in colours]


# Where a two-tone canvas may change colour, per axis: (preferred share, lowest, highest). "y" splits the height,
# "x" the width, "d" the diagonal (a block in the lower right corner: 2 × (1 − share)² of a square).
SPLITS = {"y": (0.62, 0.42, 0.84), "x": (0.62, 0.42, 0.84), "d": (0.7, 0.6, 0.76)}
SPLIT_STEP = 0.01
SPLIT_MARGIN = 0.012


def free_split(layers: list[dict[str, Any]], fmt: Any) -> tuple[str, float] | None:
    """Where a two-tone canvas can change colour: (axis, share along it) for the line nearest the axis's preferred
    share that no text crosses (keeping a little clear of it); across the height first, then the width, then
    the diagonal. None when every line crosses text."""
    width, height = float(fmt.width), float(fmt.height)
    boxes = [(float(layer["position"]["x"]), float(layer["position"]["y"]), float(layer["size"]["width"]),
              float(layer["size"]["height"])) for layer in layers if layer.get("type") == "text"]
    for axis, (preferred, low, high) in SPLITS.items():
        if axis == "y":
            spans = [(y / height, (y + h) / height) for x, y, w, h in boxes]
        elif axis == "x":
            spans = [(x / width, (x + w) / width) for x, y, w, h in boxes]
        else:
            spans = [((x + y) / (width + height), (x + w + y + h) / (width + height)) for x, y, w, h in boxes]
        steps = round((high - low) / SPLIT_STEP)
        lines = sorted((low + SPLIT_STEP * step for step in range(steps + 1)), key=lambda line: abs(line - preferred))
        line = next((line for line in lines if not any(start - SPLIT_MARGIN < line < end + SPLIT_MARGIN
                                                        for start, end in spans)), None)
        if line is not None:
            return axis, round(line, 3)
    return None


def measured_colours(named: tuple[str, ...]) -> tuple[str, ...]:
    """The named colours a design must show in area: the first, and the others that are not a neutral (white,
    ivory, black, grey: those serve as type and grounds anyway)."""
    chromatic = tuple(colour for colour in named[1:3] if to_hls(colour)[2] >= 0.2 and 0.08 < to_hls(colour)[1] < 0.94)
    return (named[0], *chromatic)


def named_share(layers: list[dict[str, Any]], fmt: Any, colour: str) -> float:
    """The share of the design's pixels (images left out) that reads as `colour`."""
    return named_shares(layers, fmt, (colour,))[0]


def logo_ink(brand: dict[str, Any]) -> str:
    """The colour a brand's logo is most likely drawn in: its primary, unless that is a neutral (black, white,
    grey), then its first chromatic kit colour."""
    colours = [value for key in ("primary", "secondary", "accent") if isinstance(
        value := (brand.get("colors") or {}).get(key), str) and value.startswith("#")]
    for colour in colours:
        _hue, lightness, saturation = to_hls(colour)
        if saturation >= 0.2 and 0.1 < lightness < 0.93:
            return colour
    return colours[0] if colours else "#111111"


def logo_on_plate(layers: list[dict[str, Any]], fmt: Any, ink: str) -> list[dict[str, Any]]:
    """`layers`, with a plate under the logo when the ground behind it would swallow a logo in `ink`: a white
    plate for a dark or saturated logo, an ink-dark one for a light logo."""
    logo = next((layer for layer in layers if layer.get("role") == "logo"), None)
    if logo is None:
        return layers
    pixels, width, height, factor = _preview(layers, fmt)
    x, y = float(logo["position"]["x"]), float(logo["position"]["y"])
    w, h = float(logo["size"]["width"]), float(logo["size"]["height"])
    box = [pixels[row * width + column]
           for row in range(max(0, int(y * factor)), min(height, int((y + h) * factor) + 1))
           for column in range(max(0, int(x * factor)), min(width, int((x + w) * factor) + 1))]
    if not box:
        return layers
    ground = "#{:02X}{:02X}{:02X}".format(*sorted(box, key=sum)[len(box) // 2])
    if contrast_ratio(ink, ground) >= LOGO_CONTRAST:
        return layers
    plate = max(("#FFFFFF", "#16161D"), key=lambda colour: contrast_ratio(ink, colour))
    pad = h * 0.3
    layer = {"id": "layer_logo_plate", "type": "shape", "name": "Logo plate", "role": "decoration", "shape": "rect",
             "position": {"x": round(x - pad, 1), "y": round(y - pad, 1)},
             "size": {"width": round(w + 2 * pad, 1), "height": round(h + 2 * pad, 1)},
             "cornerRadius": round(pad, 1), "fill": {"type": "color", "color": plate}}
    at = layers.index(logo)
    return [*layers[:at], layer, *layers[at:]]


def style_name(palette: Palette, variant: int) -> str:
    """The name of the colour scheme a variant starts from."""
    return scheme_for(palette, variant=variant).name
