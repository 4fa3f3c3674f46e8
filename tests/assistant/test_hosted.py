"""The hosted assistant (OpenAI-compatible chat with tool calls) against the stand-in server."""

import json
import re
import time

import pytest

from aiengine.providers.base import ProviderError
from assistant.hosted import OpenAIAssistantProvider
from designs.models import Design
from tests.api_contract import assert_error, assert_success
from tests.standin import StandInServer, fail
from tests.standin.server import _json

API_KEY = "sk-standin-assistant-0123456789"


class ToolCallingStandIn(StandInServer):
    """The stand-in, plus chat requests that offer `tools`: it asks for a name until one is quoted
    in the conversation, then calls create_logo (or edit_design when the user asks for a change)."""

    def _chat(self, request, match, behaviour):
        body = request.json
        if not body or "tools" not in body:
            return super()._chat(request, match, behaviour)
        users = [m["content"] for m in body["messages"] if m["role"] == "user"]
        system = body["messages"][0]["content"]
        names = re.findall(r"'([^']+)'", " ".join(users))
        last = users[-1].lower()
        message: dict = {"role": "assistant", "content": None}
        if "open" in system and ("bigger" in last or "change" in last):
            call = {"name": "edit_design", "arguments": json.dumps({"instruction": users[-1]})}
        elif "instagram post" in last:
            call = {"name": "generate_designs",
                    "arguments": json.dumps({"prompt": "Instagram post for 'Crumbs' bakery, 20% off cakes",
                                             "format": "instagram_story", "variants": 1})}
        elif names:
            call = {"name": "create_logo",
                    "arguments": json.dumps({"name": names[-1], "style": "playful", "colors": ["#0F7B5F"]})}
        else:
            call = None
            message["content"] = "Happy to help! What's your coffee shop called?"
        if call is not None:
            message["tool_calls"] = [{"id": "call_1", "type": "function", "function": call}]
        return _json({"id": "chatcmpl-standin-tools", "object": "chat.completion", "created": int(time.time()),
                      "model": body.get("model"),
                      "choices": [{"index": 0, "message": message,
                                   "finish_reason": "tool_calls" if call else "stop"}],
                      "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}})


@pytest.fixture
def standin():
    with ToolCallingStandIn() as server:
        yield server


@pytest.fixture
def hosted(settings, standin):
    settings.RADICPRO_AI_ASSISTANT_PROVIDER = "openai"
    settings.RADICPRO_AI_ASSISTANT_MODEL = "gpt-standin"
    settings.RADICPRO_AI_BASE_URL = standin.openai_url
    settings.RADICPRO_AI_API_KEY = API_KEY
    settings.RADICPRO_AI_MAX_RETRIES = 0
    return standin


def test_a_tool_call_from_the_hosted_model_makes_a_design(api, user, hosted):
    first = assert_success(api.post("/v1/ai/chat", {"message": "Create a logo for my coffee shop"},
                                    format="json"))
    assert first["reply"] == "Happy to help! What's your coffee shop called?"
    assert first["designs"] == [] and first["suggestions"]
    second = assert_success(api.post(f"/v1/ai/chat/{first['chatId']}/message",
                                     {"message": "It's called 'Bean There'"}, format="json"))
    assert len(second["designs"]) == 1
    design = Design.objects.get(pk=second["designs"][0]["id"], owner=user)
    assert design.design_json["meta"]["logoStyle"] == "playful"
    assert design.design_json["brand"]["colors"]["primary"] == "#0F7B5F"

    chats = hosted.requests_to("chat")
    assert len(chats) == 2
    sent = chats[1].json
    assert sent["model"] == "gpt-standin"
    assert {tool["function"]["name"] for tool in sent["tools"]} == {"create_logo", "generate_designs",
                                                                    "edit_design"}
    assert [m["role"] for m in sent["messages"]] == ["system", "user", "assistant", "user"]
    assert chats[1].headers["authorization"] == f"Bearer {API_KEY}"

    edited = assert_success(api.post(f"/v1/ai/chat/{first['chatId']}/message",
                                     {"message": "Make the headline bigger"}, format="json"))
    assert edited["patch"]["version"] == 2 and edited["designs"][0]["id"] == design.pk


def test_sandbox_keys_stay_on_the_local_assistant(user, hosted):
    from rest_framework.test import APIClient

    from radicpro.accounts.services import api_key_create

    _key, secret = api_key_create(user=user, name="sandbox", mode="test")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert_success(client.post("/v1/ai/chat", {"message": "Create a logo for my coffee shop"}, format="json"))
    assert hosted.requests_to("chat") == []


def test_a_failing_hosted_model_is_a_generation_error_without_a_turn(api, hosted):
    hosted.script("chat", fail(400))
    error = assert_error(api.post("/v1/ai/chat", {"message": "Create a logo"}, format="json"), 500,
                         "GENERATION_FAILED")
    assert API_KEY not in json.dumps(error)


def test_arguments_that_are_not_json_are_a_provider_error(standin):
    provider = OpenAIAssistantProvider(base_url=standin.openai_url, api_key=API_KEY, max_retries=0)
    assert provider.respond(state={}, history=[], message="Logo please", context={}).action is None
    provider.client.post_json = lambda path, body: {"choices": [{"message": {"tool_calls": [
        {"function": {"name": "create_logo", "arguments": "{not json"}}]}}]}
    with pytest.raises(ProviderError):
        provider.respond(state={}, history=[], message="Logo called 'X'", context={})


def test_a_generate_designs_call_makes_designs_in_the_format_asked(api, user, hosted):
    made = assert_success(api.post("/v1/ai/chat", {"message": "An Instagram post for my bakery please"},
                                   format="json"))
    assert len(made["designs"]) == 1
    design = Design.objects.get(pk=made["designs"][0]["id"], owner=user)
    assert design.format == "instagram_story"
    assert "20% off" in json.dumps(design.design_json).lower()  # the offer as the prompt wrote it
