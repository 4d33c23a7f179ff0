"""Blocks of Hugging Face transformers (5.x) as blueprints: GPT-2, Llama, ViT and BERT layers.

Most configs are written the plain way, from ``dim`` and ``n_head``, with dropouts at 0 and the
attention implementation chosen explicitly; ``gpt2_block_default`` keeps every default of
``GPT2Config`` (dropouts 0.1) but the sizes. A thin wrapper returns the hidden states tensor
(some versions of the blocks return tuples).
"""

from __future__ import annotations

import torch
from torch import nn
from transformers import BertConfig, GPT2Config, LlamaConfig, ViTConfig
from transformers.models.bert.modeling_bert import BertLayer
from transformers.models.gpt2.modeling_gpt2 import GPT2Block
from transformers.models.llama.modeling_llama import LlamaDecoderLayer, LlamaRotaryEmbedding
from transformers.models.vit.modeling_vit import ViTLayer

from blueprints.registry import BlueprintRegistry

from .common import ESTIMATES
from .torch_layers import HEADS


def hidden_states(output: torch.Tensor | tuple[torch.Tensor, ...]) -> torch.Tensor:
    return output[0] if isinstance(output, tuple) else output


class HiddenStates(nn.Module):
    """A transformers block called on x alone; its hidden states."""

    def __init__(self, block: nn.Module) -> None:
        super().__init__()
        self.block = block

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return hidden_states(self.block(x))


@BlueprintRegistry.register(
    "gpt2_block",
    "transformer",
    "transformers GPT2Block (causal attention, SDPA; MLP 4 dim, GELU)",
    bounds=HEADS,
    estimates=ESTIMATES,
)
def gpt2_block(dim: int, n_head: int = 4) -> nn.Module:
    config = GPT2Config(
        n_embd=dim,
        n_head=n_head,
        n_layer=1,
        resid_pdrop=0.0,
        embd_pdrop=0.0,
        attn_pdrop=0.0,
        attn_implementation="sdpa",
    )
    return HiddenStates(GPT2Block(config, layer_idx=0))


class LlamaLayer(nn.Module):
    """LlamaDecoderLayer with the rotary embedding of the same config; positions 0..T-1."""

    def __init__(self, config: LlamaConfig) -> None:
        super().__init__()
        self.rotary_emb = LlamaRotaryEmbedding(config)
        self.layer = LlamaDecoderLayer(config, layer_idx=0)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        position_ids = torch.arange(x.shape[1], device=x.device).unsqueeze(0)
        position_embeddings = self.rotary_emb(x, position_ids)
        out = self.layer(x, position_ids=position_ids, position_embeddings=position_embeddings)
        return hidden_states(out)


@BlueprintRegistry.register(
    "llama_decoder_layer",
    "transformer",
    "transformers LlamaDecoderLayer with LlamaRotaryEmbedding (causal, SDPA; SwiGLU 3 dim)",
    bounds=HEADS,
    estimates=ESTIMATES,
)
def llama_decoder_layer(dim: int, n_head: int = 4) -> nn.Module:
    if (dim // n_head) % 2:
        raise ValueError(f"rotary embeddings need an even head dimension, got {dim // n_head}")
    config = LlamaConfig(
        hidden_size=dim,
        num_attention_heads=n_head,
        num_key_value_heads=n_head,
        intermediate_size=3 * dim,
        num_hidden_layers=1,
        attention_dropout=0.0,
        attn_implementation="sdpa",
    )
    return LlamaLayer(config)


@BlueprintRegistry.register(
    "vit_layer",
    "transformer",
    "transformers ViTLayer (pre-norm, SDPA; MLP 4 dim, GELU); heads need not divide dim",
    bounds=HEADS,
    estimates=ESTIMATES,
)
def vit_layer(dim: int, n_head: int = 4) -> nn.Module:
    config = ViTConfig(
        hidden_size=dim,
        num_attention_heads=n_head,
        intermediate_size=4 * dim,
        hidden_dropout_prob=0.0,
        attention_probs_dropout_prob=0.0,
        attn_implementation="sdpa",
    )
    return HiddenStates(ViTLayer(config))


@BlueprintRegistry.register(
    "gpt2_block_default",
    "transformer",
    "transformers GPT2Block from a default GPT2Config (dropouts 0.1) but for its sizes",
    bounds=HEADS,
    estimates=ESTIMATES,
)
def gpt2_block_default(dim: int, n_head: int = 4) -> nn.Module:
    return HiddenStates(GPT2Block(GPT2Config(n_embd=dim, n_head=n_head, n_layer=1), layer_idx=0))


@BlueprintRegistry.register(
    "bert_layer",
    "transformer",
    "transformers BertLayer (bidirectional attention, eager; MLP 4 dim, GELU); its head size "
    "is int(hidden_size / num_attention_heads)",
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
