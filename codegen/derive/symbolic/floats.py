"""Floats computed from sizes in a session: followed exactly (``float_sizes``), passed as values,
and their sign checks made exact.

* ``tracking``: patches that follow Python's float arithmetic on sizes (the SymInt and SymFloat
  dunders, ``math``'s functions, ``int`` and ``float`` in the namespaces of the code that builds
  modules) and turn its conversions and comparisons into integer expressions proven on the
  domain (``SymbolicSession.to_integer``, ``compare_floats``);

Where such a float leaves the arithmetic (passed to a torch function, compared with 0 by a
guard) is ``float_arguments``.
"""

from __future__ import annotations

import builtins
import contextvars
import os
import sys
from typing import TYPE_CHECKING, Any
from unittest import mock

import sympy
import torch
import torch.utils._sympy.functions as torch_sympy
from torch.fx.experimental.sym_node import SymNode

from ...float_sizes import FloatTree

if TYPE_CHECKING:
    from .session import SymbolicSession


# whether a factory is running (construct.build sets it), not a training step
FACTORY_RUNNING: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "FACTORY_RUNNING", default=False
)


class FloatConversionError(Exception):
    """A float computed from sizes was converted to an int (or compared) where no integer
    expression equals it on the whole domain; ``location`` is the line that did it."""

    def __init__(self, message: str, location: str | None) -> None:
        self.location = location
        super().__init__(message)


def tracking(session: SymbolicSession) -> list[Any]:
    """Patches that follow float arithmetic on sizes (``float_tree``) and turn its
    conversions and comparisons into integer expressions proven on the domain: the
    arithmetic dunders of SymInt and SymFloat, ``math``'s functions, and ``int`` and
    ``float`` in the namespaces of the code that builds modules."""
    patches = []

    def arithmetic(cls: type, name: str, op: str, reflected: bool) -> Any:
        original = getattr(cls, name)

        def method(this: Any, other: Any) -> Any:
            result = original(this, other)
            if type(result) is torch.SymFloat:
                a, b = (other, this) if reflected else (this, other)
                ta, tb = session.float_tree(a), session.float_tree(b)
                if ta is not None and tb is not None:
                    session._remember(result, FloatTree(op, (ta, tb)))
            return result

        return mock.patch.object(cls, name, method)

    def unary(cls: type, name: str, op: str) -> Any:
        original = getattr(cls, name)

        def method(this: Any) -> Any:
            result = original(this)
            tree = session.float_tree(this)
            if type(result) is torch.SymFloat and tree is not None:
                session._remember(result, FloatTree(op, (tree,)))
            return result

        return mock.patch.object(cls, name, method)

    def conversion(cls: type, name: str, kind: str) -> Any:
        original = getattr(cls, name)

        def method(this: Any, *args: Any) -> Any:
            refuse_opaque(this, f"converted to an int ({kind})")
            if not args or args[0] is None:
                converted = session.to_integer(kind, this)
                if converted is not None:
                    return converted
            return original(this, *args)

        return mock.patch.object(cls, name, method)

    def comparison(cls: type, name: str, op: str) -> Any:
        original = getattr(cls, name)

        def method(this: Any, other: Any) -> Any:
            refuse_opaque(this, "compared")
            refuse_opaque(other, "compared")
            if type(this) is torch.SymFloat or type(other) in (float, torch.SymFloat):
                decided = session.compare_floats(op, this, other)
                if decided is not None:
                    return decided
            return original(this, other)

        return mock.patch.object(cls, name, method)

    for cls in (torch.SymInt, torch.SymFloat):
        for op, names in _ARITHMETIC.items():
            for name in names:
                if name in vars(cls):
                    patches.append(arithmetic(cls, name, op, name.startswith("__r")))
        for name, op in _COMPARISONS.items():
            patches.append(comparison(cls, name, op))
    for name, op in (("__neg__", "neg"), ("__abs__", "abs"), ("__pos__", "pos")):
        patches.append(unary(torch.SymFloat, name, op))
    for name, kind in _CONVERSIONS.items():
        patches.append(conversion(torch.SymFloat, name, kind))
    patches += _math_functions(session)
    patches.append(_builtin_shims(session))
    return patches


# Python's arithmetic dunders by the operation they do (reflected ones swap the operands)
_ARITHMETIC = {
    "add": ("__add__", "__radd__"),
    "sub": ("__sub__", "__rsub__"),
    "mul": ("__mul__", "__rmul__"),
    "truediv": ("__truediv__", "__rtruediv__"),
    "floordiv": ("__floordiv__", "__rfloordiv__"),
    "mod": ("__mod__", "__rmod__"),
    "pow": ("__pow__", "__rpow__"),
}


_COMPARISONS = {
    "__lt__": "lt",
    "__le__": "le",
    "__gt__": "gt",
    "__ge__": "ge",
    "__eq__": "eq",
    "__ne__": "ne",
}


_CONVERSIONS = {
    "__trunc__": "trunc",
    "__floor__": "floor",
    "__ceil__": "ceil",
    "__round__": "round",
}


