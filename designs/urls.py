"""URLs of the designs app (under /v1/)."""

urlpatterns: list = []
