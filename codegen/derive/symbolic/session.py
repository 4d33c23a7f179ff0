"""The symbolic session: named symbolic sizes, the fake-tensor context a blueprint is built and
traced in, the guards it records, and their conversion to plain sympy.

``SymbolicSession`` is the one thing the rest of the generator uses: named symbolic integers
(``SymInt``) with sample values, a context in which ``nn.Module`` construction and a training
step run on fake tensors with those symbols (with the patches of ``compat`` and ``floats``), the
guards recorded, and conversions between PyTorch's symbolic values and plain sympy.
"""

from __future__ import annotations

import contextlib
import dis
import functools
import inspect
import os
import sys
import traceback
import types
from collections.abc import Callable
from typing import Any
from unittest import mock

import sympy
import torch
from torch._dynamo.source import ConstantSource
from torch.fx.experimental import proxy_tensor, symbolic_shapes
from torch.fx.experimental.symbolic_shapes import DimDynamic, ShapeEnv
from torch.utils._sympy.numbers import int_oo
from torch.utils._sympy.value_ranges import ValueRanges
from torch.utils._thunk import Thunk

from ... import computed_sizes, float_sizes, integer_forms
from ...errors import SpecializationError, UnsupportedExpressionError
from ...expressions import COMPARE, IntegerWalker
from ...float_sizes import FloatSizeError, FloatTree
from ...ir import Guard
from ..explore.box import Box
from . import compat, floats, kernels
from .float_arguments import float_sign_condition
from .floats import FloatConversionError
from .plain import FLOAT_FUNCTIONS, TORCH_FUNCTIONS, to_plain

