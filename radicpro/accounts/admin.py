"""Admin of accounts: users (plan, credits, keys, recent jobs, grant credits, set password,
CSV export) and API keys."""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth.forms import SetPasswordForm
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from radicpro.api.errors import ApiError
from radicpro.backoffice.csv_export import csv_download
from radicpro.backoffice.display import (
    EMPTY,
    ReadOnlyAdmin,
    admin_link,
    can_change,
    changelist_link,
    status_badge,
    table,
)
from radicpro.backoffice.forms import GrantCreditsForm
from radicpro.billing.models import CreditLedgerEntry
from radicpro.billing.selectors import credit_summary, credit_transactions
from radicpro.billing.services import credits_grant
from radicpro.jobs.models import Job
from radicpro.jobs.selectors import jobs_of

from .models import ApiKey, LoginCounter, User
from .services import api_key_revoke, user_set_password

RECENT = 10


class ApiKeyInline(admin.TabularInline):
    """The user's keys, by prefix only (the secret is never stored); revoke from the key list."""

    model = ApiKey
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ["name", "prefix", "mode", "created_at", "last_used_at", "revoked_at"]
    readonly_fields = fields  # type: ignore[assignment]  # every field shown is read-only

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class ActiveKeyFilter(admin.SimpleListFilter):
    title = "state"
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [("active", "Active"), ("revoked", "Revoked")]

    def queryset(self, request, queryset):
        if self.value() == "active":
            return queryset.filter(revoked_at__isnull=True)
        if self.value() == "revoked":
            return queryset.filter(revoked_at__isnull=False)
        return queryset


