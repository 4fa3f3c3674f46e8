"""The subject index: English and Hindi words find the subject, its art is vendored and licensed."""

import pytest

from aiengine.creative.art import (
    art_svg,
    find_subject,
    load_subjects,
    subject_by_id,
    subject_in_prompt,
)
from aiengine.creative.art.index import ART_DIR, HERE, normalise
from aiengine.creative.kinds import KINDS
from aiengine.creative.reading import read_brief

WORDS = [
    # (word or phrase, subject id)
    ("headphones", "headphones"), ("हेडफ़ोन", "headphones"), ("हेडफोन", "headphones"),
    ("shoes", "shoes"), ("जूते", "shoes"), ("Sneakers", "sneakers"),
    ("pasta", "pasta"), ("spaghetti", "pasta"), ("पास्ता", "pasta"),
    ("chai", "tea"), ("चाय", "tea"), ("masala chai", "tea"),
    ("rings", "ring"), ("अंगूठी", "ring"), ("jewellery", "ring"),
    ("lantern", "lantern"), ("लालटेन", "lantern"), ("diya", "diya"), ("दीये", "diya"),
    ("shield", "shield"), ("insurance", "shield"), ("बीमा", "shield"),
    ("laptop", "laptop"), ("लैपटॉप", "laptop"),
    ("house", "house"), ("villas", "house"), ("मकान", "house"), ("घर", "house"),
    ("guitar", "guitar"), ("गिटार", "guitar"),
    ("yoga", "yoga"), ("योग", "yoga"), ("bottle", "bottle"), ("बोतल", "bottle"),
    ("cake", "cake"), ("केक", "cake"), ("coffee", "coffee"), ("कॉफ़ी", "coffee"), ("कॉफी", "coffee"),
    ("car", "car"), ("कार", "car"), ("phone", "phone"), ("मोबाइल", "phone"),
    ("books", "book"), ("किताबें", "book"), ("flowers", "flowers"), ("फूल", "flowers"),
    ("gift", "gift"), ("उपहार", "gift"), ("T-shirts", "tshirt"), ("ice-cream", "ice cream"),
    ("parties", "balloon"), ("ice cream", "ice cream"), ("Valentine's", "heart"),
]


@pytest.mark.parametrize(("word", "subject_id"), WORDS)
def test_a_word_finds_its_subject(word, subject_id):
    subject = find_subject(word)
    assert subject is not None and subject.id == subject_id


@pytest.mark.parametrize("word", ["", "xyzzy", "the", "और", "50% off"])
def test_words_that_name_nothing_find_nothing(word):
    assert find_subject(word) is None


PROMPTS = [
    ("Diwali sale on wireless headphones, 40% off", "headphones"),  # a naming word beats the festival
    ("Happy Diwali from the Mehta family", "diya"),  # only a theme word: the festival's art
    ("दिवाली पर मिठाई 20% छूट", "sweets"),
    ("Flat 50% off on sneakers this weekend", "sneakers"),  # "flat" (a discount) is no house
    ("3BHK flats for sale in Pune", "house"),
    ("Free delivery on all pizzas", "pizza"),
    ("Summer collection of t-shirts", "tshirt"),
    ("Join our yoga class every Sunday", "yoga"),
    ("हमारे नए फ़ोन पर भारी छूट", "phone"),
    ("गरमा गरम चाय और समोसे", "tea"),
    ("Eid Mubarak to all our customers", "moon"),
    ("I love ice-cream sundaes", "ice cream"),
    ("Quarterly board meeting minutes", None),
]


@pytest.mark.parametrize(("prompt", "subject_id"), PROMPTS)
def test_the_subject_of_a_prompt(prompt, subject_id):
    subject = subject_in_prompt(prompt)
    assert (subject.id if subject else None) == subject_id


@pytest.mark.parametrize(("prompt", "subject_id"), [
    ("Diwali sale on wireless headphones, 40% off", "headphones"),
    ("Sharma Sweets दिवाली पर 20% छूट", "sweets"),  # a shop's name tells more than a festival
    ("Show a steaming cup of chai, monsoon offer 10% off", "tea"),
    ("गिटार क्लास में दाखिला शुरू, पहला सत्र मुफ़्त", "guitar"),
    ("नए जूते सिर्फ ₹999 में", "shoes"),
])
def test_read_brief_gives_an_index_id(prompt, subject_id):
    brief = read_brief(prompt)
    assert brief.subject == subject_id
    assert subject_by_id(brief.subject) is not None


