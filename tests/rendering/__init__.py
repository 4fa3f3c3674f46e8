"""Golden-image and behaviour tests for the renderer."""
