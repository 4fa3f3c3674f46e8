"""Models of the assets app: one stored file per Asset."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from radicpro.api.ids import PrefixedIdField


def asset_upload_to(instance: "Asset", filename: str) -> str:
    """The storage key: deterministic per asset id (`assets/<owner>/<asset>/<name>`)."""
    return f"assets/{instance.owner_id}/{instance.id}/{filename}"


class Asset(models.Model):
    """A file owned by one user: an upload, a generated image, an export, a font."""

    class Type(models.TextChoices):
        LOGO = "logo", "Logo"
        PRODUCT = "product", "Product"
        REFERENCE = "reference", "Reference"
        GENERATED = "generated", "Generated"
        EXPORT = "export", "Export"
        FONT = "font", "Font"
        THUMBNAIL = "thumbnail", "Thumbnail"

    id = PrefixedIdField(prefix="asset")
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assets"
    )
    type = models.CharField(max_length=20, choices=Type.choices)
    filename = models.CharField(max_length=255)
    mime_type = models.CharField(max_length=100)
    size_bytes = models.PositiveBigIntegerField(default=0)
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    file = models.FileField(upload_to=asset_upload_to, max_length=500)
    sha256 = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["owner", "type", "-created_at"], name="assets_owner_type_idx"),
            models.Index(fields=["owner", "-created_at"], name="assets_owner_created_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.type}:{self.filename}"
