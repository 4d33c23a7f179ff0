"""The cover loop both oracles share: find a region at a point, mark its points covered, ask
for a point no region covers yet, and go on until there is none.

The oracle keeps the uncovered points: a mask over the enumerated box (``enumeration``) or a z3
solver that holds the negation of every region found (``smt``), so the answer "none left" is a
proof that the regions cover the box.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

R = TypeVar("R")
R_contra = TypeVar("R_contra", contravariant=True)

Point = dict[str, int]


class ExplorationError(Exception):
    """The regions cannot be explored into a consistent cover of the box, or merged."""


class Uncovered(Protocol[R_contra]):
    """The points of a box that no region found so far covers."""

    def remove(self, region: R_contra) -> None:
        """Mark the points of ``region`` covered."""

    def next(self) -> Point | None:
        """A point not covered yet, or None when every point is."""


def cover(
    first: Point,
    region_at: Callable[[Point], R],
    uncovered: Uncovered[R],
    found: Callable[[list[R], Point | None], None] | None = None,
) -> list[R]:
    """Regions from ``region_at``, first at ``first``, then at each point ``uncovered``
    reports, until it reports none.

    ``found(regions, next_point)`` sees the regions after each new one: for progress output,
    and to raise when a cover does not converge (``next_point`` is None once it is complete).
    """
    regions: list[R] = []
    point: Point | None = first
    while point is not None:
        region = region_at(point)
        regions.append(region)
        uncovered.remove(region)
        point = uncovered.next()
        if found is not None:
            found(regions, point)
    return regions
