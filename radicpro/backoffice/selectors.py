"""Back-office reads: the platform's dashboard figures for a time window, in a few queries."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.db.models import Count, Q, Sum
from django.utils import timezone

from radicpro.billing.models import CreditLedgerEntry
from radicpro.jobs.models import Job

TOP_USERS = 10
RECENT_FAILURES = 10


@dataclass
class Dashboard:
    """What the operators' dashboard shows for the window [since, until)."""

    since: datetime
    until: datetime
    jobs_by_status: dict[str, int] = field(default_factory=dict)
    jobs_by_kind: dict[str, int] = field(default_factory=dict)
    credits_sold: int = 0
    credits_spent: int = 0
    credits_refunded: int = 0
    credits_granted: int = 0
    top_users: list[Mapping[str, Any]] = field(default_factory=list)
    recent_failures: list[Job] = field(default_factory=list)

    @property
    def jobs_total(self) -> int:
        return sum(self.jobs_by_status.values())

    @property
    def jobs_finished(self) -> int:
        return sum(self.jobs_by_status.get(status, 0) for status in Job.FINISHED)

    @property
    def jobs_failed(self) -> int:
        return self.jobs_by_status.get(Job.Status.FAILED, 0)

    @property
    def failure_rate(self) -> float | None:
        """Failed jobs over finished jobs (0–1); None when nothing finished."""
        return self.jobs_failed / self.jobs_finished if self.jobs_finished else None

    @property
    def credits_net_spent(self) -> int:
        """Credits taken for work minus the refunds of work that failed."""
        return self.credits_spent - self.credits_refunded


def dashboard_summary(*, hours: int = 24, now: datetime | None = None) -> Dashboard:
    """Jobs by status and kind, credits sold/spent/refunded/granted, top users and the latest
    failed jobs created in the last `hours` hours. Four queries whatever the volume (the apps'
    dashboard cards add their own: see dashboard.py)."""
    until = now or timezone.now()
    since = until - timedelta(hours=hours)
    summary = Dashboard(since=since, until=until)

    jobs = Job.objects.filter(created_at__gte=since, created_at__lt=until)
    for row in jobs.values("kind", "status").annotate(n=Count("id")).order_by():
        summary.jobs_by_status[row["status"]] = summary.jobs_by_status.get(row["status"], 0) \
            + row["n"]
        summary.jobs_by_kind[row["kind"]] = summary.jobs_by_kind.get(row["kind"], 0) + row["n"]
    summary.jobs_by_status = {status: summary.jobs_by_status.get(status, 0)
                              for status in Job.Status.values}

    ledger = CreditLedgerEntry.objects.filter(created_at__gte=since, created_at__lt=until)
    sums = dict(ledger.values_list("kind").annotate(total=Sum("amount")).order_by())
    summary.credits_sold = sums.get(CreditLedgerEntry.Kind.PURCHASE) or 0
    summary.credits_spent = -(sums.get(CreditLedgerEntry.Kind.USAGE) or 0)
    summary.credits_refunded = sums.get(CreditLedgerEntry.Kind.REFUND) or 0
    summary.credits_granted = sums.get(CreditLedgerEntry.Kind.GRANT) or 0

    summary.top_users = list(
        jobs.values("owner_id", "owner__email")
        .annotate(jobs=Count("id"),
                  failed=Count("id", filter=Q(status=Job.Status.FAILED)),
                  credits_used=Sum("credits_used"))
        .order_by("-credits_used", "-jobs", "owner__email")[:TOP_USERS])

    summary.recent_failures = list(
        jobs.filter(status=Job.Status.FAILED).select_related("owner")
        .order_by("-completed_at", "-created_at")[:RECENT_FAILURES])
    return summary
