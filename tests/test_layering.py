"""The layers hold: `make lint`'s import contracts and type checker pass on the tree and fail on
a scratch copy of it with a layering violation or a type error injected; no module import loops."""

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text())
ROOT_PACKAGES: list[str] = CONFIG["tool"]["importlinter"]["root_packages"]
BIN = Path(sys.executable).parent
NOT_LAYERED = {"tests", "bench"}  # tooling, not the product

# Module import loops that are allowed: (importer, imported) → why the import is lazy by design.
LAZY_BY_DESIGN: dict[tuple[str, str], str] = {}
PENDING_LOOPS: set[tuple[str, str]] = set()


def import_graph() -> grimp.ImportGraph:
    return grimp.build_graph(*ROOT_PACKAGES, cache_dir=None)


def import_loops(graph: grimp.ImportGraph, allowed: set[tuple[str, str]]) -> list[list[str]]:
    """Every set of modules that import each other in a loop, once `allowed` imports are out."""
    for importer, imported in allowed:
        graph.remove_import(importer=importer, imported=imported)
    edges = {module: graph.find_modules_directly_imported_by(module) for module in graph.modules}
    return [sorted(group) for group in _strongly_connected(edges) if len(group) > 1]


def _strongly_connected(edges: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's strongly connected components, iteratively (the graph has ~350 modules)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                groups.append(group)
    return groups


def scratch_copy(destination: Path, *, mypy_cache: bool = False) -> Path:
    """The checked packages and the configuration (and mypy's cache, when there is one), copied."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for package in ROOT_PACKAGES:
        shutil.copytree(ROOT / package, destination / package, ignore=ignore)
    shutil.copy2(ROOT / "pyproject.toml", destination / "pyproject.toml")
    if mypy_cache and (ROOT / ".mypy_cache").is_dir():
        shutil.copytree(ROOT / ".mypy_cache", destination / ".mypy_cache")
    return destination


def inject(root: Path, path: str, source: str) -> None:
    (root / path).write_text(f'"""Injected by tests/test_layering.py."""\n\n{source}\n')


def run(root: Path, *command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=300,
                          check=False)


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    return run(root, str(BIN / "lint-imports"), "--no-cache")


def mypy(root: Path) -> subprocess.CompletedProcess:
    return run(root, sys.executable, "-m", "mypy")


def test_every_top_level_package_is_in_the_layers():
    on_disk = {init.parent.name for init in ROOT.glob("*/__init__.py")} - NOT_LAYERED
    (layers,) = [contract["layers"] for contract in CONFIG["tool"]["importlinter"]["contracts"]
                 if contract["type"] == "layers"]
    assert set(ROOT_PACKAGES) == on_disk
    assert set(layers) == on_disk


def test_no_import_loops_between_modules():
    allowed = set(LAZY_BY_DESIGN) | PENDING_LOOPS
    graph = import_graph()
    for importer, imported in sorted(allowed):
        assert graph.direct_import_exists(importer=importer, imported=imported), \
            f"{importer} no longer imports {imported}: remove the entry from this file"
    assert import_loops(graph, allowed) == []


def test_a_module_loop_is_found():
    graph = import_graph()
    assert graph.direct_import_exists(importer="documents.validation", imported="documents.limits")
    graph.add_import(importer="documents.limits", imported="documents.validation")
    loops = import_loops(graph, set(LAZY_BY_DESIGN) | PENDING_LOOPS)
    (loop,) = loops
    assert {"documents.limits", "documents.validation"} <= set(loop)


def test_the_import_contracts_pass_on_the_tree(tmp_path):
    result = lint_imports(scratch_copy(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(("path", "source", "reported"), [
    ("radicpro/jobs/injected.py", "from exports import services", "radicpro is not allowed to import exports"),
    ("radicpro/api/injected.py", "import designs.models", "radicpro is not allowed to import designs"),
    ("documents/injected.py", "from django.conf import settings", "documents is not allowed to import django"),
    ("rendering/injected.py", "from rest_framework import serializers",
     "rendering is not allowed to import rest_framework"),
    ("rendering/injected.py", "import celery", "rendering is not allowed to import celery"),
    ("rendering/injected.py", "from radicpro.api import errors", "rendering is not allowed to import radicpro"),
    ("assets/injected.py", "from designs import selectors", "assets is not allowed to import designs"),
    ("radicpro/api/injected.py", "from radicpro.jobs import models",
     "radicpro.api is not allowed to import radicpro.jobs"),
], ids=["feature-in-radicpro", "feature-in-radicpro-api", "django-in-documents", "drf-in-rendering",
        "celery-in-rendering", "radicpro-in-rendering", "feature-upwards", "app-in-radicpro-api"])
def test_an_import_across_the_layers_fails_the_contracts(tmp_path, path, source, reported):
    root = scratch_copy(tmp_path)
    inject(root, path, source)
    result = lint_imports(root)
    assert result.returncode != 0
    assert reported in " ".join(result.stdout.split()), result.stdout


def test_the_type_checker_passes_on_the_tree_and_fails_on_a_type_error(tmp_path):
    root = scratch_copy(tmp_path, mypy_cache=True)
    clean = mypy(root)
    assert clean.returncode == 0, clean.stdout + clean.stderr

    injected = {  # a wrong argument type at a call site, in each kind of checked module
        "documents/injected.py": "from documents.formats import get_format\n\n\n"
                                 "def broken() -> None:\n    get_format(1080)",
        "rendering/injected.py": "from rendering.api import canvas_size\n\n\n"
                                 "def broken() -> None:\n    canvas_size('instagram_post')",
        "radicpro/api/injected.py": "from radicpro.api.casing import to_camel\n\n\n"
                                    "def broken():\n    return to_camel(42)",
    }
    for path, source in injected.items():
        inject(root, path, source)
    with (root / "campaigns/services.py").open("a") as services:
        services.write("\n\ndef broken_call() -> None:\n    campaign_delete(campaign='camp_1')\n")
    broken = mypy(root)
    assert broken.returncode != 0
    flagged = {line.split(":")[0] for line in broken.stdout.splitlines() if ": error:" in line}
    assert flagged == {*injected, "campaigns/services.py"}, broken.stdout
