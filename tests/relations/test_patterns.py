"""Pattern names are a registry (graphx/relations/patterns.py): the code records no other, the
registry lists no name the code has dropped, and every evidence of every stored test parse
carries a registered name."""
import re
from pathlib import Path

import graphx
from graphx.relations.patterns import PATTERNS
from graphx.relations.verbal import VERB_TARGET_FALLBACKS

PACKAGE = Path(graphx.__file__).parent
RELATIONS_CODE = "".join(p.read_text() for folder in ("relations", "actors")     # role claims name theirs
                         for p in (PACKAGE / folder).glob("*.py") if p.name != "patterns.py")
NAME = r'"((?:verbal|nominal|predicate|discourse|roles|intent)\.[a-z_]+)"'


def test_every_pattern_name_in_the_code_is_registered():
    written = set(re.findall(NAME, RELATIONS_CODE))
    written |= {f"intent.{stance}" for stance in ("threatens", "rejects")}     # f"intent.{stance}"
    assert written - PATTERNS.keys() == set()
    assert PATTERNS.keys() - written == set(), "registered names no rule records"
    assert {name for name, _ in VERB_TARGET_FALLBACKS} <= PATTERNS.keys()


def test_every_evidence_of_the_stored_parses_names_a_registered_pattern(stored_parses, graph_of):
    texts = tuple(sorted(stored_parses.docs))
    G = graph_of(*texts)
    seen = {ev["pattern"] for _, _, d in G.edges(data=True) for ev in d["evidence"]}
    assert len(seen) > 20                       # the parses exercise most rules
    assert seen - PATTERNS.keys() == set()
