"""A live Radic Pro for the fault suite and the soak: `radicpro.serve` on loopback in a var directory
of its own, on the embedded defaults or on a private PostgreSQL and Redis started (and stopped) here.

Never touches the machine's shared services: the private ones run from their own data directories
on the ports given.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
PG_BIN = Path(os.environ.get("RADICPRO_PG_BIN", "/usr/lib/postgresql/15/bin"))


def _as_postgres(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: as root, run its tools as the postgres user."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


class PrivatePostgres:
    """A PostgreSQL cluster of its own (initdb) on `port`, with a `radicpro` database."""

    def __init__(self, workdir: Path, port: int):
        self.data = workdir / "pgdata"
        self.port = port
        self.log = workdir / "postgres.log"
        self.url = f"postgres://postgres@127.0.0.1:{port}/radicpro"

    def start(self) -> None:
        if not self.data.exists():
            self.data.mkdir(parents=True)
            if os.geteuid() == 0:
                shutil.chown(self.data, "postgres", "postgres")
                shutil.chown(self.data.parent, "postgres", "postgres")
            subprocess.run(_as_postgres([str(PG_BIN / "initdb"), "-D", str(self.data), "-A",  # noqa: S603
                                         "trust", "-U", "postgres", "--no-sync"]),
                           check=True, capture_output=True)
            self._ctl("start")
            subprocess.run([str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(self.port),  # noqa: S603
                            "-U", "postgres", "radicpro"], check=True, capture_output=True)
            return
        self._ctl("start")

    def stop(self) -> None:
        self._ctl("stop", "-m", "fast")

    def _ctl(self, action: str, *extra: str) -> None:
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.data} -c fsync=off "
                   "-c max_connections=200")
        subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), action, "-D", str(self.data),  # noqa: S603
                                     "-w", "-t", "60", "-l", str(self.log), "-o", options,
                                     *extra]), check=True, capture_output=True)


class PrivateRedis:
    """A redis-server of its own on `port` (append-only file in its own directory)."""

    def __init__(self, workdir: Path, port: int):
        self.dir = workdir / "redis"
        self.port = port
        self.url = f"redis://127.0.0.1:{port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(  # noqa: S603
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--dir",  # noqa: S607
             str(self.dir), "--appendonly", "yes", "--save", "", "--daemonize", "no"],
            stdout=(self.dir / "redis.log").open("ab"), stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if subprocess.run(["redis-cli", "-p", str(self.port), "ping"],  # noqa: S603, S607
                              capture_output=True, text=True).stdout.strip() == "PONG":
                return
            time.sleep(0.1)
        raise RuntimeError("the private redis-server did not start")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            subprocess.run(["redis-cli", "-p", str(self.port), "shutdown"],  # noqa: S603, S607
                           capture_output=True)
            self.process.wait(timeout=30)


@dataclass
class Server:
    """`python -m radicpro.serve` on 127.0.0.1:`port` with `var_dir`, and what it runs."""

    port: int
    var_dir: Path
    env_extra: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def env(self) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items()
               if key not in ("DATABASE_URL", "REDIS_URL", "CELERY_BROKER_URL",
                              "PROMETHEUS_MULTIPROC_DIR", "RADICPRO_ENV")}
        env.update({"DJANGO_SETTINGS_MODULE": "radicpro.settings.base", "PORT": str(self.port),
                    "RADICPRO_VAR_DIR": str(self.var_dir), "PYTHONPATH": str(ROOT),
                    "RADICPRO_LOG_LEVEL": "WARNING", **self.env_extra})
        return env

    def prepare(self) -> None:
        self.var_dir.mkdir(parents=True, exist_ok=True)
        for command in (["migrate", "--noinput", "-v0"], ["createcachetable"]):
            subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=self.env,  # noqa: S603
                           check=True, capture_output=True)

    def start(self) -> None:
        log = (self.var_dir / "serve.log").open("ab")
        self.process = subprocess.Popen(  # noqa: S603
            [PYTHON, "-m", "radicpro.serve", "--port", str(self.port), "--workers", "2"],
            cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        for pid in self.tree():  # anything left behind
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def manage_python(self, code: str) -> str:
        """Runs `code` in a Django shell of this server's settings; its standard output."""
        done = subprocess.run([PYTHON, "manage.py", "shell", "-c", code], cwd=ROOT,  # noqa: S603
                              env=self.env, check=True, capture_output=True, text=True)
        return done.stdout

    def wait_ready(self, timeout: float = 300) -> float:
        """Waits until /readyz answers 200 (every check, heartbeats included); seconds taken."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError("radicpro.serve exited:\n" + self.log_tail())
            try:
                if requests.get(self.base + "/readyz", timeout=5).status_code == 200:
                    return time.monotonic() - started
            except requests.RequestException:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"not ready after {timeout} s:\n" + self.log_tail())

    def log_tail(self, lines: int = 40) -> str:
        path = self.var_dir / "serve.log"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""

    # --- the process tree ---
    def tree(self) -> list[int]:
        """Every live process under radicpro.serve (not serve itself)."""
        if self.process is None:
            return []
        found, todo = [], [self.process.pid]
        while todo:
            pid = todo.pop()
            for child in _children(pid):
                found.append(child)
                todo.append(child)
        return found

    def role(self, name: str) -> int | None:
        """The pid of the web master ("web"), the worker's main process ("worker") or the
        scheduler ("scheduler")."""
        for pid in _children(self.process.pid if self.process else 0):
            command = _cmdline(pid)
            if name == "web" and "gunicorn" in command:
                return pid
            if name == "worker" and " worker " in f" {command} ":
                return pid
            if name == "scheduler" and " beat " in f" {command} ":
                return pid
        return None

    def pool(self) -> list[int]:
        """The worker's pool processes."""
        worker = self.role("worker")
        return _children(worker) if worker else []

    def rss_mb(self) -> dict[str, float]:
        """Resident memory (MB) of the web (master + workers), the worker (+ pool), the
        scheduler."""
        totals: dict[str, float] = {}
        for name in ("web", "worker", "scheduler"):
            pid = self.role(name)
            if pid is None:
                continue
            totals[name] = round(sum(_rss_kb(p) for p in [pid, *_descendants(pid)]) / 1024, 1)
        return totals


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        for child in _children(todo.pop()):
            found.append(child)
            todo.append(child)
    return found


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


