"""RadicPro: the generated client with auth, retries, idempotency, jobs and pagination.

Every generated endpoint module (`radicpro_client.api.<tag>.<operation>`) is called through
`call` (the envelope's `data`, or RadicProError), `run` (the same, following a 202 through its
job to the typed result) or `paginate` (every item of every page).
"""

import time
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import attrs
import httpx
from radicpro_client import AuthenticatedClient, Client
from radicpro_client.api.auth import auth_login, auth_signup
from radicpro_client.api.jobs import jobs_get
from radicpro_client.models import ErrorEnvelope, LoginInputRequest, SignupInputRequest
from radicpro_client.types import UNSET, Response

from .errors import JobFailed, JobTimeout, RadicProError
from .transport import RetryingTransport

DEFAULT_BASE_URL = "http://127.0.0.1:8000"


def _error_from(response: Response[Any]) -> RadicProError:
    parsed = response.parsed
    if isinstance(parsed, ErrorEnvelope):
        error = parsed.error
        details = error.details.to_dict() if error.details else None
        return RadicProError(status=response.status_code, code=str(error.code),
                             message=error.message, details=details,
                             retryable=bool(error.retryable),
                             request_id=parsed.meta.request_id)
    return RadicProError(status=response.status_code, code="UNEXPECTED_RESPONSE",
                         message=response.content[:300].decode(errors="replace"))


def _items_and_pages(data: Any) -> tuple[list[Any], Any]:
    """The list of a page model and its pagination object (whatever the list is called)."""
    items: list[Any] = []
    pagination = None
    for field in attrs.fields(type(data)):
        value = getattr(data, field.name)
        if isinstance(value, list):
            items = value
        elif field.name == "pagination":
            pagination = value
    return items, pagination


