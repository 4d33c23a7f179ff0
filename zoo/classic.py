"""Classic blocks written out as their papers (and torchvision, timm) define them.

ResNet basic block and bottleneck, the MobileNetV2 inverted residual, the ConvNeXt block (cnn
topology), the ViT MLP and attention blocks, and a GPT layer as Korthikanti et al. (2022)
count its activations (transformer topology).
"""

from __future__ import annotations

import torch
from torch import nn
from torch.nn import functional as F

from blueprints.registry import BlueprintRegistry

from .common import ESTIMATES, Residual
from .torch_layers import HEADS


class BasicBlock(nn.Module):
    """ResNet basic block (stride 1, no downsampling): relu(x + bn(conv(relu(bn(conv(x))))))."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(dim, dim, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(dim)
        self.conv2 = nn.Conv2d(dim, dim, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(dim)
        self.relu = nn.ReLU(inplace=True)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return self.relu(out + x)


class Bottleneck(nn.Module):
    """ResNet bottleneck (stride 1): 1x1 down to width = dim // 4, 3x3, 1x1 up, BatchNorms."""

    expansion = 4

    def __init__(self, dim: int) -> None:
        super().__init__()
        width = max(1, dim // self.expansion)
        self.conv1 = nn.Conv2d(dim, width, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        self.conv2 = nn.Conv2d(width, width, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(width)
        self.conv3 = nn.Conv2d(width, dim, 1, bias=False)
        self.bn3 = nn.BatchNorm2d(dim)
        self.relu = nn.ReLU(inplace=True)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.relu(self.bn2(self.conv2(out)))
        out = self.bn3(self.conv3(out))
        return self.relu(out + x)


@BlueprintRegistry.register(
    "resnet_basic",
    "cnn",
    "ResNet basic block: two 3x3 conv + BatchNorm, identity skip",
    estimates=ESTIMATES,
)
def resnet_basic(dim: int) -> nn.Module:
    return BasicBlock(dim)


@BlueprintRegistry.register(
    "resnet_bottleneck",
    "cnn",
    "ResNet bottleneck: 1x1 to dim // 4, 3x3, 1x1 back, BatchNorms",
    estimates=ESTIMATES,
)
def resnet_bottleneck(dim: int) -> nn.Module:
    return Bottleneck(dim)


def conv_bn_relu6(inp: int, out: int, kernel: int = 1, groups: int = 1) -> nn.Sequential:
    return nn.Sequential(
        nn.Conv2d(inp, out, kernel, padding=kernel // 2, groups=groups, bias=False),
        nn.BatchNorm2d(out),
        nn.ReLU6(inplace=True),
    )


@BlueprintRegistry.register(
    "mobilenetv2_inverted_residual",
    "cnn",
    "MobileNetV2 inverted residual (stride 1): 1x1 expand, depthwise 3x3, 1x1 linear project",
    bounds={"expand_ratio": (1, 6)},
    estimates=ESTIMATES,
)
def mobilenetv2_inverted_residual(dim: int, expand_ratio: int = 6) -> nn.Module:
    hidden = dim * expand_ratio
    layers: list[nn.Module] = []
    if expand_ratio != 1:  # as torchvision: no expansion layer at ratio 1
        layers.append(conv_bn_relu6(dim, hidden))
    layers += [
        conv_bn_relu6(hidden, hidden, 3, groups=hidden),
        nn.Conv2d(hidden, dim, 1, bias=False),
        nn.BatchNorm2d(dim),
    ]
    return Residual(nn.Sequential(*layers))


class ConvNeXtBlock(nn.Module):
    """ConvNeXt block: depthwise 7x7, LayerNorm over channels, MLP 4x, layer scale, residual."""

    def __init__(self, dim: int, layer_scale_init_value: float = 1e-6) -> None:
        super().__init__()
        self.dwconv = nn.Conv2d(dim, dim, kernel_size=7, padding=3, groups=dim)
        self.norm = nn.LayerNorm(dim, eps=1e-6)
        self.pwconv1 = nn.Linear(dim, 4 * dim)
        self.act = nn.GELU()
        self.pwconv2 = nn.Linear(4 * dim, dim)
        self.gamma = nn.Parameter(layer_scale_init_value * torch.ones(dim))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        shortcut = x
        x = self.dwconv(x)
        x = x.permute(0, 2, 3, 1)  # (N, C, H, W) -> (N, H, W, C)
        x = self.norm(x)
        x = self.pwconv1(x)
        x = self.act(x)
        x = self.pwconv2(x)
        x = self.gamma * x
        x = x.permute(0, 3, 1, 2)  # (N, H, W, C) -> (N, C, H, W)
        return shortcut + x


@BlueprintRegistry.register(
    "convnext_block",
    "cnn",
    "ConvNeXt block: dw 7x7, LayerNorm, MLP 4x, layer scale",
    estimates=ESTIMATES,
)
def convnext_block(dim: int) -> nn.Module:
    return ConvNeXtBlock(dim)


class VitMlp(nn.Module):
    """x + fc2(drop(gelu(fc1(norm(x))))): the pre-norm MLP half of a ViT block."""

    def __init__(self, dim: int, mlp_ratio: int, drop: float = 0.0) -> None:
        super().__init__()
        hidden = dim * mlp_ratio
        self.norm = nn.LayerNorm(dim, eps=1e-6)
        self.fc1 = nn.Linear(dim, hidden)
        self.act = nn.GELU()
        self.drop1 = nn.Dropout(drop)
        self.fc2 = nn.Linear(hidden, dim)
        self.drop2 = nn.Dropout(drop)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.drop1(self.act(self.fc1(self.norm(x))))
        return x + self.drop2(self.fc2(y))


@BlueprintRegistry.register(
    "vit_mlp",
    "transformer",
    "ViT MLP: x + Linear . GELU . Linear (mlp_ratio * dim hidden) of LayerNorm(x)",
    bounds={"mlp_ratio": (1, 8)},
    estimates=ESTIMATES,
)
def vit_mlp(dim: int, mlp_ratio: int = 4) -> nn.Module:
    return VitMlp(dim, mlp_ratio)


class VitAttention(nn.Module):
    """x + proj(attention(norm(x))): the pre-norm attention half of a ViT block (timm's
    layout: one qkv Linear, fused scaled-dot-product attention, not causal)."""

    def __init__(self, dim: int, num_heads: int) -> None:
        super().__init__()
        if dim % num_heads != 0:
            raise ValueError(f"dim ({dim}) should be divisible by num_heads ({num_heads})")
        self.num_heads = num_heads
        self.head_dim = dim // num_heads
        self.norm = nn.LayerNorm(dim, eps=1e-6)
        self.qkv = nn.Linear(dim, dim * 3, bias=True)
        self.proj = nn.Linear(dim, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        B, N, C = x.shape
        qkv = self.qkv(self.norm(x)).reshape(B, N, 3, self.num_heads, self.head_dim)
        q, k, v = qkv.permute(2, 0, 3, 1, 4).unbind(0)
        y = F.scaled_dot_product_attention(q, k, v)
        y = y.transpose(1, 2).reshape(B, N, C)
        return x + self.proj(y)


@BlueprintRegistry.register(
    "vit_attention",
    "transformer",
    "ViT attention: x + proj(SDPA(qkv(LayerNorm(x)))), n_head heads",
    bounds=HEADS,
    estimates=ESTIMATES,
)
def vit_attention(dim: int, n_head: int = 4) -> nn.Module:
    return VitAttention(dim, n_head)


class GPTLayer(nn.Module):
    """A GPT layer as Korthikanti et al. (2022, "Reducing Activation Recomputation in Large
    Transformer Models") count its activations: x + dropout(proj(attention(LN(x)))), then
    x + dropout(fc2(GELU(fc1(LN(x))))) with a 4x hidden MLP. One QKV projection; attention
    either eager (Q K^T scaled, causal mask, softmax, dropout, times V) or PyTorch's fused
    scaled-dot-product attention; dropout 0.1 everywhere; the whole layer in ``dtype``."""

    def __init__(self, dim: int, n_head: int, attention: str, dtype: str) -> None:
        super().__init__()
        if dim % n_head != 0:
            raise ValueError(f"dim ({dim}) must be divisible by n_head ({n_head})")
        self.n_head, self.head_dim, self.attention = n_head, dim // n_head, attention
        self.p = 0.1
        self.ln1 = nn.LayerNorm(dim)
        self.qkv = nn.Linear(dim, 3 * dim)
        self.attn_drop = nn.Dropout(self.p)
        self.proj = nn.Linear(dim, dim)
        self.proj_drop = nn.Dropout(self.p)
        self.ln2 = nn.LayerNorm(dim)
        self.fc1 = nn.Linear(dim, 4 * dim)
        self.act = nn.GELU()
        self.fc2 = nn.Linear(4 * dim, dim)
        self.mlp_drop = nn.Dropout(self.p)
        self.to(getattr(torch, dtype))

    def _attend(self, x: torch.Tensor) -> torch.Tensor:
        B, S, H = x.shape
        qkv = self.qkv(x).view(B, S, 3, self.n_head, self.head_dim)
        q, k, v = qkv.permute(2, 0, 3, 1, 4).unbind(0)
        if self.attention == "sdpa":
            p = self.p if self.training else 0.0
            y = F.scaled_dot_product_attention(q, k, v, dropout_p=p, is_causal=True)
        else:
            scores = (q @ k.transpose(-2, -1)) * self.head_dim**-0.5
            causal = torch.ones(S, S, dtype=torch.bool, device=x.device).triu(1)
            weights = self.attn_drop(scores.masked_fill(causal, float("-inf")).softmax(dim=-1))
            y = weights @ v
        return y.transpose(1, 2).reshape(B, S, H)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x + self.proj_drop(self.proj(self._attend(self.ln1(x))))
        return x + self.mlp_drop(self.fc2(self.act(self.fc1(self.ln2(x)))))


@BlueprintRegistry.register(
    "gpt_layer",
    "transformer",
    "GPT layer (Korthikanti et al. 2022): pre-norm causal attention and 4x MLP, dropout 0.1",
    choices={"attention": ("eager", "sdpa"), "dtype": ("bfloat16", "float32")},
    bounds=HEADS,
    estimates=ESTIMATES,
)
def gpt_layer(
    dim: int, n_head: int = 4, attention: str = "eager", dtype: str = "bfloat16"
) -> nn.Module:
    return GPTLayer(dim, n_head, attention, dtype)
