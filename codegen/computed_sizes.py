"""Sizes the factory computes through floats that no integer expression equals: computed as
the factory computes them, exact by construction.

``int(math.sqrt(dim))``, ECA's kernel size ``int(abs(math.log(dim, 2) + 1) / 2)``, ``round()``
to even at halves: ``float_sizes.integer_form`` finds no integer expression equal to them on the
whole domain. Such a size becomes a *computed size*: a sympy function of the float tree
(``FloatTree``) that the formulas use like any integer (its guards and counts say ``k`` where
the factory's ``k`` goes), and that every target evaluates the way Python does:

* numpy (``evaluate``): the tree in IEEE arithmetic at every grid point (``float_sizes.ieee``),
  then the conversion;
* z3: an if-then-else over the runs of constant value along its one variable (17 runs for
  ECA's kernel over 1..65536, 256 for ``isqrt``), so the solver sees its exact graph;
* Python (``printer.pyexpr``): the factory's own expression, ``int(math.sqrt(dim))``, with
  constants printed by ``repr`` (the same double), so the generated function computes what the
  factory computes.

The tree is part of the expression (``IntOf(FloatSqrt(FloatOf(dim)), 1)``), so a stored
derivation holds it like any formula; the last argument is the least value on the domain the
size was proven on, which sympy reads as the sign (a computed size of at least 1 divides
safely, like a variable).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np
import sympy

from . import float_sizes

if TYPE_CHECKING:
    from .float_sizes import FloatTree

# FloatTree operations -> their sympy classes (by name, as a stored derivation spells them)
_OPERATION_NAMES = {
    "int": "FloatOf",
    "const": "FloatConst",
    "add": "FloatAdd",
    "sub": "FloatSub",
    "mul": "FloatMul",
    "truediv": "FloatDiv",
    "floordiv": "FloatFloorDiv",
    "mod": "FloatMod",
    "pow": "FloatPow",
    "neg": "FloatNeg",
    "abs": "FloatAbs",
    "float": "FloatFloat",
    "sqrt": "FloatSqrt",
    "log": "FloatLog",
    "log2": "FloatLog2",
    "log10": "FloatLog10",
    "exp": "FloatExp",
}
# conversions -> their sympy classes, and how Python spells them
_CONVERSION_NAMES = {"trunc": "IntOf", "floor": "FloorOf", "ceil": "CeilOf", "round": "RoundOf"}
CALLS = {"trunc": "int", "floor": "math.floor", "ceil": "math.ceil", "round": "round"}
_NUMPY_CONVERSIONS = {"trunc": np.trunc, "floor": np.floor, "ceil": np.ceil, "round": np.rint}


class FloatNode(sympy.Function):
    """A float operation of a computed size's tree (never a value of a formula by itself)."""

    operation: str = ""


class ComputedSize(sympy.Function):
    """An integer the factory computes from a float: ``kind(tree)``, at least ``low``."""

    kind: str = ""
    is_integer = True

    def _eval_is_positive(self) -> bool | None:
        return True if self.args[1] > 0 else None

    def _eval_is_nonnegative(self) -> bool | None:
        return True if self.args[1] >= 0 else None

    @property
    def tree(self) -> FloatTree:
        return from_sympy(self.args[0])

    @property
    def low(self) -> int:
        return int(self.args[1])


FLOAT_NODES: dict[str, type[FloatNode]] = {
    name: type(name, (FloatNode,), {"operation": op}) for op, name in _OPERATION_NAMES.items()
}
CONVERSIONS: dict[str, type[ComputedSize]] = {
    name: type(name, (ComputedSize,), {"kind": kind}) for kind, name in _CONVERSION_NAMES.items()
}
# every class of the vocabulary, by the name srepr writes (for stored derivations)
VOCABULARY: dict[str, type[sympy.Function]] = {**FLOAT_NODES, **CONVERSIONS}


# operands of each float operation (math.log(x, base) is recorded as log(x) / log(base))
_ARITY = {"add": 2, "sub": 2, "mul": 2, "truediv": 2, "floordiv": 2, "mod": 2, "pow": 2}


