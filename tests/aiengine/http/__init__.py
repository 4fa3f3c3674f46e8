"""Tests of the HTTP AI providers against the local stand-in server."""
