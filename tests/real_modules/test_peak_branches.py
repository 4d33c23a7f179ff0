"""Every branch of every committed peak formula against MemTracker, at a point of its own.

The other peak tests sample small random sizes, which reach the branches of small sizes only:
conv_heavy's branch for ``batch >= 16, dim >= 256, dim % 16 == 0`` was 4*dim bytes off for
sessions before anyone ran a step there. Here z3 finds, for each branch of each built-in and
zoo blueprint's peak, the smallest sizes it can (tightening bounds in steps) where that branch
is the one the generated function takes and each argument of its maximum in turn the largest
(``_points``), and the real step runs there. A branch that holds only past the bounds of
``STEPS`` (sizes no test can run) is counted, and at most a few per blueprint may be.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from pathlib import Path

import pytest
import sympy
import z3

import zoo
from blueprints import BlueprintRegistry, BlueprintSpec
from blueprints.memory_reference import OPTIMIZERS
from codegen.derive.explore.box import Box, UndecidedError
from codegen.ir import PEAKS, BlueprintEstimates, Estimate, Variable
from codegen.stored import decode_entry

from ..conftest import BUILTINS, ROOT
from ..measure import estimated_peak, measured_peak

SPECS = BUILTINS + [s for s in BlueprintRegistry.all() if s.estimates == zoo.ESTIMATES]
# the bounds tried in turn: dim, hyperparameters, the input sizes (a branch of batch >= 16 or
# dim >= 512 needs the last); a real step at the last is a few hundred MB at most
STEPS = ((64, 16, 8), (1024, 64, 17))
# at most this many branches of one blueprint may hold only at larger sizes
UNREACHED = 2
BUDGET = 2_000_000  # z3's effort for one point (under a second)


def _stored(spec: BlueprintSpec) -> BlueprintEstimates:
    path = (
        ROOT
        / "generated"
        / "derivations"
        / spec.estimates.rpartition(".")[2]
        / f"{spec.topology}.{spec.name}.json"
    )
    entry = json.loads(Path(path).read_text(encoding="utf-8"))
    return decode_entry(entry["derivation"], path, entry["blueprint"])


def _small(
    variable: Variable, limits: tuple[int, int, int], derived: BlueprintEstimates
) -> Variable:
    dim, hyper, size = limits
    limit = dim if variable.name == "dim" else size if variable in derived.inputs else hyper
    return Variable(variable.name, variable.lo, min(variable.hi, max(variable.lo, limit)))


_BOXES: dict[str, dict[tuple[int, int, int], Box]] = {}


def _box(derived: BlueprintEstimates, limits: tuple[int, int, int]) -> Box:
    """The blueprint's box within ``limits``, made once (its z3 terms are cached)."""
    if derived.key not in _BOXES:
        _BOXES.clear()  # one blueprint at a time
        _BOXES[derived.key] = {}
    boxes = _BOXES[derived.key]
    if limits not in boxes:
        variables = (*derived.variables, *derived.inputs)
        boxes[limits] = Box([_small(v, limits, derived) for v in variables])
    return boxes[limits]


def _arguments(total: sympy.Expr) -> tuple[sympy.Expr, ...]:
    return total.args if isinstance(total, sympy.Max) else (total,)


def _within(box: Box, estimate: Estimate, index: int) -> list[z3.ExprRef]:
    """Where the ``index``-th branch is the one taken: its condition, no earlier one's."""
    branch = estimate.branches[index]
    constraints = [z3.Not(box.formula(b.condition)) for b in estimate.branches[:index]]
    if branch.condition is not None:
        constraints.append(box.formula(branch.condition))
    return constraints


def _points(
    estimate: Estimate,
    index: int,
    derived: BlueprintEstimates,
    done: Collection[sympy.Expr],
) -> list[dict[str, int]]:
    """Points where the ``index``-th branch applies: for each argument of its maximum not
    ``done`` (placed for another optimizer), the smallest z3 finds (in ``STEPS``) where that
    argument is the largest, so that a wrong argument shows wherever it could be the peak
    (conv_heavy's was the largest only from about dim 384 at batch 16 and 16x16 images). An
    argument never the largest within the bounds (or one z3 cannot place) gives no point."""
    arguments = _arguments(estimate.branches[index].total)
    points: list[dict[str, int]] = []
    for argument in (a for a in arguments if a not in done):
        for limits in STEPS:
            box = _box(derived, limits)
            largest = box.formula(argument)
            constraints = _within(box, estimate, index)
            constraints += [largest >= box.formula(a) for a in arguments if a is not argument]
            try:
                found = box.find(*constraints, budget=BUDGET)
            except UndecidedError:  # a larger box is no easier
                break
            if found is not None:
                if found not in points:
                    points.append(found)
                break
    return points


def _applies(estimate: Estimate, index: int, derived: BlueprintEstimates) -> bool:
    """Whether the ``index``-th branch is taken anywhere within the bounds (undecided: yes)."""
    box = _box(derived, STEPS[-1])
    try:
        return box.find(*_within(box, estimate, index), budget=BUDGET) is not None
    except UndecidedError:
        return True


def _with_peak(spec: BlueprintSpec) -> bool:
    derived = _stored(spec)
    return any(
        e.quantity in PEAKS.values() and e.failure is None
        for v in derived.variants
        for e in v.estimates
    )


PEAKED = [s for s in SPECS if _with_peak(s)]


@pytest.mark.parametrize("spec", PEAKED, ids=[s.key for s in PEAKED])
def test_every_branch_of_the_peak_equals_memtracker(spec: BlueprintSpec) -> None:
    derived = _stored(spec)
    compared, unreached = 0, set()
    for variant in derived.variants:
        fixed = dict(variant.values)
        # a moment of the forward or backward is an argument of every optimizer's maximum:
        # placed once per region (the branch's condition after the earlier ones)
        placed: set[tuple] = set()
        for optimizer in OPTIMIZERS:
            estimate = variant.estimate(PEAKS[optimizer])
            if estimate.failure is not None:
                continue
            for index, branch in enumerate(estimate.branches):
                if branch.rejection is not None:
                    continue
                region = (*(b.condition for b in estimate.branches[:index]), branch.condition)
                done = {a for r, a in placed if r == region}
                points = _points(estimate, index, derived, done)
                placed.update((region, a) for a in _arguments(branch.total))
                if not points and not _applies(estimate, index, derived):
                    unreached.add(region)
                for point in points:
                    dim = point.pop("dim")
                    sizes = {v.name: point.pop(v.name) for v in derived.inputs}
                    hyper = {**point, **fixed}
                    where = (spec.key, dim, sizes, hyper, optimizer, index)
                    assert estimated_peak(spec, dim, sizes, hyper, optimizer) == measured_peak(
                        spec, dim, sizes, hyper, optimizer
                    ), where
                    compared += 1
    assert compared, f"{spec.key}: no branch compared"
    assert len(unreached) <= UNREACHED, (spec.key, unreached)
