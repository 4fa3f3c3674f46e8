"""Month and weekday names the date reader knows: English, Hindi (CLDR's, with common spellings) and Arabic."""

from __future__ import annotations

from aiengine.creative.reading.text import nfc

EN_MONTHS: dict[str, int] = {
    "January": 1, "Jan": 1, "February": 2, "Feb": 2, "March": 3, "Mar": 3, "April": 4, "Apr": 4, "May": 5,
    "June": 6, "Jun": 6, "July": 7, "Jul": 7, "August": 8, "Aug": 8, "September": 9, "Sept": 9, "Sep": 9,
    "October": 10, "Oct": 10, "November": 11, "Nov": 11, "December": 12, "Dec": 12,
}
HI_MONTHS: dict[str, int] = nfc({  # type: ignore[assignment]
    "जनवरी": 1, "फ़रवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "अप्रेल": 4, "मई": 5, "जून": 6, "जुलाई": 7,
    "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10, "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12,
    "दिसम्बर": 12,
})
AR_MONTHS: dict[str, int] = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7, "أغسطس": 8,
    "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
}
EN_WEEKDAYS: dict[str, int] = {
    "Monday": 0, "Mon": 0, "Tuesday": 1, "Tue": 1, "Tues": 1, "Wednesday": 2, "Wed": 2, "Thursday": 3, "Thu": 3,
    "Thur": 3, "Thurs": 3, "Friday": 4, "Fri": 4, "Saturday": 5, "Sat": 5, "Sunday": 6, "Sun": 6,
}
HI_WEEKDAYS: dict[str, int] = nfc({  # type: ignore[assignment]
    "सोमवार": 0, "मंगलवार": 1, "बुधवार": 2, "गुरुवार": 3, "बृहस्पतिवार": 3, "शुक्रवार": 4, "शनिवार": 5, "रविवार": 6,
    "इतवार": 6,
})
AR_WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5,
    "الأحد": 6, "الاحد": 6,
}
