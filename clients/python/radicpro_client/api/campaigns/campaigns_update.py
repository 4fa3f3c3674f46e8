from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaigns_update_response_200 import CampaignsUpdateResponse200
from ...models.error_envelope import ErrorEnvelope
from ...models.patched_campaign_update_input_request import (
    PatchedCampaignUpdateInputRequest,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    campaign_id: str,
    *,
    body: PatchedCampaignUpdateInputRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/campaigns/{campaign_id}".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignsUpdateResponse200 | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CampaignsUpdateResponse200.from_dict(response.json())

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
) -> Response[CampaignsUpdateResponse200 | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: PatchedCampaignUpdateInputRequest | Unset = UNSET,
) -> Response[CampaignsUpdateResponse200 | ErrorEnvelope]:
    """Update a campaign

     A user's campaigns; another user's campaign does not exist (404 NOT_FOUND).

    Args:
        campaign_id (str):
        body (PatchedCampaignUpdateInputRequest | Unset): The fields of a campaign that PATCH
            changes (at least one).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignsUpdateResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: PatchedCampaignUpdateInputRequest | Unset = UNSET,
) -> CampaignsUpdateResponse200 | ErrorEnvelope | None:
    """Update a campaign

     A user's campaigns; another user's campaign does not exist (404 NOT_FOUND).

    Args:
        campaign_id (str):
        body (PatchedCampaignUpdateInputRequest | Unset): The fields of a campaign that PATCH
            changes (at least one).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignsUpdateResponse200 | ErrorEnvelope
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: PatchedCampaignUpdateInputRequest | Unset = UNSET,
) -> Response[CampaignsUpdateResponse200 | ErrorEnvelope]:
    """Update a campaign

     A user's campaigns; another user's campaign does not exist (404 NOT_FOUND).

    Args:
        campaign_id (str):
        body (PatchedCampaignUpdateInputRequest | Unset): The fields of a campaign that PATCH
            changes (at least one).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignsUpdateResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: PatchedCampaignUpdateInputRequest | Unset = UNSET,
) -> CampaignsUpdateResponse200 | ErrorEnvelope | None:
    """Update a campaign

     A user's campaigns; another user's campaign does not exist (404 NOT_FOUND).

    Args:
        campaign_id (str):
        body (PatchedCampaignUpdateInputRequest | Unset): The fields of a campaign that PATCH
            changes (at least one).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignsUpdateResponse200 | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
            body=body,
        )
    ).parsed
