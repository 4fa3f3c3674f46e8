"""The OpenAI-compatible layout provider against the stand-in: valid designs or a clear error."""

import json

import pytest

from aiengine.creative.lint import lint_document
from aiengine.providers.base import LayoutRequest, ProviderError
from aiengine.providers.http import OpenAILayoutProvider
from aiengine.providers.local.layout import MODEL as LOCAL_MODEL
from documents import validate_document
from tests.aiengine.http.conftest import API_KEY
from tests.standin import (
    factless_layout,
    fail,
    invalid_layout,
    malformed,
    malformed_content,
    overlapping_layout,
    repairable_layout,
    slow,
)


@pytest.fixture
def provider(standin, sleeps):
    return OpenAILayoutProvider(base_url=standin.openai_url, api_key=API_KEY, model="gpt-standin",
                                input_price_per_1k=0.5, output_price_per_1k=0.0, sleep=sleeps,
                                timeout=5, max_retries=2)


def _assert_clean(documents, request):
    assert len(documents) == request.variants
    for doc in documents:
        validate_document(doc)
        assert (doc["canvas"]["width"], doc["canvas"]["height"]) == (1080, 1080)
        assert doc["meta"]["format"] == "instagram_post"
        assert not [i for i in lint_document(doc, format_id="instagram_post") if i.severity == "error"]


def test_happy_path_returns_valid_designs_and_their_cost(provider, standin, layout_request):
    result = provider.generate(layout_request)

    _assert_clean(result.documents, layout_request)
    texts = {layer["text"] for doc in result.documents for layer in doc["layers"] if layer["type"] == "text"}
    assert "Diwali Electronics Sale" in texts and "40% OFF" in texts
    assert result.model == "gpt-standin"
    [call] = standin.requests_to("chat")
    # the stand-in reports characters / 4 as prompt_tokens; the price is $0.50 per 1k
    prompt_tokens = sum(len(m["content"]) for m in call.json["messages"]) // 4
    assert result.cost_usd == pytest.approx(prompt_tokens / 1000 * 0.5)


def test_the_request_speaks_chat_completions_with_a_json_schema(provider, standin, layout_request):
    provider.generate(layout_request)

    [call] = standin.requests_to("chat")
    assert call.path == "/v1/chat/completions"
    assert call.headers["authorization"] == f"Bearer {API_KEY}"
    body = call.json
    assert body["model"] == "gpt-standin"
    response_format = body["response_format"]
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["name"] == "design_documents"
    assert response_format["json_schema"]["strict"] is False
    schema = response_format["json_schema"]["schema"]
    assert schema["properties"]["documents"]["items"] == {"$ref": "#/$defs/document"}
    assert "layer" in schema["$defs"]
    system, user = body["messages"]
    assert system["role"] == "system"
    assert "1080x1080" in system["content"] and "offer_focus" in system["content"]
    assert '"schemaVersion": "1.4"' in system["content"]
    ask = json.loads(user["content"])
    assert ask["brief"]["headline"] == "Diwali Electronics Sale"
    assert ask["variants"] == 2
    assert ask["format"] == {"id": "instagram_post", "width": 1080, "height": 1080}


def test_brand_and_assets_are_asked_for_and_kept(provider, standin, layout_request):
    brand = {"colors": {"primary": "#FFCC00", "secondary": "#050816", "accent": "#FF4D00",
                        "text": "#FFFFFF"}, "logoAssetId": "asset_logo1"}
    request = LayoutRequest(brief=layout_request.brief, format_id="instagram_post", variants=1,
                            brand=brand, product_asset_id="asset_prod1")

    result = provider.generate(request)

    system = standin.requests_to("chat")[0].json["messages"][0]["content"]
    assert '"assetId": "asset_prod1"' in system and '"assetId": "asset_logo1"' in system
    doc = result.documents[0]
    assert doc["brand"] == brand
    assert {layer.get("assetId") for layer in doc["layers"]} >= {"asset_prod1", "asset_logo1"}


def test_timeout_ends_in_a_retryable_error(standin, sleeps, layout_request):
    provider = OpenAILayoutProvider(base_url=standin.openai_url, api_key=API_KEY, timeout=0.2,
                                    max_retries=1, sleep=sleeps)
    standin.script("chat", slow(1.5), slow(1.5))

    with pytest.raises(ProviderError, match="timed out") as caught:
        provider.generate(layout_request)

    assert caught.value.retryable is True
    assert len(standin.requests_to("chat")) == 2


def test_429_with_retry_after_waits_then_succeeds(provider, standin, sleeps, layout_request):
    standin.script("chat", fail(429, retry_after=3))

    result = provider.generate(layout_request)

    _assert_clean(result.documents, layout_request)
    assert sleeps == [3.0]
    assert len(standin.requests_to("chat")) == 2


def test_5xx_until_retries_run_out_is_retryable(provider, standin, sleeps, layout_request):
    standin.script("chat", fail(500), fail(502), fail(503))

    with pytest.raises(ProviderError, match="HTTP 503") as caught:
        provider.generate(layout_request)

    assert caught.value.retryable is True
    assert len(sleeps) == 2
    assert len(standin.requests_to("chat")) == 3


def test_401_is_not_retryable_and_does_not_leak_the_key(provider, standin, sleeps, layout_request):
    standin.script("chat", fail(401))

    with pytest.raises(ProviderError, match="HTTP 401") as caught:
        provider.generate(layout_request)

    assert caught.value.retryable is False
    assert API_KEY not in str(caught.value)
    assert sleeps == []