@admin.register(User)
class UserAdmin(admin.ModelAdmin):
    list_display = ["email", "full_name", "plan", "credit_balance", "active_keys", "is_active",
                    "is_staff", "created_at"]
    list_filter = ["plan", "is_active", "is_staff", "is_superuser"]
    search_fields = ["email", "full_name", "id"]
    ordering = ["-created_at"]
    date_hierarchy = "created_at"
    list_select_related = ["credit_account"]
    actions = ["grant_credits", "export_csv"]
    inlines = [ApiKeyInline]
    readonly_fields = ["id", "email", "avatar_url", "password_link", "credits", "recent_ledger",
                       "recent_jobs", "last_login", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["id", "email", "full_name", "avatar_url", "plan", "password_link"]}),
        ("Credits", {"fields": ["credits", "recent_ledger"]}),
        ("Recent jobs", {"fields": ["recent_jobs"]}),
        ("Access", {"fields": ["is_active", "is_staff", "is_superuser", "groups",
                               "user_permissions"], "classes": ["collapse"]}),
        ("Dates", {"fields": ["last_login", "created_at", "updated_at"]}),
    ]
    filter_horizontal = ["groups", "user_permissions"]

    def has_add_permission(self, request):
        return False  # accounts are opened by sign-up (it opens the credit account too)

    def get_readonly_fields(self, request, obj=None):
        """Who is staff, and with which permissions, is a superuser's decision."""
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            fields += ["is_staff", "is_superuser", "groups", "user_permissions"]
        return fields

    def has_delete_permission(self, request, obj=None):
        return False  # the credit ledger is append-only: deactivate the account instead

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(
            active_key_count=Count("api_keys", filter=Q(api_keys__revoked_at__isnull=True)))

    @admin.display(description="credits", ordering="credit_account__balance")
    def credit_balance(self, obj: User):
        account = getattr(obj, "credit_account", None)
        return account.balance if account is not None else EMPTY

    @admin.display(description="API keys", ordering="active_key_count")
    def active_keys(self, obj: User) -> int:
        return obj.active_key_count  # type: ignore[attr-defined]  # annotated by get_queryset

    @admin.display(description="balance")
    def credits(self, obj: User):
        summary = credit_summary(user=obj)
        return format_html(
            "<strong>{}</strong> credits ({} reserved) · {} plan, {} a month · {}",
            summary["balance"], summary["reserved"], obj.get_plan_display(),
            summary["monthly_allowance"],
            changelist_link(CreditLedgerEntry, "full ledger", user=obj.pk))

    @admin.display(description="latest ledger entries")
    def recent_ledger(self, obj: User):
        entries = credit_transactions(user=obj)[:RECENT]
        return table(["entry", "kind", "amount", "balance after", "description", "when"],
                     ((admin_link(entry, entry.id), entry.get_kind_display(),
                       f"{entry.amount:+d}", entry.balance_after, entry.description,
                       entry.created_at.strftime("%Y-%m-%d %H:%M")) for entry in entries))

    @admin.display(description="jobs")
    def recent_jobs(self, obj: User):
        jobs = jobs_of(user=obj)[:RECENT]
        rows = [(admin_link(job, job.id), job.kind, status_badge(job.status),
                 (job.error or {}).get("code", ""), job.credits_used,
                 job.created_at.strftime("%Y-%m-%d %H:%M")) for job in jobs]
        if not rows:
            return EMPTY
        return table(["job", "kind", "status", "error", "credits", "created"], rows) \
            + changelist_link(Job, "all of this user's jobs", owner=obj.pk)

    @admin.display(description="password")
    def password_link(self, obj: User):
        if not obj.pk:
            return EMPTY
        url = reverse("admin:accounts_user_password", args=[obj.pk])
        state = "set" if obj.has_usable_password() else "not set"
        return format_html('{} · <a href="{}" class="button">Set a new password…</a>', state, url)

    def get_urls(self):
        return [
            path("<path:object_id>/password/", self.admin_site.admin_view(self.set_password_view),
                 name="accounts_user_password"),
            *super().get_urls(),
        ]

    def set_password_view(self, request, object_id):
        """Sets a customer's password (Django's admin form: twice, with the password rules);
        the account's sessions end and the change is written to the admin log."""
        user = self.get_object(request, unquote(object_id))
        if user is None:
            raise Http404("No such user.")
        if not self.has_change_permission(request, user) or (
                user.is_superuser and not request.user.is_superuser):
            raise PermissionDenied
        form = SetPasswordForm(user, request.POST or None)
        if request.method == "POST" and form.is_valid():
            user_set_password(user=user, password=form.cleaned_data["new_password1"])
            self.log_change(request, user, "Set a new password; the account's sessions ended.")
            self.message_user(request, f"Password of {user.email} changed; their sessions "
                              "were signed out.", messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:accounts_user_change", args=[user.pk]))
        return TemplateResponse(request, "admin/backoffice/set_password.html", {
            **self.admin_site.each_context(request),
            "title": f"Set the password of {user.email}",
            "opts": self.model._meta,
            "original": user,
            "form": form,
        })

    @admin.action(description="Export the selected users as CSV", permissions=["view"])
    def export_csv(self, request, queryset):
        return csv_download(filename="users", queryset=queryset.select_related(
            "credit_account").order_by("created_at"), columns={
            "id": lambda u: u.id, "email": lambda u: u.email, "full_name": lambda u: u.full_name,
            "plan": lambda u: u.plan,
            "credits": lambda u: getattr(getattr(u, "credit_account", None), "balance", 0),
            "active_api_keys": lambda u: u.active_key_count,
            "is_active": lambda u: u.is_active, "is_staff": lambda u: u.is_staff,
            "created_at": lambda u: u.created_at, "last_login": lambda u: u.last_login,
        })

    def has_grant_permission(self, request) -> bool:
        """Granting credits adds ledger entries."""
        return request.user.has_perm("billing.add_creditledgerentry")

    @admin.action(description="Grant credits to the selected users…", permissions=["grant"])
    def grant_credits(self, request, queryset):
        """An intermediate page (amount, reason); each grant is a ledger entry + an admin log."""
        users = list(queryset.order_by("email"))
        if "apply" in request.POST:
            form = GrantCreditsForm(request.POST)
            if form.is_valid():
                amount, reason = form.cleaned_data["amount"], form.cleaned_data["reason"]
                granted = 0
                for user in users:
                    try:
                        entry = credits_grant(user=user, amount=amount, description=reason,
                                              reference=f"admin:{request.user.pk}")
                    except ApiError as error:
                        self.message_user(request, f"Not granted to {user.email}: {error.message}",
                                          messages.ERROR)
                        continue
                    self.log_change(request, user, f"Granted {amount} credits ({entry.id}): "
                                    f"{reason}")
                    granted += 1
                if granted:
                    self.message_user(request, f"Granted {amount} credits to {granted} "
                                      f"user{'s' if granted != 1 else ''}: {reason}",
                                      messages.SUCCESS)
                return None
        else:
            form = GrantCreditsForm(initial={
                "_selected_action": [user.pk for user in users], "action": "grant_credits"})
        return TemplateResponse(request, "admin/backoffice/grant_credits.html", {
            **self.admin_site.each_context(request),
            "title": "Grant credits",
            "opts": self.model._meta,
            "users": users,
            "form": form,
        })


@admin.register(ApiKey)
class ApiKeyAdmin(ReadOnlyAdmin):
    list_display = ["prefix", "name", "owner", "mode", "state", "created_at", "last_used_at"]
    list_filter = [ActiveKeyFilter, "mode"]
    search_fields = ["prefix", "name", "user__email", "id"]
    ordering = ["-created_at"]
    list_select_related = ["user"]
    actions = ["revoke"]
    fields = ["id", "owner", "name", "prefix", "mode", "created_at", "last_used_at",
              "revoked_at"]
    readonly_fields = fields  # type: ignore[assignment]  # every field shown is read-only

    @admin.display(description="user", ordering="user__email")
    def owner(self, obj: ApiKey):
        return admin_link(obj.user, obj.user.email)

    @admin.display(description="state", ordering="revoked_at")
    def state(self, obj: ApiKey):
        return status_badge("active" if obj.is_active else "revoked")

    def has_revoke_permission(self, request) -> bool:
        return can_change(request, ApiKey)

    @admin.action(description="Revoke the selected API keys", permissions=["revoke"])
    def revoke(self, request, queryset):
        revoked = 0
        for key in queryset.filter(revoked_at__isnull=True):
            api_key_revoke(key=key)
            self.log_change(request, key, "Revoked the API key.")
            revoked += 1
        self.message_user(request, f"Revoked {revoked} API key{'s' if revoked != 1 else ''}.",
                          messages.SUCCESS)


@admin.register(LoginCounter)
class LoginCounterAdmin(ReadOnlyAdmin):
    """The login guard's counts (hashed account and client keys): what is being limited now."""

    list_display = ["key", "count", "expires_at"]
    search_fields = ["key"]
    ordering = ["-expires_at"]