class RadicPro:
    """A Radic Pro API client.

    `token` (an access token) or `api_key` (`rp_live_`/`rp_test_`) authenticates; or call
    `sign_in`. 429 and 503 answers are retried up to `max_retries` times after their
    Retry-After; every POST carries a fresh Idempotency-Key unless `idempotent_writes=False`
    or you pass your own (`idempotency_key=` on the generated call).
    """

    def __init__(self, base_url: str = DEFAULT_BASE_URL, *, token: str | None = None,
                 api_key: str | None = None, timeout: float = 120.0, max_retries: int = 5,
                 idempotent_writes: bool = True, transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = httpx.Timeout(timeout)
        self.sleep = sleep
        self.transport = RetryingTransport(transport, max_retries=max_retries,
                                           idempotent_writes=idempotent_writes, sleep=sleep)
        self.api: Client | AuthenticatedClient = self._client(token or api_key)

    def _client(self, credential: str | None) -> Client | AuthenticatedClient:
        options: dict[str, Any] = {"base_url": self.base_url, "timeout": self.timeout,
                                   "httpx_args": {"transport": self.transport}}
        if credential:
            return AuthenticatedClient(token=credential, **options)
        return Client(**options)

    def authenticate(self, credential: str) -> None:
        """Use `credential` (an access token or an API key) from now on."""
        self.api = self._client(credential)

    # --- calls -----------------------------------------------------------------------------

    def call_detailed(self, endpoint: ModuleType, *args: Any, **kwargs: Any) -> Response[Any]:
        """The generated endpoint's response; an error answer raises RadicProError."""
        response = endpoint.sync_detailed(*args, client=self.api, **kwargs)
        if response.status_code >= 400 or isinstance(response.parsed, ErrorEnvelope):
            raise _error_from(response)
        return response

    def call(self, endpoint: ModuleType, *args: Any, **kwargs: Any) -> Any:
        """The envelope's `data` of a generated endpoint's answer (None for a 204)."""
        parsed = self.call_detailed(endpoint, *args, **kwargs).parsed
        return getattr(parsed, "data", parsed)

    def run(self, endpoint: ModuleType, *args: Any, timeout: float = 600.0, **kwargs: Any) -> Any:
        """Like `call`, but a 202 (a job: `prefer="respond-async"`, or a long wait) is waited
        for: the answer is the job's typed result, as the synchronous call returns it."""
        response = self.call_detailed(endpoint, *args, **kwargs)
        data = getattr(response.parsed, "data", response.parsed)
        if response.status_code == 202 and getattr(data, "job_id", None):
            return self.wait_for_job(data.job_id, timeout=timeout)
        return data

    # --- auth --------------------------------------------------------------------------------

    def sign_in(self, email: str, password: str) -> Any:
        """Signs in; later calls use the session's access token. Answers the session data."""
        data = self.call(auth_login, body=LoginInputRequest(email=email, password=password))
        self.authenticate(data.session.access_token)
        return data

    def sign_up(self, email: str, password: str, full_name: str = "") -> Any:
        """Creates an account and uses its session. Answers the user and session."""
        body = SignupInputRequest(email=email, password=password,
                                  full_name=full_name or UNSET)
        data = self.call(auth_signup, body=body)
        self.authenticate(data.session.access_token)
        return data

    # --- jobs ---------------------------------------------------------------------------------

    def wait_for_job(self, job_id: str, *, timeout: float = 600.0, interval: float = 1.0) -> Any:
        """Polls GET /v1/jobs/{jobId} until it completes: its result, typed by the job's kind
        (GenerateDesignsOutput, SmartImageOutput, ExportResultOutput, ToolRunOutput, ...).
        A failed job raises JobFailed; one still running after `timeout` s, JobTimeout."""
        deadline = time.monotonic() + timeout
        while True:
            job = self.call(jobs_get, job_id)
            if job.status == "completed":
                return job.result
            if job.status == "failed":
                error = job.error
                raise JobFailed(job_id=job_id, status=200,
                                code=str(getattr(error, "code", "JOB_FAILED")),
                                message=getattr(error, "message", "The job failed."),
                                details=None, retryable=bool(getattr(error, "retryable", False)))
            if time.monotonic() >= deadline:
                raise JobTimeout(f"job {job_id} still {job.status} after {timeout} s")
            self.sleep(interval)

    # --- pagination ---------------------------------------------------------------------------

    def paginate(self, endpoint: ModuleType, *args: Any, limit: int = 100,
                 **kwargs: Any) -> Iterator[Any]:
        """Every item of a list endpoint, page after page.

        Pages by `page` (lists answering `pagination.totalPages`), by a cursor when the answer
        offers one (`pagination.nextCursor` / `next`: sent back as `cursor`), or by `offset`
        (lists answering `hasMore`).
        """
        params: dict[str, Any] = {"limit": limit, **kwargs}
        offset_paged = "offset" in params or _accepts(endpoint, "offset") and not _accepts(
            endpoint, "page")
        if offset_paged:
            params.setdefault("offset", 0)
        else:
            params.setdefault("page", 1)
        while True:
            data = self.call(endpoint, *args, **params)
            items, pagination = _items_and_pages(data)
            yield from items
            cursor = _next_cursor(pagination) or _next_cursor(data)
            if cursor:
                # The generated call sends its schema default page=1 unless told not to; a cursor
                # replaces the page number.
                params["page"] = UNSET
                params["cursor"] = cursor
            elif "cursor" in params:
                return  # the last page of a cursor walk
            elif offset_paged:
                if not getattr(data, "has_more", False) or not items:
                    return
                params["offset"] += len(items)
            elif pagination is not None and params["page"] < pagination.total_pages:
                params["page"] += 1
            else:
                return

    # --- files ------------------------------------------------------------------------------------

    def download(self, url: str) -> bytes:
        """The bytes of a signed file URL (a path on the API's origin, or absolute). The
        signature is the key: no credential is sent (a storage service would refuse one)."""
        absolute = url if url.startswith(("http://", "https://")) else self.base_url + url
        transport = RetryingTransport(max_retries=self.transport.max_retries, sleep=self.sleep)
        with httpx.Client(transport=transport, timeout=self.timeout,
                          follow_redirects=True) as http:
            response = http.get(absolute)
        if response.status_code != 200:
            raise RadicProError(status=response.status_code, code="DOWNLOAD_FAILED",
                                message=response.text[:300])
        return response.content


def _accepts(endpoint: ModuleType, name: str) -> bool:
    return name in endpoint.sync_detailed.__code__.co_varnames


def _next_cursor(value: Any) -> str | None:
    for name in ("next_cursor", "next"):
        cursor = getattr(value, name, None)
        if isinstance(cursor, str) and cursor:
            return cursor
    return None
