"""RFC 6901 JSON pointers built from path tokens."""

from __future__ import annotations


def escape_token(token: str | int) -> str:
    """One pointer token, with ``~`` and ``/`` escaped as RFC 6901 requires."""
    return str(token).replace("~", "~0").replace("/", "~1")


def join_pointer(*tokens: str | int) -> str:
    """The pointer for a path of keys and indices; no tokens is the root ("")."""
    return "".join("/" + escape_token(token) for token in tokens)


def child_pointer(pointer: str, *tokens: str | int) -> str:
    """``pointer`` extended by further tokens."""
    return pointer + join_pointer(*tokens)
