"""factory_boy factories for brand kits."""

import factory

from brands.models import BrandKit
from tests.factories import UserFactory

COLORS = {"primary": "#FFCC00", "secondary": "#050816", "accent": "#FF4D00", "text": "#FFFFFF"}
FONTS = {"primary": {"family": "Inter", "weights": [400, 700, 800]},
         "secondary": {"family": "DM Sans", "weights": [400, 500]}}


class BrandKitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BrandKit

    owner = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Brand {n}")
    colors = factory.LazyFunction(lambda: dict(COLORS))
    fonts = factory.LazyFunction(lambda: {role: dict(font) for role, font in FONTS.items()})
    is_default = False
