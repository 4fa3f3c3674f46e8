"""The design assistant: slot filling, the local and hosted assistants, and the chat services."""
