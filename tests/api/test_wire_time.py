"""Timestamps on the wire: one format (`2025-11-26T10:00:00Z`) in bodies, webhooks and the schema."""

import json
import re
from datetime import UTC, datetime, timedelta, timezone

import pytest
from django.core.management import call_command

from radicpro.api.wire import WIRE_TIME_EXAMPLE, wire_time
from radicpro.webhooks.models import WebhookEvent
from tests.api_contract import assert_success
from tests.jobs.factories import JobFactory
from tests.webhooks.factories import WebhookEndpointFactory

WIRE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def test_wire_time_is_utc_to_the_second_with_a_z():
    moment = datetime(2025, 11, 26, 15, 30, 0, 987654, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert wire_time(moment) == "2025-11-26T10:00:00Z"
    assert wire_time(datetime(2025, 11, 26, 10, 0, 0, 1)) == "2025-11-26T10:00:00Z"  # naive = UTC
    assert wire_time(None) is None
    assert WIRE.match(WIRE_TIME_EXAMPLE)


@pytest.mark.django_db
def test_responses_write_every_timestamp_the_same_way(api, user):
    design = assert_success(api.post("/v1/designs", {"format": "instagram_post"}, format="json"), 201)
    key = assert_success(api.post("/v1/api-keys", {"name": "ci"}, format="json"), 201)
    job = assert_success(api.get(f"/v1/jobs/{JobFactory(owner=user).pk}"))
    stamps = [design["createdAt"], design["updatedAt"], key["createdAt"], job["createdAt"]]
    assert all(WIRE.match(stamp) for stamp in stamps), stamps
    assert abs(datetime.strptime(design["createdAt"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
               - datetime.now(UTC)) < timedelta(minutes=1)


@pytest.mark.django_db(transaction=True)
def test_webhook_payloads_write_timestamps_the_same_way(api, user):
    WebhookEndpointFactory(owner=user, events=["design.created"])
    assert_success(api.post("/v1/designs", {"format": "instagram_post"}, format="json"), 201)
    body = json.loads(WebhookEvent.objects.get(type="design.created").body)
    assert WIRE.match(body["timestamp"]) and WIRE.match(body["data"]["createdAt"])


@pytest.mark.django_db
def test_schema_shows_the_wire_example_on_every_date_time(tmp_path):
    out = tmp_path / "schema.json"
    call_command("spectacular", "--format", "openapi-json", "--file", str(out))
    found = []

    def visit(node):
        if isinstance(node, dict):
            if node.get("format") == "date-time":
                found.append(node.get("example"))
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(json.loads(out.read_text()))
    assert len(found) > 20 and set(found) == {WIRE_TIME_EXAMPLE}
