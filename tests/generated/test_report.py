"""The report (docs/estimates.md, docs/params.png, docs/peak.png): crossovers, the largest batch
that fits, reproducibility, freshness."""

from __future__ import annotations

import numpy as np
import pytest

import generated.estimates as generated
from codegen.cache import DEFAULT_DIRECTORY, DerivationCache
from codegen.derive.blueprint import Settings
from codegen.emit import report
from codegen.ir import BlueprintEstimates

from ..conftest import BUILTINS, ROOT


@pytest.fixture(scope="module")
def derived() -> list[BlueprintEstimates]:
    """The built-ins' stored derivations (the store is committed and fresh)."""
    cache = DerivationCache(DEFAULT_DIRECTORY)
    specs = sorted(BUILTINS, key=lambda s: (s.topology, s.name))
    found = [cache.load(spec, Settings()) for spec in specs]
    assert all(d is not None for d in found), "stale store: run nox -s codegen"
    return [d for d in found if d is not None]


def test_crossovers_are_runs_of_one_order() -> None:
    dims = np.arange(1, 10)
    a = np.array([1, 2, 3, 4, None, 6, 7, 8, None], dtype=object)
    b = np.array([2, 2, 2, 2, 2, 2, 9, 1, 5], dtype=object)
    # a refused point (dims 5 and 9) is skipped: the run of a > b spans dim 5
    assert report.crossovers(a, b, dims) == [
        (1, 1, -1),
        (2, 2, 0),
        (3, 6, 1),
        (7, 7, -1),
        (8, 8, 1),
    ]


@pytest.mark.parametrize("topology", ["cnn", "transformer"])
def test_crossovers_agree_with_brute_force_over_the_generated_module(
    derived: list[BlueprintEstimates], topology: str
) -> None:
    dims = np.arange(1, 2049)
    blueprints = [d for d in derived if d.topology == topology]
    sizes = report.FLOP_INPUTS[topology]
    for quantity, count, kwargs in (
        ("params", generated.param_count, {}),
        ("forward_flops", generated.forward_flops, sizes),
    ):
        truth = {
            b.name: [_or_none(count, topology, b.name, int(d), kwargs) for d in dims]
            for b in blueprints
        }
        series = {b.name: report.series(b, quantity, dims, kwargs) for b in blueprints}
        for name in truth:
            assert series[name].tolist() == truth[name], (quantity, name)
        for i, a in enumerate(blueprints):
            for b in blueprints[i + 1 :]:
                runs = report.crossovers(series[a.name], series[b.name], dims)
                # brute force: the order at every dim where both build, and where it changes
                defined = [
                    (int(d), (x > y) - (x < y))
                    for d, x, y in zip(dims, truth[a.name], truth[b.name], strict=True)
                    if x is not None and y is not None
                ]
                changes = [
                    d for (_, s0), (d, s1) in zip(defined, defined[1:], strict=False) if s0 != s1
                ]
                assert [lo for lo, _, _ in runs[1:]] == changes, (quantity, a.name, b.name)
                assert [s for _, _, s in runs] == [
                    s for k, (_, s) in enumerate(defined) if k == 0 or defined[k - 1][1] != s
                ]


def _or_none(count, topology: str, name: str, dim: int, kwargs: dict[str, int]) -> int | None:
    try:
        return count(topology, name, dim, **kwargs)
    except ValueError:  # the factory refuses this dim: the formula's rejection branch
        return None


def test_the_old_ranking_at_64_channels_is_reversed(derived: list[BlueprintEstimates]) -> None:
    markdown, _ = report.build(derived)
    assert "- old constants: noop < norm < attention < depthwise < bottleneck < conv_small" in (
        markdown
    )
    exact = next(line for line in markdown.splitlines() if line.startswith("- exact: noop"))
    order = exact.removeprefix("- exact: ").split(" < ")
    assert order.index("conv_small") < order.index("bottleneck") < order.index("depthwise")


def test_the_report_is_reproducible_and_committed(derived: list[BlueprintEstimates]) -> None:
    first = report.build(derived)
    assert report.build(derived) == first
    markdown, plots = first
    assert (ROOT / "docs" / report.MARKDOWN).read_text(encoding="utf-8") == markdown, (
        "docs/estimates.md is stale: run nox -s report"
    )
    assert sorted(plots) == sorted([report.PLOT, report.PEAK_PLOT])
    for name, png in plots.items():
        assert (ROOT / "docs" / name).read_bytes() == png, f"docs/{name} is stale"


def test_the_largest_batch_that_fits_is_the_index_s(derived: list[BlueprintEstimates]) -> None:
    """The report's "will it fit" cells, read from the formulas (IR) on every batch at once,
    are what the generated index's ``max_fitting`` answers."""
    markdown, _ = report.build(derived)
    checked = 0
    for topology, sizes in report.FLOP_INPUTS.items():
        section = markdown.split(f"\n## {topology}\n")[1].split("### Will it fit")[1]
        others = {k: v for k, v in sizes.items() if k != "batch"}
        for line in section.split("\n\n")[2].splitlines()[2:]:
            name, *cells = [c.strip() for c in line.strip("|").split("|")]
            expected = []
            for memory in report.FIT_MEMORIES.values():
                for dim in report.FIT_DIMS:
                    found = generated.max_fitting(
                        topology, name, memory, "batch", dim=dim, **others
                    )
                    expected.append("none" if found is None else f"{found[0]:,}")
                    checked += 1
            assert cells == expected, (topology, name)
    assert checked == 4 * len(derived)
