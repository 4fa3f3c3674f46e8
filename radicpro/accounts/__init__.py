"""Users, authentication (JWT and API keys) and plans."""