def check_arguments(cls: type[sympy.Function], args: list[sympy.Basic]) -> None:
    """Raise ValueError unless ``cls(*args)`` is a well-formed node (for stored derivations:
    the operands of each operation, float operations inside, a double's exact value as a
    constant, an integer least value)."""
    if issubclass(cls, ComputedSize):
        if len(args) != 2 or not isinstance(args[0], FloatNode) or not args[1].is_Integer:
            raise ValueError(f"{cls.__name__} takes a float operation and its least value")
        return
    operation = cls.operation  # type: ignore[attr-defined]
    if len(args) != _ARITY.get(operation, 1):
        raise ValueError(f"{cls.__name__} takes {_ARITY.get(operation, 1)} operand(s)")
    if operation == "const":
        value = args[0]
        if not (
            value.is_Rational and Fraction(float(value)) == Fraction(int(value.p), int(value.q))
        ):
            raise ValueError(f"{cls.__name__} takes the exact value of a double")
    elif operation == "int":
        if isinstance(args[0], FloatNode):
            raise ValueError(f"{cls.__name__} takes an integer expression")
    elif not all(isinstance(a, FloatNode) for a in args):
        raise ValueError(f"{cls.__name__} takes float operations")


def computed_size(kind: str, tree: FloatTree, low: int) -> sympy.Expr:
    """``kind(tree)`` as a computed size (``kind``: trunc, floor, ceil, round)."""
    return CONVERSIONS[_CONVERSION_NAMES[kind]](to_sympy(tree), sympy.Integer(low))


def to_sympy(tree: FloatTree) -> sympy.Basic:
    """The tree as nested ``FloatNode``s; a constant as the exact rational its double is."""
    cls = FLOAT_NODES[_OPERATION_NAMES[tree.op]]
    if tree.op == "int":
        return cls(tree.args[0])
    if tree.op == "const":
        exact = Fraction(tree.args[0])
        return cls(sympy.Rational(exact.numerator, exact.denominator))
    return cls(*(to_sympy(a) for a in tree.args))


def from_sympy(node: sympy.Basic) -> FloatTree:
    """The ``FloatTree`` a nest of ``FloatNode``s stands for."""
    if not isinstance(node, FloatNode):
        raise TypeError(f"not a float operation: {node}")
    if node.operation == "int":
        return float_sizes.FloatTree("int", (node.args[0],))
    if node.operation == "const":
        return float_sizes.FloatTree("const", (float(node.args[0]),))
    return float_sizes.FloatTree(node.operation, tuple(from_sympy(a) for a in node.args))


def values(size: ComputedSize, grid: Any) -> np.ndarray:
    """``size`` at every point of ``grid``, as Python computes it (int64). Points where Python
    would raise are the factory's rejections, excluded by the guards; they read 0 here.

    The last few results are kept: exploration evaluates guards and formulas over the same
    (cached) grid of a box again and again, and a tree with ``math.log`` costs a Python call per
    distinct argument."""
    key = (size, tuple(sorted((name, id(array), len(array)) for name, array in grid.items())))
    for known, (arrays, result) in _RECENT:
        if known == key and all(grid[name] is array for name, array in arrays.items()):
            return result
    result, valid = float_sizes.ieee(size.tree, grid)
    converted = _NUMPY_CONVERSIONS[size.kind](np.where(valid, result, 0.0)).astype(np.int64)
    _RECENT.insert(0, (key, (dict(grid), converted)))
    del _RECENT[_KEPT:]
    return converted


_KEPT = 4
_RECENT: list[tuple[Any, tuple[dict[str, np.ndarray], np.ndarray]]] = []


