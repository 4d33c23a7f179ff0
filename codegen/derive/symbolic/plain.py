"""PyTorch's sympy functions as plain sympy: the integer vocabulary of formulas and guards.

``to_plain`` converts an expression PyTorch recorded (``FloorDiv``, ``PythonMod``, ``Max``,
``CeilToInt``, exact float constants) into plain sympy over our own symbols, refusing anything
without an exact integer meaning; ``FLOAT_FUNCTIONS`` rebuilds PyTorch's float functions as
operations on symbolic values.
"""

from __future__ import annotations

from typing import Any

import sympy
import torch
import torch.utils._sympy.functions as torch_sympy

from ...errors import UnsupportedExpressionError


def _exact_float(value: sympy.Float) -> sympy.Rational:
    """A float constant in a size (``interpolate(scale_factor=2.0)``) as the exact fraction it
    is, where float arithmetic with it is exact: a binary fraction with a short numerator, so
    that its product with any size up to 2**22 needs no rounding (2.0, 0.5, 1.25). Other floats
    (0.1, 1/3) round, and a size computed from them is refused."""
    exact = sympy.Rational(float(value))
    q = int(exact.q)
    if q & (q - 1) == 0 and abs(int(exact.p)) < 2**30:
        return exact
    raise UnsupportedExpressionError(
        f"floating-point constant {float(value)!r} in a size: float arithmetic with it rounds"
    )


def _floor_div(a: sympy.Expr, b: sympy.Expr) -> sympy.Expr:
    # -(-a // b) is how a ceiling reaches PyTorch (CeilDiv is rare): kept as the ceiling it is
    if a.could_extract_minus_sign():
        return -sympy.ceiling(-a / b)
    return sympy.floor(a / b)


def _int_true_div(a: sympy.Expr, b: sympy.Expr) -> sympy.Expr:
    """``a / b`` of two integers (``x.numel() / x.shape[1]``) where the quotient is a
    polynomial with integer coefficients: the integer it is, which Python's correctly rounded
    int division gives exactly below 2**53. Any other quotient rounds, and is refused."""
    quotient = sympy.cancel(a / b)
    numerator, denominator = sympy.fraction(quotient)
    if denominator == 1 and all(
        c.is_integer for c in sympy.Poly(numerator, *numerator.free_symbols).coeffs()
    ):
        return sympy.expand(numerator)
    raise UnsupportedExpressionError(
        f"IntTrueDiv ({a / b}): an integer division whose quotient is not an integer "
        "polynomial, which floats round"
    )


def _integral(expr: sympy.Basic) -> bool:
    """Whether ``expr`` stays in the integer vocabulary: no power with a negative exponent."""
    return not any(p.exp.is_negative for p in expr.atoms(sympy.Pow))


def _mod(a: sympy.Expr, b: sympy.Expr) -> sympy.Expr:
    """``a % b``. Sympy takes a common factor out of both sides (``Mod(g*x, g*y) ->
    g*Mod(x, y)``); where it finds one in unfactored sides, the quotients it leaves are
    fractions (``Mod(h*w*k**2, (h - 1)*k + k)`` with ``(h - 1)*k + k`` taken as ``h*k`` only
    in part), which no walker of the integer vocabulary reads. Then the sides are factored
    first, and failing that the remainder is kept as written."""
    result = sympy.Mod(a, b)
    if _integral(result):
        return result
    result = sympy.Mod(sympy.factor(a), sympy.factor(b))
    if _integral(result):
        return result
    return sympy.Mod(a, b, evaluate=False)


def _modular_indexing(base: sympy.Expr, div: sympy.Expr, mod: sympy.Expr) -> sympy.Expr:
    return _mod(sympy.floor(base / div), mod)


# Torch's sympy functions with an exact integer meaning, and their plain-sympy equivalents.
# Anything else of torch's (float division, rounding, bit shifts, ...) is rejected loudly.
TORCH_FUNCTIONS: dict[type, Any] = {
    torch_sympy.FloorDiv: _floor_div,
    torch_sympy.CleanDiv: _floor_div,
    torch_sympy.CeilDiv: lambda a, b: sympy.ceiling(a / b),
    torch_sympy.PythonMod: _mod,
    torch_sympy.Mod: _mod,
    torch_sympy.ModularIndexing: _modular_indexing,
    torch_sympy.Max: sympy.Max,
    torch_sympy.Min: sympy.Min,
    torch_sympy.PowByNatural: sympy.Pow,
    torch_sympy.CeilToInt: sympy.ceiling,
    torch_sympy.FloorToInt: sympy.floor,
    torch_sympy.TruncToInt: sympy.floor,  # of a size: non-negative
    torch_sympy.ToFloat: lambda x: x,  # exact for every size below 2**53
    torch_sympy.FloatTrueDiv: lambda a, b: a / b,
    torch_sympy.IntTrueDiv: _int_true_div,
    torch_sympy.Identity: lambda x: x,
}


