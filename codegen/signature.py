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
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sympy
import torch
from torch import nn

from .symbolic import SymbolicSession

# nn.Module's own bookkeeping: not part of what a module computes
_BOOKKEEPING = frozenset(vars(nn.Module()))


@dataclass(frozen=True)
class Plan:
    """How to rebuild one fake module in another session, and its signature."""

    module: nn.Module
    tensors: tuple[tuple[nn.Module, str, str, tuple[sympy.Expr, ...], bool], ...]
    attributes: tuple[tuple[nn.Module, str, Any], ...]
    signature: tuple[Any, ...]

    def install(self, target: SymbolicSession) -> None:
        """Replace every parameter and buffer by a fake tensor of ``target`` (inside it)."""
        for owner, kind, name, shape, requires_grad in self.tensors:
            tensor = torch.empty([target.symint(size) for size in shape])
            if kind == "parameter":
                owner._parameters[name] = nn.Parameter(tensor, requires_grad=requires_grad)
            else:
                owner._buffers[name] = tensor

    def set_attributes(self, symbols: dict[str, Any], target: SymbolicSession) -> None:
        """Give the symbolic attributes their values in ``target`` (call inside the trace)."""
        session = _Rebound(target, symbols)
        for owner, name, value in self.attributes:
            setattr(owner, name, _from_sympy(value, session))


class _Rebound:
    """``target.symint`` over the traced function's own symbol inputs."""

    def __init__(self, target: SymbolicSession, symbols: dict[str, Any]) -> None:
        self.target, self.symbols = target, symbols

    def symint(self, expr: sympy.Expr) -> Any:
        saved = self.target.symbols
        self.target.symbols = self.symbols
        try:
            return self.target.symint(expr)
        finally:
            self.target.symbols = saved


def plan(module: nn.Module, session: SymbolicSession) -> Plan:
    """Record ``module`` (built in ``session``) as sympy: tensors, attributes, signature."""
    tensors, attributes, signature = [], [], []
    for path, sub in module.named_modules():
        entry = []
        for key, value in sorted(vars(sub).items()):
            if key in _BOOKKEEPING and key not in ("training",):
                continue
            if _symbolic(value):
                converted = _to_sympy(value, session)
                attributes.append((sub, key, converted))
                entry.append((key, str(converted)))
            else:
                entry.append((key, repr(value)))
        for kind, table in (("parameter", sub._parameters), ("buffer", sub._buffers)):
            for name, tensor in table.items():
                if tensor is None:
                    continue
                sizes = tuple(session.to_sympy(size) for size in tensor.shape)
                tensors.append((sub, kind, name, sizes, tensor.requires_grad))
                entry.append((f"{kind}:{name}", str(sizes), tensor.requires_grad))
        signature.append((path, type(sub).__qualname__, type(sub).__module__, tuple(entry)))
    return Plan(module, tuple(tensors), tuple(attributes), tuple(signature))


def _symbolic(value: Any) -> bool:
    if isinstance(value, torch.SymInt | torch.SymBool | torch.SymFloat):
        return True
    if isinstance(value, list | tuple):
        return any(_symbolic(v) for v in value)
    return False


def _to_sympy(value: Any, session: SymbolicSession) -> Any:
    if isinstance(value, list | tuple):
        return type(value)(_to_sympy(v, session) for v in value)
    return session.to_sympy(value)


def _from_sympy(value: Any, session: _Rebound) -> Any:
    if isinstance(value, list | tuple):
        return type(value)(_from_sympy(v, session) for v in value)
    return session.symint(value)
