"""Exports that cannot be made fail clearly (or render with warnings); the worker stays healthy."""

import pytest

from assets.models import Asset
from assets.services import asset_create_from_bytes
from brands.models import BrandFont, BrandKit
from exports import services
from exports.models import Export
from exports.tasks import run_export_job
from radicpro.jobs.models import Job
from tests.api_contract import assert_error, assert_success
from tests.exports.api.factories import DesignFactory, document, png_bytes

from .helpers import SIGNATURES, download, export


def _image_layer(asset_id: str) -> dict:
    return {"id": "photo", "type": "image", "assetId": asset_id, "fit": "contain",
            "position": {"x": 10, "y": 10}, "size": {"width": 80, "height": 60}}


def _text_layer(family: str) -> dict:
    return {"id": "headline", "type": "text", "text": "Hello", "position": {"x": 5, "y": 5},
            "size": {"width": 150, "height": 40},
            "style": {"fontFamily": family, "fontSize": 24, "color": "#000000"}}


@pytest.fixture
def oversized(user):
    return DesignFactory(owner=user, design_json=document(width=9000, height=100, layers=[]))


def test_an_oversized_canvas_fails_with_export_failed(api, oversized):
    error = assert_error(api.post("/v1/export", {"designId": oversized.id, "format": "png"},
                                  format="json"), 500, "EXPORT_FAILED")

    assert error["retryable"] is False
    assert "9000" in error["message"] and "canvas" in error["details"]["reason"]
    row = Export.objects.get()
    assert row.status == Export.Status.FAILED and row.asset is None
    assert row.error["code"] == "EXPORT_FAILED"
    assert row.job.status == Job.Status.FAILED
    assert not Asset.objects.filter(type="export").exists()


def test_an_output_over_the_pixel_limit_at_3x_fails_before_drawing(api, user):
    design = DesignFactory(owner=user, design_json=document(width=8000, height=5000, layers=[]))

    error = assert_error(api.post("/v1/export", {"designId": design.id, "format": "png",
                                                 "resolution": "3x"}, format="json"),
                         500, "EXPORT_FAILED")
    assert error["details"]["width"] == 24000


def test_an_async_failure_is_on_the_job(api, oversized):
    accepted = assert_success(api.post("/v1/export", {"designId": oversized.id, "format": "jpg"},
                                       format="json", HTTP_PREFER="respond-async"), 202)

    job = assert_success(api.get(f"/v1/jobs/{accepted['jobId']}"))
    assert job["status"] == "failed"
    assert job["error"]["code"] == "EXPORT_FAILED" and job["error"]["retryable"] is False
    failed = assert_success(api.get(f"/v1/exports/{Export.objects.get().id}"))
    assert failed["status"] == "failed" and failed["url"] is None
    assert failed["error"]["code"] == "EXPORT_FAILED"


def test_a_storage_failure_is_a_retryable_storage_error(api, design, storage_failure):
    with storage_failure():
        error = assert_error(api.post("/v1/export", {"designId": design.id, "format": "png"},
                                      format="json"), 500, "STORAGE_ERROR")

    assert error["retryable"] is True
    row = Export.objects.get()
    assert row.status == Export.Status.FAILED and row.error["code"] == "STORAGE_ERROR"
    assert not Asset.objects.exists()


def test_the_worker_stays_healthy_after_failures(api, anon_client, design, oversized,
                                                 storage_failure, monkeypatch):
    assert_error(api.post("/v1/export", {"designId": oversized.id, "format": "png"},
                          format="json"), 500, "EXPORT_FAILED")
    with storage_failure():
        assert_error(api.post("/v1/export", {"designId": design.id, "format": "webp"},
                              format="json"), 500, "STORAGE_ERROR")
    crash = monkeypatch.context()
    with crash as patch:
        patch.setattr(services, "render", lambda *a, **k: 1 / 0)
        error = assert_error(api.post("/v1/export", {"designId": design.id, "format": "png"},
                                      format="json"), 500, "EXPORT_FAILED")
        assert "exportId" in error["details"]

    data = export(api, design.id, format="png", resolution="2x")
    assert SIGNATURES["png"](download(anon_client, data["url"]))
    assert (data["width"], data["height"]) == (320, 200)


def test_a_batch_failing_midway_keeps_the_files_it_made(api, design, storage_failure,
                                                        monkeypatch):
    real = services.asset_create_from_bytes
    calls = []

    def second_fails(**kwargs):
        calls.append(kwargs["filename"])
        if len(calls) == 2:
            raise services.ApiError(services.ErrorCode.STORAGE_ERROR)
        return real(**kwargs)

    monkeypatch.setattr(services, "asset_create_from_bytes", second_fails)
    assert_error(api.post("/v1/export/batch", {"designId": design.id, "exports": [
        {"format": "png"}, {"format": "jpg"}, {"format": "svg"}]}, format="json"),
        500, "STORAGE_ERROR")

    statuses = list(Export.objects.order_by("position").values_list("status", flat=True))
    assert statuses == ["completed", "failed", "failed"]


