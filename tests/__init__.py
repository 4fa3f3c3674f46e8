"""Radic Pro test suite."""
