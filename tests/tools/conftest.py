"""Fixtures of the tools tests: a product photo of the user's and one of someone else's."""

import pytest

from tests.tools.factories import product_asset


@pytest.fixture
def product(user):
    return product_asset(user)


@pytest.fixture
def other_product(other_user):
    return product_asset(other_user)
