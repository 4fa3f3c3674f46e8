from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.apply_patch_input_request import ApplyPatchInputRequest
from ...models.designs_apply_patch_response_200 import DesignsApplyPatchResponse200
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    design_id: str,
    *,
    body: ApplyPatchInputRequest,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/designs/{design_id}/apply-patch".format(
            design_id=quote(str(design_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DesignsApplyPatchResponse200 | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = DesignsApplyPatchResponse200.from_dict(response.json())

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

    if response.status_code == 412:
        response_412 = ErrorEnvelope.from_dict(response.json())

        return response_412

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
) -> Response[DesignsApplyPatchResponse200 | ErrorEnvelope]:
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
    body: ApplyPatchInputRequest,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[DesignsApplyPatchResponse200 | ErrorEnvelope]:
    """Apply patch operations

     Applies patch operations atomically: the result must validate, or nothing changes. Works on every
    schema version: a 2.0 document is patched in its 1.4 form (block `b` is layer `layer_b`, the form
    POST /v1/ai/edit-design proposes operations for) and the result is stored as that 1.4 document.

    Args:
        design_id (str):
        if_match (str | Unset):
        idempotency_key (str | Unset):
        body (ApplyPatchInputRequest): Patch operations to apply to the design document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DesignsApplyPatchResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        design_id=design_id,
        body=body,
        if_match=if_match,
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
    body: ApplyPatchInputRequest,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> DesignsApplyPatchResponse200 | ErrorEnvelope | None:
    """Apply patch operations

     Applies patch operations atomically: the result must validate, or nothing changes. Works on every
    schema version: a 2.0 document is patched in its 1.4 form (block `b` is layer `layer_b`, the form
    POST /v1/ai/edit-design proposes operations for) and the result is stored as that 1.4 document.

    Args:
        design_id (str):
        if_match (str | Unset):
        idempotency_key (str | Unset):
        body (ApplyPatchInputRequest): Patch operations to apply to the design document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DesignsApplyPatchResponse200 | ErrorEnvelope
    """

    return sync_detailed(
        design_id=design_id,
        client=client,
        body=body,
        if_match=if_match,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    design_id: str,
    *,
    client: AuthenticatedClient,
    body: ApplyPatchInputRequest,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[DesignsApplyPatchResponse200 | ErrorEnvelope]:
    """Apply patch operations

     Applies patch operations atomically: the result must validate, or nothing changes. Works on every
    schema version: a 2.0 document is patched in its 1.4 form (block `b` is layer `layer_b`, the form
    POST /v1/ai/edit-design proposes operations for) and the result is stored as that 1.4 document.

    Args:
        design_id (str):
        if_match (str | Unset):
        idempotency_key (str | Unset):
        body (ApplyPatchInputRequest): Patch operations to apply to the design document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DesignsApplyPatchResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        design_id=design_id,
        body=body,
        if_match=if_match,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    design_id: str,
    *,
    client: AuthenticatedClient,
    body: ApplyPatchInputRequest,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> DesignsApplyPatchResponse200 | ErrorEnvelope | None:
    """Apply patch operations

     Applies patch operations atomically: the result must validate, or nothing changes. Works on every
    schema version: a 2.0 document is patched in its 1.4 form (block `b` is layer `layer_b`, the form
    POST /v1/ai/edit-design proposes operations for) and the result is stored as that 1.4 document.

    Args:
        design_id (str):
        if_match (str | Unset):
        idempotency_key (str | Unset):
        body (ApplyPatchInputRequest): Patch operations to apply to the design document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DesignsApplyPatchResponse200 | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            design_id=design_id,
            client=client,
            body=body,
            if_match=if_match,
            idempotency_key=idempotency_key,
        )
    ).parsed
