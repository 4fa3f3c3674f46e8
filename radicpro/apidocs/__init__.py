"""The API's documentation in the OpenAPI document: summaries, tags, guides, examples, headers."""
