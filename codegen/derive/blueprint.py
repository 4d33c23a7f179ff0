"""Derive every estimate of one blueprint: explore its guards, then merge per quantity.

The variables of a blueprint's formulas are the channel dimension and its integer
hyperparameters, each over a closed range; hyperparameters with finite ``choices`` (a bool, a
string) are not symbols: each combination of their values is derived on its own (a variant).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import torch

from blueprints.registry import RESERVED_NAMES, BlueprintSpec, UnknownTopologyError

from ..errors import DerivationError, SpecializationError, hint_for, what_raised
from ..ir import (
    FLOP_QUANTITIES,
    PEAK_QUANTITIES,
    QUANTITIES,
    TRACED_QUANTITIES,
    BlueprintEstimates,
    Estimate,
    Variable,
    Variant,
    traced_quantities,
)
from . import repetition
from .construct import DIM, construct
from .explore import enumeration, smt
from .explore.box import Box
from .explore.cover import ExplorationError
from .flop_regions import Constructions, Exploration, explore_flops, replay_flops, trace_once
from .peak import PeakError
from .symbolic import user_location
from .trace import steps_under_autocast

DEFAULT_MAX_DIM = 65536
DEFAULT_HYPER_MAX = 64
DEFAULT_MAX_INPUT = 65536
# Where exploration starts: a size typical of real use, so the first region is the common one;
# small distinct values, so that no guard takes two sizes for one. The sizes a user's topology
# names (not listed) start at FIRST_OTHER, 2 + FIRST_OTHER, ... in layout order.
FIRST_SAMPLE = 64
FIRST_INPUT = {"batch": 3, "height": 5, "width": 7, "seq_len": 9, "length": 11, "depth": 4}
FIRST_OTHER = 13
# the most values (points times variables) of a construction box (dim and hyperparameters) that
# are enumerated: the grid holds each as an int64, so 2**28 are 2 GiB. A larger box (a whole
# model's vocabulary, width and heads) is covered and merged by z3, as the FLOPs are
ENUMERABLE = 2**28
# the dtypes a step can be traced under autocast with, by name (the CPU's autocast takes both)
AUTOCAST_DTYPES = {"bfloat16": torch.bfloat16, "float16": torch.float16}


@dataclass(frozen=True)
class Settings:
    """What the generator proves: the variables' ranges and how hard it may try."""

    max_dim: int = DEFAULT_MAX_DIM
    hyper_max: int = DEFAULT_HYPER_MAX  # for integer hyperparameters without declared bounds
    max_input: int = DEFAULT_MAX_INPUT  # batch, height, width, seq_len
    max_derivations: int = 500
    flops: bool = True  # trace a training step too: FLOPs, activation bytes (the slow part)
    peak: bool = True  # with flops: the peak bytes of the step users run, per optimizer
    # the step's forward and loss under torch.autocast("cpu", dtype) ("bfloat16", "float16");
    # out of the repr, which the store's key reads, where not set: the keys stay as they were
    autocast: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.autocast is not None and self.autocast not in AUTOCAST_DTYPES:
            raise ValueError(
                f"autocast must be one of {', '.join(AUTOCAST_DTYPES)}, got {self.autocast!r}"
            )

    @property
    def autocast_dtype(self) -> torch.dtype | None:
        return None if self.autocast is None else AUTOCAST_DTYPES[self.autocast]


# progress(text, final): live status while a blueprint is explored, then one final line for it
Progress = Callable[[str, bool], None]


def variables_of(spec: BlueprintSpec, settings: Settings) -> tuple[Variable, ...]:
    """``dim`` and the integer hyperparameters, with the ranges the formulas are proven on.

    A hyperparameter that is neither an integer nor declared with finite ``choices`` cannot be
    derived: that is an error naming it.
    """
    bounds = dict(spec.bounds)
    choices = dict(spec.choices)
    variables = [Variable(DIM, 1, settings.max_dim)]
    for name, default in spec.hyperparameters().items():
        if name in RESERVED_NAMES or name == DIM:
            raise DerivationError(
                spec.key,
                f"hyperparameter {name!r} has the name of an argument of the estimate functions",
                hint=f"rename it (reserved: {', '.join(sorted(RESERVED_NAMES))})",
            )
        if name in choices:
            if default not in choices[name]:
                raise DerivationError(
                    spec.key,
                    f"the default {name}={default!r} is not among its choices {choices[name]!r}",
                )
            continue
        if isinstance(default, bool) or not isinstance(default, int):
            raise DerivationError(
                spec.key,
                f"hyperparameter {name!r} (default {default!r}) is not an integer the generator "
                "can make a symbol of, and has no declared finite choices",
                hint=f"register the blueprint with choices={{{name!r}: (...values...)}}",
            )
        lo, hi = bounds.get(name, (1, settings.hyper_max))
        if not lo <= default <= hi:
            raise DerivationError(
                spec.key, f"the default {name}={default} is outside its bounds {lo}..{hi}"
            )
        variables.append(Variable(name, lo, hi))
    return tuple(variables)


