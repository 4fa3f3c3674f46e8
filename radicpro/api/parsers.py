"""Request parsers: JSON (strict, camelCase in) and multipart (camelCase field names in)."""

import json
from typing import Any

from django.conf import settings
from django.http import QueryDict
from django.http.multipartparser import MultiPartParserError
from django.utils.datastructures import MultiValueDict
from rest_framework.parsers import DataAndFiles, JSONParser, MultiPartParser

from .casing import to_snake, underscoreize
from .errors import ApiError, ErrorCode
from .jsondepth import nests_deeper_than
from .strict_types import JsonBody


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not valid JSON")


class CamelCaseJSONParser(JSONParser):
    """Parses strict JSON (no NaN/Infinity, at most RADICPRO_MAX_JSON_DEPTH levels deep) and
    converts keys to snake_case."""

    def parse(self, stream, media_type=None, parser_context=None):
        encoding = (parser_context or {}).get("encoding", settings.DEFAULT_CHARSET)
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        raw = stream.read(limit + 1) if stream is not None else b""
        if len(raw) > limit:
            raise ApiError(
                ErrorCode.PAYLOAD_TOO_LARGE,
                f"Request body is larger than {limit} bytes.",
                details={"maxBytes": limit},
            )
        depth = settings.RADICPRO_MAX_JSON_DEPTH
        if nests_deeper_than(raw, depth):
            raise ApiError(ErrorCode.INVALID_JSON,
                           f"The JSON body is nested more than {depth} levels deep.",
                           details={"maxDepth": depth})
        try:
            text = raw.decode(encoding)
            data = json.loads(text, parse_constant=_reject_constant) if text.strip() else {}
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiError(
                ErrorCode.INVALID_JSON, f"Malformed JSON in request body: {exc}"
            ) from exc
        data = underscoreize(data)
        return JsonBody(data) if isinstance(data, dict) else data


class CamelCaseMultiPartParser(MultiPartParser):
    """Multipart forms; field names arrive camelCase and leave snake_case."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            parsed = super().parse(stream, media_type, parser_context)
        except MultiPartParserError as exc:
            raise ApiError(ErrorCode.VALIDATION_ERROR, f"Malformed multipart body: {exc}") from exc
        data: QueryDict = type(parsed.data)(mutable=True)
        for key in parsed.data:
            data.setlist(to_snake(key), parsed.data.getlist(key))
        files: MultiValueDict[str, Any] = MultiValueDict()
        for key in parsed.files:
            files.setlist(to_snake(key), parsed.files.getlist(key))
        return DataAndFiles(data, files)
