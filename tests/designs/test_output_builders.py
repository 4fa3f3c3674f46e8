"""The design list and detail bodies are built directly on the wire, and say exactly what the
output serializers (the schema's shapes) would after re-casing."""

import time

import pytest

from assets.services import asset_create_from_bytes
from designs.selectors import design_detail, design_list, designs_of
from designs.serializers import (
    DesignListItemOutput,
    DesignOutput,
    design_data,
    design_list_item_data,
)
from radicpro.api.casing import camelize
from tests.designs.factories import DesignFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def designs(user, brand, campaign, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1_900_000_000.0)  # the same signed-URL expiry
    plain = DesignFactory(owner=user, creative_concept="")
    linked = DesignFactory(owner=user, brand=brand, campaign=campaign, is_archived=True,
                           title="Ünïcode “title”", creative_concept="bold_split", version=7)
    linked.thumbnail = asset_create_from_bytes(owner=user, data=b"\x89PNG fake",
                                               type="thumbnail", filename="t.png",
                                               mime_type="image/png")
    linked.save()
    return [plain, linked]


def test_list_items_equal_the_serializer(user, designs):
    listed = list(design_list(user=user, include_archived=True))
    assert len(listed) == 2
    for design in listed:
        assert design_list_item_data(design) == camelize(DesignListItemOutput(design).data)
    assert any(design_list_item_data(design)["thumbnailUrl"] for design in listed)


def test_detail_equals_the_serializer(user, designs):
    for design in designs_of(user=user):
        built, serialized = design_data(design), camelize(DesignOutput(design).data)
        assert built == serialized
        assert list(built) == list(serialized)  # the same key order on the wire


def test_the_detail_read_loads_everything_it_shows_in_one_query(user, designs,
                                                                django_assert_num_queries):
    for design in designs_of(user=user):
        with django_assert_num_queries(1):
            built = design_data(design_detail(user=user, design_id=design.id))
        assert built == camelize(DesignOutput(design).data)
