"""The ground truth for FLOPs: PyTorch's FlopCounterMode on the real module and real tensors.

FLOPs follow PyTorch's convention (a multiply-add is 2 FLOPs; matmul, linear, convolution and
scaled-dot-product attention by PyTorch's own formulas). One gap is filled: torch 2.13's
counter does not map the CPU flash-attention kernels and counts 0 for them; PyTorch's SDPA
formulas are given for them through ``custom_mapping``.
"""

from __future__ import annotations

from typing import Any

import torch
from torch.utils import flop_counter

aten = torch.ops.aten

# The input of each topology: its dimensions, in order, with "dim" the channel dimension.
INPUT_LAYOUT = {
    "cnn": ("batch", "dim", "height", "width"),
    "cnn1d": ("batch", "dim", "length"),
    "cnn3d": ("batch", "dim", "depth", "height", "width"),
    "transformer": ("batch", "seq_len", "dim"),
}


def _cpu_sdpa(
    query_shape: Any,
    key_shape: Any,
    value_shape: Any,
    *args: Any,
    out_shape: Any = None,
    **kwargs: Any,
) -> Any:
    return flop_counter.sdpa_flop_count(query_shape, key_shape, value_shape)


def _cpu_sdpa_backward(
    grad_out_shape: Any,
    query_shape: Any,
    key_shape: Any,
    value_shape: Any,
    *args: Any,
    out_shape: Any = None,
    **kwargs: Any,
) -> Any:
    return flop_counter.sdpa_backward_flop_count(
        grad_out_shape, query_shape, key_shape, value_shape
    )


CPU_SDPA_MAPPING = {
    aten._scaled_dot_product_flash_attention_for_cpu: _cpu_sdpa,
    aten._scaled_dot_product_flash_attention_for_cpu_backward: _cpu_sdpa_backward,
}


def input_shape(topology: str, dim: int, sizes: dict[str, Any]) -> list[Any]:
    """The input shape of ``topology`` at ``dim`` from keyword ``sizes`` (checked strictly).

    Missing or extra sizes are a TypeError naming what the topology expects; sizes that are
    not positive integers a ValueError.
    """
    try:
        layout = INPUT_LAYOUT[topology]
    except KeyError:
        raise ValueError(f"no input layout known for topology {topology!r}") from None
    expected = [name for name in layout if name != "dim"]
    missing = [n for n in expected if n not in sizes]
    extra = sorted(set(sizes) - set(expected))
    if missing or extra:
        raise TypeError(
            f"{topology} inputs take {', '.join(expected)}"
            + (f"; missing: {', '.join(missing)}" if missing else "")
            + (f"; unexpected: {', '.join(extra)}" if extra else "")
        )
    for name in expected:
        value = sizes[name]
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int, got {type(value).__name__}")
        if value < 1:
            raise ValueError(f"{name} must be positive, got {value}")
    return [dim if name == "dim" else sizes[name] for name in layout]


def measure_flops(module: Any, shape: list[int]) -> tuple[int, int]:
    """(forward, backward) FLOPs of ``module`` on a random input of ``shape`` (loss = sum)."""
    x = torch.randn(*shape, requires_grad=True)
    with flop_counter.FlopCounterMode(display=False, custom_mapping=CPU_SDPA_MAPPING) as fwd:
        out = module(x)
    loss = out.sum()
    with flop_counter.FlopCounterMode(display=False, custom_mapping=CPU_SDPA_MAPPING) as bwd:
        loss.backward()
    return fwd.get_total_flops(), bwd.get_total_flops()
