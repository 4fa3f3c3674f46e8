from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.designs_revisions_get_response_200 import DesignsRevisionsGetResponse200
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    design_id: str,
    version: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/designs/{design_id}/revisions/{version}".format(
            design_id=quote(str(design_id), safe=""),
            version=quote(str(version), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DesignsRevisionsGetResponse200 | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = DesignsRevisionsGetResponse200.from_dict(response.json())

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
) -> Response[DesignsRevisionsGetResponse200 | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    design_id: str,
    version: int,
    *,
    client: AuthenticatedClient,
) -> Response[DesignsRevisionsGetResponse200 | ErrorEnvelope]:
    """Get a revision

     One revision with its document. An unknown revision is a 404 NOT_FOUND.

    Args:
        design_id (str):
        version (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DesignsRevisionsGetResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        design_id=design_id,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    design_id: str,
    version: int,
    *,
    client: AuthenticatedClient,
) -> DesignsRevisionsGetResponse200 | ErrorEnvelope | None:
    """Get a revision

     One revision with its document. An unknown revision is a 404 NOT_FOUND.

    Args:
        design_id (str):
        version (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DesignsRevisionsGetResponse200 | ErrorEnvelope
    """

    return sync_detailed(
        design_id=design_id,
        version=version,
        client=client,
    ).parsed


async def asyncio_detailed(
    design_id: str,
    version: int,
    *,
    client: AuthenticatedClient,
) -> Response[DesignsRevisionsGetResponse200 | ErrorEnvelope]:
    """Get a revision

     One revision with its document. An unknown revision is a 404 NOT_FOUND.

    Args:
        design_id (str):
        version (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DesignsRevisionsGetResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        design_id=design_id,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    design_id: str,
    version: int,
    *,
    client: AuthenticatedClient,
) -> DesignsRevisionsGetResponse200 | ErrorEnvelope | None:
    """Get a revision

     One revision with its document. An unknown revision is a 404 NOT_FOUND.

    Args:
        design_id (str):
        version (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DesignsRevisionsGetResponse200 | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            design_id=design_id,
            version=version,
            client=client,
        )
    ).parsed
