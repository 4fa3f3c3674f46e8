"""Input and output shapes of the AI endpoints (snake_case; camelCase on the wire).

`options`, `recipe`, `holisticContext`, `designJson` and `patch` pass through verbatim, so the
serializers that read them name their fields in camelCase.
"""

import json
from collections.abc import Mapping

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from aiengine.providers.base import CONCEPT_IDS
from aiengine.providers.settings import IMAGE_MODELS
from aiengine.services.common import smart_image_counts
from assets.selectors import asset_signed_url
from designs.selectors import design_thumbnail_url
from documents import get_format
from documents.patch_schema import OPERATION_SCHEMAS
from radicpro.billing.costs import SMART_IMAGE_RESOLUTIONS

MAX_OPTIONS_BYTES = 8192
HEX_COLOR = r"^#(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$"
RESOLUTION_HELP = ("1k, 2k or 4k: the size an export of the design is meant to have (its long side); "
                   "smart images are drawn with enough pixels for it. Prices the smart images.")


def _openapi30(schema):
    """A JSON Schema fragment in OpenAPI 3.0's dialect (`const` becomes a one-value `enum`)."""
    if isinstance(schema, list):
        return [_openapi30(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {key: _openapi30(value) for key, value in schema.items() if key != "const"}
    if "const" in schema:
        out.update({"type": "string", "enum": [schema["const"]]})
    return out


OPERATIONS_SCHEMA = {
    "type": "array",
    "description": "Patch operations, in order: remove_layer, update_layer (changes deep-merged), "
                   "add_layer, move_layer, update_canvas, update_smart_asset (as POST /v1/designs/{id}/apply-patch takes them).",
    "items": {"oneOf": _openapi30(list(OPERATION_SCHEMAS.values()))},
}


class StrictInput(serializers.Serializer):
    """Refuses fields the endpoint does not take (nested objects too) instead of ignoring them."""

    def to_internal_value(self, data):
        unknown = {name: ["Unknown field."] for name in sorted(set(data) - set(self.fields))} \
            if isinstance(data, Mapping) else {}
        try:
            value = super().to_internal_value(data)
        except serializers.ValidationError as error:
            if unknown and isinstance(error.detail, dict):
                error.detail.update(unknown)
            raise
        if unknown:
            raise serializers.ValidationError(unknown)
        return value


class GenerateOptionsInput(StrictInput):
    """`options` of a generation (verbatim: camelCase names)."""

    variants = serializers.IntegerField(min_value=1, max_value=6, default=3,
                                        help_text="How many designs (1–6, default 3).")
    imageResolution = serializers.ChoiceField(choices=SMART_IMAGE_RESOLUTIONS, default="1k",  # noqa: N815
                                              help_text=RESOLUTION_HELP)
    imageModel = serializers.ChoiceField(choices=IMAGE_MODELS, required=False, allow_null=True,  # noqa: N815
                                         help_text="The image model, when this server has it configured; "
                                         "otherwise the local image provider draws and generation.models "
                                         "says so.")


class GenerateDesignsInput(StrictInput):
    prompt = serializers.CharField(max_length=2000, help_text="What to design, in plain words (1–2000 chars).")
    format = serializers.CharField(max_length=64, help_text="A format id of the catalogue (GET /v1/formats), "
                                   "e.g. instagram_post.")
    brand_kit_id = serializers.CharField(max_length=64, required=False, allow_null=True, allow_blank=True,
                                         help_text="One of your brand kits: its colours, fonts and logo.")
    creative_concept = serializers.ChoiceField(choices=CONCEPT_IDS, required=False, allow_null=True,
                                               help_text="Default product_highlight.")
    product_asset_id = serializers.CharField(max_length=64, required=False, allow_null=True, allow_blank=True,
                                             help_text="A photo of the product (one of your assets): the "
                                             "product shots are built from it.")
    options = GenerateOptionsInput(required=False)

    def validate_format(self, value: str) -> str:
        if get_format(value) is None:
            raise serializers.ValidationError(f"Unknown format {value!r}; see GET /v1/formats.")
        return value


class EditDesignInput(StrictInput):
    design_id = serializers.CharField(max_length=64)
    instruction = serializers.CharField(max_length=2000, help_text="What to change, in plain words.")


class RecipeInput(StrictInput):
    """`recipe` of a smart image (verbatim)."""

    type = serializers.RegexField(r"^[a-z][a-z0-9_]{0,39}$", help_text="product_shot, background, ...")
    prompt = serializers.CharField(max_length=2000)
    options = serializers.DictField(required=False, help_text="aspectRatio, style, quality, ... (verbatim; "
                                    "at most 8 KB of JSON).")

    def validate_options(self, value: dict) -> dict:
        encoded = json.dumps(value, ensure_ascii=False)
        if len(encoded.encode("utf-8")) > MAX_OPTIONS_BYTES:
            raise serializers.ValidationError(f"At most {MAX_OPTIONS_BYTES} bytes of JSON.")
        if "\\u0000" in json.dumps(value):
            raise serializers.ValidationError("Null characters are not allowed.")
        return value


class HolisticContextInput(StrictInput):
    """`holisticContext` of a smart image (verbatim): what the rest of the design says."""

    designPurpose = serializers.CharField(max_length=500, required=False, allow_blank=True)  # noqa: N815
    overallTheme = serializers.CharField(max_length=500, required=False, allow_blank=True)  # noqa: N815
    adjacentElements = serializers.ListField(child=serializers.CharField(max_length=300),  # noqa: N815
                                             required=False, max_length=20)
    brandColors = serializers.ListField(child=serializers.RegexField(HEX_COLOR), required=False,  # noqa: N815
                                        max_length=12)
    compositionHints = serializers.CharField(max_length=500, required=False, allow_blank=True)  # noqa: N815


class SmartImageInput(StrictInput):
    design_id = serializers.CharField(max_length=64)
    layer_id = serializers.CharField(max_length=128, help_text="An image layer of the design.")
    recipe = RecipeInput()
    holistic_context = HolisticContextInput(required=False)
    image_resolution = serializers.ChoiceField(choices=SMART_IMAGE_RESOLUTIONS, default="1k",
                                               help_text=RESOLUTION_HELP)
    image_model = serializers.ChoiceField(choices=IMAGE_MODELS, required=False, allow_null=True)
    reference_asset_id = serializers.CharField(max_length=64, required=False, allow_null=True, allow_blank=True,
                                               help_text="A product photo (one of your assets) to build on.")


class RegenerateInput(StrictInput):
    prompt_override = serializers.CharField(max_length=2000, required=False, allow_null=True, allow_blank=True,
                                            help_text="A new prompt; the recipe keeps it.")


class SmartImageStatusOutput(serializers.Serializer):
    total = serializers.IntegerField()
    completed = serializers.IntegerField()
    pending = serializers.IntegerField()


class GeneratedDesignOutput(serializers.Serializer):
    # A design a generation saved, with a signed thumbnail URL and its smart images' progress.
    id = serializers.CharField()
    title = serializers.CharField()
    thumbnail_url = serializers.URLField(allow_null=True, help_text="Signed, expiring PNG preview.")
    creative_concept = serializers.CharField()
    design_json = serializers.JSONField(help_text="The 1.4 design document (verbatim).")
    smart_image_status = SmartImageStatusOutput()

    def to_representation(self, instance):
        instance.thumbnail_url = design_thumbnail_url(design=instance)
        instance.smart_image_status = smart_image_counts(instance.design_json)
        return super().to_representation(instance)


class BriefSummaryOutput(serializers.Serializer):
    headline = serializers.CharField()
    subhead = serializers.CharField()
    offer = serializers.CharField()
    cta = serializers.CharField()


class ModelsOutput(serializers.Serializer):
    layout = serializers.CharField()
    image = serializers.CharField()
    image_fallback = serializers.CharField(required=False, help_text="Present when the image model asked "
                                           "for is not configured and the local one drew instead.")


class CostOutput(serializers.Serializer):
    layout = serializers.FloatField(source="layout_usd", help_text="USD paid to the layout provider (local: 0).")
    images = serializers.FloatField(source="images_usd", help_text="USD paid to the image provider.")
    total = serializers.FloatField(source="total_usd")


class GenerationOutput(serializers.Serializer):
    # How a generation (services.Generation) made its designs.
    prompt = serializers.CharField(source="job.input.prompt")
    creative_concept = serializers.CharField(source="concept")
    brief_summary = BriefSummaryOutput(source="summary")
    models = ModelsOutput()
    processing_time = serializers.IntegerField(source="processing_ms", help_text="Measured, in milliseconds.")
    cost = CostOutput(source="*")
    credits_used = serializers.IntegerField(source="job.credits_reserved",
                                            help_text="Credits charged (0 for sandbox keys).")


class GenerateDesignsOutput(serializers.Serializer):
    # A finished generation (services.Generation): the endpoint's answer and its job's result.
    designs = GeneratedDesignOutput(many=True)
    generation = GenerationOutput(source="*")
    job_id = serializers.CharField(source="job.pk")


@extend_schema_field(OPERATIONS_SCHEMA)
class OperationsField(serializers.ListField):
    child = serializers.JSONField()


class PatchOutput(serializers.Serializer):
    operations = OperationsField()


class EditDesignOutput(serializers.Serializer):
    patch = PatchOutput(help_text="Not applied: send it to POST /v1/designs/{designId}/apply-patch "
                        "with If-Match: baseVersion.")
    explanation = serializers.CharField()
    unsupported = serializers.ListField(child=serializers.CharField(),
                                        help_text="Parts of the instruction that were not carried out.")
    base_version = serializers.IntegerField(help_text="The design version the operations were made for.")


class SmartImageOutput(serializers.Serializer):
    # A smart image (services.SmartImageOutcome), with a freshly signed URL of its image.
    recipe_id = serializers.CharField(source="recipe.pk")
    asset_id = serializers.CharField(source="recipe.asset_id")
    asset_url = serializers.URLField(source="recipe.asset_url", help_text="Signed; expires at assetUrlExpiresAt.")
    asset_url_expires_at = serializers.DateTimeField(source="recipe.asset_url_expires_at")
    design_id = serializers.CharField(source="recipe.design_id", allow_null=True)
    layer_id = serializers.CharField(source="recipe.layer_id")
    cached = serializers.BooleanField(help_text="true: an identical earlier request's image, not charged.")
    processing_time = serializers.IntegerField(source="processing_ms", help_text="Milliseconds.")
    provider = serializers.CharField(source="recipe.provider")
    model = serializers.CharField(source="recipe.model")
    seed = serializers.IntegerField(source="recipe.seed")
    job_id = serializers.CharField(source="job.pk", allow_null=True)

    def to_representation(self, instance):
        recipe = instance.recipe
        recipe.asset_url, recipe.asset_url_expires_at = asset_signed_url(asset=recipe.asset)
        return super().to_representation(instance)


class AdaptInput(StrictInput):
    formats = serializers.ListField(child=serializers.CharField(max_length=64), min_length=1, max_length=10,
                                    help_text="Target format ids (GET /v1/formats), e.g. instagram_story, "
                                    "facebook_cover. Each one makes a new design.")


class AdaptedDesignOutput(serializers.Serializer):
    # One design an adapt job made (services.adapting.Adapted).
    id = serializers.CharField(source="design.pk")
    title = serializers.CharField(source="design.title")
    format = serializers.CharField()
    source_design_id = serializers.CharField(help_text="The design it was adapted from.")
    campaign_id = serializers.CharField(source="design.campaign_id", allow_null=True)
    thumbnail_url = serializers.SerializerMethodField(help_text="Signed, expiring PNG preview (null until drawn).")
    design_json = serializers.JSONField(source="design.design_json", help_text="The 1.4 design document (verbatim).")
    lint = serializers.ListField(child=serializers.CharField(), help_text="Codes of the design lint's errors "
                                 "(text_overflow, text_overlap, low_contrast, ...); empty when clean.")

    def get_thumbnail_url(self, instance) -> str | None:
        return design_thumbnail_url(design=instance.design)


class AdaptOutput(serializers.Serializer):
    # A finished adapt job (services.adapting.Adaptation): the endpoint's answer and its job's result.
    designs = AdaptedDesignOutput(many=True)
    job_id = serializers.CharField(source="job.pk")
    credits_used = serializers.IntegerField(source="job.credits_reserved",
                                            help_text="Credits charged: 1 a new design (0 for sandbox keys).")
    processing_time = serializers.IntegerField(source="processing_ms", help_text="Measured, in milliseconds.")
