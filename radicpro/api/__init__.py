"""The HTTP contract shared by every app: envelope, errors, casing, paging, limits, ids."""
