"""The box of integer points an estimate is proven on, and the two ways to ask about it.

A box is closed ranges of named integer variables (dim, hyperparameters, input sizes). Small
boxes (dim and hyperparameters: the parameter formulas) are enumerated: ``grid`` holds every
point, and a set of points is a boolean mask over it. FLOP formulas have four to six variables
(dim, hyperparameters, batch, height, width or seq_len) over ranges far too large to enumerate,
so the questions exploration asks there ("is there a point of the box that no explored region
contains?", "does this shorter condition select the same points?") go to the z3 SMT solver.
Guards are plain sympy over positive integers; they translate exactly (``_Z3``, one target of
``expressions.IntegerWalker``).

Every answer is exact; a question z3 cannot settle within the time limit is an error for the
caller to report (or, where a "no" is safe, a "no").
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import sympy
import z3

from ... import computed_sizes
from ...errors import UnsupportedExpressionError
from ...expressions import COMPARE, IntegerWalker, integer_coefficients
from ...ir import Variable

# z3's effort per question in its own resource units (the solver's ``rlimit``), not seconds:
# what the generator derives must not depend on the machine's speed or load (a wall-clock
# limit let a cover time out under load that succeeds alone, and shortened conditions
# differently). About 3 million units a second on a core of the development machines
# (measured on nonlinear covers that exhaust it), so this is about 50 s there.
BUDGET = 150_000_000
# values a size computed through floats may take along its variable, for z3 (runs of each)
_MAX_RUNS = 4096


class UndecidedError(Exception):
    """z3 could not answer within its effort limit."""


class Box:
    """Integer variables with closed ranges: their points enumerated (``grid``), and z3
    questions about conditions over them."""

    def __init__(self, variables: Sequence[Variable]) -> None:
        self.variables = tuple(variables)
        self._cache: dict[sympy.Basic, z3.ExprRef] = {}
        # z3's Python API spends more time building a formula than z3 spends on a small
        # question: the conjunctions and disjunctions asked about again are built once
        self._conjunctions: dict[tuple[sympy.Basic, ...], z3.ExprRef] = {}
        self._disjunctions: dict[tuple[tuple[sympy.Basic, ...], ...], z3.ExprRef] = {}
        self._tautology: dict[sympy.Basic, bool] = {}

    # z3's side is made on first use: an enumerated box never needs it
    @functools.cached_property
    def ctx(self) -> z3.Context:
        """A context of the box's own: z3's answers (the points it finds) depend on the terms
        a context has seen, so a shared one would make a blueprint's regions, and the text,
        depend on which blueprints a worker process derived before it."""
        return z3.Context()

    @functools.cached_property
    def z3(self) -> dict[str, z3.ArithRef]:
        """The variables as z3 integers."""
        return {v.name: z3.Int(v.name, self.ctx) for v in self.variables}

    @functools.cached_property
    def bounds(self) -> list[z3.BoolRef]:
        """Each variable's range, as z3 constraints."""
        return [z3.And(self.z3[v.name] >= v.lo, self.z3[v.name] <= v.hi) for v in self.variables]

    @property
    def size(self) -> int:
        """The number of points."""
        return math.prod(v.hi - v.lo + 1 for v in self.variables)  # numpy's would overflow

    def grid(self) -> dict[str, np.ndarray]:
        """Every point of the box, one flat array per variable (cached: do not modify)."""
        return _grid(self.variables)

    def point(self, grid: dict[str, np.ndarray], index: int) -> dict[str, int]:
        return {v.name: int(grid[v.name][index]) for v in self.variables}

    def index(self, point: dict[str, int]) -> int:
        index = 0
        for v in self.variables:
            index = index * (v.hi - v.lo + 1) + (point[v.name] - v.lo)
        return index

    def formula(self, expr: sympy.Basic) -> z3.ExprRef:
        """``expr`` (sympy over the box's variables) as a z3 term or formula."""
        if expr not in self._cache:
            ranges = {v.name: (v.lo, v.hi) for v in self.variables}
            self._cache[expr] = _Z3(self.z3, self.ctx, ranges).walk(expr)
        return self._cache[expr]

    def conjunction(self, conditions: Iterable[sympy.Basic]) -> z3.ExprRef:
        key = tuple(conditions)
        if key not in self._conjunctions:
            self._conjunctions[key] = z3.And([self.formula(c) for c in key], self.ctx)
        return self._conjunctions[key]

    def disjunction(self, clauses: Iterable[Sequence[sympy.Basic]]) -> z3.ExprRef:
        """The disjunction of conjunctions: a point in any of the ``clauses``."""
        key = tuple(tuple(c) for c in clauses)
        if key not in self._disjunctions:
            self._disjunctions[key] = z3.Or([self.conjunction(c) for c in key], self.ctx)
        return self._disjunctions[key]

    def solver(self, budget: int = BUDGET, logic: str | None = None) -> z3.Solver:
        """A solver asserting the box's bounds, each check limited to ``budget`` units of
        z3's effort; ``logic`` (``"QF_NIA"``) picks z3's solver for that logic instead of its
        default."""
        solver = z3.Solver(ctx=self.ctx) if logic is None else z3.SolverFor(logic, ctx=self.ctx)
        solver.set("rlimit", budget)
        solver.add(*self.bounds)
        return solver

    def find(self, *constraints: z3.ExprRef, budget: int = BUDGET) -> dict[str, int] | None:
        """A point of the box satisfying every constraint, or None if there is none."""
        solver = self.solver(budget)
        solver.add(*constraints)
        return self.model(solver)

    def model(self, solver: z3.Solver) -> dict[str, int] | None:
        result = solver.check()
        if result == z3.unknown:
            reason = solver.reason_unknown()
            raise UndecidedError("effort limit reached" if reason == "canceled" else reason)
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


