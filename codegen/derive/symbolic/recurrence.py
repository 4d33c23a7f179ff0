"""A recurrent layer's loop over time steps as one op of the trace, counted exactly.

PyTorch's recurrent layers (``nn.GRU``, ``nn.RNN``, and ``nn.LSTM`` where oneDNN does not run
it: projections, float64) loop over the time steps in C++ (RNN.cpp, ``FullLayer``): one cell
per step on the input's precomputed projection. A trace with a symbolic sequence length cannot
unroll that loop, so the session records it as one op, ``blueprint_estimates::recurrence``
(and its backward, ``recurrence_backward``), whose outputs have the loop's shapes.

What the op counts is what the loop does, measured rather than written down: the same loop
(``steps``, the C++ cells' ops in order) is run on fake tensors of the same symbolic sizes for
1, 2 and 3 steps, forward and backward with the gradients the trace has, under counters of
both conventions and of the tensors autograd saves. A loop of identical steps is affine in
their number; the third run checks that it is (a refusal by name where not, never a guess) and the
op's count at T steps is ``count(1) + (T - 1) * (count(2) - count(1))``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

import sympy
import torch
from torch.fx.experimental.proxy_tensor import disable_proxy_modes_tracing
from torch.nn import functional as F  # noqa: N812
from torch.utils._python_dispatch import TorchDispatchMode

MODES = ("LSTM", "GRU", "RNN_TANH", "RNN_RELU")
FLOPS, ELEMENTWISE = "flops", "elementwise"  # the kinds of ``flops.rule_for``
_SAMPLES = (1, 2, 3)  # step counts the loop is run at: two to fit, one to check


def refuse(op: str, why: str) -> Exception:
    """A refusal by name of a recurrent layer's counts (the graph walk's kind of error)."""
    from ..flops import UncountedOpError

    return UncountedOpError(op, "forward", "", why)


def _not_affine(what: str) -> Exception:
    return refuse(
        "blueprint_estimates.recurrence",
        f"the {what} of a recurrent layer's steps differ from step to step, so the loop cannot "
        "be counted as steps times one step",
    )


def _unsafe_chunk(gates: torch.Tensor, chunks: int) -> list[torch.Tensor]:
    return gates.unsafe_split((gates.shape[1] + chunks - 1) // chunks, 1)


def step(
    mode: str,
    x: torch.Tensor,
    h: torch.Tensor,
    c: torch.Tensor | None,
    w_hh: torch.Tensor,
    b_hh: torch.Tensor | None,
    w_hr: torch.Tensor | None,
) -> tuple[torch.Tensor, torch.Tensor | None]:
    """One step of RNN.cpp's CPU cells with the input's projection precomputed
    (``pre_compute_input``): ``SimpleCell``, ``LSTMCell``, ``GRUCell``."""
    if mode == "LSTM":
        gates = F.linear(h, w_hh, b_hh).add_(x)
        ingate, forgetgate, cellgate, outgate = _unsafe_chunk(gates, 4)
        ingate = ingate.sigmoid_()
        forgetgate = forgetgate.sigmoid_()
        cellgate = cellgate.tanh_()
        outgate = outgate.sigmoid_()
        cy = (forgetgate * c).add_(ingate * cellgate)
        hy = outgate * cy.tanh()
        if w_hr is not None:
            hy = torch.matmul(hy, w_hr.t())
        return hy, cy
    if mode == "GRU":
        igates = _unsafe_chunk(x, 3)
        hgates = _unsafe_chunk(F.linear(h, w_hh, b_hh), 3)
        reset_gate = hgates[0].add_(igates[0]).sigmoid_()
        input_gate = hgates[1].add_(igates[1]).sigmoid_()
        new_gate = igates[2].add(hgates[2].mul_(reset_gate)).tanh_()
        return (h - new_gate).mul_(input_gate).add_(new_gate), None
    nonlinearity = torch.tanh if mode == "RNN_TANH" else torch.relu
    return nonlinearity(F.linear(h, w_hh, b_hh).add_(x)), None


def steps(
    mode: str,
    input_w: torch.Tensor,
    h0: torch.Tensor,
    c0: torch.Tensor | None,
    w_hh: torch.Tensor,
    b_hh: torch.Tensor | None,
    w_hr: torch.Tensor | None,
    reverse: bool,
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor | None]:
    """RNN.cpp's ``FullLayer`` loop on CPU from the unbound projected input to the stacked
    outputs (reversed for the backward direction, as ``FullBidirectionalLayer`` does): the
    stacked outputs, the last hidden state and, for an LSTM, the last cell state."""
    inputs = input_w.unbind(0)
    if reverse:
        inputs = inputs[::-1]
    h, c, outputs = h0, c0, []
    for x in inputs:
        h, c = step(mode, x, h, c, w_hh, b_hh, w_hr)
        outputs.append(h)
    if reverse:
        outputs.reverse()
    return torch.stack(outputs, 0), h, c


# --- the op ----------------------------------------------------------------------------------

_LIBRARY = torch.library.Library("blueprint_estimates", "DEF")
_LIBRARY.define(
    "recurrence(str mode, Tensor input_w, Tensor h0, Tensor? c0, Tensor w_hh, Tensor? b_hh, "
    "Tensor? w_hr, bool reverse) -> (Tensor, Tensor, Tensor)"
)
_LIBRARY.define(
    "recurrence_backward(str mode, Tensor? grad_output, Tensor? grad_h, Tensor? grad_c, "
    "Tensor input_w, Tensor h0, Tensor? c0, Tensor w_hh, Tensor? b_hh, Tensor? w_hr, "
    "bool reverse, bool[] needs_grad) -> Tensor[]"
)
recurrence = torch.ops.blueprint_estimates.recurrence.default
recurrence_backward = torch.ops.blueprint_estimates.recurrence_backward.default


@torch.library.register_fake("blueprint_estimates::recurrence", lib=_LIBRARY)
def _recurrence_fake(
    mode: str,
    input_w: torch.Tensor,
    h0: torch.Tensor,
    c0: torch.Tensor | None,
    w_hh: torch.Tensor,
    b_hh: torch.Tensor | None,
    w_hr: torch.Tensor | None,
    reverse: bool,
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    output = input_w.new_empty([input_w.shape[0], *h0.shape])
    cell = c0.new_empty(c0.shape) if c0 is not None else h0.new_empty([0])
    return output, h0.new_empty(h0.shape), cell


@torch.library.register_fake("blueprint_estimates::recurrence_backward", lib=_LIBRARY)
def _recurrence_backward_fake(
    mode: str,
    grad_output: torch.Tensor | None,
    grad_h: torch.Tensor | None,
    grad_c: torch.Tensor | None,
    *inputs_and_flags: Any,
) -> list[torch.Tensor]:
    *inputs, _reverse, needs_grad = inputs_and_flags
    return [
        t.new_empty(t.shape) if t is not None and needed else inputs[0].new_empty([0])
        for t, needed in zip(inputs, needs_grad, strict=True)
    ]


# input_w -> (positions of the inputs the loop saves, a tensor of the bytes of the tensors it
# makes and saves), from ``run`` to the op's autograd context
_PENDING: dict[int, tuple[list[int], torch.Tensor]] = {}


def _setup_context(ctx: Any, inputs: tuple[Any, ...], output: Any) -> None:
    mode, *tensors, reverse = inputs
    ctx.mode, ctx.reverse, ctx.tensors = mode, reverse, tensors
    ctx.has_c = tensors[2] is not None
    ctx.set_materialize_grads(False)  # an unused output has no gradient, not zeros
    saved_inputs, tape = _PENDING.pop(id(tensors[0]))
    # the inputs themselves (their storages count once, as where other ops save them too)
    ctx.save_for_backward(*(tensors[i] for i in saved_inputs), tape)


def run(
    mode: str,
    input_w: torch.Tensor,
    h0: torch.Tensor,
    c0: torch.Tensor | None,
    w_hh: torch.Tensor,
    b_hh: torch.Tensor | None,
    w_hr: torch.Tensor | None,
    reverse: bool,
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """The loop over time steps in a trace: ``recurrence``, saving for backward what the loop
    would (measured by running it first, where autograd records: the op's own autograd context
    runs below it)."""
    if input_w.shape[0] == 0:  # FullLayer's check: counts extrapolated to 0 steps are wrong
        raise RuntimeError("Expected sequence length to be larger than 0 in RNN")
    tensors = (input_w, h0, c0, w_hh, b_hh, w_hr)
    _PENDING[id(input_w)] = saved(mode, tensors, reverse)
    try:
        return recurrence(mode, *tensors, reverse)
    finally:
        _PENDING.pop(id(input_w), None)


def _backward(ctx: Any, grad_output: Any, grad_h: Any, grad_c: Any) -> tuple[Any, ...]:
    needs = [bool(n) for n in ctx.needs_input_grad[1:-1]]
    grads = recurrence_backward(
        ctx.mode,
        grad_output,
        grad_h,
        grad_c if ctx.has_c else None,
        *ctx.tensors,
        ctx.reverse,
        needs,
    )
    return (None, *(g if n else None for g, n in zip(grads, needs, strict=True)), None)


torch.library.register_autograd(
    "blueprint_estimates::recurrence", _backward, setup_context=_setup_context, lib=_LIBRARY
)


# --- counting by running the loop --------------------------------------------------------------


class _Counter(TorchDispatchMode):
    """FLOPs and elementwise work of the ops that run, by the generator's rules (an op without
    one is an error, as in the graph walk)."""

    def __init__(self) -> None:
        super().__init__()
        self.totals: dict[str, Any] = {FLOPS: 0, ELEMENTWISE: 0}

    def __torch_dispatch__(self, func: Any, types: Any, args: Any = (), kwargs: Any = None) -> Any:
        from ..flops import UncountedOpError, counted_as, rule_for

        kwargs = kwargs or {}
        out = func(*args, **kwargs)
        if func.namespace == "prim" or func.__name__.startswith("sym_"):
            return out  # metadata queries (a trace records none)
        if rule_for(func) is None:
            raise UncountedOpError(str(func), "recurrence", "")
        for kind, formula in counted_as(func):
            self.totals[kind] = self.totals[kind] + formula(*args, **kwargs, out_val=out)
        return out


def _sample_inputs(tensors: Sequence[Any], count: int, needs: Sequence[bool]) -> list[Any]:
    """Fresh fake tensors shaped as the op's inputs, with ``count`` steps."""
    made = []
    for index, (t, needed) in enumerate(zip(tensors, needs, strict=True)):
        if t is None:
            made.append(None)
            continue
        shape = [count, *t.shape[1:]] if index == 0 else list(t.shape)
        made.append(torch.empty(shape, dtype=t.dtype, requires_grad=needed))
    return made