USERS_CODE = """
import json
from django.contrib.auth.hashers import make_password
from radicpro.accounts.models import User
from radicpro.accounts.services import api_key_create
from radicpro.billing.services import credits_grant
hashed = make_password("{password}")  # once: every user has the same password
out = []
for i in range({count}):
    email = "{prefix}-%d@example.com" % i
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email=email, password=None, plan="enterprise")
        user.password = hashed
        user.save(update_fields=["password"])
        credits_grant(user=user, amount={credits}, description="live run")
    _, key = api_key_create(user=user, name="live run")
    out.append({{"email": email, "key": key}})
print(json.dumps(out))
"""
PASSWORD = "live-run-password-42"  # noqa: S105 — throwaway users of a loopback run


def make_users(server: Server, *, prefix: str, count: int, credits: int = 500) -> list[dict]:
    """`count` enterprise users with `credits` more credits, each with a live API key."""
    output = server.manage_python(USERS_CODE.format(count=count, prefix=prefix,
                                                    password=PASSWORD, credits=credits))
    return json.loads(output.strip().splitlines()[-1])


def wallet(session: requests.Session, base: str) -> tuple[int, int]:
    """(balance, ledger sum) as the API shows them."""
    balance = session.get(base + "/v1/credits/balance", timeout=30).json()["data"]["balance"]
    total, offset = 0, 0
    while True:
        page = session.get(base + "/v1/credits/transactions",
                           params={"limit": 100, "offset": offset}, timeout=30).json()["data"]
        total += sum(int(item["amount"]) for item in page["transactions"])
        offset += len(page["transactions"])
        if not page["hasMore"] or not page["transactions"]:
            return balance, total
