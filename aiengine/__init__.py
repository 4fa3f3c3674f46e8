"""AI generation, editing, smart images and the tools."""
