from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.designs_list_order import DesignsListOrder
from ...models.designs_list_response_200 import DesignsListResponse200
from ...models.designs_list_sort import DesignsListSort
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    archived: bool | Unset = False,
    campaign_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    order: DesignsListOrder | Unset = "desc",
    page: int | Unset = 1,
    sort: DesignsListSort | Unset = "updatedAt",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["archived"] = archived

    params["campaignId"] = campaign_id

    params["cursor"] = cursor

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["page"] = page

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/designs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DesignsListResponse200 | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = DesignsListResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

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
) -> Response[DesignsListResponse200 | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    archived: bool | Unset = False,
    campaign_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    order: DesignsListOrder | Unset = "desc",
    page: int | Unset = 1,
    sort: DesignsListSort | Unset = "updatedAt",
) -> Response[DesignsListResponse200 | ErrorEnvelope]:
    """List designs

     A user's designs; another user's design does not exist (404 DESIGN_NOT_FOUND).

    Args:
        archived (bool | Unset):  Default: False.
        campaign_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.
        order (DesignsListOrder | Unset):  Default: 'desc'.
        page (int | Unset):  Default: 1.
        sort (DesignsListSort | Unset):  Default: 'updatedAt'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DesignsListResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        archived=archived,
        campaign_id=campaign_id,
        cursor=cursor,
        limit=limit,
        order=order,
        page=page,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    archived: bool | Unset = False,
    campaign_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    order: DesignsListOrder | Unset = "desc",
    page: int | Unset = 1,
    sort: DesignsListSort | Unset = "updatedAt",
) -> DesignsListResponse200 | ErrorEnvelope | None:
    """List designs

     A user's designs; another user's design does not exist (404 DESIGN_NOT_FOUND).

    Args:
        archived (bool | Unset):  Default: False.
        campaign_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.
        order (DesignsListOrder | Unset):  Default: 'desc'.
        page (int | Unset):  Default: 1.
        sort (DesignsListSort | Unset):  Default: 'updatedAt'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DesignsListResponse200 | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        archived=archived,
        campaign_id=campaign_id,
        cursor=cursor,
        limit=limit,
        order=order,
        page=page,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    archived: bool | Unset = False,
    campaign_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    order: DesignsListOrder | Unset = "desc",
    page: int | Unset = 1,
    sort: DesignsListSort | Unset = "updatedAt",
) -> Response[DesignsListResponse200 | ErrorEnvelope]:
    """List designs

     A user's designs; another user's design does not exist (404 DESIGN_NOT_FOUND).

    Args:
        archived (bool | Unset):  Default: False.
        campaign_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.
        order (DesignsListOrder | Unset):  Default: 'desc'.
        page (int | Unset):  Default: 1.
        sort (DesignsListSort | Unset):  Default: 'updatedAt'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DesignsListResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        archived=archived,
        campaign_id=campaign_id,
        cursor=cursor,
        limit=limit,
        order=order,
        page=page,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    archived: bool | Unset = False,
    campaign_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    order: DesignsListOrder | Unset = "desc",
    page: int | Unset = 1,
    sort: DesignsListSort | Unset = "updatedAt",
) -> DesignsListResponse200 | ErrorEnvelope | None:
    """List designs

     A user's designs; another user's design does not exist (404 DESIGN_NOT_FOUND).

    Args:
        archived (bool | Unset):  Default: False.
        campaign_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.
        order (DesignsListOrder | Unset):  Default: 'desc'.
        page (int | Unset):  Default: 1.
        sort (DesignsListSort | Unset):  Default: 'updatedAt'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DesignsListResponse200 | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            archived=archived,
            campaign_id=campaign_id,
            cursor=cursor,
            limit=limit,
            order=order,
            page=page,
            sort=sort,
        )
    ).parsed
