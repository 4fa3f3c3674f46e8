"""Providers wrapped so every call is counted (capability, provider, outcome) with its cost: in the
Prometheus metrics and as a ProviderCall row (the dashboard's calls and spend)."""

from __future__ import annotations

import logging
import time
from decimal import Decimal
from typing import Any

from django.db import DatabaseError, transaction

from radicpro.api.observability import PROVIDER_CALLS, PROVIDER_COST

logger = logging.getLogger(__name__)


def provider_call_record(*, capability: str, provider: str, model: str, outcome: str,
                         cost_usd: float, duration_ms: int) -> None:
    """Stores one call; a database that cannot take the row never fails the call itself."""
    from aiengine.models import ProviderCall

    try:
        with transaction.atomic():  # a savepoint: a failed insert leaves the caller's work alone
            ProviderCall.objects.create(capability=capability, provider=provider,
                                        model=model[:100],
                                        outcome=outcome,
                                        cost_usd=Decimal(str(round(cost_usd, 6))),
                                        duration_ms=duration_ms)
    except DatabaseError:
        logger.warning("could not record a %s call to %s", capability, provider, exc_info=True)


class Metered:
    """Delegates to a provider and records each `generate`/`edit`/`respond` call."""

    def __init__(self, provider: Any, *, capability: str, name: str) -> None:
        self._provider = provider
        self._capability = capability
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._provider, attribute)

    def _record(self, *, outcome: str, cost: float, model: str, started: float) -> None:
        provider_call_record(capability=self._capability, provider=self._name, model=model,
                             outcome=outcome, cost_usd=cost,
                             duration_ms=int((time.monotonic() - started) * 1000))

    def _call(self, method, *args, **kwargs):
        started = time.monotonic()
        try:
            result = method(*args, **kwargs)
        except Exception:
            PROVIDER_CALLS.labels(self._capability, self._name, "error").inc()
            self._record(outcome="error", cost=0.0, model="", started=started)
            raise
        PROVIDER_CALLS.labels(self._capability, self._name, "ok").inc()
        cost = float(getattr(result, "cost_usd", 0.0) or 0.0)
        if cost:
            PROVIDER_COST.labels(self._capability, self._name).inc(cost)
        self._record(outcome="ok", cost=cost, model=str(getattr(result, "model", "") or ""),
                     started=started)
        return result

    def generate(self, request):
        return self._call(self._provider.generate, request)

    def edit(self, **kwargs):
        return self._call(self._provider.edit, **kwargs)

    def respond(self, **kwargs):
        return self._call(self._provider.respond, **kwargs)
