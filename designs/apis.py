"""Design endpoints (spec §3) with versions and If-Match, revisions, the document schemas and
the formats catalogue."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from campaigns.selectors import referenced_brand, referenced_campaign
from documents import FORMATS, SUPPORTED_VERSIONS, get_schema
from radicpro.api.casing import to_snake
from radicpro.api.errors import ApiError, ErrorCode
from radicpro.api.viewsets import ScopedGenericViewSet

from . import services
from .etags import etag_for, parse_if_match
from .models import Design
from .selectors import (
    DesignListing,
    design_detail,
    design_revision_get,
    design_revision_list,
    designs_of,
)
from .serializers import (
    ApplyPatchInput,
    DesignCreateInput,
    DesignDuplicateInput,
    DesignListItemOutput,
    DesignListQuery,
    DesignOutput,
    DesignRevisionListItemOutput,
    DesignRevisionOutput,
    DesignRevisionPageOutput,
    DesignUpdateInput,
    FormatListOutput,
    FormatOutput,
    design_data,
    design_list_items_data,
)

TAGS = ["designs"]
IF_MATCH = OpenApiParameter(
    "If-Match", str, OpenApiParameter.HEADER, required=False,
    description='The ETag you read ("3"). If the design has moved on: 412 PRECONDITION_FAILED '
    "with details.currentVersion, and nothing changes. Without it the last write wins.")
LIST_PARAMETERS = [
    OpenApiParameter("campaignId", str, OpenApiParameter.QUERY, required=False,
                     description="Only designs of this campaign (one of yours)."),
    OpenApiParameter("archived", bool, OpenApiParameter.QUERY, required=False, default=False,
                     description="true: include archived designs; false: leave them out."),
    OpenApiParameter("sort", str, OpenApiParameter.QUERY, required=False, default="updatedAt",
                     enum=["createdAt", "updatedAt", "title"]),
    OpenApiParameter("order", str, OpenApiParameter.QUERY, required=False, default="desc",
                     enum=["asc", "desc"]),
]
PRECONDITION = {"x-errors": ["412"]}
VERSION = OpenApiParameter("version", int, OpenApiParameter.PATH,
                           description="A version the design has had (from 1).")


def _design_response(design: Design, status_code: int = 200) -> Response:
    """The full design (DesignOutput) with its ETag header."""
    return Response(design_data(design), status=status_code,
                    headers={"ETag": etag_for(design.version)})


class DesignViewSet(ScopedGenericViewSet):
    """A user's designs; another user's design does not exist (404 DESIGN_NOT_FOUND)."""

    model = Design
    list_key = "designs"
    not_found_code = ErrorCode.DESIGN_NOT_FOUND
    serializer_class = DesignOutput
    throttle_category = "design_crud"
    lookup_url_kwarg = "designId"
    lookup_value_regex = "[^/]+"

    def scoped_queryset(self, user):
        return designs_of(user=user)

    def _expected_version(self) -> int | None:
        return parse_if_match(self.request.headers.get("If-Match"))

    @extend_schema(operation_id="designs_list", parameters=LIST_PARAMETERS,
                   responses={200: DesignListItemOutput(many=True)}, tags=TAGS)
    def list(self, request):
        query = DesignListQuery(data={to_snake(key): value
                                      for key, value in request.query_params.items()})
        query.is_valid(raise_exception=True)
        options = query.validated_data
        campaign = referenced_campaign(user=request.user,
                                       campaign_id=options.get("campaign_id"))
        designs = DesignListing(user=request.user, campaign=campaign,
                                include_archived=options["archived"], sort=options["sort"],
                                order=options["order"])
        page = self.paginate_queryset(designs)
        return self.get_paginated_response(design_list_items_data(page))

    @extend_schema(operation_id="designs_get", responses={200: DesignOutput}, tags=TAGS,
                   description='The design; the ETag header is its quoted version ("3").')
    def retrieve(self, request, *args, **kwargs):
        return _design_response(design_detail(user=request.user,
                                              design_id=kwargs[self.lookup_url_kwarg]))

    @extend_schema(operation_id="designs_create", request=DesignCreateInput,
                   responses={201: DesignOutput}, tags=TAGS,
                   description="A blank design of the format carrying the brand kit's colours "
                   "and fonts, or the given designJson. A brandKitId or campaignId that is not "
                   "yours is a 400 VALIDATION_ERROR naming the field. Emits design.created.")
    def create(self, request):
        data = DesignCreateInput(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        brand = referenced_brand(user=request.user, brand_id=values.pop("brand_kit_id"))
        campaign = referenced_campaign(user=request.user, campaign_id=values.pop("campaign_id"))
        design = services.design_create(owner=request.user, brand=brand, campaign=campaign,
                                        **values)
        return _design_response(design, status.HTTP_201_CREATED)

    @extend_schema(operation_id="designs_update", request=DesignUpdateInput,
                   responses={200: DesignOutput}, parameters=[IF_MATCH], tags=TAGS,
                   extensions=PRECONDITION)
    def partial_update(self, request, *args, **kwargs):
        design = self.get_object()
        expected = self._expected_version()
        data = DesignUpdateInput(data=request.data)
        data.is_valid(raise_exception=True)
        changes = dict(data.validated_data)
        if "campaign_id" in changes:
            changes["campaign"] = referenced_campaign(user=request.user,
                                                      campaign_id=changes.pop("campaign_id"))
        design = services.design_update(design=design, changes=changes,
                                        expected_version=expected)
        return _design_response(design)

    @extend_schema(operation_id="designs_delete", responses={204: None}, parameters=[IF_MATCH],
                   tags=TAGS, extensions=PRECONDITION)
    def destroy(self, request, *args, **kwargs):
        design = self.get_object()
        services.design_delete(design=design, expected_version=self._expected_version())
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(operation_id="designs_duplicate", request=DesignDuplicateInput,
                   responses={201: DesignOutput}, tags=TAGS)
    @action(detail=True, methods=["post"], url_path="duplicate")
    def duplicate(self, request, *args, **kwargs):
        design = self.get_object()
        data = DesignDuplicateInput(data=request.data)
        data.is_valid(raise_exception=True)
        copy = services.design_duplicate(design=design, title=data.validated_data.get("title"))
        return _design_response(copy, status.HTTP_201_CREATED)

    @extend_schema(operation_id="designs_apply_patch", request=ApplyPatchInput,
                   responses={200: DesignOutput}, parameters=[IF_MATCH], tags=TAGS,
                   extensions=PRECONDITION,
                   description="Applies patch operations atomically: the result must validate, "
                   "or nothing changes. Works on every schema version: a 2.0 document is patched in "
                   "its 1.4 form (block `b` is layer `layer_b`, the form POST /v1/ai/edit-design "
                   "proposes operations for) and the result is stored as that 1.4 document.")
    @action(detail=True, methods=["post"], url_path="apply-patch")
    def apply_patch(self, request, *args, **kwargs):
        design = self.get_object()
        expected = self._expected_version()
        data = ApplyPatchInput(data=request.data)
        data.is_valid(raise_exception=True)
        design = services.design_apply_operations(
            design=design, operations=data.validated_data["operations"],
            expected_version=expected)
        return _design_response(design)

    @extend_schema(operation_id="designs_revisions_list",
                   responses={200: DesignRevisionPageOutput}, tags=TAGS,
                   description="Every version the design has had, newest first (paged); "
                   "GET .../revisions/{version} has the document of one.")
    @action(detail=True, methods=["get"], url_path="revisions")
    def revisions(self, request, *args, **kwargs):
        design = self.get_object()
        self.list_key = "revisions"
        page = self.paginate_queryset(design_revision_list(design=design))
        return self.get_paginated_response(DesignRevisionListItemOutput(page, many=True).data)

    @extend_schema(operation_id="designs_revisions_get", responses={200: DesignRevisionOutput},
                   parameters=[VERSION], tags=TAGS,
                   description="One revision with its document. An unknown revision is a 404 "
                   "NOT_FOUND.")
    @action(detail=True, methods=["get"], url_path=r"revisions/(?P<version>[0-9]{1,9})")
    def revision(self, request, *args, **kwargs):
        design = self.get_object()
        revision = design_revision_get(design=design, version=int(kwargs["version"]))
        return Response(DesignRevisionOutput(revision).data)

    @extend_schema(operation_id="designs_revisions_restore", request=None,
                   responses={200: DesignOutput},
                   parameters=[IF_MATCH, VERSION],
                   tags=TAGS, extensions=PRECONDITION,
                   description="Makes a new version with the title and document of revision "
                   "`version`. An unknown revision is a 404 NOT_FOUND.")
    @action(detail=True, methods=["post"], url_path=r"revisions/(?P<version>[0-9]{1,9})/restore")
    def restore(self, request, *args, **kwargs):
        design = self.get_object()
        design = services.design_restore(design=design, version=int(kwargs["version"]),
                                         expected_version=self._expected_version())
        return _design_response(design)


class DesignSchemaApi(APIView):
    """The published JSON Schema of a design document version (no sign-in needed)."""

    permission_classes = [AllowAny]
    authentication_classes: list = []
    throttle_category = "design_crud"

    @extend_schema(operation_id="schemas_design_get", responses={200: OpenApiTypes.OBJECT},
                   tags=["schemas"], auth=[],
                   description="The JSON Schema (draft 2020-12) itself as data. Versions: "
                   + ", ".join(SUPPORTED_VERSIONS) + ". An unknown version is a 404.")
    def get(self, request, version: str):
        if version not in SUPPORTED_VERSIONS:
            raise ApiError(ErrorCode.NOT_FOUND, f"No design schema version {version!r}.",
                           details={"supported": list(SUPPORTED_VERSIONS)})
        return Response(get_schema(version), headers={"Cache-Control": "public, max-age=3600"})


class FormatListApi(APIView):
    """The catalogue of canvas formats (no sign-in needed)."""

    permission_classes = [AllowAny]
    authentication_classes: list = []
    throttle_category = "design_crud"

    @extend_schema(operation_id="formats_list", responses={200: FormatListOutput},
                   tags=["schemas"], auth=[],
                   description="Every format a design can be made for, with its canvas size "
                   "and safe area. The whole catalogue, not paged.")
    def get(self, request):
        body = {"formats": FormatOutput(FORMATS, many=True).data}
        return Response(body, headers={"Cache-Control": "public, max-age=3600"})
