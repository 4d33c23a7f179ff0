"""Tier 1b: the z3 side of exploration and merging, on synthetic regions (no trace involved).

The counterpart of ``test_regions.py`` for the FLOP domain: regions as a trace would report
them (guards, per-submodule terms, or a rejection), merged into branches that z3 proves.
"""

from __future__ import annotations

import sympy
import z3

from codegen.flop_regions import FlopRegion, holds, merge_flops, satisfied
from codegen.ir import Guard, Rejection, Term, Variable
from codegen.printer import pyexpr
from codegen.solver import Box
from codegen.symbolic import plain_symbol

dim, batch = plain_symbol("dim"), plain_symbol("batch")
BOX = Box((Variable("dim", 1, 65536), Variable("batch", 1, 65536)))
Q = "forward_flops"


def _region(conditions: list[sympy.Basic], sample: dict[str, int], *terms: Term) -> FlopRegion:
    return FlopRegion(tuple(conditions), tuple(sorted(sample.items())), ((Q, tuple(terms)),))


def test_regions_with_equal_terms_merge_into_one_formula() -> None:
    regions = [
        _region([batch < 16], {"dim": 4, "batch": 3}, Term("fc", "Linear", 2 * batch * dim**2)),
        _region([batch >= 16], {"dim": 4, "batch": 20}, Term("fc", "Linear", 2 * batch * dim**2)),
    ]
    estimate = merge_flops(regions, Q, BOX, "synthetic")
    assert len(estimate.branches) == 1 and estimate.branches[0].condition is None
    assert estimate.branches[0].total == 2 * batch * dim**2


def test_a_formula_traced_where_batch_is_one_joins_the_general_one() -> None:
    # a trace at batch == 1 records the count without batch; the guard makes them equal there
    regions = [
        _region([sympy.Ne(batch, 1)], {"dim": 4, "batch": 3}, Term("fc", "Linear", batch * dim)),
        _region([sympy.Eq(batch, 1)], {"dim": 4, "batch": 1}, Term("fc", "Linear", dim)),
    ]
    estimate = merge_flops(regions, Q, BOX, "synthetic")
    assert len(estimate.branches) == 1 and estimate.branches[0].total == batch * dim


def test_a_rejection_comes_first_with_a_proven_condition() -> None:
    rejection = Rejection("ValueError", "one value per channel", "synthetic.py:1 in f")
    regions = [
        _region([sympy.Ne(batch * dim, 1)], {"dim": 4, "batch": 3}, Term("n", "Norm", batch)),
        FlopRegion((sympy.Eq(batch * dim, 1),), (("batch", 1), ("dim", 1)), rejection=rejection),
    ]
    estimate = merge_flops(regions, Q, BOX, "synthetic")
    first, last = estimate.branches
    assert first.rejection == rejection and pyexpr(first.condition) == "batch * dim == 1"
    assert last.condition is None and last.total == batch


def test_distinct_formulas_get_a_separating_condition() -> None:
    regions = [
        _region([dim > 8], {"dim": 64, "batch": 3}, Term("fc", "Linear", dim * batch)),
        _region([dim <= 8], {"dim": 2, "batch": 3}, Term("fc", "Linear", 8 * batch)),
    ]
    estimate = merge_flops(regions, Q, BOX, "synthetic")
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
