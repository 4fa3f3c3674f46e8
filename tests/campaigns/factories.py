"""factory_boy factories for campaigns."""

import factory

from campaigns.models import Campaign
from tests.factories import UserFactory


class CampaignFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Campaign

    owner = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Campaign {n}")
    description = "Seasonal promotion"
