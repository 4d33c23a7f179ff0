"""Composition of repeated blocks: in a training step's trace, a block alike to one traced
before is not traced again; it is counted as that one.

A container's blocks alike in everything a trace can see (``signature.repeats``: types,
attributes, parameter and buffer shapes) run the same code on the same symbolic sizes whenever
they are called alike (arguments of the same shapes, strides and dtypes, as expressions, and the
same plain values): the same ops, the same FLOP counts, the same guards. The first block of a
repetition called with a given signature is traced for real (and recorded); every later one
called so is a *stand-in*: autograd nodes that take the block's inputs and give outputs of the
recorded sizes, doing no arithmetic. After the trace the recorded block's counts are copied to
each stand-in's submodules (``copy``). N alike blocks then cost one block and N-1 stand-ins a
trace (two blocks where the first is called on the model's input, whose strides can differ).

What a block's counts depend on besides its own code is reproduced or checked, never assumed:

* the tensors autograd saves: a stand-in saves, in the recorded order, the storages the block
  saved: its own temporaries (always new), and its arguments' and outputs' storages, which count
  only where nothing saved them before (the next block saving its input, a shared rotary table);
* the gradient additions where the block's inputs are also used elsewhere: PyTorch adds the
  gradients of one tensor after the consumer that gives the second, charged to that consumer.
  The recorded block's consumers of its inputs (its *boundary*) are recorded, and the
  stand-in has one autograd node per consumer, run in the same order (autograd runs nodes by
  their sequence numbers), owned by the same submodule, whose additions are then really traced;
  the recorded block's own additions after its boundary are not copied;
* the gradients a block receives and gives: checked after the backward, against the recorded
  block's (shapes, strides, dtypes). The last block of a bare stack, whose output gradient is
  the loss's expanded one, runs other code on it (other guards): it is traced for real.

Blocks that differ only in integer attributes (``signature.repeats``: a ``layer_idx``) are a
repetition too, where the recorded block never reads them: while the step is traced, those
attributes are properties of a subclass made for each block (``_watched``). A read while the
first block is recorded leaves no record (the blocks called alike run for real); a read in the
backward fails the check below.

A check that fails (a mismatch of gradients, a block called twice or recomputed, a stand-in's
output whose storage is not the recorded size) leaves the trace unused: the block or the whole
repetition is traced for real from then on (``Composition``), and the step is traced again.
Where a recorded block does something a stand-in cannot reproduce (it saves a tensor that is
neither its own nor an argument, an output is a view of an input, it changes an input in place,
it returns something other than tensors, sizes and plain values), blocks called alike run for
real.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import sympy
import torch
from torch import nn
from torch.utils import _pytree as pytree
from torch.utils._python_dispatch import TorchDispatchMode

from blueprints.memory_reference import SavedTensors

from .flops import OpCount
from .trace import BACKWARD, FORWARD, current_module, owner_of, phase_now

# False: every block traced for real (the tests compare the two)
COMPOSE = True

_PLAIN = (int, float, bool, str, type(None), torch.dtype, torch.device)


def _key(tensor: torch.Tensor) -> int:
    return tensor.untyped_storage()._cdata


def _expr(value: Any) -> Any:
    """A size as PyTorch's own expression (compared as built: alike blocks build alike)."""
    return value.node.expr if isinstance(value, torch.SymInt) else value


def _tensor_meta(tensor: torch.Tensor) -> tuple[Any, ...]:
    return (
        tuple(_expr(s) for s in tensor.shape),
        tuple(_expr(s) for s in tensor.stride()),
        _expr(tensor.storage_offset()),
        tensor.dtype,
        tensor.device,
        tensor.requires_grad,
    )


def _grad_meta(grad: torch.Tensor | None) -> tuple[Any, ...] | None:
    if grad is None:
        return None
    return (
        tuple(_expr(s) for s in grad.shape),
        tuple(_expr(s) for s in grad.stride()),
        grad.dtype,
    )


