"""The peak memory of a training step as a formula: PyTorch's ``MemTracker`` run on the
symbolic step, each moment's live bytes recorded as an expression instead of compared.

``MemTracker`` (the ground truth, ``blueprints/memory_reference.py``) tracks every storage the
step's ops return and, after each op, compares the bytes alive with the peak so far. On
symbolic sizes that comparison would guard on the sample point and keep the branch true there.
``_Recorder`` keeps what it counts (storages, their sizes, when they are freed) and replaces the
comparison by a record: the peak is the maximum of the recorded moments, every one of them an
exact count of live bytes wherever the step's guards hold. ``peak_formulas`` drops the
moments another one bounds over the whole box (``explore.maxima``), so what remains is a short
``Max`` whose argument can change with the sizes (a forward moment at small batches, the
optimizer's at large ones).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sympy
import torch
from torch import nn
from torch.distributed._tools.mem_tracker import MemTracker

from blueprints.memory_reference import OPTIMIZERS, TrainingStep

from .explore.box import Box
from .explore.maxima import Bounds, maximum
from .symbolic import SymbolicSession

FORWARD, BACKWARD, STEP = "forward", "backward", "optimizer step"


@dataclass(frozen=True)
class Moment:
    """The bytes alive just after one op of the step ran (its outputs counted)."""

    bytes: sympy.Expr
    op: str
    phase: str


class _Recorder(MemTracker):
    """``MemTracker`` that records the live bytes after every op instead of comparing them
    with its peak (``_update_peak_stats`` is its one place that compares). The bytes are
    kept as PyTorch's expressions and made plain sympy once each (``moments``).

    A storage freed by Python's garbage collector (a reference cycle held its tensor) is
    freed when the collector happens to run, not when the step drops it: the moments around
    it depend on the process's history. Such frees are kept in ``collected`` (the op they
    followed), for ``record_moments`` to refuse."""

    def __init__(self, session: SymbolicSession) -> None:
        super().__init__()
        self.session = session
        self.raw: list[tuple[Any, str, str]] = []  # (live bytes, op, phase)
        self._op = ""
        self._plain: dict[Any, sympy.Expr] = {}
        self.collected: list[str] = []
        self._collecting = False

    def __enter__(self) -> _Recorder:
        gc.callbacks.append(self._collector)
        return super().__enter__()

    def __exit__(self, *args: Any) -> None:
        super().__exit__(*args)
        gc.callbacks.remove(self._collector)

    def _collector(self, phase: str, info: Any) -> None:
        self._collecting = phase == "start"

    def _delete_callback(self, winfo: Any, w_st: Any) -> None:
        if self._collecting:
            self.collected.append(self._op or "the step's start")
        super()._delete_callback(winfo, w_st)

    def __torch_dispatch__(self, func: Any, types: Any, args: Any = (), kwargs: Any = None) -> Any:
        self._op = str(func)
        return super().__torch_dispatch__(func, types, args, kwargs)

    def _total(self) -> Any:
        total = self._curr_mem_snap.get(torch.device("cpu"), {}).get("Total", 0)
        return total.node.expr if isinstance(total, torch.SymInt) else total

    def live(self) -> sympy.Expr:
        """The bytes alive now."""
        return self._to_plain(self._total())

    def moments(self, start: int = 0) -> list[Moment]:
        """The moments recorded, from the ``start``-th."""
        return [Moment(self._to_plain(b), op, phase) for b, op, phase in self.raw[start:]]

    def _to_plain(self, total: Any) -> sympy.Expr:
        if total not in self._plain:
            self._plain[total] = sympy.expand(self.session.to_sympy(total))
        return self._plain[total]

    def _update_peak_stats(self, peak_state: Any) -> None:
        phase = STEP if self._in_opt else BACKWARD if self._mod_tracker.is_bw else FORWARD
        self.raw.append((self._total(), self._op, phase))


class PeakError(Exception):
    """The peak bytes cannot be had from this step, though its counts can: the reason."""


def peak_bytes(
    module: nn.Module,
    x: torch.Tensor,
    session: SymbolicSession,
    box: Box,
    setup: Callable[[], None] = lambda: None,
    autocast: torch.dtype | None = None,
) -> dict[str, sympy.Expr]:
    """Per optimizer (``OPTIMIZERS``), the peak bytes of the step users run, for ``module``
    and its input ``x`` (fake tensors of ``session``, the module's attributes set; call inside
    it; ``setup`` first gives the module its symbolic attributes; its forward and loss under
    ``autocast`` where given): exact wherever the guards
    recorded meanwhile hold. A ``PeakError`` where the step
    runs a function the session computes by ops of its own (``SessionFunctions``: its
    temporaries would not be the CPU kernel's) or cannot be recorded."""
    ran = len(session.functions.replaced)
    try:
        setup()
        moments = record_moments(module, x.detach(), list(OPTIMIZERS), session, autocast)
        formulas = peak_formulas(moments, box)
    except Exception as exc:
        raise PeakError(
            f"the peak of the step users run (with an optimizer) cannot be recorded: "
            f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
        ) from exc
    replaced = session.functions.replaced[ran:]
    if replaced:
        raise PeakError(
            f"the step calls {replaced[0]}, which the generator computes by ops of its own: "
            "its temporary tensors are not those of PyTorch's CPU kernel, so their bytes at "
            "the peak are not known"
        )
    return formulas


def record_moments(
    module: nn.Module,
    x: torch.Tensor,
    optimizers: Sequence[str],
    session: SymbolicSession,
    autocast: torch.dtype | None = None,
) -> dict[str, list[Moment]]:
    """Per optimizer, the bytes alive after each op of a ``TrainingStep`` of ``module`` on
    ``x`` (fake tensors of ``session``; call inside it), the module and the optimizer tracked
    as the ground truth tracks them.

    The forward and backward run once: the optimizers step one after another from what the
    backward left (parameters, their gradients, the loss), each optimizer's state dropped
    before the next steps, which must bring the live bytes back to what they were."""
    steps = {o: TrainingStep.make(module, x, o, autocast) for o in optimizers}
    made = [s.optimizer for s in steps.values() if s.optimizer is not None]
    recorder = _Recorder(session)
    recorder.track_external(module, *made)
    moments: dict[str, list[Moment]] = {}
    # what exists now is not the step's: the collections during the step, and the one at its
    # end that finds any storage only a reference cycle held, scan the step's objects alone
    gc.freeze()
    try:
        with recorder:
            _record_step(recorder, steps, moments)
            gc.collect()
    finally:
        gc.unfreeze()
    if recorder.collected:
        raise RuntimeError(
            f"a tensor of the step was held by a reference cycle (freed by Python's garbage "
            f"collector, after {recorder.collected[0]}): when it is freed depends on when "
            "the collector runs, so the bytes alive after each op are not known"
        )
    return moments


def _record_step(
    recorder: _Recorder, steps: Mapping[str, TrainingStep], moments: dict[str, list[Moment]]
) -> None:
    """The forward and backward once, then each optimizer's step (``record_moments``)."""
    loss = next(iter(steps.values())).backward()  # alive while the optimizers step
    common = recorder.moments()
    base = recorder.live()
    for name, step in steps.items():
        start = len(recorder.raw)
        if step.optimizer is not None:
            step.optimizer.step()
            step.optimizer.state.clear()
            if sympy.expand(recorder.live() - base) != 0:
                raise RuntimeError(f"{name}'s step left bytes alive after its state was dropped")
        moments[name] = common + recorder.moments(start)
    for step in steps.values():
        if step.optimizer is not None:
            step.optimizer.zero_grad()
    del loss


def peak_formulas(moments: Mapping[str, Sequence[Moment]], box: Box) -> dict[str, sympy.Expr]:
    """Per key (an optimizer), the largest of its ``moments``' bytes as one expression:
    ``Max`` of the moments that no other one of its moments bounds everywhere in ``box``, in
    the order they happened."""
    bounds = Bounds(box)
    return {key: maximum([m.bytes for m in ms], bounds) for key, ms in moments.items()}
