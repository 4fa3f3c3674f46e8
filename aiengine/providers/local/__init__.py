"""Local providers: offline, deterministic layout, edit and smart-image engines."""
