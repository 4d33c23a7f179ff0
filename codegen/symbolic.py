"""The adapter to PyTorch's symbolic shapes: the only module that touches its private APIs.

It offers one thing, a ``SymbolicSession``: named symbolic integers (``SymInt``) with sample
values, a context in which ``nn.Module`` construction runs on fake tensors with those symbols
(weight initialisation made inert, ``LayerNorm(SymInt)`` made to work), the guards that the
construction recorded, and conversion of PyTorch's sympy functions (``FloorDiv``, ``PythonMod``,
``Max``, ...) to plain sympy with our own stable symbol names.

Everything version-specific lives here; when PyTorch changes, this is the file to adapt.
"""

from __future__ import annotations

import contextlib
import numbers
import os
import traceback
import types
from collections.abc import Iterator
from typing import Any
from unittest import mock

import sympy
import torch
import torch.utils._sympy.functions as torch_sympy
from torch import nn
from torch._dynamo.source import ConstantSource
from torch._subclasses.fake_tensor import FakeTensorMode
from torch.fx.experimental.symbolic_shapes import DimDynamic, ShapeEnv

from .errors import SpecializationError, UnsupportedExpressionError
from .ir import Guard

_TORCH_DIR = os.path.dirname(torch.__file__)
_SKIPPED_DIRS = (
    _TORCH_DIR,
    os.path.dirname(sympy.__file__),
    os.path.dirname(__file__),
    os.path.dirname(contextlib.__file__),
)


def _format_frame(frame: traceback.FrameSummary) -> str:
    return f"{_relative(frame.filename)}:{frame.lineno} in {frame.name}"


def _relative(path: str) -> str:
    if path.startswith(_TORCH_DIR):  # torch/...: the same on every machine
        return "torch" + path[len(_TORCH_DIR) :]
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel


def user_location(stack: list[traceback.FrameSummary] | None = None) -> str | None:
    """The innermost frame of the given stack (default: here) outside torch, sympy and codegen."""
    for frame in reversed(stack if stack is not None else traceback.extract_stack()):
        if not frame.filename.startswith(_SKIPPED_DIRS) and not frame.filename.startswith("<"):
            return _format_frame(frame)
    return None


