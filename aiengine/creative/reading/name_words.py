"""Word tables for proper nouns: words that end a name, titles, connectors, venue/organisation/place/role words."""

from __future__ import annotations

from aiengine.creative.reading.text import nfc

# Capitalised words that are never part of a name: the request, design words, calls to action.
# ("Create An Instagram Post For Sharma Sweets" → "Sharma Sweets".)
NAME_BREAKERS = frozenset({
    "instagram", "insta", "facebook", "fb", "linkedin", "youtube", "whatsapp", "twitter", "pinterest", "snapchat",
    "tiktok", "threads", "story", "stories", "post", "posts", "reel", "reels", "ad", "ads", "advert", "banner",
    "poster", "flyer", "leaflet", "brochure", "create", "make", "design", "generate", "need", "please", "want",
    "give", "invitation", "invite", "card", "greeting", "greetings", "thumbnail", "logo", "menu", "webinar", "hiring",
    "sale", "offer", "flash", "promo", "announcement", "announcing", "event", "call", "tel", "email", "visit", "join",
    "book", "register", "contact", "follow", "use", "code", "apply", "get", "buy", "free", "limited", "only", "now",
    "dm", "minimal", "minimalist", "premium", "theme", "style", "modern", "elegant", "for", "with", "at", "on", "in",
    "from", "to", "by", "or", "a", "an", "this", "next", "our", "your", "my", "we", "i", "show", "showing",
    "featuring", "add", "include", "price", "alert", "product", "clearance", "tickets", "open", "rsvp", "helpline",
    "today", "tomorrow", "tonight", "no", "emi", "gst", "mrp", "upto", "up", "flat", "extra", "hurry", "order",
    "square", "landscape", "portrait", "a4", "cover", "header", "carousel", "quote", "testimonial", "is",
    "are", "happy", "wishing", "wishes", "warm", "dark", "bold", "bright", "pastel", "light", "vibrant", "festive",
    "luxury", "corporate", "clean", "simple", "colourful", "colorful", "retro", "vintage", "neon", "earthy",
    "launch", "launching", "introducing", "live", "bds", "mds", "mbbs", "md", "phd", "mba", "btech",
    "mtech", "bcom", "msc", "bsc", "saas", "b2b", "b2c", "d2c", "crm", "erp", "api", "seo", "iot", "faq", "diy",
    "ott", "video", "vlog", "coming", "soon", "starting", "starts", "shop", "sign",
    "enrol", "enroll", "learn", "watch", "subscribe", "save", "off", "discount", "deal", "deals", "special",
    "week", "weekend", "it", "and", "of", "vs", "eyebrow", "headline", "subline", "cta", "button", "text",
})
CONNECTORS = frozenset({"of", "de", "la", "le", "du", "da", "van", "von", "der", "del", "di", "bin", "and", "y", "e",
                        "al", "weds"})
TITLES = frozenset({"Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Prof.", "Prof", "Shri", "Shri.", "Smt.",
                    "Smt", "Sri", "Er.", "Adv.", "Capt.", "Col.", "Gen.", "Sir", "Hon.", "Rev.", "Fr.", "Mx.", "Chef",
                    "Coach", "CA", "Justice", "Sheikh", "Ustad", "Pandit", "Pt.", "DJ", "MC"})
# Capitalised words that name a kind of event: part of a longer name ("Annual Tech Summit"), never one alone.
EVENT_NOUNS = frozenset({"concert", "party", "summit", "festival", "fest", "workshop", "meetup", "conference",
                         "expo", "fair", "gala", "show", "night", "tour", "launch", "celebration", "ceremony",
                         "reception", "webinar", "seminar", "masterclass", "bootcamp", "hackathon", "marathon",
                         "run", "drive", "camp", "class", "classes", "session", "brunch", "dinner", "lunch",
                         "sale", "offer", "offers", "deal", "deals", "discount", "collection", "menu", "special"})
# Words that never stand alone as a name (a single capitalised word at a clause start is usually a common word).
NOT_NAMES = frozenset({"AM", "PM", "IST", "EMI", "GST", "RSVP", "OFF", "AND", "FREE", "BUY", "GET", "NEW", "SALE", "NO",
                       "OR", "THE", "FOR", "NOW", "ONLY", "VS", "PS"})