def inputs_of(spec: BlueprintSpec, settings: Settings) -> tuple[Variable, ...]:
    """The input sizes of the traced formulas (FLOPs, activation bytes), with the ranges they
    are proven on."""
    if not settings.flops:
        return ()
    try:
        names = spec.input_names
    except UnknownTopologyError as exc:
        raise DerivationError(
            spec.key,
            f"its training step cannot be traced: {exc}",
            hint="declare the topology in the module that registers the blueprint",
        ) from None
    return tuple(Variable(name, 1, settings.max_input) for name in names)


def first_inputs(inputs: tuple[Variable, ...]) -> dict[str, int]:
    """The input sizes the FLOP exploration starts at (see FIRST_INPUT)."""
    others = iter(range(FIRST_OTHER, FIRST_OTHER + 2 * len(inputs), 2))
    return {
        v.name: min(FIRST_INPUT[v.name] if v.name in FIRST_INPUT else next(others), v.hi)
        for v in inputs
    }


def _flop_regions(
    spec: BlueprintSpec,
    fixed: dict[str, object],
    box: Box,
    first: dict[str, int],
    label: str,
    progress: Callable[[int, int], None],
    replay: Sequence[smt.Region] | None = None,
    peak: bool = False,
) -> tuple[Exploration | tuple[Estimate, ...], str | None]:
    """The FLOP regions of one variant (``replay``: the regions of another depth of the same
    blueprint, tried first: ``replay_flops``), with ``peak`` their peak bytes too; where they
    cannot be found, estimates that carry the reason instead (the parameters and the
    training state stay exact). Second, why the peak is not derived where it was asked for
    and cannot be (the regions are then explored without it)."""
    quantities = traced_quantities(peak)
    try:
        exploration = None if replay is None else replay_flops(spec, fixed, box, replay)
        if exploration is None:
            try:
                exploration = explore_flops(spec, fixed, box, first, progress=progress, peak=peak)
            except PeakError as exc:
                exploration = explore_flops(spec, fixed, box, first, progress=progress)
                return exploration, f"{exc}{label}"
        return exploration, None
    except Exception as exc:  # never a raw traceback, and never a lost parameter formula
        return _traced_failure(spec, label, exc, quantities), None


def merge_traced(
    spec: BlueprintSpec,
    label: str,
    regions: Sequence[smt.Region],
    box: Box,
    quantities: Sequence[str] = FLOP_QUANTITIES,
) -> tuple[Estimate, ...]:
    """The traced estimates of ``quantities`` (FLOPs, activation bytes; the peak's, where the
    regions have them) merged from ``regions``, which cover ``box``; where the merge fails,
    estimates that carry the reason."""
    try:
        merged: dict[str, Estimate] = {}
        for q in quantities:
            # a quantity whose regions say what another's do merges alike (AdamW's peak, Adam's)
            same = next(
                (
                    p
                    for p in merged
                    if all(dict(r.terms).get(p) == dict(r.terms).get(q) for r in regions)
                ),
                None,
            )
            merged[q] = (
                dataclasses.replace(merged[same], quantity=q)
                if same is not None
                else smt.merge(regions, q, box)
            )
        return tuple(merged.values())
    except Exception as exc:
        return _traced_failure(spec, label, exc, quantities)


def _not_derived(quantities: Sequence[str], reason: str) -> tuple[Estimate, ...]:
    return tuple(Estimate(q, (), failure=reason) for q in quantities)


def _traced_failure(
    spec: BlueprintSpec, label: str, exc: Exception, quantities: Sequence[str]
) -> tuple[Estimate, ...]:
    if isinstance(exc, DerivationError):
        failure = exc
    elif isinstance(exc, ExplorationError):
        failure = DerivationError(spec.key + label, str(exc))
    else:
        failure = unexpected(spec.key, f"tracing the training step{label}", exc)
    reason = _without_addresses(failure.cause) + (
        f" (at {_stable(failure.location)})" if failure.location else ""
    )
    return _not_derived(quantities, reason)


