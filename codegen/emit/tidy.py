"""Branch conditions made shorter for printing, with the same meaning: a disjunct that another
disjunct contains is dropped (``(q >= 16 and dim % 8 == 0) or (q >= 16 and dim % 16 == 0)``
is ``q >= 16 and dim % 8 == 0``).

The exploration proves each condition as it merges regions; what it keeps can still hold
disjuncts that a stronger one covers, because regions are merged by their guards, not by the
sets they describe. Containment is decided syntactically, by implications between atoms that
hold for integers (``dim % 32 == 0`` implies ``dim % 8 == 0``; ``x >= 17`` implies ``x > 8``),
so nothing here can change a value: a disjunct is only dropped when another one holds wherever
it does. Torch-free; used on the IR by the renderer and ``explain``.
"""

from __future__ import annotations

import dataclasses

import sympy

from ..ir import BlueprintEstimates


def tidy(bp: BlueprintEstimates) -> BlueprintEstimates:
    """``bp`` with every branch condition without the disjuncts another one contains."""
    variants = tuple(
        dataclasses.replace(
            variant,
            estimates=tuple(
                dataclasses.replace(
                    estimate,
                    branches=tuple(
                        dataclasses.replace(branch, condition=without_contained(branch.condition))
                        for branch in estimate.branches
                    ),
                )
                for estimate in variant.estimates
            ),
        )
        for variant in bp.variants
    )
    return dataclasses.replace(bp, variants=variants)


def without_contained(condition: sympy.Basic | None) -> sympy.Basic | None:
    """``condition`` without the disjuncts (of a top-level ``Or``) that another one contains;
    of two equivalent ones the first is kept."""
    if not isinstance(condition, sympy.Or):
        return condition
    disjuncts = list(condition.args)
    kept = []
    for i, disjunct in enumerate(disjuncts):
        contained = any(
            _contains(other, disjunct) and (not _contains(disjunct, other) or j < i)
            for j, other in enumerate(disjuncts)
            if j != i
        )
        if not contained:
            kept.append(disjunct)
    return sympy.Or(*kept)


def _contains(outer: sympy.Basic, inner: sympy.Basic) -> bool:
    """Whether ``inner`` implies ``outer``: every conjunct of ``outer`` is implied by one of
    ``inner``'s."""
    return all(any(_implies(a, b) for a in _conjuncts(inner)) for b in _conjuncts(outer))


def _conjuncts(condition: sympy.Basic) -> tuple[sympy.Basic, ...]:
    return condition.args if isinstance(condition, sympy.And) else (condition,)


def _implies(a: sympy.Basic, b: sympy.Basic) -> bool:
    """Whether the atom ``a`` implies the atom ``b`` for integer values of their variables."""
    if a == b:
        return True
    divisors = _divisibility(a), _divisibility(b)
    if None not in divisors:
        (x, m), (y, n) = divisors
        return x == y and m % n == 0
    bounds = _bounds(a), _bounds(b)
    if None not in bounds:
        (x, lo_a, hi_a), (y, lo_b, hi_b) = bounds
        return (
            x == y
            and (lo_b is None or (lo_a is not None and lo_a >= lo_b))
            and (hi_b is None or (hi_a is not None and hi_a <= hi_b))
        )
    return False


def _divisibility(atom: sympy.Basic) -> tuple[sympy.Basic, int] | None:
    """``(x, m)`` for ``Eq(Mod(x, m), 0)`` with a positive integer ``m``."""
    if isinstance(atom, sympy.Eq) and atom.rhs == 0 and isinstance(atom.lhs, sympy.Mod):
        x, m = atom.lhs.args
        if m.is_Integer and m > 0:
            return x, int(m)
    return None


def _bounds(atom: sympy.Basic) -> tuple[sympy.Basic, int | None, int | None] | None:
    """``(x, lo, hi)`` for a comparison of an integer expression ``x`` with an integer:
    ``lo <= x <= hi``, either bound None where there is none."""
    if not isinstance(atom, sympy.Eq | sympy.Ge | sympy.Gt | sympy.Le | sympy.Lt):
        return None
    x, c = atom.lhs, atom.rhs
    if not c.is_Integer or x.is_number:
        return None
    c = int(c)
    if isinstance(atom, sympy.Eq):
        return x, c, c
    if isinstance(atom, sympy.Ge):
        return x, c, None
    if not x.is_integer:  # x > c is x >= c + 1 only for an integer x
        return None
    if isinstance(atom, sympy.Gt):
        return x, c + 1, None
    if isinstance(atom, sympy.Le):
        return x, None, c
    return x, None, c - 1
