"""Copy: every fact lands in a slot as written, no request word becomes copy, each kind writes its own slots."""

import re

import pytest

from aiengine.creative.kinds import COMMERCE_INTENTS, CTAS, KINDS
from aiengine.creative.reading import read_brief

# Prompts across every kind, in English, Hindi, Hinglish and Arabic.
PROMPTS = [
    'Instagram ad for Diwali electronics sale, 40% OFF, premium dark theme, show headphones',
    'Wedding invitation for Priya & Arjun, 14 Feb 2027, 7 pm, The Leela Palace, Bengaluru, RSVP +91 98450 12345',
    "दिवाली पर मिठाई की दुकान 'शर्मा स्वीट्स' के लिए पोस्ट, 20% छूट",
    'Hiring poster: Senior Python Developer at Zeta Labs, Pune, apply by 30 June, email careers@zetalabs.com',
    "Webinar: 'Scaling AI in Healthcare' with Dr. Meera Rao, Feb 14th, 2027 at 7:30 PM IST, register at example.in/webinar",
    "Create a YouTube thumbnail: 'Top 10 Budget Phones Under ₹15,000 (2026)'",
    '2BHK flats in Whitefield starting ₹2.5 L onwards, site visit this Sunday 10am–4pm, call 98450-12345',
    'Sharma ji ki dukaan pe Diwali dhamaka, sab kuch 50% off, sirf 3 din, 9312345678 pe call karo',
    'Save the date! Rahul weds Ananya, 12th December 2026, 6:30 PM onwards, Taj Falaknuma Palace, Hyderabad',
    'Engagement ceremony of Sameer & Zoya, Sunday 5 April, 11 am, The Grand Banquet, Lucknow. RSVP 98111 22333',
    'Housewarming at the Mehtas, 22/03/2027, 7 pm, Flat 402, Green Meadows, Pune — please come!',
    'Happy Holi from the team at BrightPath Solutions, colourful and playful',
    'Eid Mubarak card for my customers, Ahmed Textiles, elegant emerald and gold',
    'Merry Christmas and Happy New Year 2027 from Sunshine Bakery, warm cozy theme',
    "We're hiring: UX Designer and Frontend Engineer (React), remote, 3-5 years experience, send CV to jobs@pixelcraft.io by 15 Jan",
    'Walk-in interview for Sales Executives at Reliance Trends, Andheri West, 10 AM to 4 PM on 5th Feb, salary ₹25,000/month',
    'LinkedIn post: Finlytics is hiring a Data Analyst in Bengaluru (hybrid), apply at careers.finlytics.in before 30 June',
    'Free webinar on GST filing for small businesses with CA Ritu Jain, Saturday 10 Jan, 11 AM IST, register at taxguru.in/webinar',
    "B2B webinar: 'Zero-Trust Security for Hybrid Teams', speaker Mark Lee, CTO at SecureNet, Nov 18, 2 PM EST, Zoom",
    'Weekend special at Spice Route: Hyderabadi Biryani ₹299, Chicken 65 ₹249, Double Ka Meetha ₹99, order on Zomato',
    'Cafe menu poster for Brew Bros: espresso $3, flat white $4.5, avocado toast $9, open 7am-3pm',
    'Chai Point happy hours 4-6 pm, masala chai ₹49, samosa ₹25',
    'Luxury 3BHK apartments in Baner, Pune, 1450 sq ft, starting ₹1.35 Cr, clubhouse, pool, gym, call 90040 12345',
    'Office space for rent in Cyber City, Gurugram, 5000 sq ft, ₹120 per sq ft, contact Realty Plus',
    'Sunburn Arena ft. Martin Garrix, 28 Dec 2026, Mahalaxmi Race Course, Mumbai, tickets from ₹2,500 on BookMyShow',
    'Stand-up comedy night with Zakir Khan at Phoenix Arena, Saturday 9 PM, tickets ₹799',
    "Startup meetup: 'Founders Friday' at WeWork Galaxy, Bengaluru, 6:30 pm, free entry, RSVP on meetup.com/founders",
    'YouTube thumbnail: iPhone 17 vs Pixel 10 camera test, bold red and yellow',
    'Thumbnail for my vlog: 24 hours in Tokyo with ₹10,000',
    'YouTube thumbnail 5 mistakes every beginner makes in the stock market',
    'Motivational quote post: "Success is not final, failure is not fatal" – Winston Churchill, dark premium',
    "Quote card with the line 'Be the change you wish to see in the world' by Mahatma Gandhi, minimal beige",
    'Launching the Noise ColorFit Pro 6 smartwatch, AMOLED display, 7-day battery, ₹3,999, pre-orders open 1 March',
    'Introducing Oat Milk Latte at Third Wave Coffee, available from Monday in all stores',
    'New app launch: Zesty — order groceries in 10 minutes, download on Play Store',
    'Flat 50% off on all kurtas this Navratri at FabIndia, till 15 Oct',
    'End of season sale at Zara, upto 60% off, in stores and online, pink and white',
    'Buy 2 get 1 free on all skincare at Nykaa, use code GLOW3, valid till Sunday',
    'Customer testimonial: "Best biryani in town, delivered hot in 20 minutes!" - Priya S., 5 stars, for Behrouz Biryani',
    'Grand opening of Green Leaf Organic Store, 1 May, 10 am, Koregaon Park, first 50 customers get 20% off',
    'Admissions open for Class 1 to 12 at Delhi Public School, Noida, session 2027-28, apply by 31 March',
    'Python bootcamp by CodeCamp Academy, 12 weeks, starts 3 Feb, ₹29,999, placement support, enrol at codecamp.in',
    'LinkedIn banner for Meera Nair, Product Designer | UX Mentor, meeranair.design',
    'दिवाली की शुभकामनाएं, गुप्ता ज्वैलर्स की ओर से, सुनहरा और लाल रंग',
    'हमें डिलीवरी बॉय चाहिए, जयपुर, वेतन ₹15,000 प्रति माह, संपर्क 98290 12345',
    'योग शिविर 21 जून को सुबह 6 बजे, सेंट्रल पार्क, निःशुल्क प्रवेश',
    'नया स्टोर उद्घाटन: बंसल इलेक्ट्रॉनिक्स, 5 नवंबर, सुबह 10 बजे, सदर बाज़ार, आगरा',
    'دعوة لحفل زفاف أحمد وسارة، يوم الجمعة 14 فبراير 2027، الساعة 8 مساءً، فندق ريتز كارلتون، دبي',
    'عيد مبارك من متجر الياسمين للعطور، خصم 25% على جميع المنتجات',
]
_COMMERCE_CTAS = {phrase for intent in COMMERCE_INTENTS for phrase in CTAS[intent].values()}


