"""The blueprint registry: factories by (topology, name), and their exact estimates.

A blueprint is a factory ``factory(dim, **hyper) -> nn.Module``. Its costs are not written by
hand: ``BlueprintSpec.param_estimate`` reads the formula that ``python -m codegen`` derived into
``generated/estimates.py``, and ``BlueprintSpec.actual_param_count`` builds the module (on the
meta device) and counts, which is the ground truth the tests compare against.

A generated module records the fingerprint of the factory's source it was derived from; the
first estimate of a blueprint in a process compares it with the source that runs and warns
(``StaleEstimatesWarning``, once) when they differ: the formulas may be another factory's.
"""

from __future__ import annotations

import importlib
import inspect
import keyword
import sys
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, ClassVar

Factory = Callable[..., Any]

GENERATED_MODULE = "generated.estimates"


class StaleEstimatesWarning(UserWarning):
    """A blueprint's generated module was derived from another version of its factory's
    source than the one running: its estimates may be wrong until it is regenerated."""


# names an input size or a hyperparameter cannot take: the channel dimension is "dim" itself,
# and the rest are arguments of the generated functions and the registry's methods
RESERVED_NAMES = frozenset(
    {"topology", "name", "backward", "optimizer", "blueprint", "self", "cls"}
)


def _caller(depth: int = 2) -> str:
    """``file:line`` of the code that called the registry (for messages naming both places)."""
    frame = sys._getframe(depth)
    return f"{frame.f_code.co_filename}:{frame.f_lineno}"


class UnknownTopologyError(ValueError):
    """A topology that no one declared with ``BlueprintRegistry.add_topology``."""


@dataclass(frozen=True)
class Topology:
    """A declared topology: its input's dimensions in order, and what the input holds.

    ``tokens`` is None for a floating-point input, "dim" (the channel dimension) among its
    dimensions; otherwise the input holds token ids in ``[0, tokens)``, and ``tokens`` is the
    name of an integer hyperparameter every blueprint of the topology takes (a vocabulary
    size) or a fixed count.
    """

    name: str
    layout: tuple[str, ...]
    tokens: str | int | None
    where: str  # where it was declared

    def token_count(self, hyper: dict[str, Any]) -> int | None:
        """The number of distinct token ids for a blueprint built with ``hyper`` (its
        hyperparameters, defaults filled in); None for a floating-point input."""
        if isinstance(self.tokens, str):
            return hyper[self.tokens]
        return self.tokens


