"""The timm sweep: every block and layer of ``timm`` whose constructor takes a channel or
feature size.

A class is in the sweep when it is an ``nn.Module`` defined in a module of ``timm.layers`` or
``timm.models`` (not a whole model: no ``num_classes``), its constructor has one of
``SIZE_ARGUMENTS`` (``dim``, ``in_chs``, ``in_channels``, ``in_features``, ``channels``, ...),
every other required argument has a value a user typically passes (``OTHER_ARGUMENTS``: as
many output channels as input ones, 8 heads, a kernel of 3; a residual block's ``planes`` are
``dim // expansion``, as its network stacks it; an activation, norm or conv layer whose
default is None is the one timm's networks pass, ``LAYER_ARGUMENTS``), and it runs a forward
and a backward at ``dim = 64`` on one of the input layouts ``[batch, dim, height, width]``,
``[batch, seq_len, dim]`` or (timm's channels-last blocks) ``[batch, height, width, dim]``,
tried in this order, returning a tensor (the first of a tuple it returns). Everything else
keeps timm's defaults. The blueprint is ``<topology>/timm_<module>_<class>``.

Finding the classes builds and runs each one (about a minute), so it is done once per timm
version and kept in ``timm_modules.json`` beside this module, which importing this module
reads: ``python -m sweeps.timm_modules`` writes it.

timm imports torchvision, whose wheel does not import beside the CPU torch this project pins:
where ``import torchvision`` fails, the stand-in in ``sweeps/stubs`` is put on the path (timm
uses its ``FrozenBatchNorm2d``, a real implementation; the rest is inert). transformers
misreads that stand-in, so the sweep runs in a process without transformers layers
(``tests/test_sweeps.py`` checks it in a subprocess).
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import json
import pkgutil
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch
from torch import nn

from blueprints.registry import BlueprintRegistry

# a stand-in torchvision (a copy of the one the project is given in ../shared/stubs)
STUBS = Path(__file__).resolve().with_name("stubs")


def _import_timm() -> Any:
    try:
        import torchvision  # noqa: F401
    except Exception:
        for name in [m for m in sys.modules if m == "torchvision" or m.startswith("torchvision.")]:
            del sys.modules[name]
        if not STUBS.is_dir():
            raise ImportError(
                f"timm needs torchvision, which does not import here, and the stand-in "
                f"{STUBS} is missing"
            ) from None
        sys.path.insert(0, str(STUBS))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        import timm

    return timm


timm = _import_timm()

MODULES = Path(__file__).with_name("timm_modules.json")
ESTIMATES = "sweeps.timm_modules_estimates"  # the sweep keeps a store only
PREFIX = "timm_"
# constructor arguments that are the layer's channel or feature size: they become dim
SIZE_ARGUMENTS = (
    "dim",
    "in_chs",
    "in_channels",
    "in_features",
    "channels",
    "num_features",
    "num_channels",
    "in_dim",
    "inplanes",
    "in_planes",
    "embed_dim",
    "input_dim",
    "hidden_size",
    "dim_in",
    "chs",
)
# the value a user typically passes for each other required argument ("dim": the same size)
OTHER_ARGUMENTS: dict[str, Any] = {
    "out_chs": "dim",
    "out_channels": "dim",
    "out_features": "dim",
    "out_dim": "dim",
    "dim_out": "dim",
    "out_planes": "dim",
    "mid_chs": "dim",
    "hidden_features": "dim",
    "num_heads": 8,
    "heads": 8,
    "kernel_size": 3,
    "stride": 1,
}
# layers timm's networks always pass where a constructor's default is None (the norm by the
# layout: batch norm on [batch, dim, height, width], layer norm where dim is last)
LAYER_ARGUMENTS: dict[str, dict[str, str]] = {
    "act_layer": {"cnn": "torch.nn.ReLU", "transformer": "torch.nn.GELU"},
    "norm_layer": {"cnn": "torch.nn.BatchNorm2d", "transformer": "torch.nn.LayerNorm"},
    "conv_layer": {"cnn": "torch.nn.Conv2d"},
}
# helper modules of timm.models that define no layers
_NOT_LAYERS = {
    "factory",
    "features",
    "fx_features",
    "helpers",
    "hub",
    "registry",
    "layers",
}
_LAYOUTS = {
    "cnn": ("batch", "dim", "height", "width"),
    "transformer": ("batch", "seq_len", "dim"),
    "channels_last": ("batch", "height", "width", "dim"),
}
BlueprintRegistry.add_topology("channels_last", _LAYOUTS["channels_last"])
# the sizes of the discovery's forward (dim is 64): windows of 7 and strides of 2 fit 14
_PROBE = {"batch": 2, "dim": 64, "height": 14, "width": 14, "seq_len": 9}


@dataclasses.dataclass
class Layer:
    """How the sweep builds one timm class."""

    module: str  # timm.layers.mlp
    cls: str  # Mlp
    arguments: dict[str, Any]  # constructor arguments: "dim", "dim // N", or a value
    topology: str  # cnn, transformer or channels_last


def _modules() -> list[str]:
    names = []
    for package in ("timm.layers", "timm.models"):
        path = importlib.import_module(package).__path__
        for info in pkgutil.iter_modules(path):
            private = info.name.startswith("_") and info.name != "_efficientnet_blocks"
            if not private and info.name not in _NOT_LAYERS:
                names.append(f"{package}.{info.name}")
    return names


def _classes(module_name: str) -> list[type[nn.Module]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        module = importlib.import_module(module_name)
    found = {  # by object: an alias (ConvBnAct = ConvNormAct) is the same class
        id(cls): cls
        for cls in vars(module).values()
        if isinstance(cls, type) and issubclass(cls, nn.Module) and cls.__module__ == module_name
    }
    return list(found.values())


def arguments_of(cls: type[nn.Module], topology: str = "cnn") -> dict[str, Any]:
    """The constructor arguments the sweep passes on ``topology``'s inputs, or LookupError
    saying why there are none."""
    try:
        parameters = inspect.signature(cls.__init__).parameters
    except (TypeError, ValueError):
        raise LookupError("its constructor has no signature") from None
    if "num_classes" in parameters:
        raise LookupError("a whole model (it takes num_classes)")
    given: dict[str, Any] = {}
    for name, parameter in parameters.items():
        if name == "self" or parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if name in SIZE_ARGUMENTS and not given.get("__size__"):
            given[name] = "dim"
            given["__size__"] = name
        elif name == "planes" and isinstance(getattr(cls, "expansion", None), int):
            given[name] = f"dim // {cls.expansion}" if cls.expansion != 1 else "dim"
        elif parameter.default is None and name in LAYER_ARGUMENTS:
            layers = LAYER_ARGUMENTS[name]
            layer = layers.get(topology, layers.get("transformer" if topology != "cnn" else ""))
            if layer is not None:
                given[name] = layer
        elif parameter.default is inspect.Parameter.empty:
            if name in SIZE_ARGUMENTS or name not in OTHER_ARGUMENTS:
                raise LookupError(f"its constructor needs {name!r}")
            given[name] = OTHER_ARGUMENTS[name]
    if "__size__" not in given:
        raise LookupError("its constructor takes no channel or feature size")
    del given["__size__"]
    return given


def _value(spec: Any, dim: Any) -> Any:
    if spec == "dim":
        return dim
    if isinstance(spec, str) and spec.startswith("dim // "):
        return dim // int(spec.removeprefix("dim // "))
    if isinstance(spec, str) and spec.startswith("torch.nn."):
        return getattr(nn, spec.removeprefix("torch.nn."))
    return spec


class _Output(nn.Module):
    """``layer(x)``'s first tensor, where the layer returns a tuple (output and extras)."""

    def __init__(self, layer: nn.Module) -> None:
        super().__init__()
        self.layer = layer

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.layer(x)
        while not isinstance(out, torch.Tensor):
            out = out[0]
        return out


