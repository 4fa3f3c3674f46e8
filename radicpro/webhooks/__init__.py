"""Webhook endpoints, events and signed deliveries."""
