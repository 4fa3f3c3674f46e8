"""AI generation, editing, smart images and the assistant."""
