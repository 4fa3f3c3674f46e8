"""Fixtures of the design tests: a design, a brand kit and a campaign owned by `user`."""

import pytest

from tests.brands.factories import BrandKitFactory
from tests.campaigns.factories import CampaignFactory
from tests.designs.factories import DesignFactory


@pytest.fixture
def design(user):
    return DesignFactory(owner=user)


@pytest.fixture
def brand(user):
    return BrandKitFactory(owner=user, name="VoltSound")


@pytest.fixture
def campaign(user):
    return CampaignFactory(owner=user)
