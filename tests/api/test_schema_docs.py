"""The OpenAPI document teaches: summaries, tags, guides, examples, headers, typed job results."""

import json
import re
import time

import pytest

from radicpro.apidocs.hooks import guides
from radicpro.jobs.registry import job_kind, job_kinds
from radicpro.webhooks.signing import secret_generate, signed_headers

pytestmark = pytest.mark.django_db
METHODS = {"get", "post", "patch", "put", "delete"}


@pytest.fixture
def schema(anon_client):
    return json.loads(anon_client.get("/v1/openapi.json").content)


def operations(schema):
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                yield path, method, operation


def test_every_operation_has_a_summary_and_a_description(schema):
    for path, method, operation in operations(schema):
        summary = operation.get("summary", "")
        assert summary and "/" not in summary, f"{method.upper()} {path}: summary {summary!r}"
        assert len(operation.get("description", "")) > len(summary) / 2, f"{method} {path}"


def test_every_tag_is_described(schema):
    described = {tag["name"]: tag.get("description", "") for tag in schema["tags"]}
    used = {tag for _, _, operation in operations(schema) for tag in operation["tags"]}
    assert used <= set(described)
    assert all(described[tag] for tag in used)


def test_the_guides_are_on_the_docs_page(schema):
    description = schema["info"]["description"]
    for heading in ("Authentication", "Errors", "Pagination", "Async jobs", "Idempotency",
                    "Webhooks", "Rate limits", "Sandbox keys"):
        assert f"## {heading}" in description
    assert "```python" in description and "```ts" in description


def test_every_post_declares_idempotency_key_and_slow_ones_prefer(schema):
    prefer = set()
    for path, method, operation in operations(schema):
        headers = {p["name"] for p in operation.get("parameters", []) if p["in"] == "header"}
        if method == "post":
            assert "Idempotency-Key" in headers, path
            assert {"409", "422"} <= set(operation["responses"]), path  # what a key can answer
        if "Prefer" in headers:
            prefer.add(operation["operationId"])
    assert {"ai_generate_designs", "ai_smart_image", "exports_create", "exports_batch",
            "tools_execute"} <= prefer
    assert "designs_create" not in prefer


def test_the_main_flows_have_examples(schema):
    login = schema["paths"]["/v1/auth/login"]["post"]["requestBody"]["content"]["application/json"]
    assert login["examples"]["signIn"]["value"]["email"] == "demo@radicpro.local"
    export = schema["paths"]["/v1/export"]["post"]
    assert export["requestBody"]["content"]["application/json"]["examples"]
    assert export["responses"]["202"]["content"]["application/json"]["examples"]
    job = schema["paths"]["/v1/jobs/{jobId}"]["get"]["responses"]["200"]
    example = job["content"]["application/json"]["examples"]["exportCompleted"]["value"]
    assert example["data"]["kind"] == "export" and example["data"]["result"]["width"] == 2160


def test_job_results_are_typed_by_kind(schema):
    schemas = schema["components"]["schemas"]
    job = schemas["Job"]
    assert job["discriminator"]["propertyName"] == "kind"
    mapping = job["discriminator"]["mapping"]
    assert set(mapping) == set(job_kinds())
    assert sorted(ref["$ref"] for ref in job["oneOf"]) == sorted(mapping.values())
    for kind, ref in mapping.items():
        member = schemas[ref.rsplit("/", 1)[1]]
        kind_enum = schemas[member["properties"]["kind"]["allOf"][0]["$ref"].rsplit("/", 1)[1]]
        assert kind_enum["enum"] == [kind]
        if job_kind(kind).result_serializer is not None:
            assert member["properties"]["result"]["allOf"][0]["$ref"].startswith(
                "#/components/schemas/"), kind
    export = schemas["JobExportOutput"]["properties"]["result"]["allOf"][0]["$ref"]
    assert {item["$ref"] for item in schemas[export.rsplit("/", 1)[1]]["oneOf"]} == {
        "#/components/schemas/ExportResultOutput", "#/components/schemas/ExportBatchOutput"}
    for path in ("/v1/jobs/{jobId}",):
        data = (schema["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
                ["schema"]["properties"]["data"])
        assert data == {"$ref": "#/components/schemas/Job"}
    assert "JobOutput" in schemas  # the untyped job stays (additive)


def test_the_webhook_guide_s_python_verifier_accepts_our_signatures():
    code = re.search(r"```python\n(.*?)```", guides(), re.S).group(1)
    namespace: dict = {}
    exec(code, namespace)  # noqa: S102 (the guide's own sample, run as a reader would)
    verify = namespace["verify"]
    secret = secret_generate()
    body = '{"event": "design.created", "timestamp": "2025-11-26T10:00:00Z", "data": {}}'
    headers = signed_headers(secret=secret, msg_id="evt_1", timestamp=int(time.time()), body=body)
    assert verify(secret, headers, body.encode())
    assert not verify(secret, headers, body.replace("created", "deleted").encode())
    assert not verify(secret_generate(), headers, body.encode())
