"""Polish checks: logo contrast, centring in panels, decorative slivers, badge alignment and frame fill.

What a designer looks for last ("is anything off?"): each check reads the document's geometry, and the
logo check also reads a small render of it. The thresholds are stated beside each rule.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PIL import ImageChops

from aiengine.creative.colors import luminance_rgb, ratio_from_luminance
from aiengine.creative.lint.boxes import Placed, Rect
from aiengine.creative.lint.issues import LintIssue
from aiengine.creative.preview import render_preview

RENDER_SIDE = 320
# Warnings for now: the engine on main fails some of them (logo on a surface of its own colour, empty
# bands in stories); the evaluation counts them as failures, and they become errors once it passes them.
SEVERITY = "warning"

# Logos: WCAG 2.1 SC 1.4.11 asks 3:1 of graphics needed to understand the content.
LOGO_CONTRAST = 3.0
LOGO_INK_DELTA = 8  # a pixel whose grey level moves this much when the logo is drawn is logo ink

# Centring: the ink of centred text may sit this far (share of the panel's width) off the panel's axis.
CENTRE_TOLERANCE = 0.03
CENTRE_TOLERANCE_PX = 4.0
PANEL_MIN_SHARE = 0.15  # a shape covering this much of the canvas is a panel; smaller ones are badges

# Badges and pills: the text they carry sits centred in them, both ways, within this share of the badge.
BADGE_TOLERANCE = 0.12
BADGE_TOLERANCE_PX = 3.0
BADGE_TEXT_OVERLAP = 0.3  # a badge this much under a text's ink belongs to that text

# Decorative slivers: a hard-edged decoration cut by the canvas edge so that under a fifth of it shows
# and what shows is thinner than 2% of the canvas's shorter side.
SLIVER_VISIBLE_SHARE = 0.2
SLIVER_THICKNESS = 0.02
FAINT_OPACITY = 0.25  # decorations fainter than this are texture, not fragments

# Frame fill: formats at least this tall (height / width) must not leave a band of more than a quarter
# of their height with nothing but the background in it (the platforms' UI zones are about 13% each).
TALL_ASPECT = 1.5
EMPTY_BAND_SHARE = 0.25
CONTENT_MIN_WIDTH = 0.2  # a picture or shape this wide (share of the canvas) fills its rows; text always does


def _area(rect: Rect) -> float:
    return max(0.0, rect.width) * max(0.0, rect.height)


def _is_panel_shape(p: Placed) -> bool:
    """A surface text can sit on: a solid rectangle (a card, band, badge or button), not a disc or a glow."""
    fill = p.layer.get("fill")
    return (p.layer.get("type") == "shape" and p.layer.get("shape", "rect") == "rect"
            and p.layer.get("role") != "background" and isinstance(fill, dict)
            and float(p.layer.get("opacity", 1) or 0) >= FAINT_OPACITY and _opaque_fill(fill))


def _opaque_fill(fill: dict[str, Any]) -> bool:
    """Whether a paint is solid enough to read as a surface (a glow fading to nothing is not)."""
    colours = [fill.get("color")] if fill.get("type") == "color" else [
        stop.get("color") for stop in fill.get("stops") or [] if isinstance(stop, dict)]
    for colour in colours:
        if not isinstance(colour, str):
            return False
        value = colour.lstrip("#")
        if len(value) == 8 and int(value[6:8], 16) < 160:
            return False
    return bool(colours)


def _tolerance(extent: float, share: float, floor: float) -> float:
    return max(floor, extent * share)


def centring(texts: list[Placed], inks: dict[int, Rect], placed: list[Placed], canvas: Rect,
             safe: Rect | None = None) -> Iterator[LintIssue]:
    """Centred text in a panel (a card or band drawn under it) sits on the panel's vertical axis; text on a
    badge (a small surface) is the badge check's. The panel's usable part is what lies inside the canvas and
    the format's safe area (a band running under a platform's overlay is centred on what stays visible)."""
    surfaces = [p for p in placed if _is_panel_shape(p)]
    for text in texts:
        if (text.layer.get("style") or {}).get("align") != "center":
            continue
        ink = inks[id(text.layer)]
        holders = [p for p in surfaces if p.index < text.index and ink.inside(p.box, tolerance=1.0)]
        if not holders:
            continue
        panel = min(holders, key=lambda p: _area(p.box))
        if _area(panel.box) < PANEL_MIN_SHARE * _area(canvas):
            continue
        visible = panel.box.intersection(canvas) or panel.box
        if safe is not None:
            visible = visible.intersection(safe) or visible
        offset = ink.centre[0] - visible.centre[0]
        if abs(offset) > _tolerance(visible.width, CENTRE_TOLERANCE, CENTRE_TOLERANCE_PX):
            yield LintIssue("off_centre", text.layer.get("id"),
                            f"{text.layer.get('id')} is centred text but sits {abs(offset):.0f} px off the centre "
                            f"of {panel.layer.get('id')}.",
                            severity=SEVERITY, details={"panel": panel.layer.get("id"), "offset": round(offset, 1)})


def badges(texts: list[Placed], inks: dict[int, Rect], placed: list[Placed], canvas: Rect) -> Iterator[LintIssue]:
    """A badge, pill or button shape carries its text centred in it and wholly inside it."""
    shapes = [p for p in placed if _is_panel_shape(p) and 0 < _area(p.box) < PANEL_MIN_SHARE * _area(canvas)]
    for shape in shapes:
        for text in texts:
            if text.index < shape.index:
                continue
            ink = inks[id(text.layer)]
            common = ink.intersection(shape.box)
            if common is None or _area(common) < BADGE_TEXT_OVERLAP * min(_area(ink), _area(shape.box)):
                continue
            if not ink.inside(shape.box, tolerance=1.0):
                yield LintIssue("badge_misaligned", text.layer.get("id"),
                                f"{text.layer.get('id')} spills out of the badge {shape.layer.get('id')} under it.",
                                severity=SEVERITY, details={"badge": shape.layer.get("id")})
                continue
            dx = ink.centre[0] - shape.box.centre[0]
            dy = ink.centre[1] - shape.box.centre[1]
            align = (text.layer.get("style") or {}).get("align", "left")
            off_x = align == "center" and abs(dx) > _tolerance(shape.box.width, BADGE_TOLERANCE, BADGE_TOLERANCE_PX)
            off_y = abs(dy) > _tolerance(shape.box.height, BADGE_TOLERANCE, BADGE_TOLERANCE_PX)
            if off_x or off_y:
                yield LintIssue("badge_misaligned", text.layer.get("id"),
                                f"{text.layer.get('id')} is not centred in the badge {shape.layer.get('id')} "
                                f"({dx:+.0f}, {dy:+.0f} px).",
                                severity=SEVERITY, details={"badge": shape.layer.get("id"), "dx": round(dx, 1), "dy": round(dy, 1)})


def _hard_edged(layer: dict[str, Any]) -> bool:
    fill = layer.get("fill")
    if float(layer.get("opacity", 1) or 0) < FAINT_OPACITY or not isinstance(fill, dict):
        return False
    if fill.get("type") == "radialGradient":  # a glow: its edge fades out unless its last stop is solid
        stops = [stop for stop in fill.get("stops") or [] if isinstance(stop, dict)]
        last = str(stops[-1].get("color", "")) if stops else ""
        return len(last.lstrip("#")) != 8 or int(last.lstrip("#")[6:8], 16) >= 160
    return _opaque_fill(fill) or isinstance(layer.get("stroke"), dict)


def slivers(placed: list[Placed], canvas: Rect) -> Iterator[LintIssue]:
    """No hard-edged decorative shape shows only a thin cut-off fragment at the canvas edge."""
    shorter = min(canvas.width, canvas.height)
    for p in placed:
        layer = p.layer
        if layer.get("type") != "shape" or layer.get("role") == "background" or not _hard_edged(layer):
            continue
        whole = _area(p.box)
        if whole <= 0 or p.box.inside(canvas, tolerance=0.5):
            continue
        shown = p.box.intersection(canvas)
        if shown is None:
            continue
        thickness = min(shown.width, shown.height)
        if _area(shown) < SLIVER_VISIBLE_SHARE * whole and thickness < SLIVER_THICKNESS * shorter:
            yield LintIssue("edge_sliver", layer.get("id"),
                            f"Only a {thickness:.0f} px sliver of {layer.get('id')} shows at the canvas edge; "
                            "move it in or take it out.",
                            severity=SEVERITY, details={"visible": round(_area(shown) / whole, 3), "thickness": round(thickness, 1)})


def _hidden(doc: dict[str, Any], layer_ids: set[str]) -> dict[str, Any]:
    def hide(layers: list[Any]) -> list[Any]:
        out = []
        for layer in layers:
            if isinstance(layer, dict) and layer.get("id") in layer_ids:
                layer = {**layer, "visible": False}
            elif isinstance(layer, dict) and isinstance(layer.get("children"), list):
                layer = {**layer, "children": hide(layer["children"])}
            out.append(layer)
        return out

    return {**doc, "layers": hide(doc.get("layers") or [])}


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def logo_contrast(doc: dict[str, Any], placed: list[Placed], *, fonts: Any, assets: Any) -> Iterator[LintIssue]:
    """Each logo stands out from what is drawn behind it (3:1 between its ink and that backdrop)."""
    logos = [p for p in placed if p.layer.get("type") == "image" and p.layer.get("role") == "logo"]
    if not logos or assets is None:  # without the asset bytes there is nothing to measure
        return
    with_logo, scale, _ = render_preview(doc, max_side=RENDER_SIDE, assets=assets, fonts=fonts)
    for logo in logos:
        without, _, _ = render_preview(_hidden(doc, {str(logo.layer.get("id"))}), max_side=RENDER_SIDE,
                                       assets=assets, fonts=fonts)
        box = (max(0, int(logo.box.x0 * scale)), max(0, int(logo.box.y0 * scale)),
               min(with_logo.width, int(round(logo.box.x1 * scale))),
               min(with_logo.height, int(round(logo.box.y1 * scale))))
        if box[2] <= box[0] or box[3] <= box[1]:
            continue
        drawn, behind = with_logo.crop(box), without.crop(box)
        moved = ImageChops.difference(drawn, behind).convert("L").point(lambda v: 255 if v >= LOGO_INK_DELTA else 0)
        ink, ground = [], []
        for (r, g, b), (br, bg, bb), mask in zip(drawn.getdata(), behind.getdata(), moved.getdata(), strict=True):
            if mask:
                ink.append(luminance_rgb((r, g, b)))
                ground.append(luminance_rgb((br, bg, bb)))
        if len(ink) < 4:  # the renderer drew nothing for it (a missing asset is the renderer's warning)
            continue
        ratio = ratio_from_luminance(_median(ink), _median(ground))
        if ratio < LOGO_CONTRAST:
            yield LintIssue("logo_contrast", logo.layer.get("id"),
                            f"The logo {logo.layer.get('id')} has contrast {ratio:.2f}:1 against what is behind it; "
                            f"{LOGO_CONTRAST:.0f}:1 is needed.", severity=SEVERITY, details={"contrast": round(ratio, 2)})


def _content_rows(placed: list[Placed], inks: dict[int, Rect], canvas: Rect) -> list[tuple[float, float]]:
    """(top, bottom) of everything drawn on the background: text ink, pictures (a pending smart image too),
    and surfaces and decorations of some width; backgrounds and full-canvas washes are not content."""
    spans = []
    for p in placed:
        layer = p.layer
        if layer.get("role") == "background" or layer.get("type") == "group":
            continue
        box = inks.get(id(layer)) if layer.get("type") == "text" else p.box
        if box is None or (layer.get("type") != "text" and box.width < CONTENT_MIN_WIDTH * canvas.width):
            continue
        if layer.get("type") == "shape" and _area(box) >= 0.9 * _area(canvas):
            continue
        shown = box.intersection(canvas)
        if shown is not None:
            spans.append((shown.y0, shown.y1))
    return sorted(spans)


def frame_fill(placed: list[Placed], inks: dict[int, Rect], canvas: Rect) -> Iterator[LintIssue]:
    """A tall format (stories, pins) leaves no band over a quarter of its height with nothing in it."""
    if canvas.width <= 0 or canvas.height / canvas.width < TALL_ASPECT:
        return
    reached = 0.0
    for top, bottom in [*_content_rows(placed, inks, canvas), (canvas.height, canvas.height)]:
        gap = top - reached
        if gap > EMPTY_BAND_SHARE * canvas.height:
            yield LintIssue("empty_band", None,
                            f"A band of {gap / canvas.height:.0%} of the height (from {reached / canvas.height:.0%} "
                            "down) has nothing in it; fill the frame with colour, pattern or imagery.",
                            severity=SEVERITY,
                            details={"top": round(reached / canvas.height, 3), "share": round(gap / canvas.height, 3)})
        reached = max(reached, bottom)
