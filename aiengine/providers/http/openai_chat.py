"""OpenAI-compatible Chat Completions providers for layouts and edits, with validation and repair."""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Callable
from typing import Any

from aiengine.creative.reading import read_brief
from aiengine.providers.base import EditResult, LayoutRequest, LayoutResult, ProviderError
from aiengine.providers.http.common import build_client
from aiengine.providers.http.prompts import (
    edit_messages,
    edit_response_format,
    layout_messages,
    layout_response_format,
)
from aiengine.providers.http.repair import clamp_opacity, fix_colors, repair_document
from aiengine.providers.local.layout import LocalLayoutProvider
from documents import DocumentInvalid, Format, PatchError, apply_operations, get_format
from documents import validate_document as _validate

try:
    from aiengine.creative.lint import lint_document
except ImportError:  # the lint is optional: without it only the schema is checked
    lint_document = None

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_MODEL = "gpt-4o-mini"
MAX_FEEDBACK_ERRORS = 12
Check = Callable[[dict[str, Any]], tuple[Any, list[str]]]


class _Malformed(ValueError):
    """The model's message is not the JSON object asked for."""


class UnusableAnswer(ProviderError):
    """The model answered, and answered again when told what was wrong, but not with anything usable;
    `cost_usd` is what those answers cost."""

    def __init__(self, message: str, *, cost_usd: float = 0.0) -> None:
        super().__init__(message, retryable=True)
        self.cost_usd = cost_usd


