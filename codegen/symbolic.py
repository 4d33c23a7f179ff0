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
import importlib
import importlib.util
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
from .expressions import IntegerWalker
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
    installed = path.rpartition(f"{os.sep}site-packages{os.sep}")[2]
    if installed != path:  # an installed library: transformers/models/...
        return installed
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
        stack.enter_context(_fake_parameter_conversion())
        stack.enter_context(_symint_layer_norm())
        stack.enter_context(_symint_rnn_sizes())
        for patch in _zero_division_checks():
            stack.enter_context(patch)
        for patch in _symbolic_functional_floats():
            stack.enter_context(patch)
        for patch in _symbolic_upsampling():
            stack.enter_context(patch)
        for patch in _symbolic_type_checks():
            stack.enter_context(patch)
        for patch in self._conversion_traps():
            stack.enter_context(patch)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()

    def guards(self) -> list[Guard]:
        """Every guard recorded so far, converted to plain sympy, in recording order."""
        result = []
        for guard in self._env.guards:
            if _float_tautology(guard.expr):
                continue  # true at every size: nothing to record
            floc = guard.sloc.framework_loc
            if isinstance(floc, traceback.FrameSummary):
                location, internal = _format_frame(floc), floc.filename.startswith(_TORCH_DIR)
            else:
                location, internal = str(floc or guard.sloc.maybe_user_loc or "?"), True
            result.append(Guard(self.to_sympy(guard.expr), location, internal))
        return result

    def pinned_symbols(self) -> list[str]:
        """Names of symbols that a guard fixed to a single value (``Eq(dim, 64)`` and the like).

        A size pinned to 1 is not among them: that is PyTorch's broadcasting special case (a
        size-1 dimension broadcasts, any other must match), a region of its own at one point.
        """
        names = []
        for expr, value in self._env.replacements.items():
            if expr in self._plain and value.is_number and value != 1:
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

    def float_form(self, value: torch.SymFloat) -> sympy.Expr:
        """A SymFloat's expression over our symbol names, PyTorch's float functions kept
        (``FloatPow(ToFloat(dim // n_head), -0.5)``); ``symfloat`` rebuilds it elsewhere."""
        return value.node.expr.xreplace(self._plain)

    def symfloat(self, expr: sympy.Expr) -> Any:
        """The inverse of ``float_form``: the same float computed from this session's symbols
        by operations (so a trace records them). Functions without an exact counterpart here
        raise UnsupportedExpressionError."""
        if isinstance(expr, sympy.Symbol):
            return self.symbols[expr.name]
        if isinstance(expr, sympy.Integer):
            return int(expr)
        if isinstance(expr, sympy.Float):
            return float(expr)
        if isinstance(expr, sympy.Rational):
            return int(expr.p) / int(expr.q)
        convert = _FLOAT_FUNCTIONS.get(type(expr))
        if convert is None and type(expr) in _TORCH_FUNCTIONS:
            return self.symint(_to_plain(expr, {}))
        if convert is None:
            raise UnsupportedExpressionError(
                f"the float {expr} uses {type(expr).__name__}, which the generator cannot rebuild"
            )
        return convert(*(self.symfloat(a) for a in expr.args))

    def symint(self, expr: sympy.Expr) -> Any:
        """A plain-sympy integer expression over this session's names as a SymInt (or int).

        The inverse of ``to_sympy`` for the integer functions it produces: ``floor`` of a
        quotient becomes ``//``, ``Mod`` ``%``, ``Max``/``Min`` ``torch.sym_max``/``sym_min``.
        """
        return _SymInts(self.symbols).walk(expr)

    def _conversion_traps(self) -> list[Any]:
        """Patches that turn int()/index()/float() of a symbolic value into an immediate error.

        Such a conversion records a guard pinning the symbol to its sample; failing at the call
        gives the author the exact line instead of a derivation that silently holds at one value.
        """

        plain = self._plain

        def trap(kind: str) -> Any:
            def convert(value: Any, *args: Any) -> Any:
                symbols = value.node.expr.free_symbols
                names = sorted(plain.get(s, s).name for s in symbols)
                raise SpecializationError(", ".join(names) or kind, user_location())

            return convert

        return [
            mock.patch.object(torch.SymInt, "__int__", trap("int")),
            mock.patch.object(torch.SymInt, "__index__", trap("index")),
            mock.patch.object(torch.SymFloat, "__float__", trap("float")),
            mock.patch.object(torch.SymFloat, "__int__", trap("int")),
        ]


