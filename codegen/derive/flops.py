"""Per-op FLOP formulas, one registry per counting convention, and the graph walk that uses them.

Two conventions, kept apart so the first stays comparable with PyTorch:

* ``MATMUL``: PyTorch's formulas (``torch.utils.flop_counter``: matmul, linear, convolution,
  scaled-dot-product attention; a multiply-add is 2 FLOPs), with its known miscounts corrected
  and its gaps filled (``blueprints.flop_reference``: the grouped-convolution weight gradient,
  ``_trilinear``, the CPU flash-attention kernels).
* ``ELEMENTWISE``: the work FlopCounterMode ignores (activations, norms, residual adds,
  reductions, pooling, interpolation), by the rules below; the README's table is
  ``rules_table()``.

Which rule counts an op (``rule_for``) is decided from PyTorch's own op metadata wherever it
can be: an in-place op (``add_``) counts as its functional op, an ``out=`` overload as its
packet; an op tagged ``torch.Tag.pointwise`` (and the ``*_backward`` of one) counts once per
output element; an op tagged ``torch.Tag.reduction`` once per input element. The explicit rules
cover what the tags do not say (norms, pooling, softmax, ...), and ``FREE`` declares the ops
that do no arithmetic (views, copies, allocation, gathers). ``count_graph`` walks a traced graph
node by node, as ``torch.fx.Interpreter`` does: an op no rule covers is an error naming the op,
the submodule and the phase, never a silent zero.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import torch
from torch.utils import flop_counter

from blueprints.flop_reference import CORRECTIONS, CPU_SDPA_MAPPING, MATVEC_MAPPING

from .trace import tag

aten = torch.ops.aten
Formula = Callable[..., Any]


class UncountedOpError(Exception):
    """A traced op has no formula in any registry and is not declared free."""

    def __init__(self, op: str, phase: str, module: str, reason: str | None = None) -> None:
        self.op, self.phase, self.module = op, phase, module
        self.reason = reason or (
            "no FLOP rule covers it; add a formula to codegen/derive/flops.py, or declare the op free "
            "if it does no arithmetic"
        )
        super().__init__(f"{op} ({phase} pass, submodule {module or 'root'}): {self.reason}")


class OpRegistry:
    """Formulas by op packet; registering one op twice is an error (as in flop_counter)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._formulas: dict[Any, Any] = {}
        self._corrected: set[Any] = set()

    def add(self, packet: Any, formula: Any) -> None:
        if packet in self._formulas:
            raise RuntimeError(f"{self.name}: duplicate formula for {packet}")
        self._formulas[packet] = formula

    def register(self, *packets: Any) -> Callable[[Formula], Formula]:
        """Decorator: ``formula(*args, out_val=..., **kwargs) -> count`` for these packets."""

        def decorate(formula: Formula) -> Formula:
            for packet in packets:
                self.add(packet, formula)
            return formula

        return decorate

    def correct(self, packet: Any, formula: Any) -> None:
        """Replace the formula of ``packet`` (or add one where PyTorch has none): a documented
        correction of a known miscount (``blueprints.flop_reference.CORRECTIONS``)."""
        if packet in self._corrected:
            raise RuntimeError(f"{self.name}: duplicate correction for {packet}")
        self._corrected.add(packet)
        self._formulas[packet] = formula

    def get(self, packet: Any) -> Any:
        return self._formulas.get(packet)

    def items(self) -> Iterable[tuple[Any, Any]]:
        return self._formulas.items()

    def __contains__(self, packet: Any) -> bool:
        return packet in self._formulas


MATMUL = OpRegistry("matmul FLOPs (PyTorch convention)")
for _packet, _formula in flop_counter.flop_registry.items():
    MATMUL.add(_packet, _formula)


# torch 2.13's FlopCounterMode does not map the CPU flash-attention kernels (it counts 0 for
# them); PyTorch's own SDPA formulas apply to them unchanged. The same mapping is what the
# ground truth (blueprints.flop_reference) gives FlopCounterMode.
for _packet, _formula in CPU_SDPA_MAPPING.items():
    MATMUL.add(_packet, flop_counter.shape_wrapper(_formula))
# matrix-vector and dot products (spectral normalisation), counted 0 by torch 2.13: the same
# gap filled in the ground truth
for _packet, _formula in MATVEC_MAPPING.items():
    MATMUL.add(_packet, flop_counter.shape_wrapper(_formula))
