"""drf-spectacular postprocessing hook: the docs every operation and tag carry, and the guides.

Runs after the envelope hook. Fills each operation's summary and description (the view's own
win), describes the tags, appends the guides (guides/*.md, in name order) to the API's
description, adds the main flows' examples, and declares the `Idempotency-Key` header on every
POST (the idempotency middleware honours it on all of them) and `Prefer: respond-async` on
every operation that can answer 202 with a job.
"""

import re
from functools import cache
from pathlib import Path

from radicpro.api.schema import error_response

from .examples import EXAMPLES
from .operations import OPERATIONS, TAGS

GUIDES = Path(__file__).resolve().parent / "guides"
METHODS = ("get", "put", "post", "patch", "delete", "head", "options", "trace")

IDEMPOTENCY_KEY = {
    "in": "header", "name": "Idempotency-Key", "required": False,
    "schema": {"type": "string", "pattern": r"^[!-~][ -~]{0,254}$"},
    "description": "1-255 printable characters (a UUID). The same key and body within 24 h "
    "replays the first response (`Idempotent-Replayed: true`) without doing the work again; the "
    "same key with another body is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, "
    "409 CONFLICT.",
}
# A free string, as RFC 7240 has it: preferences the server does not know are ignored.
PREFER = {
    "in": "header", "name": "Prefer", "required": False,
    "schema": {"type": "string", "example": "respond-async"},
    "description": "`respond-async`: answer 202 with the job at once instead of waiting for the "
    "worker; poll GET /v1/jobs/{jobId} (the Location header). Other preferences are ignored.",
}
# What an Idempotency-Key can answer besides the operation's own responses.
IDEMPOTENCY_ERRORS = ("409", "422")


@cache
def guides() -> str:
    """Every guide, in file-name order, as one Markdown text."""
    return "\n\n".join(path.read_text().strip() for path in sorted(GUIDES.glob("*.md")))


def _first_sentence(text: str) -> str:
    sentence = re.split(r"(?<=[.;:])\s", text.strip(), maxsplit=1)[0].rstrip(".;:")
    return sentence[:80]


def _answers_a_job(operation: dict, schemas: dict) -> bool:
    """True when the operation's 202 answers a job to poll (a `jobId` and a `statusUrl`)."""
    accepted = operation.get("responses", {}).get("202", {})
    data = (accepted.get("content", {}).get("application/json", {}).get("schema", {})
            .get("properties", {}).get("data", {}))
    name = data.get("$ref", "").rsplit("/", 1)[-1]
    return {"jobId", "statusUrl"} <= set(schemas.get(name, {}).get("properties", {}))


def _add_header(operation: dict, header: dict) -> None:
    parameters = operation.setdefault("parameters", [])
    if not any(p.get("in") == "header" and p.get("name", "").lower() == header["name"].lower()
               for p in parameters):
        parameters.append(dict(header))


def _add_examples(operation: dict, examples: dict) -> None:
    request = examples.get("request")
    content = operation.get("requestBody", {}).get("content", {}).get("application/json")
    if request is not None and content is not None:
        content.setdefault("examples", {}).update(request)
    for status, named in examples.get("responses", {}).items():
        content = operation.get("responses", {}).get(status, {}).get("content", {})
        if "application/json" in content:
            content["application/json"].setdefault("examples", {}).update(named)


def document_operations(result, generator, request, public):
    """Summaries, descriptions, tags, guides, examples and the declared headers."""
    info = result.setdefault("info", {})
    info["description"] = f"{info.get('description', '').strip()}\n\n{guides()}".strip()
    schemas = result.get("components", {}).get("schemas", {})
    used_tags: list[str] = []
    for path_item in result.get("paths", {}).values():
        for method, operation in path_item.items():
            if method not in METHODS:
                continue
            summary, description = OPERATIONS.get(operation.get("operationId", ""), ("", ""))
            if description and not operation.get("description"):
                operation["description"] = description
            if not operation.get("summary"):
                operation["summary"] = summary or _first_sentence(operation.get("description", ""))
            if method == "post":
                _add_header(operation, IDEMPOTENCY_KEY)
                for status in IDEMPOTENCY_ERRORS:
                    operation.setdefault("responses", {}).setdefault(status, error_response(status))
            if _answers_a_job(operation, schemas):
                _add_header(operation, PREFER)
            _add_examples(operation, EXAMPLES.get(operation.get("operationId", ""), {}))
            used_tags.extend(tag for tag in operation.get("tags", []) if tag not in used_tags)
    described = dict(TAGS)
    result["tags"] = ([{"name": name, "description": text} for name, text in TAGS
                       if name in used_tags]
                      + [{"name": name} for name in used_tags if name not in described])
    return result
