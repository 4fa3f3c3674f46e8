"""Sample design documents shared by the document model tests (fresh copies on every call)."""

from __future__ import annotations

import copy
from typing import Any

BRAND: dict[str, Any] = {
    "brandKitId": "brand_123",
    "colors": {"primary": "#FFCC00", "secondary": "#050816", "accent": "#FF4D00",
               "text": "#FFFFFF"},
    "fonts": {"primary": {"family": "Inter", "weights": [400, 700, 800]},
              "secondary": {"family": "DM Sans", "weights": [400, 500]}},
    "logoAssetId": "asset_logo",
}

SMART_ASSETS: dict[str, Any] = {
    "smart_product": {"status": "completed", "recipeId": "recipe_1", "assetId": "asset_gen_1",
                      "recipe": {"type": "product_shot", "prompt": "headphones", "options": {}}},
    "smart_backdrop": {"status": "processing", "recipeId": "recipe_2", "assetId": None},
}


def contract_example() -> dict[str, Any]:
    """The example document of the API contract, verbatim."""
    return {
        "schemaVersion": "1.4", "id": "design_1", "meta": {},
        "canvas": {"width": 1080, "height": 1080,
                   "background": {"type": "color", "color": "#FFFFFF"}},
        "brand": {}, "smartAssets": {},
        "layers": [
            {"id": "layer_bg", "type": "shape", "shape": "rect", "position": {"x": 0, "y": 0},
             "size": {"width": 1080, "height": 1080},
             "fill": {"type": "color", "color": "#050816"}},
            {"id": "layer_headline", "type": "text", "text": "Diwali Mega Sale",
             "position": {"x": 80, "y": 120}, "size": {"width": 920, "height": 200},
             "style": {"fontFamily": "Inter", "fontWeight": 800, "fontSize": 96,
                       "color": "#FFCC00", "align": "center"}},
            {"id": "layer_product", "type": "image", "assetId": "asset_1", "fit": "contain",
             "position": {"x": 540, "y": 400}, "size": {"width": 480, "height": 480}},
        ],
    }


def rich_v14() -> dict[str, Any]:
    """A 1.4 document using every feature of the spec.

    Layer pointers: 0 background rect (linear gradient), 1 headline text (every style field),
    2 product image (smart asset, crop, filters), 3 group "group_offer" holding
    0 badge ellipse (radial gradient) and 1 nested group "group_inner" holding 0 offer text
    and 1 star polygon; 4 line with a dashed stroke; 5 logo image; 6 image-paint rect.
    """
    return {
        "schemaVersion": "1.4",
        "id": "design_rich",
        "meta": {"title": "Diwali Sale", "format": "instagram_post", "campaign": {"week": 3}},
        "canvas": {"width": 1080, "height": 1080,
                   "background": {"type": "image", "assetId": "asset_bg", "fit": "cover",
                                  "opacity": 0.8}},
        "brand": copy.deepcopy(BRAND) | {"name": "VoltSound"},
        "smartAssets": copy.deepcopy(SMART_ASSETS),
        "layers": [
            {"id": "layer_bg", "type": "shape", "shape": "rect", "role": "background",
             "name": "Background", "position": {"x": 0, "y": 0},
             "size": {"width": 1080, "height": 1080}, "cornerRadius": 0, "locked": True,
             "fill": {"type": "linearGradient", "angle": 180,
                      "stops": [{"offset": 0, "color": "#050816"},
                                {"offset": 0.5, "color": "#050816"},
                                {"offset": 1, "color": "#1A1F3Dcc"}]}},
            {"id": "layer_headline", "type": "text", "role": "headline", "name": "Headline",
             "text": "Diwali Mega Sale\nदिवाली सेल", "position": {"x": 80, "y": 120},
             "size": {"width": 920, "height": 200}, "rotation": -2.5, "opacity": 0.95,
             "visible": True, "locked": False,
             "style": {"fontFamily": "Inter", "fontWeight": 800, "fontStyle": "italic",
                       "fontSize": 96, "color": "#FFCC00", "align": "center",
                       "verticalAlign": "middle", "lineHeight": 1.1, "letterSpacing": -1.5,
                       "textTransform": "uppercase", "autoFit": {"minSize": 48, "maxSize": 120},
                       "stroke": {"color": "#000000", "width": 2},
                       "shadow": {"color": "#00000080", "offsetX": 0, "offsetY": 4, "blur": 12},
                       "background": {"color": "#FF4D00", "paddingX": 24, "paddingY": 12,
                                      "radius": 999}}},
            {"id": "layer_product", "type": "image", "role": "product",
             "smartAssetId": "smart_product", "fit": "contain",
             "position": {"x": 540, "y": 400}, "size": {"width": 480, "height": 480},
             "crop": {"x": 0.1, "y": 0, "width": 0.8, "height": 1}, "cornerRadius": 24,
             "filters": {"brightness": 1.1, "contrast": 1, "saturation": 1.2, "blur": 0,
                         "grayscale": False}},
            {"id": "group_offer", "type": "group", "name": "Offer badge",
             "position": {"x": 700, "y": 60}, "size": {"width": 300, "height": 300},
             "rotation": 12, "opacity": 0.9,
             "children": [
                 {"id": "layer_badge", "type": "shape", "shape": "ellipse",
                  "position": {"x": 0, "y": 0}, "size": {"width": 300, "height": 300},
                  "fill": {"type": "radialGradient", "center": {"x": 0.4, "y": 0.4},
                           "radius": 0.6,
                           "stops": [{"offset": 0, "color": "#FF7A00"},
                                     {"offset": 1, "color": "#FF4D00"}]},
                  "stroke": {"color": "#FFFFFF", "width": 4}},
                 {"id": "group_inner", "type": "group", "position": {"x": 30, "y": 30},
                  "size": {"width": 240, "height": 240},
                  "children": [
                      {"id": "layer_offer", "type": "text", "role": "offer", "text": "40% OFF",
                       "position": {"x": 0, "y": 80}, "size": {"width": 240, "height": 80},
                       "style": {"fontSize": 64, "color": "#ffffff", "align": "center"}},
                      {"id": "layer_star", "type": "shape", "shape": "polygon",
                       "position": {"x": 100, "y": 0}, "size": {"width": 40, "height": 40},
                       "points": [{"x": 20, "y": 0}, {"x": 40, "y": 40}, {"x": 0, "y": 40}],
                       "fill": {"type": "color", "color": "#FFCC00"}},
                  ]},
             ]},
            {"id": "layer_rule", "type": "shape", "shape": "line", "role": "decoration",
             "position": {"x": 80, "y": 340}, "size": {"width": 920, "height": 1},
             "points": [{"x": 0, "y": 0}, {"x": 920, "y": 0}],
             "stroke": {"color": "#FFCC00", "width": 3, "dash": [12, 6]}},
            {"id": "layer_logo", "type": "image", "role": "logo", "assetId": "asset_logo",
             "position": {"x": 60, "y": 960}, "size": {"width": 160, "height": 60}},
            {"id": "layer_texture", "type": "shape", "shape": "rect", "visible": False,
             "position": {"x": 0, "y": 900}, "size": {"width": 1080, "height": 180},
             "cornerRadius": 40,
             "fill": {"type": "image", "assetId": "asset_texture", "fit": "fill", "opacity": 0.3}},
        ],
    }


