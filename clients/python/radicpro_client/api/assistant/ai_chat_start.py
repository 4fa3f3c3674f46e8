from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_chat_start_response_200 import AiChatStartResponse200
from ...models.chat_message_input_request import ChatMessageInputRequest
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ChatMessageInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ai/chat",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AiChatStartResponse200 | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AiChatStartResponse200.from_dict(response.json())

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
) -> Response[AiChatStartResponse200 | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ChatMessageInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[AiChatStartResponse200 | ErrorEnvelope]:
    """Start an assistant chat

     Starts a conversation with the design assistant and answers its first message. The assistant asks
    for what a good design still needs (name, offer, colours, style) with `suggestions`; once it has
    enough it creates a logo (the logo_maker tool), generates designs (as POST /v1/ai/generate-designs)
    or, with a design in context, edits it (as POST /v1/ai/edit-design, then applied: `patch` holds the
    operations and the new version). A turn that generates or edits counts against the ai_generation
    rate limit and costs what those endpoints cost (402 INSUFFICIENT_CREDITS; refunded if the work
    fails; never for sandbox keys); other turns only count against the plan quotas. An unknown
    context.projectId or context.designId is a VALIDATION_ERROR naming it.

    Args:
        idempotency_key (str | Unset):
        body (ChatMessageInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiChatStartResponse200 | ErrorEnvelope]
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
    body: ChatMessageInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> AiChatStartResponse200 | ErrorEnvelope | None:
    """Start an assistant chat

     Starts a conversation with the design assistant and answers its first message. The assistant asks
    for what a good design still needs (name, offer, colours, style) with `suggestions`; once it has
    enough it creates a logo (the logo_maker tool), generates designs (as POST /v1/ai/generate-designs)
    or, with a design in context, edits it (as POST /v1/ai/edit-design, then applied: `patch` holds the
    operations and the new version). A turn that generates or edits counts against the ai_generation
    rate limit and costs what those endpoints cost (402 INSUFFICIENT_CREDITS; refunded if the work
    fails; never for sandbox keys); other turns only count against the plan quotas. An unknown
    context.projectId or context.designId is a VALIDATION_ERROR naming it.

    Args:
        idempotency_key (str | Unset):
        body (ChatMessageInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiChatStartResponse200 | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ChatMessageInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[AiChatStartResponse200 | ErrorEnvelope]:
    """Start an assistant chat

     Starts a conversation with the design assistant and answers its first message. The assistant asks
    for what a good design still needs (name, offer, colours, style) with `suggestions`; once it has
    enough it creates a logo (the logo_maker tool), generates designs (as POST /v1/ai/generate-designs)
    or, with a design in context, edits it (as POST /v1/ai/edit-design, then applied: `patch` holds the
    operations and the new version). A turn that generates or edits counts against the ai_generation
    rate limit and costs what those endpoints cost (402 INSUFFICIENT_CREDITS; refunded if the work
    fails; never for sandbox keys); other turns only count against the plan quotas. An unknown
    context.projectId or context.designId is a VALIDATION_ERROR naming it.

    Args:
        idempotency_key (str | Unset):
        body (ChatMessageInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiChatStartResponse200 | ErrorEnvelope]
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
    body: ChatMessageInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> AiChatStartResponse200 | ErrorEnvelope | None:
    """Start an assistant chat

     Starts a conversation with the design assistant and answers its first message. The assistant asks
    for what a good design still needs (name, offer, colours, style) with `suggestions`; once it has
    enough it creates a logo (the logo_maker tool), generates designs (as POST /v1/ai/generate-designs)
    or, with a design in context, edits it (as POST /v1/ai/edit-design, then applied: `patch` holds the
    operations and the new version). A turn that generates or edits counts against the ai_generation
    rate limit and costs what those endpoints cost (402 INSUFFICIENT_CREDITS; refunded if the work
    fails; never for sandbox keys); other turns only count against the plan quotas. An unknown
    context.projectId or context.designId is a VALIDATION_ERROR naming it.

    Args:
        idempotency_key (str | Unset):
        body (ChatMessageInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiChatStartResponse200 | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
