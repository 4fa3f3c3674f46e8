"""The design evaluation: a sound prompt set, checks that see what they claim to see, and a runner that works."""

import io
import json
from collections import Counter

import pytest
from PIL import Image, ImageDraw

from aiengine.creative.model import KIND_IDS
from aiengine.evaluate.designs import checks
from aiengine.evaluate.designs.promptset import load_prompt_set
from documents import get_format

SET = load_prompt_set()


def test_the_set_covers_every_kind_in_english_and_hindi_with_mixed_formats():
    cases = SET.cases
    assert len(cases) >= 80
    assert len({case.id for case in cases}) == len(cases)
    kinds = Counter(case.kind for case in cases)
    assert set(kinds) == set(KIND_IDS) and min(kinds.values()) >= 5
    assert {case.language for case in cases} == {"en", "hi"}
    assert sum(case.language == "hi" for case in cases) >= 16
    formats = {case.format for case in cases}
    assert {"instagram_story", "whatsapp_status", "facebook_cover", "youtube_thumbnail", "linkedin_post"} <= formats
    assert sum(case.brand is not None for case in cases) >= 8
    assert sum(case.photo is not None for case in cases) >= 4


def test_every_case_is_well_formed():
    for case in SET.cases:
        assert get_format(case.format) is not None, case.id
        assert case.facts, case.id
        for fact in case.facts:
            assert fact in case.prompt, (case.id, fact)  # facts are verbatim
        for colour in case.colours:
            assert colour.word.casefold() in case.prompt.casefold(), (case.id, colour.word)
            assert colour.hex.startswith("#") and len(colour.hex) == 7


def _png(*fills, size=(100, 100)):
    """A PNG of horizontal bands: (colour, share of the height)."""
    image = Image.new("RGB", size, "#FFFFFF")
    draw, y = ImageDraw.Draw(image), 0
    for colour, share in fills:
        height = round(size[1] * share)
        draw.rectangle((0, y, size[0], y + height), fill=colour)
        y += height
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@pytest.mark.parametrize(("pixel", "named", "same"), [
    ("#0B1F5B", "#000080", True),    # a dark navy is navy
    ("#C9A227", "#FFD700", True),    # an old gold is gold
    ("#FF8C1A", "#FFA500", True),
    ("#1E8C4E", "#50C878", True),    # a deep emerald
    ("#111111", "#000000", True),
    ("#FFD700", "#000080", False),
    ("#FFFFFF", "#FFD700", False),   # white is not gold
    ("#808080", "#FF0000", False),
    ("#800000", "#FFC0CB", False),   # maroon is not pink
])
def test_colour_families(pixel, named, same):
    assert checks.same_family(checks._rgb(pixel), named) is same


def test_a_named_colour_must_be_dominant_in_the_pixels():
    assert checks.colour_honoured(_png(("#008080", 0.3)), "#008080")
    assert not checks.colour_honoured(_png(("#008080", 0.03)), "#008080")


def test_facts_and_echoed_request_words_are_read_from_the_text_layers():
    doc = {"canvas": {"width": 100, "height": 100}, "layers": [
        {"id": "h", "type": "text", "text": "Instagram\nPriya & Arjun"},
        {"id": "g", "type": "group", "children": [{"id": "d", "type": "text", "text": "14 Feb 2027 · 7 PM"}]},
        {"id": "x", "type": "text", "text": "The Leela Palace", "visible": False}]}
    prompt = "Instagram post for Priya & Arjun, 14 Feb 2027, 7 pm, The Leela Palace, make it gold"

    assert checks.missing(doc, ["Priya & Arjun", "14 Feb 2027", "7 pm", "The Leela Palace"]) == ["The Leela Palace"]
    words = checks.request_words(prompt, ("make",), ["Priya & Arjun"])
    assert words == ["instagram", "make", "post"]
    assert checks.echoed(doc, words) == ["instagram"]


def _layered(role_box, *, meta=None, smart=None):
    x, y, w, h = role_box
    layer = {"id": "img", "type": "image", "role": "product", "position": {"x": x, "y": y},
             "size": {"width": w, "height": h}, "smartAssetId": "smart_product"}
    return {"meta": meta or {}, "canvas": {"width": 100, "height": 100}, "smartAssets": smart or {},
            "layers": [{"id": "bg", "type": "shape", "role": "background", "position": {"x": 0, "y": 0},
                        "size": {"width": 100, "height": 100}}, layer]}


def test_three_templates_by_recorded_id_or_by_layout():
    a, b = _layered((0, 0, 50, 50)), _layered((50, 50, 50, 50))
    assert checks.template_of(a) != checks.template_of(b)
    assert checks.template_of(a) == checks.template_of(_layered((2, 2, 48, 48)))
    assert checks.template_of(_layered((0, 0, 50, 50), meta={"template": "invite-arch"})) == "template:invite-arch"


def test_a_subject_is_shown_when_recorded_on_the_image_and_drawn():
    recorded = {"smart_product": {"recipe": {"prompt": "x", "subject": "headphones"}}}
    drawn = _png(("#7A3DFF", 0.2), ("#222222", 0.2))
    flat = _png(("#EEEEEE", 1.0))

    assert checks.subject_shown(_layered((0, 0, 100, 60), smart=recorded), drawn, subject="headphones")
    assert not checks.subject_shown(_layered((0, 0, 100, 60), smart=recorded), flat, subject="headphones")
    assert not checks.subject_shown(_layered((0, 0, 100, 60)), drawn, subject="headphones")  # a podium says nothing


def test_a_product_photo_is_shown_when_its_colour_is_in_the_image_layer():
    photo = _png(("#FFFFFF", 0.2), ("#2BD94A", 0.3))
    assert checks.subject_shown(_layered((0, 0, 100, 60)), photo, subject="", photo_colour="#2BD94A")
    assert not checks.subject_shown(_layered((0, 0, 100, 15)), photo, subject="", photo_colour="#2BD94A")


@pytest.mark.django_db
def test_the_runner_generates_exports_and_scores_through_the_services(tmp_path):
    from aiengine.evaluate.designs.runner import run

    report = run(out=tmp_path, only="hire-brand")

    [result] = report["results"]
    assert result["error"] == "" and len(result["variants"]) == 3
    assert result["request_words"] == []
    for variant in result["variants"]:
        image = Image.open(tmp_path / variant["png"])
        assert image.size == (1200, 630)
        assert set(variant["colours"]) == {"brand primary"}
    assert (tmp_path / "contact-sheet.png").exists()
    saved = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert [row["metric"] for row in saved["summary"]][:3] == ["prompts run (generation failures)", "facts kept",
                                                               "request words echoed"]
