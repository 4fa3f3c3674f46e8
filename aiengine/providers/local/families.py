"""The layout families: for each concept and variant, where every element goes in a frame."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from aiengine.providers.local.geometry import Box, Frame, Node, solve

SPACER_TOP = "_top"
SPACER_BOTTOM = "_bottom"
SPACER = "_gap"


@dataclass(frozen=True)
class Deco:
    """A decorative shape: where it goes and which scheme colour (token) paints it."""

    key: str
    shape: str
    box: Box
    paint: str
    corner_radius: float = 0.0
    points: tuple[tuple[float, float], ...] = ()
    name: str = ""


@dataclass
class Layout:
    """Solved boxes per element, how text aligns, how the offer is shown and the decorations."""

    style: str
    boxes: dict[str, Box]
    align: str
    offer_mode: str
    grounds: dict[str, str] = field(default_factory=dict)
    decorations: list[Deco] = field(default_factory=list)


PRODUCT_MAX_RATIO = 1.3
W_HEADLINE, W_SUBHEAD, W_OFFER, W_CTA, W_PROBLEM = 3.2, 1.35, 1.3, 1.25, 1.8


def _col(*parts: tuple[float, Node]) -> Node:
    return ("col", list(parts))


def _row(*parts: tuple[float, Node]) -> Node:
    return ("row", list(parts))


def _centred(node: Node, *, fill: float = 0.8) -> Node:
    """A column that keeps `node` in the middle `fill` of the height."""
    rest = (1 - fill) / 2
    return _col((rest, SPACER_TOP), (fill, node), (rest, SPACER_BOTTOM))


def _text_stack(*keys: str, offer_weight: float = W_OFFER) -> Node:
    weights = {"headline": W_HEADLINE, "subhead": W_SUBHEAD, "offer": offer_weight, "cta": W_CTA,
               "problem": W_PROBLEM}
    return _col(*((weights[key], key) for key in keys))


def _solve(frame: Frame, box: Box, node: Node, present: set[str]) -> dict[str, Box]:
    live = present | {SPACER_TOP, SPACER_BOTTOM, SPACER}
    boxes = solve(node, box, gap=frame.gap, present=live)
    if "product" in boxes:
        boxes["product"] = boxes["product"].square(max_ratio=PRODUCT_MAX_RATIO)
    return {key: value for key, value in boxes.items() if not key.startswith("_")}


def bleed(box: Box, frame: Frame, *, left: bool = False, top: bool = False, right: bool = False,
          bottom: bool = False, pad: float = 0.0) -> Box:
    """`box` grown by `pad` and stretched to the canvas edges on the chosen sides."""
    x0 = 0.0 if left else box.x - pad
    y0 = 0.0 if top else box.y - pad
    x1 = float(frame.width) if right else box.right + pad
    y1 = float(frame.height) if bottom else box.bottom + pad
    return Box(x0, y0, x1 - x0, y1 - y0)


def _badge(box: Box) -> tuple[Box, Box]:
    """A circular badge filling `box` and the text box inscribed in it."""
    circle = box.square()
    return circle, circle.scaled(0.64)


def _glow(product: Box) -> Deco:
    return Deco("glow", "ellipse", product.square(max_ratio=1.25).scaled(1.02), "glow", name="Product glow")


def _sparkles(product: Box, *, seed: int) -> list[Deco]:
    size = max(6.0, min(product.w, product.h) * 0.08)
    spots = ((0.06, 0.1), (0.86, 0.2), (0.14, 0.78), (0.9, 0.72))
    chosen = [spots[(seed + i) % len(spots)] for i in range(2)]
    star = ((0.5, 0.0), (0.62, 0.38), (1.0, 0.5), (0.62, 0.62), (0.5, 1.0), (0.38, 0.62), (0.0, 0.5), (0.38, 0.38))
    decos = []
    for index, (fx, fy) in enumerate(chosen):
        box = Box(product.x + product.w * fx - size / 2, product.y + product.h * fy - size / 2, size, size)
        decos.append(Deco(f"sparkle_{index + 1}", "polygon", box, "accent",
                          points=tuple((px * size, py * size) for px, py in star), name="Sparkle"))
    return decos


# product_highlight ---------------------------------------------------------------------------------


def _product_split(frame: Frame, area: Box, present: set[str], seed: int) -> Layout:
    text = _centred(_text_stack("headline", "subhead", "offer", "cta"), fill=0.82)
    if frame.shape == "strip":
        node = _row((0.2, "product"), (0.46, _col((1.6, "headline"), (1, "subhead"))), (0.15, "offer"),
                    (0.19, "cta"))
        boxes = _solve(frame, area, node, present)
        return Layout("split", boxes, "left", "chip", decorations=_product_decos(boxes, seed, glow=True))
    if frame.tall:
        node = _col((0.54, "product"), (0.46, _text_stack("headline", "subhead", "offer", "cta")))
        align = "center"
    else:
        node = _row((0.47, text), (0.53, "product"))
        align = "left"
    boxes = _solve(frame, area, node, present)
    return Layout("split", boxes, align, "chip", decorations=_product_decos(boxes, seed, glow=True))


def _product_decos(boxes: dict[str, Box], seed: int, *, glow: bool) -> list[Deco]:
    product = boxes.get("product")
    if product is None:
        return []
    decos = [_glow(product)] if glow else []
    return decos + _sparkles(product, seed=seed)


def _product_stage(frame: Frame, area: Box, present: set[str], seed: int) -> Layout:
    if frame.shape == "strip":
        node = _row((0.16, "offer"), (0.2, "product"), (0.44, _col((1.6, "headline"), (1, "subhead"))),
                    (0.2, "cta"))
        boxes = _solve(frame, area, node, present)
        decos = []
        if "offer" in boxes:
            panel = bleed(boxes["offer"], frame, top=True, bottom=True, left=boxes["offer"].x <= area.x + 1,
                          pad=frame.gap * 0.5)
            decos.append(Deco("offer_panel", "rect", panel, "accent", name="Offer panel"))
            boxes["offer"] = boxes["offer"].inset(boxes["offer"].w * 0.06, boxes["offer"].h * 0.12)
        return Layout("stage", boxes, "center", "panel", grounds={"offer": "accent"}, decorations=decos)
    if frame.wide:
        node = _row((0.52, "product"), (0.48, _centred(_text_stack("headline", "subhead", "cta"), fill=0.76)))
        align = "left"
    else:
        node = _col((2.7, _text_stack("headline", "subhead")), (5.2, "product"), (1.1, "cta"))
        align = "center"
    boxes = _solve(frame, area, node, present - {"offer"})
    decos: list[Deco] = []
    grounds: dict[str, str] = {}
    product = boxes.get("product")
    if product is not None:
        disc = product.square().scaled(0.96)
        decos.append(Deco("stage_disc", "ellipse", disc, "panel", name="Product backdrop"))
        if "offer" in present:
            side = min(product.w, product.h) * 0.34
            corner_x = product.x if frame.wide else product.right - side
            badge = Box(corner_x, product.y, side, side)
            circle, text_box = _badge(badge)
            decos.append(Deco("offer_badge", "ellipse", circle, "accent", name="Offer badge"))
            boxes["offer"] = text_box
            grounds["offer"] = "accent"
    return Layout("stage", boxes, align, "badge", grounds=grounds, decorations=decos)


def _product_block(frame: Frame, area: Box, present: set[str], seed: int) -> Layout:
    if frame.shape == "strip":
        node = _row((0.5, _col((1.6, "headline"), (1, "subhead"))), (0.14, "offer"), (0.16, "cta"), (0.2, "product"))
        boxes = _solve(frame, area, node, present)
        decos = []
        if "product" in boxes:
            decos.append(Deco("product_panel", "rect", bleed(boxes["product"], frame, top=True, right=True,
                                                             bottom=True, pad=frame.gap * 0.5), "panel",
                              name="Product panel"))
        return Layout("block", boxes, "left", "chip", decorations=decos)
    text = _text_stack("headline", "subhead", "offer", "cta")
    if frame.wide:
        node = _row((0.52, _centred(text, fill=0.8)), (0.48, "product"))
        boxes = _solve(frame, area, node, present)
        sides = {"top": True, "right": True, "bottom": True}
        align = "left"
    else:
        node = _col((0.44, _col((W_HEADLINE, "headline"), (W_SUBHEAD, "subhead"),
                                (W_CTA, _row((1, "offer"), (1, "cta"))))), (0.56, "product"))
        boxes = _solve(frame, area, node, present)
        sides = {"left": True, "right": True, "bottom": True}
        align = "left"
    decos = []
    if "product" in boxes:
        panel = bleed(boxes["product"], frame, pad=frame.gap * 0.5, **sides)
        decos.append(Deco("product_panel", "rect", panel, "panel", name="Product panel"))
        decos.extend(_sparkles(boxes["product"], seed=seed))
    return Layout("block", boxes, align, "chip", decorations=decos)


# offer_focus ---------------------------------------------------------------------------------------


def _offer_badge(frame: Frame, area: Box, present: set[str], seed: int) -> Layout:
    if frame.shape == "strip":
        node = _row((0.22, "offer"), (0.44, _col((1.6, "headline"), (1, "subhead"))), (0.14, "product"),
                    (0.2, "cta"))
    elif frame.wide:
        node = _row((0.36, "offer"), (0.4, _centred(_text_stack("headline", "subhead", "cta"), fill=0.8)),
                    (0.24, "product"))
    elif frame.tall:
        node = _col((1.5, "headline"), (4.2, "offer"), (3.0, "product"), (0.9, "subhead"), (1.1, "cta"))
    else:
        node = _col((1.5, "headline"), (5.0, _row((0.56, "offer"), (0.44, "product"))), (0.85, "subhead"),
                    (1.1, "cta"))
    boxes = _solve(frame, area, node, present)
    decos = []
    if "offer" in boxes:
        if frame.shape == "strip":
            panel = bleed(boxes["offer"], frame, top=True, bottom=True, left=True, pad=frame.gap * 0.5)
            decos.append(Deco("offer_panel", "rect", panel, "accent", name="Offer panel"))
            boxes["offer"] = boxes["offer"].inset(boxes["offer"].w * 0.05, boxes["offer"].h * 0.1)
        else:
            circle, text_box = _badge(boxes["offer"])
            decos.append(Deco("offer_badge", "ellipse", circle, "accent", name="Offer badge"))
            decos.append(Deco("offer_ring", "ellipse", circle.scaled(1.08), "ring", name="Offer ring"))
            boxes["offer"] = text_box
    if "product" in boxes and frame.shape != "strip":
        decos.insert(0, _glow(boxes["product"]))
    return Layout("badge", boxes, "center", "badge", grounds={"offer": "accent"}, decorations=decos)


def _offer_band(frame: Frame, area: Box, present: set[str], seed: int) -> Layout:
    decos: list[Deco] = []
    if frame.shape == "strip":
        node = _row((0.34, _col((1.6, "headline"), (1, "subhead"))), (0.28, "offer"), (0.18, "product"),
                    (0.2, "cta"))
        boxes = _solve(frame, area, node, present)
        if "offer" in boxes:
            panel = bleed(boxes["offer"], frame, top=True, bottom=True, pad=frame.gap * 0.5)
            decos.append(Deco("offer_band", "rect", panel, "accent", name="Offer band"))
            boxes["offer"] = boxes["offer"].inset(boxes["offer"].w * 0.05, boxes["offer"].h * 0.1)
        return Layout("band", boxes, "left", "band", grounds={"offer": "accent"}, decorations=decos)
    if frame.wide:
        node = _row((0.5, _centred(_text_stack("headline", "subhead", "cta"), fill=0.8)),
                    (0.5, _col((0.4, "offer"), (0.6, "product"))))
        boxes = _solve(frame, area, node, present)
        column = [boxes[k] for k in ("offer", "product") if k in boxes]
        if column:
            x0 = min(b.x for b in column)
            panel = Box(x0 - frame.gap * 0.5, 0, frame.width - x0 + frame.gap * 0.5, frame.height)
            decos.append(Deco("offer_band", "rect", panel, "accent", name="Offer band"))
        grounds = {"offer": "accent"}
        return Layout("band", boxes, "left", "band", grounds=grounds, decorations=decos)
    if frame.tall:
        node = _col((2.3, _text_stack("headline", "subhead")), (2.1, "offer"), (3.6, "product"), (1.0, "cta"))
    else:
        node = _col((2.3, _text_stack("headline", "subhead")), (2.3, "offer"),
                    (3.4, _row((0.46, _centred("cta", fill=0.36)), (0.54, "product"))))
    boxes = _solve(frame, area, node, present)
    if "offer" in boxes:
        band = bleed(boxes["offer"], frame, left=True, right=True, pad=frame.gap * 0.45)
        decos.append(Deco("offer_band", "rect", band, "accent", name="Offer band"))
        boxes["offer"] = boxes["offer"].inset(0, boxes["offer"].h * 0.06)
    if "product" in boxes:
        decos.extend(_sparkles(boxes["product"], seed=seed))
    return Layout("band", boxes, "center", "band", grounds={"offer": "accent"}, decorations=decos)


def _offer_type(frame: Frame, area: Box, present: set[str], seed: int) -> Layout:
    if frame.shape == "strip":
        node = _row((0.34, "offer"), (0.36, _col((1.6, "headline"), (1, "subhead"))), (0.12, "product"),
                    (0.18, "cta"))
    elif frame.wide:
        node = _row((0.58, _centred(_col((1.3, "headline"), (3.2, "offer"), (1.0, "subhead"), (1.25, "cta")),
                                    fill=0.86)), (0.42, "product"))
    elif frame.tall:
        node = _col((1.2, "headline"), (3.0, "offer"), (0.9, "subhead"), (3.6, "product"), (1.1, "cta"))
    else:
        node = _col((1.2, "headline"), (3.2, "offer"), (0.85, "subhead"),
                    (3.4, _row((0.44, _centred("cta", fill=0.36)), (0.56, "product"))))
    boxes = _solve(frame, area, node, present)
    decos = []
    offer = boxes.get("offer")
    if offer is not None and frame.shape != "strip":
        bar_h = max(2.0, frame.gap * 0.3)
        decos.append(Deco("offer_rule", "rect", Box(offer.x, offer.bottom + frame.gap * 0.35, offer.w * 0.28, bar_h),
                          "accent", corner_radius=bar_h / 2, name="Accent rule"))
    if "product" in boxes:
        decos.insert(0, Deco("product_disc", "ellipse", boxes["product"].square().scaled(0.9), "panel",
                             name="Product backdrop"))
    return Layout("type", boxes, "left", "type", decorations=decos)


# problem_solution ----------------------------------------------------------------------------------


def _problem_panel(frame: Frame, area: Box, present: set[str], seed: int) -> Layout:
    solution = _text_stack("headline", "subhead", "offer", "cta")
    if frame.shape == "strip":
        node = _row((0.28, "problem"), (0.36, _col((1.6, "headline"), (1, "subhead"))), (0.16, "product"),
                    (0.2, "cta"))
        sides = {"left": True, "top": True, "bottom": True}
        align = "left"
    elif frame.wide:
        node = _row((0.34, _centred("problem", fill=0.6)), (0.4, _centred(solution, fill=0.84)), (0.26, "product"))
        sides = {"left": True, "top": True, "bottom": True}
        align = "left"
    elif frame.tall:
        node = _col((1.5, "problem"), (W_HEADLINE, "headline"), (W_SUBHEAD, "subhead"), (4.4, "product"),
                    (W_CTA, _row((1, "offer"), (1, "cta"))))
        sides = {"left": True, "top": True, "right": True}
        align = "center"
    else:
        node = _col((1.5, "problem"), (5.4, _row((0.54, _centred(solution, fill=0.9)), (0.46, "product"))))
        sides = {"left": True, "top": True, "right": True}
        align = "left"
    boxes = _solve(frame, area, node, present)
    decos = []
    if "problem" in boxes:
        panel = bleed(boxes["problem"], frame, pad=frame.gap * 0.5, **sides)
        if not frame.wide:
            panel = Box(0, 0, frame.width, boxes["problem"].bottom + frame.gap * 0.5)
        decos.append(Deco("problem_panel", "rect", panel, "panel", name="Problem panel"))
    if "product" in boxes:
        decos.append(_glow(boxes["product"]))
    return Layout("panel", boxes, align, "chip", grounds={"problem": "panel"}, decorations=decos)


def _problem_versus(frame: Frame, area: Box, present: set[str], seed: int) -> Layout:
    if frame.shape == "strip":
        node = _row((0.3, "problem"), (0.34, _col((1.6, "headline"), (1, "subhead"))), (0.16, "product"),
                    (0.2, "cta"))
        boxes = _solve(frame, area, node, present)
        card_pad = frame.gap * 0.4
    elif frame.wide:
        node = _row((0.3, "problem"), (0.42, _centred(_text_stack("headline", "subhead", "offer", "cta"), fill=0.84)),
                    (0.28, "product"))
        boxes = _solve(frame, area, node, present)
        card_pad = 0.0
    elif frame.tall:
        node = _col((0.24, "problem"), (0.76, _col((W_HEADLINE, "headline"), (W_SUBHEAD, "subhead"), (5.0, "product"),
                                                   (W_CTA, _row((1, "offer"), (1, "cta"))))))
        boxes = _solve(frame, area, node, present)
        card_pad = 0.0
    else:
        node = _row((0.4, "problem"), (0.6, _col((W_HEADLINE, "headline"), (W_SUBHEAD, "subhead"), (4.0, "product"),
                                                 (W_CTA, _row((1, "offer"), (1, "cta"))))))
        boxes = _solve(frame, area, node, present)
        card_pad = 0.0
    decos = []
    problem = boxes.get("problem")
    if problem is not None:
        card = problem.inset(-card_pad, -card_pad) if card_pad else problem
        radius = min(card.w, card.h) * 0.12
        decos.append(Deco("problem_card", "rect", card, "panel", corner_radius=radius, name="Problem card"))
        boxes["problem"] = card.inset(min(card.w, card.h) * 0.12 + card_pad * 0.2)
        arrow_size = frame.gap * 0.9
        if frame.tall:
            arrow = Box(card.cx - arrow_size / 2, card.bottom + frame.gap * 0.05, arrow_size, frame.gap * 0.9)
            points = ((0.0, 0.0), (arrow.w, 0.0), (arrow.w / 2, arrow.h))
        else:
            arrow = Box(card.right + frame.gap * 0.05, card.cy - arrow_size / 2, frame.gap * 0.9, arrow_size)
            points = ((0.0, 0.0), (arrow.w, arrow.h / 2), (0.0, arrow.h))
        decos.append(Deco("arrow", "polygon", arrow, "accent", points=points, name="Arrow"))
    align = "center" if frame.tall else "left"
    return Layout("versus", boxes, align, "chip", grounds={"problem": "panel"}, decorations=decos)


def _problem_diagonal(frame: Frame, area: Box, present: set[str], seed: int) -> Layout:
    solution = _centred(_text_stack("headline", "subhead", "offer", "cta"), fill=0.86)
    if frame.shape == "strip":
        node = _row((0.3, "problem"), (0.05, SPACER), (0.35, _col((1.6, "headline"), (1, "subhead"))),
                    (0.12, "product"), (0.18, "cta"))
    elif frame.wide:
        node = _row((0.3, _centred("problem", fill=0.6)), (0.07, SPACER), (0.33, "product"), (0.3, solution))
    elif frame.tall:
        node = _col((1.5, "problem"), (0.5, SPACER), (W_HEADLINE, "headline"), (W_SUBHEAD, "subhead"),
                    (4.2, "product"), (W_CTA, _row((1, "offer"), (1, "cta"))))
    else:
        node = _col((1.5, "problem"), (0.45, SPACER), (5.3, _row((0.46, "product"), (0.54, solution))))
    boxes = _solve(frame, area, node, present)
    decos = []
    problem = boxes.get("problem")
    if problem is not None:
        w, h = float(frame.width), float(frame.height)
        if frame.wide:
            x_top = problem.right + frame.gap * 0.5
            x_bottom = min(w, x_top + max(frame.gap, 0.06 * w))
            box = Box(0, 0, x_bottom, h)
            points = ((0.0, 0.0), (x_top, 0.0), (x_bottom, h), (0.0, h))
        else:
            y_left = problem.bottom + frame.gap * 0.5
            y_right = min(h, y_left + max(frame.gap, 0.06 * h))
            box = Box(0, 0, w, y_right)
            points = ((0.0, 0.0), (w, 0.0), (w, y_right), (0.0, y_left))
        decos.append(Deco("problem_slant", "polygon", box, "panel", points=points, name="Problem panel"))
    if "product" in boxes:
        decos.extend(_sparkles(boxes["product"], seed=seed))
    align = "center" if frame.tall else "left"
    return Layout("diagonal", boxes, align, "chip", grounds={"problem": "panel"}, decorations=decos)


Family = Callable[[Frame, Box, set[str], int], Layout]

FAMILIES: dict[str, tuple[Family, Family, Family]] = {
    "product_highlight": (_product_split, _product_stage, _product_block),
    "offer_focus": (_offer_badge, _offer_band, _offer_type),
    "problem_solution": (_problem_panel, _problem_versus, _problem_diagonal),
}


def plan_layout(*, concept: str, variant: int, frame: Frame, area: Box, present: set[str], seed: int) -> Layout:
    """The layout of variant `variant` (0-based, cycling through three styles) of `concept` in `area`."""
    families = FAMILIES[concept]
    return families[variant % len(families)](frame, area, present, seed)
