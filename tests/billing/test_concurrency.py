"""On PostgreSQL: parallel charges against one balance never overspend it."""

import threading
import time

import pytest
from django.db import connection

from radicpro.api.errors import ApiError, ErrorCode
from radicpro.billing import services
from radicpro.billing.models import CreditAccount, CreditLedgerEntry
from radicpro.billing.selectors import credit_balance, ledger_sum

from .factories import fund


def _in_parallel(count: int, work) -> list:
    """Runs work(i) in `count` threads (each its own DB connection), released together."""
    barrier = threading.Barrier(count)
    results: list = [None] * count

    def run(index: int) -> None:
        try:
            barrier.wait(timeout=30)
            results[index] = work(index)
        except Exception as exc:  # noqa: BLE001 — the test inspects what each thread got
            results[index] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_fifty_parallel_charges_against_a_balance_for_twenty(user):
    fund(user, 40)  # 20 charges of 2
    started = time.monotonic()
    results = _in_parallel(50, lambda i: services.credits_reserve(
        user=user, amount=2, reason="design_variant", reference=f"charge-{i}"))
    elapsed = time.monotonic() - started

    won = [r for r in results if not isinstance(r, Exception)]
    refused = [r for r in results if isinstance(r, ApiError)]
    assert len(won) == 20 and len(refused) == 30, results
    assert all(r.code is ErrorCode.INSUFFICIENT_CREDITS for r in refused)
    assert all(r.details["required"] == 2 and r.details["available"] in (0, 1)
               for r in refused)
    assert credit_balance(user=user) == 0 == ledger_sum(user=user)
    assert CreditAccount.objects.get(user=user).balance == 0
    charges = CreditLedgerEntry.objects.filter(user=user, kind="usage",
                                               reference__startswith="charge-")
    assert charges.count() == 20
    assert sorted(charges.values_list("balance_after", flat=True)) == list(range(0, 40, 2))
    print(f"\n50 parallel charges: 20 won, 30 got 402 in {elapsed:.2f} s")  # noqa: T201


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_racing_allowance_runs_grant_once(user):
    services.account_open(user=user)
    period = services.current_period().replace(year=services.current_period().year + 1)
    results = _in_parallel(10, lambda i: services.credits_grant_allowance(user=user,
                                                                          period=period))
    assert not [r for r in results if isinstance(r, Exception)], results
    assert sum(1 for r in results if r is not None) == 1
    assert CreditLedgerEntry.objects.filter(user=user, kind="allowance", period=period).count() == 1
    assert credit_balance(user=user) == 4000 == ledger_sum(user=user)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_racing_first_requests_open_one_account(user):
    results = _in_parallel(10, lambda i: credit_balance(user=user))
    assert results == [2000] * 10
    assert CreditLedgerEntry.objects.filter(user=user, kind="allowance").count() == 1
