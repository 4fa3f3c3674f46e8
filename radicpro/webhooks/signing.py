"""Webhook secrets and the two signatures: Standard Webhooks and the platform's hex HMAC."""

import base64
import binascii
import hashlib
import hmac
import secrets

SECRET_PREFIX = "whsec_"  # noqa: S105 (a prefix, not a secret)


def secret_generate() -> str:
    """`whsec_` + base64 of 24 random bytes (the Standard Webhooks form)."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(24)).decode()


def whsec_key(secret: str) -> bytes | None:
    """The key bytes of a `whsec_` secret, or None when the rest is not valid base64."""
    encoded = secret[len(SECRET_PREFIX):]
    try:
        key = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    return key or None


def standard_key(secret: str) -> bytes:
    """The HMAC key of the Standard Webhooks signature.

    A `whsec_` secret is base64: its decoded bytes are the key (what `standardwebhooks`'
    `Webhook(secret)` uses). Any other client-chosen secret is used as its raw UTF-8 bytes
    (verify with `Webhook(secret.encode())`).
    """
    if secret.startswith(SECRET_PREFIX):
        key = whsec_key(secret)
        if key is not None:
            return key
    return secret.encode()


def standard_signature(*, secret: str, msg_id: str, timestamp: int, body: str) -> str:
    """`v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`."""
    signed = f"{msg_id}.{timestamp}.{body}".encode()
    digest = hmac.new(standard_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def platform_signature(*, secret: str, body: str) -> str:
    """Hex HMAC-SHA256 of the raw body keyed by the secret string (the platform spec's sample)."""
    return hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()


def signed_headers(*, secret: str, msg_id: str, timestamp: int, body: str) -> dict[str, str]:
    """Every header of a delivery."""
    return {
        "Content-Type": "application/json",
        "User-Agent": "RadicPro-Webhooks/1.0",
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": standard_signature(secret=secret, msg_id=msg_id,
                                                timestamp=timestamp, body=body),
        "X-Radic-Signature": platform_signature(secret=secret, body=body),
    }