@dataclass(frozen=True)
class BlueprintSpec:
    """A registered blueprint: what it is called, where it goes, and how to build it."""

    name: str
    topology: str
    factory: Factory
    description: str = ""
    # hyperparameters that cannot be symbols (a bool, a string choice): their finite values
    choices: tuple[tuple[str, tuple[Any, ...]], ...] = ()
    # integer hyperparameters: the closed range the generator proves formulas on
    bounds: tuple[tuple[str, tuple[int, int]], ...] = ()
    # the generated module that holds this blueprint's formulas
    estimates: str = GENERATED_MODULE
    # the generated functions, by quantity, once found (see ``_function``)
    _functions: dict[str, Callable[..., int]] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    @property
    def key(self) -> str:
        """``topology/name``, the form used in messages and docs."""
        return f"{self.topology}/{self.name}"

    @property
    def layout(self) -> tuple[str, ...]:
        """The dimensions of the blueprint's input, in order ("dim" among them, unless the
        input holds token ids)."""
        return BlueprintRegistry.layout(self.topology)

    @property
    def input_names(self) -> tuple[str, ...]:
        """The input sizes besides dim, the keywords of its FLOP functions."""
        return tuple(n for n in self.layout if n != "dim")

    @property
    def tokens(self) -> str | int | None:
        """What sizes the token ids of the blueprint's input (its topology's ``tokens``: a
        hyperparameter's name or a fixed count); None where the input is floating-point."""
        return BlueprintRegistry.topology(self.topology).tokens

    def token_count(self, hyper: dict[str, Any]) -> int | None:
        """The number of distinct token ids of the blueprint's input when built with
        ``hyper`` (defaults filled in); None where the input is a floating-point tensor."""
        return BlueprintRegistry.topology(self.topology).token_count(
            {**self.hyperparameters(), **hyper}
        )

    def hyperparameters(self) -> dict[str, Any]:
        """The factory's keyword hyperparameters and their defaults, in declaration order."""
        params = list(inspect.signature(self.factory).parameters.values())[1:]
        return {p.name: p.default for p in params if p.default is not inspect.Parameter.empty}

    def _command(self) -> str:
        """The command that generates this blueprint's estimates module."""
        if self.estimates == GENERATED_MODULE:
            return "python -m codegen"
        source = self.factory.__module__.split(".")[0]
        return (
            "python -m codegen (in a project that configures [tool.blueprint-estimates]), "
            f"or: python -m codegen --source {source} --output <path of {self.estimates}>"
        )

    def _estimates(self) -> ModuleType:
        """The generated module, imported lazily (the generator itself never depends on it);
        an ImportError or LookupError that says which command makes it."""
        command = self._command()
        try:
            module = importlib.import_module(self.estimates)
        except ModuleNotFoundError as exc:
            if exc.name is None or not self.estimates.startswith(exc.name):
                raise
            raise ImportError(
                f"{self.key}: its estimates module {self.estimates} does not exist yet; "
                f"generate it with: {command}"
            ) from None
        if (self.topology, self.name) not in getattr(module, "BLUEPRINTS", ()):
            if self.estimates == GENERATED_MODULE and not self.factory.__module__.startswith(
                "blueprints."
            ):  # registered without estimates=: regenerating the built-ins would not help
                raise LookupError(
                    f"{self.key} is not in {self.estimates}, the built-ins' module: it is "
                    "registered without estimates=; give estimates= the module your output is "
                    "imported as (register(..., estimates='my_estimates')), and regenerate "
                    f"that: {command}"
                )
            raise LookupError(
                f"{self.key} is not in {self.estimates}; regenerate it with: {command}"
            )
        return module

    def build(self, dim: int, **hyper: Any) -> Any:
        """Build the module for real (on the current default device)."""
        return self.factory(dim, **hyper)

    def _function(self, quantity: str) -> Callable[..., int]:
        """The generated function of ``quantity`` for this blueprint, looked up in the index
        (which imports its module) on first use, then kept: an estimate costs one call."""
        try:
            return self._functions[quantity]
        except KeyError:
            estimates = self._estimates()
            found = estimates.function(quantity, self.topology, self.name)
            if not self._functions:  # the first estimate of this blueprint in this process
                self._warn_if_stale(estimates)
            self._functions[quantity] = found
            return found

    def _warn_if_stale(self, estimates: ModuleType) -> None:
        """``StaleEstimatesWarning`` when the module's recorded source fingerprint is not the
        running factory's; nothing where either is unknown (a module generated before modules
        recorded it, source that cannot be read)."""
        recorded = getattr(estimates, "source", None)
        expected = recorded(self.topology, self.name) if recorded is not None else None
        if expected is None:
            return
        try:
            from codegen.sources import fingerprint

            current = fingerprint(self.factory.__module__)
        except (ImportError, OSError, KeyError):
            return
        if current != expected:
            warnings.warn(
                f"{self.key}: {self.estimates} was derived from another version of the source "
                f"of {self.factory.__module__} than the one running; its estimates may be "
                f"wrong until you regenerate it with: {self._command()}",
                StaleEstimatesWarning,
                stacklevel=5,
            )

    def _call(
        self, quantity: str, dim: int, sizes: bool, kwargs: dict[str, Any], **options: Any
    ) -> int:
        """``quantity`` at ``dim``; a keyword mistake is a TypeError naming what the blueprint
        takes (the index's message), the rest as the generated function raises it."""
        try:
            return self._function(quantity)(dim, **options, **kwargs)
        except TypeError:
            self._estimates().check_keywords(self.topology, self.name, kwargs, sizes)
            raise

    def param_estimate(self, dim: int, **hyper: Any) -> int:
        """Exact parameter count from the generated formulas; builds no module."""
        try:
            return self._functions["params"](dim, **hyper)
        except (KeyError, TypeError):
            return self._call("params", dim, False, hyper)

    def buffer_estimate(self, dim: int, **hyper: Any) -> int:
        """Exact buffer element count (e.g. running statistics) from the generated formulas."""
        return self._call("buffers", dim, False, hyper)

    def flops_estimate(self, dim: int, *, backward: bool = False, **kwargs: Any) -> int:
        """Exact FLOPs of one training step from the generated formulas; builds no module.

        The same arguments and convention as ``actual_flops``: input sizes (cnn: ``batch,
        height, width``; transformer: ``batch, seq_len``) and hyperparameters as keywords; the
        forward pass by default, ``backward=True`` for the backward pass of loss = out.sum().
        Missing or unexpected sizes are a TypeError, sizes outside the proven domain (not
        positive, or too large) a ValueError.
        """
        return self._call("backward_flops" if backward else "forward_flops", dim, True, kwargs)

    def elementwise_estimate(self, dim: int, *, backward: bool = False, **kwargs: Any) -> int:
        """Exact elementwise operations (the work FlopCounterMode ignores; the README's table)
        of the forward pass, or with ``backward=True`` of the backward pass."""
        quantity = "backward_elementwise_flops" if backward else "elementwise_flops"
        return self._call(quantity, dim, True, kwargs)

    def activation_bytes_estimate(self, dim: int, **kwargs: Any) -> int:
        """Exact bytes autograd saves for the backward pass during ``module(x)`` in training
        mode, from the generated formulas; builds no module. The arguments of
        ``flops_estimate`` (input sizes and hyperparameters as keywords); the convention of
        ``actual_activation_bytes``."""
        return self._call("activation_bytes", dim, True, kwargs)

    def training_state_estimate(self, dim: int, *, optimizer: str = "adam", **hyper: Any) -> int:
        """Exact bytes of the parameters, their gradients and the optimizer's state (``"sgd"``,
        ``"sgd_momentum"``, ``"adam"`` or ``"adamw"``) after a step, from the generated
        formulas; the convention of ``actual_training_state``."""
        return self._call("training_state_bytes", dim, False, hyper, optimizer=optimizer)

    def actual_activation_bytes(self, dim: int, **kwargs: Any) -> int:
        """Bytes autograd saves during ``module(x)`` of the real module on a random input, by
        ``torch.autograd.graph.saved_tensors_hooks`` (the ground truth): each storage once,
        the module's parameters and buffers left out (``blueprints/memory_reference.py``).
        Input sizes and hyperparameters as keywords, as for ``actual_flops``."""
        from .inputs import input_shape
        from .memory_reference import measure_activation_bytes

        sizes = {k: v for k, v in kwargs.items() if k in self.input_names}
        hyper = {k: v for k, v in kwargs.items() if k not in sizes}
        shape = input_shape(self.topology, dim, sizes)
        module = self.factory(dim, **hyper)
        return measure_activation_bytes(module, shape, self.token_count(hyper))

    def actual_training_state(self, dim: int, *, optimizer: str = "adam", **hyper: Any) -> int:
        """Bytes of the real module's parameters, gradients and optimizer state after one
        step of ``optimizer`` (the ground truth; ``blueprints/memory_reference.py``)."""
        from .memory_reference import training_state_bytes

        return training_state_bytes(self.factory(dim, **hyper), optimizer)

    def peak_bytes_estimate(self, dim: int, *, optimizer: str = "adam", **kwargs: Any) -> int:
        """Exact peak bytes of one training step with ``optimizer`` (``"sgd"``,
        ``"sgd_momentum"``, ``"adam"`` or ``"adamw"``), from the generated formulas; builds no
        module. Input sizes and hyperparameters as keywords, as for ``flops_estimate``; the
        convention of ``actual_peak_bytes``."""
        return self._call("peak_bytes", dim, True, kwargs, optimizer=optimizer)

    def domain(self) -> dict[str, tuple[object, ...]]:
        """Each argument of the generated functions with the domain its formulas are proven
        on: ``(lo, hi)`` for an integer (dim, input sizes, hyperparameters), ``(choices,)``
        for the others."""
        return self._estimates().domain(self.topology, self.name)

    def max_fitting(
        self, memory: int, solve: str, *, optimizer: str = "adam", **kwargs: Any
    ) -> tuple[int, int] | None:
        """The largest value of ``solve`` (``"dim"``, an input size or an integer
        hyperparameter) whose training step with ``optimizer`` peaks at ``memory`` bytes or
        less, and that peak: ``(value, peak)``, None where no value of its domain fits. The
        other arguments as keywords, ``dim`` among them unless it is solved for. Solved
        exactly on the generated formula (every value of the domain tried from the top),
        never by building: the index's ``max_fitting``."""
        return self._estimates().max_fitting(
            self.topology, self.name, memory, solve, optimizer=optimizer, **kwargs
        )

    def actual_peak_bytes(self, dim: int, *, optimizer: str = "adam", **kwargs: Any) -> int:
        """The peak bytes of one training step of the real module with ``optimizer``, by
        PyTorch's ``MemTracker`` (the ground truth; ``blueprints/memory_reference.py``): the
        step users run, the optimizer made beforehand, on a random input that needs no
        gradient. Input sizes and hyperparameters as keywords, as for ``actual_flops``."""
        from .inputs import input_shape
        from .memory_reference import measure_peak_bytes

        sizes = {k: v for k, v in kwargs.items() if k in self.input_names}
        hyper = {k: v for k, v in kwargs.items() if k not in sizes}
        shape = input_shape(self.topology, dim, sizes)
        module = self.factory(dim, **hyper)
        return measure_peak_bytes(module, shape, optimizer, self.token_count(hyper))

    def actual_param_count(self, dim: int, **hyper: Any) -> int:
        """Build the module on the meta device and count its parameters (the ground truth)."""
        return self.actual_counts(dim, **hyper)[0]

    def actual_buffer_count(self, dim: int, **hyper: Any) -> int:
        """Build the module on the meta device and count its buffer elements."""
        return self.actual_counts(dim, **hyper)[1]

    def actual_flops(self, dim: int, *, backward: bool = False, **kwargs: Any) -> int:
        """FLOPs of one training step of the real module, by PyTorch's FlopCounterMode.

        The ground truth for FLOPs: the module is built for real (on the CPU) and run on a
        random input whose sizes are keyword arguments (cnn: ``batch, height, width``;
        transformer: ``batch, seq_len``); the rest of ``kwargs`` are hyperparameters. The
        forward pass by default; ``backward=True`` gives the backward pass of loss = out.sum().
        """
        from .flop_reference import measure_flops
        from .inputs import input_shape

        sizes = {k: v for k, v in kwargs.items() if k in self.input_names}
        hyper = {k: v for k, v in kwargs.items() if k not in sizes}
        shape = input_shape(self.topology, dim, sizes)
        module = self.factory(dim, **hyper)
        forward, backward_flops = measure_flops(module, shape, self.token_count(hyper))
        return backward_flops if backward else forward

    def actual_counts(self, dim: int, **hyper: Any) -> tuple[int, int]:
        """(parameters, buffer elements) of one build on the meta device: no weight memory."""
        import torch

        with torch.device("meta"):
            module = self.factory(dim, **hyper)
        return (
            sum(p.numel() for p in module.parameters()),
            sum(b.numel() for b in module.buffers()),
        )


