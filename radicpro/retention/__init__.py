"""Retention: old rows and files purged per kind, on the scheduler, each run logged for the admin."""
