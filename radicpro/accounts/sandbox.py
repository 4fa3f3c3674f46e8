"""What a sandbox (rp_test_) key may do: one table by URL name, enforced by one permission.

A sandbox key works on the account's own designs, brands, assets, campaigns, exports and jobs,
and runs the AI endpoints on the local (free) providers without spending credits. It cannot
touch what changes the account itself: its API keys (a leaked test key must not mint a live
one), its webhook endpoints (where the live events go), its password and credit purchases (real
money).
Every endpoint under /v1/ is listed here (a test keeps it so): a new one must be classified.
"""

from rest_framework.permissions import BasePermission

from radicpro.api.errors import ApiError, ErrorCode

from .models import ApiKey

ALLOWED = None
KEYS = "API keys are managed with a live key or a signed-in session"
WEBHOOKS = "webhook endpoints receive live events and are managed with a live key or a session"
PURCHASE = "credits are bought with a live key or a signed-in session"
ACCOUNT = "the account's password is changed with a live key or a signed-in session"

# URL name → None (a sandbox key may call it) or why only a live key or a session may.
SANDBOX_POLICY: dict[str, str | None] = {
    "openapi-schema": ALLOWED, "api-docs": ALLOWED,
    "auth-signup": ALLOWED, "auth-login": ALLOWED, "auth-refresh": ALLOWED, "auth-me": ALLOWED,
    "auth-logout": ALLOWED, "auth-password-reset": ALLOWED,
    "auth-password-reset-confirm": ALLOWED, "auth-password-change": ACCOUNT,
    "api-key-list": KEYS, "api-key-detail": KEYS,
    "job-list": ALLOWED, "job-detail": ALLOWED,
    "credits-balance": ALLOWED, "credits-transactions": ALLOWED, "credits-estimate": ALLOWED,
    "credits-purchase": PURCHASE,
    "webhook-list": WEBHOOKS, "webhook-detail": WEBHOOKS, "webhook-deliveries": WEBHOOKS,
    "webhook-test": WEBHOOKS, "webhook-delivery-redeliver": WEBHOOKS,
    "design-schema": ALLOWED, "formats": ALLOWED,
    "design-list": ALLOWED, "design-detail": ALLOWED, "design-apply-patch": ALLOWED,
    "design-duplicate": ALLOWED, "design-restore": ALLOWED, "design-revision": ALLOWED,
    "design-revisions": ALLOWED,
    "brand-list": ALLOWED, "brand-detail": ALLOWED, "brand-font-delete": ALLOWED,
    "brand-fonts": ALLOWED, "brand-logo": ALLOWED,
    "asset-file": ALLOWED, "asset-list": ALLOWED, "asset-detail": ALLOWED,
    "campaign-list": ALLOWED, "campaign-detail": ALLOWED,
    "ai-generate-designs": ALLOWED, "ai-edit-design": ALLOWED, "ai-smart-image": ALLOWED,
    "ai-smart-image-regenerate": ALLOWED, "design-adapt": ALLOWED, "campaign-adapt": ALLOWED, "tools-list": ALLOWED, "tools-execute": ALLOWED,
    "ai-chat": ALLOWED, "ai-chat-message": ALLOWED, "ai-chat-history": ALLOWED,
    "export-create": ALLOWED, "export-batch": ALLOWED, "export-list": ALLOWED,
    "export-detail": ALLOWED,
}


def sandbox_refusal(url_name: str | None) -> str | None:
    """Why a sandbox key may not call the endpoint named `url_name`; None when it may.

    An endpoint missing from the table is refused: new endpoints are live-only until listed."""
    if url_name in SANDBOX_POLICY:
        return SANDBOX_POLICY[url_name]
    return "this endpoint is not open to sandbox keys"


class SandboxKeyPolicy(BasePermission):
    """Refuses a sandbox key (403 FORBIDDEN) on the endpoints SANDBOX_POLICY keeps live-only."""

    def has_permission(self, request, view) -> bool:
        key = getattr(request, "auth", None)
        if not isinstance(key, ApiKey) or not key.is_sandbox:
            return True
        match = getattr(request, "resolver_match", None)
        reason = sandbox_refusal(match.url_name if match else None)
        if reason is not None:
            raise ApiError(ErrorCode.FORBIDDEN, f"Sandbox (rp_test_) keys cannot do this: {reason}.",
                           details={"keyMode": "test"})
        return True
