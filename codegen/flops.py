"""Per-op FLOP formulas, one registry per counting convention, and the graph walk that uses them.

Two conventions, kept apart so the first stays comparable with PyTorch:

* ``MATMUL``: what ``torch.utils.flop_counter.FlopCounterMode`` counts (matmul, linear,
  convolution, scaled-dot-product attention; a multiply-add is 2 FLOPs), reusing its formulas,
  plus the CPU flash-attention ops it does not map in torch 2.13.
* ``ELEMENTWISE``: the work FlopCounterMode ignores (activations, norms, residual adds,
  reductions), by the rules in ``ELEMENTWISE_RULES`` (documented in the README).

``count_graph`` walks a traced graph node by node, as ``torch.fx.Interpreter`` does. Every node
is counted by one of the registries, declared free (views, metadata, copies), or an error that
names the op, the submodule and the phase: no op is ever silently counted as zero.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import torch
from torch.utils import flop_counter

from blueprints.flop_reference import CPU_SDPA_MAPPING

from .trace import tag

aten = torch.ops.aten
Formula = Callable[..., Any]


class UncountedOpError(Exception):
    """A traced op has no formula in any registry and is not declared free."""

    def __init__(self, op: str, phase: str, module: str) -> None:
        self.op, self.phase, self.module = op, phase, module
        super().__init__(
            f"no FLOP rule for {op} ({phase} pass, submodule {module or 'root'}); add a formula "
            "to codegen/flops.py or declare the op free if it does no arithmetic"
        )


class OpRegistry:
    """Formulas by op packet; registering one op twice is an error (as in flop_counter)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._formulas: dict[Any, Formula] = {}

    def add(self, packet: Any, formula: Formula) -> None:
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

    def get(self, packet: Any) -> Formula | None:
        return self._formulas.get(packet)

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


def _numel(value: Any) -> Any:
    return value.numel() if isinstance(value, torch.Tensor) else 1


def _first_tensor(values: Any) -> torch.Tensor:
    for value in values if isinstance(values, list | tuple) else (values,):
        if isinstance(value, torch.Tensor):
            return value
    raise TypeError("no tensor among the op's values")


def per_output_element(factor: int) -> Formula:
    def formula(*args: Any, out_val: Any = None, **kwargs: Any) -> Any:
        return factor * _numel(_first_tensor(out_val))

    formula.__doc__ = f"{factor} per output element"
    return formula


def per_input_element(factor: int) -> Formula:
    def formula(*args: Any, out_val: Any = None, **kwargs: Any) -> Any:
        return factor * _numel(_first_tensor(args))

    formula.__doc__ = f"{factor} per input element"
    return formula


# op packet -> (rule, why); the README's elementwise table is this dictionary.
ELEMENTWISE_RULES: dict[Any, tuple[Formula, str]] = {
    # pointwise arithmetic and activations: one operation per output element
    **{
        op: (per_output_element(1), "pointwise")
        for op in (
            aten.add,
            aten.sub,
            aten.mul,
            aten.div,
            aten.neg,
            aten.relu,
            aten.sigmoid,
            aten.tanh,
            aten.gelu,
            aten.threshold_backward,
            aten.sigmoid_backward,
            aten.tanh_backward,
            aten.gelu_backward,
            aten.rsub,
        )
    },
    # reductions: one addition per input element
    aten.sum: (per_input_element(1), "reduction"),
    aten.mean: (per_input_element(1), "reduction"),
    # normalisation: mean, variance, normalise, scale and shift, per input element
    aten.native_group_norm: (per_input_element(5), "normalisation"),
    aten.native_layer_norm: (per_input_element(5), "normalisation"),
    aten.native_group_norm_backward: (per_input_element(8), "normalisation backward"),
    aten.native_layer_norm_backward: (per_input_element(8), "normalisation backward"),
    # softmax outside fused attention: exp, sum, divide
    aten._softmax: (per_input_element(3), "softmax"),
    aten._softmax_backward_data: (per_input_element(3), "softmax backward"),
}
ELEMENTWISE = OpRegistry("elementwise operations (this project's convention)")
for _packet, (_formula, _why) in ELEMENTWISE_RULES.items():
    ELEMENTWISE.add(_packet, _formula)

# Ops that do no arithmetic: views, metadata, copies and allocation.
FREE = frozenset(
    {
        aten.view,
        aten._unsafe_view,
        aten.reshape,
        aten.t,
        aten.transpose,
        aten.permute,
        aten.expand,
        aten.detach,
        aten.alias,
        aten.slice,
        aten.select,
        aten.unsqueeze,
        aten.squeeze,
        aten.split,
        aten.split_with_sizes,
        aten.clone,
        aten.ones_like,
        aten.zeros_like,
        aten.empty_like,
        aten.full,
        aten.zeros,
        aten.ones,
        aten.empty,
        aten.new_zeros,
        aten.new_empty,
        aten.copy,
        aten.copy_,
        aten.slice_backward,
        aten.select_backward,
        aten.as_strided,
        aten.sym_size,
        aten.sym_numel,
        aten.sym_stride,
        aten._to_copy,
        aten.lift_fresh_copy,
        aten.scalar_tensor,
        aten.fill,
        aten.zero,
        aten.flatten,
        aten.unbind,
        aten.contiguous,
        aten.squeeze_copy,
        aten.unsqueeze_copy,
        aten.cat,
        aten.stack,
    }
)


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
        packet = target.overloadpacket
        phase, module = tag(node)
        args, kwargs = torch.fx.node.map_arg((node.args, node.kwargs), _value)
        out = node.meta.get("val")
        if packet in MATMUL:
            counts.append(
                OpCount(
                    "flops",
                    phase,
                    module,
                    str(packet),
                    MATMUL.get(packet)(*args, **kwargs, out_val=out),
                )
            )
        elif packet in ELEMENTWISE:
            counts.append(
                OpCount(
                    "elementwise",
                    phase,
                    module,
                    str(packet),
                    ELEMENTWISE.get(packet)(*args, **kwargs, out_val=out),
                )
            )
        elif packet not in FREE:
            raise UncountedOpError(str(target), phase, module)
    return counts


def _value(node: torch.fx.Node) -> Any:
    return node.meta.get("val")


class ElementwiseCounterMode(torch.utils._python_dispatch.TorchDispatchMode):
    """Count ``ELEMENTWISE_RULES`` on real tensors, op by op as they run: the concrete reference
    the symbolic graph walk is tested against (like FlopCounterMode is for ``MATMUL``).
    """

    def __init__(self) -> None:
        super().__init__()
        self.total = 0

    def __torch_dispatch__(self, func: Any, types: Any, args: Any = (), kwargs: Any = None) -> Any:
        kwargs = kwargs or {}
        out = func(*args, **kwargs)
        formula = ELEMENTWISE.get(func.overloadpacket)
        if formula is not None:
            self.total += int(formula(*args, **kwargs, out_val=out))
        return out
