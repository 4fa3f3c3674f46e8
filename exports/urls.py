"""URLs of the exports app (under /v1/)."""

urlpatterns: list = []
