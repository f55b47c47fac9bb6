"""The analyst's last word on who is who: OUT/curation.toml.

A readable list of actions, applied in order after automatic resolution on every build of
that folder (and at once by the `graphx merge/split/rename/drop` commands, which rebuild
the graph from the cache without parsing):

    [[action]]
    do = "merge"                  # these actors are one; "as" names the result
    actors = ["Joe Biden", "Biden"]
    as = "Joe Biden"

    [[action]]
    do = "split"                  # take an alias, or a document's mentions, out of an actor;
    actor = "Kamala Harris"       # with neither, every name form of it stands alone again
    alias = "Harris"              # or: document = "2021-03-02-remarks"

    [[action]]
    do = "rename"
    actor = "Joseph R. Biden"
    name = "Joe Biden"

    [[action]]
    do = "drop"
    actor = "Laughter"

Actors are named by label or alias, as in the other commands. The file is checked as it
loads: an unknown action or a missing field is a `CurationError` naming the action.
"""
from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from graphx.errors import GraphxError

FILENAME = "curation.toml"
FIELDS = {"merge": ({"actors"}, {"as"}), "split": ({"actor"}, {"alias", "document"}),
          "rename": ({"actor", "name"}, set()), "drop": ({"actor"}, set())}
HEADER = ("# graphx curation: the analyst's decisions on who is who, applied in order on every\n"
          "# build of this folder. Edit by hand or with graphx merge / split / rename / drop.\n")


class CurationError(GraphxError):
    """curation.toml cannot be read or holds an invalid action."""


@dataclass
class Action:
    do: str
    fields: dict

    def describe(self) -> str:
        f = self.fields
        if self.do == "merge":
            return "merged " + " + ".join(f["actors"]) + (f" as {f['as']}" if f.get("as") else "")
        if self.do == "split":
            how = f" (alias {f['alias']})" if "alias" in f else \
                f" (document {f['document']})" if "document" in f else ""
            return f"split from {f['actor']}{how}"
        if self.do == "rename":
            return f"renamed from {f['actor']}"
        return f"dropped {f['actor']}"

    def to_toml(self) -> str:
        lines = ["[[action]]", f"do = {json.dumps(self.do)}"]
        for key, value in self.fields.items():
            lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
        return "\n".join(lines) + "\n"


@dataclass
class Curation:
    actions: list[Action] = field(default_factory=list)
    path: Path | None = None

    def add(self, action: Action) -> None:
        _check(action, len(self.actions) + 1, str(self.path or FILENAME))
        self.actions.append(action)

    def text(self) -> str:
        return HEADER + "".join("\n" + a.to_toml() for a in self.actions)


def _check(action: Action, n: int, where: str) -> None:
    if action.do not in FIELDS:
        raise CurationError(f"{where}: action {n}: unknown do = {action.do!r} "
                            f"(one of: {', '.join(FIELDS)})")
    required, optional = FIELDS[action.do]
    missing = required - action.fields.keys()
    extra = action.fields.keys() - required - optional
    if missing or extra:
        what = f"lacks {sorted(missing)[0]!r}" if missing else f"has unknown field {sorted(extra)[0]!r}"
        raise CurationError(f"{where}: action {n} ({action.do}) {what}")
    for key, value in action.fields.items():
        ok = (isinstance(value, list) and len(value) >= 2 and all(isinstance(v, str) and v.strip() for v in value)) \
            if key == "actors" else (isinstance(value, str) and value.strip())
        if not ok:
            expected = "a list of two or more names" if key == "actors" else "a non-empty string"
            raise CurationError(f"{where}: action {n} ({action.do}): {key} must be {expected}")
    if action.do == "split" and {"alias", "document"} <= action.fields.keys():
        raise CurationError(f"{where}: action {n} (split): give alias or document, not both")


def load_curation(folder: str | Path) -> Curation:
    """The curation file of an output folder (an empty curation when there is none)."""
    path = Path(folder) / FILENAME
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Curation(path=path)
    except (OSError, UnicodeDecodeError) as e:
        raise CurationError(f"cannot read {path}: {getattr(e, 'strerror', None) or e}") from None
    except tomllib.TOMLDecodeError as e:
        raise CurationError(f"{path} is not valid TOML ({e})") from None
    unknown = set(data) - {"action"}
    if unknown or not isinstance(data.get("action", []), list):
        raise CurationError(f"{path}: expected only [[action]] tables, found {sorted(unknown or {'action'})[0]!r}")
    curation = Curation(path=path)
    for n, raw in enumerate(data.get("action", []), start=1):
        raw = dict(raw)
        action = Action(str(raw.pop("do", "")), raw)
        _check(action, n, str(path))
        curation.actions.append(action)
    return curation
