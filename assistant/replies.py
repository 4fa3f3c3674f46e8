"""The assistant's words, in each language it answers in (English and Hindi; English for the rest).

`say(key, language, **values)` fills one message; suggestion lists come from `suggestions(key, language)`.
"""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, dict[str, str]] = {
    "help": {
        "en": "I design from a sentence: social posts, stories, ads, invitations, greetings, hiring posts, "
              "webinar and event posters, menus, property listings, thumbnails, banners and logos — three "
              "variants in your format, with your facts as written. Then I edit by instruction (“make the "
              "headline bigger”), make other sizes (“now a story version”) and export PNG, JPG or PDF. "
              "{costs} You have {balance} credits.",
        "hi": "मैं एक वाक्य से डिज़ाइन बनाता हूँ: सोशल पोस्ट, स्टोरी, विज्ञापन, निमंत्रण, शुभकामनाएँ, भर्ती पोस्ट, "
              "इवेंट पोस्टर, मेन्यू, थंबनेल, बैनर और लोगो — आपके तथ्यों के साथ। फिर निर्देश से बदलाव (“हेडलाइन बड़ी "
              "करो”), दूसरे साइज़ (“अब स्टोरी वर्ज़न”) और PNG, JPG या PDF एक्सपोर्ट। {costs} आपके पास {balance} "
              "क्रेडिट हैं।",
    },
    "costs": {
        "en": "Prices: a design variant costs {design_variant} credits, a smart image {smart_image} credits "
              "(1k), an AI edit {ai_edit} credit{ai_edit_s}, an export {export} credits and a chat message "
              "{chat_turn}.",
        "hi": "कीमतें: एक डिज़ाइन वेरिएंट {design_variant} क्रेडिट, एक स्मार्ट इमेज {smart_image} क्रेडिट (1k), "
              "एक AI बदलाव {ai_edit} क्रेडिट, एक्सपोर्ट {export} क्रेडिट और चैट संदेश {chat_turn}।",
    },
    "credits": {
        "en": "You have {balance} credits on the {plan} plan ({allowance} credits a month). Three design "
              "variants cost {three_variants}.",
        "hi": "आपके पास {plan} प्लान पर {balance} क्रेडिट हैं (हर महीने {allowance} क्रेडिट)। तीन डिज़ाइन "
              "वेरिएंट {three_variants} क्रेडिट के हैं।",
    },
    "designs": {
        "en": "Your latest designs: {items}.",
        "hi": "आपके हाल के डिज़ाइन: {items}।",
    },
    "no_designs": {
        "en": "You have no designs yet. Tell me what to make — for example “Diwali sale post, 40% off”.",
        "hi": "अभी आपका कोई डिज़ाइन नहीं है। बताइए क्या बनाना है — जैसे “दिवाली सेल पोस्ट, 40% छूट”।",
    },
    "status_none": {
        "en": "Nothing of yours is running right now.{last}",
        "hi": "अभी आपका कोई काम नहीं चल रहा।{last}",
    },
    "status_running": {
        "en": "Your {what} is {status} (started {age} ago). I'll show it here when it's done.",
        "hi": "आपका {what} अभी {status} है ({age} पहले शुरू)। पूरा होते ही यहाँ दिखाऊँगा।",
    },
    "status_last": {
        "en": " Your last {what} {status}.",
        "hi": " आपका पिछला {what}: {status}।",
    },
    "start_over": {
        "en": "Starting fresh. What would you like to make?",
        "hi": "नए सिरे से शुरू करते हैं। क्या बनाना है?",
    },
    "thanks": {
        "en": "Glad it helps. Want another size, an edit or an export?",
        "hi": "खुशी हुई! दूसरा साइज़, कोई बदलाव या एक्सपोर्ट चाहिए?",
    },
    "unknown": {
        "en": "Tell me what to make and what it's for — for example “an invitation for Priya and Arjun's "
              "wedding on 14 Feb at The Leela” — or ask about your credits.",
        "hi": "बताइए क्या बनाना है और किसलिए — जैसे “14 फ़रवरी को प्रिया और अर्जुन की शादी का निमंत्रण” — या अपने "
              "क्रेडिट के बारे में पूछिए।",
    },
    "ask_name": {
        "en": "What's your {business} called? I'll put the name on the design.",
        "hi": "आपके {business} का नाम क्या है? मैं नाम डिज़ाइन पर लगाऊँगा।",
    },
    "ask_date": {
        "en": "When is it? Give me the date (and the time, if there is one).",
        "hi": "यह कब है? तारीख़ बताइए (और समय, अगर हो)।",
    },
    "ask_what": {
        "en": "What is it for — a sale, a launch, an event, a greeting? Give me the details you want on it "
              "(names, dates, prices).",
        "hi": "यह किसलिए है — सेल, लॉन्च, इवेंट या शुभकामना? जो बातें डिज़ाइन पर चाहिए वो बताइए (नाम, तारीख़, कीमत)।",
    },
    "made": {
        "en": "Here {are} {count} {kind} design{s} for you{with_facts}. Pick one, or tell me what to change.",
        "hi": "आपके लिए {count} डिज़ाइन तैयार हैं{with_facts}। एक चुनिए, या बताइए क्या बदलना है।",
    },
    "adapted": {
        "en": "Here {are} {count} {format} version{s} with the same content.",
        "hi": "वही सामग्री {format} साइज़ में तैयार है।",
    },
    "exported": {
        "en": "Your {format} ({width}×{height}) is ready: {url}",
        "hi": "आपकी {format} फ़ाइल ({width}×{height}) तैयार है: {url}",
    },
    "no_brand": {
        "en": "You have no brand kit yet — create one under Brands (colours, fonts, logo), then ask again.",
        "hi": "आपका अभी कोई ब्रांड किट नहीं है — ब्रांड्स में बनाइए (रंग, फ़ॉन्ट, लोगो), फिर दोबारा कहिए।",
    },
    "need_design": {
        "en": "There's no design in this conversation yet. Tell me what to make first.",
        "hi": "इस बातचीत में अभी कोई डिज़ाइन नहीं है। पहले बताइए क्या बनाना है।",
    },
}

