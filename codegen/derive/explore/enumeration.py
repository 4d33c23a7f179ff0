"""The enumeration oracle: covers and merges decided at every point of a small box.

A symbolic build is proven only where the guards it recorded hold. ``explore`` derives at a
sample, marks every point of the box where that build's guards hold as covered, and derives
again at the first point not yet covered, until every point is (``cover.cover``). ``merge``
then groups the regions by outcome (equal formulas for every submodule, or the same
rejection), lets a formula absorb a region where it also gives the right numbers, and finds
short branch conditions (``merge.merge``).

All of it is decided by enumerating the box (numpy, exact integers), so "equal" means equal at
every point, and the final branches are re-checked against every region at every point before
they are returned. This is the oracle for parameters and buffers (dim and hyperparameters);
``smt`` is the one for boxes too large to enumerate.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import sympy

from ...evaluate import evaluate
from ...ir import Construction, Estimate, Term
from . import cover as covering
from . import merge as merging
from .box import Box
from .cover import ExplorationError, Point
from .merge import Group, complexity


@dataclass(eq=False)
class Region:
    """The points where one construction's guards hold (and no earlier region claimed)."""

    construction: Construction
    mask: np.ndarray


class _Values:
    """Memoised evaluation of expressions on the box's grid."""

    def __init__(self, grid: dict[str, np.ndarray]) -> None:
        self.grid = grid
        self._cache: dict[sympy.Basic, np.ndarray] = {}

    def __call__(self, expr: sympy.Basic) -> np.ndarray:
        if expr not in self._cache:
            self._cache[expr] = evaluate(expr, self.grid)
        return self._cache[expr]


class _Uncovered:
    """The uncovered points as a mask over the grid; the next one is the first in grid order."""

    def __init__(self, box: Box) -> None:
        self.box = box
        self.covered = np.zeros(box.size, dtype=bool)

    def remove(self, region: Region) -> None:
        self.covered |= region.mask

    def next(self) -> Point | None:
        uncovered = np.flatnonzero(~self.covered)
        if uncovered.size == 0:
            return None
        return self.box.point(self.box.grid(), int(uncovered[0]))


def explore(
    derive: Callable[[Point], Construction],
    box: Box,
    first: Point,
    max_derivations: int = 500,
    progress: Callable[[int, float], None] | None = None,
) -> list[Region]:
    """Derive at ``first``, then at uncovered points, until the guards cover the box."""
    values = _Values(box.grid())  # guards recur from one derivation to the next
    uncovered = _Uncovered(box)

    def region_at(point: Point) -> Region:
        construction = derive(point)
        mask = np.ones(box.size, dtype=bool)
        for guard in construction.guards:
            mask &= values(guard.condition)
        if not mask[box.index(point)]:
            raise ExplorationError(
                f"the guards recorded at {point} do not hold there: "
                + "; ".join(str(g.condition) for g in construction.guards)
            )
        return Region(construction, mask & ~uncovered.covered)

    def found(regions: list[Region], point: Point | None) -> None:
        if progress is not None:
            progress(len(regions), float(uncovered.covered.mean()))
        if point is not None and len(regions) >= max_derivations:
            left = int((~uncovered.covered).sum())
            raise ExplorationError(
                f"{len(regions)} derivations left {left} of {box.size} points uncovered "
                f"(first: {point}); the guards keep splitting the domain; they come from "
                f"{_guard_sources(regions)}"
            )

    return covering.cover(first, region_at, uncovered, found)


def _guard_sources(regions: Sequence[Region], most: int = 3) -> str:
    """The source lines that recorded the most guards, blueprint code before PyTorch's."""
    counts = Counter((g.internal, g.location) for r in regions for g in r.construction.guards)
    ranked = sorted(counts.items(), key=lambda item: (item[0][0], -item[1], item[0][1]))
    return "; ".join(f"{loc} ({n} guards)" for (_, loc), n in ranked[:most]) or "nowhere"


def merge(regions: Sequence[Region], quantity: str, box: Box) -> Estimate:
    """Merge explored regions into ordered branches for ``quantity``, checked point by point."""
    return merging.merge(regions, quantity, _Enumeration(box, quantity))


