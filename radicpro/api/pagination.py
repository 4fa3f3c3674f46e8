"""The one paginator: page/limit or a cursor in, `{"<plural>": [...], "pagination": {...}}` out.

Two ways through a list, on every list endpoint:
- `page` (from 1) and `limit`: OFFSET paging, as ever;
- `cursor` (the `nextCursor` of the page before) and `limit`: keyset paging. The cursor carries
  the sort values of the last item shown, so the next page starts in the index where the last
  one ended: as fast at item 1,000,000 as at item 20, and stable under inserts.

Totals: exact up to RADICPRO_LIST_EXACT_TOTAL_MAX items (counting that many is cheap);
past it, a count made at most RADICPRO_LIST_TOTAL_CACHE_SECONDS ago (`totalIsExact: false`),
so a page of a huge list never costs a full count.
"""

import base64
import binascii
import hashlib
import json
import math
import time
from datetime import date, datetime
from decimal import Decimal

from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.db.models import Q, QuerySet
from django.db.models.expressions import RawSQL
from rest_framework import serializers
from rest_framework.pagination import BasePagination

from .errors import ApiError, ErrorCode

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
CURSOR_MAX_LENGTH = 2000


def _positive_int(request, name: str, default: int, maximum: int | None = None) -> int:
    raw = request.query_params.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1 or (maximum is not None and value > maximum):
        bound = f" and at most {maximum}" if maximum else ""
        raise ApiError(
            ErrorCode.VALIDATION_ERROR,
            f"{name} must be a whole number of at least 1{bound}.",
            details={name: [f"Must be an integer from 1{' to ' + str(maximum) if maximum else ''}."]},
        )
    return value


def bad_cursor() -> ApiError:
    return ApiError(ErrorCode.VALIDATION_ERROR, "cursor is not a cursor of this list.",
                    details={"cursor": ["Use the nextCursor of the page before, unchanged, "
                                        "with the same filters and sort."]})


class PaginationOutput(serializers.Serializer):
    """Where a page sits in the list (for views that page by hand and declare their body)."""

    page = serializers.IntegerField()
    limit = serializers.IntegerField()
    total = serializers.IntegerField()
    total_pages = serializers.IntegerField()
    total_is_exact = serializers.BooleanField(required=False)
    next_cursor = serializers.CharField(required=False, allow_null=True)


