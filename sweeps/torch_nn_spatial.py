"""The torch.nn spatial sweep: every padding, pooling, upsampling, unfold/fold and shuffle class
of ``torch.nn``, behind a 1x1 convolution, with constant arguments and with arguments that
depend on the dimension.

These layers take no feature or channel size, so the torch.nn sweep leaves them out; they are
the layers whose PyTorch kernels read sizes as numbers (issue 22). The classes are enumerated
from the ``torch.nn`` modules that define them (``MODULES``). Each becomes two blueprints:

- ``<topology>/torch_nn_<class>``: the arguments a user typically passes (``CONSTANT``: a
  kernel of 3 with stride 2 and padding 1, a padding of 2, a scale of 2, ...);
- ``<topology>/torch_nn_<class>_by_dim``: the class's main argument (padding, kernel, output
  size, scale or factor) computed from ``dim`` (``BY_DIM``), so that the layer differs across
  the domain and every size of it must be derived, not read as a number.

The layer follows a ``Conv{1,2,3}d(dim, channels, 1)`` (a parameter, and a backward through
the layer), ``channels`` being ``dim`` or what the layer needs (``factor**2 * dim`` for a pixel
shuffle, ``2 * dim`` for a channel shuffle). ``nn.Upsample`` is swept in each of its modes on
the layout the mode takes. Two classes need a partner, as users call them: ``nn.Fold`` folds
what ``nn.Unfold`` cut from the same input back to its size (VOLO's outlook attention), and
``nn.MaxUnpool*d`` undoes a ``nn.MaxPool*d`` with ``return_indices=True`` to the input's size
(SegNet).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import torch
from torch import nn

from blueprints.registry import BlueprintRegistry

TITLE = (
    "torch.nn padding, pooling, upsampling, unfold/fold and shuffle layers "
    f"(torch {torch.__version__.split('+')[0]})"
)
# the generated module the sweep's formulas would go to (the sweep keeps a store only)
ESTIMATES = "sweeps.torch_nn_spatial_estimates"
PREFIX = "torch_nn_"
# the torch.nn modules whose classes are swept: every class they export
MODULES = (
    "torch.nn.modules.padding",
    "torch.nn.modules.pooling",
    "torch.nn.modules.upsampling",
    "torch.nn.modules.fold",
    "torch.nn.modules.pixelshuffle",
    "torch.nn.modules.channelshuffle",
)
# the modes of nn.Upsample, each on the layout it takes
UPSAMPLE_MODES = {
    "nearest": "cnn",
    "nearest-exact": "cnn",
    "linear": "cnn1d",
    "bilinear": "cnn",
    "bicubic": "cnn",
    "trilinear": "cnn3d",
}

# the arguments a user typically passes, by a part of the class name (the first row that fits)
CONSTANT: tuple[tuple[str, dict[str, Any]], ...] = (
    ("AdaptiveAvgPool", {"output_size": 3}),
    ("AdaptiveMaxPool", {"output_size": 3}),
    ("FractionalMaxPool", {"kernel_size": 3, "output_ratio": 0.5}),
    ("AvgPool", {"kernel_size": 3, "stride": 2, "padding": 1}),
    ("MaxPool", {"kernel_size": 3, "stride": 2, "padding": 1}),
    ("MaxUnpool", {"kernel_size": 2}),
    ("LPPool", {"norm_type": 2, "kernel_size": 3}),
    ("ConstantPad", {"padding": 2, "value": 1.0}),
    ("Pad", {"padding": 2}),
    ("Unfold", {"kernel_size": 3, "padding": 1}),
    ("Fold", {"kernel_size": 3, "padding": 1}),
    ("PixelShuffle", {"upscale_factor": 2}),
    ("PixelUnshuffle", {"downscale_factor": 2}),
    ("ChannelShuffle", {"groups": 2}),
    ("Upsampl", {"scale_factor": 2}),
)


def _kernel(dim: Any) -> Any:
    return dim % 3 + 1


def _factor(dim: Any) -> Any:
    return dim % 2 + 1


# the main argument computed from dim, by a part of the class name (the first row that fits),
# with the formula the description shows; the other arguments keep PyTorch's defaults (a
# pool's stride is its kernel) but for those a layer cannot do without (``REQUIRED``)
BY_DIM: tuple[tuple[str, str, str, Callable[[Any], Any]], ...] = (
    ("Adaptive", "output_size", "dim % 4 + 1", lambda dim: dim % 4 + 1),
    ("Pool", "kernel_size", "dim % 3 + 1", _kernel),
    ("Unpool", "kernel_size", "dim % 3 + 1", _kernel),
    ("Pad", "padding", "dim % 3", lambda dim: dim % 3),
    ("Unfold", "kernel_size", "dim % 3 + 1", _kernel),
    ("Fold", "kernel_size", "dim % 3 + 1", _kernel),
    ("ChannelShuffle", "groups", "dim % 2 + 1", _factor),
    ("PixelUnshuffle", "downscale_factor", "dim % 2 + 1", _factor),
    ("PixelShuffle", "upscale_factor", "dim % 2 + 1", _factor),
    ("Upsampl", "size", "dim % 4 + 1", lambda dim: dim % 4 + 1),
)
REQUIRED = ("output_ratio", "norm_type", "value")
_CONV = {"cnn1d": nn.Conv1d, "cnn": nn.Conv2d, "cnn3d": nn.Conv3d}


def classes() -> dict[str, type[nn.Module]]:
    """Every class the modules of ``MODULES`` define that ``torch.nn`` exports, by name."""
    found = {}
    for name in sorted(nn.modules.__all__):
        cls = getattr(nn, name, None)
        if isinstance(cls, type) and issubclass(cls, nn.Module) and cls.__module__ in MODULES:
            found[name] = cls
    return found


def _first(table: tuple[tuple[Any, ...], ...], name: str) -> tuple[Any, ...]:
    for row in table:
        if row[0] in name:
            return row
    raise LookupError(f"no arguments for torch.nn.{name}")


def arguments(name: str, dim: Any, by_dim: bool) -> dict[str, Any]:
    """The constructor arguments of ``torch.nn.<name>``: ``CONSTANT``'s, or (``by_dim``) the
    main argument computed from ``dim`` (``BY_DIM``) and ``CONSTANT``'s ``REQUIRED`` ones."""
    constant = dict(_first(CONSTANT, name)[1])
    if not by_dim:
        return constant
    _, argument, _, value = _first(BY_DIM, name)
    return {argument: value(dim)} | {k: v for k, v in constant.items() if k in REQUIRED}


