"""Per-op FLOP formulas, one registry per counting convention, and the graph walk that uses them.

Two conventions, kept apart so the first stays comparable with PyTorch:

* ``MATMUL``: PyTorch's formulas (``torch.utils.flop_counter``: matmul, linear, convolution,
  scaled-dot-product attention; a multiply-add is 2 FLOPs), with its known miscounts corrected
  and its gaps filled (``blueprints.flop_reference``: the grouped-convolution weight gradient,
  ``_trilinear``, the CPU flash-attention kernels).
* ``ELEMENTWISE``: the work FlopCounterMode ignores (activations, norms, residual adds,
  reductions, pooling, interpolation), by the rules of ``elementwise_rules``; the README's
  table is ``rules_table()``.

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

from dataclasses import dataclass
from typing import Any

import torch
from torch.utils import flop_counter

from blueprints.flop_reference import CORRECTIONS, CPU_SDPA_MAPPING, MATVEC_MAPPING

from .elementwise_rules import (
    ALSO_ELEMENTWISE,
    ELEMENTWISE,
    FREE,
    POINTWISE,
    REDUCTION,
    REFUSED,
    Rule,
)
from .op_registry import Formula, OpRegistry
from .symbolic import fractional_pool, recurrence
from .trace import after, tag

aten = torch.ops.aten

__all__ = [
    "ELEMENTWISE",
    "FREE",
    "MATMUL",
    "REFUSED",
    "ElementwiseCounterMode",
    "OpCount",
    "OpRegistry",
    "UncountedOpError",
    "count_graph",
    "rule_for",
    "rules_table",
]


class UncountedOpError(Exception):
    """A traced op has no formula in any registry and is not declared free."""

    def __init__(self, op: str, phase: str, module: str, reason: str | None = None) -> None:
        self.op, self.phase, self.module = op, phase, module
        self.reason = reason or (
            "no FLOP rule covers it; add a formula to codegen/derive/elementwise_rules.py, or "
            "declare the op free if it does no arithmetic"
        )
        super().__init__(f"{op} ({phase} pass, submodule {module or 'root'}): {self.reason}")


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
# A recurrent layer's loop over time steps, one op in a trace: counted by running its steps
# (``symbolic.recurrence``), both conventions
for _packet, (_flops, _elementwise) in recurrence.formulas().items():
    MATMUL.add(_packet, _flops)
    ALSO_ELEMENTWISE.add(
        _packet,
        Rule(
            "its steps' ops, by these rules",
            "a recurrent layer's loop over time steps",
            _elementwise,
        ),
    )


# fractional max pooling in a trace (``symbolic.fractional_pool``): the aten ops' own rules
for _ours, _theirs in fractional_pool.COUNTED_AS.items():
    ELEMENTWISE.add(_ours, ELEMENTWISE.get(_theirs))


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


def counted_as(op: torch._ops.OpOverload) -> list[tuple[str, Formula]]:
    """Every (kind, formula) that counts ``op``: its rule (``rule_for``) unless free, and the
    elementwise work of a fused op that also has a FLOP formula (``ALSO_ELEMENTWISE``)."""
    rule = rule_for(op)
    found = [rule] if rule is not None and rule[1] is not None else []
    fused = ALSO_ELEMENTWISE.get(op.overloadpacket)
    if fused is not None:
        found.append((ELEMENTWISE_KIND, fused.formula))
    return found  # type: ignore[return-value]


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
    for packet, rule in ALSO_ELEMENTWISE.items():
        name = packet._qualified_op_name.partition("::")[2]
        lines.append(f"| `{name}` (its FLOPs too) | {rule.why} | {rule.count} |")
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
    # the autograd node a backward op ran after (a gradient addition), None for a node's own
    after: int | None = None


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
        args, kwargs = torch.fx.node.map_arg((node.args, node.kwargs), _value)
        for kind, formula in counted_as(target):
            count = formula(*args, **kwargs, out_val=node.meta.get("val"))
            op = str(target.overloadpacket)
            counts.append(OpCount(kind, phase, module, op, count, after(node)))
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
        for kind, formula in counted_as(func):
            if kind == ELEMENTWISE_KIND:
                self.total += int(formula(*args, **kwargs, out_val=out))
        return out