_RUNS: dict[Any, dict[str, Any]] = {}  # the last runs (a trace counts each op several times)


def _run(
    mode: str,
    tensors: Sequence[Any],
    reverse: bool,
    count: int,
    needs: Sequence[bool] | None,
    grads: Sequence[bool] | None,
) -> dict[str, Any]:
    """The loop at ``count`` steps: its forward counts and saved bytes (which inputs it saves,
    and the bytes of what it makes and saves), or with ``grads`` (which outputs have a
    gradient) its backward counts. ``needs``: which inputs need a gradient; None for a
    forward's counts alone, which do not depend on it."""
    shapes = tuple(
        None if t is None else (tuple(_expr(size) for size in t.shape[i == 0 :]), t.dtype)
        for i, t in enumerate(tensors)
    )
    environment = next(
        (
            s.node.shape_env
            for t in tensors
            if t is not None
            for s in t.shape
            if isinstance(s, torch.SymInt)
        ),
        None,
    )
    key = (mode, reverse, count, grads and tuple(grads), shapes, id(environment))
    # a forward's counts do not depend on what needs a gradient (``needs`` None: any run);
    # the one op autograd adds for it, a clone before an in-place op on a saved tensor, is free
    found = _RUNS.get((*key, None if grads is None and needs is None else tuple(needs)))
    if found is None:
        if len(_RUNS) > 512:
            _RUNS.clear()
        measured = [False] * len(tensors) if needs is None else needs
        found = _measure(mode, tensors, reverse, count, measured, grads)
        _RUNS[(*key, tuple(measured))] = found
        if grads is None:
            _RUNS[(*key, None)] = found
    return found


