"""Loads the demo world (exports/demo.py): a demo user with a brand kit, a campaign, designs and
exports, and a staff user for /admin/. Offline; safe to run again."""

from django.core.management.base import BaseCommand

from exports.demo import ADMIN_EMAIL, ADMIN_PASSWORD, DEMO_EMAIL, DEMO_PASSWORD, demo_world


class Command(BaseCommand):
    help = ("Load the demo user (brand kit, campaign, designs, exports) and a staff user for "
            "/admin/. Safe to run again.")

    def handle(self, *args, **options):
        counts = demo_world()
        self.stdout.write(
            f"Demo user: {DEMO_EMAIL} / {DEMO_PASSWORD} ({counts['designs']} designs, "
            f"{counts['exports']} exports)   Admin: {ADMIN_EMAIL} / {ADMIN_PASSWORD}")
