"""Input and output shapes of the tools endpoints (snake_case; camelCase on the wire)."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from aiengine.serializers import GenerationOutput
from assets.selectors import asset_signed_url
from designs.selectors import design_thumbnail_url
from radicpro.jobs.models import Job

from .made import DesignMade, DesignsMade, ImageMade, ToolRun


class ToolOutput(serializers.Serializer):
    id = serializers.CharField(help_text="logo_maker, design_generator, smart_image, image_resizer, "
                               "background_swap.")
    name = serializers.CharField()
    category = serializers.CharField(help_text="design or image.")
    credits_per_use = serializers.IntegerField(help_text="Credits one run costs with the default inputs.")
    description = serializers.CharField()
    input_schema = serializers.JSONField(help_text="JSON Schema (2020-12) of `inputs`, passed verbatim.")
    estimated_time = serializers.IntegerField(help_text="Typical seconds a run takes.")
    output = serializers.CharField(help_text="What `itemId` of the result names: a design or an asset.")


class ToolListOutput(serializers.Serializer):
    tools = ToolOutput(many=True)


class ToolExecuteInput(serializers.Serializer):
    project_id = serializers.CharField(required=False, allow_null=True, max_length=64,
                                       help_text="A campaign (camp_...) the result is filed under.")
    inputs = serializers.JSONField(help_text="The tool's inputs, validated against its inputSchema "
                                   "(errors name `inputs.<field>`).")


class ToolResultOutput(serializers.Serializer):
    """The job result of a tool run (the 200 body; GET /v1/jobs/{jobId} `result`)."""

    # What every tool's result has (the schema shows these); each kind of thing made adds its
    # own fields below, and ToolRunOutput picks the one that renders a run (made.ToolRun).
    tool_id = serializers.CharField()
    item_id = serializers.CharField(source="made.item_id",
                                    help_text="The design (design_...) or asset (asset_...) made.")
    type = serializers.ChoiceField(choices=["design", "asset"], source="made.type")
    url = serializers.CharField(allow_null=True, help_text="A signed URL of the image or design preview.")
    formats = serializers.ListField(child=serializers.CharField(), source="made.formats",
                                    help_text="Formats the item can be had in (designs: via /v1/exports).")
    design_id = serializers.CharField(required=False, source="made.design_id")
    asset_id = serializers.CharField(required=False, source="made.asset_id")
    credits_used = serializers.IntegerField(source="job.credits_reserved")
    job_id = serializers.CharField(source="job.pk")


class ToolImageResultOutput(ToolResultOutput):
    # An image a tool made (made.ImageMade), with a freshly signed URL and how it was made.
    url = serializers.CharField(source="made.asset.url")
    url_expires_at = serializers.DateTimeField(source="made.asset.url_expires_at")
    width = serializers.IntegerField(source="made.asset.width", allow_null=True)
    height = serializers.IntegerField(source="made.asset.height", allow_null=True)
    provider = serializers.CharField(source="made.notes.provider", required=False)
    model = serializers.CharField(source="made.notes.model", required=False)
    source_asset_id = serializers.CharField(source="made.notes.source_asset_id", required=False)
    fit = serializers.CharField(source="made.notes.fit", required=False)

    def to_representation(self, instance: ToolRun):
        asset = instance.made.asset
        asset.url, asset.url_expires_at = asset_signed_url(asset=asset)
        return super().to_representation(instance)


class ToolDesignResultOutput(ToolResultOutput):
    # A design a tool made (made.DesignMade): its preview's URL, thumbnail, version and style.
    title = serializers.CharField(source="made.design.title")
    url = serializers.SerializerMethodField()
    thumbnail_url = serializers.SerializerMethodField()
    preview_asset_id = serializers.CharField(source="made.preview.pk", allow_null=True)
    version = serializers.IntegerField(source="made.design.version")
    style = serializers.CharField(source="made.notes.style", required=False)
    model = serializers.CharField(source="made.notes.model", required=False)

    def get_url(self, run: ToolRun) -> str | None:
        if run.made.preview is not None:
            url, _expires_at = asset_signed_url(asset=run.made.preview)
            return url
        return design_thumbnail_url(design=run.made.design)

    def get_thumbnail_url(self, run: ToolRun) -> str | None:
        return design_thumbnail_url(design=run.made.design)


class ToolDesignItemOutput(serializers.Serializer):
    id = serializers.CharField(source="pk")
    title = serializers.CharField()
    thumbnail_url = serializers.CharField(allow_null=True)


class ToolDesignsResultOutput(ToolResultOutput):
    # The designs of a generation (made.DesignsMade): the first is the item; how they were made.
    url = serializers.CharField(source="made.first.thumbnail_url", allow_null=True)
    thumbnail_url = serializers.CharField(source="made.first.thumbnail_url", allow_null=True)
    designs = ToolDesignItemOutput(many=True, source="made.generation.designs")
    generation = GenerationOutput(source="made.generation")

    def to_representation(self, instance: ToolRun):
        for design in instance.made.generation.designs:
            design.thumbnail_url = design_thumbnail_url(design=design)
        return super().to_representation(instance)


@extend_schema_field(ToolResultOutput)  # what every variant has, as POST .../execute shows it
class ToolRunOutput(serializers.BaseSerializer):
    """A tool job's result (made.ToolRun), in the shape of what the tool made."""

    VARIANTS = {ImageMade: ToolImageResultOutput, DesignMade: ToolDesignResultOutput,
                DesignsMade: ToolDesignsResultOutput}

    def to_representation(self, instance: ToolRun):
        return self.VARIANTS[type(instance.made)](instance, context=self.context).data


class ToolAcceptedOutput(serializers.Serializer):
    """202: the run is queued; poll GET /v1/jobs/{jobId}."""

    job_id = serializers.CharField()
    id = serializers.CharField()
    status = serializers.ChoiceField(choices=Job.Status.choices)
    progress = serializers.IntegerField()
    status_url = serializers.URLField()
    estimated_time = serializers.IntegerField(help_text="Typical seconds the run takes.")
