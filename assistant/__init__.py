"""The design assistant: its conversations (models, admin) and its logic (local and hosted)."""
