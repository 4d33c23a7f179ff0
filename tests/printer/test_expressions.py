"""One walk over the integer vocabulary, three targets that must agree.

``expressions.IntegerWalker`` decides how each expression is taken apart; the numpy evaluator,
the z3 translation and the SymInt builder only supply operations. Every target is checked
against Python's own integer arithmetic on the same expressions.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import sympy
import z3

from codegen.derive.explore.box import Box
from codegen.derive.symbolic import SymbolicSession, plain_symbol
from codegen.errors import UnsupportedExpressionError
from codegen.evaluate import evaluate
from codegen.ir import Variable

dim, n = plain_symbol("dim"), plain_symbol("n")
POINTS = [{"dim": d, "n": k} for d in (1, 2, 7, 64, 65) for k in (1, 3, 8)]
EXPRESSIONS = [
    (dim * n + 3, lambda d, k: d * k + 3),
    (dim**2 - 2 * dim, lambda d, k: d * d - 2 * d),
    (sympy.floor(dim / n), lambda d, k: d // k),
    (sympy.ceiling(dim / n), lambda d, k: math.ceil(d / k)),
    (sympy.Mod(dim, n), lambda d, k: d % k),
    (sympy.Max(8, sympy.floor(dim / 4)) * n, lambda d, k: max(8, d // 4) * k),
    (sympy.Min(dim, n) + 1, lambda d, k: min(d, k) + 1),
]


@pytest.mark.parametrize(("expr", "python"), EXPRESSIONS, ids=[str(e) for e, _ in EXPRESSIONS])
def test_numpy_z3_and_symint_give_python_s_value(expr: sympy.Expr, python: object) -> None:
    box = Box((Variable("dim", 1, 100), Variable("n", 1, 100)))
    for point in POINTS:
        expected = python(point["dim"], point["n"])  # type: ignore[operator]
        grid = {k: np.array([v], dtype=np.int64) for k, v in point.items()}
        assert int(evaluate(expr, grid)[0]) == expected
        solver = box.solver()
        solver.add(*(box.z3[k] == v for k, v in point.items()))
        solver.check()
        assert solver.model().eval(box.formula(expr)).as_long() == expected
        with SymbolicSession(point) as session:
            size = session.symint(expr)
            values = {plain_symbol(k): v for k, v in point.items()}
            assert int(session.to_sympy(size).subs(values)) == expected


def test_conditions_translate_alike_for_numpy_and_z3() -> None:
    condition = sympy.Or(sympy.And(dim > 8, sympy.Eq(sympy.Mod(dim, n), 0)), sympy.Not(n < 3))
    box = Box((Variable("dim", 1, 100), Variable("n", 1, 100)))
    for point in POINTS:
        expected = (point["dim"] > 8 and point["dim"] % point["n"] == 0) or point["n"] >= 3
        grid = {k: np.array([v], dtype=np.int64) for k, v in point.items()}
        assert bool(evaluate(condition, grid)[0]) == expected
        solver = box.solver()
        solver.add(*(box.z3[k] == v for k, v in point.items()), box.formula(condition))
        assert (solver.check() == z3.sat) == expected


def test_what_no_target_can_take_is_refused_by_name() -> None:
    with pytest.raises(UnsupportedExpressionError, match="non-integer coefficient"):
        evaluate(dim / 2, {"dim": np.array([4])})
    with pytest.raises(UnsupportedExpressionError, match="z3 translation cannot take"):
        Box((Variable("dim", 1, 9),)).formula(sympy.sin(dim))
    with (
        SymbolicSession({"dim": 4}) as session,
        pytest.raises(UnsupportedExpressionError, match="symbolic size cannot take sin"),
    ):
        session.symint(sympy.sin(dim))
