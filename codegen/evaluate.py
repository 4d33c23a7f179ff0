"""Exact evaluation of plain-sympy integer expressions on whole grids of points at once.

Region exploration and piece merging decide by enumeration: a guard is evaluated at every point
of the domain, a formula compared with another at every point of a region. This module does
that with numpy, in integer arithmetic only (floor division and modulo as in Python). Before
evaluating, a bound on the expression's magnitude over the grid is computed by interval
arithmetic; where int64 could overflow, Python integers are used instead, so no comparison is
ever approximate.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import sympy

from .computed_sizes import ComputedSize, bound
from .computed_sizes import values as computed_values
from .errors import UnsupportedExpressionError
from .expressions import RELATIONS, IntegerWalker, integer_relation
from .ir import Estimate, Guard

Grid = Mapping[str, np.ndarray]

_INT64_SAFE = 2**62
_OPS = {
    sympy.Eq: np.equal,
    sympy.Ne: np.not_equal,
    sympy.Lt: np.less,
    sympy.Le: np.less_equal,
    sympy.Gt: np.greater,
    sympy.Ge: np.greater_equal,
}


def evaluate(expr: sympy.Basic, grid: Grid) -> np.ndarray:
    """``expr`` at every point of ``grid`` (name -> 1-D int64 array, all of one length).

    Integer expressions give int64 arrays, or object arrays of Python ints where a value could
    exceed int64; conditions give bool arrays.
    """
    size = len(next(iter(grid.values())))
    ranges = {name: (int(values.min()), int(values.max())) for name, values in grid.items()}
    if _magnitude(expr, ranges) >= _INT64_SAFE:
        grid = {name: values.astype(object) for name, values in grid.items()}
    result = _Numpy(grid).walk(expr)
    return np.broadcast_to(result, (size,)) if np.ndim(result) == 0 else result


def _magnitude(expr: sympy.Basic, ranges: dict[str, tuple[int, int]]) -> int:
    """An upper bound of |value| of ``expr`` (and of every subexpression) over the box."""
    if isinstance(expr, sympy.Symbol):
        lo, hi = ranges.get(expr.name, (0, 0))
        return max(abs(lo), abs(hi))
    if isinstance(expr, sympy.Rational):
        return abs(int(expr.p)) + abs(int(expr.q))
    if isinstance(expr, sympy.Pow):
        return (
            _magnitude(expr.args[0], ranges) ** max(int(expr.args[1]), 1)
            if expr.args[1].is_Integer
            else _INT64_SAFE
        )
    if isinstance(expr, ComputedSize):
        return bound(expr, lambda e: _magnitude(e, ranges))
    parts = [_magnitude(a, ranges) for a in expr.args] or [1]
    if isinstance(expr, sympy.Mul):
        product = 1
        for part in parts:
            product *= max(part, 1)
        return product
    if isinstance(expr, sympy.floor | sympy.ceiling):
        num, den = sympy.fraction(sympy.together(expr.args[0]))
        return _magnitude(num, ranges) * max(_magnitude(den, ranges), 1)  # keeps num*den safe
    if isinstance(expr, RELATIONS):
        _, lhs, rhs = integer_relation(expr)
        return max(_magnitude(lhs, ranges), _magnitude(rhs, ranges))
    return sum(parts)  # Add, Mod, Max, Min, And, Or, Not: no more than the sum of the parts


class _Numpy(IntegerWalker[Any]):
    """The vocabulary on numpy arrays (one value per grid point), in integer arithmetic."""

    target = "the numpy evaluator"

    def __init__(self, grid: Grid) -> None:
        self.grid = grid

    def symbol(self, name: str) -> Any:
        if name not in self.grid:
            raise UnsupportedExpressionError(f"unknown variable {name!r}")
        return self.grid[name]

    def integer(self, value: int) -> Any:
        return value

    def boolean(self, value: bool) -> Any:
        return value

    # a zero divisor only where another guard excludes the point (a computed size can be 0):
    # 0 there, for Python integers as numpy gives for int64
    def floordiv(self, a: Any, b: Any) -> Any:
        with np.errstate(divide="ignore"):
            return _by_nonzero(a, b, lambda x, y: x // y) if _python_ints(b) else a // b

    def mod(self, a: Any, b: Any) -> Any:
        with np.errstate(divide="ignore"):
            return _by_nonzero(a, b, lambda x, y: x % y) if _python_ints(b) else a % b

    def maximum(self, a: Any, b: Any) -> Any:
        return np.maximum(a, b)

    def minimum(self, a: Any, b: Any) -> Any:
        return np.minimum(a, b)

    def compare(self, kind: type, a: Any, b: Any) -> Any:
        return np.asarray(_OPS[kind](a, b), dtype=bool)

    def computed(self, size: Any) -> Any:
        got = computed_values(size, self.grid)
        first = next(iter(self.grid.values()))
        return got.astype(object) if first.dtype == object else got

    def conjunction(self, parts: list[Any]) -> Any:
        return np.logical_and.reduce(np.broadcast_arrays(*parts))

    def disjunction(self, parts: list[Any]) -> Any:
        return np.logical_or.reduce(np.broadcast_arrays(*parts))

    def negation(self, part: Any) -> Any:
        return np.logical_not(part)


def _python_ints(values: Any) -> bool:
    return isinstance(values, int) or getattr(values, "dtype", None) == np.dtype(object)


def _by_nonzero(a: Any, b: Any, operation: Any) -> Any:
    """``operation(a, b)`` on Python integers, 0 where ``b`` is 0 (as numpy gives for int64)."""
    if isinstance(b, int):
        return operation(a, b) if b else a * 0
    return np.where(b == 0, 0, operation(a, np.where(b == 0, 1, b)))


def satisfied(condition: sympy.Basic, point: Mapping[str, int]) -> bool:
    """Whether ``condition`` holds at one ``point``."""
    grid = {k: np.array([v], dtype=np.int64) for k, v in point.items()}
    return bool(evaluate(condition, grid)[0])


def holds(guards: Iterable[Guard], point: Mapping[str, int]) -> bool:
    """Whether every guard holds at ``point``."""
    return all(satisfied(g.condition, point) for g in guards)


class Refused(Exception):
    """The formula refuses the point: a rejection branch (the real module raises there)."""


def value_at(estimate: Estimate, point: Mapping[str, int]) -> int:
    """The estimate at ``point`` as the generated function computes it: the first branch whose
    condition holds. Raises Refused on a rejection branch and LookupError where the quantity
    was not derived."""
    if estimate.failure is not None:
        raise LookupError(estimate.failure)
    for branch in estimate.branches:
        if branch.condition is None or satisfied(branch.condition, point):
            if branch.rejection is not None:
                raise Refused(f"{branch.rejection.error}: {branch.rejection.message}")
            grid = {k: np.array([v], dtype=np.int64) for k, v in point.items()}
            return int(evaluate(branch.total, grid)[0])
    raise LookupError("no branch applies")  # the last branch has no condition: unreachable
