"""Decide questions about guards over a box of integers with the z3 SMT solver.

FLOP formulas have four to six variables (dim, hyperparameters, batch, height, width or
seq_len) over ranges far too large to enumerate, so the questions exploration asks ("is there a
point of the box that no explored region contains?", "does this shorter condition select the
same points?") go to z3 instead. Guards are plain sympy over positive integers; they translate
exactly: ``floor(a/b)`` with a positive divisor is z3's integer division, ``Mod`` its modulo
(both floor-based for positive divisors, as in Python), ``Max``/``Min`` an if-then-else.

Every answer is exact; a question z3 cannot settle within the time limit is an error for the
caller to report (or, where a "no" is safe, a "no").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import sympy
import z3

from .errors import UnsupportedExpressionError
from .expressions import RELATIONS, integer_relation
from .ir import Variable

TIMEOUT_MS = 30_000


class UndecidedError(Exception):
    """z3 could not answer within the time limit."""


class Box:
    """Integer variables with closed ranges, and z3 questions about conditions over them."""

    def __init__(self, variables: Sequence[Variable]) -> None:
        self.variables = tuple(variables)
        self.z3 = {v.name: z3.Int(v.name) for v in self.variables}
        self.bounds = [
            z3.And(self.z3[v.name] >= v.lo, self.z3[v.name] <= v.hi) for v in self.variables
        ]
        self._cache: dict[sympy.Basic, z3.ExprRef] = {}
        # z3's Python API spends more time building a formula than z3 spends on a small
        # question: the conjunctions and disjunctions asked about again are built once
        self._conjunctions: dict[tuple[sympy.Basic, ...], z3.ExprRef] = {}
        self._disjunctions: dict[tuple[tuple[sympy.Basic, ...], ...], z3.ExprRef] = {}
        self._tautology: dict[sympy.Basic, bool] = {}

    def formula(self, expr: sympy.Basic) -> z3.ExprRef:
        """``expr`` (sympy over the box's variables) as a z3 term or formula."""
        if expr not in self._cache:
            self._cache[expr] = _to_z3(expr, self.z3)
        return self._cache[expr]

    def conjunction(self, conditions: Iterable[sympy.Basic]) -> z3.ExprRef:
        key = tuple(conditions)
        if key not in self._conjunctions:
            self._conjunctions[key] = z3.And([self.formula(c) for c in key])
        return self._conjunctions[key]

    def disjunction(self, clauses: Iterable[Sequence[sympy.Basic]]) -> z3.ExprRef:
        """The disjunction of conjunctions: a point in any of the ``clauses``."""
        key = tuple(tuple(c) for c in clauses)
        if key not in self._disjunctions:
            self._disjunctions[key] = z3.Or([self.conjunction(c) for c in key])
        return self._disjunctions[key]

    def solver(self, timeout: int = TIMEOUT_MS) -> z3.Solver:
        solver = z3.Solver()
        solver.set("timeout", timeout)
        solver.add(*self.bounds)
        return solver

    def find(self, *constraints: z3.ExprRef, timeout: int = TIMEOUT_MS) -> dict[str, int] | None:
        """A point of the box satisfying every constraint, or None if there is none."""
        solver = self.solver(timeout)
        solver.add(*constraints)
        return self.model(solver)

    def model(self, solver: z3.Solver) -> dict[str, int] | None:
        result = solver.check()
        if result == z3.unknown:
            raise UndecidedError(solver.reason_unknown())
        if result == z3.unsat:
            return None
        model = solver.model()
        return {
            v.name: model.eval(self.z3[v.name], model_completion=True).as_long()
            for v in self.variables
        }

    def essential(self, conditions: Iterable[sympy.Basic]) -> list[sympy.Basic]:
        """``conditions`` without duplicates and without those true at every point of the box.

        Most guards PyTorch records (``height*width >= width``) hold for every positive size;
        dropping them keeps the questions small. A condition z3 cannot settle is kept.
        """
        result = []
        for condition in dict.fromkeys(conditions):
            if condition not in self._tautology:
                try:
                    self._tautology[condition] = self.find(z3.Not(self.formula(condition))) is None
                except UndecidedError:
                    self._tautology[condition] = False
            if not self._tautology[condition]:
                result.append(condition)
        return result

    def implies(self, premise: z3.ExprRef, conclusion: z3.ExprRef) -> bool:
        """Whether ``premise`` implies ``conclusion`` at every point of the box."""
        return self.find(premise, z3.Not(conclusion)) is None


def _to_z3(expr: sympy.Basic, zv: dict[str, z3.ArithRef]) -> z3.ExprRef:
    def f(e: sympy.Basic) -> z3.ExprRef:
        return _to_z3(e, zv)

    if isinstance(expr, sympy.Symbol):
        if expr.name not in zv:
            raise UnsupportedExpressionError(f"unknown variable {expr.name!r}")
        return zv[expr.name]
    if isinstance(expr, sympy.Integer):
        return z3.IntVal(int(expr))
    if expr is sympy.true or expr is sympy.false:
        return z3.BoolVal(bool(expr))
    if isinstance(expr, sympy.Add):
        return z3.Sum([f(a) for a in expr.args])
    if isinstance(expr, sympy.Mul):
        if any(isinstance(a, sympy.Rational) and not a.is_Integer for a in expr.args):
            raise UnsupportedExpressionError(f"non-integer coefficient in {expr}")
        return z3.Product([f(a) for a in expr.args])
    if isinstance(expr, sympy.Pow):
        base, exp = expr.args
        if not (exp.is_Integer and exp >= 1):
            raise UnsupportedExpressionError(f"power with exponent {exp} in {expr}")
        return z3.Product([f(base)] * int(exp))
    if isinstance(expr, sympy.floor | sympy.ceiling):
        num, den = sympy.fraction(sympy.together(expr.args[0]))
        n, d = f(sympy.expand(num)), f(den)
        return n / d if isinstance(expr, sympy.floor) else -((-n) / d)
    if isinstance(expr, sympy.Mod):
        return f(expr.args[0]) % f(expr.args[1])
    if isinstance(expr, sympy.Max | sympy.Min):
        parts = [f(a) for a in expr.args]
        result = parts[0]
        for part in parts[1:]:
            if isinstance(expr, sympy.Max):
                result = z3.If(part > result, part, result)
            else:
                result = z3.If(part < result, part, result)
        return result
    if isinstance(expr, RELATIONS):
        kind, lhs, rhs = integer_relation(expr)
        a, b = f(lhs), f(rhs)
        return {
            sympy.Eq: lambda: a == b,
            sympy.Ne: lambda: a != b,
            sympy.Lt: lambda: a < b,
            sympy.Le: lambda: a <= b,
            sympy.Gt: lambda: a > b,
            sympy.Ge: lambda: a >= b,
        }[kind]()
    if isinstance(expr, sympy.And):
        return z3.And([f(a) for a in expr.args])
    if isinstance(expr, sympy.Or):
        return z3.Or([f(a) for a in expr.args])
    if isinstance(expr, sympy.Not):
        return z3.Not(f(expr.args[0]))
    raise UnsupportedExpressionError(f"cannot decide {type(expr).__name__}: {expr}")