@functools.lru_cache(maxsize=256)
def runs(size: ComputedSize, name: str, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """``size`` along its one variable ``name`` over ``lo..hi`` as runs of constant value:
    ((last point of the run, value), ...), in order."""
    points = np.arange(lo, hi + 1, dtype=np.int64)
    got = values(size, {name: points})
    ends = np.flatnonzero(np.diff(got)).tolist() + [len(points) - 1]
    return tuple((int(points[i]), int(got[i])) for i in ends)


def periodic(
    size: ComputedSize, name: str, lo: int, hi: int, longest: int = 256
) -> tuple[int, int, tuple[int, ...]] | None:
    """``size`` along its one variable ``name`` over ``lo..hi`` as ``step * ((x - lo) // period)
    + table[(x - lo) % period]``, where that holds at every point (``round(dim * 0.25)``, half
    to even: period 8, step 2, table 0 0 0 1 1 1 2 2): (period, step, table), the shortest
    period up to ``longest``; None where there is none."""
    points = np.arange(lo, hi + 1, dtype=np.int64)
    got = np.asarray(values(size, {name: points}), dtype=np.int64)
    for period in range(1, min(longest, len(got) - 1) + 1):
        steps = got[period:] - got[:-period]
        if (steps == steps[0]).all():
            return period, int(steps[0]), tuple(int(v) for v in got[:period])
    return None


def bound(size: ComputedSize, magnitude: Callable[[sympy.Basic], int]) -> int:
    """An upper bound of ``|size|`` on the box, by interval arithmetic on its tree
    (``magnitude`` bounds an integer expression); 2**62 where none is finite, so the
    evaluator falls back to Python integers."""
    low, high = _interval(size.tree, magnitude)
    largest = max(abs(low), abs(high))
    return int(largest) + 2 if math.isfinite(largest) and largest < 2**62 else 2**62


def _interval(tree: FloatTree, magnitude: Callable[[sympy.Basic], int]) -> tuple[float, float]:
    """(least, greatest) ``tree`` can be where Python computes it (possibly infinite)."""
    if tree.op == "int":
        m = float(magnitude(tree.args[0]))
        return -m, m
    if tree.op == "const":
        return tree.args[0], tree.args[0]
    parts = [_interval(a, magnitude) for a in tree.args]
    with np.errstate(all="ignore"):
        if tree.op in ("add", "sub"):
            (a, b), (c, d) = parts
            return (a + c, b + d) if tree.op == "add" else (a - d, b - c)
        if tree.op == "mul":
            (a, b), (c, d) = parts
            products = [x * y for x in (a, b) for y in (c, d) if not math.isnan(x * y)]
            return (min(products), max(products)) if products else (-math.inf, math.inf)
        if tree.op in ("neg", "abs", "float"):
            a, b = parts[0]
            if tree.op == "neg":
                return -b, -a
            if tree.op == "abs":
                return (0.0 if a <= 0 <= b else min(abs(a), abs(b))), max(abs(a), abs(b))
            return a, b
        if tree.op == "sqrt":
            return 0.0, math.sqrt(max(parts[0][1], 0.0))
        if tree.op in ("log", "log2", "log10"):  # of a double: at most 1024 * log(2) in size
            return -745.2, 709.8
        if tree.op in ("mod", "floordiv", "truediv"):
            (a, b), (c, d) = parts
            if tree.op == "mod":  # Python's: the divisor's sign, below its size
                largest = max(abs(c), abs(d))
                return -largest, largest
            smallest = 0.0 if c <= 0 <= d else min(abs(c), abs(d))
            if smallest < 1.0:
                return -math.inf, math.inf
            largest = max(abs(a), abs(b)) / smallest
            return -largest - 1, largest + 1
    return -math.inf, math.inf  # pow, exp


# Python's conversions of a float to an int, by kind
PYTHON_CONVERSIONS: dict[str, Callable[[float], int]] = {
    "trunc": int,
    "floor": math.floor,
    "ceil": math.ceil,
    "round": round,
}


def convert(kind: str, value: float) -> int:
    """Python's conversion of one float: ``int()``, ``math.floor``, ``math.ceil``, ``round``."""
    return PYTHON_CONVERSIONS[kind](value)


def least(kind: str, tree: FloatTree, box: Any) -> int:
    """The least value of ``kind(tree)`` on ``box``; FloatSizeError where Python cannot compute
    it at some point of the box, or where it is negative somewhere (then it is not a size)."""
    grid = float_sizes.grid_for(tree, box)
    result, valid = float_sizes.ieee(tree, grid)
    if not np.all(valid):
        i = int(np.flatnonzero(~valid)[0])
        point = ", ".join(f"{k}={int(v[i])}" for k, v in grid.items())
        raise float_sizes.FloatSizeError(
            f"Python cannot compute {tree} at {point} (a zero divisor, a math domain error or "
            "a value out of range), so the generator cannot compute it as the factory does"
        )
    converted = _NUMPY_CONVERSIONS[kind](result)
    low = int(converted.min())
    if low < 0:
        raise float_sizes.FloatSizeError(f"{kind} of {tree} is negative on part of the domain")
    return low
