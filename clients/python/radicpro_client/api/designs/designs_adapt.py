from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.adapt_input_request import AdaptInputRequest
from ...models.designs_adapt_response_200 import DesignsAdaptResponse200
from ...models.designs_adapt_response_202 import DesignsAdaptResponse202
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    design_id: str,
    *,
    body: AdaptInputRequest,
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
        "url": "/v1/designs/{design_id}/adapt".format(
            design_id=quote(str(design_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DesignsAdaptResponse200 | DesignsAdaptResponse202 | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = DesignsAdaptResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = DesignsAdaptResponse202.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorEnvelope.from_dict(response.json())

        return response_402

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
) -> Response[DesignsAdaptResponse200 | DesignsAdaptResponse202 | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    design_id: str,
    *,
    client: AuthenticatedClient,
    body: AdaptInputRequest,
    idempotency_key: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[DesignsAdaptResponse200 | DesignsAdaptResponse202 | ErrorEnvelope]:
    """Adapts the design to one or more other formats (Magic Resize)

     Adapts the design to one or more other formats (Magic Resize). Each new design is the source re-laid
    out for the target format: the same words (every fact kept verbatim), brand, colours and images, in
    the source's campaign, with the design lint's error codes in `lint` (empty when clean). 1 credit a
    new design. Emits design.created per design and design.adapted once. The work runs in a worker: the
    call waits for it and answers 200, or 202 with the job (poll GET /v1/jobs/{jobId}, whose result is
    this body) with `Prefer: respond-async` or when the wait passes its bound. Credits are reserved
    before the work (402 INSUFFICIENT_CREDITS) and refunded if it fails (GENERATION_FAILED, with
    `retryable`); sandbox (rp_test_) keys are never charged and never reach paid providers.

    Args:
        design_id (str):
        idempotency_key (str | Unset):
        prefer (str | Unset):  Example: respond-async.
        body (AdaptInputRequest): Refuses fields the endpoint does not take (nested objects too)
            instead of ignoring them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DesignsAdaptResponse200 | DesignsAdaptResponse202 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        design_id=design_id,
        body=body,
        idempotency_key=idempotency_key,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    design_id: str,
    *,
    client: AuthenticatedClient,
    body: AdaptInputRequest,
    idempotency_key: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> DesignsAdaptResponse200 | DesignsAdaptResponse202 | ErrorEnvelope | None:
    """Adapts the design to one or more other formats (Magic Resize)

     Adapts the design to one or more other formats (Magic Resize). Each new design is the source re-laid
    out for the target format: the same words (every fact kept verbatim), brand, colours and images, in
    the source's campaign, with the design lint's error codes in `lint` (empty when clean). 1 credit a
    new design. Emits design.created per design and design.adapted once. The work runs in a worker: the
    call waits for it and answers 200, or 202 with the job (poll GET /v1/jobs/{jobId}, whose result is
    this body) with `Prefer: respond-async` or when the wait passes its bound. Credits are reserved
    before the work (402 INSUFFICIENT_CREDITS) and refunded if it fails (GENERATION_FAILED, with
    `retryable`); sandbox (rp_test_) keys are never charged and never reach paid providers.

    Args:
        design_id (str):
        idempotency_key (str | Unset):
        prefer (str | Unset):  Example: respond-async.
        body (AdaptInputRequest): Refuses fields the endpoint does not take (nested objects too)
            instead of ignoring them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DesignsAdaptResponse200 | DesignsAdaptResponse202 | ErrorEnvelope
    """

    return sync_detailed(
        design_id=design_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    design_id: str,
    *,
    client: AuthenticatedClient,
    body: AdaptInputRequest,
    idempotency_key: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[DesignsAdaptResponse200 | DesignsAdaptResponse202 | ErrorEnvelope]:
    """Adapts the design to one or more other formats (Magic Resize)

     Adapts the design to one or more other formats (Magic Resize). Each new design is the source re-laid
    out for the target format: the same words (every fact kept verbatim), brand, colours and images, in
    the source's campaign, with the design lint's error codes in `lint` (empty when clean). 1 credit a
    new design. Emits design.created per design and design.adapted once. The work runs in a worker: the
    call waits for it and answers 200, or 202 with the job (poll GET /v1/jobs/{jobId}, whose result is
    this body) with `Prefer: respond-async` or when the wait passes its bound. Credits are reserved
    before the work (402 INSUFFICIENT_CREDITS) and refunded if it fails (GENERATION_FAILED, with
    `retryable`); sandbox (rp_test_) keys are never charged and never reach paid providers.

    Args:
        design_id (str):
        idempotency_key (str | Unset):
        prefer (str | Unset):  Example: respond-async.
        body (AdaptInputRequest): Refuses fields the endpoint does not take (nested objects too)
            instead of ignoring them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DesignsAdaptResponse200 | DesignsAdaptResponse202 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        design_id=design_id,
        body=body,
        idempotency_key=idempotency_key,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    design_id: str,
    *,
    client: AuthenticatedClient,
    body: AdaptInputRequest,
    idempotency_key: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> DesignsAdaptResponse200 | DesignsAdaptResponse202 | ErrorEnvelope | None:
    """Adapts the design to one or more other formats (Magic Resize)

     Adapts the design to one or more other formats (Magic Resize). Each new design is the source re-laid
    out for the target format: the same words (every fact kept verbatim), brand, colours and images, in
    the source's campaign, with the design lint's error codes in `lint` (empty when clean). 1 credit a
    new design. Emits design.created per design and design.adapted once. The work runs in a worker: the
    call waits for it and answers 200, or 202 with the job (poll GET /v1/jobs/{jobId}, whose result is
    this body) with `Prefer: respond-async` or when the wait passes its bound. Credits are reserved
    before the work (402 INSUFFICIENT_CREDITS) and refunded if it fails (GENERATION_FAILED, with
    `retryable`); sandbox (rp_test_) keys are never charged and never reach paid providers.

    Args:
        design_id (str):
        idempotency_key (str | Unset):
        prefer (str | Unset):  Example: respond-async.
        body (AdaptInputRequest): Refuses fields the endpoint does not take (nested objects too)
            instead of ignoring them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DesignsAdaptResponse200 | DesignsAdaptResponse202 | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            design_id=design_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            prefer=prefer,
        )
    ).parsed
