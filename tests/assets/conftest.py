"""Fixtures of the asset tests: assets owned by each test user."""

import pytest

from tests.assets.factories import AssetFactory


@pytest.fixture
def asset(user):
    return AssetFactory(owner=user)


@pytest.fixture
def other_asset(other_user):
    return AssetFactory(owner=other_user)
