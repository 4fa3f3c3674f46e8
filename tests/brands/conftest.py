"""Fixtures of the brand tests: a brand kit per test user, a real font file."""

from pathlib import Path

import pytest

from tests.brands.factories import BrandKitFactory

FONTS_DIR = Path(__file__).resolve().parents[2] / "rendering" / "fonts"


@pytest.fixture
def brand(user):
    return BrandKitFactory(owner=user, is_default=True)


@pytest.fixture
def other_brand(other_user):
    return BrandKitFactory(owner=other_user, is_default=True)


@pytest.fixture
def ttf_bytes() -> bytes:
    return (FONTS_DIR / "Poppins" / "Poppins_700Bold.ttf").read_bytes()
