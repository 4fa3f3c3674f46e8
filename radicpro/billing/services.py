"""Credit writes: open an account, reserve/settle/refund, purchase, grants and allowances."""

import logging
from datetime import date

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from radicpro.api.errors import ApiError, ErrorCode
from radicpro.webhooks.events import CREDITS_LOW, EventType

from .models import CreditAccount, CreditLedgerEntry, CreditReservation
from .payments import (
    PaymentDeclined,
    PaymentRefused,
    PaymentsUnavailable,
    format_cents,
    payment_provider,
)

logger = logging.getLogger(__name__)

MAX_PURCHASE = 1_000_000


def _emit(*, user, event: EventType, **values) -> None:
    from radicpro.webhooks.services import event_emit

    event_emit(user=user, event=event, **values)


def current_period(today: date | None = None) -> date:
    """The first day of the calendar month (UTC) an allowance belongs to."""
    today = today or timezone.now().date()
    return today.replace(day=1)


def monthly_allowance_of(user) -> int:
    return int(settings.RADICPRO_PLANS.get(user.plan, {}).get("monthly_credits") or 0)


def _locked_account(user) -> CreditAccount:
    """The user's account under select_for_update, opened (with its allowance) if missing."""
    account = CreditAccount.objects.select_for_update().filter(user=user).first()
    if account is None:
        account_open(user=user)
        account = CreditAccount.objects.select_for_update().get(user=user)
    return account


def _ensure_account(user) -> tuple[CreditAccount, bool]:
    """The user's account under select_for_update, created empty if missing; (account, new)."""
    account = CreditAccount.objects.select_for_update().filter(user=user).first()
    if account is not None:
        return account, False
    try:
        with transaction.atomic():
            CreditAccount.objects.create(user=user)
        created = True
    except IntegrityError:  # opened concurrently: use that one
        created = False
    return CreditAccount.objects.select_for_update().get(user=user), created


def _append(account: CreditAccount, *, kind: str, amount: int, reference: str = "",
            description: str = "", period: date | None = None) -> CreditLedgerEntry:
    """Adds a ledger entry and moves the (locked) account's balance in step with it."""
    before = account.balance
    after = before + amount
    if after < 0:
        raise ApiError(ErrorCode.INSUFFICIENT_CREDITS,
                       details={"required": -amount, "available": before})
    entry = CreditLedgerEntry.objects.create(
        user_id=account.user_id, kind=kind, amount=amount, balance_after=after,
        reference=reference[:100], description=description[:255], period=period)
    account.balance = after
    _update_low_flag(account, before)
    account.save(update_fields=["balance", "low_notified", "updated_at"])
    return entry


def _update_low_flag(account: CreditAccount, before: int) -> None:
    """credits.low once when the balance drops below the threshold; re-armed above it."""
    threshold = settings.RADICPRO_CREDITS_LOW_THRESHOLD
    if account.balance >= threshold:
        account.low_notified = False
    elif not account.low_notified and account.balance < before:
        account.low_notified = True
        _emit(user=account.user, event=CREDITS_LOW, balance=account.balance, threshold=threshold)


@transaction.atomic
def account_open(*, user) -> CreditAccount:
    """The user's credit account; a new one starts with this month's plan allowance."""
    account = CreditAccount.objects.filter(user=user).first()
    if account is not None:
        return account
    account, created = _ensure_account(user)
    if created:
        _grant_allowance(account, user, current_period())
    return account


@transaction.atomic
def credits_grant_allowance(*, user, period: date | None = None) -> CreditLedgerEntry | None:
    """The plan's monthly allowance for `period`, at most once per user and month."""
    account, _ = _ensure_account(user)
    return _grant_allowance(account, user, current_period(period))


def _grant_allowance(account: CreditAccount, user, period: date) -> CreditLedgerEntry | None:
    amount = monthly_allowance_of(user)
    if amount <= 0 or CreditLedgerEntry.objects.filter(
            user=user, kind=CreditLedgerEntry.Kind.ALLOWANCE, period=period).exists():
        return None
    try:
        with transaction.atomic():
            return _append(account, kind=CreditLedgerEntry.Kind.ALLOWANCE, amount=amount,
                           reference=f"allowance:{period:%Y-%m}",
                           description=f"{user.plan.title()} plan allowance for {period:%B %Y}",
                           period=period)
    except IntegrityError:  # granted by a concurrent run
        account.refresh_from_db()
        return None


@transaction.atomic
def credits_grant(*, user, amount: int, description: str, reference: str = "") \
        -> CreditLedgerEntry:
    """Credits given by staff or a promotion."""
    if amount <= 0:
        raise ApiError(ErrorCode.VALIDATION_ERROR, "A grant must be positive.",
                       details={"amount": ["Must be at least 1."]})
    return _append(_locked_account(user), kind=CreditLedgerEntry.Kind.GRANT, amount=amount,
                   reference=reference, description=description)


