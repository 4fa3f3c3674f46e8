"""Input and output shapes of the brand kit endpoints (snake_case; camelCase on the wire)."""

import re

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from assets.selectors import asset_signed_url
from radicpro.api.fields import ListModelSerializer

from .models import BrandFont, BrandKit

COLOR = re.compile(r"^#(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$")
ROLE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,39}$")
COLOR_ROLES = ("primary", "secondary", "accent", "text", "background")
FONT_ROLES = ("primary", "secondary")
MAX_COLORS = 24


@extend_schema_field({
    "type": "object",
    "description": "Colours by role: primary, secondary, accent, text, optional background and "
                   "any custom names; each #RRGGBB or #RRGGBBAA. In a PATCH, roles merge one by "
                   "one and a null removes a role.",
    "additionalProperties": {"type": "string", "pattern": COLOR.pattern, "nullable": True},
    "example": {"primary": "#0066FF", "secondary": "#001133", "accent": "#00FF88",
                "text": "#FFFFFF"},
})
class ColorsField(serializers.Field):
    def __init__(self, *, allow_null_roles: bool = False, **kwargs):
        self.allow_null_roles = allow_null_roles
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        if not isinstance(data, dict):
            raise serializers.ValidationError("Must be an object of role → colour.")
        if len(data) > MAX_COLORS:
            raise serializers.ValidationError(f"At most {MAX_COLORS} colours.")
        errors, out = {}, {}
        for role, value in data.items():
            if not isinstance(role, str) or not ROLE.match(role):
                errors[str(role)[:40]] = ["A role name is a letter then up to 39 letters, "
                                          "digits, - or _."]
            elif value is None and self.allow_null_roles:
                out[role] = None
            elif not isinstance(value, str) or not COLOR.match(value):
                errors[role] = ["Must be a colour #RRGGBB or #RRGGBBAA."]
            else:
                out[role] = value.upper()
        if errors:
            raise serializers.ValidationError(errors)
        return out

    def to_representation(self, value):
        return value


class BrandFontRoleInput(serializers.Serializer):
    family = serializers.CharField(max_length=200)
    weights = serializers.ListField(
        child=serializers.IntegerField(min_value=100, max_value=900), max_length=9,
        required=False, default=list)

    def validate_weights(self, value):
        if any(weight % 100 for weight in value):
            raise serializers.ValidationError("Weights are 100 to 900 in steps of 100.")
        if len(set(value)) != len(value):
            raise serializers.ValidationError("Weights must not repeat.")
        return sorted(value)


@extend_schema_field({
    "type": "object",
    "description": "Fonts by role (primary, secondary): a family and its weights (100–900). "
                   "In a PATCH, a role is replaced as a whole and a null removes it.",
    "additionalProperties": {
        "type": "object", "nullable": True, "required": ["family"],
        "properties": {"family": {"type": "string", "maxLength": 200},
                       "weights": {"type": "array", "maxItems": 9,
                                   "items": {"type": "integer", "minimum": 100,
                                             "maximum": 900, "multipleOf": 100}}},
    },
    "example": {"primary": {"family": "Poppins", "weights": [400, 600, 700]},
                "secondary": {"family": "Open Sans", "weights": [400, 500]}},
})
class FontsField(serializers.Field):
    def __init__(self, *, allow_null_roles: bool = False, **kwargs):
        self.allow_null_roles = allow_null_roles
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        if not isinstance(data, dict):
            raise serializers.ValidationError("Must be an object of role → font.")
        errors, out = {}, {}
        for role, value in data.items():
            if role not in FONT_ROLES:
                errors[str(role)[:40]] = [f"Font roles are {' and '.join(FONT_ROLES)}."]
                continue
            if value is None and self.allow_null_roles:
                out[role] = None
                continue
            font = BrandFontRoleInput(data=value)
            if not isinstance(value, dict):
                errors[role] = ["Must be an object with family and weights."]
            elif not font.is_valid():
                errors[role] = font.errors
            else:
                out[role] = {"family": font.validated_data["family"],
                             "weights": font.validated_data["weights"]}
        if errors:
            raise serializers.ValidationError(errors)
        return out

    def to_representation(self, value):
        return value


class BrandCreateInput(serializers.Serializer):
    name = serializers.CharField(max_length=200)
    colors = ColorsField(required=False)
    fonts = FontsField(required=False)
    is_default = serializers.BooleanField(required=False, default=False)
    logo_asset_id = serializers.CharField(
        max_length=40, required=False, allow_null=True,
        help_text="One of your own image assets to use as the logo.")


class BrandUpdateInput(serializers.Serializer):
    name = serializers.CharField(max_length=200, required=False)
    colors = ColorsField(required=False, allow_null_roles=True)
    fonts = FontsField(required=False, allow_null_roles=True)
    is_default = serializers.BooleanField(required=False)
    logo_asset_id = serializers.CharField(
        max_length=40, required=False, allow_null=True,
        help_text="One of your own image assets; null removes the logo.")


class BrandOutput(ListModelSerializer):
    colors = ColorsField()
    fonts = FontsField()
    logo_asset_id = serializers.CharField(source="logo_id", allow_null=True, read_only=True)
    logo_url = serializers.SerializerMethodField()

    class Meta:
        model = BrandKit
        fields = ["id", "name", "colors", "fonts", "logo_asset_id", "logo_url", "is_default",
                  "created_at", "updated_at"]

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_logo_url(self, brand) -> str | None:
        if brand.logo is None:
            return None
        return asset_signed_url(asset=brand.logo)[0]


class BrandLogoInput(serializers.Serializer):
    file = serializers.FileField(use_url=False, help_text="PNG, JPEG or SVG (sanitised).")


class BrandLogoOutput(serializers.Serializer):
    logo_asset_id = serializers.CharField()
    logo_url = serializers.CharField()
    expires_at = serializers.DateTimeField(help_text="When `logoUrl` expires.")


class BrandFontInput(serializers.Serializer):
    file = serializers.FileField(use_url=False, help_text="A TTF, OTF or WOFF2 font file.")
    family = serializers.CharField(
        max_length=200, required=False,
        help_text="The family name to register it under (default: the name in the file).")


class BrandFontOutput(ListModelSerializer):
    asset_id = serializers.CharField(read_only=True)
    filename = serializers.CharField(source="asset.filename", read_only=True)
    url = serializers.SerializerMethodField()

    class Meta:
        model = BrandFont
        fields = ["id", "family", "weight", "style", "asset_id", "filename", "url", "created_at"]

    @extend_schema_field(OpenApiTypes.STR)
    def get_url(self, font) -> str:
        return asset_signed_url(asset=font.asset)[0]


class BrandFontListOutput(serializers.Serializer):
    brand_fonts = BrandFontOutput(many=True)


class BrandListOutput(serializers.Serializer):
    brands = BrandOutput(many=True)
