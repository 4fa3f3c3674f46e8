"""The renderer's output-format table is the one list: exports, the schema and the tools follow it."""

import json

import pytest
from django.core.management import call_command

from aiengine.tools.catalogue import DESIGN_EXPORT_FORMATS, TOOLS
from exports.models import Export
from exports.serializers import ExportItemInput, ExportResultOutput
from exports.services import TRANSPARENT_FORMATS
from rendering import ACCEPTED_FORMAT_NAMES, FORMAT_NAMES, OUTPUT_FORMATS, RASTER_FORMAT_NAMES
from rendering.encode import ENCODERS


def test_every_composed_format_has_an_encoder():
    assert {fmt.name for fmt in OUTPUT_FORMATS if not fmt.vector} == set(ENCODERS)
    assert len({fmt.mime_type for fmt in OUTPUT_FORMATS}) == len(OUTPUT_FORMATS)


def test_export_choices_and_serializers_follow_the_table():
    assert [value for value, _label in Export._meta.get_field("format").choices] == list(FORMAT_NAMES)
    assert list(ExportItemInput().fields["format"].choices) == list(ACCEPTED_FORMAT_NAMES)
    assert list(ExportResultOutput().fields["format"].choices) == list(FORMAT_NAMES)
    assert set(ACCEPTED_FORMAT_NAMES) == {name for fmt in OUTPUT_FORMATS for name in (fmt.name, *fmt.aliases)}
    assert TRANSPARENT_FORMATS == tuple(fmt.name for fmt in OUTPUT_FORMATS if fmt.raster and fmt.alpha)


def test_the_tools_offer_the_table_formats():
    assert DESIGN_EXPORT_FORMATS == list(FORMAT_NAMES)
    assert TOOLS["image_resizer"].input_schema["properties"]["format"]["enum"] == list(RASTER_FORMAT_NAMES)


@pytest.mark.django_db
def test_the_openapi_enums_follow_the_table(tmp_path):
    out = tmp_path / "schema.json"
    call_command("spectacular", "--format", "openapi-json", "--file", str(out))
    schemas = json.loads(out.read_text())["components"]["schemas"]
    assert schemas["ExportFormatEnum"]["enum"] == list(FORMAT_NAMES)
    assert schemas["ExportRequestFormatEnum"]["enum"] == list(ACCEPTED_FORMAT_NAMES)
