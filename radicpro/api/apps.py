"""App config for the shared API package."""

from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "radicpro.api"
    label = "radicpro_api"
    verbose_name = "API"

    def ready(self) -> None:
        from . import strict_types

        strict_types.install()
