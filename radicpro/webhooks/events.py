"""The webhook event catalogue: the event names clients can subscribe to."""

DESIGN_CREATED = "design.created"
DESIGN_EXPORTED = "design.exported"
SMART_IMAGE_COMPLETED = "smart_image.completed"
SMART_IMAGE_FAILED = "smart_image.failed"
JOB_COMPLETED = "job.completed"
JOB_FAILED = "job.failed"
CREDITS_LOW = "credits.low"

EVENT_TYPES: tuple[str, ...] = (
    DESIGN_CREATED,
    DESIGN_EXPORTED,
    SMART_IMAGE_COMPLETED,
    SMART_IMAGE_FAILED,
    JOB_COMPLETED,
    JOB_FAILED,
    CREDITS_LOW,
)

# Sent only by POST /v1/webhooks/{webhookId}/test, to that one endpoint; nobody subscribes to it.
PING = "ping"
