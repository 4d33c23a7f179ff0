"""Explore and merge a blueprint's FLOP estimates over dim, hyperparameters and input sizes.

The same method as ``regions`` (derive at a point, find a point the guards do not cover yet,
derive again; then merge equal outcomes into branches), with two changes that the FLOP domain
needs. It has four to six variables over huge ranges, so every covering and merging question
is decided by z3 (``solver``), not by enumeration. And a trace is the expensive step, so one
trace serves every point whose module has the same signature (``signature``) and whose input
sizes satisfy that trace's guards: the region of a point is then its construction's guards and
the trace's guards, both proven at the point.

Where the traced step raises (GroupNorm in training refuses one value per channel), the region
is a rejection, confirmed by running the real module at a small point of the region.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import sympy
import torch
import z3

from blueprints.flop_reference import INPUT_LAYOUT
from blueprints.registry import BlueprintSpec

from .construct import DIM, build
from .errors import (
    DerivationError,
    SpecializationError,
    UnsupportedExpressionError,
    first_line,
    hint_for,
)
from .evaluate import evaluate
from .expressions import integer_relation
from .flops import UncountedOpError, count_graph
from .ir import FLOP_QUANTITIES, Branch, Construction, Estimate, Guard, Rejection, Term
from .signature import Plan, plan
from .solver import Box, UndecidedError
from .symbolic import SymbolicSession, user_location
from .trace import BACKWARD, FORWARD, trace_training_step

# quantity -> (convention, phase) of the counts that make it up (see codegen/flops.py); the
# loss (output.sum()) belongs to neither pass
COUNTED: dict[str, tuple[str, str]] = {
    "forward_flops": ("flops", FORWARD),
    "backward_flops": ("flops", BACKWARD),
    "elementwise_flops": ("elementwise", FORWARD),
    "backward_elementwise_flops": ("elementwise", BACKWARD),
}

assert tuple(COUNTED) == FLOP_QUANTITIES


def input_names(topology: str) -> tuple[str, ...]:
    """The input sizes of a topology besides ``dim``: (batch, height, width) or (batch, seq_len)."""
    return tuple(name for name in INPUT_LAYOUT[topology] if name != DIM)


@dataclass(frozen=True)
class FlopRegion:
    """Points where one construction and one trace hold, with what was counted there."""

    conditions: tuple[sympy.Basic, ...]
    sample: tuple[tuple[str, int], ...]
    terms: tuple[tuple[str, tuple[Term, ...]], ...] = ()
    rejection: Rejection | None = None

    def terms_of(self, quantity: str) -> tuple[Term, ...]:
        return dict(self.terms)[quantity]


@dataclass
class _Trace:
    guards: tuple[Guard, ...]
    terms: tuple[tuple[str, tuple[Term, ...]], ...]
    rejection: Rejection | None
    pins: tuple[tuple[str, Guard | None], ...] = ()  # input sizes the trace fixed to one value


# An input size pinned to one value in more traces than this is read as a number by some
# kernel or line (one trace per value: the exploration would never cover the domain). Fewer
# are PyTorch's size-specific paths at small sizes (an output of one element), regions of
# their own.
_MAX_PINS = 8


@dataclass
class Exploration:
    """What ``explore_flops`` found, and what it cost."""

    regions: list[FlopRegion]
    traces: int
    signatures: int


class Constructions:
    """The blueprint built at points (dim, hyperparameters), each build reused wherever its
    guards hold: its formulas and module are those of every point of its region."""

    def __init__(self, spec: BlueprintSpec, fixed: dict[str, Any]) -> None:
        self.spec, self.fixed = spec, fixed
        self.names = [DIM, *(n for n in spec.hyperparameters() if n not in fixed)]
        self._builds: dict[tuple[int, ...], tuple[Construction, Plan | None]] = {}
        self._distinct: list[tuple[Construction, Plan | None]] = []

    def at(self, point: dict[str, int]) -> tuple[Construction, Plan | None]:
        key = tuple(point[n] for n in self.names)
        if key not in self._builds:
            values = dict(zip(self.names, key, strict=True))
            for known in self._distinct:
                if holds(known[0].guards, values):
                    self._builds[key] = known
                    break
            else:
                built = build(self.spec, values, self.fixed)
                module_plan = None if built.module is None else plan(built.module, built.session)
                self._builds[key] = (built.construction, module_plan)
                self._distinct.append(self._builds[key])
        return self._builds[key]


def explore_flops(
    spec: BlueprintSpec,
    fixed: dict[str, Any],
    box: Box,
    first: dict[str, int],
    max_regions: int = 2000,
    progress: Callable[[int, int], None] | None = None,
) -> Exploration:
    """Regions covering every point of ``box`` (z3 proves the cover), each with its counts."""
    constructions = Constructions(spec, fixed)
    traces = TraceCache(spec)

    def region_at(point: dict[str, int]) -> FlopRegion:
        construction, module_plan = constructions.at(point)
        conditions = [g.condition for g in construction.guards]
        if module_plan is None:
            return FlopRegion(
                tuple(box.essential(conditions)), _sample(point), rejection=construction.rejection
            )
        trace = traces.at(
            module_plan.signature,
            point,
            lambda: _trace(spec, module_plan, point, fixed, box, conditions),
        )
        conditions += [g.condition for g in trace.guards]
        return FlopRegion(
            tuple(box.essential(conditions)), _sample(point), trace.terms, trace.rejection
        )

    regions = cover(spec, box, first, constructions, region_at, max_regions, progress, traces)
    return Exploration(regions, traces.count, len(traces.known))


class TraceCache:
    """Traces by key (a module's signature, and its input), each reused wherever its guards
    hold; counts them and refuses an input size that traces keep pinning to one value."""

    def __init__(self, spec: BlueprintSpec) -> None:
        self.spec = spec
        self.known: dict[Any, list[_Trace]] = {}
        self.count = 0
        self._pinned: dict[str, set[int]] = {}

    def find(self, key: Any, point: dict[str, int]) -> _Trace | None:
        return next((t for t in self.known.get(key, ()) if holds(t.guards, point)), None)

    def at(self, key: Any, point: dict[str, int], trace: Callable[[], _Trace]) -> _Trace:
        found = self.find(key, point)
        return found if found is not None else self.add(key, point, trace())

    def add(self, key: Any, point: dict[str, int], trace: _Trace) -> _Trace:
        self.count += 1
        self.known.setdefault(key, []).append(trace)
        for name, guard in trace.pins:
            self._pinned.setdefault(name, set()).add(point[name])
            if len(self._pinned[name]) > _MAX_PINS:
                _refuse_pin(self.spec, name, guard, point)
        if not holds(trace.guards, point):
            raise DerivationError(
                self.spec.key, f"the guards a trace recorded at {_show(point)} do not hold there"
            )
        return trace


def cover(
    spec: BlueprintSpec,
    box: Box,
    first: dict[str, int],
    constructions: Constructions,
    region_at: Callable[[dict[str, int]], FlopRegion],
    max_regions: int,
    progress: Callable[[int, int], None] | None,
    traces: TraceCache,
) -> list[FlopRegion]:
    """Regions from ``region_at`` until they cover the box, which z3 proves.

    Two levels keep each question to z3 small: an outer loop over construction regions (the
    module is the same inside one), an inner one covering all of a construction region (every
    input size, every dim of the region) with the regions ``region_at`` finds.
    """
    regions: list[FlopRegion] = []
    outer = box.solver()
    point: dict[str, int] | None = first
    while point is not None:
        construction, _ = constructions.at(point)
        construction_region = box.conjunction(
            box.essential(g.condition for g in construction.guards)
        )
        inner = box.solver()
        inner.add(construction_region)
        inside: dict[str, int] | None = point
        while inside is not None:
            region = region_at(inside)
            regions.append(region)
            if progress is not None:
                progress(len(regions), traces.count)
            if len(regions) >= max_regions:
                raise DerivationError(
                    spec.key,
                    f"{len(regions)} FLOP regions ({traces.count} traces) do not cover the "
                    "domain yet; the guards keep splitting it",
                )
            inner.add(z3.Not(box.conjunction(region.conditions)))
            inside = _next(spec, box, inner)
        outer.add(z3.Not(construction_region))
        point = _next(spec, box, outer)
    return regions


def _next(spec: BlueprintSpec, box: Box, solver: z3.Solver) -> dict[str, int] | None:
    try:
        return box.model(solver)
    except UndecidedError as exc:
        raise DerivationError(
            spec.key, f"z3 cannot decide whether the FLOP regions cover the domain: {exc}"
        ) from exc


def _sample(point: dict[str, int]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(point.items()))


def _show(point: dict[str, int]) -> str:
    return ", ".join(f"{k}={v}" for k, v in point.items())


def holds(guards: Sequence[Guard], point: dict[str, int]) -> bool:
    """Whether every guard holds at ``point``."""
    return all(satisfied(g.condition, point) for g in guards)


def satisfied(condition: sympy.Basic, point: dict[str, int]) -> bool:
    """Whether ``condition`` holds at ``point``."""
    grid = {k: np.array([v], dtype=np.int64) for k, v in point.items()}
    return bool(evaluate(condition, grid)[0])


def _trace(
    spec: BlueprintSpec,
    module_plan: Plan,
    point: dict[str, int],
    fixed: dict[str, Any],
    box: Box,
    construction: Sequence[sympy.Basic],
) -> _Trace:
    """Trace one training step of the planned module in a fresh session at ``point``.

    ``construction``: the guards of the module's construction region (where a raising step
    is confirmed on a real module, the point must lie in it).
    """
    session = SymbolicSession(point)
    module = module_plan.module
    try:
        with session:
            module_plan.install(session)
            symbols = session.symbols
            x = torch.empty([symbols[n] for n in INPUT_LAYOUT[spec.topology]], requires_grad=True)
            graph = trace_training_step(
                module, x, symbols, lambda s: module_plan.set_attributes(s, session)
            )
            counts = count_graph(graph)
            totals: dict[str, dict[str, sympy.Expr]] = {q: {} for q in COUNTED}
            known = set(point)
            for c in counts:
                count = session.to_sympy(c.count)
                unknown = sorted(str(v) for v in count.free_symbols if str(v) not in known)
                if unknown:
                    raise DerivationError(
                        spec.key,
                        f"the count of {c.op} ({c.phase} pass, submodule {c.module or 'root'}) "
                        f"depends on tensor values (a data-dependent size {', '.join(unknown)}) "
                        f"while tracing at {_show(point)}",
                        hint=hint_for(RuntimeError("data-dependent")),
                    )
                for quantity, kind in COUNTED.items():
                    if (c.quantity, c.phase) == kind:
                        owners = totals[quantity]
                        owners[c.module] = owners.get(c.module, 0) + count
            guards = tuple(session.guards())
            # an input size pinned to one value (a dim pinned here can be a construction
            # region of one point, such as one channel per GroupNorm group)
            pinned = [n for n in session.pinned_symbols() if n in input_names(spec.topology)]
    except UncountedOpError as exc:
        raise DerivationError(spec.key, str(exc)) from exc
    except SpecializationError as exc:
        raise DerivationError(
            spec.key,
            f"{exc} while tracing at {_show(point)}",
            exc.location,
            "the module's forward, or a PyTorch kernel it calls (a recurrent layer's C++ loop "
            "over time steps, for one), reads a size as a number; keep sizes symbolic in "
            "forward (x.shape[1], not int(x.shape[1]))",
        ) from exc
    except UnsupportedExpressionError as exc:
        raise DerivationError(spec.key, f"a FLOP count cannot be expressed exactly: {exc}") from exc
    except Exception as exc:  # the step raised: a rejection if the real module raises too
        return _rejection(spec, session, point, fixed, box, construction, exc)
    terms = tuple(
        (
            quantity,
            tuple(
                Term(owner, type(module.get_submodule(owner)).__name__, sympy.expand(expr))
                for owner, expr in sorted(owners.items())
                if sympy.expand(expr) != 0
            ),
        )
        for quantity, owners in totals.items()
    )
    pins = tuple((name, _pin_guard(guards, name)) for name in pinned)
    return _Trace(guards, terms, None, pins)


def _pin_guard(guards: Sequence[Guard], name: str) -> Guard | None:
    """The guard that fixed ``name``: an equality on it, from the module's code if any."""
    pins = [
        g
        for g in guards
        if isinstance(g.condition, sympy.Eq) and name in {str(v) for v in g.condition.free_symbols}
    ]
    return next((g for g in pins if not g.internal), pins[0] if pins else None)


