"""The operators' cards: queue depth and the oldest queued job, heartbeats, AI provider calls
and spend, failing webhook endpoints."""

import re
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import timezone

from aiengine.providers.metering import Metered
from radicpro.heartbeats import beat
from radicpro.jobs.models import Job
from radicpro.jobs.services import job_create
from radicpro.webhooks.models import WebhookEndpoint
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def card(html: str, name: str) -> tuple[str, bool, str]:
    """(value, shown in red, label) of the dashboard card `name`."""
    match = re.search(rf'id="card-{name}"><div class="rp-value( rp-bad)?">(.*?)</div>'
                      rf'\s*<div class="rp-label">(.*?)</div>', html, re.S)
    assert match, f"no card {name}"
    return match.group(2).strip(), bool(match.group(1)), match.group(3).strip()


def panel(html: str, name: str) -> str:
    start = html.index(f'id="{name}"')
    return html[start:html.index("</table>", start)]


def dashboard(client) -> str:
    return client.get(reverse("admin:dashboard")).content.decode()


def test_queue_depth_by_kind_and_the_oldest_queued_job(staff_client, settings):
    settings.RADICPRO_QUEUE_AGE_ALARM_SECONDS = 600
    owner = UserFactory()
    for _ in range(3):
        job_create(owner=owner, kind="export", input={})
    old = job_create(owner=owner, kind="generation", input={})
    Job.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(minutes=7))
    started = job_create(owner=owner, kind="export", input={})
    Job.objects.filter(pk=started.pk).update(status=Job.Status.PROCESSING)
    html = dashboard(staff_client)
    assert card(html, "queued")[0] == "4"
    assert card(html, "oldest-queued") == ("7 min", False, "oldest queued job (generation)")
    rows = panel(html, "queue-depth")
    assert re.search(r"kind=export\">exports queue: export · \d+ s</a></th><td>3</td>", rows)
    assert "generation queue: generation · 7 min</a></th><td>1</td>" in rows
    Job.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(minutes=12))
    assert card(dashboard(staff_client), "oldest-queued")[:2] == ("12 min", True)


def test_an_empty_queue(staff_client):
    html = dashboard(staff_client)
    assert card(html, "queued")[0] == "0"
    assert card(html, "oldest-queued")[:2] == ("—", False)
    assert "No job is waiting." in panel(html, "queue-depth")


def test_heartbeats_of_the_worker_and_the_scheduler(staff_client):
    html = dashboard(staff_client)
    assert card(html, "worker-heartbeat") == ("never", True, "worker heartbeat (down)")
    assert card(html, "scheduler-heartbeat") == ("never", True, "scheduler heartbeat (down)")
    beat("worker")
    html = dashboard(staff_client)
    value, red, label = card(html, "worker-heartbeat")
    assert re.fullmatch(r"\d s ago", value) and not red and label == "worker heartbeat (alive)"
    assert card(html, "scheduler-heartbeat")[1] is True


class _Provider:
    def __init__(self, cost: float, fail: bool = False):
        self.cost, self.fail = cost, fail

    def generate(self, request):
        if self.fail:
            raise TimeoutError("provider timed out")
        return SimpleNamespace(cost_usd=self.cost, model="test-model-1")


def test_provider_calls_and_spend(staff_client):
    for cost in (0.04, 0.04, 0.0125):
        Metered(_Provider(cost), capability="image", name="flux-1.1-pro").generate({})
    Metered(_Provider(0.0), capability="layout", name="local").generate({})
    with pytest.raises(TimeoutError):
        Metered(_Provider(0.0, fail=True), capability="image", name="flux-1.1-pro").generate({})
    html = dashboard(staff_client)
    assert card(html, "provider-calls") == ("5", True, "AI provider calls (1 failed)")
    assert card(html, "provider-spend")[0] == "$0.09"
    rows = panel(html, "provider-usage")
    assert "image · flux-1.1-pro · $0.0925 · 1 failed</th><td>4</td>" in rows
    assert "layout · local · $0.0000</th><td>1</td>" in rows
    # Outside the window (older than a day) they no longer count in the 24 h view.
    from aiengine.models import ProviderCall

    ProviderCall.objects.update(created_at=timezone.now() - timedelta(days=2))
    assert card(dashboard(staff_client), "provider-calls")[0] == "0"
    assert card(staff_client.get(reverse("admin:dashboard") + "?hours=168").content.decode(),
                "provider-calls")[0] == "5"


def test_failing_webhook_endpoints(staff_client):
    owner = UserFactory(email="maya@shop.example")
    WebhookEndpoint.objects.create(owner=owner, url="https://ok.example/hook", secret="s")
    WebhookEndpoint.objects.create(owner=owner, url="https://flaky.example/hook", secret="s",
                                   failure_count=3)
    WebhookEndpoint.objects.create(owner=owner, url="https://gone.example/hook", secret="s",
                                   failure_count=20, is_active=False,
                                   disabled_reason="20 deliveries failed in a row")
    html = dashboard(staff_client)
    assert card(html, "failing-webhooks") == ("2", True, "failing webhook endpoints")
    rows = panel(html, "failing-webhook-endpoints")
    assert rows.index("gone.example") < rows.index("flaky.example")
    assert "https://gone.example/hook · maya@shop.example · disabled</a></th><td>20</td>" in rows
    assert "ok.example" not in rows
    WebhookEndpoint.objects.update(failure_count=0, is_active=True, disabled_reason="")
    html = dashboard(staff_client)
    assert card(html, "failing-webhooks")[:2] == ("0", False)
    assert "Every endpoint is delivering." in panel(html, "failing-webhook-endpoints")
