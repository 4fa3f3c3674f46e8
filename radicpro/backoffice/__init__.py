"""The operators' back office: the admin site, its dashboard and the helpers every admin.py uses."""
