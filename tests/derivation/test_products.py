"""Guards on products of positive sizes restated as linear atoms (``explore/products.py``):
exact strings, and the same truth value as the original at every point of a small grid."""

from __future__ import annotations

import itertools

import pytest
import sympy

from codegen.derive.explore.products import linear

batch, seq_len, dim, kv, heads = (
    sympy.Symbol(n, integer=True, positive=True)
    for n in ("batch", "seq_len", "dim", "n_kv_head", "n_head")
)
QUOTIENT = sympy.floor(dim / heads)


def _positive(atom: sympy.Basic) -> bool:
    return atom == QUOTIENT  # as where the region states heads divides dim


CASES = [
    (batch * seq_len >= 2, "(batch >= 2) | (seq_len >= 2)"),
    (batch * seq_len < 2, "Eq(batch, 1) & Eq(seq_len, 1)"),
    (sympy.Eq(batch * dim * seq_len, 1), "Eq(batch, 1) & Eq(dim, 1) & Eq(seq_len, 1)"),
    (sympy.Ne(dim * kv, dim), "n_kv_head >= 2"),
    (dim < dim * kv, "n_kv_head >= 2"),
    (sympy.Ne(kv, dim * kv), "dim >= 2"),
    (2 * seq_len * QUOTIENT >= 2, "True"),
    (sympy.Ne(kv * QUOTIENT, 1), "(n_kv_head >= 2) | (dim/n_head >= 2)"),
    # left as they are: a bound some products above 1 meet and others not, two monomials
    (batch * seq_len >= 3, "batch*seq_len >= 3"),
    (sympy.Eq(batch * seq_len, 2), "Eq(batch*seq_len, 2)"),
    (dim**2 * kv >= 2 * heads, "dim**2*n_kv_head >= 2*n_head"),
    (batch * sympy.floor(dim / 3) >= 2, "batch*floor(dim/3) >= 2"),  # the floor may be 0
]


@pytest.mark.parametrize(("condition", "text"), CASES, ids=[t for _, t in CASES])
def test_the_linear_form(condition: sympy.Basic, text: str) -> None:
    assert str(linear(condition, _positive)) == text


@pytest.mark.parametrize(("condition", "text"), CASES, ids=[t for _, t in CASES])
def test_the_same_truth_wherever_the_factors_are_positive(
    condition: sympy.Basic, text: str
) -> None:
    rewritten = linear(condition, _positive)
    for values in itertools.product(range(1, 5), range(1, 5), range(1, 13), range(1, 4), (1, 2, 3)):
        point = dict(zip((batch, seq_len, dim, kv, heads), values, strict=True))
        if point[dim] % point[heads]:
            continue  # where the quotient is exact, as _positive says
        assert bool(condition.subs(point)) == bool(rewritten.subs(point)), point