# PyTorch's known miscounts, corrected the same way in the ground truth (see there).
for _packet, _formula in CORRECTIONS.items():
    MATMUL.correct(_packet, flop_counter.shape_wrapper(_formula))


# ---------------------------------------------------------------------------------------------
# elementwise rules


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
    per_output_element(1, "pointwise (untagged activation kernels)"),
    aten.hardswish,
    aten.hardswish_backward,
    aten.glu,
    aten.glu_backward,
    aten._prelu_kernel,
    aten._prelu_kernel_backward,
    aten.log_sigmoid_forward,
    aten.log_sigmoid_backward,
    aten.where,
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
_rule(per_output_element(1, "random draw"), aten.bernoulli, aten.rand_like, aten.randn_like)
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
_rule(per_window_element(2, "pooling"), aten.avg_pool2d, aten.max_pool2d_with_indices)
_rule(per_window_element(3, "pooling"), aten.avg_pool3d, aten.max_pool3d_with_indices)
_rule(per_window_element(2, "average pooling backward", "grad_output"), aten.avg_pool2d_backward)
_rule(per_window_element(3, "average pooling backward", "grad_output"), aten.avg_pool3d_backward)
_rule(
    per_argument_element(0, "grad_output", "max pooling backward: a scatter-add"),
    aten.max_pool2d_with_indices_backward,
    aten.max_pool3d_with_indices_backward,
    aten.adaptive_max_pool2d_backward,
    aten.adaptive_max_pool3d_backward,
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

# pointwise ops (by PyTorch's tag) and reductions (by tag), for the README's table
POINTWISE = per_output_element(1, "pointwise (`torch.Tag.pointwise`, and the backward of one)")
REDUCTION = per_input_element(1, "reduction (`torch.Tag.reduction`)")

# Ops that do no arithmetic: views, metadata, copies, allocation, gathers and concatenation.
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
    "a fused recurrent kernel (LSTM/GRU/RNN): FlopCounterMode has no formula for it and "
    "counts it as 0, and its cost is a loop over the sequence that the trace cannot see "
    "symbolically; FLOPs of recurrent layers are refused, their parameters are exact"
)
_FFT = (
    "a fast Fourier transform: FlopCounterMode has no formula for it and counts it as 0, and "
    "its cost (about n log n per transform, by an algorithm chosen at run time) has no exact "
    "closed form; FLOPs of layers with FFTs are refused, their parameters are exact"
)
REFUSED: dict[Any, str] = {
    aten._fft_c2c: _FFT,
    aten._fft_r2c: _FFT,
    aten._fft_c2r: _FFT,
    aten.mkldnn_rnn_layer: _RECURRENT,
    aten.mkldnn_rnn_layer_backward: _RECURRENT,
    aten._thnn_fused_lstm_cell: _RECURRENT,
    aten._thnn_fused_lstm_cell_backward_impl: _RECURRENT,
    aten._thnn_fused_gru_cell: _RECURRENT,
    aten._thnn_fused_gru_cell_backward: _RECURRENT,
    aten.lstm: _RECURRENT,
    aten.gru: _RECURRENT,
    aten.rnn_tanh: _RECURRENT,
    aten.rnn_relu: _RECURRENT,
}


def functional_packet(op: torch._ops.OpOverload) -> Any:
    """The functional op of an in-place one (``add_`` -> ``add``); the op's own packet else.

    ``out=`` overloads (``add.out``) already share the functional op's packet.
    """
    packet = op.overloadpacket
    if torch.Tag.inplace in op.tags or torch.Tag.inplace_view in op.tags:
        namespace, _, name = op._schema.name.partition("::")
        if name.endswith("_") and not name.endswith("__"):
            return getattr(getattr(torch.ops, namespace), name[:-1], packet)
    return packet


def _tagged(packet: Any, tag: torch.Tag) -> bool:
    return any(tag in getattr(packet, name).tags for name in packet.overloads())


def _pointwise(packet: Any) -> bool:
    """Tagged pointwise, or the ``*_backward`` of an op tagged pointwise (``elu_backward``)."""
    if _tagged(packet, torch.Tag.pointwise):
        return True
    name = packet._qualified_op_name.partition("::")[2]
    if name.endswith("_backward"):
        forward = getattr(aten, name[: -len("_backward")], None)
        return forward is not None and _tagged(forward, torch.Tag.pointwise)
    return False


# kind of a rule_for answer
FLOPS, ELEMENTWISE_KIND, FREE_KIND = "flops", "elementwise", "free"
_RULES: dict[Any, tuple[str, Formula | None] | None] = {}


