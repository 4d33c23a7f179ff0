"""Explore a blueprint's guards over its whole domain and merge the results into branches.

A symbolic build is proven only where the guards it recorded hold. ``explore`` derives at a
sample, marks every domain point where that build's guards hold as covered, and derives again
at the first point not yet covered, until every point is. ``piecewise`` then groups the regions
by outcome (equal formulas for every submodule, or the same rejection), lets a formula absorb
a region where it also gives the right numbers, and finds short branch conditions.

All of it is decided by enumerating the domain (numpy, exact integers), so "equal" means equal
at every point of the domain, and the final branches are re-checked against every region at
every point before they are returned.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import sympy

from .evaluate import evaluate
from .ir import Branch, Construction, Estimate, Rejection, Term, Variable


class ExplorationError(Exception):
    """The guards cannot be explored into a consistent cover of the domain."""


@dataclass(frozen=True)
class Domain:
    """The box of integer points a blueprint's formulas are proven on."""

    variables: tuple[Variable, ...]

    @property
    def size(self) -> int:
        return int(np.prod([v.hi - v.lo + 1 for v in self.variables]))

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


@functools.lru_cache(maxsize=2)
def _grid(variables: tuple[Variable, ...]) -> dict[str, np.ndarray]:
    axes = [np.arange(v.lo, v.hi + 1, dtype=np.int64) for v in variables]
    mesh = np.meshgrid(*axes, indexing="ij")
    return {v.name: m.ravel() for v, m in zip(variables, mesh, strict=True)}


@dataclass(eq=False)
class Region:
    """The points where one construction's guards hold (and no earlier region claimed)."""

    construction: Construction
    mask: np.ndarray


@dataclass(eq=False)
class _Group:
    terms: tuple[Term, ...]
    rejection: Rejection | None
    regions: list[Region] = field(default_factory=list)
    mask: np.ndarray | None = None


def explore(
    derive: Callable[[dict[str, int]], Construction],
    domain: Domain,
    first: dict[str, int],
    max_derivations: int = 500,
    progress: Callable[[int, float], None] | None = None,
) -> list[Region]:
    """Derive at ``first``, then at uncovered points, until the guards cover the domain."""
    grid = domain.grid()
    values = _Values(grid)  # guards recur from one derivation to the next
    covered = np.zeros(domain.size, dtype=bool)
    regions: list[Region] = []
    index = domain.index(first)
    while True:
        construction = derive(domain.point(grid, index))
        mask = np.ones(domain.size, dtype=bool)
        for guard in construction.guards:
            mask &= values(guard.condition)
        if not mask[index]:
            raise ExplorationError(
                f"the guards recorded at {domain.point(grid, index)} do not hold there: "
                + "; ".join(str(g.condition) for g in construction.guards)
            )
        mask &= ~covered
        covered |= mask
        regions.append(Region(construction, mask))
        if progress is not None:
            progress(len(regions), float(covered.mean()))
        uncovered = np.flatnonzero(~covered)
        if uncovered.size == 0:
            return regions
        if len(regions) >= max_derivations:
            raise ExplorationError(
                f"{len(regions)} derivations left {uncovered.size} of {domain.size} points "
                f"uncovered (first: {domain.point(grid, int(uncovered[0]))}); the guards keep "
                f"splitting the domain; they come from {_guard_sources(regions)}"
            )
        index = int(uncovered[0])


def _guard_sources(regions: Sequence[Region], most: int = 3) -> str:
    """The source lines that recorded the most guards, blueprint code before PyTorch's."""
    counts = Counter((g.internal, g.location) for r in regions for g in r.construction.guards)
    ranked = sorted(counts.items(), key=lambda item: (item[0][0], -item[1], item[0][1]))
    return "; ".join(f"{loc} ({n} guards)" for (_, loc), n in ranked[:most]) or "nowhere"


class _Values:
    """Memoised evaluation of expressions on the domain grid."""

    def __init__(self, grid: dict[str, np.ndarray]) -> None:
        self.grid = grid
        self._cache: dict[sympy.Basic, np.ndarray] = {}

    def __call__(self, expr: sympy.Basic) -> np.ndarray:
        if expr not in self._cache:
            self._cache[expr] = evaluate(expr, self.grid)
        return self._cache[expr]


