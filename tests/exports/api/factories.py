"""factory_boy factories and small design documents for the export API tests."""

import io

import factory
from django.utils import timezone
from PIL import Image

from assets.services import asset_create_from_bytes
from exports.models import Export
from radicpro.webhooks.models import WebhookEndpoint
from tests.designs import factories as designs_factories
from tests.factories import UserFactory


def png_bytes(width: int = 2, height: int = 2) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "#FF0000").save(out, format="PNG")
    return out.getvalue()


PNG_SMALL = png_bytes()


def document(*, width: int = 160, height: int = 100, layers: list | None = None) -> dict:
    """A small 1.4 document: a coloured background, a rectangle and a line of text."""
    if layers is None:
        layers = [
            {"id": "bg", "type": "shape", "shape": "rect", "position": {"x": 0, "y": 0},
             "size": {"width": width, "height": height},
             "fill": {"type": "color", "color": "#123456"}},
            {"id": "title", "type": "text", "text": "Sale", "position": {"x": 10, "y": 10},
             "size": {"width": width - 20, "height": 40},
             "style": {"fontFamily": "Inter", "fontWeight": 700, "fontSize": 28,
                       "color": "#FFCC00", "align": "center"}},
        ]
    return {"schemaVersion": "1.4", "meta": {"title": "Export test"},
            "canvas": {"width": width, "height": height,
                       "background": {"type": "color", "color": "#FFFFFF"}},
            "layers": layers}


class DesignFactory(designs_factories.DesignFactory):
    """A design whose document is `document()` (override design_json to change it)."""

    title = factory.Sequence(lambda n: f"Export design {n}")
    design_json = factory.LazyFunction(document)


class ExportFactory(factory.django.DjangoModelFactory):
    """A completed PNG export with a stored file."""

    class Meta:
        model = Export

    owner = factory.SubFactory(UserFactory)
    design = factory.SubFactory(DesignFactory, owner=factory.SelfAttribute("..owner"))
    design_version = 1
    format = "png"
    resolution = "1x"
    status = Export.Status.COMPLETED
    asset = factory.LazyAttribute(lambda export: asset_create_from_bytes(
        owner=export.owner, data=PNG_SMALL, type="export", filename="export.png",
        mime_type="image/png"))
    size_bytes = len(PNG_SMALL)
    width = 2
    height = 2
    completed_at = factory.LazyFunction(timezone.now)


class WebhookEndpointFactory(factory.django.DjangoModelFactory):
    """An active endpoint subscribed to design.exported."""

    class Meta:
        model = WebhookEndpoint

    owner = factory.SubFactory(UserFactory)
    url = factory.Sequence(lambda n: f"https://hooks.example.com/exports/{n}")
    events = factory.LazyFunction(lambda: ["design.exported"])
    secret = "whsec_exports_test_secret_0123456789"
