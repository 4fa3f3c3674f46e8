"""Tests of the S3 storage path."""