class _Enumeration:
    """The merge's questions answered at every point of the box."""

    def __init__(self, box: Box, quantity: str) -> None:
        self.box, self.quantity = box, quantity
        self.values = _Values(box.grid())

    def _same(self, a: Sequence[Term], b: Sequence[Term], where: np.ndarray) -> bool:
        if [(t.owner, t.owner_type) for t in a] != [(t.owner, t.owner_type) for t in b]:
            return False
        values = self.values
        return all(
            x.expr == y.expr or np.array_equal(values(x.expr)[where], values(y.expr)[where])
            for x, y in zip(a, b, strict=True)
        )

    def groups(self, regions: Sequence[Region], quantity: str) -> list[Group[Region]]:
        """Equal outcomes at every point, then absorption: a formula that also gives the right
        numbers on another group's points takes that group in."""
        everywhere = np.ones(self.box.size, dtype=bool)
        groups: list[Group[Region]] = []
        for region in regions:
            c = region.construction
            terms = () if c.rejection else c.terms(quantity)
            for group in groups:
                if (
                    group.rejection == c.rejection
                    if c.rejection or group.rejection
                    else self._same(group.terms, terms, everywhere)
                ):
                    break
            else:
                group = Group(terms, c.rejection)
                groups.append(group)
            group.members.append(region)
        for group in groups:
            group.points = np.logical_or.reduce([r.mask for r in group.members])
            group.terms = min(
                (r.construction.terms(quantity) for r in group.members if not group.rejection),
                key=complexity,
                default=(),
            )
        valued = sorted((g for g in groups if not g.rejection), key=lambda g: -self.weight(g))
        for small in list(reversed(valued)):
            for big in valued:
                if big is small or big not in groups or small not in groups:
                    continue
                if self.weight(big) < self.weight(small):
                    continue
                if self._same(big.terms, small.terms, small.points):
                    big.members.extend(small.members)
                    big.points = big.points | small.points
                    groups.remove(small)
                    break
        return groups

    def weight(self, group: Group[Region]) -> int:
        return int(group.points.sum())

    def condition(
        self, group: Group[Region], later: Sequence[Group[Region]], claimed: Sequence[sympy.Basic]
    ) -> sympy.Basic:
        """A short condition selecting exactly ``group``'s points among the unclaimed ones.

        Start from the disjunction of the regions' guard conjunctions, then drop, one at a time
        and in a fixed order, every conjunction and every guard the selection does not need.
        All masks are restricted to the unclaimed points, where the condition is evaluated.
        """
        unclaimed = np.ones(self.box.size, dtype=bool)
        for condition in claimed:
            unclaimed &= ~self.values(condition)
        where = np.flatnonzero(unclaimed)
        target = group.points[where]
        masks: dict[sympy.Basic, np.ndarray] = {}

        def mask_of(cond: sympy.Basic) -> np.ndarray:
            if cond not in masks:
                masks[cond] = np.asarray(self.values(cond))[where]
            return masks[cond]

        def clause_mask(clause: list[sympy.Basic]) -> np.ndarray:
            result = np.ones(where.size, dtype=bool)
            for cond in clause:
                result &= mask_of(cond)
            return result

        def union(clause_masks: list[np.ndarray]) -> np.ndarray:
            return np.logical_or.reduce(clause_masks) if clause_masks else np.zeros_like(target)

        clauses = [[g.condition for g in r.construction.guards] for r in group.members]
        clause_masks = [clause_mask(c) for c in clauses]

        def drop_clauses() -> None:
            for i in range(len(clauses) - 1, -1, -1):
                rest = clause_masks[:i] + clause_masks[i + 1 :]
                if rest and np.array_equal(union(rest), target):
                    del clauses[i], clause_masks[i]

        drop_clauses()
        for i, clause in enumerate(clauses):
            others = union(clause_masks[:i] + clause_masks[i + 1 :])
            for cond in list(clause):
                trial = [c for c in clause if c is not cond]
                if np.array_equal(others | clause_mask(trial), target):
                    clause.remove(cond)
            clause.sort(key=sympy.default_sort_key)
            clause_masks[i] = clause_mask(clause)
        drop_clauses()
        if any(not c for c in clauses):
            return sympy.true
        return sympy.Or(*(sympy.And(*c) for c in clauses))

    def verify(self, estimate: Estimate, ordered: Sequence[Group[Region]]) -> None:
        """Every point: the first branch whose condition holds gives the region's own
        outcome."""
        values, quantity = self.values, self.quantity
        regions = [r for g in ordered for r in g.members]
        unclaimed = np.ones(self.box.size, dtype=bool)
        for branch in estimate.branches:
            chosen = unclaimed.copy()
            if branch.condition is not None:
                chosen &= values(branch.condition)
            unclaimed &= ~chosen
            for region in regions:
                where = chosen & region.mask
                if not where.any():
                    continue
                c = region.construction
                if c.rejection or branch.rejection:
                    ok = c.rejection == branch.rejection
                else:
                    ok = np.array_equal(
                        values(branch.total)[where],
                        values(sympy.Add(*(t.expr for t in c.terms(quantity))))[where],
                    )
                if not ok:
                    raise ExplorationError(
                        f"merged {quantity} branches disagree with the derivation at "
                        f"{self.box.point(values.grid, int(np.flatnonzero(where)[0]))}"
                    )
        if unclaimed.any():
            raise ExplorationError(f"merged {quantity} branches leave points uncovered")
