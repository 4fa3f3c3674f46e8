"""Numbers in a prompt: prices with currency and unit, percentages, codes, alphanumerics and counted numbers."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from aiengine.creative.reading.money_words import (
    CURRENCY_PREFIX,
    CURRENCY_SUFFIX,
    HINDI_PRICE_UNITS,
    MULTIPLIERS,
    PRICE_UNIT_WORDS,
    PRICE_UNITS,
)
from aiengine.creative.reading.text import DIGIT, Found, Spans, alternation, ascii_digits

_D = DIGIT
_AMOUNT = rf"(?:{_D}{{1,3}}(?:[,.\u00a0 ]{_D}{{2,3}})+(?:[.,]{_D}{{1,2}})?|{_D}+(?:[.,]{_D}{{1,2}})?)(?![0-9०-९])"
_UNIT = (rf"(?:\s?/\s?-|\s?/\s?(?:{'|'.join(PRICE_UNITS)})\b"
         rf"|\s(?:per|a|/)\s(?:{'|'.join(PRICE_UNIT_WORDS)})\b"
         rf"|\sप्रति\s(?:{'|'.join(HINDI_PRICE_UNITS)}))")
_MULTIPLIER = alternation(MULTIPLIERS)
PRICE = re.compile(
    rf"(?<![\w])(?P<cur>{alternation(CURRENCY_PREFIX)})\s?(?P<amt>{_AMOUNT})(?:\s?(?P<mult>{_MULTIPLIER})(?![A-Za-z]))?"
    rf"(?P<unit>{_UNIT})?"
    rf"|(?<![\w.,])(?P<amt2>{_AMOUNT})(?:\s?(?P<mult2>{_MULTIPLIER}))?\s?(?P<cur2>{alternation(CURRENCY_SUFFIX)})"
    rf"(?![A-Za-z])(?P<unit2>{_UNIT})?")
PERCENT = re.compile(rf"{_D}{{1,3}}(?:[.,]{_D}+)?\s?(?:%|٪|percent(?![a-z])|प्रतिशत)", re.IGNORECASE)
TWENTY_FOUR_SEVEN = re.compile(r"(?<![\w/])24\s?[x×/]\s?7(?![\w/])")
CODE = re.compile(
    r"(?:(?:code|coupon|promo|voucher|कोड)\s*:?\s*)(?P<code>[A-Z0-9][A-Z0-9-]{2,20})(?![\w])"
    r"|(?<![\w/])(?P<ref>(?=[A-Z0-9/-]*\d)[A-Z]{2,}(?:/[A-Z0-9]+){2,})", re.IGNORECASE)
ALPHANUMERIC = re.compile(
    rf"(?<![\w/])(?:{_D}+\s?(?:BHK|bhk|RK)|{_D}+(?:st|nd|rd|th)\b"
    rf"|{_D}+(?:\.\d)?\s?(?:G|K|k|MP|GB|TB|MB|mAh|W|Hz|HP|cc|inch|in|\"|ft|mm|cm|L|ml|kg|g|km|x)(?![A-Za-z0-9])"
    rf"|{_D}+-(?:inch|litre|liter|seater|day|night|star|year|month|week|course|piece|minute|hour)s?\b"
    rf"|{_D}+[A-Z]{{1,2}}(?![A-Za-z0-9]))"
    r"|(?<![\w])(?:Class|Std\.?|Grade)\s\d{1,2}[A-Z]?\b|(?<![\w.])\d(?:\.\d)?\s?/\s?(?:5|10)(?![\d/])"
    r"|(?<![\w])Ep\.?\s?\d{1,4}\b")
NUMBER = re.compile(rf"(?<![\w.,/:+-]){_D}+(?:,{_D}{{2,3}})*(?:\.{_D}+)?(?:[-–]{_D}+)?\+?(?![\w])")


def read_codes(text: str, spans: Spans) -> list[Found]:
    """24/7, coupon codes ("code BF2026") and registration numbers (RERA ids)."""
    found: list[Found] = []
    for match in TWENTY_FOUR_SEVEN.finditer(text):
        found.append(Found("number", match.group(), *match.span(), "24/7"))
        spans.claim(*match.span())
    for match in CODE.finditer(text):
        group = "code" if match.group("code") else "ref"
        start, end = match.span(group)
        written = match.group(group)
        if spans.free(start, end) and (re.search(r"\d", written) or (group == "code" and written.isupper())):
            found.append(Found("code", written, start, end, written.upper()))
            spans.claim(start, end)
    return found


def _amount(written: str) -> Decimal | None:
    plain = ascii_digits(written).replace("\u00a0", " ").strip()
    decimals = re.search(r"[.,](\d{1,2})$", plain)
    whole, fraction = (plain[:decimals.start()], decimals.group(1)) if decimals else (plain, "")
    try:
        return Decimal(re.sub(r"[.,\s]", "", whole) + (f".{fraction}" if fraction else ""))
    except InvalidOperation:
        return None


def _price_value(match: re.Match[str]) -> str:
    currency = match.group("cur") or match.group("cur2")
    amount = _amount(match.group("amt") or match.group("amt2"))
    multiplier = match.group("mult") or match.group("mult2")
    unit = (match.group("unit") or match.group("unit2") or "").strip()
    if amount is not None and multiplier:
        amount *= MULTIPLIERS.get(multiplier, MULTIPLIERS.get(multiplier.lower(), 1))
    code = CURRENCY_PREFIX.get(currency) or CURRENCY_SUFFIX.get(currency) or CURRENCY_SUFFIX.get(currency.lower(), "")
    per = "" if unit.replace(" ", "") == "/-" else re.sub(r"^(?:/|per|a|प्रति)\s*", "", unit).strip()
    number = format(amount.normalize(), "f") if amount is not None else ""
    return f"{number} {code}" + (f" per {per}" if per else "")


def read_prices(text: str, spans: Spans) -> list[Found]:
    """Prices with their currency, multiplier and unit as written: "₹2.5 L", "$49/mo", "INR 2,000 per month"."""
    found: list[Found] = []
    for match in PRICE.finditer(text):
        start, end = match.span()
        if spans.free(start, end):
            found.append(Found("price", match.group(), start, end, _price_value(match)))
            spans.claim(start, end)
    return found


def read_percents(text: str, spans: Spans) -> list[Found]:
    """Percentages: "40%", "20 percent", "50 प्रतिशत"."""
    found: list[Found] = []
    for match in PERCENT.finditer(text):
        start, end = match.span()
        if spans.free(start, end):
            number = re.search(r"[0-9०-९]+(?:[.,][0-9०-९]+)?", match.group())
            value = ascii_digits(number.group()).replace(",", ".") if number else ""
            found.append(Found("percent", match.group(), start, end, value))
            spans.claim(start, end)
    return found


def read_alphanumerics(text: str, spans: Spans) -> list[Found]:
    """Numbers with letters: "5G", "4K", "2BHK", "200MP", "32-inch", "Class 10" (codes) and "3rd" (a number)."""
    found: list[Found] = []
    for match in ALPHANUMERIC.finditer(text):
        start, end = match.span()
        if spans.free(start, end):
            ordinal = re.fullmatch(r"[0-9०-९]+(?:st|nd|rd|th)", match.group())
            found.append(Found("number" if ordinal else "code", match.group(), start, end, match.group()))
            spans.claim(start, end)
    return found


def read_numbers(text: str, spans: Spans) -> list[Found]:
    """Numbers left over, as written: the 7 of "Top 7", the 48 of "48 hours", "1,000+", "2-3"."""
    found: list[Found] = []
    for match in NUMBER.finditer(text):
        start, end = match.span()
        if not spans.free(start, end):
            end = start + len(match.group().split(" ")[0])
            if not spans.free(start, end):
                continue
        written = text[start:end]
        digits = re.match(r"[0-9०-९][0-9०-९,.]*", written)
        value = ascii_digits(digits.group()).replace(",", "") if digits else ""
        found.append(Found("number", written, start, end, value))
        spans.claim(start, end)
    return found