class SymbolicSession:
    """Named symbolic integers and the fake-tensor context that builds modules with them.

    ``samples`` maps each symbol name to the value the construction sees at run time (its
    "hint"); branches are decided at those values and recorded as guards. Use as::

        with SymbolicSession({"dim": 64}) as session:
            module = factory(session.symbols["dim"])
            count = session.to_sympy(module.weight.numel())
    """

    def __init__(self, samples: dict[str, int]) -> None:
        self.samples = dict(samples)
        self._env = ShapeEnv(duck_shape=False, specialize_zero_one=False)
        self.symbols: dict[str, torch.SymInt] = {}
        self._plain: dict[sympy.Symbol, sympy.Symbol] = {}
        for name, value in self.samples.items():
            source = ConstantSource(name)
            expr = self._env.create_symbol(value, source=source, dynamic_dim=DimDynamic.DYNAMIC)
            self.symbols[name] = self._env.create_symintnode(expr, hint=value, source=source)
            self._plain[expr] = plain_symbol(name)
        self._stack = contextlib.ExitStack()

    def __enter__(self) -> SymbolicSession:
        stack = self._stack
        # The fake-tensor dispatch cache costs more than it saves on one-off traces (profiled:
        # 0.7 s of a 1.3 s trace); the results are the same without it.
        stack.enter_context(torch._dynamo.config.patch(fake_tensor_cache_enabled=False))
        stack.enter_context(FakeTensorMode(shape_env=self._env))
        for patch in _inert_initialisation():
            stack.enter_context(patch)
        stack.enter_context(_symint_layer_norm())
        for patch in self._conversion_traps():
            stack.enter_context(patch)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()

    def guards(self) -> list[Guard]:
        """Every guard recorded so far, converted to plain sympy, in recording order."""
        result = []
        for guard in self._env.guards:
            floc = guard.sloc.framework_loc
            if isinstance(floc, traceback.FrameSummary):
                location, internal = _format_frame(floc), floc.filename.startswith(_TORCH_DIR)
            else:
                location, internal = str(floc or guard.sloc.maybe_user_loc or "?"), True
            result.append(Guard(self.to_sympy(guard.expr), location, internal))
        return result

    def pinned_symbols(self) -> list[str]:
        """Names of symbols that a guard fixed to a single value (``Eq(dim, 64)`` and the like)."""
        names = []
        for expr, value in self._env.replacements.items():
            if expr in self._plain and value.is_number:
                names.append(self._plain[expr].name)
        return sorted(names)

    def to_sympy(self, value: Any) -> sympy.Basic:
        """An int, SymInt, SymBool or torch-sympy expression as plain sympy over our symbols."""
        if isinstance(value, bool):
            return sympy.true if value else sympy.false
        if isinstance(value, int):
            return sympy.Integer(value)
        if isinstance(value, torch.SymInt | torch.SymBool):
            value = value.node.expr
        if isinstance(value, sympy.Basic):
            return _to_plain(value, self._plain)
        raise TypeError(f"cannot convert {type(value).__name__} to a symbolic expression")

    def symint(self, expr: sympy.Expr) -> Any:
        """A plain-sympy integer expression over this session's names as a SymInt (or int).

        The inverse of ``to_sympy`` for the integer functions it produces: ``floor`` of a
        quotient becomes ``//``, ``Mod`` ``%``, ``Max``/``Min`` ``torch.sym_max``/``sym_min``.
        """
        if isinstance(expr, sympy.Integer):
            return int(expr)
        if isinstance(expr, sympy.Symbol):
            return self.symbols[expr.name]
        if isinstance(expr, sympy.floor):
            num, den = sympy.fraction(sympy.together(expr.args[0]))
            return self.symint(sympy.expand(num)) // self.symint(den)
        if isinstance(expr, sympy.Pow) and expr.args[1].is_Integer and expr.args[1] > 0:
            base = self.symint(expr.args[0])
            result = base
            for _ in range(int(expr.args[1]) - 1):
                result = result * base
            return result
        parts = [self.symint(a) for a in expr.args]
        combine = {
            sympy.Add: lambda a, b: a + b,
            sympy.Mul: lambda a, b: a * b,
            sympy.Mod: lambda a, b: a % b,
            sympy.Max: torch.sym_max,
            sympy.Min: torch.sym_min,
        }.get(type(expr))
        if combine is None or not parts or (isinstance(expr, sympy.Mul) and _has_fraction(expr)):
            raise UnsupportedExpressionError(f"cannot make a symbolic size of {expr}")
        result = parts[0]
        for part in parts[1:]:
            result = combine(result, part)
        return result

    def _conversion_traps(self) -> list[Any]:
        """Patches that turn int()/index()/float() of a symbolic value into an immediate error.

        Such a conversion records a guard pinning the symbol to its sample; failing at the call
        gives the author the exact line instead of a derivation that silently holds at one value.
        """

        def trap(kind: str) -> Any:
            def convert(self: Any, *args: Any) -> Any:
                names = sorted(s.name for s in _to_plain(self.node.expr, {}).free_symbols)
                raise SpecializationError(", ".join(names) or kind, user_location())

            return convert

        return [
            mock.patch.object(torch.SymInt, "__int__", trap("int")),
            mock.patch.object(torch.SymInt, "__index__", trap("index")),
            mock.patch.object(torch.SymFloat, "__float__", trap("float")),
            mock.patch.object(torch.SymFloat, "__int__", trap("int")),
            mock.patch.object(torch.SymFloat, "__trunc__", trap("trunc")),
        ]


def _has_fraction(expr: sympy.Mul) -> bool:
    return any(isinstance(a, sympy.Rational) and not a.is_Integer for a in expr.args)


def plain_symbol(name: str) -> sympy.Symbol:
    """The plain sympy symbol for a variable: a positive integer, named as the user sees it."""
    return sympy.Symbol(name, integer=True, positive=True)


