"""The z3 oracle of the exploration engine, on synthetic regions (no trace involved).

The counterpart of ``test_enumeration.py`` for the FLOP domain: regions as a trace would report
them (guards, per-submodule terms, or a rejection), covered and merged into branches that z3
proves, without torch.
"""

from __future__ import annotations

import pytest
import sympy
import z3

from codegen.derive.explore.box import Box
from codegen.derive.explore.cover import ExplorationError
from codegen.derive.explore.smt import Region, cover, merge
from codegen.derive.symbolic import plain_symbol
from codegen.emit.printer import pyexpr
from codegen.evaluate import holds, satisfied
from codegen.ir import Guard, Rejection, Term, Variable

dim, batch = plain_symbol("dim"), plain_symbol("batch")
BOX = Box((Variable("dim", 1, 65536), Variable("batch", 1, 65536)))
Q = "forward_flops"


def _region(conditions: list[sympy.Basic], sample: dict[str, int], *terms: Term) -> Region:
    return Region(tuple(conditions), tuple(sorted(sample.items())), ((Q, tuple(terms)),))


def test_regions_with_equal_terms_merge_into_one_formula() -> None:
    regions = [
        _region([batch < 16], {"dim": 4, "batch": 3}, Term("fc", "Linear", 2 * batch * dim**2)),
        _region([batch >= 16], {"dim": 4, "batch": 20}, Term("fc", "Linear", 2 * batch * dim**2)),
    ]
    estimate = merge(regions, Q, BOX)
    assert len(estimate.branches) == 1 and estimate.branches[0].condition is None
    assert estimate.branches[0].total == 2 * batch * dim**2


def test_a_formula_traced_where_batch_is_one_joins_the_general_one() -> None:
    # a trace at batch == 1 records the count without batch; the guard makes them equal there
    regions = [
        _region([sympy.Ne(batch, 1)], {"dim": 4, "batch": 3}, Term("fc", "Linear", batch * dim)),
        _region([sympy.Eq(batch, 1)], {"dim": 4, "batch": 1}, Term("fc", "Linear", dim)),
    ]
    estimate = merge(regions, Q, BOX)
    assert len(estimate.branches) == 1 and estimate.branches[0].total == batch * dim


def test_a_rejection_comes_first_with_a_proven_condition() -> None:
    rejection = Rejection("ValueError", "one value per channel", "synthetic.py:1 in f")
    regions = [
        _region([sympy.Ne(batch * dim, 1)], {"dim": 4, "batch": 3}, Term("n", "Norm", batch)),
        Region((sympy.Eq(batch * dim, 1),), (("batch", 1), ("dim", 1)), rejection=rejection),
    ]
    estimate = merge(regions, Q, BOX)
    first, last = estimate.branches
    assert first.rejection == rejection and pyexpr(first.condition) == "batch * dim == 1"
    assert last.condition is None and last.total == batch


def test_distinct_formulas_get_a_separating_condition() -> None:
    regions = [
        _region([dim > 8], {"dim": 64, "batch": 3}, Term("fc", "Linear", dim * batch)),
        _region([dim <= 8], {"dim": 2, "batch": 3}, Term("fc", "Linear", 8 * batch)),
    ]
    estimate = merge(regions, Q, BOX)
    assert [
        pyexpr(b.condition) if b.condition is not None else None for b in estimate.branches
    ] in (
        ["dim <= 8", None],
        ["dim > 8", None],
    )


def test_holds_and_satisfied_evaluate_guards_at_a_point() -> None:
    guards = [Guard(dim > 8, "synthetic.py:1 in f", False), Guard(sympy.Eq(batch, 3), "", True)]
    assert holds(guards, {"dim": 9, "batch": 3})
    assert not holds(guards, {"dim": 8, "batch": 3})
    assert satisfied(sympy.Eq(sympy.Mod(dim, 4), 0), {"dim": 12, "batch": 1})


def test_the_box_builds_each_conjunction_and_disjunction_once() -> None:
    clauses = ((dim > 8, batch < 16), (sympy.Eq(batch, 1),))
    assert BOX.conjunction(clauses[0]) is BOX.conjunction(list(clauses[0]))
    assert BOX.disjunction(clauses) is BOX.disjunction(list(clauses))
    assert BOX.find(BOX.disjunction(clauses), BOX.z3["batch"] > 1, BOX.z3["dim"] <= 8) is None
    point = BOX.find(z3.Not(BOX.disjunction(clauses)))
    assert point is not None and not (point["dim"] > 8 and point["batch"] < 16)


def _piecewise_count(point: dict[str, int]) -> Region:
    """A synthetic "trace": the conv backend's batch classes times a parity of dim."""
    b, d = point["batch"], point["dim"]
    batch_class = (
        [sympy.Eq(batch, 1)] if b == 1 else [batch > 1, batch < 16] if b < 16 else [batch >= 16]
    )
    parity = [sympy.Eq(sympy.Mod(dim, 2), d % 2)]
    count = batch * dim * (2 if d % 2 == 0 else 3) + (1 if b >= 16 else 0)
    return _region(batch_class + parity, point, Term("conv", "Conv2d", count))


def test_the_cover_is_proven_complete_and_visits_each_class_once() -> None:
    constructions: list[dict[str, int]] = []

    def construction_at(point: dict[str, int]) -> list[sympy.Basic]:
        constructions.append(point)
        return [sympy.Eq(sympy.Mod(dim, 2), point["dim"] % 2)]

    regions = cover(BOX, {"dim": 64, "batch": 3}, construction_at, _piecewise_count)
    assert len(constructions) == 2  # one per parity of dim
    assert len(regions) == 6  # three batch classes in each
    leftover = BOX.find(z3.Not(BOX.disjunction(r.conditions for r in regions)))
    assert leftover is None
    estimate = merge(regions, Q, BOX)
    for d, b in [(1, 1), (2, 15), (7, 16), (65536, 65536), (3, 2)]:
        expected = b * d * (2 if d % 2 == 0 else 3) + (1 if b >= 16 else 0)
        branch = next(
            br
            for br in estimate.branches
            if br.condition is None or satisfied(br.condition, {"dim": d, "batch": b})
        )
        assert int(branch.total.subs({dim: d, batch: b})) == expected


def test_a_cover_that_does_not_converge_is_stopped_by_its_caller() -> None:
    def one_point_each(point: dict[str, int]) -> Region:  # a guard that pins dim
        return _region([sympy.Eq(dim, point["dim"])], point, Term("fc", "Linear", dim))

    def found(regions: list[Region], point: dict[str, int] | None) -> None:
        if point is not None and len(regions) >= 5:
            raise ExplorationError(f"{len(regions)} regions and still not covered")

    with pytest.raises(ExplorationError, match="5 regions"):
        cover(BOX, {"dim": 64, "batch": 3}, lambda p: [], one_point_each, found)


def test_a_merge_of_regions_that_disagree_with_their_branch_is_refused() -> None:
    # two regions claim overlapping points with different counts: no branch order is right
    regions = [
        _region([dim > 8], {"dim": 64, "batch": 3}, Term("fc", "Linear", dim)),
        _region([dim > 4], {"dim": 6, "batch": 3}, Term("fc", "Linear", 2 * dim)),
    ]
    with pytest.raises(ExplorationError):
        merge(regions, Q, BOX)
