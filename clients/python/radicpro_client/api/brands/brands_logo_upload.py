from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.brand_logo_input_request import BrandLogoInputRequest
from ...models.brands_logo_upload_response_200 import BrandsLogoUploadResponse200
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    brand_id: str,
    *,
    body: BrandLogoInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/brands/{brand_id}/logo".format(
            brand_id=quote(str(brand_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BrandsLogoUploadResponse200 | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = BrandsLogoUploadResponse200.from_dict(response.json())

        return response_200

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

    if response.status_code == 413:
        response_413 = ErrorEnvelope.from_dict(response.json())

        return response_413

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
) -> Response[BrandsLogoUploadResponse200 | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    brand_id: str,
    *,
    client: AuthenticatedClient,
    body: BrandLogoInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[BrandsLogoUploadResponse200 | ErrorEnvelope]:
    """Upload a brand logo

     The user's brand kits: colours, fonts, logo, one default.

    Args:
        brand_id (str):
        idempotency_key (str | Unset):
        body (BrandLogoInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BrandsLogoUploadResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    brand_id: str,
    *,
    client: AuthenticatedClient,
    body: BrandLogoInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> BrandsLogoUploadResponse200 | ErrorEnvelope | None:
    """Upload a brand logo

     The user's brand kits: colours, fonts, logo, one default.

    Args:
        brand_id (str):
        idempotency_key (str | Unset):
        body (BrandLogoInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BrandsLogoUploadResponse200 | ErrorEnvelope
    """

    return sync_detailed(
        brand_id=brand_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    brand_id: str,
    *,
    client: AuthenticatedClient,
    body: BrandLogoInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[BrandsLogoUploadResponse200 | ErrorEnvelope]:
    """Upload a brand logo

     The user's brand kits: colours, fonts, logo, one default.

    Args:
        brand_id (str):
        idempotency_key (str | Unset):
        body (BrandLogoInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BrandsLogoUploadResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    brand_id: str,
    *,
    client: AuthenticatedClient,
    body: BrandLogoInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> BrandsLogoUploadResponse200 | ErrorEnvelope | None:
    """Upload a brand logo

     The user's brand kits: colours, fonts, logo, one default.

    Args:
        brand_id (str):
        idempotency_key (str | Unset):
        body (BrandLogoInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BrandsLogoUploadResponse200 | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            brand_id=brand_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
