"""Models of the designs app."""
