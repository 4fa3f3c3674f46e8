"""factory_boy factories for campaigns (and the brand kits they point at)."""

import factory

from brands.models import BrandKit
from campaigns.models import Campaign
from tests.factories import UserFactory


class BrandKitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BrandKit

    owner = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Brand {n}")
    colors = factory.LazyFunction(lambda: {"primary": "#FFCC00", "secondary": "#050816",
                                           "accent": "#FF4D00", "text": "#FFFFFF"})
    fonts = factory.LazyFunction(lambda: {"primary": {"family": "Inter",
                                                      "weights": [400, 700, 800]},
                                          "secondary": {"family": "DM Sans",
                                                        "weights": [400, 500]}})


class CampaignFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Campaign

    owner = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Campaign {n}")
    description = "Seasonal promotion"
