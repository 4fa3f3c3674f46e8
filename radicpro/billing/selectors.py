"""Credit reads: the balance, its summary, the ledger, and what a request would cost."""

from django.db.models import QuerySet, Sum

from .costs import cost_of
from .models import CreditAccount, CreditLedgerEntry, CreditReservation


def _account(user) -> CreditAccount:
    account = CreditAccount.objects.filter(user=user).first()
    if account is None:  # an account from before billing existed: open it now
        from .services import account_open

        account = account_open(user=user)
    return account


def credit_balance(*, user) -> int:
    """The user's spendable credits (the ledger's sum)."""
    return _account(user).balance


def credit_summary(*, user) -> dict:
    """{"balance", "plan", "monthly_allowance", "expires_at", "reserved"}."""
    from .services import monthly_allowance_of

    account = _account(user)
    reserved = (CreditReservation.objects.filter(user=user, status=CreditReservation.Status.HELD)
                .aggregate(total=Sum("amount"))["total"]) or 0
    return {"balance": account.balance, "plan": user.plan,
            "monthly_allowance": monthly_allowance_of(user), "expires_at": None,
            "reserved": reserved}


def credit_transactions(*, user) -> QuerySet[CreditLedgerEntry]:
    """The user's ledger, newest first."""
    _account(user)
    return CreditLedgerEntry.objects.filter(user=user).order_by("-created_at", "-id")


def reservations_held_since_before(*, before, limit: int = 500) -> list[tuple[str, str]]:
    """(id, reference) of the reservations still held that were made before `before`, oldest
    first."""
    return list(CreditReservation.objects.filter(status=CreditReservation.Status.HELD,
                                                 created_at__lt=before)
                .order_by("created_at").values_list("pk", "reference")[:limit])


def ledger_sum(*, user) -> int:
    return CreditLedgerEntry.objects.filter(user=user).aggregate(total=Sum("amount"))["total"] or 0


def credits_estimate(*, user, action: str, variants: int = 1, smart_images: int = 0,
                     image_resolution: str = "1k", edits: int = 1, sandbox: bool = False) -> dict:
    """What an AI request would cost, item by item, against the user's balance (a dry run)."""
    items: list[tuple[str, int, dict]] = []
    if action == "generate_designs":
        items.append(("design_variant", variants, {}))
        if smart_images:
            items.append(("smart_image", smart_images, {"resolution": image_resolution}))
    elif action == "smart_image":
        items.append(("smart_image", max(smart_images, 1), {"resolution": image_resolution}))
    elif action == "edit_design":
        items.append(("ai_edit", edits, {}))
    elif action == "export":
        items.append(("export", 1, {}))
    breakdown = []
    for item, quantity, params in items:
        unit = cost_of(item, **params)
        breakdown.append({"item": item, "quantity": quantity, "unit_credits": unit,
                          "credits": unit * quantity, **params})
    credits = sum(line["credits"] for line in breakdown)
    balance = credit_balance(user=user)
    return {"credits": credits, "breakdown": breakdown, "balance": balance,
            "sufficient": sandbox or balance >= credits, "sandbox": sandbox,
            "charged": 0 if sandbox else credits}
