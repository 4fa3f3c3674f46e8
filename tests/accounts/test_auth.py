"""Sign-up, login, refresh (rotation + blacklist), me, and every way a token can be bad."""

import base64
import json
import time
from datetime import timedelta

import jwt
import pytest
from rest_framework_simplejwt.tokens import AccessToken

from tests.api_contract import assert_error, assert_success
from tests.conftest import client_for
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def signup(client, email="Maya@Example.com", password="sunset-lantern-42", full_name="Maya Rao"):
    return client.post("/v1/auth/signup",
                       {"email": email, "password": password, "fullName": full_name},
                       format="json")


def bearer(client, token):
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    return client


def test_signup_returns_user_and_working_session(anon_client):
    data = assert_success(signup(anon_client), 201)
    assert data["user"]["email"] == "maya@example.com"
    assert data["user"]["fullName"] == "Maya Rao"
    assert data["user"]["id"].startswith("user_")
    assert data["user"]["plan"] == "free"
    session = data["session"]
    assert session["expiresAt"] > time.time()
    me = assert_success(bearer(anon_client, session["accessToken"]).get("/v1/auth/me"))
    assert me["email"] == "maya@example.com"
    assert set(me) >= {"id", "email", "fullName", "avatarUrl", "plan", "createdAt"}
    assert me["createdAt"].endswith("Z")


def test_signup_rejects_duplicate_email_in_any_case(anon_client):
    assert_success(signup(anon_client), 201)
    error = assert_error(signup(anon_client, email="MAYA@example.COM"), 409, "CONFLICT")
    assert "email" in error["details"]


def test_signup_validates_fields(anon_client):
    error = assert_error(signup(anon_client, email="not-an-email", password="x"), 400,
                         "VALIDATION_ERROR")
    assert "email" in error["details"]
    error = assert_error(signup(anon_client, password="password"), 400, "VALIDATION_ERROR")
    assert "password" in error["details"]
    error = assert_error(anon_client.post("/v1/auth/signup", {}, format="json"), 400,
                         "VALIDATION_ERROR")
    assert {"email", "password"} <= set(error["details"])


def test_login_with_any_email_case(anon_client, user):
    data = assert_success(anon_client.post(
        "/v1/auth/login", {"email": user.email.upper(), "password": DEFAULT_PASSWORD},
        format="json"))
    assert data["user"]["id"] == user.id
    assert data["user"]["plan"] == "pro"
    assert data["session"]["accessToken"] and data["session"]["refreshToken"]


@pytest.mark.parametrize("password", ["wrong-password", ""])
def test_login_wrong_password_is_unauthorized(anon_client, user, password):
    response = anon_client.post("/v1/auth/login",
                                {"email": user.email, "password": password}, format="json")
    if password:
        error = assert_error(response, 401, "UNAUTHORIZED")
        assert error["message"] == "Invalid email or password."
    else:
        assert_error(response, 400, "VALIDATION_ERROR")


def test_login_unknown_email_matches_wrong_password(anon_client):
    error = assert_error(anon_client.post(
        "/v1/auth/login", {"email": "nobody@example.com", "password": "whatever-1234"},
        format="json"), 401, "UNAUTHORIZED")
    assert error["message"] == "Invalid email or password."


def test_inactive_user_cannot_log_in_or_use_tokens(anon_client, user):
    api = client_for(user)
    user.is_active = False
    user.save()
    assert_error(anon_client.post("/v1/auth/login",
                                  {"email": user.email, "password": DEFAULT_PASSWORD},
                                  format="json"), 401, "UNAUTHORIZED")
    assert_error(api.get("/v1/auth/me"), 401, "UNAUTHORIZED")


def _login(client, user):
    return assert_success(client.post(
        "/v1/auth/login", {"email": user.email, "password": DEFAULT_PASSWORD},
        format="json"))["session"]


def test_refresh_rotates_and_blacklists_the_old_token(anon_client, user):
    session = _login(anon_client, user)
    fresh = assert_success(anon_client.post(
        "/v1/auth/refresh", {"refreshToken": session["refreshToken"]}, format="json"))
    assert fresh["refreshToken"] != session["refreshToken"]
    assert fresh["expiresAt"] >= session["expiresAt"]
    assert_success(bearer(anon_client, fresh["accessToken"]).get("/v1/auth/me"))
    anon_client.credentials()
    # The rotated-out token is dead, the new one still works once.
    assert_error(anon_client.post("/v1/auth/refresh", {"refreshToken": session["refreshToken"]},
                                  format="json"), 401, "UNAUTHORIZED")
    assert_success(anon_client.post("/v1/auth/refresh", {"refreshToken": fresh["refreshToken"]},
                                    format="json"))


def test_access_token_is_not_a_refresh_token(anon_client, user):
    session = _login(anon_client, user)
    assert_error(anon_client.post("/v1/auth/refresh", {"refreshToken": session["accessToken"]},
                                  format="json"), 401, "UNAUTHORIZED")


def test_garbage_refresh_token(anon_client):
    assert_error(anon_client.post("/v1/auth/refresh", {"refreshToken": "not.a.token"},
                                  format="json"), 401, "UNAUTHORIZED")


def test_missing_token_is_unauthorized(anon_client):
    error = assert_error(anon_client.get("/v1/auth/me"), 401, "UNAUTHORIZED")
    assert "not provided" in error["message"]


def test_expired_access_token(anon_client, user):
    token = AccessToken.for_user(user)
    token.set_exp(lifetime=-timedelta(seconds=5))
    assert_error(bearer(anon_client, str(token)).get("/v1/auth/me"), 401, "UNAUTHORIZED")


def test_forged_token_signed_with_another_key(anon_client, user):
    claims = dict(AccessToken.for_user(user).payload)
    forged = jwt.encode(claims, "an-attackers-guess-of-the-key-0000000000", algorithm="HS256")
    assert_error(bearer(anon_client, forged).get("/v1/auth/me"), 401, "UNAUTHORIZED")


def test_tampered_claims_fail_signature(anon_client, user, other_user):
    token = str(AccessToken.for_user(user))
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["sub"] = other_user.id
    forged_payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    assert_error(bearer(anon_client, f"{header}.{forged_payload}.{signature}").get(
        "/v1/auth/me"), 401, "UNAUTHORIZED")


def test_alg_none_token_is_refused(anon_client, user):
    claims = dict(AccessToken.for_user(user).payload)

    def part(obj):
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    unsigned = f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims)}."
    assert_error(bearer(anon_client, unsigned).get("/v1/auth/me"), 401, "UNAUTHORIZED")


@pytest.mark.parametrize("header", ["Bearer", "Bearer a b", "Token abc", "Basic Zm9vOmJhcg=="])
def test_malformed_authorization_headers(anon_client, header):
    anon_client.credentials(HTTP_AUTHORIZATION=header)
    assert_error(anon_client.get("/v1/auth/me"), 401, "UNAUTHORIZED")


def test_token_of_deleted_user(anon_client):
    gone = UserFactory()
    token = str(AccessToken.for_user(gone))
    gone.delete()
    assert_error(bearer(anon_client, token).get("/v1/auth/me"), 401, "UNAUTHORIZED")
