"""Factories and helpers for billing tests."""

from radicpro.billing import services
from radicpro.billing.models import CreditAccount


def fund(user, balance: int) -> CreditAccount:
    """Opens the user's account and brings its balance to exactly `balance` through the ledger."""
    account = services.account_open(user=user)
    if account.balance > balance:
        reservation = services.credits_reserve(user=user, amount=account.balance - balance,
                                               reason="setup")
        services.credits_settle(reservation=reservation)
    elif account.balance < balance:
        services.credits_grant(user=user, amount=balance - account.balance, description="setup")
    account.refresh_from_db()
    return account
