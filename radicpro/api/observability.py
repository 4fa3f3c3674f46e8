"""Structured JSON logs carrying the request id (and job id in workers), and Prometheus metrics."""

import contextvars
import json
import logging
import os
import time
from datetime import UTC, datetime

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)

from .client_ip import client_ip

request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "request_id", default=None)
job_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("job_id", default=None)

REQUEST_LATENCY = Histogram(
    "radicpro_http_request_duration_seconds", "HTTP request latency by route and status.",
    ["method", "route", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
JOB_DURATION = Histogram(
    "radicpro_job_duration_seconds", "Job run time by kind and outcome.", ["kind", "outcome"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300),
)
RENDERS = Histogram(
    "radicpro_render_duration_seconds", "Renderer time by output format and scale.",
    ["format", "scale"], buckets=(0.005, 0.01, 0.02, 0.04, 0.08, 0.15, 0.3, 0.6, 1.2, 5),
)
PROVIDER_CALLS = Counter(
    "radicpro_provider_calls_total", "AI provider calls by capability, provider and outcome.",
    ["capability", "provider", "outcome"],
)
PROVIDER_COST = Counter(
    "radicpro_provider_cost_usd_total", "AI provider cost in USD by capability and provider.",
    ["capability", "provider"],
)


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message, requestId, jobId, exception."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id, job_id = request_id_var.get(), job_id_var.get()
        if request_id:
            entry["requestId"] = request_id
        if job_id:
            entry["jobId"] = job_id
        for key in ("method", "path", "status", "durationMs", "route", "clientIp"):
            if hasattr(record, key):
                entry[key] = getattr(record, key)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


access_log = logging.getLogger("radicpro.access")


class ObservabilityMiddleware:
    """Binds the request id for logs, times the request, logs one access line, counts it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = request_id_var.set(getattr(request, "request_id", None))
        started = time.perf_counter()
        try:
            response = self.get_response(request)
        finally:
            request_id_var.reset(token)
        elapsed = time.perf_counter() - started
        match = getattr(request, "resolver_match", None)
        route = match.route if match and match.route else "unmatched"
        REQUEST_LATENCY.labels(request.method, route, str(response.status_code)).observe(elapsed)
        if not request.path.startswith(("/healthz", "/readyz", "/metrics", "/static")):
            token = request_id_var.set(getattr(request, "request_id", None))
            try:
                access_log.info(
                    "%s %s %s", request.method, request.path, response.status_code,
                    extra={"method": request.method, "path": request.path, "route": route,
                           "status": response.status_code, "clientIp": client_ip(request),
                           "durationMs": round(elapsed * 1000, 1)})
            finally:
                request_id_var.reset(token)
        return response


def metrics_view(request):
    """Prometheus exposition; with PROMETHEUS_MULTIPROC_DIR, aggregated over all processes.

    Open only when configured: with RADICPRO_METRICS_TOKEN a bearer token is needed; without
    one, RADICPRO_METRICS_PUBLIC (on in development, off in production) decides."""
    from django.conf import settings
    from django.http import HttpResponse
    from django.utils.crypto import constant_time_compare

    from .errors import ErrorCode
    from .middleware import json_error_response

    token = settings.RADICPRO_METRICS_TOKEN
    if token:
        if not constant_time_compare(request.headers.get("Authorization", ""), f"Bearer {token}"):
            response = json_error_response(request, ErrorCode.UNAUTHORIZED,
                                           "/metrics needs Authorization: Bearer <metrics token>.")
            response["WWW-Authenticate"] = 'Bearer realm="metrics"'
            return response
    elif not settings.RADICPRO_METRICS_PUBLIC:
        return json_error_response(
            request, ErrorCode.FORBIDDEN, "/metrics is closed: set RADICPRO_METRICS_TOKEN (or "
            "RADICPRO_METRICS_PUBLIC=true behind a private network) to expose it.")
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        data = generate_latest(registry)
    else:
        data = generate_latest()
    return HttpResponse(data, content_type=CONTENT_TYPE_LATEST)
