"""Credits: an account per user (balance kept in step), an append-only ledger, reservations."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from radicpro.api.ids import PrefixedIdField


class CreditAccount(models.Model):
    """The user's balance, changed only under select_for_update together with a ledger entry."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="credit_account", primary_key=True)
    balance = models.IntegerField(default=0)
    low_notified = models.BooleanField(default=False,
                                       help_text="credits.low was sent; re-armed above the "
                                       "threshold.")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=models.Q(balance__gte=0),
                                   name="billing_account_balance_non_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id}: {self.balance}"


class LedgerQuerySet(models.QuerySet):
    """The ledger is append-only: bulk updates and deletes are refused."""

    def update(self, **kwargs):
        raise TypeError("The credit ledger is append-only.")

    def delete(self):
        raise TypeError("The credit ledger is append-only.")


class CreditLedgerEntry(models.Model):
    """One change of a balance; never updated or deleted. The balance is the sum of amounts."""

    class Kind(models.TextChoices):
        PURCHASE = "purchase", "Purchase"
        USAGE = "usage", "Usage"
        REFUND = "refund", "Refund"
        GRANT = "grant", "Grant"
        ALLOWANCE = "allowance", "Monthly allowance"

    id = PrefixedIdField(prefix="txn")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="credit_entries")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    amount = models.IntegerField(help_text="Credits added (+) or taken (−).")
    balance_after = models.IntegerField()
    reference = models.CharField(max_length=100, blank=True)
    description = models.CharField(max_length=255, blank=True)
    period = models.DateField(null=True, blank=True,
                              help_text="For allowances: the first day of the month granted.")
    created_at = models.DateTimeField(default=timezone.now)

    objects = LedgerQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "-created_at"], name="billing_ledger_user_created")]
        constraints = [
            models.UniqueConstraint(fields=["user", "period"],
                                    condition=models.Q(kind="allowance"),
                                    name="billing_one_allowance_per_period"),
            models.CheckConstraint(condition=models.Q(balance_after__gte=0),
                                   name="billing_ledger_balance_non_negative"),
        ]
        verbose_name_plural = "credit ledger entries"

    def __str__(self) -> str:
        return f"{self.id} {self.kind} {self.amount:+d}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise TypeError("Credit ledger entries are never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise TypeError("Credit ledger entries are never deleted.")


class CreditReservation(models.Model):
    """Credits taken before work; settled when it succeeds, refunded when it fails."""

    class Status(models.TextChoices):
        HELD = "held", "Held"
        SETTLED = "settled", "Settled"
        REFUNDED = "refunded", "Refunded"

    id = PrefixedIdField(prefix="rsv")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="credit_reservations")
    amount = models.PositiveIntegerField()
    reason = models.CharField(max_length=100)
    reference = models.CharField(max_length=100, blank=True)
    sandbox = models.BooleanField(default=False)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.HELD)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "status"], name="billing_rsv_user_status")]

    def __str__(self) -> str:
        return f"{self.id} {self.amount} ({self.status})"
