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
``math.ceil``, ``round``) or compares it, ``integer_forms`` looks for
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
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import sympy

# integers below this convert to floats exactly (so numpy's int-float comparisons are Python's)
_EXACT_INT = 2**53


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
    distinct, inverse = _distinct_rows(np.stack(values, axis=1)[valid])
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


def _distinct_rows(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct rows of ``rows`` in lexicographic order, and each row's index among them:
    ``np.unique(rows, axis=0, return_inverse=True)``, which sorts the rows as records
    and was most of the time of a derivation with ``math.log`` over a large box (86 of 114
    s); sorting by columns is 5 to 20 times faster."""
    if rows.shape[1] == 1:
        distinct, inverse = np.unique(rows[:, 0], return_inverse=True)
        return distinct[:, None], inverse.reshape(-1)
    order = np.lexsort(rows.T[::-1])
    ordered = rows[order]
    first = np.ones(len(rows), dtype=bool)
    first[1:] = np.any(ordered[1:] != ordered[:-1], axis=1)
    inverse = np.empty(len(rows), dtype=np.intp)
    inverse[order] = np.cumsum(first) - 1
    return ordered[first], inverse


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
