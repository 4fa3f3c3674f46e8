"""Tests of the shared API contract package."""