@functools.lru_cache(maxsize=2)
def _grid(variables: tuple[Variable, ...]) -> dict[str, np.ndarray]:
    axes = [np.arange(v.lo, v.hi + 1, dtype=np.int64) for v in variables]
    mesh = np.meshgrid(*axes, indexing="ij")
    return {v.name: m.ravel() for v, m in zip(variables, mesh, strict=True)}


class _Z3(IntegerWalker[Any]):
    """The vocabulary as z3 terms: ``floor(a/b)`` with a positive divisor is z3's integer
    division, ``Mod`` its modulo (both floor-based for positive divisors, as in Python),
    ``Max``/``Min`` an if-then-else."""

    target = "the z3 translation"

    def __init__(
        self,
        variables: dict[str, z3.ArithRef],
        ctx: z3.Context,
        ranges: dict[str, tuple[int, int]] | None = None,
    ) -> None:
        self.variables, self.ctx, self.ranges = variables, ctx, ranges or {}

    def symbol(self, name: str) -> Any:
        if name not in self.variables:
            raise UnsupportedExpressionError(f"unknown variable {name!r}")
        return self.variables[name]

    def integer(self, value: int) -> Any:
        return z3.IntVal(value, self.ctx)

    def boolean(self, value: bool) -> Any:
        return z3.BoolVal(value, self.ctx)

    def floordiv(self, a: Any, b: Any) -> Any:
        return a / b

    # n-ary sums and products, as z3 builds them (the same terms as before: z3's answers, and
    # so the regions found, depend on how a formula is built)
    def _walk_Add(self, expr: sympy.Add) -> Any:  # noqa: N802
        return z3.Sum([self.walk(a) for a in expr.args])

    def _walk_Mul(self, expr: sympy.Mul) -> Any:  # noqa: N802
        integer_coefficients(expr)
        return z3.Product([self.walk(a) for a in expr.args])

    def _walk_Pow(self, expr: sympy.Pow) -> Any:  # noqa: N802
        base, exponent = expr.args
        if not (exponent.is_Integer and exponent >= 1):
            raise UnsupportedExpressionError(f"power with exponent {exponent} in {expr}")
        return z3.Product([self.walk(base)] * int(exponent))

    def _walk_ceiling(self, expr: sympy.ceiling) -> Any:
        num, den = self._quotient(expr)
        return -((-num) / den)

    def computed(self, size: Any) -> Any:
        """A size computed through floats, as its exact graph: an if-then-else over its runs
        of constant value along its one variable (``int(math.sqrt(dim))``: 256 runs over
        1..65536)."""
        names = sorted(s.name for s in size.free_symbols)
        if len(names) != 1 or names[0] not in self.ranges:
            raise UnsupportedExpressionError(
                f"{self.target} takes a size computed through floats of one variable only, "
                f"not of {', '.join(names) or 'none'}: {size}"
            )
        runs = computed_sizes.runs(size, names[0], *self.ranges[names[0]])
        variable = self.variables[names[0]]
        if len(runs) > _MAX_RUNS:
            return self._periodic(size, names[0], variable, len(runs))
        term = z3.IntVal(runs[-1][1], self.ctx)
        for last, value in reversed(runs[:-1]):
            term = z3.If(variable <= last, z3.IntVal(value, self.ctx), term)
        return term

    def _periodic(self, size: Any, name: str, variable: Any, count: int) -> Any:
        """A computed size of too many runs as a step per period plus a table over the period
        (``round(dim * 0.25)``: ``2 * ((dim - 1) / 8)`` plus one of 8 values), where it is one."""
        lo, hi = self.ranges[name]
        found = computed_sizes.periodic(size, name, lo, hi)
        if found is None:
            raise UnsupportedExpressionError(
                f"{size} takes {count} values along {name}, with no period: too many for "
                f"{self.target} (at most {_MAX_RUNS})"
            )
        period, step, table = found
        offset = variable - lo
        term = z3.IntVal(table[-1], self.ctx)
        for remainder in reversed(range(period - 1)):
            term = z3.If(offset % period == remainder, z3.IntVal(table[remainder], self.ctx), term)
        return step * (offset / period) + term

    def maximum(self, a: Any, b: Any) -> Any:
        return z3.If(b > a, b, a)

    def minimum(self, a: Any, b: Any) -> Any:
        return z3.If(b < a, b, a)

    def compare(self, kind: type, a: Any, b: Any) -> Any:
        return COMPARE[kind](a, b)

    def conjunction(self, parts: list[Any]) -> Any:
        return z3.And(parts, self.ctx)

    def disjunction(self, parts: list[Any]) -> Any:
        return z3.Or(parts, self.ctx)

    def negation(self, part: Any) -> Any:
        return z3.Not(part)
