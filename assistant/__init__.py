"""The design assistant's conversations (the logic lives in aiengine.assistant)."""
