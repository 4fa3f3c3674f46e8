"""Kind detection: each kind is recognised from English and Hindi prompts; the kinds table describes every kind."""

import pytest

from aiengine.creative.kinds import COMMERCE_INTENTS, CTAS, EYEBROWS, KINDS, LANGUAGES
from aiengine.creative.model import KIND_IDS, SLOTS
from aiengine.creative.reading import read_brief

# (kind, prompt): two or three English prompts and one Hindi prompt per kind.
TABLE = [
    ('sale', 'Mega Diwali sale on electronics, 40% off on all headphones'),
    ('sale', 'End of season sale at Zara, upto 60% off'),
    ('sale', 'होली पर कपड़ों की सेल, 50% तक छूट'),
    ('launch', 'Launching the Noise ColorFit Pro 6 smartwatch, pre-orders open 1 March'),
    ('launch', 'Introducing the all-new Pixel 10, available from 20 August'),
    ('launch', 'नया प्रोडक्ट लॉन्च: ग्लो सीरम, 1 जून से उपलब्ध'),
    ('event', 'Sunburn Arena ft. Martin Garrix, 28 Dec 2026, Mahalaxmi Race Course, Mumbai, tickets from ₹2,500'),
    ('event', 'Stand-up comedy night with Zakir Khan at Phoenix Arena, Saturday 9 PM'),
    ('event', 'नवरात्रि गरबा नाइट, 3 अक्टूबर, रात 8 बजे से, सरदार पटेल स्टेडियम'),
    ('invitation', 'Wedding invitation for Priya & Arjun, 14 Feb 2027, 7 pm, The Leela Palace'),
    ('invitation', "Birthday party invite for Aarav's 5th birthday, next Friday, 4 pm"),
    ('invitation', 'शादी का निमंत्रण: रोहित और सिमरन, 21 नवंबर 2026, होटल ताज, जयपुर'),
    ('greeting', 'Happy Holi from the team at BrightPath Solutions'),
    ('greeting', 'Eid Mubarak greeting from Al Noor Perfumes'),
    ('greeting', 'दिवाली की शुभकामनाएं, गुप्ता ज्वैलर्स की ओर से'),
    ('hiring', "We're hiring: UX Designer, remote, apply by 15 Jan"),
    ('hiring', 'Walk-in interview for Sales Executives at Reliance Trends, 5th Feb'),
    ('hiring', 'हमें डिलीवरी बॉय चाहिए, जयपुर, वेतन ₹15,000 प्रति माह'),
    ('webinar', 'Free webinar on GST filing with CA Ritu Jain, Saturday 10 Jan, 11 AM IST'),
    ('webinar', "B2B webinar: 'Zero-Trust Security for Hybrid Teams', speaker Mark Lee, Nov 18, 2 PM EST"),
    ('webinar', 'वेबिनार: डिजिटल मार्केटिंग के गुर, रविवार शाम 5 बजे'),
    ('menu', 'Restaurant menu promo: Butter Chicken ₹349, Paneer Tikka ₹299 at Punjab Grill'),
    ('menu', 'Cafe menu poster for Brew Bros: espresso $3, flat white $4.5, avocado toast $9'),
    ('menu', 'आज का मेनू: पनीर थाली ₹199, मसाला डोसा ₹99'),
    ('real_estate', '2BHK flats in Whitefield starting ₹2.5 L onwards, site visit this Sunday'),
    ('real_estate', 'Luxury villas for sale at Prestige Lakeside, RERA approved'),
    ('real_estate', '3BHK फ्लैट, बाणेर, पुणे, ₹1.2 करोड़ से शुरू'),
    ('thumbnail', 'YouTube thumbnail: iPhone 17 vs Pixel 10 camera test'),
    ('thumbnail', 'Thumbnail for my vlog: 24 hours in Tokyo with ₹10,000'),
    ('thumbnail', 'यूट्यूब थंबनेल: 5 गलतियाँ जो हर नया निवेशक करता है'),
    ('cover', 'LinkedIn banner for Meera Nair, Product Designer, meeranair.design'),
    ('cover', "Podcast cover: 'The Startup Diaries' with Kunal Shah"),
    ('announcement', 'Grand opening of Green Leaf Organic Store, 1 May, 10 am, Koregaon Park'),
    ('announcement', 'LinkedIn post announcing Anita Desai as CFO of Tata Steel'),
    ('announcement', 'नया स्टोर उद्घाटन: बंसल इलेक्ट्रॉनिक्स, 5 नवंबर, सदर बाज़ार, आगरा'),
    ('quote', "Quote card: 'The best way to predict the future is to create it' — Peter Drucker"),
    ('quote', 'Motivational quote post: "Success is not final, failure is not fatal" – Winston Churchill'),
    ('quote', 'आज का सुविचार: "कर्म करो, फल की चिंता मत करो"'),
    ('testimonial', 'Customer testimonial: "Best biryani in town!" - Priya S., 5 stars'),
    ('testimonial', "Review card: 'Loved the service, will come back' — Rahul, 4.8/5"),
    ('education', 'Python bootcamp by CodeCamp Academy, 12 weeks, starts 3 Feb, enrol at codecamp.in'),
    ('education', 'Admissions open for Class 1 to 12 at Delhi Public School, Noida'),
    ('education', 'शर्मा कोचिंग सेंटर में नया बैच 1 जुलाई से, फीस ₹2,500 प्रति माह'),
    ('general', 'Dental clinic: Smile Care Dental, Dr. Rohan Mehta, open Mon–Sat, Sector 18, Noida'),
    ('general', 'Save water, save life'),
    ('general', 'पानी बचाओ, जीवन बचाओ'),
]


