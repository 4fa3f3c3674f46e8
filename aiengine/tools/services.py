"""Tool writes: validate a tool run, queue it as a job with its credits reserved, and run the job."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from aiengine.creative.concepts import DEFAULT_CONCEPT
from assets.selectors import assets_of
from brands.selectors import brand_get_for_user
from campaigns.selectors import referenced_campaign
from radicpro.api.errors import ApiError, ErrorCode
from radicpro.jobs.models import Job
from radicpro.jobs.services import job_create

from .catalogue import Tool, tool_get, validate_inputs
from .made import ToolRun
from .runners import RUNNERS, progress_of

_ASSET_INPUTS = ("file_id", "reference_file_id")
JOB_KIND = "tool"  # the job kind this app registers (aiengine/apps.py)


def _check_references(*, owner, inputs: dict[str, Any]) -> None:
    """Asset and brand ids in the inputs must be the user's: else VALIDATION_ERROR naming the input."""
    for name in _ASSET_INPUTS:
        if name in inputs and not assets_of(user=owner).filter(pk=str(inputs[name])).exists():
            raise ApiError(ErrorCode.VALIDATION_ERROR, f"inputs.{name}: asset does not exist.",
                           details={f"inputs.{name}": ["Asset does not exist."]})
    if inputs.get("brand_kit_id"):
        try:
            brand_get_for_user(user=owner, brand_id=str(inputs["brand_kit_id"]))
        except ApiError as error:
            raise ApiError(ErrorCode.VALIDATION_ERROR, "inputs.brand_kit_id: brand kit does not exist.",
                           details={"inputs.brand_kit_id": ["Brand kit does not exist."]}) from error


def _generation_input(inputs: dict[str, Any], *, sandbox: bool) -> dict[str, Any]:
    """What the generation service reads from a job's input, for the design_generator tool."""
    return {"prompt": inputs["prompt"], "format": inputs["format"],
            "creative_concept": inputs.get("concept") or DEFAULT_CONCEPT,
            "brand_kit_id": inputs.get("brand_kit_id") or None, "product_asset_id": None,
            "variants": inputs["variants"], "image_resolution": inputs["image_resolution"], "image_model": None,
            "sandbox": sandbox}


@transaction.atomic
def tool_execute_request(*, owner, sandbox: bool, tool_id: str, inputs: Any,
                         project_id: str | None = None) -> tuple[Tool, Job]:
    """A queued `tool` job for a valid run (NOT_FOUND for an unknown tool, VALIDATION_ERROR naming
    `inputs.<field>` for bad inputs or another user's asset, `projectId` for an unknown campaign),
    with the tool's price reserved (402 INSUFFICIENT_CREDITS when short; nothing for sandbox keys)."""
    tool = tool_get(tool_id)
    values = validate_inputs(tool, inputs)
    _check_references(owner=owner, inputs=values)
    campaign = referenced_campaign(user=owner, campaign_id=project_id, field="projectId")
    job_input: dict[str, Any] = {"tool_id": tool.id, "inputs": values,
                                 "project_id": campaign.pk if campaign is not None else None, "sandbox": sandbox}
    if tool.id == "design_generator":
        job_input.update(_generation_input(values, sandbox=sandbox))
    job = job_create(owner=owner, kind=JOB_KIND, input=job_input, credits_reserved=tool.price(values),
                     sandbox=sandbox)
    return tool, job


def tool_job_run(*, job: Job) -> ToolRun:
    """Runs the job's tool, reporting progress and a message at each stage; what it made (the
    job's result shows it: `itemId`, `url`, `formats`, ...). A failure refunds the credits (the
    job does that)."""
    tool = tool_get(job.input["tool_id"])
    report = progress_of(job)
    report(5, f"Starting {tool.name}.")
    campaign = None
    if job.input.get("project_id"):
        campaign = referenced_campaign(user=job.owner, campaign_id=job.input["project_id"], field="projectId")
    made = RUNNERS[tool.id](job, dict(job.input["inputs"]), campaign=campaign, report=report)
    report(95, f"{tool.name} finished.")
    return ToolRun(job=job, tool_id=tool.id, made=made)
