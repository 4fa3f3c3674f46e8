"""Template files: read from files/<family>/*.json, validated as design documents and as templates."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from aiengine.creative.model import KIND_IDS, SLOTS
from aiengine.creative.templates.model import (
    FAMILIES,
    FONT_ROLES,
    GROUNDS,
    IMAGE_MODES,
    PAINT_TOKENS,
    REFERENCE_SIZES,
    Region,
    SlotRule,
    Template,
)
from documents import validate_document

FILES = Path(__file__).resolve().parent / "files"
_PILLS = ("", "cta", "accent")
_CASES = ("none", "uppercase", "kind")
_ALIGNS = ("left", "center", "right", "kind")
_VALIGNS = ("top", "middle", "bottom")
BACKDROPS = {"band": ("top", "bottom", "left", "right"), "card": (), "disc": (), "glow": ()}


def _backdrop(value: Any, where: str) -> dict[str, Any]:
    if not value:
        return {}
    if not isinstance(value, dict) or value.get("shape") not in BACKDROPS:
        raise TemplateError(f"{where}: a backdrop is {{shape: {' | '.join(BACKDROPS)}, paint, pad}}")
    sides = BACKDROPS[value["shape"]]
    if sides and value.get("side") not in sides:
        raise TemplateError(f"{where}: a band backdrop names its side ({', '.join(sides)})")
    _token(value.get("paint", "panel"), where)
    return dict(value)


class TemplateError(ValueError):
    """A template file that is not a valid template; the message names the file and the problem."""


def _box(value: Any, where: str) -> tuple[float, float, float, float]:
    if not (isinstance(value, list) and len(value) == 4 and all(isinstance(v, int | float) for v in value)):
        raise TemplateError(f"{where}: a box is [x, y, width, height] as fractions")
    x, y, w, h = (float(v) for v in value)
    if not (-0.001 <= x and -0.001 <= y and w > 0 and h > 0 and x + w <= 1.001 and y + h <= 1.001):
        raise TemplateError(f"{where}: the box {value} is not inside the frame")
    return x, y, w, h


def _token(value: Any, where: str) -> None:
    if isinstance(value, dict):
        stops = value.get("gradient", value.get("radial"))
        if not (isinstance(stops, list) and len(stops) >= 2):
            raise TemplateError(f"{where}: a gradient or radial paint lists two or more tokens")
        for stop in stops:
            _token(stop, where)
        return
    token = str(value).split("@", 1)[0]
    if token not in PAINT_TOKENS:
        raise TemplateError(f"{where}: unknown paint {value!r} (one of {', '.join(PAINT_TOKENS)})")


def _rule(name: str, data: Any, where: str) -> SlotRule:
    if name not in SLOTS or not isinstance(data, dict):
        raise TemplateError(f"{where}: unknown slot {name!r}")
    rule = SlotRule(name=name, max=float(data["max"]), min=float(data["min"]),
                    max_lines=int(data.get("maxLines", 4)), font=str(data.get("font", "text")),
                    weight=int(data.get("weight", 0)), case=str(data.get("case", "none")),
                    tracking=float(data.get("tracking", 0.0)), colour=str(data.get("colour", "")),
                    pill=str(data.get("pill", "")), italic=bool(data.get("italic", False)),
                    line_height=float(data.get("lineHeight", 0.0)))
    if not 0 < rule.min <= rule.max <= 0.5:
        raise TemplateError(f"{where}: sizes need 0 < min <= max <= 0.5 (shares of the shorter side)")
    if rule.font not in FONT_ROLES or rule.pill not in _PILLS or rule.case not in _CASES or rule.max_lines < 1:
        raise TemplateError(f"{where}: font, pill, case or maxLines is not one of the allowed values")
    if rule.colour:
        _token(rule.colour, where)
    return rule


def _regions(data: Any, where: str) -> tuple[Region, ...]:
    if not isinstance(data, list) or not data:
        raise TemplateError(f"{where}: regions are a non-empty list")
    regions = []
    for index, entry in enumerate(data):
        at = f"{where}[{index}]"
        slots = tuple(entry.get("slots") or ())
        if not slots or any(slot not in SLOTS for slot in slots):
            raise TemplateError(f"{at}: every region lists copy slots ({', '.join(SLOTS)})")
        region = Region(box=_box(entry.get("box"), at), slots=slots, valign=str(entry.get("valign", "middle")),
                        align=str(entry.get("align", "kind")), ground=str(entry.get("ground", "canvas")),
                        gap=float(entry.get("gap", 0.022)), backdrop=_backdrop(entry.get("backdrop"), at))
        if region.valign not in _VALIGNS or region.align not in _ALIGNS or region.ground not in GROUNDS:
            raise TemplateError(f"{at}: valign, align or ground is not one of the allowed values")
        regions.append(region)
    placed = [slot for region in regions for slot in region.slots]
    if sorted(placed) != sorted(SLOTS):
        raise TemplateError(f"{where}: the regions place every slot exactly once ({', '.join(SLOTS)})")
    return tuple(regions)


def parse_template(document: dict[str, Any], *, source: str = "template") -> Template:
    """The template a design document describes in its meta.template (TemplateError when it is not one)."""
    try:
        validate_document(document)
    except Exception as error:  # the documents package raises its own error types
        raise TemplateError(f"{source}: not a valid design document: {error}") from error
    spec = (document.get("meta") or {}).get("template")
    if not isinstance(spec, dict):
        raise TemplateError(f"{source}: meta.template is missing")
    family = spec.get("family")
    if family not in FAMILIES:
        raise TemplateError(f"{source}: family must be one of {', '.join(FAMILIES)}")
    canvas = document["canvas"]
    if (canvas["width"], canvas["height"]) != REFERENCE_SIZES[family]:
        raise TemplateError(f"{source}: a {family} template is drawn at {REFERENCE_SIZES[family]}")
    kinds = tuple(spec.get("kinds") or ())
    if not kinds or any(kind != "*" and kind not in KIND_IDS for kind in kinds):
        raise TemplateError(f"{source}: kinds lists kind ids or '*'")
    image = str(spec.get("image", "optional"))
    if image not in IMAGE_MODES:
        raise TemplateError(f"{source}: image must be one of {', '.join(IMAGE_MODES)}")
    layer_ids = {layer["id"] for layer in document["layers"]}
    paints, strokes = dict(spec.get("paints") or {}), dict(spec.get("strokes") or {})
    for key, value in (*paints.items(), *strokes.items()):
        if key not in layer_ids:
            raise TemplateError(f"{source}: paint for unknown layer {key!r}")
        _token(value, f"{source}: paints.{key}")
    lists = {name: tuple(spec.get(name) or ()) for name in ("round", "withImage", "withoutImage", "tallOnly")}
    needs = dict(spec.get("needs") or {})
    for name, ids in (*lists.items(), ("needs", tuple(needs))):
        unknown = [key for key in ids if key not in layer_ids]
        if unknown:
            raise TemplateError(f"{source}: {name} names unknown layers {unknown}")
    if any(slot not in SLOTS for slot in needs.values()):
        raise TemplateError(f"{source}: needs maps layers to copy slots")
    rules = {name: _rule(name, data, f"{source}: slots.{name}") for name, data in (spec.get("slots") or {}).items()}
    if sorted(rules) != sorted(SLOTS):
        raise TemplateError(f"{source}: slots gives a rule for every copy slot ({', '.join(SLOTS)})")
    regions = _regions(spec.get("regions"), f"{source}: regions")
    without = _regions(spec["regionsWithoutImage"], f"{source}: regionsWithoutImage") \
        if spec.get("regionsWithoutImage") else regions
    image_box = _box(spec["imageBox"], f"{source}: imageBox") if spec.get("imageBox") else None
    if image != "none" and image_box is None:
        raise TemplateError(f"{source}: a template that shows an image gives its imageBox")
    return Template(
        id=str(spec.get("id") or source), title=str(document["meta"].get("title") or spec.get("id")), family=family,
        kinds=kinds, image=image, document=document, regions=regions, regions_without_image=without, rules=rules,
        image_box=image_box, image_shape=str(spec.get("imageShape", "rounded")),
        image_backdrop=_backdrop(spec.get("imageBackdrop"), f"{source}: imageBackdrop"),
        logo_box=_box(spec["logoBox"], f"{source}: logoBox") if spec.get("logoBox") else None,
        paints=paints, strokes=strokes, round_layers=lists["round"], with_image=lists["withImage"],
        without_image=lists["withoutImage"], needs=needs, tall_only=lists["tallOnly"])


def load_file(path: Path) -> Template:
    """The template in one file."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise TemplateError(f"{path.name}: cannot be read as JSON: {error}") from error
    template = parse_template(document, source=path.name)
    if template.id != path.stem:
        raise TemplateError(f"{path.name}: meta.template.id must be the file name ({path.stem})")
    return template


@functools.lru_cache(maxsize=1)
def all_templates() -> tuple[Template, ...]:
    """Every template file, by family then id (read once per process)."""
    return tuple(load_file(path) for family in FAMILIES for path in sorted((FILES / family).glob("*.json")))


def template_files() -> list[Path]:
    """The paths of every template file."""
    return [path for family in FAMILIES for path in sorted((FILES / family).glob("*.json"))]