# why a model of repeated blocks has no peak formula: its depths' peaks are maxima over moments
# whose number grows with the depth, which ``repetition`` does not combine
REPEATED_PEAK = (
    "a model of repeated blocks: the step's moments grow in number with the count of blocks, "
    "and their maximum is not combined across depths yet"
)


def _stable(location: str) -> str:
    """``file.py:57 in f`` -> ``file.py, in f``: the same text while unrelated lines move."""
    return re.sub(r":\d+ in ", ", in ", location)


def _without_addresses(text: str) -> str:
    """``overloaded_args = [0x7fe9c7d1b570]`` -> ``[0x...]``: a memory address in a message
    PyTorch raises differs from run to run, and the generated text must not."""
    return re.sub(r"0x[0-9a-fA-F]{6,}", "0x...", text)


def unexpected(blueprint: str, step: str, exc: BaseException) -> DerivationError:
    """An exception nothing more specific caught, as a DerivationError: the blueprint, the
    step, the innermost line outside torch and the generator, and a hint for its cause."""
    return DerivationError(
        blueprint,
        f"{step} {what_raised(exc)}",
        user_location(traceback.extract_tb(exc.__traceback__)),
        hint_for(exc),
    )


def derive_blueprint(
    spec: BlueprintSpec, settings: Settings, progress: Progress | None = None
) -> BlueprintEstimates:
    """All estimates of ``spec``, exact on its whole domain, for every choice combination.

    An integer hyperparameter that the factory converts to a number (``range(depth)``) is
    tried as the count of repeated blocks (``repetition``)."""
    with steps_under_autocast(settings.autocast_dtype):
        return _derive_any(spec, settings, progress)


def _derive_any(
    spec: BlueprintSpec, settings: Settings, progress: Progress | None = None
) -> BlueprintEstimates:
    try:
        return _derive(spec, settings, progress)
    except DerivationError as exc:
        count = _pinned_count(spec, settings, exc)
        if count is None:
            raise
        original = exc
    try:
        return _derive_repeated(spec, settings, count, progress)
    except DerivationError as exc:
        raise DerivationError(
            spec.key, exc.cause, exc.location or original.location, exc.hint
        ) from exc


def _pinned_count(spec: BlueprintSpec, settings: Settings, exc: DerivationError) -> str | None:
    """The integer hyperparameter whose conversion to a number made ``exc``, if one did."""
    cause = exc.__cause__
    if not isinstance(cause, SpecializationError):
        return None
    names = {v.name for v in variables_of(spec, settings)[1:]}
    return cause.symbol if cause.symbol in names else None


def _derive_repeated(
    spec: BlueprintSpec, settings: Settings, count: str, progress: Progress | None
) -> BlueprintEstimates:
    """``spec`` derived at a few depths (``count`` fixed to each) and combined into formulas
    with ``count`` as a symbol, checked at its largest value (``repetition``)."""
    started = time.perf_counter()
    variable = next(v for v in variables_of(spec, settings) if v.name == count)
    # the lowest depth is explored; the others replay its regions (the same conditions at
    # every depth is what repeated blocks give, and then z3's cover holds for them too)
    explored: dict[int, list[Sequence[smt.Region] | None]] = {}
    derived = {}
    for k in repetition.sampled_counts(variable.lo, variable.hi):
        replay = explored[variable.lo] if explored else None
        explored[k] = []
        derived[k] = _derive(spec, settings, progress, {count: k}, replay, explored[k])
    first = derived[variable.lo]
    variables = tuple(v for v in variables_of(spec, settings) if v.name != count)
    domain = Box(variables)
    sample = {DIM: min(FIRST_SAMPLE, settings.max_dim)}
    sample.update({v.name: spec.hyperparameters()[v.name] for v in variables[1:]})
    inputs = inputs_of(spec, settings)
    box = Box(variables + inputs)
    counted = Box(variables_of(spec, settings) + inputs)  # the FLOP box with the count in it
    point = {**sample, **first_inputs(inputs)}
    variants = []
    for i, variant in enumerate(first.variants):
        label = "".join(f", {k}={v!r}" for k, v in variant.values)
        by_count = {k: d.variants[i] for k, d in derived.items()}
        regions = {k: found[i] for k, found in explored.items()} if settings.flops else {}
        containers = repetition.find_containers(spec, count, by_count, regions)
        merged = None
        if settings.flops and repetition.aligned(regions):
            # one region per region of every depth: combined there, merged once (each
            # depth's merge may group its regions differently)
            together = repetition.combine_regions(spec, count, regions, containers)
            merged = merge_traced(spec, label, together, counted)
        elif settings.flops:
            by_count = {
                k: _with_traced(v, merge_traced(spec, label, regions[k], box))
                if regions[k] is not None
                else v
                for k, v in by_count.items()
            }
        combined = repetition.combine(spec, count, by_count, containers, merged)
        if variable.hi not in derived:  # else every depth was derived
            fixed = {**dict(variant.values), count: variable.hi}
            built = construct(spec, sample, fixed, domain)
            traced = None
            if settings.flops and not any(combined.estimate(q).failure for q in FLOP_QUANTITIES):
                try:
                    traced = trace_once(spec, fixed, box, point)
                except DerivationError as exc:  # the parameters stay exact
                    combined = _without_traced(combined, f"{exc.cause} ({count}={variable.hi})")
            repetition.check_at(
                spec, count, combined, containers, variable.hi, point, built, traced
            )
        variants.append(combined)
    if progress is not None:
        depths = ", ".join(map(str, derived))
        progress(
            f"{spec.key}: {count} counts repeated blocks (derived at {count} = {depths}, "
            f"checked at {variable.hi}); {sum(d.derivations for d in derived.values())} "
            f"derivation(s), {sum(d.traces for d in derived.values())} FLOP trace(s) "
            f"({time.perf_counter() - started:.1f} s)",
            True,
        )
    return dataclasses.replace(
        header(spec, settings),
        variants=tuple(variants),
        derivations=sum(d.derivations for d in derived.values()),
        traces=sum(d.traces for d in derived.values()),
    )