def _renamed(records: dict[tuple[Any, ...], Any], leaves: list[Any]) -> None:
    """Re-key ``records`` by their calls as PyTorch writes them now: a fact learnt since a
    record was made (``n_head == dim``, inside the recorded block) replaces one symbol by
    another in every size made after it, so that the next block's call reads ``n_head`` where
    the recorded one read ``dim``. Equal under the session's facts, the calls trace alike. A
    call that two records now share keeps the one that cannot stand in, if either cannot."""
    env = next(
        (
            size.node.shape_env
            for leaf in leaves
            if isinstance(leaf, torch.Tensor)
            for size in leaf.shape
            if isinstance(size, torch.SymInt)
        ),
        None,
    )
    if env is None:
        return

    def replaced(value: Any) -> Any:
        if isinstance(value, tuple):
            return tuple(replaced(v) for v in value)
        if isinstance(value, sympy.Basic):
            return env.replace(value)
        return value

    renamed: dict[tuple[Any, ...], Any] = {}
    for call, record in records.items():
        key = replaced(call)
        renamed[key] = None if key in renamed and renamed[key] is None else record
    records.clear()
    records.update(renamed)


def _call_meta(leaves: list[Any]) -> tuple[Any, ...] | None:
    """What a trace can see of a call's arguments (flattened): each tensor's sizes, strides,
    dtype and autograd state, which arguments are one tensor or share a storage, and the
    plain values; None where an argument is neither."""
    described: list[Any] = []
    storages: dict[int, int] = {}
    for i, leaf in enumerate(leaves):
        if isinstance(leaf, torch.Tensor):
            first = storages.setdefault(_key(leaf), i)
            same = next(j for j, other in enumerate(leaves) if other is leaf)
            described.append(("tensor", _tensor_meta(leaf), first, same))
        elif isinstance(leaf, torch.SymInt):
            described.append(("size", _expr(leaf)))
        elif isinstance(leaf, _PLAIN):
            described.append(("plain", type(leaf), leaf))
        else:
            return None
    return tuple(described)


