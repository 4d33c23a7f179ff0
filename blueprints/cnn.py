"""Built-in CNN seeds: modules on x of shape [B, C, H, W] that return the same shape."""

from __future__ import annotations

import torch
from torch import nn

from .registry import BlueprintRegistry

TOPOLOGY = "cnn"
_GROUP_CHOICES = (32, 16, 8, 4, 2, 1)


def group_count(channels: int) -> int:
    """GroupNorm groups for ``channels``: the first of 32..1 dividing it with >= 16 per group.

    If no choice leaves 16 channels per group, the first choice that divides ``channels``.
    """
    for groups in _GROUP_CHOICES:
        if channels % groups == 0 and channels // groups >= 16:
            return groups
    for groups in _GROUP_CHOICES:
        if channels % groups == 0:
            return groups
    raise ValueError(f"no group count divides {channels} channels")  # unreachable: 1 divides


def group_norm(channels: int) -> nn.GroupNorm:
    return nn.GroupNorm(group_count(channels), channels)


class Residual(nn.Module):
    """x + body(x)."""

    def __init__(self, body: nn.Module) -> None:
        super().__init__()
        self.body = body

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.body(x)


class GatedNorm(nn.Module):
    """x + tanh(s) * (norm(x) - x), s a scalar initialised at 0: starts as the identity."""

    def __init__(self, norm: nn.Module) -> None:
        super().__init__()
        self.norm = norm
        self.scale = nn.Parameter(torch.zeros(()))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + torch.tanh(self.scale) * (self.norm(x) - x)


class SqueezeExcite(nn.Module):
    """Squeeze-excitation channel attention; starts close to x * sigmoid(3)."""

    def __init__(self, dim: int, reduction: int = 4) -> None:
        super().__init__()
        if reduction < 1:
            raise ValueError(f"reduction must be >= 1, got {reduction}")
        hidden = max(1, dim // reduction)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc1 = nn.Linear(dim, hidden, bias=False)
        self.act = nn.ReLU()
        self.fc2 = nn.Linear(hidden, dim, bias=True)
        self.gate = nn.Sigmoid()
        nn.init.zeros_(self.fc2.weight)
        nn.init.constant_(self.fc2.bias, 3.0)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        squeezed = self.pool(x).flatten(1)
        gate = self.gate(self.fc2(self.act(self.fc1(squeezed))))
        return x * gate[:, :, None, None]


def conv_block(dim: int) -> nn.Sequential:
    """ReLU . GroupNorm(g(C), C) . Conv3x3(C, C, pad 1, no bias)."""
    return nn.Sequential(nn.Conv2d(dim, dim, 3, padding=1, bias=False), group_norm(dim), nn.ReLU())


@BlueprintRegistry.register("noop", TOPOLOGY, "identity; no parameters")
def noop(dim: int) -> nn.Module:
    return nn.Identity()


@BlueprintRegistry.register("norm", TOPOLOGY, "gated GroupNorm: x + tanh(s) * (GN(x) - x)")
def norm(dim: int) -> nn.Module:
    return GatedNorm(group_norm(dim))


@BlueprintRegistry.register("attention", TOPOLOGY, "squeeze-excitation channel attention")
def attention(dim: int, reduction: int = 4) -> nn.Module:
    return SqueezeExcite(dim, reduction)


@BlueprintRegistry.register("depthwise", TOPOLOGY, "depthwise 3x3 + pointwise 1x1, residual")
def depthwise(dim: int) -> nn.Module:
    return Residual(
        nn.Sequential(
            nn.Conv2d(dim, dim, 3, padding=1, groups=dim, bias=False),
            nn.Conv2d(dim, dim, 1, bias=False),
            group_norm(dim),
            nn.ReLU(),
        )
    )


@BlueprintRegistry.register("bottleneck", TOPOLOGY, "1x1 down, 3x3, 1x1 up, residual")
def bottleneck(dim: int, reduction: int = 4) -> nn.Module:
    if reduction < 1:
        raise ValueError(f"reduction must be >= 1, got {reduction}")
    hidden = max(8, dim // reduction)
    up = nn.Conv2d(hidden, dim, 1, bias=False)
    nn.init.zeros_(up.weight)
    return Residual(
        nn.Sequential(
            nn.Conv2d(dim, hidden, 1, bias=False),
            nn.ReLU(),
            nn.Conv2d(hidden, hidden, 3, padding=1, bias=False),
            nn.ReLU(),
            up,
            group_norm(dim),
        )
    )


@BlueprintRegistry.register("conv_small", TOPOLOGY, "pointwise 1x1 conv block, residual")
def conv_small(dim: int) -> nn.Module:
    conv = nn.Conv2d(dim, dim, 1, bias=False)
    nn.init.zeros_(conv.weight)
    return Residual(nn.Sequential(conv, group_norm(dim), nn.ReLU()))


@BlueprintRegistry.register("conv_light", TOPOLOGY, "one 3x3 conv block, residual")
def conv_light(dim: int) -> nn.Module:
    return Residual(conv_block(dim))


@BlueprintRegistry.register("conv_heavy", TOPOLOGY, "two 3x3 conv blocks, residual")
def conv_heavy(dim: int) -> nn.Module:
    return Residual(nn.Sequential(conv_block(dim), conv_block(dim)))
