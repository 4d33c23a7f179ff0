"""The ground truth for FLOPs: PyTorch's FlopCounterMode on the real module and real tensors.

The convention is PyTorch's formulas, with known miscounts corrected. FLOPs are counted as
FlopCounterMode counts them (matmul, linear, convolution and scaled-dot-product attention, by
PyTorch's own formulas; a multiply-add is 2 FLOPs), with two kinds of documented entries
given to it through ``custom_mapping`` (``CUSTOM_MAPPING``):

* ``CPU_SDPA_MAPPING``, a gap filled: torch 2.13's counter does not map the CPU
  flash-attention kernels and counts 0 for them; PyTorch's SDPA formulas are given for them.
* ``MATVEC_MAPPING``, a gap filled: ``mv``, ``dot`` and ``vdot`` (counted 0 by torch 2.13),
  counted as ``mm`` is.
* ``CORRECTIONS``, miscounts corrected: each entry replaces one of PyTorch's formulas, with the
  same calling convention (shapes in, FLOPs out), and says what PyTorch counts, what is right
  and why.

The generator's registry (``codegen.derive.flops.MATMUL``) applies the same entries, so the
derived formulas and this ground truth count alike. ``tests/real_modules/test_flop_audit.py``
audits every formula used against multiply-adds counted from the shapes, independently of
PyTorch's counter.
"""

from __future__ import annotations

from typing import Any

import torch
from torch.utils import flop_counter

aten = torch.ops.aten


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


# A gap filled: torch 2.13's FlopCounterMode has no formula for the CPU flash-attention kernels
# (it counts 0 for them). PyTorch's SDPA formulas apply to them as they are: the forward kernel
# does the two products Q @ K^T and P @ V; the backward kernel recomputes Q @ K^T (it keeps only
# the logsumexp, not the attention matrix) and then does the four gradient products, five in
# all, which is what ``sdpa_backward_flop_count`` counts. Causal attention is counted in full,
# as PyTorch counts it (the kernel skips the blocks above the diagonal).
CPU_SDPA_MAPPING = {
    aten._scaled_dot_product_flash_attention_for_cpu: _cpu_sdpa,
    aten._scaled_dot_product_flash_attention_for_cpu_backward: _cpu_sdpa_backward,
}


def _mv_flop(a_shape: Any, b_shape: Any, *args: Any, out_shape: Any = None, **kwargs: Any) -> Any:
    m, n = a_shape
    return 2 * m * n


def _dot_flop(a_shape: Any, b_shape: Any, *args: Any, out_shape: Any = None, **kwargs: Any) -> Any:
    return 2 * a_shape[0]


# A gap filled: torch 2.13's FlopCounterMode has no formula for matrix-vector and vector-vector
# products (it counts 0 for them); spectral normalisation's power iteration does them on every
# training step (``torch.mv``, ``torch.dot``/``vdot``). Counted as ``mm`` is: a multiply-add is
# 2 FLOPs, an (m, n) matrix times a vector is m * n of them, a dot product of n elements n.
MATVEC_MAPPING = {
    aten.mv: _mv_flop,
    aten.dot: _dot_flop,
    aten.vdot: _dot_flop,
}


def conv_backward_flop(
    grad_out_shape: Any,
    x_shape: Any,
    w_shape: Any,
    _bias: Any,
    _stride: Any,
    _padding: Any,
    _dilation: Any,
    transposed: bool,
    _output_padding: Any,
    _groups: Any,
    output_mask: Any,
    out_shape: Any,
    **kwargs: Any,
) -> Any:
    """Convolution backward, with the weight gradient of a grouped convolution counted right.

    PyTorch (``flop_counter.conv_backward_flop``, torch 2.13) counts the weight gradient as if
    the convolution were dense: it multiplies by all the input channels where each output
    channel only sees the ``in_channels / groups`` of its group, so a grouped convolution's
    weight gradient is counted ``groups`` times over (64 times for a depthwise convolution at 64
    channels), in both the normal and the transposed branch. Upstream fix: pytorch/pytorch#183405
    (divides that term by ``groups``).

    Right: each of the forward's multiply-adds ``x * w`` gives one multiply-add to the weight
    gradient (``grad_out * x``) and one to the input gradient (``grad_out * w``), so each term
    is the forward count. Counted here from the weight's shape, which holds the channels per
    group (``[out, in / groups, *kernel]``, transposed ``[in, out / groups, *kernel]``): the
    same as PyTorch's term divided by ``groups``, with no division (sizes may be SymInts). The
    input-gradient term is PyTorch's, unchanged: it already counts from the weight's shape and
    is right for groups. The bias gradient (a sum) is not a multiply-add and, as in PyTorch,
    not counted.
    """
    flop_count = 0
    if output_mask[0]:
        # PyTorch's term: grad_input as conv_transpose(grad_out, weight), or for a transposed
        # convolution as conv(grad_out, weight)
        grad_input_shape = flop_counter.get_shape(out_shape[0])
        flop_count += flop_counter.conv_flop_count(
            grad_out_shape, w_shape, grad_input_shape, not transposed
        )
    if output_mask[1]:
        # one multiply-add per kernel tap and weight entry at each position of the side the
        # kernel slides over: the output (normal) or the input (transposed), for each sample
        positions = x_shape[2:] if transposed else grad_out_shape[2:]
        flop_count += 2 * x_shape[0] * _product(positions) * _product(w_shape)
    return flop_count