@transaction.atomic
def credits_reserve(*, user, amount: int, reason: str, reference: str = "",
                    sandbox: bool = False) -> CreditReservation:
    """Takes `amount` credits now, before the work (402 INSUFFICIENT_CREDITS if short).

    Sandbox requests (rp_test_ keys) are never charged: the reservation holds 0 credits.
    """
    if amount < 0:
        raise ValueError("A reservation cannot be negative.")
    if sandbox or amount == 0:
        return CreditReservation.objects.create(user=user, amount=0, reason=reason[:100],
                                                reference=reference[:100], sandbox=sandbox)
    account = _locked_account(user)
    if account.balance < amount:
        raise ApiError(
            ErrorCode.INSUFFICIENT_CREDITS,
            f"This request needs {amount} credits; your balance is {account.balance}.",
            details={"required": amount, "available": account.balance})
    reservation = CreditReservation.objects.create(user=user, amount=amount, reason=reason[:100],
                                                   reference=reference[:100])
    _append(account, kind=CreditLedgerEntry.Kind.USAGE, amount=-amount,
            reference=reference or reservation.id, description=reason)
    return reservation


def _locked_reservation(reservation) -> CreditReservation:
    reservation_id = reservation if isinstance(reservation, str) else reservation.pk
    return CreditReservation.objects.select_for_update().get(pk=reservation_id)


@transaction.atomic
def credits_settle(*, reservation) -> CreditReservation:
    """The work succeeded: the reserved credits stay spent. Idempotent."""
    held = _locked_reservation(reservation)
    if held.status == CreditReservation.Status.HELD:
        held.status = CreditReservation.Status.SETTLED
        held.resolved_at = timezone.now()
        held.save(update_fields=["status", "resolved_at"])
    return held


@transaction.atomic
def credits_refund(*, reservation, reason: str) -> CreditReservation:
    """The work failed: the reserved credits come back (a refund entry). Idempotent."""
    held = _locked_reservation(reservation)
    if held.status != CreditReservation.Status.HELD:
        return held
    if held.amount > 0:
        account = _locked_account(held.user)
        _append(account, kind=CreditLedgerEntry.Kind.REFUND, amount=held.amount,
                reference=held.reference or held.id, description=reason)
    held.status = CreditReservation.Status.REFUNDED
    held.resolved_at = timezone.now()
    held.save(update_fields=["status", "resolved_at"])
    return held


def credits_purchase(*, user, amount: int, payment_method: str, sandbox: bool = False) -> dict:
    """Charges the payment method and adds the credits.

    Returns {"transaction_id", "credits_added", "new_balance", "cost"}. Sandbox (rp_test_)
    keys cannot buy: their credits would be real ones.
    """
    if sandbox:
        raise ApiError(ErrorCode.FORBIDDEN, "Sandbox (rp_test_) keys cannot buy credits; use a "
                       "live key or a signed-in session.")
    if not 1 <= amount <= MAX_PURCHASE:
        raise ApiError(ErrorCode.VALIDATION_ERROR, f"amount must be from 1 to {MAX_PURCHASE}.",
                       details={"amount": [f"Must be from 1 to {MAX_PURCHASE}."]})
    cents = amount * settings.RADICPRO_CREDIT_PRICE_CENTS
    try:
        provider = payment_provider()
    except PaymentsUnavailable as exc:
        raise ApiError(ErrorCode.SERVICE_UNAVAILABLE, str(exc), retryable=False) from exc
    try:
        charge = provider.charge(amount_cents=cents, currency="usd", token=payment_method,
                                 description=f"{amount} Radic Pro credits")
    except PaymentDeclined as exc:
        raise ApiError(ErrorCode.VALIDATION_ERROR,
                       f"The payment was declined: {exc}. No credits were added.",
                       details={"paymentMethod": [f"Declined: {exc}."]}) from exc
    except PaymentRefused as exc:
        raise ApiError(ErrorCode.VALIDATION_ERROR, str(exc),
                       details={"paymentMethod": [str(exc)]}) from exc
    try:
        with transaction.atomic():
            entry = _append(_locked_account(user), kind=CreditLedgerEntry.Kind.PURCHASE,
                            amount=amount, reference=charge.id,
                            description=f"Purchased {amount} credits ({format_cents(cents)})")
    except Exception:
        logger.exception("Crediting a paid charge %s failed; refunding it", charge.id)
        provider.refund(charge_id=charge.id)
        raise
    return {"transaction_id": entry.id, "credits_added": amount,
            "new_balance": entry.balance_after, "cost": format_cents(cents)}
