"""Exact cost estimates of the registered blueprints: the index.

GENERATED FILE, do not edit.
Made by `python -m codegen` (blueprint-estimates) from the blueprints registered by `whole_models`.
Regenerate after changing a blueprint; `python -m codegen --check` fails while this file or a file
in `model_estimates_blueprints/` is stale.

Each blueprint's formulas are in a module of their own,
`model_estimates_blueprints/<topology>_<name>.py`, imported on first use; its functions are
attributes of this module too (`model_estimates.cnn_vit_params`). Every formula was derived
symbolically from the module the factory builds and is exact on the domain its module states;
outside it the functions raise ValueError (a wrong type: TypeError) rather than extrapolate.
Integers of other types (numpy's, 0-d integer tensors: what operator.index takes, bool aside) are
taken as ints. Plain Python, integer arithmetic only: no torch, no sympy.

What the quantities count:
- params: Parameters (numel), attributed to the submodule that owns each.
- buffers: Buffer elements (running statistics and the like), kept apart from parameters.
- training_state_bytes: Bytes of the parameters, their gradients and the optimizer's state after a
  step, every trainable parameter having a gradient: SGD keeps no state, SGD with momentum a buffer
  per parameter, Adam and AdamW two and a 4-byte step count per parameter tensor.
- forward_flops: FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2;
  matmul, convolution, attention), for module(x) in training mode.
- backward_flops: FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward
  pass of one training step (loss = output.sum(); gradients for the input and every parameter;
  recomputation included).
- elementwise_flops: Elementwise operations FlopCounterMode does not count (activations, norms,
  residual adds, reductions), by the rules of codegen/derive/flops.py, for module(x).
- backward_elementwise_flops: Elementwise operations FlopCounterMode does not count, by the rules of
  codegen/derive/flops.py, for the backward pass (loss = output.sum(), not counted).
- activation_bytes: Bytes of the tensors autograd saves for the backward pass during module(x) in
  training mode: each storage once, at its size and dtype; the module's parameters and buffers not
  included, the input where it is saved; under activation checkpointing, what checkpointing keeps.
- peak_bytes: The most bytes alive at once during the step users run (the optimizer made beforehand;
  loss = module(x).sum(), loss.backward(), opt.step(), opt.zero_grad()) on an input made beforehand:
  parameters, buffers, gradients, saved and temporary tensors and optimizer state, each storage
  once, as torch.distributed._tools.mem_tracker.MemTracker counts them after each op (PyTorch's
  default optimizers on the CPU).
"""

from __future__ import annotations

import importlib
import operator
from collections.abc import Callable
from types import ModuleType

BLUEPRINTS: tuple[tuple[str, str], ...] = (
    ("cnn", "vit"),
    ("lm", "bert"),
    ("lm", "gpt2"),
    ("lm", "llama"),
)
# the input sizes of each topology: keywords of the FLOP and activation functions
INPUTS: dict[str, tuple[str, ...]] = {
    "cnn": ("batch", "height", "width"),
    "lm": ("batch", "seq_len"),
}
QUANTITIES = (
    "params",
    "buffers",
    "training_state_bytes",
    "forward_flops",
    "backward_flops",
    "elementwise_flops",
    "backward_elementwise_flops",
    "activation_bytes",
    "peak_bytes",
)

_PACKAGE = (
    f"{__package__}.model_estimates_blueprints" if __package__ else "model_estimates_blueprints"
)
_KNOWN = frozenset(BLUEPRINTS)
_LOADED: dict[str, dict[tuple[str, str], Callable[..., int]]] = {q: {} for q in QUANTITIES}
_PARAMS = _LOADED["params"]
_BUFFERS = _LOADED["buffers"]
_TRAINING_STATE_BYTES = _LOADED["training_state_bytes"]
_FORWARD_FLOPS = _LOADED["forward_flops"]
_BACKWARD_FLOPS = _LOADED["backward_flops"]
_ELEMENTWISE_FLOPS = _LOADED["elementwise_flops"]
_BACKWARD_ELEMENTWISE_FLOPS = _LOADED["backward_elementwise_flops"]
_ACTIVATION_BYTES = _LOADED["activation_bytes"]
_PEAK_BYTES = _LOADED["peak_bytes"]


def function(quantity: str, topology: str, name: str) -> Callable[..., int]:
    """The generated function of ``quantity`` (one of QUANTITIES) for topology/name; its
    module is imported on first use. ValueError for an unknown blueprint or quantity."""
    try:
        return _LOADED[quantity][topology, name]
    except KeyError:
        pass
    if quantity not in _LOADED:
        raise ValueError(f"unknown quantity {quantity!r}; one of: {', '.join(QUANTITIES)}")
    if (topology, name) not in _KNOWN:
        known = ", ".join(n for t, n in BLUEPRINTS if t == topology) or "none"
        raise ValueError(f"unknown blueprint {topology}/{name}; {topology} has: {known}")
    module = _module(topology, name)
    found = {each: getattr(module, f"{topology}_{name}_{each}", None) for each in QUANTITIES}
    for each, table in _LOADED.items():
        if found[each] is not None:
            table[topology, name] = found[each]
    if found[quantity] is None:
        raise ValueError(f"{topology}/{name} has no {quantity} function (nothing was traced)")
    return found[quantity]


