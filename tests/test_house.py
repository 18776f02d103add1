"""The house rules of the core, read from its sources: no import circle anywhere (imports inside functions count:
they only hide a circle), and the packages layered so that a lower one never imports a higher one."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Lowest first. A package may import those before it (and the shared ground: i18n, io, texts), never one after it.
LAYERS = ("arch", "data", "models", "runs", "inspect", "train", "compare", "learn", "figures", "inference", "cli")
GROUND = ("cnnviz", "cnnviz.i18n", "cnnviz.io", "cnnviz.texts")


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted((ROOT / "cnnviz").rglob("*.py")) if p.name != "__main__.py"}


def imports_of(path: Path, known: set[str]) -> set[str]:
    """The cnnviz modules a file imports, wherever the import statement stands (`from cnnviz.x import y` names the
    module cnnviz.x.y when that is a module, else cnnviz.x)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("cnnviz")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("cnnviz") and not node.level:
            for alias in node.names:
                child = f"{node.module}.{alias.name}"
                found.add(child if child in known else node.module)
    return found & known


def graph() -> dict[str, set[str]]:
    found = modules()
    return {name: imports_of(path, set(found)) - {name} for name, path in found.items()}


def package_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), each as a sorted list."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(edges.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return groups


def test_the_cycle_finder_finds_a_hidden_circle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_import_reader_sees_imports_inside_functions(tmp_path: Path) -> None:
    source = tmp_path / "m.py"
    source.write_text("def f():\n    from cnnviz.runs import store\n    import cnnviz.arch.spec\n")
    assert imports_of(source, {"cnnviz.runs.store", "cnnviz.arch.spec", "cnnviz.runs"}) == {
        "cnnviz.runs.store", "cnnviz.arch.spec"}


def test_no_import_circle_anywhere_in_the_core() -> None:
    assert cycles(graph()) == []


def test_every_module_lives_in_a_known_layer() -> None:
    stray = [m for m in modules() if m not in GROUND and package_of(m) not in LAYERS
             and not m.startswith("cnnviz.texts.")]
    assert stray == []


def test_a_lower_package_never_imports_a_higher_one() -> None:
    upward = []
    for module, imported in graph().items():
        if package_of(module) not in LAYERS:
            continue
        here = LAYERS.index(package_of(module))
        upward += [f"{module} -> {other}" for other in sorted(imported)
                   if package_of(other) in LAYERS and LAYERS.index(package_of(other)) > here]
    assert upward == []


def test_every_package_says_what_it_holds_and_what_it_may_import() -> None:
    for package in LAYERS:
        init = ROOT / "cnnviz" / package / "__init__.py"
        if package == "inference":
            continue  # a module, not a package
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert len(doc) > 80 and "import" in doc.lower(), f"{init}: say what it holds and what it may import"


def test_every_catalog_key_starts_with_the_name_of_its_texts_module() -> None:
    """A key says where its text lives: `figures.…` in cnnviz/texts/figures.py, `build.…` in pages/build/texts.py."""
    import importlib
    import pkgutil

    import cnnviz.texts

    owners: dict[str, str] = {}
    for module in pkgutil.iter_modules(cnnviz.texts.__path__):
        owners[module.name] = f"cnnviz.texts.{module.name}"
    sections = sorted(path.parent.name for path in (ROOT / "pages").glob("*/texts.py"))
    assert not set(sections) & set(owners), "a page section and a core texts module share a prefix"
    owners.update({section: f"pages.{section}.texts" for section in sections})
    misplaced = [f"{name}: {key}" for prefix, name in owners.items()
                 for key in importlib.import_module(name).TEXTS if not key.startswith(f"{prefix}.")]
    assert misplaced == []
