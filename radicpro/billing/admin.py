"""Admin for credits: accounts and the (read-only) ledger."""

from django.contrib import admin

from .models import CreditAccount, CreditLedgerEntry, CreditReservation


@admin.register(CreditAccount)
class CreditAccountAdmin(admin.ModelAdmin):
    list_display = ["user", "balance", "low_notified", "updated_at"]
    search_fields = ["user__email"]
    readonly_fields = ["balance", "low_notified"]
    raw_id_fields = ["user"]


@admin.register(CreditLedgerEntry)
class CreditLedgerEntryAdmin(admin.ModelAdmin):
    list_display = ["id", "user", "kind", "amount", "balance_after", "created_at"]
    list_filter = ["kind"]
    search_fields = ["id", "user__email", "reference"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


@admin.register(CreditReservation)
class CreditReservationAdmin(admin.ModelAdmin):
    list_display = ["id", "user", "amount", "status", "sandbox", "created_at"]
    list_filter = ["status", "sandbox"]
    raw_id_fields = ["user"]
