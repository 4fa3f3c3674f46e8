"""The payment-provider interface and the built-in test provider (tok_test_* tokens)."""

import hashlib
from dataclasses import dataclass
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string


class PaymentDeclined(Exception):
    """The provider declined the payment method (a card the bank refused)."""


class PaymentRefused(Exception):
    """The payment method is not one this provider accepts at all."""


@dataclass(frozen=True)
class Charge:
    id: str
    amount_cents: int
    currency: str


class PaymentProvider(Protocol):
    """Charges a tokenised payment method; raises PaymentDeclined or PaymentRefused."""

    def charge(self, *, amount_cents: int, currency: str, token: str,
               description: str) -> Charge: ...

    def refund(self, *, charge_id: str) -> None: ...


class TestPaymentProvider:
    """No money moves: `tok_test_declined` is declined, other `tok_test_*` succeed."""

    __test__ = False  # not a pytest test class
    DECLINED = "tok_test_declined"

    def charge(self, *, amount_cents: int, currency: str, token: str,
               description: str) -> Charge:
        if token == self.DECLINED:
            raise PaymentDeclined("the card was declined (test token tok_test_declined)")
        if not token.startswith("tok_test_") or len(token) <= len("tok_test_"):
            raise PaymentRefused("paymentMethod must be a payment token; in test mode use "
                                 "tok_test_<anything> (tok_test_declined is declined).")
        digest = hashlib.sha256(f"{token}:{amount_cents}:{description}".encode()).hexdigest()
        return Charge(id=f"ch_test_{digest[:24]}", amount_cents=amount_cents, currency=currency)

    def refund(self, *, charge_id: str) -> None:
        return None


class PaymentsUnavailable(Exception):
    """No real payment provider is configured where one is needed."""


def payment_provider() -> PaymentProvider:
    """The provider named by RADICPRO_PAYMENT_PROVIDER (the test provider by default).

    In production the test provider is refused: it would hand out credits for free.
    """
    provider = import_string(settings.RADICPRO_PAYMENT_PROVIDER)
    if settings.IS_PRODUCTION and provider is TestPaymentProvider:
        raise PaymentsUnavailable("Credit purchases are not configured on this server.")
    return provider()


def format_cents(cents: int) -> str:
    return f"${cents // 100:,}.{cents % 100:02d}"
