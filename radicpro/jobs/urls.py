"""URLs of the jobs app (under /v1/)."""

urlpatterns: list = []
