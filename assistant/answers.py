"""Answers to account and product questions, read from the account's own records — never invented.

Credits and plan come from the billing selectors, prices from the one cost table, designs and jobs from
their apps' selectors: the same numbers the API answers with.
"""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from designs.selectors import designs_of
from radicpro.billing.costs import cost_of
from radicpro.billing.selectors import credit_summary
from radicpro.jobs.models import Job
from radicpro.jobs.selectors import jobs_of

from .replies import say

RECENT_DESIGNS = 5
JOB_WORDS = {"export": "export", "generation": "design", "smart_image": "smart image", "tool": "design",
             "ai_edit": "edit"}
STATUS_WORDS = {
    "en": {"queued": "queued", "processing": "being made", "completed": "is done", "failed": "failed"},
    "hi": {"queued": "कतार में", "processing": "बन रहा", "completed": "पूरा हुआ", "failed": "विफल रहा"},
}


def _costs(language: str) -> str:
    ai_edit = cost_of("ai_edit")
    return say("costs", language, design_variant=cost_of("design_variant"),
               smart_image=cost_of("smart_image", resolution="1k"), ai_edit=ai_edit,
               ai_edit_s="" if ai_edit == 1 else "s", export=cost_of("export"),
               chat_turn=_free_or(cost_of("chat_turn"), language))


def _free_or(credits: int, language: str) -> str:
    if credits:
        return f"{credits} credits" if language == "en" else f"{credits} क्रेडिट"
    return "is free" if language == "en" else "मुफ़्त"


def _age(seconds: float) -> str:
    if seconds < 90:
        return f"{int(seconds)} s"
    return f"{int(seconds // 60)} min"


def _status(user, language: str) -> str:
    words = STATUS_WORDS.get(language, STATUS_WORDS["en"])
    jobs = jobs_of(user=user)
    running = jobs.filter(status__in=[Job.Status.QUEUED, Job.Status.PROCESSING]).first()
    if running is not None:
        age = (timezone.now() - running.created_at).total_seconds()
        return say("status_running", language, what=JOB_WORDS.get(running.kind, running.kind),
                   status=words.get(running.status, running.status), age=_age(age))
    last = jobs.first()
    note = ""
    if last is not None:
        note = say("status_last", language, what=JOB_WORDS.get(last.kind, last.kind),
                   status=words.get(last.status, last.status))
    return say("status_none", language, last=note)


def _designs(user, language: str) -> str:
    recent = list(designs_of(user=user).order_by("-updated_at")[:RECENT_DESIGNS])
    if not recent:
        return say("no_designs", language)
    week_ago = timezone.now() - timedelta(days=7)
    items = "; ".join(f"“{design.title}” ({design.format}{', this week' if design.updated_at >= week_ago else ''})"
                      for design in recent)
    return say("designs", language, items=items)


def account_answer(*, user, topic: str, language: str) -> str:
    """The answer to an account or product question: help, credits, costs, designs or status."""
    summary = credit_summary(user=user)
    if topic == "credits":
        return say("credits", language, balance=summary["balance"], plan=summary["plan"],
                   allowance=summary["monthly_allowance"], three_variants=cost_of("design_variant", count=3))
    if topic == "costs":
        return _costs(language)
    if topic == "designs":
        return _designs(user, language)
    if topic == "status":
        return _status(user, language)
    return say("help", language, costs=_costs(language), balance=summary["balance"])
