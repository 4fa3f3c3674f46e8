"""Models of the assets app."""