def _measure(
    mode: str,
    tensors: Sequence[Any],
    reverse: bool,
    count: int,
    needs: Sequence[bool],
    grads: Sequence[bool] | None,
) -> dict[str, Any]:
    from blueprints.memory_reference import SavedTensors

    inputs = _sample_inputs(tensors, count, needs)
    keys = [t.untyped_storage()._cdata if t is not None else None for t in inputs]
    result: dict[str, Any] = {}
    with disable_proxy_modes_tracing(), torch.enable_grad():
        counter = _Counter()
        with SavedTensors() as saved, counter:
            outputs = steps(mode, *inputs, reverse)
        if grads is None:
            result.update({f"forward {k}": v for k, v in counter.totals.items()})
            result["saved inputs"] = tuple(i for i, k in enumerate(keys) if k in saved.sizes)
            result["saved bytes"] = sum(
                (size for key, (_, size) in saved.sizes.items() if key not in keys), 0
            )
            return result
        wanted = [t for t in inputs if t is not None and t.requires_grad]
        flowing = [
            (o, torch.empty(o.shape, dtype=o.dtype))
            for o, g in zip(outputs, grads, strict=True)
            if g
        ]
        counter = _Counter()
        with counter:
            torch.autograd.grad(
                [o for o, _ in flowing], wanted, [g for _, g in flowing], allow_unused=True
            )
        result.update({f"backward {k}": v for k, v in counter.totals.items()})
    return result