def _fold(combine: Any) -> Any:
    def fold(*values: Any) -> Any:
        result = values[0]
        for value in values[1:]:
            result = combine(result, value)
        return result

    return fold


# PyTorch's float functions (and plain sympy arithmetic) as operations on symbolic values.
FLOAT_FUNCTIONS: dict[type, Any] = {
    torch_sympy.ToFloat: torch.sym_float,
    torch_sympy.FloatTrueDiv: lambda a, b: a / b,
    torch_sympy.IntTrueDiv: lambda a, b: a / b,
    torch_sympy.FloatPow: lambda a, b: a**b,
    torch_sympy.PowByNatural: lambda a, b: a**b,
    torch_sympy.OpaqueUnaryFn_sqrt: torch._sym_sqrt,
    sympy.Pow: lambda a, b: a**b,
    sympy.Add: _fold(lambda a, b: a + b),
    sympy.Mul: _fold(lambda a, b: a * b),
}


# Plain sympy classes that may appear in integer size expressions and guards.
_PLAIN_CLASSES = (
    sympy.Symbol,
    sympy.Integer,
    sympy.Rational,
    sympy.Add,
    sympy.Mul,
    sympy.Pow,
    sympy.floor,
    sympy.ceiling,
    sympy.Mod,
    sympy.Max,
    sympy.Min,
    sympy.Eq,
    sympy.Ne,
    sympy.Lt,
    sympy.Le,
    sympy.Gt,
    sympy.Ge,
    sympy.And,
    sympy.Or,
    sympy.Not,
    sympy.logic.boolalg.BooleanTrue,
    sympy.logic.boolalg.BooleanFalse,
)


def _rounded_up(expr: sympy.Add) -> sympy.Expr:
    """``x + Mod(m, k)`` where ``m + x`` is a multiple of k: x rounded up to a multiple of k,
    which is ``k*ceiling(x/k)`` for every integer x (``Mod(-x, k) == k*ceiling(x/k) - x``).

    This is how padding to a multiple reaches PyTorch (``F.pad`` by ``-x % k`` or by ``x % 2``:
    swin's patch merging, Mamba2's chunks). Left as it is, the views after the pad compute
    ``p // (p // 2)`` with p = ``h + Mod(h, 2)``: nested floors with a symbolic divisor that no
    solver settles. As ``2*ceiling(h/2)``, sympy cancels them to constants itself."""
    for term in expr.args:
        if isinstance(term, sympy.Mod) and term.args[1].is_Integer and term.args[1] > 1:
            m, k = term.args
            x = expr - term
            if sympy.Mod(m + x, k) == 0:
                return k * sympy.ceiling(x / k)
    return expr


def _padded(expr: sympy.Add) -> sympy.Expr:
    """``_rounded_up``, also where PyTorch expanded a product of padded sizes
    (``(h + h%2)*(w + w%2)`` recorded as ``h*w + h*Mod(w, 2) + ...``): factored first."""
    direct = _rounded_up(expr)
    if direct != expr or not any(
        m.args[1].is_Integer and m.args[1] > 1 for m in expr.atoms(sympy.Mod)
    ):
        return direct
    factored = sympy.factor(expr)
    if isinstance(factored, sympy.Mul):
        rewritten = sympy.Mul(
            *(_rounded_up(f) if isinstance(f, sympy.Add) else f for f in factored.args)
        )
        if rewritten != factored:
            return rewritten
    return expr


def to_plain(expr: sympy.Basic, rename: dict[sympy.Symbol, sympy.Symbol]) -> sympy.Basic:
    """``expr`` in plain sympy over the symbols ``rename`` gives (PyTorch's own where absent).

    Converted bottom-up, so that a padded size is recognised (``_padded``) before anything
    around it is expanded."""
    if isinstance(expr, sympy.Symbol):
        return rename.get(expr, expr)
    if isinstance(expr, sympy.Number | sympy.logic.boolalg.BooleanAtom):
        if isinstance(expr, sympy.Float):
            return _exact_float(expr)
        return expr
    args = [to_plain(a, rename) for a in expr.args]
    convert = TORCH_FUNCTIONS.get(type(expr))
    if convert is not None:
        return convert(*args)
    if isinstance(expr, _PLAIN_CLASSES) and type(expr).__module__.startswith("sympy"):
        result = _mod(*args) if isinstance(expr, sympy.Mod) else expr.func(*args)
        return _padded(result) if isinstance(result, sympy.Add) else result
    shown = expr.xreplace(rename)  # in our names: dim, batch, not PyTorch's s26
    raise UnsupportedExpressionError(
        f"{type(shown).__name__} ({shown}) has no exact integer meaning known to the generator"
    )
