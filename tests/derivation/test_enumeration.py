"""Exploration and merging on synthetic constructions (no torch involved).

A fake ``derive`` plays the factory: it reports, for a sample point, the guards a real
symbolic build would record and the per-submodule terms it would find there.
"""

from __future__ import annotations

import numpy as np
import pytest
import sympy

from codegen.derive.explore.box import Box
from codegen.derive.explore.cover import ExplorationError
from codegen.derive.explore.enumeration import explore, merge
from codegen.derive.symbolic import plain_symbol
from codegen.emit.printer import pyexpr
from codegen.evaluate import evaluate
from codegen.ir import Construction, Guard, Rejection, Term, Variable

dim = plain_symbol("dim")
DOMAIN = Box((Variable("dim", 1, 500),))


def _guard(condition: sympy.Basic) -> Guard:
    return Guard(condition, "synthetic.py:1 in f", internal=False)


def _build(sample: dict[str, int], guards: list[sympy.Basic], terms: list[Term]) -> Construction:
    return Construction(
        tuple(sample.items()), tuple(_guard(g) for g in guards), (("params", tuple(terms)),)
    )


def max_width(sample: dict[str, int]) -> Construction:
    """hidden = max(8, dim // 4): two regions, as torch records them."""
    q = sympy.floor(dim / 4)
    if sample["dim"] // 4 > 8:
        return _build(sample, [q > 8], [Term("fc", "Linear", dim * q)])
    return _build(sample, [q <= 8], [Term("fc", "Linear", 8 * dim)])


def groups(sample: dict[str, int]) -> Construction:
    """Guards that split the domain without changing the count (GroupNorm's group choice)."""
    d = sample["dim"]
    guards = [
        sympy.Eq(sympy.Mod(dim, k), 0) if d % k == 0 else sympy.Ne(sympy.Mod(dim, k), 0)
        for k in (8, 4, 2)
    ]
    return _build(sample, guards, [Term("norm", "GroupNorm", 2 * dim)])


def _values(estimate, points: np.ndarray) -> list[int]:
    """What the emitted branches give at each point (first matching branch)."""
    result = []
    for p in points:
        for branch in estimate.branches:
            cond = branch.condition
            if cond is None or bool(evaluate(cond, {"dim": np.array([p])})[0]):
                result.append(int(evaluate(branch.total, {"dim": np.array([p])})[0]))
                break
    return result


def test_two_regions_two_branches_exact_everywhere() -> None:
    regions = explore(max_width, DOMAIN, {"dim": 64})
    assert len(regions) == 2
    estimate = merge(regions, "params", DOMAIN)
    assert [
        pyexpr(b.condition) if b.condition is not None else None for b in estimate.branches
    ] == ["dim < 36", None]  # sympy writes dim // 4 <= 8 as dim/4 < 9
    points = np.arange(1, 501)
    assert _values(estimate, points) == [d * max(8, d // 4) for d in points]


def test_guards_that_do_not_change_the_count_merge_into_one_formula() -> None:
    regions = explore(groups, DOMAIN, {"dim": 64})
    assert len(regions) == 4  # divisible by 8 / by 4 only / by 2 only / odd
    estimate = merge(regions, "params", DOMAIN)
    assert len(estimate.branches) == 1 and estimate.branches[0].condition is None
    assert estimate.branches[0].total == 2 * dim


def test_a_formula_absorbs_a_region_where_it_is_also_right() -> None:
    def special_one(sample: dict[str, int]) -> Construction:
        # at dim == 1 the build takes another path whose formula differs, but not its value
        if sample["dim"] == 1:
            return _build(sample, [sympy.Eq(dim, 1)], [Term("a", "Linear", dim**2)])
        return _build(sample, [sympy.Ne(dim, 1)], [Term("a", "Linear", dim)])

    regions = explore(special_one, DOMAIN, {"dim": 64})
    formulas = {r.construction.terms("params")[0].expr for r in regions}
    assert formulas == {dim, dim**2}  # two groups to start with: not equal everywhere
    estimate = merge(regions, "params", DOMAIN)
    assert len(estimate.branches) == 1
    assert estimate.branches[0].condition is None and estimate.branches[0].total == dim


def test_rejections_come_first_and_keep_their_rule() -> None:
    def even_only(sample: dict[str, int]) -> Construction:
        if sample["dim"] % 2:
            return Construction(
                tuple(sample.items()),
                (_guard(sympy.Ne(sympy.Mod(dim, 2), 0)),),
                rejection=Rejection("ValueError", "odd", "synthetic.py:3 in f"),
            )
        return _build(sample, [sympy.Eq(sympy.Mod(dim, 2), 0)], [Term("a", "Linear", dim)])

    estimate = merge(explore(even_only, DOMAIN, {"dim": 64}), "params", DOMAIN)
    first, last = estimate.branches
    assert first.rejection is not None and pyexpr(first.condition) == "dim % 2 == 1"
    assert last.condition is None and last.total == dim


def test_guards_that_do_not_hold_at_their_own_sample_are_an_error() -> None:
    def lying(sample: dict[str, int]) -> Construction:
        return _build(sample, [dim > 1000], [Term("a", "Linear", dim)])

    with pytest.raises(ExplorationError, match="do not hold there"):
        explore(lying, DOMAIN, {"dim": 64})


def test_endless_splitting_stops_with_the_guard_sources() -> None:
    def one_point_each(sample: dict[str, int]) -> Construction:
        d = sample["dim"]
        return _build(sample, [dim >= d, dim <= d], [Term("a", "Linear", dim)])

    with pytest.raises(ExplorationError, match=r"keep splitting.*synthetic.py:1 in f"):
        explore(one_point_each, DOMAIN, {"dim": 64}, max_derivations=10)


def test_two_variables() -> None:
    r = plain_symbol("reduction")
    domain = Box((Variable("dim", 1, 200), Variable("reduction", 1, 16)))

    def se(sample: dict[str, int]) -> Construction:
        q = sympy.floor(dim / r)
        if sample["dim"] // sample["reduction"] > 1:
            return _build(sample, [q > 1], [Term("fc", "Linear", 2 * dim * q + dim)])
        return _build(sample, [q <= 1], [Term("fc", "Linear", 3 * dim)])

    estimate = merge(explore(se, domain, {"dim": 64, "reduction": 4}), "params", domain)
    grid = domain.grid()
    got = np.zeros(domain.size, dtype=np.int64)
    claimed = np.zeros(domain.size, dtype=bool)
    for branch in estimate.branches:
        chosen = ~claimed & (True if branch.condition is None else evaluate(branch.condition, grid))
        got[chosen] = evaluate(branch.total, grid)[chosen]
        claimed |= chosen
    d, red = grid["dim"], grid["reduction"]
    assert np.array_equal(got, 2 * d * np.maximum(1, d // red) + d)
