"""The sweeps (codegen/sweep.py, sweeps/): outcomes kept past refusals, resumed, and held to
the store, the real layers and the README's tables."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen import sweep
from codegen.derive.blueprint import Settings

SETTINGS = Settings(max_dim=64, max_input=8)
# each sweep, and how many of its stored derivations CI checks against the real layers (all
# of torch.nn's two; an evenly spread sample of the transformers families', whose real training
# steps take seconds each: every entry is still read as data and held to its blueprint)
SPOT_CHECKS = {"torch_nn": None, "torch_nn_spatial": None, "transformers": 12}
SWEEPS = list(SPOT_CHECKS)
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", SWEEPS)
def test_the_sweep_is_up_to_date(name: str) -> None:
    """Every outcome has its stored derivation, read as data and spot-checked against the
    real layer, and the README's table is the one the outcomes make."""
    problems = sweep.problems(sweep.Sweep.named(name), spot_checks=SPOT_CHECKS[name])
    assert problems == []


def test_the_timm_sweep_is_up_to_date() -> None:
    """As above, in a process of its own: timm needs the torchvision stand-in, which the
    transformers layers of the other sweeps must not see (sweeps/timm_modules.py)."""
    done = subprocess.run(
        [sys.executable, "-m", "codegen.sweep", "timm_modules", "--check", "--spot-checks", "20"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=1200,
    )
    assert done.returncode == 0, done.stderr[-4000:]


@pytest.mark.parametrize("name", [*SWEEPS, "timm_modules"])
def test_refusals_say_why_in_our_words(name: str) -> None:
    for outcome in sweep.read_outcomes(sweep.Sweep.named(name)).values():
        if outcome.cause is None:
            continue
        assert "Could not guard" not in outcome.cause, outcome
        assert "Traceback" not in outcome.cause, outcome
        assert not re.search(r"\b[su]\d+\b", outcome.cause), outcome  # PyTorch's own symbols


def _probe(tmp_path: Path) -> sweep.Sweep:
    return sweep.Sweep("probe", "tests.fixtures.probe_sweep", tmp_path)


@pytest.fixture(scope="module")
def probe_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The probe sweep's directory after one run (its outcomes and store), for the tests that
    start from a run; each gets a copy (``_run_probe``)."""
    directory = tmp_path_factory.mktemp("probe_run")
    sweep.run(_probe(directory), settings=SETTINGS, progress=lambda _: None)
    return directory


def _run_probe(probe_run: Path, tmp_path: Path) -> tuple[sweep.Sweep, dict[str, sweep.Outcome]]:
    """A copy of the probe after one run, and its outcomes."""
    shutil.copytree(probe_run, tmp_path, dirs_exist_ok=True)
    probe = _probe(tmp_path)
    return probe, sweep.read_outcomes(probe)


def test_a_refusal_is_an_outcome_and_a_rerun_derives_nothing(tmp_path: Path) -> None:
    probe = _probe(tmp_path)
    said: list[str] = []
    outcomes = sweep.run(probe, settings=SETTINGS, progress=said.append)
    linear = outcomes["transformer/sweep_probe_linear"]
    pinned = outcomes["transformer/sweep_probe_pinned"]
    assert (linear.status, linear.cause) == ("exact", None)
    assert pinned.status == "refused" and "pins dim to a single value" in pinned.cause
    assert said[0] == "probe: 2 blueprint(s), 2 to derive"
    assert len(list(probe.store.glob("*.json"))) == 1  # the refusal has no derivation
    rows = json.loads(probe.results.read_text())
    assert [r["blueprint"] for r in rows] == sorted(outcomes)

    said.clear()
    assert sweep.run(probe, settings=SETTINGS, progress=said.append) == outcomes
    assert said == ["probe: 2 blueprint(s), 0 to derive"]


def test_the_table_is_held_to_the_outcomes(probe_run: Path, tmp_path: Path) -> None:
    probe, outcomes = _run_probe(probe_run, tmp_path)
    start, end = sweep.markers("probe")
    readme = tmp_path / "README.md"
    section = sweep.table(probe, outcomes, probe.specs(), SETTINGS)
    readme.write_text(f"# project\n\n{section}\n\nmore\n")
    assert sweep.problems(probe, readme, SETTINGS) == []
    assert "probe: 2 blueprints; 1 exact end to end" in section
    assert "refused: transformer/sweep_probe_pinned: a guard pins dim" in section
    assert "Left out: Bilinear (its forward takes two inputs)." in section

    readme.write_text(f"# project\n\n{start}\nan old table\n{end}\n")
    assert sweep.problems(probe, readme, SETTINGS) == [
        "README.md: the table of sweep probe is not the one its outcomes make"
    ]
    rows = json.loads(probe.results.read_text())
    rows[0]["status"] = "parameters"  # an outcome its stored derivation does not give
    probe.results.write_text(json.dumps(rows))
    readme.write_text(
        f"# project\n\n{sweep.table(probe, sweep.read_outcomes(probe), probe.specs(), SETTINGS)}\n"
    )
    assert sweep.problems(probe, readme, SETTINGS) == [
        "transformer/sweep_probe_linear: the stored derivation is not the recorded outcome"
    ]


def test_stale_outcomes_are_dropped_for_the_table(probe_run: Path, tmp_path: Path) -> None:
    probe, _ = _run_probe(probe_run, tmp_path)
    rows = json.loads(probe.results.read_text())
    rows[0]["inputs"] = "0" * 64  # found by another generator: stale
    probe.results.write_text(json.dumps(rows))
    assert sweep.forget_stale(probe, SETTINGS) == [rows[0]["blueprint"]]
    assert set(sweep.read_outcomes(probe)) == {rows[1]["blueprint"]}
    assert sweep.forget_stale(probe, SETTINGS) == []


def test_a_derivation_the_real_layer_contradicts_is_refused_not_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fresh derivation is spot-checked before it is stored: where it disagrees with the
    real layer (a generator bug), the outcome is a refusal that says so, never a wrong row."""
    from codegen.stored import StoreError

    def contradicted(spec, derived, path):  # noqa: ANN001, ANN202 (spot_check's signature)
        raise StoreError(
            path,
            spec.key,
            "activation_bytes at dim=3, batch=2, seq_len=1",
            "the stored formula says 10, the real module has 12 (the entry was edited, or the "
            "generator is wrong: re-derive it and compare)",
        )

    probe = _probe(tmp_path)
    monkeypatch.setattr(sweep, "spot_check", contradicted)
    outcomes = sweep.run(probe, settings=SETTINGS, progress=lambda _: None)
    linear = outcomes["transformer/sweep_probe_linear"]
    assert linear.status == "refused"
    assert linear.cause == (
        "the derivation disagrees with the real layer at activation_bytes at dim=3, batch=2, "
        "seq_len=1: the formula says 10, the real module has 12 (a generator bug: refused "
        "until it is fixed)"
    )
    assert list(probe.store.glob("*.json")) == []


def test_a_stored_derivation_that_is_not_the_generators_is_derived_again(
    probe_run: Path, tmp_path: Path
) -> None:
    probe, _ = _run_probe(probe_run, tmp_path)
    (entry,) = probe.store.glob("*.json")
    entry.write_text("not json")
    said: list[str] = []
    outcomes = sweep.run(probe, settings=SETTINGS, progress=said.append)
    assert said[0].startswith("transformer/sweep_probe_linear: the stored derivation is dropped")
    assert said[1] == "probe: 2 blueprint(s), 1 to derive"
    assert outcomes["transformer/sweep_probe_linear"].status == "exact"
    assert json.loads(entry.read_text())["blueprint"] == "transformer/sweep_probe_linear"


def test_a_derivation_over_the_budget_is_left_for_a_later_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    def slow(spec, settings):  # noqa: ANN001, ANN202 (derive_blueprint's signature)
        time.sleep(5)
        raise AssertionError("stopped by the budget before this")

    probe = _probe(tmp_path)
    monkeypatch.setattr(sweep, "derive_blueprint", slow)
    said: list[str] = []
    started = time.perf_counter()
    outcomes = sweep.run(probe, settings=SETTINGS, progress=said.append, budget=1)
    assert time.perf_counter() - started < 4
    assert outcomes == {}
    assert (
        "transformer/sweep_probe_linear: not derived within 1 s, left for a run without "
        "--budget" in "\n".join(said)
    )
    # remembered: a later run under the same budget skips both, and one without a budget
    # derives them after every blueprint no budget stopped
    assert sweep.read_over_budget(probe) == {
        "transformer/sweep_probe_linear": 1,
        "transformer/sweep_probe_pinned": 1,
    }
    said.clear()
    assert sweep.run(probe, settings=SETTINGS, progress=said.append, budget=1) == {}
    assert said[-1].startswith("2 skipped, stopped by a budget of at least 1 s before: ")
    monkeypatch.undo()
    outcomes = sweep.run(probe, settings=SETTINGS, progress=lambda _: None)
    assert set(outcomes) == {"transformer/sweep_probe_linear", "transformer/sweep_probe_pinned"}
    assert sweep.read_over_budget(probe) == {}


def test_blueprints_a_budget_stopped_are_derived_last(tmp_path: Path) -> None:
    probe = _probe(tmp_path)
    keys = [s.key for s in probe.specs()]
    probe.over_budget.parent.mkdir(parents=True, exist_ok=True)
    probe.over_budget.write_text(json.dumps({keys[0]: 30}))
    said: list[str] = []
    sweep.run(probe, settings=SETTINGS, progress=said.append, budget=60)
    derived = [line.split("] ")[1].split(":")[0] for line in said if line.startswith("[")]
    assert derived == keys[1:] + keys[:1]
