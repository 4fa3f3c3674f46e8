"""The API contract for exports: 401 anonymous, 404 for others' objects, 400 naming fields."""

import pytest

from exports.models import Export
from tests.api_contract import assert_error, assert_success, page_position, run_resource_contract
from tests.exports.api.factories import DesignFactory, ExportFactory


def test_exports_honour_the_api_contract(api, other_api, anon_client, user, design):
    mine = ExportFactory(owner=user)
    run_resource_contract(api=api, other_api=other_api, anon_client=anon_client,
                          list_url="/v1/exports", detail_url=f"/v1/exports/{mine.id}",
                          not_found_code="NOT_FOUND", create_url="/v1/export",
                          bad_payload={"designId": design.id, "format": "gif"},
                          deletable=False)
    assert Export.objects.count() == 1


def test_anonymous_callers_get_401_everywhere(anon_client, user):
    mine = ExportFactory(owner=user)
    for method, url in (("post", "/v1/export"), ("post", "/v1/export/batch"),
                        ("get", "/v1/exports"), ("get", f"/v1/exports/{mine.id}")):
        assert_error(getattr(anon_client, method)(url, {}, format="json"), 401, "UNAUTHORIZED")
    assert Export.objects.count() == 1


@pytest.mark.parametrize("url", ["/v1/export", "/v1/export/batch"])
def test_someone_elses_or_an_unknown_design_is_design_not_found(api, other_user, url):
    foreign = DesignFactory(owner=other_user)
    item = {"format": "png"}
    for design_id in (foreign.id, "design_00000000000000000000000000", "nope", "x" * 300):
        body = {"designId": design_id, **item} if url == "/v1/export" else \
            {"designId": design_id, "exports": [item]}
        assert_error(api.post(url, body, format="json"), 404, "DESIGN_NOT_FOUND")
    assert not Export.objects.exists()


def test_someone_elses_export_does_not_exist(api, other_api, user):
    mine = ExportFactory(owner=user)

    assert_error(other_api.get(f"/v1/exports/{mine.id}"), 404, "NOT_FOUND")
    assert assert_success(other_api.get("/v1/exports"))["exports"] == []
    assert_success(api.get(f"/v1/exports/{mine.id}"))
    for bogus in ("does_not_exist", "export_00000000000000000000000000", "%20", "x" * 300):
        assert_error(api.get(f"/v1/exports/{bogus}"), 404, "NOT_FOUND")


def test_list_and_detail_use_the_envelope_and_camel_case(api, user):
    mine = ExportFactory(owner=user)

    listed = assert_success(api.get("/v1/exports"))
    assert page_position(listed) == {"page": 1, "limit": 20, "total": 1, "totalPages": 1}
    shown = assert_success(api.get(f"/v1/exports/{mine.id}"))
    assert listed["exports"] == [shown]
    assert {"exportId", "designId", "sizeBytes", "expiresAt", "createdAt"} <= set(shown)


@pytest.mark.parametrize(("body", "fields"), [
    ({}, {"designId", "format"}),
    ({"format": "gif"}, {"format"}),
    ({"format": "png", "resolution": "4x"}, {"resolution"}),
    ({"format": "jpg", "quality": 0}, {"quality"}),
    ({"format": "jpg", "quality": 101}, {"quality"}),
    ({"format": "webp", "quality": "high"}, {"quality"}),
    ({"format": "jpg", "transparent": True}, {"transparent"}),
    ({"format": "pdf", "transparent": True}, {"transparent"}),
    ({"format": "svg", "transparent": True}, {"transparent"}),
])
def test_bad_export_input_is_a_400_naming_the_fields(api, design, body, fields):
    body = {"designId": design.id, **body} if body else body
    error = assert_error(api.post("/v1/export", body, format="json"), 400, "VALIDATION_ERROR")

    assert set(error["details"]) == fields
    assert not Export.objects.exists()


@pytest.mark.parametrize(("exports", "field"), [
    ([], "exports"),
    ([{"format": "png"}] * 11, "exports"),
    ([{"format": "png"}, {"format": "tiff"}], "exports.1.format"),
    ([{"format": "jpg", "transparent": True}], "exports.0.transparent"),
    ("png", "exports"),
])
def test_bad_batch_input_is_a_400_naming_the_item(api, design, exports, field):
    error = assert_error(api.post("/v1/export/batch", {"designId": design.id,
                                                        "exports": exports}, format="json"),
                         400, "VALIDATION_ERROR")

    assert field in error["details"], error["details"]
    assert not Export.objects.exists()


def test_exports_are_rate_limited_as_exports(api, design, settings):
    settings.RADICPRO_RATE_LIMITS = {**settings.RADICPRO_RATE_LIMITS, "export": "1/hour"}

    first = api.post("/v1/export", {"designId": design.id, "format": "svg"}, format="json")
    assert_success(first)
    assert first["X-RateLimit-Limit"] == "1"
    error = assert_error(api.post("/v1/export", {"designId": design.id, "format": "svg"},
                                  format="json"), 429, "RATE_LIMITED")
    assert error["retryable"] is True
