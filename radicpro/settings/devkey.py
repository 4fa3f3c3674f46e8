"""The development secret key: random per install, kept in the var directory (mode 0600)."""

import os
import secrets
from pathlib import Path

FILE_NAME = "dev-secret-key"


def development_secret_key(var_dir: Path) -> str:
    """The install's key, created on first start; concurrent first starts agree on one key."""
    path = var_dir / FILE_NAME
    if not path.exists():
        draft = var_dir / f".{FILE_NAME}.{os.getpid()}.{secrets.token_hex(4)}"
        descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_urlsafe(64))
        try:
            os.link(draft, path)  # atomic: the first process to link wins, the others read it
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    key = path.read_text().strip()
    if len(key) < 50:
        raise RuntimeError(f"{path} holds no usable key; delete it to make a new one")
    return key
