"""Export endpoints (spec §7): export a design, export a batch, get and list exports."""

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins
from rest_framework.response import Response
from rest_framework.views import APIView

from radicpro.api.casing import to_snake
from radicpro.api.errors import ErrorCode
from radicpro.api.viewsets import ScopedGenericViewSet
from radicpro.jobs.respond import run_job
from radicpro.jobs.serializers import JobAcceptedOutput

from . import services
from .models import Export
from .selectors import exports_of
from .serializers import (
    ExportBatchInput,
    ExportBatchOutput,
    ExportFilterInput,
    ExportInput,
    ExportOutput,
    ExportResultOutput,
    export_data,
)

TAGS = ["exports"]
ASYNC_NOTE = (" Rendering runs in a worker: the call waits for it and answers 200, or 202 with "
              "the job (poll GET /v1/jobs/{jobId}, whose result is this body) with "
              "`Prefer: respond-async` or when the wait passes its bound. A design that "
              "cannot be rendered (e.g. a canvas over the limits) fails with EXPORT_FAILED; "
              "a file that cannot be stored with STORAGE_ERROR (retryable). Missing assets "
              "and unknown fonts render with a listed warning.")


class ExportApi(APIView):
    throttle_category = "export"

    @extend_schema(operation_id="exports_create", request=ExportInput,
                   responses={200: ExportResultOutput, 202: JobAcceptedOutput}, tags=TAGS,
                   extensions={"x-errors": ["404"]},
                   description="Renders the design (its current version) as one file and "
                   "answers with a signed URL. An unknown design (or someone else's) is a 404 "
                   "DESIGN_NOT_FOUND." + ASYNC_NOTE)
    def post(self, request):
        data = ExportInput(data=request.data)
        data.is_valid(raise_exception=True)
        job = services.export_request(owner=request.user,
                                      design_id=data.validated_data["design_id"],
                                      specs=[data.spec()])
        return run_job(request, job=job)


class ExportBatchApi(APIView):
    throttle_category = "export"

    @extend_schema(operation_id="exports_batch", request=ExportBatchInput,
                   responses={200: ExportBatchOutput, 202: JobAcceptedOutput}, tags=TAGS,
                   extensions={"x-errors": ["404"]},
                   description="Renders the design as up to 10 files in one job (its progress "
                   "moves per file); the answer lists them in request order." + ASYNC_NOTE)
    def post(self, request):
        data = ExportBatchInput(data=request.data)
        data.is_valid(raise_exception=True)
        job = services.export_request(owner=request.user,
                                      design_id=data.validated_data["design_id"],
                                      specs=data.specs(), batch=True)
        return run_job(request, job=job)


class ExportViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ScopedGenericViewSet):
    """The user's exports, each with a fresh signed URL; anyone else's is a 404 NOT_FOUND."""

    model = Export
    list_key = "exports"
    not_found_code = ErrorCode.NOT_FOUND
    serializer_class = ExportOutput
    lookup_url_kwarg = "exportId"
    lookup_value_regex = "[^/]+"
    throttle_category = None

    def scoped_queryset(self, user):
        if self.action != "list":
            return exports_of(user=user)
        filters = ExportFilterInput(data={to_snake(key): value
                                          for key, value in self.request.query_params.items()})
        filters.is_valid(raise_exception=True)
        return exports_of(user=user, design_id=filters.validated_data.get("design_id"))

    @extend_schema(operation_id="exports_list", tags=TAGS, parameters=[
        OpenApiParameter("designId", str, description="Only this design's exports."),
    ], description="Your exports, newest first.")
    def list(self, request, *args, **kwargs):
        return self.list_response(export_data)

    @extend_schema(operation_id="exports_get", tags=TAGS,
                   parameters=[OpenApiParameter("exportId", str, OpenApiParameter.PATH)],
                   description="The export, with a freshly signed URL once it is completed.")
    def retrieve(self, request, *args, **kwargs):
        return Response(export_data(self.get_object()))
