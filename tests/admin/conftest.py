"""Back-office fixtures: a staff member, and a small world made through the apps' services."""

from dataclasses import dataclass

import pytest
from django.test import Client

from assets.services import asset_create_from_bytes
from brands.services import brand_create
from campaigns.services import campaign_create
from designs.services import design_create
from exports.services import ExportSpec, export_request
from exports.tasks import run_export_job
from radicpro.accounts.services import api_key_create
from radicpro.api.errors import ApiError, ErrorCode
from radicpro.billing.services import account_open
from radicpro.jobs.models import Job
from radicpro.jobs.services import job_fail
from radicpro.webhooks.models import WebhookDelivery
from radicpro.webhooks.services import webhook_create
from tests.assets.files import png_bytes
from tests.factories import UserFactory
from tests.webhooks.conftest import receiver  # noqa: F401 (a fixture used by these tests)

DOCUMENT_LAYERS = [
    {"id": "layer_bg", "type": "shape", "shape": "rect", "position": {"x": 0, "y": 0},
     "size": {"width": 1080, "height": 1080}, "fill": {"type": "color", "color": "#050816"}},
    {"id": "layer_headline", "type": "text", "text": "Diwali Mega Sale", "name": "Headline",
     "position": {"x": 80, "y": 120}, "size": {"width": 920, "height": 200},
     "style": {"fontFamily": "Inter", "fontWeight": 800, "fontSize": 96, "color": "#FFCC00",
               "align": "center"}},
]


@pytest.fixture
def staff(db):
    return UserFactory(email="ops@radic.example", is_staff=True, is_superuser=True)


@pytest.fixture
def staff_client(staff) -> Client:
    client = Client()
    client.force_login(staff)
    return client


@dataclass
class World:
    """What the back-office tests look at, all made through the owning apps' services."""

    customer: object
    brand: object
    campaign: object
    design: object
    export_job: Job
    failed_job: Job
    api_key: object
    delivery: WebhookDelivery

    def refresh(self) -> None:
        """Reads back what the on-commit work (thumbnail, deliveries) changed."""
        for obj in (self.design, self.export_job, self.failed_job, self.delivery):
            obj.refresh_from_db()


def document() -> dict:
    return {"schemaVersion": "1.4",
            "canvas": {"width": 1080, "height": 1080,
                       "background": {"type": "color", "color": "#FFFFFF"}},
            "layers": [dict(layer) for layer in DOCUMENT_LAYERS]}


def make_world(receiver_url: str, *, email: str = "maya@shop.example") -> World:
    """A customer with a brand (logo), a campaign, a design (thumbnail), a completed export, a
    failed export job, an API key and a webhook delivery that got a 500. Call it where
    on-commit callbacks run (a transactional test, or inside
    django_capture_on_commit_callbacks(execute=True))."""
    customer = UserFactory(email=email, full_name="Maya Shah")
    account_open(user=customer)
    logo = asset_create_from_bytes(owner=customer, data=png_bytes(64, 32, (255, 77, 0)),
                                   type="logo", filename="logo.png", mime_type="image/png")
    brand = brand_create(owner=customer, name="Shah Sweets",
                         colors={"primary": "#FFCC00", "secondary": "#050816",
                                 "accent": "#FF4D00", "text": "#FFFFFF"},
                         logo_asset_id=logo.id)
    campaign = campaign_create(owner=customer, name="Diwali 2026", brand=brand)
    endpoint = webhook_create(owner=customer, url=receiver_url,
                              events=["design.created", "job.failed"])
    design = design_create(owner=customer, title="Diwali Mega Sale", format="instagram_post",
                           brand=brand, campaign=campaign, design_json=document())
    export_job = export_request(owner=customer, design_id=design.id,
                                specs=[ExportSpec(format="png")])
    run_export_job.delay(export_job.id)
    failed_job = export_request(owner=customer, design_id=design.id,
                                specs=[ExportSpec(format="jpg", quality=80)])
    job_fail(job_id=failed_job.id, error=ApiError(
        ErrorCode.EXPORT_FAILED, "The renderer ran out of memory.",
        details={"stage": "rasterise", "exception": "MemoryError"}),
        traceback_summary='File "rendering/api.py", line 88, in render\nMemoryError')
    key, _secret = api_key_create(user=customer, name="Shop integration")
    delivery = WebhookDelivery.objects.filter(endpoint=endpoint,
                                              event__type="design.created").first()
    return World(customer=customer, brand=brand, campaign=campaign, design=design,
                 export_job=export_job, failed_job=failed_job, api_key=key, delivery=delivery)


@pytest.fixture
def failing_receiver(receiver, settings):  # noqa: F811 (the fixture imported above)
    """The local webhook receiver; every delivery gets one attempt (no retry storm)."""
    settings.RADICPRO_WEBHOOK_MAX_ATTEMPTS = 1
    return receiver


@pytest.fixture
def world(db, failing_receiver, django_capture_on_commit_callbacks) -> World:
    for _ in range(4):  # the first deliveries (design.created, job.*) fail with a 500
        failing_receiver.answer(500, body=b"receiver down")
    with django_capture_on_commit_callbacks(execute=True):
        made = make_world(failing_receiver.url)
    made.refresh()
    return made
