"""No circle of imports between sealflow's modules (issue 14, point 1).

The import contract (`lint-imports`, pyproject [tool.importlinter]) holds the layers between
packages; a circle inside one package (two files importing each other, even through an
import inside a function) escapes it. This test finds every strongly connected group of
modules in grimp's import graph (grimp is what import-linter builds on) and allows none.
"""

from __future__ import annotations

import sys

import grimp


def _circles(graph: grimp.ImportGraph, package: str = "sealflow") -> list[frozenset[str]]:
    """Tarjan's strongly connected components of more than one module of ``package``."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            if imported.split(".")[0] != package:
                continue
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(frozenset(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_when_sealflow_imports_are_graphed_then_no_modules_import_each_other_in_a_circle():
    circles = _circles(grimp.build_graph("sealflow", cache_dir=None))
    assert [sorted(c) for c in circles] == [], f"import circles: {[sorted(c) for c in circles]}"


def test_when_two_modules_import_each_other_then_the_circle_finder_names_both(tmp_path):
    package = tmp_path / "circlepkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from circlepkg import b\n")
    (package / "b.py").write_text("def late():\n    from circlepkg import a\n")
    (package / "c.py").write_text("from circlepkg import a\n")  # imports into it: not in it
    sys.path.insert(0, str(tmp_path))
    try:
        graph = grimp.build_graph("circlepkg", cache_dir=None)
    finally:
        sys.path.remove(str(tmp_path))
    assert _circles(graph, "circlepkg") == [frozenset({"circlepkg.a", "circlepkg.b"})]


def test_when_a_ground_floor_module_is_imported_first_then_it_imports_whole():
    # a circle through a package's __init__ escapes the graph above: importing the person
    # index first ran recognizers/__init__, whose letter-layout recognizer imported the
    # half-built person index (found this round; NOT_INITIALS now lives in wordlists)
    import subprocess

    for module in ("sealflow.scrub.people", "sealflow.scrub.wordlists", "sealflow.scrub.variants",
                   "sealflow.scrub.detect", "sealflow.scrub.table_rows"):  # fmt: skip
        done = subprocess.run(
            [sys.executable, "-c", f"import {module}"], capture_output=True, text=True
        )
        assert done.returncode == 0, f"{module}: {done.stderr[-400:]}"
