"""The webhook API: create (secret once), list, get, patch, delete, deliveries, ping, redeliver."""

import pytest

from radicpro.webhooks import services
from radicpro.webhooks.events import DESIGN_CREATED
from radicpro.webhooks.models import WebhookDelivery, WebhookEndpoint
from tests.api_contract import assert_error, assert_success, page_position, run_resource_contract
from tests.webhooks.factories import WebhookEndpointFactory, design_created

pytestmark = pytest.mark.django_db

URL = "https://hooks.example.com/radic"


def create(api, **fields) -> dict:
    payload = {"url": URL, "events": ["design.created", "job.completed"], **fields}
    return assert_success(api.post("/v1/webhooks", payload, format="json"), 201)


def test_resource_contract(api, other_api, anon_client):
    created = create(api)
    run_resource_contract(
        api=api, other_api=other_api, anon_client=anon_client, list_url="/v1/webhooks",
        detail_url=f"/v1/webhooks/{created['id']}", not_found_code="NOT_FOUND",
        create_payload={"url": URL + "/2", "events": ["credits.low"]},
        bad_payload={"url": "ftp://hooks.example.com", "events": ["*"]},
        patch_payload={"description": "theirs now"},
        extra_detail_posts=("test",),
    )
    assert_error(other_api.get(f"/v1/webhooks/{created['id']}/deliveries"), 404, "NOT_FOUND")
    assert WebhookEndpoint.objects.get(pk=created["id"]).description == ""


def test_generated_secret_is_shown_once(api):
    created = create(api, description="prod")
    secret = created["secret"]
    assert created["id"].startswith("wh_")
    assert secret.startswith("whsec_") and len(secret) == len("whsec_") + 32
    assert created["events"] == ["design.created", "job.completed"]
    assert created["isActive"] is True and created["failureCount"] == 0
    assert created["description"] == "prod"

    listed = api.get("/v1/webhooks")
    assert secret not in listed.content.decode()
    assert "secret" not in assert_success(listed)["webhooks"][0]
    detail = api.get(f"/v1/webhooks/{created['id']}")
    assert secret not in detail.content.decode()
    assert "secret" not in assert_success(detail)


def test_client_secret_is_kept(api):
    created = create(api, secret="your_webhook_secret")
    assert created["secret"] == "your_webhook_secret"
    assert WebhookEndpoint.objects.get(pk=created["id"]).secret == "your_webhook_secret"


def test_bad_input_names_the_fields(api):
    error = assert_error(api.post("/v1/webhooks", {"url": URL, "events": ["*"]}, format="json"),
                         400, "VALIDATION_ERROR")
    assert "events.0" in error["details"]
    assert "design.created" in error["details"]["events.0"][0], "the valid events are listed"
    error = assert_error(api.post("/v1/webhooks", {"url": URL, "events": []}, format="json"),
                         400, "VALIDATION_ERROR")
    assert "events" in error["details"]
    error = assert_error(api.post("/v1/webhooks", {"url": URL, "events": ["design.deleted"]},
                                  format="json"), 400, "VALIDATION_ERROR")
    assert "events.0" in error["details"]
    error = assert_error(api.post("/v1/webhooks", {"events": ["design.created"],
                                                   "secret": "short"}, format="json"),
                         400, "VALIDATION_ERROR")
    assert {"url", "secret"} <= set(error["details"])
    error = assert_error(api.post("/v1/webhooks", {"url": URL, "events": ["design.created"],
                                                   "secret": "whsec_not*base64*at*all"},
                                  format="json"), 400, "VALIDATION_ERROR")
    assert "secret" in error["details"]
    for url in ("ftp://hooks.example.com/x", "hooks.example.com/x", "https://",
                "https://user:pass@hooks.example.com/x"):
        error = assert_error(api.post("/v1/webhooks", {"url": url, "events": ["job.failed"]},
                                      format="json"), 400, "VALIDATION_ERROR")
        assert "url" in error["details"], url
    assert not WebhookEndpoint.objects.exists()


@pytest.mark.parametrize("url", [
    "http://10.0.0.1/hook",
    "http://127.0.0.1:8000/hook",
    "http://169.254.169.254/latest/meta-data",
    "http://[::1]/hook",
    "http://localhost:8000/hook",
    "http://192.168.1.20/hook",
    "http://0.0.0.0/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://224.0.0.1/hook",
])
def test_private_destinations_are_refused(api, url):
    error = assert_error(api.post("/v1/webhooks", {"url": url, "events": ["job.failed"]},
                                  format="json"), 400, "VALIDATION_ERROR")
    assert "url" in error["details"]
    assert "public" in error["details"]["url"][0]
    created = create(api)
    error = assert_error(api.patch(f"/v1/webhooks/{created['id']}", {"url": url},
                                   format="json"), 400, "VALIDATION_ERROR")
    assert "url" in error["details"]
    assert WebhookEndpoint.objects.get(pk=created["id"]).url == URL


def test_private_destinations_allowed_by_setting(api, settings):
    settings.RADICPRO_WEBHOOK_ALLOW_PRIVATE = True
    created = create(api, url="http://localhost:8000/hook")
    assert created["url"] == "http://localhost:8000/hook"


