"""Festivals, days and life events a prompt may name, with their names and greetings in English, Hindi and Arabic."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from aiengine.creative.reading.text import DEVANAGARI, Cue


@dataclass(frozen=True)
class Occasion:
    """A festival, day or life event: how it is written, its greeting by language, and its moods."""

    id: str
    patterns: tuple[str, ...]            # English regexes (case-insensitive) and Hindi/Arabic words
    greeting: dict[str, str]              # language → the greeting line ("Happy Diwali")
    moods: tuple[str, ...] = ()
    festival: bool = True                 # a festival or day (greeting) rather than a life event (invitation)
    sale: bool = False                    # the occasion is itself a sale (Black Friday)
    line: dict[str, str] | None = None    # an invitation's occasion line for a life event ("Wedding celebration")


def _o(id_: str, patterns: tuple[str, ...], en: str, hi: str, ar: str, moods: tuple[str, ...] = (), *,
       festival: bool = True, sale: bool = False, line: tuple[str, str, str] | None = None) -> Occasion:
    lines = {"en": line[0], "hi": line[1], "ar": line[2]} if line else None
    return Occasion(id_, patterns, {"en": en, "hi": hi, "ar": ar}, moods, festival, sale, lines)


OCCASIONS: tuple[Occasion, ...] = (
    _o("diwali", (r"diwali", r"deepavali", r"dipawali", "दिवाली", "दीवाली", "दीपावली"), "Happy {name}",
       "{name} की शुभकामनाएँ", "{name} سعيد", ("festive",)),
    _o("dhanteras", (r"dhanteras", "धनतेरस"), "Happy {name}", "{name} की शुभकामनाएँ", "{name} سعيد", ("festive",)),
    _o("holi", (r"holi", "होली"), "Happy {name}", "{name} की शुभकामनाएँ", "{name} سعيد", ("vibrant", "playful")),
    _o("eid", (r"eid mubarak", r"eid(?:[- ](?:ul|al)[- ](?:fitr|adha))?", r"bakrid", "ईद", "عيد"), "{name} Mubarak",
       "{name} मुबारक", "{name} مبارك", ("elegant", "festive")),
    _o("ramadan", (r"ramadan", r"ramzan", "रमज़ान", "रमजान", "رمضان"), "{name} Kareem", "{name} मुबारक",
       "{name} كريم", ("elegant", "calm")),
    _o("christmas", (r"christmas", r"x-?mas", "क्रिसमस"), "Merry {name}", "{name} की शुभकामनाएँ",
       "عيد ميلاد مجيد", ("festive",)),
    _o("new_year", (r"new\s*year", r"nye", "नया साल", "नव वर्ष", "नववर्ष", "رأس السنة", "السنة الجديدة"),
       "Happy {name}", "{name} की शुभकामनाएँ", "سنة جديدة سعيدة", ("festive",)),
    _o("black_friday", (r"black\s*friday",), "{name}", "{name}", "{name}", ("dark", "bold"),
       sale=True),
    _o("cyber_monday", (r"cyber\s*monday",), "{name}", "{name}", "{name}", ("neon",), sale=True),
    _o("valentines", (r"valentine'?s?(?:\s*day)?", "वैलेंटाइन"), "Happy Valentine's Day", "वैलेंटाइन डे मुबारक",
       "عيد حب سعيد", ("romantic",)),
    _o("independence_day", (r"independence\s*day", r"15th\s*august", "स्वतंत्रता दिवस"), "Happy {name}", "{name} की शुभकामनाएँ", "عيد استقلال سعيد", ("patriotic",)),
    _o("republic_day", (r"republic\s*day", r"26th\s*january", "गणतंत्र दिवस"), "Happy {name}", "{name} की शुभकामनाएँ", "يوم جمهورية سعيد", ("patriotic",)),
    _o("onam", (r"onam", "ओणम"), "Happy {name}", "{name} की शुभकामनाएँ", "أونام سعيد", ("festive", "earthy")),
    _o("pongal", (r"pongal", "पोंगल"), "Happy {name}", "{name} की शुभकामनाएँ", "بونغال سعيد", ("festive", "earthy")),
    _o("lohri", (r"lohri", "लोहड़ी"), "Happy {name}", "{name} की शुभकामनाएँ", "لوهري سعيد", ("festive", "warm")),
    _o("sankranti", (r"makar\s*sankranti", r"sankranti", "मकर संक्रांति"), "Happy {name}", "{name} की शुभकामनाएँ", "سانكرانتي سعيد", ("festive",)),
    _o("navratri", (r"navratri", r"navaratri", r"garba", r"dandiya", "नवरात्रि", "नवरात्र", "गरबा"),
       "Happy {name}", "{name} की शुभकामनाएँ", "نافراتري سعيد", ("festive", "vibrant")),
    _o("dussehra", (r"dussehra", r"dasara", r"vijayadashami", "दशहरा"), "Happy {name}", "{name} की शुभकामनाएँ",
       "دوسهرا سعيد", ("festive",)),
    _o("durga_puja", (r"durga\s*puja", "दुर्गा पूजा"), "Happy {name}", "{name} की शुभकामनाएँ",
       "دورغا بوجا سعيد", ("festive",)),
    _o("ganesh_chaturthi", (r"ganesh\s*chaturthi", r"ganeshotsav", r"ganesh\s*utsav", "गणेश चतुर्थी", "गणेश उत्सव"),
       "Happy {name}", "{name} की शुभकामनाएँ", "غانيش تشاتورتي سعيد", ("festive",)),
    _o("raksha_bandhan", (r"raksha\s*bandhan", r"rakhi", "रक्षाबंधन", "रक्षा बंधन", "राखी"), "Happy {name}", "{name} की शुभकामनाएँ", "راكشا باندهان سعيد", ("festive", "warm")),
    _o("janmashtami", (r"janmashtami", "जन्माष्टमी"), "Happy {name}", "{name} की शुभकामनाएँ",
       "جانماشتامي سعيد", ("festive",)),
    _o("baisakhi", (r"baisakhi", r"vaisakhi", "बैसाखी"), "Happy {name}", "{name} की शुभकामनाएँ", "بايساخي سعيد",
       ("festive", "earthy")),
    _o("chhath", (r"chhath", "छठ"), "Happy {name}", "{name} की शुभकामनाएँ", "تشات بوجا سعيد", ("festive",)),
    _o("karwa_chauth", (r"karwa\s*chauth", "करवा चौथ"), "Happy {name}", "{name} की शुभकामनाएँ",
       "كاروا تشوث سعيد", ("festive", "romantic")),
    _o("mothers_day", (r"mother'?s\s*day", "मदर्स डे", "मातृ दिवस"), "Happy {name}", "{name} की शुभकामनाएँ",
       "عيد أم سعيد", ("pastel", "warm")),
    _o("fathers_day", (r"father'?s\s*day", "फादर्स डे", "पितृ दिवस"), "Happy {name}", "{name} की शुभकामनाएँ",
       "عيد أب سعيد", ("bold",)),
    _o("teachers_day", (r"teachers?'?s?\s*day", "शिक्षक दिवस"), "Happy {name}", "{name} की शुभकामनाएँ",
       "يوم معلم سعيد", ("warm",)),
    _o("childrens_day", (r"children'?s\s*day", "बाल दिवस"), "Happy {name}", "{name} की शुभकामनाएँ",
       "يوم طفل سعيد", ("playful",)),
    _o("womens_day", (r"women'?s\s*day", "महिला दिवस"), "Happy {name}", "{name} की शुभकामनाएँ",
       "يوم مرأة سعيد", ("vibrant",)),
    _o("friendship_day", (r"friendship\s*day",), "Happy {name}", "{name} की शुभकामनाएँ",
       "يوم صداقة سعيد", ("playful",)),
    _o("thanksgiving", (r"thanksgiving",), "Happy {name}", "{name} की शुभकामनाएँ", "عيد شكر سعيد",
       ("warm", "earthy")),
    _o("halloween", (r"halloween",), "Happy {name}", "{name} की शुभकामनाएँ", "هالوين سعيد", ("dark", "playful")),
    _o("easter", (r"easter",), "Happy {name}", "{name} की शुभकामनाएँ", "فصح مجيد", ("pastel",)),
    _o("yoga_day", (r"(?:international\s+)?yoga\s*day", "योग दिवस"), "Happy {name}", "{name} की शुभकामनाएँ", "يوم يوغا سعيد", ("calm",)),
    _o("national_day", (r"uae\s+national\s+day", r"national\s+day", "اليوم الوطني"), "Happy {name}", "{name} की शुभकामनाएँ", "اليوم الوطني سعيد", ("festive",)),
    # Life events: a prompt naming one of these is usually an invitation or a wish for one person.
    _o("wedding", (r"wedding", r"weds", r"marriage", r"shaadi", r"reception", r"sangeet", r"mehendi", r"mehndi", r"haldi",
                   "शादी", "विवाह", "शुभ विवाह", "زفاف", "عرس"), "Happy Wedding Day", "शुभ विवाह", "زفاف سعيد",
       ("elegant",), festival=False, line=("Wedding celebration", "शुभ विवाह", "حفل زفاف")),
    _o("engagement", (r"engagement", r"ring\s*ceremony", "सगाई", "خطوبة"), "Engagement Ceremony", "सगाई समारोह",
       "حفل خطوبة", ("elegant", "romantic"), festival=False,
       line=("Engagement ceremony", "सगाई समारोह", "حفل خطوبة")),
    _o("birthday", (r"birthday", r"b'?day", "जन्मदिन", "बर्थडे", "عيد ميلاد"), "Happy Birthday",
       "जन्मदिन की शुभकामनाएँ", "عيد ميلاد سعيد", ("playful",), festival=False,
       line=("Birthday celebration", "जन्मदिन समारोह", "حفل عيد ميلاد")),
    _o("anniversary", (r"(?:wedding\s+)?anniversary", "शादी की सालगिरह", "सालगिरह", "वर्षगांठ", "ذكرى"), "Happy Anniversary",
       "सालगिरह की शुभकामनाएँ", "ذكرى سنوية سعيدة", ("elegant", "romantic"), festival=False),
    _o("baby_shower", (r"baby\s*shower", r"godh\s*bharai", "गोद भराई"), "Baby Shower", "गोद भराई", "حفل استقبال مولود",
       ("pastel",), festival=False),
    _o("naming_ceremony", (r"naming\s*ceremony", r"naamkaran", r"namkaran", "नामकरण"), "Naming Ceremony",
       "नामकरण संस्कार", "حفل تسمية", ("pastel",), festival=False),
    _o("housewarming", (r"house\s*warming", r"griha\s*pravesh", "गृह प्रवेश", "गृहप्रवेश"), "Housewarming",
       "गृह प्रवेश", "حفل منزل جديد", ("warm",), festival=False),
    _o("graduation", (r"graduation", r"convocation", "दीक्षांत"), "Congratulations, Graduates!",
       "दीक्षांत समारोह", "حفل تخرج", ("elegant",), festival=False),
    _o("retirement", (r"retirement", r"farewell", "विदाई", "सेवानिवृत्ति"), "Happy Retirement",
       "सेवानिवृत्ति की शुभकामनाएँ", "تقاعد سعيد", ("warm",), festival=False),
)

def _pattern(word: str) -> str:
    if re.search(rf"[{DEVANAGARI}\u0600-\u06FF]", word):
        return rf"(?<![{DEVANAGARI}\w]){re.escape(word)}(?![\w{DEVANAGARI}])"
    return rf"(?<![a-z0-9]){word}(?![a-z0-9])"


_CUES = tuple((occasion, Cue.of([unicodedata.normalize("NFC", word) for word in occasion.patterns], _pattern))
              for occasion in OCCASIONS)
BY_ID = {occasion.id: occasion for occasion in OCCASIONS}


def find_occasions(text: str) -> list[tuple[Occasion, int, int]]:
    """Every occasion named in `text` with its span, in order of mention."""
    lower = text.lower()
    found = sorted(((occasion, match.start(), match.end()) for occasion, cue in _CUES for match in cue.finditer(lower)),
                   key=lambda item: (item[1], -(item[2] - item[1])))
    kept: list[tuple[Occasion, int, int]] = []
    for occasion, start, end in found:
        if not any(a < end and start < b for _, a, b in kept):
            kept.append((occasion, start, end))
    return kept


def main_occasion(found: list[tuple[Occasion, int, int]]) -> Occasion | None:
    """The occasion the prompt is about: a festival before a life event, else the first named."""
    festivals = [occasion for occasion, _, _ in found if occasion.festival]
    if festivals:
        return festivals[0]
    return found[0][0] if found else None
