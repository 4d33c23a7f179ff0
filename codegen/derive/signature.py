"""Carry a symbolically built module into a fresh session, and name what makes it unique.

A FLOP trace depends on the module (its types, attributes and parameter shapes) and on the
input shape, nothing else. Modules built at different points of one construction region, or of
regions that differ only in guards, are the same module as far as a trace can tell, so one trace
serves them all: ``signature`` is the key that says when.

The trace must not run in the session that built the module: that session's facts (``dim % 32
== 0`` in one region) would let PyTorch skip checks a different region needs, and the guards
would be incomplete. ``Plan.install`` rebuilds the module in a fresh session instead: every
parameter and buffer becomes a new fake tensor whose sizes are the derived expressions, made of
the fresh session's symbols; every symbolic attribute (a head count) is set again, inside the
trace. Any check the construction facts used to decide is then recorded as a trace guard.

A module may keep symbols anywhere: a head count, a symbolic bool (``MultiheadAttention``'s
``_qkv_same_embed_dim``), a tuple of sizes, a config object or dataclass (HuggingFace blocks keep
their config), a dict. ``plan`` walks all of it; nothing that holds a symbol is ever ``repr()``ed
(a config's ``repr`` serialises it to JSON, which a SymInt is not).
"""

from __future__ import annotations

import dataclasses
import types
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sympy
import torch
from torch import nn

from blueprints.inputs import make_input

from ..computed_sizes import ComputedSize
from ..expressions import COMPARE
from .symbolic import SymbolicSession

# nn.Module's own bookkeeping: not part of what a module computes
_BOOKKEEPING = frozenset(vars(nn.Module()))
# plain values: described by their repr
_PLAIN = (int, float, str, bytes, bool, type(None), complex, torch.dtype, torch.device)


@dataclass(frozen=True)
class TensorSlot:
    """A parameter, buffer or plain tensor attribute of a module, with symbolic sizes."""

    owner: Any
    kind: str  # "parameter", "buffer" or "attribute"
    name: str
    shape: tuple[sympy.Expr, ...]
    dtype: torch.dtype
    requires_grad: bool
    # the slot of the first place holding the same tensor (tied weights: a language model's
    # head sharing its embedding's), rebuilt as one tensor; None for the first place itself
    tied_to: int | None = None


@dataclass(frozen=True)
class SymbolSlot:
    """A place holding a symbolic value: ``holder.key`` (``access`` "attr") or
    ``holder[key]`` ("item"); ``value`` is its sympy form (tuples and lists kept)."""

    holder: Any
    access: str
    key: Any
    value: Any


@dataclass(frozen=True)
class Plan:
    """How to rebuild one fake module in another session, and its signature."""

    module: nn.Module
    tensors: tuple[TensorSlot, ...]
    attributes: tuple[SymbolSlot, ...]
    signature: tuple[Any, ...]
    # (member, representative): blocks of one container alike in all a trace can see, each
    # with the container's first such block (``composition``)
    repeats: tuple[tuple[str, str], ...] = ()
    # (representative, module path in the block, attribute): the integer attributes in which
    # the blocks of a repetition differ (a ``layer_idx``), stood in for only where unread
    indexes: tuple[tuple[str, str, str], ...] = ()

    def install(self, target: SymbolicSession) -> None:
        """Replace every parameter, buffer and tensor attribute by a fake tensor of ``target``
        (call inside it)."""
        made: list[torch.Tensor] = []
        sizes: dict[sympy.Expr, Any] = {}  # a size's SymInt, made once (blocks repeat sizes)
        for slot in self.tensors:
            if slot.tied_to is not None:
                tensor = made[slot.tied_to]
            else:
                shape = []
                for size in slot.shape:
                    if size not in sizes:
                        sizes[size] = target.symint(size)
                    shape.append(sizes[size])
                tensor = torch.empty(shape, dtype=slot.dtype)
                if slot.kind == "parameter":
                    tensor = nn.Parameter(tensor, requires_grad=slot.requires_grad)
            made.append(tensor)
            if slot.kind == "parameter":
                slot.owner._parameters[slot.name] = tensor
            elif slot.kind == "buffer":
                slot.owner._buffers[slot.name] = tensor
            else:
                object.__setattr__(slot.owner, slot.name, tensor)

    def computed_sizes(self) -> list[sympy.Basic]:
        """The sizes computed through floats (``computed_sizes``) in tensor shapes and
        attributes, in order of appearance."""
        found: dict[sympy.Basic, None] = {}

        def collect(value: Any) -> None:
            if isinstance(value, list | tuple):
                for item in value:
                    collect(item)
            elif isinstance(value, FloatForm):
                collect(value.expr)
            elif isinstance(value, sympy.Basic):
                found.update(dict.fromkeys(sorted(value.atoms(ComputedSize), key=str)))

        for slot in self.tensors:
            collect(slot.shape)
        for attribute in self.attributes:
            collect(attribute.value)
        return list(found)

    def prepare(
        self, target: SymbolicSession, layout: Sequence[str], tokens: int | None
    ) -> tuple[dict[str, Any], torch.Tensor]:
        """Install the module in ``target`` (call inside it) and make the fake input of a step:
        its shape the ``layout``'s symbols, token ids below ``tokens`` where given. Returns
        the symbols (the session's and its computed sizes') and the input, which requires
        grad as an earlier layer's output does (``blueprints/inputs.py``)."""
        self.install(target)
        for size in self.computed_sizes():
            target.computed_symint(size)
        symbols = {**target.symbols, **target.computed_symbols()}
        return symbols, make_input(self.module, [symbols[n] for n in layout], tokens, fake=True)

    def set_attributes(self, symbols: dict[str, Any], target: SymbolicSession) -> None:
        """Give the symbolic attributes their values in ``target`` (call inside the trace)."""
        session = _Rebound(target, symbols)
        for slot in self.attributes:
            value = _from_sympy(slot.value, session)
            if slot.access == "attr":
                object.__setattr__(slot.holder, slot.key, value)  # no validation, no hooks
            else:
                slot.holder[slot.key] = value


