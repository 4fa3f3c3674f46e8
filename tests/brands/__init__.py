"""Tests of the brands app."""
