"""The SMT oracle's merge: regions grouped by formulas provably equal on them, and each branch
condition proven with z3 before it is kept.

Formulas are compared after the substitutions the regions' guards state (``batch == 1``,
``dim % n_head == 0``: ``facts``); a branch's condition is the shortest that separates its
regions from the later branches' (``_condition``), and the merged estimate is verified against
every region (``_verify``). ``smt.cover`` finds the regions.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import sympy
import z3

from ...evaluate import evaluate, satisfied
from ...expressions import integer_relation
from ...ir import Estimate, Term
from . import merge as merging
from .box import Box, UndecidedError
from .cover import ExplorationError
from .maxima import Bounds, maximum
from .merge import Group, complexity

if TYPE_CHECKING:
    from .smt import Region


def merge(regions: Sequence[Region], quantity: str, box: Box) -> Estimate:
    """Ordered branches for ``quantity`` with short conditions, each proven by z3."""
    try:
        return merging.merge(regions, quantity, _Proof(box, quantity))
    except UndecidedError as exc:
        raise ExplorationError(f"z3 cannot decide a {quantity} condition: {exc}") from exc


class _Proof:
    """The merge's questions answered by rewriting with the regions' facts and by z3."""

    def __init__(self, box: Box, quantity: str) -> None:
        self.box, self.quantity = box, quantity
        self.bounds = Bounds(box)

    def groups(self, regions: Sequence[Region], quantity: str) -> list[Group[Region]]:
        """Rejections by error and line; formulas most general first (most variables: a
        formula traced where batch == 1 lacks batch), the simplest among those: they become
        the representatives the other regions are checked with."""
        groups: list[Group[Region]] = []
        for region in regions:
            if region.rejection is not None:
                key = (region.rejection.error, region.rejection.location)
                group = next(
                    (
                        g
                        for g in groups
                        if g.rejection and (g.rejection.error, g.rejection.location) == key
                    ),
                    None,
                )
                if group is None:
                    group = Group((), region.rejection)
                    groups.append(group)
                group.members.append(region)
        valued = sorted(
            (r for r in regions if r.rejection is None),
            key=lambda r: (-_variables(r.terms_of(quantity)), complexity(r.terms_of(quantity))),
        )
        for region in valued:
            group = next(
                (
                    g
                    for g in groups
                    if g.rejection is None and _valid_for(g.terms, region, quantity, self.bounds)
                ),
                None,
            )
            if group is None:
                group = Group(region.terms_of(quantity), None)
                groups.append(group)
            group.members.append(region)
        for group in groups:
            if group.rejection is None:
                group.terms = _simplest(group, quantity, self.bounds)
        return groups

    def weight(self, group: Group[Region]) -> int:
        return len(group.members)

    def condition(
        self, group: Group[Region], later: Sequence[Group[Region]], claimed: Sequence[sympy.Basic]
    ) -> sympy.Basic:
        rivals = [m for g in later for m in g.members]
        return _condition(group, rivals, self.box, claimed)

    def verify(self, estimate: Estimate, ordered: Sequence[Group[Region]]) -> None:
        _verify(estimate, ordered, self.box, self.quantity)


def facts(conditions: Sequence[sympy.Basic]) -> dict[sympy.Basic, sympy.Basic]:
    """Substitutions exact wherever ``conditions`` (a region's guards) hold.

    Pinned values: ``batch == 1``, ``height <= 1`` and ``batch*dim*seq_len < 2`` (every
    variable is a positive integer, so a product at most 1 pins each factor to 1); equal
    variables: ``n_head == dim``; and floor(x/k) -> x/k where a guard states the divisibility
    (``x % k == 0``, ``x == k*floor(x/k)``).
    """
    rewrite: dict[sympy.Basic, sympy.Basic] = {}
    for condition in conditions:
        if isinstance(condition, sympy.Le | sympy.Lt | sympy.Eq):
            kind, lhs, rhs = integer_relation(condition)
            limit = int(rhs) - (1 if kind is sympy.Lt else 0) if rhs.is_Integer else None
            factors = sympy.Mul.make_args(lhs)
            if all(isinstance(f, sympy.Symbol) for f in factors) and (
                limit == 1 or (kind is sympy.Eq and len(factors) == 1 and limit is not None)
            ):
                for factor in factors:
                    rewrite[factor] = sympy.Integer(limit)
                continue
            terms = sympy.Add.make_args(lhs)
            if kind is sympy.Eq and rhs == 0 and len(terms) == 2:
                a, b = sorted(terms, key=lambda t: t.could_extract_minus_sign())
                if isinstance(a, sympy.Symbol) and isinstance(-b, sympy.Symbol):
                    rewrite[a] = -b  # a == b
                    continue
        if not isinstance(condition, sympy.Eq):
            continue
        lhs, rhs = condition.args
        if isinstance(lhs, sympy.Mod) and rhs == 0:
            x, k = lhs.args
            rewrite[sympy.floor(x / k)] = x / k
            continue
        for atom in condition.atoms(sympy.floor):  # x == k*floor(x/k) and the like
            if _pins_to_exact(lhs - rhs, atom):
                rewrite[atom] = atom.args[0]
    return rewrite


def _pins_to_exact(difference: sympy.Expr, atom: sympy.floor) -> bool:
    """Whether ``difference == 0`` has ``atom = floor(x/k)`` equal to ``x/k`` as its only
    solution: linear in the atom with a coefficient that is never zero, and solved by x/k.

    ``x == k*floor(x/k)`` says k divides x; ``max(1, k*floor(x/k)) == k*floor(x/k)`` is also
    true at floor(x/k) = x/k but says nothing of the kind (it holds for any floor >= 1)."""
    try:
        poly = sympy.Poly(sympy.expand(difference), atom)
    except sympy.PolynomialError:
        return False
    if poly.degree() != 1:
        return False
    slope, offset = poly.all_coeffs()
    if not (slope.is_positive or slope.is_negative):
        return False
    return sympy.simplify(-offset / slope - atom.args[0]) == 0


def _valid_for(terms: Sequence[Term], region: Region, quantity: str, bounds: Bounds) -> bool:
    """Whether ``terms`` equal the region's own terms at every point of the region.

    Exact: both sides are rewritten with facts the region's guards state, then compared as
    polynomials; equal after the rewrite means equal wherever the facts hold. A maximum (a
    peak) is compared by its arguments, rewritten each, once those that another one bounds
    in the box are left out (``maxima``): the same arguments left, the same maximum.
    """
    own = region.terms_of(quantity)
    if [t.owner for t in terms] != [t.owner for t in own]:
        return False
    known = facts(region.conditions)
    return all(
        _maximum_of(a.expr, known, bounds) == _maximum_of(b.expr, known, bounds)
        if isinstance(a.expr, sympy.Max) or isinstance(b.expr, sympy.Max)
        else _zero(a.expr - b.expr, known)
        for a, b in zip(terms, own, strict=True)
    )


def _maximum_of(
    expr: sympy.Expr, known: dict[sympy.Basic, sympy.Basic], bounds: Bounds
) -> frozenset[sympy.Expr]:
    """The arguments of ``expr`` (a maximum, or one argument) rewritten with ``known``, those
    another one bounds left out."""
    key = (expr, frozenset(known.items()))
    if key not in bounds.memo:
        args = expr.args if isinstance(expr, sympy.Max) else (expr,)
        left = maximum([sympy.expand(rewrite(a, known)) for a in args], bounds)
        bounds.memo[key] = frozenset(left.args if isinstance(left, sympy.Max) else (left,))
    return bounds.memo[key]


_PASSES = 8  # a bound on the rewrites of nested floors (three levels in GPT-2's heads)


def rewrite(expr: sympy.Basic, known: dict[sympy.Basic, sympy.Basic]) -> sympy.Basic:
    """``expr`` with the substitutions ``known`` (from ``facts``) made: divisibility first (its
    keys mention the pinned variables), then the pinned values."""
    pinned = {k: v for k, v in known.items() if isinstance(k, sympy.Symbol)}
    divisible = {k: v for k, v in known.items() if not isinstance(k, sympy.Symbol)}
    # to a fixed point: a rewrite can make a floor it rewrites (GPT-2's inferred head count
    # floor(dim/floor(dim/floor(dim/n_head))) is floor(dim/n_head) once the inner one is
    # dim/n_head, and so n_head in one more pass)
    for _ in range(_PASSES):
        simpler = expr.xreplace(divisible)
        if simpler == expr:
            break
        expr = simpler
    return expr.xreplace(pinned)


def _zero(expr: sympy.Expr, known: dict[sympy.Basic, sympy.Basic]) -> bool:
    return sympy.expand(rewrite(expr, known)) == 0


def _simplest(group: Group[Region], quantity: str, bounds: Bounds) -> tuple[Term, ...]:
    """The group's terms with the divisibility facts of its first region applied
    (``(dim // n_head) * n_head`` is ``dim`` where ``dim % n_head == 0``), if that leaves
    integer polynomials that are right on every member region; else the terms as traced."""
    divisible = {
        k: v
        for k, v in facts(group.members[0].conditions).items()
        if not isinstance(k, sympy.Symbol)
    }
    if not divisible:
        return group.terms
    # a maximum (a peak) argument by argument: rewritten as a whole, sympy would compare its
    # arguments again
    parts = [list(t.expr.args) if isinstance(t.expr, sympy.Max) else [t.expr] for t in group.terms]
    rewritten = [[sympy.expand(rewrite(a, divisible)) for a in args] for args in parts]
    integral = all(
        sympy.fraction(sympy.together(a))[1] == 1
        and all(r.is_Integer for r in a.atoms(sympy.Rational))
        for args in rewritten
        for a in args
    )
    if integral:
        rewritten = [[_polynomial(a) for a in args] for args in rewritten]
    simpler = tuple(
        Term(t.owner, t.owner_type, maximum(args, bounds) if len(args) > 1 else args[0])
        for t, args in zip(group.terms, rewritten, strict=True)
    )
    if (
        integral
        and complexity(simpler) < complexity(group.terms)
        and all(_valid_for(simpler, member, quantity, bounds) for member in group.members)
    ):
        return simpler
    return group.terms


def _polynomial(expr: sympy.Expr) -> sympy.Expr:
    """An expanded ``expr`` whose quotients cancel (its ``together`` has no denominator) as
    the polynomial it is: a divisor the facts bring (``floor(x/k) -> x/k`` with k =
    ``Mod(dim, 2) + 1``, a channel shuffle's groups) can leave ``a*k/k`` spread over several
    terms by the expansion, which no walker of the integer vocabulary reads."""
    if any(p.exp.is_negative for p in expr.atoms(sympy.Pow)):
        return sympy.expand(sympy.cancel(expr))
    return expr


def _variables(terms: Sequence[Term]) -> int:
    return len(set().union(*(t.expr.free_symbols for t in terms)))


def _any(box: Box, regions: Sequence[Region]) -> z3.ExprRef:
    return box.disjunction(r.conditions for r in regions)


def _within(box: Box, claimed: Sequence[sympy.Basic]) -> z3.ExprRef:
    if not claimed:
        return z3.BoolVal(True, box.ctx)
    return z3.And([z3.Not(box.formula(c)) for c in claimed])


def _separates(
    condition: list[sympy.Basic],
    members: Sequence[Region],
    rivals: Sequence[Region],
    box: Box,
    claimed: Sequence[sympy.Basic],
) -> bool:
    """Whether the conjunction ``condition`` holds on every member region and on no rival
    region (among the points earlier branches leave). The regions cover the box, so such a
    condition selects exactly the members' points. Both questions are positive disjunctions,
    which z3 answers fast; an undecided one counts as a no (a longer condition is kept)."""
    within = _within(box, claimed)
    formula = box.conjunction(condition)
    try:
        return (
            box.find(within, z3.Not(formula), _any(box, members), budget=_SHORT) is None
            and box.find(within, formula, _any(box, rivals), budget=_SHORT) is None
        )
    except UndecidedError:
        return False


_SHORT = 20_000_000  # z3's effort (about 7 s) for a question whose "don't know" only costs a
# longer condition


def _condition(
    group: Group[Region], rivals: Sequence[Region], box: Box, claimed: Sequence[sympy.Basic]
) -> sympy.Basic:
    """A short condition true on ``group``'s regions and false on the ``rivals``' (the regions
    of later branches), among the points earlier branches leave.

    First the shortest conjunction of at most three of the members' guards that z3 proves
    separating, tried in order of how many members state them (a candidate must first hold at
    every member's sample point and fail at every rival's); failing that, the disjunction of
    the members' guard sets, each shortened by every guard z3 proves unnecessary.
    """
    members = group.members
    inside = [dict(m.sample) for m in members]
    outside = [dict(r.sample) for r in rivals]
    counts: dict[sympy.Basic, int] = {}
    for m in members:
        for c in m.conditions:
            counts[c] = counts.get(c, 0) + 1
    candidates = sorted(
        counts, key=lambda c: (-counts[c], sympy.count_ops(c), sympy.default_sort_key(c))
    )[:24]
    truth = {
        c: ([satisfied(c, p) for p in inside], [satisfied(c, p) for p in outside])
        for c in candidates
    }
    for size in (1, 2, 3):
        for combo in itertools.combinations(candidates, size):
            if not all(all(truth[c][0]) for c in combo):
                continue
            if any(all(truth[c][1][i] for c in combo) for i in range(len(outside))):
                continue
            if _separates(list(combo), members, rivals, box, claimed):
                return sympy.And(*sorted(_pinned(list(combo), box), key=sympy.default_sort_key))
    clauses = []
    for m in members:
        clause = list(m.conditions)
        if any(set(c) <= set(clause) for c in clauses):
            continue  # a shorter clause already covers this member
        for guard in sorted(clause, key=lambda g: (-sympy.count_ops(g), sympy.default_sort_key(g))):
            trial = [g for g in clause if g is not guard]
            if _separates_rivals(trial, rivals, box, claimed):
                clause = trial
        clauses.append(sorted(_pinned(clause, box), key=sympy.default_sort_key))
    if any(not c for c in clauses):
        return sympy.true
    return sympy.Or(*(sympy.And(*c) for c in clauses))


def _pinned(condition: list[sympy.Basic], box: Box) -> list[sympy.Basic]:
    """``condition`` with the guards on one variable that together leave it one value in the
    box replaced by that equality (``dim % 2 == 0 and dim // 2 == 1`` is ``dim == 2``, ``batch
    <= 1`` is ``batch == 1``): the same points, written as a person writes them. z3 finds the
    value and proves it the only one; an undecided question leaves the guards as they are."""
    by_variable: dict[sympy.Symbol, list[sympy.Basic]] = {}
    for guard in condition:
        if len(guard.free_symbols) == 1:
            by_variable.setdefault(next(iter(guard.free_symbols)), []).append(guard)
    result = list(condition)
    for variable, guards in sorted(by_variable.items(), key=lambda item: item[0].name):
        if all(isinstance(g, sympy.Eq) and g.lhs == variable for g in guards):
            continue  # already an equality on the variable itself
        formula = box.conjunction(guards)
        try:
            point = box.find(formula, budget=_SHORT)
            if point is None:
                continue
            value = point[variable.name]
            if box.find(formula, box.z3[variable.name] != value, budget=_SHORT) is not None:
                continue
        except UndecidedError:
            continue
        result = [g for g in result if g not in guards] + [sympy.Eq(variable, value)]
    return result


def _separates_rivals(
    condition: list[sympy.Basic],
    rivals: Sequence[Region],
    box: Box,
    claimed: Sequence[sympy.Basic],
) -> bool:
    try:
        found = box.find(
            _within(box, claimed), box.conjunction(condition), _any(box, rivals), budget=_SHORT
        )
    except UndecidedError:
        return False
    return found is None


def _verify(estimate: Estimate, ordered: Sequence[Group[Region]], box: Box, quantity: str) -> None:
    """Check the branches with z3, then numerically at every region's sample point.

    Each branch but the last must, among the points earlier branches leave, hold on every
    region of its group and on no region of a later group. The regions cover the box (the
    exploration proved it), so each branch selects exactly its group's points, and what is
    left for the last branch is its group's.
    """
    claimed: list[sympy.Basic] = []
    for position, (branch, group) in enumerate(zip(estimate.branches[:-1], ordered, strict=False)):
        rivals = [m for later in ordered[position + 1 :] for m in later.members]
        within, condition = _within(box, claimed), box.formula(branch.condition)
        if box.find(within, z3.Not(condition), _any(box, group.members)) is not None:
            raise ExplorationError(f"a merged {quantity} branch misses a point")
        if box.find(within, condition, _any(box, rivals)) is not None:
            raise ExplorationError(f"a merged {quantity} branch selects a wrong point")
        claimed.append(branch.condition)
    for branch, group in zip(estimate.branches, ordered, strict=True):
        for member in group.members:
            if member.rejection is not None:
                continue
            grid = {k: np.array([v], dtype=np.int64) for k, v in member.sample}
            own = sum(int(evaluate(t.expr, grid)[0]) for t in member.terms_of(quantity))
            if int(evaluate(branch.total, grid)[0]) != own:
                raise ExplorationError(
                    f"merged {quantity} disagrees with its trace at {dict(member.sample)}",
                )
