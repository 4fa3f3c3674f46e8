"""Providers wrapped so every call is counted (capability, provider, outcome) with its cost."""

from __future__ import annotations

from typing import Any

from radicpro.api.observability import PROVIDER_CALLS, PROVIDER_COST


class Metered:
    """Delegates to a provider and records each `generate`/`edit`/`respond` call in the Prometheus metrics."""

    def __init__(self, provider: Any, *, capability: str, name: str) -> None:
        self._provider = provider
        self._capability = capability
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._provider, attribute)

    def _call(self, method, *args, **kwargs):
        try:
            result = method(*args, **kwargs)
        except Exception:
            PROVIDER_CALLS.labels(self._capability, self._name, "error").inc()
            raise
        PROVIDER_CALLS.labels(self._capability, self._name, "ok").inc()
        cost = float(getattr(result, "cost_usd", 0.0) or 0.0)
        if cost:
            PROVIDER_COST.labels(self._capability, self._name).inc(cost)
        return result

    def generate(self, request):
        return self._call(self._provider.generate, request)

    def edit(self, **kwargs):
        return self._call(self._provider.edit, **kwargs)

    def respond(self, **kwargs):
        return self._call(self._provider.respond, **kwargs)
