"""AI endpoints (spec §4): generate designs, suggest an edit, smart images and their regeneration."""

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from radicpro.accounts.authentication import is_sandbox_request
from radicpro.jobs.respond import run_job
from radicpro.jobs.serializers import JobAcceptedOutput

from . import services
from .selectors import recipe_get_for_user
from .serializers import (
    AdaptInput,
    AdaptOutput,
    EditDesignInput,
    EditDesignOutput,
    GenerateDesignsInput,
    GenerateDesignsOutput,
    RegenerateInput,
    SmartImageInput,
    SmartImageOutput,
)

TAGS = ["ai"]
ASYNC_NOTE = (" The work runs in a worker: the call waits for it and answers 200, or 202 with the job "
              "(poll GET /v1/jobs/{jobId}, whose result is this body) with `Prefer: respond-async` or "
              "when the wait passes its bound. Credits are reserved before the work (402 "
              "INSUFFICIENT_CREDITS) and refunded if it fails (GENERATION_FAILED, with `retryable`); "
              "sandbox (rp_test_) keys are never charged and never reach paid providers.")
PATH_RECIPE = OpenApiParameter("recipeId", str, OpenApiParameter.PATH)
PATH_DESIGN = OpenApiParameter("designId", str, OpenApiParameter.PATH)
PATH_CAMPAIGN = OpenApiParameter("campaignId", str, OpenApiParameter.PATH)
ADAPT_NOTE = (" Each new design is the source re-laid out for the target format: the same words (every "
              "fact kept verbatim), brand, colours and images, in the source's campaign, with the design "
              "lint's error codes in `lint` (empty when clean). 1 credit a new design. Emits design.created "
              "per design and design.adapted once.")
# 402 INSUFFICIENT_CREDITS, 404 (design, brand kit, asset or recipe), 409 CONFLICT (a running regeneration).
ERRORS = {"x-errors": ["402", "404"]}
REGENERATE_ERRORS = {"x-errors": ["402", "409"]}


class GenerateDesignsApi(APIView):
    throttle_category = "ai_generation"

    @extend_schema(operation_id="ai_generate_designs", request=GenerateDesignsInput,
                   responses={200: GenerateDesignsOutput, 202: JobAcceptedOutput}, tags=TAGS, extensions=ERRORS,
                   description="Designs from a prompt, saved as your designs with their smart images "
                   "drawn. Costs 2 credits a variant plus its product shot (2/4/8 by imageResolution). "
                   "Emits design.created per design." + ASYNC_NOTE)
    def post(self, request):
        data = GenerateDesignsInput(data=request.data)
        data.is_valid(raise_exception=True)
        given = data.validated_data
        options = given.get("options") or {}
        job = services.generation_request(
            owner=request.user, sandbox=is_sandbox_request(request), prompt=given["prompt"],
            format=given["format"], creative_concept=given.get("creative_concept"),
            brand_kit_id=given.get("brand_kit_id"), product_asset_id=given.get("product_asset_id"),
            variants=options.get("variants", 3), image_resolution=options.get("imageResolution", "1k"),
            image_model=options.get("imageModel"))
        return run_job(request, job=job)


class EditDesignApi(APIView):
    throttle_category = "ai_generation"

    @extend_schema(operation_id="ai_edit_design", request=EditDesignInput, responses={200: EditDesignOutput},
                   tags=TAGS, extensions=ERRORS,
                   description="Patch operations that carry out the instruction, checked against the "
                   "design but not applied (POST /v1/designs/{designId}/apply-patch applies them), with "
                   "an explanation and the parts not understood. 1 credit, refunded when the provider "
                   "fails or nothing could be done; sandbox keys are never charged. An instruction that "
                   "shows another subject in an image (\"swap the image for a coffee cup\") has that "
                   "smart image drawn now, at a smart image's price, and the operations carry it "
                   "(update_smart_asset).")
    def post(self, request):
        data = EditDesignInput(data=request.data)
        data.is_valid(raise_exception=True)
        body = services.design_edit_suggest(owner=request.user, sandbox=is_sandbox_request(request),
                                            design_id=data.validated_data["design_id"],
                                            instruction=data.validated_data["instruction"])
        return Response(body)


