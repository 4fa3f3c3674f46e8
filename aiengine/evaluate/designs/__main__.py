"""`python -m aiengine.evaluate.designs [--out DIR] [--limit N] [--only TEXT]`: the design evaluation.

Runs standalone from a checkout: on an in-memory SQLite database with eager tasks and temporary files
(the test settings) unless --configured-db asks for the database and settings of the environment.
"""

from __future__ import annotations

import argparse
import os
import sys
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
    if not args.configured_db:
        os.environ["DJANGO_SETTINGS_MODULE"] = "radicpro.settings.test"
        os.environ["DATABASE_URL"] = "sqlite://:memory:"
    os.environ.setdefault("RADICPRO_LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.core.management import call_command

    if not args.configured_db:
        call_command("migrate", verbosity=0, interactive=False)
    from aiengine.evaluate.designs.runner import run

    run(out=args.out, limit=args.limit, only=args.only)


if __name__ == "__main__":
    main()
