"""Timestamps read from PostgreSQL by the C date parser are the moments that were saved: to
the microsecond, in UTC, whatever the session's DateStyle."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from django.db import connection

from designs.models import Design
from radicpro.db.postgresql.base import IsoTimestamptzLoader
from tests.designs.factories import DesignFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def _read_back(moment: datetime) -> datetime:
    design = DesignFactory()
    Design.objects.filter(pk=design.pk).update(updated_at=moment)
    return Design.objects.values_list("updated_at", flat=True).get(pk=design.pk)


def test_the_connection_reads_timestamps_with_the_iso_loader():
    connection.ensure_connection()
    loader = connection.connection.adapters.get_loader(
        connection.connection.adapters.types["timestamptz"].oid, 0)
    assert issubclass(loader, IsoTimestamptzLoader) and loader.timezone == UTC


@pytest.mark.parametrize("moment", [
    datetime(2026, 12, 4, 11, 31, 39, 8123, tzinfo=UTC),
    datetime(2026, 12, 4, 11, 31, 39, tzinfo=UTC),  # no fraction: PostgreSQL writes none
    datetime(1, 1, 1, 0, 0, tzinfo=UTC),
    datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
    datetime(2026, 6, 1, 12, 0, tzinfo=timezone(timedelta(hours=5, minutes=30))),
])
def test_a_timestamp_reads_back_as_the_moment_saved_in_utc(moment):
    read = _read_back(moment)
    assert read == moment and read.tzinfo == UTC
    assert read.utcoffset() == timedelta(0)


def test_another_date_style_is_still_read_right():
    moment = datetime(2026, 12, 4, 11, 31, 39, 8123, tzinfo=UTC)
    with connection.cursor() as cursor:
        cursor.execute("SET DateStyle TO 'SQL, DMY'")
    try:
        with pytest.raises(Exception, match="(?i)datestyle"):
            _read_back(moment)  # psycopg's own parser refuses it, as without this loader
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SET DateStyle TO 'ISO, MDY'")
    assert _read_back(moment) == moment