def test_the_index_is_large_consistent_and_its_art_vendored():
    subjects = load_subjects()
    assert len(subjects) >= 150
    seen: dict[str, str] = {}
    for subject in subjects:
        assert subject.words.get("en") and subject.words.get("hi"), subject.id
        for group in (subject.words, subject.themes):
            for words in group.values():
                for word in words:
                    key = normalise(word)
                    assert seen.setdefault(key, subject.id) == subject.id, f"{word!r} names {seen[key]} and {subject.id}"
        for name in subject.art:
            assert art_svg(name).startswith(b"<svg ")
    vendored = {path.stem for path in ART_DIR.glob("*.svg")}
    assert vendored == {name for subject in subjects for name in subject.art}  # only the indexed subset
    assert len(vendored) <= 400
    assert "MIT License" in (HERE / "LICENSE").read_text()


def test_only_vendored_names_are_read():
    with pytest.raises(KeyError):
        art_svg("../subjects")
    with pytest.raises(KeyError):
        art_svg("not-an-artwork")


# (prompt, subject id): the thing the prompt is about, not the first word the index knows. Phrased unlike the
# evaluation's prompts on purpose.
ABOUT = [
    ("Flash sale on 4G smartphones, today only", "phone"),  # "flash sale" pictures the offer, not the thing
    ("Lightning deals on running shoes", "sneakers"),
    ("A hot bowl of ramen noodles for ₹199 at Tokyo Diner", "pasta"),  # a bowl gives way to what it holds
    ("Gaming laptops at the best price", "laptop"),  # the head of a compound
    ("Meet the new Galaxy S25, pre-book now", "phone"),  # a model line before a model number
    ("Pixel Perfect Studio: websites that convert", ""),  # "Pixel" without a number is no phone
    ("Black Friday on Nimbus Pro plans, nimbus.io/deal", ""),  # a URL and a name are not lemons
    ("Grand opening of Gupta Sweets, 5 Dec", "sweets"),  # the shop's trade beats the opening's confetti
    ("Now open: Bright Smile Dental Clinic in Noida", "tooth"),  # the specialty beats the clinic
    ("Cooking video: 5-minute paneer wrap", "taco"),
    ("Winter menu at Café Aroma: Hazelnut Mocha ₹210, coral and cream", "coffee"),  # a dish's name, no colour word
    ("Yoga teacher training in Goa", "yoga"),
    ("5 ways to save water at home", "water"),  # where it happens is not what it is about
    ("होली पर कपड़ों की सेल, 40% तक छूट", "dress"),
    ("नया लॉन्च: विटामिन सी सीरम, ₹499", "skincare"),
    ("संगीत संध्या, रविवार शाम 7 बजे", "music"),
    ("Webinar: 'Cloud security basics', speaker Asha Rao, 3 PM IST", "shield"),  # a title, not a loudspeaker
    ("Bluetooth speaker sale, 30% off", "speaker"),
]


@pytest.mark.parametrize(("prompt", "subject_id"), ABOUT, ids=[p[:40] for p, _ in ABOUT])
def test_the_subject_is_what_the_prompt_is_about(prompt, subject_id):
    brief = read_brief(prompt)
    if brief.kind in ("sale", "launch", "event", "menu", "real_estate", "webinar", "education", "announcement") \
            and not subject_id:
        subject_id = KINDS[brief.kind].subject  # nothing named: the kind's own picture
    assert brief.subject == subject_id


@pytest.mark.parametrize(("prompt", "kind"), [
    ("Introducing the Zorblax 3000, available 1 May", "launch"),  # an unseen product: the launch's picture
    ("Tuesday special at Casa Nonna: chef's risotto €14", "menu"),
    ("2 acre farmhouse for sale near Lonavala, ₹4 Cr", "real_estate"),
])
def test_a_prompt_naming_nothing_known_gets_its_kinds_picture(prompt, kind):
    brief = read_brief(prompt)
    assert brief.kind == kind
    assert brief.subject and subject_by_id(brief.subject) is not None


def test_every_kind_fallback_is_an_indexed_subject():
    for kind in KINDS.values():
        assert not kind.subject or subject_by_id(kind.subject) is not None, kind.id
        if kind.image == "required":
            assert kind.subject, kind.id  # a kind that needs an image always has one to show