def _words(text):
    return set(re.findall(r"[^\W\d_][\w'’-]*", text.lower()))


@pytest.mark.parametrize("prompt", PROMPTS, ids=[p[:40] for p in PROMPTS])
def test_every_fact_lands_in_a_slot_and_no_request_word_is_copy(prompt):
    brief = read_brief(prompt)
    slots = [text for _, text in brief.copy.filled()]
    assert brief.copy.headline
    for fact in brief.facts:
        assert any(fact.text in text for text in slots), f"{fact.kind} {fact.text!r} is in no slot: {slots}"
    copy_words = set().union(*(_words(text) for text in slots))
    assert not copy_words & set(brief.request_words), f"request words as copy: {copy_words & set(brief.request_words)}"


@pytest.mark.parametrize("prompt", PROMPTS, ids=[p[:40] for p in PROMPTS])
def test_each_kind_writes_only_its_own_slots_and_calls_to_action(prompt):
    brief = read_brief(prompt)
    kind = KINDS[brief.kind]
    assert {slot for slot, _ in brief.copy.filled()} <= set(kind.slots)
    if not kind.commerce:
        assert brief.copy.cta not in _COMMERCE_CTAS
    if not kind.ctas:
        assert brief.copy.cta == ""


# What the marketer who wrote each prompt expects to read, slot by slot.
EXPECTED = [
    ("Instagram ad for Diwali electronics sale, 40% OFF, premium dark theme, show headphones",
     {"headline": "Diwali Electronics Sale", "badge": "40% OFF", "cta": "Shop now"}),
    ("Wedding invitation for Priya & Arjun, 14 Feb 2027, 7 pm, The Leela Palace, Bengaluru, RSVP +91 98450 12345",
     {"eyebrow": "You're invited", "headline": "Priya & Arjun", "details": ("14 Feb 2027 · 7 pm",
      "The Leela Palace, Bengaluru"), "cta": "RSVP", "contact": "+91 98450 12345"}),
    ("Hiring poster: Senior Python Developer at Zeta Labs, Pune, apply by 30 June, email careers@zetalabs.com",
     {"eyebrow": "We're hiring", "headline": "Senior Python Developer", "subline": "Zeta Labs",
      "cta": "Apply by 30 June"}),
    ("Webinar: 'Scaling AI in Healthcare' with Dr. Meera Rao, Feb 14th, 2027 at 7:30 PM IST, register at "
     "example.in/webinar",
     {"eyebrow": "Webinar", "headline": "Scaling AI in Healthcare", "subline": "With Dr. Meera Rao",
      "cta": "Register now", "contact": "example.in/webinar"}),
    ("Create a YouTube thumbnail for my video on 7 habits of highly productive people",
     {"headline": "Habits of Highly Productive People", "badge": "7", "cta": ""}),
    ("Quote card: 'The best way to predict the future is to create it' — Peter Drucker",
     {"headline": "The best way to predict the future is to create it", "attribution": "— Peter Drucker",
      "cta": ""}),
    ("Restaurant menu promo: Butter Chicken ₹349, Paneer Tikka ₹299, Mango Lassi ₹99 at Punjab Grill",
     {"headline": "Punjab Grill", "details": ("Butter Chicken ₹349", "Paneer Tikka ₹299", "Mango Lassi ₹99"),
      "cta": "Order now"}),
    ("2BHK flats in Whitefield starting ₹2.5 L onwards, site visit this Sunday 10am–4pm, call 98450-12345",
     {"headline": "2BHK Flats in Whitefield", "badge": "Starting ₹2.5 L onwards", "cta": "Book a visit"}),
    ("Happy Holi from the team at BrightPath Solutions, colourful and playful",
     {"headline": "Happy Holi", "subline": "From the team at BrightPath Solutions", "cta": ""}),
    ("Launching the Noise ColorFit Pro 6 smartwatch, AMOLED display, 7-day battery, ₹3,999, pre-orders open 1 March",
     {"eyebrow": "Introducing", "headline": "Noise ColorFit Pro 6", "badge": "₹3,999", "cta": "Pre-order now"}),
    ("Stand-up comedy night with Zakir Khan at Phoenix Arena, Saturday 9 PM, tickets ₹799",
     {"headline": "Stand-up Comedy Night", "subline": "With Zakir Khan", "badge": "Tickets ₹799",
      "cta": "Get tickets"}),
    ("Grand opening of Green Leaf Organic Store, 1 May, 10 am, Koregaon Park, first 50 customers get 20% off",
     {"eyebrow": "Grand opening", "headline": "Green Leaf Organic Store", "cta": "Visit us"}),
    ("Customer testimonial: \"Best biryani in town, delivered hot in 20 minutes!\" - Priya S., 5 stars",
     {"headline": "Best biryani in town, delivered hot in 20 minutes!", "attribution": "— Priya S.",
      "badge": "5 stars"}),
    ("शादी का निमंत्रण: रोहित और सिमरन, 21 नवंबर 2026, होटल ताज, जयपुर, RSVP: rohit.simran@gmail.com",
     {"eyebrow": "सादर आमंत्रण", "headline": "रोहित और सिमरन", "subline": "शुभ विवाह", "cta": "कृपया पधारें"}),
    ("दिवाली की शुभकामनाएं, गुप्ता ज्वैलर्स की ओर से, सुनहरा और लाल रंग",
     {"headline": "दिवाली की शुभकामनाएं", "subline": "गुप्ता ज्वैलर्स की ओर से", "cta": ""}),
    ("हमें डिलीवरी बॉय चाहिए, जयपुर, वेतन ₹15,000 प्रति माह, संपर्क 98290 12345",
     {"eyebrow": "भर्ती जारी है", "headline": "डिलीवरी बॉय चाहिए", "badge": "वेतन ₹15,000 प्रति माह",
      "cta": "अभी आवेदन करें"}),
    ("دعوة لحفل زفاف أحمد وسارة، يوم الجمعة 14 فبراير 2027، الساعة 8 مساءً، فندق ريتز كارلتون، دبي",
     {"eyebrow": "أنتم مدعوون", "cta": "يرجى تأكيد الحضور"}),
]


