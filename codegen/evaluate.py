"""Exact evaluation of plain-sympy integer expressions on whole grids of points at once.

Region exploration and piece merging decide by enumeration: a guard is evaluated at every point
of the domain, a formula compared with another at every point of a region. This module does
that with numpy, in integer arithmetic only (floor division and modulo as in Python), and falls
back to Python integers where int64 could overflow, so no comparison is ever approximate.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import sympy

from .errors import UnsupportedExpressionError
from .expressions import RELATIONS, integer_relation

Grid = Mapping[str, np.ndarray]

_INT64_SAFE = 2.0**62


def evaluate(expr: sympy.Basic, grid: Grid) -> np.ndarray:
    """``expr`` at every point of ``grid`` (name -> 1-D array, all of one length).

    Integer expressions give int64 arrays, or object arrays of Python ints where a value could
    exceed int64; conditions give bool arrays.
    """
    size = len(next(iter(grid.values())))
    magnitude = _evaluate(expr, {k: v.astype(np.float64) for k, v in grid.items()}, size, float)
    if magnitude.dtype != bool and np.any(np.abs(magnitude) >= _INT64_SAFE):
        exact = {k: v.astype(object) for k, v in grid.items()}
        return _evaluate(expr, exact, size, object)
    return _evaluate(expr, {k: v.astype(np.int64) for k, v in grid.items()}, size, np.int64)


def _evaluate(expr: sympy.Basic, grid: Grid, size: int, kind: object) -> np.ndarray:
    def ev(e: sympy.Basic) -> np.ndarray:
        return _evaluate(e, grid, size, kind)

    if isinstance(expr, sympy.Symbol):
        if expr.name not in grid:
            raise UnsupportedExpressionError(f"unknown variable {expr.name!r} in {expr}")
        return grid[expr.name]
    if isinstance(expr, sympy.Integer):
        return np.full(
            size,
            int(expr),
            dtype=object if kind is object else (np.float64 if kind is float else np.int64),
        )
    if expr is sympy.true or expr is sympy.false:
        return np.full(size, bool(expr))
    if isinstance(expr, sympy.Add):
        total = ev(expr.args[0])
        for arg in expr.args[1:]:
            total = total + ev(arg)
        return total
    if isinstance(expr, sympy.Mul):
        product = None
        for arg in expr.args:
            if isinstance(arg, sympy.Rational) and not arg.is_Integer:
                raise UnsupportedExpressionError(f"non-integer coefficient {arg} in {expr}")
            value = ev(arg)
            product = value if product is None else product * value
        return product
    if isinstance(expr, sympy.Pow):
        base, exp = expr.args
        if not (exp.is_Integer and exp >= 0):
            raise UnsupportedExpressionError(f"power with exponent {exp} in {expr}")
        return ev(base) ** int(exp)
    if isinstance(expr, sympy.floor | sympy.ceiling):
        num, den = sympy.fraction(sympy.together(expr.args[0]))
        n, d = ev(num), ev(den)
        if kind is float:
            return np.floor(n / d) if isinstance(expr, sympy.floor) else np.ceil(n / d)
        return n // d if isinstance(expr, sympy.floor) else -((-n) // d)
    if isinstance(expr, sympy.Mod):
        a, b = ev(expr.args[0]), ev(expr.args[1])
        return np.mod(a, b) if kind is float else a % b
    if isinstance(expr, sympy.Max | sympy.Min):
        pick = np.maximum if isinstance(expr, sympy.Max) else np.minimum
        result = ev(expr.args[0])
        for arg in expr.args[1:]:
            result = pick(result, ev(arg))
        return result
    if isinstance(expr, RELATIONS):
        _, lhs, rhs = integer_relation(expr)
        a, b = ev(lhs), ev(rhs)
        ops = {
            sympy.Eq: np.equal,
            sympy.Ne: np.not_equal,
            sympy.Lt: np.less,
            sympy.Le: np.less_equal,
            sympy.Gt: np.greater,
            sympy.Ge: np.greater_equal,
        }
        return np.asarray(ops[type(expr)](a, b), dtype=bool)
    if isinstance(expr, sympy.And | sympy.Or):
        parts = [ev(a) for a in expr.args]
        return (
            np.logical_and.reduce(parts)
            if isinstance(expr, sympy.And)
            else np.logical_or.reduce(parts)
        )
    if isinstance(expr, sympy.Not):
        return ~ev(expr.args[0])
    raise UnsupportedExpressionError(f"cannot evaluate {type(expr).__name__}: {expr}")
