"""Only active staff enter the back office; everyone else is sent to the admin login."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

PAGES = ["admin:index", "admin:dashboard", "admin:accounts_user_changelist",
         "admin:jobs_job_changelist"]


@pytest.mark.parametrize("page", PAGES)
def test_anonymous_visitors_are_sent_to_the_login_page(page):
    response = Client().get(reverse(page))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


@pytest.mark.parametrize("page", PAGES)
def test_signed_in_customers_are_refused(page):
    customer = UserFactory()
    client = Client()
    client.force_login(customer)
    response = client.get(reverse(page))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_a_customer_cannot_log_in_to_the_admin():
    customer = UserFactory(email="shopper@example.com")
    response = Client().post(reverse("admin:login"), {
        "username": "shopper@example.com", "password": DEFAULT_PASSWORD,
        "next": reverse("admin:index")})
    assert response.status_code == 200
    assert "Please enter the correct email and password for a staff account." \
        in response.content.decode()
    assert customer.is_staff is False


def test_a_deactivated_staff_member_is_refused():
    former = UserFactory(is_staff=True, is_superuser=True, is_active=False)
    client = Client()
    client.force_login(former)
    assert client.get(reverse("admin:dashboard")).status_code == 302


def test_staff_log_in_with_their_email(staff):
    client = Client()
    response = client.post(reverse("admin:login"), {
        "username": "OPS@radic.example", "password": DEFAULT_PASSWORD,
        "next": reverse("admin:dashboard")})
    assert response.status_code == 302 and response["Location"] == reverse("admin:dashboard")
    assert client.get(reverse("admin:dashboard")).status_code == 200
