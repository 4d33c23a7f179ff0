"""Floats computed from sizes where they leave the size arithmetic: passed to a torch function
as the numbers they are (``float_values``: a scale, an epsilon, an initialisation's bound), and
compared with 0 by a guard (``float_sign_condition``: the exact integer condition the comparison
is). ``floats`` follows their arithmetic.
"""

from __future__ import annotations

from typing import Any

import sympy
import torch
import torch.utils._sympy.functions as torch_sympy

from ...errors import UnsupportedExpressionError
from .floats import FACTORY_RUNNING, opaque_function, refuse_opaque
from .plain import to_plain

# torch functions whose output sizes a float argument decides (a range's end, a scale factor,
# a pooling ratio), and the symbolic-value functions themselves (``sym_int(x)`` is a size)
_SHAPING_FLOATS = frozenset(
    {
        "arange",
        "range",
        "interpolate",
        "upsample",
        "upsample_nearest",
        "upsample_bilinear",
        "fractional_max_pool2d",
        "fractional_max_pool3d",
        "fractional_max_pool2d_with_indices",
        "fractional_max_pool3d_with_indices",
    }
)


def float_values(func: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, Any]:
    """Pass a float computed from sizes to a torch function as the number it is here.

    A kernel argument of type float (``baddbmm(alpha=head_dim ** -0.5)``, a ``dropout`` or
    ``layer_norm`` ``eps`` computed from a size, ``normal_(std=dim ** -0.5)``) converts a
    symbolic float to a number, and PyTorch records that as a guard ``Eq(float, value)``: a
    float with no exact integer meaning, which the generator refuses, and which would pin the
    sizes anyway. Such a value decides no size and no count; the kernels only branch on its
    sign (``p == 0`` skips dropout, a negative scale flips the query), so the sign is decided
    first by guards that are exact integer conditions (``float_sign_condition``), and the
    kernel gets the sample's value. Functions whose output sizes a float decides
    (``_SHAPING_FLOATS``) and ``torch.sym_*`` keep the symbolic value (and its guards). A
    float computed with an opaque function (``math.erf``), whose sign PyTorch cannot decide,
    is passed without a guard only to an in-place op while a factory runs (an
    initialisation), and refused by name anywhere else.
    """
    name = getattr(func, "__name__", "")
    if name in _SHAPING_FLOATS or name.startswith(("sym_", "_sym_")):
        return args, kwargs
    if any(_has_symfloat(a) for a in (*args, *kwargs.values())):
        # while a factory runs, an in-place op sets a tensor's values (an initialisation:
        # ``uniform_(2 * l - 1, 2 * u - 1)`` in a truncated normal): a value computed with an
        # opaque function (math.erf) decides no size there, and is passed as the number it is
        initialising = FACTORY_RUNNING.get() and name.endswith("_") and not name.endswith("__")
        args = tuple(_float_value(a, initialising) for a in args)
        kwargs = {k: _float_value(v, initialising) for k, v in kwargs.items()}
    return args, kwargs


def _has_symfloat(value: Any) -> bool:
    if isinstance(value, list | tuple):
        return any(type(v) is torch.SymFloat for v in value)
    return type(value) is torch.SymFloat


def _float_value(value: Any, initialising: bool = False) -> Any:
    if isinstance(value, list | tuple):
        return type(value)(_float_value(v, initialising) for v in value)
    if type(value) is not torch.SymFloat:
        return value
    if initialising and opaque_function(value) is not None:
        return float(value.node.hint)
    refuse_opaque(value, "passed to a kernel that may branch on its sign")
    if not value > 0 and value == 0:  # guards on the sign only: exact integer conditions
        return 0.0
    return float(value.node.hint)


# PyTorch's float functions of sizes: a guard containing one compares a float
_FLOAT_TYPES = (
    sympy.Float,
    torch_sympy.ToFloat,
    torch_sympy.FloatTrueDiv,
    torch_sympy.IntTrueDiv,
    torch_sympy.FloatPow,
    torch_sympy.OpaqueUnaryFn_sqrt,
)


# relation with 0 on the right -> the signs (positive, zero, negative) that satisfy it
_SIGN_RELATIONS: dict[type, tuple[bool, bool, bool]] = {
    sympy.Ge: (True, True, False),
    sympy.Gt: (True, False, False),
    sympy.Le: (False, True, True),
    sympy.Lt: (False, False, True),
    sympy.Eq: (False, True, False),
}


_MIRRORED = {sympy.Ge: sympy.Le, sympy.Gt: sympy.Lt, sympy.Le: sympy.Ge, sympy.Lt: sympy.Gt}


def float_sign_condition(
    expr: sympy.Basic, rename: dict[sympy.Symbol, sympy.Symbol]
) -> sympy.Basic | None:
    """A guard comparing a float computed from sizes with 0, as the exact integer condition it
    is; None for any other guard (converted by ``to_sympy``, or refused there).

    Such guards are checks, not branches: ``SymFloat.__pow__`` checks ``base >= 0`` on every
    ``x ** 0.5`` (SDPA's math path takes the square root of its scale ``1 / sqrt(head_dim)``,
    an attention module computes ``head_dim ** -0.5``). Floats have no exact integer meaning,
    but their sign does: the sign of ``ToFloat(n)`` is that of the integer ``n``, and powers,
    square roots and quotients combine signs exactly (``_sign``), so ``1 / sqrt(head_dim) >= 0``
    is ``head_dim >= 0`` -- true at every size, dropped, never a refusal. A float that decides
    a branch by its value (``if scale > 0.1``) still has no exact meaning and is refused.
    """
    if not isinstance(expr, sympy.Rel) or not expr.has(*_FLOAT_TYPES):
        return None
    lhs, rhs = expr.args
    relation = type(expr)
    if not (rhs.is_number and rhs.is_zero):
        if not (lhs.is_number and lhs.is_zero):
            return None
        lhs, relation = rhs, _MIRRORED.get(relation, relation)
    sign = _sign(lhs, rename)
    if sign is None:
        return None
    positive, zero, negative = sign
    if relation is sympy.Ne:  # NaN != 0 too: everything but zero
        return sympy.Not(zero)
    wanted = _SIGN_RELATIONS.get(relation)
    if wanted is None:
        return None
    parts = [s for s, w in zip((positive, zero, negative), wanted, strict=True) if w]
    return sympy.Or(*parts)


