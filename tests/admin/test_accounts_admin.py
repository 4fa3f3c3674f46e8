"""The admin sets a customer's password and downloads users and transactions as CSV."""

import csv
import io

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.test import Client
from django.urls import reverse

from radicpro.accounts.services import api_key_create, session_issue
from radicpro.billing.selectors import credit_balance
from radicpro.billing.services import account_open, credits_grant
from tests.api_contract import assert_error, assert_success
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "harbour-violet-5521"


def set_password_url(user) -> str:
    return reverse("admin:accounts_user_password", args=[user.pk])


def test_change_page_links_to_set_password(staff_client):
    customer = UserFactory()
    page = staff_client.get(reverse("admin:accounts_user_change", args=[customer.pk]))
    assert set_password_url(customer) in page.content.decode()


def test_staff_sets_a_customers_password_and_their_sessions_end(staff_client, anon_client):
    customer = UserFactory(email="maya@shop.example")
    session = session_issue(user=customer)
    _key, secret = api_key_create(user=customer, name="integration")
    page = staff_client.get(set_password_url(customer))
    assert page.status_code == 200
    assert "maya@shop.example" in page.content.decode()
    done = staff_client.post(set_password_url(customer),
                             {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
                             follow=True)
    assert "Password of maya@shop.example changed" in done.content.decode()
    customer.refresh_from_db()
    assert customer.check_password(NEW_PASSWORD)
    assert_error(anon_client.post("/v1/auth/refresh", {"refreshToken": session["refresh_token"]},
                                  format="json"), 401, "UNAUTHORIZED")
    assert_success(anon_client.post("/v1/auth/login", {"email": customer.email,
                                                       "password": NEW_PASSWORD}, format="json"))
    anon_client.credentials(HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert_success(anon_client.get("/v1/auth/me"))  # API keys keep working
    [entry] = LogEntry.objects.filter(object_id=customer.pk, action_flag=CHANGE)
    assert "Set a new password" in entry.get_change_message()


def test_set_password_applies_the_password_rules(staff_client):
    customer = UserFactory()
    page = staff_client.post(set_password_url(customer),
                             {"new_password1": "12345678", "new_password2": "12345678"})
    assert page.status_code == 200
    assert "entirely numeric" in page.content.decode()
    page = staff_client.post(set_password_url(customer),
                             {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD + "x"})
    assert "didn" in page.content.decode()  # the two password fields didn't match
    customer.refresh_from_db()
    assert customer.check_password(DEFAULT_PASSWORD)


def test_only_a_superuser_sets_a_superusers_password(db):
    from django.contrib.auth.models import Permission

    support = UserFactory(is_staff=True)
    support.user_permissions.add(*Permission.objects.filter(
        codename__in=["view_user", "change_user"]))
    client = Client()
    client.force_login(support)
    customer, root = UserFactory(), UserFactory(is_staff=True, is_superuser=True)
    assert client.get(set_password_url(customer)).status_code == 200
    assert client.post(set_password_url(root), {"new_password1": NEW_PASSWORD,
                                                "new_password2": NEW_PASSWORD}).status_code == 403
    root.refresh_from_db()
    assert root.check_password(DEFAULT_PASSWORD)
    viewer = UserFactory(is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_user"))
    client.force_login(viewer)
    assert client.get(set_password_url(customer)).status_code == 403


def download(client, model: str, ids: list[str]) -> list[dict]:
    response = client.post(reverse(f"admin:{model}_changelist"),
                           {"action": "export_csv", "_selected_action": ids})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith("attachment; filename=")
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def test_users_export_as_csv(staff_client):
    maya = UserFactory(email="maya@shop.example", full_name="=HYPERLINK(\"x\")", plan="starter")
    account_open(user=maya)
    credits_grant(user=maya, amount=40, description="welcome", reference="test")
    api_key_create(user=maya, name="k")
    other = UserFactory(email="ravi@shop.example")
    rows = download(staff_client, "accounts_user", [maya.pk, other.pk])
    assert [row["email"] for row in rows] == ["maya@shop.example", "ravi@shop.example"]
    first = rows[0]
    assert first["id"] == maya.pk and first["plan"] == "starter"
    assert int(first["credits"]) == credit_balance(user=maya) == 540  # 500 starter + 40
    assert first["active_api_keys"] == "1"
    assert first["full_name"] == "'=HYPERLINK(\"x\")"  # no formula runs in a spreadsheet
    assert first["created_at"].endswith("Z")


def test_transactions_export_as_csv(staff_client):
    from radicpro.billing.models import CreditLedgerEntry

    maya = UserFactory(email="maya@shop.example")
    account_open(user=maya)
    credits_grant(user=maya, amount=25, description="Goodwill", reference="admin:1")
    entries = CreditLedgerEntry.objects.filter(user=maya)
    rows = download(staff_client, "billing_creditledgerentry", [e.pk for e in entries])
    assert len(rows) == entries.count() >= 2
    grant = next(row for row in rows if row["kind"] == "grant")
    assert (grant["amount"], grant["description"], grant["user_email"]) == \
        ("25", "Goodwill", "maya@shop.example")
    assert int(rows[-1]["balance_after"]) == credit_balance(user=maya)


def test_csv_export_needs_the_view_permission(db):
    user = UserFactory(is_staff=True)
    client = Client()
    client.force_login(user)
    response = client.post(reverse("admin:accounts_user_changelist"),
                           {"action": "export_csv", "_selected_action": [user.pk]})
    assert response.status_code == 403
