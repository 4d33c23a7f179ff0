"""The torch.nn sweep: every module class of ``torch.nn`` that takes a feature or channel size.

The classes are enumerated from ``torch.nn`` itself: a class is in the sweep when its
constructor has one of ``SIZE_ARGUMENTS`` (``in_features``, ``num_features``, ``in_channels``,
``normalized_shape``, ``embed_dim``, ``d_model``, ``input_size``, ...), or when it is a
recurrent layer (``nn.RNN``, ``nn.LSTM``, ``nn.GRU`` take ``*args``). Each becomes the
blueprint ``<topology>/torch_nn_<class>``: the size arguments are ``dim``, the other required
ones get the value a user typically passes (``OTHER_ARGUMENTS``: as many output features or
channels as input ones, a kernel of 3, 8 heads, 32 groups), everything else keeps PyTorch's
default. Where the forward takes more than one input or returns a tuple, the blueprint calls it
the usual way (self-attention ``attention(x, x, x)``, a decoder on its own input as memory, the
output of a recurrent layer). The input layout follows the class: ``*1d`` layers take
``[batch, dim, length]``, ``*2d`` ``[batch, dim, height, width]``, ``*3d`` a depth too, the
recurrent cells ``[batch, dim]``, the rest ``[batch, seq_len, dim]``.

``SKIPPED`` names each class left out and why (token inputs, two inputs, targets, sizes
inferred at the first call, abstract bases).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import torch
from torch import nn

from blueprints.registry import BlueprintRegistry

TITLE = f"torch.nn (torch {torch.__version__.split('+')[0]})"
# the generated module the sweep's formulas would go to (the sweep keeps a store only)
ESTIMATES = "sweeps.torch_nn_estimates"
PREFIX = "torch_nn_"

# constructor arguments that are the layer's feature or channel size: they become dim
SIZE_ARGUMENTS = (
    "in_features",
    "in1_features",
    "num_features",
    "in_channels",
    "num_channels",
    "normalized_shape",
    "embed_dim",
    "d_model",
    "input_size",
    "num_parameters",
    "embedding_dim",
)
# the value a user typically passes for each other required argument
OTHER_ARGUMENTS: dict[str, Any] = {
    "out_features": "dim",
    "out_channels": "dim",
    "in2_features": "dim",
    "hidden_size": "dim",
    "kernel_size": 3,
    "num_heads": 8,
    "nhead": 8,
    "num_groups": 32,
}
SKIPPED = {
    "AdaptiveLogSoftmaxWithLoss": "a loss: its forward takes the targets",
    "LinearCrossEntropyLoss": "a loss: its forward takes the targets",
    "Bilinear": "its forward takes two inputs",
    "Embedding": "token inputs (integer ids), not features",
    "EmbeddingBag": "token inputs (integer ids), not features",
    "SyncBatchNorm": "needs a distributed process group to run a training step",
    "RNNBase": "an abstract base class",
    "RNNCellBase": "an abstract base class",
}
_RECURRENT = (nn.RNN, nn.LSTM, nn.GRU)
_CELLS = (nn.RNNCell, nn.LSTMCell, nn.GRUCell)

BlueprintRegistry.add_topology("features", ("batch", "dim"))


class SelfAttention(nn.Module):
    """``attention(x, x, x)``, its output only: how a user calls ``nn.MultiheadAttention``."""

    def __init__(self, attention: nn.Module) -> None:
        super().__init__()
        self.attention = attention

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.attention(x, x, x, need_weights=False)[0]


class OwnMemory(nn.Module):
    """``layer(x, x)``: a decoder (or a whole Transformer) given its input as memory."""

    def __init__(self, layer: nn.Module) -> None:
        super().__init__()
        self.layer = layer

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.layer(x, x)


class Output(nn.Module):
    """``layer(x)[0]``: the output of a recurrent layer without its hidden state (of an LSTM
    cell, its hidden state without its cell state)."""

    def __init__(self, layer: nn.Module) -> None:
        super().__init__()
        self.layer = layer

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.layer(x)[0]


def classes() -> dict[str, type[nn.Module]]:
    """Every module class ``torch.nn`` exports, by name."""
    found = {}
    for name in sorted(nn.modules.__all__):
        cls = getattr(nn, name, None)
        if isinstance(cls, type) and issubclass(cls, nn.Module):
            found[name] = cls
    return found


def takes_a_size(cls: type[nn.Module]) -> bool:
    """Whether the constructor of ``cls`` takes a feature or channel size."""
    if issubclass(cls, _RECURRENT):
        return True
    try:
        parameters = inspect.signature(cls.__init__).parameters
    except (TypeError, ValueError):
        return False
    return any(name in parameters for name in SIZE_ARGUMENTS)


def arguments(cls: type[nn.Module], dim: Any) -> dict[str, Any]:
    """The constructor arguments the sweep passes: sizes as ``dim``, the other required ones
    as ``OTHER_ARGUMENTS`` says (a value, or ``"dim"``), nothing else."""
    if issubclass(cls, _RECURRENT):
        return {"input_size": dim, "hidden_size": dim, "batch_first": True}
    given: dict[str, Any] = {}
    for name, parameter in inspect.signature(cls.__init__).parameters.items():
        if name in SIZE_ARGUMENTS:
            given[name] = dim
        elif parameter.default is inspect.Parameter.empty and parameter.kind in (
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
            inspect.Parameter.KEYWORD_ONLY,
        ):
            if name == "self":
                continue
            value = OTHER_ARGUMENTS.get(name)
            if value is None:
                raise LookupError(f"no value for {cls.__name__}({name}=...)")
            given[name] = dim if value == "dim" else value
    return given


def topology(cls: type[nn.Module]) -> str:
    """The input layout a layer of ``cls`` takes."""
    if issubclass(cls, _CELLS):
        return "features"
    if cls.__name__.endswith("1d"):
        return "cnn1d"
    if cls.__name__.endswith("3d"):
        return "cnn3d"
    if cls.__name__.endswith("2d") or cls in (nn.GroupNorm, nn.PReLU):
        return "cnn"
    return "transformer"


def build(cls: type[nn.Module], dim: Any) -> nn.Module:
    """A layer of ``cls`` at ``dim``, called the way a user calls it."""
    if "batch_first" in inspect.signature(cls.__init__).parameters:
        layer = cls(**arguments(cls, dim), batch_first=True)
    else:
        layer = cls(**arguments(cls, dim))
    if isinstance(layer, nn.MultiheadAttention):
        return SelfAttention(layer)
    if isinstance(layer, nn.TransformerDecoderLayer | nn.Transformer):
        return OwnMemory(layer)
    if isinstance(layer, (*_RECURRENT, nn.LSTMCell)):
        return Output(layer)
    return layer


def blueprint_name(cls: type[nn.Module]) -> str:
    """``torch_nn_batchnorm2d`` for ``nn.BatchNorm2d``: the class name in lower case."""
    return PREFIX + cls.__name__.lower()


def _factory(cls: type[nn.Module]) -> Callable[[int], nn.Module]:
    def factory(dim: int) -> nn.Module:
        return build(cls, dim)

    factory.__name__ = factory.__qualname__ = blueprint_name(cls)
    factory.__doc__ = f"torch.nn.{cls.__name__} at dim, as the torch.nn sweep builds it."
    return factory


def swept() -> dict[str, type[nn.Module]]:
    """The classes of the sweep (those that take a size and are not ``SKIPPED``), by name."""
    return {
        name: cls
        for name, cls in classes().items()
        if takes_a_size(cls) and name not in SKIPPED and not name.startswith("Lazy")
    }


def skipped() -> dict[str, str]:
    """The classes that take a size but are left out, by name, with the reason."""
    reasons = {}
    for name, cls in classes().items():
        if not takes_a_size(cls) and not name.startswith("Lazy"):
            continue
        if name.startswith("Lazy"):
            reasons[name] = "infers its sizes from its first input (a lazy module)"
        elif name in SKIPPED:
            reasons[name] = SKIPPED[name]
    return reasons


for _name, _cls in swept().items():
    _factory_of = _factory(_cls)
    globals()[_factory_of.__name__] = _factory_of  # importable by name, like any factory
    BlueprintRegistry.register(
        blueprint_name(_cls),
        topology(_cls),
        f"torch.nn.{_name} ({', '.join(f'{k}={v}' for k, v in arguments(_cls, 'dim').items())})",
        estimates=ESTIMATES,
    )(_factory_of)
