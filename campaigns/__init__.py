"""Campaigns that group designs."""
