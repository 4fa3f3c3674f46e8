"""Assistant writes: start a chat, answer a message, and carry out what the assistant decided."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.db import models, transaction
from django.utils import timezone

from aiengine.creative.model import Brief
from aiengine.creative.reading import read_brief
from aiengine.providers.base import ProviderError
from aiengine.providers.settings import chat_provider
from aiengine.services import design_edit_suggest, generation_request
from aiengine.tools.services import tool_execute_request
from assistant.models import Chat, ChatMessage
from brands.selectors import brand_default_for_user
from campaigns.selectors import referenced_campaign
from designs.models import DesignRevision
from designs.selectors import design_get_for_user, design_thumbnail_url, designs_of
from designs.services import design_apply_operations, design_update
from documents import get_format
from exports.selectors import export_file_url, exports_of_job
from exports.services import ExportSpec, export_request
from radicpro.api.errors import ApiError, ErrorCode
from radicpro.api.throttling import throttle_count
from radicpro.billing.costs import cost_of
from radicpro.billing.services import credits_reserve, credits_settle
from radicpro.jobs.models import Job
from radicpro.jobs.running import job_outcome, job_run_and_wait

from .answers import account_answer
from .base import Action, Decision
from .local import DEFAULT_FORMAT, DEFAULT_VARIANTS
from .replies import say
from .replies import suggestions as hints
from .slots import LOGO_STYLES, public_state

_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")
TURN_WAIT_SECONDS = 60.0  # how long a message waits for the chat's previous message to be answered
TURN_STALE_AFTER = timedelta(minutes=10)  # a turn lock older than this is a crashed process's: taken over
DONE_SUGGESTIONS = {
    "create_logo": ["Make the name bigger", "Try it in navy and gold", "Try a playful style",
                    "Create a matching Instagram post"],
    "edit_design": ["Make the headline bigger", "Change the background to navy", "Now a story version",
                    "Export it as PNG"],
}
# Actions that make or change designs: they count against the ai_generation limit.
GENERATING = frozenset({"create_logo", "generate_designs", "edit_design"})


@dataclass
class Outcome:
    """What an action made: the designs to link, the patch applied, and the reply to give."""

    reply: str
    designs: list[Any] = field(default_factory=list)
    patch: dict[str, Any] | None = None
    job_id: str = ""
    pending: bool = False


def _context(*, owner, context: Any) -> dict[str, Any]:
    """The campaign and design a request's `context` names (VALIDATION_ERROR naming `context.<key>`)."""
    if context in (None, ""):
        return {}
    if not isinstance(context, dict):
        raise ApiError(ErrorCode.VALIDATION_ERROR, "context: must be an object.",
                       details={"context": ["Must be an object."]})
    found: dict[str, Any] = {}
    for key in ("projectId", "campaignId", "project_id", "campaign_id"):
        if context.get(key):
            found["campaign"] = referenced_campaign(user=owner, campaign_id=str(context[key]),
                                                    field=f"context.{key}")
            break
    for key in ("designId", "design_id"):
        if context.get(key):
            design = designs_of(user=owner).filter(pk=str(context[key])).first()
            if design is None:
                raise ApiError(ErrorCode.VALIDATION_ERROR, f"context.{key}: design does not exist.",
                               details={f"context.{key}": ["Design does not exist."]})
            found["design"] = design
            break
    return found


def _count_generation(owner) -> None:
    """A message that generates counts against the ai_generation limit (RATE_LIMITED past it)."""
    throttle_count(category="ai_generation", user=owner,
                   message="Too many AI generations; try again later.")


def _run(job: Job) -> dict[str, Any] | None:
    """Runs the job and waits for it as the AI endpoints do (up to RADICPRO_SYNC_WAIT_SECONDS): its
    result; None while it still runs past the wait; its error raised when it failed (its credits
    refunded)."""
    return job_outcome(job_run_and_wait(job=job))


def _pending(job: Job, what: str) -> Outcome:
    return Outcome(f"Your {what} is taking a little longer than usual. It will appear here with your next "
                   f"message, or follow it at GET /v1/jobs/{job.pk}.", job_id=job.pk, pending=True)


def _made_by(job: Job) -> list[str]:
    """The ids of the designs a finished tool or generation job made."""
    result = job.result or {}
    if result.get("designs"):
        return [item["id"] for item in result["designs"] if item.get("id")]
    return [result["designId"]] if result.get("designId") else []


