"""designs app."""
