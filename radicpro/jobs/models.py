"""The job row: one per slow operation, with its state machine, progress, result and error."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from radicpro.api.ids import PrefixedIdField


class Job(models.Model):
    """queued → processing → completed | failed; `result` is the sync call's body (camelCase).

    `kind` names one of the kinds the apps registered (radicpro.jobs.registry): the platform
    lists none itself.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        PROCESSING = "processing", "Processing"
        COMPLETED = "completed", "Completed"
        FAILED = "failed", "Failed"

    FINISHED = (Status.COMPLETED, Status.FAILED)

    id = PrefixedIdField(prefix="job")
    # Indexed by the list index below, which leads with it (see designs.models.Design.owner).
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="jobs", db_index=False)
    kind = models.CharField(max_length=40, db_index=True,
                            help_text="generation, smart_image, export, tool, webhook_batch, ...")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0)
    message = models.CharField(max_length=500, blank=True)
    input = models.JSONField(default=dict, blank=True)
    result = models.JSONField(null=True, blank=True)
    error = models.JSONField(null=True, blank=True)
    traceback_summary = models.TextField(
        blank=True, help_text="For operators: the last frames of an unexpected crash (never "
        "shown to the job's owner).")
    credits_reserved = models.PositiveIntegerField(default=0)
    credits_used = models.PositiveIntegerField(default=0)
    reservation_id = models.CharField(max_length=40, blank=True,
                                      help_text="The billing reservation settled or refunded "
                                      "when the job ends.")
    attempts = models.PositiveSmallIntegerField(default=0)
    deadline_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            # The list's sort, ending with id (the tie-breaker cursor paging follows).
            models.Index(fields=["owner", "-created_at", "-id"], name="jobs_owner_created_id"),
            models.Index(fields=["status", "deadline_at"], name="jobs_status_deadline"),
        ]

    def __str__(self) -> str:
        return f"{self.id} ({self.kind}, {self.status})"

    @property
    def is_finished(self) -> bool:
        return self.status in self.FINISHED
