"""The elementwise convention: the work FlopCounterMode ignores (activations, norms, residual
adds, reductions, pooling, interpolation), one rule per op that PyTorch's tags do not already
decide, the ops declared free (no arithmetic), and those refused with a reason.

An op tagged ``torch.Tag.pointwise`` (and the ``*_backward`` of one) counts ``POINTWISE``, one
tagged ``torch.Tag.reduction`` counts ``REDUCTION`` (``flops.rule_for`` decides); the rules here
cover the rest. The README's table is made from them (``flops.rules_table``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import torch

from .op_registry import Formula, OpRegistry

aten = torch.ops.aten


def _numel(value: Any) -> Any:
    return value.numel() if isinstance(value, torch.Tensor) else 1


def _first_tensor(values: Any) -> torch.Tensor:
    for value in values if isinstance(values, list | tuple) else (values,):
        if isinstance(value, torch.Tensor):
            return value
    raise TypeError("no tensor among the op's values")


def _product(values: Iterable[Any]) -> Any:
    result: Any = 1
    for value in values:
        result = result * value
    return result


@dataclass(frozen=True)
class Rule:
    """How one op is counted: ``formula(*args, out_val=..., **kwargs)``, and in words."""

    count: str  # the README's "count" column: "1 per output element"
    why: str  # what kind of work it is
    formula: Formula


def per_output_element(factor: int, why: str) -> Rule:
    def formula(*args: Any, out_val: Any = None, **kwargs: Any) -> Any:
        return factor * _numel(_first_tensor(out_val))

    return Rule(f"{factor} per output element", why, formula)


def per_input_element(factor: int, why: str) -> Rule:
    def formula(*args: Any, out_val: Any = None, **kwargs: Any) -> Any:
        return factor * _numel(_first_tensor(args))

    return Rule(f"{factor} per input element", why, formula)


def per_argument_element(position: int, name: str, why: str) -> Rule:
    """1 per element of the argument at ``position`` (the values an op accumulates)."""

    def formula(*args: Any, out_val: Any = None, **kwargs: Any) -> Any:
        value = args[position] if position < len(args) else kwargs.get(name)
        return _numel(value)

    return Rule(f"1 per element of `{name}`", why, formula)


def _window(kernel_size: Any, spatial: int) -> Any:
    sizes = list(kernel_size) if isinstance(kernel_size, list | tuple) else [kernel_size]
    if len(sizes) == 1:
        sizes = sizes * spatial
    return _product(sizes)


def per_window_element(spatial: int, why: str, output: str = "output") -> Rule:
    """Kernel volume x elements of the output (forward: ``out``; backward: ``grad_output``)."""

    def formula(*args: Any, out_val: Any = None, **kwargs: Any) -> Any:
        if output == "output":  # op(self, kernel_size, ...)
            kernel, elements = args[1] if len(args) > 1 else kwargs["kernel_size"], out_val
        else:  # op_backward(grad_output, self, kernel_size, ...)
            kernel, elements = args[2] if len(args) > 2 else kwargs["kernel_size"], args[0]
        return _window(kernel, spatial) * _numel(_first_tensor(elements))

    return Rule(f"kernel volume x {output} elements", why, formula)


def per_tap(taps: int, why: str, output: str = "output") -> Rule:
    """Interpolation: ``taps`` multiply-adds per element of the output (or ``grad_output``)."""

    def formula(*args: Any, out_val: Any = None, **kwargs: Any) -> Any:
        elements = out_val if output == "output" else args[0]
        return taps * _numel(_first_tensor(elements))

    return Rule(f"{taps} per {output} element", why, formula)


def _index_put(*args: Any, out_val: Any = None, **kwargs: Any) -> Any:
    accumulate = args[3] if len(args) > 3 else kwargs.get("accumulate", False)
    return _numel(args[2]) if accumulate else 0


def _scatter(*args: Any, out_val: Any = None, **kwargs: Any) -> Any:
    reduce = args[4] if len(args) > 4 else kwargs.get("reduce")
    return _numel(args[2]) if reduce is not None else 0


ELEMENTWISE = OpRegistry("elementwise operations (this project's convention)")


def _rule(rule: Rule, *packets: Any) -> None:
    for packet in packets:
        ELEMENTWISE.add(packet, rule)


# elementwise kernels PyTorch does not tag pointwise: one operation per output element, as a
# tagged op (an activation is one operation however many instructions it takes)
_rule(
    per_output_element(1, "pointwise (untagged kernels)"),
    aten.hardswish,
    aten.hardswish_backward,
    aten.glu,
    aten.glu_backward,
    aten._prelu_kernel,
    aten._prelu_kernel_backward,
    aten.log_sigmoid_forward,
    aten.log_sigmoid_backward,
    aten.where,
    aten.floor_divide,  # untagged, unlike remainder and div
)
# normalisation: mean, variance, normalise, scale and shift, per input element; BatchNorm's
# running-statistics update (one value per channel, inside the kernel) is declared free, its
# num_batches_tracked += 1 is an add_ like any other (1)
_rule(
    per_input_element(5, "normalisation (running statistics free)"),
    aten.native_group_norm,
    aten.native_layer_norm,
    aten.native_batch_norm,
    aten._native_batch_norm_legit,
    aten._native_batch_norm_legit_no_training,
    aten._batch_norm_with_update,
    aten._batch_norm_no_update,
)
_rule(
    per_input_element(8, "normalisation backward"),
    aten.native_group_norm_backward,
    aten.native_layer_norm_backward,
    aten.native_batch_norm_backward,
    aten.batch_norm_backward,
)
# weight normalisation's fused kernel (torch.nn.utils weight_norm over the first or last
# dimension): the norm of v (a reduction, 1 per element) and v scaled by g / norm (1 per
# element); its backward: grad_g = sum(grad_w * v) / norm (2 per element) and grad_v =
# g / norm * (grad_w - v * grad_g / norm) (3 per element); per element of v / grad_w
_rule(per_input_element(2, "weight normalisation: norm, scale"), aten._weight_norm_interface)
_rule(per_input_element(5, "weight normalisation backward"), aten._weight_norm_interface_backward)
# softmax outside fused attention: exp, sum, divide (log-softmax: max, exp-sum, subtract)
_rule(
    per_input_element(3, "softmax"),
    aten._softmax,
    aten._safe_softmax,
    aten._log_softmax,
    aten._softmax_backward_data,
    aten._log_softmax_backward_data,
)
# random draws (dropout's mask) and fused dropout
_rule(
    per_output_element(1, "random draw"),
    aten.bernoulli,
    aten.rand_like,
    aten.randn_like,
    aten.rand,  # a fractional max pool's samples
    aten.randn,
)
_rule(per_input_element(3, "dropout: draw, mask, scale"), aten.native_dropout)
_rule(per_input_element(2, "dropout backward: mask, scale"), aten.native_dropout_backward)
# selection: one comparison per input element (sort is not given a count: no one convention)
_rule(per_input_element(1, "top-k selection"), aten.topk)
# scans
_rule(per_input_element(1, "scan"), aten.cumsum, aten.cumprod)
# pooling: every output element reads its window
_rule(
    per_window_element(1, "pooling"),
    aten.avg_pool1d,
    aten.max_pool1d,
    aten.max_pool1d_with_indices,
)
_rule(
    per_window_element(2, "pooling"),
    aten.avg_pool2d,
    aten.max_pool2d_with_indices,
    aten.fractional_max_pool2d,
)
_rule(
    per_window_element(3, "pooling"),
    aten.avg_pool3d,
    aten.max_pool3d_with_indices,
    aten.fractional_max_pool3d,
)
_rule(per_window_element(2, "average pooling backward", "grad_output"), aten.avg_pool2d_backward)
_rule(per_window_element(3, "average pooling backward", "grad_output"), aten.avg_pool3d_backward)
_rule(
    per_argument_element(0, "grad_output", "max pooling backward: a scatter-add"),
    aten.max_pool2d_with_indices_backward,
    aten.max_pool3d_with_indices_backward,
    aten.adaptive_max_pool2d_backward,
    aten.adaptive_max_pool3d_backward,
    aten.fractional_max_pool2d_backward,
    aten.fractional_max_pool3d_backward,
)
_rule(
    per_input_element(1, "adaptive pooling: each input element read once"),
    aten._adaptive_avg_pool2d,
    aten._adaptive_avg_pool3d,
    aten.adaptive_max_pool2d,
    aten.adaptive_max_pool3d,
    aten._adaptive_avg_pool2d_backward,
    aten._adaptive_avg_pool3d_backward,
)
# interpolation: one multiply-add per tap of each output element (nearest forward is a copy)
_rule(
    per_tap(1, "nearest upsampling backward: a scatter-add", "grad_output"),
    aten.upsample_nearest1d_backward,
    aten.upsample_nearest2d_backward,
    aten.upsample_nearest3d_backward,
    aten._upsample_nearest_exact1d_backward,
    aten._upsample_nearest_exact2d_backward,
    aten._upsample_nearest_exact3d_backward,
)
_rule(per_tap(2, "linear interpolation"), aten.upsample_linear1d)
_rule(per_tap(4, "bilinear interpolation"), aten.upsample_bilinear2d, aten._upsample_bilinear2d_aa)
_rule(per_tap(16, "bicubic interpolation"), aten.upsample_bicubic2d, aten._upsample_bicubic2d_aa)
_rule(per_tap(8, "trilinear interpolation"), aten.upsample_trilinear3d)
_rule(per_tap(2, "linear interpolation backward", "grad_output"), aten.upsample_linear1d_backward)
_rule(
    per_tap(4, "bilinear interpolation backward", "grad_output"),
    aten.upsample_bilinear2d_backward,
    aten._upsample_bilinear2d_aa_backward,
)
_rule(
    per_tap(16, "bicubic interpolation backward", "grad_output"),
    aten.upsample_bicubic2d_backward,
    aten._upsample_bicubic2d_aa_backward,
)
_rule(
    per_tap(8, "trilinear interpolation backward", "grad_output"),
    aten.upsample_trilinear3d_backward,
)
# accumulating writes: one addition per value written (a plain index write is free)
_rule(
    per_argument_element(0, "grad_output", "embedding backward: a scatter-add"),
    aten.embedding_dense_backward,
)
_rule(
    per_argument_element(0, "grad_output", "padding backward: a scatter-add"),
    aten.reflection_pad1d_backward,
    aten.reflection_pad2d_backward,
    aten.reflection_pad3d_backward,
    aten.replication_pad1d_backward,
    aten.replication_pad2d_backward,
    aten.replication_pad3d_backward,
)
_rule(per_input_element(1, "fold: a scatter-add of the columns"), aten.col2im)
# complex numbers from two real tensors (rotary embeddings): not tagged pointwise in PyTorch
_rule(
    per_output_element(1, "complex from parts (one complex element each)"), aten.polar, aten.complex
)
_rule(per_argument_element(3, "source", "index add"), aten.index_add)
_rule(per_argument_element(3, "src", "scatter add"), aten.scatter_add)
_rule(Rule("1 per element of `index` if reducing, else free", "scatter", _scatter), aten.scatter)
_rule(
    Rule("1 per element of `values` if accumulating, else free", "indexed write", _index_put),
    aten.index_put,
    aten._unsafe_index_put,
    aten._index_put_impl,
)


def _lstm_gates(per_unit: int) -> Any:
    def formula(
        input: Any, w_ih: Any, w_hh: Any, *args: Any, out_val: Any = None, **kwargs: Any
    ) -> Any:
        return per_unit * input.shape[0] * input.shape[1] * w_hh.shape[1]

    return formula


# Ops with a FLOP formula (``MATMUL``) that also do the elementwise work of the layer they fuse:
# counted by both conventions. An LSTM layer (oneDNN on CPU), per step, sample and hidden unit:
# forward 13 (the four gates' two products added, 4; their nonlinearities, 4; the cell
# ``f * c + i * g``, 3; the output ``o * tanh(c)``, 2); backward 17 (the hidden state's gradient
# from the output and the next step added, 1; through ``o * tanh(c)`` into the cell, with the
# next step's cell gradient, 3; each gate's gradient through its product and its nonlinearity,
# 2 x 4; the previous cell's, 1; the four gate gradients summed over the batch for the bias
# gradient, 4), as the fused kernel computes them whether or not the layer has biases.
ALSO_ELEMENTWISE = OpRegistry("elementwise work of fused ops")
ALSO_ELEMENTWISE.add(
    aten.mkldnn_rnn_layer,
    Rule("13 per step, sample and hidden unit", "an LSTM layer's gates (fused)", _lstm_gates(13)),
)
ALSO_ELEMENTWISE.add(
    aten.mkldnn_rnn_layer_backward,
    Rule(
        "17 per step, sample and hidden unit",
        "an LSTM layer's gate gradients (fused)",
        _lstm_gates(17),
    ),
)

# pointwise ops (by PyTorch's tag) and reductions (by tag), for the README's table
POINTWISE = per_output_element(1, "pointwise (`torch.Tag.pointwise`, and the backward of one)")
REDUCTION = per_input_element(1, "reduction (`torch.Tag.reduction`)")

# Ops that do no arithmetic: views, metadata, copies, allocation (index values included:
# arange, linspace, eye, as PyTorch's counter), gathers and concatenation.
FREE = frozenset(
    {
        aten.view,
        aten._unsafe_view,
        aten.reshape,
        aten._reshape_alias,
        aten.t,
        aten.transpose,
        aten.permute,
        aten.expand,
        aten.detach,
        aten.alias,
        aten.slice,
        aten.select,
        aten.narrow,
        aten.diagonal,
        aten.unsqueeze,
        aten.squeeze,
        aten.split,
        aten.split_with_sizes,
        aten.unsafe_split,
        aten.unsafe_split_with_sizes,
        aten.chunk,
        aten.unbind,
        aten.flatten,
        aten.unflatten,
        aten.contiguous,
        aten.clone,
        aten.copy,
        aten.lift_fresh,
        aten.lift_fresh_copy,
        aten._to_copy,
        aten.squeeze_copy,
        aten.unsqueeze_copy,
        aten.as_strided,
        aten.ones_like,
        aten.zeros_like,
        aten.empty_like,
        aten.full_like,
        aten.full,
        aten.zeros,
        aten.ones,
        aten.empty,
        aten.empty_strided,
        aten.new_zeros,
        aten.new_ones,
        aten.new_full,
        aten.new_empty,
        aten.new_empty_strided,
        aten.arange,
        aten.eye,
        aten.linspace,
        aten.scalar_tensor,
        aten.fill,
        aten.zero,
        aten.sym_size,
        aten.sym_numel,
        aten.sym_stride,
        aten.slice_backward,
        aten.select_backward,
        aten.cat,
        aten.stack,
        aten.constant_pad_nd,
        aten.pad,
        aten.reflection_pad1d,
        aten.reflection_pad2d,
        aten.reflection_pad3d,
        aten.replication_pad1d,
        aten.replication_pad2d,
        aten.replication_pad3d,
        aten.im2col,
        aten.view_as_real,
        aten.view_as_complex,
        aten._conj,
        aten.repeat,
        aten.roll,
        aten.flip,
        aten.pixel_shuffle,
        aten.pixel_unshuffle,
        aten.channel_shuffle,
        aten.native_channel_shuffle,
        aten.tril,
        aten.triu,
        aten.embedding,
        aten.index,
        aten._unsafe_index,
        aten.index_select,
        aten.gather,
        aten.max_unpool2d,  # a scatter of the values into zeros (1d unpools as 2d)
        aten.max_unpool3d,
        aten.upsample_nearest1d,
        aten.upsample_nearest2d,
        aten.upsample_nearest3d,
        aten._upsample_nearest_exact1d,
        aten._upsample_nearest_exact2d,
        aten._upsample_nearest_exact3d,
    }
)

# Ops whose FLOPs cannot be stated in either convention, with the reason the refusal gives.
_RECURRENT = (
    "a recurrent layer's loop that a CPU step does not run (the CUDA cells' fused kernels), or "
    "over a packed sequence (PackedSequence), whose steps' batch sizes are the data's "
    "(batch_sizes), not sizes; FLOPs refused, parameters exact"
)
_FFT = (
    "a fast Fourier transform: FlopCounterMode has no formula for it and counts it as 0, and "
    "its cost (about n log n per transform, by an algorithm chosen at run time) has no exact "
    "closed form; FLOPs of layers with FFTs are refused, their parameters are exact"
)
_DATA = (
    "reads a tensor's value as a number (`.item()`, `.tolist()`: a mixture-of-experts router "
    "counting the tokens each expert gets), so the step's work depends on the data, not on "
    "the sizes; FLOPs refused, parameters exact"
)
REFUSED: dict[Any, str] = {
    aten._local_scalar_dense: _DATA,
    aten._fft_c2c: _FFT,
    aten._fft_r2c: _FFT,
    aten._fft_c2r: _FFT,
    aten._thnn_fused_lstm_cell: _RECURRENT,
    aten._thnn_fused_lstm_cell_backward_impl: _RECURRENT,
    aten._thnn_fused_gru_cell: _RECURRENT,
    aten._thnn_fused_gru_cell_backward: _RECURRENT,
    aten.lstm: _RECURRENT,
    aten.gru: _RECURRENT,
    aten.rnn_tanh: _RECURRENT,
    aten.rnn_relu: _RECURRENT,
}
