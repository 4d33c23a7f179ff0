"""Trace one training step of a symbolically built module into a torch.fx graph of aten ops.

``trace_training_step`` runs ``out = module(x)`` and ``autograd.grad(out.sum(), [x, *params])``
(the trainable parameters)
under ``make_fx`` inside a ``SymbolicSession``, so every node's ``meta["val"]`` carries symbolic
shapes. Each node is tagged in ``meta["custom"]`` with the phase (``forward``; ``loss``, the
output.sum(); ``backward``) and the submodule responsible: forward ops by module hooks (the
innermost module running), backward ops by pre-hooks on the autograd nodes, owned by the
innermost module whose forward created them (autograd sequence numbers are handed out in
creation order, so each module's forward spans an interval of them). A forward that runs again
inside the backward (activation checkpointing recomputes what it did not save) is backward
work of the module that runs it: the module hooks stay on through the backward.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

import torch
import torch.fx.traceback as fx_traceback
from torch import nn
from torch.func import functional_call
from torch.fx.experimental.proxy_tensor import make_fx

from blueprints.memory_reference import autocast

if TYPE_CHECKING:
    from .composition import Composer

FORWARD, LOSS, BACKWARD = "forward", "loss", "backward"


def tag(node: torch.fx.Node) -> tuple[str, str]:
    """(phase, module path) of a traced node; module "" is the blueprint's root."""
    custom = node.meta.get("custom") or {}
    return custom.get("phase", FORWARD), custom.get("module", "")


def after(node: torch.fx.Node) -> int | None:
    """The sequence number of the autograd node a traced backward op ran after (the gradient
    additions autograd makes once a node has run), or None for an op a node ran."""
    return (node.meta.get("custom") or {}).get("after")


def current_module() -> str:
    """The path of the submodule running now, as tagged (inside ``trace_training_step``)."""
    return (fx_traceback.current_meta.get("custom") or {}).get("module", "")


def phase_now() -> str:
    """The phase running now, as tagged (inside ``trace_training_step``)."""
    return (fx_traceback.current_meta.get("custom") or {}).get("phase", FORWARD)


def _set_tag(phase: str, module: str, after: int | None = None) -> None:
    fx_traceback.current_meta["custom"] = {"phase": phase, "module": module}
    if after is not None:
        fx_traceback.current_meta["custom"]["after"] = after


def _sequence_nr() -> int:
    return torch.autograd._get_sequence_nr()  # type: ignore[attr-defined]


@contextmanager
def _module_tags(module: nn.Module, spans: list[tuple[int, int, str]]) -> Iterator[None]:
    """Tag the nodes of a submodule's forward with the innermost running submodule, and record
    its sequence span. A forward inside the backward (a checkpointed region recomputed) is
    tagged as backward work of that submodule, and its span is not recorded."""
    stack: list[tuple[str, int, dict[str, str]]] = []
    handles = []

    def pre(name: str) -> Any:
        def hook(mod: nn.Module, args: Any) -> None:
            outer = dict(fx_traceback.current_meta.get("custom") or {})
            stack.append((name, _sequence_nr(), outer))
            _set_tag(BACKWARD if outer.get("phase") == BACKWARD else FORWARD, name)

        return hook

    def post(mod: nn.Module, args: Any, out: Any) -> None:
        name, start, outer = stack.pop()
        if outer.get("phase") != BACKWARD:
            spans.append((start, _sequence_nr(), name))
        fx_traceback.current_meta["custom"] = outer

    for name, sub in module.named_modules():
        handles.append(sub.register_forward_pre_hook(pre(name)))
        # also when the forward raises: checkpointing stops a recomputation by raising once
        # it has what the backward needs, and the tag must not stay on that module
        handles.append(sub.register_forward_hook(post, always_call=True))
    try:
        yield
    finally:
        for handle in handles:
            handle.remove()


def owner_of(seq: int, spans: list[tuple[int, int, str]]) -> str:
    """The innermost submodule whose forward made the autograd node numbered ``seq``."""
    inside = [(start, name) for start, end, name in spans if start <= seq < end]
    return max(inside)[1] if inside else ""


