"""The one place prices live: what each AI action costs in credits."""

from typing import Any

SMART_IMAGE_RESOLUTIONS = ("1k", "2k", "4k")

COSTS: dict[str, Any] = {
    "design_variant": 2,
    "smart_image": {"1k": 2, "2k": 4, "4k": 8},
    "ai_edit": 1,
    "design_adapt": 1,
    "export": 0,
    "chat_turn": 0,  # a message to the assistant; the designs, edits and exports it starts cost their own
}


def cost_of(action: str, **params) -> int:
    """Credits for `count` (default 1) of `action`; smart images take `resolution` (1k/2k/4k).

    `cost_of("design_variant", count=3)` == 6, `cost_of("smart_image", resolution="4k")` == 8.
    Raises ValueError for an unknown action or resolution.
    """
    if action not in COSTS:
        raise ValueError(f"Unknown billable action {action!r}.")
    count = int(params.get("count", 1))
    if count < 0:
        raise ValueError("count must not be negative.")
    price = COSTS[action]
    if isinstance(price, dict):
        resolution = str(params.get("resolution", "1k")).lower()
        if resolution not in price:
            raise ValueError(f"Unknown resolution {resolution!r} for {action}.")
        price = price[resolution]
    return price * count
