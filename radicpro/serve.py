"""`python -m radicpro.serve`: the web server (gunicorn) and a Celery worker with beat, together.

Used by `make run`. Stops both when either exits or on Ctrl-C.
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
            "--bind", f"127.0.0.1:{port}", *count, "--access-logfile", "-", "--timeout", "120"]


def _commands(port: int, workers: int) -> list[list[str]]:
    bin_dir = Path(sys.executable).parent
    web = web_command(port=port, workers=workers)
    worker = [str(bin_dir / "celery"), "-A", "radicpro", "worker", "--beat",
              "--loglevel", "INFO", "--concurrency", "2",
              "--schedule", str(Path(os.environ.get("RADICPRO_VAR_DIR", "var")) / "celerybeat")]
    return [worker, web]


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
    processes = [subprocess.Popen(cmd) for cmd in _commands(args.port, args.workers)]  # noqa: S603
    print(f"Radic Pro is serving http://127.0.0.1:{args.port}/v1/ (docs: /v1/docs, admin: "
          f"/admin/) with a worker. Ctrl-C stops both.", flush=True)

    def stop(*_):
        for process in processes:
            if process.poll() is None:
                process.terminate()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        while all(process.poll() is None for process in processes):
            time.sleep(0.5)
    finally:
        stop()
        deadline = time.time() + 15
        for process in processes:
            try:
                process.wait(timeout=max(0.1, deadline - time.time()))
            except subprocess.TimeoutExpired:
                process.kill()
    return max((process.returncode or 0) for process in processes)


if __name__ == "__main__":
    sys.exit(main())