class _Rebound:
    """``target.symint`` over the traced function's own symbol inputs."""

    def __init__(self, target: SymbolicSession, symbols: dict[str, Any]) -> None:
        self.target, self.symbols = target, symbols

    def symint(self, expr: sympy.Expr) -> Any:
        return self._rebound(self.target.symint, expr)

    def symfloat(self, expr: sympy.Expr) -> Any:
        return self._rebound(self.target.symfloat, expr)

    def _rebound(self, convert: Any, expr: sympy.Expr) -> Any:
        saved = self.target.symbols
        self.target.symbols = self.symbols
        try:
            return convert(expr)
        finally:
            self.target.symbols = saved


def plan(module: nn.Module, session: SymbolicSession) -> Plan:
    """Record ``module`` (built in ``session``) as sympy: tensors, attributes, signature."""
    walk = _Walk(session)
    signature = [(path, *_entry(walk, sub)) for path, sub in module.named_modules()]
    pairs, indexes = repeats(module, session)
    return Plan(
        module,
        tuple(walk.tensors),
        tuple(walk.symbols),
        tuple(signature),
        pairs,
        indexes,
    )


def _entry(
    walk: _Walk, sub: nn.Module, integers: list[tuple[str, int]] | None = None
) -> tuple[Any, ...]:
    """What a trace can see of one module (not of its submodules): its type, attributes,
    parameters and buffers. With ``integers``, its plain integer attributes are left out of
    the description and listed there instead (name, value)."""
    entry = []
    for key, value in sorted(vars(sub).items()):
        if key in _BOOKKEEPING and key != "training":
            continue
        if integers is not None and type(value) is int:
            integers.append((key, value))
            entry.append((key, "int"))
        elif isinstance(value, torch.Tensor):
            entry.append((key, walk.tensor(sub, "attribute", key, value)))
        else:
            entry.append((key, walk.describe(value, sub, "attr", key)))
    for kind, table in (("parameter", sub._parameters), ("buffer", sub._buffers)):
        for name, tensor in table.items():
            if tensor is not None:
                entry.append((f"{kind}:{name}", walk.tensor(sub, kind, name, tensor)))
    return (type(sub).__qualname__, type(sub).__module__, tuple(entry))


# containers whose blocks can repeat
_CONTAINERS = (nn.Sequential, nn.ModuleList)
# the hooks of a module: a block with any is never a repetition of another
_HOOKS = (
    "_forward_hooks",
    "_forward_pre_hooks",
    "_backward_hooks",
    "_backward_pre_hooks",
    "_state_dict_hooks",
)


