"""The explorer's colours, one home for every drawing of a graph (the page, pyvis): actors by
type, relations by family, communities from a palette. The page receives them as data."""

TYPE_COLORS = {"PERSON": "#4e79a7", "ORG": "#f28e2b", "GPE": "#59a14f", "NORP": "#76b7b2",
               "LOC": "#8cd17d", "FAC": "#b07aa1"}
OTHER_TYPE = "#9c755f"
FAMILY_COLORS = {"cooperation": "#2e7d32", "conflict": "#c62828", "membership": "#6e7781"}
OTHER_FAMILY = "#6e7781"
NO_COMMUNITY = "#8c959f"
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1",
           "#ff9da7", "#9c755f", "#1b9e77", "#7570b3", "#d95f02", "#66a61e", "#e7298a")


def type_colour(actor_type: str | None) -> str:
    return TYPE_COLORS.get(actor_type or "", OTHER_TYPE)


def family_colour(family: str | None) -> str:
    return FAMILY_COLORS.get(family or "", OTHER_FAMILY)


def for_page() -> dict:
    return {"types": TYPE_COLORS, "other_type": OTHER_TYPE, "families": FAMILY_COLORS,
            "other_family": OTHER_FAMILY, "no_community": NO_COMMUNITY, "palette": list(PALETTE)}
