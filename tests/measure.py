"""The concrete reference for FLOP tests: one training step of a real module, counted."""

from __future__ import annotations

import torch
from torch.utils.flop_counter import FlopCounterMode

from blueprints.flop_reference import CPU_SDPA_MAPPING
from codegen.flops import ElementwiseCounterMode


def measure_step(module: torch.nn.Module, x: torch.Tensor) -> tuple[int, int, int, int]:
    """(forward FLOPs, backward FLOPs, forward elementwise, backward elementwise) of
    ``module(x)`` and of the backward of ``output.sum()`` (the sum itself is in neither):
    FlopCounterMode with PyTorch's SDPA formulas for the CPU attention kernels, and our
    ElementwiseCounterMode."""
    with (
        FlopCounterMode(display=False, custom_mapping=CPU_SDPA_MAPPING) as forward,
        ElementwiseCounterMode() as forward_elementwise,
    ):
        out = module(x)
    loss = out.sum()
    with (
        FlopCounterMode(display=False, custom_mapping=CPU_SDPA_MAPPING) as backward,
        ElementwiseCounterMode() as backward_elementwise,
    ):
        loss.backward()
    return (
        forward.get_total_flops(),
        backward.get_total_flops(),
        forward_elementwise.total,
        backward_elementwise.total,
    )