SUGGESTIONS: dict[str, dict[str, list[str]]] = {
    "start": {"en": ["Instagram post for a Diwali sale, 40% off", "Wedding invitation", "We're hiring poster",
                     "How many credits do I have?"],
              "hi": ["दिवाली सेल पोस्ट, 40% छूट", "शादी का निमंत्रण", "भर्ती पोस्टर", "मेरे पास कितने क्रेडिट हैं?"]},
    "after_design": {"en": ["Make the headline bigger", "Now a story version", "Export it as PNG",
                            "Make another like this"],
                     "hi": ["हेडलाइन बड़ी करो", "अब स्टोरी वर्ज़न", "PNG में एक्सपोर्ट करो", "एक और ऐसा बनाओ"]},
    "ask_date": {"en": ["Saturday 14 Feb, 7 pm", "Next Sunday, 10 am", "Skip the date"],
                 "hi": ["शनिवार 14 फ़रवरी, शाम 7 बजे", "अगले रविवार", "तारीख़ छोड़ दें"]},
    "ask_name": {"en": ["Skip the name", "You choose"], "hi": ["नाम छोड़ दें"]},
    "ask_what": {"en": ["A sale, 30% off this weekend", "A grand opening on Saturday", "A festival greeting"],
                 "hi": ["सेल, इस वीकेंड 30% छूट", "शनिवार को ग्रैंड ओपनिंग", "त्योहार की शुभकामना"]},
}


def say(key: str, language: str, **values: Any) -> str:
    """The message `key` in `language` (English when it has no such translation), filled with `values`."""
    table = MESSAGES[key]
    return table.get(language, table["en"]).format(**values)


def suggestions(key: str, language: str) -> list[str]:
    table = SUGGESTIONS[key]
    return list(table.get(language, table["en"]))