def _refuse_pin(spec: BlueprintSpec, name: str, guard: Guard | None, point: dict[str, int]) -> None:
    raise DerivationError(
        spec.key,
        f"the training step pins {name} to a single value ({guard.condition if guard else '?'}) "
        f"at every size tried, most recently while tracing at {_show(point)}",
        guard.location if guard else None,
        "a PyTorch kernel or a line of the module reads a concrete size (its C++ entry point "
        "calls sizes(), or Python compares a size with a number); its FLOPs would hold for one "
        "size at a time",
    )


def _rejection(
    spec: BlueprintSpec,
    session: SymbolicSession,
    point: dict[str, int],
    fixed: dict[str, Any],
    box: Box,
    construction: Sequence[sympy.Basic],
    exc: Exception,
) -> _Trace:
    """Confirm a raising trace on the real module, at the smallest point of its region.

    The module is built and run on the meta device: the checks that make a step raise (a
    single value per channel in BatchNorm or GroupNorm, a shape mismatch) are the same there,
    and a region whose smallest point is huge costs no memory.
    """
    import traceback

    location = user_location(traceback.extract_tb(exc.__traceback__))
    guards = tuple(session.guards())
    small = box.find(
        box.conjunction([*construction, *(g.condition for g in guards)]),
        *_small(box, point),
    )
    where = small or point
    hyper = {k: v for k, v in where.items() if k in spec.hyperparameters()}
    shape = [where[n] for n in INPUT_LAYOUT[spec.topology]]
    try:
        with torch.device("meta"):
            module = spec.build(where[DIM], **hyper, **fixed)
            module(torch.empty(*shape, requires_grad=True)).sum().backward()
    except type(exc) as real:
        return _Trace(
            guards, (), Rejection(type(real).__name__, str(real), location, "training step")
        )
    except Exception as other:
        raise DerivationError(
            spec.key,
            f"tracing at {_show(point)} raised {type(exc).__name__}: {first_line(exc)}, but the "
            f"module on the meta device raises {type(other).__name__} at {_show(where)}: "
            f"{first_line(other)}",
            location,
            hint_for(exc),
        ) from exc
    raise DerivationError(
        spec.key,
        f"tracing at {_show(point)} raised {type(exc).__name__}: {first_line(exc)}, but the "
        f"real module runs at {_show(where)}",
        location,
        hint_for(exc),
    ) from exc


