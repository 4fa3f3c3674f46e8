"""AI edits: an instruction becomes patch operations for a design, checked but not applied."""

from __future__ import annotations

from typing import Any

from aiengine.providers.base import ProviderError
from aiengine.providers.local.editor import LocalEditProvider
from aiengine.providers.local.refit import refit_operations
from aiengine.providers.settings import edit_provider
from designs.selectors import design_get_for_user
from documents import PatchError, apply_operations, to_v14
from radicpro.api.errors import ApiError, ErrorCode
from radicpro.billing.costs import cost_of
from radicpro.billing.services import credits_refund, credits_reserve, credits_settle

from .common import generation_failed
from .edit_images import edit_images_draw


def design_edit_suggest(*, owner, sandbox: bool, design_id: str, instruction: str) -> dict[str, Any]:
    """`{"patch": {"operations"}, "explanation", "unsupported", "base_version"}` for the instruction.

    The operations are checked against a copy of the document (they apply cleanly and the result
    validates) and are not applied: POST /v1/designs/{id}/apply-patch with If-Match: baseVersion
    does that. One ai_edit credit is reserved first and refunded when the provider fails or
    understands nothing (no operations); sandbox keys are never charged. An instruction naming another
    subject for the image has its smart image drawn now (charged as a smart image), so the operations
    show it once applied."""
    design = design_get_for_user(user=owner, design_id=design_id)
    reservation = credits_reserve(user=owner, amount=cost_of("ai_edit"), reason="ai_edit",
                                  reference=design.pk, sandbox=sandbox)
    try:
        document = design.design_json
        if str(document.get("schemaVersion", "")).startswith("2"):
            document = to_v14(document)
        provider = edit_provider(sandbox=sandbox)
        result = provider.edit(document=document, instruction=instruction)
        operations = list(result.operations)
        apply_operations(document, operations)
        explanation, unsupported = result.explanation, list(result.unsupported)
        if not isinstance(provider, LocalEditProvider):  # the local editor re-fits and accounts for itself
            fixes, notes = refit_operations(document, operations)
            operations.extend(fixes)
            if notes:
                explanation = f"{explanation} Re-fitted the layout: {'; '.join(notes)}.".strip()
            if not operations and not unsupported:  # never silent: nothing done is said
                unsupported = [instruction]
                explanation = f"{explanation} Nothing was changed: the edit provider proposed no change for " \
                              f"\u201c{instruction}\u201d.".strip()
        operations = edit_images_draw(owner=owner, sandbox=sandbox, design=design, document=document,
                                      operations=operations)
    except ProviderError as error:
        credits_refund(reservation=reservation, reason="ai_edit failed")
        raise generation_failed(error, what="The edit") from error
    except PatchError as error:
        credits_refund(reservation=reservation, reason="ai_edit failed")
        raise ApiError(ErrorCode.GENERATION_FAILED, "The edit provider proposed changes that would make the "
                       "design invalid.", details={"errors": [dict(e) for e in error.errors][:20]},
                       retryable=True) from error
    except BaseException:
        credits_refund(reservation=reservation, reason="ai_edit failed")
        raise
    if operations:
        credits_settle(reservation=reservation)
    else:
        credits_refund(reservation=reservation, reason="ai_edit changed nothing")
    return {"patch": {"operations": operations}, "explanation": explanation,
            "unsupported": unsupported, "base_version": design.version}