def _constructions_by_z3(
    spec: BlueprintSpec,
    fixed: dict[str, object],
    domain: Box,
    first: dict[str, int],
    settings: Settings,
    report: Callable[[int, float], None],
) -> list[smt.Region]:
    """Construction regions covering a box too large to enumerate, the cover proven by z3:
    each build holds where its guards do (``smt.cover``, as for the FLOP regions)."""
    constructions = Constructions(spec, fixed, domain)

    def region_at(point: dict[str, int]) -> smt.Region:
        construction, _ = constructions.at(point)
        conditions = tuple(domain.essential(g.condition for g in construction.guards))
        sample = tuple(sorted(point.items()))
        return smt.Region(conditions, sample, construction.quantities, construction.rejection)

    def found(regions: list[smt.Region], point: dict[str, int] | None) -> None:
        report(len(regions), float("nan"))
        if point is not None and len(regions) >= settings.max_derivations:
            raise ExplorationError(
                f"{len(regions)} derivations do not cover the domain yet (next: {point}); "
                "the guards keep splitting it"
            )

    return smt.cover(domain, first, lambda p: region_at(p).conditions, region_at, found)


def _with_traced(variant: Variant, traced: Sequence[Estimate]) -> Variant:
    """``variant`` with its traced estimates replaced by ``traced``."""
    by_quantity = {e.quantity: e for e in traced}
    return dataclasses.replace(
        variant, estimates=tuple(by_quantity.get(e.quantity, e) for e in variant.estimates)
    )


def _without_traced(variant: Variant, reason: str) -> Variant:
    """``variant`` with its traced estimates replaced by the reason they are not derived."""
    return dataclasses.replace(
        variant,
        estimates=tuple(
            Estimate(e.quantity, (), failure=reason) if e.quantity in TRACED_QUANTITIES else e
            for e in variant.estimates
        ),
    )


