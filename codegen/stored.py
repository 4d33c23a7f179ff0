"""Stored derivations read as data: a parser that never runs the text it reads.

A stored derivation (``codegen/cache.py``) is JSON whose expressions are sympy's ``srepr``
text (``Mul(Integer(2), Symbol('dim', integer=True, positive=True))``). The store is
committed and read by ``--check`` in CI and in users' pre-commit hooks, so it is untrusted
input: reading it with ``eval``, ``sympify`` or ``parse_expr`` would run whatever a changed
JSON file says. Here the text is parsed with ``ast`` and only the vocabulary the generator
writes is built (``VOCABULARY``): integers, rationals, symbols with their assumptions, sums,
products, powers, floor and ceiling, ``Mod``, ``Max``, ``Min``, relations, ``And``, ``Or``,
``Not``, the two truth values, and sizes computed through floats (``computed_sizes``: their
float operations, each with its operands, and constants that are exactly a double). Anything
else is a ``StoreError`` naming the file, the blueprint and the place in the entry.

Every other field is decoded against the IR's type hints: a record's fields exactly (an
unknown or missing one is an error), each value of its declared type, the names that the
generated code spells as identifiers (symbols, variables, submodule paths, exception and
class names) checked as such, and no control characters in any text. ``check_header`` then
holds the entry to the blueprint it claims to be: its name, description, factory, domain,
choices and variants must be the ones the registration gives, and its formulas may use no
variable besides the blueprint's own.
"""

from __future__ import annotations

import ast
import dataclasses
import itertools
import keyword
import re
import types
import typing
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import sympy
from sympy.core.assumptions import _assume_defined

from . import computed_sizes, ir

# The sympy classes a stored expression may construct, by the name srepr writes.
VOCABULARY: dict[str, Callable[..., sympy.Basic]] = {
    "Add": sympy.Add,
    "Mul": sympy.Mul,
    "Pow": sympy.Pow,
    "floor": sympy.floor,
    "ceiling": sympy.ceiling,
    "Mod": sympy.Mod,
    "Max": lambda *args: _lattice(sympy.Max, args),
    "Min": lambda *args: _lattice(sympy.Min, args),
    "Equality": sympy.Eq,
    "Unequality": sympy.Ne,
    "StrictLessThan": sympy.Lt,
    "LessThan": sympy.Le,
    "StrictGreaterThan": sympy.Gt,
    "GreaterThan": sympy.Ge,
    "And": sympy.And,
    "Or": sympy.Or,
    "Not": sympy.Not,
    **computed_sizes.VOCABULARY,  # sizes computed through floats: int(math.sqrt(dim))
}
CONSTANTS = {"true": sympy.true, "false": sympy.false}
_TWO_ARGUMENTS = frozenset(
    {"Mod", "Pow", "Equality", "Unequality", "StrictLessThan", "LessThan"}
    | {"StrictGreaterThan", "GreaterThan"}
)
# no formula needs more: bounds that keep a hostile entry from asking for huge numbers
MAX_DIGITS = 40
MAX_EXPONENT = 64
MAX_TEXT = 1_000_000  # characters of one expression
_DOTTED = re.compile(r"[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*")
# a submodule's path; a repeated block's index is ``*`` (every block but those named), ``0``
# or ``-1`` (the first and the last block, where they differ: ``repetition``)
_OWNER = re.compile(r"(?:[A-Za-z0-9_]+|\*|-1)(?:\.(?:[A-Za-z0-9_]+|\*|-1))*")
_IR_TYPES = {
    cls.__name__: cls
    for cls in vars(ir).values()
    if isinstance(cls, type) and dataclasses.is_dataclass(cls)
}
# fields that generated code spells as names, and what they must look like
_IDENTIFIERS = {
    (ir.Variable, "name"),
    (ir.Rejection, "error"),
    (ir.Term, "owner_type"),
    (ir.BlueprintEstimates, "topology"),
    (ir.BlueprintEstimates, "name"),
}
_PATHS = {(ir.Term, "owner"): _OWNER, (ir.BlueprintEstimates, "factory"): _DOTTED}
_ONE_OF = {
    (ir.Rejection, "stage"): ("factory", "training step"),
    (ir.Estimate, "quantity"): (*ir.QUANTITIES, *ir.TRACED_QUANTITIES),
}