class SmartImageApi(APIView):
    throttle_category = "smart_image"

    @extend_schema(operation_id="ai_smart_image", request=SmartImageInput,
                   responses={200: SmartImageOutput, 202: JobAcceptedOutput}, tags=TAGS, extensions=ERRORS,
                   description="Draws an image for an image layer of your design and puts it in the "
                   "design's smartAssets slot (a new version). An identical request (same recipe, "
                   "context, size and model) answers with the same image, `cached: true`, free. "
                   "Emits smart_image.completed / smart_image.failed." + ASYNC_NOTE)
    def post(self, request):
        data = SmartImageInput(data=request.data)
        data.is_valid(raise_exception=True)
        given = data.validated_data
        outcome = services.smart_image_request(
            owner=request.user, sandbox=is_sandbox_request(request), design_id=given["design_id"],
            layer_id=given["layer_id"], recipe=given["recipe"], holistic_context=given.get("holistic_context") or {},
            image_resolution=given["image_resolution"], image_model=given.get("image_model"),
            reference_asset_id=given.get("reference_asset_id"))
        if outcome.job is None:
            return Response(SmartImageOutput(outcome).data)
        return run_job(request, job=outcome.job)


class SmartImageRegenerateApi(APIView):
    throttle_category = "smart_image"

    @extend_schema(operation_id="ai_smart_image_regenerate", request=RegenerateInput,
                   responses={200: SmartImageOutput, 202: JobAcceptedOutput}, parameters=[PATH_RECIPE],
                   tags=TAGS, extensions=REGENERATE_ERRORS,
                   description="Draws the recipe again with a new seed (and promptOverride, if given) "
                   "into a new asset under the same recipe id, and updates the design." + ASYNC_NOTE)
    def post(self, request, recipeId):  # noqa: N803 (the path parameter's wire name)
        data = RegenerateInput(data=request.data)
        data.is_valid(raise_exception=True)
        recipe = recipe_get_for_user(user=request.user, recipe_id=recipeId)
        job = services.smart_image_regenerate_request(
            recipe=recipe, sandbox=is_sandbox_request(request),
            prompt_override=data.validated_data.get("prompt_override"))
        return run_job(request, job=job)


class AdaptDesignApi(APIView):
    throttle_category = "ai_generation"

    @extend_schema(operation_id="designs_adapt", request=AdaptInput,
                   responses={200: AdaptOutput, 202: JobAcceptedOutput}, parameters=[PATH_DESIGN],
                   tags=["designs"], extensions=ERRORS,
                   description="Adapts the design to one or more other formats (Magic Resize)." + ADAPT_NOTE
                   + ASYNC_NOTE)
    def post(self, request, designId):  # noqa: N803 (the path parameter's wire name)
        data = AdaptInput(data=request.data)
        data.is_valid(raise_exception=True)
        job = services.adapt_request(owner=request.user, sandbox=is_sandbox_request(request),
                                     design_id=designId, formats=data.validated_data["formats"])
        return run_job(request, job=job)


class AdaptCampaignApi(APIView):
    throttle_category = "ai_generation"

    @extend_schema(operation_id="campaigns_adapt", request=AdaptInput,
                   responses={200: AdaptOutput, 202: JobAcceptedOutput}, parameters=[PATH_CAMPAIGN],
                   tags=["campaigns"], extensions=ERRORS,
                   description="Adapts every design of the campaign (not archived; at most 20) to each of "
                   "the formats, in one job." + ADAPT_NOTE + ASYNC_NOTE)
    def post(self, request, campaignId):  # noqa: N803 (the path parameter's wire name)
        data = AdaptInput(data=request.data)
        data.is_valid(raise_exception=True)
        job = services.adapt_request(owner=request.user, sandbox=is_sandbox_request(request),
                                     campaign_id=campaignId, formats=data.validated_data["formats"])
        return run_job(request, job=job)