class _SymInts(IntegerWalker[Any]):
    """The integer vocabulary as SymInts (or ints) made of a session's symbols."""

    target = "a symbolic size"

    def __init__(self, symbols: dict[str, Any]) -> None:
        self.symbols = symbols

    def symbol(self, name: str) -> Any:
        return self.symbols[name]

    def integer(self, value: int) -> Any:
        return value

    def maximum(self, a: Any, b: Any) -> Any:
        return torch.sym_max(a, b)

    def minimum(self, a: Any, b: Any) -> Any:
        return torch.sym_min(a, b)


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


def _fake_parameter_conversion() -> Any:
    """Let ``module.to(dtype)`` (``.half()``, ``.bfloat16()``) convert fake parameters.

    ``nn.Module._apply`` swaps a FakeTensor parameter with its converted copy
    (``torch.utils.swap_tensors``), which refuses a tensor that something holds a weak
    reference to; torch 2.13's fake mode holds one to parameters whose sizes are concrete
    (here: a size that is 1, such as ``Linear(dim, 3 * dim)`` at dim 1). Where the swap is
    refused, the parameter takes the converted data instead (``param.data = ...``, how
    ``_apply`` converts real parameters): the same parameter object, the new dtype and sizes.
    """
    swap = torch.utils.swap_tensors

    def swap_or_set(t1: torch.Tensor, t2: torch.Tensor) -> None:
        try:
            swap(t1, t2)
        except RuntimeError:
            if not isinstance(t1, torch._subclasses.fake_tensor.FakeTensor):
                raise
            with torch.no_grad():
                t1.data = t2.detach()
            t1.requires_grad_(t2.requires_grad)

    return mock.patch.object(torch.utils, "swap_tensors", swap_or_set)


def _symint_layer_norm() -> Any:
    """Let ``nn.LayerNorm(dim)`` accept a SymInt: it tests ``numbers.Integral`` to wrap it."""
    import torch.nn.modules.normalization as normalization

    shim = types.SimpleNamespace(Integral=(numbers.Integral, torch.SymInt))
    return mock.patch.object(normalization, "numbers", shim)


def _symbolic_functional_floats() -> Iterator[Any]:
    """Let ``torch.nn.functional`` compute float scales from symbolic sizes symbolically.

    ``multi_head_attention_forward`` (``need_weights=True``, MultiheadAttention's default)
    scales by ``math.sqrt(1.0 / float(head_dim))``: Python's ``float()`` and ``math.sqrt`` would
    pin the head dimension to its sample. In that module's namespace, ``float`` of a SymInt is
    ``torch.sym_float`` and ``math.sqrt`` of a symbolic value ``torch._sym_sqrt``: the same
    value, traced. A scale decides no size, so nothing else changes; for the same reason a
    symbolic ``scale`` given to ``scaled_dot_product_attention`` is left to the kernel.
    """
    import builtins
    import math

    import torch.nn.functional as functional

    def float_(value: Any = 0.0) -> Any:
        if type(value) is torch.SymInt:
            return torch.sym_float(value)
        return builtins.float(value)

    def sqrt(value: Any) -> Any:
        if type(value) in (torch.SymInt, torch.SymFloat):
            return torch._sym_sqrt(value)
        return math.sqrt(value)

    sdpa = functional.scaled_dot_product_attention

    def attention(*args: Any, **kwargs: Any) -> Any:
        # a symbolic scale (GPT-2's and Llama's head_dim ** -0.5) would be converted to a
        # concrete float by the kernel's binding, pinning head_dim; the scale is a value, on
        # which neither shapes nor FLOPs depend, so the trace passes the kernel's default
        if len(args) > 6 and type(args[6]) is torch.SymFloat:
            args = (*args[:6], None, *args[7:])
        if type(kwargs.get("scale")) is torch.SymFloat:
            kwargs["scale"] = None
        return sdpa(*args, **kwargs)

    yield mock.patch.object(functional, "scaled_dot_product_attention", attention)
    yield mock.patch.object(functional, "float", float_, create=True)
    yield mock.patch.object(
        functional, "math", types.SimpleNamespace(**{**vars(math), "sqrt": sqrt})
    )


