"""The ledger: balance in step with it, reservations, refunds, sandbox, credits.low, allowances."""

from datetime import date

import pytest

from radicpro.api.errors import ApiError, ErrorCode
from radicpro.billing import services
from radicpro.billing.costs import COSTS, cost_of
from radicpro.billing.models import CreditAccount, CreditLedgerEntry, CreditReservation
from radicpro.billing.selectors import credit_balance, ledger_sum
from radicpro.billing.tasks import grant_monthly_allowances
from tests.factories import UserFactory

from .factories import fund

pytestmark = pytest.mark.django_db


def test_sign_up_opens_an_account_with_the_free_allowance(anon_client):
    response = anon_client.post("/v1/auth/signup", {"email": "new@example.com",
                                                    "password": "a-long-passphrase-1"},
                                format="json")
    assert response.status_code == 201
    user_id = response.json()["data"]["user"]["id"]
    account = CreditAccount.objects.get(user_id=user_id)
    assert account.balance == 100
    (entry,) = CreditLedgerEntry.objects.filter(user_id=user_id)
    assert (entry.kind, entry.amount, entry.balance_after) == ("allowance", 100, 100)


def test_an_older_user_gets_an_account_and_allowance_lazily(user):
    assert not CreditAccount.objects.filter(user=user).exists()
    assert credit_balance(user=user) == 2000  # the factory's users are on pro
    assert credit_balance(user=user) == 2000  # opened once


def test_reserve_settle_and_refund_keep_the_balance_equal_to_the_ledger(user):
    fund(user, 50)
    kept = services.credits_reserve(user=user, amount=10, reason="generation",
                                    reference="job_1")
    returned = services.credits_reserve(user=user, amount=8, reason="smart_image")
    assert credit_balance(user=user) == 32
    services.credits_settle(reservation=kept)
    services.credits_refund(reservation=returned, reason="smart image failed")
    services.credits_refund(reservation=returned, reason="again")  # idempotent
    services.credits_settle(reservation=returned)  # a refunded reservation stays refunded
    assert credit_balance(user=user) == 40 == ledger_sum(user=user)
    kinds = list(CreditLedgerEntry.objects.filter(user=user).order_by("created_at", "id")
                 .values_list("kind", "amount"))
    assert kinds[-3:] == [("usage", -10), ("usage", -8), ("refund", 8)]
    assert CreditReservation.objects.get(pk=returned.pk).status == "refunded"
    for entry in CreditLedgerEntry.objects.filter(user=user):
        later = CreditLedgerEntry.objects.filter(user=user, created_at__lte=entry.created_at)
        assert entry.balance_after == sum(e.amount for e in later)


def test_a_balance_never_goes_negative(user):
    fund(user, 5)
    with pytest.raises(ApiError) as caught:
        services.credits_reserve(user=user, amount=6, reason="generation")
    assert caught.value.code is ErrorCode.INSUFFICIENT_CREDITS
    assert caught.value.status == 402
    assert caught.value.details == {"required": 6, "available": 5}
    services.credits_reserve(user=user, amount=5, reason="generation")
    assert credit_balance(user=user) == 0 == ledger_sum(user=user)


def test_sandbox_reservations_never_charge(user):
    fund(user, 3)
    reservation = services.credits_reserve(user=user, amount=500, reason="generation",
                                           sandbox=True)
    assert (reservation.amount, reservation.sandbox) == (0, True)
    services.credits_refund(reservation=reservation, reason="failed")
    assert credit_balance(user=user) == 3
    assert CreditLedgerEntry.objects.filter(user=user, kind="usage").count() == 1  # fund's own


def test_the_ledger_is_append_only(user):
    fund(user, 10)
    entry = CreditLedgerEntry.objects.filter(user=user).first()
    entry.amount = 1_000_000
    with pytest.raises(TypeError):
        entry.save()
    with pytest.raises(TypeError):
        entry.delete()
    with pytest.raises(TypeError):
        CreditLedgerEntry.objects.filter(user=user).update(amount=0)
    with pytest.raises(TypeError):
        CreditLedgerEntry.objects.filter(user=user).delete()
    assert ledger_sum(user=user) == 10


def test_credits_low_is_emitted_once_when_crossing_and_rearmed_above(user, emitted, settings):
    settings.RADICPRO_CREDITS_LOW_THRESHOLD = 20
    fund(user, 30)
    emitted.clear()
    services.credits_reserve(user=user, amount=5, reason="a")  # 25: still above
    assert emitted == []
    services.credits_reserve(user=user, amount=10, reason="b")  # 15: crossed
    services.credits_reserve(user=user, amount=5, reason="c")  # 10: still low, no repeat
    assert emitted == [(user.pk, "credits.low", {"balance": 15, "threshold": 20})]
    services.credits_grant(user=user, amount=40, description="top-up")  # 50: re-armed
    services.credits_reserve(user=user, amount=35, reason="d")  # 15: crossed again
    assert [e[1] for e in emitted] == ["credits.low", "credits.low"]


def test_the_monthly_allowance_is_granted_once_per_month(user, other_user):
    services.account_open(user=user)  # this month's allowance at opening
    assert grant_monthly_allowances.apply().get() == 1  # other_user's only
    assert grant_monthly_allowances.apply().get() == 0  # re-running grants nothing
    next_month = services.current_period().replace(day=28)
    next_month = date(next_month.year + next_month.month // 12, next_month.month % 12 + 1, 1)
    assert services.credits_grant_allowance(user=user, period=next_month).amount == 2000
    assert services.credits_grant_allowance(user=user, period=next_month) is None
    allowances = CreditLedgerEntry.objects.filter(user=user, kind="allowance")
    assert allowances.count() == 2
    assert credit_balance(user=user) == 4000 == ledger_sum(user=user)


def test_the_allowance_follows_the_plan():
    free = UserFactory(plan="free")
    assert credit_balance(user=free) == 100


def test_costs_live_in_one_place():
    assert COSTS["design_variant"] == 2
    assert cost_of("design_variant", count=3) == 6
    assert [cost_of("smart_image", resolution=r) for r in ("1k", "2k", "4k")] == [2, 4, 8]
    assert cost_of("ai_edit") == 1 and cost_of("export") == 0
    with pytest.raises(ValueError):
        cost_of("teleport")
    with pytest.raises(ValueError):
        cost_of("smart_image", resolution="8k")
