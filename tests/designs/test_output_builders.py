"""The design list and detail bodies are built directly on the wire, and say exactly what the
output serializers (the schema's shapes) would after re-casing."""

import time

import pytest

from assets.services import asset_create_from_bytes
from designs.selectors import DesignListing, design_detail, design_list, designs_of
from designs.serializers import (
    DesignListItemOutput,
    DesignOutput,
    design_data,
    design_list_items_data,
)
from radicpro.api.casing import camelize
from radicpro.api.wire import JsonText
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
    rows, _count = DesignListing(user=user, include_archived=True).rows(
        after_values=None, start=0, size=10)
    assert [row.id for row in rows] == [design.id for design in listed] and len(rows) == 2
    built = design_list_items_data(rows)
    assert built == [camelize(DesignListItemOutput(design).data) for design in listed]
    assert any(item["thumbnailUrl"] for item in built)


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
        document = built.pop("designJson")
        assert isinstance(document, JsonText)  # the stored text, written to the wire unparsed
        expected = camelize(DesignOutput(design).data)
        assert document.parsed() == expected.pop("designJson")
        assert built == expected
