"""News as it arrives: saved web pages, RSS/Atom feeds and web archives as documents.

- `.html` / `.htm` (or gzip-compressed, `.html.gz`): the article's text, title, date, author and
  canonical URL, extracted by `trafilatura` (navigation, comments, scripts and boilerplate left
  out), then what the page repeats inside its body taken out (`boilerplate`); a page whose text
  was mostly such repeats gets a warning.
- `.xml` / `.rss` / `.atom`: one document per feed entry (`feedparser`), with its date, link,
  and its title as the first paragraph before its content or summary (a headline often carries
  the event, the summary only its aftermath). A feed that declares entities is refused before parsing
  (`defusedxml`): no external entity is ever fetched, no entity expansion can blow memory up.
- `.warc` / `.warc.gz`: every HTML response record (`warcio`), with its URL and date.

A page or entry that yields no text is skipped with a warning naming it.
"""
from __future__ import annotations

import gzip
import re
import zlib
from pathlib import Path
from typing import Iterator

from graphx.inputs.boilerplate import clean_page_text
from graphx.inputs.outlets import outlet_of
from graphx.inputs.report import ReadReport
from graphx.inputs.text import clean_text, date_of_name
from graphx.model import Document

HTML_SUFFIXES = {".html", ".htm", ".html.gz", ".htm.gz"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
WARC_SUFFIXES = {".warc", ".warc.gz"}
MAX_INPUT_BYTES = 200_000_000


COMPRESSED = tuple(sorted(s for s in HTML_SUFFIXES | WARC_SUFFIXES if s.endswith(".gz")))


def suffix_of(path: Path) -> str:
    name = path.name.lower()
    return next((s for s in COMPRESSED if name.endswith(s)), path.suffix.lower())


def read_web_input(path: Path, doc_id: str, report: ReadReport) -> Iterator[Document]:
    """The documents of a page, feed or archive, dated by the file's name where they carry no date."""
    for document in _web_documents(path, doc_id, report):
        document.date = document.date or date_of_name(path.name)
        yield document


def _web_documents(path: Path, doc_id: str, report: ReadReport) -> Iterator[Document]:
    where = str(path)
    suffix = suffix_of(path)
    try:
        if suffix in WARC_SUFFIXES:
            yield from _warc(path, doc_id, report)
            return
        raw = _read(path, suffix)
    except OSError as e:
        report.skip(where, f"cannot be read ({e.strerror or e})")
        return
    except (EOFError, gzip.BadGzipFile, zlib.error) as e:
        report.skip(where, f"damaged gzip file ({e})")
        return
    if suffix in HTML_SUFFIXES:
        document = html_document(raw, doc_id, where, report=report)
        if document is None:
            report.skip(where, "no article text found in the page")
        else:
            document.input_bytes = path.stat().st_size      # compressed or not, as the total counts it
            yield document
    else:
        yield from _feed(raw, doc_id, where, report)


def _read(path: Path, suffix: str) -> bytes:
    if not suffix.endswith(".gz"):
        return path.read_bytes()
    with gzip.open(path, "rb") as f:
        return f.read(MAX_INPUT_BYTES)


def html_document(raw: bytes | str, doc_id: str, where: str, url: str | None = None,
                  date: str | None = None, report: ReadReport | None = None) -> Document | None:
    import trafilatura
    try:
        found = trafilatura.bare_extraction(raw, url=url, with_metadata=True)
    except Exception:                     # noqa: BLE001 - a page the extractor cannot read
        return None
    data = found.as_dict() if hasattr(found, "as_dict") else (found or {})
    cleaned = clean_page_text(clean_text(data.get("text") or ""))
    text = cleaned.text
    if not text.strip():
        return None
    if report is not None and cleaned.mostly_boilerplate:
        report.warnings.append(f"{where}: most of the page's text was repeated menus or link cards, "
                               f"left out ({cleaned.dropped_chars} characters); {len(text)} kept")
    url = data.get("url") or url
    return Document(id=doc_id, text=text, source=where, title=data.get("title"),
                    date=data.get("date") or date, url=url, outlet=outlet_of(data.get("sitename"), url=url))


def _refuses_entities(raw: bytes) -> str | None:
    """Why a feed must not be parsed (it declares entities or a DTD), else None."""
    import defusedxml
    from defusedxml.ElementTree import fromstring
    try:
        fromstring(raw, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden, defusedxml.DTDForbidden) as e:
        return f"declares XML entities ({type(e).__name__}); refused, nothing outside it was read"
    except Exception:                     # noqa: BLE001 - malformed XML: feedparser may still cope
        return None
    return None


def _feed(raw: bytes, doc_id: str, where: str, report: ReadReport) -> Iterator[Document]:
    import feedparser
    why = _refuses_entities(raw)
    if why:
        report.skip(where, why)
        return
    feed = feedparser.parse(raw, resolve_relative_uris=False, sanitize_html=True)
    if not feed.entries:
        report.skip(where, "not a feed with entries" + (f" ({feed.bozo_exception})" if feed.get("bozo") else ""))
        return
    for n, entry in enumerate(feed.entries, start=1):
        html = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
        text = clean_text(_with_title(entry.get("title"), _html_text(html)))
        name = f"{where} entry {n}"
        if not text.strip():
            report.skip(name, "entry without text")
            continue
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        date = f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}" if parsed else None
        ident = entry.get("id") or entry.get("link") or str(n)
        yield Document(id=f"{doc_id}#{_slug(ident)}", text=text, source=name, title=entry.get("title"),
                       date=date, url=entry.get("link"), input_bytes=len(raw) // len(feed.entries),
                       outlet=outlet_of(feed.feed.get("title"), url=entry.get("link")))


def _with_title(title: str | None, text: str) -> str:
    """The entry's title as its first paragraph, unless its text already opens with it."""
    title = " ".join((title or "").split())
    if not title or " ".join(text.split()).startswith(title):
        return text
    return f"{title}\n{text}" if text.strip() else title


def _html_text(html: str) -> str:
    """The text of an entry's HTML fragment, a paragraph a line (lxml's HTML parser, which
    expands no entities)."""
    if "<" not in html:
        return html
    import lxml.html
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:                     # noqa: BLE001 - unparsable markup: no text
        return ""
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n" + (block.tail or "")
    return root.text_content().strip()


def _slug(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text).strip("-")[-80:] or "entry"


def _warc(path: Path, doc_id: str, report: ReadReport) -> Iterator[Document]:
    from warcio.archiveiterator import ArchiveIterator
    where = str(path)
    with path.open("rb") as f:
        try:
            for record in ArchiveIterator(f):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                if "html" not in (record.http_headers.get_header("Content-Type") or ""):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                raw = record.content_stream().read(MAX_INPUT_BYTES)
                document = html_document(raw, f"{doc_id}#{_slug(url or 'page')}", f"{where} {url}",
                                         url=url, date=date, report=report)
                if document is None:
                    report.skip(f"{where} {url}", "no article text found in the page")
                else:
                    document.input_bytes = len(raw)
                    yield document
        except Exception as e:             # noqa: BLE001 - a damaged archive: keep what was read
            report.skip(where, f"damaged web archive ({type(e).__name__}: {e})")
