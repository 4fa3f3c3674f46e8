"""Dates, times and deadlines in a prompt, in English, Hindi and Arabic, kept as written with a normalised value."""

from __future__ import annotations

import re
from datetime import date, timedelta

from aiengine.creative.reading.calendar_words import (
    AR_MONTHS,
    AR_WEEKDAYS,
    EN_MONTHS,
    EN_WEEKDAYS,
    HI_MONTHS,
    HI_WEEKDAYS,
)
from aiengine.creative.reading.text import DIGIT, Found, Spans, alternation, ascii_digits

_D = DIGIT
_EN_MONTH = alternation(EN_MONTHS)
_HI_MONTH = alternation(HI_MONTHS)
_AR_MONTH = alternation(AR_MONTHS)
_LONG_DAYS = alternation([day for day in EN_WEEKDAYS if len(day) > 3])
_WEEKDAY = rf"(?:{alternation(EN_WEEKDAYS)})\.?"
_ORDINAL = r"(?:st|nd|rd|th)"
_DAY = rf"{_D}{{1,2}}{_ORDINAL}?"
_YEAR = rf"(?:{_D}{{4}})"
_SHORT_DAYS = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"

_DATE_PATTERNS = (
    # 12-13 March 2027, 14 Feb 2027, Saturday 8th March, 31st Dec, 15 Oct – 20 Oct
    rf"(?:{_WEEKDAY},?\s+)?{_DAY}(?:\s?[-–]\s?{_DAY})?\s+(?:of\s+)?(?:{_EN_MONTH})\.?(?:,?\s+{_YEAR})?"
    rf"(?:\s?[-–]\s?{_DAY}\s+(?:{_EN_MONTH})\.?(?:,?\s+{_YEAR})?)?",
    # Feb 14th, 2027 / Saturday, April 5 / Nov 27 / March 3–5
    rf"(?:{_WEEKDAY},?\s+)?(?:{_EN_MONTH})\.?\s+{_DAY}(?:\s?[-–]\s?{_DAY})?(?:,?\s+{_YEAR})?(?![0-9:])",
    rf"(?:{_EN_MONTH})\.?\s+{_YEAR}",
    # Hindi: 14 फ़रवरी 2027, १२ जनवरी, 7 सितंबर से 17 सितंबर, 10-18 फरवरी
    rf"{_D}{{1,2}}(?:\s?[-–]\s?{_D}{{1,2}})?\s+(?:{_HI_MONTH})(?:,?\s+{_YEAR})?"
    rf"(?:\s+(?:से|-|–)\s+{_D}{{1,2}}\s+(?:{_HI_MONTH})(?:,?\s+{_YEAR})?)?",
    # Arabic: 14 فبراير 2027
    rf"{_D}{{1,2}}\s+(?:{_AR_MONTH})(?:\s+{_YEAR})?",
    rf"{_D}{{4}}-{_D}{{2}}-{_D}{{2}}",
    rf"(?<![\d/.]){_D}{{1,2}}[/.-]{_D}{{1,2}}[/.-](?:{_D}{{4}}|{_D}{{2}})(?![\d/.])",
    rf"(?<![\d/.:]){_D}{{1,2}}/{_D}{{1,2}}(?![\d/%])",
    rf"(?:(?:this|next|coming|every)\s+)?(?:{_LONG_DAYS})(?:\s*(?:[-–&/]|to|and)\s*(?:{_LONG_DAYS}))*",
    rf"(?-i:{_SHORT_DAYS}(?:\s*(?:[-–&/]|to|through|thru|and)\s*{_SHORT_DAYS})+)",
    r"(?:day after tomorrow|tomorrow|today|tonight|this weekend|next weekend|next week|this week)",
    rf"(?<![\u0900-\u097F])(?:(?:अगले|अगला|इस|आने वाले)\s+)?(?:{alternation(HI_WEEKDAYS)})",
    r"(?<![\u0900-\u097F])(?:आज|परसों|कल)(?=\s|[,।!]|$)",
    rf"(?:يوم\s+)?(?:{alternation(AR_WEEKDAYS)})",
)
DATE = re.compile("|".join(f"(?:{pattern})" for pattern in _DATE_PATTERNS), re.IGNORECASE)

