"""The merge both oracles share: regions grouped by outcome into ordered branches.

Rejections come first, then the formulas from the least to the most common, the last one as
"otherwise"; each branch but the last gets a condition that selects exactly its group's points
among those earlier branches leave. The oracle decides what the skeleton cannot: which regions
have the same outcome (equal at every point of a region, by enumeration or by proof), how
common a group is, the shortest condition that separates it, and the final check.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

import sympy

from ...ir import Branch, Estimate, Rejection, Term
from .cover import ExplorationError

R = TypeVar("R")


@dataclass(eq=False)
class Group(Generic[R]):
    """Regions with one outcome: formulas that are right on every member, or one rejection."""

    terms: tuple[Term, ...]
    rejection: Rejection | None
    members: list[R] = field(default_factory=list)
    points: Any = None  # the oracle's own record of the group's points (a mask), if any


class Oracle(Protocol[R]):
    """What a merge asks about regions of type ``R``."""

    def groups(self, regions: Sequence[R], quantity: str) -> list[Group[R]]:
        """The regions grouped by outcome, each group's ``terms`` its simplest right formula."""

    def weight(self, group: Group[R]) -> int:
        """How common the group is: the heaviest accepted group becomes "otherwise"."""

    def condition(
        self, group: Group[R], later: Sequence[Group[R]], claimed: Sequence[sympy.Basic]
    ) -> sympy.Basic:
        """A short condition true on ``group``'s points and false on the ``later`` groups',
        among the points the ``claimed`` conditions (earlier branches) leave."""

    def verify(self, estimate: Estimate, ordered: Sequence[Group[R]]) -> None:
        """Raise ExplorationError unless every point gets its own region's outcome."""


def complexity(terms: Sequence[Term]) -> tuple[int, str]:
    """A total order on formulas, simplest first (fewest operations, then the text)."""
    return sum(sympy.count_ops(t.expr) for t in terms), str([t.expr for t in terms])


def merge(regions: Sequence[R], quantity: str, oracle: Oracle[R]) -> Estimate:
    """Ordered branches for ``quantity`` over ``regions`` (which cover the box)."""
    groups = oracle.groups(regions, quantity)
    rejected = [g for g in groups if g.rejection]
    accepted = sorted((g for g in groups if not g.rejection), key=oracle.weight)  # stable
    if not accepted:
        raise ExplorationError("the factory rejects every point of the domain")
    ordered = rejected + accepted
    branches: list[Branch] = []
    claimed: list[sympy.Basic] = []
    for position, group in enumerate(ordered):
        if position == len(ordered) - 1:
            branches.append(Branch(None, group.terms, group.rejection))
            break
        condition = oracle.condition(group, ordered[position + 1 :], claimed)
        branches.append(Branch(condition, group.terms, group.rejection))
        claimed.append(condition)
    estimate = Estimate(quantity, tuple(branches))
    oracle.verify(estimate, ordered)
    return estimate
