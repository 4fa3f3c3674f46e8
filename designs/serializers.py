"""Input and output shapes of the design endpoints (snake_case; camelCase on the wire).

``designJson`` passes through verbatim. Its validation errors are keyed ``designJson`` + the
JSON pointer of the bad node, e.g. ``designJson/layers/2/style/color``; a bad patch operation
is keyed ``operations/<index>/...``.
"""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from assets.selectors import asset_file_url_signer
from documents import FORMATS
from radicpro.api.casing import WireDict
from radicpro.api.fields import ListModelSerializer
from radicpro.api.pagination import PaginationOutput
from radicpro.api.wire import wire_time

from .models import Design, DesignRevision
from .selectors import SORT_FIELDS, DesignListRow, design_thumbnail_url

DOCUMENT_HELP = (
    "The design document (schema: GET /v1/schemas/design/{schemaVersion}), passed through "
    "verbatim; its id is set to the design's. Validation errors are keyed designJson + the JSON "
    "pointer of the bad node, e.g. designJson/layers/2/style/color.")
THUMBNAIL_HELP = (
    "Signed, expiring URL of a PNG preview (at most 400 px a side) that a worker draws after "
    "each change; null until the first one is ready.")


class StrictInput(serializers.Serializer):
    """Refuses fields the endpoint does not take, instead of silently ignoring them."""

    def validate(self, attrs):
        unknown = sorted(set(self.initial_data) - set(self.fields))
        if unknown:
            raise serializers.ValidationError({name: ["Unknown field."] for name in unknown})
        return attrs


class DesignListQuery(serializers.Serializer):
    """Query parameters of GET /v1/designs."""

    campaign_id = serializers.CharField(max_length=100, required=False)
    archived = serializers.BooleanField(required=False, default=False)
    sort = serializers.ChoiceField(choices=list(SORT_FIELDS), required=False,
                                   default="updatedAt")
    order = serializers.ChoiceField(choices=["asc", "desc"], required=False, default="desc")


class DesignCreateInput(StrictInput):
    """A new design: a format, optionally a brand kit, a campaign and a document."""

    title = serializers.CharField(max_length=200, required=False, default="Untitled design")
    format = serializers.ChoiceField(choices=[entry.id for entry in FORMATS],
                                     help_text="A format id of GET /v1/formats.")
    brand_kit_id = serializers.CharField(max_length=100, required=False, allow_null=True,
                                         default=None, help_text="One of your brand kits: "
                                         "its colours and fonts land in the document.")
    campaign_id = serializers.CharField(max_length=100, required=False, allow_null=True,
                                        default=None, help_text="One of your campaigns.")
    design_json = serializers.JSONField(required=False, default=None, help_text=DOCUMENT_HELP)
    creative_concept = serializers.CharField(max_length=64, required=False, allow_blank=True,
                                             default="")


class DesignUpdateInput(StrictInput):
    """The fields of a design that PATCH changes (at least one)."""

    title = serializers.CharField(max_length=200, required=False)
    design_json = serializers.JSONField(required=False, help_text=DOCUMENT_HELP)
    is_archived = serializers.BooleanField(required=False)
    campaign_id = serializers.CharField(max_length=100, required=False, allow_null=True,
                                        help_text="One of your campaigns; null unlinks.")

    def validate(self, attrs):
        attrs = super().validate(attrs)
        if not attrs:
            raise serializers.ValidationError(
                {"body": ["Give at least one of: title, designJson, isArchived, campaignId."]})
        return attrs


class DesignDuplicateInput(StrictInput):
    """Options of a duplicate."""

    title = serializers.CharField(max_length=200, required=False,
                                  help_text='Default: "Copy of <title>".')


class ApplyPatchInput(StrictInput):
    """Patch operations to apply to the design document."""

    operations = serializers.ListField(
        child=serializers.JSONField(), allow_empty=True,
        help_text="Patch operations (remove_layer, update_layer, add_layer, move_layer, "
        "update_canvas, update_smart_asset), applied in order, all or nothing. Errors are keyed "
        "operations/<index>/... or designJson/... (the patched document).")


class DesignListItemOutput(ListModelSerializer):
    """A design as listed (no document)."""

    thumbnail_url = serializers.SerializerMethodField(help_text=THUMBNAIL_HELP)
    campaign_id = serializers.CharField(allow_null=True, read_only=True)

    class Meta:
        model = Design
        fields = ["id", "title", "format", "thumbnail_url", "is_archived", "campaign_id",
                  "version", "created_at", "updated_at"]

    @extend_schema_field({"type": "string", "format": "uri", "nullable": True})
    def get_thumbnail_url(self, design: Design) -> str | None:
        return design_thumbnail_url(design=design)


