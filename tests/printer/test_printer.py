"""The integer printer, exact strings and agreement with evaluation."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
import sympy

from codegen.derive.symbolic import plain_symbol
from codegen.emit.printer import pyexpr
from codegen.errors import UnsupportedExpressionError
from codegen.evaluate import evaluate

dim = plain_symbol("dim")
q = sympy.floor(dim / 4)

CASES = [
    (2 * dim * q + dim, "2 * dim * (dim // 4) + dim"),
    (2 * dim * q + 2 * dim + 9 * q**2, "2 * dim * (dim // 4) + 2 * dim + 9 * (dim // 4) ** 2"),
    (dim**2 + 11 * dim, "dim**2 + 11 * dim"),
    (
        2 * plain_symbol("expansion") * dim**2 + dim * plain_symbol("expansion"),
        "2 * dim**2 * expansion + dim * expansion",
    ),
    (sympy.Integer(0), "0"),
    (1 - 3 * dim, "1 - 3 * dim"),
    (-dim, "-dim"),
    (sympy.Max(1, q), "max(1, dim // 4)"),
    (sympy.Min(dim, 8), "min(8, dim)"),
    (sympy.floor((dim + 1) / 4), "(dim + 1) // 4"),
    (sympy.floor(2 * dim / 3), "2 * dim // 3"),
    (sympy.ceiling(dim / 4), "(dim + 3) // 4"),
    (sympy.ceiling(dim / plain_symbol("expansion")), "(dim + expansion - 1) // expansion"),
    (sympy.Mod(dim, 32), "dim % 32"),
    (dim * sympy.Mod(2 * dim, 5), "dim * (2 * dim % 5)"),
    (sympy.Ne(sympy.Mod(dim, 4), 0), "dim % 4 != 0"),
    (sympy.Eq(sympy.Mod(dim, 32), 0), "dim % 32 == 0"),
    (sympy.Le(q, 1), "dim // 4 <= 1"),
    (sympy.Gt(dim, 1), "dim > 1"),
    (
        sympy.And(sympy.Eq(sympy.Mod(dim, 32), 0), sympy.Ge(sympy.floor(dim / 32), 16)),
        "dim % 32 == 0 and dim // 32 >= 16",
    ),
    (
        sympy.Or(sympy.Le(dim, 1), sympy.And(sympy.Gt(dim, 3), sympy.Lt(dim, 9))),
        "dim <= 1 or (dim > 3 and dim < 9)",
    ),
    (sympy.Not(sympy.Eq(sympy.Mod(dim, 2), 0)), "dim % 2 == 1"),
]


@pytest.mark.parametrize(("expr", "text"), CASES, ids=[t for _, t in CASES])
def test_exact_text(expr: sympy.Basic, text: str) -> None:
    assert pyexpr(expr) == text


@pytest.mark.parametrize(("expr", "text"), CASES, ids=[t for _, t in CASES])
def test_printed_code_computes_what_the_expression_means(expr: sympy.Basic, text: str) -> None:
    points = np.arange(1, 2049)
    grid = {"dim": points, "expansion": points % 7 + 1}
    expected = evaluate(expr, grid)
    code = compile(text, "<printed>", "eval")
    got = [
        eval(code, {}, {"dim": int(d), "expansion": int(e)})  # noqa: S307
        for d, e in zip(points, grid["expansion"], strict=True)
    ]
    assert [bool(v) if isinstance(v, bool) else int(v) for v in expected] == got


def test_sympy_agrees_with_the_evaluator_on_samples() -> None:
    expr = 2 * dim * q + 2 * dim + 9 * q**2 + sympy.Mod(dim, 7) * sympy.Max(3, q)
    for value in (1, 5, 63, 64, 1000, 65536):
        assert int(expr.subs(dim, value)) == int(evaluate(expr, {"dim": np.array([value])})[0])


def test_evaluator_is_exact_beyond_int64() -> None:
    big = evaluate(dim**5, {"dim": np.array([70000])})
    assert int(big[0]) == 70000**5


@pytest.mark.parametrize("expr", [dim / 3, sympy.Rational(1, 2) * dim, sympy.Float(1.5) * dim])
def test_non_integer_expressions_are_refused(expr: sympy.Basic) -> None:
    with pytest.raises(UnsupportedExpressionError):
        pyexpr(expr)


def test_symbols_print_by_their_stable_names() -> None:
    assert pyexpr(plain_symbol("seq_len") * plain_symbol("batch")) == "batch * seq_len"


batch, n_head = plain_symbol("batch"), plain_symbol("n_head")
MATH_CASES = [
    (9 * dim**2 + 3 * dim, "9·dim² + 3·dim"),
    (2 * dim * q + dim, "2·dim·⌊dim/4⌋ + dim"),
    (sympy.ceiling(dim / 3), "⌈dim/3⌉"),
    ((dim + 1) ** 2, "(dim + 1)²"),
    (sympy.Max(8, q), "max(8, ⌊dim/4⌋)"),
    (sympy.Eq(sympy.Mod(dim, 4), 0), "dim mod 4 = 0"),
    (sympy.And(sympy.Ne(batch, 1), dim >= 8), "dim ≥ 8 and batch ≠ 1"),
    (
        sympy.Or(sympy.And(sympy.Eq(batch, 1), dim < 3), n_head > 2),
        "n_head > 2 or (batch = 1 and dim < 3)",
    ),
    (sympy.Eq(dim - n_head, 0), "dim = n_head"),
    (2 * batch * sympy.Mod(dim, 4), "2·batch·(dim mod 4)"),
    (2 * batch * dim**2 - 3 * dim, "2·batch·dim² - 3·dim"),
    (sympy.true, "always"),
]


@pytest.mark.parametrize(("expr", "expected"), MATH_CASES)
def test_math_printer_writes_what_a_person_writes(expr: sympy.Basic, expected: str) -> None:
    from codegen.emit.printer import mathexpr

    assert mathexpr(expr) == expected


OPTIMIZER = {"optimizer": ("sgd", "sgd_momentum", "adam", "adamw")}
ATTENTION_DTYPE = {"attention": ("eager", "sdpa"), "dtype": ("bfloat16", "float32")}


@pytest.mark.parametrize(
    ("members", "domains", "expected"),
    [
        ([{"checkpoint": False}], {"checkpoint": (False, True)}, "not checkpoint"),
        (
            [{"optimizer": "adam"}, {"optimizer": "adamw"}],
            OPTIMIZER,
            "optimizer in ('adam', 'adamw')",
        ),
        (
            [{"optimizer": "sgd", "activation": a} for a in ("silu", "mish", "hardswish")],
            {**OPTIMIZER, "activation": ("silu", "mish", "hardswish", "prelu")},
            "optimizer == 'sgd' and activation in ('silu', 'mish', 'hardswish')",
        ),
        (
            [
                {"attention": "eager", "dtype": "float32"},
                {"attention": "sdpa", "dtype": "bfloat16"},
                {"attention": "sdpa", "dtype": "float32"},
            ],
            ATTENTION_DTYPE,
            "dtype == 'float32' or attention == 'sdpa'",
        ),
        (
            [
                {"attention": "eager", "dtype": "float32"},
                {"attention": "sdpa", "dtype": "bfloat16"},
            ],
            ATTENTION_DTYPE,
            "(attention == 'eager' and dtype == 'float32') or (attention == 'sdpa' and "
            "dtype == 'bfloat16')",
        ),
    ],
)
def test_choice_conditions_are_the_shortest_cover(
    members: list[dict[str, object]], domains: dict[str, tuple], expected: str
) -> None:
    from codegen.emit.choices import group_condition

    assert group_condition(members, domains) == expected
    # the condition holds for exactly the members
    names = list(domains)
    for values in itertools.product(*domains.values()):
        point = dict(zip(names, values, strict=True))
        assert eval(expected, {}, dict(point)) == (point in members)  # noqa: S307


def test_a_test_with_locals_keeps_the_order_it_has_without_them() -> None:
    reduction = plain_symbol("reduction")
    quotient = sympy.floor(dim / reduction)
    local = sympy.Symbol("dim_div_reduction", integer=True)
    condition = sympy.Or(
        sympy.And(sympy.Eq(sympy.Mod(dim, 4), 0), sympy.Ne(quotient, 8)), sympy.Eq(quotient, 2)
    )
    plain = pyexpr(condition)
    named = pyexpr(condition, [{quotient: local}])
    assert "dim // reduction" in plain
    assert named == plain.replace("dim // reduction", "dim_div_reduction")


def test_odd_is_spelled_one_way() -> None:
    odd = sympy.Ne(sympy.Mod(dim, 2), 0)
    assert pyexpr(odd) == pyexpr(sympy.Eq(sympy.Mod(dim, 2), 1)) == "dim % 2 == 1"
    assert pyexpr(sympy.Ne(sympy.Mod(dim, 4), 0)) == "dim % 4 != 0"
