"""Bearer authentication: API keys (rp_live_/rp_test_) and JWT access tokens."""

from datetime import timedelta

from django.utils import timezone
from rest_framework import authentication, exceptions
from rest_framework_simplejwt.authentication import JWTAuthentication

from .models import ApiKey
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


class BearerJWTAuthentication(JWTAuthentication):
    """simplejwt's access-token authentication, leaving API keys to the class above."""

    def authenticate(self, request):
        token = _bearer_token(request)
        if token is None or token.startswith(API_KEY_MARKERS):
            return None
        return super().authenticate(request)


def is_sandbox_request(request) -> bool:
    """True for requests made with an rp_test_ key: no credits spent, no paid providers."""
    return isinstance(getattr(request, "auth", None), ApiKey) and request.auth.is_sandbox
