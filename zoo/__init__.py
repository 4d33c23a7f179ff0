"""A zoo of real layers: blueprints built from torch.nn, classic blocks and HF transformers.

Not a default source: importing this package registers about forty blueprints whose exact
formulas live in ``generated/zoo_estimates.py``, made by::

    python -m codegen --source zoo --output generated/zoo_estimates.py

``zoo.torch_layers`` holds single torch.nn layers (convolutions, norms, pooling, attention,
recurrent layers), ``zoo.classic`` classic blocks (ResNet, MobileNetV2, ConvNeXt, ViT),
``zoo.generators`` layers of classic generative models (CycleGAN's reflect-padded ResNet block,
an LSTM language model) and ``zoo.hf`` blocks of Hugging Face transformers (registered only
where it is installed).
"""

from __future__ import annotations

import importlib.util

from . import classic, generators, torch_layers  # noqa: F401  (registers the blueprints)
from .common import ESTIMATES

if importlib.util.find_spec("transformers") is not None:
    from . import hf  # noqa: F401

__all__ = ["ESTIMATES"]
