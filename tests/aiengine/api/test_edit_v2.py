"""A 2.0 (semantic blocks) design end to end: AI edit → apply-patch with If-Match → export."""

import io

import pytest
from PIL import Image

from designs.models import DesignRevision
from tests.api_contract import assert_error, assert_success
from tests.exports.api.helpers import download, export


def _blocks_document() -> dict:
    return {
        "schemaVersion": "2.0",
        "meta": {"title": "Monsoon sale", "format": "instagram_post"},
        "canvas": {"width": 1080, "height": 1080, "background": {"type": "color", "color": "#0B1026"}},
        "blocks": [
            {"id": "headline", "role": "headline", "text": "Monsoon Sale",
             "region": {"x": 0.08, "y": 0.08, "width": 0.84, "height": 0.2},
             "style": {"fontFamily": "Inter", "fontWeight": 800, "color": "#FFFFFF", "align": "center"}},
            {"id": "subhead", "role": "subhead", "text": "Fresh styles for rainy days",
             "region": {"x": 0.08, "y": 0.3, "width": 0.84, "height": 0.08},
             "style": {"fontFamily": "Inter", "color": "#E0E6FF", "align": "center"}},
            {"id": "cta", "role": "cta", "text": "Shop now",
             "region": {"x": 0.35, "y": 0.8, "width": 0.3, "height": 0.08},
             "button": {"color": "#FF5A36"}},
        ],
    }


@pytest.mark.django_db
def test_an_edit_of_a_2_0_design_applies_and_exports(api, funded, events, anon_client):
    created = assert_success(api.post("/v1/designs", {"format": "instagram_post",
                                                      "designJson": _blocks_document()}, format="json"), 201)
    design_url = f"/v1/designs/{created['id']}"

    suggestion = assert_success(api.post("/v1/ai/edit-design", {
        "designId": created["id"],
        "instruction": "make the background white, all text dark and move the button to the bottom right"},
        format="json"))
    assert suggestion["unsupported"] == []
    operations = suggestion["patch"]["operations"]

    stale = api.post(f"{design_url}/apply-patch", {"operations": operations}, format="json",
                     HTTP_IF_MATCH=f'"{suggestion["baseVersion"] + 1}"')
    assert assert_error(stale, 412, "PRECONDITION_FAILED")["details"]["currentVersion"] == 1

    response = api.post(f"{design_url}/apply-patch", {"operations": operations}, format="json",
                        HTTP_IF_MATCH=f'"{suggestion["baseVersion"]}"')
    applied = assert_success(response)
    assert applied["version"] == 2 and response["ETag"] == '"2"'
    doc = applied["designJson"]
    assert doc["schemaVersion"] == "1.4" and doc["id"] == created["id"]
    assert doc["canvas"]["background"]["color"].upper() == "#FFFFFF"
    layers = {layer["id"]: layer for layer in doc["layers"]}
    assert layers["layer_headline"]["text"] == "Monsoon Sale"
    for key in ("layer_headline", "layer_subhead"):
        red, green, blue = (int(layers[key]["style"]["color"][i:i + 2], 16) for i in (1, 3, 5))
        assert max(red, green, blue) < 90, layers[key]["style"]["color"]
    cta = layers["layer_cta"]
    assert cta["position"]["x"] + cta["size"]["width"] > 0.8 * 1080
    assert cta["position"]["y"] + cta["size"]["height"] > 0.8 * 1080
    assert DesignRevision.objects.get(design_id=created["id"], version=2).source == "patch"

    exported = export(api, created["id"], format="png")
    with Image.open(io.BytesIO(download(anon_client, exported["url"]))) as image:
        assert image.size == (1080, 1080)
        assert image.convert("RGB").getpixel((20, 540)) == (255, 255, 255)  # the new white background
