"""`python -m assistant.evaluation [--out DIR] [--only ID ...]`: runs the conversation evaluation.

It runs on a scratch SQLite database of its own (migrated on start) with tasks run in-process, so it
needs no server; the assistant is whichever one the settings choose (the local one by default).
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("out/evaluate-chats"))
    parser.add_argument("--only", nargs="*", default=None, help="conversation ids to run")
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="radicpro-chat-eval-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{scratch / 'eval.sqlite3'}"
    os.environ.setdefault("RADICPRO_VAR_DIR", str(scratch))
    os.environ["RADICPRO_RATE_LIMITS_ENABLED"] = "0"
    os.environ.pop("REDIS_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "radicpro.settings.test"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from assistant.evaluation.runner import run_all

    return run_all(out=args.out, only=args.only)


if __name__ == "__main__":
    sys.exit(main())
