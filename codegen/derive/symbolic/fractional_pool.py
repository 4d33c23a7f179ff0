"""Fractional max pooling on symbolic sizes: ``nn.FractionalMaxPool2d`` and ``3d`` as ops of our
own in a trace.

PyTorch's kernels take the output size as ``int[]``, not ``SymInt[]``: a symbolic output size
(``int(height * 0.5)``) passed to them is pinned to its value (a guard ``floor(height/2) == 3``),
so every input size would be a region of its own. ``fractional_max_pool`` and its backward take
``SymInt[]`` and do what the aten ops do: the same output and indices (a CPU kernel calling
aten's, for completeness; a trace only meets the fake kernels), the same checks, what autograd
saves (the input and the indices, as ``derivatives.yaml`` says), and the same counts
(``RULES``: the aten ops' rules, so that a trace counts what ``ElementwiseCounterMode`` counts
on the real module).
"""

from __future__ import annotations

from typing import Any

import torch
from torch.nn.modules.utils import _pair, _triple

_LIBRARY = torch.library.Library("blueprint_estimates", "FRAGMENT")
_LIBRARY.define(
    "fractional_max_pool(Tensor input, SymInt[] kernel_size, SymInt[] output_size, "
    "Tensor random_samples) -> (Tensor, Tensor)"
)
_LIBRARY.define(
    "fractional_max_pool_backward(Tensor grad_output, Tensor input, SymInt[] kernel_size, "
    "SymInt[] output_size, Tensor indices) -> Tensor"
)
fractional_max_pool = torch.ops.blueprint_estimates.fractional_max_pool.default
fractional_max_pool_backward = torch.ops.blueprint_estimates.fractional_max_pool_backward.default
_ATEN = {
    2: (torch.ops.aten.fractional_max_pool2d, torch.ops.aten.fractional_max_pool2d_backward),
    3: (torch.ops.aten.fractional_max_pool3d, torch.ops.aten.fractional_max_pool3d_backward),
}
_AXES = {2: ("height", "width"), 3: ("time", "height", "width")}
# our ops -> the aten op whose counting rule is theirs
COUNTED_AS = {
    torch.ops.blueprint_estimates.fractional_max_pool: torch.ops.aten.fractional_max_pool2d,
    torch.ops.blueprint_estimates.fractional_max_pool_backward: (
        torch.ops.aten.fractional_max_pool2d_backward
    ),
}


@torch.library.impl(_LIBRARY, "fractional_max_pool", "CPU")
def _forward_cpu(
    input: torch.Tensor, kernel_size: list[int], output_size: list[int], samples: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor]:
    return _ATEN[len(kernel_size)][0](input, kernel_size, output_size, samples)


@torch.library.impl(_LIBRARY, "fractional_max_pool_backward", "CPU")
def _backward_cpu(
    grad_output: torch.Tensor,
    input: torch.Tensor,
    kernel_size: list[int],
    output_size: list[int],
    indices: torch.Tensor,
) -> torch.Tensor:
    backward = _ATEN[len(kernel_size)][1]
    return backward(grad_output, input, kernel_size, output_size, indices)


@torch.library.register_fake("blueprint_estimates::fractional_max_pool", lib=_LIBRARY)
def _forward_fake(
    input: torch.Tensor, kernel_size: list[Any], output_size: list[Any], samples: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor]:
    """The checks of aten's kernels (``meta_fractional_max_pool2d``, FractionalMaxPool3d.cpp,
    whose check is strict where the 2d one is not) that sizes decide, and the output and
    indices: the input's leading sizes, then ``output_size``."""
    n = len(kernel_size)
    name = f"fractional_max_pool{n}d"
    torch._check(
        input.ndim in (n + 1, n + 2),
        lambda: f"{name}: Expected {n + 1}D or {n + 2}D tensor, but got: {input.ndim}",
    )
    torch._check(len(output_size) == n, lambda: f"{name}: output_size must have {n} sizes")
    for axis, size, window, out in zip(
        _AXES[n], input.shape[-n:], kernel_size, output_size, strict=True
    ):
        last = out + window - 1  # the last input position a window reads, counted from 1
        torch._check(
            last <= size if n == 2 else last < size,  # the 3d kernel's check is strict
            lambda axis=axis, size=size, window=window: (
                f"{name}: kernel {axis} {window} is too large relative to input {axis} {size}"
            ),
        )
    shape = [*input.shape[:-n], *output_size]
    return input.new_empty(shape), input.new_empty(shape, dtype=torch.int64)


@torch.library.register_fake("blueprint_estimates::fractional_max_pool_backward", lib=_LIBRARY)
def _backward_fake(
    grad_output: torch.Tensor,
    input: torch.Tensor,
    kernel_size: list[Any],
    output_size: list[Any],
    indices: torch.Tensor,
) -> torch.Tensor:
    return input.new_empty(input.shape)  # the CPU kernel resizes the gradient to the input


def _setup_context(ctx: Any, inputs: tuple[Any, ...], output: Any) -> None:
    input, kernel_size, output_size, _samples = inputs
    ctx.kernel_size, ctx.output_size = kernel_size, output_size
    ctx.save_for_backward(input, output[1])  # self and result1, as derivatives.yaml saves
    ctx.mark_non_differentiable(output[1])


def _backward(ctx: Any, grad_output: Any, _grad_indices: Any) -> tuple[Any, ...]:
    input, indices = ctx.saved_tensors
    grad = fractional_max_pool_backward(
        grad_output, input, ctx.kernel_size, ctx.output_size, indices
    )
    return grad, None, None, None


torch.library.register_autograd(
    "blueprint_estimates::fractional_max_pool",
    _backward,
    setup_context=_setup_context,
    lib=_LIBRARY,
)


def pool(
    spatial: int,
    input: torch.Tensor,
    kernel_size: Any,
    output_size: Any,
    return_indices: bool = False,
    random_samples: torch.Tensor | None = None,
) -> Any:
    """What ``F.fractional_max_pool{2,3}d_with_indices`` does once it has the output size,
    through ``fractional_max_pool``: the random samples drawn as it draws them."""
    expand = _pair if spatial == 2 else _triple
    kernel, size = list(expand(kernel_size)), list(expand(output_size))
    if random_samples is None:
        batch = 1 if input.dim() == spatial + 1 else input.size(0)
        random_samples = torch.rand(
            batch, input.size(-spatial - 1), spatial, dtype=input.dtype, device=input.device
        )
    output, indices = fractional_max_pool(input, kernel, size, random_samples)
    return (output, indices) if return_indices else output
