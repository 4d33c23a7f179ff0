"""Helpers on plain-sympy integer expressions shared by the evaluator and the printer."""

from __future__ import annotations

import functools

import sympy

from .errors import UnsupportedExpressionError

RELATIONS = (sympy.Eq, sympy.Ne, sympy.Lt, sympy.Le, sympy.Gt, sympy.Ge)


@functools.cache  # the same guards are evaluated at many points
def integer_relation(rel: sympy.Basic) -> tuple[type, sympy.Expr, sympy.Expr]:
    """``rel`` as (relation class, lhs, rhs) with integer coefficients only.

    sympy rewrites ``floor(dim/4) > 1`` as ``dim/4 >= 2`` (and ``floor(dim/r) > 1`` as
    ``dim/r >= 2``); multiplying through by the common denominator, positive because every
    variable is a positive integer, gives ``dim >= 8`` (``dim >= 2*r``), which integer code can
    state exactly. Constant terms go to the right-hand side.
    """
    num, den = sympy.fraction(sympy.together(sympy.expand(rel.lhs - rel.rhs)))
    if den.is_positive is not True:
        raise UnsupportedExpressionError(f"relation with a denominator of unknown sign: {rel}")
    num = sympy.expand(num)
    constant = num.as_coeff_Add()[0]
    return type(rel), num - constant, -constant
