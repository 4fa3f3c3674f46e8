"""The conversations of the evaluation. Each: an id, the user's turns, and what must hold.

Checks (all optional):
- designs_by: the turn (0-based) by which designs must exist; `no_design`: no design at all.
- facts: strings every design made by the conversation's first generation must show (verbatim,
  case-insensitive), taken from the user's own words.
- asks: {turn: slot} — the assistant asks for that slot at that turn (and makes nothing).
- never_asks: slots the assistant must not ask for (the user already said them or they don't apply).
- balance_at: a turn whose reply must state the account's balance.
- language: the language of every reply ("en" or "hi").
- format_at: {turn: format id} — the designs made at that turn have that format.
- edit_at: {turn: effect} — the design in hand changed as asked: "headline_bigger", "headline_shorter",
  "background:<#hex>", "text:<string>".
- logo_at: a turn that makes a logo. export_at: a turn that answers with an exported file.
- reply_has: {turn: [strings]} — words the reply must contain (e.g. a price from the cost table).
"""

from __future__ import annotations

from typing import Any

CONVERSATIONS: list[dict[str, Any]] = [
    # --- single requests with every fact: designed at once, nothing asked -------------------------
    {"id": "charity-run", "turns": ["make me a poster for a charity run on Sunday 14 March at Cubbon Park, "
                                    "5K and 10K"],
     "designs_by": 0, "facts": ["14 March", "Cubbon Park", "5K", "10K"], "never_asks": ["name", "date", "what"],
     "format_at": {0: "poster_18x24"}},
    {"id": "diwali-sale", "turns": ["Instagram ad for Diwali electronics sale, 40% OFF, premium dark theme, "
                                    "show headphones"],
     "designs_by": 0, "facts": ["40%"], "never_asks": ["name", "what"]},
    {"id": "wedding-full", "turns": ["Wedding invitation for Priya and Arjun, 14 Feb 2027 at 7 pm, The Leela "
                                     "Palace, Bengaluru"],
     "designs_by": 0, "facts": ["Priya", "Arjun", "14 Feb 2027", "7 pm", "The Leela Palace"],
     "never_asks": ["date", "name"]},
    {"id": "hiring", "turns": ["We're hiring a senior backend engineer in Pune, apply by 30 June at "
                               "careers.finlytics.in"],
     "designs_by": 0, "facts": ["30 June", "careers.finlytics.in"], "never_asks": ["name", "date", "what"]},
    {"id": "webinar", "turns": ["LinkedIn post for our free webinar 'Scaling Postgres' on 12 March, 6 PM IST, "
                                "with Dr. Meera Rao"],
     "designs_by": 0, "facts": ["Scaling Postgres", "12 March", "6 PM IST"], "never_asks": ["date"],
     "format_at": {0: "linkedin_post"}},
    {"id": "menu-special", "turns": ["Post for our weekend special: masala dosa ₹120 and filter coffee ₹40"],
     "designs_by": 0, "facts": ["₹120", "₹40"], "never_asks": ["what"]},
    {"id": "real-estate", "turns": ["Instagram post: 2BHK flat for sale in Koramangala, ₹85 L, call "
                                    "+91 98450 12345"],
     "designs_by": 0, "facts": ["2BHK", "Koramangala", "₹85 L", "+91 98450 12345"], "never_asks": ["what"]},
    {"id": "thumbnail", "turns": ["YouTube thumbnail: Top 7 budget phones of 2026"],
     "designs_by": 0, "facts": ["7"], "format_at": {0: "youtube_thumbnail"}},
    {"id": "quote", "turns": ["Quote card: \"The best way out is always through\" — Robert Frost"],
     "designs_by": 0, "facts": ["The best way out is always through"]},
    {"id": "launch", "turns": ["Launch post for the Galaxy Buds 3, 5G ready case, pre-order at $149"],
     "designs_by": 0, "facts": ["$149"], "never_asks": ["what", "name"]},
    {"id": "grand-opening", "turns": ["Grand opening of Sharma Sweets on Saturday 10 am, MG Road"],
     "designs_by": 0, "facts": ["Sharma Sweets", "MG Road"], "never_asks": ["name", "date"]},
    {"id": "course", "turns": ["Poster for a 6-week Python course starting 5 January, fee ₹4,999, enrol at "
                               "learn.pyschool.in"],
     "designs_by": 0, "facts": ["₹4,999", "learn.pyschool.in"], "never_asks": ["what"]},
    {"id": "concert", "turns": ["Gig poster: The Local Train live at Phoenix Arena, 22 Nov, 8 pm, tickets "
                                "₹999"],
     "designs_by": 0, "facts": ["22 Nov", "8 pm", "₹999"], "never_asks": ["date"]},
    {"id": "testimonial", "turns": ["Testimonial post: \"Best coffee in town\" — Ananya, 5 stars, for Bean "
                                    "There café"],
     "designs_by": 0, "facts": ["Best coffee in town"], "never_asks": ["what"]},
    {"id": "greeting-holi", "turns": ["Happy Holi greeting from Studio Nine, pink and yellow"],
     "designs_by": 0, "never_asks": ["name", "what"]},
    # --- vague requests: one short question for what the kind truly lacks ---------------------------
    {"id": "bakery-anniversary", "turns": ["I need something for my bakery's anniversary next week",
                                           "It's called Crumbs, we're turning 5"],
     "asks": {0: "name"}, "designs_by": 1, "facts": ["Crumbs", "5"], "never_asks": ["what"]},
    {"id": "vague-post", "turns": ["I want a post", "A monsoon sale at Stride shoes, 30% off till Sunday"],
     "asks": {0: "what"}, "designs_by": 1, "facts": ["30%"]},
    {"id": "invitation-needs-date", "turns": ["Birthday party invitation for Kabir", "Saturday 3 May, 4 pm"],
     "asks": {0: "date"}, "designs_by": 1, "facts": ["Kabir", "3 May", "4 pm"], "never_asks": ["name"]},
    {"id": "event-needs-date", "turns": ["Poster for our book club meetup at Atta Galatta",
                                         "Next Sunday at 5 pm"],
     "asks": {0: "date"}, "designs_by": 1, "facts": ["Atta Galatta"]},
    {"id": "shop-name", "turns": ["A Diwali post for my sweet shop", "Sharma Sweets"],
     "asks": {0: "name"}, "designs_by": 1, "facts": ["Sharma Sweets"]},
    {"id": "skip-question", "turns": ["Post for my salon's monsoon offer, 20% off haircuts", "skip"],
     "asks": {0: "name"}, "designs_by": 1, "facts": ["20%"]},
    {"id": "hello-then-request", "turns": ["hello", "Father's Day sale post, flat 25% off on watches"],
     "designs_by": 1, "facts": ["25%"], "never_asks": ["name"]},
    # --- account and product questions: answered from the account ----------------------------------
    {"id": "credits", "turns": ["how many credits do I have?"], "balance_at": 0, "no_design": True},
    {"id": "what-can-you-do", "turns": ["what can you do?", "how many credits do I have?"],
     "balance_at": 1, "no_design": True, "reply_has": {0: ["invitation", "export"]}},
    {"id": "costs", "turns": ["How much does a design cost?"], "no_design": True,
     "reply_has": {0: ["2 credits"]}},
    {"id": "plan", "turns": ["Which plan am I on?"], "no_design": True, "reply_has": {0: ["free"]}},
    {"id": "my-designs", "turns": ["Republic Day greeting post from Orbit Labs", "show me my designs"],
     "designs_by": 0, "reply_has": {1: ["Republic Day"]}},
    {"id": "status", "turns": ["Summer sale post, 50% off sunglasses", "is my design ready?"],
     "designs_by": 0, "reply_has": {1: ["done"]}},
    # --- follow-ups on the design in hand -----------------------------------------------------------
    {"id": "edit-bigger", "turns": ["Eid sale post for Noor Fashion, 30% off", "make the headline bigger"],
     "designs_by": 0, "edit_at": {1: "headline_bigger"}},
    {"id": "edit-background", "turns": ["Yoga class post at Sunrise Studio, Monday 7 am",
                                        "change the background to navy"],
     "designs_by": 0, "edit_at": {1: "background:#000080"}},
    {"id": "edit-text", "turns": ["Bake sale post, cupcakes ₹50 each", "change the headline to \"Sweet Saturday\""],
     "designs_by": 0, "edit_at": {1: "text:Sweet Saturday"}},
    {"id": "story-version", "turns": ["Black Friday sale post, 60% off laptops", "now a story version"],
     "designs_by": 0, "format_at": {1: "instagram_story"}, "facts": ["60%"]},
    {"id": "another", "turns": ["Christmas greeting from Pine & Co", "make another like this"],
     "designs_by": 1, "never_asks": ["name", "what"]},
    {"id": "export", "turns": ["New Year sale post, 25% off everything", "export it as PNG"],
     "designs_by": 0, "export_at": 1},
    {"id": "start-over", "turns": ["Wedding invitation for Rhea and Sam", "start over",
                                   "Onam greeting from Kerala Kitchen"],
     "asks": {0: "date"}, "designs_by": 2, "facts": ["Kerala Kitchen"]},
    # --- logos (the platform spec's script) ---------------------------------------------------------
    {"id": "coffee-logo", "turns": ["Create a logo for my coffee shop", "It's called 'Bean There'",
                                    "Vintage, in brown and gold please"],
     "asks": {0: "name", 1: "style"}, "logo_at": 2},
    {"id": "logo-at-once", "turns": ["A minimalist logo called 'Atlas' in black"], "logo_at": 0},
    # --- Hindi ----------------------------------------------------------------------------------------
    {"id": "hi-diwali", "turns": ["मिठाई की दुकान 'शर्मा स्वीट्स' के लिए दिवाली पोस्ट बनाइए"],
     "designs_by": 0, "language": "hi", "never_asks": ["name", "what"]},
    {"id": "hi-credits", "turns": ["मेरे पास कितने क्रेडिट हैं?"], "balance_at": 0, "language": "hi",
     "no_design": True},
    {"id": "hi-sale", "turns": ["होली सेल पोस्ट, 30% छूट"], "designs_by": 0, "language": "hi",
     "facts": ["30%"]},
    {"id": "hi-vague", "turns": ["एक पोस्ट चाहिए", "नवरात्रि पर गरबा नाइट, शनिवार शाम 7 बजे"],
     "asks": {0: "what"}, "designs_by": 1, "language": "hi"},
    {"id": "hi-help", "turns": ["आप क्या कर सकते हैं?"], "language": "hi", "no_design": True},
    {"id": "hi-invitation", "turns": ["प्रिया और अर्जुन की शादी का निमंत्रण", "14 फ़रवरी, शाम 7 बजे"],
     "asks": {0: "date"}, "designs_by": 1, "language": "hi"},
]
