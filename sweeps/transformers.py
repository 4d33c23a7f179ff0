"""The transformers sweep: the main layer of every model family of ``transformers.models``.

A family is in the sweep when its base model (``AutoModel``'s class for its config, else the
``*Model`` of its modeling module) has a repeated layer (a ``ModuleList`` of ``*Layer`` or
``*Block``) that runs on hidden states ``[batch, seq_len, hidden]``: the blueprint
``transformer/hf_<model_type>`` builds that layer from the family's own config with its
defaults (dropouts, head sizes, activations, rope settings), except the hidden size, which is
``dim``, with eager attention, and calls it on ``x`` with what its forward needs (positions
``0..T-1``, the family's rotary embeddings). ``SKIPPED`` says for every other model type why
it is left out (a composite config without a hidden size of its own, no repeated layer, a
layer that does not run on hidden states alone, ...).

Finding the families builds every base model on the meta device (minutes), so it is done once
per transformers version and kept in ``transformers_families.json`` beside this module, which
importing this module reads: ``python -m sweeps.transformers`` writes it.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import torch
from torch import nn

from blueprints.registry import BlueprintRegistry

FAMILIES = Path(__file__).with_name("transformers_families.json")
TOPOLOGY = "transformer"
ESTIMATES = "sweeps.transformers_estimates"  # the sweep keeps a store only
ATTN = "eager"
LAYER_NAME_ENDINGS = ("Layer", "Block")
IDX_NAMES = ("layer_idx", "layer_id", "layer_index", "idx", "layer_number", "block_idx")


def _version() -> str:
    import transformers

    return transformers.__version__


@dataclasses.dataclass
class Family:
    """How the sweep builds one family's main layer."""

    model_type: str
    config_class: str  # transformers.<name>
    base_model: str  # transformers.<name>
    layer_module: str  # the module of the layer class
    layer_class: str
    layer_path: str  # where layer 0 sits in the base model
    dim_field: str  # the config field that is the hidden size (hidden_size, n_embd, d_model...)
    init_kwargs: dict[str, Any]  # constructor arguments besides the config
    rotary_module: str | None = None
    rotary_class: str | None = None
    note: str = ""
    runs: bool = True  # maps [batch, seq, dim] to [batch, seq, dim] (meta, or real at dim 64)


def _config_class(model_type: str) -> type:
    from transformers.models.auto.configuration_auto import CONFIG_MAPPING

    return CONFIG_MAPPING[model_type]


def dim_field_of(config_cls: type) -> str:
    return getattr(config_cls, "attribute_map", {}).get("hidden_size", "hidden_size")


def make_config(fam: Family, dim: Any) -> Any:
    import transformers

    cls = getattr(transformers, fam.config_class)
    return cls(**{fam.dim_field: dim, "attn_implementation": ATTN})


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return (text.splitlines() or [""])[0][:300]


def _layer_lists(model: nn.Module) -> Iterator[tuple[str, nn.ModuleList]]:
    for name, mod in model.named_modules():
        if isinstance(mod, nn.ModuleList) and len(mod) > 0:
            kinds = {type(m) for m in mod}
            if len(kinds) == 1 or name.endswith(("layers", "layer", "h", "block", "blocks")):
                yield name, mod


def _init_kwargs(layer_cls: type) -> dict[str, Any]:
    """The layer's constructor arguments besides ``config``: layer 0's, or an error."""
    kwargs: dict[str, Any] = {}
    params = list(inspect.signature(layer_cls.__init__).parameters.values())[1:]
    for p in params:
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        if p.name == "config":
            continue
        if p.name in IDX_NAMES:
            kwargs[p.name] = 1 if p.name == "layer_number" else 0
        elif p.name == "has_relative_attention_bias":
            kwargs[p.name] = True
        elif p.default is inspect.Parameter.empty:
            raise LookupError(f"the layer's constructor needs {p.name!r}")
    if "config" not in [p.name for p in params]:
        raise LookupError("the layer's constructor takes no config")
    return kwargs