# math's functions of one float that no size is computed with but that initialisations use
# (``math.erf`` in a truncated normal's bounds): followed as opaque values, PyTorch's sympy
# function of that name (made once: a new class per session would be a new function)
_OPAQUE_MATH = {
    name: torch_sympy.make_opaque_unary_fn(name)
    for name in ("erf", "erfc", "exp", "expm1", "log1p", "cos", "sin", "tan", "tanh", "atan")
}


# the least argument of math's functions that are not defined everywhere: (bound, whether
# the bound itself is allowed)
_DOMAINS = {
    "sqrt": (0, True),
    "log": (0, False),
    "log2": (0, False),
    "log10": (0, False),
    "log1p": (-1, False),
}


def opaque_function(value: Any) -> str | None:
    """The name of the opaque ``math`` function a symbolic float was computed with, if any."""
    if type(value) is not torch.SymFloat:
        return None
    for function in value.node.expr.atoms(sympy.Function):
        for name, cls in _OPAQUE_MATH.items():
            if isinstance(function, cls):
                return name
    return None


def refuse_opaque(value: Any, what: str) -> None:
    """Refuse by name a float computed with an opaque function (``math.erf`` of a size) where
    its value would decide something: PyTorch cannot reason about it (no value range)."""
    name = opaque_function(value)
    if name is not None:
        from .session import user_location  # the session imports this module

        raise FloatConversionError(
            f"a float computed with math.{name} from sizes is {what}; the generator follows "
            f"math.{name} only as a value passed to an initialisation",
            user_location(),
        )


def _math_functions(session: SymbolicSession) -> list[Any]:
    """``math.sqrt``, ``math.log`` and the like of a symbolic size: a SymFloat standing for the
    value (PyTorch's own symbolic function where it has one) whose tree says exactly what
    Python computes; on plain numbers, ``math``'s own. Bound in ``math`` and wherever a module
    imported them by name (``from math import sqrt``)."""
    import math

    def float_of(value: Any) -> Any:
        return torch.sym_float(value) if type(value) is torch.SymInt else value

    def wrap(name: str, carrier: Any, tree: Any) -> Any:
        original = getattr(math, name)

        def function(*args: Any) -> Any:
            if not any(type(a) in (torch.SymInt, torch.SymFloat) for a in args):
                return original(*args)
            lowest = _DOMAINS.get(name)
            if lowest is not None:  # Python's math raises there: a guard, as for a divisor
                below = args[0] < lowest[0] if lowest[1] else args[0] <= lowest[0]
                if below:
                    raise ValueError("math domain error")
            trees = [session.float_tree(a) for a in args]
            result = carrier(*args)
            if all(t is not None for t in trees) and (followed := tree(*trees)) is not None:
                session._remember(result, followed)
            return result

        function.__name__ = name
        return original, function

    def log_carrier(x: Any, base: Any = None) -> Any:
        value = torch._sym_log2(float_of(x)) * 0.6931471805599453
        return (
            value
            if base is None
            else value / (torch._sym_log2(float_of(base)) * 0.6931471805599453)
        )

    def log_tree(x: FloatTree, base: FloatTree | None = None) -> FloatTree:
        log = FloatTree("log", (x,))
        return log if base is None else FloatTree("truediv", (log, FloatTree("log", (base,))))

    def opaque(name: str) -> Any:
        """``math.<name>`` of a float of sizes, which ``float_sizes`` does not follow: a
        SymFloat of PyTorch's opaque function (its value at the sample, no tree). Passed to a
        kernel as a value it is that value; converted to an int or compared, it is refused
        by name (no integer expression is known for it)."""
        function = _OPAQUE_MATH[name]
        original = getattr(math, name)

        def carrier(x: Any) -> Any:
            node = float_of(x).node
            hint = None if node.hint is None else original(node.hint)
            return torch.SymFloat(SymNode(function(node.expr), node.shape_env, float, hint))

        def no_tree(t: FloatTree) -> None:
            return None

        return wrap(name, carrier, no_tree)

    replacements = [
        *(opaque(name) for name in _OPAQUE_MATH),
        wrap("sqrt", lambda x: torch._sym_sqrt(x), lambda t: FloatTree("sqrt", (t,))),
        wrap("log", log_carrier, log_tree),
        wrap("log2", lambda x: torch._sym_log2(float_of(x)), lambda t: FloatTree("log2", (t,))),
        wrap(
            "log10",
            lambda x: torch._sym_log2(float_of(x)) * 0.3010299956639812,
            lambda t: FloatTree("log10", (t,)),
        ),
        wrap("pow", lambda x, y: float_of(x) ** float_of(y), lambda a, b: FloatTree("pow", (a, b))),
    ]
    return [_rebind(dict(replacements), math)]


