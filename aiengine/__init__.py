"""aiengine app."""