def _base_model_class(model_type: str, config_cls: type) -> type:
    """The family's base model: AutoModel's, else the modeling module's *Model whose
    ``config_class`` is the family's config (sub-configs such as ``clip_text_model``)."""
    import transformers
    from transformers.models.auto.configuration_auto import model_type_to_module_name
    from transformers.models.auto.modeling_auto import MODEL_MAPPING_NAMES

    base_name = MODEL_MAPPING_NAMES.get(model_type)
    if isinstance(base_name, (tuple, list)):
        base_name = base_name[0]
    if base_name:
        try:
            return getattr(transformers, base_name)
        except Exception as exc:
            raise LookupError(f"base model does not import: {type(exc).__name__}: {exc}") from None
    module_name = config_cls.__module__.replace(".configuration_", ".modeling_")
    try:
        module = importlib.import_module(module_name)
    except Exception:
        mod = model_type_to_module_name(model_type)
        raise LookupError(
            f"no base model (AutoModel) class, and no module {mod}.modeling_{mod}"
        ) from None
    for name, obj in vars(module).items():
        if (
            inspect.isclass(obj)
            and obj.__module__ == module.__name__
            and name.endswith("Model")
            and not name.endswith("PreTrainedModel")
            and getattr(obj, "config_class", None) is config_cls
        ):
            return obj
    raise LookupError("no base model (AutoModel) class, nor a *Model of this config")


def _count(module: nn.Module) -> int:
    return sum(p.numel() for p in module.parameters())


def discover_one(model_type: str) -> Family:
    """The family of ``model_type``, or LookupError saying why it is skipped."""
    try:
        config_cls = _config_class(model_type)
    except Exception as exc:
        raise LookupError(f"config does not import: {type(exc).__name__}: {exc}") from None
    composite = sorted(getattr(config_cls, "sub_configs", None) or ())
    dim_field = dim_field_of(config_cls)
    try:
        config = config_cls(attn_implementation=ATTN)
    except Exception as exc:
        raise LookupError(
            f"default config raises: {type(exc).__name__}: {first_line(exc)}"
        ) from None
    if not isinstance(getattr(config, "hidden_size", None), int) or isinstance(
        config.hidden_size, bool
    ):
        if composite:
            raise LookupError(
                f"composite config (sub-configs {', '.join(composite)}), no hidden size of its own"
            )
        raise LookupError("config has no integer hidden size")
    base_cls = _base_model_class(model_type, config_cls)
    try:
        with torch.device("meta"):
            model = base_cls(config)
    except Exception as exc:
        raise LookupError(
            f"base model {base_cls.__name__} does not build from defaults: "
            f"{type(exc).__name__}: {first_line(exc)[:150]}"
        ) from None
    n_layers = getattr(config, "num_hidden_layers", None)
    lists = []
    for order, (path, mlist) in enumerate(_layer_lists(model)):
        cls = type(mlist[0])
        if not cls.__name__.endswith(LAYER_NAME_ENDINGS) or not cls.__module__.startswith(
            "transformers.models."
        ):
            continue
        rank = (
            not cls.__name__.endswith(("DecoderLayer", "EncoderLayer")),
            len(mlist) != n_layers,
            order,
        )
        lists.append((rank, path, mlist))
    if not lists:
        raise LookupError("no repeated layer (a ModuleList of *Layer/*Block) in the base model")
    _, path, mlist = min(lists, key=lambda t: t[0])
    cls = type(mlist[0])
    try:
        kwargs = _init_kwargs(cls)
    except LookupError as exc:
        raise LookupError(f"{cls.__name__}: {exc}") from None
    rotary = None
    for name, mod in model.named_modules():
        if type(mod).__name__.endswith("RotaryEmbedding") and name.count(".") <= 1:
            rotary = type(mod)
            break
    fam = Family(
        model_type=model_type,
        config_class=config_cls.__name__,
        base_model=base_cls.__name__,
        layer_module=cls.__module__,
        layer_class=cls.__name__,
        layer_path=f"{path}.0",
        dim_field=dim_field,
        init_kwargs=kwargs,
        rotary_module=rotary.__module__ if rotary else None,
        rotary_class=rotary.__name__ if rotary else None,
    )
    try:
        alone = meta_counts(fam, config.hidden_size)[0]
    except Exception as exc:
        raise LookupError(
            f"{cls.__name__} does not build from the family config: "
            f"{type(exc).__name__}: {first_line(exc)[:150]}"
        ) from None
    if alone != _count(mlist[0]):
        fam.note = f"built alone {alone} parameters, layer 0 of the model {_count(mlist[0])}; "
    if composite:
        fam.note += f"composite config (sub-configs {', '.join(composite)}); "
    return fam


