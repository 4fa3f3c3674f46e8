"""Two PATCHes with the same If-Match at the same moment: exactly one wins (PostgreSQL)."""

import threading
import time

import pytest
from django.db import connection

from designs import services
from designs.models import Design, DesignRevision
from tests.conftest import client_for
from tests.designs.factories import DesignFactory
from tests.factories import UserFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_same_if_match_exactly_one_wins(monkeypatch):
    user = UserFactory()
    design = DesignFactory(owner=user)
    check_version = services._check_version

    def slow_check(locked, expected):
        check_version(locked, expected)
        time.sleep(0.3)  # hold the row lock so the other request surely overlaps

    monkeypatch.setattr(services, "_check_version", slow_check)
    barrier = threading.Barrier(2)
    results: dict[str, int] = {}

    def patch(title: str) -> None:
        try:
            client = client_for(user)
            barrier.wait()
            response = client.patch(f"/v1/designs/{design.id}", {"title": title},
                                    format="json", HTTP_IF_MATCH='"1"')
            results[title] = response.status_code
        finally:
            connection.close()

    threads = [threading.Thread(target=patch, args=(title,)) for title in ("Left", "Right")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(results.values()) == [200, 412], results
    winner = next(title for title, code in results.items() if code == 200)
    design.refresh_from_db()
    assert (design.version, design.title) == (2, winner)
    assert DesignRevision.objects.filter(design=design).count() == 2
    assert Design.objects.count() == 1
