"""What library code needs to run on symbolic sizes: the patches a session applies.

Kernels that read sizes as numbers are made to run in ``kernels`` (the session's fake mode,
Python metas, ``F.interpolate``, ``max_pool1d``, weight normalisation). Here: weight
initialisation made inert (every ``torch.nn.init`` function however it is bound, every
module's ``reset_parameters``), ``copy.deepcopy`` of fake modules, ``module.to(dtype)``,
``LayerNorm(SymInt)`` and ``LSTM(SymInt)``, the ``float`` of ``torch.nn.functional`` (LPPool's
type check), zero divisors made to raise as Python's do, and libraries' strict type checks.
Each says what it changes and why; all of it is version-specific.
"""

from __future__ import annotations

import abc
import contextlib
import copy
import importlib
import importlib.util
import inspect
import numbers
import sys
import types
from collections.abc import Iterator
from typing import Any
from unittest import mock

import torch
from torch import nn

from . import kernels
from .floats import FACTORY_RUNNING

aten = torch.ops.aten


# Methods that only give parameters and buffers their values, whatever library defines them
# (torch's layers, timm's and transformers' ``_init_weights``); never ``init_weights``, which
# in transformers also ties weights (sharing changes the parameter count).
_INITIALISERS = ("reset_parameters", "_reset_parameters", "reset_running_stats", "_init_weights")


@contextlib.contextmanager
def _inert_initialisation() -> Iterator[None]:
    """Make weight initialisation a no-op on fake tensors while a module is built symbolically.

    Initialisation computes ``math.sqrt(fan_in)`` and friends, which would pin the symbolic
    sizes to their samples; the values of weights do not matter for shapes. Two levels:

    * every public function of ``torch.nn.init`` gets a new body (its ``__code__``), not a new
      name: a module that bound it by name (``from torch.nn.init import xavier_uniform_``, as
      ``torch.nn.Transformer`` and ``MultiheadAttention`` do), a wrapper (transformers'
      ``initialization``), a closure or a default argument holds the same function object, so
      every way of calling it is inert. On a tensor that is not fake the original body runs.
    * the initialising methods (``_INITIALISERS``) of every ``nn.Module`` subclass, torch's or
      any library's, and of classes defined while the session is open (a factory's local
      class), do nothing: they compute bounds from sizes themselves (``1 / math.sqrt(dim)``).
    """
    with contextlib.ExitStack() as stack:
        originals: dict[str, types.FunctionType] = {}
        for name in dir(nn.init):
            function = getattr(nn.init, name)
            if (
                name.endswith("_")
                and not name.startswith("_")
                and isinstance(function, types.FunctionType)
                and function.__closure__ is None
            ):
                originals[function.__name__] = original = _copy_function(function)
                function.__code__ = _INERT_INIT.__code__.replace(co_name=function.__name__)
                function.__defaults__ = function.__kwdefaults__ = None
                stack.callback(_restore_function, function, original)

        def dispatch(*args: Any, **kwargs: Any) -> Any:
            tensor = args[0] if args else kwargs.get("tensor")
            if isinstance(tensor, torch._subclasses.fake_tensor.FakeTensor):
                return tensor
            caller = inspect.currentframe().f_back.f_code.co_name  # type: ignore[union-attr]
            return originals[caller](*args, **kwargs)

        # the new bodies call this by name from torch.nn.init's namespace (their globals)
        stack.enter_context(mock.patch.object(nn.init, _INIT_DISPATCH, dispatch, create=True))

        def inert(self: Any, *args: Any, **kwargs: Any) -> None:
            return None

        def make_inert(cls: type) -> None:
            for method in _INITIALISERS:
                if method in vars(cls):
                    stack.enter_context(mock.patch.object(cls, method, inert))

        for cls in _module_classes():
            make_inert(cls)
        previous = nn.Module.__dict__.get("__init_subclass__")

        def init_subclass(cls: type, **kwargs: Any) -> None:
            super(nn.Module, cls).__init_subclass__(**kwargs)
            make_inert(cls)

        if previous is None:
            stack.enter_context(
                mock.patch.object(
                    nn.Module, "__init_subclass__", classmethod(init_subclass), create=True
                )
            )
        yield


_INIT_DISPATCH = "_blueprint_estimates_inert_init"


def _INERT_INIT(*args: Any, **kwargs: Any) -> Any:  # noqa: N802 - only its code is used
    """The body every public ``torch.nn.init`` function gets while a session is open; it runs
    with torch.nn.init's globals, where ``_inert_initialisation`` puts the dispatcher."""
    return _blueprint_estimates_inert_init(*args, **kwargs)  # type: ignore[name-defined]  # noqa: F821


def _copy_function(function: types.FunctionType) -> types.FunctionType:
    """A new function object with ``function``'s body, globals, defaults and closure."""
    copy = types.FunctionType(
        function.__code__,
        function.__globals__,
        function.__name__,
        function.__defaults__,
        function.__closure__,
    )
    copy.__kwdefaults__ = function.__kwdefaults__
    return copy