class StoreError(Exception):
    """A stored derivation that is not what the generator writes: malformed, holding
    something outside its vocabulary, or not the blueprint it claims to be. Nothing is run
    and nothing is written; the fix is to delete the file and regenerate."""

    def __init__(self, path: Path | str, blueprint: str, where: str, problem: str) -> None:
        self.path = str(path)
        self.blueprint = blueprint
        self.where = where
        self.problem = problem
        super().__init__(str(self))

    def __reduce__(self) -> tuple[type, tuple[str, str, str, str]]:
        return (type(self), (self.path, self.blueprint, self.where, self.problem))

    def __str__(self) -> str:
        where = f" at {self.where}" if self.where else ""
        return (
            f"{self.path}: the stored derivation of {self.blueprint}{where}: {self.problem}\n"
            f"  hint: the store holds only what the generator writes; delete {self.path} and "
            "regenerate (python -m codegen), then review the diff of the generated files"
        )


class _Invalid(Exception):
    """A problem found while decoding, with the path inside the entry where it is."""

    def __init__(self, problem: str, where: Sequence[str] = ()) -> None:
        self.problem = problem
        self.where = list(where)
        super().__init__(problem)


def parse_expression(text: str) -> sympy.Basic:
    """The sympy object that ``srepr`` text denotes, built from the vocabulary only.

    Raises ValueError for any other text: a call of anything else, an attribute, a
    subscript, an operator, a name outside the vocabulary. Nothing is evaluated as Python.
    """
    if not isinstance(text, str):
        raise ValueError(f"an expression must be srepr text, got {type(text).__name__}")
    if len(text) > MAX_TEXT:
        raise ValueError(f"an expression of {len(text)} characters (at most {MAX_TEXT})")
    try:
        tree = ast.parse(text, mode="eval")
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
        raise ValueError(f"not srepr text: {type(exc).__name__}: {exc}") from None
    try:
        return _build(tree.body)
    except RecursionError:
        raise ValueError("an expression nested too deeply") from None


def _build(node: ast.expr) -> sympy.Basic:
    if isinstance(node, ast.Name):
        if node.id in CONSTANTS:
            return CONSTANTS[node.id]
        raise ValueError(f"unknown name {node.id!r}")
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
        raise ValueError(f"{_show(node)} is not a constructor of the stored vocabulary")
    name = node.func.id
    if name == "Symbol":
        return _symbol(node)
    if name in ("Integer", "Rational"):
        if node.keywords or len(node.args) != (1 if name == "Integer" else 2):
            raise ValueError(f"{_show(node)}: {name} takes {1 if name == 'Integer' else 2} int(s)")
        numbers = [_int_literal(a) for a in node.args]
        if name == "Integer":
            return sympy.Integer(numbers[0])
        if numbers[1] == 0:
            raise ValueError(f"{_show(node)}: a zero denominator")
        return sympy.Rational(*numbers)
    constructor = VOCABULARY.get(name)
    if constructor is None:
        raise ValueError(f"{name!r} is not in the stored vocabulary")
    if node.keywords:
        raise ValueError(f"{_show(node)}: {name} takes no keywords")
    args = [_build(a) for a in node.args]
    if name in _TWO_ARGUMENTS and len(args) != 2:
        raise ValueError(f"{_show(node)}: {name} takes two arguments")
    if name == "Pow" and not (
        isinstance(args[1], sympy.Integer) and abs(int(args[1])) <= MAX_EXPONENT
    ):
        raise ValueError(f"{_show(node)}: a power needs an integer exponent of at most 64")
    if name in ("floor", "ceiling", "Not") and len(args) != 1:
        raise ValueError(f"{_show(node)}: {name} takes one argument")
    try:
        if name in computed_sizes.VOCABULARY:
            computed_sizes.check_arguments(computed_sizes.VOCABULARY[name], args)
        return constructor(*args)
    except (TypeError, ValueError, ArithmeticError) as exc:
        raise ValueError(f"{_show(node)}: {type(exc).__name__}: {exc}") from None


def _lattice(cls: type[sympy.Max] | type[sympy.Min], args: Sequence[sympy.Basic]) -> sympy.Basic:
    """``Max`` or ``Min`` of ``args`` as stored, not evaluated again: the generator stores them
    evaluated (duplicates and dominated arguments gone, arguments in sympy's order), and
    evaluating compares every pair of arguments under assumptions, seconds for a peak's
    maximum of tens of moments (most of the time of reading a store)."""
    if not args or not all(isinstance(a, sympy.Expr) for a in args):
        raise ValueError(f"{cls.__name__} takes one expression or more")
    return cls(*args, evaluate=False)


