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
