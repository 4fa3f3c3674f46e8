"""JSON bodies are type-strict; query strings keep their usual string coercion."""

import pytest

from tests.api_contract import assert_error, assert_success

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", [0, 1.5, True, ["x"], {"a": 1}])
def test_a_string_field_refuses_other_json_types(api, name):
    error = assert_error(api.post("/v1/api-keys", {"name": name}, format="json"), 400,
                         "VALIDATION_ERROR")
    assert error["details"] == {"name": ["Must be a string."]}


def test_a_flag_refuses_numbers_and_strings(api):
    error = assert_error(api.post("/v1/api-keys", {"name": "ok", "mode": 1}, format="json"), 400,
                         "VALIDATION_ERROR")
    assert "mode" in error["details"]


def test_query_strings_still_coerce(api):
    assert_success(api.get("/v1/api-keys?page=1&limit=5"))
