from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_edit_design_response_200 import AiEditDesignResponse200
from ...models.edit_design_input_request import EditDesignInputRequest
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: EditDesignInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ai/edit-design",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AiEditDesignResponse200 | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AiEditDesignResponse200.from_dict(response.json())

        return response_200

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
) -> Response[AiEditDesignResponse200 | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EditDesignInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[AiEditDesignResponse200 | ErrorEnvelope]:
    """Edit a design by instruction

     Patch operations that carry out the instruction, checked against the design but not applied (POST
    /v1/designs/{designId}/apply-patch applies them), with an explanation and the parts not understood.
    1 credit, refunded when the provider fails or nothing could be done; sandbox keys are never charged.
    An instruction that shows another subject in an image ("swap the image for a coffee cup") has that
    smart image drawn now, at a smart image's price, and the operations carry it (update_smart_asset).

    Args:
        idempotency_key (str | Unset):
        body (EditDesignInputRequest): Refuses fields the endpoint does not take (nested objects
            too) instead of ignoring them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiEditDesignResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: EditDesignInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> AiEditDesignResponse200 | ErrorEnvelope | None:
    """Edit a design by instruction

     Patch operations that carry out the instruction, checked against the design but not applied (POST
    /v1/designs/{designId}/apply-patch applies them), with an explanation and the parts not understood.
    1 credit, refunded when the provider fails or nothing could be done; sandbox keys are never charged.
    An instruction that shows another subject in an image ("swap the image for a coffee cup") has that
    smart image drawn now, at a smart image's price, and the operations carry it (update_smart_asset).

    Args:
        idempotency_key (str | Unset):
        body (EditDesignInputRequest): Refuses fields the endpoint does not take (nested objects
            too) instead of ignoring them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiEditDesignResponse200 | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EditDesignInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[AiEditDesignResponse200 | ErrorEnvelope]:
    """Edit a design by instruction

     Patch operations that carry out the instruction, checked against the design but not applied (POST
    /v1/designs/{designId}/apply-patch applies them), with an explanation and the parts not understood.
    1 credit, refunded when the provider fails or nothing could be done; sandbox keys are never charged.
    An instruction that shows another subject in an image ("swap the image for a coffee cup") has that
    smart image drawn now, at a smart image's price, and the operations carry it (update_smart_asset).

    Args:
        idempotency_key (str | Unset):
        body (EditDesignInputRequest): Refuses fields the endpoint does not take (nested objects
            too) instead of ignoring them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiEditDesignResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EditDesignInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> AiEditDesignResponse200 | ErrorEnvelope | None:
    """Edit a design by instruction

     Patch operations that carry out the instruction, checked against the design but not applied (POST
    /v1/designs/{designId}/apply-patch applies them), with an explanation and the parts not understood.
    1 credit, refunded when the provider fails or nothing could be done; sandbox keys are never charged.
    An instruction that shows another subject in an image ("swap the image for a coffee cup") has that
    smart image drawn now, at a smart image's price, and the operations carry it (update_smart_asset).

    Args:
        idempotency_key (str | Unset):
        body (EditDesignInputRequest): Refuses fields the endpoint does not take (nested objects
            too) instead of ignoring them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiEditDesignResponse200 | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
