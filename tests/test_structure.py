"""The layout shows the pipeline and stays easy to enter: a wing per stage, no import circle,
no module importing from a package above it, no module over 300 lines, no function over 50,
at most 12 modules directly under graphx/, and the README's module table names every wing and
top-level module. Measured on the code itself (its imports by `ast`, as Python resolves them)."""
import ast
import re
from pathlib import Path

import graphx

ROOT = Path(graphx.__file__).resolve().parent
README = (ROOT.parent / "README.md").read_text(encoding="utf-8")


def modules() -> dict[str, Path]:
    out = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = ("graphx",) + path.relative_to(ROOT).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


MODULES = modules()


def _static_only(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def imports(name: str) -> set[str]:
    """The graphx modules `name` imports (at any depth of its code but `if TYPE_CHECKING:`)."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()

    def visit(node):
        if isinstance(node, ast.If) and _static_only(node):
            return
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("graphx"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            if base.startswith("graphx"):
                for a in node.names:
                    sub = f"{base}.{a.name}"
                    found.add(sub if sub in MODULES else base)
        for child in ast.iter_child_nodes(node):
            visit(child)
    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found & MODULES.keys()


def test_no_import_circles():
    graph = {m: imports(m) - {m} for m in MODULES}
    state: dict[str, int] = {}
    circles = []

    def walk(m, stack):
        state[m] = 1
        for n in sorted(graph[m]):
            if state.get(n) == 1:
                circles.append(stack[stack.index(n):] + [n])
            elif n not in state:
                walk(n, stack + [n])
        state[m] = 2
    for m in MODULES:
        if m not in state:
            walk(m, [m])
    assert circles == []


def test_nothing_imports_from_a_package_above_it():
    """A module never imports names from graphx/__init__ or from its own package's __init__ (its
    siblings' modules, yes): what a package re-exports is for those outside it."""
    upward = []
    for m in MODULES:
        ancestors = {".".join(m.split(".")[:n]) for n in range(1, m.count(".") + 1)}
        if MODULES[m].name == "__init__.py":
            ancestors.discard(m)
        upward += [f"{m} → {n}" for n in imports(m) if n in ancestors]
    assert upward == []


def test_modules_and_functions_stay_small():
    too_long = []
    for m, path in MODULES.items():
        text = path.read_text(encoding="utf-8")
        if len(text.splitlines()) > 300:
            too_long.append(f"{m}: {len(text.splitlines())} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno >= 50:
                too_long.append(f"{m}.{node.name}: {node.end_lineno - node.lineno + 1} lines")
    assert too_long == []


def test_the_top_level_is_a_short_list_of_wings():
    top = [p for p in ROOT.glob("*.py")]
    assert len(top) <= 12, sorted(p.name for p in top)


def test_the_readme_module_table_names_every_wing_and_top_level_module():
    table = set(re.findall(r"^\| `([a-z_/.]+)`", README, flags=re.M))
    wings = {f"{p.name}/" for p in ROOT.iterdir() if (p / "__init__.py").exists()}
    top = {p.name for p in ROOT.glob("*.py") if p.name not in ("__init__.py", "__main__.py")}
    assert wings | top <= table, sorted((wings | top) - table)
    assert table <= wings | top, sorted(table - (wings | top))
