"""factory_boy factories for webhook endpoints."""

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