def build(layer: Layer, dim: Any) -> nn.Module:
    """The timm class at ``dim``, as the sweep builds it."""
    cls = getattr(importlib.import_module(layer.module), layer.cls)
    module = cls(**{k: _value(v, dim) for k, v in layer.arguments.items()})
    return _Output(module)


def _probe(layer: Layer) -> str | None:
    """None where the layer runs forward and backward at dim 64 on its layout, else why not."""
    torch.manual_seed(0)
    shape = [_PROBE[n] for n in _LAYOUTS[layer.topology]]
    try:
        module = build(layer, _PROBE["dim"])
        x = torch.randn(*shape, requires_grad=True)
        module(x).sum().backward()
    except Exception as exc:
        return f"{type(exc).__name__}: {(str(exc).strip().splitlines() or [''])[0][:160]}"
    return None


def discover() -> dict[str, Any]:
    """Every class of timm's layer and model modules: how the sweep builds it, or why not."""
    layers, skipped = [], {}
    for module_name in _modules():
        for cls in _classes(module_name):
            name = f"{module_name.removeprefix('timm.')}.{cls.__name__}"
            try:
                arguments_of(cls)
            except LookupError as exc:
                if "no channel or feature size" not in str(exc):
                    skipped[name] = str(exc)
                continue
            reasons = []
            for topology in _LAYOUTS:
                candidate = Layer(module_name, cls.__name__, arguments_of(cls, topology), topology)
                why = _probe(candidate)
                if why is None:
                    layers.append(candidate)
                    break
                reasons.append(f"{topology}: {why}")
            else:
                skipped[name] = "does not run at dim 64 on any layout (" + "; ".join(reasons) + ")"
    return {
        "timm": timm.__version__,
        "layers": [dataclasses.asdict(layer) for layer in layers],
        "skipped": skipped,
    }