def _small(box: Box, point: dict[str, int]) -> list[z3.ExprRef]:
    """Constraints for a small point (every variable at most 8, or its value here)."""
    return [box.z3[v.name] <= max(min(8, point[v.name]), v.lo) for v in box.variables]


# ---------------------------------------------------------------------------------------------
# merging


@dataclass(eq=False)
class _Group:
    terms: tuple[Term, ...]
    rejection: Rejection | None
    members: list[FlopRegion] = field(default_factory=list)


def _facts(region: FlopRegion) -> dict[sympy.Basic, sympy.Basic]:
    """Substitutions the region's guards make exact.

    Pinned values: ``batch == 1``, ``height <= 1`` and ``batch*dim*seq_len < 2`` (every
    variable is a positive integer, so a product at most 1 pins each factor to 1); equal
    variables: ``n_head == dim``; and floor(x/k) -> x/k where a guard states the divisibility
    (``x % k == 0``, ``x == k*floor(x/k)``).
    """
    rewrite: dict[sympy.Basic, sympy.Basic] = {}
    for condition in region.conditions:
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


def _valid_for(terms: Sequence[Term], region: FlopRegion, quantity: str) -> bool:
    """Whether ``terms`` equal the region's own terms at every point of the region.

    Exact: both sides are rewritten with facts the region's guards state, then compared as
    polynomials; equal after the rewrite means equal wherever the facts hold.
    """
    own = region.terms_of(quantity)
    if [t.owner for t in terms] != [t.owner for t in own]:
        return False
    facts = _facts(region)
    return all(_zero(a.expr - b.expr, facts) for a, b in zip(terms, own, strict=True))


