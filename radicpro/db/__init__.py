"""Database backends of our own (ENGINE names in radicpro.settings)."""
