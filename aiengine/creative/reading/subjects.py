"""What a design should show, in English ("headphones", "pasta", "house"), read from "show …" or the prompt's nouns."""

from __future__ import annotations

import re
import unicodedata

from aiengine.creative.reading.text import DEVANAGARI, Cue

# subject → the words (English regexes, Hindi and Arabic words) that name it; the most specific first.
SUBJECTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("headphones", (r"head\s*phones?", r"headsets?", "हेडफ़ोन", "हेडफोन", "سماعات")),
    ("earbuds", (r"ear\s*buds?", r"earphones?", r"tws", "ईयरबड्स")),
    ("smartwatch", (r"smart\s*watch(?:es)?",)),
    ("speaker", (r"bluetooth\s*speakers?", r"speakers?(?= (?:sale|offer|deal))")),
    ("phone", (r"smart\s*phones?", r"phones?", r"mobiles?", r"iphone", r"galaxy", r"oneplus", r"redmi", "फ़ोन", "फोन",
               "मोबाइल", "هاتف", "جوال")),
    ("laptop", (r"laptops?", r"macbook", r"notebooks?", "लैपटॉप")),
    ("tv", (r"tvs?", r"televisions?", r"smart\s*tv", "टीवी")),
    ("camera", (r"cameras?", r"dslr")),
    ("sneakers", (r"sneakers?", r"running\s*shoes", r"trainers", r"air max", "स्नीकर्स")),
    ("shoes", (r"shoes?", r"footwear", r"sandals?", r"heels", "जूते", "जूता")),
    ("watch", (r"watch(?:es)?", r"wristwatch(?:es)?", "घड़ी", "घड़ियाँ")),
    ("sunglasses", (r"sunglasses", r"shades", r"eyewear")),
    ("saree", (r"sarees?", r"saris?", "साड़ी", "साड़ियाँ")),
    ("dress", (r"dress(?:es)?", r"gowns?", r"lehengas?", r"kurtas?", r"kurtis?", "लहंगा", "कुर्ता", "कुर्ती")),
    ("tshirt", (r"t-?\s*shirts?", r"tees", r"hoodies?", r"sweaters?", r"jackets?")),
    ("handbag", (r"hand\s*bags?", r"bags?", r"purses?")),
    ("ring", (r"rings?", r"jewell?e?ry", r"necklaces?", r"earrings?", r"gold coins?", "गहने", "ज्वेलरी", "مجوهرات")),
    ("perfume", (r"perfumes?", r"fragrances?", r"attar", r"oud", "इत्र", "عطور", "عطر")),
    ("lipstick", (r"lipsticks?", r"makeup", r"cosmetics")),
    ("skincare", (r"skin\s*care", r"serums?", r"moisturi[sz]ers?", r"sunscreen", r"face\s*wash")),
    ("pasta", (r"pasta", r"spaghetti", r"penne", r"lasagn[ae]", r"italian")),
    ("pizza", (r"pizzas?", "पिज़्ज़ा", "पिज्जा", "بيتزا")),
    ("burger", (r"burgers?", "बर्गर")),
    ("biryani", (r"biryani", "बिरयानी")),
    ("coffee", (r"coffee", r"espresso", r"latte", r"cappuccino", r"cold brew", "कॉफ़ी", "कॉफी", "قهوة")),
    ("tea", (r"chai", r"tea", "चाय", "شاي")),
    ("cake", (r"cakes?", r"cupcakes?", r"pastr(?:y|ies)", r"croissants?", r"bakery", r"desserts?", "केक")),
    ("sweets", (r"sweets", r"mithai", r"laddoos?", r"ladoos?", r"kaju katli", r"chocolates?", "मिठाई", "मिठाइयाँ",
                "लड्डू", "स्वीट्स", "حلويات")),
    ("ice cream", (r"ice\s*creams?", r"gelato")),
    ("curry", (r"butter chicken", r"paneer", r"thali", r"curry", r"dal", "थाली")),
    ("salad", (r"salads?", r"healthy food", r"vegan")),
    ("juice", (r"juices?", r"smoothies?", r"lassi")),
    ("sofa", (r"sofas?", r"couch(?:es)?", r"furniture", "फर्नीचर")),
    ("plant", (r"plants?", r"planters?", r"garden(?:ing)?")),
    ("diya", (r"diyas?", r"lamps?", r"lanterns?", "दीये", "दीया", "दिया")),
    ("house", (r"\d?\s?bhk", r"flats", r"(?:bhk|studio|rk)\s+flat", r"apartments?", r"villas?", r"homes?", r"house", r"propert(?:y|ies)",
               r"plots?", r"real estate", "फ्लैट", "मकान", "घर", "شقة", "فيلا", "عقار")),
    ("car", (r"cars?", r"suvs?", r"car wash", "गाड़ी", "कार", "سيارة")),
    ("bike", (r"bikes?", r"scooters?", r"bicycles?")),
    ("dumbbell", (r"gym", r"fitness", r"workout", r"protein", "जिम")),
    ("yoga", (r"yoga", r"zumba", r"meditation", "योग")),
    ("running", (r"marathon", r"\brun\b", r"running")),
    ("guitar", (r"guitar", r"concert", r"music", r"band", r"gig", "संगीत")),
    ("microphone", (r"podcast", r"karaoke", r"stand-?up", r"open mic")),
    ("laptop", (r"webinar", r"saas", r"software", r"app", r"coding", r"developer", r"analytics")),
    ("book", (r"books", r"novels?", r"library", r"bookstore", r"tuition", r"coaching", r"course", "किताब",
              "पुस्तक")),
    ("graduation cap", (r"graduation", r"convocation", r"admissions?", r"college", r"university", r"school")),
    ("tooth", (r"dental", r"dentist", r"teeth", r"smile care")),
    ("stethoscope", (r"clinic", r"doctor", r"hospital", r"health camp", r"medical", "स्वास्थ्य")),
    ("paw", (r"pets?", r"dogs?", r"cats?", r"adoption")),
    ("airplane", (r"flights?", r"travel", r"trips?", r"holidays?", r"tour package")),
    ("gift", (r"gifts?", r"hampers?", "उपहार", "تحفة", "هدية")),
    ("balloon", (r"birthday", r"party", "जन्मदिन")),
    ("rings", (r"wedding", r"engagement", r"marriage", "शादी", "विवाह", "زفاف")),
    ("pottery", (r"pottery", r"ceramics?", r"clay")),
    ("trophy", (r"hackathon", r"tournament", r"contest", r"competition", r"awards?")),
)
def _wrap(word: str) -> str:
    if re.search(f"[{DEVANAGARI}\u0600-\u06FF]", word):
        return re.escape(word)
    return rf"(?<![a-z]){word}(?![a-z])"


