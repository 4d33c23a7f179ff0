"""What a blueprint's functions share, each stated once in its module: the texts of its errors
as constants, and the refusal conditions that several functions test as predicates.

A factory that rejects some inputs makes every quantity of the blueprint raise there, and a
training step that raises makes every traced quantity raise: the same condition in up to eight
functions. Stated once (``def _no_module(dim: int, n_head: int) -> bool``), each function and
its docstring name it instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import sympy

from ..ir import Estimate
from .printer import pyexpr


class Stage(NamedTuple):
    """How a refusal at one stage reads: what there is none of (in the error's message), why
    (in the docstring), and the names of its reason's constant and its predicate."""

    missing: str
    why: str
    constant: str
    predicate: str


STAGES = {
    "factory": Stage("no module", "the factory rejects it", "_NO_MODULE", "_no_module"),
    "training step": Stage("no training step", "the training step raises", "_NO_STEP", "_no_step"),
}


@dataclass(frozen=True)
class Constant:
    """A module constant holding the text of an error."""

    name: str
    text: str


@dataclass(frozen=True)
class Predicate:
    """A refusal condition that several functions test, as a function of its variables."""

    name: str
    parameters: tuple[str, ...]
    condition: str


class Refusals:
    """The constants and predicates of one module, named in the order they are first met."""

    def __init__(self, estimates: Iterable[Sequence[Estimate]], variables: Sequence[str]) -> None:
        """``estimates``: per function, the estimates it returns (one per variant group);
        ``variables``: every variable of the blueprint, in the order of its signatures."""
        self._constants: dict[str, str] = {}  # text -> constant name
        self._predicates: dict[sympy.Basic, Predicate] = {}
        uses: dict[tuple[sympy.Basic, str], int] = {}
        for group in estimates:
            refusals = dict.fromkeys(  # in branch order: the output is stable
                (branch.condition, branch.rejection.stage)
                for estimate in group
                for branch in estimate.branches
                if branch.rejection is not None and branch.condition is not None
            )
            for refusal in refusals:
                uses[refusal] = uses.get(refusal, 0) + 1
        for (condition, stage), count in uses.items():
            if count > 1:
                self._add_predicate(condition, STAGES[stage].predicate, variables)

    def _add_predicate(self, condition: sympy.Basic, base: str, variables: Sequence[str]) -> None:
        taken = sum(1 for p in self._predicates.values() if p.name.startswith(base))
        name = base if taken == 0 else f"{base}_{taken + 1}"
        free = {symbol.name for symbol in condition.free_symbols}
        parameters = tuple(v for v in variables if v in free)
        self._predicates[condition] = Predicate(name, parameters, pyexpr(condition))

    def constant(self, text: str, prefix: str) -> str:
        """The name of the module constant holding ``text`` (one per distinct text)."""
        if text not in self._constants:
            taken = sum(1 for name in self._constants.values() if name.startswith(prefix))
            self._constants[text] = prefix if taken == 0 else f"{prefix}_{taken + 1}"
        return self._constants[text]

    def call(self, condition: sympy.Basic) -> str | None:
        """The test of a refusal where a predicate states it (``_no_step(dim, batch)``)."""
        predicate = self._predicates.get(condition)
        if predicate is None:
            return None
        return f"{predicate.name}({', '.join(predicate.parameters)})"

    @property
    def constants(self) -> list[Constant]:
        return [Constant(name, text) for text, name in self._constants.items()]

    @property
    def predicates(self) -> list[Predicate]:
        return list(self._predicates.values())

    @property
    def refuses(self) -> bool:
        """Whether a function raises where the factory or the training step does."""
        prefixes = tuple(stage.constant for stage in STAGES.values())
        return any(name.startswith(prefixes) for name in self._constants.values())
