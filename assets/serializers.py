"""Input and output shapes of the asset endpoints (snake_case; camelCase on the wire)."""

from rest_framework import serializers

from radicpro.api.fields import ListModelSerializer

from .models import Asset
from .selectors import asset_signed_url
from .services import UPLOAD_TYPES


class AssetUploadInput(serializers.Serializer):
    file = serializers.FileField(use_url=False,
                                 help_text="PNG, JPEG, WebP, GIF; SVG for logos (sanitised).")
    type = serializers.ChoiceField(choices=[(t.value, t.label) for t in UPLOAD_TYPES])


class AssetListFilter(serializers.Serializer):
    type = serializers.ChoiceField(choices=Asset.Type.choices, required=False)


class AssetOutput(ListModelSerializer):
    url = serializers.CharField(read_only=True,
                                help_text="A signed URL to the file; it stops working at expiresAt.")
    expires_at = serializers.DateTimeField(read_only=True, help_text="When `url` expires.")

    class Meta:
        model = Asset
        fields = ["id", "type", "filename", "mime_type", "url", "expires_at", "size_bytes",
                  "width", "height", "created_at"]

    def to_representation(self, instance):
        instance.url, instance.expires_at = asset_signed_url(asset=instance)
        return super().to_representation(instance)
