"""How well graphx puts place mentions on the map: precision and recall of its place resolution
(graphx/knowledge/places.py, graphx/resolve/places.py) against tests/data/place_gold.jsonl — 140
mentions spaCy tags as places (GPE, LOC, FAC; states left out, their ISO codes are another
matter) in documents of ../shared/corpora/whitehouse_dev.jsonl and of the PLOVER / PETRARCH-2
records, each annotated by hand with the GeoNames id of the city it names (61), `not_a_city`
(44: a state, region, river, building, continent) or `none` (35: not a place — a tagging error,
a demonym, a person).

    python benchmarks/place_eval.py [-v]

The documents are built as one corpus per source, as a user would; a mention's resolution is
the coordinates of the actor its document holds under that name. Precision: of the mentions
graphx locates, those at the annotated place; recall: of the 61 city mentions, those located
at their place (and, printed beside it, of all 105 place mentions).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "data" / "place_gold.jsonl"
SOURCES = {"whitehouse_dev": SHARED / "corpora" / "whitehouse_dev.jsonl",
           "eventcoding": SHARED / "benchmarks" / "eventcoding" / "records.jsonl"}


def _fold(text: str) -> str:
    text = " ".join(str(text).replace("\u2019", "'").split()).casefold()
    return text[4:] if text.startswith("the ") else text


def resolutions(gold: list[dict], nlp=None) -> list[int | None]:
    """The GeoNames id graphx gives each gold mention (None: not located)."""
    import graphx
    found: dict[tuple[str, str], int | None] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for corpus, path in SOURCES.items():
            wanted = {g["doc"] for g in gold if g["corpus"] == corpus}
            records = [line for line in path.open(encoding="utf-8") if json.loads(line)["id"] in wanted]
            inputs = Path(tmp) / f"{corpus}.jsonl"
            inputs.write_text("".join(records), encoding="utf-8")
            G = graphx.build([str(inputs)], Path(tmp) / corpus, nlp=nlp).graph
            for _, data in G.nodes(data=True):
                for doc in data.get("docs") or ():
                    for name in (data.get("label", ""), *(data.get("aliases") or ())):
                        key = (doc, _fold(name))
                        if found.get(key) is None:
                            found[key] = data.get("geonames")
    return [found.get((g["doc"], _fold(g["mention"]))) for g in gold]


def score(gold: list[dict], got: list[int | None]) -> dict:
    located = [(g, p) for g, p in zip(gold, got) if p is not None]
    right = sum(p in g["geonames"] for g, p in located)
    cities = sum(g["kind"] == "city" for g in gold)
    places = sum(g["kind"] != "none" for g in gold)
    return {"mentions": len(gold), "located": len(located), "right": right,
            "precision": round(right / len(located), 3) if located else 0.0,
            "recall_cities": round(right / cities, 3) if cities else 0.0,
            "recall_places": round(right / places, 3) if places else 0.0}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="print every mention graphx gets wrong or misses")
    args = ap.parse_args()
    missing = [str(p) for p in SOURCES.values() if not p.exists()]
    if missing:
        print(f"Error: {', '.join(missing)} not found (../shared beside the repository)", file=sys.stderr)
        return 2
    gold = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    got = resolutions(gold)
    if args.verbose:
        for g, p in zip(gold, got):
            if (p is None and g["kind"] == "city") or (p is not None and p not in g["geonames"]):
                print(f"  {g['kind']:<10} {g['mention']!r:<28} gold {g['geonames'] or '-'} got {p}  ({g['doc'][:50]})")
    s = score(gold, got)
    print(f"{s['mentions']} mentions: {s['located']} located, {s['right']} right — precision {s['precision']:.2f}, "
          f"recall {s['recall_cities']:.2f} of city mentions ({s['recall_places']:.2f} of all place mentions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
