"""Commands: load_demo."""
