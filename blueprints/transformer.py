"""Built-in transformer seeds: modules on x of shape [B, T, D] that return the same shape."""

from __future__ import annotations

import warnings

import torch
import torch.utils.checkpoint
from torch import nn
from torch.nn import functional as F

from .cnn import GatedNorm, Residual
from .registry import BlueprintRegistry

TOPOLOGY = "transformer"


class LowRank(nn.Module):
    """Linear(rank, D) . Linear(D, rank), the up projection initialised at 0 (a LoRA delta)."""

    def __init__(self, dim: int, rank: int) -> None:
        super().__init__()
        if rank < 1:
            raise ValueError(f"rank must be >= 1, got {rank}")
        self.down = nn.Linear(dim, rank, bias=False)
        self.up = nn.Linear(rank, dim, bias=False)
        nn.init.zeros_(self.up.weight)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.up(self.down(x))


class CausalSelfAttention(nn.Module):
    """Multi-head causal self-attention; the output projection is initialised at 0."""

    def __init__(self, dim: int, n_head: int = 4, flex: bool = False) -> None:
        super().__init__()
        if n_head < 1:
            raise ValueError(f"n_head must be >= 1, got {n_head}")
        if dim % n_head != 0:
            raise ValueError(f"dim ({dim}) must be divisible by n_head ({n_head})")
        self.n_head = n_head
        self.flex = flex
        self.qkv = nn.Linear(dim, 3 * dim)
        self.proj = nn.Linear(dim, dim)
        nn.init.zeros_(self.proj.weight)
        nn.init.zeros_(self.proj.bias)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        batch, seq, dim = x.shape
        q, k, v = self.qkv(x).split(dim, dim=2)
        heads = [
            t.view(batch, seq, self.n_head, dim // self.n_head).transpose(1, 2) for t in (q, k, v)
        ]
        y = _causal_flex(*heads) if self.flex else None
        if y is None:
            y = F.scaled_dot_product_attention(*heads, is_causal=True)
        return self.proj(y.transpose(1, 2).reshape(batch, seq, dim))


def _causal(b: torch.Tensor, h: torch.Tensor, q: torch.Tensor, kv: torch.Tensor) -> torch.Tensor:
    return q >= kv


def _causal_flex(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> torch.Tensor | None:
    """Causal attention through flex_attention, or None where it is unavailable.

    Eager flex attention has no backward on CPU, so a CPU input that needs gradients (and any
    PyTorch without flex attention) falls back to SDPA, which computes the same result.
    """
    try:
        from torch.nn.attention.flex_attention import create_block_mask, flex_attention
    except ImportError:
        return None
    needs_grad = torch.is_grad_enabled() and any(t.requires_grad for t in (q, k, v))
    if q.device.type == "cpu" and needs_grad:
        return None
    seq = q.shape[-2]
    mask = create_block_mask(_causal, None, None, seq, seq, device=q.device)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="flex_attention called without torch.compile")
        return flex_attention(q, k, v, block_mask=mask)


class MLP(nn.Module):
    """Linear(eD, D) . GELU . Linear(D, eD), fc2 initialised at 0.

    With ``checkpoint`` the block runs under activation checkpointing: the same parameters and
    forward work, and a backward pass that recomputes the forward instead of storing it.
    """

    def __init__(self, dim: int, expansion: int, checkpoint: bool = False) -> None:
        super().__init__()
        if expansion < 1:
            raise ValueError(f"expansion must be >= 1, got {expansion}")
        self.checkpoint = checkpoint
        self.fc1 = nn.Linear(dim, expansion * dim)
        self.act = nn.GELU()
        self.fc2 = nn.Linear(expansion * dim, dim)
        nn.init.zeros_(self.fc2.weight)
        nn.init.zeros_(self.fc2.bias)

    def _block(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc2(self.act(self.fc1(x)))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.checkpoint and torch.is_grad_enabled():
            return torch.utils.checkpoint.checkpoint(self._block, x, use_reentrant=False)
        return self._block(x)


@BlueprintRegistry.register("noop", TOPOLOGY, "identity; no parameters")
def noop(dim: int) -> nn.Module:
    return nn.Identity()


@BlueprintRegistry.register("norm", TOPOLOGY, "gated LayerNorm: x + tanh(s) * (LN(x) - x)")
def norm(dim: int) -> nn.Module:
    return GatedNorm(nn.LayerNorm(dim))


@BlueprintRegistry.register(
    "lora", TOPOLOGY, "low-rank residual adapter", bounds={"rank": (1, 256)}
)
def lora(dim: int, rank: int = 8) -> nn.Module:
    return Residual(LowRank(dim, rank))


@BlueprintRegistry.register(
    "lora_large", TOPOLOGY, "low-rank residual adapter, larger rank", bounds={"rank": (1, 256)}
)
def lora_large(dim: int, rank: int = 32) -> nn.Module:
    return Residual(LowRank(dim, rank))


@BlueprintRegistry.register("attention", TOPOLOGY, "causal multi-head self-attention (SDPA)")
def attention(dim: int, n_head: int = 4) -> nn.Module:
    return Residual(CausalSelfAttention(dim, n_head))


@BlueprintRegistry.register(
    "flex_attention", TOPOLOGY, "causal multi-head self-attention (flex attention)"
)
def flex_attention(dim: int, n_head: int = 4) -> nn.Module:
    return Residual(CausalSelfAttention(dim, n_head, flex=True))


@BlueprintRegistry.register(
    "mlp_small", TOPOLOGY, "residual MLP, expansion 2", choices={"checkpoint": (False, True)}
)
def mlp_small(dim: int, expansion: int = 2, checkpoint: bool = False) -> nn.Module:
    return Residual(MLP(dim, expansion, checkpoint))


@BlueprintRegistry.register(
    "mlp", TOPOLOGY, "residual MLP, expansion 4", choices={"checkpoint": (False, True)}
)
def mlp(dim: int, expansion: int = 4, checkpoint: bool = False) -> nn.Module:
    return Residual(MLP(dim, expansion, checkpoint))
