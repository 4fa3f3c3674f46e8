"""Migrations of the shared API package."""
