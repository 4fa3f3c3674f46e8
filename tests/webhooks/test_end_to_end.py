"""End to end: creating a design through the API delivers a signed design.created webhook."""

import pytest
from standardwebhooks import Webhook

from tests.api_contract import assert_success

pytestmark = pytest.mark.django_db


def test_creating_a_design_notifies_the_subscribed_webhook(
        api, receiver, django_capture_on_commit_callbacks):
    hook = assert_success(api.post("/v1/webhooks", {
        "url": receiver.url, "events": ["design.created"]}, format="json"), 201)
    with django_capture_on_commit_callbacks(execute=True):
        design = assert_success(api.post("/v1/designs", {"format": "instagram_post",
                                                         "title": "Diwali"}, format="json"), 201)
    created = [r for r in receiver.requests
               if Webhook(hook["secret"]).verify(r.body, r.headers)["event"] == "design.created"]
    assert len(created) == 1
    payload = Webhook(hook["secret"]).verify(created[0].body, created[0].headers)
    assert payload["data"]["designId"] == design["id"]
    assert payload["data"]["title"] == "Diwali"
    log = assert_success(api.get(f"/v1/webhooks/{hook['id']}/deliveries"))["deliveries"]
    assert [(d["eventType"], d["status"]) for d in log] == [("design.created", "succeeded")]
