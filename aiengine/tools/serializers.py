"""Input and output shapes of the tools endpoints (snake_case; camelCase on the wire)."""

from rest_framework import serializers

from radicpro.jobs.models import Job


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

    tool_id = serializers.CharField()
    item_id = serializers.CharField(help_text="The design (design_...) or asset (asset_...) made.")
    type = serializers.ChoiceField(choices=["design", "asset"])
    url = serializers.CharField(allow_null=True, help_text="A signed URL of the image or design preview.")
    formats = serializers.ListField(child=serializers.CharField(),
                                    help_text="Formats the item can be had in (designs: via /v1/exports).")
    design_id = serializers.CharField(required=False)
    asset_id = serializers.CharField(required=False)
    credits_used = serializers.IntegerField()
    job_id = serializers.CharField()


class ToolAcceptedOutput(serializers.Serializer):
    """202: the run is queued; poll GET /v1/jobs/{jobId}."""

    job_id = serializers.CharField()
    id = serializers.CharField()
    status = serializers.ChoiceField(choices=Job.Status.choices)
    progress = serializers.IntegerField()
    status_url = serializers.URLField()
    estimated_time = serializers.IntegerField(help_text="Typical seconds the run takes.")