class _Created(TorchDispatchMode):
    """The storages the ops return that none of their tensor arguments had: what a block
    allocates while it runs."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: set[int] = set()

    def __torch_dispatch__(self, func: Any, types: Any, args: Any = (), kwargs: Any = None) -> Any:
        out = func(*args, **(kwargs or {}))
        given = {_key(t) for t in pytree.tree_leaves((args, kwargs)) if isinstance(t, torch.Tensor)}
        for t in pytree.tree_leaves(out):
            if isinstance(t, torch.Tensor) and _key(t) not in given:
                self.keys.add(_key(t))
        return out


@dataclass
class _Record:
    """What a block traced for real did in this trace, for the blocks of its repetition
    called alike after it to do the same."""

    path: str
    call: tuple[Any, ...]
    spec: pytree.TreeSpec
    # per output leaf: ("tensor", sizes, strides, dtype, requires_grad, storage bytes) or
    # ("plain", value)
    outputs: list[tuple[Any, ...]]
    # the storages it saved, in order: ("own", owner, bytes), ("argument", owner, leaf index),
    # ("output", owner, output index)
    saves: list[tuple[str, str, Any]]
    # its boundary: (sequence number, owner, argument leaf index of each edge out of the
    # block), in the order they were made
    consumers: list[tuple[int, str, tuple[int, ...]]]
    received: dict[int, Any] = field(default_factory=dict)  # output index -> gradient
    given: dict[int, list[Any]] = field(default_factory=dict)  # consumer -> its gradients


@dataclass
class _StandIn:
    record: _Record  # of the block it stands in for
    received: list[Any] | None = None  # the gradients its outputs got
    given: dict[int, list[Any]] = field(default_factory=dict)  # consumer index -> gradients
    mirrors: list[int] = field(default_factory=list)  # sequence numbers of its consumers


class Composition:
    """What the traces of one module share: its repetitions, and the blocks and repetitions
    found to need a real trace (kept, so that each mismatch costs one trace again)."""

    def __init__(
        self,
        repeats: tuple[tuple[str, str], ...],
        indexes: tuple[tuple[str, str, str], ...] = (),
    ) -> None:
        # block -> its repetition (named by its first block), the first blocks included
        self.group: dict[str, str] = {}
        for member, first in repeats if COMPOSE else ():
            self.group[member] = self.group[first] = first
        # repetition -> the integer attributes its blocks differ in (module path, name)
        self.indexes: dict[str, list[tuple[str, str]]] = {}
        for first, path, name in indexes:
            self.indexes.setdefault(first, []).append((path, name))
        self.real: set[str] = set()  # blocks traced for real, or whole repetitions

    def composer(self, session: Any, saved: SavedTensors) -> Composer | None:
        """The stand-ins of one trace in ``session`` (a ``SymbolicSession``), saving into
        ``saved``; None where every block is traced for real. A repetition with fewer than
        two blocks left to stand in is traced for real whole: recording its block would cost
        and serve none (``conv_heavy``'s two blocks, the second of which gets the loss's
        gradient)."""
        left: dict[str, int] = {}
        for block, first in self.group.items():
            if first not in self.real and block not in self.real:
                left[first] = left.get(first, 0) + 1
        group = {b: g for b, g in self.group.items() if left.get(g, 0) >= 2}
        if not group:
            return None
        return Composer(group, self.real, session.storage_bytes, saved, self.indexes)

    def trace_for_real(self, blocks: set[str]) -> None:
        """Trace ``blocks`` (or repetitions, by their first block) for real from now on;
        where none is new, no block stands in at all (the trace must end)."""
        if blocks <= self.real:
            self.group = {}
        self.real |= blocks


class Recompose(Exception):
    """A trace with stand-ins was not exact: trace the step again, ``blocks`` (blocks, or
    repetitions by their first block) traced for real."""

    def __init__(self, blocks: set[str]) -> None:
        super().__init__(f"stand-ins not exact: {sorted(blocks)}")
        self.blocks = blocks


class Composer:
    """One trace's stand-ins: installed around the step (``installed``), checked after it
    (``check``), and their counts copied from the blocks they stand in for (``copy``)."""

    def __init__(
        self,
        group: dict[str, str],
        real: set[str],
        storage_bytes: dict[int, Any],
        saved: SavedTensors,
        indexes: dict[str, list[tuple[str, str]]] | None = None,
    ) -> None:
        self.group, self.real = group, real
        self.indexes = indexes or {}
        self.storage_bytes = storage_bytes
        self.saved = saved
        # per repetition, per call signature: the record of the first block called so
        # (None: it did something no stand-in can)
        self.records: dict[str, dict[tuple[Any, ...], _Record | None]] = {}
        self.stand_ins: dict[str, _StandIn] = {}
        self.called: set[str] = set()
        self.failed: set[str] = set()  # blocks or repetitions to trace for real
        self._spans: list[tuple[int, int, str]] = []
        self._fresh = 0
        self._recording: str | None = None  # the repetition whose block is being recorded
        self._read = False  # whether that block read an attribute its repetition differs in
        self._unwatched: set[str] = set()  # repetitions whose attributes could not be watched

    @contextmanager
    def installed(self, module: nn.Module, spans: list[tuple[int, int, str]]) -> Iterator[None]:
        """Every block of a repetition runs through ``_block`` while the step is traced, and
        the attributes its blocks differ in are watched."""
        self._spans = spans
        patched = []
        with contextlib.ExitStack() as watches:
            for path in sorted(self.group):
                sub = module.get_submodule(path)
                sub.forward = self._block(path, sub, sub.forward)
                patched.append(sub)
                group = self.group[path]
                by_module: dict[str, list[str]] = {}
                for inner, name in self.indexes.get(group, ()):
                    by_module.setdefault(inner, []).append(name)
                for inner, names in by_module.items():
                    owner = sub.get_submodule(inner) if inner else sub
                    try:
                        watches.enter_context(_watched(owner, names, self._reader(group)))
                    except TypeError:  # a class that cannot be watched: no stand-ins
                        self._unwatched.add(group)
            try:
                yield
            finally:
                for sub in patched:
                    del sub.forward

    def _reader(self, group: str) -> Callable[[], None]:
        """What a read of a repetition's differing attribute means: while its block is
        recorded, no record (the blocks called alike run for real); in the backward, the
        repetition traced for real again (a backward that reads it, as a custom Function
        could); elsewhere nothing (code outside the blocks is traced for real)."""

        def read() -> None:
            if phase_now() == BACKWARD:
                self.failed.add(group)
            elif self._recording == group:
                self._read = True

        return read

    def _block(self, path: str, sub: nn.Module, forward: Callable[..., Any]) -> Any:
        """The block's forward: a stand-in where a block of its repetition was called alike
        before, else traced for real and recorded."""
        group = self.group[path]

        def run(*args: Any, **kwargs: Any) -> Any:
            if group in self._unwatched:
                return forward(*args, **kwargs)
            if path in self.called or phase_now() == BACKWARD:
                self.failed.add(group)  # called twice, or recomputed: not one block's counts
                return forward(*args, **kwargs)
            self.called.add(path)
            leaves, _ = pytree.tree_flatten((args, kwargs))
            call = _call_meta(leaves)
            if call is None:  # an argument unlike anything a stand-in can take
                return forward(*args, **kwargs)
            records = self.records.setdefault(group, {})
            if call not in records and records:
                _renamed(records, leaves)
            if call in records:
                record = records[call]
                if record is None or path in self.real:
                    return forward(*args, **kwargs)
                try:
                    return self._stand_in(path, record, leaves)
                except Exception:  # noqa: BLE001 - the trace is not used: traced again
                    self.failed.add(group)
                    return forward(*args, **kwargs)
            records[call] = None
            hooks = torch._C._autograd._top_saved_tensors_default_hooks(True)
            if hooks is None or hooks[0] != self.saved._pack:
                return forward(*args, **kwargs)  # saving through other hooks (checkpointing)
            return self._recorded(path, group, sub, forward, args, kwargs, leaves, call)

        return run

    def _recorded(
        self,
        path: str,
        group: str,
        sub: nn.Module,
        forward: Callable[..., Any],
        args: Any,
        kwargs: Any,
        leaves: list[Any],
        call: tuple[Any, ...],
    ) -> Any:
        tensors = [t for t in leaves if isinstance(t, torch.Tensor)]
        versions = [t._version for t in tensors]
        argument = {}
        for i, leaf in enumerate(leaves):
            if isinstance(leaf, torch.Tensor):
                argument.setdefault(_key(leaf), i)
        events: list[tuple[int, str, Any]] = []

        def pack(tensor: torch.Tensor) -> Any:
            events.append((_key(tensor), current_module(), tensor.untyped_storage()))
            return self.saved._pack(tensor)  # what the trace's own hook does

        start = torch.autograd._get_sequence_nr()  # type: ignore[attr-defined]
        created = _Created()
        outer, self._recording, self._read = self._recording, group, False
        try:
            with created, torch.autograd.graph.saved_tensors_hooks(pack, self.saved._unpack):
                out = forward(*args, **kwargs)
        finally:
            self._recording = outer
        end = torch.autograd._get_sequence_nr()  # type: ignore[attr-defined]
        if self._read:  # its counts may depend on which block it is
            return out
        # what cannot be recorded is traced for real wherever it is called alike
        with contextlib.suppress(Exception):
            self.records[group][call] = self._record(
                path,
                sub,
                out,
                leaves,
                call,
                tensors,
                versions,
                argument,
                events,
                created.keys,
                start,
                end,
            )
        return out

    def _record(
        self,
        path: str,
        sub: nn.Module,
        out: Any,
        leaves: list[Any],
        call: tuple[Any, ...],
        tensors: list[torch.Tensor],
        versions: list[int],
        argument: dict[int, int],
        events: list[tuple[int, str, Any]],
        created: set[int],
        start: int,
        end: int,
    ) -> _Record | None:
        """What the block did, where a stand-in can do the same; else None."""
        if any(t._version != v for t, v in zip(tensors, versions, strict=True)):
            return None  # it changes an input in place
        flat, spec = pytree.tree_flatten(out)
        outputs = self._outputs(flat, created, argument)
        if outputs is None:
            return None
        saves = self._saves(path, events, created, argument, flat)
        boundary = self._boundary(path, sub, flat, leaves, start, end)
        if saves is None or boundary is None:
            return None
        differentiable = any(o[0] == "tensor" and o[4] for o in outputs)
        if differentiable and not boundary:
            return None  # its outputs need a gradient from its parameters alone
        consumers = [(seq, owner, edges) for seq, owner, edges, _ in boundary]
        record = _Record(path, call, spec, outputs, saves, consumers)
        for i, t in enumerate(flat):
            if isinstance(t, torch.Tensor) and t.requires_grad:
                t.register_hook(lambda g, i=i: record.received.__setitem__(i, _grad_meta(g)))
        for number, (*_, (node, positions)) in enumerate(boundary):
            node.register_hook(_giving(record, number, positions))
        return record

    def _outputs(
        self, flat: list[Any], created: set[int], argument: dict[int, int]
    ) -> list[tuple[Any, ...]] | None:
        """The output leaves as a stand-in makes them; None where it cannot: an output that
        is not a storage of the block's own, whole, or shares one with another output."""
        outputs: list[tuple[Any, ...]] = []
        seen: set[int] = set()
        for leaf in flat:
            if isinstance(leaf, torch.Tensor):
                key = _key(leaf)
                if key not in created or key in argument or key in seen:
                    return None
                if key in self.storage_bytes or _expr(leaf.storage_offset()) != 0:
                    return None
                seen.add(key)
                outputs.append(
                    (
                        "tensor",
                        tuple(leaf.shape),
                        tuple(leaf.stride()),
                        leaf.dtype,
                        leaf.requires_grad,
                        _expr(leaf.untyped_storage().nbytes()),
                    )
                )
            elif isinstance(leaf, (*_PLAIN, torch.SymInt)):  # a size: the same expression
                outputs.append(("plain", leaf))
            else:
                return None
        return outputs if seen else None

    def _saves(
        self,
        path: str,
        events: list[tuple[int, str, Any]],
        created: set[int],
        argument: dict[int, int],
        flat: list[Any],
    ) -> list[tuple[str, str, Any]] | None:
        """The storages the representative saved, each once, as a stand-in saves them; None
        where one is neither its own, an argument's nor excluded (a parameter's)."""
        output = {_key(t): i for i, t in enumerate(flat) if isinstance(t, torch.Tensor)}
        saves: list[tuple[str, str, Any]] = []
        done: set[int] = set()
        for key, owner, storage in events:
            if key in done or key in self.saved._excluded:
                continue
            done.add(key)
            relative = _relative(owner, path)
            if relative is None:
                return None
            if key in argument:
                saves.append(("argument", relative, argument[key]))
            elif key in output:
                saves.append(("output", relative, output[key]))
            elif key in created:
                saves.append(("own", relative, self.storage_bytes.get(key, storage.nbytes())))
            else:
                return None
        return saves

    def _boundary(
        self,
        path: str,
        sub: nn.Module,
        flat: list[Any],
        leaves: list[Any],
        start: int,
        end: int,
    ) -> list[tuple[int, str, tuple[int, ...], tuple[Any, list[int]]]] | None:
        """The autograd nodes of the block with an edge out of it, each edge an argument's;
        None where an edge leads elsewhere, or where a boundary node also gives a gradient
        inside the block that another node adds to (its additions would be of both kinds)."""
        edges = {}
        for i, leaf in enumerate(leaves):
            if isinstance(leaf, torch.Tensor) and leaf.requires_grad:
                edge = torch.autograd.graph.get_gradient_edge(leaf)
                edges.setdefault((id(edge.node), edge.output_nr), i)
        own = {id(p) for p in sub.parameters()}

        def inside(node: Any) -> bool:
            if type(node).__name__ == "AccumulateGrad":
                return id(node.variable) in own
            return start <= node._sequence_nr() < end

        nodes: dict[int, Any] = {}
        pending = [t.grad_fn for t in flat if isinstance(t, torch.Tensor) and t.grad_fn]
        incoming: dict[tuple[int, int], int] = {}
        while pending:
            node = pending.pop()
            if id(node) in nodes or not inside(node):
                continue
            nodes[id(node)] = node
            for next_node, nr in node.next_functions:
                if next_node is not None:
                    incoming[(id(next_node), nr)] = incoming.get((id(next_node), nr), 0) + 1
                    pending.append(next_node)
        consumers = []
        for node in sorted(nodes.values(), key=lambda n: n._sequence_nr()):
            if type(node).__name__ == "AccumulateGrad":
                continue
            out_edges, positions, in_edges = [], [], []
            for position, (next_node, nr) in enumerate(node.next_functions):
                if next_node is None:
                    continue
                if inside(next_node):
                    in_edges.append((id(next_node), nr))
                elif (id(next_node), nr) in edges:
                    out_edges.append(edges[(id(next_node), nr)])
                    positions.append(position)
                else:
                    return None  # a tensor from outside that is no argument
            if out_edges:
                if any(incoming[e] > 1 for e in in_edges):
                    return None
                owner = _relative(owner_of(node._sequence_nr(), self._spans), path)
                consumers.append(
                    (node._sequence_nr(), owner or "", tuple(out_edges), (node, positions))
                )
        return consumers

    # -- a member ------------------------------------------------------------------------

    def _stand_in(self, path: str, record: _Record, leaves: list[Any]) -> Any:
        """Outputs of the recorded block's sizes from autograd nodes of its boundary, and the
        storages it saved, saved."""
        stand_in = _StandIn(record)
        self.stand_ins[path] = stand_in
        mirrored = []
        for number, (_, owner, edges) in enumerate(record.consumers):
            mirrored.append(_Mirror.apply(stand_in, number, *(leaves[i] for i in edges)))
            seq = mirrored[-1].grad_fn._sequence_nr()
            stand_in.mirrors.append(seq)
            self._spans.append((seq, seq + 1, _join(path, owner)))
        made = _Core.apply(stand_in, *mirrored)
        tensors = iter(made if isinstance(made, tuple) else (made,))
        flat = []
        for output in record.outputs:
            if output[0] == "tensor":
                tensor = next(tensors)
                if not _equal(tensor.untyped_storage().nbytes(), output[5]):
                    self.failed.add(path)
                flat.append(tensor)
            else:
                flat.append(output[1])
        self._save(path, record, leaves, flat)
        return pytree.tree_unflatten(flat, record.spec)

    def _save(self, path: str, record: _Record, leaves: list[Any], flat: list[Any]) -> None:
        """Save what the representative saved, as the trace's hook records it."""
        sizes = self.saved.sizes
        for kind, owner, what in record.saves:
            owner = _join(path, owner)
            if kind == "own":
                self._fresh -= 1  # a key no storage has: its own temporary, always new
                sizes[self._fresh] = (owner, what)
                continue
            tensor = leaves[what] if kind == "argument" else flat[what]
            key = _key(tensor)
            if key not in sizes and key not in self.saved._excluded:
                storage = tensor.untyped_storage()
                self.saved._alive.append(storage)
                sizes[key] = (owner, self.storage_bytes.get(key, storage.nbytes()))

    # -- after the trace -------------------------------------------------------------------

    def check(self, counts: list[OpCount]) -> set[str]:
        """The blocks (or whole repetitions) whose stand-ins were not exact in this trace:
        ``failed`` while it ran, a gradient unlike the representative's, a count of its own
        other than its boundary's additions."""
        failed = set(self.failed)
        for path, stand_in in self.stand_ins.items():
            record = stand_in.record
            received = [
                record.received.get(i) for i, o in enumerate(record.outputs) if o[0] == "tensor"
            ]
            if (stand_in.received or [None] * len(received)) != received:
                failed.add(path)  # the last block's expanded gradient, for one
            for number in range(len(record.consumers)):
                given = record.given.get(number)
                if given is not None and stand_in.given.get(number, given) != given:
                    failed.add(self.group[path])
            mirrors = set(stand_in.mirrors)
            if any(
                _relative(c.module, path) is not None and c.after not in mirrors for c in counts
            ):
                failed.add(self.group[path])
        return failed

    def copy(self, counts: list[OpCount]) -> list[OpCount]:
        """``counts`` and each stand-in's: its representative's, renamed, less the additions
        after the representative's boundary nodes (the stand-in's own were traced)."""
        copied = list(counts)
        for path, stand_in in sorted(self.stand_ins.items()):
            representative = stand_in.record.path
            boundary = {seq for seq, _, _ in stand_in.record.consumers}
            for count in counts:
                owner = _relative(count.module, representative)
                if owner is None or count.phase not in (FORWARD, BACKWARD):
                    continue
                if count.phase == BACKWARD and count.after in boundary:
                    continue
                copied.append(dataclasses.replace(count, module=_join(path, owner), after=None))
        return copied


