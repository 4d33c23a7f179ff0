"""Single torch.nn layers as blueprints, written the way a user would write them.

Convolutions in 1d, 2d and 3d (grouped, dilated, strided, transposed), Linear and Bilinear,
the norms (BatchNorm, InstanceNorm, GroupNorm, LayerNorm, RMSNorm), pooling and Upsample,
activations and Dropout, MultiheadAttention, the Transformer encoder and decoder layers, LSTM
and GRU. Where a layer's arguments do not fit ``dim`` (groups not dividing it, heads not
dividing it), torch itself refuses the build.
"""

from __future__ import annotations

import torch
from torch import nn

from blueprints.registry import BlueprintRegistry

from .common import ESTIMATES, Residual

GROUPS = {"groups": (1, 8)}
HEADS = {"n_head": (1, 8)}
NORM_FIRST = {"norm_first": (False, True)}


# ---------------------------------------------------------------------------------------------
# cnn1d: x of shape [batch, dim, length]


@BlueprintRegistry.register(
    "conv1d_grouped",
    "cnn1d",
    "grouped Conv1d k3 . BatchNorm1d . ReLU",
    bounds=GROUPS,
    estimates=ESTIMATES,
)
def conv1d_grouped(dim: int, groups: int = 2) -> nn.Module:
    return nn.Sequential(
        nn.Conv1d(dim, dim, 3, padding=1, groups=groups, bias=False),
        nn.BatchNorm1d(dim),
        nn.ReLU(),
    )


@BlueprintRegistry.register(
    "conv1d_weight_norm",
    "cnn1d",
    "weight-normalised Conv1d(dim, dim) k3 (parametrizations.weight_norm, as in temporal "
    "conv nets and vocoders) . GELU",
    estimates=ESTIMATES,
)
def conv1d_weight_norm(dim: int) -> nn.Module:
    conv = nn.utils.parametrizations.weight_norm(nn.Conv1d(dim, dim, 3, padding=1))
    return nn.Sequential(conv, nn.GELU())


@BlueprintRegistry.register(
    "conv1d_dilated_strided",
    "cnn1d",
    "Conv1d(dim, 2 dim) k3, dilation 2, stride 2",
    estimates=ESTIMATES,
)
def conv1d_dilated_strided(dim: int) -> nn.Module:
    return nn.Conv1d(dim, 2 * dim, 3, stride=2, padding=2, dilation=2)


@BlueprintRegistry.register(
    "conv_transpose1d",
    "cnn1d",
    "ConvTranspose1d k4 stride 2 (doubles length) . PReLU",
    estimates=ESTIMATES,
)
def conv_transpose1d(dim: int) -> nn.Module:
    return nn.Sequential(nn.ConvTranspose1d(dim, dim, 4, stride=2, padding=1), nn.PReLU())


@BlueprintRegistry.register(
    "pool1d",
    "cnn1d",
    "pointwise Conv1d . MaxPool1d k3 s2 . AvgPool1d k2 (ceil mode)",
    estimates=ESTIMATES,
)
def pool1d(dim: int) -> nn.Module:
    return nn.Sequential(
        nn.Conv1d(dim, dim, 1),
        nn.MaxPool1d(3, stride=2, padding=1),
        nn.AvgPool1d(2, ceil_mode=True),
    )


# ---------------------------------------------------------------------------------------------
# cnn: x of shape [batch, dim, height, width]


@BlueprintRegistry.register(
    "conv2d_grouped", "cnn", "grouped Conv2d 3x3", bounds=GROUPS, estimates=ESTIMATES
)
def conv2d_grouped(dim: int, groups: int = 4) -> nn.Module:
    return nn.Conv2d(dim, dim, 3, padding=1, groups=groups)


@BlueprintRegistry.register(
    "conv2d_dilated", "cnn", "dilated Conv2d 3x3 (dilation 2, no bias) . ReLU", estimates=ESTIMATES
)
def conv2d_dilated(dim: int) -> nn.Module:
    return nn.Sequential(nn.Conv2d(dim, dim, 3, padding=2, dilation=2, bias=False), nn.ReLU())


@BlueprintRegistry.register(
    "conv2d_strided", "cnn", "Conv2d(dim, 2 dim) 3x3 stride 2 (downsampling)", estimates=ESTIMATES
)
def conv2d_strided(dim: int) -> nn.Module:
    return nn.Conv2d(dim, 2 * dim, 3, stride=2, padding=1)


