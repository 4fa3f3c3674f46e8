"""URLs of the assets app (under /v1/)."""

urlpatterns: list = []
