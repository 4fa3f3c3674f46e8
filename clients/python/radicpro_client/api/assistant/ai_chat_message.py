from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_chat_message_response_200 import AiChatMessageResponse200
from ...models.chat_message_input_request import ChatMessageInputRequest
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    chat_id: str,
    *,
    body: ChatMessageInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ai/chat/{chat_id}/message".format(
            chat_id=quote(str(chat_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AiChatMessageResponse200 | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AiChatMessageResponse200.from_dict(response.json())

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
) -> Response[AiChatMessageResponse200 | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    chat_id: str,
    *,
    client: AuthenticatedClient,
    body: ChatMessageInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[AiChatMessageResponse200 | ErrorEnvelope]:
    """Send a chat message

     The next message of a conversation (someone else's chat is a 404 NOT_FOUND); a `context` replaces
    the chat's. The assistant asks for what a good design still needs (name, offer, colours, style) with
    `suggestions`; once it has enough it creates a logo (the logo_maker tool), generates designs (as
    POST /v1/ai/generate-designs) or, with a design in context, edits it (as POST /v1/ai/edit-design,
    then applied: `patch` holds the operations and the new version). A turn that generates or edits
    counts against the ai_generation rate limit and costs what those endpoints cost (402
    INSUFFICIENT_CREDITS; refunded if the work fails; never for sandbox keys); other turns only count
    against the plan quotas. An unknown context.projectId or context.designId is a VALIDATION_ERROR
    naming it.

    Args:
        chat_id (str):
        idempotency_key (str | Unset):
        body (ChatMessageInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiChatMessageResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        chat_id=chat_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chat_id: str,
    *,
    client: AuthenticatedClient,
    body: ChatMessageInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> AiChatMessageResponse200 | ErrorEnvelope | None:
    """Send a chat message

     The next message of a conversation (someone else's chat is a 404 NOT_FOUND); a `context` replaces
    the chat's. The assistant asks for what a good design still needs (name, offer, colours, style) with
    `suggestions`; once it has enough it creates a logo (the logo_maker tool), generates designs (as
    POST /v1/ai/generate-designs) or, with a design in context, edits it (as POST /v1/ai/edit-design,
    then applied: `patch` holds the operations and the new version). A turn that generates or edits
    counts against the ai_generation rate limit and costs what those endpoints cost (402
    INSUFFICIENT_CREDITS; refunded if the work fails; never for sandbox keys); other turns only count
    against the plan quotas. An unknown context.projectId or context.designId is a VALIDATION_ERROR
    naming it.

    Args:
        chat_id (str):
        idempotency_key (str | Unset):
        body (ChatMessageInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiChatMessageResponse200 | ErrorEnvelope
    """

    return sync_detailed(
        chat_id=chat_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    chat_id: str,
    *,
    client: AuthenticatedClient,
    body: ChatMessageInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[AiChatMessageResponse200 | ErrorEnvelope]:
    """Send a chat message

     The next message of a conversation (someone else's chat is a 404 NOT_FOUND); a `context` replaces
    the chat's. The assistant asks for what a good design still needs (name, offer, colours, style) with
    `suggestions`; once it has enough it creates a logo (the logo_maker tool), generates designs (as
    POST /v1/ai/generate-designs) or, with a design in context, edits it (as POST /v1/ai/edit-design,
    then applied: `patch` holds the operations and the new version). A turn that generates or edits
    counts against the ai_generation rate limit and costs what those endpoints cost (402
    INSUFFICIENT_CREDITS; refunded if the work fails; never for sandbox keys); other turns only count
    against the plan quotas. An unknown context.projectId or context.designId is a VALIDATION_ERROR
    naming it.

    Args:
        chat_id (str):
        idempotency_key (str | Unset):
        body (ChatMessageInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiChatMessageResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        chat_id=chat_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chat_id: str,
    *,
    client: AuthenticatedClient,
    body: ChatMessageInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> AiChatMessageResponse200 | ErrorEnvelope | None:
    """Send a chat message

     The next message of a conversation (someone else's chat is a 404 NOT_FOUND); a `context` replaces
    the chat's. The assistant asks for what a good design still needs (name, offer, colours, style) with
    `suggestions`; once it has enough it creates a logo (the logo_maker tool), generates designs (as
    POST /v1/ai/generate-designs) or, with a design in context, edits it (as POST /v1/ai/edit-design,
    then applied: `patch` holds the operations and the new version). A turn that generates or edits
    counts against the ai_generation rate limit and costs what those endpoints cost (402
    INSUFFICIENT_CREDITS; refunded if the work fails; never for sandbox keys); other turns only count
    against the plan quotas. An unknown context.projectId or context.designId is a VALIDATION_ERROR
    naming it.

    Args:
        chat_id (str):
        idempotency_key (str | Unset):
        body (ChatMessageInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiChatMessageResponse200 | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            chat_id=chat_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