@contextmanager
def _watched(module: nn.Module, names: list[str], read: Callable[[], None]) -> Iterator[None]:
    """``module``'s attributes ``names`` read (and written) through ``read`` while in the
    context: moved from the instance's ``__dict__`` to properties of a subclass made for it
    (same names), so that every access by attribute, from Python or C, passes there."""
    cls = type(module)
    values = {name: module.__dict__.pop(name) for name in names}

    def watched(name: str) -> property:
        def get(_: Any) -> Any:
            read()
            return values[name]

        def set_(_: Any, value: Any) -> None:
            read()
            values[name] = value

        def delete(_: Any) -> None:
            read()
            del values[name]

        return property(get, set_, delete)

    namespace = {n: watched(n) for n in names}
    namespace.update(__module__=cls.__module__, __qualname__=cls.__qualname__)
    try:
        module.__class__ = type(cls)(cls.__name__, (cls,), namespace)
    except TypeError:
        module.__dict__.update(values)
        raise
    try:
        yield
    finally:
        module.__class__ = cls
        module.__dict__.update(values)


def _giving(record: _Record, number: int, positions: list[int]) -> Callable[..., None]:
    """A hook on a boundary node that records the gradients it gives out of the block."""

    def hook(grad_inputs: Any, grad_outputs: Any) -> None:
        record.given[number] = [_grad_meta(grad_inputs[i]) for i in positions]

    return hook


