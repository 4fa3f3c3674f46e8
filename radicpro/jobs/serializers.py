"""Output and filter shapes of the jobs endpoints (snake_case; camelCase on the wire)."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from radicpro.api.casing import WireDict, camelize
from radicpro.api.fields import ListModelSerializer
from radicpro.api.schema import NULLABLE_ERROR_FIELD
from radicpro.api.wire import wire_time

from .models import Job


class JobOutput(ListModelSerializer):
    job_id = serializers.CharField(source="id", read_only=True,
                                   help_text="Same as id (the platform spec's name).")
    result = serializers.JSONField(read_only=True, allow_null=True,
                                   help_text="The body the synchronous call would have returned.")
    error = serializers.SerializerMethodField()

    class Meta:
        model = Job
        fields = ["id", "job_id", "kind", "status", "progress", "message", "result", "error",
                  "credits_used", "attempts", "created_at", "started_at", "completed_at",
                  "updated_at"]

    @extend_schema_field(NULLABLE_ERROR_FIELD)
    def get_error(self, job: Job):
        return job.error


def job_data(job: Job) -> WireDict:
    """``JobOutput(job).data`` on the wire (camelCase), built directly: clients poll jobs and
    list them twenty at a time, and DRF's per-field machinery cost half of such a request
    (tests/jobs/test_output_builder.py keeps the two equal)."""
    return WireDict(
        id=str(job.id),
        jobId=str(job.id),
        kind=str(job.kind),
        status=str(job.status),
        progress=int(job.progress),
        message=str(job.message),
        result=job.result,  # stored as the sync call's body, already on the wire
        error=camelize(job.error),
        creditsUsed=int(job.credits_used),
        attempts=int(job.attempts),
        createdAt=wire_time(job.created_at),
        startedAt=wire_time(job.started_at),
        completedAt=wire_time(job.completed_at),
        updatedAt=wire_time(job.updated_at),
    )


class JobFilterInput(serializers.Serializer):
    status = serializers.ChoiceField(choices=Job.Status.choices, required=False)
    kind = serializers.CharField(max_length=40, required=False)


class JobAcceptedOutput(serializers.Serializer):
    """What a slow endpoint answers with 202 (Prefer: respond-async, or past the wait)."""

    job_id = serializers.CharField()
    id = serializers.CharField()
    status = serializers.ChoiceField(choices=Job.Status.choices)
    progress = serializers.IntegerField()
    status_url = serializers.URLField()
