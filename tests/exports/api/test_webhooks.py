"""design.exported: every completed export is announced to subscribed webhook endpoints."""

from radicpro.webhooks.models import WebhookDelivery, WebhookEvent
from tests.exports.api.factories import DesignFactory, WebhookEndpointFactory, document

from .helpers import export


def test_a_subscribed_endpoint_gets_a_delivery_per_export(api, user, design):
    endpoint = WebhookEndpointFactory(owner=user)

    data = export(api, design.id, format="png", resolution="2x")

    event = WebhookEvent.objects.get(type="design.exported")
    assert event.owner_id == user.id
    assert event.payload["event"] == "design.exported"
    assert event.payload["data"] == {"designId": design.id, "exportId": data["exportId"],
                                     "format": "png", "resolution": "2x",
                                     "url": event.payload["data"]["url"]}
    assert event.payload["data"]["url"].split("?")[0] == data["url"].split("?")[0]
    delivery = WebhookDelivery.objects.get(event=event)
    assert delivery.endpoint_id == endpoint.id


def test_a_batch_announces_each_file(api, user, design):
    WebhookEndpointFactory(owner=user)

    api.post("/v1/export/batch", {"designId": design.id, "exports": [{"format": "svg"},
                                                                     {"format": "pdf"}]},
             format="json")

    formats = sorted(e.payload["data"]["format"]
                     for e in WebhookEvent.objects.filter(type="design.exported"))
    assert formats == ["pdf", "svg"]


def test_a_failed_export_is_not_announced_as_exported(api, user):
    WebhookEndpointFactory(owner=user, events=["design.exported", "job.failed"])
    design = DesignFactory(owner=user, design_json=document(width=9000, layers=[]))

    api.post("/v1/export", {"designId": design.id, "format": "png"}, format="json")

    assert not WebhookEvent.objects.filter(type="design.exported").exists()
    assert WebhookEvent.objects.filter(type="job.failed").count() == 1


def test_endpoints_of_other_users_or_events_hear_nothing(api, user, other_user, design):
    WebhookEndpointFactory(owner=other_user)
    WebhookEndpointFactory(owner=user, events=["design.created"])

    export(api, design.id, format="svg")

    assert not WebhookDelivery.objects.exists()
