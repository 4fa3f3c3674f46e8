"""Design rows under concurrent writers (PostgreSQL): two PATCHes with the same If-Match, one
wins; a change in progress or a thumbnail being stored holds up no one it need not."""

import threading
import time

import pytest
from django.db import connection

from assets.models import Asset
from assets.services import asset_create_from_bytes
from designs import services, thumbnails
from designs.models import Design, DesignRevision
from exports.models import Export
from exports.services import ExportSpec, export_request
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


def _in_thread(target) -> threading.Thread:
    """Runs `target` in a thread with its own database connection, closed at the end."""
    def run():
        try:
            target()
        finally:
            connection.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def _rename_in_thread(user, design, answer: dict) -> threading.Thread:
    """PATCHes the design's title in a thread; `answer["code"]` is the status it got."""
    return _in_thread(lambda: answer.update(code=client_for(user).patch(
        f"/v1/designs/{design.id}", {"title": "Renamed"}, format="json").status_code))


def _held_up(thread: threading.Thread, release: threading.Event) -> bool:
    """Whether `thread` is still blocked after 10 s; then lets the holder go on."""
    thread.join(timeout=10)
    blocked = thread.is_alive()
    release.set()
    return blocked


def test_an_export_is_not_held_up_by_a_change_in_progress(monkeypatch):
    """A change holds the design's row lock; asking for an export of that design meanwhile
    answers at once (the lock is FOR NO KEY UPDATE, which the export's reference never waits for).
    """
    user = UserFactory()
    design = DesignFactory(owner=user)
    check_version = services._check_version
    locked, release = threading.Event(), threading.Event()

    def held_check(row, expected):
        check_version(row, expected)
        locked.set()
        release.wait(30)

    monkeypatch.setattr(services, "_check_version", held_check)
    changed: dict = {}
    change = _rename_in_thread(user, design, changed)
    assert locked.wait(10)
    exported = {}
    export = _in_thread(lambda: exported.update(job=export_request(
        owner=user, design_id=design.id, specs=[ExportSpec(format="png")])))
    held_up = _held_up(export, release)
    change.join(timeout=30)
    export.join(timeout=30)

    assert not held_up, "the export waited for the change to commit"
    assert changed == {"code": 200}
    assert Export.objects.filter(design=design, job=exported["job"]).count() == 1


def test_a_thumbnail_being_stored_holds_no_lock(monkeypatch):
    """While a thumbnail's file is being written (a slow storage, a stalled worker), the design
    can be changed; the late thumbnail of the old version is then thrown away, file and row."""
    user = UserFactory()
    design = DesignFactory(owner=user)
    storing, release = threading.Event(), threading.Event()

    def slow_store(**kwargs):
        asset = asset_create_from_bytes(**kwargs)
        if kwargs["filename"].endswith("-v1.png"):  # the change's own thumbnail (v2) is quick
            storing.set()
            release.wait(30)
        return asset

    monkeypatch.setattr(thumbnails, "asset_create_from_bytes", slow_store)
    drawn = {}
    draw = _in_thread(lambda: drawn.update(
        asset=thumbnails.design_thumbnail_render(design_id=design.id, version=1)))
    assert storing.wait(30)
    changed: dict = {}
    change = _rename_in_thread(user, design, changed)
    held_up = _held_up(change, release)
    draw.join(timeout=30)
    change.join(timeout=30)

    assert not held_up, "the change waited for the thumbnail's file to be stored"
    assert changed == {"code": 200}
    assert drawn == {"asset": None}  # version 1 is no longer current
    current = Design.objects.get(pk=design.pk)
    assert current.thumbnail_version == 2  # the change's own thumbnail, drawn on its commit
    assert list(Asset.objects.filter(owner=user, type="thumbnail")) == [current.thumbnail]