def _tag_backward(out: torch.Tensor, spans: list[tuple[int, int, str]]) -> list[Any]:
    """Hooks on every autograd node behind ``out`` that tag the ops it runs, and the
    gradient additions autograd makes after it (``after``), with its owner."""
    handles, seen = [], set()
    pending = [out.grad_fn]
    while pending:
        node = pending.pop()
        if node is None or node in seen:
            continue
        seen.add(node)
        seq = node._sequence_nr()
        owner = owner_of(seq, spans)

        def hook(grad_outputs: Any, owner: str = owner) -> None:
            _set_tag(BACKWARD, owner)

        def post(grad_inputs: Any, grad_outputs: Any, owner: str = owner, seq: int = seq) -> None:
            _set_tag(BACKWARD, owner, seq)

        handles.append(node.register_prehook(hook))
        handles.append(node.register_hook(post))
        pending.extend(next_fn for next_fn, _ in node.next_functions)
    return handles


# the 16-bit dtype the steps of the derivation running now are traced under (``Settings.autocast``;
# None: none): set once around a derivation (``steps_under_autocast``), read where a step runs
_AUTOCAST: ContextVar[torch.dtype | None] = ContextVar("autocast", default=None)


@contextmanager
def steps_under_autocast(dtype: torch.dtype | None) -> Iterator[None]:
    """Every step traced in the context runs its forward and loss under
    ``torch.autocast("cpu", dtype)`` (the backward and the optimizer step outside it, as the
    ground truth's ``TrainingStep`` runs them)."""
    token = _AUTOCAST.set(dtype)
    try:
        yield
    finally:
        _AUTOCAST.reset(token)


def autocast_dtype() -> torch.dtype | None:
    """The dtype of ``steps_under_autocast`` in effect, if any."""
    return _AUTOCAST.get()


def trace_training_step(
    module: nn.Module,
    x: torch.Tensor,
    symbols: dict[str, torch.SymInt] | None = None,
    setup: Callable[[dict[str, Any]], None] | None = None,
    forward_context: AbstractContextManager[Any] | None = None,
    composer: Composer | None = None,
) -> torch.fx.GraphModule:
    """The aten graph of forward and backward (loss = output.sum()) of ``module`` on ``x``.

    Call inside an active ``SymbolicSession`` with a fake ``x`` that requires grad (or holds
    token ids).
    ``symbols`` are passed to the traced function as inputs, so that sizes computed from them
    (a head count stored on a module) are part of the graph; ``setup(symbols)`` runs inside the
    trace before the forward, to give the module its symbolic attributes; ``forward_context``
    is entered around ``module(x)`` alone (saved-tensor hooks that record the activations);
    ``composer`` stands in for repeated blocks (``composition``).
    """
    params = dict(module.named_parameters())
    names = sorted(symbols or {})

    def step(x: torch.Tensor, params: dict[str, torch.Tensor], values: list[Any]) -> Any:
        if setup is not None:
            setup(dict(zip(names, values, strict=True)))
        spans: list[tuple[int, int, str]] = []
        stand_ins = nullcontext() if composer is None else composer.installed(module, spans)
        with fx_traceback.preserve_node_meta(), _module_tags(module, spans), stand_ins:
            _set_tag(FORWARD, "")
            with autocast(autocast_dtype()), forward_context or nullcontext():
                out = functional_call(module, params, (x,))
            if not out.requires_grad:
                return out
            handles = _tag_backward(out, spans)
            try:
                _set_tag(LOSS, "")
                with autocast(autocast_dtype()):
                    loss = out.sum()
                _set_tag(BACKWARD, "")
                # frozen parameters (requires_grad=False: a LoRA adapter's base) get none
                trained = [p for p in params.values() if p.requires_grad]
                # token ids (an integer input) get none either
                wrt = [x, *trained] if x.requires_grad else trained
                grads = torch.autograd.grad(loss, wrt, allow_unused=True)
            finally:
                for handle in handles:
                    handle.remove()
        return out, grads

    return make_fx(step, tracing_mode="real")(x, params, [symbols[n] for n in names])
