"""The kind of design a prompt asks for (model.KIND_IDS), read from English, Hindi and Arabic cue words and its facts."""

from __future__ import annotations

import re

from aiengine.creative.reading.name_words import ROLE_WORDS
from aiengine.creative.reading.occasions import Occasion
from aiengine.creative.reading.text import ARABIC, DEVANAGARI, Cue, Found

# kind → (strong cues, weak cues); English cues are whole words (regex), Hindi and Arabic ones are substrings.
CUES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "sale": ((r"(?<!for )sale", r"discount", r"clearance", r"bogo", r"buy \d+ get \d+", r"buy one get one", r"cashback",
              r"dhamaka", r"mega deal", r"flash deal", r"price drop", r"off on", r"upto", r"up to \d+%",
              "सेल", "छूट", "ऑफर", "ऑफ़र", "عرض", "خصم", "تخفيض", "تنزيلات"),
             (r"offers?", r"deals?", r"off", r"save", r"only", r"just", r"shop", r"buy", r"price", r"stock",
              r"promo", r"\d for \d", r"dhamaka", r"starting (?:at|from)", r"starts? (?:at|from)",
              "डील", "सिर्फ़", "सिर्फ", "केवल")),
    "launch": ((r"launch(?:ing|es|ed)?", r"introducing", r"new arrivals?", r"pre-?orders?", r"now available",
                r"unveil(?:ing)?", r"just dropped", r"meet the new", r"restock", r"all-new", r"drops? on",
                "लॉन्च", "पेश है", "إطلاق", "جديدنا"),
               (r"new", r"available", r"release", r"coming soon", r"collection", "नया", "नई", "جديد")),
    "event": ((r"concert", r"gig", r"festival", r"fest", r"tour", r"tournament", r"marathon", r"expo", r"summit",
               r"conference", r"meetup", r"hackathon", r"stand-?up", r"comedy", r"exhibition", r"screening",
               r"live music", r"dj", r"gates open", r"tickets?", r"techno", r"fair", r"carnival", r"match",
               r"pop-?up", r"run", r"drive", r"puja", r"aarti", r"garba", r"retreat", r"meet (?:&|and) greet",
               r"book signing", r"open mic", r"camp", "नाइट", "शिविर", "गरबा",
               "मेला", "कार्यक्रम", "समारोह", "संगीत", "मिलन", "महोत्सव", "حفل", "مهرجان", "معرض"),
              (r"event", r"show", r"party", r"live", r"venue", r"entry", r"celebrat\w+", r"join us", r"night",
               "उत्सव")),
    "invitation": ((r"invitation", r"invite[sd]?", r"wedding", r"reception", r"engagement", r"sangeet",
                    r"mehendi", r"mehndi", r"haldi", r"baby shower", r"naming ceremony", r"naamkaran",
                    r"house ?warming", r"griha pravesh", r"rsvp", r"save the date", r"birthday party",
                    r"you'?re invited", "निमंत्रण", "आमंत्रण", "विवाह", "शादी", "सगाई", "دعوة", "زفاف"),
                   (r"birthday", r"anniversary", r"ceremony", r"celebrate", r"party", "जन्मदिन", "समारोह")),
    "greeting": ((r"greetings?", r"wish(?:es|ing)?", r"happy(?! hours?)", r"mubarak", r"merry", r"shubh", r"season'?s",
                  "शुभकामना", "शुभकामनाएं", "शुभकामनाएँ", "बधाई", "मुबारक", "مبارك", "تهنئة", "كل عام"),
                 (r"festival", r"celebrat\w+", r"may", r"card", "त्योहार", "पर्व")),
    "hiring": ((r"hiring", r"we'?re hiring", r"job", r"jobs", r"vacanc(?:y|ies)", r"careers?", r"recruit\w*",
                r"join our team", r"internship", r"walk-?in", r"job openings?", r"openings? for", r"positions?", r"apply",
                r"wanted",
                "भर्ती", "नौकरी", "रिक्ति", "वैकेंसी", "वेतन", "आवश्यकता", "وظيفة", "وظائف", "توظيف", "راتب"),
               (r"role", r"salary", r"ctc", r"remote", r"resume", r"cv", r"experience")),
    "webinar": ((r"webinar", r"web seminar", r"fireside", r"panel discussion", r"keynote",
                 r"live session", r"online session", r"virtual", r"zoom", r"ama", r"demo day", r"product demo",
                 r"whitepaper", r"b2b", "वेबिनार", "ندوة"),
                (r"register", r"speaker", r"session", r"talk", r"lecture", r"online", r"saas", r"ist", r"est",
                 r"pst", r"gmt", r"results", r"masterclass")),
    "menu": ((r"menu", r"dish(?:es)?", r"today'?s special", r"thali", r"buffet", r"brunch", r"combo", r"platter",
              r"starters", r"desserts?", r"chef'?s special", r"food special", r"dinner", r"lunch", r"breakfast",
              r"weekend special", r"specials", r"happy hours?", r"zomato", r"swiggy",
              r"(?:mon|tues|wednes|thurs|fri|satur|sun)day special", r"daily special", r"house special",
              "मेनू", "मेन्यू", "व्यंजन", "थाली",
              "قائمة الطعام", "وجبة"),
             (r"restaurant", r"caf[eé]", r"bakery", r"pizza", r"burgers?", r"biryani", r"coffee", r"cappuccino",
              r"latte", r"croissants?", r"lassi", r"paneer", r"chicken",
              r"tea", r"chai", r"delivery", r"swiggy", r"zomato", r"grill", r"bistro", r"kitchen", r"pasta",
              r"trattoria", r"spaghetti", r"diner", "खाना", "मिठाई", "चाय", "مطعم")),
    "real_estate": ((r"\d?\s?bhk", r"\d?\s?rk", r"flats?", r"apartments?", r"villas?", r"plots?", r"propert(?:y|ies)",
                     r"real estate", r"rera", r"sq\.? ?ft", r"sqft", r"possession", r"floor plan", r"penthouse",
                     r"bungalow", r"site visit", r"for rent", r"to let", r"lease", r"farm ?houses?",
                     "फ्लैट", "प्लॉट", "मकान", "प्रॉपर्टी", "عقار", "شقة", "شقق", "فيلا"),
                    (r"rent", r"homes?", r"house", r"township", r"gated", r"amenities", r"builder", r"for sale", r"acres?")),
    "thumbnail": ((r"thumbnail", r"youtube video", r"vlog", r"unboxing", r"reaction", r"top \d+", "थंबनेल"),
                  (r"video", r"review", r"tutorial", r"how to", r"vs", r"challenge", r"tips", r"episode")),
    "cover": ((r"cover photo", r"(?:podcast|album|book|ebook|magazine|episode \d+) cover", r"cover (?:art|image|page)",
               r"channel art", r"profile banner",
               r"linkedin banner", r"x header", r"cover for (?:my|our) (?:linkedin|facebook|twitter|youtube|profile)",
               r"(?:linkedin|facebook|twitter|youtube) (?:cover|banner|header)",
               r"twitter header", r"facebook cover", r"podcast cover", r"album cover", r"header image",
               "चैनल आर्ट", "कवर फोटो", "कवर फ़ोटो", "बैनर"),
              (r"cover", r"header", r"profile")),
    "announcement": ((r"announc\w+", r"grand opening", r"now open", r"opening soon", r"new branch", r"new location",
                      r"we'?ve moved", r"we have moved", r"mov(?:es|ed|ing) to", r"relocat\w+", r"shift(?:s|ed|ing) to",
                      r"new (?:home|address|premises)", r"notice", r"appointed", r"joins? as", r"welcome", r"open house",
                      r"opening", r"inaugurat\w+", r"raised", r"funding", r"series [a-d]", r"acquir\w+",
                      r"partnership", r"milestone", r"thank you", r"followers", "उद्घाटन", "शुभारंभ", "घोषणा",
                      "افتتاح", "إعلان"),
                     (r"open", r"update", r"effective", r"introduc\w+", r"closed", r"holiday", r"thanks", r"join")),
    "quote": ((r"quote", r"quotes", r"thought of the day", r"motivation\w*", r"inspiration\w*", r"saying",
               "सुविचार", "विचार", "اقتباس", "حكمة"),
              (r"said", r"words")),
    "testimonial": ((r"testimonials?", r"reviews?", r"customer says?", r"feedback", r"happy customers?",
                     r"\d(?:\.\d)?\s?(?:/\s?5|★|stars?)", "ग्राहक", "समीक्षा", "تقييم", "آراء العملاء"),
                    (r"rating", r"loved", r"recommend")),
    "education": ((r"courses?", r"coaching", r"tuition", r"admissions?", r"enrol\w*", r"enroll\w*", r"bootcamp",
                   r"masterclass",
                   r"certification", r"batch", r"classes", r"academy", r"institute", r"training", r"workshop",
                   r"lessons?", r"curriculum", r"syllabus", r"scholarship", r"class",
                   "कोर्स", "कोचिंग", "बैच", "दाखिला", "कक्षा", "ट्यूशन", "دورة", "تدريب", "دروس"),
                  (r"learn\w*", r"students?", r"teacher", r"fees?", r"exam", r"jee", r"neet", r"cbse", r"school",
                   r"college", "प्रवेश")),
}
_ORDER = ("thumbnail", "quote", "testimonial", "hiring", "webinar", "real_estate", "announcement", "sale", "invitation",
          "menu", "launch", "greeting", "education", "event", "cover", "general")