def _zero(expr: sympy.Expr, facts: dict[sympy.Basic, sympy.Basic]) -> bool:
    pinned = {k: v for k, v in facts.items() if isinstance(k, sympy.Symbol)}
    divisible = {k: v for k, v in facts.items() if not isinstance(k, sympy.Symbol)}
    # divisibility first (its keys mention the pinned variables), then the pinned values
    return sympy.expand(expr.xreplace(divisible).xreplace(pinned)) == 0


def _simplest(group: _Group, quantity: str) -> tuple[Term, ...]:
    """The group's terms with the divisibility facts of its first region applied
    (``(dim // n_head) * n_head`` is ``dim`` where ``dim % n_head == 0``), if that leaves
    integer polynomials that are right on every member region; else the terms as traced."""
    divisible = {
        k: v for k, v in _facts(group.members[0]).items() if not isinstance(k, sympy.Symbol)
    }
    if not divisible:
        return group.terms
    simpler = tuple(
        Term(t.owner, t.owner_type, sympy.expand(t.expr.xreplace(divisible))) for t in group.terms
    )
    integral = all(
        sympy.fraction(sympy.together(t.expr))[1] == 1
        and all(r.is_Integer for r in t.expr.atoms(sympy.Rational))
        for t in simpler
    )
    if (
        integral
        and _complexity(simpler) < _complexity(group.terms)
        and all(_valid_for(simpler, member, quantity) for member in group.members)
    ):
        return simpler
    return group.terms