class BlueprintRegistry:
    """All registered blueprints, by topology then name, in registration order."""

    _specs: ClassVar[dict[tuple[str, str], BlueprintSpec]] = {}
    _places: ClassVar[dict[tuple[str, str], str]] = {}  # where each blueprint was registered
    _topologies: ClassVar[dict[str, Topology]] = {}

    @classmethod
    def add_topology(
        cls, name: str, layout: Sequence[str], *, tokens: str | int | None = None
    ) -> None:
        """Declare topology ``name``: its input's dimensions in order, "dim" (the channel
        dimension) among them, e.g. ``add_topology("audio", ("batch", "dim", "length"))``.

        With ``tokens`` the input holds token ids in ``[0, tokens)`` instead (a language
        model's): ``tokens`` names the integer hyperparameter that sizes the vocabulary, which
        every blueprint of the topology then takes, or is a fixed count; the layout has no
        "dim" (the width is the factory's dim), e.g. ``add_topology("lm", ("batch",
        "seq_len"), tokens="vocab")``.

        The other names are the input sizes its FLOP functions take as keywords. The built-in
        topologies are declared this way too. Declaring a topology again alike does nothing;
        otherwise it is an error naming both places.
        """
        where = _caller()
        layout = tuple(layout)
        if not isinstance(name, str) or not name.isidentifier():
            raise ValueError(f"a topology name must be an identifier, got {name!r} ({where})")
        problems = []
        if tokens is None and layout.count("dim") != 1:
            problems.append('it must contain "dim" exactly once')
        if tokens is not None and "dim" in layout:
            problems.append('an input of token ids has no "dim" (the width is the factory\'s dim)')
        if isinstance(tokens, bool) or not isinstance(tokens, (str, int, type(None))):
            problems.append(f"tokens must be a hyperparameter's name or an int, got {tokens!r}")
        elif isinstance(tokens, int) and tokens < 1:
            problems.append(f"a fixed number of tokens must be positive, got {tokens}")
        elif isinstance(tokens, str) and (
            not tokens.isidentifier() or tokens in RESERVED_NAMES or tokens in (*layout, "dim")
        ):
            problems.append(f"tokens {tokens!r} cannot name a hyperparameter")
        for size in layout:
            if not isinstance(size, str) or not size.isidentifier() or keyword.iskeyword(size):
                problems.append(f"{size!r} is not a Python identifier")
            elif size in RESERVED_NAMES:
                problems.append(f"{size!r} is reserved (an argument of the estimate functions)")
        if len(set(layout)) != len(layout):
            problems.append("a name appears twice")
        if problems:
            raise ValueError(
                f"topology {name!r}: layout {layout!r} is invalid: {'; '.join(problems)} ({where})"
            )
        known = cls._topologies.get(name)
        if known is not None and (known.layout, known.tokens) != (layout, tokens):
            raise ValueError(
                f"topology {name!r} is declared twice differently: {_declared(known)} at "
                f"{known.where}, and {_declared(Topology(name, layout, tokens, where))} at "
                f"{where}"
            )
        cls._topologies.setdefault(name, Topology(name, layout, tokens, where))

    @classmethod
    def topology(cls, name: str) -> Topology:
        """The declared topology ``name``; UnknownTopologyError saying how to declare it."""
        try:
            return cls._topologies[name]
        except KeyError:
            raise UnknownTopologyError(_unknown_topology(name, cls._topologies)) from None

    @classmethod
    def layout(cls, topology: str) -> tuple[str, ...]:
        """The input layout of ``topology``; UnknownTopologyError saying how to declare it."""
        return cls.topology(topology).layout

    @classmethod
    def topologies(cls) -> dict[str, tuple[str, ...]]:
        """Every declared topology and its input layout, in declaration order."""
        return {name: t.layout for name, t in cls._topologies.items()}

    @classmethod
    def register(
        cls,
        name: str,
        topology: str,
        description: str = "",
        *,
        choices: dict[str, Sequence[Any]] | None = None,
        bounds: dict[str, tuple[int, int]] | None = None,
        estimates: str = GENERATED_MODULE,
    ) -> Callable[[Factory], Factory]:
        """Decorator registering ``factory(dim, **hyper) -> nn.Module`` as ``topology/name``.

        Integer hyperparameters become symbols of the derived formulas, proven on ``bounds``
        (default 1..64); any other hyperparameter (a bool, a string) must list its finite
        ``choices``, and the formulas get one branch per value. ``estimates`` names the
        generated module that holds the blueprint's formulas (``python -m codegen --output``
        writes it); the built-ins' is ``generated.estimates``.
        """

        where = _caller()

        def decorate(factory: Factory) -> Factory:
            key = (topology, name)
            if key in cls._specs:
                raise ValueError(
                    f"blueprint {topology}/{name} is already registered (at {cls._places[key]}); "
                    f"registered again at {where}: give one of them another name"
                )
            params = list(inspect.signature(factory).parameters.values())
            if not params or params[0].kind not in (
                inspect.Parameter.POSITIONAL_ONLY,
                inspect.Parameter.POSITIONAL_OR_KEYWORD,
            ):
                raise TypeError(
                    f"blueprint {topology}/{name}: the factory must take the channel dimension "
                    "as its first positional argument: factory(dim, **hyper)"
                )
            names = [p.name for p in params[1:]]
            for p in params[1:]:
                if p.default is inspect.Parameter.empty:
                    raise TypeError(
                        f"blueprint {topology}/{name}: hyperparameter {p.name!r} needs a default"
                    )
            for label, given in (("choices", choices), ("bounds", bounds)):
                unknown = sorted(set(given or ()) - set(names))
                if unknown:
                    raise TypeError(
                        f"blueprint {topology}/{name}: {label} for unknown hyperparameter(s) "
                        f"{', '.join(unknown)}; the factory takes: {', '.join(names) or 'none'}"
                    )
            for hyper, (lo, hi) in (bounds or {}).items():
                if not 1 <= lo <= hi:
                    raise ValueError(
                        f"blueprint {topology}/{name}: bounds of {hyper} must "
                        f"satisfy 1 <= lo <= hi, got ({lo}, {hi})"
                    )
            if topology not in cls._topologies:
                raise UnknownTopologyError(
                    f"blueprint {topology}/{name} (at {where}): "
                    + _unknown_topology(topology, cls._topologies)
                )
            reserved = sorted(set(names) & RESERVED_NAMES)
            if reserved:
                raise TypeError(
                    f"blueprint {topology}/{name}: hyperparameter(s) {', '.join(reserved)} have "
                    "the name of an argument of the estimate functions; rename them"
                )
            declared = cls._topologies[topology]
            clashes = sorted(set(names) & set(declared.layout))
            if clashes:
                raise TypeError(
                    f"blueprint {topology}/{name}: hyperparameter(s) {', '.join(clashes)} have "
                    f"the name of an input size of {topology}; rename them"
                )
            if isinstance(declared.tokens, str) and (
                declared.tokens not in names or declared.tokens in (choices or {})
            ):
                raise TypeError(
                    f"blueprint {topology}/{name}: {topology}'s input holds token ids in "
                    f"[0, {declared.tokens}), so the factory must take an integer "
                    f"hyperparameter {declared.tokens!r} (a symbol, not a choice)"
                )
            cls._places[key] = where
            cls._specs[key] = BlueprintSpec(
                name,
                topology,
                factory,
                description,
                tuple((k, tuple(v)) for k, v in (choices or {}).items()),
                tuple((k, (int(lo), int(hi))) for k, (lo, hi) in (bounds or {}).items()),
                estimates,
            )
            return factory

        return decorate

    @classmethod
    def get(cls, topology: str, name: str) -> BlueprintSpec:
        """The spec of ``topology/name``; ValueError listing what exists when unknown."""
        try:
            return cls._specs[(topology, name)]
        except KeyError:
            known = ", ".join(sorted(n for t, n in cls._specs if t == topology)) or "none"
            raise ValueError(
                f"unknown blueprint {topology}/{name}; {topology} has: {known}"
            ) from None

    @classmethod
    def create(cls, topology: str, name: str, dim: int, **hyper: Any) -> Any:
        """Build ``topology/name`` at ``dim`` with the given hyperparameters."""
        return cls.get(topology, name).build(dim, **hyper)

    @classmethod
    def list_for_topology(cls, topology: str, dim: int | None = None) -> list[BlueprintSpec]:
        """Blueprints of a topology: registration order, or by exact parameter count at ``dim``.

        With ``dim`` the order is by ``param_estimate(dim)`` (default hyperparameters), ties by
        name: the cheapest first.
        """
        specs = [s for (t, _), s in cls._specs.items() if t == topology]
        if dim is None:
            return specs
        return sorted(specs, key=lambda s: (s.param_estimate(dim), s.name))

    @classmethod
    def all(cls) -> list[BlueprintSpec]:
        """Every registered blueprint, in registration order."""
        return list(cls._specs.values())


def _declared(topology: Topology) -> str:
    if topology.tokens is None:
        return f"layout {topology.layout!r}"
    return f"layout {topology.layout!r} of token ids in [0, {topology.tokens})"


def _unknown_topology(topology: str, known: dict[str, Topology]) -> str:
    return (
        f"unknown topology {topology!r} (declared: {', '.join(known) or 'none'}); declare it "
        f"before registering, with its input layout: BlueprintRegistry.add_topology("
        f"{topology!r}, ('batch', 'dim', ...))"
    )


# The built-in topologies, declared as a user declares one.
BlueprintRegistry.add_topology("cnn", ("batch", "dim", "height", "width"))
BlueprintRegistry.add_topology("cnn1d", ("batch", "dim", "length"))
BlueprintRegistry.add_topology("cnn3d", ("batch", "dim", "depth", "height", "width"))
BlueprintRegistry.add_topology("transformer", ("batch", "seq_len", "dim"))
# a language model's: token ids in [0, vocab), vocab a hyperparameter of every blueprint
BlueprintRegistry.add_topology("lm", ("batch", "seq_len"), tokens="vocab")
