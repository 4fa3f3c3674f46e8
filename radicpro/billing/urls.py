"""URLs of the billing app (under /v1/)."""

urlpatterns: list = []
