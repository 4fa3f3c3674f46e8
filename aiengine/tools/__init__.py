"""AI tools: the catalogue of tools (GET /v1/tools) and the runners behind POST /v1/tools/{id}/execute."""