# A name holding one of these is a venue, an organisation, a place or a job role.
VENUE_WORDS = frozenset({
    "palace", "hotel", "hall", "stadium", "park", "arena", "centre", "center", "auditorium", "pavilion", "club",
    "grounds", "ground", "gardens", "garden", "resort", "banquet", "banquets", "lawn", "lawns", "convention",
    "theatre", "theater", "mall", "campus", "maidan", "marketcity", "plaza", "bhavan", "bhawan", "mandir", "temple",
    "church", "mosque", "masjid", "gurudwara", "farmhouse", "villa", "terrace", "rooftop", "lounge", "ballroom",
    "museum", "gallery", "expo", "exhibition", "complex", "tower", "towers", "square", "court", "beach", "lake",
    "hitex", "studio", "house", "inn", "retreat", "venue", "mahal", "vatika", "dome",
})
ORGANISATION_WORDS = frozenset({
    "sweets", "labs", "lab", "electronics", "jewellers", "jewelers", "jewellery", "café", "cafe", "academy",
    "institute", "school", "college", "university", "bank", "bakery", "bakers", "restaurant", "grill", "bistro",
    "kitchen", "studios", "store", "stores", "shop", "mart", "bazaar", "traders", "enterprises", "foods", "pvt",
    "ltd", "inc", "llc", "llp", "co.", "co", "technologies", "tech", "solutions", "systems", "clinic", "dental",
    "hospital", "hospitals", "salon", "spa", "gym", "fitness", "trust", "foundation", "group", "media", "digital",
    "motors", "realty", "properties", "builders", "homes", "infra", "fashions", "textiles", "boutique", "cosmetics",
    "pharmacy", "medicals", "optics", "opticals", "travels", "tours", "logistics", "consulting", "capital",
    "ventures", "brew", "coffee", "dhaba", "biryani", "pizzeria", "creamery", "perfumes", "collective", "society",
    "association", "network", "works", "industries", "agency", "partners", "bookstore", "books", "ai", "cloud",
    "software", "apps", "finance", "insurance", "school's", "kids", "care", "wellness", "yoga",
})
PLACE_WORDS = frozenset({
    "road", "rd", "rd.", "street", "st.", "avenue", "ave", "nagar", "marg", "colony", "sector", "village", "place",
    "lane", "layout", "bagh", "vihar", "chowk", "city", "town", "district", "enclave", "extension", "block", "phase",
    "gate", "cross", "main", "circle", "hills", "heights", "puram", "pur", "abad", "ganj", "rue", "strasse",
    "straße", "calle", "boulevard", "blvd", "way", "parkway", "highway", "hwy", "marketcity",
})
ROLE_WORDS = frozenset({
    "developer", "developers", "engineer", "engineers", "designer", "designers", "manager", "managers", "executive",
    "executives", "intern", "interns", "internship", "analyst", "analysts", "chef", "chefs", "teacher", "teachers",
    "accountant", "accountants", "nurse", "nurses", "doctor", "doctors", "driver", "drivers", "associate",
    "associates", "consultant", "consultants", "specialist", "specialists", "officer", "officers", "lead", "leads",
    "architect", "architects", "scientist", "scientists", "writer", "writers", "editor", "editors", "receptionist",
    "cashier", "cashiers", "barista", "baristas", "waiter", "waiters", "trainer", "trainers", "coordinator",
    "administrator", "assistant", "assistants", "technician", "technicians", "representative", "representatives",
    "agent", "agents", "head", "director", "vp", "cfo", "ceo", "cto", "coo", "cmo", "tutor", "tutors", "faculty",
    "programmer", "programmers", "marketer", "strategist", "copywriter", "photographer", "videographer", "sales",
    "marketing", "counsellor", "counselor", "pharmacist", "cook", "cooks", "helper", "staff", "delivery",
    "partner", "partners", "volunteers", "volunteer", "fellow", "fellows", "trainee", "trainees", "recruiter",
    "stylist", "stylists", "artist", "artists", "instructor", "instructors", "professor", "lecturer", "clerk",
    "supervisor", "operator", "operators", "mechanic", "electrician", "plumber", "security", "guard", "guards",
})

