"""Helpers on plain-sympy integer expressions shared by the evaluator and the printer."""

from __future__ import annotations

import sympy

from .errors import UnsupportedExpressionError

RELATIONS = (sympy.Eq, sympy.Ne, sympy.Lt, sympy.Le, sympy.Gt, sympy.Ge)


def integer_relation(rel: sympy.Basic) -> tuple[type, sympy.Expr, sympy.Expr]:
    """``rel`` as (relation class, lhs, rhs) with integer coefficients only.

    sympy rewrites ``floor(dim/4) > 1`` as ``dim/4 >= 2``; multiplying through by the (positive)
    common denominator gives ``dim >= 8``, which integer code can state exactly. Constant terms
    go to the right-hand side.
    """
    num, den = sympy.fraction(sympy.together(sympy.expand(rel.lhs - rel.rhs)))
    if not (den.is_Integer and den > 0):
        raise UnsupportedExpressionError(f"relation with a non-constant denominator: {rel}")
    num = sympy.expand(num)
    constant = num.as_coeff_Add()[0]
    return type(rel), num - constant, -constant