def _restore_function(function: types.FunctionType, original: types.FunctionType) -> None:
    function.__code__ = original.__code__
    function.__defaults__ = original.__defaults__
    function.__kwdefaults__ = original.__kwdefaults__


def _module_classes() -> list[type]:
    seen: list[type] = []
    pending = [nn.Module]
    while pending:
        cls = pending.pop()
        for sub in cls.__subclasses__():
            if sub not in seen:
                seen.append(sub)
                pending.append(sub)
    return seen


def _symbolic_deepcopy() -> Iterator[Any]:
    """Let ``copy.deepcopy`` copy a module built on symbolic sizes (``nn.Transformer`` and
    ``TransformerEncoder`` clone their layer with it, ``_get_clones``).

    ``Tensor.__deepcopy__`` asks a FakeTensor for its ``data_ptr()``, which needs a concrete
    ``numel()``, and would deep-copy its fake mode and shape environment with it (a copy whose
    guards the session never sees). A fake tensor is copied as ``clone()`` is (same mode, same
    symbolic sizes, a Parameter stays one); symbolic integers, floats and bools are immutable
    values, copied as themselves like ints, so the copies share the session's symbols.
    """
    fake_tensor = torch._subclasses.fake_tensor.FakeTensor

    def deepcopy_fake(self: Any, memo: dict[int, Any]) -> Any:
        if id(self) in memo:
            return memo[id(self)]
        with torch.no_grad():
            result = self.clone()
        own = set(vars(result))  # the fake tensor's own bookkeeping, set by clone()
        if self.requires_grad:
            result.requires_grad_()
        memo[id(self)] = result
        if self.grad is not None:
            result.grad = copy.deepcopy(self.grad, memo)
        for key, value in vars(self).items():  # _is_param, attributes a library set
            if key not in own:
                setattr(result, key, copy.deepcopy(value, memo))
        return result

    def same(self: Any, memo: dict[int, Any] | None = None) -> Any:
        return self

    yield mock.patch.object(fake_tensor, "__deepcopy__", deepcopy_fake, create=True)
    for cls in (torch.SymInt, torch.SymFloat, torch.SymBool):
        yield mock.patch.object(cls, "__deepcopy__", same, create=True)
        yield mock.patch.object(cls, "__copy__", same, create=True)


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


@contextlib.contextmanager
def _symint_is_integral() -> Iterator[None]:
    """``isinstance(size, numbers.Integral)`` is true of a SymInt while the session runs.

    ``nn.LayerNorm(dim)`` and the norms of library code (timm's ``RmsNorm2d``, ``SimpleNorm``)
    wrap an integral ``normalized_shape`` in a tuple and iterate anything else: a SymInt was
    iterated ("'SymInt' object is not iterable"). ABCs cannot unregister a class: on exit the
    registry of ``numbers.Integral`` is cleared and the classes registered before are
    registered again."""
    registered = [ref() for ref in abc._get_dump(numbers.Integral)[0]]
    numbers.Integral.register(torch.SymInt)
    try:
        yield
    finally:
        numbers.Integral._abc_registry_clear()
        numbers.Integral._abc_caches_clear()
        for cls in registered:
            if cls is not None:
                numbers.Integral.register(cls)


class _FloatOfSizes(type):
    """The metaclass of ``_SymbolicFloat``: ``float`` for ``isinstance`` and ``issubclass``."""

    def __instancecheck__(cls, obj: Any) -> bool:
        return isinstance(obj, float)

    def __subclasscheck__(cls, sub: type) -> bool:
        return issubclass(sub, float)

    def __call__(cls, value: Any = 0.0) -> Any:
        if type(value) is torch.SymInt:
            return torch.sym_float(value)
        return float(value)


class _SymbolicFloat(metaclass=_FloatOfSizes):
    """``float`` in ``torch.nn.functional``: ``torch.sym_float`` of a SymInt, Python's float
    otherwise, and a type, so that ``isinstance(norm_type, (int, float))`` (``lp_pool2d``,
    ``gaussian_nll_loss``) still works."""


