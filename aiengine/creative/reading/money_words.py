"""Currency symbols and codes, amount multipliers (k, L, lakh, Cr, लाख) and price units the price reader knows."""

from __future__ import annotations

from aiengine.creative.reading.text import nfc

# Written before the amount: "₹2.5 L", "Rs. 999", "US$ 20", "AED 150".
CURRENCY_PREFIX: dict[str, str] = {
    "₹": "INR", "Rs.": "INR", "Rs": "INR", "RS.": "INR", "RS": "INR", "rs.": "INR", "rs": "INR", "INR": "INR",
    "रु.": "INR", "रु": "INR", "₨": "INR", "$": "USD", "US$": "USD", "USD": "USD", "A$": "AUD", "AU$": "AUD",
    "C$": "CAD", "CA$": "CAD", "S$": "SGD", "NZ$": "NZD", "HK$": "HKD", "€": "EUR", "EUR": "EUR", "£": "GBP",
    "GBP": "GBP", "¥": "JPY", "JPY": "JPY", "CHF": "CHF", "AED": "AED", "Dhs.": "AED", "Dhs": "AED", "Dh": "AED",
    "SAR": "SAR", "QAR": "QAR", "₩": "KRW", "฿": "THB", "₱": "PHP", "₪": "ILS", "৳": "BDT", "د.إ": "AED",
    "ر.س": "SAR",
}
# Written after the amount: "25 €", "500 rupees", "200 रुपये", "150 درهم".
CURRENCY_SUFFIX: dict[str, str] = nfc({  # type: ignore[assignment]
    "₹": "INR", "rupees": "INR", "rupee": "INR", "Rupees": "INR", "रुपये": "INR", "रुपए": "INR", "रुपया": "INR",
    "रु.": "INR", "INR": "INR", "$": "USD", "USD": "USD", "dollars": "USD", "€": "EUR", "EUR": "EUR",
    "euros": "EUR", "euro": "EUR", "£": "GBP", "GBP": "GBP", "AED": "AED", "dirhams": "AED", "درهم": "AED",
    "ريال": "SAR", "SAR": "SAR", "/-": "INR",
})
MULTIPLIERS: dict[str, int] = nfc({  # type: ignore[assignment]
    "k": 1000, "K": 1000, "L": 100000, "lakh": 100000, "lakhs": 100000, "Lakh": 100000, "Lakhs": 100000,
    "lac": 100000, "lacs": 100000, "Cr": 10000000, "cr": 10000000, "crore": 10000000, "crores": 10000000,
    "Crore": 10000000, "mn": 1000000, "million": 1000000, "M": 1000000, "bn": 1000000000, "billion": 1000000000,
    "लाख": 100000, "करोड़": 10000000,
})
# What a price is per: "$49/mo", "₹1500/month", "INR 2,000 per month", "₹2,500 प्रति माह".
PRICE_UNITS = ("mo", "month", "yr", "year", "night", "person", "pp", "head", "kg", "gram", "gm", "g", "car", "hr",
               "hour", "day", "week", "sq\\.?\\s?ft", "plate", "pc", "piece", "seat", "ticket", "couple", "unit",
               "user", "class", "session", "month", "annum")
PRICE_UNIT_WORDS = ("month", "year", "night", "person", "head", "kg", "gram", "car", "hour", "day", "week",
                    "plate", "piece", "seat", "ticket", "couple", "user", "class", "session", "annum")
HINDI_PRICE_UNITS = ("माह", "महीना", "व्यक्ति", "किलो", "रात", "घंटा", "दिन", "वर्ष", "साल")
