"""Models of the brands app."""
