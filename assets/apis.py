"""Asset endpoints (spec §6) and the signed file download."""

from django.http import FileResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import mixins, status
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from radicpro.api.errors import ApiError, ErrorCode
from radicpro.api.parsers import CamelCaseJSONParser, CamelCaseMultiPartParser
from radicpro.api.viewsets import ScopedGenericViewSet

from . import services
from .models import Asset
from .selectors import asset_download_headers, asset_for_signed_download, assets_of
from .serializers import AssetListFilter, AssetOutput, AssetUploadInput

TYPE_PARAMETER = OpenApiParameter(
    "type", str, OpenApiParameter.QUERY, required=False, enum=Asset.Type.values,
    description="Only assets of this type.")


class AssetViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ScopedGenericViewSet):
    """Upload, list, get and delete the user's assets."""

    model = Asset
    list_key = "assets"
    not_found_code = ErrorCode.NOT_FOUND
    serializer_class = AssetOutput
    # Multipart carries the file; a JSON body is parsed only to say which fields are missing.
    parser_classes = [CamelCaseMultiPartParser, CamelCaseJSONParser]
    lookup_url_kwarg = "assetId"
    lookup_value_regex = "[^/]+"

    def throttle_category(self, request):
        return "asset_upload" if request.method == "POST" else "design_crud"

    def scoped_queryset(self, user):
        if self.action == "list":
            filters = AssetListFilter(data=self.request.query_params)
            filters.is_valid(raise_exception=True)
            return assets_of(user=user, type=filters.validated_data.get("type"))
        return assets_of(user=user)

    @extend_schema(operation_id="assets_upload", request={"multipart/form-data": AssetUploadInput},
                   responses={201: AssetOutput}, tags=["assets"], extensions={"x-errors": ["413"]})
    def create(self, request):
        data = AssetUploadInput(data=request.data)
        data.is_valid(raise_exception=True)
        asset = services.asset_create_from_upload(owner=request.user,
                                                  upload=data.validated_data["file"],
                                                  type=data.validated_data["type"])
        return Response(AssetOutput(asset).data, status=status.HTTP_201_CREATED)

    @extend_schema(operation_id="assets_list", parameters=[TYPE_PARAMETER], tags=["assets"])
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(operation_id="assets_get", tags=["assets"])
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)

    @extend_schema(operation_id="assets_delete", responses={204: None}, tags=["assets"])
    def destroy(self, request, *args, **kwargs):
        services.asset_delete(asset=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)


class _AnyAccept(BaseContentNegotiation):
    """Files answer whatever the client accepts (an <img> asks for image/*)."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class AssetFileApi(APIView):
    """Serves a file to anyone holding an unexpired signed URL (no Authorization header)."""

    authentication_classes: list = []
    permission_classes = [AllowAny]
    content_negotiation_class = _AnyAccept
    throttle_category = None

    @extend_schema(
        operation_id="files_download", auth=[], tags=["assets"],
        parameters=[
            OpenApiParameter("expires", int, OpenApiParameter.QUERY, required=True,
                             description="Unix seconds; from the signed URL."),
            OpenApiParameter("signature", str, OpenApiParameter.QUERY, required=True,
                             description="From the signed URL."),
        ],
        responses={(200, "application/octet-stream"): OpenApiResponse(
            OpenApiTypes.BINARY, description="The file, with its own Content-Type.")},
        extensions={"x-errors": ["403"]},
    )
    def get(self, request, assetId: str):  # noqa: N803 (the path parameter's wire name)
        asset = asset_for_signed_download(asset_id=assetId,
                                          expires=request.query_params.get("expires"),
                                          signature=request.query_params.get("signature"))
        try:
            handle = asset.file.open("rb")
        except OSError as exc:
            raise ApiError(ErrorCode.NOT_FOUND, "The file is no longer stored.") from exc
        response = FileResponse(handle, content_type=asset.mime_type)
        for name, value in asset_download_headers(
                asset=asset, expires=int(request.query_params["expires"])).items():
            response[name] = value
        return response
