"""Brand writes under real concurrency (PostgreSQL): no lost colour, exactly one default."""

import threading

import pytest
from django.db import connection

from brands import services
from brands.models import BrandKit
from tests.brands.factories import COLORS, BrandKitFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def run_together(*calls):
    barrier = threading.Barrier(len(calls))
    errors = []

    def worker(call):
        try:
            barrier.wait()
            call()
        except Exception as exc:  # noqa: BLE001 (surfaced by the assertion below)
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors


def test_concurrent_patches_of_different_colours_both_survive(user):
    brand = BrandKitFactory(owner=user, is_default=True)
    run_together(
        lambda: services.brand_update(brand=brand, changes={"colors": {"primary": "#111111"}}),
        lambda: services.brand_update(brand=brand, changes={"colors": {"accent": "#222222"}}),
    )
    brand.refresh_from_db()
    assert brand.colors == {**COLORS, "primary": "#111111", "accent": "#222222"}


def test_concurrent_default_changes_leave_exactly_one_default(user):
    brands = [BrandKitFactory(owner=user, is_default=index == 0) for index in range(4)]
    run_together(*[
        (lambda b=b: services.brand_update(brand=b, changes={"is_default": True}))
        for b in brands[1:]
    ], lambda: services.brand_create(owner=user, name="New", is_default=True))
    assert BrandKit.objects.filter(owner=user, is_default=True).count() == 1


def test_concurrent_first_brands_make_one_default(user):
    run_together(*[(lambda n=n: services.brand_create(owner=user, name=f"B{n}"))
                   for n in range(3)])
    assert BrandKit.objects.filter(owner=user).count() == 3
    assert BrandKit.objects.filter(owner=user, is_default=True).count() == 1
