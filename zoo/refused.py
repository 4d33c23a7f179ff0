"""Blueprints the generator refuses, kept to show how: not part of the zoo's module::

    python -m codegen --source zoo.refused --output /tmp/refused.py

Reentrant activation checkpointing (``use_reentrant=True``) cannot be traced: it refuses
``torch.autograd.grad``, by which the generator differentiates. Its parameters are derived; its
FLOPs and activation bytes are refused with the hint to use ``use_reentrant=False``.
"""

from __future__ import annotations

import torch
import torch.utils.checkpoint
from torch import nn

from blueprints.registry import BlueprintRegistry

from .common import ESTIMATES


class ReentrantCheckpointMLP(nn.Module):
    """x + MLP(LayerNorm(x)), the MLP under reentrant activation checkpointing."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.norm = nn.LayerNorm(dim)
        self.mlp = nn.Sequential(nn.Linear(dim, 4 * dim), nn.GELU(), nn.Linear(4 * dim, dim))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.norm(x)
        return x + torch.utils.checkpoint.checkpoint(self.mlp, h, use_reentrant=True)


@BlueprintRegistry.register(
    "reentrant_checkpoint_mlp",
    "transformer",
    "x + MLP 4x of LayerNorm(x) under reentrant checkpointing",
    estimates=ESTIMATES,
)
def reentrant_checkpoint_mlp(dim: int) -> nn.Module:
    return ReentrantCheckpointMLP(dim)