def _zero_division_checks() -> Iterator[Any]:
    """Make ``x / size`` and ``size ** -0.5`` raise ZeroDivisionError where the size is 0, as
    Python does on ints; symbolically they build an expression and raise nothing, so a module
    whose real build divides by a zero head dimension (``head_dim ** -0.5`` with more heads
    than channels) would get formulas where it does not exist. The check is a guard: the
    region where the divisor is 0 becomes a rejection, confirmed on the real build."""

    def checked(original: Any, divisor_of: Any) -> Any:
        def operation(self: Any, other: Any) -> Any:
            divisor = divisor_of(self, other)
            if divisor is not None and divisor == 0:
                raise ZeroDivisionError("division by a size that is zero")
            return original(self, other)

        return operation

    # only integer divisors: a size, whose guard is exact; a float divisor computed from sizes
    # (PyTorch's own normalisations divide by them) would be a guard with no exact meaning
    def denominator(self: Any, other: Any) -> Any:
        return other if type(other) is torch.SymInt else None

    def numerator(self: Any, other: Any) -> Any:
        return self

    def negative_power(self: Any, other: Any) -> Any:
        negative = isinstance(other, int | float) and other < 0
        return self if negative else None

    for cls in (torch.SymInt, torch.SymFloat):
        yield mock.patch.object(cls, "__truediv__", checked(cls.__truediv__, denominator))
    yield mock.patch.object(
        torch.SymInt, "__rtruediv__", checked(torch.SymInt.__rtruediv__, numerator)
    )
    yield mock.patch.object(torch.SymInt, "__pow__", checked(torch.SymInt.__pow__, negative_power))


def _symint_rnn_sizes() -> Any:
    """Let ``nn.LSTM(dim, ...)`` (and GRU, RNN) accept a SymInt: they check
    ``isinstance(hidden_size, int)``. The patch is that module's own ``isinstance``."""
    import builtins

    import torch.nn.modules.rnn as rnn

    def isinstance_(value: Any, kinds: Any) -> bool:
        if kinds is int and type(value) is torch.SymInt:
            return True
        return builtins.isinstance(value, kinds)

    return mock.patch.object(rnn, "isinstance", isinstance_, create=True)


# interpolate's kernels (torch._C._nn), called (input, output_size, [align_corners,] factors)
_UPSAMPLING = (
    "upsample_nearest1d",
    "upsample_nearest2d",
    "upsample_nearest3d",
    "_upsample_nearest_exact1d",
    "_upsample_nearest_exact2d",
    "_upsample_nearest_exact3d",
    "upsample_linear1d",
    "upsample_bilinear2d",
    "upsample_bicubic2d",
    "upsample_trilinear3d",
)


def _symbolic_upsampling() -> Iterator[Any]:
    """Let ``F.interpolate(x, scale_factor=2)`` (``nn.Upsample``) run on symbolic sizes.

    Its C++ entry point (the ``.vec`` overload) reads the input's sizes as concrete numbers to
    compute the output size ``floor(size * scale)``. The patch computes the same output size
    symbolically and calls the kernel (the ``.default`` overload, which the C++ entry point
    calls too, with the same scales), so the traced ops are those a real run dispatches.
    """
    import torch._C._nn as kernels

    for name in _UPSAMPLING:
        entry = getattr(kernels, name, None)
        overload = getattr(getattr(torch.ops.aten, name, None), "default", None)
        if entry is None or overload is None:
            continue

        def call(
            input: Any, output_size: Any, *rest: Any, _entry: Any = entry, _op: Any = overload
        ) -> Any:
            if len(rest) not in (1, 2) or isinstance(rest[-1], bool):
                return _entry(input, output_size, *rest)  # not the .vec call interpolate makes
            *align, factors = rest
            spatial = input.dim() - 2
            if output_size is None:
                output_size = [
                    torch.sym_int(input.size(i + 2) * factors[i]) for i in range(spatial)
                ]
            scales = list(factors) if factors is not None else [None] * spatial
            return _op(input, list(output_size), *align, *scales)

        yield mock.patch.object(kernels, name, call)


# A symbolic value stands for a value of this Python type wherever a library checks types.
_STANDS_FOR = {torch.SymInt: int, torch.SymFloat: float, torch.SymBool: bool}


