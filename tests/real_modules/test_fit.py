"""Will it fit (issue 24, item 3): the largest value of one size whose training step's peak
fits in memory, solved on the generated formula (the index's ``max_fitting``), checked against
the formula at the answer and above it, and against real steps (MemTracker) at small sizes.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import torch

from blueprints import BlueprintRegistry
from codegen import cli
from codegen.cli.fit import parse_memory, show_bytes
from generated import estimates
from generated.estimates_blueprints import Refused

# every built-in with a peak function (a blueprint without inputs has no training step)
WITH_PEAK = [
    (topology, name)
    for topology, name in estimates.BLUEPRINTS
    if getattr(estimates._module(topology, name), f"{topology}_{name}_peak_bytes", None)
]


def _peak(topology: str, name: str, solve: str, value: int, given: dict, optimizer: str):
    """The generated peak with ``solve`` at ``value``; None where there is no training step."""
    arguments = {**given, solve: value}
    dim = arguments.pop("dim")
    try:
        return estimates.peak_bytes(topology, name, dim, optimizer=optimizer, **arguments)
    except Refused:
        return None


@pytest.mark.parametrize(("topology", "name"), WITH_PEAK, ids=["/".join(b) for b in WITH_PEAK])
def test_the_answer_fits_and_no_larger_value_does(topology: str, name: str) -> None:
    """For dim and each input size in turn, at random memories and other sizes: the peak at
    the answer is the one returned and fits; at the answer + 1 and at random values above it,
    it does not (or there is no training step); None only where no value tried fits."""
    assert len(WITH_PEAK) >= 14
    domain = estimates.domain(topology, name)
    rng = random.Random(f"{topology}/{name}")
    for solve in ("dim", *estimates.INPUTS[topology]):
        for _ in range(4):
            given = {"dim": rng.choice([1, 7, 64, 512])}
            given.update({n: rng.choice([1, 3, 16, 224]) for n in estimates.INPUTS[topology]})
            del given[solve]
            optimizer = rng.choice(["sgd", "sgd_momentum", "adam", "adamw"])
            memory = rng.choice([2**20, 2**27, 2**33, 24 * 2**30])
            found = estimates.max_fitting(
                topology, name, memory, solve, optimizer=optimizer, **given
            )
            lo, hi = domain[solve]
            if found is None:
                above = lo - 1
            else:
                value, peak = found
                assert peak == _peak(topology, name, solve, value, given, optimizer) <= memory
                above = value
            tried = {above + 1, hi, *(rng.randint(above, hi) for _ in range(20))}
            for value in sorted(v for v in tried if above < v <= hi):
                peak = _peak(topology, name, solve, value, given, optimizer)
                assert peak is None or peak > memory, (solve, value, given, memory)


def test_a_hyperparameter_is_solved_for_too() -> None:
    spec = BlueprintRegistry.get("transformer", "mlp")
    sizes = {"batch": 8, "seq_len": 512}
    memory = spec.peak_bytes_estimate(256, expansion=10, **sizes) + 1000
    value, peak = spec.max_fitting(memory, "expansion", dim=256, **sizes)
    assert value == 10  # the peak grows by more than 1000 bytes per unit of expansion
    assert peak == spec.peak_bytes_estimate(256, expansion=value, **sizes) <= memory
    assert spec.peak_bytes_estimate(256, expansion=value + 1, **sizes) > memory


@pytest.mark.parametrize(
    ("key", "dim", "sizes"),
    [
        ("transformer/mlp", 16, {"seq_len": 5}),
        ("transformer/attention", 8, {"seq_len": 3}),
        ("cnn/conv_small", 6, {"height": 5, "width": 4}),
        ("cnn/attention", 8, {"height": 3, "width": 3}),
    ],
)
@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_the_answer_holds_on_real_steps(key: str, dim: int, sizes: dict, optimizer: str) -> None:
    """At small sizes, against MemTracker: with the memory a real step of batch 3 peaks at,
    the answer's real step fits and one more sample's does not."""
    spec = BlueprintRegistry.get(*key.split("/"))

    def actual(batch: int) -> int:
        torch.manual_seed(0)
        return spec.actual_peak_bytes(dim, optimizer=optimizer, batch=batch, **sizes)

    memory = actual(3)
    value, peak = spec.max_fitting(memory, "batch", optimizer=optimizer, dim=dim, **sizes)
    assert value >= 3
    assert actual(value) == peak <= memory < actual(value + 1)


def test_wrong_arguments_are_clear_errors() -> None:
    spec = BlueprintRegistry.get("transformer", "mlp")
    with pytest.raises(ValueError, match=r"cannot solve for 'heads'.*\(expansion, batch\)"):
        spec.max_fitting(2**30, "heads", dim=8, seq_len=4)
    with pytest.raises(ValueError, match="cannot solve for 'batch'"):
        spec.max_fitting(2**30, "batch", dim=8, batch=2, seq_len=4)
    with pytest.raises(TypeError, match="dim must be given"):
        spec.max_fitting(2**30, "batch", seq_len=4)
    with pytest.raises(TypeError, match="missing: seq_len"):
        spec.max_fitting(2**30, "batch", dim=8)
    with pytest.raises(ValueError, match="outside the proven domain"):
        spec.max_fitting(2**30, "batch", dim=0, seq_len=4)
    with pytest.raises(TypeError, match="memory must be an int"):
        spec.max_fitting(2.0**30, "batch", dim=8, seq_len=4)


def test_points_without_a_training_step_are_passed_over() -> None:
    """cnn/norm's BatchNorm refuses one value per channel (batch 1 at 1x1): the answer is found
    above it, and where only batch 1 would fit, nothing does."""
    with pytest.raises(Refused):
        estimates.peak_bytes("cnn", "norm", 4, batch=1, height=1, width=1)
    small = estimates.peak_bytes("cnn", "norm", 4, batch=2, height=1, width=1)
    assert estimates.max_fitting("cnn", "norm", small, "batch", dim=4, height=1, width=1) == (
        2,
        small,
    )
    assert (
        estimates.max_fitting("cnn", "norm", small - 1, "batch", dim=4, height=1, width=1) is None
    )


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("24GiB", 24 * 2**30),
        ("24 GiB", 24 * 2**30),
        ("16GB", 16 * 10**9),
        ("1.5MiB", 3 * 2**19),
        ("512", 512),
        ("100b", 100),
        ("2.5B", 2),
        ("1tib", 2**40),
    ],
)
def test_memory_sizes_are_read_exactly(text: str, count: int) -> None:
    assert parse_memory(text) == count


@pytest.mark.parametrize("text", ["", "GiB", "24 GiBs", "-1GB", "1e9", "24 Gb/s"])
def test_a_memory_size_that_is_not_one_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="--memory takes a number and a unit"):
        parse_memory(text)


def test_the_command_prints_the_answer_and_the_peak_one_above(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["fit", "transformer/mlp", "--memory", "24GiB", "--solve", "batch"]
    assert cli.main([*args, "--set", "dim=512", "--set", "seq_len=2048"]) == 0
    out = capsys.readouterr().out
    value, peak = estimates.max_fitting(
        "transformer", "mlp", 24 * 2**30, "batch", dim=512, seq_len=2048
    )
    above = estimates.peak_bytes("transformer", "mlp", 512, batch=value + 1, seq_len=2048)
    assert f"the largest batch that fits is {value:,}" in out
    assert f"peak bytes at batch={value:,}: {show_bytes(peak)}" in out
    assert f"peak bytes at batch={value + 1:,}: {show_bytes(above)}, over" in out


def test_the_command_says_when_nothing_fits_or_everything_does(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["fit", "transformer/mlp", "--solve", "batch", "--set", "dim=8", "--set", "seq_len=1"]
    assert cli.main([*args, "--memory", "1KiB"]) == 1
    assert "no batch of its domain fits" in capsys.readouterr().out
    assert cli.main([*args, "--memory", "1TiB"]) == 0
    assert "65,536 is the top of the domain" in capsys.readouterr().out


def test_the_command_s_mistakes_are_one_line_errors(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["fit", "transformer/mlp", "--memory", "1GiB", "--solve", "batch"]
    assert cli.main([*args, "--set", "dim=8"]) == 2
    assert capsys.readouterr().err.startswith("error: transformer inputs take batch, seq_len")
    assert cli.main(["fit", "transformer/nope", "--memory", "1GiB", "--solve", "batch"]) == 2
    assert "no registered blueprint transformer/nope" in capsys.readouterr().err
    # a blueprint whose peak is not derived (a replaced kernel): the reason, no traceback
    zoo = ["--source", "zoo", "--set", "dim=8", "--set", "seq_len=4"]
    assert cli.main(["fit", "transformer/lstm", *args[2:], *zoo]) == 2
    assert "peak bytes of a training step were not derived" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        cli.main(["fit", "transformer/mlp", "--memory", "lots", "--solve", "batch"])
    assert info.value.code == 2
    assert "--memory takes a number and a unit" in capsys.readouterr().err


def test_the_readme_shows_what_the_command_prints(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    command = "python -m codegen fit transformer/mlp --memory 24GiB --solve batch --set dim=512"
    assert f"{command} --set seq_len=2048\n" in readme
    argv = [*command.split()[3:], "--set", "seq_len=2048"]
    assert cli.main(argv) == 0
    for line in capsys.readouterr().out.splitlines():
        assert f"# {line}\n" in readme, line
