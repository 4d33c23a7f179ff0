"""Shared fixtures: the project root, the committed module, and one in-process generation."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "generated" / "estimates.py"


def run_codegen(*args: str, hash_seed: str = "0") -> subprocess.CompletedProcess[str]:
    """``python -m codegen ARGS`` in a fresh interpreter, from the project root."""
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "codegen", "-q", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="session")
def generated_text() -> str:
    """The module text a fresh in-process generation produces."""
    from codegen.pipeline import generate

    return generate()
