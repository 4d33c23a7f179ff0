"""The maximum of expressions in the sizes, kept short: the arguments that another one bounds
everywhere in the box are left out, shown without a solver (``Bounds``). The peak bytes of a
step are such a maximum, over the moments of the step (``peak``), and the merge compares two
of them by what is left of each (``smt_merge._valid_for``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sympy

from .box import Box


def maximum(candidates: Sequence[sympy.Expr], bounds: Bounds) -> sympy.Expr:
    """The largest of ``candidates`` as one expression: ``Max`` of those that no other one
    bounds everywhere in the box (``bounds``), each once, in their order; one alone as it is."""
    candidates = list(dict.fromkeys(candidates))
    # one can be bounded only by one at least as large at the box's corners
    corners = [bounds.corner(c) for c in candidates]
    kept = []
    for i, candidate in enumerate(candidates):
        bounded = any(
            j != i
            and all(a >= b for a, b in zip(corners[j], corners[i], strict=True))
            and bounds.bounds(candidates[j], candidate)
            for j in range(len(candidates))
        )
        if not bounded:
            kept.append(candidate)
    if len(kept) == 1:
        return kept[0]
    return sympy.Max(*kept, evaluate=False) if kept else sympy.Integer(0)


class Bounds:
    """Which expression bounds which everywhere in a box, without a solver: as polynomials in
    the box's sizes shifted to start at 0 (``s = lo + t``) and in their parts that are no
    polynomials but never negative (floors of quotients of sizes, ``Max(1, ...)``: each a
    generator at least 0), one bounds another where their difference has no negative
    coefficient (sufficient, not necessary)."""

    def __init__(self, box: Box) -> None:
        # what a caller keeps per expression (the merge: a maximum's arguments left, by facts)
        self.memo: dict[object, frozenset[sympy.Expr]] = {}
        self._gens = tuple(sympy.Symbol(f"_t_{v.name}", nonnegative=True) for v in box.variables)
        self._shifted = {v.name: v.lo + t for v, t in zip(box.variables, self._gens, strict=True)}
        self._atoms: dict[sympy.Expr, sympy.Symbol] = {}  # the other parts, as generators
        self._coefficients: dict[sympy.Expr, Any] = {}
        self._corners = [
            {v.name: v.lo for v in box.variables},
            {v.name: max(v.lo, min(v.hi, 1 << 12)) for v in box.variables},
        ]

    def corner(self, expr: sympy.Expr) -> tuple[int, ...]:
        """``expr`` at the box's low corner and at a point far from it in every direction."""
        return tuple(
            int(expr.xreplace({s: p[s.name] for s in expr.free_symbols if s.name in p}))
            for p in self._corners
        )

    def bounds(self, upper: sympy.Expr, lower: sympy.Expr) -> bool:
        """Whether ``upper >= lower`` everywhere in the box, by the coefficients."""
        a, b = self.coefficients(upper), self.coefficients(lower)
        if a is None or b is None:
            return False
        return all(a.get(m, 0) >= c for m, c in b.items()) and all(
            c >= 0 for m, c in a.items() if m not in b
        )

    def coefficients(
        self, expr: sympy.Expr
    ) -> dict[tuple[tuple[str, int], ...], sympy.Rational] | None:
        """``expr`` as a polynomial in the shifted sizes and in its other parts (floors,
        ceilings, maxima, ...) that are never negative in the box (each a generator at least
        0), by monomial (its generators' names and powers); None where it is not one."""
        atoms = {}
        for atom in sorted(_atoms(expr), key=sympy.default_sort_key):
            if not self._never_negative(atom):
                return None
            atoms[atom] = self._atom(atom)
        expr = expr.xreplace(atoms)
        shift = self._shift(expr, atoms.values())
        if shift is None:
            return None
        shifted = sympy.expand(expr.xreplace(shift))
        gens = (*self._gens, *atoms.values())
        if not shifted.is_polynomial(*gens):
            return None
        names = [g.name for g in gens]
        return {
            tuple((n, e) for n, e in zip(names, powers, strict=True) if e): c
            for powers, c in sympy.Poly(shifted, *gens).terms()
        }

    def _shift(self, expr: sympy.Expr, atoms: object) -> dict[sympy.Symbol, sympy.Expr] | None:
        """The box's sizes in ``expr`` shifted (``s = lo + t``); None where it has another
        symbol than them and ``atoms``."""
        shift = {}
        for symbol in expr.free_symbols:
            if symbol.name in self._shifted:
                shift[symbol] = self._shifted[symbol.name]
            elif symbol not in atoms:  # type: ignore[operator]
                return None
        return shift

    def _atom(self, atom: sympy.Expr) -> sympy.Symbol:
        if atom not in self._atoms:
            self._atoms[atom] = sympy.Symbol(f"_u{len(self._atoms)}", nonnegative=True)
        return self._atoms[atom]

    def _never_negative(self, atom: sympy.Expr) -> bool:
        """Whether ``atom`` (not a polynomial) is at least 0 everywhere in the box."""
        if isinstance(atom, sympy.floor | sympy.ceiling):
            numerator, denominator = sympy.fraction(sympy.together(atom.args[0]))
            return (
                denominator != 0 and self._nonnegative(numerator) and self._nonnegative(denominator)
            )
        if isinstance(atom, sympy.Max):
            return any(self._nonnegative(a) for a in atom.args)
        if isinstance(atom, sympy.Min):
            return all(self._nonnegative(a) for a in atom.args)
        if isinstance(atom, sympy.Mod):
            return self._nonnegative(atom.args[1]) and atom.args[1] != 0
        return False

    def _nonnegative(self, expr: sympy.Expr) -> bool:
        """Whether ``expr`` is at least 0 everywhere in the box, by the coefficients."""
        found = self.coefficients(expr)
        return found is not None and all(c >= 0 for c in found.values())


def _atoms(expr: sympy.Expr) -> set[sympy.Expr]:
    """The outermost parts of ``expr`` that are not sums, products or integer powers of
    symbols and numbers (a floor inside a maximum is part of the maximum)."""
    if expr.is_Symbol or expr.is_Number:
        return set()
    if isinstance(expr, sympy.Add | sympy.Mul) or (
        isinstance(expr, sympy.Pow) and expr.exp.is_Integer and expr.exp >= 0
    ):
        return set().union(*(_atoms(a) for a in expr.args))
    return {expr}
