"""POST /v1/export/batch: one job renders every file, in order, with progress per file."""

import io

from PIL import Image

from exports import services
from exports.models import Export
from radicpro.jobs.models import Job
from tests.api_contract import assert_success

from .helpers import SIGNATURES, download, parse_time


def test_a_batch_renders_each_file_in_request_order(api, anon_client, design):
    response = api.post("/v1/export/batch", {"designId": design.id, "exports": [
        {"format": "png", "resolution": "1x"},
        {"format": "jpg", "resolution": "2x", "quality": 85},
        {"format": "svg"},
        {"format": "webp", "resolution": "3x", "transparent": True},
    ]}, format="json")

    exports = assert_success(response)["exports"]
    assert [(e["format"], e["resolution"]) for e in exports] == [
        ("png", "1x"), ("jpg", "2x"), ("svg", "1x"), ("webp", "3x")]
    assert len({e["exportId"] for e in exports}) == 4
    for item in exports:
        body = download(anon_client, item["url"])
        assert SIGNATURES[item["format"]](body)
        assert item["sizeBytes"] == len(body)
        assert parse_time(item["expiresAt"])
    with Image.open(io.BytesIO(download(anon_client, exports[1]["url"]))) as image:
        assert image.size == (320, 200)
    jobs = {row.job_id for row in Export.objects.all()}
    assert len(jobs) == 1
    job = Job.objects.get(pk=jobs.pop())
    assert (job.kind, job.status, job.progress) == ("export", "completed", 100)
    assert Export.objects.get(pk=exports[1]["exportId"]).quality == 85


def test_the_job_reports_progress_per_file(api, design, monkeypatch):
    seen = []
    real = services.job_progress

    def record(**kwargs):
        seen.append((kwargs["progress"], kwargs["message"]))
        real(**kwargs)

    monkeypatch.setattr(services, "job_progress", record)
    assert_success(api.post("/v1/export/batch", {"designId": design.id, "exports": [
        {"format": "svg"}, {"format": "svg", "resolution": "2x"}, {"format": "png"}]},
        format="json"))

    assert seen == [(33, "Exported 1 of 3."), (66, "Exported 2 of 3."),
                    (100, "Exported 3 of 3.")]


def test_an_async_batch_leaves_its_result_on_the_job(api, design):
    accepted = assert_success(api.post(
        "/v1/export/batch", {"designId": design.id, "exports": [{"format": "pdf"},
                                                                {"format": "png"}]},
        format="json", HTTP_PREFER="respond-async"), 202)

    job = assert_success(api.get(f"/v1/jobs/{accepted['jobId']}"))
    assert job["status"] == "completed"
    assert [item["format"] for item in job["result"]["exports"]] == ["pdf", "png"]
    listed = assert_success(api.get(f"/v1/exports?designId={design.id}"))["exports"]
    assert {e["exportId"] for e in listed} == {e["exportId"] for e in job["result"]["exports"]}
