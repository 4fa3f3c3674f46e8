from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.tool_execute_input_request import ToolExecuteInputRequest
from ...models.tools_execute_response_200 import ToolsExecuteResponse200
from ...models.tools_execute_response_202 import ToolsExecuteResponse202
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tool_id: str,
    *,
    body: ToolExecuteInputRequest,
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
        "url": "/v1/tools/{tool_id}/execute".format(
            tool_id=quote(str(tool_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ToolsExecuteResponse200 | ToolsExecuteResponse202 | None:
    if response.status_code == 200:
        response_200 = ToolsExecuteResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = ToolsExecuteResponse202.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ToolsExecuteResponse200 | ToolsExecuteResponse202]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    body: ToolExecuteInputRequest,
    idempotency_key: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ToolsExecuteResponse200 | ToolsExecuteResponse202]:
    """Run a tool

     Runs the tool as a job (kind `tool`). By default the call waits for it and answers 200 with the
    result (`itemId`, `url`, `formats`, ...); with `Prefer: respond-async`, or when the wait passes its
    bound, it answers 202 with the job (`jobId`, `status`, `estimatedTime`): poll GET /v1/jobs/{jobId},
    whose `progress` and `message` move at each stage and whose `result` is the 200 body. Inputs are
    checked against the tool's schema (VALIDATION_ERROR naming `inputs.<field>`); an unknown tool is 404
    NOT_FOUND. The tool's credits are reserved first (402 INSUFFICIENT_CREDITS) and refunded if the run
    fails; sandbox keys are never charged.

    Args:
        tool_id (str):
        idempotency_key (str | Unset):
        prefer (str | Unset):  Example: respond-async.
        body (ToolExecuteInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ToolsExecuteResponse200 | ToolsExecuteResponse202]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
        body=body,
        idempotency_key=idempotency_key,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    body: ToolExecuteInputRequest,
    idempotency_key: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> ErrorEnvelope | ToolsExecuteResponse200 | ToolsExecuteResponse202 | None:
    """Run a tool

     Runs the tool as a job (kind `tool`). By default the call waits for it and answers 200 with the
    result (`itemId`, `url`, `formats`, ...); with `Prefer: respond-async`, or when the wait passes its
    bound, it answers 202 with the job (`jobId`, `status`, `estimatedTime`): poll GET /v1/jobs/{jobId},
    whose `progress` and `message` move at each stage and whose `result` is the 200 body. Inputs are
    checked against the tool's schema (VALIDATION_ERROR naming `inputs.<field>`); an unknown tool is 404
    NOT_FOUND. The tool's credits are reserved first (402 INSUFFICIENT_CREDITS) and refunded if the run
    fails; sandbox keys are never charged.

    Args:
        tool_id (str):
        idempotency_key (str | Unset):
        prefer (str | Unset):  Example: respond-async.
        body (ToolExecuteInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ToolsExecuteResponse200 | ToolsExecuteResponse202
    """

    return sync_detailed(
        tool_id=tool_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    body: ToolExecuteInputRequest,
    idempotency_key: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ToolsExecuteResponse200 | ToolsExecuteResponse202]:
    """Run a tool

     Runs the tool as a job (kind `tool`). By default the call waits for it and answers 200 with the
    result (`itemId`, `url`, `formats`, ...); with `Prefer: respond-async`, or when the wait passes its
    bound, it answers 202 with the job (`jobId`, `status`, `estimatedTime`): poll GET /v1/jobs/{jobId},
    whose `progress` and `message` move at each stage and whose `result` is the 200 body. Inputs are
    checked against the tool's schema (VALIDATION_ERROR naming `inputs.<field>`); an unknown tool is 404
    NOT_FOUND. The tool's credits are reserved first (402 INSUFFICIENT_CREDITS) and refunded if the run
    fails; sandbox keys are never charged.

    Args:
        tool_id (str):
        idempotency_key (str | Unset):
        prefer (str | Unset):  Example: respond-async.
        body (ToolExecuteInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ToolsExecuteResponse200 | ToolsExecuteResponse202]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
        body=body,
        idempotency_key=idempotency_key,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    body: ToolExecuteInputRequest,
    idempotency_key: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> ErrorEnvelope | ToolsExecuteResponse200 | ToolsExecuteResponse202 | None:
    """Run a tool

     Runs the tool as a job (kind `tool`). By default the call waits for it and answers 200 with the
    result (`itemId`, `url`, `formats`, ...); with `Prefer: respond-async`, or when the wait passes its
    bound, it answers 202 with the job (`jobId`, `status`, `estimatedTime`): poll GET /v1/jobs/{jobId},
    whose `progress` and `message` move at each stage and whose `result` is the 200 body. Inputs are
    checked against the tool's schema (VALIDATION_ERROR naming `inputs.<field>`); an unknown tool is 404
    NOT_FOUND. The tool's credits are reserved first (402 INSUFFICIENT_CREDITS) and refunded if the run
    fails; sandbox keys are never charged.

    Args:
        tool_id (str):
        idempotency_key (str | Unset):
        prefer (str | Unset):  Example: respond-async.
        body (ToolExecuteInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ToolsExecuteResponse200 | ToolsExecuteResponse202
    """

    return (
        await asyncio_detailed(
            tool_id=tool_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            prefer=prefer,
        )
    ).parsed
