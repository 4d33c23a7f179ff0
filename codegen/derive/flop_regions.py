"""Trace a blueprint's training step at points of its FLOP box: the torch side of the
FLOP exploration. A trace gives the FLOP counts of the step and the bytes autograd saves in
its forward (recorded by saved-tensor hooks during the same trace), all as functions of the
sizes, constant on the trace's region; with ``peak``, the same session then runs the step
users run, once per optimizer, for its peak bytes (``peak``), its guards joining the trace's.

The engine (``explore.smt``) covers the box of dim, hyperparameters and input sizes with
regions and merges them; this module gives it the region at a point. A trace is the expensive
step, so one trace serves every point whose module has the same signature (``signature``) and
whose input sizes satisfy that trace's guards: the region of a point is its construction's
guards and the trace's guards, both proven at the point, with the counts of the trace.

Where the traced step raises (GroupNorm in training refuses one value per channel), the region
is a rejection, confirmed by running the real module at a small point of the region.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import sympy
import torch

from blueprints.memory_reference import SavedTensors
from blueprints.registry import BlueprintSpec

from ..errors import (
    DerivationError,
    SpecializationError,
    UnsupportedExpressionError,
    hint_for,
)
from ..evaluate import holds
from ..float_sizes import FloatSizeError
from ..ir import FLOP_QUANTITIES, PEAKS, Construction, Guard, Rejection, Term
from .composition import Composer, Composition, Recompose
from .construct import DIM, build
from .explore.box import Box
from .explore.cover import ExplorationError, Point
from .explore.smt import Region, cover
from .flops import UncountedOpError, count_graph
from .peak import PeakError, peak_bytes
from .signature import Plan, plan
from .step_rejections import confirm_rejection, show
from .symbolic import SymbolicSession
from .symbolic.floats import FloatConversionError
from .trace import BACKWARD, FORWARD, autocast_dtype, current_module, trace_training_step

# quantity -> (convention, phase) of the counts that make it up (see codegen/derive/flops.py); the
# loss (output.sum()) belongs to neither pass
COUNTED: dict[str, tuple[str, str]] = {
    "forward_flops": ("flops", FORWARD),
    "backward_flops": ("flops", BACKWARD),
    "elementwise_flops": ("elementwise", FORWARD),
    "backward_elementwise_flops": ("elementwise", BACKWARD),
}
# the bytes of the storages autograd saves in the forward (blueprints/memory_reference.py)
SAVED = "activation_bytes"

assert (*COUNTED, SAVED) == FLOP_QUANTITIES


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

    regions: list[Region]
    traces: int
    signatures: int


class Constructions:
    """The blueprint built at points (dim, hyperparameters), each build reused wherever its
    guards hold: its formulas and module are those of every point of its region."""

    def __init__(self, spec: BlueprintSpec, fixed: dict[str, Any], box: Box) -> None:
        self.spec, self.fixed = spec, fixed
        self.names = [DIM, *(n for n in spec.hyperparameters() if n not in fixed)]
        # the construction variables' box, where sizes computed through floats are proven
        self.domain = Box([v for v in box.variables if v.name in self.names])
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
                built = build(self.spec, values, self.fixed, self.domain)
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
    peak: bool = False,
) -> Exploration:
    """Regions covering every point of ``box`` (z3 proves the cover), each with its counts.

    ``fixed``: the values of the finite-choice hyperparameters (one variant); ``progress``
    gets the regions and traces so far; ``peak``: the peak bytes too (a ``PeakError`` where
    they cannot be had)."""
    constructions = Constructions(spec, fixed, box)
    traces = TraceCache(spec, peak)

    def region_at(point: dict[str, int]) -> Region:
        return _region_at(spec, fixed, box, constructions, traces, point)

    def construction_at(point: Point) -> list[sympy.Basic]:
        construction, _ = constructions.at(point)
        return box.essential(g.condition for g in construction.guards)

    def found(regions: list[Region], point: Point | None) -> None:
        if progress is not None:
            progress(len(regions), traces.count)
        if point is not None and len(regions) >= max_regions:
            raise DerivationError(
                spec.key,
                f"{len(regions)} FLOP regions ({traces.count} traces) do not cover the "
                "domain yet; the guards keep splitting it",
            )

    try:
        regions = cover(box, first, construction_at, region_at, found)
    except ExplorationError as exc:
        raise DerivationError(spec.key, str(exc)) from exc
    return Exploration(regions, traces.count, len(traces.known))


def replay_flops(
    spec: BlueprintSpec, fixed: dict[str, Any], box: Box, regions: Sequence[Region]
) -> Exploration | None:
    """The regions another exploration found (the same blueprint at another depth of its
    repeated blocks), traced again at their sample points; None where any region's conditions
    differ from the one it replays.

    Where every region has the same conditions, they cover the box as the replayed ones do: a
    cover is a property of the conditions alone, and z3 proved that one. Each region's counts
    are its own trace's, which holds wherever its conditions do. A whole model's depths 2 and
    3 (``repetition``) cost their traces, not the solver's search again."""
    constructions = Constructions(spec, fixed, box)
    traces = TraceCache(spec, peak=False)
    found = []
    for region in regions:
        again = _region_at(spec, fixed, box, constructions, traces, dict(region.sample))
        if again.conditions != region.conditions:
            return None
        found.append(again)
    return Exploration(found, traces.count, len(traces.known))


