"""The SMT oracle: covers and merges over boxes too large to enumerate, proven with z3.

FLOP formulas have four to six variables over huge ranges. A region here is a conjunction of
conditions (a construction's guards and a trace's guards) with the formulas counted at a
sample point in it. ``cover`` finds regions until z3 proves no point of the box is left;
``merge`` (``smt_merge``) groups regions whose formulas are provably equal on them (after the
substitutions their guards state: ``batch == 1``, ``dim % n_head == 0``), and proves each
branch condition with z3 before it is kept. Nothing here knows where regions come from:
``flop_regions`` traces modules; the tests feed synthetic regions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import sympy
import z3

from ...errors import UnsupportedExpressionError
from ...ir import Rejection, Term
from . import cover as covering
from .box import Box, UndecidedError
from .cover import ExplorationError, Point
from .products import linear
from .smt_merge import facts, merge, rewrite


@dataclass(frozen=True)
class Region:
    """Points where the ``conditions`` hold, with what was found at ``sample`` among them:
    per quantity, the formulas of each submodule; or a rejection (the step raises there)."""

    conditions: tuple[sympy.Basic, ...]
    sample: tuple[tuple[str, int], ...]
    terms: tuple[tuple[str, tuple[Term, ...]], ...] = ()
    rejection: Rejection | None = None

    def terms_of(self, quantity: str) -> tuple[Term, ...]:
        return dict(self.terms)[quantity]


class _Unproven:
    """The points no region covers yet, as a z3 solver asserting the negation of each region
    found; "unsatisfiable" proves the cover complete.

    Each region found is told to z3 without the products of sizes its guards compare with 1
    (``products.linear``: ``batch*seq_len >= 2`` is ``batch >= 2 | seq_len >= 2``); within
    a region (``within``: a construction's conditions), as the conditions it has there:
    rewritten with the facts ``within`` states (``floor(dim/n_head)`` is ``dim/n_head``
    where ``dim % n_head == 0``), those then true left out. A trace's guards restate what
    the construction settled in nested floors (``Eq(dim, floor(dim/n_head)*floor(dim/floor(
    dim/n_head)))``), which z3's nonlinear arithmetic takes minutes over (GPT-2's heads) and
    which are true there."""

    def __init__(self, box: Box, within: Sequence[sympy.Basic] | None = None) -> None:
        self.box = box
        self.known = {} if within is None else facts(within)
        # z3's answers depend on the order the context saw its terms and solvers in; this is
        # the order the exploration has always used, so the regions (and text) stay the same
        region = None if within is None else box.conjunction(within)
        self.solver = box.solver()
        self.assertions: list[z3.ExprRef] = []
        self.fresh = False  # once the incremental solver gave up: a fresh solver per question
        if region is not None:  # asserted even when empty (true), as before
            self.solver.add(region)
            self.assertions.append(region)

    def remove(self, region: Region | Sequence[sympy.Basic]) -> None:
        conditions = region.conditions if isinstance(region, Region) else region
        uncovered = z3.Not(self.box.conjunction(self._within(conditions)))
        self.solver.add(uncovered)
        self.assertions.append(uncovered)

    def _within(self, conditions: Sequence[sympy.Basic]) -> tuple[sympy.Basic, ...]:
        """``conditions`` as they are where ``within`` holds: products of positive sizes
        against small constants as linear atoms (``products.linear``), then each rewritten
        with the facts when that leaves a condition z3 takes (no fraction), the true ones
        left out."""
        kept = []
        for condition in conditions:
            simpler = rewrite(linear(condition, self._positive), self.known)
            if simpler is sympy.true:
                continue
            try:
                self.box.formula(simpler)
            except (UnsupportedExpressionError, TypeError):
                simpler = condition  # a fraction (dim/n_head >= 2), or false: as it was
            kept.append(simpler)
        return tuple(kept)

    def _positive(self, atom: sympy.Basic) -> bool:
        """Whether ``atom`` is at least 1 wherever ``within`` holds: a quotient of positive
        sizes that the facts say divides exactly."""
        return (
            isinstance(atom, sympy.floor)
            and atom in self.known
            and atom.args[0].is_positive is True
        )

    def next(self) -> Point | None:
        if not self.fresh:
            try:
                return self.box.model(self.solver)
            except UndecidedError:
                self.fresh = True
        # Once a solver has answered, z3 checks what is added to it with its general
        # incremental engine, which gives up on products of sizes and floors of quotients
        # that its nonlinear-integer tactic settles in seconds when asked afresh (measured on
        # timm's Attention2d: unknown after 30 s incrementally, sat in 0.4 s fresh)
        reasons = []
        for logic in ("QF_NIA", None):
            solver = self.box.solver(logic=logic)
            solver.add(*self.assertions)
            try:
                return self.box.model(solver)
            except (UndecidedError, z3.Z3Exception) as exc:
                reasons.append(f"{logic or 'default'}: {exc}")
        raise ExplorationError(
            f"z3 cannot decide whether the regions cover the domain ({'; '.join(reasons)})"
        )


def cover(
    box: Box,
    first: Point,
    construction_at: Callable[[Point], Sequence[sympy.Basic]],
    region_at: Callable[[Point], Region],
    found: Callable[[list[Region], Point | None], None] | None = None,
) -> list[Region]:
    """Regions from ``region_at`` until they cover the box, which z3 proves.

    Two levels keep each question to z3 small: an outer cover of construction regions (the
    conditions ``construction_at`` gives for a point; the module is the same inside one), and
    for each an inner cover of all of it (every input size, every dim of the region) with the
    regions ``region_at`` finds. ``found`` sees all regions so far after each new one.
    """
    regions: list[Region] = []

    def region(point: Point) -> Region:
        regions.append(region_at(point))
        return regions[-1]

    def seen(_: list[Region], point: Point | None) -> None:
        if found is not None:
            found(regions, point)

    def construction(point: Point) -> Sequence[sympy.Basic]:
        conditions = construction_at(point)
        covering.cover(point, region, _Unproven(box, conditions), seen)
        return conditions

    covering.cover(first, construction, _Unproven(box))
    return regions


__all__ = ["Region", "cover", "merge"]