def _module(topology: str, name: str) -> ModuleType:
    """The module of topology/name; an ImportError saying what to do where it is missing."""
    try:
        return importlib.import_module(f"{_PACKAGE}.{topology}_{name}")
    except ModuleNotFoundError as error:
        raise ImportError(
            f"{topology}/{name}: its module {_PACKAGE}.{topology}_{name} cannot be imported "
            f"({error}); this index imports it from the package beside it: import the index "
            "as a module of a package (not from a file path), commit the package with it, or "
            "regenerate both with python -m codegen"
        ) from None


def domain(topology: str, name: str) -> dict[str, tuple[object, ...]]:
    """Each argument of topology/name's functions with its proven domain: ``(lo, hi)`` for an
    integer, ``(choices,)`` for the others."""
    function("params", topology, name)  # the clear error for an unknown blueprint
    return dict(_module(topology, name)._DOMAIN)


def source(topology: str, name: str) -> str | None:
    """The fingerprint of the factory source topology/name was derived from (None when the
    generator was not given it): the registry warns once when the source it runs differs."""
    function("params", topology, name)  # the clear error for an unknown blueprint
    return getattr(_module(topology, name), "SOURCE", None)


def __getattr__(attribute: str) -> Callable[..., int]:
    """``model_estimates.cnn_vit_params``: a blueprint's function, from its module."""
    for topology, name in BLUEPRINTS:
        quantity = attribute.removeprefix(f"{topology}_{name}_")
        if quantity != attribute and quantity in _LOADED:
            return function(quantity, topology, name)
    raise AttributeError(f"module {__name__!r} has no attribute {attribute!r}")


def check_keywords(topology: str, name: str, given: dict[str, object], sizes: bool) -> None:
    """TypeError naming what is missing or unexpected among the keywords ``given`` to one of
    topology/name's functions: hyperparameters, and with ``sizes`` the input sizes."""
    accepted = _module(topology, name).HYPERPARAMETERS
    if sizes:
        expected = INPUTS[topology]
        missing = [n for n in expected if n not in given]
        every = {n for names in INPUTS.values() for n in names}
        stray = sorted(n for n in given if n in every and n not in expected)
        if missing or stray:
            raise TypeError(
                f"{topology} inputs take {', '.join(expected)}"
                + (f"; missing: {', '.join(missing)}" if missing else "")
                + (f"; unexpected: {', '.join(stray)}" if stray else "")
            )
        given = {k: v for k, v in given.items() if k not in expected}
    unknown = sorted(set(given) - set(accepted))
    if unknown:
        every = {n for names in INPUTS.values() for n in names}
        # an input size here is one given to a count that does not depend on the input
        inputs = [n for n in unknown if n in every]
        others = [n for n in unknown if n not in every]
        problems = ([f"unknown hyperparameter(s) {', '.join(others)}"] if others else []) + (
            [f"input size(s) {', '.join(inputs)} given to a count that does not depend on them"]
            if inputs
            else []
        )
        raise TypeError(
            f"{topology}/{name}: {'; '.join(problems)}; "
            f"hyperparameters accepted: {', '.join(accepted) or 'none'}"
        )


def param_count(topology: str, name: str, dim: int, **hyper: object) -> int:
    """Exact parameter count of topology/name at dim (see the per-blueprint functions)."""
    try:
        count = _PARAMS[topology, name]
    except KeyError:
        count = function("params", topology, name)
    try:
        return count(dim, **hyper)
    except TypeError as error:
        problem = error
    check_keywords(topology, name, hyper, False)  # the clearer message, if any
    raise problem


def buffer_count(topology: str, name: str, dim: int, **hyper: object) -> int:
    """Exact buffer element count (running statistics and the like) of topology/name."""
    try:
        count = _BUFFERS[topology, name]
    except KeyError:
        count = function("buffers", topology, name)
    try:
        return count(dim, **hyper)
    except TypeError as error:
        problem = error
    check_keywords(topology, name, hyper, False)  # the clearer message, if any
    raise problem


def training_state_bytes(
    topology: str, name: str, dim: int, *, optimizer: str = "adam", **hyper: object
) -> int:
    """Bytes of the parameters, gradients and optimizer state of topology/name."""
    try:
        count = _TRAINING_STATE_BYTES[topology, name]
    except KeyError:
        count = function("training_state_bytes", topology, name)
    try:
        return count(dim, optimizer=optimizer, **hyper)
    except TypeError as error:
        problem = error
    check_keywords(topology, name, hyper, False)  # the clearer message, if any
    raise problem