def load() -> tuple[list[Layer], dict[str, str]]:
    """The classes of the sweep (for this timm version) and those left out, with why."""
    if not MODULES.exists():
        return [], {}
    data = json.loads(MODULES.read_text(encoding="utf-8"))
    if data.get("timm") != timm.__version__:
        raise ImportError(
            f"{MODULES.name} was made for timm {data.get('timm')}, not {timm.__version__}: "
            "run python -m sweeps.timm_modules"
        )
    return [Layer(**d) for d in data["layers"]], dict(data["skipped"])


def blueprint_name(layer: Layer) -> str:
    """``timm_mlp_mlp`` for ``timm.layers.mlp.Mlp``: module and class in lower case."""
    return f"{PREFIX}{layer.module.rpartition('.')[2]}_{layer.cls}".lower()


def _factory(layer: Layer) -> Callable[[int], nn.Module]:
    importlib.import_module(layer.module)  # imported now, as a module of blueprints does

    def factory(dim: int) -> nn.Module:
        return build(layer, dim)

    factory.__name__ = factory.__qualname__ = blueprint_name(layer)
    factory.__doc__ = f"timm's {layer.module}.{layer.cls} at dim, as the timm sweep builds it."
    return factory


TITLE = f"timm ({timm.__version__}), its blocks and layers"
# hours to derive on two cores: over several runs, each resuming where the last stopped
IN_PROGRESS = (
    "Derived over several runs (`python -m codegen.sweep timm_modules -j 2` resumes where the "
    "last one stopped); a row not derived yet says so."
)
_LAYERS, _SKIPPED = load()


def skipped() -> dict[str, str]:
    """The classes left out, with why."""
    return dict(_SKIPPED)


for _layer in _LAYERS if __name__ != "__main__" else ():  # discovery registers nothing
    _factory_of = _factory(_layer)
    globals()[_factory_of.__name__] = _factory_of  # importable by name, like any factory
    _given = ", ".join(f"{k}={v}" for k, v in _layer.arguments.items())
    BlueprintRegistry.register(
        blueprint_name(_layer),
        _layer.topology,
        f"timm {_layer.module.removeprefix('timm.')}.{_layer.cls}({_given})",
        estimates=ESTIMATES,
    )(_factory_of)


if __name__ == "__main__":
    found = discover()
    MODULES.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(found['layers'])} layers, {len(found['skipped'])} left out: {MODULES}")
