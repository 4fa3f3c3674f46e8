"""Output fields cheap enough for long lists, writing exactly what DRF's would."""

import copy
from datetime import datetime
from typing import ClassVar

from django.db import models
from rest_framework import serializers

from .wire import wire_time


class WireDateTimeField(serializers.DateTimeField):
    """A timestamp as the wire writes it (wire.py), without DRF's per-value time-zone lookup.

    The same text as DRF's DateTimeField under the project's settings (TIME_ZONE "UTC",
    DATETIME_FORMAT the wire format), which looks the current time zone up for every value.
    """

    def to_representation(self, value):
        if isinstance(value, datetime):
            return wire_time(value)
        return super().to_representation(value)


class OutputModelSerializer(serializers.ModelSerializer):
    """A ModelSerializer whose model timestamps use WireDateTimeField, and whose fields are built
    from the model once a class: DRF's ModelSerializer introspects the model for every instance,
    which cost more than the rest of a small request (GET /v1/auth/me) together. Each instance
    gets its own copies (as DRF copies declared fields), built from the class's first."""

    serializer_field_mapping = {**serializers.ModelSerializer.serializer_field_mapping,
                                models.DateTimeField: WireDateTimeField}
    _built_fields: ClassVar[dict]  # set on each concrete class by its first instance

    def get_fields(self):
        cls = type(self)
        built = cls.__dict__.get("_built_fields")  # this class's own, never a parent's
        if built is None:
            built = super().get_fields()
            cls._built_fields = built
        return copy.deepcopy(built)


class ListModelSerializer(OutputModelSerializer):
    """An OutputModelSerializer for list items and such."""