def test_patch_changes_fields_and_reenabling_clears_failures(api, user):
    created = create(api)
    url = f"/v1/webhooks/{created['id']}"
    changed = assert_success(api.patch(url, {"url": URL + "/v2", "events": ["credits.low"],
                                             "description": "billing"}, format="json"))
    assert (changed["url"], changed["events"], changed["description"]) == (
        URL + "/v2", ["credits.low"], "billing")

    WebhookEndpoint.objects.filter(pk=created["id"]).update(
        is_active=False, failure_count=20, disabled_reason="Disabled after 20 failures")
    disabled = assert_success(api.get(url))
    assert disabled["isActive"] is False and disabled["disabledReason"]
    enabled = assert_success(api.patch(url, {"isActive": True}, format="json"))
    assert enabled["isActive"] is True
    assert enabled["failureCount"] == 0 and enabled["disabledReason"] == ""

    off = assert_success(api.patch(url, {"isActive": False}, format="json"))
    assert off["isActive"] is False
    assert api.put(url, {"url": URL}, format="json").status_code == 405


def test_delete(api):
    created = create(api)
    assert api.delete(f"/v1/webhooks/{created['id']}").status_code == 204
    assert_error(api.get(f"/v1/webhooks/{created['id']}"), 404, "NOT_FOUND")
    assert assert_success(api.get("/v1/webhooks"))["webhooks"] == []


def test_list_is_paged_with_constant_queries(api, user, django_assert_num_queries):
    for _ in range(5):
        WebhookEndpointFactory(owner=user)
    WebhookEndpointFactory()  # someone else's
    first = assert_success(api.get("/v1/webhooks?limit=2"))
    assert len(first["webhooks"]) == 2
    assert page_position(first) == {"page": 1, "limit": 2, "total": 5, "totalPages": 3}
    for limit in (1, 5):
        # auth (user) + the page (carrying its count)
        with django_assert_num_queries(2):
            assert len(assert_success(api.get(f"/v1/webhooks?limit={limit}"))["webhooks"]) \
                == limit


def _deliveries(user, endpoint, count):
    for index in range(count):
        services.event_emit(user=user, event=DESIGN_CREATED, **design_created(design_id=f"d{index}"))
    return list(WebhookDelivery.objects.filter(endpoint=endpoint).order_by("-created_at"))


def test_deliveries_are_listed_newest_first_with_constant_queries(
        api, user, django_assert_num_queries):
    endpoint = WebhookEndpointFactory(owner=user, events=["design.created"])
    deliveries = _deliveries(user, endpoint, 4)
    url = f"/v1/webhooks/{endpoint.id}/deliveries"
    listed = assert_success(api.get(url))
    assert [d["id"] for d in listed["deliveries"]] == [d.id for d in deliveries]
    first = listed["deliveries"][0]
    assert first["eventType"] == "design.created" and first["status"] == "pending"
    assert first["webhookId"] == endpoint.id and first["eventId"].startswith("evt_")
    assert set(first) >= {"attempts", "responseCode", "error", "durationMs", "createdAt",
                          "updatedAt", "nextAttemptAt", "attemptLog"}
    assert listed["pagination"]["total"] == 4
    for limit in (1, 4):
        # auth + the webhook + the page (with its event, carrying its count)
        with django_assert_num_queries(3):
            page = assert_success(api.get(f"{url}?limit={limit}"))
        assert len(page["deliveries"]) == limit


def test_ping_and_redeliver_need_an_active_webhook(api, user, other_api):
    endpoint = WebhookEndpointFactory(owner=user, events=["design.created"], is_active=False)
    assert_error(api.post(f"/v1/webhooks/{endpoint.id}/test"), 409, "CONFLICT")
    delivery = WebhookDelivery.objects.create(
        endpoint=endpoint, event=services._event_record(user=user, event="design.created",
                                                        data={}))
    assert_error(api.post(f"/v1/webhooks/deliveries/{delivery.id}/redeliver"), 409, "CONFLICT")
    assert_error(other_api.post(f"/v1/webhooks/deliveries/{delivery.id}/redeliver"), 404,
                 "NOT_FOUND")
    assert_error(api.post("/v1/webhooks/deliveries/whd_nope/redeliver"), 404, "NOT_FOUND")
    assert WebhookDelivery.objects.count() == 1


def test_too_many_webhooks_is_a_conflict(api, user):
    for _ in range(services.MAX_ENDPOINTS_PER_USER):
        WebhookEndpointFactory(owner=user)
    assert_error(api.post("/v1/webhooks", {"url": URL, "events": ["job.failed"]},
                          format="json"), 409, "CONFLICT")


def test_create_with_an_idempotency_key_is_done_once(api):
    payload = {"url": URL, "events": ["job.failed"]}
    first = api.post("/v1/webhooks", payload, format="json", HTTP_IDEMPOTENCY_KEY="hook-1")
    again = api.post("/v1/webhooks", payload, format="json", HTTP_IDEMPOTENCY_KEY="hook-1")
    assert assert_success(again, 201)["id"] == assert_success(first, 201)["id"]
    assert again["Idempotent-Replayed"] == "true"
    assert WebhookEndpoint.objects.count() == 1
