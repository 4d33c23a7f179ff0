"""Layers of classic generative models, written as their reference code writes them.

The residual block of CycleGAN's and pix2pix's ResNet generator (Zhu et al. 2017; the authors'
``ResnetBlock`` with ``padding_type="reflect"``: reflection padding, 3x3 convolutions,
InstanceNorm, ReLU), and the recurrent layer of an LSTM language model (Zaremba et al. 2014,
PyTorch's word-language-model example: two LSTM layers with dropout between them and on the
output, then the decoder to the vocabulary).
"""

from __future__ import annotations

import torch
from torch import nn

from blueprints.registry import BlueprintRegistry

from .common import ESTIMATES


class ReflectResnetBlock(nn.Module):
    """x + [pad, conv 3x3, InstanceNorm, ReLU, pad, conv 3x3, InstanceNorm](x), reflect-padded."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.block = nn.Sequential(
            nn.ReflectionPad2d(1),
            nn.Conv2d(dim, dim, kernel_size=3, padding=0, bias=True),
            nn.InstanceNorm2d(dim),
            nn.ReLU(True),
            nn.ReflectionPad2d(1),
            nn.Conv2d(dim, dim, kernel_size=3, padding=0, bias=True),
            nn.InstanceNorm2d(dim),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.block(x)


@BlueprintRegistry.register(
    "cyclegan_resnet_block",
    "cnn",
    "CycleGAN/pix2pix ResNet block: reflection pad, 3x3 conv, InstanceNorm, ReLU, twice",
    estimates=ESTIMATES,
)
def cyclegan_resnet_block(dim: int) -> nn.Module:
    return ReflectResnetBlock(dim)


class LSTMLanguageModel(nn.Module):
    """The recurrent part and decoder of PyTorch's word-language-model example: embeddings in,
    a two-layer LSTM with dropout between the layers and on its output, logits out."""

    def __init__(self, dim: int, vocab: int = 1000, dropout: float = 0.2) -> None:
        super().__init__()
        self.rnn = nn.LSTM(dim, dim, num_layers=2, dropout=dropout, batch_first=True)
        self.drop = nn.Dropout(dropout)
        self.decoder = nn.Linear(dim, vocab)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        output, _ = self.rnn(x)
        return self.decoder(self.drop(output))


@BlueprintRegistry.register(
    "lstm_language_model",
    "transformer",
    "LSTM language model: 2-layer LSTM (dropout 0.2 between and after), decoder to 1000 words",
    estimates=ESTIMATES,
)
def lstm_language_model(dim: int) -> nn.Module:
    return LSTMLanguageModel(dim)
