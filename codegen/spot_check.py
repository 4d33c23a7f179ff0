"""A stored derivation checked against the real module at a few points before it is used.

A stored entry whose key matches is trusted to be the derivation of its inputs; an entry
edited by hand, by a bad merge or on purpose keeps its key. ``--check`` renders the store
and compares with the committed modules, so an entry and a module edited alike would pass
with a wrong number. This check makes that impossible to miss cheaply: at a handful of points
of the domain, chosen so that every branch of every formula is tried where a point can be
found for it, the stored formulas are compared with the module the factory builds:

* parameters, buffers and the training state of every optimizer, on the meta device, at
  dims from 1 to the top of the domain;
* forward and backward FLOPs and elementwise operations and activation bytes, at a few real
  training steps of small size (``measure_step``: the ground truths of the tests), and the
  peak bytes of each optimizer's step there (``measure_peak_bytes``, MemTracker's);
* where the factory or the step raises, the formula must refuse, and where the formula
  refuses, the factory or the step must raise.

The points are the same on every run (a seed from the blueprint's name). A mismatch is a
``StoreError`` naming the blueprint, the quantity and the point.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
import z3
from torch.utils.flop_counter import FlopCounterMode

from blueprints.flop_reference import CUSTOM_MAPPING
from blueprints.inputs import make_input
from blueprints.memory_reference import (
    OPTIMIZERS,
    SavedTensors,
    autocast,
    measure_peak_bytes,
    state_bytes,
)
from blueprints.registry import BlueprintSpec

from .derive.explore.box import Box, UndecidedError
from .derive.flops import ElementwiseCounterMode
from .errors import UnsupportedExpressionError
from .evaluate import Refused, evaluate, value_at
from .ir import (
    FLOP_QUANTITIES,
    OPTIMIZER_STATES,
    PEAKS,
    QUANTITIES,
    TRACED_QUANTITIES,
    BlueprintEstimates,
    Estimate,
    Variable,
)
from .stored import StoreError

# points tried per variant: at most this many builds on the meta device and real steps
CONSTRUCTION_POINTS = 32
STEP_POINTS = 24
CANDIDATES = 400
# the boxes z3 searches for a real step's point, in turn: (dim, hyperparameter, input size)
# tops; large dims only with inputs of 1 or 2, so that a step stays within milliseconds
STEP_BOXES = ((16, 16, 4), (96, 64, 32), (4096, 64, 2))
SOLVER_BUDGET = 6_000_000  # z3's effort (about 2 s) for a point in a branch no candidate reaches
# the sizes of the real steps: small, so that a step costs milliseconds
STEP_MAX_DIM = 48
STEP_MAX_INPUT = 4


def measure_step(
    module: torch.nn.Module, x: torch.Tensor, autocast_dtype: torch.dtype | None = None
) -> tuple[int, int, int, int, int]:
    """(forward FLOPs, backward FLOPs, forward elementwise, backward elementwise, activation
    bytes) of ``module(x)`` and of the backward of ``output.sum()`` (the sum itself is in
    neither): FlopCounterMode with ``CUSTOM_MAPPING`` (PyTorch's formulas, known miscounts
    corrected, the CPU attention kernels mapped), our ElementwiseCounterMode, and the bytes
    autograd saves in the forward (``SavedTensors``, the registry's ground truth). With
    ``autocast_dtype``, the forward and the loss run under ``torch.autocast`` (CPU)."""
    with (
        autocast(autocast_dtype),
        FlopCounterMode(display=False, custom_mapping=CUSTOM_MAPPING) as forward,
        ElementwiseCounterMode() as forward_elementwise,
        SavedTensors([*module.parameters(), *module.buffers()]) as saved,
    ):
        out = module(x)
    with autocast(autocast_dtype):
        loss = out.sum()
    with (
        FlopCounterMode(display=False, custom_mapping=CUSTOM_MAPPING) as backward,
        ElementwiseCounterMode() as backward_elementwise,
    ):
        loss.backward()
    return (
        forward.get_total_flops(),
        backward.get_total_flops(),
        forward_elementwise.total,
        backward_elementwise.total,
        int(saved.total),
    )


def spot_check(
    spec: BlueprintSpec,
    derived: BlueprintEstimates,
    path: Path | str,
    autocast_dtype: torch.dtype | None = None,
) -> int:
    """Compare ``derived`` (stored for ``spec`` in ``path``) with the real module at a few
    points per variant, its steps' forward and loss under ``autocast_dtype`` where it was
    derived so; the number of points compared. A StoreError on any disagreement."""
    seed = int.from_bytes(hashlib.sha256(spec.key.encode()).digest()[:8], "big")
    rng = random.Random(seed)
    checked = 0
    for variant in derived.variants:
        fixed = dict(variant.values)
        estimates = {e.quantity: e for e in variant.estimates}
        construction = [estimates[q] for q in QUANTITIES]
        for point in _points(derived, construction, False, rng, CONSTRUCTION_POINTS):
            _check_construction(spec, derived, estimates, point, fixed, path)
            checked += 1
        # what is derived of the step (a model of repeated blocks has no peak formula)
        traced = [
            estimates[q]
            for q in TRACED_QUANTITIES
            if q in estimates and estimates[q].failure is None
        ]
        if not traced or not derived.inputs:
            continue
        for point in _points(derived, traced, True, rng, STEP_POINTS):
            _check_step(spec, derived, estimates, point, fixed, path, autocast_dtype)
            checked += 1
    return checked


def _points(
    derived: BlueprintEstimates,
    estimates: Sequence[Estimate],
    step: bool,
    rng: random.Random,
    limit: int,
) -> list[dict[str, int]]:
    """Up to ``limit`` points of the domain where every branch of every estimate applies at
    one of them at least (where such a point exists and fits): the defaults at typical sizes,
    then for each branch in turn the first random candidate where it applies, or else a point
    z3 finds in it (for a real step: within small sizes first)."""
    variables = list(derived.variables) + (list(derived.inputs) if step else [])
    candidates = _candidates(derived, variables, step, rng)
    grid = {v.name: np.array([c[v.name] for c in candidates], dtype=np.int64) for v in variables}
    chosen = [candidates[0]]
    for estimate in estimates:
        if estimate.failure is not None:
            continue
        taken = np.zeros(len(candidates), dtype=bool)
        for i, branch in enumerate(estimate.branches):
            applies = ~taken
            if branch.condition is not None:
                applies &= evaluate(branch.condition, grid)
            taken |= applies
            hits = np.flatnonzero(applies)
            point = (
                candidates[int(hits[0])]
                if len(hits)
                else _solve(derived, variables, estimate, i, step)
            )
            if point is not None and point not in chosen:
                chosen.append(point)
    return chosen[:limit]


def _candidates(
    derived: BlueprintEstimates, variables: Sequence[Variable], step: bool, rng: random.Random
) -> list[dict[str, int]]:
    """The default hyperparameters at typical dims, then random points: small dims often
    (their branches are special), log-uniform dims otherwise; for a real step small sizes."""
    defaults = dict(derived.defaults)
    dim = derived.variables[0]
    candidates = []
    for value in (24, 1, 2, 3, 8, 16) if step else (64, 1, 2, 3, 8, 100, dim.hi):
        point = {v.name: defaults.get(v.name, 2) for v in variables}
        point[dim.name] = value
        candidates.append({v.name: min(max(point[v.name], v.lo), v.hi) for v in variables})
    while len(candidates) < CANDIDATES:
        point = {}
        for v in variables:
            if v is dim:
                top = min(v.hi, STEP_MAX_DIM) if step else v.hi
                if rng.random() < 0.4:
                    value = rng.randint(v.lo, min(top, 16))
                else:
                    value = round(2 ** rng.uniform(0, np.log2(max(top, 1))))
            elif v in derived.inputs:
                top = STEP_MAX_INPUT if rng.random() < 0.7 else STEP_MAX_DIM // 2
                value = rng.randint(v.lo, min(v.hi, top))
            else:
                top = min(v.hi, STEP_MAX_DIM) if step else v.hi
                value = rng.randint(v.lo, max(v.lo, top))
            point[v.name] = min(max(value, v.lo), v.hi)
        candidates.append(point)
    return candidates


def _solve(
    derived: BlueprintEstimates,
    variables: Sequence[Variable],
    estimate: Estimate,
    index: int,
    step: bool,
) -> dict[str, int] | None:
    """A point where branch ``index`` of ``estimate`` applies (its condition, none of the
    earlier ones), found by z3: for a real step in boxes of growing dims and few inputs
    (``STEP_BOXES``), so that the step stays cheap."""
    branches = estimate.branches
    for tops in STEP_BOXES if step else (None,):
        narrowed = []
        for v in variables:
            top = v.hi
            if tops is not None:
                role = 0 if v is derived.variables[0] else 2 if v in derived.inputs else 1
                top = max(v.lo, min(v.hi, tops[role]))
            narrowed.append(Variable(v.name, v.lo, top))
        box = Box(narrowed)
        constraints = [z3.Not(box.formula(b.condition)) for b in branches[:index]]
        if branches[index].condition is not None:
            constraints.append(box.formula(branches[index].condition))
        try:
            point = box.find(*constraints, budget=SOLVER_BUDGET)
        except (UndecidedError, UnsupportedExpressionError):
            continue
        if point is not None:
            return point
    return None


def _expected(estimate: Estimate, point: Mapping[str, int]) -> int | None:
    """The stored value at ``point``, None where the formula refuses."""
    try:
        return value_at(estimate, point)
    except Refused:
        return None


def _mismatch(
    derived: BlueprintEstimates,
    path: Path | str,
    quantity: str,
    point: Mapping[str, int],
    fixed: Mapping[str, object],
    stored: int | None,
    actual: int | str,
) -> StoreError:
    where = ", ".join(f"{k}={v}" for k, v in {**point, **fixed}.items())
    said = "refuses" if stored is None else f"says {stored:,}"
    real = actual if isinstance(actual, str) else f"has {actual:,}"
    return StoreError(
        path,
        derived.key,
        f"{quantity} at {where}",
        f"the stored formula {said}, the real module {real} (the entry was edited, or the "
        "generator is wrong: re-derive it and compare)",
    )


def _check_construction(
    spec: BlueprintSpec,
    derived: BlueprintEstimates,
    estimates: Mapping[str, Estimate],
    point: dict[str, int],
    fixed: Mapping[str, object],
    path: Path | str,
) -> None:
    dim_name = derived.variables[0].name
    hyper = {k: v for k, v in point.items() if k != dim_name}
    try:
        with torch.device("meta"):
            module = spec.factory(point[dim_name], **hyper, **fixed)
        parameters = list(module.parameters())
        actual: dict[str, int | str] = {
            "params": sum(p.numel() for p in parameters),
            "buffers": sum(b.numel() for b in module.buffers()),
        }
        for optimizer in OPTIMIZERS:
            actual[OPTIMIZER_STATES[optimizer]] = int(state_bytes(parameters, optimizer))
    except Exception as exc:  # the factory refuses this point: so must every formula
        actual = dict.fromkeys(QUANTITIES, f"raises {type(exc).__name__}")
    for quantity in QUANTITIES:
        stored = _expected(estimates[quantity], point)
        value = actual[quantity]
        if (stored is None) != isinstance(value, str) or (stored is not None and stored != value):
            raise _mismatch(derived, path, quantity, point, fixed, stored, value)


def _check_step(
    spec: BlueprintSpec,
    derived: BlueprintEstimates,
    estimates: Mapping[str, Estimate],
    point: dict[str, int],
    fixed: Mapping[str, object],
    path: Path | str,
    autocast_dtype: torch.dtype | None = None,
) -> None:
    dim_name = derived.variables[0].name
    inputs = {v.name for v in derived.inputs}
    hyper = {k: v for k, v in point.items() if k != dim_name and k not in inputs}
    torch.manual_seed(0)
    measured: Any
    try:
        module = spec.factory(point[dim_name], **hyper, **fixed)
        shape = [point[dim_name] if n == "dim" else point[n] for n in spec.layout]
        tokens = spec.token_count({**hyper, **fixed})
        measured = dict(
            zip(
                FLOP_QUANTITIES,
                measure_step(module, make_input(module, shape, tokens), autocast_dtype),
                strict=True,
            )
        )
        for optimizer, peak in PEAKS.items():
            if peak in estimates and estimates[peak].failure is None:
                module.zero_grad(set_to_none=True)  # the step before left its gradients
                measured[peak] = measure_peak_bytes(
                    module, shape, optimizer, tokens, autocast_dtype
                )
    except Exception as exc:  # the factory or the step raises: the formulas must refuse
        measured = dict.fromkeys(TRACED_QUANTITIES, f"raises {type(exc).__name__}")
    for quantity, value in measured.items():
        if quantity not in estimates or estimates[quantity].failure is not None:
            continue
        stored = _expected(estimates[quantity], point)
        if (stored is None) != isinstance(value, str) or (stored is not None and stored != value):
            raise _mismatch(derived, path, quantity, point, fixed, stored, value)