def test_malformed_http_body_is_retried_then_fails_retryably(provider, standin, layout_request):
    standin.script("chat", malformed(), malformed(), malformed())

    with pytest.raises(ProviderError, match="not JSON") as caught:
        provider.generate(layout_request)

    assert caught.value.retryable is True
    assert len(standin.requests_to("chat")) == 3


def test_malformed_content_is_re_asked_then_succeeds(provider, standin, layout_request):
    standin.script("chat", malformed_content())

    result = provider.generate(layout_request)

    _assert_clean(result.documents, layout_request)
    first, second = standin.requests_to("chat")
    messages = second.json["messages"]
    assert len(messages) == 4
    assert messages[2]["role"] == "assistant"
    assert "not valid JSON" in messages[3]["content"]


def test_malformed_content_twice_is_a_retryable_error(standin, sleeps, layout_request):
    provider = OpenAILayoutProvider(base_url=standin.openai_url, api_key=API_KEY, sleep=sleeps, fallback=False)
    standin.script("chat", malformed_content(), malformed_content())

    with pytest.raises(ProviderError, match="model returned malformed JSON") as caught:
        provider.generate(layout_request)

    assert caught.value.retryable is True
    assert len(standin.requests_to("chat")) == 2


def test_schema_invalid_layout_is_re_asked_with_its_errors(provider, standin, layout_request):
    standin.script("chat", invalid_layout())

    result = provider.generate(layout_request)

    _assert_clean(result.documents, layout_request)
    feedback = standin.requests_to("chat")[1].json["messages"][-1]["content"]
    assert "documents[0]/layers/" in feedback and "size is required" in feedback


def test_schema_invalid_layout_twice_is_a_retryable_error(standin, sleeps, layout_request):
    provider = OpenAILayoutProvider(base_url=standin.openai_url, api_key=API_KEY, sleep=sleeps, fallback=False)
    standin.script("chat", invalid_layout(), invalid_layout())

    with pytest.raises(ProviderError) as caught:
        provider.generate(layout_request)

    assert caught.value.message.startswith("openai-chat: model returned an invalid design: ")
    assert "size is required" in caught.value.message
    assert caught.value.retryable is True


def test_lint_errors_count_as_invalid(provider, standin, layout_request):
    standin.script("chat", overlapping_layout())

    result = provider.generate(layout_request)

    _assert_clean(result.documents, layout_request)
    feedback = standin.requests_to("chat")[1].json["messages"][-1]["content"]
    assert "(text_overlap)" in feedback


def test_fixable_mistakes_are_repaired_without_asking_again(provider, standin, layout_request):
    standin.script("chat", repairable_layout())

    result = provider.generate(layout_request)

    _assert_clean(result.documents, layout_request)
    assert len(standin.requests_to("chat")) == 1
    doc = result.documents[0]
    ids = [layer["id"] for layer in doc["layers"]]
    assert len(ids) == len(set(ids))
    assert "layer_sticker" not in ids
    assert doc["layers"][0]["opacity"] == 1
    assert doc["canvas"]["background"]["color"].startswith("#")


def test_too_few_documents_are_asked_for_again(standin, sleeps, layout_request):
    provider = OpenAILayoutProvider(base_url=standin.openai_url, api_key=API_KEY, sleep=sleeps,
                                    reasks=0, fallback=False)
    request = LayoutRequest(brief=layout_request.brief, format_id="instagram_post", variants=7)

    with pytest.raises(ProviderError, match="expected 7 documents, got 6"):
        provider.generate(request)


def test_unknown_format_is_refused_before_any_call(provider, standin, layout_request):
    request = LayoutRequest(brief=layout_request.brief, format_id="no_such_format")

    with pytest.raises(ProviderError) as caught:
        provider.generate(request)

    assert caught.value.retryable is False
    assert standin.requests == []


def test_a_design_missing_facts_is_re_asked_naming_each_one(provider, standin, layout_request):
    standin.script("chat", factless_layout())

    result = provider.generate(layout_request)

    _assert_clean(result.documents, layout_request)
    assert result.model == "gpt-standin"
    feedback = standin.requests_to("chat")[1].json["messages"][-1]["content"]
    assert "(missing_fact)" in feedback
    assert "“40%”" in feedback and "“Diwali”" in feedback


def test_a_second_unusable_answer_falls_back_to_the_local_engine(provider, standin, layout_request):
    standin.script("chat", factless_layout(), factless_layout())

    result = provider.generate(layout_request)

    assert len(standin.requests_to("chat")) == 2
    assert result.model == f"{LOCAL_MODEL} (fallback from gpt-standin)"
    assert result.cost_usd > 0  # the two answers were paid for
    _assert_clean(result.documents, layout_request)
    for doc in result.documents:
        assert not [i for i in lint_document(doc, facts=("40%", "Diwali")) if i.code == "missing_fact"]


def test_malformed_content_twice_falls_back_too(provider, standin, layout_request):
    standin.script("chat", malformed_content(), malformed_content())

    result = provider.generate(layout_request)

    assert result.model.startswith(f"{LOCAL_MODEL} (fallback")
    _assert_clean(result.documents, layout_request)


def test_transport_failures_do_not_fall_back(provider, standin, layout_request):
    standin.script("chat", fail(401))

    with pytest.raises(ProviderError, match="HTTP 401"):
        provider.generate(layout_request)