def forward_flops(topology: str, name: str, dim: int, **sizes_and_hyper: object) -> int:
    """FLOPs of the forward pass of topology/name (FlopCounterMode's convention)."""
    try:
        count = _FORWARD_FLOPS[topology, name]
    except KeyError:
        count = function("forward_flops", topology, name)
    try:
        return count(dim, **sizes_and_hyper)
    except TypeError as error:
        problem = error
    check_keywords(topology, name, sizes_and_hyper, True)  # the clearer message, if any
    raise problem


def backward_flops(topology: str, name: str, dim: int, **sizes_and_hyper: object) -> int:
    """FLOPs of the backward pass of topology/name (FlopCounterMode's convention)."""
    try:
        count = _BACKWARD_FLOPS[topology, name]
    except KeyError:
        count = function("backward_flops", topology, name)
    try:
        return count(dim, **sizes_and_hyper)
    except TypeError as error:
        problem = error
    check_keywords(topology, name, sizes_and_hyper, True)  # the clearer message, if any
    raise problem


def elementwise_flops(topology: str, name: str, dim: int, **sizes_and_hyper: object) -> int:
    """Elementwise operations of the forward pass of topology/name (see the README's table)."""
    try:
        count = _ELEMENTWISE_FLOPS[topology, name]
    except KeyError:
        count = function("elementwise_flops", topology, name)
    try:
        return count(dim, **sizes_and_hyper)
    except TypeError as error:
        problem = error
    check_keywords(topology, name, sizes_and_hyper, True)  # the clearer message, if any
    raise problem


def backward_elementwise_flops(
    topology: str, name: str, dim: int, **sizes_and_hyper: object
) -> int:
    """Elementwise operations of the backward pass of topology/name (the README's table)."""
    try:
        count = _BACKWARD_ELEMENTWISE_FLOPS[topology, name]
    except KeyError:
        count = function("backward_elementwise_flops", topology, name)
    try:
        return count(dim, **sizes_and_hyper)
    except TypeError as error:
        problem = error
    check_keywords(topology, name, sizes_and_hyper, True)  # the clearer message, if any
    raise problem


def activation_bytes(topology: str, name: str, dim: int, **sizes_and_hyper: object) -> int:
    """Bytes autograd saves for the backward pass during module(x) of topology/name."""
    try:
        count = _ACTIVATION_BYTES[topology, name]
    except KeyError:
        count = function("activation_bytes", topology, name)
    try:
        return count(dim, **sizes_and_hyper)
    except TypeError as error:
        problem = error
    check_keywords(topology, name, sizes_and_hyper, True)  # the clearer message, if any
    raise problem


def peak_bytes(
    topology: str, name: str, dim: int, *, optimizer: str = "adam", **sizes_and_hyper: object
) -> int:
    """Peak bytes alive during one training step of topology/name (MemTracker's convention)."""
    try:
        count = _PEAK_BYTES[topology, name]
    except KeyError:
        count = function("peak_bytes", topology, name)
    try:
        return count(dim, optimizer=optimizer, **sizes_and_hyper)
    except TypeError as error:
        problem = error
    check_keywords(topology, name, sizes_and_hyper, True)  # the clearer message, if any
    raise problem


def max_fitting(
    topology: str,
    name: str,
    memory: int,
    solve: str,
    *,
    optimizer: str = "adam",
    **sizes_and_hyper: object,
) -> tuple[int, int] | None:
    """The largest value of ``solve`` (dim, an input size or an integer hyperparameter) at
    which the peak bytes of a training step of topology/name are at most ``memory``, and the
    peak there: ``(value, peak)``; None where no value of its domain fits. The other
    arguments as keywords, ``dim`` among them unless it is solved for.

    Exact: the peak is evaluated at every value of the domain, from its top down until one
    fits, because it need not grow with every size (a kernel chosen by size, heads that split
    a width). Values where the blueprint has no training step are passed over."""
    try:
        if isinstance(memory, bool):
            raise TypeError
        memory = operator.index(memory)  # numpy's integers too, as every generated function
    except TypeError:
        raise TypeError(f"memory must be an int (bytes), got {type(memory).__name__}") from None
    count = function("peak_bytes", topology, name)
    bounds = _module(topology, name)._DOMAIN
    given = dict(sizes_and_hyper)
    integers = [n for n, allowed in bounds.items() if len(allowed) == 2]
    if solve not in integers or solve in given:
        open_ = ", ".join(n for n in integers if n not in given) or "none"
        raise ValueError(
            f"{topology}/{name}: cannot solve for {solve!r}: name an integer argument that is "
            f"not given ({open_})"
        )
    if solve != "dim" and "dim" not in given:
        raise TypeError(f"{topology}/{name}: dim must be given (or solved for)")
    dim = given.pop("dim", None)
    refused = importlib.import_module(_PACKAGE).Refused
    lo, hi = bounds[solve]
    for value in range(hi, lo - 1, -1):
        if solve == "dim":
            dim = value
        else:
            given[solve] = value
        try:
            peak = count(dim, optimizer=optimizer, **given)
        except refused:
            continue
        except TypeError:
            check_keywords(topology, name, given, True)  # the clearer message, if any
            raise
        if peak <= memory:
            return value, peak
    return None
