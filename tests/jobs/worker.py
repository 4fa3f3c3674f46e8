"""A real Celery worker for the tests that need one (PostgreSQL + Redis, a queue of its own).

The broker is a Redis database of its own (`RADICPRO_TEST_BROKER_URL`, default: REDIS_URL's
server, database 14): the suite's cache is flushed between tests, and a flush in the cache's
database would drop the worker's messages.
"""

import os
import signal
import subprocess
import sys
import time
import uuid
import warnings
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def database_url() -> str:
    db = connection.settings_dict
    auth = quote(db["USER"] or "")
    if db.get("PASSWORD"):
        auth += ":" + quote(db["PASSWORD"])
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def broker_url() -> str:
    explicit = os.environ.get("RADICPRO_TEST_BROKER_URL")
    if explicit:
        return explicit
    base = settings.REDIS_URL.rstrip("/")
    head, _, last = base.rpartition("/")
    return f"{head}/14" if last.isdigit() and head.count("/") >= 2 else f"{base}/14"


def send(task_name: str, args: tuple, queue: str) -> None:
    """Sends a task to the test worker's queue (never eagerly, whatever the settings say)."""
    from radicpro.celery import app

    with app.connection_for_write(broker_url()) as conn, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # AlwaysEagerIgnored: going to the broker is the point
        app.send_task(task_name, args=args, queue=queue, connection=conn)


def start_worker(queue: str, log: Path, **extra_env: str) -> subprocess.Popen:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "radicpro.settings.base",
           "DATABASE_URL": database_url(), "REDIS_URL": settings.REDIS_URL,
           "CELERY_BROKER_URL": broker_url(), **extra_env,
           "CELERY_TASK_ALWAYS_EAGER": "0", "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "celery", "-A", "radicpro", "worker", "-Q", queue,
               "--include", "tests.jobs.worker_tasks", "--concurrency", "1", "--pool", "prefork",
               "--without-gossip", "--without-mingle", "--without-heartbeat", "-l", "INFO",
               "-n", f"{queue}-{uuid.uuid4().hex[:6]}@%h"]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log.open("ab"),  # noqa: S603
                            stderr=subprocess.STDOUT, start_new_session=True)


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def wait_for(predicate, timeout: float, what: str, log: Path):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"Timed out waiting for {what}; worker log:\n"
                         + log.read_text(errors="replace")[-3000:])


def stop(worker: subprocess.Popen) -> None:
    if worker.poll() is None:  # the worker runs in a process group of its own (its pool too)
        os.killpg(worker.pid, signal.SIGTERM)
        try:
            worker.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait(timeout=5)


def wait_until_ready(log: Path, timeout: float = 60) -> None:
    """Waits for the worker's "ready." line (it connected and consumes its queue)."""
    wait_for(lambda: " ready." in log.read_text(errors="replace"), timeout, "the worker", log)


def new_queue() -> str:
    return f"test-jobs-{uuid.uuid4().hex[:10]}"
