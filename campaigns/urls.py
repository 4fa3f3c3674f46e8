"""URLs of the campaigns app (under /v1/)."""

urlpatterns: list = []
