"""The render budget at save time: a layer's box and all boxes together, measured by the canvas."""

import pytest

from documents import DocumentInvalid, validate_document


def doc(*layers, width=1080, height=1080):
    return {"schemaVersion": "1.4",
            "canvas": {"width": width, "height": height,
                       "background": {"type": "color", "color": "#FFFFFF"}},
            "layers": list(layers)}


def rect(layer_id, x, y, w, h, **extra):
    return {"id": layer_id, "type": "shape", "shape": "rect", "position": {"x": x, "y": y},
            "size": {"width": w, "height": h}, "fill": {"type": "color", "color": "#FF0000"},
            **extra}


def errors(document) -> dict[str, str]:
    with pytest.raises(DocumentInvalid) as caught:
        validate_document(document)
    return {error["pointer"]: error["message"] for error in caught.value.errors}


def test_the_issue_design_is_refused_naming_each_layer():
    found = errors(doc(*(rect(f"r{n}", -5000, -5000, 12000, 12000, opacity=0.5)
                         for n in range(4))))
    assert set(found) == {f"/layers/{n}/size" for n in range(4)}
    assert "144,000,000" in found["/layers/0/size"] and "16×" in found["/layers/0/size"]


@pytest.mark.parametrize("side", [16000, 1e6, 1e12])
def test_huge_layers_are_refused(side):
    assert "/layers/0/size" in errors(doc(rect("huge", 0, 0, side, side)))


def test_a_thin_but_endless_layer_is_refused():
    assert "/layers/0/size" in errors(doc(rect("line", 0, 0, 1e9, 0.001)))


def test_a_huge_stroke_counts():
    layer = rect("ring", 0, 0, 1080, 1080, stroke={"color": "#000000", "width": 1000})
    validate_document(doc(layer))  # 3080² is within 16× the canvas
    small = doc(rect("ring", 0, 0, 100, 100, stroke={"color": "#000000", "width": 1000}),
                width=100, height=100)
    assert "/layers/0/size" in errors(small)


def test_a_layer_in_a_group_is_named_by_its_pointer():
    group = {"id": "g", "type": "group", "position": {"x": 0, "y": 0},
             "size": {"width": 100, "height": 100},
             "children": [rect("ok", 0, 0, 50, 50), rect("big", 0, 0, 20000, 20000)]}
    assert "/layers/0/children/1/size" in errors(doc(group))


@pytest.mark.parametrize("layer", [
    rect("bleed", -40, -40, 1160, 1160),                      # a background with bleed
    rect("rotated", -300, -300, 1680, 1680, rotation=45),     # covers the canvas when turned
    rect("zoomed", -1620, -1620, 4320, 4320, opacity=0.5),    # 4× each way: the budget's edge
    rect("banner", -2000, 500, 20000, 80),                    # long and thin
])
def test_legitimate_large_layers_are_accepted(layer):
    validate_document(doc(layer))


def test_all_layers_together_have_a_budget():
    many = [rect(f"overlay{n}", 0, 0, 1080, 1080, opacity=0.1) for n in range(70)]
    found = errors(doc(*many))
    assert set(found) == {"/layers"}
    assert "64×" in found["/layers"]
    validate_document(doc(*many[:60]))