def _settle_pending(chat: Chat, state: dict[str, Any]) -> dict[str, Any]:
    """A job an earlier turn left running: once finished, its designs join that turn and the chat."""
    job_id = state.get("pending_job")
    if not job_id:
        return state
    job = Job.objects.filter(pk=job_id, owner=chat.owner).first()
    if job is not None and not job.is_finished:
        return state
    state = {key: value for key, value in state.items() if key != "pending_job"}
    if job is None or job.status != Job.Status.COMPLETED:
        return state
    ids = _made_by(job)
    found = {design.pk: design for design in designs_of(user=chat.owner).filter(pk__in=ids)}
    designs = _link_campaign(chat, [found[pk] for pk in ids if pk in found])
    ChatMessage.objects.filter(chat=chat, job_id=job.pk).update(design_ids=[design.pk for design in designs])
    if designs:
        chat.design = designs[0]
    return state


def _link_campaign(chat: Chat, designs: list[Any]) -> list[Any]:
    if chat.campaign_id is None:
        return designs
    return [design if design.campaign_id == chat.campaign_id else
            design_update(design=design, changes={"campaign": chat.campaign}, expected_version=None)
            for design in designs]


def _create_logo(chat: Chat, *, sandbox: bool, args: dict[str, Any]) -> Outcome:
    name = str(args.get("name") or "My Brand").strip()[:60] or "My Brand"
    style = args.get("style") if args.get("style") in LOGO_STYLES else "modern"
    colors = [str(color).upper() for color in (args.get("colors") or []) if _HEX.match(str(color))][:4]
    _tool, job = tool_execute_request(owner=chat.owner, sandbox=sandbox, tool_id="logo_maker",
                                      inputs={"text": name, "style": style, "colors": colors},
                                      project_id=chat.campaign_id)
    result = _run(job)
    if result is None:
        return _pending(job, "logo")
    design = design_get_for_user(user=chat.owner, design_id=result["designId"])
    return Outcome(f"Here's your {style} logo for {name}: a monogram emblem over the wordmark, saved as "
                   f"the design “{design.title}”. Tell me what to change, or open it in the editor.",
                   designs=[design], job_id=job.pk)


def _brand_for(chat: Chat, *, use_brand: bool) -> str | None:
    """The brand kit a generation uses: the campaign's, else (when asked for) the user's default."""
    if chat.campaign is not None and chat.campaign.brand_id:
        return chat.campaign.brand_id
    if use_brand:
        brand = brand_default_for_user(user=chat.owner)
        return brand.pk if brand is not None else None
    return None


def _generate(chat: Chat, *, sandbox: bool, args: dict[str, Any]) -> Outcome:
    language = str(args.get("language") or "en")
    prompt = str(args.get("prompt") or "").strip()[:2000] or "Social media post"
    fmt = str(args.get("format") or DEFAULT_FORMAT)
    fmt = fmt if get_format(fmt) is not None else DEFAULT_FORMAT
    try:
        variants = max(1, min(4, int(args.get("variants") or DEFAULT_VARIANTS)))
    except (TypeError, ValueError):
        variants = DEFAULT_VARIANTS
    brand_id = _brand_for(chat, use_brand=bool(args.get("use_brand")))
    if args.get("use_brand") and brand_id is None:
        return Outcome(say("no_brand", language))
    job = generation_request(owner=chat.owner, sandbox=sandbox, prompt=prompt, format=fmt,
                             creative_concept=args.get("concept"), brand_kit_id=brand_id, variants=variants,
                             image_resolution="1k")
    result = _run(job)
    if result is None:
        return _pending(job, "design")
    ids = [item["id"] for item in result.get("designs") or []]
    found = {design.pk: design for design in designs_of(user=chat.owner).filter(pk__in=ids)}
    designs = _link_campaign(chat, [found[pk] for pk in ids if pk in found])
    count = len(designs)
    plural = {"count": count, "s": "" if count == 1 else "s", "are": "is" if count == 1 else "are"}
    if args.get("adapt"):
        label = get_format(fmt)
        reply = say("adapted", language, format=label.name if label is not None else fmt, **plural)
    else:
        brief = read_brief(prompt)
        kind = brief.kind.replace("_", " ") if brief.kind != "general" else "new"
        reply = say("made", language, kind=kind, with_facts=_facts_note(brief, language), **plural)
    return Outcome(reply, designs=designs, job_id=job.pk)


