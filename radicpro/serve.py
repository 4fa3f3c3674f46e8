"""`python -m radicpro.serve`: the web server (gunicorn), a Celery worker and its scheduler, together.

Used by `make run`. The worker and the scheduler (celery beat) are supervised: when one exits or is
killed, what is left of it is stopped and it starts again (after 1 s, doubling up to 30 s while it
keeps failing) while the API keeps serving. When the web server exits, or on Ctrl-C, all stop.
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path


def web_command(*, port: int, workers: int) -> list[str]:
    """The gunicorn command line serving the API on 127.0.0.1:`port`: threaded workers
    (radicpro/gunicorn_conf.py), `workers` processes, or one a core when `workers` is 0."""
    bin_dir = Path(sys.executable).parent
    count = ["--workers", str(workers)] if workers > 0 else []
    return [str(bin_dir / "gunicorn"), "radicpro.wsgi", "--config", "python:radicpro.gunicorn_conf",
            "--bind", f"127.0.0.1:{port}", *count, "--timeout", "120"]


RESTART_FIRST = 1.0
RESTART_MAX = 30.0
HEALTHY_AFTER = 60.0  # a process up this long restarts at once again when it next dies


def _commands(port: int, workers: int) -> dict[str, list[str]]:
    bin_dir = Path(sys.executable).parent
    var_dir = Path(os.environ.get("RADICPRO_VAR_DIR", "var"))
    celery = [str(bin_dir / "celery"), "-A", "radicpro"]
    return {
        "web": web_command(port=port, workers=workers),
        "worker": [*celery, "worker", "--loglevel", "INFO", "--concurrency", "2"],
        "scheduler": [*celery, "beat", "--loglevel", "INFO",
                      "--schedule", str(var_dir / "celerybeat")],
    }


class Supervised:
    """One child process (in a process group of its own) and the policy for restarting it."""

    def __init__(self, name: str, command: list[str], *, restart: bool):
        self.name, self.command, self.restart = name, command, restart
        self.process: subprocess.Popen | None = None
        self.started_at = 0.0
        self.backoff = RESTART_FIRST
        self.restart_at: float | None = None
        self.restarts = 0

    def start(self) -> None:
        self.process = subprocess.Popen(self.command, start_new_session=True)  # noqa: S603
        self.started_at = time.monotonic()
        self.restart_at = None

    def exited(self) -> int | None:
        """The exit code when the process has exited (None while it runs or waits to restart)."""
        if self.process is None or self.restart_at is not None:
            return None
        return self.process.poll()

    def schedule_restart(self, code: int) -> None:
        """Stops what is left of the process group (a dead worker's pool) and plans the restart."""
        self.signal_group(signal.SIGKILL)
        if time.monotonic() - self.started_at >= HEALTHY_AFTER:
            self.backoff = RESTART_FIRST
        self.restart_at = time.monotonic() + self.backoff
        _say(f"The {self.name} exited (code {code}); starting it again in {self.backoff:.0f} s. "
             "The API keeps serving meanwhile.")
        self.backoff = min(self.backoff * 2, RESTART_MAX)

    def restart_if_due(self) -> None:
        if self.restart_at is not None and time.monotonic() >= self.restart_at:
            self.restarts += 1
            self.start()
            _say(f"The {self.name} started again (restart {self.restarts}).")

    def signal_group(self, signum: int) -> None:
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signum)
        except (ProcessLookupError, PermissionError):
            pass

    def stop(self, deadline: float) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.signal_group(signal.SIGTERM)
        try:
            self.process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            self.signal_group(signal.SIGKILL)
            self.process.wait(timeout=5)
        self.signal_group(signal.SIGKILL)  # anything of its group left behind


def _say(message: str) -> None:
    print(f"radicpro.serve: {message}", file=sys.stderr, flush=True)


def supervise(children: list[Supervised]) -> int:
    """Runs `children` until one that is not restarted exits or SIGTERM/SIGINT; its exit code."""
    stopping = False

    def stop(*_):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for child in children:
        child.start()
    code = 0
    try:
        while not stopping:
            for child in children:
                exited = child.exited()
                if exited is not None and not child.restart:
                    _say(f"The {child.name} exited (code {exited}); stopping everything.")
                    code, stopping = exited or 1, True
                elif exited is not None:
                    child.schedule_restart(exited)
                child.restart_if_due()
            time.sleep(0.2)
    finally:
        deadline = time.monotonic() + 15
        for child in children:
            child.stop(deadline)
    return code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    os.environ["PORT"] = str(args.port)  # settings derive local URLs from it
    var_dir = Path(os.environ.get("RADICPRO_VAR_DIR", "var"))
    metrics_dir = var_dir / "prometheus"
    shutil.rmtree(metrics_dir, ignore_errors=True)
    metrics_dir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", str(metrics_dir))
    commands = _commands(args.port, args.workers)
    children = [Supervised(name, command, restart=name != "web")
                for name, command in commands.items()]
    print(f"Radic Pro is serving http://127.0.0.1:{args.port}/v1/ (docs: /v1/docs, admin: "
          f"/admin/) with a worker and its scheduler, restarted if they stop. Ctrl-C stops all.",
          flush=True)
    return supervise(children)


if __name__ == "__main__":
    sys.exit(main())
