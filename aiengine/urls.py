"""URLs of the aiengine app (under /v1/)."""

urlpatterns: list = []