def _symbolic_functional_floats() -> Iterator[Any]:
    """Let ``torch.nn.functional`` compute float scales from symbolic sizes symbolically.

    ``multi_head_attention_forward`` (``need_weights=True``, MultiheadAttention's default)
    scales by ``math.sqrt(1.0 / float(head_dim))``: Python's ``float()`` and ``math.sqrt`` would
    pin the head dimension to its sample. In that module's namespace, ``float`` of a SymInt is
    ``torch.sym_float`` and ``math.sqrt`` of a symbolic value ``torch._sym_sqrt``: the same
    value, traced. A scale decides no size, so nothing else changes; for the same reason a
    symbolic ``scale`` given to ``scaled_dot_product_attention`` is left to the kernel.
    """
    import math

    import torch.nn.functional as functional

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
    yield mock.patch.object(functional, "float", _SymbolicFloat, create=True)
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

    # a size; or, while the factory runs, a float it computed from sizes (``1 /
    # math.sqrt(head_dim)``): the comparison records an exact guard (``Eq(head_dim, 0)``, from
    # the float's integer form or its sign). Not in a training step: PyTorch's decompositions
    # divide by floats of sizes (a batch norm's ``n / (n - 1.0)``) where the real kernel does
    # not raise, and their own checks decide
    def checked_divisor(divisor: Any) -> Any:
        if type(divisor) is torch.SymInt:
            return divisor
        return divisor if type(divisor) is torch.SymFloat and FACTORY_RUNNING.get() else None

    def denominator(self: Any, other: Any) -> Any:
        return checked_divisor(other)

    def numerator(self: Any, other: Any) -> Any:
        return checked_divisor(self)

    def negative_power(self: Any, other: Any) -> Any:
        negative = isinstance(other, int | float) and other < 0
        return self if negative else None

    for cls in (torch.SymInt, torch.SymFloat):
        yield mock.patch.object(cls, "__truediv__", checked(cls.__truediv__, denominator))
        yield mock.patch.object(cls, "__rtruediv__", checked(cls.__rtruediv__, numerator))
        yield mock.patch.object(cls, "__pow__", checked(cls.__pow__, negative_power))


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


# views and constant shifts of a tensor: an arange through them still counts up by one per row
_SHIFTS_AND_VIEWS = {
    aten.unsqueeze.default,
    aten.expand.default,
    aten.view.default,
    aten._unsafe_view.default,
    aten.reshape.default,
    aten.clone.default,
    aten._to_copy.default,
    aten.add.Tensor,
    aten.add.Scalar,
    aten.slice.Tensor,
}
_ARANGES = {aten.arange.default, aten.arange.start, aten.arange.start_step}


def _consecutive(tensor: torch.Tensor) -> bool:
    """Whether the traced graph made ``tensor`` as ``arange`` with step 1, shifted by a number
    and viewed (every row counts up by one): its provenance, read off the graph being traced,
    since a fake tensor has no values."""
    from torch.fx.experimental import proxy_tensor

    mode = proxy_tensor.get_proxy_mode()
    slot = None if mode is None else proxy_tensor.get_proxy_slot(tensor, mode.tracer, None)
    node = getattr(getattr(slot, "proxy", None), "node", None)
    while node is not None and node.op == "call_function":
        if node.target in _ARANGES:
            step = node.args[2] if len(node.args) > 2 else node.kwargs.get("step", 1)
            return step == 1
        if node.target not in _SHIFTS_AND_VIEWS:
            return False
        if node.target in (aten.add.Tensor, aten.add.Scalar):
            tensors = [a for a in node.args if isinstance(a, torch.fx.Node)]
            shifts = [a for a in node.args[1:] if not isinstance(a, torch.fx.Node)]
            if len(tensors) != 1 or len(shifts) != 1 or "alpha" in node.kwargs:
                return False
        if node.target is aten.slice.Tensor and (node.args[4] if len(node.args) > 4 else 1) != 1:
            return False  # a slice with a step
        node = node.args[0] if isinstance(node.args[0], torch.fx.Node) else None
    return False


def _unpacked_positions() -> Iterator[Any]:
    """transformers' models look for packed sequences in their position ids: eagerly, position
    ids that count up by one in every row are "not packed" and the model lets SDPA apply its
    causal mask itself; on a fake tensor it cannot read them and builds the mask (other
    elementwise work, other saved tensors than the eager step). Position ids the model made
    itself (``arange``, shifted and viewed) are not packed, as eagerly: the eager answer.
    (Only where transformers' masks are loaded: a forward runs after its module was built.)"""
    masks = sys.modules.get("transformers.masking_utils")
    original = getattr(masks, "find_packed_sequence_indices", None)
    if original is None:
        return

    def find_packed_sequence_indices(position_ids: torch.Tensor) -> Any:
        if not _consecutive(position_ids):
            return original(position_ids)
        # as eagerly: the same ops, and their one reading of a value answered as it is
        # eagerly (every row counts up by one, so no sequence starts after the first)
        with (
            mock.patch.object(masks, "is_tracing", lambda *args, **kwargs: False),
            mock.patch.object(torch.Tensor, "__bool__", lambda self: True),
        ):
            return original(position_ids)

    yield mock.patch.object(masks, "find_packed_sequence_indices", find_packed_sequence_indices)


def library_patches() -> list[Any]:
    """The patches of this module and ``kernels``', in the order a session enters them
    (``kernels.SessionFunctions``, a torch-function mode, is entered last, after the float
    tracking of ``floats``)."""
    return [
        _inert_initialisation(),
        *_symbolic_deepcopy(),
        _fake_parameter_conversion(),
        _symint_is_integral(),
        _symint_rnn_sizes(),
        *_zero_division_checks(),
        *_symbolic_functional_floats(),
        *kernels.symbolic_upsampling(),
        kernels.python_metas(),
        *_symbolic_type_checks(),
        *_unpacked_positions(),
    ]
