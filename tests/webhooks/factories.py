"""factory_boy factories for webhook endpoints, and the values of a design.created event."""

from datetime import UTC, datetime

import factory

from radicpro.webhooks.models import WebhookEndpoint
from radicpro.webhooks.signing import secret_generate
from tests.factories import UserFactory


class WebhookEndpointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WebhookEndpoint

    owner = factory.SubFactory(UserFactory)
    url = factory.Sequence(lambda n: f"https://hooks.example.com/radic/{n}")
    events = factory.LazyFunction(lambda: ["design.created"])
    secret = factory.LazyFunction(secret_generate)
    description = ""


def design_created(**overrides) -> dict:
    """Keyword values of a design.created event (for `event_emit(event=DESIGN_CREATED, ...)`)."""
    return {"design_id": "design_1", "title": "Diwali Mega Sale", "format": "instagram_post",
            "campaign_id": None, "brand_kit_id": None,
            "created_at": datetime(2025, 11, 26, 10, 0, tzinfo=UTC), **overrides}