def _symbol(node: ast.Call) -> sympy.Symbol:
    if len(node.args) != 1 or not isinstance(node.args[0], ast.Constant):
        raise ValueError(f"{_show(node)}: Symbol takes a name")
    name = node.args[0].value
    if not isinstance(name, str) or not _identifier(name):
        raise ValueError(f"{_show(node)}: a symbol's name must be an identifier")
    assumptions = {}
    for kw in node.keywords:
        if kw.arg not in _assume_defined:
            raise ValueError(f"{_show(node)}: {kw.arg!r} is not an assumption")
        if not (isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, bool)):
            raise ValueError(f"{_show(node)}: assumption {kw.arg} must be True or False")
        assumptions[kw.arg] = kw.value.value
    return sympy.Symbol(name, **assumptions)


def _int_literal(node: ast.expr) -> int:
    sign = 1
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        sign, node = -1, node.operand
    if not (
        isinstance(node, ast.Constant)
        and type(node.value) is int
        and len(str(node.value)) <= MAX_DIGITS
    ):
        raise ValueError(f"{_show(node)} is not an integer literal of at most {MAX_DIGITS} digits")
    return sign * node.value


def _show(node: ast.AST) -> str:
    text = ast.unparse(node)
    return text if len(text) <= 80 else text[:77] + "..."


def _identifier(text: str) -> bool:
    return text.isidentifier() and text.isascii() and not keyword.iskeyword(text)


def decode_entry(data: Any, path: Path | str, blueprint: str) -> ir.BlueprintEstimates:
    """The ``BlueprintEstimates`` of one stored entry's ``derivation``, decoded strictly (see
    the module docstring); a StoreError naming ``path``, ``blueprint`` and the place."""
    try:
        return _decode(data, ir.BlueprintEstimates)
    except _Invalid as exc:
        raise StoreError(path, blueprint, "/".join(reversed(exc.where)), exc.problem) from None


def _decode(data: Any, hint: Any) -> Any:
    """``data`` (JSON) as a value of type ``hint`` (an IR type hint)."""
    origin = typing.get_origin(hint)
    if hint is object:  # a choice value or a default: what encode writes
        if data is None or isinstance(data, bool | int | str):
            return _text(data) if isinstance(data, str) else data
        raise _Invalid(f"a value must be null, a bool, an int or a string, not {_kind(data)}")
    if origin in (types.UnionType, typing.Union):
        options = typing.get_args(hint)
        if data is None and type(None) in options:
            return None
        (inner,) = [o for o in options if o is not type(None)]
        return _decode(data, inner)
    if origin is tuple:
        args = typing.get_args(hint)
        if not isinstance(data, list):
            raise _Invalid(f"expected a list, got {_kind(data)}")
        if len(args) == 2 and args[1] is Ellipsis:
            kinds: Sequence[Any] = [args[0]] * len(data)
        elif len(args) != len(data):
            raise _Invalid(f"expected {len(args)} items, got {len(data)}")
        else:
            kinds = args
        result = []
        for i, (item, kind) in enumerate(zip(data, kinds, strict=True)):
            try:
                result.append(_decode(item, kind))
            except _Invalid as exc:
                exc.where.append(str(i))
                raise
        return tuple(result)
    if hint in (sympy.Basic, sympy.Expr):
        if not (isinstance(data, dict) and set(data) == {"sympy"}):
            raise _Invalid(f'expected an expression {{"sympy": "..."}}, got {_kind(data)}')
        try:
            expr = parse_expression(data["sympy"])
        except ValueError as exc:
            raise _Invalid(str(exc)) from None
        if hint is sympy.Expr and not isinstance(expr, sympy.Expr):
            raise _Invalid(f"expected a number-valued expression, got {type(expr).__name__}")
        return expr
    if hint is bool:
        if not isinstance(data, bool):
            raise _Invalid(f"expected a bool, got {_kind(data)}")
        return data
    if hint is int:
        if type(data) is not int:
            raise _Invalid(f"expected an int, got {_kind(data)}")
        return data
    if hint is str:
        if not isinstance(data, str):
            raise _Invalid(f"expected a string, got {_kind(data)}")
        return _text(data)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _record(data, hint)
    raise _Invalid(f"no stored form for {hint!r}")  # a new IR type: teach the decoder


