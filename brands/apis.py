"""Brand kit endpoints (spec §5): CRUD, logo upload, brand fonts."""

from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.response import Response

from assets.selectors import asset_signed_url
from radicpro.api.errors import ErrorCode
from radicpro.api.parsers import CamelCaseJSONParser, CamelCaseMultiPartParser
from radicpro.api.viewsets import ScopedGenericViewSet

from . import services
from .models import BrandKit
from .selectors import brand_font_get, brand_fonts_of, brands_of
from .serializers import (
    BrandCreateInput,
    BrandFontInput,
    BrandFontListOutput,
    BrandFontOutput,
    BrandListOutput,
    BrandLogoInput,
    BrandLogoOutput,
    BrandOutput,
    BrandUpdateInput,
)

UPLOAD_ACTIONS = ("logo", "fonts")


class BrandViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ScopedGenericViewSet):
    """The user's brand kits: colours, fonts, logo, one default."""

    model = BrandKit
    list_key = "brands"
    not_found_code = ErrorCode.BRAND_NOT_FOUND
    serializer_class = BrandOutput
    pagination_class = None
    parser_classes = [CamelCaseJSONParser]
    lookup_url_kwarg = "brandId"
    lookup_value_regex = "[^/]+"

    def throttle_category(self, request):
        if request.method == "POST" and self.action in UPLOAD_ACTIONS:
            return "asset_upload"
        return "design_crud"

    def scoped_queryset(self, user):
        return brands_of(user=user)

    @extend_schema(operation_id="brands_list", responses={200: BrandListOutput},
                   tags=["brands"])
    def list(self, request, *args, **kwargs):
        brands = BrandOutput(self.get_queryset(), many=True).data
        return Response({"brands": brands})

    @extend_schema(operation_id="brands_create", request=BrandCreateInput,
                   responses={201: BrandOutput}, tags=["brands"])
    def create(self, request):
        data = BrandCreateInput(data=request.data)
        data.is_valid(raise_exception=True)
        brand = services.brand_create(owner=request.user, **data.validated_data)
        return Response(BrandOutput(brand).data, status=status.HTTP_201_CREATED)

    @extend_schema(operation_id="brands_get", tags=["brands"])
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)

    @extend_schema(operation_id="brands_update", request=BrandUpdateInput,
                   responses={200: BrandOutput}, tags=["brands"])
    def partial_update(self, request, *args, **kwargs):
        brand = self.get_object()
        data = BrandUpdateInput(data=request.data)
        data.is_valid(raise_exception=True)
        brand = services.brand_update(brand=brand, changes=data.validated_data)
        return Response(BrandOutput(brand).data)

    @extend_schema(operation_id="brands_delete", responses={204: None}, tags=["brands"])
    def destroy(self, request, *args, **kwargs):
        services.brand_delete(brand=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(operation_id="brands_logo_upload",
                   request={"multipart/form-data": BrandLogoInput},
                   responses={200: BrandLogoOutput}, tags=["brands"],
                   extensions={"x-errors": ["413"]})
    @action(detail=True, methods=["post"], url_path="logo",
            parser_classes=[CamelCaseMultiPartParser])
    def logo(self, request, *args, **kwargs):
        brand = self.get_object()
        data = BrandLogoInput(data=request.data)
        data.is_valid(raise_exception=True)
        brand = services.brand_logo_upload(brand=brand, upload=data.validated_data["file"])
        url, expires_at = asset_signed_url(asset=brand.logo)
        body = {"logo_asset_id": brand.logo_id, "logo_url": url, "expires_at": expires_at}
        return Response(BrandLogoOutput(body).data)

    @extend_schema(operation_id="brands_fonts_list", request=None,
                   responses={200: BrandFontListOutput}, tags=["brands"], methods=["GET"])
    @extend_schema(operation_id="brands_fonts_upload",
                   request={"multipart/form-data": BrandFontInput},
                   responses={201: BrandFontOutput}, tags=["brands"], methods=["POST"],
                   extensions={"x-errors": ["413"]})
    @action(detail=True, methods=["get", "post"], url_path="fonts",
            parser_classes=[CamelCaseMultiPartParser])
    def fonts(self, request, *args, **kwargs):
        brand = self.get_object()
        if request.method == "GET":
            fonts = BrandFontOutput(brand_fonts_of(brand=brand), many=True).data
            return Response({"brand_fonts": fonts})
        data = BrandFontInput(data=request.data)
        data.is_valid(raise_exception=True)
        font = services.brand_font_add(brand=brand, upload=data.validated_data["file"],
                                       family=data.validated_data.get("family"))
        return Response(BrandFontOutput(font).data, status=status.HTTP_201_CREATED)

    @extend_schema(operation_id="brands_fonts_delete", request=None, responses={204: None},
                   tags=["brands"])
    @action(detail=True, methods=["delete"], url_path=r"fonts/(?P<fontId>[^/]+)")
    def font_delete(self, request, *args, fontId: str, **kwargs):  # noqa: N803 (wire name)
        font = brand_font_get(brand=self.get_object(), font_id=fontId)
        services.brand_font_delete(font=font)
        return Response(status=status.HTTP_204_NO_CONTENT)