HI_TITLES = nfc({"डॉ.", "डॉ", "डॉक्टर", "श्री", "श्रीमती", "सुश्री", "कुमारी", "पंडित", "पं.", "स्व.", "प्रो.", "उस्ताद"})
HI_VENUE_WORDS = nfc({
    "स्टोर", "स्वीट्स", "मिष्ठान्न", "भंडार", "होटल", "मैदान", "स्टेडियम", "पार्क", "मंदिर", "हॉल", "भवन", "पैलेस", "गार्डन",
    "कॉलेज", "स्कूल", "विद्यालय", "अस्पताल", "क्लिनिक", "ज्वैलर्स", "ट्रेडर्स", "रेस्टोरेंट", "ढाबा", "कैफ़े", "बाज़ार",
    "बाजार", "मार्केट", "नगर", "चौक", "रोड", "मार्ग", "विहार", "कॉलोनी", "किराना", "एंटरप्राइजेज", "सेंटर", "मॉल",
    "धर्मशाला", "वाटिका", "लॉन", "बैंक्वेट", "मंडल", "इलेक्ट्रॉनिक्स", "टेक्सटाइल्स", "मेडिकल", "फार्मेसी", "ट्रैवल्स", "अकादमी", "संस्थान", "कोचिंग",
})
HI_PLACE_WORDS = nfc({"नगर", "चौक", "रोड", "मार्ग", "विहार", "कॉलोनी", "मैदान", "बाज़ार", "बाजार"})
HI_STOP = nfc({
    "का", "की", "के", "को", "में", "पर", "से", "ने", "और", "या", "है", "हैं", "था", "थे", "भी", "तक", "लिए", "लिये",
    "एक", "यह", "वह", "इस", "उस", "अपने", "सभी", "सब", "हर", "बहुत", "कम", "पोस्ट", "बनाओ", "बनाएं", "बनाएँ",
    "बनाइए", "डिज़ाइन", "पोस्टर", "बैनर", "निमंत्रण", "आमंत्रण", "कार्ड", "शादी", "मिठाई", "दुकान", "छूट", "ऑफर",
    "ऑफ़र", "सेल", "संपर्क", "स्थान", "समय", "दिनांक", "तारीख", "प्रवेश", "शुल्क", "निःशुल्क", "मुफ्त", "मुफ़्त",
    "शिविर", "स्वास्थ्य", "शुरू", "पर्व", "त्योहार", "शुभकामनाएं", "शुभकामनाएँ", "बधाई", "वाला", "वाली", "वाले",
    "सिर्फ", "सिर्फ़", "केवल", "आज", "कल", "बजे", "सुबह", "शाम", "रात", "दोपहर", "जी", "लाइव", "बुक", "करें", "करो",
    "कीजिए", "दिन", "रंग", "थीम", "डार्क", "प्रीमियम", "ग्रीटिंग", "कृपया", "एवं", "तथा", "अपनी", "हमारे", "हमारी",
    "साथ", "पता", "फीस", "प्रति", "माह", "रोज़", "रोज", "आरती", "बैच", "भर्ती", "आवेदन", "नया", "नए", "उद्घाटन",
    "शुभारंभ", "घोषणा", "भव्य", "ओर", "तरफ़", "तरफ", "चाहिए", "वेतन", "हमें", "योग",
    "अंतिम", "तिथि", "वेबिनार", "मेनू", "थंबनेल", "स्टोरी", "इंस्टाग्राम", "लाल", "हरा", "नीला",
    "पीला", "सुनहरा", "सुनहरे", "सुनहरी", "गुलाबी", "सफ़ेद", "सफेद", "काला", "खुशियाँ", "मुबारक", "दिवाली", "होली",
    "उत्सव", "समारोह", "लॉन्च", "फ्री", "डिलीवरी", "खरीदें", "ऑर्डर", "जल्दी", "अभी", "हम", "आप", "आपके",
    "आपका", "आपकी", "हो", "होगा", "होगी", "रहा", "रही", "रहे", "गया", "गई", "कर", "करके",
})
