"""Tier 3: the command line, freshness of the committed module, determinism, loud failure."""

from __future__ import annotations

import os
from pathlib import Path

from .conftest import COMMITTED, run_codegen


def test_committed_module_is_fresh(generated_text: str) -> None:
    assert COMMITTED.read_text(encoding="utf-8") == generated_text, (
        "generated/estimates.py is stale: run `nox -s codegen` and commit it"
    )


def test_check_passes_on_the_committed_module() -> None:
    result = run_codegen("--check", hash_seed="1")
    assert result.returncode == 0, result.stdout + result.stderr


def test_output_is_identical_under_another_hash_seed(tmp_path: Path) -> None:
    out = tmp_path / "estimates.py"
    result = run_codegen("--output", str(out), hash_seed="987654321")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == COMMITTED.read_bytes()


def test_check_fails_on_a_hand_edited_module_with_diff_and_fix(tmp_path: Path) -> None:
    edited = tmp_path / "estimates.py"
    text = COMMITTED.read_text(encoding="utf-8")
    edited.write_text(text.replace("return 2 * dim * (dim // 4) + dim", "return 2000", 1))
    before = edited.read_bytes()
    result = run_codegen("--check", "--output", str(edited))
    assert result.returncode == 1
    assert (
        "-    return 2000" in result.stdout
        and "+    return 2 * dim * (dim // 4) + dim" in result.stdout
    )
    assert "nox -s codegen" in result.stderr
    assert edited.read_bytes() == before  # --check writes nothing


def test_check_fails_on_a_missing_module(tmp_path: Path) -> None:
    result = run_codegen("--check", "--output", str(tmp_path / "absent.py"))
    assert result.returncode == 1
    assert not (tmp_path / "absent.py").exists()


def test_write_is_skipped_when_unchanged(tmp_path: Path) -> None:
    out = tmp_path / "estimates.py"
    out.write_bytes(COMMITTED.read_bytes())
    os.utime(out, (1_000_000_000, 1_000_000_000))
    result = run_codegen("--output", str(out))
    assert result.returncode == 0
    assert "unchanged" in result.stderr
    assert out.stat().st_mtime == 1_000_000_000


def test_underivable_blueprint_fails_loudly_and_leaves_the_output(tmp_path: Path) -> None:
    out = tmp_path / "estimates.py"
    out.write_text("# the previous, good module\n")
    result = run_codegen("--source", "tests.fixtures.underivable", "--output", str(out))
    assert result.returncode == 2
    assert "cnn/bad_sqrt" in result.stderr
    assert "tests/fixtures/underivable.py:13 in bad_sqrt" in result.stderr
    assert "left unchanged" in result.stderr
    assert out.read_text() == "# the previous, good module\n"
    assert [p.name for p in tmp_path.iterdir()] == ["estimates.py"]  # no temporary left behind
