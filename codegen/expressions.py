"""The integer-expression vocabulary of formulas and guards: its relations, and one walk over it
(``IntegerWalker``) that the evaluator (numpy), the solver (z3) and the symbolic session
(SymInt) share."""

from __future__ import annotations

import functools
import operator
from typing import Any, Generic, TypeVar

import sympy

from .errors import UnsupportedExpressionError

RELATIONS = (sympy.Eq, sympy.Ne, sympy.Lt, sympy.Le, sympy.Gt, sympy.Ge)
# each relation as Python's operator on its two sides (ints, SymInts, z3 terms alike)
COMPARE = {
    sympy.Eq: operator.eq,
    sympy.Ne: operator.ne,
    sympy.Lt: operator.lt,
    sympy.Le: operator.le,
    sympy.Gt: operator.gt,
    sympy.Ge: operator.ge,
}
T = TypeVar("T")


@functools.cache  # the same guards are evaluated at many points
def integer_relation(rel: sympy.Basic) -> tuple[type, sympy.Expr, sympy.Expr]:
    """``rel`` as (relation class, lhs, rhs) with integer coefficients only.

    sympy rewrites ``floor(dim/4) > 1`` as ``dim/4 >= 2`` (and ``floor(dim/r) > 1`` as
    ``dim/r >= 2``); multiplying through by the common denominator, positive because every
    variable is a positive integer, gives ``dim >= 8`` (``dim >= 2*r``), which integer code can
    state exactly. Constant terms go to the right-hand side. Where expanding inside a ``Mod``
    lets sympy take a common factor out of it as a fraction (``Mod((h + 1)*x, (h + 1)*w)``),
    which no target reads, the sides are expanded but not their functions' arguments.
    """
    kind, lhs, rhs = _integer_sides(rel, deep=True)
    if any(_fraction_outside_floors(a) for m in lhs.atoms(sympy.Mod) for a in m.args):
        kind, lhs, rhs = _integer_sides(rel, deep=False)
    return kind, lhs, rhs


def _fraction_outside_floors(expr: sympy.Basic) -> bool:
    if isinstance(expr, sympy.floor | sympy.ceiling):
        return False
    if isinstance(expr, sympy.Pow) and expr.exp.is_negative:
        return True
    return any(_fraction_outside_floors(a) for a in expr.args)


def _integer_sides(rel: sympy.Basic, deep: bool) -> tuple[type, sympy.Expr, sympy.Expr]:
    num, den = sympy.fraction(sympy.together(sympy.expand(rel.lhs - rel.rhs, deep=deep)))
    if den.is_positive is not True:
        raise UnsupportedExpressionError(f"relation with a denominator of unknown sign: {rel}")
    num = sympy.expand(num, deep=deep)
    constant = num.as_coeff_Add()[0]
    return type(rel), num - constant, -constant


def integer_coefficients(expr: sympy.Mul) -> None:
    """Raise UnsupportedExpressionError if a factor of ``expr`` is a fraction."""
    for arg in expr.args:
        if isinstance(arg, sympy.Rational) and not arg.is_Integer:
            raise UnsupportedExpressionError(f"non-integer coefficient {arg} in {expr}")


