"""Models of the campaigns app: a named group of a user's designs (the platform's "projects")."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from radicpro.api.ids import PrefixedIdField


class Campaign(models.Model):
    """A user's campaign; deleting it leaves its designs in place, unlinked."""

    id = PrefixedIdField(prefix="camp")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="campaigns")
    name = models.CharField(max_length=200)
    description = models.TextField(max_length=2000, blank=True)
    brand = models.ForeignKey("brands.BrandKit", on_delete=models.SET_NULL, null=True,
                              blank=True, related_name="campaigns")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["owner", "-created_at"], name="campaign_owner_created")]

    def __str__(self) -> str:
        return self.name
