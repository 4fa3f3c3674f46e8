"""The OpenAI-compatible edit provider: operations that apply, re-asked once when they do not."""

import json

import pytest

from aiengine.providers.base import ProviderError
from aiengine.providers.http import OpenAIEditProvider
from documents import apply_operations
from tests.aiengine.http.conftest import API_KEY
from tests.standin import fail, invalid_edit, malformed_content, slow

DOCUMENT = {
    "schemaVersion": "1.4",
    "canvas": {"width": 1080, "height": 1080, "background": {"type": "color", "color": "#101828"}},
    "layers": [
        {"id": "layer_headline", "type": "text", "role": "headline", "text": "Diwali Mega Sale",
         "position": {"x": 80, "y": 120}, "size": {"width": 920, "height": 200},
         "style": {"fontFamily": "Inter", "fontWeight": 800, "color": "#FFCC00"}},
        {"id": "layer_subheadline", "type": "text", "role": "subhead", "text": "Up to 40% off",
         "position": {"x": 80, "y": 360}, "size": {"width": 920, "height": 100},
         "style": {"fontFamily": "Inter", "color": "#FFFFFF"}},
    ],
}


@pytest.fixture
def provider(standin, sleeps):
    return OpenAIEditProvider(base_url=standin.openai_url, api_key=API_KEY, model="gpt-standin",
                              sleep=sleeps, max_retries=1)


def test_happy_path_returns_operations_that_apply(provider, standin):
    result = provider.edit(document=DOCUMENT, instruction="make the headline #ff3366")

    assert result.operations == [{"op": "update_layer", "layerId": "layer_headline",
                                  "changes": {"style": {"color": "#FF3366"}}}]
    assert result.explanation == "Made the headline #FF3366."
    assert result.model == "gpt-standin"
    edited = apply_operations(DOCUMENT, result.operations)
    assert edited["layers"][0]["style"]["color"] == "#FF3366"


def test_the_request_carries_the_document_instruction_and_patch_schema(provider, standin):
    provider.edit(document=DOCUMENT, instruction="darker background")

    [call] = standin.requests_to("chat")
    assert call.headers["authorization"] == f"Bearer {API_KEY}"
    body = call.json
    assert body["model"] == "gpt-standin"
    assert body["response_format"]["json_schema"]["name"] == "design_edit"
    assert body["response_format"]["json_schema"]["strict"] is False
    assert set(body["response_format"]["json_schema"]["schema"]["required"]) == {"operations", "explanation"}
    system, user = body["messages"]
    assert "update_layer" in system["content"]
    assert json.loads(user["content"]) == {"document": DOCUMENT, "instruction": "darker background"}


def test_operations_that_do_not_apply_are_re_asked_with_the_errors(provider, standin):
    standin.script("chat", invalid_edit())

    result = provider.edit(document=DOCUMENT, instruction="make the headline #00FF00")

    assert result.operations[0]["layerId"] == "layer_headline"
    feedback = standin.requests_to("chat")[1].json["messages"][-1]["content"]
    assert "no layer has the id 'layer_that_does_not_exist'" in feedback


def test_operations_that_never_apply_are_a_retryable_error(provider, standin):
    standin.script("chat", invalid_edit(), invalid_edit())

    with pytest.raises(ProviderError, match="model returned an invalid edit") as caught:
        provider.edit(document=DOCUMENT, instruction="remove the sticker")

    assert caught.value.retryable is True


def test_malformed_content_is_re_asked(provider, standin):
    standin.script("chat", malformed_content())

    result = provider.edit(document=DOCUMENT, instruction="darker background")

    assert result.operations[0]["op"] == "update_canvas"
    assert len(standin.requests_to("chat")) == 2


def test_timeout_is_retryable(standin, sleeps):
    provider = OpenAIEditProvider(base_url=standin.openai_url, api_key=API_KEY, timeout=0.2,
                                  max_retries=0, sleep=sleeps)
    standin.script("chat", slow(1.5))

    with pytest.raises(ProviderError, match="timed out") as caught:
        provider.edit(document=DOCUMENT, instruction="darker background")

    assert caught.value.retryable is True


def test_429_then_success_and_401_not_retryable(provider, standin, sleeps):
    standin.script("chat", fail(429, retry_after=2))
    assert provider.edit(document=DOCUMENT, instruction="darker background").operations
    assert sleeps == [2.0]

    standin.script("chat", fail(401))
    with pytest.raises(ProviderError) as caught:
        provider.edit(document=DOCUMENT, instruction="darker background")
    assert caught.value.retryable is False
    assert API_KEY not in caught.value.message


def test_a_2_0_document_is_refused_before_any_call(provider, standin):
    doc = {"schemaVersion": "2.0", "canvas": {"width": 100, "height": 100}, "blocks": []}

    with pytest.raises(ProviderError, match="to_v14") as caught:
        provider.edit(document=doc, instruction="bigger")

    assert caught.value.retryable is False
    assert standin.requests == []