def _variables(terms: Sequence[Term]) -> int:
    return len(set().union(*(t.expr.free_symbols for t in terms)))


def _complexity(terms: Sequence[Term]) -> tuple[int, str]:
    return sum(sympy.count_ops(t.expr) for t in terms), str([t.expr for t in terms])


def merge_flops(regions: Sequence[FlopRegion], quantity: str, box: Box, blueprint: str) -> Estimate:
    """Ordered branches for ``quantity`` with short conditions, each proven by z3."""
    groups: list[_Group] = []
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
                group = _Group((), region.rejection)
                groups.append(group)
            group.members.append(region)
    # the most general formulas first (most variables: a formula traced where batch == 1 lacks
    # batch), the simplest among those: they become the representatives others are checked with
    valued = sorted(
        (r for r in regions if r.rejection is None),
        key=lambda r: (-_variables(r.terms_of(quantity)), _complexity(r.terms_of(quantity))),
    )
    for region in valued:
        group = next(
            (g for g in groups if g.rejection is None and _valid_for(g.terms, region, quantity)),
            None,
        )
        if group is None:
            group = _Group(region.terms_of(quantity), None)
            groups.append(group)
        group.members.append(region)
    for group in groups:
        if group.rejection is None:
            group.terms = _simplest(group, quantity)
    rejected = [g for g in groups if g.rejection]
    accepted = sorted(
        (g for g in groups if not g.rejection), key=lambda g: len(g.members)
    )  # stable: the most common outcome last, as "otherwise"
    if not accepted:
        raise DerivationError(blueprint, "the factory rejects every point of the FLOP domain")
    ordered = rejected + accepted
    try:
        branches = _branches(ordered, box)
    except UndecidedError as exc:
        raise DerivationError(blueprint, f"z3 cannot decide a {quantity} condition: {exc}") from exc
    estimate = Estimate(quantity, tuple(branches))
    _verify(estimate, ordered, box, quantity, blueprint)
    return estimate