def _product(sizes: Any) -> Any:
    result = 1
    for size in sizes:
        result = result * size
    return result


def trilinear_flop(
    i1_shape: Any,
    i2_shape: Any,
    i3_shape: Any,
    expand1: Any,
    expand2: Any,
    expand3: Any,
    sumdim: Any,
    *args: Any,
    out_shape: Any = None,
    **kwargs: Any,
) -> Any:
    """``aten._trilinear`` (``nn.Bilinear``, ``F.bilinear``): PyTorch has no formula and counts 0.

    Right: the op sums products of three factors over a broadcast space (each input unsqueezed
    at its ``expand`` dimensions); it is counted like ``mm`` (``2 * m * n * k``, a multiply-add
    per point of the space m x n x k): 2 per point of the broadcast space, summed dimensions
    included. For ``nn.Bilinear(in1, in2, out)`` on N samples: ``2 * N * out * in1 * in2``.
    Its backward is three ``_trilinear`` calls, counted the same way.
    """
    full = []
    for shape, expand in ((i1_shape, expand1), (i2_shape, expand2), (i3_shape, expand3)):
        sizes: list[Any] = list(shape)
        for position in sorted(expand):
            sizes.insert(position, None)
        full.append(sizes)
    space = [next((s[d] for s in full if s[d] is not None), 1) for d in range(len(full[0]))]
    return 2 * _product(space)


def lstm_layer_flop(
    input_shape: Any,
    w_ih_shape: Any,
    w_hh_shape: Any,
    *args: Any,
    out_shape: Any = None,
    **kwargs: Any,
) -> Any:
    """``aten.mkldnn_rnn_layer``, one layer and direction of ``nn.LSTM`` on CPU (oneDNN):
    PyTorch has no formula and counts 0.

    Right: the per-step matrix products, a multiply-add being 2 FLOPs, as ``mm`` counts them.
    At each of the T steps the B samples' input (I features) and previous hidden state (H)
    are multiplied by the input and hidden weights (``[4H, I]`` and ``[4H, H]``, the four
    gates): ``2 * T * B * 4H * (I + H)``. The bias adds are not multiply-adds and, as in
    ``addmm``, not counted; the gates' nonlinearities and products are elementwise work,
    counted by the elementwise convention (``codegen.derive.elementwise_rules``).
    """
    steps_and_batch = input_shape[0] * input_shape[1]
    gates, input_size = w_ih_shape
    return 2 * steps_and_batch * gates * (input_size + w_hh_shape[1])


def lstm_layer_backward_flop(
    input_shape: Any,
    w_ih_shape: Any,
    w_hh_shape: Any,
    *args: Any,
    out_shape: Any = None,
    **kwargs: Any,
) -> Any:
    """``aten.mkldnn_rnn_layer_backward``: PyTorch has no formula and counts 0.

    Right: each forward product ``x @ W`` gives one product of the same size for the input's
    gradient and one for the weight's (``mm``'s backward is counted so), and the kernel computes
    all of them: the gradients of the input, of the initial hidden state and of both weights,
    whichever of them autograd needs. Twice the forward.
    """
    return 2 * lstm_layer_flop(input_shape, w_ih_shape, w_hh_shape)


# PyTorch's formulas that miscount, corrected: op packet -> raw formula (shapes in, FLOPs out,
# PyTorch's signature; FlopCounterMode and the generator wrap it with ``shape_wrapper``).
CORRECTIONS = {
    aten.convolution_backward: conv_backward_flop,
    aten._trilinear: trilinear_flop,
    aten.mkldnn_rnn_layer: lstm_layer_flop,
    aten.mkldnn_rnn_layer_backward: lstm_layer_backward_flop,
}

# What FlopCounterMode is given, here and in tests/measure.py.
CUSTOM_MAPPING = {**CPU_SDPA_MAPPING, **MATVEC_MAPPING, **CORRECTIONS}


def measure_flops(module: Any, shape: list[int], tokens: int | None = None) -> tuple[int, int]:
    """(forward, backward) FLOPs of ``module`` on a random input of ``shape`` (loss = sum),
    in the module's dtype, or of token ids in ``[0, tokens)`` (``inputs.make_input``)."""
    from .inputs import make_input

    x = make_input(module, shape, tokens)
    with flop_counter.FlopCounterMode(display=False, custom_mapping=CUSTOM_MAPPING) as fwd:
        out = module(x)
    loss = out.sum()
    with flop_counter.FlopCounterMode(display=False, custom_mapping=CUSTOM_MAPPING) as bwd:
        loss.backward()
    return fwd.get_total_flops(), bwd.get_total_flops()
