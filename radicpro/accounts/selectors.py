"""Account reads."""

from django.db.models import QuerySet

from .models import ApiKey, User


def user_email_taken(*, email: str) -> bool:
    return User.objects.filter(email__iexact=email.strip()).exists()


def api_keys_of(*, user: User) -> QuerySet[ApiKey]:
    """The user's keys that are still active, newest first."""
    return ApiKey.objects.filter(user=user, revoked_at__isnull=True).order_by("-created_at")


def api_key_by_secret(*, hashed_key: str) -> ApiKey | None:
    return ApiKey.objects.select_related("user").filter(hashed_key=hashed_key).first()
