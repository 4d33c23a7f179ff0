"""Our own sympy printers: exact integer Python source, and math for people.

``pyexpr`` is the generated module's: ``sympy.pycode`` prints ``Rational`` as true division and
knows nothing of floor division; here every construct maps to integer Python (``//``, ``%``,
``max``, ``min``, ``**``), a non-integer constant is an error rather than a float, and terms
come out in sympy's canonical order so the same expression always prints the same way.

``mathexpr`` is for ``explain`` and the report: sympy's string printer, one ``_print_<Class>``
per construct, with the notation a person writes (``9·dim² + 3·dim``, ``⌊dim/4⌋``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import sympy
from sympy.printing.precedence import PRECEDENCE
from sympy.printing.str import StrPrinter

from .. import computed_sizes
from ..errors import UnsupportedExpressionError
from ..expressions import RELATIONS, integer_relation
from ..float_sizes import FloatTree

_OR, _AND, _NOT, _CMP, _ADD, _MUL, _NEG, _POW, _ATOM = range(1, 10)

_RELATION_OPS = {
    sympy.Eq: "==",
    sympy.Ne: "!=",
    sympy.Lt: "<",
    sympy.Le: "<=",
    sympy.Gt: ">",
    sympy.Ge: ">=",
}


def pyexpr(expr: sympy.Basic, names: Sequence[Mapping[sympy.Basic, sympy.Symbol]] = ()) -> str:
    """``expr`` as a Python expression in integer arithmetic; ``names`` are a function's
    locals (a hoisted ``dim // 4``), replaced in turn in each operand of ``and``/``or``/``not``
    while those keep the order they have in ``expr``: a test in the code reads as the same
    test printed without the locals (in the docstring), where renaming would reorder it."""
    return _print_named(_basic(expr), names)[0]


def _print_named(
    expr: sympy.Basic, names: Sequence[Mapping[sympy.Basic, sympy.Symbol]]
) -> tuple[str, int]:
    if isinstance(expr, sympy.And | sympy.Or):
        word, precedence = (" and ", _AND) if isinstance(expr, sympy.And) else (" or ", _OR)
        # an "and" inside an "or" gets parentheses for the reader, though Python needs none
        inner = _NOT if precedence == _OR else precedence + 1
        return word.join(_wrap(_print_named(a, names), inner) for a in expr.args), precedence
    if isinstance(expr, sympy.Not):
        return f"not {_wrap(_print_named(expr.args[0], names), _NOT)}", _NOT
    for mapping in names:
        expr = expr.xreplace(mapping)
    return _print(expr)


def _basic(expr: sympy.Basic | int | bool) -> sympy.Basic:
    """A sympy object (a Python int or bool becomes one; nothing is ever parsed from text)."""
    if isinstance(expr, sympy.Basic):
        return expr
    if isinstance(expr, bool):
        return sympy.true if expr else sympy.false
    if isinstance(expr, int):
        return sympy.Integer(expr)
    raise TypeError(f"not an expression: {type(expr).__name__}")


_FLIPPED = {
    sympy.Eq: sympy.Eq,
    sympy.Ne: sympy.Ne,
    sympy.Lt: sympy.Gt,
    sympy.Le: sympy.Ge,
    sympy.Gt: sympy.Lt,
    sympy.Ge: sympy.Le,
}


def _readable_sides(
    kind: type, lhs: sympy.Expr, rhs: sympy.Expr
) -> tuple[type, sympy.Expr, sympy.Expr]:
    """Subtracted terms moved to the other side: ``n_head == dim``, not ``-dim + n_head == 0``."""
    terms = sympy.Add.make_args(lhs)
    negative = [t for t in terms if t.could_extract_minus_sign()]
    if not negative or rhs != 0:
        return kind, lhs, rhs
    positive = [t for t in terms if not t.could_extract_minus_sign()]
    if not positive:
        return _FLIPPED[kind], -lhs, -rhs
    return kind, sympy.Add(*positive), -sympy.Add(*negative)


def _wrap(printed: tuple[str, int], minimum: int) -> str:
    text, precedence = printed
    return text if precedence >= minimum else f"({text})"


def _print(expr: sympy.Basic) -> tuple[str, int]:
    if isinstance(expr, sympy.Integer):
        value = int(expr)
        return str(value), _ATOM if value >= 0 else _NEG
    if isinstance(expr, sympy.Rational):
        raise UnsupportedExpressionError(f"non-integer constant {expr} cannot be printed exactly")
    if isinstance(expr, sympy.Number):
        raise UnsupportedExpressionError(f"non-integer constant {expr} cannot be printed exactly")
    if isinstance(expr, sympy.Symbol):
        return expr.name, _ATOM
    if expr is sympy.true or expr is sympy.false:
        return str(bool(expr)), _ATOM
    if isinstance(expr, sympy.Add):
        return _print_add(expr)
    if isinstance(expr, sympy.Mul):
        return _print_mul(expr)
    if isinstance(expr, sympy.Pow):
        base, exp = expr.args
        if not (exp.is_Integer and exp > 0):
            raise UnsupportedExpressionError(f"power {expr} is not a natural power")
        simple = isinstance(base, sympy.Symbol | sympy.Integer)
        # spaced as black and ruff format do: hugged only around simple operands
        return f"{_wrap(_print(base), _ATOM)}{'**' if simple else ' ** '}{int(exp)}", _POW
    if isinstance(expr, sympy.floor | sympy.ceiling):
        num, den = sympy.fraction(sympy.together(expr.args[0]))
        if den == 1:
            return _print(num)
        quotient = f"{_wrap(_print(num), _MUL)} // {_wrap(_print(den), _ATOM)}"
        if isinstance(expr, sympy.floor):
            return quotient, _MUL
        if den.is_positive:  # ceil(n / d) == (n + d - 1) // d, as people write it
            return f"{_wrap(_print(num + den - 1), _MUL)} // {_wrap(_print(den), _ATOM)}", _MUL
        return f"-(-{_wrap(_print(num), _POW)} // {_wrap(_print(den), _ATOM)})", _NEG
    if isinstance(expr, sympy.Mod):
        a, b = expr.args
        return f"{_wrap(_print(a), _MUL)} % {_wrap(_print(b), _ATOM)}", _MUL
    if isinstance(expr, sympy.Max | sympy.Min):
        name = "max" if isinstance(expr, sympy.Max) else "min"
        args = sorted(expr.args, key=sympy.default_sort_key)
        return f"{name}({', '.join(_print(a)[0] for a in args)})", _ATOM
    if isinstance(expr, RELATIONS):
        if _odd(expr):  # one spelling of "odd" in a chain: x % 2 == 1, never x % 2 != 0
            expr = sympy.Eq(expr.lhs, 1)
        kind, lhs, rhs = _readable_sides(*integer_relation(expr))
        return f"{_wrap(_print(lhs), _ADD)} {_RELATION_OPS[kind]} {_wrap(_print(rhs), _ADD)}", _CMP
    if isinstance(expr, sympy.And | sympy.Or | sympy.Not):
        return _print_named(expr, ())
    if isinstance(expr, computed_sizes.ComputedSize):  # int(math.sqrt(dim)), as the factory
        return f"{computed_sizes.CALLS[expr.kind]}({_print_tree(expr.tree)[0]})", _ATOM
    raise UnsupportedExpressionError(f"no integer Python for {type(expr).__name__}: {expr}")


def _odd(expr: sympy.Basic) -> bool:
    """Whether ``expr`` is ``Ne(Mod(x, 2), 0)``."""
    return (
        isinstance(expr, sympy.Ne)
        and isinstance(expr.lhs, sympy.Mod)
        and expr.lhs.args[1] == 2
        and expr.rhs == 0
    )


_TREE_BINARY = {
    "add": ("+", _ADD),
    "sub": ("-", _ADD),
    "mul": ("*", _MUL),
    "truediv": ("/", _MUL),
    "floordiv": ("//", _MUL),
    "mod": ("%", _MUL),
}


def _print_tree(tree: FloatTree) -> tuple[str, int]:
    """A computed size's float tree as Python: the same operations in the same order, on the
    same values (integers as integers, constants by ``repr``, the same double), so Python
    computes what the factory computed. An operand is parenthesized wherever Python would
    otherwise group it differently (the right operand of an equal precedence too)."""
    if tree.op == "int":
        return _print(tree.args[0])
    if tree.op == "const":
        text = repr(tree.args[0])
        return text, _NEG if text.startswith("-") else _ATOM
    if tree.op in _TREE_BINARY:
        symbol, precedence = _TREE_BINARY[tree.op]
        left, right = (_print_tree(a) for a in tree.args)
        return f"{_wrap(left, precedence)} {symbol} {_wrap(right, precedence + 1)}", precedence
    if tree.op == "pow":  # binds tighter than a unary minus on its left, right-associative
        left, right = (_print_tree(a) for a in tree.args)
        return f"{_wrap(left, _ATOM)} ** {_wrap(right, _NEG)}", _POW
    if tree.op == "neg":
        return f"-{_wrap(_print_tree(tree.args[0]), _NEG)}", _NEG
    arguments = ", ".join(_print_tree(a)[0] for a in tree.args)
    call = tree.op if tree.op in ("abs", "float") else f"math.{tree.op}"
    return f"{call}({arguments})", _ATOM


def _print_add(expr: sympy.Add) -> tuple[str, int]:
    terms = expr.as_ordered_terms()
    text = ""
    for i, term in enumerate(terms):
        coeff, _ = term.as_coeff_Mul()
        negative = coeff.is_number and coeff < 0
        body = _wrap(_print(-term if negative else term), _MUL)
        if i == 0:
            text = f"-{body}" if negative else body
        else:
            text += f" - {body}" if negative else f" + {body}"
    return text, _ADD


def _print_mul(expr: sympy.Mul) -> tuple[str, int]:
    coeff, factors = expr.as_coeff_mul()
    if not coeff.is_Integer:
        raise UnsupportedExpressionError(f"non-integer coefficient {coeff} in {expr}")
    if coeff < 0:
        inner = (
            _print_mul(sympy.Mul(-coeff, *factors, evaluate=False))[0]
            if (-coeff != 1 or len(factors) > 1)
            else _wrap(_print(factors[0]), _POW)
        )
        return f"-{inner}" if not inner.startswith("(") else f"-{inner}", _NEG
    parts = [] if coeff == 1 else [str(int(coeff))]
    # variables in name order, higher powers first: "2 * dim**2 * expansion", not sympy's
    # "2 * expansion * dim**2"
    for factor in sorted(factors, key=_factor_order):
        printed = _print(factor)
        # // and % bind like *, left to right: a floor or mod factor always gets parentheses.
        parts.append(_wrap(printed, _NEG if printed[1] == _MUL else _MUL + 1))
    return " * ".join(parts), _MUL


def _factor_order(factor: sympy.Expr) -> tuple[object, ...]:
    base, exp = factor.as_base_exp()
    return (str(base).lower(), -int(exp) if exp.is_Integer else 0, sympy.default_sort_key(factor))


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_MATH_RELATIONS = {
    sympy.Eq: "=",
    sympy.Ne: "≠",
    sympy.Lt: "<",
    sympy.Le: "≤",
    sympy.Gt: ">",
    sympy.Ge: "≥",
}


class _MathPrinter(StrPrinter):
    """sympy's string printer with the notation a person writes: ``9·dim² + 3·dim``,
    ``⌊dim/4⌋``, ``dim mod 4 = 0``, ``batch ≠ 1 and dim ≥ 8``."""

    def _print_Mul(self, expr: sympy.Mul) -> str:  # noqa: N802
        return super()._print_Mul(expr).replace("*", "·")

    def _print_Pow(self, expr: sympy.Pow, rational: bool = False) -> str:  # noqa: N802
        base, exp = expr.args
        if exp.is_Integer and exp > 1:
            printed = self.parenthesize(base, PRECEDENCE["Pow"], strict=True)
            return printed + str(int(exp)).translate(_SUPERSCRIPT)
        return super()._print_Pow(expr, rational)

    def _print_floor(self, expr: sympy.floor) -> str:
        return f"⌊{self._print(expr.args[0])}⌋"

    def _print_ceiling(self, expr: sympy.ceiling) -> str:
        return f"⌈{self._print(expr.args[0])}⌉"

    def _print_Mod(self, expr: sympy.Mod) -> str:  # noqa: N802
        a, b = (self.parenthesize(x, PRECEDENCE["Mul"], strict=True) for x in expr.args)
        return f"{a} mod {b}"

    def _print_Relational(self, expr: sympy.Rel) -> str:  # noqa: N802
        kind, lhs, rhs = _readable_sides(*integer_relation(expr))
        return f"{self._print(lhs)} {_MATH_RELATIONS[kind]} {self._print(rhs)}"

    def _print_And(self, expr: sympy.And) -> str:  # noqa: N802
        return " and ".join(self._print(a) for a in expr.args)

    def _print_Or(self, expr: sympy.Or) -> str:  # noqa: N802
        parts = (
            f"({self._print(a)})" if isinstance(a, sympy.And) else self._print(a) for a in expr.args
        )
        return " or ".join(parts)

    def _print_Not(self, expr: sympy.Not) -> str:  # noqa: N802
        return f"not ({self._print(expr.args[0])})"

    def _print_Max(self, expr: sympy.Max) -> str:  # noqa: N802
        return f"max({', '.join(self._print(a) for a in expr.args)})"

    def _print_Min(self, expr: sympy.Min) -> str:  # noqa: N802
        return f"min({', '.join(self._print(a) for a in expr.args)})"

    def _print_BooleanTrue(self, expr: sympy.Basic) -> str:  # noqa: N802
        return "always"

    def _print_ComputedSize(self, expr: sympy.Basic) -> str:  # noqa: N802
        return pyexpr(expr)  # the factory's own expression: int(math.sqrt(dim))


def mathexpr(expr: sympy.Basic) -> str:
    """``expr`` in the notation a person writes (for ``explain`` and the report, not code):
    ``9·dim² + 3·dim``, ``⌊dim/4⌋``, ``dim mod 4 = 0``."""
    return _MathPrinter().doprint(_basic(expr))