class DesignOutput(DesignListItemOutput):
    """A design with its document."""

    owner_id = serializers.CharField(read_only=True)
    brand_kit_id = serializers.CharField(source="brand_id", allow_null=True, read_only=True)
    design_json = serializers.JSONField(read_only=True, help_text=DOCUMENT_HELP)
    version = serializers.IntegerField(read_only=True,
                                       help_text='Starts at 1, +1 on every change; the ETag '
                                       'header is the quoted version ("3").')

    class Meta:
        model = Design
        fields = ["id", "owner_id", "campaign_id", "brand_kit_id", "title", "format",
                  "thumbnail_url", "design_json", "version", "creative_concept", "is_archived",
                  "created_at", "updated_at"]


def design_list_items_data(rows: list[DesignListRow]) -> list[WireDict]:
    """``DesignListItemOutput(design).data`` of each listed row on the wire (camelCase), built
    directly: a page lists twenty or more, and DRF's per-field machinery and the re-casing
    cost more than the rest of the request together (tests/designs/test_output_builders.py
    keeps them equal). The thumbnails' URLs share one expiry."""
    sign, _expires_at = asset_file_url_signer()
    return [WireDict(
        id=str(row.id),
        title=str(row.title),
        format=str(row.format),
        thumbnailUrl=(None if row.thumbnail_id is None or row.thumbnail_file is None
                      else sign(row.thumbnail_id, row.thumbnail_file)),
        isArchived=bool(row.is_archived),
        campaignId=None if row.campaign_id is None else str(row.campaign_id),
        version=int(row.version),
        createdAt=wire_time(row.created_at),
        updatedAt=wire_time(row.updated_at),
    ) for row in rows]


def design_data(design: Design) -> WireDict:
    """``DesignOutput(design).data`` on the wire (see design_list_item_data); the document
    passes through verbatim, as ever."""
    campaign_id, brand_id = design.campaign_id, design.brand_id
    return WireDict(
        id=str(design.id),
        ownerId=str(design.owner_id),
        campaignId=None if campaign_id is None else str(campaign_id),
        brandKitId=None if brand_id is None else str(brand_id),
        title=str(design.title),
        format=str(design.format),
        thumbnailUrl=design_thumbnail_url(design=design),
        designJson=design.design_json,
        version=int(design.version),
        creativeConcept=str(design.creative_concept),
        isArchived=bool(design.is_archived),
        createdAt=wire_time(design.created_at),
        updatedAt=wire_time(design.updated_at),
    )


class DesignRevisionListItemOutput(ListModelSerializer):
    """A revision as listed (no document)."""

    class Meta:
        model = DesignRevision
        fields = ["version", "title", "source", "created_at"]


class DesignRevisionOutput(DesignRevisionListItemOutput):
    """The design as it was at one version."""

    design_json = serializers.JSONField(read_only=True, help_text="The document at this "
                                        "version.")

    class Meta(DesignRevisionListItemOutput.Meta):
        fields = ["version", "title", "source", "design_json", "created_at"]


class DesignRevisionPageOutput(serializers.Serializer):
    """A page of revisions, newest first."""

    revisions = DesignRevisionListItemOutput(many=True)
    pagination = PaginationOutput()


class SafeAreaOutput(serializers.Serializer):
    """Insets in px from each canvas edge."""

    top = serializers.IntegerField()
    right = serializers.IntegerField()
    bottom = serializers.IntegerField()
    left = serializers.IntegerField()


class FormatOutput(serializers.Serializer):
    """A canvas format of the catalogue."""

    id = serializers.CharField()
    name = serializers.CharField()
    category = serializers.CharField(help_text="social, ads, print, web or video.")
    width = serializers.IntegerField(help_text="Canvas width, px at 1x.")
    height = serializers.IntegerField(help_text="Canvas height, px at 1x.")
    safe_area = SafeAreaOutput(help_text="Insets in px from each edge; keep text and logos "
                               "inside.")
    dpi = serializers.IntegerField(allow_null=True, help_text="Print formats only.")


class FormatListOutput(serializers.Serializer):
    """The formats catalogue."""

    formats = FormatOutput(many=True)
