"""Build one blueprint with symbolic sizes and read off what it owns and what it assumed.

``construct(spec, sample, fixed)`` runs the factory inside a ``SymbolicSession``: every
parameter and buffer then has a sympy ``numel``, attributed to the submodule that owns it, and
every Python branch on a size is a recorded guard. The result is checked against a real build
(meta device) at the sample before it is returned, so a derivation that disagrees with PyTorch
at the one point where both are known never leaves this module.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
import sympy
import torch
from torch import nn

from blueprints.memory_reference import OPTIMIZERS, state_bytes
from blueprints.registry import BlueprintSpec

from ..errors import (
    DerivationError,
    SpecializationError,
    UnsupportedExpressionError,
    needs_concrete_sizes,
    what_raised,
)
from ..evaluate import evaluate
from ..ir import OPTIMIZER_STATES, TRAINING_STATES, Construction, Rejection, Term
from .explore.box import Box, UndecidedError
from .symbolic import FloatConversionError, SymbolicSession, plain_symbol, user_location
from .symbolic.floats import FACTORY_RUNNING

# The names of a blueprint's size variables, by position in ``factory(dim, ...)``.
DIM = "dim"

assert set(OPTIMIZER_STATES) == set(OPTIMIZERS)
# training-state quantity -> the optimizer whose state it counts
_STATE_OPTIMIZER = {
    q: next(o for o, s in OPTIMIZER_STATES.items() if s == q) for q in TRAINING_STATES
}

_PIN_HINT = (
    "compute sizes with integer operators on the dimension (//, %, max, min) instead of "
    "int(), float(), math.* or range() over it"
)


_FLOAT_HINT = (
    "a size computed through floats is exact where it equals an integer expression on the "
    "whole domain (int(dim * 1.5) == 3 * dim // 2), or else where Python computes it at every "
    "point of the domain as a size (then the generated code computes it as the factory does); "
    "this one is neither: keep the float defined and non-negative for every dim, or compute "
    "the size with integer operators (//, %)"
)


_SYMBOLIC_HINT = (
    "a data-dependent branch (on tensor values) or an operation PyTorch cannot do on symbolic "
    "sizes; keep size computations in plain integer arithmetic on the dimension"
)


@dataclass(frozen=True)
class Built:
    """A symbolic build: its IR record, and the fake module with the session it lives in."""

    construction: Construction
    module: nn.Module | None  # None where the factory rejects the inputs
    session: SymbolicSession


def construct(
    spec: BlueprintSpec, sample: dict[str, int], fixed: dict[str, Any], domain: Box | None = None
) -> Construction:
    """Build ``spec`` symbolically at ``sample``; raise ``DerivationError`` if unprovable.

    ``sample`` gives ``dim`` and every integer hyperparameter (all become symbols); ``fixed``
    the finite-choice hyperparameters, passed as they are; ``domain`` the box of those
    variables, on which a size the factory computes through floats is proven to equal an
    integer expression (``float_sizes.py``).
    """
    return build(spec, sample, fixed, domain).construction


def build(
    spec: BlueprintSpec, sample: dict[str, int], fixed: dict[str, Any], domain: Box | None = None
) -> Built:
    """``construct``, keeping the fake module (for tracing its forward and backward)."""
    loaded = len(sys.modules)
    try:
        return _build(spec, sample, fixed, domain)
    except DerivationError:
        if len(sys.modules) == loaded:
            raise
        # the factory imported modules (a lazy ``from transformers... import``): a session
        # rebinds ``int`` and ``float`` in the modules loaded when it opens, so build again
        return _build(spec, sample, fixed, domain)


def _build(
    spec: BlueprintSpec, sample: dict[str, int], fixed: dict[str, Any], domain: Box | None
) -> Built:
    session = SymbolicSession(sample, domain)
    try:
        with session:
            symbols = session.symbols
            running = FACTORY_RUNNING.set(True)
            try:
                module = spec.factory(symbols[DIM], **_hyper(symbols, fixed))
            finally:
                FACTORY_RUNNING.reset(running)
    except SpecializationError as exc:
        raise DerivationError(
            spec.key,
            f"{exc} while building at {_point(sample)}",
            exc.location,
            _PIN_HINT,
        ) from exc
    except FloatConversionError as exc:
        raise DerivationError(
            spec.key,
            f"a size computed through floats cannot be computed exactly: {exc} (building at "
            f"{_point(sample)})",
            exc.location,
            _FLOAT_HINT,
        ) from exc
    except DerivationError:
        raise
    except Exception as exc:  # the factory rejected the inputs, or the symbolic build failed
        return Built(_rejection(spec, sample, fixed, session, exc), None, session)

    pinned = session.pinned_symbols()
    guards = _converted(spec, session)
    if pinned and _one_point_region(guards, pinned, sample, domain, session):
        pinned = []  # the guards say where this build holds: at this point only
    if pinned:
        culprit = _pinning(guards, pinned, sample)
        raise DerivationError(
            spec.key,
            f"a guard pins {', '.join(pinned)} to a single value "
            f"({culprit.condition if culprit else '?'}) while building at {_point(sample)}",
            culprit.location if culprit else None,
            "branch on ranges or divisibility (dim >= 8, dim % 4 == 0), not on equality with "
            "one value; " + _PIN_HINT,
        )
    try:
        quantities = (
            ("params", _terms(session, module, module.named_parameters(), _numel)),
            ("buffers", _terms(session, module, module.named_buffers(), _numel)),
            *(
                (quantity, _terms(session, module, module.named_parameters(), _state(optimizer)))
                for quantity, optimizer in _STATE_OPTIMIZER.items()
            ),
        )
    except UnsupportedExpressionError as exc:
        raise DerivationError(spec.key, f"a size cannot be expressed exactly: {exc}") from exc
    construction = Construction(tuple(sorted(sample.items())), guards, quantities)
    _check_at_sample(spec, construction, fixed)
    return Built(construction, module, session)


def _hyper(values: dict[str, Any], fixed: dict[str, Any]) -> dict[str, Any]:
    """The factory's keyword arguments: every variable but ``dim``, and the fixed choices."""
    return {**{k: v for k, v in values.items() if k != DIM}, **fixed}