@BlueprintRegistry.register(
    "conv_transpose2d_avgpool",
    "cnn",
    "ConvTranspose2d 3x3 stride 2 (doubles H, W) . AvgPool2d 2",
    estimates=ESTIMATES,
)
def conv_transpose2d_avgpool(dim: int) -> nn.Module:
    return nn.Sequential(
        nn.ConvTranspose2d(dim, dim, 3, stride=2, padding=1, output_padding=1),
        nn.AvgPool2d(2),
    )


@BlueprintRegistry.register(
    "conv_transpose2d_grouped",
    "cnn",
    "ConvTranspose2d 3x3, 2 groups, dilation 2, stride 2",
    estimates=ESTIMATES,
)
def conv_transpose2d_grouped(dim: int) -> nn.Module:
    return nn.ConvTranspose2d(dim, dim, 3, stride=2, dilation=2, groups=2)


@BlueprintRegistry.register(
    "batchnorm_residual", "cnn", "x + ReLU(BatchNorm2d(Conv2d 3x3 (x)))", estimates=ESTIMATES
)
def batchnorm_residual(dim: int) -> nn.Module:
    return Residual(
        nn.Sequential(nn.Conv2d(dim, dim, 3, padding=1, bias=False), nn.BatchNorm2d(dim), nn.ReLU())
    )


@BlueprintRegistry.register(
    "instancenorm_prelu",
    "cnn",
    "InstanceNorm2d(affine) . PReLU(one slope per channel)",
    estimates=ESTIMATES,
)
def instancenorm_prelu(dim: int) -> nn.Module:
    return nn.Sequential(nn.InstanceNorm2d(dim, affine=True), nn.PReLU(num_parameters=dim))


@BlueprintRegistry.register(
    "groupnorm_silu", "cnn", "GroupNorm(groups, dim) . SiLU", bounds=GROUPS, estimates=ESTIMATES
)
def groupnorm_silu(dim: int, groups: int = 2) -> nn.Module:
    return nn.Sequential(nn.GroupNorm(groups, dim), nn.SiLU())


@BlueprintRegistry.register(
    "pooling",
    "cnn",
    "MaxPool2d 3x3 stride 2 . AvgPool2d 3x3 (padding not counted)",
    estimates=ESTIMATES,
)
def pooling(dim: int) -> nn.Module:
    return nn.Sequential(
        nn.MaxPool2d(3, stride=2, padding=1),
        nn.AvgPool2d(3, stride=1, padding=1, count_include_pad=False),
    )


@BlueprintRegistry.register(
    "classifier_head",
    "cnn",
    "AdaptiveAvgPool2d(1) . Flatten . Linear(dim, 10)",
    estimates=ESTIMATES,
)
def classifier_head(dim: int) -> nn.Module:
    return nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(dim, 10))


@BlueprintRegistry.register(
    "upsample_nearest", "cnn", "Upsample x2 (nearest) . Conv2d 3x3", estimates=ESTIMATES
)
def upsample_nearest(dim: int) -> nn.Module:
    return nn.Sequential(
        nn.Upsample(scale_factor=2, mode="nearest"), nn.Conv2d(dim, dim, 3, padding=1)
    )


@BlueprintRegistry.register(
    "upsample_bilinear", "cnn", "Upsample x2 (bilinear) . Conv2d 1x1", estimates=ESTIMATES
)
def upsample_bilinear(dim: int) -> nn.Module:
    return nn.Sequential(
        nn.Upsample(scale_factor=2, mode="bilinear", align_corners=False), nn.Conv2d(dim, dim, 1)
    )


# ---------------------------------------------------------------------------------------------
# cnn3d: x of shape [batch, dim, depth, height, width]


@BlueprintRegistry.register(
    "conv3d_depthwise_strided",
    "cnn3d",
    "depthwise Conv3d 3^3 stride 2 . pointwise Conv3d",
    estimates=ESTIMATES,
)
def conv3d_depthwise_strided(dim: int) -> nn.Module:
    return nn.Sequential(
        nn.Conv3d(dim, dim, 3, stride=2, padding=1, groups=dim),
        nn.Conv3d(dim, dim, 1),
    )


