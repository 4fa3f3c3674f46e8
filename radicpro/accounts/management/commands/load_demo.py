"""Creates (or refreshes) the demo account and a staff account for a first look."""

from django.core.management.base import BaseCommand
from django.db import transaction

from radicpro.accounts.models import User

DEMO_EMAIL = "demo@radicpro.local"
DEMO_PASSWORD = "radic-demo-2025"  # noqa: S105 — a documented local demo credential
ADMIN_EMAIL = "admin@radicpro.local"
ADMIN_PASSWORD = "radic-admin-2025"  # noqa: S105 — a documented local demo credential


class Command(BaseCommand):
    help = "Load the demo user (and a staff user for /admin/). Safe to run again."

    @transaction.atomic
    def handle(self, *args, **options):
        demo, _ = User.objects.get_or_create(
            email=DEMO_EMAIL, defaults={"full_name": "Demo Marketer", "plan": "pro"})
        demo.set_password(DEMO_PASSWORD)
        demo.save()
        admin, _ = User.objects.get_or_create(
            email=ADMIN_EMAIL,
            defaults={"full_name": "Radic Operator", "is_staff": True, "is_superuser": True})
        admin.set_password(ADMIN_PASSWORD)
        admin.save()
        self.stdout.write(
            f"Demo user: {DEMO_EMAIL} / {DEMO_PASSWORD}   Admin: {ADMIN_EMAIL} / {ADMIN_PASSWORD}"
        )
