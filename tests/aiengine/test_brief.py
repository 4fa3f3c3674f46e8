"""Brief extraction: offers, occasions, subjects, moods, platforms and copy, in English and Hindi."""

import pytest

from aiengine.creative.brief import detect_language, extract_brief, find_offer
from tests.aiengine.prompts import PROMPTS

# prompt → the fields the brief must carry (a subset; mood entries must all be present)
TABLE = [
    ("Instagram ad for Diwali electronics sale, 40% OFF, premium dark theme, show headphones",
     {"headline": "Diwali Mega Sale", "subhead": "Premium Headphones at Unbeatable Prices", "offer": "40% OFF",
      "cta": "Shop Now", "subject": "headphones", "occasion": "Diwali", "mood": ("premium", "dark"),
      "platform": "instagram", "language": "en"}),
    ("दिवाली सेल 40% छूट, मिठाई और उपहार, शानदार उत्सव",
     {"headline": "दिवाली सेल", "offer": "40% छूट", "subject": "sweets", "occasion": "Diwali", "language": "hi",
      "cta": "अभी ऑर्डर करें"}),
    ("होली पर रंगीन कपड़ों की सेल, 50% तक छूट",
     {"headline": "होली सेल", "offer": "50% तक छूट", "occasion": "Holi", "language": "hi", "cta": "अभी खरीदें",
      "mood": ("colorful",)}),
    ("Holi special: Buy 1 Get 1 on all kurtas, colorful and playful",
     {"offer": "Buy 1 Get 1", "subject": "kurta", "occasion": "Holi", "mood": ("colorful", "playful")}),
    ("BOGO pizza this weekend", {"offer": "Buy 1 Get 1", "subject": "pizza", "cta": "Order Now"}),
    ("Black Friday sneakers upto 50% off, bold neon",
     {"offer": "Up to 50% OFF", "subject": "sneakers", "occasion": "Black Friday", "mood": ("bold", "neon"),
      "headline": "Black Friday Mega Sale"}),
    ("Eid collection of elegant sarees starting at ₹999",
     {"offer": "Starting ₹999", "subject": "saree", "occasion": "Eid", "mood": ("elegant",)}),
    ("Christmas cake pre-orders, free delivery, cozy warm theme",
     {"offer": "Free Delivery", "subject": "cake", "occasion": "Christmas", "mood": ("cozy", "warm")}),
    ("Valentine's Day perfume gift, romantic pastel, headline 'Love in Every Drop'",
     {"headline": "Love in Every Drop", "subject": "perfume", "occasion": "Valentine's Day",
      "mood": ("romantic", "pastel"), "offer": ""}),
    ("Independence Day sale on smartphones, flat ₹2000 off",
     {"offer": "Flat ₹2000 OFF", "subject": "phone", "occasion": "Independence Day"}),
    ("Onam harvest festival offers on home decor, 30% discount, traditional",
     {"offer": "30% OFF", "occasion": "Onam", "category": "home", "mood": ("traditional",)}),
    ("Back to school: laptops from $499, playful",
     {"offer": "From $499", "subject": "laptop", "occasion": "Back to School", "mood": ("playful",)}),
    ("Summer sale on sunglasses, flat 30% off, fresh and cool",
     {"offer": "Flat 30% OFF", "subject": "sunglasses", "occasion": "Summer Sale", "mood": ("fresh", "cool")}),
    ("Launching our new productivity app for teams, minimal clean corporate",
     {"headline": "Meet the New App", "subject": "app", "cta": "Get Started", "offer": "",
      "mood": ("minimal", "clean", "corporate")}),
    ("Pizza Friday! Order now and get 20% off, fun", {"offer": "20% OFF", "subject": "pizza", "cta": "Order Now"}),
    ("Luxury watches for the wedding season, royal gold and black",
     {"subject": "watch", "occasion": "Wedding Season", "mood": ("luxury", "royal"), "colors": ("gold", "black")}),
    ("Yoga and fitness classes, first month free, calm natural",
     {"offer": "First Month Free", "category": "fitness", "mood": ("calm", "natural")}),
    ("Pongal sweets box just Rs. 499, festive", {"offer": "Just ₹499", "subject": "sweets", "occasion": "Pongal"}),
    ("Skincare serum for dull skin, minimal pastel, shop now",
     {"subject": "skincare", "cta": "Shop Now", "mood": ("minimal", "pastel"), "offer": ""}),
    ("Cyber Monday deals on smartwatches and earbuds, up to 60% off, futuristic",
     {"offer": "Up to 60% OFF", "subject": "smartwatch", "occasion": "Cyber Monday", "mood": ("futuristic",)}),
    ("New Year party at our cafe, coffee BOGO, neon retro",
     {"offer": "Buy 1 Get 1", "subject": "coffee", "occasion": "New Year", "mood": ("neon", "retro")}),
    ("LinkedIn post for our coding bootcamp, register now, professional blue",
     {"subject": "course", "cta": "Register Now", "platform": "linkedin", "mood": ("professional",),
      "colors": ("blue",)}),
    ("Navratri lehenga sale, buy 2 get 1 free", {"offer": "Buy 2 Get 1 Free", "subject": "lehenga",
                                                  "occasion": "Navratri"}),
    ("Raksha Bandhan gift hampers with chocolates, just 999 rupees",
     {"offer": "Just ₹999", "subject": "sweets", "occasion": "Raksha Bandhan"}),
    ("Grand opening of Sharma Sweets in Connaught Place, free laddoo with every order above ₹500, call now",
     {"headline": "Grand Opening", "offer": "Free Laddoo", "cta": "Call Now", "subject": "sweets"}),
    ("shoes at just ₹999 on orders above ₹2000", {"offer": "Just ₹999", "subject": "shoes"}),
    ("रक्षाबंधन पर राखी और मिठाई, सिर्फ़ ₹299", {"occasion": "Raksha Bandhan", "language": "hi", "offer": "सिर्फ़ ₹299",
                                                "headline": "रक्षाबंधन सेल"}),
]


