"""Exact cost estimates of the registered blueprints.

GENERATED FILE, do not edit. Made by `python -m codegen` (or `nox -s codegen`) from the
blueprints registered by `blueprints`, through the template
templates/estimates.py.jinja. Regenerate after changing a blueprint; `nox -s check` fails
while this file is stale.

Every formula below was derived symbolically from the module the factory builds and is exact
on the domain its docstring states; outside that domain the functions raise ValueError rather
than extrapolate. Plain Python, integer arithmetic only: no torch, no sympy.
"""

from __future__ import annotations

from collections.abc import Callable

BLUEPRINTS: tuple[tuple[str, str], ...] = (
    ("cnn", "attention"),
    ("cnn", "bottleneck"),
    ("cnn", "conv_heavy"),
    ("cnn", "conv_light"),
    ("cnn", "conv_small"),
    ("cnn", "depthwise"),
    ("cnn", "noop"),
    ("cnn", "norm"),
    ("transformer", "attention"),
    ("transformer", "flex_attention"),
    ("transformer", "lora"),
    ("transformer", "lora_large"),
    ("transformer", "mlp"),
    ("transformer", "mlp_small"),
    ("transformer", "noop"),
    ("transformer", "norm"),
)


def _check_int(blueprint: str, name: str, value: object, lo: int, hi: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{blueprint}: {name} must be an int, got {type(value).__name__}")
    if not lo <= value <= hi:
        raise ValueError(
            f"{blueprint}: {name}={value} is outside the proven domain {lo} <= {name} <= {hi}"
        )


def _check_choice(blueprint: str, name: str, value: object, choices: tuple[object, ...]) -> None:
    if not any(type(value) is type(c) and value == c for c in choices):
        raise ValueError(f"{blueprint}: {name} must be one of {choices!r}, got {value!r}")


def cnn_attention_params(dim: int, *, reduction: int = 4) -> int:
    """Parameters of cnn/attention.

    Squeeze-excitation channel attention.
    Built by blueprints.cnn.attention(); exact for 1 <= dim <= 65536, 1 <= reduction <= 64.

    if dim // reduction <= 1: 3 * dim
    otherwise: 2 * dim * (dim // reduction) + dim

    Per submodule:
        if dim // reduction <= 1:
            fc1 (Linear): dim
            fc2 (Linear): 2 * dim
        otherwise:
            fc1 (Linear): dim * (dim // reduction)
            fc2 (Linear): dim * (dim // reduction) + dim
    """
    _check_int("cnn/attention", "dim", dim, 1, 65536)
    _check_int("cnn/attention", "reduction", reduction, 1, 64)
    if dim // reduction <= 1:
        return 3 * dim
    return 2 * dim * (dim // reduction) + dim


def cnn_attention_buffers(dim: int, *, reduction: int = 4) -> int:
    """Buffer elements of cnn/attention.

    Squeeze-excitation channel attention.
    Built by blueprints.cnn.attention(); exact for 1 <= dim <= 65536, 1 <= reduction <= 64.

    everywhere: 0
    """
    _check_int("cnn/attention", "dim", dim, 1, 65536)
    _check_int("cnn/attention", "reduction", reduction, 1, 64)
    return 0


def cnn_bottleneck_params(dim: int, *, reduction: int = 4) -> int:
    """Parameters of cnn/bottleneck.

    1x1 down, 3x3, 1x1 up, residual.
    Built by blueprints.cnn.bottleneck(); exact for 1 <= dim <= 65536, 1 <= reduction <= 64.

    if dim // reduction <= 8: 18 * dim + 576
    otherwise: 2 * dim * (dim // reduction) + 2 * dim + 9 * (dim // reduction) ** 2

    Per submodule:
        if dim // reduction <= 8:
            body.0 (Conv2d): 8 * dim
            body.2 (Conv2d): 576
            body.4 (Conv2d): 8 * dim
            body.5 (GroupNorm): 2 * dim
        otherwise:
            body.0 (Conv2d): dim * (dim // reduction)
            body.2 (Conv2d): 9 * (dim // reduction) ** 2
            body.4 (Conv2d): dim * (dim // reduction)
            body.5 (GroupNorm): 2 * dim
    """
    _check_int("cnn/bottleneck", "dim", dim, 1, 65536)
    _check_int("cnn/bottleneck", "reduction", reduction, 1, 64)
    if dim // reduction <= 8:
        return 18 * dim + 576
    return 2 * dim * (dim // reduction) + 2 * dim + 9 * (dim // reduction) ** 2


def cnn_bottleneck_buffers(dim: int, *, reduction: int = 4) -> int:
    """Buffer elements of cnn/bottleneck.

    1x1 down, 3x3, 1x1 up, residual.
    Built by blueprints.cnn.bottleneck(); exact for 1 <= dim <= 65536, 1 <= reduction <= 64.

    everywhere: 0
    """
    _check_int("cnn/bottleneck", "dim", dim, 1, 65536)
    _check_int("cnn/bottleneck", "reduction", reduction, 1, 64)
    return 0


def cnn_conv_heavy_params(dim: int) -> int:
    """Parameters of cnn/conv_heavy.

    Two 3x3 conv blocks, residual.
    Built by blueprints.cnn.conv_heavy(); exact for 1 <= dim <= 65536.

    everywhere: 18 * dim**2 + 4 * dim

    Per submodule:
        body.0.0 (Conv2d): 9 * dim**2
        body.0.1 (GroupNorm): 2 * dim
        body.1.0 (Conv2d): 9 * dim**2
        body.1.1 (GroupNorm): 2 * dim
    """
    _check_int("cnn/conv_heavy", "dim", dim, 1, 65536)
    return 18 * dim**2 + 4 * dim


def cnn_conv_heavy_buffers(dim: int) -> int:
    """Buffer elements of cnn/conv_heavy.

    Two 3x3 conv blocks, residual.
    Built by blueprints.cnn.conv_heavy(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("cnn/conv_heavy", "dim", dim, 1, 65536)
    return 0


def cnn_conv_light_params(dim: int) -> int:
    """Parameters of cnn/conv_light.

    One 3x3 conv block, residual.
    Built by blueprints.cnn.conv_light(); exact for 1 <= dim <= 65536.

    everywhere: 9 * dim**2 + 2 * dim

    Per submodule:
        body.0 (Conv2d): 9 * dim**2
        body.1 (GroupNorm): 2 * dim
    """
    _check_int("cnn/conv_light", "dim", dim, 1, 65536)
    return 9 * dim**2 + 2 * dim


def cnn_conv_light_buffers(dim: int) -> int:
    """Buffer elements of cnn/conv_light.

    One 3x3 conv block, residual.
    Built by blueprints.cnn.conv_light(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("cnn/conv_light", "dim", dim, 1, 65536)
    return 0


def cnn_conv_small_params(dim: int) -> int:
    """Parameters of cnn/conv_small.

    Pointwise 1x1 conv block, residual.
    Built by blueprints.cnn.conv_small(); exact for 1 <= dim <= 65536.

    everywhere: dim**2 + 2 * dim

    Per submodule:
        body.0 (Conv2d): dim**2
        body.1 (GroupNorm): 2 * dim
    """
    _check_int("cnn/conv_small", "dim", dim, 1, 65536)
    return dim**2 + 2 * dim


def cnn_conv_small_buffers(dim: int) -> int:
    """Buffer elements of cnn/conv_small.

    Pointwise 1x1 conv block, residual.
    Built by blueprints.cnn.conv_small(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("cnn/conv_small", "dim", dim, 1, 65536)
    return 0


def cnn_depthwise_params(dim: int) -> int:
    """Parameters of cnn/depthwise.

    Depthwise 3x3 + pointwise 1x1, residual.
    Built by blueprints.cnn.depthwise(); exact for 1 <= dim <= 65536.

    everywhere: dim**2 + 11 * dim

    Per submodule:
        body.0 (Conv2d): 9 * dim
        body.1 (Conv2d): dim**2
        body.2 (GroupNorm): 2 * dim
    """
    _check_int("cnn/depthwise", "dim", dim, 1, 65536)
    return dim**2 + 11 * dim


def cnn_depthwise_buffers(dim: int) -> int:
    """Buffer elements of cnn/depthwise.

    Depthwise 3x3 + pointwise 1x1, residual.
    Built by blueprints.cnn.depthwise(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("cnn/depthwise", "dim", dim, 1, 65536)
    return 0


def cnn_noop_params(dim: int) -> int:
    """Parameters of cnn/noop.

    Identity; no parameters.
    Built by blueprints.cnn.noop(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("cnn/noop", "dim", dim, 1, 65536)
    return 0


def cnn_noop_buffers(dim: int) -> int:
    """Buffer elements of cnn/noop.

    Identity; no parameters.
    Built by blueprints.cnn.noop(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("cnn/noop", "dim", dim, 1, 65536)
    return 0


def cnn_norm_params(dim: int) -> int:
    """Parameters of cnn/norm.

    Gated GroupNorm: x + tanh(s) * (GN(x) - x).
    Built by blueprints.cnn.norm(); exact for 1 <= dim <= 65536.

    everywhere: 2 * dim + 1

    Per submodule:
        self (GatedNorm): 1
        norm (GroupNorm): 2 * dim
    """
    _check_int("cnn/norm", "dim", dim, 1, 65536)
    return 2 * dim + 1


def cnn_norm_buffers(dim: int) -> int:
    """Buffer elements of cnn/norm.

    Gated GroupNorm: x + tanh(s) * (GN(x) - x).
    Built by blueprints.cnn.norm(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("cnn/norm", "dim", dim, 1, 65536)
    return 0


def transformer_attention_params(dim: int, *, n_head: int = 4) -> int:
    """Parameters of transformer/attention.

    Causal multi-head self-attention (SDPA).
    Built by blueprints.transformer.attention(); exact for 1 <= dim <= 65536, 1 <= n_head <= 64.

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 4 * dim**2 + 4 * dim

    Per submodule:
        otherwise:
            body.qkv (Linear): 3 * dim**2 + 3 * dim
            body.proj (Linear): dim**2 + dim
    """
    _check_int("transformer/attention", "dim", dim, 1, 65536)
    _check_int("transformer/attention", "n_head", n_head, 1, 64)
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/attention: no module at dim={dim}, n_head={n_head}; "
            "the factory raises ValueError where dim % n_head != 0 "
            "(blueprints/transformer.py, in __init__)"
        )
    return 4 * dim**2 + 4 * dim


def transformer_attention_buffers(dim: int, *, n_head: int = 4) -> int:
    """Buffer elements of transformer/attention.

    Causal multi-head self-attention (SDPA).
    Built by blueprints.transformer.attention(); exact for 1 <= dim <= 65536, 1 <= n_head <= 64.

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("transformer/attention", "dim", dim, 1, 65536)
    _check_int("transformer/attention", "n_head", n_head, 1, 64)
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/attention: no module at dim={dim}, n_head={n_head}; "
            "the factory raises ValueError where dim % n_head != 0 "
            "(blueprints/transformer.py, in __init__)"
        )
    return 0


def transformer_flex_attention_params(dim: int, *, n_head: int = 4) -> int:
    """Parameters of transformer/flex_attention.

    Causal multi-head self-attention (flex attention).
    Built by blueprints.transformer.flex_attention(); exact for 1 <= dim <= 65536,
    1 <= n_head <= 64.

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 4 * dim**2 + 4 * dim

    Per submodule:
        otherwise:
            body.qkv (Linear): 3 * dim**2 + 3 * dim
            body.proj (Linear): dim**2 + dim
    """
    _check_int("transformer/flex_attention", "dim", dim, 1, 65536)
    _check_int("transformer/flex_attention", "n_head", n_head, 1, 64)
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/flex_attention: no module at dim={dim}, n_head={n_head}; "
            "the factory raises ValueError where dim % n_head != 0 "
            "(blueprints/transformer.py, in __init__)"
        )
    return 4 * dim**2 + 4 * dim


def transformer_flex_attention_buffers(dim: int, *, n_head: int = 4) -> int:
    """Buffer elements of transformer/flex_attention.

    Causal multi-head self-attention (flex attention).
    Built by blueprints.transformer.flex_attention(); exact for 1 <= dim <= 65536,
    1 <= n_head <= 64.

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("transformer/flex_attention", "dim", dim, 1, 65536)
    _check_int("transformer/flex_attention", "n_head", n_head, 1, 64)
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/flex_attention: no module at dim={dim}, n_head={n_head}; "
            "the factory raises ValueError where dim % n_head != 0 "
            "(blueprints/transformer.py, in __init__)"
        )
    return 0


def transformer_lora_params(dim: int, *, rank: int = 8) -> int:
    """Parameters of transformer/lora.

    Low-rank residual adapter.
    Built by blueprints.transformer.lora(); exact for 1 <= dim <= 65536, 1 <= rank <= 256.

    everywhere: 2 * dim * rank

    Per submodule:
        body.down (Linear): dim * rank
        body.up (Linear): dim * rank
    """
    _check_int("transformer/lora", "dim", dim, 1, 65536)
    _check_int("transformer/lora", "rank", rank, 1, 256)
    return 2 * dim * rank


def transformer_lora_buffers(dim: int, *, rank: int = 8) -> int:
    """Buffer elements of transformer/lora.

    Low-rank residual adapter.
    Built by blueprints.transformer.lora(); exact for 1 <= dim <= 65536, 1 <= rank <= 256.

    everywhere: 0
    """
    _check_int("transformer/lora", "dim", dim, 1, 65536)
    _check_int("transformer/lora", "rank", rank, 1, 256)
    return 0


def transformer_lora_large_params(dim: int, *, rank: int = 32) -> int:
    """Parameters of transformer/lora_large.

    Low-rank residual adapter, larger rank.
    Built by blueprints.transformer.lora_large(); exact for 1 <= dim <= 65536, 1 <= rank <= 256.

    everywhere: 2 * dim * rank

    Per submodule:
        body.down (Linear): dim * rank
        body.up (Linear): dim * rank
    """
    _check_int("transformer/lora_large", "dim", dim, 1, 65536)
    _check_int("transformer/lora_large", "rank", rank, 1, 256)
    return 2 * dim * rank


def transformer_lora_large_buffers(dim: int, *, rank: int = 32) -> int:
    """Buffer elements of transformer/lora_large.

    Low-rank residual adapter, larger rank.
    Built by blueprints.transformer.lora_large(); exact for 1 <= dim <= 65536, 1 <= rank <= 256.

    everywhere: 0
    """
    _check_int("transformer/lora_large", "dim", dim, 1, 65536)
    _check_int("transformer/lora_large", "rank", rank, 1, 256)
    return 0


def transformer_mlp_params(dim: int, *, expansion: int = 4, checkpoint: bool = False) -> int:
    """Parameters of transformer/mlp.

    Residual MLP, expansion 4.
    Built by blueprints.transformer.mlp(); exact for 1 <= dim <= 65536, 1 <= expansion <= 64.
    The same for every value of checkpoint.

    everywhere: 2 * dim**2 * expansion + dim * expansion + dim

    Per submodule:
        body.fc1 (Linear): dim**2 * expansion + dim * expansion
        body.fc2 (Linear): dim**2 * expansion + dim
    """
    _check_int("transformer/mlp", "dim", dim, 1, 65536)
    _check_int("transformer/mlp", "expansion", expansion, 1, 64)
    _check_choice("transformer/mlp", "checkpoint", checkpoint, (False, True))
    return 2 * dim**2 * expansion + dim * expansion + dim


def transformer_mlp_buffers(dim: int, *, expansion: int = 4, checkpoint: bool = False) -> int:
    """Buffer elements of transformer/mlp.

    Residual MLP, expansion 4.
    Built by blueprints.transformer.mlp(); exact for 1 <= dim <= 65536, 1 <= expansion <= 64.
    The same for every value of checkpoint.

    everywhere: 0
    """
    _check_int("transformer/mlp", "dim", dim, 1, 65536)
    _check_int("transformer/mlp", "expansion", expansion, 1, 64)
    _check_choice("transformer/mlp", "checkpoint", checkpoint, (False, True))
    return 0


def transformer_mlp_small_params(dim: int, *, expansion: int = 2, checkpoint: bool = False) -> int:
    """Parameters of transformer/mlp_small.

    Residual MLP, expansion 2.
    Built by blueprints.transformer.mlp_small(); exact for 1 <= dim <= 65536, 1 <= expansion <= 64.
    The same for every value of checkpoint.

    everywhere: 2 * dim**2 * expansion + dim * expansion + dim

    Per submodule:
        body.fc1 (Linear): dim**2 * expansion + dim * expansion
        body.fc2 (Linear): dim**2 * expansion + dim
    """
    _check_int("transformer/mlp_small", "dim", dim, 1, 65536)
    _check_int("transformer/mlp_small", "expansion", expansion, 1, 64)
    _check_choice("transformer/mlp_small", "checkpoint", checkpoint, (False, True))
    return 2 * dim**2 * expansion + dim * expansion + dim


def transformer_mlp_small_buffers(dim: int, *, expansion: int = 2, checkpoint: bool = False) -> int:
    """Buffer elements of transformer/mlp_small.

    Residual MLP, expansion 2.
    Built by blueprints.transformer.mlp_small(); exact for 1 <= dim <= 65536, 1 <= expansion <= 64.
    The same for every value of checkpoint.

    everywhere: 0
    """
    _check_int("transformer/mlp_small", "dim", dim, 1, 65536)
    _check_int("transformer/mlp_small", "expansion", expansion, 1, 64)
    _check_choice("transformer/mlp_small", "checkpoint", checkpoint, (False, True))
    return 0


def transformer_noop_params(dim: int) -> int:
    """Parameters of transformer/noop.

    Identity; no parameters.
    Built by blueprints.transformer.noop(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("transformer/noop", "dim", dim, 1, 65536)
    return 0


def transformer_noop_buffers(dim: int) -> int:
    """Buffer elements of transformer/noop.

    Identity; no parameters.
    Built by blueprints.transformer.noop(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("transformer/noop", "dim", dim, 1, 65536)
    return 0


def transformer_norm_params(dim: int) -> int:
    """Parameters of transformer/norm.

    Gated LayerNorm: x + tanh(s) * (LN(x) - x).
    Built by blueprints.transformer.norm(); exact for 1 <= dim <= 65536.

    everywhere: 2 * dim + 1

    Per submodule:
        self (GatedNorm): 1
        norm (LayerNorm): 2 * dim
    """
    _check_int("transformer/norm", "dim", dim, 1, 65536)
    return 2 * dim + 1


def transformer_norm_buffers(dim: int) -> int:
    """Buffer elements of transformer/norm.

    Gated LayerNorm: x + tanh(s) * (LN(x) - x).
    Built by blueprints.transformer.norm(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("transformer/norm", "dim", dim, 1, 65536)
    return 0


_PARAMS: dict[tuple[str, str], Callable[..., int]] = {
    ("cnn", "attention"): cnn_attention_params,
    ("cnn", "bottleneck"): cnn_bottleneck_params,
    ("cnn", "conv_heavy"): cnn_conv_heavy_params,
    ("cnn", "conv_light"): cnn_conv_light_params,
    ("cnn", "conv_small"): cnn_conv_small_params,
    ("cnn", "depthwise"): cnn_depthwise_params,
    ("cnn", "noop"): cnn_noop_params,
    ("cnn", "norm"): cnn_norm_params,
    ("transformer", "attention"): transformer_attention_params,
    ("transformer", "flex_attention"): transformer_flex_attention_params,
    ("transformer", "lora"): transformer_lora_params,
    ("transformer", "lora_large"): transformer_lora_large_params,
    ("transformer", "mlp"): transformer_mlp_params,
    ("transformer", "mlp_small"): transformer_mlp_small_params,
    ("transformer", "noop"): transformer_noop_params,
    ("transformer", "norm"): transformer_norm_params,
}

_BUFFERS: dict[tuple[str, str], Callable[..., int]] = {
    ("cnn", "attention"): cnn_attention_buffers,
    ("cnn", "bottleneck"): cnn_bottleneck_buffers,
    ("cnn", "conv_heavy"): cnn_conv_heavy_buffers,
    ("cnn", "conv_light"): cnn_conv_light_buffers,
    ("cnn", "conv_small"): cnn_conv_small_buffers,
    ("cnn", "depthwise"): cnn_depthwise_buffers,
    ("cnn", "noop"): cnn_noop_buffers,
    ("cnn", "norm"): cnn_norm_buffers,
    ("transformer", "attention"): transformer_attention_buffers,
    ("transformer", "flex_attention"): transformer_flex_attention_buffers,
    ("transformer", "lora"): transformer_lora_buffers,
    ("transformer", "lora_large"): transformer_lora_large_buffers,
    ("transformer", "mlp"): transformer_mlp_buffers,
    ("transformer", "mlp_small"): transformer_mlp_small_buffers,
    ("transformer", "noop"): transformer_noop_buffers,
    ("transformer", "norm"): transformer_norm_buffers,
}

_HYPER: dict[tuple[str, str], tuple[str, ...]] = {
    ("cnn", "attention"): ("reduction",),
    ("cnn", "bottleneck"): ("reduction",),
    ("cnn", "conv_heavy"): (),
    ("cnn", "conv_light"): (),
    ("cnn", "conv_small"): (),
    ("cnn", "depthwise"): (),
    ("cnn", "noop"): (),
    ("cnn", "norm"): (),
    ("transformer", "attention"): ("n_head",),
    ("transformer", "flex_attention"): ("n_head",),
    ("transformer", "lora"): ("rank",),
    ("transformer", "lora_large"): ("rank",),
    ("transformer", "mlp"): ("expansion", "checkpoint"),
    ("transformer", "mlp_small"): ("expansion", "checkpoint"),
    ("transformer", "noop"): (),
    ("transformer", "norm"): (),
}


def _dispatch(
    table: dict[tuple[str, str], Callable[..., int]],
    topology: str,
    name: str,
    dim: int,
    hyper: dict[str, object],
) -> int:
    try:
        function = table[(topology, name)]
    except KeyError:
        known = ", ".join(n for t, n in BLUEPRINTS if t == topology) or "none"
        raise ValueError(f"unknown blueprint {topology}/{name}; {topology} has: {known}") from None
    accepted = _HYPER[(topology, name)]
    unknown = sorted(set(hyper) - set(accepted))
    if unknown:
        raise TypeError(
            f"{topology}/{name}: unknown hyperparameter(s) {', '.join(unknown)}; "
            f"accepted: {', '.join(accepted) or 'none'}"
        )
    return function(dim, **hyper)


def param_count(topology: str, name: str, dim: int, **hyper: object) -> int:
    """Exact parameter count of topology/name at dim (see the per-blueprint functions)."""
    return _dispatch(_PARAMS, topology, name, dim, hyper)


def buffer_count(topology: str, name: str, dim: int, **hyper: object) -> int:
    """Exact buffer element count (running statistics and the like) of topology/name."""
    return _dispatch(_BUFFERS, topology, name, dim, hyper)
