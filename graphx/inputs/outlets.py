"""Who published a document — its outlet: a record's "outlet", "publisher" or "source" field,
a page's site name, a feed's channel title, else the registered domain of its address
("edition.cnn.com" → "cnn.com", "www.bbc.co.uk" → "bbc.co.uk", through courlan, which
trafilatura uses and which knows the public suffixes offline). Plain files have none unless the
build names one (`graphx build --outlet NAME`)."""
from __future__ import annotations

MAX_OUTLET_CHARS = 200
RECORD_FIELDS = ("outlet", "publisher", "source")


def outlet_name(value) -> str | None:
    """A name as given, on one line, or None for anything that is not a non-empty string."""
    if not isinstance(value, str):
        return None
    name = " ".join(value.split())[:MAX_OUTLET_CHARS]
    return name or None


def domain_of(url: str | None) -> str | None:
    """The registered domain of a web address, or None."""
    if not url or not isinstance(url, str) or "://" not in url:
        return None
    from courlan import extract_domain
    try:
        return extract_domain(url) or None
    except Exception:                      # noqa: BLE001 - an address courlan cannot read
        return None


def outlet_of(*names, url: str | None = None) -> str | None:
    """The first usable name, else the address's domain."""
    return next((n for n in map(outlet_name, names) if n), None) or domain_of(url)


def record_outlet(record: dict, url: str | None) -> str | None:
    return outlet_of(*(record.get(f) for f in RECORD_FIELDS), url=url)