@pytest.mark.parametrize(("prompt", "expected"), TABLE, ids=[p[:32] for p, _ in TABLE])
def test_brief_fields(prompt, expected):
    brief = extract_brief(prompt)
    for field, value in expected.items():
        actual = getattr(brief, field)
        if field in ("mood", "colors"):
            assert set(value) <= set(actual), (field, actual)
        else:
            assert actual == value, (field, actual)


@pytest.mark.parametrize("prompt", PROMPTS)
def test_every_prompt_gets_complete_copy(prompt):
    brief = extract_brief(prompt)
    assert brief.headline and brief.subhead and brief.cta and brief.problem
    assert len(brief.headline) <= 60
    assert brief.prompt == prompt


def test_summary_is_the_api_brief_summary():
    brief = extract_brief(PROMPTS[0])
    assert brief.summary() == {"headline": "Diwali Mega Sale", "subhead": "Premium Headphones at Unbeatable Prices",
                               "offer": "40% OFF", "cta": "Shop Now"}


def test_hindi_prompt_keeps_hindi_copy():
    brief = extract_brief("दिवाली पर हेडफ़ोन की सेल, 30% छूट")
    assert brief.language == "hi"
    for text in (brief.headline, brief.subhead, brief.cta, brief.offer):
        assert any("\u0900" <= ch <= "\u097f" for ch in text), text
    assert brief.headline == "दिवाली सेल"
    assert brief.subject == "headphones"


def test_hindi_nouns_take_the_oblique_case_before_par():
    assert extract_brief("दिवाली सेल 40% छूट, मिठाई").subhead == "मिठाइयों पर शानदार छूट"
    assert extract_brief("साड़ी पर 30% छूट").subhead == "साड़ियों पर शानदार छूट"


def test_language_detection():
    assert detect_language("Diwali sale on sarees") == "en"
    assert detect_language("दिवाली सेल") == "hi"
    assert detect_language("Diwali ke liye sale, 40% off") == "en"


@pytest.mark.parametrize(("text", "offer"), [
    ("upto 50% off on shoes", "Up to 50% OFF"),
    ("40% discount today", "40% OFF"),
    ("extra 10% off", "Extra 10% OFF"),
    ("bogo deal", "Buy 1 Get 1"),
    ("buy one get one free", "Buy 1 Get 1 Free"),
    ("now only $49", "Only $49"),
    ("under Rs. 1,499 only", "Under ₹1,499"),
    ("€20 gift cards", "€20"),
    ("flat rs 200 off", "Flat ₹200 OFF"),
    ("free shipping on all orders", "Free Shipping"),
    ("new arrivals", ""),
])
def test_offer_patterns(text, offer):
    assert find_offer(text) == offer


def test_black_friday_is_not_the_colour_black():
    brief = extract_brief("Black Friday deals on laptops")
    assert "black" not in brief.colors
    assert brief.occasion == "Black Friday"
