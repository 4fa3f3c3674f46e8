"""The job in the OpenAPI document typed by kind: `result` is the kind's own result body.

GET /v1/jobs/{jobId} answers one of `Job<Kind>Output` (a oneOf with `kind` as the
discriminator), built from the registry: each kind's result serializer types its `result` (a
kind without one keeps a free-form result). The untyped `JobOutput` stays in the document.
"""

import copy
import json
from typing import Any

from drf_spectacular.serializers import PolymorphicProxySerializerExtension
from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema_field
from rest_framework import serializers

from .registry import job_kind, job_kinds
from .serializers import JobOutput


def _camel(kind: str) -> str:
    return "".join(word.capitalize() for word in kind.split("_"))


_TYPED: dict[tuple[str, object], type[serializers.Serializer]] = {}


def job_output_for(kind: str, result_serializer: type[serializers.BaseSerializer] | None
                   ) -> type[serializers.Serializer]:
    """JobOutput whose `kind` is exactly `kind` and whose `result` is typed (null until done)."""
    key = (kind, result_serializer)
    if key in _TYPED:  # one class per kind: the schema names one component per kind
        return _TYPED[key]
    help_text = "The body the synchronous call would have returned; null until it completes."
    result = (serializers.JSONField(read_only=True, allow_null=True, help_text=help_text)
              if result_serializer is None
              else result_serializer(read_only=True, allow_null=True, help_text=help_text))
    kind_field = extend_schema_field({"type": "string", "enum": [kind]})(
        type(f"Job{_camel(kind)}KindField", (serializers.CharField,), {}))
    _TYPED[key] = type(f"Job{_camel(kind)}Output", (JobOutput,), {
        "__doc__": f"A `{kind}` job; `result` is the body its synchronous call answers.",
        "kind": kind_field(read_only=True),
        "result": result,
        "Meta": JobOutput.Meta,
    })
    return _TYPED[key]


def job_outputs_by_kind() -> dict[str, serializers.Serializer | type[serializers.Serializer]]:
    """One typed job serializer per registered kind."""
    return {kind: job_output_for(kind, job_kind(kind).result_serializer) for kind in job_kinds()}


class _KindsOfTheRegistry(PolymorphicProxySerializer):
    """drf-spectacular's proxy, its serializers read from the registry each time a schema is
    built (the proxy resolves a callable once and keeps it: the kinds of the first build)."""

    @property
    def serializers(self):
        value = self._serializers
        return value() if callable(value) else value

    @serializers.setter
    def serializers(self, value):
        self._serializers = value


class _KindsOfTheRegistryExtension(PolymorphicProxySerializerExtension):
    """The proxy's schema, for this subclass too (extensions match their exact class)."""

    target_class = "radicpro.jobs.schema._KindsOfTheRegistry"


def typed_job(*, many: bool = False) -> PolymorphicProxySerializer:
    """The job as the schema shows it: oneOf the kinds, `kind` the discriminator."""
    return _KindsOfTheRegistry(component_name="Job", serializers=job_outputs_by_kind,
                               resource_type_field_name="kind", many=many)


def keep_untyped_job_component(result, generator, request, public):
    """drf-spectacular postprocessing hook: `JobOutput` (any kind, free-form result) stays a
    component beside the typed `Job` oneOf (and its page, PaginatedJobOutputList), so clients
    generated before keep their types."""
    schemas: dict[str, Any] = result.get("components", {}).get("schemas", {})
    members = [ref["$ref"].rsplit("/", 1)[-1] for ref in schemas.get("Job", {}).get("oneOf", [])]
    if not members or "JobOutput" in schemas:
        return result
    untyped = copy.deepcopy(schemas[members[0]])
    untyped["description"] = "A job of any kind (the typed variants: Job)."
    untyped["properties"]["kind"] = {"type": "string", "readOnly": True,
                                     "description": "One of: " + ", ".join(job_kinds()) + "."}
    untyped["properties"]["result"] = {"readOnly": True, "nullable": True, "description":
                                       "The body the synchronous call would have returned."}
    schemas["JobOutput"] = untyped
    if "PaginatedJobList" in schemas:  # and the page of those, under its name of before
        page = json.dumps(schemas["PaginatedJobList"])
        schemas.setdefault("PaginatedJobOutputList", json.loads(page.replace(
            '"#/components/schemas/Job"', '"#/components/schemas/JobOutput"')))
    return result
