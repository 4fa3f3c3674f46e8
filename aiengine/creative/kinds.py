"""The document kinds as data: slots, calls to action by intent and language, eyebrows, image need, alignment and type scale."""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("en", "hi", "ar")

# Calls to action by intent, in each language; "{date}" takes a deadline as written in the prompt.
CTAS: dict[str, dict[str, str]] = {
    "rsvp": {"en": "RSVP", "hi": "कृपया पधारें", "ar": "يرجى تأكيد الحضور"},
    "apply": {"en": "Apply now", "hi": "अभी आवेदन करें", "ar": "قدّم الآن"},
    "apply_by": {"en": "Apply by {date}", "hi": "{date} तक आवेदन करें", "ar": "قدّم قبل {date}"},
    "register_free": {"en": "Register free", "hi": "निःशुल्क पंजीकरण करें", "ar": "سجّل مجانًا"},
    "register": {"en": "Register now", "hi": "अभी पंजीकरण करें", "ar": "سجّل الآن"},
    "register_by": {"en": "Register by {date}", "hi": "{date} तक पंजीकरण करें", "ar": "سجّل قبل {date}"},
    "book_visit": {"en": "Book a visit", "hi": "विज़िट बुक करें", "ar": "احجز زيارة"},
    "call": {"en": "Call now", "hi": "अभी कॉल करें", "ar": "اتصل الآن"},
    "tickets": {"en": "Get tickets", "hi": "टिकट बुक करें", "ar": "احصل على التذاكر"},
    "book": {"en": "Book now", "hi": "अभी बुक करें", "ar": "احجز الآن"},
    "order": {"en": "Order now", "hi": "अभी ऑर्डर करें", "ar": "اطلب الآن"},
    "shop": {"en": "Shop now", "hi": "अभी खरीदें", "ar": "تسوّق الآن"},
    "preorder": {"en": "Pre-order now", "hi": "प्री-ऑर्डर करें", "ar": "اطلب مسبقًا"},
    "learn": {"en": "Learn more", "hi": "और जानें", "ar": "اعرف المزيد"},
    "enrol": {"en": "Enrol now", "hi": "अभी दाखिला लें", "ar": "سجّل الآن"},
    "enrol_by": {"en": "Enrol by {date}", "hi": "{date} तक दाखिला लें", "ar": "سجّل قبل {date}"},
    "watch": {"en": "Watch now", "hi": "अभी देखें", "ar": "شاهد الآن"},
    "listen": {"en": "Listen now", "hi": "अभी सुनें", "ar": "استمع الآن"},
    "visit": {"en": "Visit us", "hi": "हमसे मिलें", "ar": "تفضّلوا بزيارتنا"},
    "join": {"en": "Join us", "hi": "हमसे जुड़ें", "ar": "انضموا إلينا"},
    "try": {"en": "Try it free", "hi": "मुफ़्त आज़माएँ", "ar": "جرّبه مجانًا"},
    "try_it": {"en": "Try it", "hi": "आज़माएँ", "ar": "جرّبه"},
    "subscribe": {"en": "Subscribe", "hi": "सब्सक्राइब करें", "ar": "اشترك الآن"},
    "download": {"en": "Download now", "hi": "अभी डाउनलोड करें", "ar": "حمّل الآن"},
    "sign_up": {"en": "Sign up", "hi": "साइन अप करें", "ar": "اشترك"},
    "contact": {"en": "Get in touch", "hi": "संपर्क करें", "ar": "تواصل معنا"},
    "donate": {"en": "Donate now", "hi": "अभी दान करें", "ar": "تبرّع الآن"},
}
# The intents that sell: only commerce kinds may use them.
COMMERCE_INTENTS = frozenset({"shop", "order", "preorder"})

# Short labels above a headline, by name and language.
EYEBROWS: dict[str, dict[str, str]] = {
    "invited": {"en": "You're invited", "hi": "सादर आमंत्रण", "ar": "أنتم مدعوون"},
    "save_the_date": {"en": "Save the date", "hi": "तारीख याद रखें", "ar": "احفظوا التاريخ"},
    "hiring": {"en": "We're hiring", "hi": "भर्ती जारी है", "ar": "نحن نوظّف"},
    "webinar": {"en": "Webinar", "hi": "वेबिनार", "ar": "ندوة عبر الإنترنت"},
    "free_webinar": {"en": "Free webinar", "hi": "निःशुल्क वेबिनार", "ar": "ندوة مجانية عبر الإنترنت"},
    "introducing": {"en": "Introducing", "hi": "पेश है", "ar": "نقدّم لكم"},
    "now_open": {"en": "Now open", "hi": "अब खुल गया है", "ar": "افتتحنا الآن"},
    "grand_opening": {"en": "Grand opening", "hi": "भव्य शुभारंभ", "ar": "الافتتاح الكبير"},
    "coming_soon": {"en": "Coming soon", "hi": "जल्द आ रहा है", "ar": "قريبًا"},
    "announcement": {"en": "Announcement", "hi": "घोषणा", "ar": "إعلان"},
    "menu": {"en": "On the menu", "hi": "आज का मेन्यू", "ar": "على القائمة"},
    "for_sale": {"en": "For sale", "hi": "बिक्री के लिए", "ar": "للبيع"},
    "for_rent": {"en": "For rent", "hi": "किराये के लिए", "ar": "للإيجار"},
    "admissions": {"en": "Admissions open", "hi": "प्रवेश प्रारंभ", "ar": "التسجيل مفتوح"},
    "new_batch": {"en": "New batch", "hi": "नया बैच", "ar": "دفعة جديدة"},
    "reviews": {"en": "What our customers say", "hi": "हमारे ग्राहक कहते हैं", "ar": "ماذا يقول عملاؤنا"},
    "live": {"en": "Live", "hi": "लाइव", "ar": "مباشر"},
    "limited_offer": {"en": "Limited offer", "hi": "सीमित ऑफ़र", "ar": "عرض محدود"},
}