def topology(name: str) -> str:
    """The input layout of ``torch.nn.<name>``: from the 1d/2d/3d in its name, else images."""
    if name.endswith("1d"):
        return "cnn1d"
    if name.endswith("3d"):
        return "cnn3d"
    return "cnn"


class Refold(nn.Module):
    """``nn.Fold`` of what ``nn.Unfold`` cut from the input, back to the input's size (the
    fold's output size is the input's, so the fold is made at the call)."""

    def __init__(self, **arguments: Any) -> None:
        super().__init__()
        self.arguments = arguments
        self.unfold = nn.Unfold(**arguments)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return nn.Fold(tuple(x.shape[-2:]), **self.arguments)(self.unfold(x))


class PoolUnpool(nn.Module):
    """``unpool(*pool(x), output_size=x.shape)``: a max pool that returns its indices, undone
    by the unpool to the input's size, as PyTorch's documentation asks where a pool maps
    several sizes to one. Without it, an input not a multiple of the kernel unpools to a
    smaller size than the indices point into, and the step raises or not by where the maxima
    are: by the data, not the sizes."""

    def __init__(self, pool: nn.Module, unpool: nn.Module) -> None:
        super().__init__()
        self.pool, self.unpool = pool, unpool

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.unpool(*self.pool(x), output_size=x.shape)


def _channels(layer: nn.Module, dim: Any) -> Any:
    """The channels the layer takes: ``factor**2 * dim`` for a pixel shuffle, ``2 * dim`` for a
    channel shuffle (divisible by its groups at every dim), else ``dim``."""
    if isinstance(layer, nn.PixelShuffle):
        return layer.upscale_factor**2 * dim
    if isinstance(layer, nn.ChannelShuffle):
        return 2 * dim
    return dim


def build(name: str, dim: Any, by_dim: bool, mode: str | None = None) -> nn.Module:
    """The blueprint's module: a 1x1 convolution at ``dim``, then the layer."""
    cls = getattr(nn, name)
    given = arguments(name, dim, by_dim)
    if mode is not None:
        given["mode"] = mode
    if cls is nn.Fold:
        layer: nn.Module = Refold(**given)
    else:
        layer = cls(**given)
    if name.startswith("MaxUnpool"):
        kernel = given["kernel_size"]
        pool = getattr(nn, name.replace("Unpool", "Pool"))(kernel, return_indices=True)
        layer = PoolUnpool(pool, layer)
    layout = UPSAMPLE_MODES[mode] if mode is not None else topology(name)
    return nn.Sequential(_CONV[layout](dim, _channels(layer, dim), 1), layer)


def blueprints() -> dict[str, tuple[str, str, bool, str | None]]:
    """Every blueprint of the sweep: {name: (class, topology, by_dim, Upsample mode)}."""
    found = {}
    for name in classes():
        modes = list(UPSAMPLE_MODES) if name == "Upsample" else [None]
        for mode in modes:
            stem = PREFIX + name.lower() + ("" if mode is None else "_" + mode.replace("-", "_"))
            layout = UPSAMPLE_MODES[mode] if mode is not None else topology(name)
            for by_dim in (False, True):
                found[stem + ("_by_dim" if by_dim else "")] = (name, layout, by_dim, mode)
    return found


def _description(name: str, by_dim: bool, mode: str | None) -> str:
    given: dict[str, Any] = arguments(name, 0, by_dim)
    if by_dim:
        _, argument, text, _ = _first(BY_DIM, name)
        given[argument] = text
    if mode is not None:
        given["mode"] = repr(mode)
    shown = ", ".join(f"{k}={v}" for k, v in given.items())
    return f"torch.nn.{name} ({shown}) after a 1x1 conv"


def _factory(
    blueprint: str, name: str, by_dim: bool, mode: str | None
) -> Callable[[int], nn.Module]:
    def factory(dim: int) -> nn.Module:
        return build(name, dim, by_dim, mode)

    factory.__name__ = factory.__qualname__ = blueprint
    factory.__doc__ = f"torch.nn.{name} after a 1x1 conv at dim, as the spatial sweep builds it."
    return factory


def _check_signatures() -> None:
    """Every argument the sweep passes is one the class takes (a renamed one fails loudly)."""
    for name in classes():
        parameters = inspect.signature(getattr(nn, name).__init__).parameters
        for by_dim in (False, True):
            unknown = set(arguments(name, 0, by_dim)) - set(parameters)
            if unknown:
                raise TypeError(f"torch.nn.{name} takes no {sorted(unknown)}")


_check_signatures()
for _blueprint, (_name, _layout, _by_dim, _mode) in blueprints().items():
    _factory_of = _factory(_blueprint, _name, _by_dim, _mode)
    globals()[_blueprint] = _factory_of  # importable by name, like any factory
    BlueprintRegistry.register(
        _blueprint, _layout, _description(_name, _by_dim, _mode), estimates=ESTIMATES
    )(_factory_of)
