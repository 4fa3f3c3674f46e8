"""URLs of the brands app (under /v1/)."""

urlpatterns: list = []