def _expr(value: Any) -> sympy.Expr:
    return value.node.expr if isinstance(value, torch.SymInt) else sympy.Integer(value)


def _affine(samples: Sequence[Any], steps_count: Any, what: str) -> Any:
    """``samples`` (a count at 1, 2, 3 steps) at ``steps_count`` steps, after checking that
    they lie on a line."""
    first, second = samples[0], samples[1]
    step = second - first
    for i in range(2, len(samples)):
        if sympy.expand(_expr(samples[i]) - _expr(samples[i - 1]) - _expr(step)) != 0:
            raise _not_affine(what)
    return first + (steps_count - 1) * step


def saved(mode: str, tensors: Sequence[Any], reverse: bool) -> tuple[list[int], torch.Tensor]:
    """Which inputs the loop saves for backward (their positions), and a uint8 tensor of the
    bytes of the tensors it makes and saves, at the op's symbolic number of steps (made outside
    the trace: its size is no op of the step)."""
    with disable_proxy_modes_tracing():
        return _saved(mode, tensors, reverse)


def _saved(mode: str, tensors: Sequence[Any], reverse: bool) -> tuple[list[int], torch.Tensor]:
    needs = [t is not None and t.requires_grad for t in tensors]
    runs = [_run(mode, tensors, reverse, n, needs, None) for n in _SAMPLES]
    always = set.intersection(*(set(r["saved inputs"]) for r in runs))
    sometimes = set.union(*(set(r["saved inputs"]) for r in runs)) - always
    # a weight the first step does not save (it multiplies a state that needs no gradient)
    # is a parameter, whose storage never counts: saved or not, the same bytes
    if any(not isinstance(tensors[i], torch.nn.Parameter) for i in sometimes):
        raise _not_affine("tensors saved for backward")
    total = _affine([r["saved bytes"] for r in runs], tensors[0].shape[0], "saved tensors")
    return sorted(always | sometimes), torch.empty([total], dtype=torch.uint8)


def counts(
    mode: str,
    tensors: Sequence[Any],
    reverse: bool,
    needs: Sequence[bool] | None,
    grads: Sequence[bool] | None,
    kind: str,
) -> Any:
    """The op's count of ``kind`` (FLOPs or elementwise) forward, or backward with ``grads``."""
    phase = "forward" if grads is None else "backward"
    runs = [_run(mode, tensors, reverse, n, needs, grads) for n in _SAMPLES]
    return _affine([r[f"{phase} {kind}"] for r in runs], tensors[0].shape[0], f"{phase} {kind}")


def _forward_formula(kind: str) -> Callable[..., Any]:
    def formula(mode: str, *rest: Any, out_val: Any = None, **kwargs: Any) -> Any:
        *tensors, reverse = rest  # the forward's ops do not depend on what needs a gradient
        return counts(mode, tensors, reverse, None, None, kind)

    return formula


def _backward_formula(kind: str) -> Callable[..., Any]:
    def formula(
        mode: str, grad_output: Any, grad_h: Any, grad_c: Any, *rest: Any, out_val: Any = None,
        **kwargs: Any,
    ) -> Any:  # fmt: skip
        *tensors, reverse, needs = rest
        grads = [g is not None for g in (grad_output, grad_h, grad_c)]
        return counts(mode, tensors, reverse, needs, grads, kind)

    return formula


@functools.cache
def formulas() -> dict[Any, tuple[Callable[..., Any], Callable[..., Any]]]:
    """op packet -> (FLOP formula, elementwise formula), for the generator's registries."""
    return {
        recurrence.overloadpacket: (_forward_formula(FLOPS), _forward_formula(ELEMENTWISE)),
        recurrence_backward.overloadpacket: (
            _backward_formula(FLOPS),
            _backward_formula(ELEMENTWISE),
        ),
    }