def test_a_missing_asset_renders_with_a_warning(api, anon_client, user, other_user):
    foreign = asset_create_from_bytes(owner=other_user, data=png_bytes(8, 8), type="product",
                                      filename="theirs.png", mime_type="image/png")
    design = DesignFactory(owner=user, design_json=document(layers=[
        _image_layer("asset_doesnotexist0000000000000"), {**_image_layer(foreign.id),
                                                          "id": "theirs"}]))

    data = export(api, design.id, format="png")

    assert SIGNATURES["png"](download(anon_client, data["url"]))
    assert any("asset_doesnotexist0000000000000" in warning for warning in data["warnings"])
    assert any(foreign.id in warning for warning in data["warnings"]), data["warnings"]
    shown = assert_success(api.get(f"/v1/exports/{data['exportId']}"))
    assert shown["warnings"] == data["warnings"]


def test_an_own_asset_is_drawn_without_warnings(api, user):
    mine = asset_create_from_bytes(owner=user, data=png_bytes(8, 8), type="product",
                                   filename="mine.png", mime_type="image/png")
    design = DesignFactory(owner=user, design_json=document(layers=[_image_layer(mine.id)]))

    assert export(api, design.id, format="png")["warnings"] == []


def test_an_unknown_font_renders_with_a_warning(api, user):
    design = DesignFactory(owner=user, design_json=document(layers=[
        _text_layer("No Such Grotesk")]))

    data = export(api, design.id, format="jpg")

    assert any("No Such Grotesk" in warning for warning in data["warnings"]), data["warnings"]


def test_a_broken_brand_font_renders_with_a_warning(api, user):
    brand = BrandKit.objects.create(owner=user, name="Broken fonts")
    bad = asset_create_from_bytes(owner=user, data=b"\x00\x01\x00\x00 definitely not a font",
                                  type="font", filename="broken.ttf", mime_type="font/ttf")
    BrandFont.objects.create(brand=brand, asset=bad, family="Broken Sans")
    design = DesignFactory(owner=user, brand=brand,
                           design_json=document(layers=[_text_layer("Broken Sans")]))

    data = export(api, design.id, format="png")

    assert any("Broken Sans" in warning for warning in data["warnings"]), data["warnings"]


def test_a_redelivered_task_does_nothing_again(api, design):
    data = export(api, design.id, format="png")
    row = Export.objects.get(pk=data["exportId"])

    run_export_job.apply(args=(row.job_id,))

    assert Asset.objects.filter(type="export").count() == 1
    assert Export.objects.get(pk=row.pk).asset_id == row.asset_id


def test_a_task_redelivered_after_storing_does_not_store_twice(api, design):
    data = export(api, design.id, format="svg")
    row = Export.objects.get(pk=data["exportId"])
    Job.objects.filter(pk=row.job_id).update(status=Job.Status.PROCESSING, result=None)

    run_export_job.apply(args=(row.job_id,))

    job = Job.objects.get(pk=row.job_id)
    assert job.status == Job.Status.COMPLETED
    assert job.result["exportId"] == row.pk
    assert Asset.objects.filter(type="export").count() == 1


def test_an_export_whose_job_is_swept_is_failed_not_left_queued(api, user, design):
    from datetime import timedelta

    from django.utils import timezone

    from radicpro.jobs.services import jobs_sweep_stuck

    job = services.export_request(owner=user, design_id=design.id,
                                  specs=[services.ExportSpec(format="png")])
    Job.objects.filter(pk=job.pk).update(deadline_at=timezone.now() - timedelta(minutes=1))
    assert jobs_sweep_stuck() == 1
    export_row = Export.objects.get(job=job)
    assert export_row.status == Export.Status.FAILED
    assert export_row.error["code"] == "SERVICE_UNAVAILABLE" and export_row.error["retryable"]
    shown = assert_success(api.get(f"/v1/exports/{export_row.id}"))
    assert shown["status"] == "failed" and shown["url"] is None


def test_a_stored_design_over_the_render_budget_fails_naming_the_layer(api, user):
    huge = [{"id": f"r{n}", "type": "shape", "shape": "rect", "opacity": 0.5,
             "position": {"x": -8000, "y": -8000}, "size": {"width": 16000, "height": 16000},
             "fill": {"type": "color", "color": "#FF0000"}} for n in range(4)]
    design = DesignFactory(owner=user, design_json=document(width=1080, height=1080, layers=huge))

    error = assert_error(api.post("/v1/export", {"designId": design.id, "format": "png"},
                                  format="json"), 500, "EXPORT_FAILED")
    assert error["retryable"] is False
    assert error["details"]["layerId"] == "r0"
    assert "16×" in error["message"]
