"""The dashboard: jobs by status, failure rate, exports, generations, credits, top users."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from radicpro.api.errors import ApiError, ErrorCode
from radicpro.backoffice.dashboard import Card, Panel, PanelRow
from radicpro.backoffice.selectors import dashboard_summary
from radicpro.billing.services import credits_grant, credits_purchase
from radicpro.jobs.models import Job
from radicpro.jobs.services import job_complete, job_create, job_fail, job_start
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def card(html: str, name: str) -> str:
    match = re.search(rf'id="card-{name}"><div class="rp-value[^"]*">(.*?)</div>', html, re.S)
    return match.group(1).strip()


def run(owner, kind: str, *, fail: bool = False, credits: int = 0) -> Job:
    job = job_create(owner=owner, kind=kind, input={}, credits_reserved=credits)
    job_start(job_id=job.id)
    if fail:
        job_fail(job_id=job.id, error=ApiError(ErrorCode.GENERATION_FAILED, "Provider down."))
    else:
        job_complete(job_id=job.id, result={})
    return job


@pytest.fixture
def activity(db):
    """Two customers' last day: 4 generations (1 failed), 1 smart image, credits bought."""
    busy, quiet = UserFactory(email="busy@shop.example"), UserFactory(email="quiet@shop.example")
    for _ in range(3):
        run(busy, "generation", credits=2)
    run(busy, "generation", credits=2, fail=True)
    run(quiet, "smart_image", credits=4)
    credits_purchase(user=quiet, amount=50, payment_method="tok_test_visa")
    credits_grant(user=quiet, amount=7, description="Support")
    old = run(quiet, "generation")
    Job.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=2))
    return busy, quiet


def test_summary_counts_the_last_24_hours(activity):
    summary = dashboard_summary()
    assert summary.jobs_by_status == {"queued": 0, "processing": 0, "completed": 4, "failed": 1}
    assert summary.failure_rate == pytest.approx(0.2)
    assert summary.jobs_by_kind == {"generation": 4, "smart_image": 1}
    assert summary.credits_sold == 50 and summary.credits_granted == 7
    assert (summary.credits_spent, summary.credits_refunded) == (12, 2)
    assert summary.credits_net_spent == 10
    top = summary.top_users[0]
    assert (top["owner__email"], top["jobs"], top["failed"], top["credits_used"]) == \
        ("busy@shop.example", 4, 1, 6)


def test_dashboard_page_shows_the_figures(staff_client, activity):
    html = staff_client.get(reverse("admin:dashboard")).content.decode()
    assert card(html, "jobs") == "5"
    assert card(html, "failure-rate") == "20%"
    assert card(html, "generations") == "4"  # the aiengine app's card
    assert "generations (1 smart images)" in html
    assert card(html, "exports") == "0"  # the exports app's card and panel
    assert 'id="exports-by-status"' in html
    assert card(html, "credits-sold") == "50"
    assert card(html, "credits-spent") == "10"
    assert html.index("busy@shop.example") < html.index("quiet@shop.example")
    assert "Provider down." in html


def test_a_longer_window_includes_older_jobs(staff_client, activity):
    html = staff_client.get(reverse("admin:dashboard"), {"hours": 24 * 7}).content.decode()
    assert card(html, "jobs") == "6"


def test_an_empty_day_has_no_failure_rate(staff_client):
    html = staff_client.get(reverse("admin:dashboard")).content.decode()
    assert card(html, "failure-rate") == "—"
    assert "Nobody ran a job in this window." in html


def test_dashboard_queries_do_not_grow_with_activity(staff_client, activity,
                                                     django_assert_max_num_queries):
    staff_client.get(reverse("admin:dashboard"))  # warm the session
    # the summary's 4, the apps' cards (exports, queues, webhooks, providers) and the session
    with django_assert_max_num_queries(12) as counted:
        staff_client.get(reverse("admin:dashboard"))
    before = len(counted.captured_queries)
    for _ in range(5):
        run(UserFactory(), "generation", fail=True)
    with django_assert_max_num_queries(before) as counted_again:
        staff_client.get(reverse("admin:dashboard"))
    assert len(counted_again.captured_queries) == before


def test_an_app_adds_its_cards_and_panels_to_the_dashboard(staff_client, activity,
                                                         dashboard_cards):
    def failures_by_kind(*, summary):
        failed = {job.kind for job in summary.recent_failures}
        return [Card(id="failed-kinds", value=len(failed), label="kinds failing", alarming=True),
                Panel(id="failing-kinds", caption="Failing kinds",
                      rows=[PanelRow(label=kind, count=1) for kind in sorted(failed)])]

    dashboard_cards("failing", failures_by_kind)
    html = staff_client.get(reverse("admin:dashboard")).content.decode()
    assert re.search(r'id="card-failed-kinds"><div class="rp-value rp-bad">1</div>', html)
    panel = html[html.index('id="failing-kinds"'):]
    assert "<caption>Failing kinds</caption>" in panel
    assert '<th scope="row">generation</th><td>1</td>' in panel
    # The app's cards come after those registered before it (the apps' own).
    assert html.index('id="card-exports"') < html.index('id="card-failed-kinds"')

