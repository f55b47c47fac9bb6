"""When a relation happened: the time expression that governs it, resolved against the
document's date, with its precision — or the document's date — or nothing, never a guess.

"in November 2019" → 2019-11 (month, from the text); "on Tuesday" in a document of
2020-03-03 → 2020-02-25 (day); "early September 2019" → 2019-09; "last November" → the
November before the document. A relative expression without a document date gives none.
Parsing uses `dateparser` (with the document date as its relative base).
"""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_POINT = re.compile(rf"\b(?:{_MONTH}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                    r"yesterday|today|tomorrow|(?:1[89]|20)\d\d)\b", re.I)
_QUALIFIER = re.compile(r"^(?:(?:in|on|at|since|by|during|from)\s+)?(?:the\s+)?"
                        r"(?:early|mid|late|the end of|the beginning of|the start of|end of|start of)?[\s-]*",
                        re.I)
_LAST_MONTH = re.compile(rf"^(last|this|next)\s+({'|'.join(MONTHS)})$", re.I)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PRECISIONS = {"day": 10, "week": 10, "month": 7, "year": 4}


def document_date(text: str | None) -> date | None:
    """A document's date ("2021-01-22", "2021-01-22T10:00:00Z") as a date, else None."""
    if not text:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


_ISO = re.compile(r"((?:1[89]|20)\d\d)(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?")


def normal_date(value: str) -> str | None:
    """A document date as written in a record ("2022-03-14", "2022-03-14T10:00:00Z", "March
    2022", "03/14/2022", "14 March 2022") as ISO at its precision ("2022-03-14", "2022-03"),
    parsed with the same dateparser settings as the text; None if it is no date."""
    value = " ".join(str(value).split())
    m = _ISO.fullmatch(value)
    if m:
        return "-".join(p for p in m.groups() if p)
    if not re.search(r"\d", value):
        return None
    parsed = _parser(None).get_date_data(value)
    if parsed is None or parsed.date_obj is None:
        return None
    precision = parsed.period if parsed.period in ("day", "month", "year") else "day"    # a bare year is ISO above
    return parsed.date_obj.date().isoformat()[:PRECISIONS[precision]]


def resolve(text: str | None, doc_date: str | None) -> tuple[str, str] | None:
    """(ISO date cut to its precision, precision) of a time expression, or None."""
    if not text or not _POINT.search(text):
        return None            # "four years", "decades": a duration, not a point in time
    return _resolve(" ".join(text.split()), doc_date)


@lru_cache(maxsize=4096)
def _resolve(text: str, doc_date: str | None) -> tuple[str, str] | None:
    base = document_date(doc_date)
    cleaned = _QUALIFIER.sub("", text).strip(" ,.")
    has_year = re.search(r"\b(?:1[89]|20)\d\d\b", cleaned) is not None
    if not has_year and base is None:
        return None            # "on Tuesday" of an undated text: no guess
    if base is not None and cleaned.lower() in WEEKDAYS and WEEKDAYS.index(cleaned.lower()) == base.weekday():
        return base.isoformat(), "day"        # "on Tuesday" in Tuesday's paper: that day
    m = _LAST_MONTH.match(cleaned)
    if m and base is not None:
        month = MONTHS.index(m.group(2).lower()) + 1
        year = base.year + {"last": -1 if month >= base.month else 0, "this": 0,
                            "next": 1 if month <= base.month else 0}[m.group(1).lower()]
        return f"{year:04d}-{month:02d}", "month"
    parsed = _parser(doc_date).get_date_data(cleaned)
    if parsed is None or parsed.date_obj is None:
        return None
    precision = parsed.period if parsed.period in PRECISIONS else "day"
    if has_year and re.fullmatch(r"(?:1[89]|20)\d\d", cleaned):
        precision = "year"
    value = parsed.date_obj.date().isoformat()[:PRECISIONS[precision]]
    return value, ("day" if precision == "week" else precision)


@lru_cache(maxsize=64)
def _parser(doc_date: str | None):
    from dateparser.date import DateDataParser
    base = document_date(doc_date)
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
                "PREFER_DAY_OF_MONTH": "first"}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    return DateDataParser(languages=["en"], settings=settings)


def date_evidence(evidence: dict, text: str | None, doc_date: str | None) -> None:
    """Give an evidence its date: from the text if it says when, else the document's."""
    found = resolve(text, doc_date)
    if found:
        evidence.update(date=found[0], date_precision=found[1], date_source="text")
    elif document_date(doc_date):
        evidence.update(date=document_date(doc_date).isoformat(), date_precision="day",
                        date_source="document")
    elif doc_date and re.fullmatch(r"\d{4}(?:-\d{2})?", doc_date):      # a document of "March 2022"
        evidence.update(date=doc_date, date_precision="month" if len(doc_date) == 7 else "year",
                        date_source="document")


def period(value: str) -> tuple[str, str]:
    """The first and last day an ISO date of any precision covers ("2019-11" → Nov 1–30)."""
    if len(value) == 4:
        return f"{value}-01-01", f"{value}-12-31"
    if len(value) == 7:
        return f"{value}-01", f"{value}-31"     # compared as strings: "-31" closes any month
    return value[:10], value[:10]


def span(evidence: list[dict]) -> tuple[str, str] | None:
    """The first and last date of some evidence, or None if none is dated."""
    dates = sorted(e["date"] for e in evidence if e.get("date"))
    return (dates[0], dates[-1]) if dates else None


def overlaps(value: str | None, since: str | None, until: str | None) -> bool:
    """Does an evidence date fall in [since, until] (either may be open)?"""
    if not value:
        return False
    first, last = period(value)
    return (since is None or last >= since) and (until is None or first <= until)
