"""ETag and If-Match for designs: the ETag is the quoted version, e.g. ``"3"``."""

import re

from radicpro.api.errors import ApiError, ErrorCode

_TAG = re.compile(r'^"?([0-9]{1,10})"?$')


def etag_for(version: int) -> str:
    return f'"{version}"'


def parse_if_match(header: str | None) -> int | None:
    """The version an If-Match header expects, or None (no header, or ``*``: any version).

    Accepts one strong ETag (``"3"``; a bare ``3`` too). A weak, malformed or multi-valued
    header is a VALIDATION_ERROR (400) naming If-Match."""
    if header is None:
        return None
    value = header.strip()
    if value == "*":
        return None
    match = _TAG.match(value)
    if match is None or value.count('"') not in (0, 2):
        raise ApiError(
            ErrorCode.VALIDATION_ERROR,
            'If-Match must be one ETag of this design, e.g. "3" (as sent in its ETag header).',
            details={"If-Match": ['Expected one strong ETag such as "3".']},
        )
    return int(match.group(1))