_TORCH_DIR = os.path.dirname(torch.__file__)
_CODEGEN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))
_SKIPPED_DIRS = (
    _TORCH_DIR,
    os.path.dirname(sympy.__file__),
    _CODEGEN_DIR,
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


def _user_frame() -> types.FrameType | None:
    """The frame a guard is attributed to: PyTorch's choice (the innermost frame outside its
    guard machinery), except that a guard recorded by this generator's own code (a float's
    sign checked before it is passed to a kernel, a divisor checked for zero) is attributed to
    the library or blueprint line that called into it."""
    uninteresting = symbolic_shapes.uninteresting_files()
    frame = inspect.currentframe()
    frame = frame.f_back if frame is not None else None  # from ShapeEnv's caller, as PyTorch
    while frame is not None and frame.f_code.co_filename in uninteresting:
        frame = frame.f_back
    if frame is not None and frame.f_code.co_filename.startswith(_CODEGEN_DIR):
        while frame is not None and frame.f_code.co_filename.startswith((*_SKIPPED_DIRS, "<")):
            frame = frame.f_back
    return frame


class SymbolicSession:
    """Named symbolic integers and the fake-tensor context that builds modules with them.

    ``samples`` maps each symbol name to the value the construction sees at run time (its
    "hint"); branches are decided at those values and recorded as guards. Use as::

        with SymbolicSession({"dim": 64}) as session:
            module = factory(session.symbols["dim"])
            count = session.to_sympy(module.weight.numel())
    """

    def __init__(self, samples: dict[str, int], domain: Box | None = None) -> None:
        self.samples = dict(samples)
        # the box a float computed from sizes is proven on (float_sizes.py): without one, a
        # conversion of such a float to an int stays what PyTorch makes of it
        self.domain = domain
        self._floats: dict[int, tuple[torch.SymFloat, FloatTree]] = {}
        self._env = ShapeEnv(duck_shape=False, specialize_zero_one=False)
        self._env._get_user_frame = _user_frame  # type: ignore[method-assign]
        self.symbols: dict[str, torch.SymInt] = {}
        # PyTorch's symbols -> ours: a variable's symbol, or a computed size (computed_sizes)
        self._plain: dict[sympy.Symbol, sympy.Basic] = {}
        self._computed: dict[sympy.Basic, torch.SymInt] = {}
        self._computed_names: dict[sympy.Basic, str] = {}
        # storage key -> its bytes where a CPU kernel's storage is not its output's size
        # (``kernels.SessionFunctions``: ``F.fold``); the count of saved tensors reads it
        self.storage_bytes: dict[int, Any] = {}
        # the torch functions the session computes by ops of its own (``replaced``: which ran)
        self.functions = kernels.SessionFunctions(self.storage_bytes)
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
        stack.enter_context(kernels.PythonMetaFakeTensorMode(shape_env=self._env))
        for patch in compat.library_patches():
            stack.enter_context(patch)
        for patch in self._conversion_traps():
            stack.enter_context(patch)
        for patch in floats.tracking(self):  # after the others: it wraps what they patched
            stack.enter_context(patch)
        stack.enter_context(self.functions)
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
            condition = float_sign_condition(guard.expr, self._plain)
            if condition is None:
                try:
                    condition = self.to_sympy(guard.expr)
                except UnsupportedExpressionError as exc:
                    raise UnsupportedExpressionError(
                        f"{exc}, in a guard recorded at {location}"
                    ) from exc
            if condition is sympy.true:
                continue  # true at every size: nothing to record
            result.append(Guard(condition, location, internal))
        return result

    def deferred_conditions(self) -> bool:
        """Whether PyTorch deferred a condition to run time instead of guarding on it (sizes
        from tensor values: ``.item()``, ``nonzero``): conditions ``guards`` does not list."""
        return any(self._env.deferred_runtime_asserts.values())

    def pinned_symbols(self) -> list[str]:
        """Names of symbols that a guard fixed to a single value (``Eq(dim, 64)`` and the like).

        A size pinned to 1 is not among them: that is PyTorch's broadcasting special case (a
        size-1 dimension broadcasts, any other must match), a region of its own at one point.
        """
        names = []
        for expr, value in self._env.replacements.items():
            ours = self._plain.get(expr)
            if isinstance(ours, sympy.Symbol) and value.is_number and value != 1:
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
            return to_plain(value, self._plain)
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
        convert = FLOAT_FUNCTIONS.get(type(expr))
        if convert is None and type(expr) in TORCH_FUNCTIONS:
            return self.symint(to_plain(expr, {}))
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
        return _SymInts(self.symbols, self._symint_of_computed).walk(expr)

    def _symint_of_computed(self, size: sympy.Basic) -> Any:
        # inside a trace, ``symbols`` are its inputs: a computed size among them is that input
        symint = self.computed_symint(size)
        return self.symbols.get(self._computed_name(size), symint)

    def _conversion_traps(self) -> list[Any]:
        """Patches that turn int()/index()/float() of a symbolic value into an immediate error.

        Such a conversion records a guard pinning the symbol to its sample; failing at the call
        gives the author the exact line instead of a derivation that silently holds at one value.
        """

        plain = self._plain

        def trap(kind: str) -> Any:
            def convert(value: Any, *args: Any) -> Any:
                if (
                    kind != "float"
                    and value.node.hint is not None
                    and _formatting(sys._getframe(1))
                ):
                    return int(value.node.hint)  # "%d" % dim in a message: no size depends on it
                symbols = value.node.expr.free_symbols
                names = sorted(str(plain.get(s, s)) for s in symbols)
                raise SpecializationError(", ".join(names) or kind, user_location())

            return convert

        return [
            mock.patch.object(torch.SymInt, "__int__", trap("int")),
            mock.patch.object(torch.SymInt, "__index__", trap("index")),
            mock.patch.object(torch.SymFloat, "__float__", trap("float")),
            mock.patch.object(torch.SymFloat, "__int__", trap("int")),
        ]

    # --- sizes computed through floats (float_sizes.py) ---------------------------------
    def float_tree(self, value: Any) -> FloatTree | None:
        """How ``value`` (a number, a SymInt, a SymFloat this session saw computed) was
        computed from the sizes, as Python computes it; None where that is not known."""
        if type(value) is bool:
            return float_sizes.integer(sympy.Integer(int(value)))
        if type(value) is int:
            return float_sizes.integer(sympy.Integer(value))
        if type(value) is float:
            return float_sizes.constant(value)
        if type(value) is torch.SymInt:
            try:
                return float_sizes.integer(self.to_sympy(value))
            except UnsupportedExpressionError:
                return None
        if type(value) is torch.SymFloat:
            known = self._floats.get(id(value))
            return None if known is None else known[1]
        return None

    def _remember(self, result: Any, tree: FloatTree | None) -> Any:
        if type(result) is torch.SymFloat and tree is not None:
            self._floats[id(result)] = (result, tree)  # kept alive: its id stays its own
        return result

    def to_integer(self, kind: str, value: Any) -> Any:
        """``kind`` (trunc, floor, ceil, round) of a float computed from sizes, as a SymInt
        made of the integer expression it equals on the whole domain."""
        tree = self.float_tree(value)
        if tree is None or self.domain is None:
            return None
        if not floats.FACTORY_RUNNING.get():
            # in a training step nothing guards a float's divisor (a factory's are checked
            # for zero: compat), so a float Python cannot compute somewhere is refused
            where = float_sizes.undefined_point(tree, self.domain)
            if where is not None:
                raise FloatConversionError(
                    f"Python cannot compute {tree} at {where} (a zero divisor or a math domain "
                    "error), where the real step raises",
                    user_location(),
                )
        if not float_sizes.free_names(tree):  # of sizes pinned here (a 1): a number
            return computed_sizes.convert(kind, float_sizes.value_at(tree, self.samples))
        try:
            form = integer_forms.integer_form(kind, tree, self.domain)
        except FloatSizeError as exc:
            return _traced(self._computed_size(kind, tree, str(exc)), value, kind)
        return self.symint(form)

    def _computed_size(self, kind: str, tree: FloatTree, why: str) -> Any:
        """``kind(tree)`` where no integer expression equals it: a symbol of its own, which
        the formulas read as the computed size (``computed_sizes``), the factory's own
        expression; refused where the float is not defined on the whole domain or the size
        can be negative (not a size)."""
        try:
            low = computed_sizes.least(kind, tree, self.domain)
        except FloatSizeError as exc:
            raise FloatConversionError(f"{exc} ({why})", user_location()) from None
        return self.computed_symint(computed_sizes.computed_size(kind, tree, low))

    def computed_symint(self, size: sympy.Basic) -> Any:
        """The SymInt of a computed size in this session: a symbol of its own, valued as the
        factory computes it at the samples (the same size met again is the same symbol; a
        module carried into a trace session meets it there first)."""
        if size not in self._computed:
            value = float_sizes.value_at(size.tree, self.samples)
            hint = computed_sizes.convert(size.kind, value)
            source = ConstantSource(self._computed_name(size))
            # PyTorch assumes a size symbol positive, so that ``rd == 0`` and ``not rd`` fold
            # to False with no guard; a computed size that can be 0 must not be assumed so
            positive = True if size.low >= 1 else None
            expr = self._env.create_symbol(
                hint, source=source, dynamic_dim=DimDynamic.DYNAMIC, positive=positive
            )
            if positive is None:
                self._env.var_to_range[expr] = ValueRanges(0, int_oo)
            self._computed[size] = self._env.create_symintnode(expr, hint=hint, source=source)
            self._plain[expr] = size
        return self._computed[size]

    def _computed_name(self, size: sympy.Basic) -> str:
        return self._computed_names.setdefault(size, f"computed_{len(self._computed_names)}")

    def computed_symbols(self) -> dict[str, Any]:
        """The computed sizes met so far, by name: inputs of a trace like the variables, so
        that sizes computed from them (a padding of ``k // 2``) are part of its graph."""
        return {self._computed_name(size): symint for size, symint in self._computed.items()}

    def compare_floats(self, op: str, left: Any, right: Any) -> Any:
        """``left <op> right`` where one side is a float computed from sizes: a SymBool of the
        integer relation it equals on the whole domain (a guard where it decides a branch);
        None where the generator cannot say."""
        if self.domain is None:
            return None
        a, b = self.float_tree(left), self.float_tree(right)
        if a is None or b is None or (a.op == "int" and b.op == "int"):
            return None
        try:
            relation = integer_forms.integer_relation_form(op, a, b, self.domain)
        except FloatSizeError:
            # PyTorch's comparison decides: a sign check of a float (x ** 0.5 checks x >= 0)
            # becomes an exact condition in ``guards``, anything else is refused there
            return None
        if relation in (sympy.true, sympy.false):
            return bool(relation)
        return self.symint(relation)


class _SymInts(IntegerWalker[Any]):
    """The integer vocabulary as SymInts (or ints) made of a session's symbols."""

    target = "a symbolic size"

    def __init__(self, symbols: dict[str, Any], computed: Callable[[Any], Any]) -> None:
        self.symbols, self.computed = symbols, computed

    def symbol(self, name: str) -> Any:
        return self.symbols[name]

    def integer(self, value: int) -> Any:
        return value

    def maximum(self, a: Any, b: Any) -> Any:
        return torch.sym_max(a, b)

    def minimum(self, a: Any, b: Any) -> Any:
        return torch.sym_min(a, b)

    def compare(self, kind: type, a: Any, b: Any) -> Any:
        return COMPARE[kind](a, b)

    def boolean(self, value: bool) -> Any:
        return value


def plain_symbol(name: str) -> sympy.Symbol:
    """The plain sympy symbol for a variable: a positive integer, named as the user sees it."""
    return sympy.Symbol(name, integer=True, positive=True)


def _formatting(frame: types.FrameType) -> bool:
    """Whether ``frame`` is at a ``%`` operation: the conversion it asks of a SymInt is
    printf-style formatting (``"dim (%d) ..." % dim``), since ``%`` of two numbers never
    converts one (SymInt has ``__mod__``)."""
    instructions = _instructions(frame.f_code)
    instruction = instructions.get(frame.f_lasti)
    return instruction is not None and (instruction.opname, instruction.arg) in _REMAINDERS


@functools.lru_cache(maxsize=256)
def _instructions(code: types.CodeType) -> dict[int, dis.Instruction]:
    return {i.offset: i for i in dis.get_instructions(code)}


# ``x % y`` and ``x %= y``: BINARY_OP with these arguments (its table of operators)
_REMAINDERS = {
    ("BINARY_OP", i)
    for i, (name, _) in enumerate(dis._nb_ops)
    if name in ("NB_REMAINDER", "NB_INPLACE_REMAINDER")
}


def _traced(size: Any, value: Any, kind: str) -> Any:
    """A computed size met first in a training step (convit's ``int(num_patches ** .5)``),
    made a node of the graph being traced: the conversion of the float it came from. Sizes
    computed in the factory are inputs of the trace; one made during it would be a SymInt the
    graph does not know ("not tracked with proxy")."""
    mode = proxy_tensor.get_proxy_mode()
    if mode is None or type(size) is not torch.SymInt:
        return size
    tracer = mode.tracer
    if proxy_tensor.get_proxy_slot(size, tracer, None) is not None:
        return size
    source = proxy_tensor.get_proxy_slot(value, tracer, None)
    if source is None:
        return size
    proxy = tracer.create_proxy(
        "call_function", computed_sizes.PYTHON_CONVERSIONS[kind], (source.force(),), {}
    )
    proxy.node.meta["val"] = size
    proxy_tensor.set_proxy_slot(size, tracer, Thunk(lambda: proxy))
    return size
