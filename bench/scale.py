"""Scale benchmark: GET /v1/designs at 10k, 100k and 1M designs in PostgreSQL.

Run with `make bench` (or `python bench/scale.py [--sizes 10000,100000,1000000]`). Needs
DATABASE_URL to name a PostgreSQL database it may fill (it says so and stops otherwise). It
seeds the designs table with SQL (one heavy user owning 30 % of the rows, the rest spread over
1,000 others, 2 % archived, a few campaigns), growing it from one size to the next, then
`VACUUM ANALYZE`s and measures the heavy user's list through the whole Django/DRF stack
in-process (auth, query, serializers, envelope; no HTTP): page 1 and a deep cursor page (90 %
down the list) of every sort, an OFFSET page as deep for comparison, and the campaign filter.
Printed: a table per size, then each case at 1M against 10k (target within 1.5x), then the
EXPLAIN of every query at the largest size (the plans should be index scans).

The seeded rows stay (owned by bench-scale-* users) so the next run only tops them up;
`--drop` removes them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "radicpro.settings.base")
os.environ.setdefault("RADICPRO_RATE_LIMITS_ENABLED", "0")

HEAVY_SHARE = 0.30
OTHER_USERS = 1000
CAMPAIGNS = 10
RUNS = 61  # a request is a few ms: enough runs that the median is not one hiccup
RATIO_TARGET = 1.5
EMAIL = "bench-scale-{}@radicpro.local"
DOCUMENT = ('{"schemaVersion": "1.4", "meta": {"title": "Seeded", "format": "instagram_post"}, '
            '"canvas": {"width": 1080, "height": 1080, "background": {"type": "solid", '
            '"color": "#101828"}}, "layers": [{"id": "t", "type": "text", "text": "Seeded '
            'design", "position": {"x": 80, "y": 80}, "size": {"width": 920, "height": 200}, '
            '"style": {"fontFamily": "Inter", "fontSize": 72, "color": "#FFFFFF"}}]}')


def setup_django() -> None:
    import logging

    import django

    django.setup()
    logging.getLogger("radicpro.access").setLevel(logging.WARNING)  # a line a request


def users() -> tuple[str, list[str], list[str]]:
    """(heavy user id, other user ids, the heavy user's campaign ids), made once."""
    from campaigns.models import Campaign
    from radicpro.accounts.models import User

    heavy = User.objects.filter(email=EMAIL.format("heavy")).first()
    if heavy is None:
        heavy = User.objects.create_user(email=EMAIL.format("heavy"), password=None,
                                         full_name="Heavy user", plan="enterprise")
    others = list(User.objects.filter(email__startswith="bench-scale-other-")
                  .order_by("email").values_list("pk", flat=True))
    if len(others) < OTHER_USERS:
        made = [User(email=EMAIL.format(f"other-{index:04d}"), full_name="Other user")
                for index in range(len(others), OTHER_USERS)]
        for user in made:
            user.set_unusable_password()
        User.objects.bulk_create(made)
        others = list(User.objects.filter(email__startswith="bench-scale-other-")
                      .order_by("email").values_list("pk", flat=True))
    campaigns = list(Campaign.objects.filter(owner=heavy).order_by("pk")
                     .values_list("pk", flat=True))
    if len(campaigns) < CAMPAIGNS:
        Campaign.objects.bulk_create([Campaign(owner=heavy, name=f"Campaign {index}")
                                      for index in range(len(campaigns), CAMPAIGNS)])
        campaigns = list(Campaign.objects.filter(owner=heavy).order_by("pk")
                         .values_list("pk", flat=True))
    return heavy.pk, others, campaigns


def seeded(heavy: str, others: list[str]) -> int:
    from designs.models import Design

    return Design.objects.filter(owner_id__in=[heavy, *others]).count()


def grow(to: int, heavy: str, others: list[str], campaigns: list[str]) -> None:
    """Inserts designs numbered from the current count up to `to` (in SQL, in batches)."""
    from django.db import connection

    start = seeded(heavy, others)
    batch = 100_000
    for low in range(start, to, batch):
        high = min(to, low + batch) - 1
        with connection.cursor() as cursor:
            cursor.execute("""
                INSERT INTO designs_design (id, owner_id, campaign_id, brand_id, title, format,
                    design_json, version, thumbnail_id, thumbnail_version, is_archived,
                    creative_concept, created_at, updated_at)
                SELECT 'design_' || substr(md5('scale' || g), 1, 24),
                       CASE WHEN g %% 10 < 3 THEN %s ELSE (%s::text[])[1 + (g / 10) %% %s] END,
                       CASE WHEN g %% 10 < 3 AND g %% 20 = 0
                            THEN (%s::text[])[1 + (g / 20) %% %s] END,
                       NULL,
                       initcap(substr(md5('title' || g), 1, 10)) || ' ' || (g %% 997),
                       'instagram_post', %s::jsonb, 1 + g %% 5, NULL, 0, g %% 50 = 0, '',
                       timestamp '2026-01-01' + (g * interval '7 seconds'),
                       timestamp '2026-01-01' + (g * interval '7 seconds')
                           + ((g * 7919) %% 864000) * interval '1 second'
                FROM generate_series(%s::bigint, %s::bigint) AS g
            """, [heavy, others, len(others), campaigns, len(campaigns), DOCUMENT, low, high])
        print(f"  seeded {high + 1:,} designs", flush=True)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE designs_design")


def drop() -> None:
    from django.db import connection

    from radicpro.accounts.models import User

    with connection.cursor() as cursor:  # in SQL: the ORM would collect a million rows first
        cursor.execute("DELETE FROM designs_design WHERE owner_id IN (SELECT id FROM "
                       "accounts_user WHERE email LIKE 'bench-scale-%%')")
        designs = cursor.rowcount
    User.objects.filter(email__startswith="bench-scale-").delete()
    print(f"Dropped {designs:,} seeded designs and their users.")


# --- measuring ------------------------------------------------------------------------------

def client_for(user_id: str):
    from rest_framework.test import APIClient

    from radicpro.accounts.models import User
    from radicpro.accounts.services import session_issue

    client = APIClient()
    token = session_issue(user=User.objects.get(pk=user_id))["access_token"]
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    return client


def deep_cursor(heavy: str, sort: str, order: str, depth: float) -> tuple[str, int]:
    """The cursor that starts the page at `depth` of the heavy user's list, and its position."""
    from designs.selectors import design_list
    from radicpro.accounts.models import User
    from radicpro.api.pagination import QuerySetListing, encode_cursor

    queryset = design_list(user=User.objects.get(pk=heavy), sort=sort, order=order)
    listing = QuerySetListing(queryset)
    total = queryset.count()
    position = int(total * depth)
    item = queryset[position - 1:position].get()  # offline, not measured
    return encode_cursor(keys=listing.keys, values=listing.key_values(item),
                         page=position // 20), position


def measure_all(client, cases: list[tuple[str, str]]) -> dict[str, dict]:
    """Each case's request latency (median and p90 of RUNS) and its queries. The cases take
    turns, one request each a round, so a moment of noise (autovacuum, the kernel) falls on
    every case alike rather than on whichever case was running then."""
    for _label, url in cases:
        for _ in range(10):  # warm: the connection, prepared statements, the cached total
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code,
                                                 response.content[:300])
    times: dict[str, list[float]] = {label: [] for label, _url in cases}
    for _ in range(RUNS):
        for label, url in cases:
            started = time.perf_counter()
            client.get(url)
            times[label].append((time.perf_counter() - started) * 1000)
    return {label: {"median": statistics.median(times[label]),
                    "p90": sorted(times[label])[int(0.9 * (RUNS - 1))], **queries_of(client, url)}
            for label, url in cases}


def queries_of(client, url: str) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    all_sql_ms = sum(float(q["time"]) for q in queries.captured_queries) * 1000
    page_sql = [q["sql"] for q in queries.captured_queries  # (a count has no ORDER BY; a
                if "designs_design" in q["sql"] and "LIMIT" in q["sql"]  # list up to the
                and "ORDER BY" in q["sql"].upper()]  # exact bound carries its count in the page)
    sql = page_sql[-1] if page_sql else ""
    return {"queries": len(queries.captured_queries), "sql": sql, "all_sql_ms": all_sql_ms,
            "sql_ms": statistics.median(execution_ms(sql) for _ in range(5)) if sql else 0.0}


def execution_ms(sql: str) -> float:
    """The database's own time for the page query (EXPLAIN ANALYZE's Execution Time)."""
    for line in explain(sql):
        if line.startswith("Execution Time:"):
            return float(line.split()[2])
    return float("nan")


def explain(sql: str) -> list[str]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) " + sql)
        return [row[0] for row in cursor.fetchall()]


