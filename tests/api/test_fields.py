"""The cheap list fields write exactly what DRF's own would."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from rest_framework import serializers

from radicpro.api.casing import to_camel, to_snake
from radicpro.api.fields import WireDateTimeField


@pytest.mark.parametrize("moment", [
    datetime(2026, 12, 3, 18, 5, 7, 123456, tzinfo=UTC),
    datetime(2026, 12, 3, 23, 35, 7, tzinfo=timezone(timedelta(hours=5, minutes=30))),
    datetime(2026, 1, 1, 0, 0, 0),  # naive: taken as UTC
    "2026-12-03T18:05:07Z",
    None,
])
def test_wire_timestamps_match_drfs_datetime_field(moment):
    drf = serializers.DateTimeField()
    assert WireDateTimeField().to_representation(moment) == drf.to_representation(moment)


def test_cached_recasing_gives_the_same_names():
    for snake, camel in [("total_pages", "totalPages"), ("next_cursor", "nextCursor"),
                         ("id", "id"), ("_private", "_private")]:
        assert to_camel(snake) == camel
        assert to_camel(snake) == camel  # again, from the cache
        if not snake.startswith("_"):
            assert to_snake(camel) == snake
