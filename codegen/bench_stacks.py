"""Blueprints the benchmark derives to measure what depth costs (``python -m codegen.bench
--suite depth``): one pre-norm transformer block, twelve of them in a row, twelve followed by
a final LayerNorm as in every transformer model (GPT-2's ``ln_f``), and a stack whose depth
is a symbol (``derive/repetition.py``). Never generated into a module; imported by the
benchmark's workers only, as their source.

With composition (``derive/composition.py``) a trace runs the first block and stands in for
the others; the last block of a bare stack is traced too, as its output's gradient is the
loss's (an expanded tensor, on which its backward runs other code); after a final norm it is
not.
"""

from __future__ import annotations

import torch
from torch import nn

from blueprints.registry import BlueprintRegistry

ESTIMATES = "codegen.bench_stacks_estimates"  # never written: the bench keeps the IR only
DEPTH = 12


class Block(nn.Module):
    """x + attention(LayerNorm(x)), then + MLP(LayerNorm(x)) (GELU, 4x), SDPA, causal."""

    def __init__(self, dim: int, n_head: int) -> None:
        super().__init__()
        self.n_head = n_head
        self.ln_1, self.ln_2 = nn.LayerNorm(dim), nn.LayerNorm(dim)
        self.qkv, self.proj = nn.Linear(dim, 3 * dim), nn.Linear(dim, dim)
        self.mlp = nn.Sequential(nn.Linear(dim, 4 * dim), nn.GELU(), nn.Linear(4 * dim, dim))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        batch, seq_len, dim = x.shape
        q, k, v = self.qkv(self.ln_1(x)).split(dim, dim=2)
        heads = [
            t.view(batch, seq_len, self.n_head, dim // self.n_head).transpose(1, 2)
            for t in (q, k, v)
        ]
        y = nn.functional.scaled_dot_product_attention(*heads, is_causal=True)
        x = x + self.proj(y.transpose(1, 2).reshape(batch, seq_len, dim))
        return x + self.mlp(self.ln_2(x))


@BlueprintRegistry.register(
    "bench_block", "transformer", "one pre-norm transformer block", estimates=ESTIMATES
)
def block(dim: int, n_head: int = 4) -> nn.Module:
    return Block(dim, n_head)


@BlueprintRegistry.register(
    "bench_stack_12", "transformer", f"{DEPTH} pre-norm transformer blocks", estimates=ESTIMATES
)
def stack_12(dim: int, n_head: int = 4) -> nn.Module:
    return nn.Sequential(*[Block(dim, n_head) for _ in range(DEPTH)])


class Normed(nn.Module):
    """Blocks, then a final LayerNorm."""

    def __init__(self, dim: int, n_head: int, depth: int) -> None:
        super().__init__()
        self.blocks = nn.Sequential(*[Block(dim, n_head) for _ in range(depth)])
        self.norm = nn.LayerNorm(dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.norm(self.blocks(x))


@BlueprintRegistry.register(
    "bench_normed_12",
    "transformer",
    f"{DEPTH} pre-norm transformer blocks and a final LayerNorm",
    estimates=ESTIMATES,
)
def normed_12(dim: int, n_head: int = 4) -> nn.Module:
    return Normed(dim, n_head, DEPTH)


@BlueprintRegistry.register(
    "bench_stack",
    "transformer",
    "depth pre-norm transformer blocks, depth a symbol",
    bounds={"depth": (1, 48)},
    estimates=ESTIMATES,
)
def stack(dim: int, n_head: int = 4, depth: int = DEPTH) -> nn.Module:
    return nn.Sequential(*[Block(dim, n_head) for _ in range(depth)])
