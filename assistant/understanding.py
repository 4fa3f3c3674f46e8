"""What a chat message asks for: a design, an account answer, or a follow-up on the design in hand.

The design itself is read by the design engine's brief reader (`read_brief`); this module only decides
what kind of turn a message is, and reads the few things a follow-up names (a format, an export type).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aiengine.creative.reading import read_brief
from aiengine.creative.reading.request import format_hint

DEVANAGARI = re.compile(r"[\u0900-\u097F]")
ARABIC = re.compile(r"[\u0600-\u06FF]")

# Turns that ask about the account or the product, in the order they are tried: (topic, English and
# Hindi cues). Answers come from the account's own records (assistant/answers.py).
ACCOUNT_TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("status", re.compile(r"(?<![a-z])(is (?:my|the) (?:export|design|job|logo|download)s? (?:ready|done|finished)|"
                          r"status of (?:my|the)|still (?:running|working|processing)|"
                          r"(?:एक्सपोर्ट|डिज़ाइन|डिजाइन) (?:तैयार|हो गया))")),
    ("costs", re.compile(r"(?<![a-z])(how much (?:does|do|is|will)|what does .{1,30} cost|costs?\b|prices?\b|"
                         r"pricing|कितने क्रेडिट लग|कीमत|कितना खर्च)")),
    ("credits", re.compile(r"(?<![a-z])(credits?|balance|my plan|which plan|what plan|subscription|"
                           r"क्रेडिट|बैलेंस|प्लान)")),
    ("designs", re.compile(r"(?<![a-z])((?:my|recent|last|latest) (?:designs|exports|work)|what (?:have|did) i "
                           r"(?:make|made|create|created)|show me my|मेरे डिज़ाइन|मेरे डिजाइन)")),
    ("help", re.compile(r"(?<![a-z])(what can you do|what do you do|how do(?:es)? (?:this|it|you) work|"
                        r"who are you|what are you|^help\b|can you help|how can you help|"
                        r"आप क्या कर सकते|क्या कर सकते हो|मदद)")),
)
START_OVER = re.compile(r"(?<![a-z])(start over|start again|from scratch|reset|new conversation|forget (?:it|that|"
                        r"everything)|फिर से शुरू|नए सिरे से)")
EXPORT = re.compile(r"(?<![a-z])(export|download|save (?:it )?as|as an? (?:png|jpe?g|pdf|webp|svg)|"
                    r"(?:png|jpe?g|pdf) (?:file|version|copy)|एक्सपोर्ट|डाउनलोड)")
EXPORT_FORMAT = re.compile(r"(?<![a-z])(png|jpe?g|pdf|webp|svg)(?![a-z])")
EXPORT_SCALE = re.compile(r"(?<![0-9.])([123])\s*x(?![a-z])|(?:double|twice the) (?:size|resolution)")
ADAPT = re.compile(r"(?<![a-z])((?:story|stories|banner|square|landscape|portrait|reel|thumbnail|header|cover|"
                   r"flyer|poster|post)\s+(?:version|size|format|one)|version for|resize|adapt|as an? "
                   r"(?:story|banner|poster|flyer|thumbnail)|for (?:my |the )?(?:instagram|insta|facebook|"
                   r"linkedin|youtube|whatsapp|x|twitter) (?:story|post|banner|header|status|thumbnail|cover)|"
                   r"स्टोरी|बैनर)")
ANOTHER = re.compile(r"(?<![a-z])(another (?:one|design|version|option|like)|one more|more like (?:this|that|it)|"
                     r"similar (?:one|design)|try again|different (?:one|layout|design|version)|more options|"
                     r"एक और|और विकल्प)")
BRAND = re.compile(r"(?<![a-z])((?:use|with|apply) (?:my|our|the) brand(?: kit| colou?rs)?|on[- ]brand|"
                   r"brand kit|ब्रांड)")
LOGO = re.compile(r"(?<![a-z])(logo|logomark|brand\s*mark|emblem|monogram|wordmark|लोगो)(?![a-z])")
THANKS = re.compile(r"^\s*(thanks?|thank you|great|perfect|awesome|nice|cool|ok(?:ay)?|love it|धन्यवाद|शुक्रिया|"
                    r"बढ़िया)\s*[.!🙂😊👍]*\s*$")
EDIT_VERBS = re.compile(r"(?<![a-z])(make|change|set|move|increase|decrease|bigger|smaller|larger|replace|edit|"
                        r"recolou?r|darker|lighter|brighter|remove|delete|hide|rename|swap|turn|align|centre|"
                        r"center|bold|italic|font|background|headline|colou?r|shorter|longer|add|put|use|"
                        r"translate|बड़ा|छोटा|बदल|हटा|रंग)")
FRESH = re.compile(r"(?<![a-z])(new|create|generate|design (?:a|an|me)|make (?:a|an|me)|i need|i want|बनाइए|"
                   r"बनाओ|बना दो)(?![a-z])")
DELIVERABLE = re.compile(r"(?<![a-z])(posts?|ads?|advert\w*|banners?|stor(?:y|ies)|flyers?|posters?|invitations?|"
                         r"invites?|cards?|menus?|thumbnails?|covers?|creatives?|graphics?|announcements?|designs?|"
                         r"something|पोस्ट|पोस्टर|निमंत्रण|कार्ड|बैनर)(?![a-z])")
# "Instagram post for my bakery …", "a wedding invitation for …": a message that opens with a deliverable.
NEW_DELIVERABLE = re.compile(r"^\W*(?:an?\s+)?(?:[\w'-]+\s+){0,3}(?:post|ad|advert|story|poster|flyer|invitation|"
                             r"invite|banner|card|menu|thumbnail|cover|announcement|greeting)s?\s+"
                             r"(?:for|about|announcing|of|to|with|on)(?![a-z])")
REQUEST_LEAD = re.compile(
    r"^\s*(?:(?:hi|hello|hey|ok|okay|so|well|no|sorry|actually|instead)[,!.]?\s+)*(?:(?:please|pls|kindly)\s+)?"
    r"(?:(?:make|turn|change)\s+it\s+(?:into\s+|to\s+)?)?(?:(?:can|could|would|will) you\s+"
    r"(?:please\s+)?|i(?:'d| would)? (?:like|love|need|want)(?: you)?(?: to)?\s+|we need\s+|"
    r"help me (?:with\s+|make\s+|create\s+)?|let'?s\s+)?(?:(?:make|create|design|get|do|build|prepare)"
    r"(?: me| us)?\s+)?(?:something\s+)?",
    re.IGNORECASE)
SKIP = re.compile(r"(?<![a-z])(you\s+(?:choose|pick|decide)|surprise\s+me|whatever|no\s+preference|don'?t\s+(?:mind|"
                  r"care|know)|up\s+to\s+you|skip|not sure|no idea|doesn'?t matter|आप चुनें|कुछ भी)")
GO = re.compile(r"(?<![a-z])(go\s+ahead|generate\s+it|create\s+it|make\s+it\s+now|do\s+it|just\s+make|looks\s+good|"
                r"sounds\s+good|that'?s\s+(?:all|it)|let'?s\s+go|बना दो|ठीक है)")


@dataclass(frozen=True)
class Turn:
    """What one message asks for. `act` is one of: start_over, account, export, adapt, another, brand,
    logo, edit, design, thanks, answer (to the question asked), go, or '' (nothing recognised)."""

    act: str
    topic: str = ""       # account: status, costs, credits, designs, help
    format: str = ""      # adapt: a design format id; export: png/jpg/pdf/webp/svg
    scale: float = 1.0    # export


def language_of(text: str, *, default: str = "en") -> str:
    """The language a reply should be in: Hindi for Devanagari, Arabic for Arabic script, else English
    (or `default` for a message with no letters, like "5" or "👍")."""
    if DEVANAGARI.search(text):
        return "hi"
    if ARABIC.search(text):
        return "ar"
    return "en" if re.search(r"[A-Za-z]", text) else default


def account_topic(lower: str) -> str:
    return next((topic for topic, pattern in ACCOUNT_TOPICS if pattern.search(lower)), "")


def export_turn(lower: str) -> Turn:
    found = EXPORT_FORMAT.search(lower)
    fmt = (found.group(1) if found else "png").replace("jpeg", "jpg")
    scale = EXPORT_SCALE.search(lower)
    value = 2.0 if scale and not scale.group(1) else float(scale.group(1)) if scale else 1.0
    return Turn("export", format=fmt, scale=value)


def read_turn(text: str, *, has_design: bool, awaiting: str = "", intent: str = "") -> Turn:
    """The act of one message, given whether a design is in hand, what was last asked and the intent
    of the conversation so far (logo conversations keep their own slot questions)."""
    lower = text.lower().strip()
    if START_OVER.search(lower):
        return Turn("start_over")
    topic = account_topic(lower)
    if topic == "status":
        return Turn("account", topic=topic)
    if has_design and EXPORT.search(lower):
        return export_turn(lower)
    # "How much does a story version cost?" is a costs question, not a story version.
    if topic and not (topic == "help" and FRESH.search(lower) and DELIVERABLE.search(lower)):
        return Turn("account", topic=topic)
    if has_design and ADAPT.search(lower) and not LOGO.search(lower):
        target = format_hint(text) or _story_or_banner(lower)
        if target:
            return Turn("adapt", format=target)
    if has_design and ANOTHER.search(lower):
        return Turn("another")
    if has_design and BRAND.search(lower) and not DELIVERABLE.search(lower):
        return Turn("brand")
    if LOGO.search(lower) and (FRESH.search(lower) or intent != "logo" or not has_design):
        return Turn("logo")
    if THANKS.match(lower):
        return Turn("thanks")
    fresh_request = bool(FRESH.search(lower) and DELIVERABLE.search(lower)) or bool(NEW_DELIVERABLE.match(lower))
    if has_design and EDIT_VERBS.search(lower) and not fresh_request:
        return Turn("edit")
    if awaiting and not fresh_request:
        return Turn("go") if _only_go(lower) else Turn("answer")
    if intent == "logo" and not has_design:
        return Turn("answer")
    if intent and _only_go(lower):
        return Turn("go")
    if fresh_request or DELIVERABLE.search(lower) or _has_design_facts(text):
        return Turn("design")
    return Turn("")


def _only_go(lower: str) -> bool:
    """"Go ahead", "just make it, thanks": a go-ahead that adds nothing else."""
    return bool(GO.search(lower)) and len(re.findall(r"\w+", lower)) <= 6


def _story_or_banner(lower: str) -> str:
    """A format for the words people use for a shape ("story version", "a banner", "square one")."""
    for words, format_id in ((("story", "stories", "reel", "स्टोरी"), "instagram_story"),
                             (("header", "cover"), "facebook_cover"), (("banner", "बैनर"), "web_hero"),
                             (("landscape",), "facebook_post"), (("portrait",), "instagram_portrait"),
                             (("thumbnail",), "youtube_thumbnail"), (("poster",), "poster_18x24"),
                             (("flyer",), "a5_flyer"), (("square", "post"), "instagram_post")):
        if any(word in lower for word in words):
            return format_id
    return ""


def _has_design_facts(text: str) -> bool:
    """Whether a message with no deliverable word still describes something to design (an occasion,
    a subject or facts such as a date and a place)."""
    brief = read_brief(text)
    return bool(brief.occasion or brief.kind != "general" or len(brief.facts) >= 2)


def request_clause(text: str) -> str:
    """The part of a message that describes the design, without the conversational lead-in
    ("Hi, can you make me something for" → "for ...")."""
    clause = REQUEST_LEAD.sub("", text.strip(), count=1).strip()
    clause = re.sub(r"^(?:for|about)\s+", "", clause, flags=re.IGNORECASE)
    return clause or text.strip()
