"""AI providers: one small interface per capability (layout, edit, image), chosen by name."""