@pytest.mark.parametrize(("prompt", "expected"), EXPECTED, ids=[p[:40] for p, _ in EXPECTED])
def test_copy_reads_as_a_designer_would_write_it(prompt, expected):
    copy = read_brief(prompt).copy
    for slot, value in expected.items():
        if slot == "details":
            assert set(value) <= set(copy.details), copy.details
        else:
            assert getattr(copy, slot) == value, (slot, copy)


@pytest.mark.parametrize(("prompt", "language"), [
    ("Diwali sale on sweets, 20% off", "en"),
    ("दिवाली पर मिठाई की दुकान 'शर्मा स्वीट्स' के लिए पोस्ट, 20% छूट", "hi"),
    ("आज की डील: iPhone 16 Pro सिर्फ़ ₹79,900 में", "hi"),
    ("عرض خاص من عطور النور: خصم 30% على جميع العطور", "ar"),
    ("Sharma ji ki dukaan pe Diwali dhamaka, sab kuch 50% off", "en"),
])
def test_copy_is_in_the_prompts_language(prompt, language):
    brief = read_brief(prompt)
    assert brief.language == language
    scripts = {"hi": r"[\u0900-\u097F]", "ar": r"[\u0600-\u06FF]", "en": r"[A-Za-z]"}
    assert re.search(scripts[language], brief.copy.cta or brief.copy.headline)


def test_the_request_is_never_the_headline_and_no_stock_line_is_added():
    for prompt in PROMPTS:
        copy = read_brief(prompt).copy
        assert not re.match(r"(?i)(create|make|design|instagram|poster|banner|flyer|need)\b", copy.headline)
        assert "Made for the Way You Live" not in " ".join(text for _, text in copy.filled())


@pytest.mark.parametrize("prompt", [
    "Weekend pizza special, 2 large pizzas for Rs 599, order now",
    "Diwali sale on headphones, 40% off till 14 Nov, shop now",
    "Book now! Yoga retreat in Rishikesh, 5 days, Rs 25,000, book now",
    "Shop now: Summer sale at Urban Threads, flat 50% off",
])
def test_the_call_to_action_is_said_once_on_its_button(prompt):
    copy = read_brief(prompt).copy
    said = lambda line: " ".join(re.findall(r"\w+", line.casefold()))  # noqa: E731

    assert copy.cta
    others = [copy.headline, copy.eyebrow, copy.subline, *copy.details]
    assert said(copy.cta) not in [said(line) for line in others]
    assert copy.headline  # the headline is what the design is about, never the button's words
