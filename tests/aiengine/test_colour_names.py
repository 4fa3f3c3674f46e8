"""Colour words: the maintained lists and a Hindi table, read only where they name a colour of the design."""

import pytest

from aiengine.creative.color_names import (
    COLOUR_NAMES,
    colour_hex,
    colour_name,
    find_color,
    find_colours,
)
from aiengine.creative.colors import relative_luminance


def test_names_come_from_the_maintained_lists():
    assert len(COLOUR_NAMES) > 900
    assert {"burgundy", "champagne", "saffron", "mustard", "charcoal", "navy blue", "rebecca purple"} <= set(COLOUR_NAMES)
    assert COLOUR_NAMES["gold"] == COLOUR_NAMES["golden"] == "#D4AF37"  # the metallic gold designers mean
    assert COLOUR_NAMES["terracotta"] and COLOUR_NAMES["rose gold"]


@pytest.mark.parametrize(("text", "words"), [
    ("Red And Gold Theme", ["Red", "Gold"]),
    ("birthday poster in pastel pink and gold theme for Anaya", ["pastel pink", "gold"]),
    ("navy blue background with white text", ["navy blue", "white"]),
    ("wedding invite, gold and ivory", ["gold", "ivory"]),
    ("Eid card, elegant emerald and gold", ["emerald", "gold"]),
    ("poster in teal with coral accents", ["teal", "coral"]),
    ("लाल और सुनहरे रंग में दिवाली पोस्टर", ["लाल", "सुनहरे"]),
    ("नीली थीम, हरे रंग के साथ", ["नीली", "हरे"]),
    ("Black Friday sale in Orange County", []),
    ("Party in Green Park, Sunday", []),
    ("22K gold coins from ₹6,500/gram", []),
    ("Mango Lassi ₹99 at Olive Bistro", []),
    ("chocolate cake with vanilla frosting", []),
    ("Warm wishes from the team", []),
])
def test_colour_words_count_only_in_a_colour_context(text, words):
    assert [mention.word for mention in find_colours(text)] == words


def test_an_occasion_span_is_never_a_colour():
    text = "black friday sale, black and yellow"
    found = find_colours(text, taken=((0, 12),))
    assert [(mention.word, mention.start) for mention in found] == [("black", 19), ("yellow", 29)]


def test_modifiers_and_hindi_words_give_their_colour():
    assert relative_luminance(colour_hex("pastel teal")) > relative_luminance(colour_hex("teal")) * 2
    assert relative_luminance(colour_hex("deep coral")) < relative_luminance(colour_hex("coral"))
    assert colour_hex("सुनहरे") == colour_hex("सुनहरा") == COLOUR_NAMES["gold"]
    assert colour_hex("#0af") == "#00AAFF" and colour_hex("sunset glow") is None


def test_editing_instructions_name_colours_wherever_they_stand():
    assert find_color("make the CTA gold") == COLOUR_NAMES["gold"]
    assert find_color("make the background #123456") == "#123456"
    assert find_color("change the headline to Summer Sunset Sale") is None
    assert colour_name(COLOUR_NAMES["navy"]) == "navy"
