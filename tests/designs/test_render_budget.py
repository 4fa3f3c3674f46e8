"""The render budget through the API: a design over it is refused when saved, with the layer named;
one stored before the budget existed still cannot hurt the thumbnail worker."""

import pytest

from designs.models import Design
from designs.thumbnails import design_thumbnail_render
from tests.api_contract import assert_error, assert_success

pytestmark = pytest.mark.django_db


def issue_design(side=12000):
    """The probe's 920-byte design: four huge half-transparent rectangles on a 1080² canvas."""
    return {"schemaVersion": "1.4",
            "canvas": {"width": 1080, "height": 1080,
                       "background": {"type": "color", "color": "#FFFFFF"}},
            "layers": [{"id": f"r{n}", "type": "shape", "shape": "rect", "opacity": 0.5,
                        "position": {"x": -side / 2, "y": -side / 2},
                        "size": {"width": side, "height": side},
                        "fill": {"type": "color", "color": "#FF0000"}} for n in range(4)]}


def test_saving_the_issue_design_is_a_validation_error_naming_the_layer(api):
    error = assert_error(api.post("/v1/designs", {"format": "instagram_post",
                                                  "designJson": issue_design()}, format="json"),
                         400, "VALIDATION_ERROR")
    assert "designJson/layers/0/size" in error["details"]
    assert "16×" in error["details"]["designJson/layers/0/size"][0]
    assert not Design.objects.exists()


def test_a_patch_that_blows_the_budget_is_refused(api):
    created = assert_success(api.post("/v1/designs", {"format": "instagram_post"},
                                      format="json"), 201)
    operations = [{"op": "add_layer", "layer": issue_design(side=1e12)["layers"][0]}]
    error = assert_error(api.post(f"/v1/designs/{created['id']}/apply-patch",
                                  {"operations": operations}, format="json"),
                         400, "VALIDATION_ERROR")
    assert any(key.endswith("/size") for key in error["details"])


@pytest.mark.parametrize("side", [16000, 1e12])
def test_a_stored_over_budget_design_gets_no_thumbnail_and_no_crash(user, side):
    from tests.designs.factories import DesignFactory

    design = DesignFactory(owner=user)
    Design.objects.filter(pk=design.pk).update(design_json=issue_design(side), version=2)
    assert design_thumbnail_render(design_id=design.pk, version=2) is None
    assert Design.objects.get(pk=design.pk).thumbnail_id is None