def trace_once(
    spec: BlueprintSpec, fixed: dict[str, Any], box: Box, point: dict[str, int]
) -> Region:
    """The region of ``point`` alone, from one build and one trace: a check of a formula
    derived otherwise (``repetition``), not a derivation (nothing proves the cover)."""
    traces = TraceCache(spec, peak=False)
    return _region_at(spec, fixed, box, Constructions(spec, fixed, box), traces, point)


def _region_at(
    spec: BlueprintSpec,
    fixed: dict[str, Any],
    box: Box,
    constructions: Constructions,
    traces: TraceCache,
    point: dict[str, int],
) -> Region:
    """The region holding ``point``: its build's and its trace's guards, and what it counts."""
    construction, module_plan = constructions.at(point)
    conditions = [g.condition for g in construction.guards]
    if module_plan is None:
        return Region(
            tuple(box.essential(conditions)), _sample(point), rejection=construction.rejection
        )
    composition = traces.composition(module_plan)
    trace = traces.at(
        module_plan.signature,
        point,
        lambda: _recomposed(
            spec, module_plan, point, fixed, box, conditions, traces.peak, composition
        ),
    )
    conditions += [g.condition for g in trace.guards]
    return Region(tuple(box.essential(conditions)), _sample(point), trace.terms, trace.rejection)


class TraceCache:
    """Traces by key (a module's signature, and its input), each reused wherever its guards
    hold; counts them and refuses an input size that traces keep pinning to one value.
    ``peak``: each trace records the peak bytes too."""

    def __init__(self, spec: BlueprintSpec, peak: bool) -> None:
        self.spec, self.peak = spec, peak
        self.known: dict[Any, list[_Trace]] = {}
        self.count = 0
        self._pinned: dict[str, set[int]] = {}
        self._compositions: dict[Any, Composition] = {}

    def composition(self, module_plan: Plan) -> Composition:
        """The repeated blocks of a module, and those found to need a real trace so far."""
        key = module_plan.signature
        if key not in self._compositions:
            self._compositions[key] = Composition(module_plan.repeats, module_plan.indexes)
        return self._compositions[key]

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
                self.spec.key, f"the guards a trace recorded at {show(point)} do not hold there"
            )
        return trace


def _sample(point: dict[str, int]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(point.items()))


def _recomposed(
    spec: BlueprintSpec,
    module_plan: Plan,
    point: dict[str, int],
    fixed: dict[str, Any],
    box: Box,
    construction: Sequence[sympy.Basic],
    peak: bool,
    composition: Composition,
) -> _Trace:
    """``_trace`` with stand-ins for repeated blocks, traced again with the blocks whose
    stand-ins were not exact traced for real (``composition``), until none is left."""
    while True:
        try:
            return _trace(spec, module_plan, point, fixed, box, construction, peak, composition)
        except Recompose as again:
            composition.trace_for_real(again.blocks)


