"""Vision transformers on the cnn layout (batch, dim, height, width), their depth a symbol.

``vit`` is transformers' ``ViTModel`` (no pooler, the last hidden state) on an image of
``dim`` channels (3 for RGB; a hybrid ViT's feature map otherwise), its width ``hidden``,
``n_layer`` blocks; the image must be ``image_size`` pixels square, as the model requires.
"""

from __future__ import annotations

import torch
from torch import nn
from transformers import ViTConfig, ViTModel

from blueprints.registry import BlueprintRegistry

from . import ESTIMATES

PATCH = 16  # ViT-B/16's: a symbol patch size multiplies the FLOP regions past 2000


class PixelModel(nn.Module):
    """An image model called on its pixel values alone, and its last hidden state. An image
    that is not ``size`` pixels square raises ValueError first, as the model would after its
    patch embedding (or the embedding's convolution before it, on an image smaller than a
    patch): checked first, the step's rejections are one region, not one per shape class of
    the convolution."""

    def __init__(self, model: nn.Module, size: int) -> None:
        super().__init__()
        self.model = model
        self.size = size

    def forward(self, pixels: torch.Tensor) -> torch.Tensor:
        if pixels.shape[-2] != self.size or pixels.shape[-1] != self.size:
            raise ValueError(
                f"a {pixels.shape[-2]}x{pixels.shape[-1]} image, but the model takes "
                f"{self.size}x{self.size}"
            )
        return self.model(pixel_values=pixels).last_hidden_state


@BlueprintRegistry.register(
    "vit",
    "cnn",
    "transformers ViTModel without its pooler, the last hidden state, on an image of dim "
    "channels (image_size pixels square, patches of 16 pixels; width hidden, MLP "
    "intermediate, learned positions; SDPA)",
    bounds={
        "hidden": (1, 65536),
        "n_layer": (1, 48),
        "n_head": (1, 64),
        "intermediate": (1, 65536),
        "image_size": (1, 4096),
    },
    estimates=ESTIMATES,
)
def vit(
    dim: int,
    hidden: int = 768,
    n_layer: int = 12,
    n_head: int = 12,
    intermediate: int = 3072,
    image_size: int = 224,
) -> nn.Module:
    config = ViTConfig(
        hidden_size=hidden,
        num_hidden_layers=n_layer,
        num_attention_heads=n_head,
        intermediate_size=intermediate,
        image_size=image_size,
        patch_size=PATCH,
        num_channels=dim,
        hidden_dropout_prob=0.0,
        attention_probs_dropout_prob=0.0,
        attn_implementation="sdpa",
    )
    return PixelModel(ViTModel(config, add_pooling_layer=False), image_size)
