"""Fixtures of the HTTP provider tests: a running stand-in server, a recorded sleep, a brief."""

import pytest

from aiengine.creative.reading import read_brief
from aiengine.providers.base import LayoutRequest
from tests.standin import StandInServer

API_KEY = "sk-standin-SECRET-0123456789"


class Sleeps(list):
    """A `sleep` that records the seconds it was asked to wait instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def standin():
    with StandInServer() as server:
        yield server


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def layout_request() -> LayoutRequest:
    brief = read_brief("Instagram ad for Diwali electronics sale, 40% OFF, show headphones")
    return LayoutRequest(brief=brief, format_id="instagram_post", concept="offer_focus", variants=2)
