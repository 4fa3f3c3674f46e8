"""Fixtures of the campaign tests: a brand kit and a campaign owned by `user`."""

import pytest

from tests.brands.factories import BrandKitFactory
from tests.campaigns.factories import CampaignFactory


@pytest.fixture
def brand(user):
    return BrandKitFactory(owner=user)


@pytest.fixture
def campaign(user):
    return CampaignFactory(owner=user)