_COMPILED = tuple((subject, Cue.of([unicodedata.normalize("NFC", word) for word in words], _wrap))
                  for subject, words in SUBJECTS)
# Subjects a shop's name may tell (a bakery, a biryani house); other words in names mean nothing ("Race Course").
_FROM_NAMES = frozenset({"biryani", "sweets", "cake", "coffee", "tea", "pizza", "burger", "perfume", "ring", "ice cream",
                         "juice", "pasta", "curry", "sneakers", "saree", "plant"})
_ARTICLES = re.compile(r"^(?:(?:a|an|the|some|our|my|their|your|fresh|steaming|hot|cold|delicious|new|big|small|"
                       r"latest|bowl|plate|cup|glass|slice|box|pair|bunch|stack|photo|picture|image|of)\s+)+",
                       re.IGNORECASE)


def find_subject(text: str, *, shown: str = "", names: tuple[str, ...] = ()) -> str:
    """The English subject to picture: from the words after "show" when the prompt has them, else the first
    subject the prompt names; "" when nothing concrete is named."""
    if shown:
        for subject, pattern in _COMPILED:
            if pattern.search(shown.lower()):
                return subject
        plain = _ARTICLES.sub("", shown.strip().lower())
        if plain and re.fullmatch(r"[a-z][a-z -]{1,40}", plain):
            return plain
    outside = text.lower()
    for name in names:
        outside = outside.replace(name.lower(), " " * len(name))
    best: tuple[int, int, str] | None = None
    for rank, (subject, pattern) in enumerate(_COMPILED):
        match = pattern.search(outside)
        if match and (best is None or (match.start(), rank) < best[:2]):
            best = (match.start(), rank, subject)
    if best:
        return best[2]
    # a dish or a product named only inside a shop's name ("Hyderabad House Biryani", "Sharma Sweets")
    return next((subject for subject, pattern in _COMPILED
                 if subject in _FROM_NAMES and any(pattern.search(name.lower()) for name in names)), "")
