"""Models of the brands app: brand kits and their uploaded fonts."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from radicpro.api.ids import PrefixedIdField


class BrandKit(models.Model):
    """A user's brand: colours by role, fonts by role, a logo; at most one default per user."""

    id = PrefixedIdField(prefix="brand")
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="brand_kits"
    )
    name = models.CharField(max_length=200)
    colors = models.JSONField(default=dict, blank=True)
    fonts = models.JSONField(default=dict, blank=True)
    logo = models.ForeignKey(
        "assets.Asset", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    is_default = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner"],
                condition=Q(is_default=True),
                name="brands_one_default_per_owner",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class BrandFont(models.Model):
    """A font file (TTF/OTF/WOFF2) a user uploaded for one brand, stored as an Asset."""

    id = PrefixedIdField(prefix="font")
    brand = models.ForeignKey(BrandKit, on_delete=models.CASCADE, related_name="brand_fonts")
    asset = models.ForeignKey("assets.Asset", on_delete=models.CASCADE, related_name="+")
    family = models.CharField(max_length=200)
    weight = models.PositiveSmallIntegerField(default=400)
    style = models.CharField(max_length=20, default="normal")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.family} {self.weight} {self.style}"
