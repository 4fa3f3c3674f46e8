"""Word tables the brief reader uses: occasions, products, moods, platforms, calls to action."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Occasion:
    """A festival, event or season, with its spellings and its Hindi name."""

    name: str
    patterns: tuple[str, ...]
    hindi: str
    moods: tuple[str, ...] = ()
    is_sale: bool = False


OCCASIONS: tuple[Occasion, ...] = (
    Occasion("Diwali", (r"diwali", r"deepavali", r"dipawali", "दिवाली", "दीपावली"), "दिवाली", ("festive", "warm")),
    Occasion("Holi", (r"holi", "होली"), "होली", ("colorful", "playful")),
    Occasion("Eid", (r"eid(?:[- ]?ul[- ]?fitr)?", r"eid mubarak", "ईद"), "ईद", ("elegant", "festive")),
    Occasion("Ramadan", (r"ramadan", r"ramzan", "रमज़ान", "रमजान"), "रमज़ान", ("elegant",)),
    Occasion("Christmas", (r"christmas", r"x-?mas", "क्रिसमस"), "क्रिसमस", ("festive",)),
    Occasion("Black Friday", (r"black\s*friday",), "ब्लैक फ्राइडे", ("bold", "dark"), True),
    Occasion("Cyber Monday", (r"cyber\s*monday",), "साइबर मंडे", ("neon",), True),
    Occasion("New Year", (r"new\s*year", r"nye", "नया साल", "नव वर्ष", "नववर्ष"), "नया साल", ("festive",)),
    Occasion("Valentine's Day", (r"valentine'?s?(?:\s*day)?", "वैलेंटाइन"), "वैलेंटाइन डे", ("romantic",)),
    Occasion("Independence Day", (r"independence\s*day", r"15th\s*august", r"15\s*august", "स्वतंत्रता दिवस"),
             "स्वतंत्रता दिवस", ("patriotic",)),
    Occasion("Republic Day", (r"republic\s*day", r"26th\s*january", "गणतंत्र दिवस"), "गणतंत्र दिवस", ("patriotic",)),
    Occasion("Onam", (r"onam", "ओणम"), "ओणम", ("harvest", "festive")),
    Occasion("Pongal", (r"pongal", "पोंगल"), "पोंगल", ("harvest", "festive")),
    Occasion("Lohri", (r"lohri", "लोहड़ी"), "लोहड़ी", ("festive", "warm")),
    Occasion("Makar Sankranti", (r"makar\s*sankranti", r"sankranti", "मकर संक्रांति"), "मकर संक्रांति", ("festive",)),
    Occasion("Navratri", (r"navratri", r"navaratri", r"garba", "नवरात्रि", "नवरात्र"), "नवरात्रि", ("festive",)),
    Occasion("Dussehra", (r"dussehra", r"dasara", r"vijayadashami", "दशहरा"), "दशहरा", ("festive",)),
    Occasion("Durga Puja", (r"durga\s*puja", "दुर्गा पूजा"), "दुर्गा पूजा", ("festive",)),
    Occasion("Ganesh Chaturthi", (r"ganesh\s*chaturthi", r"ganeshotsav", "गणेश चतुर्थी"), "गणेश चतुर्थी", ("festive",)),
    Occasion("Raksha Bandhan", (r"raksha\s*bandhan", r"rakhi", "रक्षाबंधन", "राखी"), "रक्षाबंधन", ("festive", "warm")),
    Occasion("Karwa Chauth", (r"karwa\s*chauth", "करवा चौथ"), "करवा चौथ", ("festive",)),
    Occasion("Mother's Day", (r"mother'?s\s*day", "मदर्स डे"), "मदर्स डे", ("soft",)),
    Occasion("Father's Day", (r"father'?s\s*day", "फादर्स डे"), "फादर्स डे", ("bold",)),
    Occasion("Halloween", (r"halloween",), "हैलोवीन", ("dark", "playful")),
    Occasion("Easter", (r"easter",), "ईस्टर", ("pastel",)),
    Occasion("Back to School", (r"back\s*to\s*school",), "बैक टू स्कूल", ("playful",)),
    Occasion("Summer Sale", (r"summer\s*sale", "समर सेल"), "समर सेल", ("summer", "fresh"), True),
    Occasion("Winter Sale", (r"winter\s*sale",), "विंटर सेल", ("winter",), True),
    Occasion("Monsoon Sale", (r"monsoon\s*sale", r"monsoon", "मानसून"), "मानसून सेल", ("monsoon", "cool"), True),
    Occasion("End of Season Sale", (r"end\s*of\s*season(?:\s*sale)?", r"eoss"), "एंड ऑफ़ सीज़न सेल", ("bold",), True),
    Occasion("Wedding Season", (r"wedding\s*season", r"shaadi", "शादी"), "शादी का सीज़न", ("wedding", "luxury")),
    Occasion("Summer", (r"summer", "गर्मी"), "गर्मी", ("summer", "fresh")),
    Occasion("Weekend", (r"weekend",), "वीकेंड", ()),
)


@dataclass(frozen=True)
class Product:
    """A product noun, its display form, its category and its Hindi name."""

    noun: str
    patterns: tuple[str, ...]
    display: str
    category: str
    hindi: str


PRODUCTS: tuple[Product, ...] = (
    Product("headphones", (r"head\s*phones?", r"headsets?", "हेडफ़ोन", "हेडफोन"), "Headphones", "electronics", "हेडफ़ोन"),
    Product("earbuds", (r"ear\s*buds?", r"earphones?", r"tws", "ईयरबड्स"), "Earbuds", "electronics", "ईयरबड्स"),
    Product("speaker", (r"(?:bluetooth\s*)?speakers?",), "Speakers", "electronics", "स्पीकर"),
    Product("smartwatch", (r"smart\s*watch(?:es)?",), "Smartwatches", "electronics", "स्मार्टवॉच"),
    Product("phone", (r"smart\s*phones?", r"phones?", r"mobiles?", r"iphone", "फ़ोन", "फोन", "मोबाइल"),
            "Smartphones", "electronics", "स्मार्टफ़ोन"),
    Product("laptop", (r"laptops?", r"notebooks?", r"macbook", "लैपटॉप"), "Laptops", "electronics", "लैपटॉप"),
    Product("tablet", (r"tablets?", r"ipad"), "Tablets", "electronics", "टैबलेट"),
    Product("camera", (r"cameras?", r"dslr"), "Cameras", "electronics", "कैमरा"),
    Product("tv", (r"tvs?", r"televisions?", r"smart\s*tv", "टीवी"), "Smart TVs", "electronics", "टीवी"),
    Product("watch", (r"watch(?:es)?", r"wristwatch(?:es)?", "घड़ी", "घड़ियाँ"), "Watches", "fashion", "घड़ियाँ"),
    Product("sneakers", (r"sneakers?", r"running\s*shoes", r"trainers", "स्नीकर्स"), "Sneakers", "fashion", "स्नीकर्स"),
    Product("shoes", (r"shoes?", r"footwear", r"sandals?", "जूते", "जूता"), "Footwear", "fashion", "जूते"),
    Product("saree", (r"sarees?", r"saris?", "साड़ी", "साड़ियाँ"), "Sarees", "fashion", "साड़ियाँ"),
    Product("lehenga", (r"lehengas?", "लहंगा"), "Lehengas", "fashion", "लहंगे"),
    Product("kurta", (r"kurtas?", r"kurtis?", "कुर्ता", "कुर्ती"), "Kurtas", "fashion", "कुर्ते"),
    Product("dress", (r"dress(?:es)?", r"gowns?"), "Dresses", "fashion", "ड्रेस"),
    Product("jeans", (r"jeans", r"denims?"), "Denim", "fashion", "जींस"),
    Product("tshirt", (r"t-?\s*shirts?", r"tees?"), "T-Shirts", "fashion", "टी-शर्ट"),
    Product("jacket", (r"jackets?", r"hoodies?"), "Jackets", "fashion", "जैकेट"),
    Product("handbag", (r"hand\s*bags?", r"bags?", r"purses?"), "Handbags", "fashion", "बैग"),
    Product("sunglasses", (r"sunglasses", r"shades", r"eyewear"), "Sunglasses", "fashion", "चश्मे"),
    Product("jewellery", (r"jewell?e?ry", r"necklaces?", r"earrings?", r"rings?", "गहने", "ज्वेलरी"),
            "Jewellery", "fashion", "गहने"),
    Product("clothes", (r"clothes", r"clothing", r"apparel", r"fashion", "कपड़े", "कपड़ों"), "Fashion", "fashion", "कपड़े"),
    Product("coffee", (r"coffee", r"espresso", r"latte", r"cappuccino", "कॉफ़ी", "कॉफी"), "Coffee", "food", "कॉफ़ी"),
    Product("tea", (r"chai", r"tea", "चाय"), "Tea", "food", "चाय"),
    Product("pizza", (r"pizzas?", "पिज़्ज़ा", "पिज्जा"), "Pizza", "food", "पिज़्ज़ा"),
    Product("burger", (r"burgers?",), "Burgers", "food", "बर्गर"),
    Product("cake", (r"cakes?", r"cupcakes?", r"pastr(?:y|ies)"), "Cakes", "food", "केक"),
    Product("sweets", (r"sweets", r"mithai", r"laddoos?", r"chocolates?", "मिठाई", "मिठाइयाँ"), "Sweets", "food", "मिठाइयाँ"),
    Product("biryani", (r"biryani",), "Biryani", "food", "बिरयानी"),
    Product("icecream", (r"ice\s*creams?", r"gelato"), "Ice Cream", "food", "आइसक्रीम"),
    Product("juice", (r"juices?", r"smoothies?"), "Fresh Juices", "food", "जूस"),
    Product("lipstick", (r"lipsticks?", r"makeup", r"cosmetics"), "Makeup", "beauty", "मेकअप"),
    Product("perfume", (r"perfumes?", r"fragrances?", r"attar", "इत्र"), "Fragrances", "beauty", "इत्र"),
    Product("skincare", (r"skin\s*care", r"serums?", r"moisturi[sz]ers?", r"sunscreen", r"face\s*wash"),
            "Skincare", "beauty", "स्किनकेयर"),
    Product("sofa", (r"sofas?", r"couch(?:es)?", r"furniture", "सोफ़ा", "फर्नीचर"), "Furniture", "home", "फ़र्नीचर"),
    Product("lamp", (r"lamps?", r"lights?", r"diyas?", "दीये", "दीया"), "Lighting", "home", "दीये"),
    Product("plants", (r"plants?", r"planters?"), "Plants", "home", "पौधे"),
    Product("bedsheet", (r"bed\s*sheets?", r"bedding", r"home\s*decor", r"decor"), "Home Decor", "home", "होम डेकोर"),
    Product("protein", (r"protein", r"supplements?", r"whey"), "Protein", "fitness", "प्रोटीन"),
    Product("gym", (r"gym", r"fitness", r"workout", r"yoga", "योग", "जिम"), "Fitness", "fitness", "फिटनेस"),
    Product("course", (r"courses?", r"classes", r"bootcamp", r"workshop", r"coaching", "कोर्स"), "Courses", "education",
            "कोर्स"),
    Product("app", (r"apps?", r"software", r"saas", r"platform"), "App", "software", "ऐप"),
    Product("hotel", (r"hotels?", r"resorts?", r"stays?", r"holidays?", r"trips?", r"flights?"), "Getaways", "travel",
            "यात्रा"),
    Product("car", (r"cars?", r"suvs?", r"bikes?", r"scooters?"), "Rides", "auto", "गाड़ियाँ"),
    Product("toys", (r"toys?", r"games"), "Toys", "kids", "खिलौने"),
    Product("books", (r"books?", r"novels?"), "Books", "education", "किताबें"),
)

CATEGORY_NAMES: dict[str, tuple[str, str]] = {
    "electronics": ("Electronics", "इलेक्ट्रॉनिक्स"),
    "fashion": ("Fashion", "फ़ैशन"),
    "food": ("Food", "खाना"),
    "beauty": ("Beauty", "ब्यूटी"),
    "home": ("Home", "होम"),
    "fitness": ("Fitness", "फिटनेस"),
    "education": ("Learning", "पढ़ाई"),
    "software": ("Software", "सॉफ़्टवेयर"),
    "travel": ("Travel", "यात्रा"),
    "auto": ("Auto", "ऑटो"),
    "kids": ("Kids", "बच्चों"),
}

CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "electronics": ("electronics", "gadgets?", "tech", "इलेक्ट्रॉनिक्स"),
    "fashion": ("fashion", "apparel", "clothing", "ethnic\\s*wear", "फ़ैशन", "फैशन"),
    "food": ("food", "restaurant", "cafe", "bakery", "खाना"),
    "beauty": ("beauty", "salon", "spa", "ब्यूटी"),
    "home": ("home", "furnishing", "kitchen"),
    "fitness": ("fitness", "gym", "sports?"),
    "education": ("education", "learning", "school", "college"),
    "travel": ("travel", "tour", "vacation"),
}

PROBLEMS: dict[str, tuple[str, str]] = {
    "headphones": ("Tired of noisy commutes?", "शोर से परेशान?"),
    "earbuds": ("Tangled wires again?", "फिर से उलझे तार?"),
    "speaker": ("Parties that sound flat?", "फीकी आवाज़?"),
    "smartwatch": ("Missing what matters?", "ज़रूरी बातें छूट जाती हैं?"),
    "phone": ("Battery dead by noon?", "दोपहर तक बैटरी खत्म?"),
    "laptop": ("Slow machine, slow day?", "धीमा लैपटॉप?"),
    "sneakers": ("Sore feet after every run?", "दौड़ के बाद थके पैर?"),
    "shoes": ("Shoes that pinch?", "जूते काटते हैं?"),
    "saree": ("Nothing to wear this festive season?", "त्योहार पर क्या पहनें?"),
    "coffee": ("Mornings feel like a struggle?", "सुबह सुस्ती?"),
    "tea": ("Need a real break?", "थोड़ा आराम चाहिए?"),
    "pizza": ("Hungry and out of time?", "भूख लगी है?"),
    "burger": ("Craving something real?", "कुछ लज़ीज़ खाना है?"),
    "skincare": ("Dull, tired skin?", "बेजान त्वचा?"),
    "course": ("Stuck in your career?", "करियर में अटके हैं?"),
    "app": ("Drowning in busywork?", "काम का बोझ?"),
    "gym": ("Struggling to stay consistent?", "फिट रहना मुश्किल?"),
    "sofa": ("Living room feeling tired?", "घर पुराना लगता है?"),
}

CATEGORY_PROBLEMS: dict[str, tuple[str, str]] = {
    "electronics": ("Old gear holding you back?", "पुराने गैजेट से परेशान?"),
    "fashion": ("Wardrobe feeling stale?", "वही पुराने कपड़े?"),
    "food": ("Too tired to cook?", "खाना बनाने का मन नहीं?"),
    "beauty": ("Routine not working?", "रूटीन काम नहीं कर रहा?"),
    "home": ("Home needs a refresh?", "घर को नया रूप चाहिए?"),
    "fitness": ("Goals slipping away?", "लक्ष्य दूर लगते हैं?"),
    "education": ("Want to learn faster?", "तेज़ी से सीखना है?"),
    "software": ("Too much manual work?", "बहुत ज़्यादा काम?"),
    "travel": ("Need a break?", "छुट्टी चाहिए?"),
}

MOOD_WORDS: tuple[str, ...] = (
    "premium", "luxury", "luxurious", "dark", "minimal", "minimalist", "playful", "festive", "neon", "pastel",
    "bold", "elegant", "vibrant", "modern", "retro", "vintage", "warm", "cool", "fresh", "clean", "fun", "earthy",
    "natural", "corporate", "professional", "sporty", "cute", "romantic", "calm", "soft", "traditional", "ethnic",
    "futuristic", "classy", "colorful", "colourful", "energetic", "cozy", "organic", "simple", "sleek", "stylish",
    "quirky", "royal", "rustic", "glam", "urgent", "cheerful", "light", "bright",
)

MOOD_HINDI: dict[str, str] = {
    "प्रीमियम": "premium", "शानदार": "premium", "गहरा": "dark", "डार्क": "dark", "सादा": "minimal",
    "रंगीन": "colorful", "रंगबिरंगा": "colorful", "उत्सव": "festive", "त्योहार": "festive", "चमकदार": "vibrant",
    "शाही": "royal", "मज़ेदार": "playful",
}

COLOR_WORDS: tuple[str, ...] = (
    "gold", "golden", "black", "white", "navy", "blue", "red", "green", "pink", "purple", "orange", "yellow",
    "teal", "maroon", "silver", "lavender", "beige", "brown", "emerald", "turquoise", "cream", "grey", "gray",
)

PLATFORMS: dict[str, tuple[str, ...]] = {
    "instagram": (r"instagram", r"insta", r"ig\b", r"reels?"),
    "facebook": (r"facebook", r"fb\b"),
    "linkedin": (r"linked\s*in",),
    "twitter": (r"twitter", r"tweet", r"x\.com"),
    "youtube": (r"youtube", r"yt\b"),
    "whatsapp": (r"whats\s*app",),
    "pinterest": (r"pinterest", r"pin\b"),
    "google_ads": (r"google\s*ads?", r"display\s*ads?", r"banner"),
    "print": (r"print", r"poster", r"flyer", r"a4", r"brochure"),
}

CTA_PHRASES: tuple[str, ...] = (
    "shop now", "buy now", "order now", "book now", "sign up", "learn more", "get started", "download now",
    "register now", "enroll now", "join now", "grab now", "claim offer", "try free", "subscribe", "visit us",
    "call now", "explore now", "pre-order", "preorder now", "get yours", "discover more",
)

CATEGORY_CTA: dict[str, tuple[str, str]] = {
    "food": ("Order Now", "अभी ऑर्डर करें"),
    "education": ("Enroll Now", "अभी जुड़ें"),
    "software": ("Get Started", "शुरू करें"),
    "travel": ("Book Now", "अभी बुक करें"),
    "fitness": ("Join Now", "अभी जुड़ें"),
}
