"""Shared fixtures: the project root, the committed module, and one in-process generation."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from blueprints import BlueprintRegistry
from blueprints.registry import GENERATED_MODULE

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "generated" / "estimates.py"
# the built-in blueprints (the zoo's tests register more in the same process)
BUILTINS = [s for s in BlueprintRegistry.all() if s.estimates == GENERATED_MODULE]


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
def generated_text() -> str:
    """The module text a fresh in-process generation produces."""
    from codegen.pipeline import generate

    return generate(jobs=2)
