"""Each app's job kind: its result is what its serializer renders, in the shape the schema shows."""

import json

import pytest

from tests.aiengine.api.factories import fund, image_design
from tests.api_contract import assert_success

pytestmark = pytest.mark.django_db


@pytest.fixture
def schema(anon_client) -> dict:
    return json.loads(anon_client.get("/v1/openapi.json").content)["components"]["schemas"]


def answered(api, path: str, body: dict) -> tuple[dict, dict]:
    """The sync answer of `path` and the result GET /v1/jobs/{jobId} holds for it."""
    from radicpro.jobs.models import Job

    data = assert_success(api.post(path, body, format="json"))
    job = Job.objects.order_by("-created_at", "-id").first()
    return data, assert_success(api.get(f"/v1/jobs/{job.pk}"))["result"]


def documented(schema: dict, name: str) -> set[str]:
    return set(schema[name]["properties"])


def test_generation_smart_image_and_export_results_are_the_documented_bodies(api, user, schema):
    fund(user, 100)
    design = image_design(user)
    data, result = answered(api, "/v1/ai/generate-designs", {
        "prompt": "Diwali sale on headphones", "format": "instagram_post", "options": {"variants": 1}})
    assert result == data and set(data) == documented(schema, "GenerateDesignsOutput")
    assert set(data["generation"]) == documented(schema, "GenerationOutput")
    assert set(data["designs"][0]) == documented(schema, "GeneratedDesignOutput")

    data, result = answered(api, "/v1/ai/smart-image", {
        "designId": design.pk, "layerId": "layer_product",
        "recipe": {"type": "product_shot", "prompt": "studio shot of headphones"}})
    assert result == data and set(data) == documented(schema, "SmartImageOutput")
    assert data["assetUrlExpiresAt"].endswith("Z") and data["jobId"].startswith("job_")

    data, result = answered(api, "/v1/export", {"designId": design.pk, "format": "png"})
    assert result == data and set(data) == documented(schema, "ExportResultOutput")
    data, result = answered(api, "/v1/export/batch", {
        "designId": design.pk, "exports": [{"format": "png"}, {"format": "svg"}]})
    assert result == data and set(data) == documented(schema, "ExportBatchOutput")
    assert [item["format"] for item in data["exports"]] == ["png", "svg"]


@pytest.mark.parametrize(("tool_id", "inputs", "extra"), [
    ("logo_maker", {"text": "Bean There"},
     {"designId", "title", "thumbnailUrl", "previewAssetId", "version", "style", "model"}),
    ("smart_image", {"prompt": "gold ribbons", "type": "abstract"},
     {"assetId", "urlExpiresAt", "width", "height", "provider", "model"}),
    ("design_generator", {"prompt": "Diwali sale", "variants": 1},
     {"designId", "thumbnailUrl", "designs", "generation"}),
])
def test_a_tool_result_is_the_documented_body_plus_what_its_tool_made(api, user, schema, tool_id, inputs,
                                                                       extra):
    fund(user, 100)
    data, result = answered(api, f"/v1/tools/{tool_id}/execute", {"inputs": inputs})
    assert result == data
    required = set(schema["ToolResultOutput"]["required"])
    assert set(data) == required | extra
