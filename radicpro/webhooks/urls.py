"""URLs of the webhooks app (under /v1/)."""

urlpatterns: list = []
