"""Branch conditions printed without the disjuncts another one contains (``codegen/emit/tidy.py``).

Tier 1: exact conditions, and the meaning kept, checked on every point of a small box.
"""

from __future__ import annotations

import itertools

import numpy as np
import sympy

from codegen.derive.symbolic import plain_symbol
from codegen.emit.tidy import without_contained
from codegen.evaluate import evaluate

DIM, Q = plain_symbol("dim"), plain_symbol("q")


def _divisible(x: sympy.Expr, m: int) -> sympy.Basic:
    return sympy.Eq(sympy.Mod(x, m), 0)


def test_a_disjunct_that_another_contains_is_dropped() -> None:
    condition = sympy.Or(
        sympy.And(Q >= 16, _divisible(DIM, 8)), sympy.And(Q >= 16, _divisible(DIM, 16))
    )
    assert without_contained(condition) == sympy.And(Q >= 16, _divisible(DIM, 8))


def test_bounds_and_equalities_imply_weaker_bounds() -> None:
    condition = sympy.Or(
        sympy.And(DIM > 16, Q < 3),
        sympy.And(DIM >= 20, sympy.Eq(Q, 1)),  # inside the first
        sympy.And(DIM >= 20, Q <= 5),
    )
    assert without_contained(condition) == sympy.Or(
        sympy.And(DIM > 16, Q < 3), sympy.And(DIM >= 20, Q <= 5)
    )


def test_disjuncts_that_overlap_only_in_part_are_kept() -> None:
    condition = sympy.Or(
        sympy.And(DIM >= 16, _divisible(DIM, 8)),
        sympy.And(DIM < 16, _divisible(DIM, 32)),  # divisible by 8, but not dim >= 16
        _divisible(DIM, 12),  # 12 is not a multiple of 8
    )
    assert without_contained(condition) == condition
    assert without_contained(DIM >= 3) == (DIM >= 3)
    assert without_contained(None) is None


def test_the_meaning_is_kept_at_every_point() -> None:
    atoms = [
        DIM >= 4,
        DIM > 4,
        DIM < 9,
        sympy.Eq(DIM, 6),
        _divisible(DIM, 2),
        _divisible(DIM, 6),
        Q <= 2,
        sympy.Eq(Q, 1),
    ]
    pairs = list(itertools.combinations(atoms, 2))
    points = list(itertools.product(range(1, 13), range(1, 4)))
    grid = {
        "dim": np.array([d for d, _ in points], dtype=np.int64),
        "q": np.array([q for _, q in points], dtype=np.int64),
    }
    tidied_some = 0
    for first, second, third in itertools.islice(itertools.combinations(pairs, 3), 0, None, 7):
        condition = sympy.Or(*(sympy.And(*pair) for pair in (first, second, third)))
        tidied = without_contained(condition)
        tidied_some += tidied != condition
        assert np.array_equal(evaluate(tidied, grid), evaluate(condition, grid)), (
            condition,
            tidied,
        )
    assert tidied_some > 100  # the sample exercises the dropping, not only the keeping
