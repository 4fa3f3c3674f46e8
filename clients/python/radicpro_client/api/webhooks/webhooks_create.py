from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.webhook_create_input_request import WebhookCreateInputRequest
from ...models.webhooks_create_response_201 import WebhooksCreateResponse201
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: WebhookCreateInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WebhooksCreateResponse201 | None:
    if response.status_code == 201:
        response_201 = WebhooksCreateResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

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
) -> Response[ErrorEnvelope | WebhooksCreateResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WebhookCreateInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorEnvelope | WebhooksCreateResponse201]:
    """Create a webhook endpoint

     Subscribe a public http(s) URL to events. The signing secret is in this response only. Each delivery
    is a POST of `{"event", "timestamp", "data"}` signed two ways: Standard Webhooks headers `webhook-
    id` (the event id, the same on every retry and redelivery: use it to drop duplicates), `webhook-
    timestamp` and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body`; verify with
    `standardwebhooks.Webhook(secret)` for a `whsec_` secret, `Webhook(secret.encode())` for your own),
    and `X-Radic-Signature` (hex HMAC-SHA256 of the raw body keyed by the secret). Answer 2xx within the
    timeout; other answers, redirects included, are retried with backoff, and a webhook that keeps
    failing is disabled.

    Args:
        idempotency_key (str | Unset):
        body (WebhookCreateInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WebhooksCreateResponse201]
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
    body: WebhookCreateInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorEnvelope | WebhooksCreateResponse201 | None:
    """Create a webhook endpoint

     Subscribe a public http(s) URL to events. The signing secret is in this response only. Each delivery
    is a POST of `{"event", "timestamp", "data"}` signed two ways: Standard Webhooks headers `webhook-
    id` (the event id, the same on every retry and redelivery: use it to drop duplicates), `webhook-
    timestamp` and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body`; verify with
    `standardwebhooks.Webhook(secret)` for a `whsec_` secret, `Webhook(secret.encode())` for your own),
    and `X-Radic-Signature` (hex HMAC-SHA256 of the raw body keyed by the secret). Answer 2xx within the
    timeout; other answers, redirects included, are retried with backoff, and a webhook that keeps
    failing is disabled.

    Args:
        idempotency_key (str | Unset):
        body (WebhookCreateInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WebhooksCreateResponse201
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WebhookCreateInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorEnvelope | WebhooksCreateResponse201]:
    """Create a webhook endpoint

     Subscribe a public http(s) URL to events. The signing secret is in this response only. Each delivery
    is a POST of `{"event", "timestamp", "data"}` signed two ways: Standard Webhooks headers `webhook-
    id` (the event id, the same on every retry and redelivery: use it to drop duplicates), `webhook-
    timestamp` and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body`; verify with
    `standardwebhooks.Webhook(secret)` for a `whsec_` secret, `Webhook(secret.encode())` for your own),
    and `X-Radic-Signature` (hex HMAC-SHA256 of the raw body keyed by the secret). Answer 2xx within the
    timeout; other answers, redirects included, are retried with backoff, and a webhook that keeps
    failing is disabled.

    Args:
        idempotency_key (str | Unset):
        body (WebhookCreateInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WebhooksCreateResponse201]
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
    body: WebhookCreateInputRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorEnvelope | WebhooksCreateResponse201 | None:
    """Create a webhook endpoint

     Subscribe a public http(s) URL to events. The signing secret is in this response only. Each delivery
    is a POST of `{"event", "timestamp", "data"}` signed two ways: Standard Webhooks headers `webhook-
    id` (the event id, the same on every retry and redelivery: use it to drop duplicates), `webhook-
    timestamp` and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body`; verify with
    `standardwebhooks.Webhook(secret)` for a `whsec_` secret, `Webhook(secret.encode())` for your own),
    and `X-Radic-Signature` (hex HMAC-SHA256 of the raw body keyed by the secret). Answer 2xx within the
    timeout; other answers, redirects included, are retried with backoff, and a webhook that keeps
    failing is disabled.

    Args:
        idempotency_key (str | Unset):
        body (WebhookCreateInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WebhooksCreateResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
