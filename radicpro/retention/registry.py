"""The kinds of data retention purges: each app registers its own (from its ready()).

A kind has `purge(*, now) -> int` (deletes what its policy no longer keeps, in batches, and
says how many rows or files went) and `policy() -> str` (the policy in words, from settings;
"kept forever" when switched off).
"""

from collections.abc import Callable
from dataclasses import dataclass

BATCH = 1000  # rows deleted per statement: short transactions on a busy database


@dataclass(frozen=True)
class RetentionKind:
    name: str
    purge: Callable[..., int]
    policy: Callable[[], str]


_KINDS: dict[str, RetentionKind] = {}


def register_retention(name: str, *, purge: Callable[..., int], policy: Callable[[], str]) \
        -> None:
    _KINDS[name] = RetentionKind(name=name, purge=purge, policy=policy)


def unregister_retention(name: str) -> None:
    """Forgets `name` (for tests that register kinds of their own, on teardown)."""
    _KINDS.pop(name, None)


def retention_kinds() -> list[RetentionKind]:
    return list(_KINDS.values())


def delete_in_batches(queryset) -> int:
    """Deletes the rows of `queryset` BATCH at a time (by primary key); returns how many."""
    deleted = 0
    while True:
        keys = list(queryset.order_by().values_list("pk", flat=True)[:BATCH])
        if not keys:
            return deleted
        queryset.model.objects.filter(pk__in=keys).delete()
        deleted += len(keys)


def days_policy(days: int, what: str) -> str:
    return f"{what} older than {days} days are deleted" if days > 0 else f"{what} are kept forever"
