"""An export's body is built directly on the wire and says exactly what ExportOutput (the
schema's shape) would after re-casing: queued, completed with its signed URL, and failed."""

import time

import pytest

from exports.models import Export
from exports.serializers import ExportOutput, export_data
from radicpro.api.casing import camelize
from tests.exports.api.factories import ExportFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def exports(user, design, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1_900_000_000.0)  # the same signed-URL expiry
    return [
        ExportFactory(owner=user, design=design, warnings=["Font “Brand Sans” is unknown"]),
        ExportFactory(owner=user, design=design, status=Export.Status.QUEUED, asset=None,
                      size_bytes=0, width=None, height=None, completed_at=None, format="jpg",
                      resolution="3x", quality=70, transparent=False),
        ExportFactory(owner=user, design=design, status=Export.Status.FAILED, asset=None,
                      format="webp", transparent=True,
                      error={"code": "EXPORT_FAILED", "message": "Over the render budget.",
                             "retryable": False, "details": {"layer_path": "layers/2"}}),
    ]


def test_an_export_on_the_wire_equals_the_serializer(exports):
    for export in Export.objects.filter(pk__in=[e.pk for e in exports]).select_related("asset"):
        built, serialized = export_data(export), camelize(ExportOutput(export).data)
        assert built == serialized
        assert list(built) == list(serialized)  # the same key order on the wire
    completed = export_data(exports[0])
    assert completed["url"] and completed["expiresAt"]


def test_the_list_and_the_detail_answer_with_it(api, exports):
    listed = api.get("/v1/exports?limit=10").json()["data"]["exports"]
    assert {item["exportId"] for item in listed} == {export.id for export in exports}
    failed = exports[2]
    shown = api.get(f"/v1/exports/{failed.id}").json()["data"]
    assert shown["error"]["details"] == {"layerPath": "layers/2"}
    assert shown == next(item for item in listed if item["exportId"] == failed.id)
