"""Blueprints the generator refuses, kept to show how: not part of the zoo's module.

``transformers``' BertLayer computes ``int(hidden_size / num_attention_heads)``, which pins the
symbolic dimension to one value; the generator refuses it, naming that line::

    python -m codegen --source zoo.refused --output /tmp/refused.py
"""

from __future__ import annotations

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
