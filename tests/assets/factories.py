"""factory_boy factories for assets: real PNG files in the test storage."""

import hashlib

import factory

from assets.models import Asset
from tests.assets.files import png_bytes
from tests.factories import UserFactory

PNG = png_bytes(8, 6)


class AssetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Asset

    owner = factory.SubFactory(UserFactory)
    type = Asset.Type.PRODUCT
    filename = factory.Sequence(lambda n: f"product-{n}.png")
    mime_type = "image/png"
    size_bytes = len(PNG)
    width = 8
    height = 6
    sha256 = hashlib.sha256(PNG).hexdigest()
    file = factory.django.FileField(data=PNG, filename="product.png")
