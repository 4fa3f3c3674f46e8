"""Reading a prompt: its facts kept verbatim, its kind, language, colours and moods, and copy written from it."""

from aiengine.creative.reading.brief import read_brief

__all__ = ["read_brief"]
