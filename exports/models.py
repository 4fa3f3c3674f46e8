"""Models of the exports app: one Export per rendered file of a design."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from radicpro.api.ids import PrefixedIdField
from radicpro.jobs.models import Job
from rendering import model_format_choices


class Export(models.Model):
    """A design rendered at one version as one file in an output format of the renderer's table."""

    Status = Job.Status  # an export lives the lifecycle of the job that renders it

    class Resolution(models.TextChoices):
        X1 = "1x", "1x"
        X2 = "2x", "2x"
        X3 = "3x", "3x"

    id = PrefixedIdField(prefix="export")
    # Indexed by the list index below, which leads with it (see designs.models.Design.owner).
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="exports", db_index=False)
    design = models.ForeignKey("designs.Design", on_delete=models.CASCADE,
                               related_name="exports")
    design_version = models.PositiveIntegerField(
        help_text="The design version this export draws.")
    # The renderer's output-format table (a callable: a new format needs no migration).
    format = models.CharField(max_length=8, choices=model_format_choices)
    resolution = models.CharField(max_length=4, choices=Resolution.choices,
                                  default=Resolution.X1)
    quality = models.PositiveSmallIntegerField(default=90)
    transparent = models.BooleanField(default=False)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.QUEUED)
    asset = models.ForeignKey("assets.Asset", on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="+", help_text="The stored file (type export).")
    size_bytes = models.PositiveBigIntegerField(default=0)
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    warnings = models.JSONField(default=list, blank=True)
    job = models.ForeignKey("jobs.Job", on_delete=models.SET_NULL, null=True, blank=True,
                            related_name="exports")
    position = models.PositiveSmallIntegerField(
        default=0, help_text="The item's place in its request (batch order).")
    error = models.JSONField(null=True, blank=True,
                             help_text="The error envelope's `error` object when it failed.")
    created_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            # The list's sort, ending with id (the tie-breaker cursor paging follows).
            models.Index(fields=["owner", "-created_at", "-id"], name="exports_owner_created_id"),
            models.Index(fields=["owner", "design", "-created_at"],
                         name="exports_owner_design_created"),
        ]

    def __str__(self) -> str:
        return f"{self.id} ({self.format} {self.resolution}, {self.status})"

    @property
    def scale(self) -> int:
        return int(self.resolution.rstrip("x"))
