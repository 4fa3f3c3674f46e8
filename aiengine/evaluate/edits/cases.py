"""The edit evaluation's instruction set: each clause with a machine check of its effect."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Designs the instructions run over: (id, prompt, concept) — several kinds, made by the local engine.
DESIGNS: tuple[tuple[str, str, str], ...] = (
    ("sale", "Diwali sale on headphones, 40% off till 14 Nov, free delivery across India, shop now", "offer_focus"),
    ("launch", "Launch of the Aurora smartwatch, pre-order today, Rs 12,999", "product_highlight"),
    ("hiring", "We're hiring a senior Python developer in Pune, remote ok, apply by 30 Jan", "product_highlight"),
    ("webinar", "Webinar: scaling Postgres with Anita Rao, 12 March 5 pm IST, register free", "offer_focus"),
    ("food", "Weekend pizza special, 2 large pizzas for Rs 599, order now", "offer_focus"),
    ("event", "Live jazz night at Blue Frog, 21 Dec 8 pm, tickets Rs 800", "product_highlight"),
)


@dataclass(frozen=True)
class Check:
    """One clause and how to see that it was done.

    kind: color (role's text/fill within `tolerance` of `value`), tone (role's colour dark/light),
    background (canvas light/dark/`#hex`), ratio (role's font size or box width after/before >= value),
    region (role's centre in a named ninth of the canvas), text (role's text == value), contains
    (role's text contains value), shorter (role's text got shorter), absent/present (role's layers),
    weight (role's weight >= value), subject (the image's smart-asset recipe names subject `value`),
    font (role's family == value), align (role's align == value),
    named (the clause is named in the explanation as not done: `value` is a word of it)."""

    clause: str
    kind: str
    role: str = ""
    value: Any = None


@dataclass(frozen=True)
class Case:
    instruction: str
    checks: tuple[Check, ...]
    language: str = "en"


C = Check
CASES: tuple[Case, ...] = (
    # themes
    Case("change the theme to light", (C("theme to light", "background", value="light"),)),
    Case("make it dark", (C("make it dark", "background", value="dark"),)),
    Case("switch to a dark theme", (C("dark theme", "background", value="dark"),)),
    Case("use the light mode", (C("light mode", "background", value="light"),)),
    Case("make it more premium", (C("more premium", "background", value="dark"),)),
    Case("make it more minimal", (C("more minimal", "absent", "decoration"),)),
    Case("make it more playful", (C("more playful", "changed", "background"),)),
    # colours of a role
    Case("make the CTA gold", (C("CTA gold", "color", "cta", "#D4AF37"),)),
    Case("make the headline red", (C("headline red", "color", "headline", "#FF0000"),)),
    Case("make all text dark", (C("all text dark", "tone", "text", "dark"),)),
    Case("make the background white and all text dark",
         (C("background white", "background", value="#FFFFFF"), C("all text dark", "tone", "text", "dark"))),
    Case("change the button colour to green", (C("button green", "color", "cta", "#008000"),)),
    Case("make the subheadline white", (C("subheadline white", "color", "subhead", "#FFFFFF"),)),
    Case("make the background navy blue", (C("background navy", "background", value="#000080"),)),
    # size and weight
    Case("make the headline bigger", (C("headline bigger", "ratio", "headline", 1.15),)),
    Case("make the headline twice as big", (C("twice as big", "ratio", "headline", 1.6),)),
    Case("make the subheadline smaller", (C("subheadline smaller", "ratio_below", "subhead", 0.9),)),
    Case("make the headline bold", (C("headline bold", "weight", "headline", 700),)),
    Case("make the CTA bigger", (C("CTA bigger", "ratio", "cta", 1.1),)),
    # placement
    Case("move the CTA to the bottom right", (C("CTA bottom right", "region", "cta", "bottom-right"),)),
    Case("move the headline to the top left", (C("headline top left", "region", "headline", "top-left"),)),
    Case("put the logo in the top right corner", (C("logo top right", "region_or_named", "logo", "top-right"),)),
    Case("move the CTA to the centre", (C("CTA centre", "region", "cta", "center"),)),
    Case("move the button to the bottom left", (C("button bottom left", "region", "cta", "bottom-left"),)),
    Case("put the product image on the left", (C("product left", "region_or_named", "product", "left"),)),
    Case("move the headline to the bottom", (C("headline bottom", "region", "headline", "bottom"),)),
    Case("swap the image and the text", (C("swap image and text", "swapped", "product"),)),
    # alignment and spacing
    Case("align the headline left", (C("headline left", "align", "headline", "left"),)),
    Case("centre the subheadline", (C("centre subheadline", "align", "subhead", "center"),)),
    Case("right align the headline", (C("right align", "align", "headline", "right"),)),
    Case("add more space between the lines of the headline", (C("line spacing", "line_height", "headline", 1.05),)),
    # copy
    Case('change the headline to "Big Festive Sale"', (C("headline text", "text", "headline", "Big Festive Sale"),)),
    Case('change the CTA to "Book now"', (C("CTA text", "text", "cta", "Book now"),)),
    Case("make the headline shorter", (C("shorter headline", "shorter", "headline"),)),
    Case("add the date 14 Feb", (C("add date", "contains_any", "", "14 Feb"),)),
    Case('set the subheadline to "Only this weekend"', (C("subheadline text", "text", "subhead", "Only this weekend"),)),
    # add / remove / hide / show
    Case("remove the subheadline", (C("remove subheadline", "absent", "subhead"),)),
    Case("hide the CTA", (C("hide CTA", "absent", "cta"),)),
    Case("remove the product image", (C("remove product", "absent", "product"),)),
    Case("remove the CTA and make the headline bigger",
         (C("remove CTA", "absent", "cta"), C("headline bigger", "ratio", "headline", 1.15))),
    Case('add a badge saying "New"', (C("add badge", "contains_any", "", "New"),)),
    Case('add a button that says "Learn more"', (C("add button", "contains_any", "", "Learn more"),)),
    # image swaps
    Case("swap the image for a coffee cup", (C("image subject", "image_changed", "product"),
                                              C("coffee cup", "subject", "product", "coffee"))),
    Case("show a bicycle instead", (C("bicycle instead", "subject", "product", "bicycle"),)),
    Case("replace the picture with a unicorn", (C("unicorn", "named", value="unicorn"),)),
    # fonts
    Case("use Poppins for the headline", (C("headline Poppins", "font", "headline", "Poppins"),)),
    Case("change the font to Inter", (C("font Inter", "font", "text", "Inter"),)),
    Case("use Comic Sans for the headline", (C("Comic Sans", "named", value="Comic Sans"),)),
    # several clauses
    Case("make the headline bigger and move the CTA to the bottom right",
         (C("headline bigger", "ratio", "headline", 1.15), C("CTA bottom right", "region", "cta", "bottom-right"))),
    Case("make the CTA gold, make the headline bold and remove the subheadline",
         (C("CTA gold", "color", "cta", "#D4AF37"), C("headline bold", "weight", "headline", 700),
          C("remove subheadline", "absent", "subhead"))),
    Case('change the headline to "Mega Deals", make it red and align it left',
         (C("headline text", "text", "headline", "Mega Deals"), C("headline red", "color", "headline", "#FF0000"),
          C("align left", "align", "headline", "left"))),
    Case("make the background black, the text white and the button orange",
         (C("background black", "background", value="dark"), C("text white", "tone", "text", "light"),
          C("button orange", "color", "cta", "#FFA500"))),
    Case("make it light and move the headline to the top",
         (C("light", "background", value="light"), C("headline top", "region", "headline", "top"))),
    Case("blorp the quux and make the headline blue",
         (C("blorp", "named", value="blorp"), C("headline blue", "color", "headline", "#0000FF"))),
    # translation (no hosted provider here: it must be named)
    Case("translate the text to Hindi", (C("translate", "named", value="translate"),)),
    Case("translate everything to French", (C("translate", "named", value="translate"),)),
    # Hindi
    Case("हेडलाइन को बड़ा करो", (C("हेडलाइन बड़ा", "ratio", "headline", 1.15),), "hi"),
    Case("बटन को लाल करो", (C("बटन लाल", "color", "cta", "#FF0000"),), "hi"),
    Case("सबहेडलाइन हटाओ", (C("सबहेडलाइन हटाओ", "absent", "subhead"),), "hi"),
    Case("बैकग्राउंड को सफ़ेद करो", (C("बैकग्राउंड सफ़ेद", "background", value="#FFFFFF"),), "hi"),
    Case('हेडलाइन को "दिवाली धमाका" में बदलो', (C("हेडलाइन पाठ", "text", "headline", "दिवाली धमाका"),), "hi"),
    Case("हेडलाइन को बड़ा करो और बटन को नीचे दाईं ओर ले जाओ",
         (C("हेडलाइन बड़ा", "ratio", "headline", 1.15), C("बटन नीचे दाएँ", "region", "cta", "bottom-right")), "hi"),
    Case("थीम को डार्क करो", (C("थीम डार्क", "background", value="dark"),), "hi"),
    Case("तस्वीर को कॉफ़ी से बदलो", (C("तस्वीर कॉफ़ी", "subject", "product", "coffee"),), "hi"),
    Case("हेडलाइन को बोल्ड करो", (C("हेडलाइन बोल्ड", "weight", "headline", 700),), "hi"),
)
