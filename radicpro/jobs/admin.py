"""Admin for jobs (read-only: the workers own the rows), with the failed-job view and retry;
Idempotency-Key records too (the jobs app purges them)."""

from django.contrib import admin, messages
from django.utils.html import format_html, format_html_join

from radicpro.api.errors import ApiError
from radicpro.api.models import IdempotencyRecord
from radicpro.backoffice.display import (
    EMPTY,
    ReadOnlyAdmin,
    RowColumnsMixin,
    admin_link,
    can_change,
    changelist_link,
    pretty_json,
)
from radicpro.backoffice.services import job_retry
from radicpro.billing.models import CreditLedgerEntry

from .models import Job
from .registry import job_admin_links, retryable_kinds


class ErrorCodeFilter(admin.SimpleListFilter):
    """Failed jobs by their error code."""

    title = "error code"
    parameter_name = "error_code"

    def lookups(self, request, model_admin):
        codes = (Job.objects.filter(status=Job.Status.FAILED).values_list("error__code", flat=True)
                 .distinct().order_by())
        return [(code, code) for code in sorted({code for code in codes if code})]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(error__code=self.value())
        return queryset


@admin.register(Job)
class JobAdmin(RowColumnsMixin, ReadOnlyAdmin):
    list_display = ["id", "owner_link", "kind", "state", "error_code", "attempts", "credits_used",
                    "created_at"]
    list_filter = ["status", "kind", ErrorCodeFilter, "created_at"]
    search_fields = ["id", "owner__email", "owner__id", "message"]
    ordering = ["-created_at", "-id"]
    date_hierarchy = "created_at"
    list_select_related = ["owner"]
    actions = ["retry"]
    fieldsets = [
        (None, {"fields": ["id", "owner_link", "kind", "state", "progress", "message",
                           "attempts"]}),
        ("Failure", {"fields": ["error_summary", "error_details", "traceback"],
                     "description": "The error the job failed with, as its owner sees it "
                                    "(GET /v1/jobs/{jobId}), and for a crash the last frames "
                                    "of its traceback (full logs: the worker's, by job id)."}),
        ("Credits", {"fields": ["credits_reserved", "credits_used", "reservation_id"]}),
        ("Input and result", {"fields": ["input_json", "result_json", "related"]}),
        ("Times", {"fields": ["created_at", "started_at", "completed_at", "deadline_at",
                              "updated_at"]}),
    ]
    readonly_fields = ["id", "owner_link", "kind", "state", "progress", "message", "attempts",
                       "error_summary", "error_details", "traceback", "credits_reserved",
                       "credits_used",
                       "reservation_id", "input_json", "result_json", "related", "created_at",
                       "started_at", "completed_at", "deadline_at", "updated_at"]

    @admin.display(description="error")
    def error_code(self, obj: Job) -> str:
        return (obj.error or {}).get("code", "")

    @admin.display(description="traceback summary")
    def traceback(self, obj: Job):
        if not obj.traceback_summary:
            return "—"
        return format_html('<pre style="white-space: pre-wrap; max-width: 60em">{}</pre>',
                           obj.traceback_summary)

    @admin.display(description="error")
    def error_summary(self, obj: Job):
        if not obj.error:
            return EMPTY
        retryable = obj.error.get("retryable")
        return format_html(
            '<strong style="color:#cf222e">{}</strong>: {}<br>retryable by the client: {}',
            obj.error.get("code", "?"), obj.error.get("message", ""),
            "yes" if retryable else "no" if retryable is not None else "unknown")

    @admin.display(description="details")
    def error_details(self, obj: Job):
        details = (obj.error or {}).get("details")
        return pretty_json(details) if details else EMPTY

    @admin.display(description="input")
    def input_json(self, obj: Job):
        return pretty_json(obj.input)

    @admin.display(description="result")
    def result_json(self, obj: Job):
        return pretty_json(obj.result)

    @admin.display(description="related")
    def related(self, obj: Job):
        links = [changelist_link(CreditLedgerEntry, "ledger entries", reference=obj.pk),
                 *job_admin_links(obj)]
        return format_html_join(" · ", "{}", ((link,) for link in links))

    def has_retry_permission(self, request) -> bool:
        return can_change(request, Job)

    @admin.action(description="Retry the selected failed jobs", permissions=["retry"])
    def retry(self, request, queryset):
        """Each failed job runs again as a new job (see backoffice.services.job_retry)."""
        kinds = retryable_kinds()
        for job in queryset.select_related("owner"):
            if job.status != Job.Status.FAILED or job.kind not in kinds:
                self.message_user(request, f"Not retried: {job.id} ({job.kind}, {job.status}); "
                                  f"only failed {', '.join(kinds)} jobs can be.",
                                  messages.WARNING)
                continue
            try:
                again = job_retry(job=job)
            except ApiError as error:
                self.message_user(request, f"Not retried: {job.id}: {error.message}",
                                  messages.ERROR)
                continue
            self.log_change(request, job, f"Retried as {again.id}.")
            again.refresh_from_db()
            self.message_user(request, format_html(
                "Retried {} as {} (now {}).", job.id, admin_link(again, again.id),
                again.status), messages.SUCCESS)


@admin.register(IdempotencyRecord)
class IdempotencyRecordAdmin(ReadOnlyAdmin):
    """Idempotency-Key records (the jobs app's beat task purges them after 24 h)."""

    list_display = ["scope", "key", "status", "response_status", "created_at", "expires_at"]
    list_filter = ["status", "response_status"]
    search_fields = ["scope", "key"]
    ordering = ["-created_at"]
    fields = ["scope", "key", "fingerprint", "status", "response_status", "created_at",
              "expires_at"]
    readonly_fields = tuple(str(name) for name in fields)
