"""GET /v1/tools and POST /v1/tools/{toolId}/execute (the platform spec's tools)."""

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from radicpro.accounts.authentication import is_sandbox_request
from radicpro.jobs.respond import run_job

from .catalogue import TOOLS, Tool, tool_get
from .serializers import ToolAcceptedOutput, ToolExecuteInput, ToolListOutput, ToolResultOutput
from .services import tool_execute_request

TAGS = ["tools"]
# Which rate limit a run counts against, besides the plan quotas.
TOOL_THROTTLES = {"logo_maker": "ai_generation", "design_generator": "ai_generation",
                  "smart_image": "smart_image", "background_swap": "smart_image"}


def _tool_body(tool: Tool) -> dict:
    return {"id": tool.id, "name": tool.name, "category": tool.category, "credits_per_use": tool.credits_per_use,
            "description": tool.description, "input_schema": tool.input_schema,
            "estimated_time": tool.estimated_time, "output": tool.output}


class ToolListApi(APIView):
    throttle_category = None

    @extend_schema(operation_id="tools_list", responses={200: ToolListOutput}, tags=TAGS,
                   description="The AI tools: id, name, category, credits per use (with the default "
                   "inputs), description and the JSON Schema of their inputs.")
    def get(self, request):
        return Response(ToolListOutput({"tools": [_tool_body(tool) for tool in TOOLS.values()]}).data)


class ToolExecuteApi(APIView):
    def throttle_category(self, request):
        """ai_generation for design tools, smart_image for image generation, plan quotas otherwise."""
        return TOOL_THROTTLES.get(self.kwargs.get("toolId", ""))

    @extend_schema(operation_id="tools_execute", request=ToolExecuteInput,
                   parameters=[OpenApiParameter("toolId", str, OpenApiParameter.PATH)],
                   responses={200: ToolResultOutput, 202: ToolAcceptedOutput}, tags=TAGS,
                   extensions={"x-errors": ["402", "404"]},
                   description="Runs the tool as a job (kind `tool`). By default the call waits for it "
                   "and answers 200 with the result (`itemId`, `url`, `formats`, ...); with `Prefer: "
                   "respond-async`, or when the wait passes its bound, it answers 202 with the job "
                   "(`jobId`, `status`, `estimatedTime`): poll GET /v1/jobs/{jobId}, whose `progress` "
                   "and `message` move at each stage and whose `result` is the 200 body. Inputs are "
                   "checked against the tool's schema (VALIDATION_ERROR naming `inputs.<field>`); an "
                   "unknown tool is 404 NOT_FOUND. The tool's credits are reserved first (402 "
                   "INSUFFICIENT_CREDITS) and refunded if the run fails; sandbox keys are never charged.")
    def post(self, request, toolId):  # noqa: N803 (the URL's parameter name)
        tool_get(toolId)  # an unknown tool is a 404 whatever the body
        data = ToolExecuteInput(data=request.data)
        data.is_valid(raise_exception=True)
        tool, job = tool_execute_request(owner=request.user, sandbox=is_sandbox_request(request), tool_id=toolId,
                                         inputs=data.validated_data["inputs"],
                                         project_id=data.validated_data.get("project_id"))
        response = run_job(request, job=job)
        if response.status_code == 202:
            response.data = {**response.data, "estimated_time": tool.estimated_time}
        return response