@BlueprintRegistry.register(
    "conv3d_grouped_dilated",
    "cnn3d",
    "Conv3d(dim, 2 dim) 3^3, 2 groups, dilation 2",
    estimates=ESTIMATES,
)
def conv3d_grouped_dilated(dim: int) -> nn.Module:
    return nn.Conv3d(dim, 2 * dim, 3, padding=2, dilation=2, groups=2, bias=False)


@BlueprintRegistry.register(
    "conv_transpose3d",
    "cnn3d",
    "ConvTranspose3d 2^3 stride 2 . BatchNorm3d . ReLU",
    estimates=ESTIMATES,
)
def conv_transpose3d(dim: int) -> nn.Module:
    return nn.Sequential(nn.ConvTranspose3d(dim, dim, 2, stride=2), nn.BatchNorm3d(dim), nn.ReLU())


@BlueprintRegistry.register(
    "pool_upsample3d",
    "cnn3d",
    "pointwise Conv3d . MaxPool3d 3^3 s2 . Upsample x2 (trilinear)",
    estimates=ESTIMATES,
)
def pool_upsample3d(dim: int) -> nn.Module:
    return nn.Sequential(
        nn.Conv3d(dim, dim, 1),
        nn.MaxPool3d(3, stride=2, padding=1),
        nn.Upsample(scale_factor=2, mode="trilinear"),
    )


# ---------------------------------------------------------------------------------------------
# transformer: x of shape [batch, seq_len, dim]


@BlueprintRegistry.register(
    "linear",
    "transformer",
    "Linear(dim, expansion * dim)",
    bounds={"expansion": (1, 8)},
    estimates=ESTIMATES,
)
def linear(dim: int, expansion: int = 2) -> nn.Module:
    return nn.Linear(dim, expansion * dim)