_OPENING = re.compile(r"grand opening|now open|opening soon|inaugurat|उद्घाटन|शुभारंभ|افتتاح", re.IGNORECASE)
_FORMAT_KINDS = {"youtube_thumbnail": "thumbnail", "facebook_cover": "cover", "linkedin_banner": "cover",
                 "x_header": "cover", "youtube_channel_art": "cover", "email_header": "cover"}


def _wrap(word: str) -> str:
    return re.escape(word) if re.search(f"[{DEVANAGARI}{ARABIC}]", word) else rf"(?<![a-z0-9]){word}(?![a-z])"


def _compile(words: tuple[str, ...]) -> Cue:
    return Cue.of(list(words), _wrap)


_COMPILED = {kind: (_compile(strong), _compile(weak)) for kind, (strong, weak) in CUES.items()}


def kind_scores(text: str, *, facts: tuple[Found, ...], occasion: Occasion | None, format_hint: str) -> dict[str, float]:
    """A score per kind: cue words (strong 3, weak 1, counted once each), facts, the occasion and the format."""
    scores = {kind: 0.0 for kind in _ORDER}
    quoted = " ".join(fact.text for fact in facts if fact.kind == "quote").lower()
    for kind, (strong, _weak) in _COMPILED.items():  # words inside quotes are content: half weight
        scores[kind] += 1.5 * len({m.group() for m in strong.finditer(quoted)})
    written = text  # as written: "… — Peter Drucker" signs a quote even though names are no cues
    cues = text
    for fact in facts:  # a cue inside a name ("St. Xavier's School", "Crossword Bookstore") is not a cue
        if (fact.kind in ("name", "organisation", "venue", "place", "product", "code") and not fact.value
                and fact.text.isascii()) or fact.kind == "quote":
            cues = cues.replace(fact.text, " " * len(fact.text))
    text = cues
    lower = cues.lower()
    for kind, (strong, weak) in _COMPILED.items():
        scores[kind] += 3 * len({m.group() for m in strong.finditer(lower)})
        scores[kind] += len({m.group() for m in weak.finditer(lower)})
    kinds = {fact.kind for fact in facts}
    if "percent" in kinds:
        scores["sale"] += 3
    if sum(fact.kind == "price" for fact in facts) >= 2:
        scores["menu"] += 1.5
    if "price" in kinds and _COMPILED["menu"][1].search(lower):
        scores["menu"] += 1  # a dish with its price is a food offer
    if "price" in kinds:
        scores["sale"] += 1
        scores["menu"] += 0.5
        scores["real_estate"] += 0.5
    if occasion is not None:
        if occasion.sale:
            scores["sale"] += 4
        elif occasion.festival:
            cued = max(score for kind, score in scores.items() if kind != "greeting") >= 3  # "Diwali sale"
            bonus = 3.5 - (2.5 if kinds & {"price", "percent"} or cued else 0) - (2 if kinds & {"date", "time"} else 0)
            scores["greeting"] += max(bonus, 1)
        elif re.search(r"happy|wish|greet|मुबारक|शुभकामना|बधाई|مبارك", lower):
            scores["greeting"] += 2  # wishing someone on their day, not inviting
        else:
            scores["invitation"] += 1
    if format_hint in _FORMAT_KINDS:
        scores[_FORMAT_KINDS[format_hint]] += 5
    quotes = [fact for fact in facts if fact.kind == "quote"]
    if quotes and re.search(r"[—–-]\s*[A-Z\u0900-\u097F][\w.]*(?:\s(?:[A-Z\u0900-\u097F][\w.]*|"
                            r"(?:da|de|del|della|di|du|van|von|der|den|bin|ibn|al|el|la|le)\b))*\s*$", written):
        scores["quote"] += 4
    if re.search(r"(?:^|\s)[—–]\s*[A-Z][a-z]+(?:\s[A-Z][a-z.]+)*\s*$", written) and len(written.split()) >= 6:
        scores["quote"] += 3  # "... — Peter Drucker"
    if _OPENING.search(text):
        scores["announcement"] += 2  # a shop's opening is news even with an opening offer
    roles = [word for word in re.findall(r"[a-z]+", text.lower()) if word in ROLE_WORDS]
    if roles and scores["hiring"]:
        scores["hiring"] += 2
    if {"date", "time"} & kinds and {"venue", "place"} & kinds:
        scores["event"] += 1
        scores["invitation"] += 1
    return scores


def detect_kind(text: str, *, facts: tuple[Found, ...] = (), occasion: Occasion | None = None,
                format_hint: str = "") -> str:
    """The kind with the highest score; `general` when no kind has a real cue (a score below 2)."""
    scores = kind_scores(text, facts=facts, occasion=occasion, format_hint=format_hint)
    best = max(_ORDER, key=lambda kind: (scores[kind], -_ORDER.index(kind)))
    return best if scores[best] >= 2 else "general"
