"""GET /v1/jobs and GET /v1/jobs/{jobId}."""

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins
from rest_framework.response import Response

from radicpro.api.viewsets import ScopedGenericViewSet

from .models import Job
from .schema import typed_job
from .selectors import jobs_of
from .serializers import JobFilterInput, JobOutput, job_data


class JobViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ScopedGenericViewSet):
    """The user's jobs: status, progress, result or error."""

    model = Job
    list_key = "jobs"
    serializer_class = JobOutput
    lookup_url_kwarg = "jobId"
    lookup_value_regex = "[^/]+"
    throttle_category = None

    def scoped_queryset(self, user):
        if self.action != "list":
            return jobs_of(user=user)
        filters = JobFilterInput(data=self.request.query_params)
        filters.is_valid(raise_exception=True)
        return jobs_of(user=user, **filters.validated_data)

    @extend_schema(operation_id="jobs_list", tags=["jobs"], responses={200: typed_job(many=True)},
                   parameters=[
        OpenApiParameter("status", str, enum=[s for s, _ in Job.Status.choices],
                         description="Only jobs in this status."),
        OpenApiParameter("kind", str, description="Only jobs of this kind (generation, "
                         "smart_image, export, tool, ...)."),
    ])
    def list(self, request, *args, **kwargs):
        return self.list_response(job_data)

    @extend_schema(operation_id="jobs_get", tags=["jobs"], responses={200: typed_job()},
                   parameters=[OpenApiParameter("jobId", str, OpenApiParameter.PATH)])
    def retrieve(self, request, *args, **kwargs):
        return Response(job_data(self.get_object()))