def float_tautology(expr: sympy.Basic) -> bool:
    """Whether ``expr`` compares a float over sizes with 0 and holds at every size."""
    return float_sign_condition(expr, {}) is sympy.true


def _sign(
    expr: sympy.Basic, rename: dict[sympy.Symbol, sympy.Symbol]
) -> tuple[sympy.Basic, sympy.Basic, sympy.Basic] | None:
    """Exact integer conditions for a float expression over sizes being > 0 (or +inf), == 0,
    < 0 (or -inf); where none holds it is NaN. None where the sign is not structural."""
    if isinstance(expr, sympy.Number):
        truth = {True: sympy.true, False: sympy.false}
        return (truth[bool(expr > 0)], truth[bool(expr.is_zero)], truth[bool(expr < 0)])
    if not expr.has(*_FLOAT_TYPES) or isinstance(expr, torch_sympy.ToFloat):
        try:  # an integer (ToFloat of one is exact): its sign is an integer condition
            n = to_plain(expr.args[0] if isinstance(expr, torch_sympy.ToFloat) else expr, rename)
        except UnsupportedExpressionError:
            return None
        if _nonnegative(n):  # a size: its sign is whether it is 0
            return (sympy.Ne(n, 0), sympy.Eq(n, 0), sympy.false)
        return (sympy.Gt(n, 0), sympy.Eq(n, 0), sympy.Lt(n, 0))
    if isinstance(expr, torch_sympy.OpaqueUnaryFn_sqrt):
        inner = _sign(expr.args[0], rename)
        return None if inner is None else (inner[0], inner[1], sympy.false)
    if isinstance(expr, torch_sympy.FloatPow) and expr.args[1].is_number:
        inner = _sign(expr.args[0], rename)
        if inner is None:
            return None
        positive, zero, negative = inner
        p = float(expr.args[1])
        if p == 0:
            return (sympy.true, sympy.false, sympy.false)
        odd = p.is_integer() and int(p) % 2 == 1
        even = p.is_integer() and not odd
        return (
            sympy.Or(positive, zero if p < 0 else sympy.false, negative if even else sympy.false),
            zero if p > 0 else sympy.false,
            negative if odd else sympy.false,
        )
    if isinstance(expr, sympy.Mul):  # a constant times a float: 2.0 * ToFloat(dim)
        numbers = [a for a in expr.args if a.is_number]
        rest = [a for a in expr.args if not a.is_number]
        if len(rest) != 1 or not numbers:
            return None
        coefficient = sympy.Mul(*numbers)
        inner = _sign(rest[0], rename)
        if inner is None or coefficient.is_zero:
            return None
        return inner if coefficient > 0 else (inner[2], inner[1], inner[0])
    if isinstance(expr, torch_sympy.FloatTrueDiv | torch_sympy.IntTrueDiv):
        a, b = (_sign(arg, rename) for arg in expr.args)
        if a is None or b is None:
            return None
        # a size's zero is +0.0: x / +0.0 is +inf or -inf by the sign of x, 0 / 0 is NaN
        return (
            sympy.Or(sympy.And(a[0], sympy.Or(b[0], b[1])), sympy.And(a[2], b[2])),
            sympy.And(a[1], sympy.Or(b[0], b[2])),
            sympy.Or(sympy.And(a[2], sympy.Or(b[0], b[1])), sympy.And(a[0], b[2])),
        )
    return _integer_sign(expr, rename)


def _integer_sign(
    expr: sympy.Basic, rename: dict[sympy.Symbol, sympy.Symbol]
) -> tuple[sympy.Basic, sympy.Basic, sympy.Basic] | None:
    """The sign of float arithmetic whose every step is exact on integers (``n - 1`` where
    ``n = x.numel() / x.shape[1]``): that of the integer polynomial it is; None for anything
    with a fraction in it."""
    try:
        n = to_plain(expr, rename)
    except UnsupportedExpressionError:
        return None
    if sympy.fraction(sympy.together(n))[1] != 1:
        return None
    return (sympy.Gt(n, 0), sympy.Eq(n, 0), sympy.Lt(n, 0))


def _nonnegative(expr: sympy.Basic) -> bool:
    """Whether a plain integer expression over sizes is plainly >= 0 wherever it is defined:
    sizes and non-negative constants combined by +, *, powers, floor, ceiling, Mod, Max, Min
    (sympy's own assumptions do not see it through nested floors of quotients)."""
    if expr.is_nonnegative:
        return True
    if isinstance(expr, sympy.Pow):
        return _nonnegative(expr.args[0]) and bool(expr.args[1].is_integer)
    if isinstance(expr, sympy.Add | sympy.Mul | sympy.Max | sympy.Min | sympy.Mod):
        return all(_nonnegative(a) for a in expr.args)
    if isinstance(expr, sympy.floor | sympy.ceiling):
        return _nonnegative(expr.args[0])
    return False
