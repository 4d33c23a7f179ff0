"""The command line, freshness of the committed module, determinism, loud failure.

The full derivation takes minutes (the FLOP traces), so the freshness test is marked slow: CI
runs the same comparison as ``nox -s check``, and ``pytest --run-slow`` runs it here.
Determinism under another hash seed: two blueprints (one per topology) derived in a
subprocess under another seed give the committed modules, and ``nox -s check`` renders every
committed module under another seed than theirs. The --check and write logic is exercised
in-process with the generation (``pipeline.generation``, the one path of the command line and
the tests) replaced by a fixed text, which is all that logic sees.
"""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

import pytest

import codegen.__main__
import codegen.cli as cli
from codegen import pipeline
from codegen.cache import DerivationCache
from codegen.derive.blueprint import Settings
from codegen.emit.render import render

from ..conftest import (
    BUILTINS,
    COMMITTED,
    committed_files,
    import_generated,
    run_codegen,
    write_files,
)


@pytest.mark.slow
def test_committed_module_is_fresh(generated_files: dict[str, str]) -> None:
    assert committed_files() == generated_files, (
        "generated/estimates.py or a module of generated/estimates_blueprints/ is stale: run "
        "`nox -s codegen` and commit them"
    )


def test_a_fresh_derivation_under_another_hash_seed_gives_the_committed_modules(
    tmp_path: Path,
) -> None:
    """The committed modules are derived under hash seed 0; a derivation under another seed
    gives the same bytes. (Rendering from the stores under another seed is proven by the
    freshness check: ``nox -s check`` runs it under seed 4242.)"""
    out = tmp_path / "estimates.py"
    result = run_codegen(
        "--no-cache",
        "--jobs",
        "1",
        "--only",
        "cnn/attention",
        "--only",
        "transformer/lora",
        "--output",
        str(out),
        hash_seed="987654321",
    )
    assert result.returncode == 0, result.stderr
    for name in ("cnn_attention.py", "transformer_lora.py"):
        fresh = (tmp_path / "estimates_blueprints" / name).read_text()
        assert fresh == (COMMITTED.parent / "estimates_blueprints" / name).read_text(), name