# --- the blueprint --------------------------------------------------------------------------


def _out_tensor(out: Any) -> torch.Tensor:
    while not isinstance(out, torch.Tensor):
        out = out[0]
    return out


class LayerOnHiddenStates(nn.Module):
    """A transformers layer called on hidden states x alone, with what its forward needs:
    positions 0..T-1 and, where it takes them, the family's rotary position embeddings."""

    def __init__(self, layer: nn.Module, rotary: nn.Module | None, layer_types=None) -> None:
        super().__init__()
        self.layer_types = list(layer_types or ["full_attention"])
        self.layer = layer
        self.rotary_emb = rotary
        sig = inspect.signature(layer.forward)
        self.forward_params = [p for p in sig.parameters.values() if p.name != "self"]

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        position_ids = torch.arange(x.shape[1], device=x.device).unsqueeze(0)
        kwargs: dict[str, Any] = {}
        names = {p.name for p in self.forward_params}
        if "position_embeddings" in names and self.rotary_emb is not None:
            rotary_args = inspect.signature(self.rotary_emb.forward).parameters
            if "layer_type" in rotary_args:
                layer_type = getattr(self.layer, "attention_type", None)
                if layer_type is None:
                    layer_type = getattr(self.layer, "layer_type", None)
                if layer_type is None:
                    layer_type = self.layer_types[0]
                kwargs["position_embeddings"] = self.rotary_emb(x, position_ids, layer_type)
            else:
                kwargs["position_embeddings"] = self.rotary_emb(x, position_ids)
        if "position_ids" in names:
            kwargs["position_ids"] = position_ids
        for p in self.forward_params[1:]:
            if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) or p.name in kwargs:
                continue
            if p.default is inspect.Parameter.empty:
                kwargs[p.name] = None
        return _out_tensor(self.layer(x, **kwargs))


def build(fam: Family, dim: Any) -> nn.Module:
    """The family's layer at hidden size ``dim``, called on hidden states alone."""
    config = make_config(fam, dim)
    layer_cls = getattr(importlib.import_module(fam.layer_module), fam.layer_class)
    layer = layer_cls(config, **fam.init_kwargs)
    rotary = None
    if fam.rotary_class and "position_embeddings" in inspect.signature(layer.forward).parameters:
        rotary_cls = getattr(importlib.import_module(fam.rotary_module), fam.rotary_class)
        rotary = rotary_cls(config)
    return LayerOnHiddenStates(layer, rotary, getattr(config, "layer_types", None))


def meta_counts(fam: Family, dim: int) -> tuple[int, int]:
    with torch.device("meta"):
        m = build(fam, dim)
    return sum(p.numel() for p in m.parameters()), sum(b.numel() for b in m.buffers())


def meta_forward(fam: Family, dim: int) -> str | None:
    """None when the layer maps [2, 5, dim] to [2, 5, dim] on the meta device, else why not."""
    try:
        with torch.device("meta"):
            m = build(fam, dim)
            y = m(torch.empty(2, 5, dim))
        if tuple(y.shape) != (2, 5, dim):
            return f"output shape {tuple(y.shape)}"
        return None
    except Exception as exc:
        return f"{type(exc).__name__}: {first_line(exc)}"