def repeats(
    module: nn.Module, session: SymbolicSession
) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str, str], ...]]:
    """(member, representative) for every block (not a leaf module) of a ``Sequential`` or
    ``ModuleList`` alike in all a trace can see (types, attributes, parameter and buffer
    shapes, each described afresh, so that a shared config reads the same in every block) to
    an earlier block of the same container, the representative being the first of them. A
    block that shares a tensor with anything outside it (tied weights), appears twice, or has
    hooks is no repetition.

    Blocks may differ in plain integer attributes (Hugging Face's ``layer_idx``, which
    indexes a cache a training step does not keep): second, those attributes, as
    (representative, module path in the block, name). A stand-in is exact only where the
    block's forward never reads them, which ``composition`` watches."""
    occurrences: dict[int, int] = {}
    for _, sub in module.named_modules(remove_duplicate=False):
        occurrences[id(sub)] = occurrences.get(id(sub), 0) + 1
    tensors: dict[int, int] = {}
    for _, tensor in [
        *module.named_parameters(remove_duplicate=False),
        *module.named_buffers(remove_duplicate=False),
    ]:
        tensors[id(tensor)] = tensors.get(id(tensor), 0) + 1
    found: list[tuple[str, str]] = []
    differing: dict[str, set[tuple[str, str]]] = {}
    for path, container in module.named_modules():
        if not isinstance(container, _CONTAINERS):
            continue
        first: dict[Any, tuple[str, list[tuple[str, str, int]]]] = {}
        for name, block in container.named_children():
            # a leaf (one ReLU of several) costs a few ops: its stand-in would cost as much
            if not any(True for _ in block.children()):
                continue
            if not _self_contained(block, occurrences, tensors):
                continue
            walk = _Walk(session)
            parts, integers = [], []
            for p, sub in block.named_modules():
                found_here: list[tuple[str, int]] = []
                parts.append((p, *_entry(walk, sub, found_here)))
                integers += [(p, key, value) for key, value in found_here]
            key = tuple(parts)
            member = f"{path}.{name}" if path else name
            if key in first:
                representative, theirs = first[key]
                found.append((member, representative))
                differing.setdefault(representative, set()).update(
                    (p, k) for (p, k, v), (_, _, w) in zip(integers, theirs, strict=True) if v != w
                )
            else:
                first[key] = (member, integers)
    # the outermost repetitions only: a block inside a repeated one runs with it or not at all
    blocks = {path for pair in found for path in pair}
    pairs = tuple(
        pair
        for pair in found
        if not any(_inside(path, other) for path in pair for other in blocks if other != path)
    )
    kept = {representative for _, representative in pairs}
    indexes = tuple(
        (representative, p, k)
        for representative in sorted(kept)
        for p, k in sorted(differing.get(representative, ()))
    )
    return pairs, indexes


def _inside(path: str, other: str) -> bool:
    return path.startswith(other + ".")


def _self_contained(block: nn.Module, occurrences: dict[int, int], tensors: dict[int, int]) -> bool:
    """Whether ``block`` and its submodules appear once in the module, have no hooks, and
    share no parameter or buffer with anything outside the block."""
    subs = list(block.named_modules(remove_duplicate=False))
    for _, sub in subs:
        if occurrences[id(sub)] != 1 or any(getattr(sub, hook, None) for hook in _HOOKS):
            return False
    inside: dict[int, int] = {}
    for _, tensor in [
        *block.named_parameters(remove_duplicate=False),
        *block.named_buffers(remove_duplicate=False),
    ]:
        inside[id(tensor)] = inside.get(id(tensor), 0) + 1
    return all(tensors[i] == n for i, n in inside.items())