@dataclass(frozen=True)
class Kind:
    """How one kind of design is written and laid out."""

    id: str
    label: str
    slots: tuple[str, ...]               # the copy slots this kind fills (model.SLOTS), in reading order
    ctas: tuple[str, ...]                # intents (CTAS keys) this kind may use, the default first; () = no CTA
    eyebrow: str = ""                    # the default eyebrow (EYEBROWS key), "" for none
    commerce: bool = False               # may sell (Shop now, Order now)
    image: str = "optional"              # "required", "optional" or "none"
    align: str = "centre"                # "centre" or "left"
    scale: float = 1.333                 # modular type-scale ratio
    casing: str = "title"                # headline casing: "title", "sentence", "upper" or "as_written"
    headline_words: tuple[int, int] = (2, 8)  # the headline's length a designer aims for
    subject: str = ""                    # the art index subject pictured when the prompt names none ("" = none)

    def cta(self, intent: str, language: str, *, date: str = "") -> str:
        """The CTA text for `intent` in `language` (English when the language has none)."""
        phrases = CTAS[intent]
        return phrases.get(language, phrases["en"]).replace("{date}", date)

    def eyebrow_text(self, name: str, language: str) -> str:
        """The eyebrow `name` in `language`."""
        phrases = EYEBROWS[name]
        return phrases.get(language, phrases["en"])


_ALL = ("eyebrow", "headline", "subline", "details", "badge", "cta", "contact")

KINDS: dict[str, Kind] = {kind.id: kind for kind in (
    Kind("sale", "Sale / offer", _ALL, ("shop", "order", "book", "visit"), commerce=True, scale=1.5,
         headline_words=(2, 8), subject="shopping"),
    Kind("launch", "Product launch", _ALL, ("preorder", "learn", "shop", "try", "download", "sign_up"),
         eyebrow="introducing", commerce=True, image="required", scale=1.414, headline_words=(1, 6),
         subject="rocket"),
    Kind("event", "Event / concert", _ALL, ("join", "tickets", "book", "register", "register_free", "rsvp"),
         scale=1.5, headline_words=(2, 7), subject="ticket"),
    Kind("invitation", "Invitation", ("eyebrow", "headline", "subline", "details", "cta", "contact"), ("rsvp",),
         eyebrow="invited", image="none", scale=1.333, casing="title", headline_words=(1, 6)),
    Kind("greeting", "Festival / greeting", ("eyebrow", "headline", "subline", "details", "contact"), (),
         scale=1.5, casing="as_written", headline_words=(1, 6)),
    Kind("hiring", "Hiring", _ALL, ("apply", "apply_by"), eyebrow="hiring", image="none", align="left",
         scale=1.25, headline_words=(1, 6)),
    Kind("webinar", "Webinar / B2B", _ALL, ("register", "register_free", "register_by", "watch", "join"),
         eyebrow="webinar", image="optional", align="left", scale=1.25, casing="as_written", headline_words=(2, 9),
         subject="laptop"),
    Kind("menu", "Menu / food special", _ALL, ("order", "book", "visit", "call"), eyebrow="menu", commerce=True,
         image="required", scale=1.333, headline_words=(1, 6), subject="cooking"),
    Kind("real_estate", "Real estate", _ALL, ("book_visit", "call", "contact"), align="left", scale=1.25,
         headline_words=(2, 7), subject="house"),
    Kind("thumbnail", "Thumbnail", ("headline", "subline", "badge"), (), align="left", scale=1.618,
         casing="upper", headline_words=(2, 5)),
    Kind("cover", "Cover / banner", ("headline", "subline", "details", "contact"), (), align="left", scale=1.5,
         headline_words=(1, 5)),
    Kind("announcement", "Announcement / opening", _ALL, ("visit", "join", "learn", "call", "register"),
         eyebrow="announcement", scale=1.414, casing="sentence", headline_words=(2, 9),
         subject="megaphone"),
    Kind("quote", "Quote", ("headline", "attribution"), (), image="none", scale=1.25, casing="as_written",
         headline_words=(2, 40)),
    Kind("testimonial", "Testimonial", ("eyebrow", "headline", "subline", "attribution", "badge", "cta"),
         ("try_it", "learn"),
         eyebrow="reviews", image="optional", scale=1.25, casing="as_written", headline_words=(2, 40)),
    Kind("education", "Education / course", _ALL, ("enrol", "enrol_by", "register", "register_free", "call"),
         align="left", scale=1.333, headline_words=(2, 7), subject="book"),
    Kind("general", "General", _ALL, ("learn", "contact", "visit", "join", "register", "call"), scale=1.333,
         headline_words=(2, 8)),
)}
