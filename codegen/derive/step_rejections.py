"""A training step that raises while it is traced: a rejection (the blueprint has no step at
those inputs) only where the real module raises too.

The trace runs on fake tensors; a step can raise there for the generator's reasons as well as
the module's. ``confirm_rejection`` runs the real module at the smallest point of the trace's
region, on the meta device (no memory, the same checks) and, where that disagrees or runs, on
the CPU when the point is small; only then is the error the blueprint's.
"""

from __future__ import annotations

import math
import re
import traceback
from collections.abc import Sequence
from typing import Any

import sympy
import torch
import z3

from blueprints.inputs import make_input
from blueprints.registry import BlueprintSpec

from ..errors import DerivationError, first_line, hint_for, needs_concrete_sizes, what_raised
from ..ir import Guard, Rejection
from .construct import DIM
from .explore.box import Box
from .symbolic import SymbolicSession, user_location


def show(point: dict[str, int]) -> str:
    """``name=value, ...``: a point as messages show it."""
    return ", ".join(f"{k}={v}" for k, v in point.items())


def confirm_rejection(
    spec: BlueprintSpec,
    session: SymbolicSession,
    point: dict[str, int],
    fixed: dict[str, Any],
    box: Box,
    construction: Sequence[sympy.Basic],
    exc: Exception,
) -> tuple[tuple[Guard, ...], Rejection]:
    """Confirm a raising trace on the real module, at the smallest point of its region: the
    trace's guards (the region) and the rejection, or a DerivationError (a refusal).

    The module is built and run on the meta device: the checks that make a step raise (a
    single value per channel in BatchNorm or GroupNorm, a shape mismatch) are the same there,
    and a region whose smallest point is huge costs no memory. It raising there is a rejection,
    whatever the types of the two errors, unless its error is the meta device's own (no
    kernel, no values). Where the meta device runs or fails on its own, a real step on the CPU
    decides when the point is small (it raises: a rejection, with the real module's error; it
    runs: a refusal).
    """
    location = user_location(traceback.extract_tb(exc.__traceback__))
    if needs_concrete_sizes(exc):  # not about these inputs: the real step cannot tell
        raise DerivationError(
            spec.key, f"tracing at {show(point)} {what_raised(exc)}", location, hint_for(exc)
        ) from exc
    guards = tuple(session.guards())
    region = box.conjunction([*construction, *(g.condition for g in guards)])
    small = next(
        (p for limit in (8, 64, 512) if (p := box.find(region, *_small(box, point, limit)))),
        None,
    )
    where = small or point
    hyper = {k: v for k, v in where.items() if k in spec.hyperparameters()}
    real = _step_raises(spec, where, hyper, fixed, "meta")
    if real is None and _small_step(where):
        # the meta device runs some steps the CPU refuses (a convolution with 0 output
        # channels; a view of a channels-last output, which meta kernels make contiguous): a
        # small real step decides, whatever the type of its error (a fake tensor's ValueError
        # is the CPU's RuntimeError for the same view)
        real = _step_raises(spec, where, hyper, fixed, "cpu")
    elif real is not None and not isinstance(real, type(exc)):
        # another kind of error on the meta device: a kernel check that raises one type on
        # fake tensors and another for real (the step does not exist here either way), or a
        # meta-only failure (``.item()``). The real step on the CPU decides where it is small;
        # elsewhere both raising is a rejection by agreement, unless the meta device failed
        # on its own
        if not _small_step(where) and not _meta_only(real):
            return guards, Rejection(type(real).__name__, str(real), location, "training step")
        if not _small_step(where):
            raise DerivationError(
                spec.key,
                f"tracing at {show(point)} {what_raised(exc)}, "
                f"but the module on the meta device raises {type(real).__name__} at "
                f"{show(where)}: {first_line(real)}",
                location,
                hint_for(exc),
            ) from exc
        real = _step_raises(spec, where, hyper, fixed, "cpu")
    if real is not None:
        return guards, Rejection(type(real).__name__, str(real), location, "training step")
    raise DerivationError(
        spec.key,
        f"tracing at {show(point)} {what_raised(exc)}, but the real module runs at {show(where)}",
        location,
        hint_for(exc),
    ) from exc


def _step_raises(
    spec: BlueprintSpec,
    where: dict[str, int],
    hyper: dict[str, int],
    fixed: dict[str, Any],
    device: str,
) -> Exception | None:
    """What one training step of the real module raises at ``where`` on ``device`` (the meta
    device: no memory, the same checks; the CPU: real tensors), None where it runs."""
    shape = [where[n] for n in spec.layout]
    try:
        with torch.device(device):
            module = spec.build(where[DIM], **hyper, **fixed)
            x = make_input(module, shape, spec.token_count({**hyper, **fixed}))
            module(x).sum().backward()
    except Exception as real:
        return real
    return None


def _meta_only(error: Exception) -> bool:
    """Whether ``error`` is the meta device's own (no kernel for it, no values on it), not a
    check of the sizes that a real step makes too."""
    return isinstance(error, NotImplementedError) or bool(
        re.search(r"\bmeta\b", str(error), re.IGNORECASE)
    )


def _small_step(where: dict[str, int]) -> bool:
    """Whether a real step at ``where`` is cheap enough to run on the CPU."""
    return math.prod(where.values()) <= 2**24


def _small(box: Box, point: dict[str, int], limit: int) -> list[z3.ExprRef]:
    """Constraints for a small point (every variable at most ``limit``, or its value here)."""
    return [box.z3[v.name] <= max(min(limit, point[v.name]), v.lo) for v in box.variables]