def _inert_initialisation() -> Iterator[Any]:
    """Patches making weight initialisation a no-op while a module is built symbolically.

    ``reset_parameters`` computes ``math.sqrt(fan_in)`` and friends, which would pin the
    symbolic sizes to their samples; the values of weights do not matter for shapes.
    """
    for name in dir(nn.init):
        if name.endswith("_") and not name.startswith("_"):
            yield mock.patch.object(nn.init, name, lambda tensor, *a, **k: tensor)
    for cls in _torch_module_classes():
        for method in ("reset_parameters", "reset_running_stats", "_reset_parameters"):
            if method in vars(cls):
                yield mock.patch.object(cls, method, lambda self, *a, **k: None)


def _torch_module_classes() -> list[type]:
    seen: list[type] = []
    pending = [nn.Module]
    while pending:
        cls = pending.pop()
        for sub in cls.__subclasses__():
            if sub not in seen:
                seen.append(sub)
                pending.append(sub)
    return [c for c in seen if c.__module__.startswith("torch.")]


def _symint_layer_norm() -> Any:
    """Let ``nn.LayerNorm(dim)`` accept a SymInt: it tests ``numbers.Integral`` to wrap it."""
    import torch.nn.modules.normalization as normalization

    shim = types.SimpleNamespace(Integral=(numbers.Integral, torch.SymInt))
    return mock.patch.object(normalization, "numbers", shim)


def _floor_div(a: sympy.Expr, b: sympy.Expr) -> sympy.Expr:
    return sympy.floor(a / b)


def _modular_indexing(base: sympy.Expr, div: sympy.Expr, mod: sympy.Expr) -> sympy.Expr:
    return sympy.Mod(sympy.floor(base / div), mod)


# Torch's sympy functions with an exact integer meaning, and their plain-sympy equivalents.
# Anything else of torch's (float division, rounding, bit shifts, ...) is rejected loudly.
_TORCH_FUNCTIONS: dict[type, Any] = {
    torch_sympy.FloorDiv: _floor_div,
    torch_sympy.CleanDiv: _floor_div,
    torch_sympy.CeilDiv: lambda a, b: sympy.ceiling(a / b),
    torch_sympy.PythonMod: sympy.Mod,
    torch_sympy.Mod: sympy.Mod,
    torch_sympy.ModularIndexing: _modular_indexing,
    torch_sympy.Max: sympy.Max,
    torch_sympy.Min: sympy.Min,
    torch_sympy.PowByNatural: sympy.Pow,
    torch_sympy.CeilToInt: sympy.ceiling,
    torch_sympy.FloorToInt: sympy.floor,
    torch_sympy.Identity: lambda x: x,
}

# Plain sympy classes that may appear in integer size expressions and guards.
_PLAIN_CLASSES = (
    sympy.Symbol,
    sympy.Integer,
    sympy.Rational,
    sympy.Add,
    sympy.Mul,
    sympy.Pow,
    sympy.floor,
    sympy.ceiling,
    sympy.Mod,
    sympy.Max,
    sympy.Min,
    sympy.Eq,
    sympy.Ne,
    sympy.Lt,
    sympy.Le,
    sympy.Gt,
    sympy.Ge,
    sympy.And,
    sympy.Or,
    sympy.Not,
    sympy.logic.boolalg.BooleanTrue,
    sympy.logic.boolalg.BooleanFalse,
)


def _to_plain(expr: sympy.Basic, rename: dict[sympy.Symbol, sympy.Symbol]) -> sympy.Basic:
    if isinstance(expr, sympy.Symbol):
        return rename.get(expr, expr)
    if isinstance(expr, sympy.Number | sympy.logic.boolalg.BooleanAtom):
        if isinstance(expr, sympy.Float):
            raise UnsupportedExpressionError(f"floating-point constant {expr} in a size")
        return expr
    args = [_to_plain(a, rename) for a in expr.args]
    convert = _TORCH_FUNCTIONS.get(type(expr))
    if convert is not None:
        return convert(*args)
    if isinstance(expr, _PLAIN_CLASSES) and type(expr).__module__.startswith("sympy"):
        return expr.func(*args)
    raise UnsupportedExpressionError(
        f"{type(expr).__name__} ({expr}) has no exact integer meaning known to the generator"
    )
