"""Tier 1: PyTorch's size expressions as plain sympy (``codegen.derive.symbolic.plain``), in
particular sizes padded to a multiple, rewritten as ``k*ceiling(x/k)``."""

from __future__ import annotations

import itertools

import pytest
import sympy
import torch.utils._sympy.functions as torch_sympy

from codegen.derive.symbolic.float_arguments import float_sign_condition
from codegen.derive.symbolic.plain import to_plain
from codegen.errors import UnsupportedExpressionError

h, w, n = sympy.symbols("h w n", integer=True, positive=True)


def plain(expr: sympy.Basic) -> sympy.Basic:
    return to_plain(expr, {})


@pytest.mark.parametrize(
    ("recorded", "expected"),
    [
        # F.pad by x % 2: swin's patch merging
        (h + torch_sympy.PythonMod(h, 2), 2 * sympy.ceiling(h / 2)),
        # F.pad by -x % k, as sympy spells it: Mamba2's chunks
        (n + torch_sympy.PythonMod(255 * n, 256), 256 * sympy.ceiling(n / 256)),
        (n + torch_sympy.PythonMod(7 - torch_sympy.PythonMod(n, 7), 7), 7 * sympy.ceiling(n / 7)),
        # a product of padded sizes that PyTorch expanded
        (
            h * w
            + h * torch_sympy.PythonMod(w, 2)
            + w * torch_sympy.PythonMod(h, 2)
            + torch_sympy.PythonMod(h, 2) * torch_sympy.PythonMod(w, 2),
            4 * sympy.ceiling(h / 2) * sympy.ceiling(w / 2),
        ),
        # the views after the pad cancel to constants
        (
            torch_sympy.FloorDiv(
                h + torch_sympy.PythonMod(h, 2),
                torch_sympy.FloorDiv(h + torch_sympy.PythonMod(h, 2), 2),
            ),
            2,
        ),
    ],
)
def test_padded_sizes_become_multiples(recorded: sympy.Expr, expected: sympy.Expr) -> None:
    assert plain(recorded) == expected


@pytest.mark.parametrize(
    "recorded",
    [
        h + torch_sympy.PythonMod(h, 3),  # not a padding to a multiple of 3
        h + 3 + torch_sympy.PythonMod(h, 2),  # odd after padding
        h + torch_sympy.PythonMod(w, 2),  # another size's parity
    ],
)
def test_other_sums_with_a_remainder_are_left_alone(recorded: sympy.Expr) -> None:
    converted = plain(recorded)
    assert not converted.has(sympy.ceiling), converted


def test_the_rewrite_is_exact_at_every_size() -> None:
    """The rewritten forms equal Python's integer arithmetic on the recorded ones."""
    cases = [
        (lambda x, y: x + x % 2, h + torch_sympy.PythonMod(h, 2)),
        (lambda x, y: x + (-x) % 5, h + torch_sympy.PythonMod(-h, 5)),
        (lambda x, y: x + (255 * x) % 256, h + torch_sympy.PythonMod(255 * h, 256)),
        (
            lambda x, y: (x + x % 2) * (y + y % 2),
            sympy.expand((h + torch_sympy.PythonMod(h, 2)) * (w + torch_sympy.PythonMod(w, 2))),
        ),
    ]
    for python, recorded in cases:
        converted = plain(recorded)
        assert converted.has(sympy.ceiling), converted
        for x, y in itertools.product(range(1, 300), range(1, 6)):
            assert converted.subs({h: x, w: y}) == python(x, y), (recorded, x, y)


def test_a_remainder_stays_in_the_integer_vocabulary() -> None:
    """Sympy takes a common factor out of both sides of a remainder; where the sides are not
    factored (a max unpool's output size, ``(h - 1)*k + k``), what it leaves are fractions."""
    k = torch_sympy.PythonMod(n, 3) + 1
    recorded = torch_sympy.PythonMod(h * w * k**2, (h - 1) * k + k)
    converted = plain(recorded)
    assert not any(p.exp.is_negative for p in converted.atoms(sympy.Pow)), converted
    for x, y, z in itertools.product(range(1, 7), range(1, 5), range(1, 7)):
        kk = z % 3 + 1
        assert converted.subs({h: x, w: y, n: z}) == (x * y * kk**2) % ((x - 1) * kk + kk)


def test_a_remainder_that_does_not_factor_is_kept_as_written() -> None:
    k = torch_sympy.PythonMod(n, 3) + 1
    recorded = torch_sympy.PythonMod(h * k + 1, w * k)
    converted = plain(recorded)
    assert not any(p.exp.is_negative for p in converted.atoms(sympy.Pow)), converted
    for x, y, z in itertools.product(range(1, 6), range(1, 6), range(1, 7)):
        kk = z % 3 + 1
        assert converted.subs({h: x, w: y, n: z}) == (x * kk + 1) % (y * kk)


def test_an_integer_quotient_through_floats_is_the_integer_it_is() -> None:
    """``x.numel() / x.shape[1]``: Python's int division rounds correctly, so a quotient that
    is an integer polynomial is that integer; any other quotient rounds and is refused."""
    assert plain(torch_sympy.IntTrueDiv(h * w * n, w)) == h * n
    assert plain(torch_sympy.IntTrueDiv(2 * h * w + 4 * h, 2 * h)) == w + 2
    for rounded in (torch_sympy.IntTrueDiv(h, w), torch_sympy.IntTrueDiv(h * w, 2 * w)):
        with pytest.raises(UnsupportedExpressionError, match="IntTrueDiv"):
            plain(rounded)


def test_the_sign_of_exact_float_arithmetic_is_an_integer_condition() -> None:
    numel = torch_sympy.IntTrueDiv(h * w * n, w)
    guard = sympy.Gt(torch_sympy.FloatTrueDiv(numel, numel - 1), 0)
    condition = float_sign_condition(guard, {})
    for hv, nv in itertools.product(range(1, 5), repeat=2):
        quotient = hv * nv / (hv * nv - 1) if hv * nv != 1 else float("inf")
        assert bool(condition.subs({h: hv, n: nv, w: 3})) == (quotient > 0)
