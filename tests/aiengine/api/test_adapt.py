"""POST /v1/designs/{id}/adapt and /v1/campaigns/{id}/adapt: new designs re-laid out per format."""

import pytest

from designs.models import Design
from radicpro.billing.selectors import credit_balance
from tests.aiengine.api.factories import PROMPT, fund, sandbox_client
from tests.api_contract import assert_error, assert_success
from tests.campaigns.factories import CampaignFactory

pytestmark = pytest.mark.django_db


def _generate(api, campaign_id=None) -> Design:
    data = assert_success(api.post("/v1/ai/generate-designs", {
        "prompt": PROMPT, "format": "instagram_post", "creativeConcept": "offer_focus",
        "options": {"variants": 1}}, format="json"))
    design = Design.objects.get(pk=data["designs"][0]["id"])
    if campaign_id is not None:
        assert_success(api.patch(f"/v1/designs/{design.pk}", {"campaignId": campaign_id}, format="json"))
        design.refresh_from_db()
    return design


def _texts(document) -> list[str]:
    return sorted(layer["text"] for layer in document["layers"] if layer["type"] == "text")


def _assets(document) -> set[str]:
    return {entry.get("assetId") for entry in (document.get("smartAssets") or {}).values()} | {
        layer.get("assetId") for layer in document["layers"] if layer["type"] == "image"} - {None}


def test_a_design_is_adapted_to_each_format_keeping_every_word_and_image(api, funded, events):
    campaign = CampaignFactory(owner=funded)
    source = _generate(api, campaign.pk)
    balance = credit_balance(user=funded)

    data = assert_success(api.post(f"/v1/designs/{source.pk}/adapt",
                                   {"formats": ["instagram_story", "facebook_cover"]}, format="json"))

    assert [item["format"] for item in data["designs"]] == ["instagram_story", "facebook_cover"]
    assert data["creditsUsed"] == 2 and credit_balance(user=funded) == balance - 2
    for item, size in zip(data["designs"], [(1080, 1920), (1640, 624)], strict=True):
        doc = item["designJson"]
        assert (doc["canvas"]["width"], doc["canvas"]["height"]) == size
        assert item["sourceDesignId"] == source.pk and item["campaignId"] == campaign.pk
        assert _texts(doc) == _texts(source.design_json)
        assert _assets(doc) == _assets(source.design_json)
        assert doc["canvas"]["background"] == source.design_json["canvas"]["background"]
        assert item["lint"] == []
        saved = Design.objects.get(pk=item["id"])
        assert saved.format == item["format"] and saved.design_json["meta"]["adaptedFrom"] == source.pk
        for layer in doc["layers"]:
            if layer.get("role") != "background":
                assert layer["position"]["x"] >= 0 and layer["position"]["x"] + layer["size"]["width"] <= size[0]
                assert layer["position"]["y"] >= 0 and layer["position"]["y"] + layer["size"]["height"] <= size[1]
    adapted = [payload for _user, name, payload in events if name == "design.adapted"]
    assert adapted == [{"jobId": data["jobId"], "sourceDesignIds": [source.pk],
                        "designIds": [item["id"] for item in data["designs"]],
                        "formats": ["instagram_story", "facebook_cover"], "campaignId": None}]  # a one-design call
    assert assert_success(api.get(f"/v1/designs/{source.pk}"))["version"] == source.version


def test_adapt_runs_as_a_job_when_asked(api, funded, events):
    source = _generate(api)

    accepted = assert_success(api.post(f"/v1/designs/{source.pk}/adapt", {"formats": ["a5_flyer"]},
                                       format="json", HTTP_PREFER="respond-async"), 202)

    job = assert_success(api.get(f"/v1/jobs/{accepted['jobId']}"))
    assert job["kind"] == "adapt" and job["status"] == "completed" and job["creditsUsed"] == 1
    assert [item["format"] for item in job["result"]["designs"]] == ["a5_flyer"]


def test_a_campaign_is_adapted_in_one_call(api, funded, events):
    campaign = CampaignFactory(owner=funded)
    first, second = _generate(api, campaign.pk), _generate(api, campaign.pk)

    data = assert_success(api.post(f"/v1/campaigns/{campaign.pk}/adapt",
                                   {"formats": ["instagram_portrait", "x_post"]}, format="json"))

    assert [(item["sourceDesignId"], item["format"]) for item in data["designs"]] == [
        (first.pk, "instagram_portrait"), (first.pk, "x_post"),
        (second.pk, "instagram_portrait"), (second.pk, "x_post")]
    assert {item["campaignId"] for item in data["designs"]} == {campaign.pk}
    assert Design.objects.filter(campaign=campaign).count() == 6


def test_adapt_refuses_what_it_cannot_do(api, funded, other_api, events):
    source = _generate(api)
    url = f"/v1/designs/{source.pk}/adapt"

    error = assert_error(api.post(url, {"formats": ["square_poster"]}, format="json"), 400, "VALIDATION_ERROR")
    assert "formats" in error["details"]
    assert_error(api.post(url, {"formats": []}, format="json"), 400, "VALIDATION_ERROR")
    assert_error(other_api.post(url, {"formats": ["x_post"]}, format="json"), 404, "DESIGN_NOT_FOUND")
    empty = CampaignFactory(owner=funded)
    assert_error(api.post(f"/v1/campaigns/{empty.pk}/adapt", {"formats": ["x_post"]}, format="json"),
                 400, "VALIDATION_ERROR")
    fund(funded, 1)
    short = assert_error(api.post(url, {"formats": ["x_post", "a5_flyer"]}, format="json"), 402,
                         "INSUFFICIENT_CREDITS")
    assert short["details"]["required"] == 2
    assert Design.objects.filter(owner=funded).count() == 1


def test_a_sandbox_key_adapts_for_free(api, funded, events):
    source = _generate(api)
    balance = credit_balance(user=funded)

    data = assert_success(sandbox_client(funded).post(f"/v1/designs/{source.pk}/adapt",
                                                      {"formats": ["web_hero"]}, format="json"))

    assert data["creditsUsed"] == 0 and credit_balance(user=funded) == balance
