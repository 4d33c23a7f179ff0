"""Guards on products of positive sizes, restated without the products where that is exact.

PyTorch's guards ask about size 1 through products: ``batch*seq_len >= 2`` (not every one is
1), ``Ne(dim*n_kv_head, dim)`` (n_kv_head is not 1), ``dim < dim*n_kv_head``. Over positive
integers these are Boolean combinations of linear atoms (``batch >= 2 | seq_len >= 2``,
``n_kv_head != 1``), which z3 settles at once, where the products put a question in its
nonlinear arithmetic (Llama's regions: minutes per question). ``linear`` rewrites a relation
between two monomials of positive factors:

* common factors cancel (each is at least 1): ``dim < dim*n_kv_head`` is ``1 < n_kv_head``;
* a monomial against a constant below 2 or 3 pins every factor: ``P < 2`` (``P <= 1``,
  ``P == 1``) is every factor 1, ``P >= 2`` (``P != 1``) some factor above 1; a bound no
  monomial reaches decides the relation.

Anything else is left as it is. A factor is a variable, or an atom ``positive`` says is at
least 1 where the relation is asked (a quotient the region says divides exactly).
"""

from __future__ import annotations

from collections.abc import Callable

import sympy

from ...errors import UnsupportedExpressionError
from ...expressions import integer_relation

Monomial = tuple[int, dict[sympy.Basic, int]]


def linear(condition: sympy.Basic, positive: Callable[[sympy.Basic], bool]) -> sympy.Basic:
    """``condition`` without products of positive factors where that is exact (see above);
    else ``condition`` itself."""
    if not isinstance(condition, sympy.Rel):
        return condition
    try:
        kind, lhs, rhs = integer_relation(condition)
    except UnsupportedExpressionError:
        return condition
    terms = sympy.Add.make_args(lhs)
    if len(terms) == 1 and rhs.is_Integer:
        left, right = _monomial(terms[0], positive), (int(rhs), {})
    elif len(terms) == 2 and rhs == 0:
        a, b = sorted(terms, key=lambda t: t.could_extract_minus_sign())  # a - m == 0: a ⋈ m
        if a.could_extract_minus_sign() or not b.could_extract_minus_sign():
            return condition
        left, right = _monomial(a, positive), _monomial(-b, positive)
    else:
        return condition
    if left is None or right is None:
        return condition
    left, right = _cancelled(left, right)
    if right[1] and not left[1]:  # the constant on the right: c ⋈ M is M ⋈' c
        left, right, kind = right, left, _MIRROR.get(kind, kind)
    if right[1] or not left[1]:
        return condition  # monomials on both sides, or none
    (coefficient, factors), bound = left, right[0]
    if coefficient < 0:
        return condition
    # M ⋈ bound / coefficient, with M >= 1 a product of the factors
    linear_form = _against_constant(kind, factors, sympy.Rational(bound, coefficient))
    return condition if linear_form is None else linear_form


_MIRROR = {
    sympy.StrictLessThan: sympy.StrictGreaterThan,
    sympy.LessThan: sympy.GreaterThan,
    sympy.StrictGreaterThan: sympy.StrictLessThan,
    sympy.GreaterThan: sympy.LessThan,
}


def _monomial(term: sympy.Expr, positive: Callable[[sympy.Basic], bool]) -> Monomial | None:
    coefficient, factors = term.as_coeff_mul()
    if not coefficient.is_Integer:
        return None
    powers: dict[sympy.Basic, int] = {}
    for factor in factors:
        base, exponent = factor.as_base_exp()
        if not (exponent.is_Integer and exponent > 0):
            return None
        if not (base.is_Symbol or positive(base)):
            return None
        powers[base] = powers.get(base, 0) + int(exponent)
    return int(coefficient), powers


def _cancelled(a: Monomial, b: Monomial) -> tuple[Monomial, Monomial]:
    """Both sides divided by their common factors (each at least 1: the relation holds)."""
    common = {f: min(e, b[1][f]) for f, e in a[1].items() if f in b[1]}
    return (
        (a[0], {f: e - common.get(f, 0) for f, e in a[1].items() if e > common.get(f, 0)}),
        (b[0], {f: e - common.get(f, 0) for f, e in b[1].items() if e > common.get(f, 0)}),
    )


def _against_constant(
    kind: type, factors: dict[sympy.Basic, int], bound: sympy.Rational
) -> sympy.Basic | None:
    """``prod(f**e) ⋈ bound`` over factors >= 1 as linear atoms where the relation is the same
    for every product >= 2: every factor 1, some factor above 1, true or false; else None."""
    if not _same_above_one(kind, bound):
        return None
    at_one, above = _holds(kind, 1, bound), _holds(kind, 2, bound)
    if at_one and above:
        return sympy.true
    if not at_one and not above:
        return sympy.false
    if at_one:
        return sympy.And(*(sympy.Eq(f, 1) for f in factors))
    return sympy.Or(*(f >= 2 for f in factors))


def _same_above_one(kind: type, bound: sympy.Rational) -> bool:
    """Whether ``p ⋈ bound`` is the same for every integer p >= 2."""
    if kind in (sympy.StrictLessThan, sympy.GreaterThan):  # p < b, p >= b
        return bound <= 2
    if kind in (sympy.LessThan, sympy.StrictGreaterThan):  # p <= b, p > b
        return bound < 2
    return bound < 2 or not bound.is_integer  # p == b, p != b


def _holds(kind: type, value: int, bound: sympy.Rational) -> bool:
    return bool(kind(sympy.Integer(value), bound))
