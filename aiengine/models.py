"""Models of the aiengine app: smart-image recipes and the images each one has produced."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from radicpro.api.ids import PrefixedIdField


class SmartImageRecipe(models.Model):
    """How one smart image of a design was made (provenance), and the image it currently shows."""

    class Status(models.TextChoices):
        PROCESSING = "processing", "Processing"
        COMPLETED = "completed", "Completed"
        FAILED = "failed", "Failed"

    id = PrefixedIdField(prefix="recipe")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="smart_image_recipes")
    design = models.ForeignKey("designs.Design", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="smart_image_recipes")
    layer_id = models.CharField(max_length=128, blank=True)
    smart_asset_id = models.CharField(max_length=128, blank=True,
                                      help_text="The key of the design's smartAssets slot.")
    type = models.CharField(max_length=40)
    prompt = models.TextField()
    options = models.JSONField(default=dict, blank=True)
    holistic_context = models.JSONField(default=dict, blank=True)
    resolution = models.CharField(max_length=4, default="1k")
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    reference = models.ForeignKey("assets.Asset", on_delete=models.SET_NULL, null=True, blank=True,
                                  related_name="+", help_text="A product photo the image is based on.")
    provider = models.CharField(max_length=40)
    model = models.CharField(max_length=100, blank=True)
    seed = models.BigIntegerField(default=0)
    cache_key = models.CharField(max_length=64, db_index=True,
                                 help_text="sha256 of the normalised request (recipe, context, size, "
                                 "provider, model).")
    asset = models.ForeignKey("assets.Asset", on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="+")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PROCESSING)
    error = models.CharField(max_length=500, blank=True)
    cost_usd = models.DecimalField(max_digits=10, decimal_places=4, default=0)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["owner", "cache_key", "status"], name="recipe_owner_cache")]

    def __str__(self) -> str:
        return f"{self.id} ({self.type}, {self.status})"


class SmartImageRender(models.Model):
    """One image a recipe produced: the first generation and every regeneration, oldest first."""

    recipe = models.ForeignKey(SmartImageRecipe, on_delete=models.CASCADE, related_name="renders")
    asset = models.ForeignKey("assets.Asset", on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="+")
    prompt = models.TextField()
    seed = models.BigIntegerField(default=0)
    provider = models.CharField(max_length=40)
    model = models.CharField(max_length=100, blank=True)
    cost_usd = models.DecimalField(max_digits=10, decimal_places=4, default=0)
    processing_ms = models.PositiveIntegerField(default=0)
    job_id = models.CharField(max_length=40, blank=True, db_index=True,
                              help_text="The job that drew it (a re-delivered job finds its image here).")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.recipe_id} → {self.asset_id}"


class ProviderCall(models.Model):
    """One call to an AI provider (any capability): what the dashboard counts as calls and spend."""

    class Outcome(models.TextChoices):
        OK = "ok", "OK"
        ERROR = "error", "Error"

    capability = models.CharField(max_length=20)
    provider = models.CharField(max_length=40)
    model = models.CharField(max_length=100, blank=True)
    outcome = models.CharField(max_length=8, choices=Outcome.choices)
    cost_usd = models.DecimalField(max_digits=12, decimal_places=6, default=0)
    duration_ms = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.capability}/{self.provider} {self.outcome}"
