"""Admin for credits: accounts, the append-only ledger and reservations, all read-only.

Balances move only through the billing services (a grant is the users' "Grant credits" action).
The ledger (the API's credit transactions) downloads as CSV.
"""

from django.contrib import admin

from radicpro.backoffice.csv_export import csv_download
from radicpro.backoffice.display import ReadOnlyAdmin, admin_link, status_badge

from .models import CreditAccount, CreditLedgerEntry, CreditReservation


@admin.register(CreditAccount)
class CreditAccountAdmin(ReadOnlyAdmin):
    list_display = ["owner", "balance", "low_notified", "updated_at"]
    list_filter = ["low_notified"]
    search_fields = ["user__email", "user__id"]
    ordering = ["-updated_at"]
    list_select_related = ["user"]
    fields = ["owner", "balance", "low_notified", "created_at", "updated_at"]
    readonly_fields = fields  # type: ignore[assignment]  # every field shown is read-only

    @admin.display(description="user", ordering="user__email")
    def owner(self, obj: CreditAccount):
        return admin_link(obj.user, obj.user.email)


@admin.register(CreditLedgerEntry)
class CreditLedgerEntryAdmin(ReadOnlyAdmin):
    list_display = ["id", "owner", "kind", "signed_amount", "balance_after", "description",
                    "reference", "created_at"]
    list_filter = ["kind", "created_at"]
    search_fields = ["id", "user__email", "user__id", "reference", "description"]
    ordering = ["-created_at", "-id"]
    date_hierarchy = "created_at"
    list_select_related = ["user"]
    fields = ["id", "owner", "kind", "amount", "balance_after", "description", "reference",
              "period", "created_at"]
    readonly_fields = fields  # type: ignore[assignment]  # every field shown is read-only

    actions = ["export_csv"]

    @admin.display(description="user", ordering="user__email")
    def owner(self, obj: CreditLedgerEntry):
        return admin_link(obj.user, obj.user.email)

    @admin.action(description="Export the selected transactions as CSV", permissions=["view"])
    def export_csv(self, request, queryset):
        return csv_download(filename="transactions", queryset=queryset.select_related(
            "user").order_by("created_at", "id"), columns={
            "id": lambda e: e.id, "user_id": lambda e: e.user_id,
            "user_email": lambda e: e.user.email, "kind": lambda e: e.kind,
            "amount": lambda e: e.amount, "balance_after": lambda e: e.balance_after,
            "description": lambda e: e.description, "reference": lambda e: e.reference,
            "period": lambda e: e.period, "created_at": lambda e: e.created_at,
        })

    @admin.display(description="amount", ordering="amount")
    def signed_amount(self, obj: CreditLedgerEntry) -> str:
        return f"{obj.amount:+d}"


@admin.register(CreditReservation)
class CreditReservationAdmin(ReadOnlyAdmin):
    list_display = ["id", "owner", "amount", "reason", "state", "sandbox", "reference",
                    "created_at", "resolved_at"]
    list_filter = ["status", "sandbox", "created_at"]
    search_fields = ["id", "user__email", "reference", "reason"]
    ordering = ["-created_at"]
    list_select_related = ["user"]
    fields = ["id", "owner", "amount", "reason", "reference", "sandbox", "status",
              "created_at", "resolved_at"]
    readonly_fields = fields  # type: ignore[assignment]  # every field shown is read-only

    @admin.display(description="user", ordering="user__email")
    def owner(self, obj: CreditReservation):
        return admin_link(obj.user, obj.user.email)

    @admin.display(description="status", ordering="status")
    def state(self, obj: CreditReservation):
        return status_badge(obj.status)