_MERIDIEM = r"(?:[ap]\.?\s?m\.?(?![a-z])|[AP]\.?\s?M\.?(?![A-Za-z]))"
_ZONE = r"(?:\s?(?:IST|GMT|UTC|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST|GST|SGT|AEST|ET|PT)(?:[+-]\d{1,2}(?::?\d{2})?)?(?![A-Za-z]))"
_ONE = rf"{_D}{{1,2}}(?::{_D}{{2}})?\s?{_MERIDIEM}|{_D}{{1,2}}:{_D}{{2}}(?:\s?(?:hrs|hours|h)(?![a-z]))?"
_BARE = rf"{_D}{{1,2}}(?::{_D}{{2}})?"
_HI_PART = r"(?:सुबह|दोपहर|शाम|रात|प्रातः|सायं)"
_TIME_PATTERNS = (
    rf"(?:{_ONE}|{_BARE})\s?(?:[-–—]|to|till|until)\s?(?:{_ONE}){_ZONE}?",
    rf"(?:{_ONE}){_ZONE}?",
    rf"{_D}{{1,2}}\s?o['’]\s?clock",
    rf"(?:{_HI_PART}\s+)?(?:साढ़े\s+|सवा\s+|पौने\s+)?{_D}{{1,2}}(?::{_D}{{2}})?\s+बजे"
    rf"(?:\s+से\s+(?:{_HI_PART}\s+)?{_D}{{1,2}}(?::{_D}{{2}})?\s+बजे(?:\s+तक)?)?",
    rf"(?:الساعة\s+)?{_D}{{1,2}}(?::{_D}{{2}})?\s+(?:مساءً|مساء|صباحًا|صباحا|ظهرًا)",
)
TIME = re.compile("|".join(f"(?:{pattern})" for pattern in _TIME_PATTERNS))

# Words before a date that make it a deadline: "apply by", "ends", "registrations close", "अंतिम तिथि".
DEADLINE_CUE = re.compile(
    r"(?:\b(?:by|before|till|until|no later than|ends?|ending|closes?|closing|expires?|valid till|last date"
    r"(?: to \w+)?|deadline|due)|तक|से पहले|अंतिम तिथि|حتى|قبل)\s*:?\s*$",
    re.IGNORECASE)


def read_dates(text: str, spans: Spans, *, today: date, us: bool) -> list[Found]:
    """Dates, weekday sets and relative days; a date after a deadline cue is a `deadline` fact."""
    found: list[Found] = []
    for match in DATE.finditer(text):
        start, end = match.span()
        written = match.group()
        if not spans.free(start, end):
            continue
        # abbreviations that are also words must be capitalised: may, mar, sun, sat, wed
        if re.fullmatch(r"(?i)(?:this|next|coming|every)?\s*(?:may|mar|sun|sat|wed)", written) and not written[0].isupper():
            continue
        value = date_value(written, today, us=us)
        if value is None and re.fullmatch(r"[0-9०-९/.\-]+", written):
            continue  # 91-80-4567 (a phone piece), 1/2 (a fraction)
        if re.fullmatch(r"[0-9०-९]{1,2}/[0-9०-९]{1,2}", written):
            after = re.match(r"\s*([^\W\d_]+)", text[end:])
            if after and after.group(1)[0].islower() and after.group(1) not in (
                    "at", "from", "to", "till", "until", "onwards", "se", "ko", "pm", "am"):
                continue  # 3/4 sleeves, 1/2 price
        cued = DEADLINE_CUE.search(text[max(0, start - 40):start])
        found.append(Found("deadline" if cued else "date", written, start, end, value or ""))
        spans.claim(start, end)
    return found


def read_times(text: str, spans: Spans) -> list[Found]:
    """Times and time ranges: "7 pm", "10am–4pm", "7:30 PM IST", "शाम 6 बजे", "19:00"."""
    found: list[Found] = []
    for match in TIME.finditer(text):
        start, end = match.span()
        if not spans.free(start, end):
            continue
        value = time_value(match.group())
        if value is None:
            continue
        found.append(Found("time", match.group(), start, end, value))
        spans.claim(start, end)
    return found


def _month(word: str) -> int | None:
    clean = word.rstrip(".")
    for name, number in EN_MONTHS.items():
        if clean.lower() == name.lower():
            return number
    return HI_MONTHS.get(clean) or AR_MONTHS.get(clean)


