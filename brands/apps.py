"""App config for brands."""

from django.apps import AppConfig


class BrandsConfig(AppConfig):
    name = "brands"
    label = "brands"
    verbose_name = "Brand kits"
