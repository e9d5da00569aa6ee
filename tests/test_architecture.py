"""The package's shape: every module imports, no import cycles, no hidden sibling imports, short
modules.

The import graph is read from the source (ast), module-level imports only, those under
`if TYPE_CHECKING:` included: a cycle of type-only imports still ties two modules together.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import briefer

PACKAGE = Path(briefer.__file__).resolve().parent
MAX_LINES = 500
# The command line may import a stage inside the command that runs it: importing
# argostranslate alone takes seconds, which `briefer --help` should not pay.
LAZY_IMPORTS_ALLOWED = ("briefer.cli",)


def _modules() -> dict[str, Path]:
    """Every module of the package by dotted name ("briefer.extract" for its __init__.py)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _is_package(name: str) -> bool:
    return MODULES[name].name == "__init__.py"


def _imported(node: ast.Import | ast.ImportFrom, importer: str) -> list[str]:
    """The briefer modules an import statement names (a name of a module, else the module)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name.split(".")[0] == "briefer"]
    base = node.module or ""
    if node.level:
        package = importer if _is_package(importer) else importer.rpartition(".")[0]
        for _ in range(node.level - 1):
            package = package.rpartition(".")[0]
        base = f"{package}.{base}".rstrip(".")
    if base.split(".")[0] != "briefer":
        return []
    return [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]


def _imports(name: str) -> tuple[set[str], list[tuple[int, str]]]:
    """The modules a module imports at its top level, and the ones it imports in functions."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    top: set[str] = set()
    nested: list[tuple[int, str]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import | ast.ImportFrom):
                for target in _imported(child, name):
                    if in_function:
                        nested.append((child.lineno, target))
                    else:
                        top.add(target)
            inner = isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            visit(child, in_function or inner)

    visit(tree, False)
    return top, nested


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle through each strongly connected group of modules (Tarjan), as a path."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[set[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                group.add(member)
                if member == node:
                    break
            if len(group) > 1 or node in graph.get(node, ()):
                groups.append(group)

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return [_path_within(graph, group) for group in groups]


def _path_within(graph: dict[str, set[str]], group: set[str]) -> list[str]:
    """A cycle inside a strongly connected group: walk until a module repeats."""
    path = [min(group)]
    while True:
        step = min(t for t in graph[path[-1]] if t in group)
        if step in path:
            return [*path[path.index(step) :], step]
        path.append(step)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_every_module_imports(name: str) -> None:
    importlib.import_module(name)


def test_no_import_cycles() -> None:
    graph = {name: _imports(name)[0] for name in MODULES}
    cycles = [" -> ".join(c) for c in _cycles(graph)]
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def test_no_sibling_imports_hidden_in_functions() -> None:
    hidden = [
        f"{MODULES[name]}:{line} imports {target}"
        for name in MODULES
        if not name.startswith(LAZY_IMPORTS_ALLOWED)
        for line, target in _imports(name)[1]
    ]
    assert not hidden, "import these at the top of the module:\n" + "\n".join(hidden)


def test_no_module_over_500_lines() -> None:
    long = {
        str(path.relative_to(PACKAGE.parent)): lines
        for path in MODULES.values()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"split these along their seams (at most {MAX_LINES} lines): {long}"


def test_the_checks_see_a_cycle_and_a_hidden_import(tmp_path: Path) -> None:
    """The checks themselves: a planted cycle is named, a planted function import is found."""
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    assert _cycles({"a": {"a"}}) == [["a", "a"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []
    source = "import os\n\ndef f():\n    from briefer.config import Config\n"
    module = tmp_path / "planted.py"
    module.write_text(source, encoding="utf-8")
    MODULES["briefer.planted"] = module
    try:
        assert _imports("briefer.planted") == (set(), [(4, "briefer.config")])
    finally:
        del MODULES["briefer.planted"]
