"""Job-finished notifications: a finished job is announced, and a request waiting for it wakes.

The announcement (on commit of the row that finishes the job) wakes the waiters of this process
at once, and with REDIS_URL it is also published on one Redis channel, which one listener
thread per web process turns into wake-ups of its own waiters. Without Redis (the embedded
defaults) a waiter in another process than the worker learns of the end by re-reading the row
at a short steady interval. The row stays the truth either way: a waiter re-reads it on every
wake-up and at least every `recheck_seconds()`, so a lost message costs latency, never a
wrong answer.
"""

import contextlib
import functools
import logging
import threading
import time
from collections.abc import Iterator

from django.conf import settings

logger = logging.getLogger(__name__)

LISTENER_READY_WAIT = 1.0  # s a first waiter gives the listener to subscribe
LISTENER_RETRY = 1.0  # s between attempts to subscribe again after Redis went away


class _Waiters:
    """The events of the requests of this process waiting for jobs, by job id."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._events: dict[str, set[threading.Event]] = {}

    def add(self, job_id: str) -> threading.Event:
        event = threading.Event()
        with self._lock:
            self._events.setdefault(job_id, set()).add(event)
        return event

    def remove(self, job_id: str, event: threading.Event) -> None:
        with self._lock:
            events = self._events.get(job_id)
            if events is not None:
                events.discard(event)
                if not events:
                    del self._events[job_id]

    def wake(self, job_id: str) -> None:
        with self._lock:
            events = list(self._events.get(job_id, ()))
        for event in events:
            event.set()


_waiters = _Waiters()
_listener_lock = threading.Lock()
_listener: threading.Thread | None = None
_listener_ready = threading.Event()


def channel() -> str:
    """The Redis channel finished job ids are published on."""
    prefix = settings.CACHES["default"].get("KEY_PREFIX") or "radicpro"
    return f"{prefix}:jobs:finished"


def recheck_seconds() -> float:
    """How often a waiter re-reads the job row without being woken."""
    return float(settings.RADICPRO_JOB_WAIT_RECHECK_SECONDS)


def _redis_client():
    return _client_for(settings.REDIS_URL)


@functools.lru_cache(maxsize=2)
def _client_for(url: str):
    """One client (connection pool) a process; redis-py re-opens its connections after a fork."""
    import redis

    return redis.Redis.from_url(url, socket_connect_timeout=2, health_check_interval=30)


def job_finished_announce(job_id: str) -> None:
    """Wakes whoever waits for `job_id` (call it once the finished row is committed)."""
    _waiters.wake(job_id)
    if not settings.REDIS_URL:
        return
    try:
        _redis_client().publish(channel(), job_id)
    except Exception:  # noqa: BLE001 - a lost wake-up only delays the waiter until it re-reads
        logger.warning("Could not publish the end of job %s", job_id, exc_info=True)


def _listen() -> None:
    """The listener thread: subscribes to the channel and wakes the waiters it names."""
    while True:
        try:
            pubsub = _redis_client().pubsub(ignore_subscribe_messages=True)
            pubsub.subscribe(channel())
            _listener_ready.set()
            for message in pubsub.listen():
                data = message.get("data")
                if isinstance(data, bytes):
                    _waiters.wake(data.decode())
        except Exception:  # noqa: BLE001 - Redis went away: the rechecks cover the gap
            logger.warning("Job notifications interrupted; subscribing again", exc_info=True)
        _listener_ready.clear()
        time.sleep(LISTENER_RETRY)


def _ensure_listener() -> None:
    global _listener
    with _listener_lock:
        if _listener is None or not _listener.is_alive():
            _listener = threading.Thread(target=_listen, name="job-finished-listener",
                                         daemon=True)
            _listener.start()
    _listener_ready.wait(LISTENER_READY_WAIT)


@contextlib.contextmanager
def job_finished_subscription(job_id: str) -> Iterator[threading.Event]:
    """An event set when `job_id` is announced finished, for the duration of the block.

    Subscribe before reading the row: an end announced between the read and the wait then
    still sets the event.
    """
    if settings.REDIS_URL:
        _ensure_listener()
    event = _waiters.add(job_id)
    try:
        yield event
    finally:
        _waiters.remove(job_id, event)
