"""Account writes: sign-up, sessions (JWT), passwords, API keys."""

import hashlib
import secrets

from django.contrib.auth import authenticate
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.settings import api_settings as jwt_settings
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken
from rest_framework_simplejwt.tokens import RefreshToken

from radicpro.api.errors import ApiError, ErrorCode
from radicpro.api.throttling import throttle_count_for
from radicpro.billing.services import account_open

from .login_guard import login_attempt_allow, login_failed, login_succeeded
from .models import ApiKey, User
from .reset_tokens import user_for_reset_token
from .selectors import user_email_taken
from .tasks import send_password_reset_email

API_KEY_PREFIXES: dict[str, str] = {ApiKey.Mode.LIVE: "rp_live_", ApiKey.Mode.TEST: "rp_test_"}
MAX_ACTIVE_API_KEYS = 25


def hash_api_key(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def session_issue(*, user: User) -> dict:
    """A fresh refresh/access pair: {"access_token", "refresh_token", "expires_at"}."""
    refresh = RefreshToken.for_user(user)
    access = refresh.access_token
    return {
        "access_token": str(access),
        "refresh_token": str(refresh),
        "expires_at": int(access["exp"]),
    }


@transaction.atomic
def user_signup(*, email: str, password: str, full_name: str = "") -> tuple[User, dict]:
    email = email.strip().lower()
    if user_email_taken(email=email):
        raise ApiError(ErrorCode.CONFLICT, "An account with this email already exists.",
                       details={"email": ["An account with this email already exists."]},
                       retryable=False)
    try:
        validate_password(password, user=User(email=email, full_name=full_name))
    except ValidationError as exc:
        raise ApiError(ErrorCode.VALIDATION_ERROR, exc.messages[0],
                       details={"password": list(exc.messages)}) from exc
    try:
        with transaction.atomic():
            user = User.objects.create_user(email=email, password=password, full_name=full_name)
            account_open(user=user)  # billing: the plan's first monthly allowance
    except IntegrityError as exc:  # a concurrent sign-up with the same email won the race
        raise ApiError(ErrorCode.CONFLICT, "An account with this email already exists.",
                       details={"email": ["An account with this email already exists."]},
                       retryable=False) from exc
    return user, session_issue(user=user)


def user_login(*, email: str, password: str, client_ip: str) -> tuple[User, dict]:
    """A session for the right password; failures count towards the login limits
    (login_guard), which may make this client wait (RATE_LIMITED) before the password is read."""
    login_attempt_allow(email=email, ip=client_ip)
    user = authenticate(username=email.strip(), password=password)
    if user is None:
        login_failed(email=email, ip=client_ip)
        raise ApiError(ErrorCode.UNAUTHORIZED, "Invalid email or password.")
    login_succeeded(email=email, ip=client_ip)
    User.objects.filter(pk=user.pk).update(last_login=timezone.now())
    return user, session_issue(user=user)


def session_refresh(*, refresh_token: str) -> dict:
    """Rotates the refresh token: the old one is blacklisted and cannot be used again."""
    try:
        refresh = RefreshToken(refresh_token)  # type: ignore[arg-type]  # simplejwt types it as a Token
        user = User.objects.filter(pk=refresh.payload.get(jwt_settings.USER_ID_CLAIM),
                                   is_active=True).first()
        if user is None:
            raise ApiError(ErrorCode.UNAUTHORIZED, "This account is not active.")
        refresh.blacklist()
    except TokenError as exc:
        raise ApiError(ErrorCode.UNAUTHORIZED, "Refresh token is invalid, expired or revoked.") \
            from exc
    return session_issue(user=user)


def session_revoke(*, refresh_token: str) -> None:
    """Logout: blacklists the refresh token, so it can no longer be refreshed. Access tokens
    already issued stay valid until they expire (RADICPRO_ACCESS_TOKEN_MINUTES)."""
    try:
        RefreshToken(refresh_token).blacklist()  # type: ignore[arg-type]  # simplejwt types it as a Token
    except TokenError as exc:
        raise ApiError(ErrorCode.UNAUTHORIZED, "Refresh token is invalid, expired or revoked.") \
            from exc


def sessions_revoke_all(*, user: User) -> int:
    """Blacklists every refresh token the user still holds; returns how many were revoked."""
    outstanding = OutstandingToken.objects.filter(user=user, blacklistedtoken__isnull=True,
                                                  expires_at__gt=timezone.now())
    revoked = [BlacklistedToken(token=token) for token in outstanding]
    BlacklistedToken.objects.bulk_create(revoked, ignore_conflicts=True)
    return len(revoked)


def _password_check(*, user: User, password: str, field: str) -> None:
    try:
        validate_password(password, user=user)
    except ValidationError as exc:
        raise ApiError(ErrorCode.VALIDATION_ERROR, exc.messages[0],
                       details={field: list(exc.messages)}) from exc


@transaction.atomic
def password_change(*, user: User, current_password: str, new_password: str) -> dict:
    """Sets a new password after checking the current one; every other session is signed out
    (their refresh tokens revoked) and a fresh session is returned."""
    if not user.check_password(current_password):
        raise ApiError(ErrorCode.VALIDATION_ERROR, "The current password is not correct.",
                       details={"currentPassword": ["The current password is not correct."]})
    _password_check(user=user, password=new_password, field="newPassword")
    user.set_password(new_password)
    user.save(update_fields=["password", "updated_at"])
    sessions_revoke_all(user=user)
    return session_issue(user=user)


@transaction.atomic
def user_set_password(*, user: User, password: str) -> None:
    """An operator sets a customer's password (the admin): every session of the account ends."""
    user.set_password(password)
    user.save(update_fields=["password", "updated_at"])
    sessions_revoke_all(user=user)


def password_reset_request(*, email: str) -> None:
    """Emails a reset token to the account with this address, if there is one. The answer is
    the same either way (no account enumeration); requests per address are limited
    (RADICPRO_RATE_PASSWORD_RESET), whether the account exists or not."""
    email = email.strip().lower()
    throttle_count_for(category="password_reset", subject=f"email:{email}",
                       message="Too many password reset requests for this address; "
                       "try again later.")
    user = User.objects.filter(email__iexact=email, is_active=True).first()
    if user is None:
        return
    transaction.on_commit(lambda: send_password_reset_email.delay(user.pk))


@transaction.atomic
def password_reset_confirm(*, token: str, new_password: str) -> User:
    """Sets the password a reset token allows and signs out every session of the account."""
    user = user_for_reset_token(token)
    if user is None:
        raise ApiError(ErrorCode.VALIDATION_ERROR, "This reset link is invalid or has expired.",
                       details={"token": ["This reset link is invalid or has expired."]})
    _password_check(user=user, password=new_password, field="newPassword")
    user.set_password(new_password)
    user.save(update_fields=["password", "updated_at"])
    sessions_revoke_all(user=user)
    return user


@transaction.atomic
def api_key_create(*, user: User, name: str, mode: str = ApiKey.Mode.LIVE) -> tuple[ApiKey, str]:
    """Creates a key and returns it with its secret; the secret is never available again."""
    active = ApiKey.objects.select_for_update().filter(user=user, revoked_at__isnull=True)
    if active.count() >= MAX_ACTIVE_API_KEYS:
        raise ApiError(ErrorCode.CONFLICT, f"At most {MAX_ACTIVE_API_KEYS} active API keys; "
                       "revoke one first.", retryable=False)
    secret = API_KEY_PREFIXES[mode] + secrets.token_urlsafe(32)
    key = ApiKey.objects.create(
        user=user, name=name, mode=mode, prefix=secret[:12], hashed_key=hash_api_key(secret)
    )
    return key, secret


@transaction.atomic
def api_key_revoke(*, key: ApiKey) -> None:
    if key.revoked_at is None:
        key.revoked_at = timezone.now()
        key.save(update_fields=["revoked_at"])
