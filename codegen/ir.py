"""The intermediate representation between derivation and rendering: frozen, torch-free.

Derivation (``construct``, ``explore``) produces these records; the printer and the renderer
consume them. Expressions are plain sympy over named symbols (``dim``); nothing here imports
torch, so everything from this module on can be tested without it.
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy


@dataclass(frozen=True)
class Quantity:
    """One estimated quantity, as derivation, the generated code and people name it.

    ``name`` is the IR's (``Estimate.quantity``, the stored entries'); ``suffix`` names its
    generated function (``<topology>_<name>_<suffix>``) and its entry in the index's
    ``QUANTITIES``, None for a training state that has no function of its own (the
    ``training_state`` function picks it by optimizer); ``dispatcher`` is the index's function
    over every blueprint. ``traced`` quantities come from a traced training step and are
    functions of the input sizes too; the others come from a construction (dim and the
    hyperparameters). ``title`` is what ``explain``, the report and the docstrings call it,
    ``summary`` the dispatcher's docstring, ``note`` the index docstring's line on what it
    counts. A quantity that depends on the optimizer has one quantity per optimizer, each
    listing the ``optimizers`` it holds for and the quantity that picks it (``picked_by``),
    whose function takes ``optimizer`` (``default_optimizer``) and has no derivation of its own.
    """

    name: str
    title: str
    suffix: str | None = None
    dispatcher: str | None = None
    traced: bool = False
    summary: str = ""
    note: str = ""
    optimizers: tuple[str, ...] = ()
    picked_by: str | None = None
    default_optimizer: str | None = None


_FLOP_COUNTER = "FLOPs as torch.utils.flop_counter.FlopCounterMode counts them"
_NOT_COUNTED = "Elementwise operations FlopCounterMode does not count"
# Every quantity in order: the generated functions (those with a suffix) in the order of the
# index, each training state after the function that picks it. What a traced training step
# gives: matmul FLOPs (PyTorch's convention) and elementwise operations (ours) of the forward
# and the backward pass (see codegen/derive/flops.py), and the bytes autograd saves in the
# forward for the backward (see blueprints/memory_reference.py).
QUANTITY_TABLE: tuple[Quantity, ...] = (
    Quantity(
        "params",
        "Parameters",
        suffix="params",
        dispatcher="param_count",
        summary="Exact parameter count of topology/name at dim (see the per-blueprint functions).",
        note="Parameters (numel), attributed to the submodule that owns each.",
    ),
    Quantity(
        "buffers",
        "Buffer elements",
        suffix="buffers",
        dispatcher="buffer_count",
        summary="Exact buffer element count (running statistics and the like) of topology/name.",
        note="Buffer elements (running statistics and the like), kept apart from parameters.",
    ),
    Quantity(
        "training_state",
        "Training state bytes",
        suffix="training_state_bytes",
        dispatcher="training_state_bytes",
        summary="Bytes of the parameters, gradients and optimizer state of topology/name.",
        note="Bytes of the parameters, their gradients and the optimizer's state after a step, "
        "every trainable parameter having a gradient: SGD keeps no state, SGD with momentum a "
        "buffer per parameter, Adam and AdamW two and a 4-byte step count per parameter tensor.",
        default_optimizer="adam",
    ),
    Quantity(
        "training_state_sgd",
        "Training state bytes, SGD",
        optimizers=("sgd",),
        picked_by="training_state",
    ),
    Quantity(
        "training_state_sgd_momentum",
        "Training state bytes, SGD with momentum",
        optimizers=("sgd_momentum",),
        picked_by="training_state",
    ),
    # AdamW keeps what Adam keeps
    Quantity(
        "training_state_adam",
        "Training state bytes, Adam or AdamW",
        optimizers=("adam", "adamw"),
        picked_by="training_state",
    ),
    Quantity(
        "forward_flops",
        "Forward FLOPs",
        suffix="forward_flops",
        dispatcher="forward_flops",
        traced=True,
        summary="FLOPs of the forward pass of topology/name (FlopCounterMode's convention).",
        note=f"{_FLOP_COUNTER} (a multiply-add is 2; matmul, convolution, attention), for "
        "module(x) in training mode.",
    ),
    Quantity(
        "backward_flops",
        "Backward FLOPs",
        suffix="backward_flops",
        dispatcher="backward_flops",
        traced=True,
        summary="FLOPs of the backward pass of topology/name (FlopCounterMode's convention).",
        note=f"{_FLOP_COUNTER}, for the backward pass of one training step (loss = "
        "output.sum(); gradients for the input and every parameter; recomputation included).",
    ),
    Quantity(
        "elementwise_flops",
        "Forward elementwise operations",
        suffix="elementwise_flops",
        dispatcher="elementwise_flops",
        traced=True,
        summary="Elementwise operations of the forward pass of topology/name (see the README's "
        "table).",
        note=f"{_NOT_COUNTED} (activations, norms, residual adds, reductions), by the rules of "
        "codegen/derive/flops.py, for module(x).",
    ),
    Quantity(
        "backward_elementwise_flops",
        "Backward elementwise operations",
        suffix="backward_elementwise_flops",
        dispatcher="backward_elementwise_flops",
        traced=True,
        summary="Elementwise operations of the backward pass of topology/name (the README's "
        "table).",
        note=f"{_NOT_COUNTED}, by the rules of codegen/derive/flops.py, for the backward pass "
        "(loss = output.sum(), not counted).",
    ),
    Quantity(
        "activation_bytes",
        "Activation bytes",
        suffix="activation_bytes",
        dispatcher="activation_bytes",
        traced=True,
        summary="Bytes autograd saves for the backward pass during module(x) of topology/name.",
        note="Bytes of the tensors autograd saves for the backward pass during module(x) in "
        "training mode: each storage once, at its size and dtype; the module's parameters and "
        "buffers not included, the input where it is saved; under activation checkpointing, "
        "what checkpointing keeps.",
    ),
    Quantity(
        "peak_bytes",
        "Peak bytes of a training step",
        suffix="peak_bytes",
        dispatcher="peak_bytes",
        traced=True,
        summary="Peak bytes alive during one training step of topology/name (MemTracker's "
        "convention).",
        note="The most bytes alive at once during the step users run (the optimizer made "
        "beforehand; loss = module(x).sum(), loss.backward(), opt.step(), opt.zero_grad()) on "
        "an input made beforehand: parameters, buffers, gradients, saved and temporary tensors "
        "and optimizer state, each storage once, as torch.distributed._tools.mem_tracker."
        "MemTracker counts them after each op (PyTorch's default optimizers on the CPU).",
        default_optimizer="adam",
    ),
    *(
        Quantity(
            f"peak_bytes_{optimizer}",
            f"Peak bytes of a training step, {label}",
            traced=True,
            optimizers=(optimizer,),
            picked_by="peak_bytes",
        )
        for optimizer, label in (
            ("sgd", "SGD"),
            ("sgd_momentum", "SGD with momentum"),
            ("adam", "Adam"),
            ("adamw", "AdamW"),
        )
    ),
)
QUANTITY_BY_NAME = {q.name: q for q in QUANTITY_TABLE}

# The table as the derivation reads it. A quantity picked by optimizer -> optimizer -> the
# quantity derived for it (one generated function, one table per picked quantity)
BY_OPTIMIZER: dict[str, dict[str, str]] = {
    q.name: {o: p.name for p in QUANTITY_TABLE if p.picked_by == q.name for o in p.optimizers}
    for q in QUANTITY_TABLE
    if q.default_optimizer is not None
}
# every optimizer a quantity can be picked by, in the order of the generated functions' choices
OPTIMIZERS = tuple(dict.fromkeys(o for picks in BY_OPTIMIZER.values() for o in picks))
assert all(tuple(picks) == OPTIMIZERS for picks in BY_OPTIMIZER.values())
# the training state: the bytes of the parameters, their gradients and the optimizer's state
# after a step, by optimizer
TRAINING_STATE = "training_state"
OPTIMIZER_STATES = BY_OPTIMIZER[TRAINING_STATE]
TRAINING_STATES = tuple(dict.fromkeys(OPTIMIZER_STATES.values()))
# the peak bytes of a training step, by optimizer (traced)
PEAK = "peak_bytes"
PEAKS = BY_OPTIMIZER[PEAK]
# What a construction (a symbolic build) gives: functions of dim and the hyperparameters.
QUANTITIES = tuple(q.name for q in QUANTITY_TABLE if not q.traced and q.default_optimizer is None)
# What a traced training step gives, functions of the input sizes too: the counts of the
# traced step (FLOPs, elementwise operations, activation bytes) and the peak bytes of the
# step users run, by optimizer (derived with ``Settings.peak``).
TRACED_QUANTITIES = tuple(
    q.name for q in QUANTITY_TABLE if q.traced and q.default_optimizer is None
)
PEAK_QUANTITIES = tuple(q for q in TRACED_QUANTITIES if QUANTITY_BY_NAME[q].picked_by == PEAK)
FLOP_QUANTITIES = tuple(q for q in TRACED_QUANTITIES if q not in PEAK_QUANTITIES)


def traced_quantities(peak: bool) -> tuple[str, ...]:
    """The traced quantities a derivation gives: the peak's too with ``peak``."""
    return TRACED_QUANTITIES if peak else FLOP_QUANTITIES


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

    def derives(self, quantity: str) -> bool:
        """Whether the variants have ``quantity`` (for one picked by optimizer: what it
        picks), derived or refused: a derivation without a training step has no traced
        quantities, a sweep's no peak bytes."""
        names = BY_OPTIMIZER[quantity].values() if quantity in BY_OPTIMIZER else [quantity]
        return all(
            any(e.quantity == name for e in v.estimates) for v in self.variants for name in names
        )

    def estimate(self, quantity: str, **values: object) -> Estimate:
        """The estimate of ``quantity`` for the given choice values (default: the first)."""
        for variant in self.variants:
            if all(dict(variant.values)[k] == v for k, v in values.items()):
                return variant.estimate(quantity)
        raise KeyError(values)
