"""PostgreSQL whose kept connections are health-checked at most once a second each, and whose
timestamps are read by the C date parser.

Django's CONN_HEALTH_CHECKS runs `SELECT 1` before the first query of every request on a kept
connection: one more round trip a request, on an API whose reads are one query. Here a
connection opened or checked less than HEALTH_CHECK_INTERVAL seconds ago counts as healthy.
One that broke within that second fails its query (that request answers 500 SERVER_ERROR,
retryable) and Django drops it at the end of that request, as after any database error.

Django reads every `timestamptz` through psycopg's Python parser (to set the time zone it
wants), about 8 µs a value: two a design, forty-two a page of the design list. PostgreSQL's
ISO output (`2026-12-04 11:31:39.008123+00`) is what `datetime.fromisoformat` reads in C, in a
fraction of that; anything else (another DateStyle, a year past 9999) still goes through
psycopg's parser, which reads or refuses it as before.
"""

import time
from datetime import datetime

from django.db.backends.postgresql import base
from psycopg.types.datetime import TimestamptzLoader

HEALTH_CHECK_INTERVAL = 1.0


class IsoTimestamptzLoader(TimestamptzLoader):
    """Django's timestamptz loader (the moment in the connection's time zone), reading ISO text
    with the C parser first."""

    timezone = None  # Django's connection time zone, set on the subclass registered

    def load(self, data):
        try:
            moment = datetime.fromisoformat(bytes(data).decode("ascii"))
        except ValueError:
            moment = super().load(data)
        return moment.replace(tzinfo=self.timezone)


class DatabaseWrapper(base.DatabaseWrapper):
    checked_at = 0.0
    health_check_enabled: bool  # Django's, set when the connection opens
    health_check_done: bool

    def connect(self):
        super().connect()
        self.checked_at = time.monotonic()

    def get_new_connection(self, conn_params):
        connection = super().get_new_connection(conn_params)
        loader = type("ConnectionTimestamptzLoader", (IsoTimestamptzLoader,),
                      {"timezone": self.timezone})
        connection.adapters.register_loader("timestamptz", loader)
        return connection

    def close_if_health_check_failed(self):
        if self.health_check_enabled and not self.health_check_done \
                and time.monotonic() - self.checked_at < HEALTH_CHECK_INTERVAL:
            self.health_check_done = True
            return
        super().close_if_health_check_failed()
        self.checked_at = time.monotonic()