def _facts_note(brief: Brief, language: str) -> str:
    """" with …" naming up to four facts of the request the designs carry, when it has any."""
    shown = [fact.text for fact in brief.facts][:4]
    if not shown:
        return ""
    return (" — " if language != "en" else " with ") + ", ".join(f"“{text}”" for text in shown)


def _export(chat: Chat, *, sandbox: bool, args: dict[str, Any]) -> Outcome:
    language = str(args.get("language") or "en")
    if chat.design_id is None:
        return Outcome(say("need_design", language))
    scale = float(args.get("scale") or 1.0)
    resolution = f"{int(scale)}x" if float(scale).is_integer() else f"{scale:g}x"
    job = export_request(owner=chat.owner, design_id=chat.design_id,
                         specs=[ExportSpec(format=str(args.get("format") or "png"), resolution=resolution)])
    result = _run(job)
    if result is None:
        return _pending(job, "export")
    made = exports_of_job(job_id=job.pk)
    if not made:
        return Outcome(say("need_design", language), job_id=job.pk)
    export = made[0]
    url, _expires = export_file_url(export=export)
    design = design_get_for_user(user=chat.owner, design_id=chat.design_id)
    return Outcome(say("exported", language, format=export.format.upper(), width=export.width or "",
                       height=export.height or "", url=url or ""), designs=[design], job_id=job.pk)


def _answer(chat: Chat, *, sandbox: bool, args: dict[str, Any]) -> Outcome:
    return Outcome(account_answer(user=chat.owner, topic=str(args.get("topic") or "help"),
                                  language=str(args.get("language") or "en")))


def _edit(chat: Chat, *, sandbox: bool, args: dict[str, Any]) -> Outcome:
    if chat.design_id is None:
        return Outcome("Which design should I edit? Send its id as context.designId, or ask me to create one.")
    instruction = str(args.get("instruction") or "").strip()[:1000]
    with transaction.atomic():
        body = design_edit_suggest(owner=chat.owner, sandbox=sandbox, design_id=chat.design_id,
                                   instruction=instruction)
        operations = body["patch"]["operations"]
        design = design_get_for_user(user=chat.owner, design_id=chat.design_id)
        if not operations:
            unsupported = "; ".join(body.get("unsupported") or []) or instruction
            return Outcome(f"I couldn't work out how to do that ({unsupported}). Try naming the element and "
                           "the change, e.g. “make the headline bigger”.", designs=[design])
        design = design_apply_operations(design=design, operations=operations,
                                         expected_version=body["base_version"],
                                         source=DesignRevision.Source.AI_EDIT)
    # Read again after the commit: the thumbnail redrawn for the new version replaced the old one.
    design = design_get_for_user(user=chat.owner, design_id=design.pk)
    reply = body.get("explanation") or "Done."
    if body.get("unsupported"):
        reply += f" I couldn't do: {'; '.join(body['unsupported'])}."
    patch = {"operations": operations, "baseVersion": body["base_version"], "version": design.version}
    return Outcome(reply, designs=[design], patch=patch)


HANDLERS = {"create_logo": _create_logo, "generate_designs": _generate, "edit_design": _edit,
            "export_design": _export, "answer": _answer}


def _design_item(design) -> dict[str, Any]:
    return {"id": design.pk, "title": design.title, "thumbnail_url": design_thumbnail_url(design=design)}


def _act(chat: Chat, *, sandbox: bool, action: Action) -> Outcome:
    if action.kind in GENERATING:
        _count_generation(chat.owner)
    return HANDLERS[action.kind](chat, sandbox=sandbox, args=dict(action.args))


def _charge_turn(chat: Chat, *, sandbox: bool) -> None:
    """Every turn counts against the ai_chat limit and costs `cost_of("chat_turn")` (0 by default;
    the work a turn starts is priced on its own)."""
    throttle_count(category="ai_chat", user=chat.owner, message="Too many chat messages; try again later.")
    price = cost_of("chat_turn")
    if price > 0:
        credits_settle(reservation=credits_reserve(user=chat.owner, amount=price, reason="chat_turn",
                                                   reference=chat.pk, sandbox=sandbox))


