"""The knowledge graphx ships as data: ontology, trigger lexicon, gazetteer, leaders, names.

Everything here is read from `graphx/knowledge/data/` once per process (a file of the same
name in the folder named by the GRAPHX_DATA environment variable replaces the packaged one);
the code that uses it never hard-codes a word list. Like followthemoney's schema, the data is
checked as it loads: an unknown relation, a flag nobody declared or uses, a word under two
relations, a gazetteer row without a kind is a `KnowledgeError` naming the file and the key,
and graphx refuses to run on it. `check_knowledge` loads every file, then cross-checks them.
"""
from __future__ import annotations

from graphx.knowledge.files import KnowledgeError, data_path
from graphx.knowledge.gazetteer_file import Gazetteer, GazetteerEntry, gazetteer
from graphx.knowledge.leaders_file import Leader, leader_of, leaders
from graphx.knowledge.lexicon_file import Lexicon, lexicon
from graphx.knowledge.names_file import NameKnowledge, name_knowledge
from graphx.knowledge.ontology_file import RelationType, ontology, opposites

__all__ = ["Gazetteer", "GazetteerEntry", "KnowledgeError", "Leader", "Lexicon", "NameKnowledge",
           "RelationType", "check_knowledge", "data_path", "gazetteer", "leader_of", "leaders",
           "lexicon", "name_knowledge", "ontology", "opposites"]


def check_knowledge() -> None:
    """Load and check every data file now, so a bad one stops a build before any work."""
    ontology()
    opposites()
    lexicon()
    gazetteer()
    name_knowledge()
    leaders()
