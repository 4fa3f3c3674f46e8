"""Async job records and GET /v1/jobs."""
