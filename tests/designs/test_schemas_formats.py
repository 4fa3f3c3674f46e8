"""The published document schemas and the formats catalogue."""

import pytest

from documents import FORMATS, get_schema
from tests.api_contract import assert_error, assert_success

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("version", ["1.4", "2.0"])
def test_schema_is_served_verbatim(anon_client, version):
    response = anon_client.get(f"/v1/schemas/design/{version}")
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"data", "meta"}
    assert body["data"] == get_schema(version)
    assert body["data"]["$id"].endswith(f"/v1/schemas/design/{version}")
    assert "public" in response["Cache-Control"]


@pytest.mark.parametrize("version", ["1.3", "3.0", "latest"])
def test_unknown_schema_version_is_404(anon_client, version):
    error = assert_error(anon_client.get(f"/v1/schemas/design/{version}"), 404, "NOT_FOUND")
    assert error["details"]["supported"] == ["1.4", "2.0"]


def test_formats_catalogue(anon_client, api):
    data = assert_success(anon_client.get("/v1/formats"))
    assert [entry["id"] for entry in data["formats"]] == [entry.id for entry in FORMATS]
    by_id = {entry["id"]: entry for entry in data["formats"]}
    assert by_id["instagram_post"] == {
        "id": "instagram_post", "name": "Instagram post", "category": "social",
        "width": 1080, "height": 1080,
        "safeArea": {"top": 65, "right": 65, "bottom": 65, "left": 65}, "dpi": None}
    assert by_id["instagram_story"]["safeArea"]["top"] == 250
    assert by_id["a4_portrait"]["category"] == "print" and by_id["a4_portrait"]["dpi"] == 300
    assert {entry["category"] for entry in data["formats"]} >= {"social", "print"}
    assert assert_success(api.get("/v1/formats")) == data


def test_every_catalogue_format_can_be_created(api):
    for entry in FORMATS:
        data = assert_success(api.post("/v1/designs", {"format": entry.id}, format="json"), 201)
        canvas = data["designJson"]["canvas"]
        assert (canvas["width"], canvas["height"]) == (entry.width, entry.height)
