"""The concrete reference for FLOP and activation tests: one training step of a real module,
counted, and the estimates of the same step, for comparisons shared by the built-ins' and the
zoo's tests."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest
import torch

from blueprints import BlueprintSpec
from blueprints.inputs import make_input
from blueprints.memory_reference import OPTIMIZERS, measure_peak_bytes
from codegen.spot_check import measure_step


def measured_step(
    spec: BlueprintSpec,
    dim: int,
    sizes: dict,
    hyper: dict,
    autocast: torch.dtype | None = None,
) -> Any:
    """``measure_step`` of the real blueprint on a random input of these sizes (its forward
    and loss under ``autocast`` where given), or "rejected" where the factory raises
    (anything: torch asserts on heads, transformers validates its configs) or the training
    step raises (one value per channel in a norm, a kernel larger than its input: whatever the
    type, the estimate raises ValueError there)."""
    torch.manual_seed(0)
    try:
        module = spec.build(dim, **hyper)
    except Exception:
        return "rejected"
    shape = [dim if n == "dim" else sizes[n] for n in spec.layout]
    x = make_input(module, shape, spec.token_count(hyper))
    try:
        return measure_step(module, x, autocast)
    except Exception:  # the step raises here (whatever the type): the estimate must refuse
        return "rejected"


def estimated_step(spec: BlueprintSpec, dim: int, sizes: dict, hyper: dict) -> tuple[int, ...]:
    """The generated estimates of the same five counts as ``measure_step``."""
    arguments = {**sizes, **hyper}
    return (
        spec.flops_estimate(dim, **arguments),
        spec.flops_estimate(dim, backward=True, **arguments),
        spec.elementwise_estimate(dim, **arguments),
        spec.elementwise_estimate(dim, backward=True, **arguments),
        spec.activation_bytes_estimate(dim, **arguments),
    )


def generated_step(module: Any, key: str, dim: int, **sizes: int) -> tuple[int, ...]:
    """The same five counts from the functions of a generated module (not registered: a
    purpose-made blueprint rendered in a test) for the blueprint ``key``."""
    prefix = key.replace("/", "_")
    return tuple(
        getattr(module, f"{prefix}_{quantity}")(dim, **sizes)
        for quantity in (
            "forward_flops",
            "backward_flops",
            "elementwise_flops",
            "backward_elementwise_flops",
            "activation_bytes",
        )
    )


def estimated_peak(
    spec: BlueprintSpec, dim: int, sizes: dict, hyper: dict, optimizer: str
) -> int | None:
    """The generated peak bytes of a step with ``optimizer``; None where the blueprint has no
    peak formula (NotImplementedError: a model of repeated blocks, a recurrent layer) or no
    peak function (derived without: ``Settings(peak=False)``)."""
    module = spec._estimates()._module(spec.topology, spec.name)
    if not hasattr(module, f"{spec.topology}_{spec.name}_peak_bytes"):
        return None
    try:
        return spec.peak_bytes_estimate(dim, optimizer=optimizer, **sizes, **hyper)
    except NotImplementedError:
        return None


def measured_peak(
    spec: BlueprintSpec,
    dim: int,
    sizes: dict,
    hyper: dict,
    optimizer: str,
    autocast: torch.dtype | None = None,
) -> int:
    """``measure_peak_bytes`` (MemTracker) of a real step of the blueprint with ``optimizer``
    (its forward and loss under ``autocast`` where given)."""
    torch.manual_seed(0)
    module = spec.build(dim, **hyper)
    shape = [dim if n == "dim" else sizes[n] for n in spec.layout]
    return measure_peak_bytes(module, shape, optimizer, spec.token_count(hyper), autocast)


def compare_steps(
    spec: BlueprintSpec,
    combinations: Iterable[tuple[int, dict, dict]],
    wanted: int,
    autocast: torch.dtype | None = None,
) -> None:
    """``wanted`` combinations where the real step runs, compared exactly, and the peak bytes
    of one optimizer in turn there (where the blueprint has a peak formula); where the
    factory or the step raises, the estimates must raise ValueError too. With ``autocast``,
    the real steps' forward and loss run under it (as the estimates were derived)."""
    compared = rejected = 0
    for dim, sizes, hyper in combinations:
        actual = measured_step(spec, dim, sizes, hyper, autocast)
        optimizer = list(OPTIMIZERS)[(compared + rejected) % len(OPTIMIZERS)]
        if actual == "rejected":
            with pytest.raises(ValueError):
                estimated_step(spec, dim, sizes, hyper)
            try:
                peak = estimated_peak(spec, dim, sizes, hyper, optimizer)
            except ValueError:
                pass
            else:
                assert peak is None, f"{spec.key}: a peak of {peak} where the step raises"
            rejected += 1
        else:
            where = f"{spec.key} dim={dim} {sizes} {hyper}"
            assert estimated_step(spec, dim, sizes, hyper) == actual, where
            peak = estimated_peak(spec, dim, sizes, hyper, optimizer)
            if peak is not None:
                real = measured_peak(spec, dim, sizes, hyper, optimizer, autocast)
                assert peak == real, (where, optimizer)
            compared += 1
        if compared >= wanted:
            return
        assert rejected <= 5 * wanted, f"{spec.key}: {rejected} rejected, {compared} compared"
