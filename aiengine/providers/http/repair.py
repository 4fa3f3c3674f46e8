"""Safe, mechanical repairs of model output before it is validated (nothing is invented)."""

from __future__ import annotations

import copy
import re
from collections.abc import Collection
from typing import Any

from documents import Format

LAYER_TYPES = ("text", "image", "shape", "group")
_HEX = re.compile(r"^#?([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
_COLOR_KEYS = ("color",)


def fix_color(value: Any) -> Any:
    """'#fff', 'ffcc00' or '#ffcc00' → '#FFCC00'; anything else unchanged."""
    if not isinstance(value, str):
        return value
    match = _HEX.match(value.strip())
    if not match:
        return value
    digits = match.group(1)
    if len(digits) in (3, 4):
        digits = "".join(ch * 2 for ch in digits)
    return "#" + digits.upper()


def fix_colors(node: Any) -> Any:
    """Every colour in `node` (values of "color" keys, brand colour maps) normalised, in place."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _COLOR_KEYS and isinstance(value, str):
                node[key] = fix_color(value)
            elif key == "colors" and isinstance(value, dict):
                node[key] = {name: fix_color(color) for name, color in value.items()}
            else:
                fix_colors(value)
    elif isinstance(node, list):
        for item in node:
            fix_colors(item)
    return node


def clamp_opacity(node: Any) -> None:
    """Numeric "opacity" values anywhere in `node` clamped into 0..1, in place."""
    if isinstance(node, dict):
        value = node.get("opacity")
        if isinstance(value, (int, float)) and not isinstance(value, bool) and not 0 <= value <= 1:
            node["opacity"] = min(1, max(0, value))
        for item in node.values():
            clamp_opacity(item)
    elif isinstance(node, list):
        for item in node:
            clamp_opacity(item)


class _LayerFixer:
    """Drops unusable layers and gives every layer a unique id."""

    def __init__(self, *, allowed_assets: Collection[str], smart_keys: set[str]) -> None:
        self.allowed_assets = set(allowed_assets)
        self.smart_keys = smart_keys
        self.used: set[str] = set()
        self.notes: list[str] = []
        self.product_slot_needed = False

    def fix(self, layers: Any, *, depth: int = 0) -> list[Any]:
        if not isinstance(layers, list):
            return layers
        kept = []
        for layer in layers:
            if not isinstance(layer, dict):
                self.notes.append("dropped a layer that is not an object")
                continue
            if layer.get("type") not in LAYER_TYPES:
                self.notes.append(f"dropped layer {layer.get('id')!r} of unknown type {layer.get('type')!r}")
                continue
            if layer["type"] == "image" and not self._fix_image(layer):
                continue
            self._fix_id(layer)
            if layer["type"] == "group":
                layer["children"] = self.fix(layer.get("children"), depth=depth + 1)
            kept.append(layer)
        return kept

    def _fix_image(self, layer: dict[str, Any]) -> bool:
        asset_id, smart_id = layer.get("assetId"), layer.get("smartAssetId")
        if isinstance(asset_id, str) and asset_id not in self.allowed_assets:
            if layer.get("role") == "product" and not smart_id:
                layer.pop("assetId")
                layer["smartAssetId"] = smart_id = _product_key(self.smart_keys)
                self.notes.append(f"replaced unknown product asset {asset_id!r} with a smart image")
            else:
                self.notes.append(f"dropped image layer {layer.get('id')!r}: unknown asset {asset_id!r}")
                return False
        if isinstance(smart_id, str) and smart_id not in self.smart_keys:
            self.smart_keys.add(smart_id)
            self.product_slot_needed = True
        return True

    def _fix_id(self, layer: dict[str, Any]) -> None:
        layer_id = layer.get("id")
        if not isinstance(layer_id, str) or not layer_id.strip():
            layer_id = f"layer_{layer['type']}"
        layer_id = layer_id[:60]
        unique, counter = layer_id, 2
        while unique in self.used:
            unique, counter = f"{layer_id}_{counter}", counter + 1
        if unique != layer.get("id"):
            self.notes.append(f"renamed layer id {layer.get('id')!r} to {unique!r}")
        layer["id"] = unique
        self.used.add(unique)


def _product_key(smart_keys: set[str]) -> str:
    return "smart_product" if "smart_product" in smart_keys or not smart_keys else sorted(smart_keys)[0]


def repair_document(doc: Any, *, fmt: Format, meta: dict[str, Any], allowed_assets: Collection[str],
                    product_prompt: str) -> tuple[Any, list[str]]:
    """A repaired copy of one generated document and notes on what changed; the caller validates."""
    if not isinstance(doc, dict):
        return doc, []
    doc = copy.deepcopy(doc)
    notes: list[str] = []
    if "schemaVersion" not in doc:
        doc["schemaVersion"] = "1.4"
        notes.append("added schemaVersion")
    canvas = doc.setdefault("canvas", {})
    if isinstance(canvas, dict):
        for side in ("width", "height"):
            if side not in canvas:
                canvas[side] = getattr(fmt, side)
                notes.append(f"set canvas {side} from the format")
    doc["meta"] = {**(doc["meta"] if isinstance(doc.get("meta"), dict) else {}), **meta}
    smart_assets = doc.get("smartAssets")
    if not isinstance(smart_assets, dict):
        smart_assets = {}
    fixer = _LayerFixer(allowed_assets=allowed_assets, smart_keys=set(smart_assets))
    doc["layers"] = fixer.fix(doc.get("layers"))
    notes.extend(fixer.notes)
    for key in sorted(fixer.smart_keys - set(smart_assets)):
        smart_assets[key] = {"status": "pending",
                             "recipe": {"type": "product_shot", "prompt": product_prompt, "options": {}}}
        notes.append(f"added the smart image slot {key!r}")
    for slot in smart_assets.values():
        if isinstance(slot, dict):
            slot.setdefault("status", "pending")
    if smart_assets:
        doc["smartAssets"] = smart_assets
    clamp_opacity(doc)
    fix_colors(doc)
    return doc, notes
