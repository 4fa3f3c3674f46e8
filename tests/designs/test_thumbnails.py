"""Thumbnails: a worker draws a small PNG of each new version with the real renderer."""

import io

import pytest
from PIL import Image

from assets.models import Asset
from designs.models import Design
from designs.thumbnails import design_thumbnail_render
from rendering import RenderError
from tests.api_contract import assert_success
from tests.designs.documents import poster

pytestmark = pytest.mark.django_db


def _create(api, django_capture_on_commit_callbacks, **body):
    with django_capture_on_commit_callbacks(execute=True):
        return assert_success(api.post("/v1/designs", {"format": "instagram_post", **body},
                                       format="json"), 201)


def _download(client, url: str) -> Image.Image:
    response = client.get(url)
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return Image.open(io.BytesIO(content))


def test_a_new_design_gets_a_png_thumbnail(api, anon_client, django_capture_on_commit_callbacks):
    created = _create(api, django_capture_on_commit_callbacks, designJson=poster())
    design = Design.objects.select_related("thumbnail").get(pk=created["id"])
    assert design.thumbnail is not None and design.thumbnail_version == 1
    assert design.thumbnail.type == "thumbnail" and design.thumbnail.mime_type == "image/png"

    fetched = assert_success(api.get(f"/v1/designs/{created['id']}"))
    assert fetched["thumbnailUrl"]
    listed = assert_success(api.get("/v1/designs"))["designs"][0]
    assert listed["thumbnailUrl"]
    image = _download(anon_client, fetched["thumbnailUrl"])  # signed: no credentials needed
    assert image.format == "PNG"
    assert image.size == (400, 400)  # 1080 × 1080 scaled to fit 400 px
    assert image.convert("RGB").getpixel((2, 2)) == (0x05, 0x08, 0x16)  # the dark background


def test_portrait_formats_keep_their_aspect(api, django_capture_on_commit_callbacks):
    created = _create(api, django_capture_on_commit_callbacks, format="instagram_story")
    thumbnail = Design.objects.get(pk=created["id"]).thumbnail
    assert (thumbnail.width, thumbnail.height) == (225, 400)


def test_a_change_replaces_the_thumbnail(api, anon_client, django_capture_on_commit_callbacks):
    created = _create(api, django_capture_on_commit_callbacks, designJson=poster())
    first = Design.objects.get(pk=created["id"]).thumbnail_id
    doc = poster()
    doc["layers"][0]["fill"]["color"] = "#FF0000"
    with django_capture_on_commit_callbacks(execute=True):
        api.patch(f"/v1/designs/{created['id']}", {"designJson": doc}, format="json")
    design = Design.objects.get(pk=created["id"])
    assert design.thumbnail_version == 2 and design.thumbnail_id != first
    assert not Asset.objects.filter(pk=first).exists()  # the old one is gone
    url = assert_success(api.get(f"/v1/designs/{created['id']}"))["thumbnailUrl"]
    assert _download(anon_client, url).convert("RGB").getpixel((2, 2)) == (255, 0, 0)


def test_stale_and_repeated_tasks_do_nothing(design):
    assert design_thumbnail_render(design_id=design.id, version=1)
    thumbnails = Asset.objects.filter(type="thumbnail").count()
    assert design_thumbnail_render(design_id=design.id, version=1) is None  # a retry
    Design.objects.filter(pk=design.id).update(version=2)
    assert design_thumbnail_render(design_id=design.id, version=1) is None  # moved on
    assert design_thumbnail_render(design_id="design_gone", version=1) is None
    assert Asset.objects.filter(type="thumbnail").count() == thumbnails == 1


def test_a_document_the_renderer_refuses_leaves_no_thumbnail(design, monkeypatch):
    def refuse(*args, **kwargs):
        raise RenderError("cannot draw this")

    monkeypatch.setattr("designs.thumbnails.render", refuse)
    assert design_thumbnail_render(design_id=design.id, version=1) is None
    assert Design.objects.get(pk=design.id).thumbnail_id is None


def test_deleting_a_design_deletes_its_thumbnail(api, django_capture_on_commit_callbacks):
    created = _create(api, django_capture_on_commit_callbacks)
    thumbnail = Design.objects.get(pk=created["id"]).thumbnail_id
    assert api.delete(f"/v1/designs/{created['id']}").status_code == 204
    assert not Asset.objects.filter(pk=thumbnail).exists()