def _trace(
    spec: BlueprintSpec,
    module_plan: Plan,
    point: dict[str, int],
    fixed: dict[str, Any],
    box: Box,
    construction: Sequence[sympy.Basic],
    peak: bool,
    composition: Composition | None = None,
) -> _Trace:
    """Trace one training step of the planned module in a fresh session at ``point``, and with
    ``peak`` record the peak bytes of the step users run, per optimizer, in the same session.

    ``construction``: the guards of the module's construction region (where a raising step
    is confirmed on a real module, the point must lie in it); ``composition``: the repeated
    blocks, stood in for (``Recompose`` where a stand-in was not exact).
    """
    # the box: a float computed from sizes in the step (``math.ceil(height / stride)`` in a
    # "same" padding) is converted to the integer expression it equals there (float_sizes)
    session = SymbolicSession(point, box)
    module = module_plan.module
    try:
        with session:
            tokens = spec.token_count({**point, **fixed})
            symbols, x = module_plan.prepare(session, spec.layout, tokens)
            saved = SavedTensors([*module.parameters(), *module.buffers()], current_module)
            composer = None if composition is None else composition.composer(session, saved)
            graph = trace_training_step(
                module,
                x,
                symbols,
                lambda s: module_plan.set_attributes(s, session),
                saved,
                composer,
            )
            totals = _count(spec, session, graph, saved, point, composer)
            if peak:
                setup = lambda: module_plan.set_attributes(symbols, session)  # noqa: E731
                under = autocast_dtype()
                for optimizer, value in peak_bytes(module, x, session, box, setup, under).items():
                    totals[PEAKS[optimizer]] = {"": value}
            guards = tuple(session.guards())
            # an input size pinned to one value (a dim pinned here can be a construction
            # region of one point, such as one channel per GroupNorm group)
            pinned = [n for n in session.pinned_symbols() if n in spec.input_names]
    except (PeakError, Recompose):
        raise
    except UncountedOpError as exc:
        raise DerivationError(spec.key, str(exc)) from exc
    except SpecializationError as exc:
        raise DerivationError(
            spec.key,
            f"{exc} while tracing at {show(point)}",
            exc.location,
            "the module's forward, or a PyTorch kernel it calls (a C++ loop over a dimension, "
            "for one), reads a size as a number; keep sizes symbolic in "
            "forward (x.shape[1], not int(x.shape[1]))",
        ) from exc
    except UnsupportedExpressionError as exc:
        raise DerivationError(spec.key, f"a FLOP count cannot be expressed exactly: {exc}") from exc
    except (FloatConversionError, FloatSizeError) as exc:  # the generator's, not the module's
        raise DerivationError(
            spec.key,
            f"a size computed through floats in the training step cannot be computed exactly: "
            f"{exc} (tracing at {show(point)})",
            getattr(exc, "location", None),
            "compute sizes in forward from the input's shape with integer arithmetic "
            "(//, %, max) where you can",
        ) from exc
    except Exception as exc:  # the step raised: a rejection if the real module raises too
        if composer is not None and composer.stand_ins:  # raised with stand-ins: trace for real
            raise Recompose(set(composer.group.values())) from exc
        guards, rejection = confirm_rejection(spec, session, point, fixed, box, construction, exc)
        return _Trace(guards, (), rejection)
    terms = _terms(module, totals)
    pins = tuple((name, _pin_guard(guards, name)) for name in pinned)
    return _Trace(guards, terms, None, pins)


def _count(
    spec: BlueprintSpec,
    session: SymbolicSession,
    graph: torch.fx.GraphModule,
    saved: SavedTensors,
    point: dict[str, int],
    composer: Composer | None = None,
) -> dict[str, dict[str, sympy.Expr]]:
    """Quantity -> submodule -> its count in the traced step: the graph's counted ops by
    convention and phase (``COUNTED``), and the bytes of the tensors saved for backward; with
    ``composer``, the stand-ins' counts copied from their representatives (``Recompose``
    where a stand-in was not exact)."""
    totals: dict[str, dict[str, sympy.Expr]] = {q: {} for q in FLOP_QUANTITIES}

    def add(quantity: str, owner: str, size: Any, what: str) -> None:
        count = session.to_sympy(size)
        unknown = sorted(str(v) for v in count.free_symbols if str(v) not in point)
        if unknown:
            raise DerivationError(
                spec.key,
                f"{what} depends on tensor values (a data-dependent size "
                f"{', '.join(unknown)}) while tracing at {show(point)}",
                hint=hint_for(RuntimeError("data-dependent")),
            )
        totals[quantity][owner] = totals[quantity].get(owner, 0) + count

    counts = count_graph(graph)
    if composer is not None:
        try:
            failed = composer.check(counts)
            if not failed:
                counts = composer.copy(counts)
        except Exception:  # noqa: BLE001 - the composition's own failure: trace for real
            failed = set(composer.group.values())
        if failed:
            raise Recompose(failed)
    for c in counts:
        where = f"{c.phase} pass, submodule {c.module or 'root'}"
        for quantity, kind in COUNTED.items():
            if (c.quantity, c.phase) == kind:
                add(quantity, c.module, c.count, f"the count of {c.op} ({where})")
    for key, (owner, size) in saved.sizes.items():
        size = session.storage_bytes.get(key, size)  # a CPU kernel's larger storage
        add(SAVED, owner, size, f"a tensor saved for backward (submodule {owner or 'root'})")
    return totals


def _terms(
    module: torch.nn.Module, totals: dict[str, dict[str, sympy.Expr]]
) -> tuple[tuple[str, tuple[Term, ...]], ...]:
    """Per quantity, the nonzero count of each submodule as a ``Term``, by submodule path."""
    return tuple(
        (
            quantity,
            tuple(
                Term(owner, type(module.get_submodule(owner)).__name__, _expanded(expr))
                for owner, expr in sorted(owners.items())
                if _expanded(expr) != 0
            ),
        )
        for quantity, owners in totals.items()
    )


def _expanded(expr: sympy.Expr) -> sympy.Expr:
    """``expr`` expanded; a peak's maximum as it is (its arguments are, and expanding it
    would compare them all again)."""
    return expr if isinstance(expr, sympy.Max) else sympy.expand(expr)


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
        f"at every size tried, most recently while tracing at {show(point)}",
        guard.location if guard else None,
        "a PyTorch kernel or a line of the module reads a concrete size (its C++ entry point "
        "calls sizes(), or Python compares a size with a number); its FLOPs would hold for one "
        "size at a time",
    )
