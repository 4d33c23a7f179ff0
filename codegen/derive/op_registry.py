"""A registry of per-op formulas, one per counting convention (``flops.MATMUL``,
``elementwise_rules.ELEMENTWISE``): filled by a decorator, an op registered twice is an error,
as in ``torch.utils.flop_counter``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

Formula = Callable[..., Any]


class OpRegistry:
    """Formulas by op packet; registering one op twice is an error (as in flop_counter)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._formulas: dict[Any, Any] = {}
        self._corrected: set[Any] = set()

    def add(self, packet: Any, formula: Any) -> None:
        if packet in self._formulas:
            raise RuntimeError(f"{self.name}: duplicate formula for {packet}")
        self._formulas[packet] = formula

    def register(self, *packets: Any) -> Callable[[Formula], Formula]:
        """Decorator: ``formula(*args, out_val=..., **kwargs) -> count`` for these packets."""

        def decorate(formula: Formula) -> Formula:
            for packet in packets:
                self.add(packet, formula)
            return formula

        return decorate

    def correct(self, packet: Any, formula: Any) -> None:
        """Replace the formula of ``packet`` (or add one where PyTorch has none): a documented
        correction of a known miscount (``blueprints.flop_reference.CORRECTIONS``)."""
        if packet in self._corrected:
            raise RuntimeError(f"{self.name}: duplicate correction for {packet}")
        self._corrected.add(packet)
        self._formulas[packet] = formula

    def get(self, packet: Any) -> Any:
        return self._formulas.get(packet)

    def items(self) -> Iterable[tuple[Any, Any]]:
        return self._formulas.items()

    def __contains__(self, packet: Any) -> bool:
        return packet in self._formulas