def rich_v20() -> dict[str, Any]:
    """A 2.0 document with every kind of block.

    Block pointers: 0 background decoration, 1 headline, 2 subhead, 3 offer, 4 product (smart
    asset), 5 badge decoration, 6 star polygon, 7 cta with a button, 8 body, 9 logo.
    """
    return {
        "schemaVersion": "2.0",
        "id": "design_gen_001",
        "meta": {"title": "Diwali Electronics Sale", "format": "instagram_post",
                 "creativeConcept": "offer_focus"},
        "canvas": {"width": 1080, "height": 1080,
                   "background": {"type": "color", "color": "#050816"}},
        "brand": copy.deepcopy(BRAND),
        "smartAssets": {"smart_product": copy.deepcopy(SMART_ASSETS["smart_product"])},
        "blocks": [
            {"id": "bg", "role": "decoration", "shape": "rect",
             "region": {"x": 0, "y": 0, "width": 1, "height": 1},
             "fill": {"type": "linearGradient", "angle": 135,
                      "stops": [{"offset": 0, "color": "#050816"},
                                {"offset": 1, "color": "#1A1F3D"}]}},
            {"id": "headline", "role": "headline", "text": "Diwali Mega Sale",
             "region": {"x": 0.07, "y": 0.1, "width": 0.86, "height": 0.18},
             "style": {"fontFamily": "Inter", "fontWeight": 800, "color": "#FFCC00",
                       "align": "center"}},
            {"id": "subhead", "role": "subhead", "text": "Premium headphones",
             "region": {"x": 0.07, "y": 0.29, "width": 0.86, "height": 0.06}},
            {"id": "offer", "role": "offer", "text": "40% OFF",
             "region": {"x": 0.05, "y": 0.4, "width": 0.4, "height": 0.15},
             "style": {"fontSize": 120}},
            {"id": "product", "role": "product", "smartAssetId": "smart_product",
             "region": {"x": 0.5, "y": 0.35, "width": 0.45, "height": 0.45}, "fit": "contain",
             "name": "Headphones", "rotation": -5},
            {"id": "badge", "role": "decoration", "shape": "ellipse",
             "region": {"x": 0.7, "y": 0.05, "width": 0.22, "height": 0.22},
             "fill": {"type": "color", "color": "#FF4D00"},
             "stroke": {"color": "#FFFFFF", "width": 4}, "opacity": 0.9},
            {"id": "star", "role": "decoration", "shape": "polygon",
             "region": {"x": 0.1, "y": 0.6, "width": 0.1, "height": 0.1},
             "points": [{"x": 0.5, "y": 0}, {"x": 1, "y": 1}, {"x": 0, "y": 1}],
             "fill": {"type": "color", "color": "#FFCC00"}},
            {"id": "cta", "role": "cta", "text": "Shop Now",
             "region": {"x": 0.3, "y": 0.85, "width": 0.4, "height": 0.08},
             "button": {"color": "#FF4D00", "radius": 999}},
            {"id": "body", "role": "body", "text": "Offer valid until 15 November.",
             "region": {"x": 0.05, "y": 0.72, "width": 0.4, "height": 0.1}, "visible": True,
             "style": {"autoFit": {"minSize": 14, "maxSize": 28}}},
            {"id": "logo", "role": "logo", "assetId": "asset_logo",
             "region": {"x": 0.05, "y": 0.9, "width": 0.15, "height": 0.06}},
        ],
    }


def text_layer(layer_id: str, **extra: Any) -> dict[str, Any]:
    """A small valid text layer."""
    return {"id": layer_id, "type": "text", "text": "Hello", "position": {"x": 0, "y": 0},
            "size": {"width": 100, "height": 40}} | extra


def group_layer(layer_id: str, children: list[dict[str, Any]]) -> dict[str, Any]:
    """A valid group layer around ``children``."""
    return {"id": layer_id, "type": "group", "position": {"x": 0, "y": 0},
            "size": {"width": 100, "height": 100}, "children": children}
