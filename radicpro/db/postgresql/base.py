"""PostgreSQL whose kept connections are health-checked at most once a second each.

Django's CONN_HEALTH_CHECKS runs `SELECT 1` before the first query of every request on a kept
connection: one more round trip a request, on an API whose reads are one query. Here a
connection opened or checked less than HEALTH_CHECK_INTERVAL seconds ago counts as healthy.
One that broke within that second fails its query (that request answers 500 SERVER_ERROR,
retryable) and Django drops it at the end of that request, as after any database error.
"""

import time

from django.db.backends.postgresql import base

HEALTH_CHECK_INTERVAL = 1.0


class DatabaseWrapper(base.DatabaseWrapper):
    checked_at = 0.0
    health_check_enabled: bool  # Django's, set when the connection opens
    health_check_done: bool

    def connect(self):
        super().connect()
        self.checked_at = time.monotonic()

    def close_if_health_check_failed(self):
        if self.health_check_enabled and not self.health_check_done \
                and time.monotonic() - self.checked_at < HEALTH_CHECK_INTERVAL:
            self.health_check_done = True
            return
        super().close_if_health_check_failed()
        self.checked_at = time.monotonic()
