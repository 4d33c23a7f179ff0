"""Shared fixtures: the project root, the committed module, and one in-process generation."""

from __future__ import annotations

import importlib
import itertools
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import pytest

from blueprints import BlueprintRegistry
from blueprints.registry import GENERATED_MODULE

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "generated" / "estimates.py"
# the built-in blueprints (the zoo's tests register more in the same process)
BUILTINS = [s for s in BlueprintRegistry.all() if s.estimates == GENERATED_MODULE]


def committed_files(index: Path = COMMITTED) -> dict[str, str]:
    """The generated files of the index at ``index`` as they are on disk: the index and the
    modules of its blueprint package, by path relative to its directory (as ``render``)."""
    package = index.parent / f"{index.stem}_blueprints"
    files = {index.name: index.read_text(encoding="utf-8")}
    for path in sorted(package.glob("*.py")):
        files[f"{package.name}/{path.name}"] = path.read_text(encoding="utf-8")
    return files


def write_files(directory: Path, files: dict[str, str]) -> None:
    """Write generated ``files`` (paths relative to ``directory``)."""
    for relative, text in files.items():
        path = directory / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


_PACKAGES = itertools.count()


def import_generated(files: dict[str, str]) -> ModuleType:
    """Import freshly rendered ``files`` as users do: written into a new package of their own
    (a temporary directory), the index imported, its blueprint modules on first use."""
    package = f"generated_under_test_{next(_PACKAGES)}"
    root = Path(tempfile.mkdtemp(prefix="generated-"))
    write_files(root / package, {"__init__.py": "", **files})
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    index = next(r for r in files if "/" not in r).removesuffix(".py")
    return importlib.import_module(f"{package}.{index}")


def run_codegen(*args: str, hash_seed: str = "0") -> subprocess.CompletedProcess[str]:
    """``python -m codegen ARGS`` in a fresh interpreter, from the project root."""
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "codegen", "-q", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--run-slow", action="store_true", help="also run tests marked slow (minutes each)"
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: takes minutes; run with --run-slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="slow (the same check runs as `nox -s check`); --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def generated_files() -> dict[str, str]:
    """The files a fresh in-process generation produces."""
    from codegen.pipeline import generation

    return generation(jobs=2).files