def parse_json_content(content: str) -> dict[str, Any]:
    """The JSON object in a model message (a ```json fence around it is tolerated)."""
    text = content.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
        text = text.rsplit("```", 1)[0]
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise _Malformed(f"not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise _Malformed("valid JSON but not an object")
    return data


class _OpenAIChat:
    """Shared by the layout and edit providers: one structured-output conversation, re-asked once."""

    name = "openai"
    service = "openai-chat"
    invalid = "model returned an invalid answer"

    def __init__(self, *, base_url: str = DEFAULT_BASE_URL, api_key: str = "",
                 model: str = DEFAULT_MODEL, input_price_per_1k: float = 0.0,
                 output_price_per_1k: float = 0.0, temperature: float | None = None,
                 max_tokens: int | None = None, reasks: int = 1, **options: Any) -> None:
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.client = build_client(service=self.service, base_url=base_url, api_key=api_key,
                                   headers=headers, options=options)
        self.model = model
        self.input_price_per_1k = float(input_price_per_1k)
        self.output_price_per_1k = float(output_price_per_1k)
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.reasks = max(0, int(reasks))

    def _complete(self, messages: list[dict[str, str]],
                  response_format: dict[str, Any]) -> tuple[str, float]:
        body: dict[str, Any] = {"model": self.model, "messages": messages,
                                "response_format": response_format}
        if self.temperature is not None:
            body["temperature"] = self.temperature
        if self.max_tokens is not None:
            body["max_tokens"] = self.max_tokens
        data = self.client.post_json("chat/completions", body)
        cost = self._cost(data.get("usage"))
        choices = data.get("choices")
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            raise _Malformed("the answer has no choices")
        choice = choices[0]
        message = choice.get("message") if isinstance(choice.get("message"), dict) else {}
        if message.get("refusal"):
            raise ProviderError(self.client.redact(f"{self.service}: the model refused: "
                                                   f"{str(message['refusal'])[:300]}"), retryable=False)
        if choice.get("finish_reason") == "content_filter":
            raise ProviderError(f"{self.service}: the answer was blocked by the content filter",
                                retryable=False)
        content = message.get("content")
        if isinstance(content, list):  # some compatible servers answer with content parts
            content = "".join(part.get("text", "") for part in content if isinstance(part, dict))
        if not isinstance(content, str) or not content.strip():
            raise _Malformed("the answer has no message content")
        if choice.get("finish_reason") == "length":
            raise _Malformed("the answer was cut off (token limit)")
        return content, cost

    def _cost(self, usage: Any) -> float:
        if not isinstance(usage, dict):
            return 0.0
        prompt = usage.get("prompt_tokens") or 0
        completion = usage.get("completion_tokens") or 0
        if not all(isinstance(n, (int, float)) for n in (prompt, completion)):
            return 0.0
        return prompt / 1000 * self.input_price_per_1k + completion / 1000 * self.output_price_per_1k

    def _converse(self, messages: list[dict[str, str]], response_format: dict[str, Any],
                  check: Check) -> tuple[Any, float]:
        """Ask; on malformed or invalid output re-ask with the problems, else raise retryable."""
        total = 0.0
        problem = ""
        for _ in range(1 + self.reasks):
            content = ""
            try:
                content, cost = self._complete(messages, response_format)
                total += cost
                value, errors = check(parse_json_content(content))
            except _Malformed as exc:
                problem = f"model returned malformed JSON: {exc}"
                feedback = (f"Your answer was {exc}. Answer again with only the JSON object, "
                            "no prose and no code fences.")
            else:
                if not errors:
                    return value, total
                shown = errors[:MAX_FEEDBACK_ERRORS]
                more = f" (and {len(errors) - len(shown)} more)" if len(errors) > len(shown) else ""
                problem = f"{self.invalid}: " + "; ".join(shown[:3]) + more
                feedback = ("Your answer has these problems:\n- " + "\n- ".join(shown) + more
                            + "\nFix them and answer again with the complete JSON object.")
            messages = [*messages, {"role": "assistant", "content": content or "(empty)"},
                        {"role": "user", "content": feedback}]
        raise UnusableAnswer(self.client.redact(f"{self.service}: {problem}"), cost_usd=total)


def _facts(request: LayoutRequest, fmt: Format) -> tuple[Any, ...]:
    """The facts every design must hold: the brief's, else those read from its prompt."""
    facts = getattr(request.brief, "facts", None)
    if facts is None:
        facts = read_brief(request.brief.prompt, format_id=fmt.id).facts
    return tuple(facts)


class OpenAILayoutProvider(_OpenAIChat):
    """Brief → design documents from any OpenAI-compatible chat model (structured JSON output).

    Its designs go through the schema, the design lint and the facts check; an answer that fails them is
    re-asked once with the problems named (each missing fact among them), and when the second answer fails
    too, the local engine designs the request instead (`fallback=False` raises the problem instead)."""

    invalid = "model returned an invalid design"

    def __init__(self, *, lint: bool = True, fallback: bool = True, **options: Any) -> None:
        super().__init__(**options)
        self.lint = lint and lint_document is not None
        self.fallback = fallback

    def generate(self, request: LayoutRequest) -> LayoutResult:
        """`request.variants` validated (and lint-clean) 1.4 documents holding every fact of the brief."""
        fmt = get_format(request.format_id)
        if fmt is None:
            raise ProviderError(f"unknown format {request.format_id!r}", retryable=False)
        variants = max(1, int(request.variants))
        facts = _facts(request, fmt) if self.lint else ()
        try:
            documents, cost = self._converse(
                layout_messages(request, fmt), layout_response_format(),
                lambda data: self._check_layout(data, request, fmt, variants, facts))
        except UnusableAnswer as problem:
            if not self.fallback:
                raise
            logger.warning("Hosted layout unusable, the local engine designs it instead: %s", problem.message)
            local = LocalLayoutProvider().generate(request)
            return LayoutResult(documents=local.documents, model=f"{local.model} (fallback from {self.model})",
                                cost_usd=round(problem.cost_usd, 6))
        return LayoutResult(documents=documents, model=self.model, cost_usd=round(cost, 6))

    def _check_layout(self, data: dict[str, Any], request: LayoutRequest, fmt: Format,
                      variants: int, facts: tuple[Any, ...] = ()) -> tuple[list[dict[str, Any]], list[str]]:
        documents = data.get("documents")
        if documents is None and "layers" in data:
            documents = [data]
        if not isinstance(documents, list):
            return [], ['"documents" must be an array of design documents']
        errors: list[str] = []
        if len(documents) < variants:
            errors.append(f"expected {variants} documents, got {len(documents)}")
        allowed = {asset for asset in (request.product_asset_id, request.logo_asset_id,
                                       (request.brand or {}).get("logoAssetId")) if asset}
        product_prompt = request.brief.subject or request.brief.prompt
        repaired = []
        for index, raw in enumerate(documents[:variants]):
            meta = {"format": fmt.id, "creativeConcept": request.concept, "variant": index + 1,
                    "generator": self.model}
            doc, _ = repair_document(raw, fmt=fmt, meta=meta, allowed_assets=allowed,
                                     product_prompt=product_prompt)
            if isinstance(doc, dict):
                title = request.brief.copy.headline.strip() or "Design"
                doc["meta"].setdefault("title", f"{title} - Variant {index + 1}")
                if request.brand:
                    doc["brand"] = copy.deepcopy(dict(request.brand))
            errors.extend(f"documents[{index}]{problem}" for problem in self._problems(doc, fmt, facts))
            repaired.append(doc)
        return repaired, errors

    def _problems(self, doc: Any, fmt: Format, facts: tuple[Any, ...] = ()) -> list[str]:
        try:
            _validate(doc)
        except DocumentInvalid as invalid:
            return [f"{error['pointer'] or ''} {error['message']}" for error in invalid.errors]
        canvas = doc["canvas"]
        if (canvas["width"], canvas["height"]) != (fmt.width, fmt.height):
            return [f"/canvas must be {fmt.width}x{fmt.height} for the format {fmt.id}"]
        if not self.lint:
            return []
        return [f" layer {issue.layer_id or '-'}: {issue.message} ({issue.code})"
                for issue in lint_document(doc, format_id=fmt.id, facts=facts) if issue.severity == "error"]


class OpenAIEditProvider(_OpenAIChat):
    """Document + instruction → patch operations from any OpenAI-compatible chat model."""

    invalid = "model returned an invalid edit"

    def edit(self, *, document: dict[str, Any], instruction: str) -> EditResult:
        """Operations that apply cleanly to `document` (a 1.4 document), with an explanation."""
        if not isinstance(document, dict) or document.get("schemaVersion") != "1.4":
            raise ProviderError("edits apply to 1.4 documents; convert a 2.0 document with to_v14 "
                                "first", retryable=False)
        result, cost = self._converse(
            edit_messages(document=document, instruction=instruction), edit_response_format(),
            lambda data: self._check_edit(data, document))
        return EditResult(operations=result.operations, explanation=result.explanation,
                          unsupported=result.unsupported, model=self.model, cost_usd=round(cost, 6))

    def _check_edit(self, data: dict[str, Any], document: dict[str, Any]) -> tuple[EditResult, list[str]]:
        operations = data.get("operations")
        explanation = data.get("explanation")
        unsupported = data.get("unsupported") or []
        errors: list[str] = []
        if not isinstance(explanation, str):
            errors.append('"explanation" must be a string')
            explanation = ""
        if not isinstance(unsupported, list):
            unsupported = []
        if isinstance(operations, list):
            operations = copy.deepcopy(operations)
            clamp_opacity(operations)
            fix_colors(operations)
        try:
            apply_operations(document, operations)  # type: ignore[arg-type]
        except PatchError as invalid:
            errors.extend(f"{error['pointer'] or '(root)'} {error['message']}" for error in invalid.errors)
        result = EditResult(operations=operations if isinstance(operations, list) else [],
                            explanation=explanation.strip(),
                            unsupported=tuple(str(item) for item in unsupported))
        return result, errors
