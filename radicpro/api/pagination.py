"""The one paginator: page/limit in, `{"<plural>": [...], "pagination": {...}}` out."""

import math

from rest_framework import serializers
from rest_framework.pagination import BasePagination

from .errors import ApiError, ErrorCode

DEFAULT_LIMIT = 20
MAX_LIMIT = 100


def _positive_int(request, name: str, default: int, maximum: int | None = None) -> int:
    raw = request.query_params.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1 or (maximum is not None and value > maximum):
        bound = f" and at most {maximum}" if maximum else ""
        raise ApiError(
            ErrorCode.VALIDATION_ERROR,
            f"{name} must be a whole number of at least 1{bound}.",
            details={name: [f"Must be an integer from 1{' to ' + str(maximum) if maximum else ''}."]},
        )
    return value


class PaginationOutput(serializers.Serializer):
    """Where a page sits in the list (for views that page by hand and declare their body)."""

    page = serializers.IntegerField()
    limit = serializers.IntegerField()
    total = serializers.IntegerField()
    total_pages = serializers.IntegerField()


class PagePagination(BasePagination):
    """Pages a queryset with `page` (default 1) and `limit` (default 20, max 100)."""

    def paginate_queryset(self, queryset, request, view=None):
        self.limit = _positive_int(request, "limit", DEFAULT_LIMIT, MAX_LIMIT)
        self.page = _positive_int(request, "page", 1)
        self.total = queryset.count()
        self.list_key = getattr(view, "list_key", "results")
        start = (self.page - 1) * self.limit
        if start >= self.total:  # past the end: an empty page, never a huge SQL OFFSET
            return []
        return list(queryset[start:start + self.limit])

    def get_paginated_response(self, data):
        from rest_framework.response import Response

        return Response(
            {
                self.list_key: data,
                "pagination": {
                    "page": self.page,
                    "limit": self.limit,
                    "total": self.total,
                    "total_pages": math.ceil(self.total / self.limit) if self.total else 0,
                },
            }
        )

    def get_paginated_response_schema(self, schema):
        list_key = getattr(self, "list_key", "results")
        return {
            "type": "object",
            "required": [list_key, "pagination"],
            "properties": {
                list_key: schema,
                "pagination": {
                    "type": "object",
                    "required": ["page", "limit", "total", "total_pages"],
                    "properties": {
                        "page": {"type": "integer", "example": 1},
                        "limit": {"type": "integer", "example": 20},
                        "total": {"type": "integer", "example": 45},
                        "total_pages": {"type": "integer", "example": 3},
                    },
                },
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {"name": "page", "in": "query", "required": False,
             "description": "Page number (from 1).",
             "schema": {"type": "integer", "minimum": 1, "default": 1}},
            {"name": "limit", "in": "query", "required": False,
             "description": "Items per page.",
             "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT,
                        "default": DEFAULT_LIMIT}},
        ]