class _Walk:
    """Describes module state for the signature and collects the places that hold symbols."""

    def __init__(self, session: SymbolicSession) -> None:
        self.session = session
        self.tensors: list[TensorSlot] = []
        self.symbols: list[SymbolSlot] = []
        self._seen: dict[int, str] = {}
        self._slots: dict[int, int] = {}  # id of a tensor -> its first slot

    def tensor(self, owner: Any, kind: str, name: str, tensor: torch.Tensor) -> tuple[Any, ...]:
        shape = tuple(self.session.to_sympy(size) for size in tensor.shape)
        tied_to = self._slots.setdefault(id(tensor), len(self.tensors))
        tied = tied_to if tied_to != len(self.tensors) else None
        slot = TensorSlot(owner, kind, name, shape, tensor.dtype, tensor.requires_grad, tied)
        self.tensors.append(slot)
        return (str(shape), str(tensor.dtype), tensor.requires_grad, tied)

    def describe(self, value: Any, holder: Any, access: str, key: Any) -> Any:
        """A hashable description of ``value``; records every symbol it holds."""
        if _holds_symbol(value) and (_symbolic(value) or isinstance(value, tuple)):
            converted = _to_sympy(value, self.session)
            self.symbols.append(SymbolSlot(holder, access, key, converted))
            return ("symbolic", str(converted))
        if isinstance(value, (*_PLAIN, type)):
            return repr(value)
        if isinstance(value, nn.Module | torch.Tensor):
            return ("object", type(value).__qualname__)  # counted where it is registered
        if isinstance(value, types.ModuleType):
            return ("module", value.__name__)
        if isinstance(value, types.FunctionType | types.MethodType) or (
            callable(value) and not hasattr(value, "__dict__")
        ):
            return ("function", _safe_repr(value))
        if id(value) in self._seen:  # shared or cyclic: described once
            return ("seen", self._seen[id(value)])
        self._seen[id(value)] = f"{type(value).__qualname__}#{len(self._seen)}"
        if isinstance(value, dict):
            return (
                "dict",
                tuple((repr(k), self.describe(v, value, "item", k)) for k, v in value.items()),
            )
        if isinstance(value, list):
            return ("list", tuple(self.describe(v, value, "item", i) for i, v in enumerate(value)))
        if isinstance(value, tuple | set | frozenset):  # symbol-free here
            return (type(value).__name__, tuple(sorted(map(_safe_repr, value))))
        state = _state(value)
        if state is None:
            return ("object", type(value).__qualname__, _safe_repr(value))
        return (
            "object",
            type(value).__module__,
            type(value).__qualname__,
            tuple((k, self.describe(v, value, "attr", k)) for k, v in sorted(state.items())),
        )


def _state(value: Any) -> dict[str, Any] | None:
    """The attributes of a plain object or dataclass instance, if it has any to walk."""
    if dataclasses.is_dataclass(value) and not hasattr(value, "__dict__"):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    state = getattr(value, "__dict__", None)
    return dict(state) if isinstance(state, dict) else None


def _safe_repr(value: Any) -> str:
    try:
        return repr(value)
    except Exception:  # a repr that cannot run here (it serialises, or needs real data)
        return f"<{type(value).__qualname__}>"


def _symbolic(value: Any) -> bool:
    return isinstance(value, torch.SymInt | torch.SymBool | torch.SymFloat)


def _holds_symbol(value: Any, depth: int = 0) -> bool:
    """Whether ``value`` is symbolic, or a list or tuple with a symbol inside."""
    if _symbolic(value):
        return True
    if isinstance(value, list | tuple) and depth < 8:
        return any(_holds_symbol(v, depth + 1) for v in value)
    return False


@dataclass(frozen=True)
class FloatForm:
    """A symbolic float attribute (an attention scale ``head_dim ** -0.5``), rebuilt in the
    trace from the symbols by the same operations (``SymbolicSession.symfloat``)."""

    expr: sympy.Expr


def _to_sympy(value: Any, session: SymbolicSession) -> Any:
    if isinstance(value, list | tuple):
        return type(value)(_to_sympy(v, session) for v in value)
    if isinstance(value, torch.SymFloat):
        return FloatForm(session.float_form(value))
    if _symbolic(value):
        return session.to_sympy(value)
    return value  # a plain element of a tuple of sizes


def _from_sympy(value: Any, session: _Rebound) -> Any:
    if isinstance(value, list | tuple):
        return type(value)(_from_sympy(v, session) for v in value)
    if isinstance(value, FloatForm):
        return session.symfloat(value.expr)
    if isinstance(value, sympy.logic.boolalg.BooleanAtom):
        return bool(value)
    if isinstance(value, sympy.Rel | sympy.And | sympy.Or | sympy.Not):
        return _symbolic_bool(value, session)
    if isinstance(value, sympy.Basic):
        return session.symint(value)
    return value


def _symbolic_bool(value: sympy.Basic, session: _Rebound) -> Any:
    """A SymBool for a sympy relation or connective over the session's symbols."""
    if isinstance(value, sympy.Not):
        return torch.sym_not(_symbolic_bool(value.args[0], session))
    if isinstance(value, sympy.And | sympy.Or):
        parts = [_symbolic_bool(a, session) for a in value.args]
        result = parts[0]
        for part in parts[1:]:
            result = (result & part) if isinstance(value, sympy.And) else (result | part)
        return result
    lhs, rhs = (session.symint(side) for side in value.args)
    return COMPARE[type(value)](lhs, rhs)
