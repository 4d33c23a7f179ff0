"""Language models of Hugging Face transformers, built from their configs with the sizes as
symbols: ``n_layer`` counts identical blocks (a symbol by repetition), ``vocab`` the token ids
of the input and the rows of the embedding (and of the tied head). GPT-2 and Llama are causal
LMs (their logits), BERT an encoder (its last hidden state, no pooler).

Dropouts are at 0 (a dropout's mask would count bytes a deterministic step does not), the
attention implementation is SDPA, and no cache is kept (a training step).
"""

from __future__ import annotations

import torch
from torch import nn
from transformers import (
    BertConfig,
    BertModel,
    GPT2Config,
    GPT2LMHeadModel,
    LlamaConfig,
    LlamaForCausalLM,
)

from blueprints.registry import BlueprintRegistry

from . import ESTIMATES

GPT2_POSITIONS = 1024  # GPT2Config's n_positions: its learned position table's rows
BERT_POSITIONS = 512  # BertConfig's max_position_embeddings
# a training step reads no special token; the configs' defaults (GPT-2's 50256) lie outside a
# small vocabulary, which transformers warns about at every build
NO_SPECIAL_TOKENS = {"bos_token_id": None, "eos_token_id": None, "pad_token_id": None}


class TokenModel(nn.Module):
    """A model called on token ids alone, and one field of its output (a causal LM's
    ``logits``, an encoder's ``last_hidden_state``); ``options`` are passed to every call.
    With ``positions``, more tokens than the model has positions for raise ValueError: the
    real model would index its position table out of range."""

    def __init__(
        self, model: nn.Module, output: str, positions: int | None = None, **options: object
    ) -> None:
        super().__init__()
        self.model = model
        self.output = output
        self.positions = positions
        self.options = options

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        if self.positions is not None and ids.shape[1] > self.positions:
            raise ValueError(f"{ids.shape[1]} tokens, but positions for {self.positions}")
        return getattr(self.model(input_ids=ids, **self.options), self.output)


@BlueprintRegistry.register(
    "gpt2",
    "lm",
    "transformers GPT2LMHeadModel (learned positions up to 1024, head tied to the token "
    "embedding; SDPA; MLP 4 dim, GELU)",
    bounds={"vocab": (1, 65536), "n_layer": (1, 48), "n_head": (1, 64)},
    estimates=ESTIMATES,
)
def gpt2(dim: int, vocab: int = 50257, n_layer: int = 12, n_head: int = 12) -> nn.Module:
    config = GPT2Config(
        n_embd=dim,
        n_layer=n_layer,
        n_head=n_head,
        vocab_size=vocab,
        n_positions=GPT2_POSITIONS,
        resid_pdrop=0.0,
        embd_pdrop=0.0,
        attn_pdrop=0.0,
        attn_implementation="sdpa",
        **NO_SPECIAL_TOKENS,
    )
    return TokenModel(GPT2LMHeadModel(config), "logits", GPT2_POSITIONS, use_cache=False)


@BlueprintRegistry.register(
    "bert",
    "lm",
    "transformers BertModel without its pooler, the last hidden state (learned positions up "
    "to 512, token types; post-norm; SDPA; MLP 4 dim, GELU)",
    bounds={"vocab": (1, 65536), "n_layer": (1, 48), "n_head": (1, 64)},
    estimates=ESTIMATES,
)
def bert(dim: int, vocab: int = 30522, n_layer: int = 12, n_head: int = 12) -> nn.Module:
    config = BertConfig(
        hidden_size=dim,
        num_hidden_layers=n_layer,
        num_attention_heads=n_head,
        intermediate_size=4 * dim,
        vocab_size=vocab,
        max_position_embeddings=BERT_POSITIONS,
        hidden_dropout_prob=0.0,
        attention_probs_dropout_prob=0.0,
        attn_implementation="sdpa",
        **NO_SPECIAL_TOKENS,
    )
    return TokenModel(
        BertModel(config, add_pooling_layer=False), "last_hidden_state", BERT_POSITIONS
    )


@BlueprintRegistry.register(
    "llama",
    "lm",
    "transformers LlamaForCausalLM (rotary positions, grouped-query attention with n_kv_head "
    "key/value heads, SwiGLU MLP of width intermediate, RMSNorm; untied head; SDPA)",
    bounds={
        "vocab": (1, 65536),
        "n_layer": (1, 48),
        "n_head": (1, 64),
        "n_kv_head": (1, 64),
        "intermediate": (1, 65536),
    },
    estimates=ESTIMATES,
)
def llama(
    dim: int,
    vocab: int = 32000,
    n_layer: int = 32,
    n_head: int = 32,
    n_kv_head: int = 32,
    intermediate: int = 11008,
) -> nn.Module:
    if (dim // n_head) % 2:
        raise ValueError(f"rotary embeddings need an even head dimension, got {dim // n_head}")
    config = LlamaConfig(
        hidden_size=dim,
        intermediate_size=intermediate,
        num_hidden_layers=n_layer,
        num_attention_heads=n_head,
        num_key_value_heads=n_kv_head,
        vocab_size=vocab,
        attention_dropout=0.0,
        attn_implementation="sdpa",
        **NO_SPECIAL_TOKENS,
    )
    return TokenModel(LlamaForCausalLM(config), "logits", use_cache=False)