def _point(sample: dict[str, int]) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(sample.items()))


def _pins_alone(
    guard: Any, pinned: list[str], sample: dict[str, int], domain: Box | None = None
) -> bool:
    """Whether ``guard`` alone admits one value of a pinned size (``dim != 64`` decided
    False), the others at the sample: over the size's whole range where the box is known,
    else over 1..128; a guard that cannot be evaluated so does not."""
    ranges = {v.name: (v.lo, v.hi) for v in domain.variables} if domain is not None else {}
    for name in pinned:
        free = {s.name for s in guard.condition.free_symbols}
        if name not in free or any(other not in sample for other in free - {name}):
            continue
        lo, hi = ranges.get(name, (1, max(128, sample.get(name, 1))))
        values = np.arange(lo, hi + 1, dtype=np.int64)
        grid = {
            other: values if other == name else np.full(len(values), sample[other], np.int64)
            for other in {*free, name}
        }
        try:
            admitted = np.asarray(evaluate(guard.condition, grid), dtype=bool)
        except Exception:  # a vocabulary numpy cannot evaluate here: not shown to pin
            continue
        if int(admitted.sum()) <= 1:
            return True
    return False


def _one_point_region(
    guards: tuple[Any, ...],
    pinned: list[str],
    sample: dict[str, int],
    domain: Box | None,
    session: SymbolicSession,
) -> bool:
    """Whether a pin is a region of one point that the guards describe: no guard pins alone,
    PyTorch deferred no condition it does not record as a guard, and the guards together
    imply the sample's value of each pinned size on the whole box (z3). Range guards do that
    at the edge of a region (``dim >= 3`` and ``dim // 4 == 0`` at dim 3, where timm's ``if
    not rd_channels`` meets a quarter of the channels), unlike an equality the exploration
    would meet at every point."""
    if domain is None or session.deferred_conditions():
        return False
    if any(_pins_alone(g, pinned, sample, domain) for g in guards):
        return False
    try:
        premise = domain.conjunction([g.condition for g in guards])
        return all(
            domain.implies(premise, domain.formula(sympy.Eq(plain_symbol(n), sample[n])))
            for n in pinned
        )
    except (UnsupportedExpressionError, UndecidedError):
        return False


