"""The account lifecycle: logout, password change, password reset by email (rate-limited)."""

import re

import pytest
from django.core import mail
from django.test import override_settings

from radicpro.accounts.reset_tokens import password_reset_token
from tests.api_contract import assert_error, assert_success
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "amber-orchard-7731"


def login(client, email, password=DEFAULT_PASSWORD):
    response = client.post("/v1/auth/login", {"email": email, "password": password},
                           format="json")
    return response


def session_of(client, user, password=DEFAULT_PASSWORD):
    return assert_success(login(client, user.email, password))["session"]


def refresh(client, token):
    return client.post("/v1/auth/refresh", {"refreshToken": token}, format="json")


def bearer(client, token):
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    return client


def test_logout_revokes_the_refresh_token(anon_client, user):
    session = session_of(anon_client, user)
    other = session_of(anon_client, user)
    response = anon_client.post("/v1/auth/logout", {"refreshToken": session["refreshToken"]},
                                format="json")
    assert response.status_code == 204
    assert_error(refresh(anon_client, session["refreshToken"]), 401, "UNAUTHORIZED")
    # Only that session ends: another sign-in of the same user still refreshes.
    assert_success(refresh(anon_client, other["refreshToken"]))
    # A second logout with the same token, or garbage, is UNAUTHORIZED in the error envelope.
    assert_error(anon_client.post("/v1/auth/logout", {"refreshToken": session["refreshToken"]},
                                  format="json"), 401, "UNAUTHORIZED")
    assert_error(anon_client.post("/v1/auth/logout", {"refreshToken": "x.y.z"}, format="json"),
                 401, "UNAUTHORIZED")
    error = assert_error(anon_client.post("/v1/auth/logout", {}, format="json"), 400,
                         "VALIDATION_ERROR")
    assert "refreshToken" in error["details"]


def test_password_change_needs_the_current_password(anon_client, user):
    session = session_of(anon_client, user)
    client = bearer(anon_client, session["accessToken"])
    error = assert_error(client.post("/v1/auth/password/change",
                                     {"currentPassword": "wrong-password-1",
                                      "newPassword": NEW_PASSWORD}, format="json"),
                         400, "VALIDATION_ERROR")
    assert "currentPassword" in error["details"]
    error = assert_error(client.post("/v1/auth/password/change",
                                     {"currentPassword": DEFAULT_PASSWORD,
                                      "newPassword": "12345678"}, format="json"),
                         400, "VALIDATION_ERROR")
    assert "newPassword" in error["details"]
    user.refresh_from_db()
    assert user.check_password(DEFAULT_PASSWORD)


def test_password_change_signs_out_other_sessions(anon_client, user):
    old = session_of(anon_client, user)
    client = bearer(anon_client, old["accessToken"])
    fresh = assert_success(client.post("/v1/auth/password/change",
                                       {"currentPassword": DEFAULT_PASSWORD,
                                        "newPassword": NEW_PASSWORD}, format="json"))
    client.credentials()
    assert_error(refresh(client, old["refreshToken"]), 401, "UNAUTHORIZED")
    assert_success(refresh(client, fresh["refreshToken"]))
    assert_error(login(client, user.email), 401, "UNAUTHORIZED")
    assert_success(login(client, user.email, NEW_PASSWORD))


def test_password_change_needs_a_signed_in_user(anon_client):
    assert_error(anon_client.post("/v1/auth/password/change",
                                  {"currentPassword": "a", "newPassword": "b"}, format="json"),
                 401, "UNAUTHORIZED")


def _token_in(message) -> str:
    return re.search(r"^([\w-]+\.[\w-]+)$", message.body, re.MULTILINE).group(1)


