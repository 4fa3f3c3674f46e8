"""Tests of the export API (endpoints, jobs, storage, webhooks)."""