def _derive(
    spec: BlueprintSpec,
    settings: Settings,
    progress: Progress | None = None,
    pinned: dict[str, int] | None = None,
    replay: Sequence[Sequence[smt.Region] | None] | None = None,
    explored: list[Sequence[smt.Region] | None] | None = None,
) -> BlueprintEstimates:
    """``derive_blueprint`` with the hyperparameters in ``pinned`` fixed to those values (not
    symbols, not in the variants' values: ``_derive_repeated`` combines them).

    ``replay``: per variant, the FLOP regions of another depth, tried first. With ``explored``,
    the FLOP regions found go there per variant (None where they were not found), and the
    traced estimates are left to the caller to merge: they have no branches and no failure
    (the failure is there where no regions were found)."""
    pinned = pinned or {}
    defaults = spec.hyperparameters()
    variables = tuple(v for v in variables_of(spec, settings) if v.name not in pinned)
    inputs = inputs_of(spec, settings)
    domain = Box(variables)
    box = Box(variables + inputs)
    first = {DIM: min(FIRST_SAMPLE, settings.max_dim)}
    first.update({v.name: defaults[v.name] for v in variables[1:]})
    choice_names = [name for name, _ in spec.choices]
    started = time.perf_counter()
    first_flop = {**first, **first_inputs(inputs)}
    variants, derivations, traces = [], 0, 0
    for values in itertools.product(*(options for _, options in spec.choices)):
        fixed = {**dict(zip(choice_names, values, strict=True)), **pinned}
        label = "".join(f", {k}={v!r}" for k, v in fixed.items())

        def report(count: int, covered: float, label: str = label) -> None:
            if progress is not None:
                elapsed = time.perf_counter() - started
                share = "" if covered != covered else f", {covered:.1%} of the domain covered"
                text = f"{spec.key}{label}: {count} derivation(s){share} ({elapsed:.1f} s)"
                progress(text, False)

        try:
            if domain.size * len(domain.variables) <= ENUMERABLE:
                regions = enumeration.explore(
                    lambda sample, fixed=fixed: construct(spec, sample, fixed, domain),
                    domain,
                    first,
                    settings.max_derivations,
                    report,
                )
                estimates = tuple(enumeration.merge(regions, q, domain) for q in QUANTITIES)
            else:
                regions = _constructions_by_z3(spec, fixed, domain, first, settings, report)
                estimates = tuple(smt.merge(regions, q, domain) for q in QUANTITIES)
        except ExplorationError as exc:
            raise DerivationError(spec.key, f"{exc}{label}") from exc
        except DerivationError:
            raise
        except Exception as exc:  # never a raw traceback: name the blueprint, step and line
            raise unexpected(spec.key, f"deriving parameters and buffers{label}", exc) from exc
        if settings.flops:

            def report_flops(count: int, traced: int, label: str = label) -> None:
                if progress is not None:
                    elapsed = time.perf_counter() - started
                    progress(
                        f"{spec.key}{label}: training step, {count} region(s) from {traced} "
                        "trace(s) "
                        f"({elapsed:.1f} s)",
                        False,
                    )

            # a depth of repeated blocks is derived without the peak (not combined yet)
            peak = settings.peak and not pinned
            found, no_peak = _flop_regions(
                spec,
                fixed,
                box,
                first_flop,
                label,
                report_flops,
                None if replay is None else replay[len(variants)],
                peak,
            )
            if isinstance(found, Exploration):
                traces += found.traces
                if explored is None:
                    derived = traced_quantities(peak and no_peak is None)
                    flop_estimates = merge_traced(spec, label, found.regions, box, derived)
                else:  # the caller merges
                    explored.append(found.regions)
                    flop_estimates = tuple(Estimate(q, ()) for q in FLOP_QUANTITIES)
            else:
                if explored is not None:
                    explored.append(None)
                flop_estimates = found
            if settings.peak and not any(e.quantity in PEAK_QUANTITIES for e in flop_estimates):
                flop_estimates += _not_derived(PEAK_QUANTITIES, no_peak or REPEATED_PEAK)
            estimates += flop_estimates
        variants.append(Variant(tuple(zip(choice_names, values, strict=True)), estimates))
        derivations += len(regions)
    if progress is not None:
        ranges = ", ".join(f"{v.name} {v.lo}..{v.hi}" for v in variables)
        flop_note = f", {traces} FLOP trace(s)" if settings.flops else ""
        progress(
            f"{spec.key}{''.join(f', {k}={v}' for k, v in pinned.items())}: {derivations} "
            f"derivation(s){flop_note} over {ranges} ({time.perf_counter() - started:.1f} s)",
            not pinned,  # a depth of a repetition is not the blueprint's last line
        )
    return dataclasses.replace(
        header(spec, settings), variants=tuple(variants), derivations=derivations, traces=traces
    )


def header(spec: BlueprintSpec, settings: Settings) -> BlueprintEstimates:
    """What a derivation of ``spec`` records before deriving anything: its identity, domain,
    defaults and choices, with no variants (the store holds an entry to it)."""
    return BlueprintEstimates(
        topology=spec.topology,
        name=spec.name,
        description=spec.description,
        factory=f"{spec.factory.__module__}.{spec.factory.__qualname__}",
        defaults=tuple(spec.hyperparameters().items()),
        variables=variables_of(spec, settings),
        inputs=inputs_of(spec, settings),
        choices=spec.choices,
        variants=(),
        derivations=0,
    )
