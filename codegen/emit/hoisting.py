"""A generated function's locals: what its formulas use more than once, computed once first.

Two kinds, replaced in this order (``printer.pyexpr`` takes the mappings): sizes the factory
computes through floats (``sqrt_dim = int(math.sqrt(dim))``), and floor divisions that several
conditions and values share (``dim_div_reduction = dim // reduction``). Both are computed
before the first branch, so neither may fail anywhere on the domain.
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy

from ..computed_sizes import ComputedSize

Locals = dict[sympy.Basic, sympy.Symbol]


def computed_sizes(expressions: Iterable[sympy.Basic | None], taken: set[str]) -> Locals:
    """Each size computed through floats that ``expressions`` use, bound to a local named
    after what it computes where it can be: Python computes it at every point of the domain
    (``computed_sizes.least`` made sure), so it is computed first."""
    found: set[sympy.Basic] = set()
    for expr in expressions:
        if expr is not None:
            found |= expr.atoms(ComputedSize)
    names: Locals = {}
    used = set(taken)
    for size in sorted(found, key=sympy.default_sort_key):
        tree = size.tree
        simple = len(tree.args) == 1 and tree.args[0].op == "int" and tree.args[0].args[0].is_Symbol
        base = f"{tree.op}_{tree.args[0].args[0]}" if simple else "size"
        name, number = base, 1
        while name in used or not name.isidentifier():
            number += 1
            name = f"{base}_{number}"
        used.add(name)
        sign = {"positive": True} if size.low > 0 else {"nonnegative": True}
        names[size] = sympy.Symbol(name, integer=True, **sign)
    return names


def common_floors(expressions: Iterable[sympy.Basic | None], taken: set[str]) -> Locals:
    """Floor divisions that several of ``expressions`` use, each bound to a local: only those
    whose divisors are variables or positive numbers, which never divide by zero wherever they
    are computed."""
    uses: dict[sympy.Basic, int] = {}
    for expr in expressions:
        if expr is None:
            continue
        for floor in expr.atoms(sympy.floor):
            if all(_safe_divisor(f) for f in floor.atoms(sympy.floor)):
                uses[floor] = uses.get(floor, 0) + 1
    common = sorted((f for f, n in uses.items() if n > 1), key=sympy.default_sort_key)
    names: Locals = {}
    for number, floor in enumerate(common, 1):
        numerator, denominator = floor.args[0].as_numer_denom()
        name = f"{numerator}_div_{denominator}"
        if not name.isidentifier() or name in taken:
            name = f"quotient_{number}"
        # only the sign sympy knows of the floor itself: dim // 4 is 0 at small dims, and a
        # local assumed positive would fold `dim_div_4 == 0` to False
        sign = {"positive": True} if floor.is_positive else {}
        if not sign and floor.is_nonnegative:
            sign = {"nonnegative": True}
        names[floor] = sympy.Symbol(name, integer=True, **sign)
    return names


def _safe_divisor(floor: sympy.Basic) -> bool:
    _, denominator = floor.args[0].as_numer_denom()
    return bool(denominator.is_positive and (denominator.is_Symbol or denominator.is_Integer))
