"""Input and output shapes of the campaign endpoints (snake_case; camelCase on the wire)."""

from rest_framework import serializers

from radicpro.api.fields import ListModelSerializer

from .models import Campaign


class StrictInput(serializers.Serializer):
    """Refuses fields the endpoint does not take, instead of silently ignoring them."""

    def validate(self, attrs):
        unknown = sorted(set(self.initial_data) - set(self.fields))
        if unknown:
            raise serializers.ValidationError({name: ["Unknown field."] for name in unknown})
        return attrs


class CampaignCreateInput(StrictInput):
    """A new campaign."""

    name = serializers.CharField(max_length=200)
    description = serializers.CharField(max_length=2000, required=False, allow_blank=True,
                                        default="")
    brand_kit_id = serializers.CharField(max_length=100, required=False, allow_null=True,
                                         default=None,
                                         help_text="One of your brand kits (optional).")


class CampaignUpdateInput(StrictInput):
    """The fields of a campaign that PATCH changes (at least one)."""

    name = serializers.CharField(max_length=200, required=False)
    description = serializers.CharField(max_length=2000, required=False, allow_blank=True)
    brand_kit_id = serializers.CharField(max_length=100, required=False, allow_null=True,
                                         help_text="One of your brand kits; null unlinks it.")

    def validate(self, attrs):
        attrs = super().validate(attrs)
        if not attrs:
            raise serializers.ValidationError(
                {"body": ["Give at least one of: name, description, brandKitId."]})
        return attrs


class CampaignOutput(ListModelSerializer):
    """A campaign with the number of its designs."""

    brand_kit_id = serializers.CharField(source="brand_id", allow_null=True, read_only=True)
    design_count = serializers.IntegerField(read_only=True,
                                            help_text="Designs in this campaign (archived "
                                            "ones included).")

    class Meta:
        model = Campaign
        fields = ["id", "name", "description", "brand_kit_id", "design_count", "created_at",
                  "updated_at"]
