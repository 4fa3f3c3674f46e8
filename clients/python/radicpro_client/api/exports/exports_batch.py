from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.export_batch_input_request import ExportBatchInputRequest
from ...models.exports_batch_response_200 import ExportsBatchResponse200
from ...models.exports_batch_response_202 import ExportsBatchResponse202
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ExportBatchInputRequest,
    idempotency_key: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/export/batch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ExportsBatchResponse200 | ExportsBatchResponse202 | None:
    if response.status_code == 200:
        response_200 = ExportsBatchResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = ExportsBatchResponse202.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorEnvelope.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | ExportsBatchResponse200 | ExportsBatchResponse202]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ExportBatchInputRequest,
    idempotency_key: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ExportsBatchResponse200 | ExportsBatchResponse202]:
    """Export several designs

     Renders the design as up to 10 files in one job (its progress moves per file); the answer lists them
    in request order. Rendering runs in a worker: the call waits for it and answers 200, or 202 with the
    job (poll GET /v1/jobs/{jobId}, whose result is this body) with `Prefer: respond-async` or when the
    wait passes its bound. A design that cannot be rendered (e.g. a canvas over the limits) fails with
    EXPORT_FAILED; a file that cannot be stored with STORAGE_ERROR (retryable). Missing assets and
    unknown fonts render with a listed warning.

    Args:
        idempotency_key (str | Unset):
        prefer (str | Unset):  Example: respond-async.
        body (ExportBatchInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ExportsBatchResponse200 | ExportsBatchResponse202]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ExportBatchInputRequest,
    idempotency_key: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> ErrorEnvelope | ExportsBatchResponse200 | ExportsBatchResponse202 | None:
    """Export several designs

     Renders the design as up to 10 files in one job (its progress moves per file); the answer lists them
    in request order. Rendering runs in a worker: the call waits for it and answers 200, or 202 with the
    job (poll GET /v1/jobs/{jobId}, whose result is this body) with `Prefer: respond-async` or when the
    wait passes its bound. A design that cannot be rendered (e.g. a canvas over the limits) fails with
    EXPORT_FAILED; a file that cannot be stored with STORAGE_ERROR (retryable). Missing assets and
    unknown fonts render with a listed warning.

    Args:
        idempotency_key (str | Unset):
        prefer (str | Unset):  Example: respond-async.
        body (ExportBatchInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ExportsBatchResponse200 | ExportsBatchResponse202
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ExportBatchInputRequest,
    idempotency_key: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ExportsBatchResponse200 | ExportsBatchResponse202]:
    """Export several designs

     Renders the design as up to 10 files in one job (its progress moves per file); the answer lists them
    in request order. Rendering runs in a worker: the call waits for it and answers 200, or 202 with the
    job (poll GET /v1/jobs/{jobId}, whose result is this body) with `Prefer: respond-async` or when the
    wait passes its bound. A design that cannot be rendered (e.g. a canvas over the limits) fails with
    EXPORT_FAILED; a file that cannot be stored with STORAGE_ERROR (retryable). Missing assets and
    unknown fonts render with a listed warning.

    Args:
        idempotency_key (str | Unset):
        prefer (str | Unset):  Example: respond-async.
        body (ExportBatchInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ExportsBatchResponse200 | ExportsBatchResponse202]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ExportBatchInputRequest,
    idempotency_key: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> ErrorEnvelope | ExportsBatchResponse200 | ExportsBatchResponse202 | None:
    """Export several designs

     Renders the design as up to 10 files in one job (its progress moves per file); the answer lists them
    in request order. Rendering runs in a worker: the call waits for it and answers 200, or 202 with the
    job (poll GET /v1/jobs/{jobId}, whose result is this body) with `Prefer: respond-async` or when the
    wait passes its bound. A design that cannot be rendered (e.g. a canvas over the limits) fails with
    EXPORT_FAILED; a file that cannot be stored with STORAGE_ERROR (retryable). Missing assets and
    unknown fonts render with a listed warning.

    Args:
        idempotency_key (str | Unset):
        prefer (str | Unset):  Example: respond-async.
        body (ExportBatchInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ExportsBatchResponse200 | ExportsBatchResponse202
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            prefer=prefer,
        )
    ).parsed