def _branches(ordered: Sequence[_Group], box: Box) -> list[Branch]:
    claimed: list[sympy.Basic] = []
    branches = []
    for position, group in enumerate(ordered):
        if position == len(ordered) - 1:
            branches.append(Branch(None, group.terms, group.rejection))
            break
        rivals = [m for later in ordered[position + 1 :] for m in later.members]
        condition = _condition(group, rivals, box, claimed)
        branches.append(Branch(condition, group.terms, group.rejection))
        claimed.append(condition)
    return branches


def _any(box: Box, regions: Sequence[FlopRegion]) -> z3.ExprRef:
    return box.disjunction(r.conditions for r in regions)


def _within(box: Box, claimed: Sequence[sympy.Basic]) -> z3.ExprRef:
    if not claimed:
        return z3.BoolVal(True, box.ctx)
    return z3.And([z3.Not(box.formula(c)) for c in claimed])


def _separates(
    condition: list[sympy.Basic],
    members: Sequence[FlopRegion],
    rivals: Sequence[FlopRegion],
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
            box.find(within, z3.Not(formula), _any(box, members), timeout=_SHORT) is None
            and box.find(within, formula, _any(box, rivals), timeout=_SHORT) is None
        )
    except UndecidedError:
        return False


_SHORT = 5_000  # ms for a question whose "don't know" only costs a longer condition


def _condition(
    group: _Group, rivals: Sequence[FlopRegion], box: Box, claimed: Sequence[sympy.Basic]
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
                return sympy.And(*sorted(combo, key=sympy.default_sort_key))
    clauses = []
    for m in members:
        clause = list(m.conditions)
        if any(set(c) <= set(clause) for c in clauses):
            continue  # a shorter clause already covers this member
        for guard in sorted(clause, key=lambda g: (-sympy.count_ops(g), sympy.default_sort_key(g))):
            trial = [g for g in clause if g is not guard]
            if _separates_rivals(trial, rivals, box, claimed):
                clause = trial
        clauses.append(sorted(clause, key=sympy.default_sort_key))
    if any(not c for c in clauses):
        return sympy.true
    return sympy.Or(*(sympy.And(*c) for c in clauses))


def _separates_rivals(
    condition: list[sympy.Basic],
    rivals: Sequence[FlopRegion],
    box: Box,
    claimed: Sequence[sympy.Basic],
) -> bool:
    try:
        found = box.find(
            _within(box, claimed), box.conjunction(condition), _any(box, rivals), timeout=_SHORT
        )
    except UndecidedError:
        return False
    return found is None


def _verify(
    estimate: Estimate, ordered: Sequence[_Group], box: Box, quantity: str, blueprint: str
) -> None:
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
            raise DerivationError(blueprint, f"a merged {quantity} branch misses a point")
        if box.find(within, condition, _any(box, rivals)) is not None:
            raise DerivationError(blueprint, f"a merged {quantity} branch selects a wrong point")
        claimed.append(branch.condition)
    for branch, group in zip(estimate.branches, ordered, strict=True):
        for member in group.members:
            if member.rejection is not None:
                continue
            grid = {k: np.array([v], dtype=np.int64) for k, v in member.sample}
            own = sum(int(evaluate(t.expr, grid)[0]) for t in member.terms_of(quantity))
            if int(evaluate(branch.total, grid)[0]) != own:
                raise DerivationError(
                    blueprint,
                    f"merged {quantity} disagrees with its trace at {dict(member.sample)}",
                )