@pytest.mark.parametrize(("kind", "prompt"), TABLE, ids=[f"{k}-{p[:30]}" for k, p in TABLE])
def test_kind_is_detected(kind, prompt):
    assert read_brief(prompt).kind == kind


def test_every_kind_has_a_prompt_in_english_and_in_hindi():
    covered = {(kind, read_brief(prompt).language) for kind, prompt in TABLE}
    assert {kind for kind, language in covered if language == "en"} == set(KIND_IDS)
    hindi = {kind for kind, language in covered if language == "hi"}
    assert set(KIND_IDS) - hindi <= {"cover", "testimonial"}


def test_the_kinds_table_describes_every_kind():
    assert tuple(KINDS) == KIND_IDS
    for kind in KINDS.values():
        assert set(kind.slots) <= set(SLOTS) and "headline" in kind.slots
        assert kind.image in ("required", "optional", "none") and kind.align in ("centre", "left")
        assert 1.2 <= kind.scale <= 1.62 and kind.casing in ("title", "sentence", "upper", "as_written")
        assert set(kind.ctas) <= set(CTAS) and (not kind.eyebrow or kind.eyebrow in EYEBROWS)
        assert ("cta" in kind.slots) == bool(kind.ctas)


def test_commerce_calls_to_action_belong_to_commerce_kinds_only():
    for kind in KINDS.values():
        if not kind.commerce:
            assert not set(kind.ctas) & COMMERCE_INTENTS, kind.id
    assert {kind.id for kind in KINDS.values() if not kind.ctas} == {"greeting", "quote", "thumbnail", "cover"}


def test_every_call_to_action_and_eyebrow_reads_in_each_language():
    for phrases in (*CTAS.values(), *EYEBROWS.values()):
        assert set(phrases) == set(LANGUAGES) and all(phrases.values())
    assert KINDS["hiring"].cta("apply_by", "en", date="30 June") == "Apply by 30 June"
    assert KINDS["hiring"].cta("apply_by", "hi", date="30 जून") == "30 जून तक आवेदन करें"


# (kind, prompt): prompts whose loudest word misleads; the kind comes from weighing all the signals.
WEIGHED = [
    ('real_estate', 'Sea-facing villas for sale in Alibaug, from ₹6 Cr'),  # "for sale" is a listing's status
    ('real_estate', '2 acre farmhouse for sale near Lonavala, ₹4 Cr'),
    ('menu', 'Thursday special at Casa Nonna: lasagna €14'),  # a dish with its price is a food offer
    ('menu', 'Burger Monday at Bun Stop: Classic Smash $9'),
    ('announcement', 'Lotus Florist moves to a new address: 3 MG Road, Pune, from 5 January'),
    ('announcement', "We're relocating: Sharma Clinic opens at Sector 21 on 1 May"),
    ('education', 'Urban Roots masterclass: terrace gardening in 4 steps, Sunday 10 am'),
    ('webinar', 'Online masterclass on Kubernetes security with speaker Priya Nair, 3 PM IST'),
    ('cover', 'यूट्यूब चैनल आर्ट: फिटनेस विद नेहा, हर सोमवार नया वीडियो'),
    ('sale', 'आज की डील: Galaxy S25 सिर्फ़ ₹64,999 में'),
    ('sale', 'Festive collection of silk kurtas starting at ₹1,299 at Noor Silks'),
]


@pytest.mark.parametrize(("kind", "prompt"), WEIGHED, ids=[f"{k}-{p[:30]}" for k, p in WEIGHED])
def test_kind_weighs_every_signal(kind, prompt):
    assert read_brief(prompt).kind == kind


@pytest.mark.parametrize("prompt", [
    '"The best way to predict the future is to create it" - Peter Drucker',
    '"Simplicity is the ultimate sophistication" — Leonardo da Vinci',
])
def test_quoted_words_signed_with_a_name_are_a_quote_card(prompt):
    brief = read_brief(prompt)

    assert brief.kind == "quote"
    assert brief.copy.attribution.startswith("—")


@pytest.mark.parametrize(("prompt", "kind"), [
    ("Diwali sale - Sharma Sweets", "sale"),
    ("Holi launch of our new colour range at Asian Paints", "launch"),
    ("Happy Diwali from Sharma Sweets", "greeting"),
])
def test_a_festival_names_the_season_while_a_cue_word_names_the_kind(prompt, kind):
    assert read_brief(prompt).kind == kind
