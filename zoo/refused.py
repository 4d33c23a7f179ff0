"""Blueprints the generator refuses, kept to show how: not part of the zoo's module.

``transformers``' BertLayer computes ``int(hidden_size / num_attention_heads)``, which pins the
symbolic dimension to one value; the generator refuses it, naming that line::

    python -m codegen --source zoo.refused --output /tmp/refused.py

Reentrant activation checkpointing (``use_reentrant=True``) cannot be traced: it refuses
``torch.autograd.grad``, by which the generator differentiates. Its parameters are derived; its
FLOPs and activation bytes are refused with the hint to use ``use_reentrant=False``.
"""

from __future__ import annotations

import torch
import torch.utils.checkpoint
from torch import nn
from transformers import BertConfig
from transformers.models.bert.modeling_bert import BertLayer

from blueprints.registry import BlueprintRegistry

from .common import ESTIMATES
from .hf import HiddenStates
from .torch_layers import HEADS


@BlueprintRegistry.register(
    "bert_layer",
    "transformer",
    "transformers BertLayer (bidirectional attention, eager; MLP 4 dim, GELU)",
    bounds=HEADS,
    estimates=ESTIMATES,
)
def bert_layer(dim: int, n_head: int = 4) -> nn.Module:
    config = BertConfig(
        hidden_size=dim,
        num_attention_heads=n_head,
        intermediate_size=4 * dim,
        num_hidden_layers=1,
        hidden_dropout_prob=0.0,
        attention_probs_dropout_prob=0.0,
        attn_implementation="eager",
    )
    return HiddenStates(BertLayer(config))


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
