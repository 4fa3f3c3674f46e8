"""POST /v1/export: every format renders real bytes at the right size, stored and signed."""

import io
from datetime import UTC, datetime

import pytest
from PIL import Image
from prometheus_client import REGISTRY

from assets.models import Asset
from exports.models import Export
from exports.services import ExportSpec, export_request
from exports.tasks import run_export_job
from radicpro.jobs.models import Job
from rendering import OUTPUT_FORMATS, output_format
from tests.api_contract import assert_success
from tests.exports.api.factories import DesignFactory, document

from .helpers import SIGNATURES, download, export, parse_time


@pytest.mark.parametrize(("fmt", "resolution", "scale"), [
    (name, resolution, scale)
    for number, output in enumerate(OUTPUT_FORMATS)
    for name in (output.name, *output.aliases)
    for resolution, scale in [(("1x", 1), ("2x", 2), ("3x", 3))[number % 3]]
])
def test_each_format_renders_its_own_bytes_at_canvas_times_scale(api, anon_client, design, fmt,
                                                                 resolution, scale):
    data = export(api, design.id, format=fmt, resolution=resolution)

    canonical = output_format(fmt).name
    assert data["exportId"].startswith("export_")
    assert data["format"] == canonical
    assert data["resolution"] == resolution
    assert (data["width"], data["height"]) == (160 * scale, 100 * scale)
    assert data["warnings"] == []
    body = download(anon_client, data["url"])
    assert SIGNATURES[canonical](body), body[:16]
    assert anon_client.get(data["url"])["Content-Type"] == output_format(fmt).mime_type
    assert data["sizeBytes"] == len(body)
    stored = Export.objects.get(pk=data["exportId"]).asset
    assert stored.size_bytes == len(body) and stored.type == Asset.Type.EXPORT
    with stored.file.open("rb") as handle:
        assert handle.read() == body
    if output_format(fmt).raster:
        with Image.open(io.BytesIO(body)) as image:
            assert image.size == (160 * scale, 100 * scale)


def test_the_answer_has_the_spec_shape_and_a_future_expiry(api, design):
    data = export(api, design.id, format="png", resolution="2x", quality=90)

    assert set(data) == {"exportId", "url", "format", "resolution", "sizeBytes", "expiresAt",
                         "width", "height", "warnings"}
    assert parse_time(data["expiresAt"]) > datetime.now(UTC)
    assert "signature=" in data["url"]


def test_defaults_are_1x_quality_90_opaque(api, design):
    data = export(api, design.id, format="jpg")

    row = Export.objects.get(pk=data["exportId"])
    assert (row.resolution, row.quality, row.transparent) == ("1x", 90, False)
    assert row.status == Export.Status.COMPLETED
    assert row.design_version == design.version
    assert row.job.kind == "export" and row.job.status == "completed"


def test_quality_changes_the_jpeg(api, design):
    low = export(api, design.id, format="jpg", quality=5)
    high = export(api, design.id, format="jpg", quality=100)

    assert low["sizeBytes"] < high["sizeBytes"]


@pytest.mark.parametrize("fmt", ["png", "webp"])
def test_transparent_png_and_webp_keep_an_alpha_channel(api, anon_client, user, fmt):
    design = DesignFactory(owner=user, design_json=document(layers=[]))
    data = export(api, design.id, format=fmt, transparent=True)

    with Image.open(io.BytesIO(download(anon_client, data["url"]))) as image:
        assert image.convert("RGBA").getpixel((5, 5))[3] == 0


def test_respond_async_answers_202_then_the_job_holds_the_same_result(api, anon_client, design):
    response = api.post("/v1/export", {"designId": design.id, "format": "png"}, format="json",
                        HTTP_PREFER="respond-async")

    accepted = assert_success(response, 202)
    assert accepted["jobId"].startswith("job_")
    job = assert_success(api.get(f"/v1/jobs/{accepted['jobId']}"))
    assert job["status"] == "completed" and job["kind"] == "export"
    result = job["result"]
    assert set(result) >= {"exportId", "url", "format", "resolution", "sizeBytes", "expiresAt"}
    assert SIGNATURES["png"](download(anon_client, result["url"]))
    assert Job.objects.get(pk=accepted["jobId"]).exports.get().pk == result["exportId"]


def test_get_export_returns_a_fresh_signed_url(api, anon_client, design):
    data = export(api, design.id, format="webp", resolution="2x")

    shown = assert_success(api.get(f"/v1/exports/{data['exportId']}"))
    assert shown["exportId"] == data["exportId"]
    assert shown["designId"] == design.id
    assert shown["status"] == "completed"
    assert (shown["format"], shown["resolution"]) == ("webp", "2x")
    assert shown["sizeBytes"] == data["sizeBytes"]
    assert (shown["width"], shown["height"]) == (320, 200)
    assert parse_time(shown["expiresAt"]) > datetime.now(UTC)
    assert download(anon_client, shown["url"]) == download(anon_client, data["url"])



def test_an_idempotency_key_replays_the_export_instead_of_redoing_it(api, design):
    body = {"designId": design.id, "format": "png"}
    first = api.post("/v1/export", body, format="json", HTTP_IDEMPOTENCY_KEY="export-once-1")
    again = api.post("/v1/export", body, format="json", HTTP_IDEMPOTENCY_KEY="export-once-1")

    assert again["Idempotent-Replayed"] == "true"
    assert assert_success(again)["exportId"] == assert_success(first)["exportId"]
    assert Export.objects.count() == 1


def test_render_time_is_recorded_by_format_and_scale(api, design):
    def count() -> float:
        return REGISTRY.get_sample_value("radicpro_render_duration_seconds_count",
                                         {"format": "webp", "scale": "3"}) or 0.0

    before = count()
    export(api, design.id, format="webp", resolution="3x")

    assert count() == before + 1


def test_an_export_draws_the_version_it_was_asked_for(user):
    design = DesignFactory(owner=user, design_json=document(width=160, height=100))  # + rev 1
    job = export_request(owner=user, design_id=design.id, specs=[ExportSpec(format="png")])
    design.design_json, design.version = document(width=300, height=50), 2
    design.save()

    run_export_job.apply(args=(job.id,))

    row = Export.objects.get(job=job)
    assert row.design_version == 1
    assert (row.width, row.height) == (160, 100)
