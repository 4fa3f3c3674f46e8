"""How deeply a JSON text nests, measured before parsing (the parser itself would recurse)."""

import re

_STRING = re.compile(rb'"(?:[^"\\]++|\\.)*+"')
_NOT_BRACKETS = bytes(set(range(256)) - set(b"[]{}"))
_OPENERS = frozenset(b"[{")


def nests_deeper_than(raw: bytes, limit: int) -> bool:
    """Whether arrays and objects in `raw` nest more than `limit` deep (strings ignored).

    An unbalanced text counts by its open brackets: it is not valid JSON either way."""
    brackets = _STRING.sub(b"", raw).translate(None, _NOT_BRACKETS)
    if len(brackets) <= limit:
        return False
    depth = 0
    for bracket in brackets:
        if bracket in _OPENERS:
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False