def _builtin_shims(session: SymbolicSession) -> Any:
    """``int`` and ``float`` in the namespaces of the code that builds modules (the blueprint's
    and the libraries' it uses, not torch's): ``int(x)`` of a float computed from sizes is the
    integer expression it equals (``session.to_integer``), of a SymInt the SymInt itself;
    ``float(size)`` is a float that ``float_tree`` follows; both are the builtins otherwise,
    and ``isinstance(x, int)`` also accepts a SymInt (it is an int for every purpose of a
    size), as ``isinstance(x, float)`` a SymFloat."""

    class _IntType(type):
        def __instancecheck__(cls, obj: Any) -> bool:
            return isinstance(obj, builtins.int | torch.SymInt)

        def __subclasscheck__(cls, sub: type) -> bool:
            return issubclass(sub, builtins.int | torch.SymInt)

        def __getattr__(cls, name: str) -> Any:  # int.from_bytes and the like
            return getattr(builtins.int, name)

    class _FloatType(type):
        def __instancecheck__(cls, obj: Any) -> bool:
            return isinstance(obj, builtins.float | torch.SymFloat)

        def __subclasscheck__(cls, sub: type) -> bool:
            return issubclass(sub, builtins.float | torch.SymFloat)

        def __getattr__(cls, name: str) -> Any:  # float.fromhex, float.is_integer
            return getattr(builtins.float, name)

    class int(metaclass=_IntType):  # stands for the builtin
        def __new__(cls, value: Any = 0, *base: Any) -> Any:
            if not base and type(value) is torch.SymInt:
                return value
            if not base and type(value) is torch.SymFloat:
                refuse_opaque(value, "converted to an int")
                converted = session.to_integer("trunc", value)
                if converted is not None:
                    return converted
            return builtins.int(value, *base)

    class float(metaclass=_FloatType):  # stands for the builtin
        def __new__(cls, value: Any = 0.0) -> Any:
            if type(value) is torch.SymInt:
                return session._remember(torch.sym_float(value), session.float_tree(value))
            if type(value) is torch.SymFloat:
                return value
            return builtins.float(value)

    return _rebind({builtins.int: int, builtins.float: float}, None, names=("int", "float"))


# top-level packages whose code never builds a blueprint's sizes: their namespaces keep the
# builtins (torch checks ``type(x) is int``; huggingface_hub validates config field types)
_OWN_BUILTINS = frozenset(
    {"torch", "numpy", "sympy", "mpmath", "z3", "codegen", "huggingface_hub", "jinja2", "_pytest"}
)


class _rebind:  # a context manager used like a function
    """Bind replacements for objects: in ``module`` (``math``) by attribute, and in the
    namespace of every loaded module outside the standard library and ``_OWN_BUILTINS``
    wherever a global is one of the originals (``from math import sqrt``), or, for ``names``,
    wherever the name is not bound at all (``int``: found in builtins otherwise)."""

    def __init__(
        self, replacements: dict[Any, Any], module: Any, names: tuple[str, ...] = ()
    ) -> None:
        self.replacements = replacements
        self.module = module
        self.names = names
        self._undo: list[tuple[dict[str, Any], str, Any]] = []

    def __enter__(self) -> None:
        if self.module is not None:
            for original, replacement in self.replacements.items():
                self._set(vars(self.module), original.__name__, replacement)
        by_id = {id(k): v for k, v in self.replacements.items()}
        builtin = {name: by_id[id(vars(builtins)[name])] for name in self.names}
        namespaces, bindings = _scan(tuple(by_id))
        for namespace in namespaces:
            for name in self.names:
                if name not in namespace:
                    self._set(namespace, name, builtin[name])
        for namespace, name, original in bindings:
            if name not in self.names and id(namespace.get(name)) == original:
                self._set(namespace, name, by_id[original])

    def _set(self, namespace: dict[str, Any], name: str, value: Any) -> None:
        self._undo.append((namespace, name, namespace.get(name, _MISSING)))
        namespace[name] = value

    def __exit__(self, *exc: Any) -> None:
        for namespace, name, value in reversed(self._undo):
            if value is _MISSING:
                namespace.pop(name, None)
            else:
                namespace[name] = value
        self._undo.clear()


_MISSING = object()


_SCANNED: dict[tuple[int, ...], tuple[int, list[Any], list[tuple[dict[str, Any], str, int]]]] = {}


def _scan(
    originals: tuple[int, ...],
) -> tuple[list[dict[str, Any]], list[tuple[dict[str, Any], str, int]]]:
    """The user namespaces and where they bind one of ``originals`` (by id), remembered while
    no module is imported: scanning every global of thousands of modules costs milliseconds,
    and a session is entered hundreds of times per blueprint."""
    loaded = len(sys.modules)
    known = _SCANNED.get(originals)
    if known is not None and known[0] == loaded:
        return known[1], known[2]
    wanted = set(originals)
    namespaces = _user_namespaces()
    bindings = [
        (namespace, name, id(value))
        for namespace in namespaces
        for name, value in list(namespace.items())
        if id(value) in wanted
    ]
    _SCANNED[originals] = (loaded, namespaces, bindings)
    return namespaces, bindings


def _user_namespaces() -> list[dict[str, Any]]:
    """The globals of every loaded module that may build a blueprint's sizes."""
    namespaces = []
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None)
        if not file or name.split(".")[0] in _OWN_BUILTINS or name in sys.stdlib_module_names:
            continue
        if file.startswith(_STDLIB) and "site-packages" not in file:
            continue
        namespaces.append(vars(module))
    return namespaces


_STDLIB = os.path.dirname(os.__file__)
