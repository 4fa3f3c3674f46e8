"""`make faults`: Radic Pro under faults, asserting what a user sees in each case.

Starts `radicpro.serve` on loopback (its own var directory) on the embedded defaults (SQLite, the
file-system broker) and, with --services private (the default runs both), on a PostgreSQL and a
Redis of its own that it can stop. Then: kills the worker's pool process, the whole worker and the
scheduler mid-job; stops Redis and PostgreSQL for a few seconds under load; fills the render
budget; floods logins. Each case asserts that the job completes or fails with a refund, that the
ledger sums to the balance, that /healthz kept answering and that every error was JSON, and the
run prints a table: case, what was done, what the user saw, time to recover, credits before/after.
Exits 1 when a case failed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.live import (  # noqa: E402
    PASSWORD,
    PrivatePostgres,
    PrivateRedis,
    Server,
    make_users,
    wallet,
)

CANVAS = 1080
BUDGET_SIDE = 4 * CANVAS  # one layer may cover 16 canvases (documents/budget.py)
JOB_TIMEOUT = 120.0
GUESSES = 30  # over the account's ceiling (RADICPRO_LOGIN_ACCOUNT_CEILING below)


def budget_design(*, over: bool = False) -> dict:
    """A 1080² design whose three half-transparent gradient layers fill the render budget of a
    layer (16 canvases each) and nearly all of the total (64) with the text; `over` makes the
    last one a pixel too wide (a VALIDATION_ERROR at designJson/layers/2)."""
    layers = []
    for index, color in enumerate(["#FF5500", "#0055FF", "#22AA44"]):
        width = BUDGET_SIDE + (1 if over and index == 2 else 0)
        layers.append({"id": f"layer_big_{index}", "type": "shape", "shape": "rect",
                       "position": {"x": -1500 + 40 * index, "y": -1500 + 30 * index},
                       "size": {"width": width, "height": BUDGET_SIDE}, "opacity": 0.5,
                       "fill": {"type": "linearGradient", "angle": 30 * index,
                                "stops": [{"offset": 0, "color": color},
                                          {"offset": 1, "color": "#FFFFFF"}]}})
    layers.append({"id": "layer_headline", "type": "text", "text": "Holds under faults",
                   "position": {"x": 80, "y": 420}, "size": {"width": 920, "height": 200},
                   "style": {"fontFamily": "Inter", "fontWeight": 800, "fontSize": 96,
                             "color": "#111111", "align": "center"}})
    return {"schemaVersion": "1.4",
            "canvas": {"width": CANVAS, "height": CANVAS,
                       "background": {"type": "color", "color": "#FFFFFF"}},
            "layers": layers}


@dataclass
class Outcome:
    case: str
    done: str
    seen: str = ""
    recover_s: float | None = None
    credits: str = ""
    problems: list[str] = field(default_factory=list)


class Watch:
    """Polls /healthz (and records every answer of the load) while a fault lasts."""

    def __init__(self, base: str):
        self.base = base
        self.stop = threading.Event()
        self.health_failures = 0
        self.health_checks = 0
        self.slowest = 0.0
        self.not_json: list[str] = []
        self.statuses: dict[int, int] = {}
        self.lock = threading.Lock()
        self.threads: list[threading.Thread] = []

    def __enter__(self) -> Watch:
        self.threads.append(threading.Thread(target=self._health, daemon=True))
        self.threads[-1].start()
        return self

    def add_load(self, session: requests.Session, paths: list[str]) -> None:
        thread = threading.Thread(target=self._load, args=(session, paths), daemon=True)
        self.threads.append(thread)
        thread.start()

    def __exit__(self, *_):
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=60)

    def record(self, response: requests.Response) -> None:
        with self.lock:
            self.statuses[response.status_code] = self.statuses.get(response.status_code, 0) + 1
            if response.status_code >= 400 and not _is_error_json(response):
                self.not_json.append(f"{response.request.method} {response.url} "
                                     f"{response.status_code}: {response.text[:120]!r}")

    def _health(self) -> None:
        while not self.stop.is_set():
            started = time.monotonic()
            try:
                ok = requests.get(self.base + "/healthz", timeout=10).status_code == 200
            except requests.RequestException:
                ok = False
            took = time.monotonic() - started
            with self.lock:
                self.health_checks += 1
                self.health_failures += 0 if ok else 1
                self.slowest = max(self.slowest, took)
            self.stop.wait(0.25)

    def _load(self, session: requests.Session, paths: list[str]) -> None:
        index = 0
        while not self.stop.is_set():
            try:
                self.record(session.get(self.base + paths[index % len(paths)], timeout=30))
            except requests.RequestException as exc:
                with self.lock:
                    self.not_json.append(f"GET {paths[index % len(paths)]}: no answer ({exc})")
            index += 1
            self.stop.wait(0.1)

    def health_problems(self) -> list[str]:
        problems = []
        if self.health_failures:
            problems.append(f"/healthz failed {self.health_failures} of {self.health_checks} times")
        if self.slowest > 5:
            problems.append(f"/healthz took {self.slowest:.1f} s")
        problems.extend(f"not JSON: {line}" for line in self.not_json[:3])
        return problems


def _is_error_json(response: requests.Response) -> bool:
    try:
        error = response.json()["error"]
    except (ValueError, KeyError, TypeError):
        return False
    return isinstance(error, dict) and {"code", "message"} <= set(error)


class Suite:
    def __init__(self, server: Server, label: str, postgres: PrivatePostgres | None,
                 redis: PrivateRedis | None, only: list[str] | None = None):
        self.only = only or []
        self.server, self.label = server, label
        self.postgres, self.redis = postgres, redis
        self.base = server.base
        self.users = iter(make_users(server, prefix=f"faults-{label}", count=20, credits=200))
        self.outcomes: list[Outcome] = []

    # --- clients and jobs ---
    def session(self) -> requests.Session:
        user = next(self.users)
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {user['key']}"
        session.email = user["email"]  # type: ignore[attr-defined]
        return session

    def new_design(self, session: requests.Session) -> str:
        response = session.post(self.base + "/v1/designs", timeout=60,
                                json={"title": "Faults", "format": "instagram_post",
                                      "designJson": budget_design()})
        assert response.status_code == 201, response.text[:300]
        return response.json()["data"]["id"]

    def start_export(self, session: requests.Session, design_id: str, files: int = 6) -> str:
        response = session.post(self.base + "/v1/export/batch", timeout=60,
                                headers={"Prefer": "respond-async"},
                                json={"designId": design_id,
                                      "exports": [{"format": "png", "resolution": "3x"}] * files})
        assert response.status_code == 202, response.text[:300]
        return response.json()["data"]["jobId"]

    def start_generation(self, session: requests.Session) -> str:
        response = session.post(self.base + "/v1/ai/generate-designs", timeout=60,
                                headers={"Prefer": "respond-async"},
                                json={"prompt": "A bold autumn sale poster for a bakery",
                                      "format": "instagram_post", "options": {"variants": 2}})
        assert response.status_code == 202, response.text[:300]
        return response.json()["data"]["jobId"]

    def job(self, session: requests.Session, job_id: str) -> dict:
        response = session.get(f"{self.base}/v1/jobs/{job_id}", timeout=30)
        assert _is_error_json(response) or response.status_code == 200, response.text[:200]
        return response.json().get("data") or {}

    def wait_job(self, session: requests.Session, job_id: str,
                 statuses: tuple[str, ...] = ("completed", "failed"),
                 timeout: float = JOB_TIMEOUT) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                job = self.job(session, job_id)
                if job.get("status") in statuses:
                    return job
            except requests.RequestException:
                pass
            time.sleep(0.3)
        return self.job(session, job_id)

    # --- the cases ---
    def run(self, name: str, done: str, body: Callable[[Outcome], None]) -> None:
        if self.only and not any(word in name for word in self.only):
            return
        outcome = Outcome(case=name, done=done)
        started = time.monotonic()
        try:
            body(outcome)
        except AssertionError as error:
            outcome.problems.append(f"assertion: {error}")
        except Exception as error:  # noqa: BLE001 — the case failed; the next ones still run
            outcome.problems.append(f"{type(error).__name__}: {error}")
        self.outcomes.append(outcome)
        verdict = "ok" if not outcome.problems else "FAILED: " + "; ".join(outcome.problems)
        print(f"[{self.label}] {name}: {verdict} ({time.monotonic() - started:.0f} s)",
              flush=True)
        if outcome.problems:
            print(self.server.log_tail(25), flush=True)

    def kill_mid_job(self, outcome: Outcome, target: str) -> None:
        """Kills `target` ("pool", "worker" or "scheduler") while a generation and an export
        run; both must finish (completed, or failed with a refund) and the wallet add up."""
        session = self.session()
        design_id = self.new_design(session)
        before, _ = wallet(session, self.base)
        with Watch(self.base) as watch:
            jobs = {"export": self.start_export(session, design_id),
                    "generation": self.start_generation(session)}
            self.wait_job(session, jobs["export"], ("processing", "completed", "failed"))
            if target == "pool":
                victims = self.server.pool()
                assert victims, "no pool process to kill"
                os.kill(victims[0], signal.SIGKILL)
            else:
                victim = self.server.role(target)
                assert victim, f"no {target} process to kill"
                os.killpg(victim, signal.SIGKILL)
            killed = time.monotonic()
            finished = {kind: self.wait_job(session, job_id) for kind, job_id in jobs.items()}
            outcome.recover_s = time.monotonic() - killed
            if target != "pool":
                assert self._wait_restarted(target, victim), f"the {target} was not restarted"
                ready = self.server.wait_ready(timeout=120)
                outcome.recover_s = max(outcome.recover_s, time.monotonic() - killed)
                del ready
        after, ledger = wallet(session, self.base)
        outcome.seen = ", ".join(_said(kind, job) for kind, job in finished.items())
        outcome.credits = f"{before} -> {after}"
        self._check_jobs(outcome, finished, before=before, after=after, ledger=ledger)
        outcome.problems.extend(watch.health_problems())

    def _wait_restarted(self, role: str, old: int, timeout: float = 60) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid = self.server.role(role)
            if pid and pid != old:
                return True
            time.sleep(0.2)
        return False

    def _check_jobs(self, outcome: Outcome, finished: dict[str, dict], *, before: int,
                    after: int, ledger: int) -> None:
        charged = 0
        for kind, job in finished.items():
            if job.get("status") not in ("completed", "failed"):
                outcome.problems.append(f"the {kind} job is still {job.get('status')} (lost)")
            if job.get("status") == "completed":
                charged += int(job.get("creditsUsed") or 0)
            elif job.get("status") == "failed" and job.get("creditsUsed"):
                outcome.problems.append(f"the failed {kind} job kept {job['creditsUsed']} credits")
        if after != ledger:
            outcome.problems.append(f"balance {after} != ledger sum {ledger}")
        if before - after != charged:
            outcome.problems.append(f"charged {before - after}, the finished jobs used {charged}")

    def stop_service(self, outcome: Outcome, which: str) -> None:
        """Stops PostgreSQL or Redis for 5 s while three clients read and two jobs run."""
        service = self.postgres if which == "postgres" else self.redis
        assert service is not None
        session = self.session()
        design_id = self.new_design(session)
        before, _ = wallet(session, self.base)
        readers = [self.session() for _ in range(3)]
        with Watch(self.base) as watch:
            jobs = {"export": self.start_export(session, design_id, files=3),
                    "generation": self.start_generation(session)}
            for reader in readers:
                watch.add_load(reader, ["/v1/designs", "/v1/credits/balance", "/v1/auth/me"])
            time.sleep(1.0)
            service.stop()
            time.sleep(5.0)
            service.start()
            restarted = time.monotonic()
            recovered = self._wait_answering(readers[0])
            finished = {kind: self.wait_job(session, job_id) for kind, job_id in jobs.items()}
            outcome.recover_s = recovered - restarted
        after, ledger = wallet(session, self.base)
        codes = ", ".join(f"{count}x{code}" for code, count in sorted(watch.statuses.items()))
        outcome.seen = f"reads {codes}; " + ", ".join(
            _said(kind, job) for kind, job in finished.items())
        outcome.credits = f"{before} -> {after}"
        self._check_jobs(outcome, finished, before=before, after=after, ledger=ledger)
        outcome.problems.extend(watch.health_problems())

    def _wait_answering(self, session: requests.Session, timeout: float = 60) -> float:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if session.get(self.base + "/v1/credits/balance", timeout=10).status_code == 200:
                    return time.monotonic()
            except requests.RequestException:
                pass
            time.sleep(0.2)
        raise AssertionError(f"reads still failing {timeout:.0f} s after the restart")

    def stalled_worker(self, outcome: Outcome) -> None:
        """The worker stops (SIGSTOP) while 8 synchronous exports wait for it: each gets its 202
        with the job when the wait bound passes, /healthz answers at once meanwhile, and the
        jobs complete when the worker goes on (SIGCONT)."""
        sessions = [self.session() for _ in range(2)]
        designs = [self.new_design(session) for session in sessions]
        worker = self.server.role("worker")
        assert worker, "no worker"
        os.killpg(worker, signal.SIGSTOP)
        try:
            with Watch(self.base) as watch, ThreadPoolExecutor(max_workers=8) as pool:
                def export(index: int) -> requests.Response:
                    session, design_id = sessions[index % 2], designs[index % 2]
                    return session.post(self.base + "/v1/export", timeout=120, json={
                        "designId": design_id, "format": "png", "resolution": "1x"})

                answers = list(pool.map(export, range(8)))
                for answer in answers:
                    watch.record(answer)
        finally:
            os.killpg(worker, signal.SIGCONT)
        resumed = time.monotonic()
        assert all(a.status_code == 202 for a in answers), [a.status_code for a in answers]
        finished = [self.wait_job(sessions[i % 2], a.json()["data"]["jobId"])
                    for i, a in enumerate(answers)]
        outcome.recover_s = time.monotonic() - resumed
        outcome.seen = (f"8x202 with the job after the wait bound; /healthz at most "
                        f"{watch.slowest * 1000:.0f} ms meanwhile; "
                        f"{sum(j.get('status') == 'completed' for j in finished)} of 8 exports "
                        "completed after SIGCONT")
        outcome.credits = "-"
        assert watch.slowest < 1.0, f"/healthz took {watch.slowest:.1f} s while requests waited"
        assert all(j.get("status") == "completed" for j in finished), finished
        outcome.problems.extend(watch.health_problems())

    def render_budget(self, outcome: Outcome) -> None:
        session = self.session()
        before, _ = wallet(session, self.base)
        with Watch(self.base) as watch:
            over = session.post(self.base + "/v1/designs", timeout=60,
                                json={"title": "Over", "format": "instagram_post",
                                      "designJson": budget_design(over=True)})
            watch.record(over)
            assert over.status_code == 400, over.text[:300]
            error = over.json()["error"]
            assert error["code"] == "VALIDATION_ERROR", error
            assert "designJson/layers/2/size" in error["details"], error
            started = time.monotonic()
            design_id = self.new_design(session)
            job = self.wait_job(session, self.start_export(session, design_id, files=2))
            outcome.recover_s = time.monotonic() - started
        after, ledger = wallet(session, self.base)
        outcome.seen = f"over budget: 400 {error['code']} at layers/2; at budget: " + \
            _said("export", job)
        outcome.credits = f"{before} -> {after}"
        if job.get("status") == "failed":
            assert job["error"]["code"] == "EXPORT_FAILED", job["error"]
        self._check_jobs(outcome, {"export": job}, before=before, after=after, ledger=ledger)
        assert self.server.role("worker"), "the worker died"
        outcome.problems.extend(watch.health_problems())

    def login_flood(self, outcome: Outcome) -> None:
        owner = self.session()
        email = owner.email  # type: ignore[attr-defined]
        home = {"X-Forwarded-For": "192.0.2.7"}
        url = self.base + "/v1/auth/login"
        first = requests.post(url, json={"email": email, "password": PASSWORD}, headers=home,
                              timeout=30)
        assert first.status_code == 200, first.text[:200]
        with Watch(self.base) as watch:
            started = time.monotonic()

            def guess(attempt: int) -> requests.Response:
                return requests.post(url, headers={"X-Forwarded-For": f"198.51.100.{attempt}"},
                                     json={"email": email, "password": f"guess-{attempt}"},
                                     timeout=60)

            with ThreadPoolExecutor(max_workers=8) as pool:
                guesses = list(pool.map(guess, range(GUESSES)))
            limited = 0
            for response in guesses:
                watch.record(response)
                assert response.status_code in (401, 429), response.text[:200]
                if response.status_code == 429:
                    limited += 1
                    assert response.headers.get("Retry-After"), "a 429 without Retry-After"
            same_client = [requests.post(url, headers={"X-Forwarded-For": "198.51.100.99"},
                                         json={"email": email, "password": "guess-again"},
                                         timeout=30) for _ in range(7)]
            for response in same_client:
                watch.record(response)
            mine = requests.post(url, json={"email": email, "password": PASSWORD}, headers=home,
                                 timeout=30)
            watch.record(mine)
            outcome.recover_s = time.monotonic() - started
        outcome.seen = (f"{GUESSES} guesses from {GUESSES} addresses: {GUESSES - limited}x401, "
                        f"{limited}x429; "
                        f"one address: {[r.status_code for r in same_client]}; "
                        f"the owner: {mine.status_code}")
        outcome.credits = "-"
        assert any(r.status_code == 429 for r in same_client), "one client guessed unthrottled"
        assert limited > 0, f"{GUESSES} guesses at one account, none throttled"
        assert mine.status_code == 200, f"the owner was locked out: {mine.text[:200]}"
        outcome.problems.extend(watch.health_problems())

    def all(self) -> None:
        self.run("pool process killed", "SIGKILL to a worker pool process mid-export",
                 lambda o: self.kill_mid_job(o, "pool"))
        self.run("worker killed", "SIGKILL to the whole worker (main + pool) mid-export",
                 lambda o: self.kill_mid_job(o, "worker"))
        self.run("scheduler killed", "SIGKILL to celery beat mid-export",
                 lambda o: self.kill_mid_job(o, "scheduler"))
        if self.redis is not None:
            self.run("Redis stopped", "Redis (cache + broker) down 5 s under reads and 2 jobs",
                     lambda o: self.stop_service(o, "redis"))
        if self.postgres is not None:
            self.run("PostgreSQL stopped", "PostgreSQL down 5 s under reads and 2 jobs",
                     lambda o: self.stop_service(o, "postgres"))
        self.run("worker stalled", "SIGSTOP to the worker while 8 synchronous exports wait",
                 self.stalled_worker)
        self.run("render budget filled", "a design 1 px over the budget; one at it, exported 3x",
                 self.render_budget)
        self.run("login flood", f"{GUESSES} wrong passwords at once for one account from "
                 f"{GUESSES} addresses, 7 more from one; then the owner", self.login_flood)


def _said(kind: str, job: dict) -> str:
    status = job.get("status", "?")
    if status == "failed":
        return f"{kind} failed {job.get('error', {}).get('code')} (refunded)"
    return f"{kind} {status}"


def print_table(label: str, outcomes: list[Outcome]) -> None:
    print(f"\nFaults on {label}:")
    header = ("case", "what was done", "what the user saw", "recovered", "credits", "result")
    rows = [(o.case, o.done, o.seen, "-" if o.recover_s is None else f"{o.recover_s:.1f} s",
             o.credits, "ok" if not o.problems else "FAILED") for o in outcomes]
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print(" | ".join(str(cell).ljust(widths[i]) for i, cell in enumerate(row)))


def run_on(label: str, *, port: int, workdir: Path, postgres_port: int | None,
           redis_port: int | None, only: list[str] | None = None) -> list[Outcome]:
    postgres = PrivatePostgres(workdir, postgres_port) if postgres_port else None
    redis = PrivateRedis(workdir, redis_port) if redis_port else None
    # One trusted proxy hop (the suite's X-Forwarded-For is the client), and an account ceiling
    # the login flood passes.
    env = {"RADICPRO_TRUSTED_PROXIES": "1", "RADICPRO_SYNC_WAIT_SECONDS": "5",
           "RADICPRO_LOGIN_ACCOUNT_CEILING": f"{GUESSES * 2 // 3}/hour"}
    if postgres and redis:
        postgres.start()
        redis.start()
        env.update({"DATABASE_URL": postgres.url, "REDIS_URL": redis.url})
    server = Server(port=port, var_dir=workdir / "var", env_extra=env)
    try:
        started = time.monotonic()
        server.prepare()
        server.start()
        server.wait_ready()
        print(f"[{label}] serving on {server.base} after {time.monotonic() - started:.0f} s",
              flush=True)
        suite = Suite(server, label, postgres, redis, only)
        suite.all()
        return suite.outcomes
    finally:
        server.stop()
        if redis:
            redis.stop()
        if postgres:
            try:
                postgres.stop()
            except Exception as error:  # noqa: BLE001 — already stopped
                print(f"stopping the private PostgreSQL: {error}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", choices=["embedded", "private", "both"], default="both",
                        help="embedded defaults, private PostgreSQL + Redis, or both (default)")
    parser.add_argument("--port", type=int, default=int(os.environ.get("FAULTS_PORT", "19040")),
                        help="the embedded server's port; the other mode's server, PostgreSQL "
                        "and Redis use port+10, +11 and +12")
    parser.add_argument("--only", nargs="*", help="run only the cases whose name has one of "
                        "these words (e.g. --only killed login)")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="radicpro-faults-"))
    os.chmod(root, 0o755)  # noqa: S103 — the private PostgreSQL runs as postgres
    modes = {"the embedded defaults (SQLite, file-system broker)": dict(
                 label="embedded", port=args.port, workdir=root / "embedded",
                 postgres_port=None, redis_port=None),
             "PostgreSQL + Redis (private instances)": dict(
                 label="postgres-redis", port=args.port + 10, workdir=root / "private",
                 postgres_port=args.port + 11, redis_port=args.port + 12)}
    chosen = {"embedded": list(modes)[:1], "private": list(modes)[1:], "both": list(modes)}
    started = time.monotonic()
    try:
        # the two modes at once: each has its own server, ports, database and broker
        with ThreadPoolExecutor(max_workers=2) as pool:
            running = {title: pool.submit(run_on, only=args.only, **modes[title])
                       for title in chosen[args.services]}
        results = {title: future.result() for title, future in running.items()}
    finally:
        shutil.rmtree(root, ignore_errors=True)
    for label, outcomes in results.items():
        print_table(label, outcomes)
    failed = [o for outcomes in results.values() for o in outcomes if o.problems]
    total = sum(len(outcomes) for outcomes in results.values())
    print(f"\nfaults: {total - len(failed)} of {total} cases held in "
          f"{time.monotonic() - started:.0f} s"
          + ("" if not failed else "; failed: " + ", ".join(o.case for o in failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