def test_password_reset_by_email(anon_client, user, django_capture_on_commit_callbacks):
    old = session_of(anon_client, user)
    with django_capture_on_commit_callbacks(execute=True):
        response = anon_client.post("/v1/auth/password/reset", {"email": user.email.upper()},
                                    format="json")
    assert response.status_code == 202
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [user.email]
    assert "Reset" in message.subject
    token = _token_in(message)
    response = anon_client.post("/v1/auth/password/reset/confirm",
                                {"token": token, "newPassword": NEW_PASSWORD}, format="json")
    assert response.status_code == 204
    assert_success(login(anon_client, user.email, NEW_PASSWORD))
    assert_error(refresh(anon_client, old["refreshToken"]), 401, "UNAUTHORIZED")
    # One use: the token died with the password it was made for.
    error = assert_error(anon_client.post("/v1/auth/password/reset/confirm",
                                          {"token": token, "newPassword": "another-pass-9182"},
                                          format="json"), 400, "VALIDATION_ERROR")
    assert "token" in error["details"]


@override_settings(RADICPRO_PASSWORD_RESET_URL="https://app.example.com/reset")
def test_password_reset_email_links_to_the_app(anon_client, user,
                                               django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        anon_client.post("/v1/auth/password/reset", {"email": user.email}, format="json")
    body = mail.outbox[0].body
    assert f"https://app.example.com/reset?token={_token_in(mail.outbox[0])}" in body


def test_password_reset_does_not_reveal_accounts(anon_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = anon_client.post("/v1/auth/password/reset",
                                    {"email": "nobody@example.com"}, format="json")
    assert response.status_code == 202
    assert mail.outbox == []
    inactive = UserFactory(is_active=False)
    with django_capture_on_commit_callbacks(execute=True):
        anon_client.post("/v1/auth/password/reset", {"email": inactive.email}, format="json")
    assert mail.outbox == []


def test_password_reset_confirm_refuses_bad_tokens_and_weak_passwords(anon_client, user):
    for token in ("garbage", "abc.def-ghi", password_reset_token(user=UserFactory()) + "x"):
        error = assert_error(anon_client.post("/v1/auth/password/reset/confirm",
                                              {"token": token, "newPassword": NEW_PASSWORD},
                                              format="json"), 400, "VALIDATION_ERROR")
        assert "token" in error["details"]
    error = assert_error(anon_client.post("/v1/auth/password/reset/confirm",
                                          {"token": password_reset_token(user=user),
                                           "newPassword": "password"}, format="json"),
                         400, "VALIDATION_ERROR")
    assert "newPassword" in error["details"]
    user.refresh_from_db()
    assert user.check_password(DEFAULT_PASSWORD)


def test_password_reset_is_limited_per_address(anon_client, user, settings,
                                               django_capture_on_commit_callbacks):
    settings.RADICPRO_RATE_LIMITS = {**settings.RADICPRO_RATE_LIMITS, "password_reset": "2/hour"}
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(2):
            assert anon_client.post("/v1/auth/password/reset", {"email": user.email},
                                    format="json").status_code == 202
        error = assert_error(anon_client.post("/v1/auth/password/reset",
                                              {"email": user.email.upper()}, format="json"),
                             429, "RATE_LIMITED")
    assert error["retryable"] is True
    assert len(mail.outbox) == 2
    # Another address is counted on its own.
    assert anon_client.post("/v1/auth/password/reset", {"email": "else@example.com"},
                            format="json").status_code == 202


def test_lifecycle_endpoints_are_documented(anon_client):
    schema = anon_client.get("/v1/openapi.json").json()
    for path, status in (("/v1/auth/logout", "204"), ("/v1/auth/password/change", "200"),
                         ("/v1/auth/password/reset", "202"),
                         ("/v1/auth/password/reset/confirm", "204")):
        operation = schema["paths"][path]["post"]
        assert operation["summary"] and operation["description"]
        assert status in operation["responses"]
        assert operation["responses"]["400"]["content"]["application/json"]["schema"][
            "$ref"] == "#/components/schemas/ErrorEnvelope"
        assert "429" in operation["responses"]


def test_a_sandbox_key_cannot_change_the_password(anon_client, user):
    from radicpro.accounts.services import api_key_create

    _, secret = api_key_create(user=user, name="sandbox", mode="test")
    error = assert_error(bearer(anon_client, secret).post(
        "/v1/auth/password/change", {"currentPassword": DEFAULT_PASSWORD,
                                     "newPassword": NEW_PASSWORD}, format="json"),
        403, "FORBIDDEN")
    assert "password" in error["message"]
    user.refresh_from_db()
    assert user.check_password(DEFAULT_PASSWORD)
