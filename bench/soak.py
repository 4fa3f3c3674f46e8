"""The soak: 30 concurrent clients of mixed reads, writes, generations and exports for a while.

Starts `radicpro.serve` on loopback (a var directory of its own; rate limits off, every client an
enterprise user) on the database and Redis of the environment (DATABASE_URL, REDIS_URL) or the
embedded defaults, runs the clients for --minutes (default 10), waits for every job, then reports
the server errors, the lost jobs (never finished), the ledger against the balance for every user
and the resident memory of the server's processes over time. Exits 1 on a server error, a lost
job, a ledger that does not add up or memory still growing over the second half.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.live import Server, make_users, wallet  # noqa: E402

DOCUMENT = {
    "schemaVersion": "1.4",
    "canvas": {"width": 1080, "height": 1080, "background": {"type": "color", "color": "#FFFFFF"}},
    "layers": [
        {"id": "layer_bg", "type": "shape", "shape": "rect", "position": {"x": 0, "y": 0},
         "size": {"width": 1080, "height": 1080},
         "fill": {"type": "linearGradient", "angle": 45,
                  "stops": [{"offset": 0, "color": "#050816"}, {"offset": 1, "color": "#3355FF"}]}},
        {"id": "layer_headline", "type": "text", "text": "Soak sale",
         "position": {"x": 80, "y": 120}, "size": {"width": 920, "height": 200},
         "style": {"fontFamily": "Inter", "fontWeight": 800, "fontSize": 96, "color": "#FFCC00",
                   "align": "center"}},
    ],
}
MAX_OPEN = 2  # unfinished jobs a client may have at once
# Memory has stopped growing when the second half of the run adds at most this much to the
# processes' resident total (caches fill in the first minutes; a leak keeps adding).
GROWTH_ALLOWED_MB = 64.0
GROWTH_ALLOWED_SHARE = 0.08
PROMPTS = ["A summer sale poster for a surf shop", "Grand opening of a ramen bar",
           "Black Friday deals on headphones", "A yoga retreat in the mountains"]


class Client(threading.Thread):
    """One user: a loop of weighted operations until `until` (monotonic)."""

    def __init__(self, base: str, user: dict, until: float, stats: Stats, seed: int):
        super().__init__(daemon=True)
        self.base, self.until, self.stats = base, until, stats
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {user['key']}"
        self.random = random.Random(seed)
        self.designs: list[str] = []
        self.jobs: list[str] = []
        self.open_jobs: list[str] = []

    def call(self, method: str, path: str, **kwargs) -> requests.Response | None:
        started = time.monotonic()
        try:
            response = self.session.request(method, self.base + path, timeout=120, **kwargs)
        except requests.RequestException as error:
            self.stats.add(f"{method} {path.split('/')[2]}", None, time.monotonic() - started,
                           f"no answer: {error}")
            return None
        self.stats.add(f"{method} {path.split('/')[2]}", response, time.monotonic() - started)
        return response

    def run(self) -> None:
        created = self.call("POST", "/v1/designs", json={
            "title": "Soak", "format": "instagram_post", "designJson": DOCUMENT})
        if created is not None and created.status_code == 201:
            self.designs.append(created.json()["data"]["id"])
        operations = [(self.read, 50), (self.write, 25), (self.export, 15), (self.generate, 10)]
        choices, weights = zip(*operations, strict=True)
        while time.monotonic() < self.until:
            self.random.choices(choices, weights)[0]()
            time.sleep(self.random.uniform(0.05, 0.3))

    def read(self) -> None:
        path = self.random.choice(["/v1/designs", "/v1/credits/balance", "/v1/auth/me",
                                   "/v1/jobs", "/v1/exports"])
        if self.designs and self.random.random() < 0.4:
            path = f"/v1/designs/{self.random.choice(self.designs)}"
        elif self.jobs and self.random.random() < 0.3:
            path = f"/v1/jobs/{self.random.choice(self.jobs)}"
        self.call("GET", path)

    def write(self) -> None:
        if self.designs and self.random.random() < 0.6:
            design_id = self.random.choice(self.designs)
            self.call("PATCH", f"/v1/designs/{design_id}",
                      json={"title": f"Soak {self.random.randint(1, 10**6)}"})
            return
        created = self.call("POST", "/v1/designs", json={
            "title": "Soak", "format": "instagram_post", "designJson": DOCUMENT})
        if created is not None and created.status_code == 201 and len(self.designs) < 20:
            self.designs.append(created.json()["data"]["id"])

    def busy(self) -> bool:
        """Bounded: a client starts a job only while fewer than MAX_OPEN of its jobs run."""
        for job_id in list(self.open_jobs):
            response = self.call("GET", f"/v1/jobs/{job_id}")
            if response is not None and response.status_code == 200 and \
                    response.json()["data"]["status"] in ("completed", "failed"):
                self.open_jobs.remove(job_id)
        return len(self.open_jobs) >= MAX_OPEN

    def export(self) -> None:
        if not self.designs or self.busy():
            return
        response = self.call("POST", "/v1/export", headers={"Prefer": "respond-async"}, json={
            "designId": self.random.choice(self.designs), "format": "png", "resolution": "1x"})
        self._track(response)

    def generate(self) -> None:
        if self.busy():
            return
        response = self.call("POST", "/v1/ai/generate-designs",
                             headers={"Prefer": "respond-async"},
                             json={"prompt": self.random.choice(PROMPTS),
                                   "format": "instagram_post", "options": {"variants": 1}})
        self._track(response)

    def _track(self, response: requests.Response | None) -> None:
        if response is not None and response.status_code == 202:
            self.jobs.append(response.json()["data"]["jobId"])
            self.open_jobs.append(self.jobs[-1])


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.calls: Counter[str] = Counter()
        self.codes: Counter[int] = Counter()
        self.errors: list[str] = []
        self.latencies: list[float] = []

    def add(self, what: str, response: requests.Response | None, took: float,
            note: str = "") -> None:
        with self.lock:
            self.calls[what] += 1
            self.latencies.append(took)
            if response is None:
                self.errors.append(f"{what}: {note}")
                return
            self.codes[response.status_code] += 1
            if response.status_code >= 500:
                self.errors.append(f"{what}: {response.status_code} {response.text[:160]}")


def sample_memory(server: Server, until: float, every: float, out: list) -> None:
    started = time.monotonic()
    while True:
        out.append((time.monotonic() - started, server.rss_mb()))
        if time.monotonic() >= until:
            return
        time.sleep(every)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=30)
    parser.add_argument("--port", type=int, default=int(os.environ.get("SOAK_PORT", "19060")))
    args = parser.parse_args()
    var_dir = Path(tempfile.mkdtemp(prefix="radicpro-soak-"))
    env = {"RADICPRO_RATE_LIMITS_ENABLED": "0"}
    for name in ("DATABASE_URL", "REDIS_URL"):
        if os.environ.get(name):
            env[name] = os.environ[name]
    services = "PostgreSQL + Redis" if env.get("DATABASE_URL") else "the embedded defaults"
    server = Server(port=args.port, var_dir=var_dir, env_extra=env)
    server.prepare()
    server.start()
    try:
        server.wait_ready()
        users = make_users(server, prefix=f"soak-{int(time.time())}", count=args.clients,
                           credits=5000)
        print(f"soak: {args.clients} clients for {args.minutes:g} min on {services} "
              f"({server.base})", flush=True)
        stats = Stats()
        started = time.monotonic()
        until = started + args.minutes * 60
        memory: list[tuple[float, dict[str, float]]] = []
        sampler = threading.Thread(target=sample_memory, daemon=True,
                                   args=(server, until, 30.0, memory))
        sampler.start()
        clients = [Client(server.base, user, until, stats, seed)
                   for seed, user in enumerate(users)]
        for client in clients:
            client.start()
        for client in clients:
            client.join()
        sampler.join()
        ran = time.monotonic() - started
        lost, finished = settle_jobs(server.base, clients)
        ledgers = [check_wallet(server.base, client) for client in clients]
        memory.append((time.monotonic() - started, server.rss_mb()))
        return report(stats, ran, lost, finished, ledgers, memory)
    finally:
        server.stop()


def settle_jobs(base: str, clients: list[Client], timeout: float = 300) -> tuple[list[str], Counter]:
    """Waits for every job the clients started; the ones never finished, and the outcomes."""
    pending = {(job_id, client) for client in clients for job_id in client.jobs}
    outcomes: Counter[str] = Counter()
    deadline = time.monotonic() + timeout
    while pending and time.monotonic() < deadline:
        for job_id, client in list(pending):
            response = client.session.get(f"{base}/v1/jobs/{job_id}", timeout=60)
            status = response.json()["data"]["status"] if response.status_code == 200 else "?"
            if status in ("completed", "failed"):
                outcomes[status] += 1
                pending.discard((job_id, client))
        if pending:
            time.sleep(2)
    return [job_id for job_id, _ in pending], outcomes


def check_wallet(base: str, client: Client) -> tuple[int, int]:
    return wallet(client.session, base)


def report(stats: Stats, ran: float, lost: list[str], finished: Counter,
           ledgers: list[tuple[int, int]], memory: list[tuple[float, dict[str, float]]]) -> int:
    calls = sum(stats.calls.values())
    latencies = sorted(stats.latencies)
    p50 = latencies[len(latencies) // 2] if latencies else 0.0
    p99 = latencies[int(len(latencies) * 0.99)] if latencies else 0.0
    server_errors = sum(count for code, count in stats.codes.items() if code >= 500)
    unanswered = sum(1 for error in stats.errors if "no answer" in error)
    mismatched = [pair for pair in ledgers if pair[0] != pair[1]]
    print(f"\nsoak: {calls} requests in {ran / 60:.1f} min ({calls / ran:.1f}/s), "
          f"p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms")
    print("  by call:", ", ".join(f"{name} {count}" for name, count in stats.calls.most_common()))
    print("  status codes:", ", ".join(f"{code}: {count}" for code, count in
                                      sorted(stats.codes.items())))
    print(f"  server errors (5xx): {server_errors}; requests without an answer: {unanswered}")
    for error in stats.errors[:10]:
        print(f"    {error}")
    print(f"  jobs: {sum(finished.values()) + len(lost)} started, "
          + ", ".join(f"{count} {status}" for status, count in finished.items())
          + f", {len(lost)} lost" + (f" ({', '.join(lost[:5])})" if lost else ""))
    print(f"  ledger = balance for {len(ledgers) - len(mismatched)} of {len(ledgers)} users"
          + (f"; mismatched: {mismatched[:5]}" if mismatched else ""))
    print("  resident memory (MB) over time:")
    for at, sizes in memory:
        print(f"    {at / 60:5.1f} min  " + "  ".join(f"{name} {mb:7.1f}"
                                                    for name, mb in sizes.items())
              + f"  total {sum(sizes.values()):7.1f}")
    growing = False
    if len(memory) >= 4:
        half = memory[len(memory) // 2][1]
        last = memory[-1][1]
        growth = sum(last.values()) - sum(half.values())
        allowed = max(GROWTH_ALLOWED_MB, GROWTH_ALLOWED_SHARE * sum(half.values()))
        growing = growth > allowed
        print(f"  memory growth over the second half: {growth:+.1f} MB ("
              + ", ".join(f"{name} {last.get(name, 0) - mb:+.1f}" for name, mb in half.items())
              + f"); {'still growing' if growing else 'flat'} (at most {allowed:.0f} MB)")
    ok = not server_errors and not unanswered and not lost and not mismatched and not growing
    print(f"soak: {'passed' if ok else 'FAILED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