def _year_for(today: date, month: int, day: int) -> int:
    try:
        return today.year if date(today.year, month, day) >= today else today.year + 1
    except ValueError:
        return today.year


_RELATIVE = {"today": 0, "tonight": 0, "tomorrow": 1, "day after tomorrow": 2, "आज": 0, "कल": 1, "परसों": 2}
_WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def date_value(written: str, today: date, *, us: bool = False) -> str | None:
    """An ISO date, range or weekday marker for a written date; None when unsure."""
    plain = ascii_digits(written)
    lower = plain.lower()
    if lower in _RELATIVE:
        return (today + timedelta(days=_RELATIVE[lower])).isoformat()
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", plain)
    if iso:
        return plain
    numeric = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?", plain)
    if numeric:
        first, second, year = int(numeric.group(1)), int(numeric.group(2)), numeric.group(3)
        day, month = (second, first) if (us and first <= 12) or second > 12 else (first, second)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        full_year = (int(year) + (2000 if len(year) == 2 else 0)) if year else _year_for(today, month, day)
        try:
            return date(full_year, month, day).isoformat()
        except ValueError:
            return None
    month = next((_month(re.sub(r"^\d+(?:st|nd|rd|th)?", "", word)) for word in re.split(r"[\s,\-–/]+", plain)
                  if _month(re.sub(r"^\d+(?:st|nd|rd|th)?", "", word))), None)
    days = [int(day) for day in re.findall(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?(?!\d)", plain)]
    years = [int(year) for year in re.findall(r"(?<!\d)(\d{4})(?!\d)", plain)]
    if month and days:
        year = years[0] if years else _year_for(today, month, days[0])
        try:
            return "/".join(date(year, month, day).isoformat() for day in days[:2])
        except ValueError:
            return None
    if month and years:
        return f"{years[0]:04d}-{month:02d}"
    weekdays = []
    for word in re.split(r"[\s,&/\-–]+|\bto\b|\band\b", plain):
        clean = word.strip(".")
        number = EN_WEEKDAYS.get(clean.capitalize(), HI_WEEKDAYS.get(clean, AR_WEEKDAYS.get(clean)))
        if number is not None:
            weekdays.append(number)
    if len(weekdays) == 1:
        ahead = (weekdays[0] - today.weekday()) % 7 or 7
        return f"weekday={_WEEKDAY_CODES[weekdays[0]]} next={(today + timedelta(days=ahead)).isoformat()}"
    if weekdays:
        return "weekdays=" + ",".join(_WEEKDAY_CODES[day] for day in weekdays)
    return lower if lower in ("this weekend", "next weekend", "next week", "this week") else None


def time_value(written: str) -> str | None:
    """"10am–4pm" → "10:00/16:00", "शाम 6 बजे" → "18:00"; a range's start takes am/pm from its end."""
    parts = re.split(r"\s*(?:[-–—]|\bto\b|\btill\b|\buntil\b|(?<!\S)से(?!\S))\s*", written)
    values: list[str] = []
    meridiem_after: str | None = None
    for part in reversed(parts):
        plain = ascii_digits(part).lower().replace(".", "").replace(" ", "")
        match = re.search(r"(\d{1,2})(?::(\d{2}))?(am|pm)?", plain)
        if not match:
            continue
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        meridiem = match.group(3)
        if re.search(r"शाम|रात|दोपहर|सायं|مساء|ظهر", part):
            meridiem = None if ("रात" in part and hour < 4) or ("दोपहर" in part and hour == 12) else "pm"
        elif re.search(r"सुबह|प्रातः|صباح", part):
            meridiem = "am"
        meridiem = meridiem or meridiem_after
        meridiem_after = meridiem
        if "साढ़े" in part:
            minute = 30
        if meridiem == "pm" and hour < 12:
            hour += 12
        if meridiem == "am" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            return None
        values.append(f"{hour:02d}:{minute:02d}")
    if not values:
        return None
    zone = re.search(r"\b(IST|GMT|UTC|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST|GST|SGT|AEST|ET|PT)\b", written)
    return "/".join(reversed(values)) + (f" {zone.group(1)}" if zone else "")