def cases(heavy: str, campaigns: list[str]) -> list[tuple[str, str]]:
    rows = []
    for sort, order in (("updatedAt", "desc"), ("createdAt", "desc"), ("title", "asc"),
                        ("title", "desc"), ("createdAt", "asc")):
        base = f"/v1/designs?limit=20&sort={sort}&order={order}"
        rows.append((f"{sort} {order}: page 1", base))
        cursor, position = deep_cursor(heavy, sort, order, 0.9)
        rows.append((f"{sort} {order}: cursor page at 90%", f"{base}&cursor={cursor}"))
    _cursor, position = deep_cursor(heavy, "updatedAt", "desc", 0.9)
    rows.append(("updatedAt desc: OFFSET page at 90% (old way)",
                 f"/v1/designs?limit=20&page={max(1, position // 20)}"))
    from django.db.models import Count

    from designs.models import Design

    busiest = (Design.objects.filter(owner_id=heavy, campaign_id__in=campaigns)
               .values("campaign_id").annotate(n=Count("id")).order_by("-n").first())
    campaign = busiest["campaign_id"] if busiest else campaigns[0]
    rows.append(("campaign filter: page 1", f"/v1/designs?limit=20&campaignId={campaign}"))
    rows.append(("archived included: page 1", "/v1/designs?limit=20&archived=true"))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--drop", action="store_true")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        print("## Scale benchmark\n\nNeeds PostgreSQL: set DATABASE_URL to a database it may "
              "fill (e.g. postgres://postgres@127.0.0.1:5432/radicpro_bench). Not run.")
        return 0
    setup_django()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    if args.drop:
        drop()
        return 0
    heavy, others, campaigns = users()
    sizes = sorted(int(size) for size in args.sizes.split(","))
    load = os.getloadavg()[0]
    print(f"## Scale benchmark\n\nConditions: {os.cpu_count()} cores, load average {load:.1f} "
          f"at start; PostgreSQL; medians of {RUNS} requests a case (after 10 warm ones; the cases "
          f"take turns) through the "
          f"Django/DRF stack in-process; the heavy user owns {HEAVY_SHARE:.0%} of the rows.",
          flush=True)
    if seeded(heavy, others) > sizes[0]:
        print(f"\nThe table holds more than {sizes[0]:,} seeded designs: run with --drop "
              "first to measure from the smallest size.")
        return 1
    results: dict[int, dict[str, dict]] = {}
    for size in sizes:
        grow(size, heavy, others, campaigns)
        client = client_for(heavy)
        from designs.models import Design

        owned = Design.objects.filter(owner_id=heavy).count()
        results[size] = measure_all(client, cases(heavy, campaigns))
        print(f"\n### {size:,} designs ({owned:,} the heavy user's)\n")
        print("| list | request median ms | p90 ms | page query in PostgreSQL ms | "
              "queries | all queries ms (client side) |")
        print("|---|---:|---:|---:|---:|---:|")
        for label, outcome in results[size].items():
            print(f"| {label} | {outcome['median']:.1f} | {outcome['p90']:.1f} | "
                  f"{outcome['sql_ms']:.2f} | {outcome['queries']} | "
                  f"{outcome['all_sql_ms']:.1f} |", flush=True)
    smallest, largest = sizes[0], sizes[-1]
    print(f"\n### {largest:,} against {smallest:,} (target: page 1 and cursor pages within "
          f"{RATIO_TARGET}x)\n")
    print(f"| list | request {smallest:,} ms | request {largest:,} ms | ratio | "
          f"query {smallest:,} ms | query {largest:,} ms | target |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for label in results[smallest]:
        low, high = results[smallest][label]["median"], results[largest][label]["median"]
        targeted = "page 1" in label or "cursor" in label
        verdict = ("✓" if high / low <= RATIO_TARGET else "✗") if targeted else "(no target)"
        print(f"| {label} | {low:.1f} | {high:.1f} | {high / low:.2f}x | "
              f"{results[smallest][label]['sql_ms']:.2f} | "
              f"{results[largest][label]['sql_ms']:.2f} | {verdict} |")
    print(f"\n### Query plans at {largest:,}\n")
    for label, outcome in results[largest].items():
        plan = explain(outcome["sql"]) if outcome["sql"] else ["(no page query)"]
        scans = [line.strip() for line in plan if "Scan" in line]
        index = any("Index" in line for line in scans)
        print(f"{label}: {'index scan ✓' if index else 'NO index scan ✗'}\n```")
        print("\n".join(plan))
        print("```")
    return 0


if __name__ == "__main__":
    sys.exit(main())
