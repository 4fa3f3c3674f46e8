from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.design_duplicate_input_request import DesignDuplicateInputRequest
from ...models.designs_duplicate_response_201 import DesignsDuplicateResponse201
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    design_id: str,
    *,
    body: DesignDuplicateInputRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/designs/{design_id}/duplicate".format(
            design_id=quote(str(design_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DesignsDuplicateResponse201 | ErrorEnvelope | None:
    if response.status_code == 201:
        response_201 = DesignsDuplicateResponse201.from_dict(response.json())

        return response_201

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
) -> Response[DesignsDuplicateResponse201 | ErrorEnvelope]:
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
    body: DesignDuplicateInputRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[DesignsDuplicateResponse201 | ErrorEnvelope]:
    """Duplicate a design

     A user's designs; another user's design does not exist (404 DESIGN_NOT_FOUND).

    Args:
        design_id (str):
        idempotency_key (str | Unset):
        body (DesignDuplicateInputRequest | Unset): Options of a duplicate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DesignsDuplicateResponse201 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        design_id=design_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    design_id: str,
    *,
    client: AuthenticatedClient,
    body: DesignDuplicateInputRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> DesignsDuplicateResponse201 | ErrorEnvelope | None:
    """Duplicate a design

     A user's designs; another user's design does not exist (404 DESIGN_NOT_FOUND).

    Args:
        design_id (str):
        idempotency_key (str | Unset):
        body (DesignDuplicateInputRequest | Unset): Options of a duplicate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DesignsDuplicateResponse201 | ErrorEnvelope
    """

    return sync_detailed(
        design_id=design_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    design_id: str,
    *,
    client: AuthenticatedClient,
    body: DesignDuplicateInputRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[DesignsDuplicateResponse201 | ErrorEnvelope]:
    """Duplicate a design

     A user's designs; another user's design does not exist (404 DESIGN_NOT_FOUND).

    Args:
        design_id (str):
        idempotency_key (str | Unset):
        body (DesignDuplicateInputRequest | Unset): Options of a duplicate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DesignsDuplicateResponse201 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        design_id=design_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    design_id: str,
    *,
    client: AuthenticatedClient,
    body: DesignDuplicateInputRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> DesignsDuplicateResponse201 | ErrorEnvelope | None:
    """Duplicate a design

     A user's designs; another user's design does not exist (404 DESIGN_NOT_FOUND).

    Args:
        design_id (str):
        idempotency_key (str | Unset):
        body (DesignDuplicateInputRequest | Unset): Options of a duplicate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DesignsDuplicateResponse201 | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            design_id=design_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