def rule_for(op: torch._ops.OpOverload) -> tuple[str, Formula | None] | None:
    """(kind, formula) counting ``op``: ``flops`` (MATMUL), ``elementwise`` or ``free`` (no
    formula); None if no rule covers it. The one decision both the symbolic walk and the
    concrete ``ElementwiseCounterMode`` use."""
    if op not in _RULES:
        _RULES[op] = _decide(op)
    return _RULES[op]


def _decide(op: torch._ops.OpOverload) -> tuple[str, Formula | None] | None:
    exact = op.overloadpacket
    if exact in MATMUL:  # exactly as FlopCounterMode looks its formulas up
        return FLOPS, MATMUL.get(exact)
    packet = functional_packet(op)
    for candidate in (exact, packet):
        if candidate in ELEMENTWISE:
            return ELEMENTWISE_KIND, ELEMENTWISE.get(candidate).formula
        if candidate in FREE:
            return FREE_KIND, None
    if _pointwise(packet):
        return ELEMENTWISE_KIND, POINTWISE.formula
    if _tagged(packet, torch.Tag.reduction):
        return ELEMENTWISE_KIND, REDUCTION.formula
    return None


def rules_table() -> list[str]:
    """The README's table of elementwise rules, as markdown lines, made from the rules."""
    groups: dict[tuple[str, str], list[str]] = {}
    for packet, rule in ELEMENTWISE.items():
        name = packet._qualified_op_name.partition("::")[2]
        groups.setdefault((rule.why, rule.count), []).append(f"`{name}`")
    lines = ["| elementwise op (aten) | kind | count |", "|---|---|---|"]
    lines.append(
        f"| any other op tagged pointwise, or its `*_backward` | {POINTWISE.why} | 1 per "
        "output element |"
    )
    lines.append(
        f"| any other op tagged reduction (`sum`, `mean`, `amax`, ...) | {REDUCTION.why}"
        " | 1 per input element |"
    )
    lines.append("| an in-place (`add_`) or `out=` variant | as its functional op | as that op |")
    for (why, count), names in groups.items():
        lines.append(f"| {', '.join(names)} | {why} | {count} |")
    free = sorted(packet._qualified_op_name.partition("::")[2] for packet in FREE)
    lines.append(
        f"| {', '.join(f'`{name}`' for name in free)} | no arithmetic: views, copies, "
        "allocation, gathers, concatenation, padding | free |"
    )
    return lines


@dataclass(frozen=True)
class OpCount:
    """The count one node contributes: to which quantity, phase and submodule."""

    quantity: str  # "flops" or "elementwise"
    phase: str
    module: str
    op: str
    count: Any  # int or SymInt


def count_graph(graph: torch.fx.GraphModule) -> list[OpCount]:
    """Every counted node of ``graph`` in order; UncountedOpError on any op without a rule."""
    counts = []
    for node in graph.graph.nodes:
        if node.op != "call_function":
            continue
        target = node.target
        if not isinstance(target, torch._ops.OpOverload):
            continue  # Python-level symbolic integer arithmetic (operator.mul, getitem, ...)
        phase, module = tag(node)
        rule = rule_for(target)
        if rule is None:
            reason = REFUSED.get(functional_packet(target))
            raise UncountedOpError(str(target), phase, module, reason)
        kind, formula = rule
        if formula is None:
            continue
        args, kwargs = torch.fx.node.map_arg((node.args, node.kwargs), _value)
        count = formula(*args, **kwargs, out_val=node.meta.get("val"))
        counts.append(OpCount(kind, phase, module, str(target.overloadpacket), count))
    return counts


def _value(node: torch.fx.Node) -> Any:
    return node.meta.get("val")


class ElementwiseCounterMode(torch.utils._python_dispatch.TorchDispatchMode):
    """Count the elementwise rules on real tensors, op by op as they run: the concrete reference
    the symbolic graph walk is tested against (like FlopCounterMode is for ``MATMUL``).
    """

    def __init__(self) -> None:
        super().__init__()
        self.total = 0

    def __torch_dispatch__(self, func: Any, types: Any, args: Any = (), kwargs: Any = None) -> Any:
        kwargs = kwargs or {}
        out = func(*args, **kwargs)
        rule = rule_for(func)
        if rule is not None and rule[0] == ELEMENTWISE_KIND:
            self.total += int(rule[1](*args, **kwargs, out_val=out))
        return out
