"""The hosted assistant: an OpenAI-compatible chat model that calls our tools (function calling)."""

from __future__ import annotations

import json
from typing import Any

from aiengine.providers.base import ProviderError
from aiengine.providers.http.common import build_client

from .base import Action, Decision
from .questions import START_SUGGESTIONS, missing_slot, question_for
from .slots import LOGO_STYLES, public_state, read_message

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_MODEL = "gpt-4o-mini"
HISTORY_TURNS = 20
SYSTEM_PROMPT = (
    "You are Radic Pro's design assistant. You help the user make a logo, a social media post or an ad, "
    "or edit the design they have open. A good design needs a name, an offer or message (posts and ads), "
    "a style and colours: ask for what is missing, briefly, one question at a time. When you have enough, "
    "call exactly one tool: create_logo, generate_designs or edit_design (edit_design only when a design "
    "is open). Colours are #RRGGBB. Answer in the user's language."
)
_COLOR = {"type": "string", "pattern": "^#[0-9A-Fa-f]{6}$"}
TOOLS: list[dict[str, Any]] = [
    {"type": "function", "function": {
        "name": "create_logo", "description": "Create a square logo design from a company name, style and colours.",
        "parameters": {"type": "object", "additionalProperties": False, "required": ["name", "style", "colors"],
                       "properties": {"name": {"type": "string"}, "style": {"type": "string", "enum": list(LOGO_STYLES)},
                                      "colors": {"type": "array", "items": _COLOR, "maxItems": 4}}}}},
    {"type": "function", "function": {
        "name": "generate_designs", "description": "Generate social post or ad designs from a prompt.",
        "parameters": {"type": "object", "additionalProperties": False, "required": ["prompt"],
                       "properties": {"prompt": {"type": "string"},
                                      "format": {"type": "string", "description": "instagram_post, instagram_story, "
                                                 "facebook_post, linkedin_post, web_leaderboard, ..."},
                                      "variants": {"type": "integer", "minimum": 1, "maximum": 4}}}}},
    {"type": "function", "function": {
        "name": "edit_design", "description": "Edit the open design with a plain-language instruction.",
        "parameters": {"type": "object", "additionalProperties": False, "required": ["instruction"],
                       "properties": {"instruction": {"type": "string"}}}}},
]


class OpenAIAssistantProvider:
    """Chat Completions with `tools`: the model asks questions or calls one of our tools."""

    name = "openai"
    service = "openai-assistant"

    def __init__(self, *, base_url: str = DEFAULT_BASE_URL, api_key: str = "", model: str = DEFAULT_MODEL,
                 temperature: float | None = None, **options: Any) -> None:
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.client = build_client(service=self.service, base_url=base_url, api_key=api_key, headers=headers,
                                   options=options)
        self.model = model or DEFAULT_MODEL
        self.temperature = temperature

    def _messages(self, *, state: dict[str, Any], history: list[dict[str, str]], message: str,
                  context: dict[str, Any]) -> list[dict[str, Any]]:
        known = {key: value for key, value in public_state(state).items() if value}
        system = SYSTEM_PROMPT + f"\nWhat you know so far: {json.dumps(known, ensure_ascii=False)}."
        if context.get("design_id"):
            system += f"\nThe user has design {context['design_id']} open."
        turns = [{"role": turn["role"], "content": turn["content"]} for turn in history[-HISTORY_TURNS:]
                 if turn.get("role") in ("user", "assistant") and turn.get("content")]
        return [{"role": "system", "content": system}, *turns, {"role": "user", "content": message}]

    def respond(self, *, state: dict[str, Any], history: list[dict[str, str]], message: str,
                context: dict[str, Any]) -> Decision:
        """One round trip: the model's question, or the tool it called (as an Action)."""
        state = read_message(state, message, has_design=bool(context.get("design_id")))
        body: dict[str, Any] = {"model": self.model, "tools": TOOLS, "tool_choice": "auto",
                                "messages": self._messages(state=state, history=history, message=message,
                                                           context=context)}
        if self.temperature is not None:
            body["temperature"] = self.temperature
        data = self.client.post_json("chat/completions", body)
        choices = data.get("choices")
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            raise ProviderError(f"{self.service}: the answer has no choices", retryable=True)
        reply = choices[0].get("message") if isinstance(choices[0].get("message"), dict) else {}
        content = reply.get("content") if isinstance(reply.get("content"), str) else ""
        for call in reply.get("tool_calls") or []:
            function = (call or {}).get("function") or {}
            if function.get("name") not in ("create_logo", "generate_designs", "edit_design"):
                continue
            if function["name"] == "edit_design" and not context.get("design_id"):
                continue
            try:
                args = json.loads(function.get("arguments") or "{}")
            except ValueError as error:
                raise ProviderError(f"{self.service}: the tool call's arguments are not JSON", retryable=True) \
                    from error
            if not isinstance(args, dict):
                raise ProviderError(f"{self.service}: the tool call's arguments are not an object", retryable=True)
            return Decision(content or "On it.", [], {**state, "awaiting": None}, Action(function["name"], args),
                            model=str(data.get("model") or self.model))
        if not content.strip():
            raise ProviderError(f"{self.service}: the answer has neither text nor a tool call", retryable=True)
        slot = missing_slot(state) if state.get("intent") in ("logo", "social_post", "ad") else None
        suggestions = question_for(slot, state)[1] if slot else list(START_SUGGESTIONS)
        return Decision(content.strip(), suggestions, {**state, "awaiting": slot}, model=str(data.get("model")
                                                                                               or self.model))
