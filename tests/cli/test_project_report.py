"""A user project's own report (issue 25, item 1), end to end as a user runs it.

A project of two blueprints of its own topology whose parameter counts cross (a gated
convolution, quadratic in dim, and a projection to 64 channels, linear with a large constant),
generated at small bounds, then ``python -m codegen report`` with the same bounds: the report
is written where the configuration says, from the stored derivations (nothing derived again),
its numbers are the real modules' (built on the meta device here), its crossover is the one
found by building every dim, its formulas are explain's, and ``--check`` finds it fresh, then
stale when edited.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import torch
from torch import nn

from .test_project import HELPERS, _run

SMALL = ("--max-dim", "64", "--max-input", "32")

PYPROJECT = """\
[project]
name = "twoseeds"
version = "0"

[tool.blueprint-estimates]
sources = ["myseeds"]
output = "my_estimates.py"
report = "docs"
report_sizes = { batch = 4, length = 32 }
"""

SEEDS = """\
from torch import nn

from blueprints import BlueprintRegistry

from mylayers import gated

BlueprintRegistry.add_topology("audio", ("batch", "dim", "length"))


@BlueprintRegistry.register("gated_conv", "audio", "a gated convolution", estimates="my_estimates")
def gated_conv(dim: int):
    return gated(dim)


@BlueprintRegistry.register("project", "audio", "a projection to 64", estimates="my_estimates")
def project(dim: int):
    return nn.Conv1d(dim, 64, 1)
"""

FACTORIES = {
    "gated_conv": lambda dim: nn.Sequential(nn.Conv1d(dim, 2 * dim, 3, padding=1), nn.GLU(dim=1)),
    "project": lambda dim: nn.Conv1d(dim, 64, 1),
}


def _params(name: str, dim: int) -> int:
    with torch.device("meta"):
        return sum(p.numel() for p in FACTORIES[name](dim).parameters())


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project after its generation at small bounds, and its first report."""
    root = tmp_path_factory.mktemp("report") / "twoseeds"
    root.mkdir()
    (root / "pyproject.toml").write_text(PYPROJECT)
    (root / "mylayers.py").write_text(HELPERS)
    (root / "myseeds.py").write_text(SEEDS)
    result = _run(root, "-m", "codegen", "-j", "2", *SMALL)
    assert result.returncode == 0, result.stderr
    store = root / "derivations" / "my_estimates"
    before = {p.name: p.read_bytes() for p in store.iterdir()}
    result = _run(root, "-m", "codegen", "report", *SMALL)
    assert result.returncode == 0, result.stderr
    assert "note:" not in result.stderr and "deriving" not in result.stderr  # read, not derived
    assert {p.name: p.read_bytes() for p in store.iterdir()} == before
    return root


def test_the_report_goes_where_the_configuration_says(generated: Path) -> None:
    names = sorted(p.name for p in (generated / "docs").iterdir())
    assert names == ["my_estimates_params.png", "my_estimates_peak.png", "my_estimates_report.md"]
    for png in names[:2]:
        assert (generated / "docs" / png).read_bytes().startswith(b"\x89PNG")


def test_its_numbers_are_the_real_modules(generated: Path) -> None:
    text = (generated / "docs" / "my_estimates_report.md").read_text()
    assert text.startswith("# Exact estimates of the blueprints in my_estimates.py\n")
    assert "(audio: batch = 4, length = 32)" in text  # the configured report sizes
    assert "old constant" not in text  # only the built-ins had hand-written constants
    # the domain is 1..64: the stated dims are the powers of two within it
    header = "| blueprint | dim 2 | dim 4 | dim 8 | dim 16 | dim 32 | dim 64 |"
    assert header in text
    for name in FACTORIES:
        row = next(line for line in text.splitlines() if line.startswith(f"| {name} |"))
        cells = [int(c.replace(",", "")) for c in row.strip("|").split("|")[1:]]
        assert cells == [_params(name, d) for d in (2, 4, 8, 16, 32, 64)]
    # the ranking at the largest dim within the domain (64 here), by building
    order = sorted(FACTORIES, key=lambda n: _params(n, 64))
    ranking = f"Ranking by parameters at dim 64, cheapest first:\n\n- exact: {' < '.join(order)}\n"
    assert ranking in text


def test_its_crossover_is_the_one_found_by_building_every_dim(generated: Path) -> None:
    text = (generated / "docs" / "my_estimates_report.md").read_text()
    section = text.split("### Crossovers in parameters (dim 1 to 64, defaults)")[1]
    signs = [
        (_params("gated_conv", d) > _params("project", d))
        - (_params("gated_conv", d) < _params("project", d))
        for d in range(1, 65)
    ]
    changes = [d for d in range(2, 65) if signs[d - 1] != signs[d - 2]]
    assert changes  # the seeds were chosen to cross
    row = next(line for line in section.splitlines() if line.startswith("| gated_conv, project"))
    assert row.split("|")[2].strip() == ", ".join(f"{d:,}" for d in changes)
    for heading in (
        "### Crossovers in forward FLOPs (batch = 4, length = 32)",
        "### Training memory (batch = 4, length = 32)",
        "### Will it fit (length = 32)",
    ):
        assert heading in text


