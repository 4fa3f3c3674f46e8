from typing import Literal

EventsEnum = Literal[
    "credits.low",
    "design.adapted",
    "design.created",
    "design.exported",
    "job.completed",
    "job.failed",
    "smart_image.completed",
    "smart_image.failed",
]

EVENTS_ENUM_VALUES: set[EventsEnum] = {
    "credits.low",
    "design.adapted",
    "design.created",
    "design.exported",
    "job.completed",
    "job.failed",
    "smart_image.completed",
    "smart_image.failed",
}


def check_events_enum(value: str) -> EventsEnum:
    if value in EVENTS_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENTS_ENUM_VALUES!r}")
