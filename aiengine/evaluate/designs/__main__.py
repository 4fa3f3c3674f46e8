"""`python -m aiengine.evaluate.designs [--out DIR] [--limit N] [--only TEXT]`: the design evaluation.

Runs standalone from a checkout: on a throwaway SQLite file, migrated first, with eager tasks and temporary
files (the test settings) unless --configured-db asks for the database and settings of the environment. A file,
not ":memory:": smart images are drawn in worker threads, and each thread's connection to an in-memory
database would open a new, empty (unmigrated) one.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("out/evaluate/designs"))
    parser.add_argument("--limit", type=int, default=None, help="only the first N prompts")
    parser.add_argument("--only", default=None, help="only prompts whose id contains this")
    parser.add_argument("--configured-db", action="store_true",
                        help="use DJANGO_SETTINGS_MODULE and DATABASE_URL as configured (migrated)")
    args = parser.parse_args()
    root = Path(__file__).resolve().parents[3]
    sys.path.insert(0, str(root))
    scratch = None if args.configured_db else Path(tempfile.mkdtemp(prefix="radicpro-evaluate-"))
    if scratch is not None:
        os.environ["DJANGO_SETTINGS_MODULE"] = "radicpro.settings.test"
        os.environ["DATABASE_URL"] = f"sqlite:///{scratch / 'evaluate.sqlite3'}"
    os.environ.setdefault("RADICPRO_LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.core.management import call_command

    if scratch is not None:
        call_command("migrate", verbosity=0, interactive=False)
    from aiengine.evaluate.designs.runner import run

    try:
        run(out=args.out, limit=args.limit, only=args.only)
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
