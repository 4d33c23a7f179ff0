"""A blueprint's input: its shape from the topology's layout, its dtype, and the tensor itself.

One place for what every ground truth and the generator give a blueprint: a floating-point
input in the module's dtype that requires grad (as the output of an earlier layer does), or,
for a topology of token ids (``BlueprintRegistry.add_topology(..., tokens=...)``), integer ids
in ``[0, tokens)``, which nothing differentiates.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import torch
from torch import nn


def input_dtype(module: nn.Module) -> torch.dtype:
    """The dtype a blueprint's input is given: its first floating-point parameter's (or
    buffer's), float32 where it has none. A module made 16-bit takes a 16-bit input."""
    for tensor in (*module.parameters(), *module.buffers()):
        if tensor.is_floating_point():
            return tensor.dtype
    return torch.float32


def input_shape(topology: str, dim: int, sizes: dict[str, Any]) -> list[Any]:
    """The input shape of ``topology`` at ``dim`` from keyword ``sizes`` (checked strictly).

    Missing or extra sizes are a TypeError naming what the topology expects; sizes that are
    not positive integers a ValueError.
    """
    from .registry import BlueprintRegistry

    layout = BlueprintRegistry.layout(topology)
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


def make_input(
    module: nn.Module, shape: Sequence[Any], tokens: int | None = None, *, fake: bool = False
) -> torch.Tensor:
    """The input of ``module`` of ``shape``: random values in its dtype, requiring grad; with
    ``tokens``, random token ids in ``[0, tokens)`` (int64). ``fake``: an uninitialized
    tensor, for a fake or symbolic session, where sizes may be symbols and values do not
    matter (``tokens`` then only says it holds ids)."""
    if tokens is not None:
        if fake:
            return torch.empty(list(shape), dtype=torch.long)
        return torch.randint(0, tokens, tuple(shape))
    if fake:
        return torch.empty(list(shape), dtype=input_dtype(module), requires_grad=True)
    return torch.randn(*shape, dtype=input_dtype(module), requires_grad=True)