def _pinning(guards: tuple[Any, ...], pinned: list[str], sample: dict[str, int]) -> Any:
    """The guard to blame for pinning ``pinned``: blueprint code before PyTorch internals, a
    guard that alone admits one value of a pinned size (``dim != 64``, not ``dim % 8``)
    before another equality, an equality before anything else."""
    candidates = [g for g in guards if not g.internal] or list(guards)

    def alone_pins(guard: Any) -> bool:
        return _pins_alone(guard, pinned, sample)

    for test in (alone_pins, lambda g: isinstance(g.condition, sympy.Eq)):
        found = next((g for g in candidates if test(g)), None)
        if found is not None:
            return found
    return candidates[-1] if candidates else None


def _converted(spec: BlueprintSpec, session: SymbolicSession) -> tuple[Any, ...]:
    try:
        return tuple(session.guards())
    except UnsupportedExpressionError as exc:
        raise DerivationError(spec.key, f"a guard cannot be expressed exactly: {exc}") from exc


def _numel(tensor: torch.Tensor) -> Any:
    return tensor.numel()


def _state(optimizer: str) -> Callable[[torch.Tensor], Any]:
    """A parameter's bytes with its gradient and ``optimizer``'s state for it."""
    return lambda parameter: state_bytes([parameter], optimizer)


def _terms(
    session: SymbolicSession,
    module: nn.Module,
    named: Iterable[tuple[str, torch.Tensor]],
    measure: Callable[[torch.Tensor], Any],
) -> tuple[Term, ...]:
    """Sum ``measure`` (elements, bytes) per owning submodule, in module-tree order."""
    totals: dict[str, sympy.Expr] = {}
    for name, tensor in named:
        owner = name.rpartition(".")[0]
        totals[owner] = totals.get(owner, sympy.Integer(0)) + session.to_sympy(measure(tensor))
    return tuple(
        Term(owner, type(module.get_submodule(owner)).__name__, sympy.expand(expr))
        for owner, expr in totals.items()
    )


def _rejection(
    spec: BlueprintSpec,
    sample: dict[str, int],
    fixed: dict[str, Any],
    session: SymbolicSession,
    exc: Exception,
) -> Construction:
    """The symbolic build raised: a real rejection of these inputs, or a derivation failure.

    It is a rejection only if the real factory raises the same kind of error at the sample;
    then the guards recorded up to the raise describe where the factory rejects. (Another
    kind is no agreement: a meta-device build fails on ``.item()`` where the real one runs.)
    """
    location = user_location(traceback.extract_tb(exc.__traceback__))
    if needs_concrete_sizes(exc):  # not about these inputs: the real build cannot tell
        raise DerivationError(
            spec.key,
            f"building symbolically at {_point(sample)} {what_raised(exc)}",
            location,
            _SYMBOLIC_HINT,
        ) from exc
    try:
        with torch.device("meta"):
            spec.factory(sample[DIM], **_hyper(sample, fixed))
    except type(exc) as real:
        guards = _converted(spec, session)
        return Construction(
            tuple(sorted(sample.items())),
            guards,
            rejection=Rejection(type(real).__name__, str(real), location),
        )
    except Exception as real:
        raise DerivationError(
            spec.key,
            f"building symbolically at {_point(sample)} {what_raised(exc)}; the real build "
            f"(meta device) raises {type(real).__name__} instead",
            location,
            _SYMBOLIC_HINT,
        ) from exc
    raise DerivationError(
        spec.key,
        f"building symbolically at {_point(sample)} {what_raised(exc)}, but the real module "
        "builds there",
        location,
        _SYMBOLIC_HINT,
    ) from exc


def _check_at_sample(spec: BlueprintSpec, construction: Construction, fixed: dict) -> None:
    """Compare the derived counts with a real build at the sample point."""
    sample = dict(construction.sample)
    hyper = _hyper(sample, fixed)
    grid = {k: np.array([v]) for k, v in sample.items()}
    with torch.device("meta"):
        module = spec.factory(sample[DIM], **hyper)
    actual = {
        "params": sum(p.numel() for p in module.parameters()),
        "buffers": sum(b.numel() for b in module.buffers()),
        **{q: state_bytes(module.parameters(), o) for q, o in _STATE_OPTIMIZER.items()},
    }
    for quantity, terms in construction.quantities:
        derived = int(evaluate(sympy.Add(*(t.expr for t in terms)), grid)[0])
        if derived != actual[quantity]:
            raise DerivationError(
                spec.key,
                f"derived {quantity} {derived} but the real module has {actual[quantity]} at "
                f"{_point(sample)}: the symbolic build does not match PyTorch",
                hint="report this as a generator bug, with the blueprint",
            )