def _symbolic_type_checks() -> Iterator[Any]:
    """Let libraries' strict type checks accept a symbolic value where its type is expected.

    HuggingFace configs (``transformers`` 5) are strict dataclasses: ``GPT2Config(n_embd=dim)``
    checks ``isinstance(dim, int)``, which a SymInt fails though it is an int for every purpose
    of the module built from it. Only installed libraries are patched.
    """
    if importlib.util.find_spec("huggingface_hub") is None:
        return
    hub = importlib.import_module("huggingface_hub.dataclasses")
    original = getattr(hub, "_validate_simple_type", None)
    if original is None:
        return

    def validate(name: str, value: Any, expected_type: type) -> None:
        if _STANDS_FOR.get(type(value)) is expected_type:
            return
        original(name, value, expected_type)

    yield mock.patch.object(hub, "_validate_simple_type", validate)


def _exact_float(value: sympy.Float) -> sympy.Rational:
    """A float constant in a size (``interpolate(scale_factor=2.0)``) as the exact fraction it
    is, where float arithmetic with it is exact: a binary fraction with a short numerator, so
    that its product with any size up to 2**22 needs no rounding (2.0, 0.5, 1.25). Other floats
    (0.1, 1/3) round, and a size computed from them is refused."""
    exact = sympy.Rational(float(value))
    q = int(exact.q)
    if q & (q - 1) == 0 and abs(int(exact.p)) < 2**30:
        return exact
    raise UnsupportedExpressionError(
        f"floating-point constant {float(value)!r} in a size: float arithmetic with it rounds"
    )


def _float_tautology(expr: sympy.Basic) -> bool:
    """A check on a float computed from sizes that holds for every size: ``scale >= 0`` where
    ``scale = 1 / sqrt(head_dim)`` (SDPA's math path checks it). Floats have no exact integer
    meaning, but such a guard needs none: it is true everywhere, so it decides nothing."""
    if not isinstance(expr, sympy.Ge) or not expr.has(torch_sympy.ToFloat):
        return False
    lhs, rhs = expr.args
    return rhs.is_number and float(rhs) == 0.0 and _surely_nonnegative(lhs)


def _surely_nonnegative(expr: sympy.Basic) -> bool:
    """Whether a float expression over sizes (non-negative integers) is >= 0 or +inf for every
    size: never negative and never NaN. Only the forms that are plainly so."""
    if isinstance(expr, sympy.Number):
        return bool(expr >= 0)
    if isinstance(expr, torch_sympy.ToFloat):
        try:
            return bool(_to_plain(expr.args[0], {}).is_nonnegative)
        except UnsupportedExpressionError:
            return False
    if isinstance(expr, torch_sympy.FloatPow):  # x**y with x >= 0: >= 0, or +inf at 0
        return _surely_nonnegative(expr.args[0])
    if isinstance(expr, torch_sympy.FloatTrueDiv):  # c / x with c > 0, x >= 0: > 0 or +inf
        numerator, denominator = expr.args
        return (
            isinstance(numerator, sympy.Number)
            and bool(numerator > 0)
            and _surely_nonnegative(denominator)
        )
    return False


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
    torch_sympy.TruncToInt: sympy.floor,  # of a size: non-negative
    torch_sympy.ToFloat: lambda x: x,  # exact for every size below 2**53
    torch_sympy.FloatTrueDiv: lambda a, b: a / b,
    torch_sympy.Identity: lambda x: x,
}


def _fold(combine: Any) -> Any:
    def fold(*values: Any) -> Any:
        result = values[0]
        for value in values[1:]:
            result = combine(result, value)
        return result

    return fold


# PyTorch's float functions (and plain sympy arithmetic) as operations on symbolic values.
_FLOAT_FUNCTIONS: dict[type, Any] = {
    torch_sympy.ToFloat: torch.sym_float,
    torch_sympy.FloatTrueDiv: lambda a, b: a / b,
    torch_sympy.IntTrueDiv: lambda a, b: a / b,
    torch_sympy.FloatPow: lambda a, b: a**b,
    torch_sympy.PowByNatural: lambda a, b: a**b,
    torch_sympy.OpaqueUnaryFn_sqrt: torch._sym_sqrt,
    sympy.Pow: lambda a, b: a**b,
    sympy.Add: _fold(lambda a, b: a + b),
    sympy.Mul: _fold(lambda a, b: a * b),
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
            return _exact_float(expr)
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
