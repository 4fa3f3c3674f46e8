"""Password reset tokens: "<uid>.<token>" from Django's token generator (one use, expiring)."""

from django.contrib.auth.tokens import default_token_generator
from django.utils.encoding import force_bytes, force_str
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode

from .models import User


def password_reset_token(*, user: User) -> str:
    """The token a reset email carries. It expires after PASSWORD_RESET_TIMEOUT and dies once
    the password changes or the user signs in (both are part of what it signs)."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    return f"{uid}.{default_token_generator.make_token(user)}"


def user_for_reset_token(token: str) -> User | None:
    """The active user a valid token was made for, else None."""
    uid, _, secret = token.partition(".")
    try:
        user_id = force_str(urlsafe_base64_decode(uid))
    except (ValueError, UnicodeDecodeError):
        return None
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None or not default_token_generator.check_token(user, secret):
        return None
    return user
