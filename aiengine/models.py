"""Models of the aiengine app."""
