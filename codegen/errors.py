"""Errors the generator raises: every one says what, where, and what to do."""

from __future__ import annotations


class DerivationError(Exception):
    """A blueprint's estimate cannot be proven exact.

    ``blueprint`` is ``topology/name``; ``location`` the source line responsible, when known;
    ``hint`` what the author of the blueprint can do about it.
    """

    def __init__(
        self, blueprint: str, cause: str, location: str | None = None, hint: str | None = None
    ) -> None:
        self.blueprint = blueprint
        self.cause = cause
        self.location = location
        self.hint = hint
        super().__init__(str(self))

    def __reduce__(self) -> tuple[type, tuple[str, str, str | None, str | None]]:
        # rebuilt from its fields when it crosses from a worker process to the generator
        return (type(self), (self.blueprint, self.cause, self.location, self.hint))

    def __str__(self) -> str:
        text = f"{self.blueprint}: {self.cause}"
        if self.location:
            text += f"\n  at {self.location}"
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text


class SpecializationError(Exception):
    """Code converted a symbolic size to a concrete number (``int()``, ``range()``, ...).

    That pins the symbol to its sample value, so nothing derived afterwards holds for any other
    value. Raised at the conversion itself, with the source line that asked for it.
    """

    def __init__(self, symbol: str, location: str | None) -> None:
        self.symbol = symbol
        self.location = location
        super().__init__(
            f"the symbolic {symbol!r} was converted to a concrete number "
            "(int(), range(), math.* or similar), which pins it to one value"
        )


class UnsupportedExpressionError(Exception):
    """A symbolic expression uses a function the exact integer printer cannot express."""


def hint_for(exc: BaseException) -> str:
    """What the author of a blueprint can do about ``exc``, raised while building or tracing it
    with symbolic sizes, by what the exception says the cause is."""
    text = f"{type(exc).__name__}: {exc}"
    symbolic_types = ("SymInt", "SymFloat", "SymBool")
    if isinstance(exc, TypeError) and any(t in text for t in symbolic_types):
        return (
            "a type check refuses a symbolic size where it expects an int (isinstance(x, int) "
            "or a strict config field); compute sizes in the factory from plain arithmetic on "
            "dim, or report the library's check so the generator can accept a symbolic size there"
        )
    if "use_reentrant=True" in text:
        return (
            "reentrant activation checkpointing (torch.utils.checkpoint.checkpoint with "
            "use_reentrant=True) refuses torch.autograd.grad, by which the generator "
            "differentiates; pass use_reentrant=False, as PyTorch recommends (the same "
            "recomputation, traceable)"
        )
    if _data_dependent(exc):
        return (
            "a branch or size that depends on tensor values, not on sizes; the FLOPs of such a "
            "step are not a function of the sizes"
        )
    if needs_concrete_sizes(exc) or any(t in text for t in ("symbolic shape", "SymInt")):
        return (
            "a PyTorch kernel that cannot run with symbolic sizes (it needs concrete ones); "
            "use an equivalent layer or op whose kernel supports symbolic shapes"
        )
    return (
        "an operation PyTorch cannot perform on symbolic sizes; keep size computations in plain "
        "integer arithmetic on the dimension, and if the module is plain PyTorch, report it as a "
        "generator limitation with the blueprint"
    )


def first_line(exc: BaseException) -> str:
    """The first non-empty line of an exception's message."""
    return (str(exc).strip().splitlines() or [""])[0]


# what PyTorch's C++ kernels say when given symbolic sizes they cannot handle
_CONCRETE_ONLY = (
    "with symbolic sizes",  # Cannot call numel() / sizes() / strides() on tensor with ...
    "expected to contain only concrete integers",  # SymIntArrayRef ...
)


def needs_concrete_sizes(exc: BaseException) -> bool:
    """Whether PyTorch raised ``exc`` because a kernel cannot run on symbolic sizes."""
    if isinstance(exc, DerivationError):
        return False
    return any(phrase in str(exc) for phrase in _CONCRETE_ONLY)


def _operator(exc: BaseException) -> str:
    """Which kernel ``exc`` came from: the outermost PyTorch operator among the frames it went
    through (``aten.upsample_bilinear2d``: the one the layer called, not the decomposition that
    raised), else the innermost function of ``torch.nn`` (a functional such as
    ``affine_grid`` that calls its kernel from C++)."""
    import torch  # only here: the rest of this module is imported without torch too

    tb, caller = exc.__traceback__, None
    while tb is not None:
        frame = tb.tb_frame
        for name in ("self", "func"):
            found = frame.f_locals.get(name)
            if isinstance(found, torch._ops.OpOverload | torch._ops.OpOverloadPacket):
                return str(found).removesuffix(".default")
        module = frame.f_globals.get("__name__", "")
        if module.startswith("torch.nn."):
            caller = f"in {module}.{frame.f_code.co_qualname}"
        tb = tb.tb_next
    return caller or "an operator not named by PyTorch"


def _data_dependent(exc: BaseException) -> bool:
    """Whether PyTorch raised ``exc`` because a size or branch depends on tensor values."""
    if isinstance(exc, DerivationError):  # ours already says what it is
        return False
    text = f"{type(exc).__name__}: {exc}"
    return "DataDependent" in text or "data-dependent" in text or "data dependent" in text


def what_raised(exc: BaseException) -> str:
    """``raised TypeError: <first line>``: what an exception says, for a refusal; a step that
    depends on tensor values is said so in our words (PyTorch's, "Could not guard on
    data-dependent expression Eq(u0, 0)", name its internal symbols)."""
    if _data_dependent(exc):
        return (
            "depends on tensor values: a size or a branch decided by the data (as a "
            "mixture-of-experts router's choice of experts, nonzero() or a boolean mask decide "
            "them), not by the sizes"
        )
    if needs_concrete_sizes(exc):
        return (
            f"calls a PyTorch kernel that runs only on concrete sizes ({_operator(exc)}; "
            "PyTorch has no symbolic-size implementation of it)"
        )
    return f"raised {type(exc).__name__}: {first_line(exc)}"
