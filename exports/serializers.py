"""Input and output shapes of the export endpoints (snake_case; camelCase on the wire)."""

from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema_field
from rest_framework import serializers

from radicpro.api.casing import WireDict, camelize
from radicpro.api.fields import ListModelSerializer
from radicpro.api.schema import NULLABLE_ERROR_FIELD
from radicpro.api.wire import wire_time
from rendering import ACCEPTED_FORMAT_NAMES, FORMAT_CHOICES, OUTPUT_FORMATS, QUALITY_FORMAT_NAMES

from .models import Export
from .selectors import export_file_url
from .services import MAX_BATCH, TRANSPARENT_FORMATS, ExportRun, ExportSpec

RESOLUTION_CHOICES = [value for value, _label in Export.Resolution.choices]
def _spoken(names) -> str:
    """`png`, `png and webp`, `png, webp and tiff`."""
    names = list(names)
    return " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)


ALIASES_HELP = " ".join(f"{alias} is the same as {output.name}." for output in OUTPUT_FORMATS
                        for alias in output.aliases)


class ExportItemInput(serializers.Serializer):
    format = serializers.ChoiceField(choices=list(ACCEPTED_FORMAT_NAMES), help_text=ALIASES_HELP)
    resolution = serializers.ChoiceField(choices=RESOLUTION_CHOICES, default="1x",
                                         help_text="Scale of the canvas: 1x, 2x or 3x.")
    quality = serializers.IntegerField(min_value=1, max_value=100, default=90,
                                       help_text=f"Encoder quality for {_spoken(QUALITY_FORMAT_NAMES)} (1–100).")
    transparent = serializers.BooleanField(
        default=False, help_text=f"Transparent background; {_spoken(TRANSPARENT_FORMATS)} only.")

    def validate(self, attrs):
        if attrs.get("transparent") and attrs["format"] not in TRANSPARENT_FORMATS:
            raise serializers.ValidationError(
                {"transparent": [f"Only {_spoken(TRANSPARENT_FORMATS)} exports can be "
                                 f"transparent, not {attrs['format']}."]})
        return attrs


class ExportInput(ExportItemInput):
    design_id = serializers.CharField(max_length=2000)

    def spec(self) -> ExportSpec:
        values = dict(self.validated_data)
        values.pop("design_id")
        return ExportSpec(**values)


class ExportBatchInput(serializers.Serializer):
    design_id = serializers.CharField(max_length=2000)
    exports = serializers.ListField(child=ExportItemInput(), min_length=1, max_length=MAX_BATCH,
                                    help_text=f"1 to {MAX_BATCH} files, rendered by one job.")

    def specs(self) -> list[ExportSpec]:
        return [ExportSpec(**item) for item in self.validated_data["exports"]]


class ExportResultOutput(serializers.Serializer):
    """POST /v1/export's answer (spec §7.1, with width, height and warnings)."""

    # Renders a completed Export, with a freshly signed URL of its file.
    export_id = serializers.CharField(source="id")
    url = serializers.CharField(help_text="Signed; valid until expiresAt.")
    format = serializers.ChoiceField(choices=FORMAT_CHOICES)
    resolution = serializers.ChoiceField(choices=Export.Resolution.choices)
    size_bytes = serializers.IntegerField(help_text="Size of the stored file.")
    expires_at = serializers.DateTimeField(help_text="When url stops working.")
    width = serializers.IntegerField(help_text="Pixels (canvas width × scale).")
    height = serializers.IntegerField(help_text="Pixels (canvas height × scale).")
    warnings = serializers.ListField(
        child=serializers.CharField(),
        help_text="What the renderer could not draw as asked (a missing asset, an unknown "
        "font...); empty when none.")

    def to_representation(self, instance: Export):
        instance.url, instance.expires_at = export_file_url(export=instance)
        return super().to_representation(instance)


class ExportBatchOutput(serializers.Serializer):
    exports = ExportResultOutput(many=True)


@extend_schema_field(PolymorphicProxySerializer(
    component_name="ExportJobResult", serializers=[ExportResultOutput, ExportBatchOutput],
    resource_type_field_name=None))
class ExportJobResultOutput(serializers.BaseSerializer):
    """An export job's result: the answer of POST /v1/export, or of /v1/export/batch."""

    def to_representation(self, instance: ExportRun):
        if instance.batch:
            return ExportBatchOutput(instance, context=self.context).data
        return ExportResultOutput(instance.exports[0], context=self.context).data


class ExportOutput(ListModelSerializer):
    """An export as GET /v1/exports(/{exportId}) shows it, with a fresh signed URL."""

    export_id = serializers.CharField(source="id", read_only=True)
    design_id = serializers.CharField(read_only=True)
    job_id = serializers.CharField(read_only=True, allow_null=True)
    url = serializers.SerializerMethodField()
    expires_at = serializers.SerializerMethodField()
    error = serializers.SerializerMethodField()

    class Meta:
        model = Export
        fields = ["export_id", "design_id", "design_version", "status", "format", "resolution",
                  "quality", "transparent", "url", "expires_at", "size_bytes", "width",
                  "height", "warnings", "error", "job_id", "created_at", "completed_at"]

    def _signed(self, export: Export):
        cache = self.context.setdefault("signed_urls", {})
        if export.pk not in cache:
            cache[export.pk] = export_file_url(export=export)
        return cache[export.pk]

    @extend_schema_field(serializers.CharField(allow_null=True,
                                              help_text="Signed; null until completed."))
    def get_url(self, export: Export):
        return self._signed(export)[0]

    @extend_schema_field(serializers.DateTimeField(allow_null=True))
    def get_expires_at(self, export: Export):
        return wire_time(self._signed(export)[1])

    @extend_schema_field(NULLABLE_ERROR_FIELD)
    def get_error(self, export: Export):
        return export.error


def export_data(export: Export) -> WireDict:
    """``ExportOutput(export).data`` on the wire (camelCase), built directly: DRF's per-field
    machinery cost half of a page of twenty (tests/exports/api/test_output_builder.py keeps the
    two equal). The URL is signed afresh, as ever."""
    url, expires_at = export_file_url(export=export)
    return WireDict(
        exportId=str(export.id),
        designId=str(export.design_id),
        designVersion=int(export.design_version),
        status=str(export.status),
        format=str(export.format),
        resolution=str(export.resolution),
        quality=int(export.quality),
        transparent=bool(export.transparent),
        url=url,
        expiresAt=wire_time(expires_at),
        sizeBytes=int(export.size_bytes),
        width=None if export.width is None else int(export.width),
        height=None if export.height is None else int(export.height),
        warnings=camelize(export.warnings),
        error=camelize(export.error),
        jobId=None if export.job_id is None else str(export.job_id),
        createdAt=wire_time(export.created_at),
        completedAt=wire_time(export.completed_at),
    )


class ExportFilterInput(serializers.Serializer):
    design_id = serializers.CharField(max_length=100, required=False)
