"""Fact extraction: every fact of a tricky prompt is found, spelled exactly as written, with the right kind."""

import unicodedata

import pytest

from aiengine.creative.reading import read_brief
from aiengine.creative.reading.text import normalise
from tests.aiengine.reading.fact_tables import HELD_OUT, OWN, TUNED

# The research tables' kinds → the kinds a Brief's facts may carry.
KINDS = {
    "name": {"name", "organisation", "product", "venue", "place"},
    "alnum": {"code", "number"},
    "hashtag": {"handle"},
    "date": {"date", "deadline"},
}


def _check(prompt, expected):
    brief = read_brief(prompt)
    found = {(fact.kind, fact.text) for fact in brief.facts}
    colours = {colour.word for colour in brief.colours}
    for kind, values in expected.items():
        for value in values:
            if kind == "colour":
                assert value in colours, f"colour {value!r} not read in {prompt!r}: {sorted(colours)}"
                continue
            kinds = KINDS.get(kind, {kind})
            assert any(text == value and fact_kind in kinds for fact_kind, text in found), (
                f"{kind} {value!r} not kept verbatim in {prompt!r}: {sorted(found)}")


@pytest.mark.parametrize(("prompt", "expected"), TUNED, ids=[p[:40] for p, _ in TUNED])
def test_facts_of_the_tuned_table(prompt, expected):
    _check(prompt, expected)


@pytest.mark.parametrize(("prompt", "expected"), HELD_OUT, ids=[p[:40] for p, _ in HELD_OUT])
def test_facts_of_the_held_out_table(prompt, expected):
    _check(prompt, expected)


@pytest.mark.parametrize(("prompt", "expected"), OWN, ids=[p[:40] for p, _ in OWN])
def test_facts_of_our_table(prompt, expected):
    _check(prompt, expected)


@pytest.mark.parametrize("prompt", [p for p, _ in TUNED + HELD_OUT + OWN][::3])
def test_every_fact_is_a_slice_of_the_prompt(prompt):
    text = normalise(prompt)
    for fact in read_brief(prompt).facts:
        assert fact.text in text and unicodedata.is_normalized("NFC", fact.text)


def test_numbers_keep_their_digits_and_amounts_their_units():
    facts = {fact.text for fact in read_brief("Top 7 5G phones under ₹2.5 L, plans from $49/mo, 2BHK, 24/7").facts}
    assert {"7", "5G", "₹2.5 L", "$49/mo", "2BHK", "24/7"} <= facts


def test_a_deadline_keeps_the_date_as_written():
    facts = read_brief("Hiring: Senior Python Developer, apply by 30 June").facts
    assert [(fact.kind, fact.text) for fact in facts if fact.kind == "deadline"] == [("deadline", "30 June")]


def test_phone_numbers_are_read_in_the_prompts_region():
    us = read_brief("Open house Saturday, call 512-555-0142").facts
    assert [fact.value for fact in us if fact.kind == "phone"] == ["+15125550142"]
    india = read_brief("Call 98450 12345 for a site visit").facts
    assert [fact.value for fact in india if fact.kind == "phone"] == ["+919845012345"]


def test_request_words_are_not_names():
    names = {fact.text for fact in read_brief("Create An Instagram Post For Sharma Sweets Diwali Sale 20% Off").facts
             if fact.kind in KINDS["name"]}
    assert names == {"Sharma Sweets", "Diwali"}


@pytest.mark.parametrize(("prompt", "slot", "expected"), [
    # a quote keeps the apostrophes inside it and its own punctuation
    ("Review for Cut & Co: 'Best fade I've ever had!' - Rohan M., 5 stars", "headline", "Best fade I've ever had!"),
    # a Hindi attribution after a dash, with its honorific; the label before the colon is no name
    ("आज का विचार: 'सच्चाई ही सबसे बड़ा धर्म है' - स्वामी विवेकानंद", "attribution", "— स्वामी विवेकानंद"),
    ("ग्राहक की राय: 'बहुत बढ़िया सेवा' - रमेश जी, गुप्ता मोटर्स", "attribution", "— रमेश जी, गुप्ता मोटर्स"),
])
def test_quotes_and_their_authors_are_kept(prompt, slot, expected):
    copy = read_brief(prompt).copy
    assert getattr(copy, slot) == expected


@pytest.mark.parametrize(("prompt", "absent"), [
    ("X header for Oak & Ink design studio, oakandink.co", "X"),
    ("Story with the quote 'Fortune favours the bold' - Virgil", "Story"),
    ("Post with the quote 'Less is more' - Mies van der Rohe", "quote"),
])
def test_format_words_never_become_copy(prompt, absent):
    brief = read_brief(prompt)
    words = {word for _, text in brief.copy.filled() for word in text.replace(",", " ").split()}
    assert absent not in words and absent.lower() not in words


@pytest.mark.parametrize(("prompt", "kept"), [
    ("थंबनेल: 7 आदतें जो आपको अमीर बनाएंगी", "7 आदतें"),  # a count whose noun a clause describes stays whole
    ("Thumbnail: 4 foods that burn belly fat", "4 Foods"),
])
def test_a_thumbnail_keeps_a_counted_noun_with_its_number(prompt, kept):
    brief = read_brief(prompt)
    assert brief.kind == "thumbnail"
    assert kept in brief.copy.headline