def _record(data: Any, cls: type) -> Any:
    """An IR dataclass from ``{"type": name, "fields": {...}}``, its fields exactly."""
    if not (isinstance(data, dict) and set(data) == {"type", "fields"}):
        raise _Invalid(f'expected a {cls.__name__} record {{"type", "fields"}}, got {_kind(data)}')
    if data["type"] != cls.__name__:
        raise _Invalid(f"expected a {cls.__name__} record, got type {data['type']!r}")
    fields = data["fields"]
    if not isinstance(fields, dict):
        raise _Invalid(f"the fields of a {cls.__name__} must be an object")
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    unknown = sorted(set(fields) - set(names))
    missing = [n for n in names if n not in fields]
    if unknown or missing:
        problem = "; ".join(
            part
            for part in (
                f"unknown field(s) {', '.join(map(repr, unknown))}" if unknown else "",
                f"missing field(s) {', '.join(map(repr, missing))}" if missing else "",
            )
            if part
        )
        raise _Invalid(f"a {cls.__name__} record with {problem}")
    values = {}
    for name in names:
        try:
            value = _decode(fields[name], hints[name])
            if (cls, name) in _IDENTIFIERS and not _identifier(value):
                raise _Invalid(f"{value!r} is not an identifier")
            if (cls, name) in _PATHS and value and not _PATHS[cls, name].fullmatch(value):
                raise _Invalid(f"{value!r} is not a dotted path of names")
            if (cls, name) in _ONE_OF and value not in _ONE_OF[cls, name]:
                raise _Invalid(f"{value!r} is not one of {', '.join(_ONE_OF[cls, name])}")
        except _Invalid as exc:
            exc.where.append(f"{cls.__name__}.{name}")
            raise
        values[name] = value
    return cls(**values)


def _text(text: str) -> str:
    """Text of any field: no control characters but newlines and tabs (messages span lines;
    the renderer folds them into string literals)."""
    bad = [
        c for c in text if c not in "\n\t" and unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp")
    ]
    if bad:
        raise _Invalid(f"text with the control character {bad[0]!r}")
    return text


def _kind(data: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a bool"}.get(
        type(data), "null" if data is None else type(data).__name__
    )


def check_header(
    derived: ir.BlueprintEstimates,
    expected: ir.BlueprintEstimates,
    traced: Sequence[str],
    path: Path | str,
) -> None:
    """Hold a decoded entry to the blueprint it is stored for: ``expected`` is the record a
    derivation of the registered blueprint starts from (no variants), ``traced`` the traced
    quantities the settings derive (none where they trace no training step). Its identity,
    domain and choices must be the same; it must have one variant per combination of choices,
    in order, each with every quantity once, in order; its formulas may use only its own
    variables."""

    def fail(where: str, problem: str) -> None:
        raise StoreError(path, expected.key, where, problem)

    fields = ("topology", "name", "description", "factory", "defaults", "variables", "inputs")
    for field in fields:
        if getattr(derived, field) != getattr(expected, field):
            fail(
                f"BlueprintEstimates.{field}",
                f"{getattr(derived, field)!r} where the registered blueprint has "
                f"{getattr(expected, field)!r}",
            )
    if derived.choices != expected.choices:
        fail("BlueprintEstimates.choices", f"{derived.choices!r}, registered {expected.choices!r}")
    names = [name for name, _ in expected.choices]
    combinations = [
        tuple(zip(names, values, strict=True))
        for values in itertools.product(*(options for _, options in expected.choices))
    ]
    if [v.values for v in derived.variants] != combinations:
        fail("BlueprintEstimates.variants", "not one variant per combination of the choices")
    quantities = [*ir.QUANTITIES, *traced]
    allowed = {v.name for v in derived.variables}
    traced = allowed | {v.name for v in derived.inputs}
    for i, variant in enumerate(derived.variants):
        if [e.quantity for e in variant.estimates] != quantities:
            fail(f"variants/{i}", f"quantities {[e.quantity for e in variant.estimates]}")
        for estimate in variant.estimates:
            where = f"variants/{i}/{estimate.quantity}"
            if (estimate.failure is None) == (not estimate.branches):
                fail(where, "an estimate has either branches or the reason it has none")
            if estimate.failure is not None and estimate.quantity not in ir.TRACED_QUANTITIES:
                fail(where, "only traced quantities can be stored as not derived")
            own = traced if estimate.quantity in ir.TRACED_QUANTITIES else allowed
            for j, branch in enumerate(estimate.branches):
                last = j == len(estimate.branches) - 1
                if (branch.condition is None) != last:
                    fail(f"{where}/{j}", "only the last branch is unconditional")
                if branch.rejection is not None and branch.terms:
                    fail(f"{where}/{j}", "a refusal with terms")
                parts = [t.expr for t in branch.terms]
                if branch.condition is not None:
                    if not isinstance(branch.condition, sympy.logic.boolalg.Boolean):
                        fail(f"{where}/{j}", "a condition that is not a truth value")
                    parts.append(branch.condition)
                for part in parts:
                    stray = sorted(s.name for s in part.free_symbols if s.name not in own)
                    if stray:
                        fail(f"{where}/{j}", f"unknown variable(s) {', '.join(stray)}")
