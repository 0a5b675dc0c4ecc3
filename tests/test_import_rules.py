"""The import rules ARCHITECTURE.md states, checked on the source with `ast`: every import
counts, lazy ones inside functions too (a lazy import is still a dependency)."""

from __future__ import annotations

import ast
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "briefer"
ENGINE_MODULES = ("briefer.engines.offline", "briefer.engines.llm")  # concrete engines
ENGINE_MAY_NOT = ("briefer.rank", "briefer.compose", "briefer.render", "briefer.notices")
ENGINE_MAY_NOT += ("briefer.pipeline", "briefer.cli")
COMMANDS = ("briefer.cli", "briefer.__main__", "briefer.app", "briefer.report", "briefer.outcome")
LAYOUT = ("briefer.rank", "briefer.synthesis", "briefer.compose", "briefer.render")


@dataclass(frozen=True)
class Rule:
    """Modules named by `importers` (a name or a package prefix), other than those `exempt`
    names, may not import `forbidden` (names or prefixes), except what `allowed` names."""

    why: str
    importers: tuple[str, ...]
    forbidden: tuple[str, ...]
    allowed: tuple[str, ...] = ()
    exempt: tuple[str, ...] = ()


RULES = (
    Rule(
        "an engine reads text and words positions; it never lays out or renders a brief",
        ("briefer.engines",),
        ENGINE_MAY_NOT,
    ),
    Rule(
        "the pipeline holds an engine through its protocol; the registry builds it",
        ("briefer.pipeline", "briefer.notices"),
        ("briefer.engines", "briefer.llm.client", "openai"),
        allowed=("briefer.engines.base", "briefer.engines.registry"),
    ),
    Rule(
        "grouping, synthesis types, compose and render need no engine or model: a saved "
        "brief re-renders without one",
        (*LAYOUT, "briefer.models"),
        ("briefer.engines", "briefer.llm", "openai"),
    ),
    Rule(
        "the data model depends on no stage that makes or reads it",
        ("briefer.models",),
        (*LAYOUT, "briefer.pipeline", "briefer.cli", "briefer.ground", "briefer.select"),
    ),
    Rule(
        "only the commands and their run reports use the pipeline; nothing uses the CLI",
        ("briefer",),
        ("briefer.pipeline", "briefer.cli"),
        exempt=COMMANDS,
    ),
    Rule(
        "one place builds the OpenAI client (cost only borrows the SDK's request shape)",
        ("briefer",),
        ("openai",),
        exempt=("briefer.llm.client", "briefer.cost"),
    ),
)


def _matches(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_module(name: str, root: Path) -> bool:
    where = root.parent.joinpath(*name.split("."))
    return where.with_suffix(".py").is_file() or (where / "__init__.py").is_file()


def imports_of(path: Path, root: Path) -> set[str]:
    """Absolute names of the modules the file imports: `from .x import y` names `x.y` when
    y is a module of the tree, else `x`."""
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            for alias in node.names:
                submodule = f"{module}.{alias.name}"
                found.add(submodule if _is_module(submodule, root) else module)
    return found


def import_graph(root: Path) -> dict[str, set[str]]:
    return {module_name(p, root): imports_of(p, root) for p in sorted(root.rglob("*.py"))}


def violations(graph: dict[str, set[str]], rules: tuple[Rule, ...] = RULES) -> list[str]:
    """One line per import that breaks a rule: who imports what, and the rule's reason."""
    found = []
    for rule in rules:
        for module, imported in sorted(graph.items()):
            if not _matches(module, rule.importers) or _matches(module, rule.exempt):
                continue
            for name in sorted(imported):
                forbidden = _matches(name, rule.forbidden) and not _matches(name, rule.allowed)
                if forbidden and name != module:
                    found.append(f"{module} imports {name}: {rule.why}")
    return found


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return import_graph(PACKAGE)


def test_briefer_keeps_its_import_rules(graph):
    assert violations(graph) == []


def test_the_graph_sees_the_imports_the_rules_are_about(graph):
    """Guards against a checker that sees nothing: the real edges are found."""
    assert "briefer.engines.base" in graph["briefer.pipeline"]
    assert "briefer.synthesis" in graph["briefer.engines.offline"]
    assert "briefer.compose" in graph["briefer.pipeline"]
    assert "briefer.llm.client" in graph["briefer.engines.llm"]
    assert set(ENGINE_MODULES) <= set(graph)


def test_a_planted_engine_to_compose_import_fails(tmp_path):
    tree = tmp_path / "briefer"
    shutil.copytree(PACKAGE, tree, ignore=shutil.ignore_patterns("__pycache__"))
    offline = tree / "engines" / "offline.py"
    offline.write_text(
        offline.read_text() + "\n\ndef _late():\n    from ..compose import compose\n"
    )
    found = violations(import_graph(tree))
    assert found and all(line.startswith("briefer.engines.offline imports ") for line in found)
    assert any("briefer.compose" in line for line in found)


def test_a_planted_concrete_engine_in_the_pipeline_fails(tmp_path):
    tree = tmp_path / "briefer"
    shutil.copytree(PACKAGE, tree, ignore=shutil.ignore_patterns("__pycache__"))
    pipeline = tree / "pipeline.py"
    pipeline.write_text(pipeline.read_text() + "\nfrom .engines import llm\n")
    assert violations(import_graph(tree)) == [
        "briefer.pipeline imports briefer.engines.llm: the pipeline holds an engine through "
        "its protocol; the registry builds it"
    ]


def test_each_rule_catches_its_own_kind_of_import(tmp_path):
    """A tiny package with one bad import per rule: each rule reports exactly its own."""
    bad = {
        "engines/fast.py": "from ..render import render\n",
        "pipeline.py": "from .engines.offline import OfflineEngine\n",
        "compose.py": "import openai\n",
        "models.py": "from .select import select\n",
        "dedupe.py": "from . import cli\n",
        "ingest/web.py": "from openai import OpenAI\n",
    }
    tree = tmp_path / "briefer"
    for name, text in {"__init__.py": "", "engines/__init__.py": "", "cli.py": "", **bad}.items():
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        (tree / name).write_text(text)
    found = violations(import_graph(tree))
    reasons = {rule.why for rule in RULES}
    assert {line.split(": ", 1)[1] for line in found} == reasons
    assert {line.split(" imports ")[0] for line in found} == {
        "briefer.engines.fast",
        "briefer.pipeline",
        "briefer.compose",
        "briefer.models",
        "briefer.dedupe",
        "briefer.ingest.web",
    }