def sort_keys(queryset: QuerySet) -> list[tuple[str, bool]]:
    """The (field, descending) pairs the queryset is ordered by, ending with the primary key.

    Only plain fields of the model can be keyset keys; any other ordering is a programming
    error of the list, not of the client.
    """
    ordering = list(queryset.query.order_by or queryset.model._meta.ordering or [])
    keys: list[tuple[str, bool]] = []
    for entry in ordering:
        if not isinstance(entry, str) or "__" in entry or entry == "?":
            raise TypeError(f"keyset paging cannot follow the ordering {entry!r}")
        name = entry.lstrip("-")
        keys.append(("pk" if name in ("pk", queryset.model._meta.pk.name) else name,
                     entry.startswith("-")))
    if not keys or keys[-1][0] != "pk":
        keys.append(("pk", keys[-1][1] if keys else False))
    return keys


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def encode_cursor(*, keys: list[tuple[str, bool]], values: list, page: int) -> str:
    """The opaque cursor of the page after the `page`-th page, whose last item has the sort
    `values` (in the order of `keys`)."""
    payload = json.dumps({"p": page, "k": [name for name, _ in keys],
                          "v": [_plain(value) for value in values]}, separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def decode_cursor(raw: str, *, keys: list[tuple[str, bool]]) -> tuple[int, list]:
    """(page number of the page it leads to, sort values after which it starts)."""
    if len(raw) > CURSOR_MAX_LENGTH:
        raise bad_cursor()
    try:
        payload = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
        page, names, values = int(payload["p"]), payload["k"], payload["v"]
    except (ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
        raise bad_cursor() from exc
    if names != [name for name, _ in keys] or not isinstance(values, list) \
            or len(values) != len(keys) or page < 1 or any(v is None for v in values):
        raise bad_cursor()
    return page + 1, values


def after(keys: list[tuple[str, bool]], values: list) -> Q:
    """Rows strictly after `values` in the order `keys`: the keyset condition.

    The leading key's bound (`<=` / `>=`) comes first on its own, so the database starts the
    index range scan there instead of filtering from the top of the list.
    """
    first, first_desc = keys[0]
    condition = Q(**{f"{first}__{'lte' if first_desc else 'gte'}": values[0]})
    later = Q()
    equal: dict = {}
    for (name, desc), value in zip(keys, values, strict=True):
        later |= Q(**equal, **{f"{name}__{'lt' if desc else 'gt'}": value})
        equal[name] = value
    return condition & later


BOUNDED_TOTAL = "paging_bounded_total"


class QuerySetListing:
    """A queryset as the paginator reads it (any list; GET /v1/designs brings its own listing,
    designs.selectors.DesignListing, with the same methods): its sort keys ending with the
    primary key, its rows from an offset or after a cursor's values, optionally carrying the
    bounded count (see ListTotal), and its counts."""

    def __init__(self, queryset: QuerySet):
        self.keys = sort_keys(queryset)
        self.queryset = queryset.order_by(*[("-" if desc else "") + name
                                            for name, desc in self.keys])
        self.db = queryset.db

    def bounded_sql(self, cap: int) -> tuple[str, tuple]:
        """The SQL selecting at most `cap` + 1 of the list's rows (what ListTotal counts)."""
        return self.queryset.order_by().values("pk")[:cap + 1].query.sql_with_params()

    def count(self) -> int:
        return self.queryset.order_by().count()

    def rows(self, *, after_values: list | None, start: int, size: int,
             bounded_count: tuple[str, tuple] | None = None) -> tuple[list, int | None]:
        """(up to `size` rows from `start`, or after the row whose sort values are
        `after_values`; the bounded count when `bounded_count` (its SQL) was asked for and
        rides on them)."""
        queryset = self.queryset
        if after_values is not None:
            queryset = queryset.filter(after(self.keys, after_values))
        query = queryset.query
        carried = bounded_count is not None and query.group_by is None \
            and not query.distinct and not query.combinator
        if bounded_count is not None and carried:
            count_sql, count_params = bounded_count
            queryset = queryset.annotate(**{BOUNDED_TOTAL: RawSQL(count_sql, count_params)})  # noqa: S611
        rows = list(queryset[start:start + size])
        return rows, (getattr(rows[0], BOUNDED_TOTAL) if carried and rows else None)

    def key_values(self, item) -> list:
        """The item's values of the sort keys (what its cursor carries)."""
        return [getattr(item, "pk" if name == "pk" else item._meta.get_field(name).attname)
                for name, _desc in self.keys]


# Lists this process counted within the bound lately (cache key -> monotonic expiry): for them
# the cached count of a big list is not looked for (a Redis round trip); the bounded count
# still runs on every page and notices when one has grown past the bound.
_small_lists: dict[str, float] = {}
SMALL_LISTS_MAX = 10_000


class ListTotal:
    """The total of a list: exact up to RADICPRO_LIST_EXACT_TOTAL_MAX, else a recent cached
    count (`exact` False).

    A list known to be big (its count is cached) costs one cache read; any other is counted up
    to the bound only, in the page's own query where it can (`count_query`: one round trip for
    both), and counted in full (and cached) when it turns out bigger.
    """

    def __init__(self, listing):
        self.listing = listing
        self.cap = int(settings.RADICPRO_LIST_EXACT_TOTAL_MAX)
        self.ttl = int(settings.RADICPRO_LIST_TOTAL_CACHE_SECONDS)
        self.sql, self.params = listing.bounded_sql(self.cap)
        self.key = "list-total:" + hashlib.sha256(
            repr((self.sql, self.params)).encode()).hexdigest()
        self.total: int | None = None
        self.exact = False
        if _small_lists.get(self.key, 0.0) <= time.monotonic():
            cached = cache.get(self.key)
            if cached is not None:
                self.total = int(cached)

    @property
    def count_sql(self) -> str:
        return f"SELECT COUNT(*) FROM ({self.sql}) bounded"  # noqa: S608 - the list's own SQL

    def count_query(self) -> tuple[str, tuple] | None:
        """The bounded count's SQL and parameters for a page to carry, while it is needed."""
        return None if self.total is not None else (self.count_sql, tuple(self.params))

    def settle(self, bounded: int | None) -> tuple[int, bool]:
        """(total, exact), from the page's bounded count when it carried one."""
        if self.total is not None:
            return self.total, self.exact
        if bounded is None:
            with connections[self.listing.db].cursor() as cursor:
                cursor.execute(self.count_sql, self.params)
                bounded = cursor.fetchone()[0]
        now = time.monotonic()
        if bounded <= self.cap:
            if len(_small_lists) >= SMALL_LISTS_MAX:
                _small_lists.clear()
            _small_lists[self.key] = now + self.ttl
            self.total, self.exact = bounded, True
            return bounded, True
        _small_lists.pop(self.key, None)
        self.total = self.listing.count()
        cache.set(self.key, self.total, self.ttl)
        return self.total, False


def list_total(queryset: QuerySet) -> tuple[int, bool]:
    """(total, exact) of `queryset` on its own (see ListTotal)."""
    return ListTotal(QuerySetListing(queryset)).settle(None)


class PagePagination(BasePagination):
    """Pages a queryset with `page` (default 1) or `cursor`, and `limit` (default 20, max 100)."""

    def paginate_queryset(self, queryset, request, view=None):
        """The page's rows of `queryset` (a QuerySet, or a listing such as QuerySetListing)."""
        self.limit = _positive_int(request, "limit", DEFAULT_LIMIT, MAX_LIMIT)
        self.list_key = getattr(view, "list_key", "results")
        listing = QuerySetListing(queryset) if isinstance(queryset, QuerySet) else queryset
        self.keys = listing.keys
        total = ListTotal(listing)
        raw_cursor = request.query_params.get("cursor")
        size = self.limit + 1
        if raw_cursor:
            if request.query_params.get("page") not in (None, ""):
                raise ApiError(ErrorCode.VALIDATION_ERROR, "Give page or cursor, not both.",
                               details={"cursor": ["Not together with page."]})
            self.page, values = decode_cursor(raw_cursor, keys=self.keys)
            rows, bounded = listing.rows(after_values=values, start=0, size=size,
                                         bounded_count=total.count_query())
        else:
            self.page = _positive_int(request, "page", 1)
            start = (self.page - 1) * self.limit
            if start <= total.cap:
                rows, bounded = listing.rows(after_values=None, start=start, size=size,
                                             bounded_count=total.count_query())
            else:  # deep: past the end of any exactly counted list, counted first
                total.settle(None)
                rows, bounded = [], None
                if not total.exact:
                    rows, _ = listing.rows(after_values=None, start=start, size=size)
        self.total, self.total_is_exact = total.settle(bounded)
        more = len(rows) > self.limit
        rows = rows[:self.limit]
        self.next_cursor = (encode_cursor(keys=self.keys, values=listing.key_values(rows[-1]),
                                          page=self.page) if more and rows else None)
        return rows

    def get_paginated_response(self, data):
        from rest_framework.response import Response

        return Response(
            {
                self.list_key: data,
                "pagination": {
                    "page": self.page,
                    "limit": self.limit,
                    "total": self.total,
                    "total_pages": math.ceil(self.total / self.limit) if self.total else 0,
                    "total_is_exact": self.total_is_exact,
                    "next_cursor": self.next_cursor,
                },
            }
        )

    def get_paginated_response_schema(self, schema):
        list_key = getattr(self, "list_key", "results")
        return {
            "type": "object",
            "required": [list_key, "pagination"],
            "properties": {
                list_key: schema,
                "pagination": {
                    "type": "object",
                    "required": ["page", "limit", "total", "total_pages"],
                    "properties": {
                        "page": {"type": "integer", "example": 1,
                                 "description": "This page's number (from 1), with a cursor too."},
                        "limit": {"type": "integer", "example": 20},
                        "total": {"type": "integer", "example": 45, "description": (
                            "Items in the list: exact up to "
                            f"{settings.RADICPRO_LIST_EXACT_TOTAL_MAX}; past that a count "
                            f"at most {settings.RADICPRO_LIST_TOTAL_CACHE_SECONDS} s old "
                            "(totalIsExact false).")},
                        "total_pages": {"type": "integer", "example": 3},
                        "total_is_exact": {"type": "boolean", "example": True, "description":
                                           "false when total is a recent count, not this "
                                           "instant's."},
                        "next_cursor": {"type": "string", "nullable": True,
                                        "example": "eyJwIjoxfQ", "description": (
                                            "Pass as `cursor` for the next page (keyset "
                                            "paging: fast at any depth); null on the last page.")},
                    },
                },
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {"name": "page", "in": "query", "required": False,
             "description": "Page number (from 1), OFFSET paging. Deep pages: use cursor.",
             "schema": {"type": "integer", "minimum": 1, "default": 1}},
            {"name": "cursor", "in": "query", "required": False,
             "description": "The nextCursor of the page before: keyset paging, as fast at any "
                            "depth, stable under inserts. Keep the same filters and sort; "
                            "not together with page.",
             "schema": {"type": "string", "maxLength": CURSOR_MAX_LENGTH}},
            {"name": "limit", "in": "query", "required": False,
             "description": "Items per page.",
             "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT,
                        "default": DEFAULT_LIMIT}},
        ]
