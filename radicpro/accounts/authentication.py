"""Bearer authentication: API keys (rp_live_/rp_test_) and JWT access tokens."""

import copy
import time
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from rest_framework import authentication, exceptions
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.settings import api_settings as jwt_settings

from .models import ApiKey, User
from .selectors import api_key_by_secret
from .services import hash_api_key

API_KEY_MARKERS = ("rp_live_", "rp_test_")
LAST_USED_RESOLUTION = timedelta(minutes=1)


def _bearer_token(request) -> str | None:
    header = authentication.get_authorization_header(request).split()
    if len(header) != 2 or header[0].lower() != b"bearer":
        return None
    try:
        return header[1].decode("ascii")
    except UnicodeDecodeError as exc:
        raise exceptions.AuthenticationFailed("Malformed bearer token.") from exc


class ApiKeyAuthentication(authentication.BaseAuthentication):
    """`Authorization: Bearer rp_live_...`; `request.auth` is the ApiKey."""

    def authenticate(self, request):
        token = _bearer_token(request)
        if not token or not token.startswith(API_KEY_MARKERS):
            return None
        key = api_key_by_secret(hashed_key=hash_api_key(token))
        if key is None or not key.is_active or not key.user.is_active:
            raise exceptions.AuthenticationFailed("API key is invalid or revoked.")
        now = timezone.now()
        if key.last_used_at is None or now - key.last_used_at > LAST_USED_RESOLUTION:
            ApiKey.objects.filter(pk=key.pk).update(last_used_at=now)
        return key.user, key

    def authenticate_header(self, request):
        return 'Bearer realm="api"'


# The users access tokens named lately, by id: (monotonic expiry, the user as read then).
_recent_users: dict[str, tuple[float, AbstractBaseUser]] = {}
RECENT_USERS_MAX = 10_000
# Access tokens whose signature was checked lately: raw token -> (its exp, the token).
_checked_tokens: dict[bytes, tuple[float, object]] = {}
CHECKED_TOKENS_MAX = 10_000


class BearerJWTAuthentication(JWTAuthentication):
    """simplejwt's access-token authentication, leaving API keys to the class above.

    The token's user is read from the database at most once every
    RADICPRO_AUTH_USER_CACHE_SECONDS a process (0: on every request) instead of on every
    request: an access token is already valid until it expires whatever happens to the
    account, and a change saved in this process (deactivation, plan) applies at once; one
    saved in another process within those seconds."""

    def authenticate(self, request):
        token = _bearer_token(request)
        if token is None or token.startswith(API_KEY_MARKERS):
            return None
        return super().authenticate(request)

    def get_validated_token(self, raw_token):
        """simplejwt's check (signature, expiry, type) once a token, not once a request: the
        same bytes verify the same way until the token's `exp`, which is checked every time."""
        checked = _checked_tokens.get(raw_token)
        if checked is not None and checked[0] > time.time():
            return checked[1]
        token = super().get_validated_token(raw_token)
        expires = token.get("exp")
        if isinstance(expires, int | float):
            if len(_checked_tokens) >= CHECKED_TOKENS_MAX:
                _checked_tokens.clear()
            _checked_tokens[raw_token] = (float(expires), token)
        return token

    def get_user(self, validated_token):
        ttl = settings.RADICPRO_AUTH_USER_CACHE_SECONDS
        user_id = validated_token.get(jwt_settings.USER_ID_CLAIM)
        if ttl <= 0 or not isinstance(user_id, str) or jwt_settings.CHECK_REVOKE_TOKEN:
            return super().get_user(validated_token)
        now = time.monotonic()
        recent = _recent_users.get(user_id)
        if recent is None or recent[0] <= now:
            user = super().get_user(validated_token)  # an unknown or inactive user raises
            if len(_recent_users) >= RECENT_USERS_MAX:
                _recent_users.clear()
            recent = _recent_users[user_id] = (now + ttl, user)
        return copy.copy(recent[1])  # each request its own instance


@receiver([post_save, post_delete], sender=User, dispatch_uid="recent-users-forget")
def _forget_recent_user(sender, instance, **kwargs):
    _recent_users.pop(str(instance.pk), None)


def is_sandbox_request(request) -> bool:
    """True for requests made with an rp_test_ key: no credits spent, no paid providers."""
    return isinstance(getattr(request, "auth", None), ApiKey) and request.auth.is_sandbox
