"""Input and output shapes of the assistant endpoints (snake_case; camelCase on the wire)."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

CONTEXT_SCHEMA = {"type": "object", "additionalProperties": True,
                  "description": "Optional: projectId (or campaignId) files what is made under that "
                  "campaign (and uses its brand kit); designId is the design to edit.",
                  "properties": {"projectId": {"type": "string"}, "campaignId": {"type": "string"},
                                 "designId": {"type": "string"}}}


CONTEXT_KEYS = ("projectId", "campaignId", "designId")


@extend_schema_field(CONTEXT_SCHEMA)
class ContextField(serializers.JSONField):
    """The chat's context (passed verbatim: its keys are camelCase on the wire and here)."""

    def to_internal_value(self, data):
        value = super().to_internal_value(data)
        if value is None:
            return value
        if not isinstance(value, dict):
            raise serializers.ValidationError("Must be an object.")
        wrong = [key for key in CONTEXT_KEYS if key in value and not isinstance(value[key], str)]
        if wrong:
            raise serializers.ValidationError(
                {key: ["Must be a string."] for key in wrong})
        return value


class ChatMessageInput(serializers.Serializer):
    message = serializers.CharField(max_length=4000, trim_whitespace=True)
    context = ContextField(required=False, allow_null=True)


class ChatDesignOutput(serializers.Serializer):
    id = serializers.CharField()
    title = serializers.CharField()
    thumbnail_url = serializers.CharField(allow_null=True)


class ChatStateOutput(serializers.Serializer):
    intent = serializers.CharField(allow_null=True, help_text="logo, social_post, ad or edit.")
    name = serializers.CharField(allow_null=True)
    offer = serializers.CharField(allow_null=True)
    colors = serializers.ListField(child=serializers.CharField(), help_text="#RRGGBB, in order of mention.")
    style = serializers.CharField(allow_null=True)
    format = serializers.CharField(allow_null=True)
    business = serializers.CharField(allow_null=True)
    awaiting = serializers.CharField(allow_null=True, help_text="The piece the assistant just asked for.")


class ChatReplyOutput(serializers.Serializer):
    chat_id = serializers.CharField()
    reply = serializers.CharField()
    suggestions = serializers.ListField(child=serializers.CharField())
    designs = ChatDesignOutput(many=True, help_text="The designs this turn made or edited.")
    patch = serializers.JSONField(allow_null=True, help_text="The operations applied by an edit, with "
                                  "baseVersion and the new version (passed verbatim).")
    state = ChatStateOutput()
    job_id = serializers.CharField(allow_null=True, help_text="The job that made this turn's designs "
                                   "(GET /v1/jobs/{jobId}); null when the turn made nothing.")
    pending = serializers.BooleanField(help_text="True when that job was still running at the answer: its "
                                       "designs join the history once it finishes.")


class ChatTurnOutput(serializers.Serializer):
    role = serializers.ChoiceField(choices=["user", "assistant"])
    content = serializers.CharField()
    created_at = serializers.DateTimeField()
    design_ids = serializers.ListField(child=serializers.CharField())
    suggestions = serializers.ListField(child=serializers.CharField())


class ChatHistoryOutput(serializers.Serializer):
    chat_id = serializers.CharField()
    messages = ChatTurnOutput(many=True)
