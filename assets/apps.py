"""App config for assets."""

from django.apps import AppConfig


class AssetsConfig(AppConfig):
    name = "assets"
    label = "assets"
    verbose_name = "Assets"

    def ready(self) -> None:
        from radicpro.backoffice.display import register_file_url

        from .admin import signed_file_url

        register_file_url(signed_file_url)
