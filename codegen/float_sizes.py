"""Sizes computed through floats, exact: Python's own float arithmetic on symbolic sizes, and
the integer expressions it equals on the whole domain.

Model code computes sizes through floats everywhere: ``int(dim * mlp_ratio)`` (timm),
``int(hidden_size / num_attention_heads)`` (BERT and its copies), ``make_divisible`` (``int(v +
divisor / 2) // divisor * divisor``, then ``if new_v < 0.9 * v``), ``math.ceil(out / ratio)``.
PyTorch's symbolic floats cannot stand for such a value: sympy folds and reorders float
constants (``dim * 0.1 * 3`` becomes ``0.3 * dim``, which rounds differently), so a size or a
branch decided on one is not what the factory computes with IEEE doubles.

Here a float computed from sizes is a ``FloatTree``: the operations in the order Python does
them, on integer expressions (sizes) and float constants, evaluated exactly as Python would
(``ieee``: numpy's IEEE arithmetic, Python's own ``math`` functions where a library's could
differ in the last bit). Where the factory turns one into an integer (``int()``, ``math.floor``,
``math.ceil``, ``round``) or compares it, ``integer_form`` and ``integer_relation_form`` look for
an integer expression (or an integer relation) equal to it at **every** point of the domain,
proven by enumerating the domain: the exact rational the float stands for, its constants read
as the simplest fraction that rounds to them (``0.9`` as ``9/10``) or as the exact binary
fraction they are; ``int(dim * 1.5)`` is ``3 * dim // 2``, ``new_v < 0.9 * v`` is ``10 * new_v <
9 * v``. Without one, the conversion is refused by name (``FloatSizeError``).

Nothing here imports torch: the symbolic session (``symbolic/floats.py``) builds the trees.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import numpy as np
import sympy


# integers below this convert to floats exactly (so numpy's int-float comparisons are Python's)
_EXACT_INT = 2**53
_MAX_COMBINATIONS = 16  # readings of the float constants tried per conversion


class FloatSizeError(Exception):
    """A float computed from sizes that no integer expression equals on the whole domain."""


@dataclass(frozen=True)
class FloatTree:
    """A float computed from sizes, as Python computes it. ``op`` is one of ``LEAVES`` (args:
    an integer sympy expression, or a float constant) or an operation on ``FloatTree`` args."""

    op: str
    args: tuple[Any, ...]

    def __str__(self) -> str:
        return _show(self)


LEAVES = ("int", "const")
_BINARY = {"add": "+", "sub": "-", "mul": "*", "truediv": "/", "floordiv": "//", "mod": "%"}
_PYTHON_BINARY: dict[str, Callable[[Any, Any], Any]] = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "truediv": lambda a, b: a / b,
    "floordiv": lambda a, b: a // b,
    "mod": lambda a, b: a % b,
    "pow": lambda a, b: a**b,
}
# one-argument functions, computed by Python's math (a vectorised library could round
# differently in the last bit): by name as the factory called it
_FUNCTIONS: dict[str, Callable[..., float]] = {
    "sqrt": math.sqrt,
    "log": math.log,
    "log2": math.log2,
    "log10": math.log10,
    "exp": math.exp,
}
CONVERSIONS = ("trunc", "floor", "ceil", "round")


def _evaluate(expr: sympy.Expr, grid: Mapping[str, np.ndarray]) -> np.ndarray:
    """``evaluate.evaluate``, imported here: ``evaluate`` imports ``computed_sizes``, which
    imports this module, so a top-level import would make a cycle."""
    from .evaluate import evaluate

    return evaluate(expr, grid)


def integer(expr: sympy.Basic) -> FloatTree:
    return FloatTree("int", (expr,))


def constant(value: float) -> FloatTree:
    return FloatTree("const", (float(value),))


def _show(tree: FloatTree) -> str:
    """The tree as Python source (for messages)."""
    if tree.op == "int":
        return str(tree.args[0])
    if tree.op == "const":
        return repr(tree.args[0])
    if tree.op in _BINARY:
        a, b = tree.args
        return f"({_show(a)} {_BINARY[tree.op]} {_show(b)})"
    if tree.op == "pow":
        return f"({_show(tree.args[0])} ** {_show(tree.args[1])})"
    if tree.op == "neg":
        return f"-{_show(tree.args[0])}"
    if tree.op == "abs":
        return f"abs({_show(tree.args[0])})"
    if tree.op == "float":
        return f"float({_show(tree.args[0])})"
    return f"math.{tree.op}({', '.join(_show(a) for a in tree.args)})"


def value_at(tree: FloatTree, point: Mapping[str, int]) -> float:
    """The float the factory computes at ``point`` (Python's own operations)."""
    if tree.op == "int":
        return _int_at(tree.args[0], point)
    if tree.op == "const":
        return tree.args[0]
    args = [value_at(a, point) for a in tree.args]
    if tree.op in _PYTHON_BINARY:
        return _PYTHON_BINARY[tree.op](*args)
    if tree.op == "neg":
        return -args[0]
    if tree.op == "abs":
        return abs(args[0])
    if tree.op == "float":
        return float(args[0])
    return _FUNCTIONS[tree.op](*args)


def _int_at(expr: sympy.Basic, point: Mapping[str, int]) -> int:
    grid = {k: np.array([v], dtype=np.int64) for k, v in point.items()}
    return int(_evaluate(expr, grid)[0])


def free_names(tree: FloatTree) -> set[str]:
    if tree.op == "int":
        return {s.name for s in tree.args[0].free_symbols}
    if tree.op == "const":
        return set()
    return set().union(*(free_names(a) for a in tree.args))


def ieee(tree: FloatTree, grid: Mapping[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """(values, valid) of ``tree`` at every point of ``grid``, exactly as Python computes
    them; ``valid`` is False where Python raises (a zero divisor, a math domain error) or the
    value is not finite, or an integer is too large to convert exactly."""
    size = len(next(iter(grid.values())))
    if tree.op == "int":
        ints = np.broadcast_to(_evaluate(tree.args[0], grid), (size,))
        valid = np.abs(ints.astype(object) if ints.dtype == object else ints) < _EXACT_INT
        valid = np.asarray(valid, dtype=bool)
        return np.where(valid, ints, 0).astype(np.float64), valid
    if tree.op == "const":
        return np.full(size, tree.args[0]), np.ones(size, dtype=bool)
    parts = [ieee(a, grid) for a in tree.args]
    valid = np.logical_and.reduce([v for _, v in parts])
    values = [np.where(valid, x, 1.0) for x, _ in parts]
    with np.errstate(all="ignore"):
        if tree.op in ("truediv", "floordiv", "mod"):
            valid &= values[1] != 0  # Python raises ZeroDivisionError
            values[1] = np.where(valid, values[1], 1.0)
        if tree.op == "add":
            result = values[0] + values[1]
        elif tree.op == "sub":
            result = values[0] - values[1]
        elif tree.op == "mul":
            result = values[0] * values[1]
        elif tree.op == "truediv":
            result = values[0] / values[1]
        elif tree.op == "floordiv":
            result = np.floor_divide(values[0], values[1])  # numpy follows Python's float //
        elif tree.op == "mod":
            result = np.remainder(values[0], values[1])
        elif tree.op == "neg":
            result = -values[0]
        elif tree.op == "abs":
            result = np.abs(values[0])
        elif tree.op == "float":
            result = values[0]
        elif tree.op == "sqrt":
            valid &= values[0] >= 0
            result = np.sqrt(np.where(valid, values[0], 0.0))  # IEEE: correctly rounded
        else:  # pow and the math functions: Python's own, once per distinct argument
            function = _PYTHON_BINARY.get(tree.op) or _FUNCTIONS[tree.op]
            result, ok = _pointwise(function, values, valid)
            valid &= ok
    valid &= np.isfinite(result)
    return result, valid


def _pointwise(
    function: Callable[..., float], values: Sequence[np.ndarray], valid: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """``function`` (a Python float function) at every valid point, computed once per distinct
    argument tuple; points where it raises are not valid."""
    stacked = np.stack(values, axis=1)
    distinct, inverse = np.unique(stacked[valid], axis=0, return_inverse=True)
    results = np.empty(len(distinct))
    ok = np.ones(len(distinct), dtype=bool)
    for i, args in enumerate(distinct):
        try:
            results[i] = function(*(float(a) for a in args))
        except (ValueError, OverflowError, ZeroDivisionError):
            ok[i], results[i] = False, math.nan
    out = np.full(len(valid), math.nan)
    out_ok = np.zeros(len(valid), dtype=bool)
    out[valid] = results[inverse.reshape(-1)]
    out_ok[valid] = ok[inverse.reshape(-1)]
    return out, out_ok


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


@functools.lru_cache(maxsize=4096)
def undefined_point(tree: FloatTree, box: Any) -> str | None:
    """A point of ``box`` where Python cannot compute ``tree`` (a zero divisor, a math domain
    error), shown as ``name=value, ...``; None where it is defined everywhere."""
    grid = grid_for(tree, box)
    _, valid = ieee(tree, grid)
    if np.all(valid):
        return None
    i = int(np.flatnonzero(~valid)[0])
    return ", ".join(f"{k}={int(v[i])}" for k, v in grid.items())


# points a float's values are enumerated on at most (8 bytes each, a few arrays of them)
_MAX_POINTS = 2**28


def grid_for(tree: FloatTree, box: Any) -> Mapping[str, np.ndarray]:
    """Every point of ``box`` (an ``explore.box.Box``) over the variables ``tree`` depends on:
    its value depends on nothing else, so what holds there holds on the whole box (a training
    step's box has four or more sizes, far too many points to enumerate together)."""
    names = free_names(tree)
    stray = sorted(names - {v.name for v in box.variables})
    if stray:
        raise FloatSizeError(
            f"{tree} depends on {', '.join(stray)}, which the generator cannot enumerate"
        )
    variables = [v for v in box.variables if v.name in names]
    if not variables:  # a constant: one point
        first = box.variables[0]
        variables = [dataclasses.replace(first, hi=first.lo)]
    if len(variables) < len(box.variables):
        box = type(box)(variables)
    if box.size > _MAX_POINTS:
        raise FloatSizeError(
            f"{tree} depends on {', '.join(v.name for v in variables)}: {box.size:,} points, "
            "too many for the generator to enumerate"
        )
    return box.grid()


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
        got = _evaluate(candidate, grid)
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
        got = np.broadcast_to(_evaluate(candidate, grid), target.shape)
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
