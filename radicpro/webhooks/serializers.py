"""Input and output shapes of the webhook endpoints (snake_case; camelCase on the wire)."""

from rest_framework import serializers

from radicpro.api.fields import ListModelSerializer
from radicpro.api.pagination import PaginationOutput

from .events import EVENT_TYPES
from .models import WebhookDelivery, WebhookEndpoint

EVENTS_HELP = "Events to receive, listed one by one: " + ", ".join(EVENT_TYPES) + "."


class _EventsField(serializers.ListField):
    def __init__(self, **kwargs):
        child = serializers.ChoiceField(choices=EVENT_TYPES, error_messages={
            "invalid_choice": '"{input}" is not an event; choose from: '
                              + ", ".join(EVENT_TYPES) + "."})
        super().__init__(child=child, allow_empty=False, max_length=len(EVENT_TYPES) * 2,
                         help_text=EVENTS_HELP, **kwargs)


class WebhookCreateInput(serializers.Serializer):
    url = serializers.CharField(max_length=2000, help_text="A public http(s) URL.")
    events = _EventsField()
    secret = serializers.CharField(
        min_length=16, max_length=128, required=False, trim_whitespace=False,
        help_text="Your signing secret; omit it to get a generated whsec_... secret.")
    description = serializers.CharField(max_length=500, required=False, allow_blank=True,
                                        default="")


class WebhookUpdateInput(serializers.Serializer):
    url = serializers.CharField(max_length=2000, required=False)
    events = _EventsField(required=False)
    description = serializers.CharField(max_length=500, required=False, allow_blank=True)
    is_active = serializers.BooleanField(
        required=False, help_text="Turning a disabled webhook back on clears its failure count.")


class WebhookOutput(ListModelSerializer):
    events = serializers.ListField(child=serializers.ChoiceField(choices=EVENT_TYPES))

    class Meta:
        model = WebhookEndpoint
        fields = ["id", "url", "events", "description", "is_active", "disabled_reason",
                  "failure_count", "created_at", "updated_at"]


class WebhookCreatedOutput(WebhookOutput):
    secret = serializers.CharField(help_text="The signing secret. Shown once; store it now.")

    class Meta(WebhookOutput.Meta):
        fields = [*WebhookOutput.Meta.fields, "secret"]


class AttemptOutput(serializers.Serializer):
    attempt = serializers.IntegerField()
    at = serializers.DateTimeField()
    response_code = serializers.IntegerField(allow_null=True)
    error = serializers.CharField()
    duration_ms = serializers.IntegerField()


class DeliveryOutput(ListModelSerializer):
    webhook_id = serializers.CharField(source="endpoint_id")
    event_id = serializers.CharField()
    event_type = serializers.CharField(source="event.type")
    attempt_log = AttemptOutput(many=True, help_text="Every attempt, oldest first.")

    class Meta:
        model = WebhookDelivery
        fields = ["id", "webhook_id", "event_id", "event_type", "status", "is_redelivery",
                  "attempts", "response_code", "error", "response_body", "duration_ms",
                  "next_attempt_at", "attempt_log", "created_at", "updated_at"]


class DeliveryPageOutput(serializers.Serializer):
    deliveries = DeliveryOutput(many=True)
    pagination = PaginationOutput()
