"""The integer expressions a float computed from sizes equals on the whole domain.

Where a factory turns a float of sizes into an integer (``int()``, ``math.floor``, ``math.ceil``,
``round``) or compares two, ``integer_form`` and ``integer_relation_form`` look for an integer
expression (or relation) equal to it at **every** point of the domain, proven by enumerating it
(``float_sizes.ieee`` gives Python's values): the exact rational the float stands for, its
constants read as the simplest fraction that rounds to them (``0.9`` as ``9/10``) or as the
exact binary fraction they are. Without one, the conversion is refused by name
(``FloatSizeError``).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction
from typing import Any

import numpy as np
import sympy

from .evaluate import evaluate
from .float_sizes import LEAVES, FloatSizeError, FloatTree, grid_for, ieee

_MAX_COMBINATIONS = 16  # readings of the float constants tried per conversion


def _readings(value: float) -> list[sympy.Rational]:
    """The rationals a float constant may stand for: the simplest fraction that rounds to it
    (``0.9`` -> 9/10, ``1 / 3`` -> 1/3), then the exact binary fraction it is."""
    exact = Fraction(value)
    readings = []
    for limit in (10, 100, 1000, 10**4, 10**6, 10**9):
        simple = exact.limit_denominator(limit)
        if float(simple) == value:
            readings.append(sympy.Rational(simple.numerator, simple.denominator))
            break
    readings.append(sympy.Rational(exact.numerator, exact.denominator))
    return list(dict.fromkeys(readings))


def _constants(tree: FloatTree) -> list[float]:
    if tree.op == "const":
        return [tree.args[0]]
    if tree.op == "int":
        return []
    return [c for a in tree.args for c in _constants(a)]


def rational_forms(tree: FloatTree) -> list[sympy.Expr]:
    """Exact rational expressions the float may equal (its constants read each way; only
    arithmetic: a tree with ``sqrt`` or ``log`` has none)."""
    constants = list(dict.fromkeys(_constants(tree)))
    options = [_readings(c) for c in constants]
    combinations = list(itertools.islice(itertools.product(*options), _MAX_COMBINATIONS))
    if len(combinations) == _MAX_COMBINATIONS:  # too many: each reading for all at once
        combinations = [tuple(o[min(i, len(o) - 1)] for o in options) for i in range(2)]
    forms = []
    for chosen in combinations:
        form = _rational(tree, dict(zip(constants, chosen, strict=True)))
        if form is not None and form not in forms:
            forms.append(form)
    return forms


def _rational(tree: FloatTree, reading: dict[float, sympy.Rational]) -> sympy.Expr | None:
    if tree.op == "int":
        return tree.args[0]
    if tree.op == "const":
        return reading[tree.args[0]]
    args = [_rational(a, reading) for a in tree.args]
    if any(a is None for a in args):
        return None
    if tree.op == "add":
        return args[0] + args[1]
    if tree.op == "sub":
        return args[0] - args[1]
    if tree.op == "mul":
        return args[0] * args[1]
    if tree.op == "truediv":
        return args[0] / args[1] if args[1] != 0 else None
    if tree.op == "floordiv":
        return sympy.floor(args[0] / args[1]) if args[1] != 0 else None
    if tree.op == "neg":
        return -args[0]
    if tree.op == "float":
        return args[0]
    if tree.op == "pow" and args[1].is_Integer:
        return args[0] ** args[1]
    return None  # abs (decided by sign below), mod, sqrt, log: no rational form here


@functools.lru_cache(maxsize=4096)
def integer_form(kind: str, tree: FloatTree, box: Any) -> sympy.Expr:
    """An integer expression equal to ``kind(tree)`` (``int()``/``math.trunc``,
    ``math.floor``, ``math.ceil``, ``round``) at every point of ``box`` (an
    ``explore.box.Box``) where Python computes it; FloatSizeError if none is found."""
    grid = grid_for(tree, box)
    values, valid = ieee(tree, grid)
    target = {
        "trunc": np.trunc,
        "floor": np.floor,
        "ceil": np.ceil,
        "round": np.rint,  # half to even, as Python's round() of a float
    }[kind](values)
    tree = _signs_decided(tree, grid)
    nonnegative = bool(np.all(values[valid] >= 0))
    nonpositive = bool(np.all(values[valid] <= 0))
    tried = []
    for form in rational_forms(tree):
        if kind == "trunc":
            if nonnegative:
                candidate = sympy.floor(form)
            elif nonpositive:
                candidate = sympy.ceiling(form)
            else:
                continue
        elif kind == "floor":
            candidate = sympy.floor(form)
        elif kind == "ceil":
            candidate = sympy.ceiling(form)
        else:
            candidate = sympy.floor(form + sympy.Rational(1, 2))
        tried.append(candidate)
        if _agrees(candidate, grid, target, valid):
            return candidate
    raise FloatSizeError(_no_form(kind, tree, tried, grid, target, valid))


@functools.lru_cache(maxsize=4096)
def integer_relation_form(op: str, left: FloatTree, right: FloatTree, box: Any) -> sympy.Basic:
    """An integer relation (sympy) equal to ``left <op> right`` (Python's comparison of the
    floats) at every point of ``box`` where Python computes both; FloatSizeError if none."""
    grid = grid_for(FloatTree("sub", (left, right)), box)
    a, valid_a = ieee(left, grid)
    b, valid_b = ieee(right, grid)
    valid = valid_a & valid_b
    compare = RELATION_OPS[op]
    target = compare[1](a, b)
    if np.all(target[valid]) or not np.any(target[valid]):  # the same answer everywhere
        return sympy.true if np.all(target[valid]) else sympy.false
    left, right = _signs_decided(left, grid), _signs_decided(right, grid)
    tried = []
    for lhs, rhs in itertools.product(rational_forms(left), rational_forms(right)):
        candidate = compare[0](lhs, rhs)
        tried.append(candidate)
        if candidate in (sympy.true, sympy.false):
            if np.all(target[valid] == bool(candidate)):
                return candidate
            continue
        if _agrees(candidate, grid, target, valid):
            return candidate
    raise FloatSizeError(
        _no_form(op, FloatTree("sub", (left, right)), tried, grid, target, valid, relation=True)
    )


RELATION_OPS: dict[str, tuple[Any, Callable[[Any, Any], Any]]] = {
    "lt": (sympy.Lt, np.less),
    "le": (sympy.Le, np.less_equal),
    "gt": (sympy.Gt, np.greater),
    "ge": (sympy.Ge, np.greater_equal),
    "eq": (sympy.Eq, np.equal),
    "ne": (sympy.Ne, np.not_equal),
}


def _signs_decided(tree: FloatTree, grid: Mapping[str, np.ndarray]) -> FloatTree:
    """``abs(x)`` replaced by ``x`` or ``-x`` where x has one sign on the whole grid."""
    if tree.op in LEAVES:
        return tree
    args = tuple(_signs_decided(a, grid) for a in tree.args)
    if tree.op == "abs":
        values, valid = ieee(args[0], grid)
        if np.all(values[valid] >= 0):
            return args[0]
        if np.all(values[valid] <= 0):
            return FloatTree("neg", args)
    return FloatTree(tree.op, args)


_SAMPLE = 4096  # points a candidate is tried on before the whole box


def _agrees(
    candidate: sympy.Basic, grid: Mapping[str, np.ndarray], target: np.ndarray, valid: np.ndarray
) -> bool:
    """Whether ``candidate`` equals ``target`` wherever ``valid``: on a spread sample of the
    box first (a wrong candidate with huge constants would otherwise be evaluated in Python
    integers over millions of points), then on every point."""
    size = len(target)
    if size > _SAMPLE:
        sample = np.linspace(0, size - 1, _SAMPLE).astype(np.int64)
        part = {k: v[sample] for k, v in grid.items()}
        if not _agrees_on(part, candidate, target, valid, sample):
            return False
    return _agrees_on(grid, candidate, target, valid, None)


def _agrees_on(
    grid: Mapping[str, np.ndarray],
    candidate: sympy.Basic,
    target: np.ndarray,
    valid: np.ndarray,
    sample: np.ndarray | None,
) -> bool:
    try:
        got = evaluate(candidate, grid)
    except Exception:  # not in the integer vocabulary: not a candidate
        return False
    if sample is not None:
        target, valid = target[sample], valid[sample]
    got = np.broadcast_to(got, target.shape)
    return bool(np.all(got[valid] == target[valid]))


def _no_form(
    kind: str,
    tree: FloatTree,
    tried: Sequence[sympy.Basic],
    grid: Mapping[str, np.ndarray],
    target: np.ndarray,
    valid: np.ndarray,
    relation: bool = False,
) -> str:
    """Why no integer form was found, with a point where the best candidate differs."""
    what = f"{kind} of {tree}" if not relation else f"the comparison {tree} {kind} 0"
    if not tried:
        return f"{what} has no exact integer form (it uses a function with no rational value)"
    candidate = tried[0]
    try:
        got = np.broadcast_to(evaluate(candidate, grid), target.shape)
        wrong = np.flatnonzero(valid & (got != target))
    except Exception:
        return f"{what}: no integer form of it is exact"
    if not len(wrong):
        return f"{what}: no integer form of it is exact"
    i = int(wrong[0])
    point = ", ".join(f"{k}={int(v[i])}" for k, v in grid.items())
    return (
        f"{what} is not {candidate} everywhere: at {point} Python's floats give "
        f"{target[i]!r}, the integer form {got[i]!r}"
    )
