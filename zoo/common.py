"""What the zoo's modules share: the generated module of their formulas and small wrappers."""

from __future__ import annotations

import torch
from torch import nn

# where `python -m codegen --source zoo --output generated/zoo_estimates.py` writes the formulas
ESTIMATES = "generated.zoo_estimates"


class Residual(nn.Module):
    """x + body(x). The zoo's own, as a user's package has its own helpers: a stored
    derivation's key hashes the package that defines the blueprint (and the generator), so a
    helper imported from another package could change without re-deriving."""

    def __init__(self, body: nn.Module) -> None:
        super().__init__()
        self.body = body

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.body(x)
