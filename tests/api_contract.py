"""Reusable checks of the API contract, run by every resource's tests."""

import re

CAMEL_KEY = re.compile(r"^[a-z][a-zA-Z0-9]*$")
VERBATIM = {"designJson", "options", "recipe", "holisticContext", "changes", "layer",
            "operations", "patch", "inputs", "inputSchema", "result", "payload", "context",
            "colors", "fonts", "metadata"}


def assert_camel_keys(data, path="data") -> None:
    """Every key on the wire is camelCase (user documents excepted)."""
    if isinstance(data, dict):
        for key, value in data.items():
            assert CAMEL_KEY.match(key), f"{path}.{key} is not camelCase"
            if key not in VERBATIM:
                assert_camel_keys(value, f"{path}.{key}")
    elif isinstance(data, list):
        for index, item in enumerate(data):
            assert_camel_keys(item, f"{path}[{index}]")


def assert_success(response, status: int = 200) -> dict:
    """A success envelope: {"data", "meta": {"requestId"}} with camelCase keys; returns data."""
    assert response.status_code == status, (response.status_code, response.content[:500])
    body = response.json()
    assert set(body) == {"data", "meta"}, body
    assert body["meta"]["requestId"] == response["X-Request-Id"]
    assert body["meta"]["requestId"]
    assert_camel_keys(body["data"])
    return body["data"]


def page_position(listed: dict) -> dict:
    """A list page's page, limit, total and totalPages (without its cursor and exactness)."""
    return {key: listed["pagination"][key] for key in ("page", "limit", "total", "totalPages")}


def assert_error(response, status: int, code: str) -> dict:
    """An error envelope with the given status and code; returns the error object."""
    assert response.status_code == status, (response.status_code, response.content[:500])
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error", "meta"}, body
    error = body["error"]
    assert set(error) == {"code", "message", "details", "retryable"}, error
    assert error["code"] == code, error
    assert isinstance(error["message"], str) and error["message"]
    assert isinstance(error["retryable"], bool)
    assert body["meta"]["requestId"] == response["X-Request-Id"]
    return error


def run_resource_contract(*, api, other_api, anon_client, list_url: str, detail_url: str,
                          not_found_code: str, create_payload: dict | None = None,
                          bad_payload: dict | None = None, patch_payload: dict | None = None,
                          extra_detail_posts: tuple[str, ...] = (), create_url: str | None = None,
                          deletable: bool = True) -> None:
    """The shared contract every resource honours.

    `detail_url` is an object owned by `api`'s user. Checks: anonymous 401 everywhere;
    another user's object is a 404 with the resource's code for get/patch/delete and the
    extra detail POSTs; unknown and malformed ids are 404s; the envelope and camelCase on
    list and detail; bad input is a 400 naming the fields. Objects are created by a POST to
    `create_url` (the list by default); a resource that is not `deletable` answers DELETE with
    405 to everyone, its owner included.
    """
    create_url = create_url or list_url
    for method, url in (("get", list_url), ("get", detail_url), ("patch", detail_url),
                        ("delete", detail_url), ("post", list_url), ("post", create_url)):
        assert_error(getattr(anon_client, method)(url, {}, format="json"), 401, "UNAUTHORIZED")

    listed = assert_success(api.get(list_url))
    assert "pagination" in listed or len(listed) == 1
    assert_success(api.get(detail_url))

    if patch_payload is not None:
        assert_error(other_api.patch(detail_url, patch_payload, format="json"), 404,
                     not_found_code)
    assert_error(other_api.get(detail_url), 404, not_found_code)
    for suffix in extra_detail_posts:
        assert_error(other_api.post(f"{detail_url}/{suffix}", {}, format="json"), 404,
                     not_found_code)
    if deletable:
        assert_error(other_api.delete(detail_url), 404, not_found_code)
    else:
        for client in (other_api, api):
            assert_error(client.delete(detail_url), 405, "METHOD_NOT_ALLOWED")
    assert_success(api.get(detail_url))  # untouched by the other user's attempts

    base = detail_url.rsplit("/", 1)[0]
    for bogus in ("does_not_exist", "design_00000000000000000000000000", "%20", "x" * 300):
        assert_error(api.get(f"{base}/{bogus}"), 404, not_found_code)

    if create_payload is not None:
        created = assert_success(api.post(create_url, create_payload, format="json"), 201)
        assert created["id"]
    if bad_payload is not None:
        error = assert_error(api.post(create_url, bad_payload, format="json"), 400,
                             "VALIDATION_ERROR")
        assert error["details"], "a validation error names the bad fields"