def test_its_formulas_are_explains(generated: Path) -> None:
    """Both print ``emit.explain.formula_lines``: every formula line explain prints for a
    blueprint is in the report's formulas of it."""
    text = (generated / "docs" / "my_estimates_report.md").read_text()
    for name in FACTORIES:
        result = _run(generated, "-m", "codegen", "explain", f"audio/{name}", *SMALL)
        assert result.returncode == 0, result.stderr
        assert "deriving" not in result.stderr  # the same stored derivation
        ours = text.split(f"### audio/{name}\n")[1].split("```")[1]
        assert "Parameters\n  " in result.stdout
        formula = result.stdout.split("Parameters\n  ")[1].splitlines()[0]
        assert formula in ours
        for line in re.findall(r"^  (\S.*)$", result.stdout, flags=re.MULTILINE):
            if "·" in line and "│" not in line and not line.startswith(("if ", "otherwise")):
                assert line.strip() in ours, line


def test_check_finds_it_fresh_then_stale(generated: Path) -> None:
    result = _run(generated, "-m", "codegen", "report", "--check", *SMALL)
    assert result.returncode == 0, result.stderr
    assert "my_estimates_report.md is up to date" in result.stderr
    path = generated / "docs" / "my_estimates_report.md"
    original = path.read_text()
    try:
        path.write_text(original.replace("## audio", "## audio (edited)"))
        result = _run(generated, "-m", "codegen", "report", "--check", *SMALL)
        assert result.returncode == 1
        assert "(edited)" in result.stdout  # the diff
        fix = "python -m codegen report --max-dim 64 --max-input 32\n"
        assert f"regenerate it with\n    {fix}" in result.stderr
        # other input sizes are another report: stale, and the command names them
        path.write_text(original)
        result = _run(generated, "-m", "codegen", "report", "--check", "--set", "length=8", *SMALL)
        assert result.returncode == 1
        assert "Crossovers in forward FLOPs (batch = 4, length = 8)" in result.stdout
        assert "python -m codegen report --set length=8 --max-dim 64" in result.stderr
    finally:
        path.write_text(original)


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (("--set", "vocab=3"), "vocab is not an input size of any blueprint here (the inputs: "),
        (("--set", "length=65"), "length=65 is outside the proven domain (1 to 32)"),
        (("--set", "batch=x"), "--set batch=x: an input size is a positive integer"),
    ],
)
def test_a_size_it_cannot_state_is_one_error(
    generated: Path, flags: tuple[str, ...], message: str
) -> None:
    result = _run(generated, "-m", "codegen", "report", "--check", *flags, *SMALL)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_a_configured_size_it_cannot_state_names_the_configuration(generated: Path) -> None:
    pyproject = generated / "pyproject.toml"
    try:
        pyproject.write_text(PYPROJECT.replace("length = 32", "length = 65"))
        result = _run(generated, "-m", "codegen", "report", "--check", *SMALL)
        assert result.returncode == 2
        assert (
            "report_sizes in [tool.blueprint-estimates]: length=65 is outside the proven domain "
            "(1 to 32)"
        ) in result.stderr
        # given again with --set, the size is --set's
        result = _run(generated, "-m", "codegen", "report", "--check", "--set", "length=66", *SMALL)
        assert "--set length=66: length=66 is outside" in result.stderr
    finally:
        pyproject.write_text(PYPROJECT)


def test_a_report_of_other_bounds_than_the_module_is_refused(generated: Path) -> None:
    """Without the bounds the module was generated with, the report would state dims and
    sizes the module refuses: it refuses instead, naming the blueprints, and writes nothing."""
    before = (generated / "docs" / "my_estimates_report.md").read_text()
    result = _run(generated, "-m", "codegen", "report")
    assert result.returncode == 2
    assert result.stderr.startswith(
        "error: the stored derivations of audio/gated_conv, audio/project are not of these "
        "settings or of this source: give the --max-dim, --hyper-max and --max-input "
        "my_estimates.py was generated with"
    )
    assert (generated / "docs" / "my_estimates_report.md").read_text() == before


def test_the_configured_sources_given_again_are_the_project(generated: Path) -> None:
    result = _run(generated, "-m", "codegen", "report", "--check", "--source", "myseeds", *SMALL)
    assert result.returncode == 0, result.stderr
