"""The multipart parser of the upload endpoints (camelCase field names in, snake_case out).

Same contract as `radicpro.api.parsers.CamelCaseMultiPartParser`, whose file renaming builds
`MultiValueDict(mutable=True)` and fails on every request with a file; this one builds the
file dict the way Django's does. Switch back once the shared parser is fixed.
"""

from django.http.multipartparser import MultiPartParserError
from django.utils.datastructures import MultiValueDict
from rest_framework.parsers import DataAndFiles, MultiPartParser

from radicpro.api.casing import to_snake
from radicpro.api.errors import ApiError, ErrorCode


class UploadMultiPartParser(MultiPartParser):
    """Multipart forms; field names arrive camelCase and leave snake_case."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            parsed = super().parse(stream, media_type, parser_context)
        except MultiPartParserError as exc:
            raise ApiError(ErrorCode.VALIDATION_ERROR, f"Malformed multipart body: {exc}") from exc
        data = type(parsed.data)(mutable=True)
        for key in parsed.data:
            data.setlist(to_snake(key), parsed.data.getlist(key))
        files = MultiValueDict()
        for key in parsed.files:
            files.setlist(to_snake(key), parsed.files.getlist(key))
        return DataAndFiles(data, files)