class IntegerWalker(Generic[T]):
    """One walk over the integer-expression vocabulary, with a target per subclass.

    Formulas and guards are plain sympy over positive integers: symbols, integers, ``Add``,
    ``Mul`` (integer coefficients), ``Pow`` (non-negative integer exponents), ``floor`` and
    ``ceiling`` of a quotient, ``Mod``, ``Max``, ``Min``, the six relations, ``And``, ``Or``,
    ``Not``, the two booleans, and sizes computed through floats (``computed_sizes``: each
    target computes them its own way). This class decides once how each is taken apart (a quotient
    into numerator and denominator, a relation into integer sides by ``integer_relation``) and
    dispatches, as sympy's printers do, to ``_walk_<Class>``; a target (numpy arrays, z3
    terms, SymInts) supplies only the operations on its values. Anything else is an
    UnsupportedExpressionError naming the target.
    """

    target = "this target"

    def walk(self, expr: sympy.Basic) -> T:
        for cls in type(expr).__mro__:
            method = getattr(self, f"_walk_{cls.__name__}", None)
            if method is not None:
                return method(expr)
        raise UnsupportedExpressionError(f"{self.target} cannot take {type(expr).__name__}: {expr}")

    # --- the target's operations --------------------------------------------------------
    def symbol(self, name: str) -> T:
        raise NotImplementedError

    def integer(self, value: int) -> T:
        raise NotImplementedError

    def boolean(self, value: bool) -> T:
        raise UnsupportedExpressionError(f"{self.target} has no booleans")

    def add(self, a: T, b: T) -> T:
        return a + b  # type: ignore[operator]

    def mul(self, a: T, b: T) -> T:
        return a * b  # type: ignore[operator]

    def floordiv(self, a: T, b: T) -> T:
        return a // b  # type: ignore[operator]

    def mod(self, a: T, b: T) -> T:
        return a % b  # type: ignore[operator]

    def maximum(self, a: T, b: T) -> T:
        raise NotImplementedError

    def minimum(self, a: T, b: T) -> T:
        raise NotImplementedError

    def compare(self, kind: type, a: T, b: T) -> T:
        raise UnsupportedExpressionError(f"{self.target} has no relations")

    def computed(self, size: Any) -> T:
        """A size the factory computes through floats (``computed_sizes.ComputedSize``)."""
        raise UnsupportedExpressionError(f"{self.target} cannot compute {size}")

    def conjunction(self, parts: list[T]) -> T:
        raise UnsupportedExpressionError(f"{self.target} has no conditions")

    def disjunction(self, parts: list[T]) -> T:
        raise UnsupportedExpressionError(f"{self.target} has no conditions")

    def negation(self, part: T) -> T:
        raise UnsupportedExpressionError(f"{self.target} has no conditions")

    # --- the vocabulary -------------------------------------------------------------------
    def _fold(self, combine: Any, args: tuple[sympy.Basic, ...]) -> T:
        result = self.walk(args[0])
        for arg in args[1:]:
            result = combine(result, self.walk(arg))
        return result

    def _walk_Symbol(self, expr: sympy.Symbol) -> T:  # noqa: N802 (sympy's class names)
        return self.symbol(expr.name)

    def _walk_Integer(self, expr: sympy.Integer) -> T:  # noqa: N802
        return self.integer(int(expr))

    def _walk_BooleanTrue(self, expr: sympy.Basic) -> T:  # noqa: N802
        return self.boolean(True)

    def _walk_BooleanFalse(self, expr: sympy.Basic) -> T:  # noqa: N802
        return self.boolean(False)

    def _walk_Add(self, expr: sympy.Add) -> T:  # noqa: N802
        return self._fold(self.add, expr.args)

    def _walk_Mul(self, expr: sympy.Mul) -> T:  # noqa: N802
        integer_coefficients(expr)
        return self._fold(self.mul, expr.args)

    def _walk_Pow(self, expr: sympy.Pow) -> T:  # noqa: N802
        base, exponent = expr.args
        if not (exponent.is_Integer and exponent >= 0):
            raise UnsupportedExpressionError(f"power with exponent {exponent} in {expr}")
        if exponent == 0:
            return self.integer(1)
        walked = self.walk(base)
        result = walked
        for _ in range(int(exponent) - 1):
            result = self.mul(result, walked)
        return result

    def _quotient(self, expr: sympy.Basic) -> tuple[T, T]:
        num, den = sympy.fraction(sympy.together(expr.args[0]))
        return self.walk(sympy.expand(num)), self.walk(den)

    def _walk_floor(self, expr: sympy.floor) -> T:
        return self.floordiv(*self._quotient(expr))

    def _walk_ceiling(self, expr: sympy.ceiling) -> T:
        num, den = self._quotient(expr)  # ceil(n/d) == -((-n) // d)
        minus = self.integer(-1)
        return self.mul(minus, self.floordiv(self.mul(minus, num), den))

    def _walk_Mod(self, expr: sympy.Mod) -> T:  # noqa: N802
        return self.mod(self.walk(expr.args[0]), self.walk(expr.args[1]))

    def _walk_Max(self, expr: sympy.Max) -> T:  # noqa: N802
        return self._fold(self.maximum, expr.args)

    def _walk_Min(self, expr: sympy.Min) -> T:  # noqa: N802
        return self._fold(self.minimum, expr.args)

    def _walk_ComputedSize(self, expr: sympy.Basic) -> T:  # noqa: N802
        return self.computed(expr)

    def _walk_Relational(self, expr: sympy.Basic) -> T:  # noqa: N802
        if not isinstance(expr, RELATIONS):
            raise UnsupportedExpressionError(f"{self.target} cannot take {expr}")
        kind, lhs, rhs = integer_relation(expr)
        return self.compare(kind, self.walk(lhs), self.walk(rhs))

    def _walk_And(self, expr: sympy.And) -> T:  # noqa: N802
        return self.conjunction([self.walk(a) for a in expr.args])

    def _walk_Or(self, expr: sympy.Or) -> T:  # noqa: N802
        return self.disjunction([self.walk(a) for a in expr.args])

    def _walk_Not(self, expr: sympy.Not) -> T:  # noqa: N802
        return self.negation(self.walk(expr.args[0]))