def _take_turn(chat: Chat) -> None:
    """Waits until no other message of this chat is being answered, then marks this one as answering
    (two messages at once are answered one after the other; the later sees the earlier's state)."""
    deadline = time.monotonic() + TURN_WAIT_SECONDS
    while True:
        now = timezone.now()
        free = Chat.objects.filter(pk=chat.pk).filter(
            models.Q(turn_started_at__isnull=True) | models.Q(turn_started_at__lt=now - TURN_STALE_AFTER))
        if free.update(turn_started_at=now):
            chat.refresh_from_db()
            return
        if time.monotonic() > deadline:
            raise ApiError(ErrorCode.CONFLICT, "Another message to this chat is still being answered; "
                           "send this one again when it is done.", retryable=True)
        time.sleep(0.1)


def _end_turn(chat: Chat) -> None:
    Chat.objects.filter(pk=chat.pk).update(turn_started_at=None)


def _turn(chat: Chat, *, sandbox: bool, message: str) -> dict[str, Any]:
    """One message, answered while no other message of the chat is (see _take_turn)."""
    _take_turn(chat)
    try:
        return _answer_turn(chat, sandbox=sandbox, message=message)
    finally:
        _end_turn(chat)


def _answer_turn(chat: Chat, *, sandbox: bool, message: str) -> dict[str, Any]:
    """Asks the assistant, carries out its action, then records both sides of the turn."""
    _charge_turn(chat, sandbox=sandbox)
    history = [{"role": turn.role, "content": turn.content} for turn in chat.messages.all()]
    context = {"design_id": chat.design_id, "campaign_id": chat.campaign_id}
    provider = chat_provider(sandbox=sandbox)
    settled = _settle_pending(chat, dict(chat.state or {}))
    try:
        decision: Decision = provider.respond(state=settled, history=history, message=message,
                                              context=context)
    except ProviderError as error:
        raise ApiError(ErrorCode.GENERATION_FAILED, f"The assistant failed: {error.message}",
                       details={"reason": error.message}, retryable=error.retryable) from error
    state = dict(decision.state)
    outcome = Outcome(decision.reply)
    suggestions = list(decision.suggestions)
    if decision.action is not None and decision.action.kind in HANDLERS:
        outcome = _act(chat, sandbox=sandbox, action=decision.action)
        if decision.action.kind in GENERATING:
            state["done"] = True
        language = str(state.get("language") or "en")
        suggestions = list(DONE_SUGGESTIONS.get(decision.action.kind) or [])
        if decision.action.kind == "generate_designs" and outcome.designs:
            suggestions = hints("after_design", language)
        if outcome.designs and decision.action.kind == "generate_designs":
            state["last_design_ids"] = [design.pk for design in outcome.designs]
        if outcome.pending:
            state["pending_job"] = outcome.job_id
    now = timezone.now()
    with transaction.atomic():
        ChatMessage.objects.create(chat=chat, role=ChatMessage.Role.USER, content=message, created_at=now)
        ChatMessage.objects.create(chat=chat, role=ChatMessage.Role.ASSISTANT, content=outcome.reply,
                                   design_ids=[design.pk for design in outcome.designs], suggestions=suggestions,
                                   patch=outcome.patch, job_id=outcome.job_id, created_at=timezone.now())
        if outcome.designs:
            chat.design = outcome.designs[0]
        chat.state = state
        chat.provider = provider.name
        chat.updated_at = timezone.now()
        chat.save(update_fields=["design", "state", "provider", "updated_at"])
    return {"chat_id": chat.pk, "reply": outcome.reply, "suggestions": suggestions,
            "designs": [_design_item(design) for design in outcome.designs], "patch": outcome.patch,
            "state": public_state(state), "job_id": outcome.job_id or None, "pending": outcome.pending}


def chat_start(*, owner, sandbox: bool, message: str, context: Any = None) -> dict[str, Any]:
    """A new conversation and the assistant's answer to its first message."""
    found = _context(owner=owner, context=context)
    design = found.get("design")
    campaign = found.get("campaign") or (design.campaign if design is not None else None)
    chat = Chat.objects.create(owner=owner, campaign=campaign, design=design, state={})
    return _turn(chat, sandbox=sandbox, message=message)


def chat_message(*, chat: Chat, sandbox: bool, message: str, context: Any = None) -> dict[str, Any]:
    """The assistant's answer to the next message of a conversation (a new `context` replaces the old)."""
    found = _context(owner=chat.owner, context=context)
    if found:
        chat.campaign = found.get("campaign", chat.campaign)
        chat.design = found.get("design", chat.design)
        chat.save(update_fields=["campaign", "design"])
    return _turn(chat, sandbox=sandbox, message=message)