def real_forward(fam: Family, dim: int) -> str | None:
    try:
        torch.manual_seed(0)
        m = build(fam, dim)
        y = m(torch.randn(2, 5, dim))
        if tuple(y.shape) != (2, 5, dim):
            return f"output shape {tuple(y.shape)}"
        return None
    except Exception as exc:
        return f"{type(exc).__name__}: {first_line(exc)}"


def discover() -> dict[str, Any]:
    """Every model type of ``transformers.models``: its family, or why it is left out."""
    from transformers.models.auto.configuration_auto import CONFIG_MAPPING_NAMES

    families, skipped = [], {}
    for model_type in CONFIG_MAPPING_NAMES:
        try:
            fam = discover_one(model_type)
        except LookupError as exc:
            skipped[model_type] = str(exc)
            continue
        except Exception as exc:
            skipped[model_type] = (
                f"finding its layer raised {type(exc).__name__}: {first_line(exc)}"
            )
            continue
        default = _config_class(model_type)().hidden_size
        why = meta_forward(fam, default)
        if why is not None:
            small = real_forward(fam, 64)
            if small is not None:
                fam.runs = False
                fam.note += f"does not run on [batch, seq, hidden] alone: {why}; "
        families.append(fam)
    return {
        "transformers": _version(),
        "families": [dataclasses.asdict(f) for f in families],
        "skipped": skipped,
    }


def load() -> tuple[list[Family], dict[str, str]]:
    """The families (for this transformers version) and the model types left out, with why."""
    if not FAMILIES.exists():
        return [], {}
    data = json.loads(FAMILIES.read_text(encoding="utf-8"))
    if data.get("transformers") != _version():
        raise ImportError(
            f"{FAMILIES.name} was made for transformers {data.get('transformers')}, "
            f"not {_version()}: run python -m sweeps.transformers"
        )
    families = [Family(**d) for d in data["families"]]
    skipped = dict(data["skipped"])
    for fam in families:
        if not fam.runs:
            skipped[fam.model_type] = f"{fam.layer_class} {fam.note.strip('; ')}"
    return [f for f in families if f.runs], skipped


def _register(fam: Family) -> None:
    name = "hf_" + fam.model_type.replace("-", "_")
    # import what the factory uses now, as a module of blueprints does at its top
    for module in (fam.layer_module, fam.rotary_module):
        if module:
            importlib.import_module(module)

    def factory(dim: int) -> nn.Module:
        return build(fam, dim)

    factory.__name__ = factory.__qualname__ = name
    factory.__doc__ = f"transformers {fam.layer_class} at hidden size dim, as the sweep builds it."
    globals()[name] = factory
    extra = "".join(f", {k}={v!r}" for k, v in fam.init_kwargs.items())
    BlueprintRegistry.register(
        name,
        TOPOLOGY,
        f"transformers {fam.layer_class}({fam.config_class}(hidden size = dim){extra}), "
        f"{ATTN} attention",
        estimates=ESTIMATES,
    )(factory)


TITLE = f"transformers ({_version()}), the main layer of each model family"
# the families take hours to derive: over several runs, each resuming where the last stopped
IN_PROGRESS = (
    "Derived over several runs (`python -m codegen.sweep transformers -j 2` resumes where the "
    "last one stopped); a row not derived yet says so."
)
_FAMILIES, _SKIPPED = load()


def skipped() -> dict[str, str]:
    """The model types left out, with why."""
    return dict(_SKIPPED)


for _family in _FAMILIES:
    _register(_family)


if __name__ == "__main__":
    found = discover()
    FAMILIES.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(found['families'])} families, {len(found['skipped'])} model types left out")
    sys.exit(0)
