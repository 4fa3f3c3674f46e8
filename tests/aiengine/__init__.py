"""Tests for the offline AI engine: brief, palettes, layout, editor, smart images, lint."""