@pytest.fixture
def fixed_generation(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The committed files as the generation's result, nothing derived and nothing to store."""
    files = committed_files()
    fixed = pipeline.Generation(files, [], [], [], Settings(), None, complete=False)
    monkeypatch.setattr(pipeline, "generation", lambda *args, **kwargs: fixed)
    return files


def test_check_passes_on_a_fresh_module(
    tmp_path: Path, fixed_generation: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    write_files(tmp_path, fixed_generation)
    assert cli.main(["--check", "-q", "--output", str(tmp_path / "estimates.py")]) == 0
    assert "are up to date" in capsys.readouterr().err


def test_generate_is_the_default_command(
    tmp_path: Path, fixed_generation: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    write_files(tmp_path, fixed_generation)
    index = str(tmp_path / "estimates.py")
    assert cli.main(["generate", "--check", "-q", "--output", index]) == 0
    assert cli.main(["--check", "-q", "--output", index]) == 0
    assert capsys.readouterr().err.count("are up to date") == 2


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: python -m codegen")
    for command in cli.COMMANDS:
        assert re.search(rf"^    {command.name} +\S", out, re.M), out  # listed, with its summary
    words = " ".join(out.split())  # as wrapped to the terminal's width
    assert "'python -m codegen --check' is 'python -m codegen generate --check'" in words


@pytest.mark.parametrize(
    ("command", "option"),
    [("generate", "--require-config"), ("explain", "--dims"), ("report", "--directory")],
)
def test_each_command_has_its_own_help(
    command: str, option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main([command, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: python -m codegen {command} ")
    assert option in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["expalin", "cnn/attention"], "invalid choice: 'expalin'"),
        (["--chek"], "python -m codegen generate: error: unrecognized arguments: --chek"),
        (["--max-dim", "0"], "--max-dim, --hyper-max, --max-input and --jobs must be at least 1"),
        (["report", "--check", "--extra"], "codegen report: error: unrecognized arguments"),
        (["report", "--check", "--set", "batch=3"], "--set states a project's input sizes"),
        (["report", "--check", "--max-dim", "16"], "the built-ins' report is at the default"),
        (["report", "--check", "--source", "zoo"], "--source needs --output"),
    ],
)
def test_a_mistyped_command_line_is_a_usage_error(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.startswith("usage: python -m codegen")


def test_the_console_script_runs_the_command_line() -> None:
    import tomllib

    pyproject = tomllib.loads((COMMITTED.parent.parent / "pyproject.toml").read_text())
    assert pyproject["project"]["scripts"]["blueprint-codegen"] == "codegen.__main__:main"
    assert codegen.__main__.main is cli.main


def test_check_fails_on_a_hand_edited_module_with_diff_and_fix(
    tmp_path: Path, fixed_generation: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    write_files(tmp_path, fixed_generation)
    index = tmp_path / "estimates.py"
    edited = tmp_path / "estimates_blueprints" / "cnn_attention.py"
    original = "return 2 * dim * dim_div_reduction + dim"
    assert original in edited.read_text()
    edited.write_text(edited.read_text().replace(original, "return 2000", 1))
    before = edited.read_bytes()
    assert cli.main(["--check", "-q", "--output", str(index)]) == 1
    captured = capsys.readouterr()
    assert "-    return 2000" in captured.out
    assert f"+    {original}" in captured.out
    assert str(edited) in captured.out  # the diff names the file
    assert f"python -m codegen --output {index}" in captured.err
    assert edited.read_bytes() == before  # --check writes nothing


def test_check_reports_an_orphaned_module_and_writing_removes_it(
    tmp_path: Path, fixed_generation: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    write_files(tmp_path, fixed_generation)
    index = tmp_path / "estimates.py"
    orphan = tmp_path / "estimates_blueprints" / "cnn_retired.py"
    gone = fixed_generation["estimates_blueprints/cnn_noop.py"]  # a generated module
    orphan.write_text(gone.replace("cnn/noop", "cnn/retired"))
    assert cli.main(["--check", "-q", "--output", str(index)]) == 1
    assert f"orphaned: {orphan}" in capsys.readouterr().err
    assert orphan.exists()
    assert cli.main(["-q", "--output", str(index)]) == 0
    assert "1 orphaned module(s) removed" in capsys.readouterr().err
    assert not orphan.exists()
    assert cli.main(["--check", "-q", "--output", str(index)]) == 0


def test_a_blueprint_change_rewrites_its_own_module_only(
    tmp_path: Path, fixed_generation: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    write_files(tmp_path, fixed_generation)
    for path in tmp_path.rglob("*.py"):
        os.utime(path, (1_000_000_000, 1_000_000_000))
    changed = tmp_path / "estimates_blueprints" / "cnn_attention.py"
    changed.write_text("stale\n")
    assert cli.main(["-q", "--output", str(tmp_path / "estimates.py")]) == 0
    assert "written (1 file(s))" in capsys.readouterr().err
    rewritten = [p for p in tmp_path.rglob("*.py") if p.stat().st_mtime != 1_000_000_000]
    assert rewritten == [changed]


def test_check_fails_on_a_missing_module(tmp_path: Path, fixed_generation: dict[str, str]) -> None:
    assert cli.main(["--check", "-q", "--output", str(tmp_path / "absent.py")]) == 1
    assert not (tmp_path / "absent.py").exists()


def test_write_replaces_a_stale_module_and_skips_a_fresh_one(
    tmp_path: Path, fixed_generation: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "estimates.py"
    out.write_text("stale\n")
    assert cli.main(["-q", "--output", str(out)]) == 0
    assert committed_files(out) == fixed_generation
    assert "written" in capsys.readouterr().err
    os.utime(out, (1_000_000_000, 1_000_000_000))
    assert cli.main(["-q", "--output", str(out)]) == 0
    assert "unchanged" in capsys.readouterr().err
    assert out.stat().st_mtime == 1_000_000_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["estimates.py", "estimates_blueprints"]


def test_only_refuses_an_unknown_blueprint(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["--only", "cnn/absent", "-q", "--output", "unused.py"])
    assert info.value.code == 2
    assert "no registered blueprint cnn/absent" in capsys.readouterr().err


def test_underivable_blueprint_fails_loudly_and_leaves_the_output(tmp_path: Path) -> None:
    out = tmp_path / "estimates.py"
    out.write_text("# the previous, good module\n")
    result = run_codegen("--source", "tests.fixtures.underivable", "--output", str(out))
    assert result.returncode == 2
    assert "cnn/bad_log" in result.stderr
    assert "tests/fixtures/underivable.py:13 in bad_log" in result.stderr
    assert "left unchanged" in result.stderr
    assert out.read_text() == "# the previous, good module\n"
    assert [p.name for p in tmp_path.iterdir()] == ["estimates.py"]  # no temporary left behind


def test_worker_processes_give_the_same_text() -> None:
    from codegen.pipeline import generation

    only = ("cnn/noop", "transformer/noop")
    assert generation(only=only, jobs=2).files == generation(only=only, jobs=1).files


def test_underivable_flops_warn_and_keep_the_parameters(tmp_path: Path) -> None:
    out = tmp_path / "estimates.py"
    small = ("--max-dim", "64", "--max-input", "64", "--jobs", "1")
    source = ("--source", "tests.fixtures.partial", "--output", str(out), *small)
    result = run_codegen(*source)
    assert result.returncode == 0, result.stderr
    warning = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warning) == 1, result.stderr
    assert (
        "transformer/sorted_projection: FLOPs, activation bytes and peak bytes not derived"
        in warning[0]
    )
    assert "aten.sort." in warning[0] and "(forward pass, submodule root)" in warning[0]
    module = import_generated(committed_files(out))
    assert module.transformer_sorted_projection_params(64) == 64 * 64 + 64
    with pytest.raises(NotImplementedError, match="aten.sort"):
        module.transformer_sorted_projection_forward_flops(64, batch=2, seq_len=3)
    with pytest.raises(TypeError):  # the arguments are still checked first
        module.forward_flops("transformer", "sorted_projection", 64, batch=2)
    # the stored derivation keeps the failure: a second run warns again without deriving
    again = run_codegen(*source, "--check")
    assert again.returncode == 0, again.stderr
    assert "FLOPs, activation bytes and peak bytes not derived" in again.stderr


def test_strict_turns_an_underivable_flop_into_a_failure(tmp_path: Path) -> None:
    out = tmp_path / "estimates.py"
    out.write_text("# the previous module\n")
    result = run_codegen(
        "--source",
        "tests.fixtures.partial",
        "--output",
        str(out),
        "--strict",
        "--no-cache",
        "--max-dim",
        "64",
        "--max-input",
        "64",
        "--jobs",
        "1",
    )
    assert result.returncode == 2
    assert "not derived (--strict)" in result.stderr
    assert "transformer/sorted_projection" in result.stderr
    assert out.read_text() == "# the previous module\n"


def test_a_source_that_cannot_be_imported_is_a_clear_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["--source", "no_such_blueprints", "-q", "--output", "unused.py"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot import the blueprint source 'no_such_blueprints'")
    assert "usage:" not in err  # one message, not the command's usage


def test_explain_prints_a_builtin_with_values(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["explain", "cnn/attention", "--dims", "64,512", "--set", "batch=2"]) == 0
    out = capsys.readouterr().out
    assert "Parameters\n  if ⌊dim/reduction⌋ ≤ 1: 3·dim\n" in out
    assert "      fc1        Linear  dim·⌊dim/reduction⌋\n" in out
    assert "values (reduction=4, batch=2, height=32, width=32)" in out
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.strip().startswith("dim  "))
    titles = re.split(r"\s{2,}", lines[header].strip())
    row = dict(zip(titles, lines[header + 2].split(), strict=True))
    assert row["dim"] == "512"
    assert row["Parameters"] == "131,584"  # 2 * 512 * 128 + 512, the README's number
    # forward FLOPs: two Linear layers on pooled x
    assert row["Forward FLOPs"] == f"{4 * 2 * 512 * 128:,}"
    assert row["Training state bytes, SGD"] == f"{2 * 4 * 131584:,}"


def test_explain_states_the_refusal_rules(capsys: pytest.CaptureFixture[str]) -> None:
    # a factory that refuses (dim % n_head) and a training step that raises (GroupNorm)
    assert cli.main(["explain", "transformer/attention", "--dims", "64"]) == 0
    out = capsys.readouterr().out
    assert "  if dim mod n_head ≠ 0: ValueError (the factory raises): " in out
    assert "Parameters\n  if dim mod n_head ≠ 0: refused (ValueError)\n" in out
    assert cli.main(["explain", "cnn/conv_small", "--dims", "64"]) == 0
    out = capsys.readouterr().out
    assert "ValueError (the training step raises): Expected more than 1 value per channel" in out


def test_explain_checks_its_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    for argv, message in (
        (["--dims", "4,abc"], "--dims takes comma-separated integers"),
        (["--dims", ""], "--dims takes comma-separated integers"),
        (["--set", "batch=2", "--set", "batch=3"], "--set names one value more than once"),
    ):
        with pytest.raises(SystemExit) as info:
            cli.main(["explain", "cnn/attention", *argv])
        assert info.value.code == 2
        assert message in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["explain", "cnn/absent"], "no registered blueprint cnn/absent"),
        (["explain", "attention"], "name a blueprint as TOPOLOGY/NAME"),
        (["explain", "cnn/attention", "--dims", "0"], "dim=0 is outside the proven domain"),
        (["explain", "cnn/attention", "--set", "heads=2"], "has no hyperparameter or input size"),
        (["explain", "transformer/mlp", "--set", "checkpoint=1"], "checkpoint=1 is not one of"),
    ],
)
def test_explain_refuses_what_it_cannot_show(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(argv) == 2
    assert message in capsys.readouterr().err


def test_a_hand_written_file_in_the_package_is_never_an_orphan(
    tmp_path: Path, fixed_generation: dict[str, str]
) -> None:
    write_files(tmp_path, fixed_generation)
    index = tmp_path / "estimates.py"
    mine = tmp_path / "estimates_blueprints" / "my_helpers.py"
    mine.write_text("def helper() -> int:\n    return 1\n")
    assert cli.main(["--check", "-q", "--output", str(index)]) == 0
    assert cli.main(["-q", "--output", str(index)]) == 0
    assert mine.read_text() == "def helper() -> int:\n    return 1\n"


@pytest.mark.parametrize("name", ["costs", "my-costs.py", "costs.txt"])
def test_an_output_that_cannot_be_imported_is_refused_before_deriving(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["-q", "--output", str(tmp_path / name)])
    assert info.value.code == 2
    assert "must name a .py file whose name is a Python identifier" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_blueprints_whose_generated_names_collide_are_refused() -> None:
    spec = next(s for s in BUILTINS if s.key == "transformer/mlp")
    derived = DerivationCache().load(spec, Settings())
    assert derived is not None
    clash = dataclasses.replace(derived, name="mlp_backward")
    with pytest.raises(ValueError, match="would both generate transformer_mlp_backward"):
        render([derived, clash], ["tests"])
