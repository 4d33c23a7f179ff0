"""The ground truth for training memory: what autograd keeps, and what an optimizer keeps.

Activation bytes are the bytes of the tensors autograd saves for the backward pass while
``module(x)`` runs in training mode, seen through ``torch.autograd.graph.saved_tensors_hooks``
on the real module and real tensors:

* each storage counts once, at its storage's size (views of one tensor share a storage: a
  fused QKV projection's output, saved as three views, is one storage);
* the module's own parameters and buffers are left out (they are in the parameter count and
  the training state); the input counts where it is saved;
* the dtype counts as it is: float32 4 bytes per element, bfloat16 2, a bool mask 1;
* activation checkpointing counts as what checkpointing keeps (its inputs), since the tensors
  of the checkpointed function are saved by checkpoint's own hooks, not by autograd;
* what is saved counts, alive or not at the end of the forward (a saved tensor of a branch
  whose result is discarded counts); a tensor a custom ``autograd.Function`` keeps as a ``ctx``
  attribute instead of ``save_for_backward`` is invisible to the hooks and does not.

Training state bytes are the bytes of the parameters, their gradients and the optimizer's
state after one step (``training_state_bytes``).

Peak bytes are the most bytes alive at once during the step users run (``TrainingStep``: the
optimizer made beforehand, ``loss = module(x).sum()``, ``loss.backward()``, ``opt.step()``,
``opt.zero_grad()``) on an input made beforehand that needs no gradient (a batch of data), by
PyTorch's own ``MemTracker`` (``measure_peak_bytes``): its convention is ours.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

import torch
from torch import nn

from .inputs import make_input

# optimizer name -> what its state holds per trainable parameter tensor after a step:
# (copies of the parameter, extra bytes per tensor). SGD keeps nothing; SGD with momentum a
# momentum buffer; Adam and AdamW exp_avg and exp_avg_sq, and a step count per tensor, a
# float32 scalar with torch's default dtype float32 and amsgrad, fused and capturable off (the
# defaults; amsgrad would add max_exp_avg_sq, a float64 default dtype an 8-byte step).
OPTIMIZERS: dict[str, tuple[int, int]] = {
    "sgd": (0, 0),
    "sgd_momentum": (1, 0),
    "adam": (2, 4),
    "adamw": (2, 4),
}


def make_optimizer(params: list[torch.Tensor], optimizer: str) -> torch.optim.Optimizer:
    """The optimizer ``optimizer`` (one of ``OPTIMIZERS``) over ``params``, with PyTorch's
    defaults (on the CPU: the single-tensor implementation, neither foreach nor fused)."""
    if optimizer not in OPTIMIZERS:
        raise ValueError(f"optimizer must be one of {', '.join(OPTIMIZERS)}, got {optimizer!r}")
    if optimizer == "sgd":
        return torch.optim.SGD(params, lr=1e-3)
    if optimizer == "sgd_momentum":
        return torch.optim.SGD(params, lr=1e-3, momentum=0.9)
    if optimizer == "adam":
        return torch.optim.Adam(params, lr=1e-3)
    return torch.optim.AdamW(params, lr=1e-3)


def state_bytes(parameters: Any, optimizer: str) -> Any:
    """Bytes of ``parameters``, their gradients and ``optimizer``'s state after a step, from
    their sizes alone (an int, or a SymInt for symbolic sizes): what ``training_state_bytes``
    measures, for parameters that all get a gradient. A frozen parameter
    (``requires_grad=False``) has no gradient and no optimizer state."""
    copies, per_tensor = OPTIMIZERS[optimizer]
    total: Any = 0
    for parameter in parameters:
        size = parameter.numel() * parameter.element_size()
        total = total + size
        if parameter.requires_grad:
            total = total + (1 + copies) * size + per_tensor
    return total


def _storage_key(tensor: torch.Tensor) -> int:
    """One key per storage, the same for every view of it (also for fake and meta tensors)."""
    return tensor.untyped_storage()._cdata


class SavedTensors:
    """A context that records the storages autograd saves while it is active, each once.

    ``exclude``: tensors whose storages do not count (a module's parameters and buffers).
    ``owner()`` names who saved each storage (the generator passes the running submodule);
    ``sizes`` maps a storage key to (owner, bytes), bytes as an int or a SymInt.
    """

    def __init__(self, exclude: Any = (), owner: Any = None) -> None:
        self._excluded = {_storage_key(t) for t in exclude}
        self._owner = owner
        self.sizes: dict[int, tuple[str, Any]] = {}
        # every storage whose key is recorded stays alive while the context is: a freed one
        # could lend its key to a new activation (a buffer the forward replaces, convit's
        # ``self.rel_indices = ...``, gave its address to a saved tensor, left out as a buffer)
        self._alive: list[Any] = [t.untyped_storage() for t in exclude]
        self._hooks = torch.autograd.graph.saved_tensors_hooks(self._pack, self._unpack)

    def _pack(self, tensor: torch.Tensor) -> torch.Tensor:
        key = _storage_key(tensor)
        if key not in self._excluded and key not in self.sizes:
            owner = self._owner() if self._owner is not None else ""
            storage = tensor.untyped_storage()
            self.sizes[key] = (owner, storage.nbytes())
            self._alive.append(storage)  # a storage freed meanwhile could lend its key
        return tensor

    @staticmethod
    def _unpack(tensor: torch.Tensor) -> torch.Tensor:
        return tensor

    @property
    def total(self) -> Any:
        return sum((size for _, size in self.sizes.values()), 0)

    def __enter__(self) -> SavedTensors:
        self._hooks.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._hooks.__exit__(*exc)


def measure_activation_bytes(module: nn.Module, shape: list[int], tokens: int | None = None) -> int:
    """Bytes autograd saves during ``module(x)`` on a random input of ``shape`` (training
    mode, the input requiring grad as in a training step; token ids in ``[0, tokens)`` with
    ``tokens``): the ground truth. The backward pass runs too (loss = output.sum()), so that
    a step that cannot train raises here."""
    x = make_input(module, shape, tokens)
    with SavedTensors(exclude=[*module.parameters(), *module.buffers()]) as saved:
        out = module(x)
    out.sum().backward()
    return int(saved.total)


def training_state_bytes(module: nn.Module, optimizer: str) -> int:
    """Bytes of ``module``'s parameters, their gradients and ``optimizer``'s state (one of
    ``OPTIMIZERS``) after one real step, each storage counted once: the ground truth.

    Every trainable parameter is given a gradient (zeros, as the backward pass allocates it:
    the parameter's shape and dtype) before the step, as in a training step that uses all of
    them; buffers are not part of it.
    """
    if optimizer not in OPTIMIZERS:
        raise ValueError(f"optimizer must be one of {', '.join(OPTIMIZERS)}, got {optimizer!r}")
    params = [p for p in module.parameters() if p.requires_grad]
    state: list[torch.Tensor] = []
    if params:
        for parameter in params:
            parameter.grad = torch.zeros_like(parameter)
        step = make_optimizer(params, optimizer)
        step.step()
        state = [t for s in step.state.values() for t in s.values() if torch.is_tensor(t)]
    tensors = [*module.parameters(), *(p.grad for p in params), *state]
    return sum({_storage_key(t): t.untyped_storage().nbytes() for t in tensors}.values())


def autocast(dtype: torch.dtype | None) -> contextlib.AbstractContextManager[Any]:
    """``torch.autocast("cpu", dtype)``, or nothing where ``dtype`` is None: what a step's
    forward and loss run under (PyTorch's mixed-precision recipe leaves the backward and the
    optimizer step outside it)."""
    if dtype is None:
        return contextlib.nullcontext()
    return torch.autocast("cpu", dtype=dtype)


@dataclass
class TrainingStep:
    """The training step users run: ``loss = module(x).sum()``, ``loss.backward()``,
    ``optimizer.step()``, ``optimizer.zero_grad()`` (gradients set to None), the optimizer
    made beforehand (``make``). A module without trainable parameters has nothing to step:
    its step is the forward and the loss, and the backward where the loss needs one. With
    ``autocast`` (a 16-bit dtype), the forward and the loss run under ``torch.autocast`` on
    the CPU, the backward and the optimizer step outside it."""

    module: nn.Module
    x: torch.Tensor
    optimizer: torch.optim.Optimizer | None
    autocast: torch.dtype | None = None

    @classmethod
    def make(
        cls,
        module: nn.Module,
        x: torch.Tensor,
        optimizer: str,
        autocast: torch.dtype | None = None,
    ) -> TrainingStep:
        """The step of ``module`` on ``x`` with ``optimizer`` (one of ``OPTIMIZERS``)."""
        params = [p for p in module.parameters() if p.requires_grad]
        if optimizer not in OPTIMIZERS:  # refused alike with or without parameters
            raise ValueError(f"optimizer must be one of {', '.join(OPTIMIZERS)}, got {optimizer!r}")
        return cls(module, x, make_optimizer(params, optimizer) if params else None, autocast)

    def __call__(self) -> None:
        loss = self.backward()  # alive while the optimizer steps, as in a training loop
        if self.optimizer is not None:
            self.optimizer.step()
            self.optimizer.zero_grad()
        del loss

    def backward(self) -> torch.Tensor:
        """The forward, the loss and the backward (where the loss needs one): the loss."""
        with autocast(self.autocast):
            loss = self.module(self.x).sum()
        if loss.requires_grad:
            loss.backward()
        return loss


def measure_peak_bytes(
    module: nn.Module,
    shape: list[int],
    optimizer: str,
    tokens: int | None = None,
    autocast: torch.dtype | None = None,
) -> int:
    """The peak bytes of one ``TrainingStep`` of ``module`` with ``optimizer`` (its forward
    and loss under ``autocast`` where given), by PyTorch's ``MemTracker`` (the ground truth):
    the most bytes of live storages after any op of the step, the module and its optimizer
    tracked (``track_external``), the input made before the step (random values of
    ``shape``, needing no gradient; token ids in ``[0, tokens)``).
    """
    from torch.distributed._tools.mem_tracker import MemTracker

    x = make_input(module, shape, tokens).detach()
    step = TrainingStep.make(module, x, optimizer, autocast)
    tracker = MemTracker()
    tracker.track_external(module, *([step.optimizer] if step.optimizer is not None else []))
    with tracker:
        step()
    return int(tracker.get_tracker_snapshot("peak")[torch.device("cpu")]["Total"])
