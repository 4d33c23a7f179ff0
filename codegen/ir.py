"""The intermediate representation between derivation and rendering: frozen, torch-free.

Derivation (``construct``, ``explore``) produces these records; the printer and the renderer
consume them. Expressions are plain sympy over named symbols (``dim``); nothing here imports
torch, so everything from this module on can be tested without it.
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy

# optimizer -> the quantity of its training state: the bytes of the parameters, their
# gradients and the optimizer's state after a step (AdamW keeps what Adam keeps)
OPTIMIZER_STATES = {
    "sgd": "training_state_sgd",
    "sgd_momentum": "training_state_sgd_momentum",
    "adam": "training_state_adam",
    "adamw": "training_state_adam",
}
TRAINING_STATES = tuple(dict.fromkeys(OPTIMIZER_STATES.values()))
# the estimate that picks one of them by optimizer (one generated function, one table)
TRAINING_STATE = "training_state"
# What a construction (a symbolic build) gives: functions of dim and the hyperparameters.
QUANTITIES = ("params", "buffers", *TRAINING_STATES)
# What a traced training step gives, functions of the input sizes too: matmul FLOPs
# (PyTorch's convention) and elementwise operations (ours) of the forward and the backward
# pass (see codegen/derive/flops.py), and the bytes autograd saves in the forward for the backward
# (see blueprints/memory_reference.py).
TRACED_QUANTITIES = (
    "forward_flops",
    "backward_flops",
    "elementwise_flops",
    "backward_elementwise_flops",
    "activation_bytes",
)


@dataclass(frozen=True)
class Variable:
    """An integer input of the formulas with the closed range it is proven on."""

    name: str
    lo: int
    hi: int


@dataclass(frozen=True)
class Guard:
    """A condition a construction assumed (true at its sample), with the line that branched."""

    condition: sympy.Basic
    location: str
    internal: bool


@dataclass(frozen=True)
class Term:
    """The part of a quantity owned by one submodule (``owner`` is its path, "" the root)."""

    owner: str
    owner_type: str
    expr: sympy.Expr


@dataclass(frozen=True)
class Rejection:
    """The factory raises here: the blueprint does not exist at these inputs."""

    error: str
    message: str
    location: str | None
    stage: str = "factory"  # "factory": building raises; "training step": running it raises


@dataclass(frozen=True)
class Construction:
    """One symbolic build at one sample point: what it assumed and what it found."""

    sample: tuple[tuple[str, int], ...]
    guards: tuple[Guard, ...]
    quantities: tuple[tuple[str, tuple[Term, ...]], ...] = ()
    rejection: Rejection | None = None

    def terms(self, quantity: str) -> tuple[Term, ...]:
        return dict(self.quantities)[quantity]


@dataclass(frozen=True)
class Branch:
    """One branch of a piecewise estimate; ``condition`` None means "everywhere else"."""

    condition: sympy.Basic | None
    terms: tuple[Term, ...] = ()
    rejection: Rejection | None = None

    @property
    def total(self) -> sympy.Expr:
        return sympy.Add(*(t.expr for t in self.terms))


@dataclass(frozen=True)
class Estimate:
    """A quantity of a blueprint as ordered branches: the first whose condition holds applies.

    ``failure`` says why the quantity could not be derived (then there are no branches): the
    FLOPs of a blueprint can fail while its parameters and buffers are still exact.
    """

    quantity: str
    branches: tuple[Branch, ...]
    failure: str | None = None


@dataclass(frozen=True)
class Variant:
    """The estimates for one combination of the finite-choice hyperparameters."""

    values: tuple[tuple[str, object], ...]
    estimates: tuple[Estimate, ...]

    def estimate(self, quantity: str) -> Estimate:
        return next(e for e in self.estimates if e.quantity == quantity)


@dataclass(frozen=True)
class BlueprintEstimates:
    """Everything derived for one blueprint, ready to print.

    ``variables`` are the symbols of the formulas (``dim`` first, then the integer
    hyperparameters) with their proven ranges; ``inputs`` the input sizes besides ``dim``
    (batch, height, width or seq_len), variables of the FLOP formulas only; ``choices`` the
    hyperparameters with finite values, one ``Variant`` per combination of them;
    ``defaults`` every hyperparameter's default, in the factory's order.
    """

    topology: str
    name: str
    description: str
    factory: str
    defaults: tuple[tuple[str, object], ...]
    variables: tuple[Variable, ...]
    inputs: tuple[Variable, ...]
    choices: tuple[tuple[str, tuple[object, ...]], ...]
    variants: tuple[Variant, ...]
    derivations: int
    traces: int = 0

    @property
    def key(self) -> str:
        return f"{self.topology}/{self.name}"

    def failures(self) -> list[str]:
        """Why some quantities were not derived, one line per distinct reason."""
        reasons: list[str] = []
        for variant in self.variants:
            for estimate in variant.estimates:
                if estimate.failure is not None and estimate.failure not in reasons:
                    reasons.append(estimate.failure)
        return reasons

    def estimate(self, quantity: str, **values: object) -> Estimate:
        """The estimate of ``quantity`` for the given choice values (default: the first)."""
        for variant in self.variants:
            if all(dict(variant.values)[k] == v for k, v in values.items()):
                return variant.estimate(quantity)
        raise KeyError(values)