class SelfBilinear(nn.Module):
    """Bilinear(x, x): a quadratic form of the input with itself."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.bilinear = nn.Bilinear(dim, dim, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.bilinear(x, x)


@BlueprintRegistry.register(
    "bilinear", "transformer", "Bilinear(dim, dim, dim) applied to (x, x)", estimates=ESTIMATES
)
def bilinear(dim: int) -> nn.Module:
    return SelfBilinear(dim)


@BlueprintRegistry.register("layernorm", "transformer", "LayerNorm(dim)", estimates=ESTIMATES)
def layernorm(dim: int) -> nn.Module:
    return nn.LayerNorm(dim)


@BlueprintRegistry.register("rmsnorm", "transformer", "RMSNorm(dim)", estimates=ESTIMATES)
def rmsnorm(dim: int) -> nn.Module:
    return nn.RMSNorm(dim)


@BlueprintRegistry.register("glu", "transformer", "Linear(dim, 2 dim) . GLU", estimates=ESTIMATES)
def glu(dim: int) -> nn.Module:
    return nn.Sequential(nn.Linear(dim, 2 * dim), nn.GLU())


ACTIVATIONS = {"silu": nn.SiLU, "mish": nn.Mish, "hardswish": nn.Hardswish, "prelu": nn.PReLU}


@BlueprintRegistry.register(
    "activation_mlp",
    "transformer",
    "residual MLP: Linear(dim, 2 dim) . activation . Dropout(0.1) . Linear(2 dim, dim)",
    choices={"activation": tuple(ACTIVATIONS)},
    estimates=ESTIMATES,
)
def activation_mlp(dim: int, activation: str = "silu") -> nn.Module:
    return Residual(
        nn.Sequential(
            nn.Linear(dim, 2 * dim),
            ACTIVATIONS[activation](),
            nn.Dropout(0.1),
            nn.Linear(2 * dim, dim),
        )
    )


class SelfAttention(nn.Module):
    """x + MultiheadAttention(x, kv, kv), kv = x or a projection of x to ``kdim`` features."""

    def __init__(
        self,
        dim: int,
        n_head: int,
        bias: bool = True,
        kdim: int | None = None,
        weights: bool = False,
    ) -> None:
        super().__init__()
        self.kv = nn.Identity() if kdim is None else nn.Linear(dim, kdim)
        self.attn = nn.MultiheadAttention(
            dim, n_head, bias=bias, kdim=kdim, vdim=kdim, batch_first=True
        )
        self.weights = weights

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        kv = self.kv(x)
        out, _ = self.attn(x, kv, kv, need_weights=self.weights)
        return x + out


@BlueprintRegistry.register(
    "mha",
    "transformer",
    "x + MultiheadAttention(x, x, x), batch first",
    bounds=HEADS,
    estimates=ESTIMATES,
)
def mha(dim: int, n_head: int = 4) -> nn.Module:
    return SelfAttention(dim, n_head)


@BlueprintRegistry.register(
    "mha_no_bias",
    "transformer",
    "x + MultiheadAttention without biases",
    bounds=HEADS,
    estimates=ESTIMATES,
)
def mha_no_bias(dim: int, n_head: int = 4) -> nn.Module:
    return SelfAttention(dim, n_head, bias=False)


@BlueprintRegistry.register(
    "mha_kdim",
    "transformer",
    "x + MultiheadAttention(x, kv, kv), kv = Linear(dim, 2 dim)(x), kdim = vdim = 2 dim, "
    "with the averaged attention weights",
    bounds=HEADS,
    estimates=ESTIMATES,
)
def mha_kdim(dim: int, n_head: int = 4) -> nn.Module:
    return SelfAttention(dim, n_head, kdim=2 * dim, weights=True)


@BlueprintRegistry.register(
    "encoder_layer",
    "transformer",
    "TransformerEncoderLayer(dim, n_head, 4 dim), batch first, post- or pre-norm",
    bounds=HEADS,
    choices=NORM_FIRST,
    estimates=ESTIMATES,
)
def encoder_layer(dim: int, n_head: int = 4, norm_first: bool = False) -> nn.Module:
    return nn.TransformerEncoderLayer(
        dim, n_head, dim_feedforward=4 * dim, batch_first=True, norm_first=norm_first
    )


class DecoderOnItself(nn.Module):
    """A TransformerDecoderLayer whose memory is its own input."""

    def __init__(self, layer: nn.TransformerDecoderLayer) -> None:
        super().__init__()
        self.layer = layer

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.layer(x, x)


@BlueprintRegistry.register(
    "decoder_layer",
    "transformer",
    "TransformerDecoderLayer(dim, n_head, 4 dim) with memory = x, batch first, post- or pre-norm",
    bounds=HEADS,
    choices=NORM_FIRST,
    estimates=ESTIMATES,
)
def decoder_layer(dim: int, n_head: int = 4, norm_first: bool = False) -> nn.Module:
    return DecoderOnItself(
        nn.TransformerDecoderLayer(
            dim, n_head, dim_feedforward=4 * dim, batch_first=True, norm_first=norm_first
        )
    )


class TransformerOnItself(nn.Module):
    """``nn.Transformer`` with source and target the input itself."""

    def __init__(self, model: nn.Transformer) -> None:
        super().__init__()
        self.model = model

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.model(x, x)


@BlueprintRegistry.register(
    "nn_transformer",
    "transformer",
    "nn.Transformer(dim, n_head), one encoder and one decoder layer (its own init: xavier on "
    "every matrix, clones by deepcopy), src = tgt = x, batch first",
    bounds=HEADS,
    estimates=ESTIMATES,
)
def nn_transformer(dim: int, n_head: int = 4) -> nn.Module:
    return TransformerOnItself(
        nn.Transformer(
            dim,
            n_head,
            num_encoder_layers=1,
            num_decoder_layers=1,
            dim_feedforward=2 * dim,
            batch_first=True,
        )
    )


class SequenceOutput(nn.Module):
    """The output sequence of a recurrent layer (not its final state)."""

    def __init__(self, rnn: nn.RNNBase) -> None:
        super().__init__()
        self.rnn = rnn

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out, _ = self.rnn(x)
        return out


@BlueprintRegistry.register(
    "lstm", "transformer", "LSTM(dim, dim), batch first; the sequence output", estimates=ESTIMATES
)
def lstm(dim: int) -> nn.Module:
    return SequenceOutput(nn.LSTM(dim, dim, batch_first=True))


@BlueprintRegistry.register(
    "gru_bidirectional",
    "transformer",
    "bidirectional GRU(dim, dim), batch first; the sequence",
    estimates=ESTIMATES,
)
def gru_bidirectional(dim: int) -> nn.Module:
    return SequenceOutput(nn.GRU(dim, dim, batch_first=True, bidirectional=True))
