"""Models of the designs app: the design (a versioned document) and its revisions."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from radicpro.api.ids import PrefixedIdField


class Design(models.Model):
    """A user's design. ``version`` starts at 1 and grows by one on every change."""

    id = PrefixedIdField(prefix="design")
    # No index of its own: the list indexes below lead with it (a lone owner index tempted the
    # planner, on stale statistics, into fetching all of a user's designs and sorting them).
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="designs", db_index=False)
    campaign = models.ForeignKey("campaigns.Campaign", on_delete=models.SET_NULL, null=True,
                                 blank=True, related_name="designs")
    brand = models.ForeignKey("brands.BrandKit", on_delete=models.SET_NULL, null=True,
                              blank=True, related_name="designs")
    title = models.CharField(max_length=200)
    format = models.CharField(max_length=64)
    design_json = models.JSONField()
    version = models.PositiveIntegerField(default=1)
    thumbnail = models.ForeignKey("assets.Asset", on_delete=models.SET_NULL, null=True,
                                  blank=True, related_name="+")
    # The version the current thumbnail was drawn from (0: none yet).
    thumbnail_version = models.PositiveIntegerField(default=0)
    is_archived = models.BooleanField(default=False)
    creative_concept = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-updated_at", "-id"]
        # One index a sort of GET /v1/designs (either order: scanned backwards for asc),
        # ending with id, the tie-breaker that keyset (cursor) paging follows.
        indexes = [
            models.Index(fields=["owner", "-updated_at", "-id"], name="design_owner_updated_id"),
            models.Index(fields=["owner", "-created_at", "-id"], name="design_owner_created_id"),
            models.Index(fields=["owner", "title", "id"], name="design_owner_title_id"),
            # The campaign filter, in the default order: live designs (the default list; a
            # campaign archived whole lists empty at once), and archived ones included.
            models.Index(fields=["owner", "campaign", "-updated_at", "-id"],
                         condition=models.Q(is_archived=False), name="design_owner_live_campaign"),
            models.Index(fields=["owner", "campaign", "-updated_at", "-id"],
                         name="design_owner_campaign_upd"),
        ]

    def __str__(self) -> str:
        return self.title


class DesignRevision(models.Model):
    """The design as it was at one version; every change of a design keeps one."""

    class Source(models.TextChoices):
        CREATE = "create", "Created"
        DUPLICATE = "duplicate", "Duplicated"
        UPDATE = "update", "Updated (PATCH)"
        PATCH = "patch", "Patch operations"
        RESTORE = "restore", "Restored from a revision"
        AI_EDIT = "ai_edit", "AI edit"
        AI_GENERATE = "ai_generate", "AI generation"

    design = models.ForeignKey(Design, on_delete=models.CASCADE, related_name="revisions")
    version = models.PositiveIntegerField()
    title = models.CharField(max_length=200)
    design_json = models.JSONField()
    source = models.CharField(max_length=20, choices=Source.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["design", "version"],
                                    name="designrevision_design_version_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.design_id} v{self.version}"