class _Mirror(torch.autograd.Function):
    """One boundary node of a stand-in: takes the arguments the representative's node took
    from outside the block, gives them gradients (new tensors of their sizes: a trace's
    tensors hold no values) in the backward, called without one (``_Core`` gives none)."""

    @staticmethod
    def forward(ctx: Any, stand_in: _StandIn, number: int, *inputs: torch.Tensor) -> Any:
        ctx.set_materialize_grads(False)
        ctx.stand_in, ctx.number = stand_in, number
        ctx.shapes = [(t.shape, t.dtype) for t in inputs]
        return inputs[0].new_empty(0)

    @staticmethod
    def backward(ctx: Any, _: None) -> Any:
        grads = [torch.empty(shape, dtype=dtype) for shape, dtype in ctx.shapes]
        ctx.stand_in.given[ctx.number] = [_grad_meta(g) for g in grads]
        return (None, None, *grads)


class _Core(torch.autograd.Function):
    """A stand-in's outputs, of the representative's sizes, strides and dtypes."""

    @staticmethod
    def forward(ctx: Any, stand_in: _StandIn, *mirrored: torch.Tensor) -> Any:
        ctx.set_materialize_grads(False)
        ctx.stand_in, ctx.count = stand_in, len(mirrored)
        made = []
        for output in stand_in.record.outputs:
            if output[0] == "tensor":
                _, shape, stride, dtype, requires_grad, _ = output
                tensor = torch.empty_strided(shape, stride, dtype=dtype)
                if not requires_grad:
                    ctx.mark_non_differentiable(tensor)
                made.append(tensor)
        return tuple(made) if len(made) != 1 else made[0]

    @staticmethod
    def backward(ctx: Any, *grads: torch.Tensor | None) -> Any:
        ctx.stand_in.received = [_grad_meta(g) for g in grads]
        return (None, *(None for _ in range(ctx.count)))


def _equal(size: Any, expected: Any) -> bool:
    """Whether a size equals an expected one (PyTorch's expressions, built differently)."""
    difference = _expr(size) - expected  # sympy expressions or ints
    return difference == 0 or sympy.expand(difference) == 0


def _relative(owner: str, path: str) -> str | None:
    """``owner`` relative to the block at ``path`` ("" for the block itself), or None."""
    if owner == path:
        return ""
    if owner.startswith(path + "."):
        return owner[len(path) + 1 :]
    return None


def _join(path: str, relative: str) -> str:
    return f"{path}.{relative}" if relative else path
