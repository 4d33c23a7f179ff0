"""Our own sympy printers: exact integer Python source, and math for people.

``pyexpr`` is the generated module's: ``sympy.pycode`` prints ``Rational`` as true division and
knows nothing of floor division; here every construct maps to integer Python (``//``, ``%``,
``max``, ``min``, ``**``), a non-integer constant is an error rather than a float, and terms
come out in sympy's canonical order so the same expression always prints the same way. It is
one more target of the ``IntegerWalker`` (``expressions.py``) that numpy, z3 and SymInts share:
the walk decides what the vocabulary is and how a relation or a computed size is taken apart,
the printer supplies text with its precedence, and takes apart itself only what printing needs
whole (the order and signs of a sum, the factors of a product, a quotient as written).

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
from ..expressions import IntegerWalker, integer_relation
from ..float_sizes import FloatTree

# the precedence of printed Python, loosest first: a part printed looser than its place
# requires gets parentheses
_OR, _AND, _NOT, _CMP, _ADD, _MUL, _NEG, _POW, _ATOM = range(1, 10)
Printed = tuple[str, int]  # text and the precedence of its outermost operator
Names = Sequence[Mapping[sympy.Basic, sympy.Symbol]]

_RELATION_OPS = {
    sympy.Eq: "==",
    sympy.Ne: "!=",
    sympy.Lt: "<",
    sympy.Le: "<=",
    sympy.Gt: ">",
    sympy.Ge: ">=",
}
_CONNECTIVES = sympy.And | sympy.Or | sympy.Not


def pyexpr(expr: sympy.Basic, names: Names = ()) -> str:
    """``expr`` as a Python expression in integer arithmetic; ``names`` are a function's
    locals (a hoisted ``dim // 4``), replaced in turn in each operand of ``and``/``or``/``not``
    while those keep the order they have in ``expr``: a test in the code reads as the same
    test printed without the locals (in the docstring), where renaming would reorder it."""
    return _PythonPrinter(names).walk(_basic(expr))[0]


def modules_of(expr: sympy.Basic) -> frozenset[str]:
    """The modules that ``pyexpr(expr)`` calls into: ``{"math"}`` where a size computed
    through floats is printed as the factory computes it (``int(math.sqrt(dim))``)."""
    printer = _PythonPrinter()
    for size in _basic(expr).atoms(computed_sizes.ComputedSize):
        printer.walk(size)
    return frozenset(printer.modules)


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


def _wrap(printed: Printed, minimum: int) -> str:
    text, precedence = printed
    return text if precedence >= minimum else f"({text})"


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


class _PythonPrinter(IntegerWalker[Printed]):
    """The walk's Python target: each value is its text and the precedence of its outermost
    operator. ``names`` (a function's locals) replace what they name in each operand of the
    connectives; ``modules`` collects the modules the text calls into."""

    target = "integer Python"

    def __init__(self, names: Names = ()) -> None:
        self.names = names
        self.modules: set[str] = set()

    def walk(self, expr: sympy.Basic) -> Printed:
        if self.names and not isinstance(expr, _CONNECTIVES):
            for mapping in self.names:
                expr = expr.xreplace(mapping)
            plain = _PythonPrinter()
            printed = plain.walk(expr)
            self.modules |= plain.modules
            return printed
        return super().walk(expr)

    # --- the target's operations --------------------------------------------------------
    def symbol(self, name: str) -> Printed:
        return name, _ATOM

    def integer(self, value: int) -> Printed:
        return str(value), _ATOM if value >= 0 else _NEG

    def boolean(self, value: bool) -> Printed:
        return str(value), _ATOM

    def mod(self, a: Printed, b: Printed) -> Printed:
        return f"{_wrap(a, _MUL)} % {_wrap(b, _ATOM)}", _MUL

    def conjunction(self, parts: list[Printed]) -> Printed:
        return " and ".join(_wrap(p, _NOT) for p in parts), _AND

    def disjunction(self, parts: list[Printed]) -> Printed:
        # an "and" inside an "or" gets parentheses for the reader, though Python needs none
        return " or ".join(_wrap(p, _NOT) for p in parts), _OR

    def negation(self, part: Printed) -> Printed:
        return f"not {_wrap(part, _NOT)}", _NOT

    def computed(self, size: computed_sizes.ComputedSize) -> Printed:
        """As the factory computes it: ``int(math.sqrt(dim))``."""
        call = computed_sizes.CALLS[size.kind]
        if call.startswith("math."):
            self.modules.add("math")
        return f"{call}({self._tree(size.tree)[0]})", _ATOM

    # --- what printing takes apart itself ------------------------------------------------
    def _walk_Number(self, expr: sympy.Number) -> Printed:  # noqa: N802 (sympy's class names)
        raise UnsupportedExpressionError(f"non-integer constant {expr} cannot be printed exactly")

    def _walk_Add(self, expr: sympy.Add) -> Printed:  # noqa: N802
        """Terms in sympy's canonical order, a negative one subtracted."""
        text = ""
        for i, term in enumerate(expr.as_ordered_terms()):
            coeff, _ = term.as_coeff_Mul()
            negative = coeff.is_number and coeff < 0
            body = _wrap(self.walk(-term if negative else term), _MUL)
            if i == 0:
                text = f"-{body}" if negative else body
            else:
                text += f" - {body}" if negative else f" + {body}"
        return text, _ADD

    def _walk_Mul(self, expr: sympy.Mul) -> Printed:  # noqa: N802
        """The coefficient first, then variables in name order, higher powers first:
        ``2 * dim**2 * expansion``, not sympy's ``2 * expansion * dim**2``."""
        coeff, factors = expr.as_coeff_mul()
        if not coeff.is_Integer:
            raise UnsupportedExpressionError(f"non-integer coefficient {coeff} in {expr}")
        if coeff < 0:
            if -coeff != 1 or len(factors) > 1:
                inner = self._walk_Mul(sympy.Mul(-coeff, *factors, evaluate=False))[0]
            else:
                inner = _wrap(self.walk(factors[0]), _POW)
            return f"-{inner}", _NEG
        parts = [] if coeff == 1 else [str(int(coeff))]
        for factor in sorted(factors, key=_factor_order):
            printed = self.walk(factor)
            # // and % bind like *, left to right: a floor or mod factor always gets parentheses
            parts.append(_wrap(printed, _NEG if printed[1] == _MUL else _MUL + 1))
        return " * ".join(parts), _MUL

    def _walk_Pow(self, expr: sympy.Pow) -> Printed:  # noqa: N802
        base, exp = expr.args
        if not (exp.is_Integer and exp > 0):
            raise UnsupportedExpressionError(f"power {expr} is not a natural power")
        simple = isinstance(base, sympy.Symbol | sympy.Integer)
        # spaced as black and ruff format do: hugged only around simple operands
        return f"{_wrap(self.walk(base), _ATOM)}{'**' if simple else ' ** '}{int(exp)}", _POW

    def _walk_floor(self, expr: sympy.floor) -> Printed:
        num, den = sympy.fraction(sympy.together(expr.args[0]))
        if den == 1:
            return self.walk(num)
        return f"{_wrap(self.walk(num), _MUL)} // {_wrap(self.walk(den), _ATOM)}", _MUL

    def _walk_ceiling(self, expr: sympy.ceiling) -> Printed:
        num, den = sympy.fraction(sympy.together(expr.args[0]))
        if den == 1:
            return self.walk(num)
        divisor = _wrap(self.walk(den), _ATOM)
        if den.is_positive:  # ceil(n / d) == (n + d - 1) // d, as people write it
            return f"{_wrap(self.walk(num + den - 1), _MUL)} // {divisor}", _MUL
        return f"-(-{_wrap(self.walk(num), _POW)} // {divisor})", _NEG

    def _extremum(self, name: str, expr: sympy.Basic) -> Printed:
        args = sorted(expr.args, key=sympy.default_sort_key)
        return f"{name}({', '.join(self.walk(a)[0] for a in args)})", _ATOM

    def _walk_Max(self, expr: sympy.Max) -> Printed:  # noqa: N802
        return self._extremum("max", expr)

    def _walk_Min(self, expr: sympy.Min) -> Printed:  # noqa: N802
        return self._extremum("min", expr)

    def _walk_Relational(self, expr: sympy.Basic) -> Printed:  # noqa: N802
        """The walk's integer sides, subtracted terms moved across; "odd" spelled one way in a
        chain: ``x % 2 == 1``, never ``x % 2 != 0``."""
        if _odd(expr):
            expr = sympy.Eq(expr.lhs, 1)
        if type(expr) not in _RELATION_OPS:
            return super()._walk_Relational(expr)  # refused by the walk
        kind, lhs, rhs = _readable_sides(*integer_relation(expr))
        operator = _RELATION_OPS[kind]
        return f"{_wrap(self.walk(lhs), _ADD)} {operator} {_wrap(self.walk(rhs), _ADD)}", _CMP

    def _tree(self, tree: FloatTree) -> Printed:
        """A computed size's float tree as Python: the same operations in the same order, on
        the same values (integers as integers, constants by ``repr``, the same double), so
        Python computes what the factory computed. An operand is parenthesized wherever Python
        would otherwise group it differently (the right operand of an equal precedence too)."""
        if tree.op == "int":
            return self.walk(tree.args[0])
        if tree.op == "const":
            text = repr(tree.args[0])
            return text, _NEG if text.startswith("-") else _ATOM
        if tree.op in _TREE_BINARY:
            symbol, precedence = _TREE_BINARY[tree.op]
            left, right = (self._tree(a) for a in tree.args)
            return f"{_wrap(left, precedence)} {symbol} {_wrap(right, precedence + 1)}", precedence
        if tree.op == "pow":  # binds tighter than a unary minus on its left, right-associative
            left, right = (self._tree(a) for a in tree.args)
            return f"{_wrap(left, _ATOM)} ** {_wrap(right, _NEG)}", _POW
        if tree.op == "neg":
            return f"-{_wrap(self._tree(tree.args[0]), _NEG)}", _NEG
        arguments = ", ".join(self._tree(a)[0] for a in tree.args)
        if tree.op in ("abs", "float"):
            return f"{tree.op}({arguments})", _ATOM
        self.modules.add("math")
        return f"math.{tree.op}({arguments})", _ATOM


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