def _same_terms(a: Sequence[Term], b: Sequence[Term], values: _Values, where: np.ndarray) -> bool:
    if [(t.owner, t.owner_type) for t in a] != [(t.owner, t.owner_type) for t in b]:
        return False
    return all(
        x.expr == y.expr or np.array_equal(values(x.expr)[where], values(y.expr)[where])
        for x, y in zip(a, b, strict=True)
    )


def _complexity(terms: Sequence[Term]) -> tuple[int, str]:
    return sum(sympy.count_ops(t.expr) for t in terms), str([t.expr for t in terms])


def piecewise(regions: Sequence[Region], quantity: str, domain: Domain) -> Estimate:
    """Merge explored regions into ordered branches for ``quantity``, checked point by point."""
    grid = domain.grid()
    values = _Values(grid)
    everywhere = np.ones(domain.size, dtype=bool)

    groups: list[_Group] = []
    for region in regions:
        c = region.construction
        terms = () if c.rejection else c.terms(quantity)
        for group in groups:
            if (
                group.rejection == c.rejection
                if c.rejection or group.rejection
                else _same_terms(group.terms, terms, values, everywhere)
            ):
                break
        else:
            group = _Group(terms, c.rejection)
            groups.append(group)
        group.regions.append(region)
    for group in groups:
        group.mask = np.logical_or.reduce([r.mask for r in group.regions])
        simplest = min(
            (r.construction.terms(quantity) for r in group.regions if not group.rejection),
            key=_complexity,
            default=(),
        )
        group.terms = simplest

    # A formula that also gives the right numbers on another group's points absorbs it.
    valued = sorted((g for g in groups if not g.rejection), key=lambda g: -int(g.mask.sum()))
    for small in list(reversed(valued)):
        for big in valued:
            if big is small or big not in groups or small not in groups:
                continue
            if int(big.mask.sum()) < int(small.mask.sum()):
                continue
            if _same_terms(big.terms, small.terms, values, small.mask):
                big.regions.extend(small.regions)
                big.mask = big.mask | small.mask
                groups.remove(small)
                break

    rejected = [g for g in groups if g.rejection]
    valued = sorted((g for g in groups if not g.rejection), key=lambda g: int(g.mask.sum()))
    if not valued:
        raise ExplorationError("the factory rejects every point of the domain")
    ordered = rejected + valued
    branches = []
    unclaimed = everywhere.copy()
    for position, group in enumerate(ordered):
        last = position == len(ordered) - 1
        condition = None if last else _condition(group, unclaimed, values)
        branches.append(Branch(condition, group.terms, group.rejection))
        unclaimed &= ~group.mask
    estimate = Estimate(quantity, tuple(branches))
    _verify(estimate, regions, quantity, values, domain)
    return estimate


def _condition(group: _Group, unclaimed: np.ndarray, values: _Values) -> sympy.Basic:
    """A short condition selecting exactly ``group``'s points among the unclaimed ones.

    Start from the disjunction of the regions' guard conjunctions, then drop, one at a time and
    in a fixed order, every conjunction and every guard the selection does not need. All masks
    are restricted to the unclaimed points, where the condition is evaluated.
    """
    where = np.flatnonzero(unclaimed)
    target = group.mask[where]
    masks: dict[sympy.Basic, np.ndarray] = {}

    def mask_of(cond: sympy.Basic) -> np.ndarray:
        if cond not in masks:
            masks[cond] = np.asarray(values(cond))[where]
        return masks[cond]

    def clause_mask(clause: list[sympy.Basic]) -> np.ndarray:
        result = np.ones(where.size, dtype=bool)
        for cond in clause:
            result &= mask_of(cond)
        return result

    def union(clause_masks: list[np.ndarray]) -> np.ndarray:
        return np.logical_or.reduce(clause_masks) if clause_masks else np.zeros_like(target)

    clauses = [[g.condition for g in r.construction.guards] for r in group.regions]
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


def _verify(
    estimate: Estimate,
    regions: Sequence[Region],
    quantity: str,
    values: _Values,
    domain: Domain,
) -> None:
    """Every point: the first branch whose condition holds gives the region's own outcome."""
    unclaimed = np.ones(domain.size, dtype=bool)
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
                    f"{domain.point(values.grid, int(np.flatnonzero(where)[0]))}"
                )
    if unclaimed.any():
        raise ExplorationError(f"merged {quantity} branches leave points uncovered")
