"""The dashboard's operator cards in a real headless Chromium, with a screenshot
(test-artifacts/admin/dashboard-operations.png)."""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.utils import timezone

from aiengine.providers.metering import Metered
from radicpro.heartbeats import beat
from radicpro.jobs.models import Job
from radicpro.jobs.services import job_create
from radicpro.webhooks.models import WebhookEndpoint
from tests.factories import DEFAULT_PASSWORD, UserFactory

from .test_browser import Operator, browser  # noqa: F401 (the module's Chromium fixture)

pytestmark = pytest.mark.browser


class _Images:
    def generate(self, request):
        return SimpleNamespace(cost_usd=0.04, model="flux-pro-1.1")


def test_the_operator_cards_in_a_browser(browser, live_server, transactional_db):  # noqa: F811
    UserFactory(email="ops@radic.example", is_staff=True, is_superuser=True)
    customer = UserFactory(email="maya@shop.example")
    for kind in ("export", "export", "generation"):
        job_create(owner=customer, kind=kind, input={})
    Job.objects.filter(kind="generation").update(created_at=timezone.now() - timedelta(minutes=9))
    for _ in range(3):
        Metered(_Images(), capability="image", name="flux-1.1-pro").generate({})
    WebhookEndpoint.objects.create(owner=customer, url="https://hooks.shop.example/radic",
                                   secret="s", failure_count=4)
    beat("worker")  # the scheduler never beat: its card is red

    browser.delete_all_cookies()
    operator = Operator(browser, live_server.url)
    operator.open("/admin/dashboard/")
    operator.log_in("ops@radic.example", DEFAULT_PASSWORD)
    assert operator.text("#card-queued .rp-value") == "3"
    oldest = operator.find("#card-oldest-queued .rp-value")
    assert oldest.text == "9 min" and "rp-bad" in oldest.get_attribute("class")
    assert "generation" in operator.text("#card-oldest-queued .rp-label")
    assert "alive" in operator.text("#card-worker-heartbeat .rp-label")
    scheduler = operator.find("#card-scheduler-heartbeat .rp-value")
    assert scheduler.text == "never" and "rp-bad" in scheduler.get_attribute("class")
    assert operator.text("#card-provider-calls .rp-value") == "3"
    assert operator.text("#card-provider-spend .rp-value") == "$0.12"
    assert operator.text("#card-failing-webhooks .rp-value") == "1"
    assert "hooks.shop.example" in operator.text("#failing-webhook-endpoints")
    assert "export" in operator.text("#queue-depth")
    # A red card is red on screen, not only in the markup.
    colour = browser.execute_script(
        "return getComputedStyle(document.querySelector('#card-scheduler-heartbeat .rp-value'))"
        ".color;")
    assert colour == "rgb(207, 34, 46)"
    path = operator.shot("dashboard-operations")
    assert path.stat().st_size > 10_000
