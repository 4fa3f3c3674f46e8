"""Credits endpoints: balance, purchase (test provider), transactions, estimate."""

import pytest

from radicpro.accounts.services import api_key_create
from radicpro.billing.models import CreditLedgerEntry
from radicpro.billing.selectors import credit_balance, ledger_sum
from tests.api_contract import assert_error, assert_success

from .factories import fund

pytestmark = pytest.mark.django_db


def test_balance(api, user):
    fund(user, 1500)
    data = assert_success(api.get("/v1/credits/balance"))
    assert data == {"balance": 1500, "plan": "pro", "monthlyAllowance": 2000, "expiresAt": None,
                    "reserved": 0}


def test_anonymous_callers_get_401(anon_client):
    for method, url in (("get", "/v1/credits/balance"), ("post", "/v1/credits/purchase"),
                        ("get", "/v1/credits/transactions"), ("post", "/v1/credits/estimate")):
        assert_error(getattr(anon_client, method)(url, {}, format="json"), 401, "UNAUTHORIZED")


def test_purchase_adds_credits_and_says_what_it_cost(api, user):
    fund(user, 1500)
    data = assert_success(api.post("/v1/credits/purchase",
                                   {"amount": 500, "paymentMethod": "tok_test_visa"},
                                   format="json"), 201)
    assert data["creditsAdded"] == 500 and data["newBalance"] == 2000
    assert data["cost"] == "$40.00"
    entry = CreditLedgerEntry.objects.get(pk=data["transactionId"])
    assert (entry.kind, entry.amount, entry.reference[:8]) == ("purchase", 500, "ch_test_")
    assert credit_balance(user=user) == 2000 == ledger_sum(user=user)


def test_a_declined_payment_adds_nothing(api, user):
    fund(user, 10)
    error = assert_error(api.post("/v1/credits/purchase",
                                  {"amount": 500, "paymentMethod": "tok_test_declined"},
                                  format="json"), 400, "VALIDATION_ERROR")
    assert "declined" in error["message"] and "paymentMethod" in error["details"]
    assert credit_balance(user=user) == 10


@pytest.mark.parametrize("token", ["stripe_token_xyz", "tok_test_", "4242424242424242"])
def test_other_payment_methods_are_refused(api, user, token):
    fund(user, 10)
    error = assert_error(api.post("/v1/credits/purchase",
                                  {"amount": 5, "paymentMethod": token}, format="json"),
                         400, "VALIDATION_ERROR")
    assert "tok_test_" in error["message"]
    assert credit_balance(user=user) == 10


def test_purchase_validates_its_input(api):
    error = assert_error(api.post("/v1/credits/purchase", {"amount": 0}, format="json"),
                         400, "VALIDATION_ERROR")
    assert set(error["details"]) == {"amount", "paymentMethod"}


@pytest.mark.parametrize("limit", [2, 50])
def test_transactions_page_by_limit_and_offset(api, user, limit, django_assert_num_queries):
    fund(user, 10)  # allowance + usage
    for amount in (1, 2, 3):
        api.post("/v1/credits/purchase", {"amount": amount, "paymentMethod": "tok_test_ok"},
                 format="json")
    with django_assert_num_queries(4):  # the user (JWT), the account, the count, the page
        data = assert_success(api.get(f"/v1/credits/transactions?limit={limit}&offset=0"))
    assert data["total"] == 5
    assert len(data["transactions"]) == min(limit, 5)
    assert data["hasMore"] is (limit < 5)
    newest = data["transactions"][0]
    assert set(newest) == {"id", "type", "amount", "balanceAfter", "reference", "description",
                           "createdAt"}
    assert (newest["type"], newest["amount"], newest["balanceAfter"]) == ("purchase", 3, 16)
    rest = assert_success(api.get("/v1/credits/transactions?limit=2&offset=4"))
    assert len(rest["transactions"]) == 1 and rest["hasMore"] is False
    assert_error(api.get("/v1/credits/transactions?limit=0"), 400, "VALIDATION_ERROR")


def test_transactions_are_the_users_own(api, other_api, user, other_user):
    fund(user, 5)
    data = assert_success(other_api.get("/v1/credits/transactions"))
    assert all(t["id"] not in set(CreditLedgerEntry.objects.filter(user=user)
                                  .values_list("pk", flat=True)) for t in data["transactions"])


def test_estimate_prices_a_request_without_running_it(api, user):
    fund(user, 10)
    data = assert_success(api.post("/v1/credits/estimate",
                                   {"action": "generate_designs", "variants": 3,
                                    "imageResolution": "2k", "smartImages": 2}, format="json"))
    assert data["credits"] == 3 * 2 + 2 * 4
    assert data["breakdown"] == [
        {"item": "design_variant", "quantity": 3, "unitCredits": 2, "credits": 6},
        {"item": "smart_image", "quantity": 2, "unitCredits": 4, "credits": 8,
         "resolution": "2k"},
    ]
    assert (data["balance"], data["sufficient"], data["sandbox"]) == (10, False, False)
    assert credit_balance(user=user) == 10
    edit = assert_success(api.post("/v1/credits/estimate", {"action": "edit_design"},
                                   format="json"))
    assert (edit["credits"], edit["sufficient"]) == (1, True)
    assert_error(api.post("/v1/credits/estimate", {"action": "dance"}, format="json"),
                 400, "VALIDATION_ERROR")


def test_a_sandbox_key_is_never_charged(user):
    from rest_framework.test import APIClient

    fund(user, 0)
    _, secret = api_key_create(user=user, name="sandbox", mode="test")
    sandbox = APIClient()
    sandbox.credentials(HTTP_AUTHORIZATION=f"Bearer {secret}")
    data = assert_success(sandbox.post("/v1/credits/estimate",
                                       {"action": "smart_image", "imageResolution": "4k"},
                                       format="json"))
    assert (data["credits"], data["charged"], data["sufficient"]) == (8, 0, True)


def test_a_sandbox_key_cannot_buy_credits(user):
    from rest_framework.test import APIClient

    fund(user, 10)
    _, secret = api_key_create(user=user, name="sandbox", mode="test")
    sandbox = APIClient()
    sandbox.credentials(HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert_error(sandbox.post("/v1/credits/purchase",
                              {"amount": 500, "paymentMethod": "tok_test_visa"}, format="json"),
                 403, "FORBIDDEN")
    assert credit_balance(user=user) == 10


def test_production_refuses_the_test_payment_provider(api, user, settings):
    fund(user, 10)
    settings.IS_PRODUCTION = True
    error = assert_error(api.post("/v1/credits/purchase",
                                  {"amount": 500, "paymentMethod": "tok_test_visa"},
                                  format="json"), 503, "SERVICE_UNAVAILABLE")
    assert error["retryable"] is False
    assert credit_balance(user=user) == 10


def test_transactions_past_the_end_are_an_empty_page(api):
    page = assert_success(api.get("/v1/credits/transactions?offset=267469815986033396289634304"))
    assert page["transactions"] == [] and page["hasMore"] is False
