"""Exact cost estimates of the registered blueprints.

GENERATED FILE, do not edit. Made by `python -m codegen` (blueprint-estimates) from the
blueprints registered by `blueprints`. Regenerate after changing a blueprint;
`python -m codegen --check` fails while this file is stale.

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


def cnn_attention_training_state_bytes(
    dim: int, *, optimizer: str = "adam", reduction: int = 4
) -> int:
    """Training state bytes of cnn/attention.

    Squeeze-excitation channel attention.
    Built by blueprints.cnn.attention(); exact for 1 <= dim <= 65536, 1 <= reduction <= 64.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        if dim // reduction <= 1: 24 * dim
        otherwise: 16 * dim * (dim // reduction) + 8 * dim

        Per submodule:
            if dim // reduction <= 1:
                fc1 (Linear): 8 * dim
                fc2 (Linear): 16 * dim
            otherwise:
                fc1 (Linear): 8 * dim * (dim // reduction)
                fc2 (Linear): 8 * dim * (dim // reduction) + 8 * dim

    if optimizer == 'sgd_momentum':

        if dim // reduction <= 1: 36 * dim
        otherwise: 24 * dim * (dim // reduction) + 12 * dim

        Per submodule:
            if dim // reduction <= 1:
                fc1 (Linear): 12 * dim
                fc2 (Linear): 24 * dim
            otherwise:
                fc1 (Linear): 12 * dim * (dim // reduction)
                fc2 (Linear): 12 * dim * (dim // reduction) + 12 * dim

    if optimizer in ('adam', 'adamw'):

        if dim // reduction <= 1: 48 * dim + 12
        otherwise: 32 * dim * (dim // reduction) + 16 * dim + 12

        Per submodule:
            if dim // reduction <= 1:
                fc1 (Linear): 16 * dim + 4
                fc2 (Linear): 32 * dim + 8
            otherwise:
                fc1 (Linear): 16 * dim * (dim // reduction) + 4
                fc2 (Linear): 16 * dim * (dim // reduction) + 16 * dim + 8
    """
    _check_int("cnn/attention", "dim", dim, 1, 65536)
    _check_int("cnn/attention", "reduction", reduction, 1, 64)
    _check_choice("cnn/attention", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw"))
    if optimizer == "sgd":
        if dim // reduction <= 1:
            return 24 * dim
        return 16 * dim * (dim // reduction) + 8 * dim
    if optimizer == "sgd_momentum":
        if dim // reduction <= 1:
            return 36 * dim
        return 24 * dim * (dim // reduction) + 12 * dim
    if dim // reduction <= 1:
        return 48 * dim + 12
    return 32 * dim * (dim // reduction) + 16 * dim + 12


def cnn_attention_forward_flops(
    dim: int, *, batch: int, height: int, width: int, reduction: int = 4
) -> int:
    """Forward FLOPs of cnn/attention.

    Squeeze-excitation channel attention.
    Built by blueprints.cnn.attention(); exact for 1 <= dim <= 65536, 1 <= reduction <= 64,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if dim // reduction > 1: 4 * batch * dim * (dim // reduction)
    otherwise: 4 * batch * dim

    Per submodule:
        if dim // reduction > 1:
            fc1 (Linear): 2 * batch * dim * (dim // reduction)
            fc2 (Linear): 2 * batch * dim * (dim // reduction)
        otherwise:
            fc1 (Linear): 2 * batch * dim
            fc2 (Linear): 2 * batch * dim
    """
    _check_int("cnn/attention", "dim", dim, 1, 65536)
    _check_int("cnn/attention", "reduction", reduction, 1, 64)
    _check_int("cnn/attention", "batch", batch, 1, 65536)
    _check_int("cnn/attention", "height", height, 1, 65536)
    _check_int("cnn/attention", "width", width, 1, 65536)
    if dim // reduction > 1:
        return 4 * batch * dim * (dim // reduction)
    return 4 * batch * dim


def cnn_attention_backward_flops(
    dim: int, *, batch: int, height: int, width: int, reduction: int = 4
) -> int:
    """Backward FLOPs of cnn/attention.

    Squeeze-excitation channel attention.
    Built by blueprints.cnn.attention(); exact for 1 <= dim <= 65536, 1 <= reduction <= 64,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if dim // reduction > 1: 8 * batch * dim * (dim // reduction)
    otherwise: 8 * batch * dim

    Per submodule:
        if dim // reduction > 1:
            fc1 (Linear): 4 * batch * dim * (dim // reduction)
            fc2 (Linear): 4 * batch * dim * (dim // reduction)
        otherwise:
            fc1 (Linear): 4 * batch * dim
            fc2 (Linear): 4 * batch * dim
    """
    _check_int("cnn/attention", "dim", dim, 1, 65536)
    _check_int("cnn/attention", "reduction", reduction, 1, 64)
    _check_int("cnn/attention", "batch", batch, 1, 65536)
    _check_int("cnn/attention", "height", height, 1, 65536)
    _check_int("cnn/attention", "width", width, 1, 65536)
    if dim // reduction > 1:
        return 8 * batch * dim * (dim // reduction)
    return 8 * batch * dim


def cnn_attention_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int, reduction: int = 4
) -> int:
    """Forward elementwise operations of cnn/attention.

    Squeeze-excitation channel attention.
    Built by blueprints.cnn.attention(); exact for 1 <= dim <= 65536, 1 <= reduction <= 64,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if dim // reduction > 1: 2 * batch * dim * height * width + batch * dim + batch *
        (dim // reduction)
    otherwise: 2 * batch * dim * height * width + batch * dim + batch

    Per submodule:
        if dim // reduction > 1:
            self (SqueezeExcite): batch * dim * height * width
            act (ReLU): batch * (dim // reduction)
            gate (Sigmoid): batch * dim
            pool (AdaptiveAvgPool2d): batch * dim * height * width
        otherwise:
            self (SqueezeExcite): batch * dim * height * width
            act (ReLU): batch
            gate (Sigmoid): batch * dim
            pool (AdaptiveAvgPool2d): batch * dim * height * width
    """
    _check_int("cnn/attention", "dim", dim, 1, 65536)
    _check_int("cnn/attention", "reduction", reduction, 1, 64)
    _check_int("cnn/attention", "batch", batch, 1, 65536)
    _check_int("cnn/attention", "height", height, 1, 65536)
    _check_int("cnn/attention", "width", width, 1, 65536)
    if dim // reduction > 1:
        return 2 * batch * dim * height * width + batch * dim + batch * (dim // reduction)
    return 2 * batch * dim * height * width + batch * dim + batch


def cnn_attention_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int, reduction: int = 4
) -> int:
    """Backward elementwise operations of cnn/attention.

    Squeeze-excitation channel attention.
    Built by blueprints.cnn.attention(); exact for 1 <= dim <= 65536, 1 <= reduction <= 64,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if height == 1 and width == 1 and dim // reduction > 1: 6 * batch * dim + batch *
        (dim // reduction)
    if height * width <= 1: 6 * batch * dim + batch
    if dim // reduction > 1: 5 * batch * dim * height * width + 2 * batch * dim + batch *
        (dim // reduction)
    otherwise: 5 * batch * dim * height * width + 2 * batch * dim + batch

    Per submodule:
        if height == 1 and width == 1 and dim // reduction > 1:
            self (SqueezeExcite): 2 * batch * dim
            act (ReLU): batch * (dim // reduction)
            fc2 (Linear): batch * dim
            gate (Sigmoid): batch * dim
            pool (AdaptiveAvgPool2d): 2 * batch * dim
        if height * width <= 1:
            self (SqueezeExcite): 2 * batch * dim
            act (ReLU): batch
            fc2 (Linear): batch * dim
            gate (Sigmoid): batch * dim
            pool (AdaptiveAvgPool2d): 2 * batch * dim
        if dim // reduction > 1:
            self (SqueezeExcite): 3 * batch * dim * height * width
            act (ReLU): batch * (dim // reduction)
            fc2 (Linear): batch * dim
            gate (Sigmoid): batch * dim
            pool (AdaptiveAvgPool2d): 2 * batch * dim * height * width
        otherwise:
            self (SqueezeExcite): 3 * batch * dim * height * width
            act (ReLU): batch
            fc2 (Linear): batch * dim
            gate (Sigmoid): batch * dim
            pool (AdaptiveAvgPool2d): 2 * batch * dim * height * width
    """
    _check_int("cnn/attention", "dim", dim, 1, 65536)
    _check_int("cnn/attention", "reduction", reduction, 1, 64)
    _check_int("cnn/attention", "batch", batch, 1, 65536)
    _check_int("cnn/attention", "height", height, 1, 65536)
    _check_int("cnn/attention", "width", width, 1, 65536)
    if height == 1 and width == 1 and dim // reduction > 1:
        return 6 * batch * dim + batch * (dim // reduction)
    if height * width <= 1:
        return 6 * batch * dim + batch
    if dim // reduction > 1:
        return 5 * batch * dim * height * width + 2 * batch * dim + batch * (dim // reduction)
    return 5 * batch * dim * height * width + 2 * batch * dim + batch


def cnn_attention_activation_bytes(
    dim: int, *, batch: int, height: int, width: int, reduction: int = 4
) -> int:
    """Activation bytes of cnn/attention.

    Squeeze-excitation channel attention.
    Built by blueprints.cnn.attention(); exact for 1 <= dim <= 65536, 1 <= reduction <= 64,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if dim // reduction > 1: 4 * batch * dim * height * width + 8 * batch * dim + 4 * batch *
        (dim // reduction)
    otherwise: 4 * batch * dim * height * width + 8 * batch * dim + 4 * batch

    Per submodule:
        if dim // reduction > 1:
            self (SqueezeExcite): 4 * batch * dim * height * width
            act (ReLU): 4 * batch * (dim // reduction)
            fc1 (Linear): 4 * batch * dim
            gate (Sigmoid): 4 * batch * dim
        otherwise:
            self (SqueezeExcite): 4 * batch * dim * height * width
            act (ReLU): 4 * batch
            fc1 (Linear): 4 * batch * dim
            gate (Sigmoid): 4 * batch * dim
    """
    _check_int("cnn/attention", "dim", dim, 1, 65536)
    _check_int("cnn/attention", "reduction", reduction, 1, 64)
    _check_int("cnn/attention", "batch", batch, 1, 65536)
    _check_int("cnn/attention", "height", height, 1, 65536)
    _check_int("cnn/attention", "width", width, 1, 65536)
    if dim // reduction > 1:
        return 4 * batch * dim * height * width + 8 * batch * dim + 4 * batch * (dim // reduction)
    return 4 * batch * dim * height * width + 8 * batch * dim + 4 * batch


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


def cnn_bottleneck_training_state_bytes(
    dim: int, *, optimizer: str = "adam", reduction: int = 4
) -> int:
    """Training state bytes of cnn/bottleneck.

    1x1 down, 3x3, 1x1 up, residual.
    Built by blueprints.cnn.bottleneck(); exact for 1 <= dim <= 65536, 1 <= reduction <= 64.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        if dim // reduction <= 8: 144 * dim + 4608
        otherwise: 16 * dim * (dim // reduction) + 16 * dim + 72 * (dim // reduction) ** 2

        Per submodule:
            if dim // reduction <= 8:
                body.0 (Conv2d): 64 * dim
                body.2 (Conv2d): 4608
                body.4 (Conv2d): 64 * dim
                body.5 (GroupNorm): 16 * dim
            otherwise:
                body.0 (Conv2d): 8 * dim * (dim // reduction)
                body.2 (Conv2d): 72 * (dim // reduction) ** 2
                body.4 (Conv2d): 8 * dim * (dim // reduction)
                body.5 (GroupNorm): 16 * dim

    if optimizer == 'sgd_momentum':

        if dim // reduction <= 8: 216 * dim + 6912
        otherwise: 24 * dim * (dim // reduction) + 24 * dim + 108 * (dim // reduction) ** 2

        Per submodule:
            if dim // reduction <= 8:
                body.0 (Conv2d): 96 * dim
                body.2 (Conv2d): 6912
                body.4 (Conv2d): 96 * dim
                body.5 (GroupNorm): 24 * dim
            otherwise:
                body.0 (Conv2d): 12 * dim * (dim // reduction)
                body.2 (Conv2d): 108 * (dim // reduction) ** 2
                body.4 (Conv2d): 12 * dim * (dim // reduction)
                body.5 (GroupNorm): 24 * dim

    if optimizer in ('adam', 'adamw'):

        if dim // reduction <= 8: 288 * dim + 9236
        otherwise: 32 * dim * (dim // reduction) + 32 * dim + 144 * (dim // reduction) ** 2 + 20

        Per submodule:
            if dim // reduction <= 8:
                body.0 (Conv2d): 128 * dim + 4
                body.2 (Conv2d): 9220
                body.4 (Conv2d): 128 * dim + 4
                body.5 (GroupNorm): 32 * dim + 8
            otherwise:
                body.0 (Conv2d): 16 * dim * (dim // reduction) + 4
                body.2 (Conv2d): 144 * (dim // reduction) ** 2 + 4
                body.4 (Conv2d): 16 * dim * (dim // reduction) + 4
                body.5 (GroupNorm): 32 * dim + 8
    """
    _check_int("cnn/bottleneck", "dim", dim, 1, 65536)
    _check_int("cnn/bottleneck", "reduction", reduction, 1, 64)
    _check_choice(
        "cnn/bottleneck", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        if dim // reduction <= 8:
            return 144 * dim + 4608
        return 16 * dim * (dim // reduction) + 16 * dim + 72 * (dim // reduction) ** 2
    if optimizer == "sgd_momentum":
        if dim // reduction <= 8:
            return 216 * dim + 6912
        return 24 * dim * (dim // reduction) + 24 * dim + 108 * (dim // reduction) ** 2
    if dim // reduction <= 8:
        return 288 * dim + 9236
    return 32 * dim * (dim // reduction) + 32 * dim + 144 * (dim // reduction) ** 2 + 20


def cnn_bottleneck_forward_flops(
    dim: int, *, batch: int, height: int, width: int, reduction: int = 4
) -> int:
    """Forward FLOPs of cnn/bottleneck.

    1x1 down, 3x3, 1x1 up, residual.
    Built by blueprints.cnn.bottleneck(); exact for 1 <= dim <= 65536, 1 <= reduction <= 64,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if (dim == 1 and batch <= 1 and height <= 1 and width <= 1) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    if dim // reduction > 8: 4 * batch * dim * (dim // reduction) * height * width + 18 * batch *
        (dim // reduction) ** 2 * height * width
    otherwise: 32 * batch * dim * height * width + 1152 * batch * height * width

    Per submodule:
        if dim // reduction > 8:
            body.0 (Conv2d): 2 * batch * dim * (dim // reduction) * height * width
            body.2 (Conv2d): 18 * batch * (dim // reduction) ** 2 * height * width
            body.4 (Conv2d): 2 * batch * dim * (dim // reduction) * height * width
        otherwise:
            body.0 (Conv2d): 16 * batch * dim * height * width
            body.2 (Conv2d): 1152 * batch * height * width
            body.4 (Conv2d): 16 * batch * dim * height * width
    """
    _check_int("cnn/bottleneck", "dim", dim, 1, 65536)
    _check_int("cnn/bottleneck", "reduction", reduction, 1, 64)
    _check_int("cnn/bottleneck", "batch", batch, 1, 65536)
    _check_int("cnn/bottleneck", "height", height, 1, 65536)
    _check_int("cnn/bottleneck", "width", width, 1, 65536)
    if (
        (dim == 1 and batch <= 1 and height <= 1 and width <= 1)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/bottleneck: no training step at dim={dim}, reduction={reduction}, "
            f"batch={batch}, height={height}, width={width}; "
            "the training step raises ValueError where (dim == 1 and batch <= 1 and height <="
            " 1 and width <= 1) or (batch == 1 and height == 1 and width == 1 and dim < 16 "
            "and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0"
            " and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 =="
            " 0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    if dim // reduction > 8:
        return (
            4 * batch * dim * (dim // reduction) * height * width
            + 18 * batch * (dim // reduction) ** 2 * height * width
        )
    return 32 * batch * dim * height * width + 1152 * batch * height * width


def cnn_bottleneck_backward_flops(
    dim: int, *, batch: int, height: int, width: int, reduction: int = 4
) -> int:
    """Backward FLOPs of cnn/bottleneck.

    1x1 down, 3x3, 1x1 up, residual.
    Built by blueprints.cnn.bottleneck(); exact for 1 <= dim <= 65536, 1 <= reduction <= 64,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if (dim == 1 and batch <= 1 and height <= 1 and width <= 1) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    if dim // reduction > 8: 8 * batch * dim * (dim // reduction) * height * width + 36 * batch *
        (dim // reduction) ** 2 * height * width
    otherwise: 64 * batch * dim * height * width + 2304 * batch * height * width

    Per submodule:
        if dim // reduction > 8:
            body.0 (Conv2d): 4 * batch * dim * (dim // reduction) * height * width
            body.2 (Conv2d): 36 * batch * (dim // reduction) ** 2 * height * width
            body.4 (Conv2d): 4 * batch * dim * (dim // reduction) * height * width
        otherwise:
            body.0 (Conv2d): 32 * batch * dim * height * width
            body.2 (Conv2d): 2304 * batch * height * width
            body.4 (Conv2d): 32 * batch * dim * height * width
    """
    _check_int("cnn/bottleneck", "dim", dim, 1, 65536)
    _check_int("cnn/bottleneck", "reduction", reduction, 1, 64)
    _check_int("cnn/bottleneck", "batch", batch, 1, 65536)
    _check_int("cnn/bottleneck", "height", height, 1, 65536)
    _check_int("cnn/bottleneck", "width", width, 1, 65536)
    if (
        (dim == 1 and batch <= 1 and height <= 1 and width <= 1)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/bottleneck: no training step at dim={dim}, reduction={reduction}, "
            f"batch={batch}, height={height}, width={width}; "
            "the training step raises ValueError where (dim == 1 and batch <= 1 and height <="
            " 1 and width <= 1) or (batch == 1 and height == 1 and width == 1 and dim < 16 "
            "and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0"
            " and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 =="
            " 0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    if dim // reduction > 8:
        return (
            8 * batch * dim * (dim // reduction) * height * width
            + 36 * batch * (dim // reduction) ** 2 * height * width
        )
    return 64 * batch * dim * height * width + 2304 * batch * height * width


def cnn_bottleneck_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int, reduction: int = 4
) -> int:
    """Forward elementwise operations of cnn/bottleneck.

    1x1 down, 3x3, 1x1 up, residual.
    Built by blueprints.cnn.bottleneck(); exact for 1 <= dim <= 65536, 1 <= reduction <= 64,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if (dim == 1 and batch <= 1 and height <= 1 and width <= 1) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    if dim // reduction > 8: 6 * batch * dim * height * width + 2 * batch * (dim // reduction) *
        height * width
    otherwise: 6 * batch * dim * height * width + 16 * batch * height * width

    Per submodule:
        if dim // reduction > 8:
            self (Residual): batch * dim * height * width
            body.1 (ReLU): batch * (dim // reduction) * height * width
            body.3 (ReLU): batch * (dim // reduction) * height * width
            body.5 (GroupNorm): 5 * batch * dim * height * width
        otherwise:
            self (Residual): batch * dim * height * width
            body.1 (ReLU): 8 * batch * height * width
            body.3 (ReLU): 8 * batch * height * width
            body.5 (GroupNorm): 5 * batch * dim * height * width
    """
    _check_int("cnn/bottleneck", "dim", dim, 1, 65536)
    _check_int("cnn/bottleneck", "reduction", reduction, 1, 64)
    _check_int("cnn/bottleneck", "batch", batch, 1, 65536)
    _check_int("cnn/bottleneck", "height", height, 1, 65536)
    _check_int("cnn/bottleneck", "width", width, 1, 65536)
    if (
        (dim == 1 and batch <= 1 and height <= 1 and width <= 1)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/bottleneck: no training step at dim={dim}, reduction={reduction}, "
            f"batch={batch}, height={height}, width={width}; "
            "the training step raises ValueError where (dim == 1 and batch <= 1 and height <="
            " 1 and width <= 1) or (batch == 1 and height == 1 and width == 1 and dim < 16 "
            "and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0"
            " and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 =="
            " 0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    if dim // reduction > 8:
        return 6 * batch * dim * height * width + 2 * batch * (dim // reduction) * height * width
    return 6 * batch * dim * height * width + 16 * batch * height * width


def cnn_bottleneck_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int, reduction: int = 4
) -> int:
    """Backward elementwise operations of cnn/bottleneck.

    1x1 down, 3x3, 1x1 up, residual.
    Built by blueprints.cnn.bottleneck(); exact for 1 <= dim <= 65536, 1 <= reduction <= 64,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if (dim == 1 and batch <= 1 and height <= 1 and width <= 1) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    if dim // reduction > 8: 9 * batch * dim * height * width + 2 * batch * (dim // reduction) *
        height * width
    otherwise: 9 * batch * dim * height * width + 16 * batch * height * width

    Per submodule:
        if dim // reduction > 8:
            body.0 (Conv2d): batch * dim * height * width
            body.1 (ReLU): batch * (dim // reduction) * height * width
            body.3 (ReLU): batch * (dim // reduction) * height * width
            body.5 (GroupNorm): 8 * batch * dim * height * width
        otherwise:
            body.0 (Conv2d): batch * dim * height * width
            body.1 (ReLU): 8 * batch * height * width
            body.3 (ReLU): 8 * batch * height * width
            body.5 (GroupNorm): 8 * batch * dim * height * width
    """
    _check_int("cnn/bottleneck", "dim", dim, 1, 65536)
    _check_int("cnn/bottleneck", "reduction", reduction, 1, 64)
    _check_int("cnn/bottleneck", "batch", batch, 1, 65536)
    _check_int("cnn/bottleneck", "height", height, 1, 65536)
    _check_int("cnn/bottleneck", "width", width, 1, 65536)
    if (
        (dim == 1 and batch <= 1 and height <= 1 and width <= 1)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/bottleneck: no training step at dim={dim}, reduction={reduction}, "
            f"batch={batch}, height={height}, width={width}; "
            "the training step raises ValueError where (dim == 1 and batch <= 1 and height <="
            " 1 and width <= 1) or (batch == 1 and height == 1 and width == 1 and dim < 16 "
            "and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0"
            " and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 =="
            " 0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    if dim // reduction > 8:
        return 9 * batch * dim * height * width + 2 * batch * (dim // reduction) * height * width
    return 9 * batch * dim * height * width + 16 * batch * height * width


def cnn_bottleneck_activation_bytes(
    dim: int, *, batch: int, height: int, width: int, reduction: int = 4
) -> int:
    """Activation bytes of cnn/bottleneck.

    1x1 down, 3x3, 1x1 up, residual.
    Built by blueprints.cnn.bottleneck(); exact for 1 <= dim <= 65536, 1 <= reduction <= 64,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if (dim == 1 and batch <= 1 and height <= 1 and width <= 1) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    if dim % 32 == 0 and dim // 32 >= 16 and dim // reduction <= 8: 8 * batch * dim * height * width
        + 64 * batch * height * width + 256 * batch
    if dim % 32 == 0 and dim // 32 >= 16: 8 * batch * dim * height * width + 8 * batch *
        (dim // reduction) * height * width + 256 * batch
    if dim % 16 == 0 and dim // 16 >= 16 and dim // reduction <= 8: 8 * batch * dim * height * width
        + 64 * batch * height * width + 128 * batch
    if dim % 16 == 0 and dim // 16 >= 16: 8 * batch * dim * height * width + 8 * batch *
        (dim // reduction) * height * width + 128 * batch
    if dim % 8 == 0 and dim // 8 >= 16 and dim // reduction > 8: 8 * batch * dim * height * width +
        8 * batch * (dim // reduction) * height * width + 64 * batch
    if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16) or (dim % 16 == 0 and dim // 8 >= 16): 8 *
        batch * dim * height * width + 64 * batch * height * width + 64 * batch
    if (dim < 16 and dim % 4 == 0 and dim // reduction > 8) or (dim % 4 == 0 and dim // 4 >= 16 and
        dim // reduction > 8) or (dim % 16 == 0 and dim // 4 >= 16 and dim // reduction > 8) or
        (dim % 32 == 0 and dim // 4 >= 16 and dim // reduction > 8): 8 * batch * dim * height *
        width + 8 * batch * (dim // reduction) * height * width + 32 * batch
    if (dim % 2 != 0 and dim // reduction > 8) or (dim >= 16 and dim // 2 < 16 and dim // reduction
        > 8): 8 * batch * dim * height * width + 8 * batch * (dim // reduction) * height * width + 8
        * batch
    if dim // reduction > 8: 8 * batch * dim * height * width + 8 * batch * (dim // reduction) *
        height * width + 16 * batch
    if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16) or (dim % 16 == 0 and
        dim // 4 >= 16): 8 * batch * dim * height * width + 64 * batch * height * width + 32 * batch
    if (dim < 16 and dim % 2 == 0) or (dim % 2 == 0 and dim // 2 >= 16) or (dim % 16 == 0 and
        dim // 2 >= 16): 8 * batch * dim * height * width + 64 * batch * height * width + 16 * batch
    otherwise: 8 * batch * dim * height * width + 64 * batch * height * width + 8 * batch

    Per submodule:
        if dim % 32 == 0 and dim // 32 >= 16 and dim // reduction <= 8:
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (ReLU): 32 * batch * height * width
            body.3 (ReLU): 32 * batch * height * width
            body.5 (GroupNorm): 4 * batch * dim * height * width + 256 * batch
        if dim % 32 == 0 and dim // 32 >= 16:
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (ReLU): 4 * batch * (dim // reduction) * height * width
            body.3 (ReLU): 4 * batch * (dim // reduction) * height * width
            body.5 (GroupNorm): 4 * batch * dim * height * width + 256 * batch
        if dim % 16 == 0 and dim // 16 >= 16 and dim // reduction <= 8:
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (ReLU): 32 * batch * height * width
            body.3 (ReLU): 32 * batch * height * width
            body.5 (GroupNorm): 4 * batch * dim * height * width + 128 * batch
        if dim % 16 == 0 and dim // 16 >= 16:
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (ReLU): 4 * batch * (dim // reduction) * height * width
            body.3 (ReLU): 4 * batch * (dim // reduction) * height * width
            body.5 (GroupNorm): 4 * batch * dim * height * width + 128 * batch
        if dim % 8 == 0 and dim // 8 >= 16 and dim // reduction > 8:
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (ReLU): 4 * batch * (dim // reduction) * height * width
            body.3 (ReLU): 4 * batch * (dim // reduction) * height * width
            body.5 (GroupNorm): 4 * batch * dim * height * width + 64 * batch
        if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16) or (dim % 16 == 0 and dim // 8 >= 16):
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (ReLU): 32 * batch * height * width
            body.3 (ReLU): 32 * batch * height * width
            body.5 (GroupNorm): 4 * batch * dim * height * width + 64 * batch
        if (dim < 16 and dim % 4 == 0 and dim // reduction > 8) or (dim % 4 == 0 and dim // 4 >= 16
            and dim // reduction > 8) or (dim % 16 == 0 and dim // 4 >= 16 and dim // reduction > 8)
            or (dim % 32 == 0 and dim // 4 >= 16 and dim // reduction > 8):
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (ReLU): 4 * batch * (dim // reduction) * height * width
            body.3 (ReLU): 4 * batch * (dim // reduction) * height * width
            body.5 (GroupNorm): 4 * batch * dim * height * width + 32 * batch
        if (dim % 2 != 0 and dim // reduction > 8) or (dim >= 16 and dim // 2 < 16 and
            dim // reduction > 8):
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (ReLU): 4 * batch * (dim // reduction) * height * width
            body.3 (ReLU): 4 * batch * (dim // reduction) * height * width
            body.5 (GroupNorm): 4 * batch * dim * height * width + 8 * batch
        if dim // reduction > 8:
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (ReLU): 4 * batch * (dim // reduction) * height * width
            body.3 (ReLU): 4 * batch * (dim // reduction) * height * width
            body.5 (GroupNorm): 4 * batch * dim * height * width + 16 * batch
        if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16) or (dim % 16 == 0 and
            dim // 4 >= 16):
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (ReLU): 32 * batch * height * width
            body.3 (ReLU): 32 * batch * height * width
            body.5 (GroupNorm): 4 * batch * dim * height * width + 32 * batch
        if (dim < 16 and dim % 2 == 0) or (dim % 2 == 0 and dim // 2 >= 16) or (dim % 16 == 0 and
            dim // 2 >= 16):
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (ReLU): 32 * batch * height * width
            body.3 (ReLU): 32 * batch * height * width
            body.5 (GroupNorm): 4 * batch * dim * height * width + 16 * batch
        otherwise:
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (ReLU): 32 * batch * height * width
            body.3 (ReLU): 32 * batch * height * width
            body.5 (GroupNorm): 4 * batch * dim * height * width + 8 * batch
    """
    _check_int("cnn/bottleneck", "dim", dim, 1, 65536)
    _check_int("cnn/bottleneck", "reduction", reduction, 1, 64)
    _check_int("cnn/bottleneck", "batch", batch, 1, 65536)
    _check_int("cnn/bottleneck", "height", height, 1, 65536)
    _check_int("cnn/bottleneck", "width", width, 1, 65536)
    if (
        (dim == 1 and batch <= 1 and height <= 1 and width <= 1)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/bottleneck: no training step at dim={dim}, reduction={reduction}, "
            f"batch={batch}, height={height}, width={width}; "
            "the training step raises ValueError where (dim == 1 and batch <= 1 and height <="
            " 1 and width <= 1) or (batch == 1 and height == 1 and width == 1 and dim < 16 "
            "and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0"
            " and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 =="
            " 0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    if dim % 32 == 0 and dim // 32 >= 16 and dim // reduction <= 8:
        return 8 * batch * dim * height * width + 64 * batch * height * width + 256 * batch
    if dim % 32 == 0 and dim // 32 >= 16:
        return (
            8 * batch * dim * height * width
            + 8 * batch * (dim // reduction) * height * width
            + 256 * batch
        )
    if dim % 16 == 0 and dim // 16 >= 16 and dim // reduction <= 8:
        return 8 * batch * dim * height * width + 64 * batch * height * width + 128 * batch
    if dim % 16 == 0 and dim // 16 >= 16:
        return (
            8 * batch * dim * height * width
            + 8 * batch * (dim // reduction) * height * width
            + 128 * batch
        )
    if dim % 8 == 0 and dim // 8 >= 16 and dim // reduction > 8:
        return (
            8 * batch * dim * height * width
            + 8 * batch * (dim // reduction) * height * width
            + 64 * batch
        )
    if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16) or (dim % 16 == 0 and dim // 8 >= 16):
        return 8 * batch * dim * height * width + 64 * batch * height * width + 64 * batch
    if (
        (dim < 16 and dim % 4 == 0 and dim // reduction > 8)
        or (dim % 4 == 0 and dim // 4 >= 16 and dim // reduction > 8)
        or (dim % 16 == 0 and dim // 4 >= 16 and dim // reduction > 8)
        or (dim % 32 == 0 and dim // 4 >= 16 and dim // reduction > 8)
    ):
        return (
            8 * batch * dim * height * width
            + 8 * batch * (dim // reduction) * height * width
            + 32 * batch
        )
    if (dim % 2 != 0 and dim // reduction > 8) or (
        dim >= 16 and dim // 2 < 16 and dim // reduction > 8
    ):
        return (
            8 * batch * dim * height * width
            + 8 * batch * (dim // reduction) * height * width
            + 8 * batch
        )
    if dim // reduction > 8:
        return (
            8 * batch * dim * height * width
            + 8 * batch * (dim // reduction) * height * width
            + 16 * batch
        )
    if (
        (dim < 16 and dim % 4 == 0)
        or (dim % 4 == 0 and dim // 4 >= 16)
        or (dim % 16 == 0 and dim // 4 >= 16)
    ):
        return 8 * batch * dim * height * width + 64 * batch * height * width + 32 * batch
    if (
        (dim < 16 and dim % 2 == 0)
        or (dim % 2 == 0 and dim // 2 >= 16)
        or (dim % 16 == 0 and dim // 2 >= 16)
    ):
        return 8 * batch * dim * height * width + 64 * batch * height * width + 16 * batch
    return 8 * batch * dim * height * width + 64 * batch * height * width + 8 * batch


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


def cnn_conv_heavy_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/conv_heavy.

    Two 3x3 conv blocks, residual.
    Built by blueprints.cnn.conv_heavy(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 144 * dim**2 + 32 * dim

        Per submodule:
            body.0.0 (Conv2d): 72 * dim**2
            body.0.1 (GroupNorm): 16 * dim
            body.1.0 (Conv2d): 72 * dim**2
            body.1.1 (GroupNorm): 16 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 216 * dim**2 + 48 * dim

        Per submodule:
            body.0.0 (Conv2d): 108 * dim**2
            body.0.1 (GroupNorm): 24 * dim
            body.1.0 (Conv2d): 108 * dim**2
            body.1.1 (GroupNorm): 24 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 288 * dim**2 + 64 * dim + 24

        Per submodule:
            body.0.0 (Conv2d): 144 * dim**2 + 4
            body.0.1 (GroupNorm): 32 * dim + 8
            body.1.0 (Conv2d): 144 * dim**2 + 4
            body.1.1 (GroupNorm): 32 * dim + 8
    """
    _check_int("cnn/conv_heavy", "dim", dim, 1, 65536)
    _check_choice(
        "cnn/conv_heavy", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 144 * dim**2 + 32 * dim
    if optimizer == "sgd_momentum":
        return 216 * dim**2 + 48 * dim
    return 288 * dim**2 + 64 * dim + 24


def cnn_conv_heavy_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/conv_heavy.

    Two 3x3 conv blocks, residual.
    Built by blueprints.cnn.conv_heavy(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if (dim == 1 and batch <= 1 and height <= 1 and width <= 1) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    otherwise: 36 * batch * dim**2 * height * width

    Per submodule:
        otherwise:
            body.0.0 (Conv2d): 18 * batch * dim**2 * height * width
            body.1.0 (Conv2d): 18 * batch * dim**2 * height * width
    """
    _check_int("cnn/conv_heavy", "dim", dim, 1, 65536)
    _check_int("cnn/conv_heavy", "batch", batch, 1, 65536)
    _check_int("cnn/conv_heavy", "height", height, 1, 65536)
    _check_int("cnn/conv_heavy", "width", width, 1, 65536)
    if (
        (dim == 1 and batch <= 1 and height <= 1 and width <= 1)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/conv_heavy: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where (dim == 1 and batch <= 1 and height <="
            " 1 and width <= 1) or (batch == 1 and height == 1 and width == 1 and dim < 16 "
            "and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0"
            " and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 =="
            " 0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    return 36 * batch * dim**2 * height * width


def cnn_conv_heavy_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/conv_heavy.

    Two 3x3 conv blocks, residual.
    Built by blueprints.cnn.conv_heavy(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if (dim == 1 and batch <= 1 and height <= 1 and width <= 1) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    otherwise: 72 * batch * dim**2 * height * width

    Per submodule:
        otherwise:
            body.0.0 (Conv2d): 36 * batch * dim**2 * height * width
            body.1.0 (Conv2d): 36 * batch * dim**2 * height * width
    """
    _check_int("cnn/conv_heavy", "dim", dim, 1, 65536)
    _check_int("cnn/conv_heavy", "batch", batch, 1, 65536)
    _check_int("cnn/conv_heavy", "height", height, 1, 65536)
    _check_int("cnn/conv_heavy", "width", width, 1, 65536)
    if (
        (dim == 1 and batch <= 1 and height <= 1 and width <= 1)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/conv_heavy: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where (dim == 1 and batch <= 1 and height <="
            " 1 and width <= 1) or (batch == 1 and height == 1 and width == 1 and dim < 16 "
            "and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0"
            " and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 =="
            " 0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    return 72 * batch * dim**2 * height * width


def cnn_conv_heavy_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward elementwise operations of cnn/conv_heavy.

    Two 3x3 conv blocks, residual.
    Built by blueprints.cnn.conv_heavy(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if (dim == 1 and batch <= 1 and height <= 1 and width <= 1) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    otherwise: 13 * batch * dim * height * width

    Per submodule:
        otherwise:
            self (Residual): batch * dim * height * width
            body.0.1 (GroupNorm): 5 * batch * dim * height * width
            body.0.2 (ReLU): batch * dim * height * width
            body.1.1 (GroupNorm): 5 * batch * dim * height * width
            body.1.2 (ReLU): batch * dim * height * width
    """
    _check_int("cnn/conv_heavy", "dim", dim, 1, 65536)
    _check_int("cnn/conv_heavy", "batch", batch, 1, 65536)
    _check_int("cnn/conv_heavy", "height", height, 1, 65536)
    _check_int("cnn/conv_heavy", "width", width, 1, 65536)
    if (
        (dim == 1 and batch <= 1 and height <= 1 and width <= 1)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/conv_heavy: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where (dim == 1 and batch <= 1 and height <="
            " 1 and width <= 1) or (batch == 1 and height == 1 and width == 1 and dim < 16 "
            "and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0"
            " and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 =="
            " 0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    return 13 * batch * dim * height * width


def cnn_conv_heavy_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/conv_heavy.

    Two 3x3 conv blocks, residual.
    Built by blueprints.cnn.conv_heavy(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if (dim == 1 and batch <= 1 and height <= 1 and width <= 1) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    otherwise: 19 * batch * dim * height * width

    Per submodule:
        otherwise:
            body.0.0 (Conv2d): batch * dim * height * width
            body.0.1 (GroupNorm): 8 * batch * dim * height * width
            body.0.2 (ReLU): batch * dim * height * width
            body.1.1 (GroupNorm): 8 * batch * dim * height * width
            body.1.2 (ReLU): batch * dim * height * width
    """
    _check_int("cnn/conv_heavy", "dim", dim, 1, 65536)
    _check_int("cnn/conv_heavy", "batch", batch, 1, 65536)
    _check_int("cnn/conv_heavy", "height", height, 1, 65536)
    _check_int("cnn/conv_heavy", "width", width, 1, 65536)
    if (
        (dim == 1 and batch <= 1 and height <= 1 and width <= 1)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/conv_heavy: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where (dim == 1 and batch <= 1 and height <="
            " 1 and width <= 1) or (batch == 1 and height == 1 and width == 1 and dim < 16 "
            "and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0"
            " and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 =="
            " 0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    return 19 * batch * dim * height * width


def cnn_conv_heavy_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/conv_heavy.

    Two 3x3 conv blocks, residual.
    Built by blueprints.cnn.conv_heavy(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if (dim == 1 and batch <= 1 and height <= 1 and width <= 1) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    if dim % 32 == 0 and dim // 32 >= 16: 20 * batch * dim * height * width + 512 * batch
    if dim % 16 == 0 and dim // 16 >= 16: 20 * batch * dim * height * width + 256 * batch
    if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16) or (dim % 16 == 0 and dim // 8 >= 16): 20 *
        batch * dim * height * width + 128 * batch
    if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16) or (dim % 8 == 0 and
        dim // 4 >= 16) or (dim % 16 == 0 and dim // 4 >= 16) or (dim % 32 == 0 and dim // 4 >= 16):
        20 * batch * dim * height * width + 64 * batch
    if dim % 32 == 0 or (dim < 16 and dim % 2 == 0) or (dim % 2 == 0 and dim // 2 >= 16) or
        (dim % 16 == 0 and dim // 2 >= 16): 20 * batch * dim * height * width + 32 * batch
    otherwise: 20 * batch * dim * height * width + 16 * batch

    Per submodule:
        if dim % 32 == 0 and dim // 32 >= 16:
            body.0.0 (Conv2d): 4 * batch * dim * height * width
            body.0.1 (GroupNorm): 4 * batch * dim * height * width + 256 * batch
            body.0.2 (ReLU): 4 * batch * dim * height * width
            body.1.1 (GroupNorm): 4 * batch * dim * height * width + 256 * batch
            body.1.2 (ReLU): 4 * batch * dim * height * width
        if dim % 16 == 0 and dim // 16 >= 16:
            body.0.0 (Conv2d): 4 * batch * dim * height * width
            body.0.1 (GroupNorm): 4 * batch * dim * height * width + 128 * batch
            body.0.2 (ReLU): 4 * batch * dim * height * width
            body.1.1 (GroupNorm): 4 * batch * dim * height * width + 128 * batch
            body.1.2 (ReLU): 4 * batch * dim * height * width
        if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16) or (dim % 16 == 0 and dim // 8 >= 16):
            body.0.0 (Conv2d): 4 * batch * dim * height * width
            body.0.1 (GroupNorm): 4 * batch * dim * height * width + 64 * batch
            body.0.2 (ReLU): 4 * batch * dim * height * width
            body.1.1 (GroupNorm): 4 * batch * dim * height * width + 64 * batch
            body.1.2 (ReLU): 4 * batch * dim * height * width
        if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16) or (dim % 8 == 0 and
            dim // 4 >= 16) or (dim % 16 == 0 and dim // 4 >= 16) or (dim % 32 == 0 and dim // 4 >=
            16):
            body.0.0 (Conv2d): 4 * batch * dim * height * width
            body.0.1 (GroupNorm): 4 * batch * dim * height * width + 32 * batch
            body.0.2 (ReLU): 4 * batch * dim * height * width
            body.1.1 (GroupNorm): 4 * batch * dim * height * width + 32 * batch
            body.1.2 (ReLU): 4 * batch * dim * height * width
        if dim % 32 == 0 or (dim < 16 and dim % 2 == 0) or (dim % 2 == 0 and dim // 2 >= 16) or
            (dim % 16 == 0 and dim // 2 >= 16):
            body.0.0 (Conv2d): 4 * batch * dim * height * width
            body.0.1 (GroupNorm): 4 * batch * dim * height * width + 16 * batch
            body.0.2 (ReLU): 4 * batch * dim * height * width
            body.1.1 (GroupNorm): 4 * batch * dim * height * width + 16 * batch
            body.1.2 (ReLU): 4 * batch * dim * height * width
        otherwise:
            body.0.0 (Conv2d): 4 * batch * dim * height * width
            body.0.1 (GroupNorm): 4 * batch * dim * height * width + 8 * batch
            body.0.2 (ReLU): 4 * batch * dim * height * width
            body.1.1 (GroupNorm): 4 * batch * dim * height * width + 8 * batch
            body.1.2 (ReLU): 4 * batch * dim * height * width
    """
    _check_int("cnn/conv_heavy", "dim", dim, 1, 65536)
    _check_int("cnn/conv_heavy", "batch", batch, 1, 65536)
    _check_int("cnn/conv_heavy", "height", height, 1, 65536)
    _check_int("cnn/conv_heavy", "width", width, 1, 65536)
    if (
        (dim == 1 and batch <= 1 and height <= 1 and width <= 1)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/conv_heavy: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where (dim == 1 and batch <= 1 and height <="
            " 1 and width <= 1) or (batch == 1 and height == 1 and width == 1 and dim < 16 "
            "and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0"
            " and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 =="
            " 0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    if dim % 32 == 0 and dim // 32 >= 16:
        return 20 * batch * dim * height * width + 512 * batch
    if dim % 16 == 0 and dim // 16 >= 16:
        return 20 * batch * dim * height * width + 256 * batch
    if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16) or (dim % 16 == 0 and dim // 8 >= 16):
        return 20 * batch * dim * height * width + 128 * batch
    if (
        (dim < 16 and dim % 4 == 0)
        or (dim % 4 == 0 and dim // 4 >= 16)
        or (dim % 8 == 0 and dim // 4 >= 16)
        or (dim % 16 == 0 and dim // 4 >= 16)
        or (dim % 32 == 0 and dim // 4 >= 16)
    ):
        return 20 * batch * dim * height * width + 64 * batch
    if (
        dim % 32 == 0
        or (dim < 16 and dim % 2 == 0)
        or (dim % 2 == 0 and dim // 2 >= 16)
        or (dim % 16 == 0 and dim // 2 >= 16)
    ):
        return 20 * batch * dim * height * width + 32 * batch
    return 20 * batch * dim * height * width + 16 * batch


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


def cnn_conv_light_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/conv_light.

    One 3x3 conv block, residual.
    Built by blueprints.cnn.conv_light(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 72 * dim**2 + 16 * dim

        Per submodule:
            body.0 (Conv2d): 72 * dim**2
            body.1 (GroupNorm): 16 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 108 * dim**2 + 24 * dim

        Per submodule:
            body.0 (Conv2d): 108 * dim**2
            body.1 (GroupNorm): 24 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 144 * dim**2 + 32 * dim + 12

        Per submodule:
            body.0 (Conv2d): 144 * dim**2 + 4
            body.1 (GroupNorm): 32 * dim + 8
    """
    _check_int("cnn/conv_light", "dim", dim, 1, 65536)
    _check_choice(
        "cnn/conv_light", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 72 * dim**2 + 16 * dim
    if optimizer == "sgd_momentum":
        return 108 * dim**2 + 24 * dim
    return 144 * dim**2 + 32 * dim + 12


def cnn_conv_light_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/conv_light.

    One 3x3 conv block, residual.
    Built by blueprints.cnn.conv_light(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if (dim == 1 and batch <= 1 and height <= 1 and width <= 1) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    otherwise: 18 * batch * dim**2 * height * width

    Per submodule:
        otherwise:
            body.0 (Conv2d): 18 * batch * dim**2 * height * width
    """
    _check_int("cnn/conv_light", "dim", dim, 1, 65536)
    _check_int("cnn/conv_light", "batch", batch, 1, 65536)
    _check_int("cnn/conv_light", "height", height, 1, 65536)
    _check_int("cnn/conv_light", "width", width, 1, 65536)
    if (
        (dim == 1 and batch <= 1 and height <= 1 and width <= 1)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/conv_light: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where (dim == 1 and batch <= 1 and height <="
            " 1 and width <= 1) or (batch == 1 and height == 1 and width == 1 and dim < 16 "
            "and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0"
            " and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 =="
            " 0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    return 18 * batch * dim**2 * height * width


def cnn_conv_light_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/conv_light.

    One 3x3 conv block, residual.
    Built by blueprints.cnn.conv_light(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if (dim == 1 and batch <= 1 and height <= 1 and width <= 1) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    otherwise: 36 * batch * dim**2 * height * width

    Per submodule:
        otherwise:
            body.0 (Conv2d): 36 * batch * dim**2 * height * width
    """
    _check_int("cnn/conv_light", "dim", dim, 1, 65536)
    _check_int("cnn/conv_light", "batch", batch, 1, 65536)
    _check_int("cnn/conv_light", "height", height, 1, 65536)
    _check_int("cnn/conv_light", "width", width, 1, 65536)
    if (
        (dim == 1 and batch <= 1 and height <= 1 and width <= 1)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/conv_light: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where (dim == 1 and batch <= 1 and height <="
            " 1 and width <= 1) or (batch == 1 and height == 1 and width == 1 and dim < 16 "
            "and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0"
            " and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 =="
            " 0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    return 36 * batch * dim**2 * height * width


def cnn_conv_light_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward elementwise operations of cnn/conv_light.

    One 3x3 conv block, residual.
    Built by blueprints.cnn.conv_light(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if (dim == 1 and batch <= 1 and height <= 1 and width <= 1) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    otherwise: 7 * batch * dim * height * width

    Per submodule:
        otherwise:
            self (Residual): batch * dim * height * width
            body.1 (GroupNorm): 5 * batch * dim * height * width
            body.2 (ReLU): batch * dim * height * width
    """
    _check_int("cnn/conv_light", "dim", dim, 1, 65536)
    _check_int("cnn/conv_light", "batch", batch, 1, 65536)
    _check_int("cnn/conv_light", "height", height, 1, 65536)
    _check_int("cnn/conv_light", "width", width, 1, 65536)
    if (
        (dim == 1 and batch <= 1 and height <= 1 and width <= 1)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/conv_light: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where (dim == 1 and batch <= 1 and height <="
            " 1 and width <= 1) or (batch == 1 and height == 1 and width == 1 and dim < 16 "
            "and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0"
            " and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 =="
            " 0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    return 7 * batch * dim * height * width


def cnn_conv_light_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/conv_light.

    One 3x3 conv block, residual.
    Built by blueprints.cnn.conv_light(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if (dim == 1 and batch <= 1 and height <= 1 and width <= 1) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    otherwise: 10 * batch * dim * height * width

    Per submodule:
        otherwise:
            body.0 (Conv2d): batch * dim * height * width
            body.1 (GroupNorm): 8 * batch * dim * height * width
            body.2 (ReLU): batch * dim * height * width
    """
    _check_int("cnn/conv_light", "dim", dim, 1, 65536)
    _check_int("cnn/conv_light", "batch", batch, 1, 65536)
    _check_int("cnn/conv_light", "height", height, 1, 65536)
    _check_int("cnn/conv_light", "width", width, 1, 65536)
    if (
        (dim == 1 and batch <= 1 and height <= 1 and width <= 1)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/conv_light: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where (dim == 1 and batch <= 1 and height <="
            " 1 and width <= 1) or (batch == 1 and height == 1 and width == 1 and dim < 16 "
            "and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0"
            " and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 =="
            " 0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    return 10 * batch * dim * height * width


def cnn_conv_light_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/conv_light.

    One 3x3 conv block, residual.
    Built by blueprints.cnn.conv_light(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if (dim == 1 and batch <= 1 and height <= 1 and width <= 1) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    if dim % 32 == 0 and dim // 32 >= 16: 12 * batch * dim * height * width + 256 * batch
    if dim % 16 == 0 and dim // 16 >= 16: 12 * batch * dim * height * width + 128 * batch
    if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16) or (dim % 16 == 0 and dim // 8 >= 16): 12 *
        batch * dim * height * width + 64 * batch
    if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16) or (dim % 8 == 0 and
        dim // 4 >= 16) or (dim % 16 == 0 and dim // 4 >= 16) or (dim % 32 == 0 and dim // 4 >= 16):
        12 * batch * dim * height * width + 32 * batch
    if dim % 32 == 0 or (dim < 16 and dim % 2 == 0) or (dim % 2 == 0 and dim // 2 >= 16) or
        (dim % 16 == 0 and dim // 2 >= 16): 12 * batch * dim * height * width + 16 * batch
    otherwise: 12 * batch * dim * height * width + 8 * batch

    Per submodule:
        if dim % 32 == 0 and dim // 32 >= 16:
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (GroupNorm): 4 * batch * dim * height * width + 256 * batch
            body.2 (ReLU): 4 * batch * dim * height * width
        if dim % 16 == 0 and dim // 16 >= 16:
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (GroupNorm): 4 * batch * dim * height * width + 128 * batch
            body.2 (ReLU): 4 * batch * dim * height * width
        if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16) or (dim % 16 == 0 and dim // 8 >= 16):
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (GroupNorm): 4 * batch * dim * height * width + 64 * batch
            body.2 (ReLU): 4 * batch * dim * height * width
        if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16) or (dim % 8 == 0 and
            dim // 4 >= 16) or (dim % 16 == 0 and dim // 4 >= 16) or (dim % 32 == 0 and dim // 4 >=
            16):
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (GroupNorm): 4 * batch * dim * height * width + 32 * batch
            body.2 (ReLU): 4 * batch * dim * height * width
        if dim % 32 == 0 or (dim < 16 and dim % 2 == 0) or (dim % 2 == 0 and dim // 2 >= 16) or
            (dim % 16 == 0 and dim // 2 >= 16):
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (GroupNorm): 4 * batch * dim * height * width + 16 * batch
            body.2 (ReLU): 4 * batch * dim * height * width
        otherwise:
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (GroupNorm): 4 * batch * dim * height * width + 8 * batch
            body.2 (ReLU): 4 * batch * dim * height * width
    """
    _check_int("cnn/conv_light", "dim", dim, 1, 65536)
    _check_int("cnn/conv_light", "batch", batch, 1, 65536)
    _check_int("cnn/conv_light", "height", height, 1, 65536)
    _check_int("cnn/conv_light", "width", width, 1, 65536)
    if (
        (dim == 1 and batch <= 1 and height <= 1 and width <= 1)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/conv_light: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where (dim == 1 and batch <= 1 and height <="
            " 1 and width <= 1) or (batch == 1 and height == 1 and width == 1 and dim < 16 "
            "and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0"
            " and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 =="
            " 0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    if dim % 32 == 0 and dim // 32 >= 16:
        return 12 * batch * dim * height * width + 256 * batch
    if dim % 16 == 0 and dim // 16 >= 16:
        return 12 * batch * dim * height * width + 128 * batch
    if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16) or (dim % 16 == 0 and dim // 8 >= 16):
        return 12 * batch * dim * height * width + 64 * batch
    if (
        (dim < 16 and dim % 4 == 0)
        or (dim % 4 == 0 and dim // 4 >= 16)
        or (dim % 8 == 0 and dim // 4 >= 16)
        or (dim % 16 == 0 and dim // 4 >= 16)
        or (dim % 32 == 0 and dim // 4 >= 16)
    ):
        return 12 * batch * dim * height * width + 32 * batch
    if (
        dim % 32 == 0
        or (dim < 16 and dim % 2 == 0)
        or (dim % 2 == 0 and dim // 2 >= 16)
        or (dim % 16 == 0 and dim // 2 >= 16)
    ):
        return 12 * batch * dim * height * width + 16 * batch
    return 12 * batch * dim * height * width + 8 * batch


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


def cnn_conv_small_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/conv_small.

    Pointwise 1x1 conv block, residual.
    Built by blueprints.cnn.conv_small(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 8 * dim**2 + 16 * dim

        Per submodule:
            body.0 (Conv2d): 8 * dim**2
            body.1 (GroupNorm): 16 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 12 * dim**2 + 24 * dim

        Per submodule:
            body.0 (Conv2d): 12 * dim**2
            body.1 (GroupNorm): 24 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 16 * dim**2 + 32 * dim + 12

        Per submodule:
            body.0 (Conv2d): 16 * dim**2 + 4
            body.1 (GroupNorm): 32 * dim + 8
    """
    _check_int("cnn/conv_small", "dim", dim, 1, 65536)
    _check_choice(
        "cnn/conv_small", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 8 * dim**2 + 16 * dim
    if optimizer == "sgd_momentum":
        return 12 * dim**2 + 24 * dim
    return 16 * dim**2 + 32 * dim + 12


def cnn_conv_small_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/conv_small.

    Pointwise 1x1 conv block, residual.
    Built by blueprints.cnn.conv_small(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if (batch <= 1 and height <= 1 and width <= 1 and dim < 2) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    otherwise: 2 * batch * dim**2 * height * width

    Per submodule:
        otherwise:
            body.0 (Conv2d): 2 * batch * dim**2 * height * width
    """
    _check_int("cnn/conv_small", "dim", dim, 1, 65536)
    _check_int("cnn/conv_small", "batch", batch, 1, 65536)
    _check_int("cnn/conv_small", "height", height, 1, 65536)
    _check_int("cnn/conv_small", "width", width, 1, 65536)
    if (
        (batch <= 1 and height <= 1 and width <= 1 and dim < 2)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/conv_small: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where (batch <= 1 and height <= 1 and width "
            "<= 1 and dim < 2) or (batch == 1 and height == 1 and width == 1 and dim < 16 and"
            " dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 "
            "and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 == "
            "0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    return 2 * batch * dim**2 * height * width


def cnn_conv_small_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/conv_small.

    Pointwise 1x1 conv block, residual.
    Built by blueprints.cnn.conv_small(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if (batch <= 1 and height <= 1 and width <= 1 and dim < 2) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    otherwise: 4 * batch * dim**2 * height * width

    Per submodule:
        otherwise:
            body.0 (Conv2d): 4 * batch * dim**2 * height * width
    """
    _check_int("cnn/conv_small", "dim", dim, 1, 65536)
    _check_int("cnn/conv_small", "batch", batch, 1, 65536)
    _check_int("cnn/conv_small", "height", height, 1, 65536)
    _check_int("cnn/conv_small", "width", width, 1, 65536)
    if (
        (batch <= 1 and height <= 1 and width <= 1 and dim < 2)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/conv_small: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where (batch <= 1 and height <= 1 and width "
            "<= 1 and dim < 2) or (batch == 1 and height == 1 and width == 1 and dim < 16 and"
            " dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 "
            "and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 == "
            "0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    return 4 * batch * dim**2 * height * width


def cnn_conv_small_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward elementwise operations of cnn/conv_small.

    Pointwise 1x1 conv block, residual.
    Built by blueprints.cnn.conv_small(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if (batch <= 1 and height <= 1 and width <= 1 and dim < 2) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    otherwise: 7 * batch * dim * height * width

    Per submodule:
        otherwise:
            self (Residual): batch * dim * height * width
            body.1 (GroupNorm): 5 * batch * dim * height * width
            body.2 (ReLU): batch * dim * height * width
    """
    _check_int("cnn/conv_small", "dim", dim, 1, 65536)
    _check_int("cnn/conv_small", "batch", batch, 1, 65536)
    _check_int("cnn/conv_small", "height", height, 1, 65536)
    _check_int("cnn/conv_small", "width", width, 1, 65536)
    if (
        (batch <= 1 and height <= 1 and width <= 1 and dim < 2)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/conv_small: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where (batch <= 1 and height <= 1 and width "
            "<= 1 and dim < 2) or (batch == 1 and height == 1 and width == 1 and dim < 16 and"
            " dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 "
            "and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 == "
            "0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    return 7 * batch * dim * height * width


def cnn_conv_small_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/conv_small.

    Pointwise 1x1 conv block, residual.
    Built by blueprints.cnn.conv_small(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if (batch <= 1 and height <= 1 and width <= 1 and dim < 2) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    otherwise: 10 * batch * dim * height * width

    Per submodule:
        otherwise:
            body.0 (Conv2d): batch * dim * height * width
            body.1 (GroupNorm): 8 * batch * dim * height * width
            body.2 (ReLU): batch * dim * height * width
    """
    _check_int("cnn/conv_small", "dim", dim, 1, 65536)
    _check_int("cnn/conv_small", "batch", batch, 1, 65536)
    _check_int("cnn/conv_small", "height", height, 1, 65536)
    _check_int("cnn/conv_small", "width", width, 1, 65536)
    if (
        (batch <= 1 and height <= 1 and width <= 1 and dim < 2)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/conv_small: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where (batch <= 1 and height <= 1 and width "
            "<= 1 and dim < 2) or (batch == 1 and height == 1 and width == 1 and dim < 16 and"
            " dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 "
            "and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 == "
            "0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    return 10 * batch * dim * height * width


def cnn_conv_small_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/conv_small.

    Pointwise 1x1 conv block, residual.
    Built by blueprints.cnn.conv_small(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if (batch <= 1 and height <= 1 and width <= 1 and dim < 2) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    if dim % 32 == 0 and dim // 32 >= 16: 12 * batch * dim * height * width + 256 * batch
    if dim % 16 == 0 and dim // 16 >= 16: 12 * batch * dim * height * width + 128 * batch
    if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16): 12 * batch * dim * height * width + 64 * batch
    if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16) or (dim % 32 == 0 and
        dim // 4 >= 16): 12 * batch * dim * height * width + 32 * batch
    if (dim < 16 and dim % 2 == 0) or (dim % 2 == 0 and dim // 2 >= 16): 12 * batch * dim * height *
        width + 16 * batch
    otherwise: 12 * batch * dim * height * width + 8 * batch

    Per submodule:
        if dim % 32 == 0 and dim // 32 >= 16:
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (GroupNorm): 4 * batch * dim * height * width + 256 * batch
            body.2 (ReLU): 4 * batch * dim * height * width
        if dim % 16 == 0 and dim // 16 >= 16:
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (GroupNorm): 4 * batch * dim * height * width + 128 * batch
            body.2 (ReLU): 4 * batch * dim * height * width
        if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16):
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (GroupNorm): 4 * batch * dim * height * width + 64 * batch
            body.2 (ReLU): 4 * batch * dim * height * width
        if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16) or (dim % 32 == 0 and
            dim // 4 >= 16):
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (GroupNorm): 4 * batch * dim * height * width + 32 * batch
            body.2 (ReLU): 4 * batch * dim * height * width
        if (dim < 16 and dim % 2 == 0) or (dim % 2 == 0 and dim // 2 >= 16):
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (GroupNorm): 4 * batch * dim * height * width + 16 * batch
            body.2 (ReLU): 4 * batch * dim * height * width
        otherwise:
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (GroupNorm): 4 * batch * dim * height * width + 8 * batch
            body.2 (ReLU): 4 * batch * dim * height * width
    """
    _check_int("cnn/conv_small", "dim", dim, 1, 65536)
    _check_int("cnn/conv_small", "batch", batch, 1, 65536)
    _check_int("cnn/conv_small", "height", height, 1, 65536)
    _check_int("cnn/conv_small", "width", width, 1, 65536)
    if (
        (batch <= 1 and height <= 1 and width <= 1 and dim < 2)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/conv_small: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where (batch <= 1 and height <= 1 and width "
            "<= 1 and dim < 2) or (batch == 1 and height == 1 and width == 1 and dim < 16 and"
            " dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 "
            "and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 == "
            "0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    if dim % 32 == 0 and dim // 32 >= 16:
        return 12 * batch * dim * height * width + 256 * batch
    if dim % 16 == 0 and dim // 16 >= 16:
        return 12 * batch * dim * height * width + 128 * batch
    if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16):
        return 12 * batch * dim * height * width + 64 * batch
    if (
        (dim < 16 and dim % 4 == 0)
        or (dim % 4 == 0 and dim // 4 >= 16)
        or (dim % 32 == 0 and dim // 4 >= 16)
    ):
        return 12 * batch * dim * height * width + 32 * batch
    if (dim < 16 and dim % 2 == 0) or (dim % 2 == 0 and dim // 2 >= 16):
        return 12 * batch * dim * height * width + 16 * batch
    return 12 * batch * dim * height * width + 8 * batch


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


def cnn_depthwise_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/depthwise.

    Depthwise 3x3 + pointwise 1x1, residual.
    Built by blueprints.cnn.depthwise(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 8 * dim**2 + 88 * dim

        Per submodule:
            body.0 (Conv2d): 72 * dim
            body.1 (Conv2d): 8 * dim**2
            body.2 (GroupNorm): 16 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 12 * dim**2 + 132 * dim

        Per submodule:
            body.0 (Conv2d): 108 * dim
            body.1 (Conv2d): 12 * dim**2
            body.2 (GroupNorm): 24 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 16 * dim**2 + 176 * dim + 16

        Per submodule:
            body.0 (Conv2d): 144 * dim + 4
            body.1 (Conv2d): 16 * dim**2 + 4
            body.2 (GroupNorm): 32 * dim + 8
    """
    _check_int("cnn/depthwise", "dim", dim, 1, 65536)
    _check_choice("cnn/depthwise", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw"))
    if optimizer == "sgd":
        return 8 * dim**2 + 88 * dim
    if optimizer == "sgd_momentum":
        return 12 * dim**2 + 132 * dim
    return 16 * dim**2 + 176 * dim + 16


def cnn_depthwise_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/depthwise.

    Depthwise 3x3 + pointwise 1x1, residual.
    Built by blueprints.cnn.depthwise(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if (dim == 1 and batch <= 1 and height <= 1 and width <= 1) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    otherwise: 2 * batch * dim**2 * height * width + 18 * batch * dim * height * width

    Per submodule:
        otherwise:
            body.0 (Conv2d): 18 * batch * dim * height * width
            body.1 (Conv2d): 2 * batch * dim**2 * height * width
    """
    _check_int("cnn/depthwise", "dim", dim, 1, 65536)
    _check_int("cnn/depthwise", "batch", batch, 1, 65536)
    _check_int("cnn/depthwise", "height", height, 1, 65536)
    _check_int("cnn/depthwise", "width", width, 1, 65536)
    if (
        (dim == 1 and batch <= 1 and height <= 1 and width <= 1)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/depthwise: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where (dim == 1 and batch <= 1 and height <="
            " 1 and width <= 1) or (batch == 1 and height == 1 and width == 1 and dim < 16 "
            "and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0"
            " and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 =="
            " 0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    return 2 * batch * dim**2 * height * width + 18 * batch * dim * height * width


def cnn_depthwise_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/depthwise.

    Depthwise 3x3 + pointwise 1x1, residual.
    Built by blueprints.cnn.depthwise(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if (dim == 1 and batch <= 1 and height <= 1 and width <= 1) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    otherwise: 4 * batch * dim**2 * height * width + 36 * batch * dim * height * width

    Per submodule:
        otherwise:
            body.0 (Conv2d): 36 * batch * dim * height * width
            body.1 (Conv2d): 4 * batch * dim**2 * height * width
    """
    _check_int("cnn/depthwise", "dim", dim, 1, 65536)
    _check_int("cnn/depthwise", "batch", batch, 1, 65536)
    _check_int("cnn/depthwise", "height", height, 1, 65536)
    _check_int("cnn/depthwise", "width", width, 1, 65536)
    if (
        (dim == 1 and batch <= 1 and height <= 1 and width <= 1)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/depthwise: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where (dim == 1 and batch <= 1 and height <="
            " 1 and width <= 1) or (batch == 1 and height == 1 and width == 1 and dim < 16 "
            "and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0"
            " and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 =="
            " 0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    return 4 * batch * dim**2 * height * width + 36 * batch * dim * height * width


def cnn_depthwise_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward elementwise operations of cnn/depthwise.

    Depthwise 3x3 + pointwise 1x1, residual.
    Built by blueprints.cnn.depthwise(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if (dim == 1 and batch <= 1 and height <= 1 and width <= 1) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    otherwise: 7 * batch * dim * height * width

    Per submodule:
        otherwise:
            self (Residual): batch * dim * height * width
            body.2 (GroupNorm): 5 * batch * dim * height * width
            body.3 (ReLU): batch * dim * height * width
    """
    _check_int("cnn/depthwise", "dim", dim, 1, 65536)
    _check_int("cnn/depthwise", "batch", batch, 1, 65536)
    _check_int("cnn/depthwise", "height", height, 1, 65536)
    _check_int("cnn/depthwise", "width", width, 1, 65536)
    if (
        (dim == 1 and batch <= 1 and height <= 1 and width <= 1)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/depthwise: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where (dim == 1 and batch <= 1 and height <="
            " 1 and width <= 1) or (batch == 1 and height == 1 and width == 1 and dim < 16 "
            "and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0"
            " and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 =="
            " 0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    return 7 * batch * dim * height * width


def cnn_depthwise_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/depthwise.

    Depthwise 3x3 + pointwise 1x1, residual.
    Built by blueprints.cnn.depthwise(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if (dim == 1 and batch <= 1 and height <= 1 and width <= 1) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    otherwise: 10 * batch * dim * height * width

    Per submodule:
        otherwise:
            body.0 (Conv2d): batch * dim * height * width
            body.2 (GroupNorm): 8 * batch * dim * height * width
            body.3 (ReLU): batch * dim * height * width
    """
    _check_int("cnn/depthwise", "dim", dim, 1, 65536)
    _check_int("cnn/depthwise", "batch", batch, 1, 65536)
    _check_int("cnn/depthwise", "height", height, 1, 65536)
    _check_int("cnn/depthwise", "width", width, 1, 65536)
    if (
        (dim == 1 and batch <= 1 and height <= 1 and width <= 1)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/depthwise: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where (dim == 1 and batch <= 1 and height <="
            " 1 and width <= 1) or (batch == 1 and height == 1 and width == 1 and dim < 16 "
            "and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0"
            " and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 =="
            " 0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    return 10 * batch * dim * height * width


def cnn_depthwise_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/depthwise.

    Depthwise 3x3 + pointwise 1x1, residual.
    Built by blueprints.cnn.depthwise(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if (dim == 1 and batch <= 1 and height <= 1 and width <= 1) or (batch == 1 and height == 1 and
        width == 1 and dim < 16 and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and
        dim % 2 == 0 and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 ==
        0 and dim // 4 == 1): ValueError (the training step raises)
    if dim % 32 == 0 and dim // 32 >= 16: 16 * batch * dim * height * width + 256 * batch
    if dim % 16 == 0 and dim // 16 >= 16: 16 * batch * dim * height * width + 128 * batch
    if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16): 16 * batch * dim * height * width + 64 * batch
    if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16) or (dim % 32 == 0 and
        dim // 4 >= 16): 16 * batch * dim * height * width + 32 * batch
    if (dim < 16 and dim % 2 == 0) or (dim % 2 == 0 and dim // 2 >= 16): 16 * batch * dim * height *
        width + 16 * batch
    otherwise: 16 * batch * dim * height * width + 8 * batch

    Per submodule:
        if dim % 32 == 0 and dim // 32 >= 16:
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (Conv2d): 4 * batch * dim * height * width
            body.2 (GroupNorm): 4 * batch * dim * height * width + 256 * batch
            body.3 (ReLU): 4 * batch * dim * height * width
        if dim % 16 == 0 and dim // 16 >= 16:
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (Conv2d): 4 * batch * dim * height * width
            body.2 (GroupNorm): 4 * batch * dim * height * width + 128 * batch
            body.3 (ReLU): 4 * batch * dim * height * width
        if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16):
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (Conv2d): 4 * batch * dim * height * width
            body.2 (GroupNorm): 4 * batch * dim * height * width + 64 * batch
            body.3 (ReLU): 4 * batch * dim * height * width
        if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16) or (dim % 32 == 0 and
            dim // 4 >= 16):
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (Conv2d): 4 * batch * dim * height * width
            body.2 (GroupNorm): 4 * batch * dim * height * width + 32 * batch
            body.3 (ReLU): 4 * batch * dim * height * width
        if (dim < 16 and dim % 2 == 0) or (dim % 2 == 0 and dim // 2 >= 16):
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (Conv2d): 4 * batch * dim * height * width
            body.2 (GroupNorm): 4 * batch * dim * height * width + 16 * batch
            body.3 (ReLU): 4 * batch * dim * height * width
        otherwise:
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (Conv2d): 4 * batch * dim * height * width
            body.2 (GroupNorm): 4 * batch * dim * height * width + 8 * batch
            body.3 (ReLU): 4 * batch * dim * height * width
    """
    _check_int("cnn/depthwise", "dim", dim, 1, 65536)
    _check_int("cnn/depthwise", "batch", batch, 1, 65536)
    _check_int("cnn/depthwise", "height", height, 1, 65536)
    _check_int("cnn/depthwise", "width", width, 1, 65536)
    if (
        (dim == 1 and batch <= 1 and height <= 1 and width <= 1)
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/depthwise: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where (dim == 1 and batch <= 1 and height <="
            " 1 and width <= 1) or (batch == 1 and height == 1 and width == 1 and dim < 16 "
            "and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0"
            " and dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 =="
            " 0 and dim // 4 == 1) (blueprints/cnn.py, in forward)"
        )
    if dim % 32 == 0 and dim // 32 >= 16:
        return 16 * batch * dim * height * width + 256 * batch
    if dim % 16 == 0 and dim // 16 >= 16:
        return 16 * batch * dim * height * width + 128 * batch
    if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16):
        return 16 * batch * dim * height * width + 64 * batch
    if (
        (dim < 16 and dim % 4 == 0)
        or (dim % 4 == 0 and dim // 4 >= 16)
        or (dim % 32 == 0 and dim // 4 >= 16)
    ):
        return 16 * batch * dim * height * width + 32 * batch
    if (dim < 16 and dim % 2 == 0) or (dim % 2 == 0 and dim // 2 >= 16):
        return 16 * batch * dim * height * width + 16 * batch
    return 16 * batch * dim * height * width + 8 * batch


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


def cnn_noop_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/noop.

    Identity; no parameters.
    Built by blueprints.cnn.noop(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.
    The same for every value of optimizer.

    everywhere: 0
    """
    _check_int("cnn/noop", "dim", dim, 1, 65536)
    _check_choice("cnn/noop", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw"))
    return 0


def cnn_noop_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/noop.

    Identity; no parameters.
    Built by blueprints.cnn.noop(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    everywhere: 0
    """
    _check_int("cnn/noop", "dim", dim, 1, 65536)
    _check_int("cnn/noop", "batch", batch, 1, 65536)
    _check_int("cnn/noop", "height", height, 1, 65536)
    _check_int("cnn/noop", "width", width, 1, 65536)
    return 0


def cnn_noop_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/noop.

    Identity; no parameters.
    Built by blueprints.cnn.noop(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    everywhere: 0
    """
    _check_int("cnn/noop", "dim", dim, 1, 65536)
    _check_int("cnn/noop", "batch", batch, 1, 65536)
    _check_int("cnn/noop", "height", height, 1, 65536)
    _check_int("cnn/noop", "width", width, 1, 65536)
    return 0


def cnn_noop_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward elementwise operations of cnn/noop.

    Identity; no parameters.
    Built by blueprints.cnn.noop(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    everywhere: 0
    """
    _check_int("cnn/noop", "dim", dim, 1, 65536)
    _check_int("cnn/noop", "batch", batch, 1, 65536)
    _check_int("cnn/noop", "height", height, 1, 65536)
    _check_int("cnn/noop", "width", width, 1, 65536)
    return 0


def cnn_noop_backward_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward elementwise operations of cnn/noop.

    Identity; no parameters.
    Built by blueprints.cnn.noop(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    everywhere: 0
    """
    _check_int("cnn/noop", "dim", dim, 1, 65536)
    _check_int("cnn/noop", "batch", batch, 1, 65536)
    _check_int("cnn/noop", "height", height, 1, 65536)
    _check_int("cnn/noop", "width", width, 1, 65536)
    return 0


def cnn_noop_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/noop.

    Identity; no parameters.
    Built by blueprints.cnn.noop(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    everywhere: 0
    """
    _check_int("cnn/noop", "dim", dim, 1, 65536)
    _check_int("cnn/noop", "batch", batch, 1, 65536)
    _check_int("cnn/noop", "height", height, 1, 65536)
    _check_int("cnn/noop", "width", width, 1, 65536)
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


def cnn_norm_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/norm.

    Gated GroupNorm: x + tanh(s) * (GN(x) - x).
    Built by blueprints.cnn.norm(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 16 * dim + 8

        Per submodule:
            self (GatedNorm): 8
            norm (GroupNorm): 16 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 24 * dim + 12

        Per submodule:
            self (GatedNorm): 12
            norm (GroupNorm): 24 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 32 * dim + 28

        Per submodule:
            self (GatedNorm): 20
            norm (GroupNorm): 32 * dim + 8
    """
    _check_int("cnn/norm", "dim", dim, 1, 65536)
    _check_choice("cnn/norm", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw"))
    if optimizer == "sgd":
        return 16 * dim + 8
    if optimizer == "sgd_momentum":
        return 24 * dim + 12
    return 32 * dim + 28


def cnn_norm_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/norm.

    Gated GroupNorm: x + tanh(s) * (GN(x) - x).
    Built by blueprints.cnn.norm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if batch * dim * height * width < 2 or (batch == 1 and height == 1 and width == 1 and dim < 16
        and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and
        dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4
        == 1): ValueError (the training step raises)
    otherwise: 0
    """
    _check_int("cnn/norm", "dim", dim, 1, 65536)
    _check_int("cnn/norm", "batch", batch, 1, 65536)
    _check_int("cnn/norm", "height", height, 1, 65536)
    _check_int("cnn/norm", "width", width, 1, 65536)
    if (
        batch * dim * height * width < 2
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/norm: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where batch * dim * height * width < 2 or "
            "(batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0) or "
            "(batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1) "
            "or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == "
            "1) (blueprints/cnn.py, in forward)"
        )
    return 0


def cnn_norm_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/norm.

    Gated GroupNorm: x + tanh(s) * (GN(x) - x).
    Built by blueprints.cnn.norm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if batch * dim * height * width < 2 or (batch == 1 and height == 1 and width == 1 and dim < 16
        and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and
        dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4
        == 1): ValueError (the training step raises)
    otherwise: 0
    """
    _check_int("cnn/norm", "dim", dim, 1, 65536)
    _check_int("cnn/norm", "batch", batch, 1, 65536)
    _check_int("cnn/norm", "height", height, 1, 65536)
    _check_int("cnn/norm", "width", width, 1, 65536)
    if (
        batch * dim * height * width < 2
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/norm: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where batch * dim * height * width < 2 or "
            "(batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0) or "
            "(batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1) "
            "or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == "
            "1) (blueprints/cnn.py, in forward)"
        )
    return 0


def cnn_norm_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward elementwise operations of cnn/norm.

    Gated GroupNorm: x + tanh(s) * (GN(x) - x).
    Built by blueprints.cnn.norm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if batch * dim * height * width < 2 or (batch == 1 and height == 1 and width == 1 and dim < 16
        and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and
        dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4
        == 1): ValueError (the training step raises)
    otherwise: 8 * batch * dim * height * width + 1

    Per submodule:
        otherwise:
            self (GatedNorm): 3 * batch * dim * height * width + 1
            norm (GroupNorm): 5 * batch * dim * height * width
    """
    _check_int("cnn/norm", "dim", dim, 1, 65536)
    _check_int("cnn/norm", "batch", batch, 1, 65536)
    _check_int("cnn/norm", "height", height, 1, 65536)
    _check_int("cnn/norm", "width", width, 1, 65536)
    if (
        batch * dim * height * width < 2
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/norm: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where batch * dim * height * width < 2 or "
            "(batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0) or "
            "(batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1) "
            "or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == "
            "1) (blueprints/cnn.py, in forward)"
        )
    return 8 * batch * dim * height * width + 1


def cnn_norm_backward_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward elementwise operations of cnn/norm.

    Gated GroupNorm: x + tanh(s) * (GN(x) - x).
    Built by blueprints.cnn.norm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if batch * dim * height * width < 2 or (batch == 1 and height == 1 and width == 1 and dim < 16
        and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and
        dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4
        == 1): ValueError (the training step raises)
    otherwise: 14 * batch * dim * height * width + 1

    Per submodule:
        otherwise:
            self (GatedNorm): 5 * batch * dim * height * width + 1
            norm (GroupNorm): 9 * batch * dim * height * width
    """
    _check_int("cnn/norm", "dim", dim, 1, 65536)
    _check_int("cnn/norm", "batch", batch, 1, 65536)
    _check_int("cnn/norm", "height", height, 1, 65536)
    _check_int("cnn/norm", "width", width, 1, 65536)
    if (
        batch * dim * height * width < 2
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/norm: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where batch * dim * height * width < 2 or "
            "(batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0) or "
            "(batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1) "
            "or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == "
            "1) (blueprints/cnn.py, in forward)"
        )
    return 14 * batch * dim * height * width + 1


def cnn_norm_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/norm.

    Gated GroupNorm: x + tanh(s) * (GN(x) - x).
    Built by blueprints.cnn.norm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if batch * dim * height * width < 2 or (batch == 1 and height == 1 and width == 1 and dim < 16
        and dim % 8 == 0) or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and
        dim // 2 == 1) or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4
        == 1): ValueError (the training step raises)
    if dim % 32 == 0 and dim // 32 >= 16: 8 * batch * dim * height * width + 256 * batch + 4
    if dim % 16 == 0 and dim // 16 >= 16: 8 * batch * dim * height * width + 128 * batch + 4
    if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16): 8 * batch * dim * height * width + 64 * batch
        + 4
    if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16) or (dim % 32 == 0 and
        dim // 4 >= 16): 8 * batch * dim * height * width + 32 * batch + 4
    if (dim < 16 and dim % 2 == 0) or (dim % 2 == 0 and dim // 2 >= 16): 8 * batch * dim * height *
        width + 16 * batch + 4
    otherwise: 8 * batch * dim * height * width + 8 * batch + 4

    Per submodule:
        if dim % 32 == 0 and dim // 32 >= 16:
            self (GatedNorm): 4 * batch * dim * height * width + 4
            norm (GroupNorm): 4 * batch * dim * height * width + 256 * batch
        if dim % 16 == 0 and dim // 16 >= 16:
            self (GatedNorm): 4 * batch * dim * height * width + 4
            norm (GroupNorm): 4 * batch * dim * height * width + 128 * batch
        if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16):
            self (GatedNorm): 4 * batch * dim * height * width + 4
            norm (GroupNorm): 4 * batch * dim * height * width + 64 * batch
        if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16) or (dim % 32 == 0 and
            dim // 4 >= 16):
            self (GatedNorm): 4 * batch * dim * height * width + 4
            norm (GroupNorm): 4 * batch * dim * height * width + 32 * batch
        if (dim < 16 and dim % 2 == 0) or (dim % 2 == 0 and dim // 2 >= 16):
            self (GatedNorm): 4 * batch * dim * height * width + 4
            norm (GroupNorm): 4 * batch * dim * height * width + 16 * batch
        otherwise:
            self (GatedNorm): 4 * batch * dim * height * width + 4
            norm (GroupNorm): 4 * batch * dim * height * width + 8 * batch
    """
    _check_int("cnn/norm", "dim", dim, 1, 65536)
    _check_int("cnn/norm", "batch", batch, 1, 65536)
    _check_int("cnn/norm", "height", height, 1, 65536)
    _check_int("cnn/norm", "width", width, 1, 65536)
    if (
        batch * dim * height * width < 2
        or (batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0)
        or (batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1)
        or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == 1)
    ):
        raise ValueError(
            f"cnn/norm: no training step at dim={dim}, batch={batch}, height={height}, "
            f"width={width}; "
            "the training step raises ValueError where batch * dim * height * width < 2 or "
            "(batch == 1 and height == 1 and width == 1 and dim < 16 and dim % 8 == 0) or "
            "(batch == 1 and height == 1 and width == 1 and dim % 2 == 0 and dim // 2 == 1) "
            "or (batch == 1 and height == 1 and width == 1 and dim % 4 == 0 and dim // 4 == "
            "1) (blueprints/cnn.py, in forward)"
        )
    if dim % 32 == 0 and dim // 32 >= 16:
        return 8 * batch * dim * height * width + 256 * batch + 4
    if dim % 16 == 0 and dim // 16 >= 16:
        return 8 * batch * dim * height * width + 128 * batch + 4
    if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16):
        return 8 * batch * dim * height * width + 64 * batch + 4
    if (
        (dim < 16 and dim % 4 == 0)
        or (dim % 4 == 0 and dim // 4 >= 16)
        or (dim % 32 == 0 and dim // 4 >= 16)
    ):
        return 8 * batch * dim * height * width + 32 * batch + 4
    if (dim < 16 and dim % 2 == 0) or (dim % 2 == 0 and dim // 2 >= 16):
        return 8 * batch * dim * height * width + 16 * batch + 4
    return 8 * batch * dim * height * width + 8 * batch + 4


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


def transformer_attention_training_state_bytes(
    dim: int, *, optimizer: str = "adam", n_head: int = 4
) -> int:
    """Training state bytes of transformer/attention.

    Causal multi-head self-attention (SDPA).
    Built by blueprints.transformer.attention(); exact for 1 <= dim <= 65536, 1 <= n_head <= 64.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 32 * dim**2 + 32 * dim

        Per submodule:
            otherwise:
                body.qkv (Linear): 24 * dim**2 + 24 * dim
                body.proj (Linear): 8 * dim**2 + 8 * dim

    if optimizer == 'sgd_momentum':

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 48 * dim**2 + 48 * dim

        Per submodule:
            otherwise:
                body.qkv (Linear): 36 * dim**2 + 36 * dim
                body.proj (Linear): 12 * dim**2 + 12 * dim

    if optimizer in ('adam', 'adamw'):

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 64 * dim**2 + 64 * dim + 16

        Per submodule:
            otherwise:
                body.qkv (Linear): 48 * dim**2 + 48 * dim + 8
                body.proj (Linear): 16 * dim**2 + 16 * dim + 8
    """
    _check_int("transformer/attention", "dim", dim, 1, 65536)
    _check_int("transformer/attention", "n_head", n_head, 1, 64)
    _check_choice(
        "transformer/attention", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        if dim % n_head != 0:
            raise ValueError(
                f"transformer/attention: no module at dim={dim}, n_head={n_head}; "
                "the factory raises ValueError where dim % n_head != 0 "
                "(blueprints/transformer.py, in __init__)"
            )
        return 32 * dim**2 + 32 * dim
    if optimizer == "sgd_momentum":
        if dim % n_head != 0:
            raise ValueError(
                f"transformer/attention: no module at dim={dim}, n_head={n_head}; "
                "the factory raises ValueError where dim % n_head != 0 "
                "(blueprints/transformer.py, in __init__)"
            )
        return 48 * dim**2 + 48 * dim
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/attention: no module at dim={dim}, n_head={n_head}; "
            "the factory raises ValueError where dim % n_head != 0 "
            "(blueprints/transformer.py, in __init__)"
        )
    return 64 * dim**2 + 64 * dim + 16


def transformer_attention_forward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward FLOPs of transformer/attention.

    Causal multi-head self-attention (SDPA).
    Built by blueprints.transformer.attention(); exact for 1 <= dim <= 65536, 1 <= n_head <= 64,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 8 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2

    Per submodule:
        otherwise:
            body (CausalSelfAttention): 4 * batch * dim * seq_len**2
            body.proj (Linear): 2 * batch * dim**2 * seq_len
            body.qkv (Linear): 6 * batch * dim**2 * seq_len
    """
    _check_int("transformer/attention", "dim", dim, 1, 65536)
    _check_int("transformer/attention", "n_head", n_head, 1, 64)
    _check_int("transformer/attention", "batch", batch, 1, 65536)
    _check_int("transformer/attention", "seq_len", seq_len, 1, 65536)
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/attention: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises ValueError where dim % n_head != 0 "
            "(blueprints/transformer.py, in __init__)"
        )
    return 8 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2


def transformer_attention_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward FLOPs of transformer/attention.

    Causal multi-head self-attention (SDPA).
    Built by blueprints.transformer.attention(); exact for 1 <= dim <= 65536, 1 <= n_head <= 64,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 16 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2

    Per submodule:
        otherwise:
            body (CausalSelfAttention): 10 * batch * dim * seq_len**2
            body.proj (Linear): 4 * batch * dim**2 * seq_len
            body.qkv (Linear): 12 * batch * dim**2 * seq_len
    """
    _check_int("transformer/attention", "dim", dim, 1, 65536)
    _check_int("transformer/attention", "n_head", n_head, 1, 64)
    _check_int("transformer/attention", "batch", batch, 1, 65536)
    _check_int("transformer/attention", "seq_len", seq_len, 1, 65536)
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/attention: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises ValueError where dim % n_head != 0 "
            "(blueprints/transformer.py, in __init__)"
        )
    return 16 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2


def transformer_attention_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward elementwise operations of transformer/attention.

    Causal multi-head self-attention (SDPA).
    Built by blueprints.transformer.attention(); exact for 1 <= dim <= 65536, 1 <= n_head <= 64,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: batch * dim * seq_len

    Per submodule:
        otherwise:
            self (Residual): batch * dim * seq_len
    """
    _check_int("transformer/attention", "dim", dim, 1, 65536)
    _check_int("transformer/attention", "n_head", n_head, 1, 64)
    _check_int("transformer/attention", "batch", batch, 1, 65536)
    _check_int("transformer/attention", "seq_len", seq_len, 1, 65536)
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/attention: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises ValueError where dim % n_head != 0 "
            "(blueprints/transformer.py, in __init__)"
        )
    return batch * dim * seq_len


def transformer_attention_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward elementwise operations of transformer/attention.

    Causal multi-head self-attention (SDPA).
    Built by blueprints.transformer.attention(); exact for 1 <= dim <= 65536, 1 <= n_head <= 64,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 5 * batch * dim * seq_len

    Per submodule:
        otherwise:
            body.proj (Linear): batch * dim * seq_len
            body.qkv (Linear): 4 * batch * dim * seq_len
    """
    _check_int("transformer/attention", "dim", dim, 1, 65536)
    _check_int("transformer/attention", "n_head", n_head, 1, 64)
    _check_int("transformer/attention", "batch", batch, 1, 65536)
    _check_int("transformer/attention", "seq_len", seq_len, 1, 65536)
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/attention: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises ValueError where dim % n_head != 0 "
            "(blueprints/transformer.py, in __init__)"
        )
    return 5 * batch * dim * seq_len


def transformer_attention_activation_bytes(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Activation bytes of transformer/attention.

    Causal multi-head self-attention (SDPA).
    Built by blueprints.transformer.attention(); exact for 1 <= dim <= 65536, 1 <= n_head <= 64,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 20 * batch * dim * seq_len + 4 * batch * n_head * seq_len

    Per submodule:
        otherwise:
            body (CausalSelfAttention): 16 * batch * dim * seq_len + 4 * batch * n_head * seq_len
            body.qkv (Linear): 4 * batch * dim * seq_len
    """
    _check_int("transformer/attention", "dim", dim, 1, 65536)
    _check_int("transformer/attention", "n_head", n_head, 1, 64)
    _check_int("transformer/attention", "batch", batch, 1, 65536)
    _check_int("transformer/attention", "seq_len", seq_len, 1, 65536)
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/attention: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises ValueError where dim % n_head != 0 "
            "(blueprints/transformer.py, in __init__)"
        )
    return 20 * batch * dim * seq_len + 4 * batch * n_head * seq_len


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


def transformer_flex_attention_training_state_bytes(
    dim: int, *, optimizer: str = "adam", n_head: int = 4
) -> int:
    """Training state bytes of transformer/flex_attention.

    Causal multi-head self-attention (flex attention).
    Built by blueprints.transformer.flex_attention(); exact for 1 <= dim <= 65536,
    1 <= n_head <= 64.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 32 * dim**2 + 32 * dim

        Per submodule:
            otherwise:
                body.qkv (Linear): 24 * dim**2 + 24 * dim
                body.proj (Linear): 8 * dim**2 + 8 * dim

    if optimizer == 'sgd_momentum':

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 48 * dim**2 + 48 * dim

        Per submodule:
            otherwise:
                body.qkv (Linear): 36 * dim**2 + 36 * dim
                body.proj (Linear): 12 * dim**2 + 12 * dim

    if optimizer in ('adam', 'adamw'):

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 64 * dim**2 + 64 * dim + 16

        Per submodule:
            otherwise:
                body.qkv (Linear): 48 * dim**2 + 48 * dim + 8
                body.proj (Linear): 16 * dim**2 + 16 * dim + 8
    """
    _check_int("transformer/flex_attention", "dim", dim, 1, 65536)
    _check_int("transformer/flex_attention", "n_head", n_head, 1, 64)
    _check_choice(
        "transformer/flex_attention",
        "optimizer",
        optimizer,
        ("sgd", "sgd_momentum", "adam", "adamw"),
    )
    if optimizer == "sgd":
        if dim % n_head != 0:
            raise ValueError(
                f"transformer/flex_attention: no module at dim={dim}, n_head={n_head}; "
                "the factory raises ValueError where dim % n_head != 0 "
                "(blueprints/transformer.py, in __init__)"
            )
        return 32 * dim**2 + 32 * dim
    if optimizer == "sgd_momentum":
        if dim % n_head != 0:
            raise ValueError(
                f"transformer/flex_attention: no module at dim={dim}, n_head={n_head}; "
                "the factory raises ValueError where dim % n_head != 0 "
                "(blueprints/transformer.py, in __init__)"
            )
        return 48 * dim**2 + 48 * dim
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/flex_attention: no module at dim={dim}, n_head={n_head}; "
            "the factory raises ValueError where dim % n_head != 0 "
            "(blueprints/transformer.py, in __init__)"
        )
    return 64 * dim**2 + 64 * dim + 16


def transformer_flex_attention_forward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward FLOPs of transformer/flex_attention.

    Causal multi-head self-attention (flex attention).
    Built by blueprints.transformer.flex_attention(); exact for 1 <= dim <= 65536,
    1 <= n_head <= 64, 1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 8 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2

    Per submodule:
        otherwise:
            body (CausalSelfAttention): 4 * batch * dim * seq_len**2
            body.proj (Linear): 2 * batch * dim**2 * seq_len
            body.qkv (Linear): 6 * batch * dim**2 * seq_len
    """
    _check_int("transformer/flex_attention", "dim", dim, 1, 65536)
    _check_int("transformer/flex_attention", "n_head", n_head, 1, 64)
    _check_int("transformer/flex_attention", "batch", batch, 1, 65536)
    _check_int("transformer/flex_attention", "seq_len", seq_len, 1, 65536)
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/flex_attention: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises ValueError where dim % n_head != 0 "
            "(blueprints/transformer.py, in __init__)"
        )
    return 8 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2


def transformer_flex_attention_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward FLOPs of transformer/flex_attention.

    Causal multi-head self-attention (flex attention).
    Built by blueprints.transformer.flex_attention(); exact for 1 <= dim <= 65536,
    1 <= n_head <= 64, 1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 16 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2

    Per submodule:
        otherwise:
            body (CausalSelfAttention): 10 * batch * dim * seq_len**2
            body.proj (Linear): 4 * batch * dim**2 * seq_len
            body.qkv (Linear): 12 * batch * dim**2 * seq_len
    """
    _check_int("transformer/flex_attention", "dim", dim, 1, 65536)
    _check_int("transformer/flex_attention", "n_head", n_head, 1, 64)
    _check_int("transformer/flex_attention", "batch", batch, 1, 65536)
    _check_int("transformer/flex_attention", "seq_len", seq_len, 1, 65536)
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/flex_attention: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises ValueError where dim % n_head != 0 "
            "(blueprints/transformer.py, in __init__)"
        )
    return 16 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2


def transformer_flex_attention_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward elementwise operations of transformer/flex_attention.

    Causal multi-head self-attention (flex attention).
    Built by blueprints.transformer.flex_attention(); exact for 1 <= dim <= 65536,
    1 <= n_head <= 64, 1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: batch * dim * seq_len

    Per submodule:
        otherwise:
            self (Residual): batch * dim * seq_len
    """
    _check_int("transformer/flex_attention", "dim", dim, 1, 65536)
    _check_int("transformer/flex_attention", "n_head", n_head, 1, 64)
    _check_int("transformer/flex_attention", "batch", batch, 1, 65536)
    _check_int("transformer/flex_attention", "seq_len", seq_len, 1, 65536)
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/flex_attention: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises ValueError where dim % n_head != 0 "
            "(blueprints/transformer.py, in __init__)"
        )
    return batch * dim * seq_len


def transformer_flex_attention_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward elementwise operations of transformer/flex_attention.

    Causal multi-head self-attention (flex attention).
    Built by blueprints.transformer.flex_attention(); exact for 1 <= dim <= 65536,
    1 <= n_head <= 64, 1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 5 * batch * dim * seq_len

    Per submodule:
        otherwise:
            body.proj (Linear): batch * dim * seq_len
            body.qkv (Linear): 4 * batch * dim * seq_len
    """
    _check_int("transformer/flex_attention", "dim", dim, 1, 65536)
    _check_int("transformer/flex_attention", "n_head", n_head, 1, 64)
    _check_int("transformer/flex_attention", "batch", batch, 1, 65536)
    _check_int("transformer/flex_attention", "seq_len", seq_len, 1, 65536)
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/flex_attention: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises ValueError where dim % n_head != 0 "
            "(blueprints/transformer.py, in __init__)"
        )
    return 5 * batch * dim * seq_len


def transformer_flex_attention_activation_bytes(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Activation bytes of transformer/flex_attention.

    Causal multi-head self-attention (flex attention).
    Built by blueprints.transformer.flex_attention(); exact for 1 <= dim <= 65536,
    1 <= n_head <= 64, 1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 20 * batch * dim * seq_len + 4 * batch * n_head * seq_len

    Per submodule:
        otherwise:
            body (CausalSelfAttention): 16 * batch * dim * seq_len + 4 * batch * n_head * seq_len
            body.qkv (Linear): 4 * batch * dim * seq_len
    """
    _check_int("transformer/flex_attention", "dim", dim, 1, 65536)
    _check_int("transformer/flex_attention", "n_head", n_head, 1, 64)
    _check_int("transformer/flex_attention", "batch", batch, 1, 65536)
    _check_int("transformer/flex_attention", "seq_len", seq_len, 1, 65536)
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/flex_attention: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises ValueError where dim % n_head != 0 "
            "(blueprints/transformer.py, in __init__)"
        )
    return 20 * batch * dim * seq_len + 4 * batch * n_head * seq_len


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


def transformer_lora_training_state_bytes(
    dim: int, *, optimizer: str = "adam", rank: int = 8
) -> int:
    """Training state bytes of transformer/lora.

    Low-rank residual adapter.
    Built by blueprints.transformer.lora(); exact for 1 <= dim <= 65536, 1 <= rank <= 256.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 16 * dim * rank

        Per submodule:
            body.down (Linear): 8 * dim * rank
            body.up (Linear): 8 * dim * rank

    if optimizer == 'sgd_momentum':

        everywhere: 24 * dim * rank

        Per submodule:
            body.down (Linear): 12 * dim * rank
            body.up (Linear): 12 * dim * rank

    if optimizer in ('adam', 'adamw'):

        everywhere: 32 * dim * rank + 8

        Per submodule:
            body.down (Linear): 16 * dim * rank + 4
            body.up (Linear): 16 * dim * rank + 4
    """
    _check_int("transformer/lora", "dim", dim, 1, 65536)
    _check_int("transformer/lora", "rank", rank, 1, 256)
    _check_choice(
        "transformer/lora", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 16 * dim * rank
    if optimizer == "sgd_momentum":
        return 24 * dim * rank
    return 32 * dim * rank + 8


def transformer_lora_forward_flops(dim: int, *, batch: int, seq_len: int, rank: int = 8) -> int:
    """Forward FLOPs of transformer/lora.

    Low-rank residual adapter.
    Built by blueprints.transformer.lora(); exact for 1 <= dim <= 65536, 1 <= rank <= 256,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    everywhere: 4 * batch * dim * rank * seq_len

    Per submodule:
        body.down (Linear): 2 * batch * dim * rank * seq_len
        body.up (Linear): 2 * batch * dim * rank * seq_len
    """
    _check_int("transformer/lora", "dim", dim, 1, 65536)
    _check_int("transformer/lora", "rank", rank, 1, 256)
    _check_int("transformer/lora", "batch", batch, 1, 65536)
    _check_int("transformer/lora", "seq_len", seq_len, 1, 65536)
    return 4 * batch * dim * rank * seq_len


def transformer_lora_backward_flops(dim: int, *, batch: int, seq_len: int, rank: int = 8) -> int:
    """Backward FLOPs of transformer/lora.

    Low-rank residual adapter.
    Built by blueprints.transformer.lora(); exact for 1 <= dim <= 65536, 1 <= rank <= 256,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    everywhere: 8 * batch * dim * rank * seq_len

    Per submodule:
        body.down (Linear): 4 * batch * dim * rank * seq_len
        body.up (Linear): 4 * batch * dim * rank * seq_len
    """
    _check_int("transformer/lora", "dim", dim, 1, 65536)
    _check_int("transformer/lora", "rank", rank, 1, 256)
    _check_int("transformer/lora", "batch", batch, 1, 65536)
    _check_int("transformer/lora", "seq_len", seq_len, 1, 65536)
    return 8 * batch * dim * rank * seq_len


def transformer_lora_elementwise_flops(dim: int, *, batch: int, seq_len: int, rank: int = 8) -> int:
    """Forward elementwise operations of transformer/lora.

    Low-rank residual adapter.
    Built by blueprints.transformer.lora(); exact for 1 <= dim <= 65536, 1 <= rank <= 256,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    everywhere: batch * dim * seq_len

    Per submodule:
        self (Residual): batch * dim * seq_len
    """
    _check_int("transformer/lora", "dim", dim, 1, 65536)
    _check_int("transformer/lora", "rank", rank, 1, 256)
    _check_int("transformer/lora", "batch", batch, 1, 65536)
    _check_int("transformer/lora", "seq_len", seq_len, 1, 65536)
    return batch * dim * seq_len


def transformer_lora_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, rank: int = 8
) -> int:
    """Backward elementwise operations of transformer/lora.

    Low-rank residual adapter.
    Built by blueprints.transformer.lora(); exact for 1 <= dim <= 65536, 1 <= rank <= 256,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    everywhere: batch * dim * seq_len

    Per submodule:
        body.down (Linear): batch * dim * seq_len
    """
    _check_int("transformer/lora", "dim", dim, 1, 65536)
    _check_int("transformer/lora", "rank", rank, 1, 256)
    _check_int("transformer/lora", "batch", batch, 1, 65536)
    _check_int("transformer/lora", "seq_len", seq_len, 1, 65536)
    return batch * dim * seq_len


def transformer_lora_activation_bytes(dim: int, *, batch: int, seq_len: int, rank: int = 8) -> int:
    """Activation bytes of transformer/lora.

    Low-rank residual adapter.
    Built by blueprints.transformer.lora(); exact for 1 <= dim <= 65536, 1 <= rank <= 256,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    everywhere: 4 * batch * dim * seq_len + 4 * batch * rank * seq_len

    Per submodule:
        body.down (Linear): 4 * batch * dim * seq_len
        body.up (Linear): 4 * batch * rank * seq_len
    """
    _check_int("transformer/lora", "dim", dim, 1, 65536)
    _check_int("transformer/lora", "rank", rank, 1, 256)
    _check_int("transformer/lora", "batch", batch, 1, 65536)
    _check_int("transformer/lora", "seq_len", seq_len, 1, 65536)
    return 4 * batch * dim * seq_len + 4 * batch * rank * seq_len


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


def transformer_lora_large_training_state_bytes(
    dim: int, *, optimizer: str = "adam", rank: int = 32
) -> int:
    """Training state bytes of transformer/lora_large.

    Low-rank residual adapter, larger rank.
    Built by blueprints.transformer.lora_large(); exact for 1 <= dim <= 65536, 1 <= rank <= 256.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 16 * dim * rank

        Per submodule:
            body.down (Linear): 8 * dim * rank
            body.up (Linear): 8 * dim * rank

    if optimizer == 'sgd_momentum':

        everywhere: 24 * dim * rank

        Per submodule:
            body.down (Linear): 12 * dim * rank
            body.up (Linear): 12 * dim * rank

    if optimizer in ('adam', 'adamw'):

        everywhere: 32 * dim * rank + 8

        Per submodule:
            body.down (Linear): 16 * dim * rank + 4
            body.up (Linear): 16 * dim * rank + 4
    """
    _check_int("transformer/lora_large", "dim", dim, 1, 65536)
    _check_int("transformer/lora_large", "rank", rank, 1, 256)
    _check_choice(
        "transformer/lora_large", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 16 * dim * rank
    if optimizer == "sgd_momentum":
        return 24 * dim * rank
    return 32 * dim * rank + 8


def transformer_lora_large_forward_flops(
    dim: int, *, batch: int, seq_len: int, rank: int = 32
) -> int:
    """Forward FLOPs of transformer/lora_large.

    Low-rank residual adapter, larger rank.
    Built by blueprints.transformer.lora_large(); exact for 1 <= dim <= 65536, 1 <= rank <= 256,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    everywhere: 4 * batch * dim * rank * seq_len

    Per submodule:
        body.down (Linear): 2 * batch * dim * rank * seq_len
        body.up (Linear): 2 * batch * dim * rank * seq_len
    """
    _check_int("transformer/lora_large", "dim", dim, 1, 65536)
    _check_int("transformer/lora_large", "rank", rank, 1, 256)
    _check_int("transformer/lora_large", "batch", batch, 1, 65536)
    _check_int("transformer/lora_large", "seq_len", seq_len, 1, 65536)
    return 4 * batch * dim * rank * seq_len


def transformer_lora_large_backward_flops(
    dim: int, *, batch: int, seq_len: int, rank: int = 32
) -> int:
    """Backward FLOPs of transformer/lora_large.

    Low-rank residual adapter, larger rank.
    Built by blueprints.transformer.lora_large(); exact for 1 <= dim <= 65536, 1 <= rank <= 256,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    everywhere: 8 * batch * dim * rank * seq_len

    Per submodule:
        body.down (Linear): 4 * batch * dim * rank * seq_len
        body.up (Linear): 4 * batch * dim * rank * seq_len
    """
    _check_int("transformer/lora_large", "dim", dim, 1, 65536)
    _check_int("transformer/lora_large", "rank", rank, 1, 256)
    _check_int("transformer/lora_large", "batch", batch, 1, 65536)
    _check_int("transformer/lora_large", "seq_len", seq_len, 1, 65536)
    return 8 * batch * dim * rank * seq_len


def transformer_lora_large_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, rank: int = 32
) -> int:
    """Forward elementwise operations of transformer/lora_large.

    Low-rank residual adapter, larger rank.
    Built by blueprints.transformer.lora_large(); exact for 1 <= dim <= 65536, 1 <= rank <= 256,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    everywhere: batch * dim * seq_len

    Per submodule:
        self (Residual): batch * dim * seq_len
    """
    _check_int("transformer/lora_large", "dim", dim, 1, 65536)
    _check_int("transformer/lora_large", "rank", rank, 1, 256)
    _check_int("transformer/lora_large", "batch", batch, 1, 65536)
    _check_int("transformer/lora_large", "seq_len", seq_len, 1, 65536)
    return batch * dim * seq_len


def transformer_lora_large_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, rank: int = 32
) -> int:
    """Backward elementwise operations of transformer/lora_large.

    Low-rank residual adapter, larger rank.
    Built by blueprints.transformer.lora_large(); exact for 1 <= dim <= 65536, 1 <= rank <= 256,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    everywhere: batch * dim * seq_len

    Per submodule:
        body.down (Linear): batch * dim * seq_len
    """
    _check_int("transformer/lora_large", "dim", dim, 1, 65536)
    _check_int("transformer/lora_large", "rank", rank, 1, 256)
    _check_int("transformer/lora_large", "batch", batch, 1, 65536)
    _check_int("transformer/lora_large", "seq_len", seq_len, 1, 65536)
    return batch * dim * seq_len


def transformer_lora_large_activation_bytes(
    dim: int, *, batch: int, seq_len: int, rank: int = 32
) -> int:
    """Activation bytes of transformer/lora_large.

    Low-rank residual adapter, larger rank.
    Built by blueprints.transformer.lora_large(); exact for 1 <= dim <= 65536, 1 <= rank <= 256,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    everywhere: 4 * batch * dim * seq_len + 4 * batch * rank * seq_len

    Per submodule:
        body.down (Linear): 4 * batch * dim * seq_len
        body.up (Linear): 4 * batch * rank * seq_len
    """
    _check_int("transformer/lora_large", "dim", dim, 1, 65536)
    _check_int("transformer/lora_large", "rank", rank, 1, 256)
    _check_int("transformer/lora_large", "batch", batch, 1, 65536)
    _check_int("transformer/lora_large", "seq_len", seq_len, 1, 65536)
    return 4 * batch * dim * seq_len + 4 * batch * rank * seq_len


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


def transformer_mlp_training_state_bytes(
    dim: int, *, optimizer: str = "adam", expansion: int = 4, checkpoint: bool = False
) -> int:
    """Training state bytes of transformer/mlp.

    Residual MLP, expansion 4.
    Built by blueprints.transformer.mlp(); exact for 1 <= dim <= 65536, 1 <= expansion <= 64.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 16 * dim**2 * expansion + 8 * dim * expansion + 8 * dim

        Per submodule:
            body.fc1 (Linear): 8 * dim**2 * expansion + 8 * dim * expansion
            body.fc2 (Linear): 8 * dim**2 * expansion + 8 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 24 * dim**2 * expansion + 12 * dim * expansion + 12 * dim

        Per submodule:
            body.fc1 (Linear): 12 * dim**2 * expansion + 12 * dim * expansion
            body.fc2 (Linear): 12 * dim**2 * expansion + 12 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 32 * dim**2 * expansion + 16 * dim * expansion + 16 * dim + 16

        Per submodule:
            body.fc1 (Linear): 16 * dim**2 * expansion + 16 * dim * expansion + 8
            body.fc2 (Linear): 16 * dim**2 * expansion + 16 * dim + 8
    """
    _check_int("transformer/mlp", "dim", dim, 1, 65536)
    _check_int("transformer/mlp", "expansion", expansion, 1, 64)
    _check_choice(
        "transformer/mlp", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    _check_choice("transformer/mlp", "checkpoint", checkpoint, (False, True))
    if optimizer == "sgd":
        return 16 * dim**2 * expansion + 8 * dim * expansion + 8 * dim
    if optimizer == "sgd_momentum":
        return 24 * dim**2 * expansion + 12 * dim * expansion + 12 * dim
    return 32 * dim**2 * expansion + 16 * dim * expansion + 16 * dim + 16


def transformer_mlp_forward_flops(
    dim: int, *, batch: int, seq_len: int, expansion: int = 4, checkpoint: bool = False
) -> int:
    """Forward FLOPs of transformer/mlp.

    Residual MLP, expansion 4.
    Built by blueprints.transformer.mlp(); exact for 1 <= dim <= 65536, 1 <= expansion <= 64,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.
    The same for every value of checkpoint.

    everywhere: 4 * batch * dim**2 * expansion * seq_len

    Per submodule:
        body.fc1 (Linear): 2 * batch * dim**2 * expansion * seq_len
        body.fc2 (Linear): 2 * batch * dim**2 * expansion * seq_len
    """
    _check_int("transformer/mlp", "dim", dim, 1, 65536)
    _check_int("transformer/mlp", "expansion", expansion, 1, 64)
    _check_int("transformer/mlp", "batch", batch, 1, 65536)
    _check_int("transformer/mlp", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/mlp", "checkpoint", checkpoint, (False, True))
    return 4 * batch * dim**2 * expansion * seq_len


def transformer_mlp_backward_flops(
    dim: int, *, batch: int, seq_len: int, expansion: int = 4, checkpoint: bool = False
) -> int:
    """Backward FLOPs of transformer/mlp.

    Residual MLP, expansion 4.
    Built by blueprints.transformer.mlp(); exact for 1 <= dim <= 65536, 1 <= expansion <= 64,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if not checkpoint:

        everywhere: 8 * batch * dim**2 * expansion * seq_len

        Per submodule:
            body.fc1 (Linear): 4 * batch * dim**2 * expansion * seq_len
            body.fc2 (Linear): 4 * batch * dim**2 * expansion * seq_len

    if checkpoint:

        everywhere: 10 * batch * dim**2 * expansion * seq_len

        Per submodule:
            body.fc1 (Linear): 4 * batch * dim**2 * expansion * seq_len
            body.fc2 (Linear): 6 * batch * dim**2 * expansion * seq_len
    """
    _check_int("transformer/mlp", "dim", dim, 1, 65536)
    _check_int("transformer/mlp", "expansion", expansion, 1, 64)
    _check_int("transformer/mlp", "batch", batch, 1, 65536)
    _check_int("transformer/mlp", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/mlp", "checkpoint", checkpoint, (False, True))
    if not checkpoint:
        return 8 * batch * dim**2 * expansion * seq_len
    return 10 * batch * dim**2 * expansion * seq_len


def transformer_mlp_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, expansion: int = 4, checkpoint: bool = False
) -> int:
    """Forward elementwise operations of transformer/mlp.

    Residual MLP, expansion 4.
    Built by blueprints.transformer.mlp(); exact for 1 <= dim <= 65536, 1 <= expansion <= 64,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).
    The same for every value of checkpoint.

    everywhere: batch * dim * expansion * seq_len + batch * dim * seq_len

    Per submodule:
        self (Residual): batch * dim * seq_len
        body.act (GELU): batch * dim * expansion * seq_len
    """
    _check_int("transformer/mlp", "dim", dim, 1, 65536)
    _check_int("transformer/mlp", "expansion", expansion, 1, 64)
    _check_int("transformer/mlp", "batch", batch, 1, 65536)
    _check_int("transformer/mlp", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/mlp", "checkpoint", checkpoint, (False, True))
    return batch * dim * expansion * seq_len + batch * dim * seq_len


def transformer_mlp_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, expansion: int = 4, checkpoint: bool = False
) -> int:
    """Backward elementwise operations of transformer/mlp.

    Residual MLP, expansion 4.
    Built by blueprints.transformer.mlp(); exact for 1 <= dim <= 65536, 1 <= expansion <= 64,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if not checkpoint:

        everywhere: 2 * batch * dim * expansion * seq_len + 2 * batch * dim * seq_len

        Per submodule:
            body.act (GELU): batch * dim * expansion * seq_len
            body.fc1 (Linear): batch * dim * expansion * seq_len + batch * dim * seq_len
            body.fc2 (Linear): batch * dim * seq_len

    if checkpoint:

        everywhere: 3 * batch * dim * expansion * seq_len + 2 * batch * dim * seq_len

        Per submodule:
            body.act (GELU): batch * dim * expansion * seq_len
            body.fc1 (Linear): batch * dim * expansion * seq_len + batch * dim * seq_len
            body.fc2 (Linear): batch * dim * expansion * seq_len + batch * dim * seq_len
    """
    _check_int("transformer/mlp", "dim", dim, 1, 65536)
    _check_int("transformer/mlp", "expansion", expansion, 1, 64)
    _check_int("transformer/mlp", "batch", batch, 1, 65536)
    _check_int("transformer/mlp", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/mlp", "checkpoint", checkpoint, (False, True))
    if not checkpoint:
        return 2 * batch * dim * expansion * seq_len + 2 * batch * dim * seq_len
    return 3 * batch * dim * expansion * seq_len + 2 * batch * dim * seq_len


def transformer_mlp_activation_bytes(
    dim: int, *, batch: int, seq_len: int, expansion: int = 4, checkpoint: bool = False
) -> int:
    """Activation bytes of transformer/mlp.

    Residual MLP, expansion 4.
    Built by blueprints.transformer.mlp(); exact for 1 <= dim <= 65536, 1 <= expansion <= 64,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if not checkpoint:

        everywhere: 8 * batch * dim * expansion * seq_len + 4 * batch * dim * seq_len

        Per submodule:
            body.act (GELU): 4 * batch * dim * expansion * seq_len
            body.fc1 (Linear): 4 * batch * dim * seq_len
            body.fc2 (Linear): 4 * batch * dim * expansion * seq_len

    if checkpoint:

        everywhere: 4 * batch * dim * seq_len

        Per submodule:
            body (MLP): 4 * batch * dim * seq_len
    """
    _check_int("transformer/mlp", "dim", dim, 1, 65536)
    _check_int("transformer/mlp", "expansion", expansion, 1, 64)
    _check_int("transformer/mlp", "batch", batch, 1, 65536)
    _check_int("transformer/mlp", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/mlp", "checkpoint", checkpoint, (False, True))
    if not checkpoint:
        return 8 * batch * dim * expansion * seq_len + 4 * batch * dim * seq_len
    return 4 * batch * dim * seq_len


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


def transformer_mlp_small_training_state_bytes(
    dim: int, *, optimizer: str = "adam", expansion: int = 2, checkpoint: bool = False
) -> int:
    """Training state bytes of transformer/mlp_small.

    Residual MLP, expansion 2.
    Built by blueprints.transformer.mlp_small(); exact for 1 <= dim <= 65536, 1 <= expansion <= 64.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 16 * dim**2 * expansion + 8 * dim * expansion + 8 * dim

        Per submodule:
            body.fc1 (Linear): 8 * dim**2 * expansion + 8 * dim * expansion
            body.fc2 (Linear): 8 * dim**2 * expansion + 8 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 24 * dim**2 * expansion + 12 * dim * expansion + 12 * dim

        Per submodule:
            body.fc1 (Linear): 12 * dim**2 * expansion + 12 * dim * expansion
            body.fc2 (Linear): 12 * dim**2 * expansion + 12 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 32 * dim**2 * expansion + 16 * dim * expansion + 16 * dim + 16

        Per submodule:
            body.fc1 (Linear): 16 * dim**2 * expansion + 16 * dim * expansion + 8
            body.fc2 (Linear): 16 * dim**2 * expansion + 16 * dim + 8
    """
    _check_int("transformer/mlp_small", "dim", dim, 1, 65536)
    _check_int("transformer/mlp_small", "expansion", expansion, 1, 64)
    _check_choice(
        "transformer/mlp_small", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    _check_choice("transformer/mlp_small", "checkpoint", checkpoint, (False, True))
    if optimizer == "sgd":
        return 16 * dim**2 * expansion + 8 * dim * expansion + 8 * dim
    if optimizer == "sgd_momentum":
        return 24 * dim**2 * expansion + 12 * dim * expansion + 12 * dim
    return 32 * dim**2 * expansion + 16 * dim * expansion + 16 * dim + 16


def transformer_mlp_small_forward_flops(
    dim: int, *, batch: int, seq_len: int, expansion: int = 2, checkpoint: bool = False
) -> int:
    """Forward FLOPs of transformer/mlp_small.

    Residual MLP, expansion 2.
    Built by blueprints.transformer.mlp_small(); exact for 1 <= dim <= 65536, 1 <= expansion <= 64,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.
    The same for every value of checkpoint.

    everywhere: 4 * batch * dim**2 * expansion * seq_len

    Per submodule:
        body.fc1 (Linear): 2 * batch * dim**2 * expansion * seq_len
        body.fc2 (Linear): 2 * batch * dim**2 * expansion * seq_len
    """
    _check_int("transformer/mlp_small", "dim", dim, 1, 65536)
    _check_int("transformer/mlp_small", "expansion", expansion, 1, 64)
    _check_int("transformer/mlp_small", "batch", batch, 1, 65536)
    _check_int("transformer/mlp_small", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/mlp_small", "checkpoint", checkpoint, (False, True))
    return 4 * batch * dim**2 * expansion * seq_len


def transformer_mlp_small_backward_flops(
    dim: int, *, batch: int, seq_len: int, expansion: int = 2, checkpoint: bool = False
) -> int:
    """Backward FLOPs of transformer/mlp_small.

    Residual MLP, expansion 2.
    Built by blueprints.transformer.mlp_small(); exact for 1 <= dim <= 65536, 1 <= expansion <= 64,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if not checkpoint:

        everywhere: 8 * batch * dim**2 * expansion * seq_len

        Per submodule:
            body.fc1 (Linear): 4 * batch * dim**2 * expansion * seq_len
            body.fc2 (Linear): 4 * batch * dim**2 * expansion * seq_len

    if checkpoint:

        everywhere: 10 * batch * dim**2 * expansion * seq_len

        Per submodule:
            body.fc1 (Linear): 4 * batch * dim**2 * expansion * seq_len
            body.fc2 (Linear): 6 * batch * dim**2 * expansion * seq_len
    """
    _check_int("transformer/mlp_small", "dim", dim, 1, 65536)
    _check_int("transformer/mlp_small", "expansion", expansion, 1, 64)
    _check_int("transformer/mlp_small", "batch", batch, 1, 65536)
    _check_int("transformer/mlp_small", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/mlp_small", "checkpoint", checkpoint, (False, True))
    if not checkpoint:
        return 8 * batch * dim**2 * expansion * seq_len
    return 10 * batch * dim**2 * expansion * seq_len


def transformer_mlp_small_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, expansion: int = 2, checkpoint: bool = False
) -> int:
    """Forward elementwise operations of transformer/mlp_small.

    Residual MLP, expansion 2.
    Built by blueprints.transformer.mlp_small(); exact for 1 <= dim <= 65536, 1 <= expansion <= 64,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).
    The same for every value of checkpoint.

    everywhere: batch * dim * expansion * seq_len + batch * dim * seq_len

    Per submodule:
        self (Residual): batch * dim * seq_len
        body.act (GELU): batch * dim * expansion * seq_len
    """
    _check_int("transformer/mlp_small", "dim", dim, 1, 65536)
    _check_int("transformer/mlp_small", "expansion", expansion, 1, 64)
    _check_int("transformer/mlp_small", "batch", batch, 1, 65536)
    _check_int("transformer/mlp_small", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/mlp_small", "checkpoint", checkpoint, (False, True))
    return batch * dim * expansion * seq_len + batch * dim * seq_len


def transformer_mlp_small_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, expansion: int = 2, checkpoint: bool = False
) -> int:
    """Backward elementwise operations of transformer/mlp_small.

    Residual MLP, expansion 2.
    Built by blueprints.transformer.mlp_small(); exact for 1 <= dim <= 65536, 1 <= expansion <= 64,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if not checkpoint:

        everywhere: 2 * batch * dim * expansion * seq_len + 2 * batch * dim * seq_len

        Per submodule:
            body.act (GELU): batch * dim * expansion * seq_len
            body.fc1 (Linear): batch * dim * expansion * seq_len + batch * dim * seq_len
            body.fc2 (Linear): batch * dim * seq_len

    if checkpoint:

        everywhere: 3 * batch * dim * expansion * seq_len + 2 * batch * dim * seq_len

        Per submodule:
            body.act (GELU): batch * dim * expansion * seq_len
            body.fc1 (Linear): batch * dim * expansion * seq_len + batch * dim * seq_len
            body.fc2 (Linear): batch * dim * expansion * seq_len + batch * dim * seq_len
    """
    _check_int("transformer/mlp_small", "dim", dim, 1, 65536)
    _check_int("transformer/mlp_small", "expansion", expansion, 1, 64)
    _check_int("transformer/mlp_small", "batch", batch, 1, 65536)
    _check_int("transformer/mlp_small", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/mlp_small", "checkpoint", checkpoint, (False, True))
    if not checkpoint:
        return 2 * batch * dim * expansion * seq_len + 2 * batch * dim * seq_len
    return 3 * batch * dim * expansion * seq_len + 2 * batch * dim * seq_len


def transformer_mlp_small_activation_bytes(
    dim: int, *, batch: int, seq_len: int, expansion: int = 2, checkpoint: bool = False
) -> int:
    """Activation bytes of transformer/mlp_small.

    Residual MLP, expansion 2.
    Built by blueprints.transformer.mlp_small(); exact for 1 <= dim <= 65536, 1 <= expansion <= 64,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if not checkpoint:

        everywhere: 8 * batch * dim * expansion * seq_len + 4 * batch * dim * seq_len

        Per submodule:
            body.act (GELU): 4 * batch * dim * expansion * seq_len
            body.fc1 (Linear): 4 * batch * dim * seq_len
            body.fc2 (Linear): 4 * batch * dim * expansion * seq_len

    if checkpoint:

        everywhere: 4 * batch * dim * seq_len

        Per submodule:
            body (MLP): 4 * batch * dim * seq_len
    """
    _check_int("transformer/mlp_small", "dim", dim, 1, 65536)
    _check_int("transformer/mlp_small", "expansion", expansion, 1, 64)
    _check_int("transformer/mlp_small", "batch", batch, 1, 65536)
    _check_int("transformer/mlp_small", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/mlp_small", "checkpoint", checkpoint, (False, True))
    if not checkpoint:
        return 8 * batch * dim * expansion * seq_len + 4 * batch * dim * seq_len
    return 4 * batch * dim * seq_len


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


def transformer_noop_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of transformer/noop.

    Identity; no parameters.
    Built by blueprints.transformer.noop(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.
    The same for every value of optimizer.

    everywhere: 0
    """
    _check_int("transformer/noop", "dim", dim, 1, 65536)
    _check_choice(
        "transformer/noop", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    return 0


def transformer_noop_forward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward FLOPs of transformer/noop.

    Identity; no parameters.
    Built by blueprints.transformer.noop(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    everywhere: 0
    """
    _check_int("transformer/noop", "dim", dim, 1, 65536)
    _check_int("transformer/noop", "batch", batch, 1, 65536)
    _check_int("transformer/noop", "seq_len", seq_len, 1, 65536)
    return 0


def transformer_noop_backward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward FLOPs of transformer/noop.

    Identity; no parameters.
    Built by blueprints.transformer.noop(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    everywhere: 0
    """
    _check_int("transformer/noop", "dim", dim, 1, 65536)
    _check_int("transformer/noop", "batch", batch, 1, 65536)
    _check_int("transformer/noop", "seq_len", seq_len, 1, 65536)
    return 0


def transformer_noop_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward elementwise operations of transformer/noop.

    Identity; no parameters.
    Built by blueprints.transformer.noop(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    everywhere: 0
    """
    _check_int("transformer/noop", "dim", dim, 1, 65536)
    _check_int("transformer/noop", "batch", batch, 1, 65536)
    _check_int("transformer/noop", "seq_len", seq_len, 1, 65536)
    return 0


def transformer_noop_backward_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward elementwise operations of transformer/noop.

    Identity; no parameters.
    Built by blueprints.transformer.noop(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    everywhere: 0
    """
    _check_int("transformer/noop", "dim", dim, 1, 65536)
    _check_int("transformer/noop", "batch", batch, 1, 65536)
    _check_int("transformer/noop", "seq_len", seq_len, 1, 65536)
    return 0


def transformer_noop_activation_bytes(dim: int, *, batch: int, seq_len: int) -> int:
    """Activation bytes of transformer/noop.

    Identity; no parameters.
    Built by blueprints.transformer.noop(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    everywhere: 0
    """
    _check_int("transformer/noop", "dim", dim, 1, 65536)
    _check_int("transformer/noop", "batch", batch, 1, 65536)
    _check_int("transformer/noop", "seq_len", seq_len, 1, 65536)
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


def transformer_norm_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of transformer/norm.

    Gated LayerNorm: x + tanh(s) * (LN(x) - x).
    Built by blueprints.transformer.norm(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 16 * dim + 8

        Per submodule:
            self (GatedNorm): 8
            norm (LayerNorm): 16 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 24 * dim + 12

        Per submodule:
            self (GatedNorm): 12
            norm (LayerNorm): 24 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 32 * dim + 28

        Per submodule:
            self (GatedNorm): 20
            norm (LayerNorm): 32 * dim + 8
    """
    _check_int("transformer/norm", "dim", dim, 1, 65536)
    _check_choice(
        "transformer/norm", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 16 * dim + 8
    if optimizer == "sgd_momentum":
        return 24 * dim + 12
    return 32 * dim + 28


def transformer_norm_forward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward FLOPs of transformer/norm.

    Gated LayerNorm: x + tanh(s) * (LN(x) - x).
    Built by blueprints.transformer.norm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    everywhere: 0
    """
    _check_int("transformer/norm", "dim", dim, 1, 65536)
    _check_int("transformer/norm", "batch", batch, 1, 65536)
    _check_int("transformer/norm", "seq_len", seq_len, 1, 65536)
    return 0


def transformer_norm_backward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward FLOPs of transformer/norm.

    Gated LayerNorm: x + tanh(s) * (LN(x) - x).
    Built by blueprints.transformer.norm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    everywhere: 0
    """
    _check_int("transformer/norm", "dim", dim, 1, 65536)
    _check_int("transformer/norm", "batch", batch, 1, 65536)
    _check_int("transformer/norm", "seq_len", seq_len, 1, 65536)
    return 0


def transformer_norm_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward elementwise operations of transformer/norm.

    Gated LayerNorm: x + tanh(s) * (LN(x) - x).
    Built by blueprints.transformer.norm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    everywhere: 8 * batch * dim * seq_len + 1

    Per submodule:
        self (GatedNorm): 3 * batch * dim * seq_len + 1
        norm (LayerNorm): 5 * batch * dim * seq_len
    """
    _check_int("transformer/norm", "dim", dim, 1, 65536)
    _check_int("transformer/norm", "batch", batch, 1, 65536)
    _check_int("transformer/norm", "seq_len", seq_len, 1, 65536)
    return 8 * batch * dim * seq_len + 1


def transformer_norm_backward_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward elementwise operations of transformer/norm.

    Gated LayerNorm: x + tanh(s) * (LN(x) - x).
    Built by blueprints.transformer.norm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    everywhere: 14 * batch * dim * seq_len + 1

    Per submodule:
        self (GatedNorm): 5 * batch * dim * seq_len + 1
        norm (LayerNorm): 9 * batch * dim * seq_len
    """
    _check_int("transformer/norm", "dim", dim, 1, 65536)
    _check_int("transformer/norm", "batch", batch, 1, 65536)
    _check_int("transformer/norm", "seq_len", seq_len, 1, 65536)
    return 14 * batch * dim * seq_len + 1


def transformer_norm_activation_bytes(dim: int, *, batch: int, seq_len: int) -> int:
    """Activation bytes of transformer/norm.

    Gated LayerNorm: x + tanh(s) * (LN(x) - x).
    Built by blueprints.transformer.norm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    everywhere: 8 * batch * dim * seq_len + 8 * batch * seq_len + 4

    Per submodule:
        self (GatedNorm): 4 * batch * dim * seq_len + 4
        norm (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
    """
    _check_int("transformer/norm", "dim", dim, 1, 65536)
    _check_int("transformer/norm", "batch", batch, 1, 65536)
    _check_int("transformer/norm", "seq_len", seq_len, 1, 65536)
    return 8 * batch * dim * seq_len + 8 * batch * seq_len + 4


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

_TRAINING_STATE_BYTES: dict[tuple[str, str], Callable[..., int]] = {
    ("cnn", "attention"): cnn_attention_training_state_bytes,
    ("cnn", "bottleneck"): cnn_bottleneck_training_state_bytes,
    ("cnn", "conv_heavy"): cnn_conv_heavy_training_state_bytes,
    ("cnn", "conv_light"): cnn_conv_light_training_state_bytes,
    ("cnn", "conv_small"): cnn_conv_small_training_state_bytes,
    ("cnn", "depthwise"): cnn_depthwise_training_state_bytes,
    ("cnn", "noop"): cnn_noop_training_state_bytes,
    ("cnn", "norm"): cnn_norm_training_state_bytes,
    ("transformer", "attention"): transformer_attention_training_state_bytes,
    ("transformer", "flex_attention"): transformer_flex_attention_training_state_bytes,
    ("transformer", "lora"): transformer_lora_training_state_bytes,
    ("transformer", "lora_large"): transformer_lora_large_training_state_bytes,
    ("transformer", "mlp"): transformer_mlp_training_state_bytes,
    ("transformer", "mlp_small"): transformer_mlp_small_training_state_bytes,
    ("transformer", "noop"): transformer_noop_training_state_bytes,
    ("transformer", "norm"): transformer_norm_training_state_bytes,
}

_FORWARD_FLOPS: dict[tuple[str, str], Callable[..., int]] = {
    ("cnn", "attention"): cnn_attention_forward_flops,
    ("cnn", "bottleneck"): cnn_bottleneck_forward_flops,
    ("cnn", "conv_heavy"): cnn_conv_heavy_forward_flops,
    ("cnn", "conv_light"): cnn_conv_light_forward_flops,
    ("cnn", "conv_small"): cnn_conv_small_forward_flops,
    ("cnn", "depthwise"): cnn_depthwise_forward_flops,
    ("cnn", "noop"): cnn_noop_forward_flops,
    ("cnn", "norm"): cnn_norm_forward_flops,
    ("transformer", "attention"): transformer_attention_forward_flops,
    ("transformer", "flex_attention"): transformer_flex_attention_forward_flops,
    ("transformer", "lora"): transformer_lora_forward_flops,
    ("transformer", "lora_large"): transformer_lora_large_forward_flops,
    ("transformer", "mlp"): transformer_mlp_forward_flops,
    ("transformer", "mlp_small"): transformer_mlp_small_forward_flops,
    ("transformer", "noop"): transformer_noop_forward_flops,
    ("transformer", "norm"): transformer_norm_forward_flops,
}

_BACKWARD_FLOPS: dict[tuple[str, str], Callable[..., int]] = {
    ("cnn", "attention"): cnn_attention_backward_flops,
    ("cnn", "bottleneck"): cnn_bottleneck_backward_flops,
    ("cnn", "conv_heavy"): cnn_conv_heavy_backward_flops,
    ("cnn", "conv_light"): cnn_conv_light_backward_flops,
    ("cnn", "conv_small"): cnn_conv_small_backward_flops,
    ("cnn", "depthwise"): cnn_depthwise_backward_flops,
    ("cnn", "noop"): cnn_noop_backward_flops,
    ("cnn", "norm"): cnn_norm_backward_flops,
    ("transformer", "attention"): transformer_attention_backward_flops,
    ("transformer", "flex_attention"): transformer_flex_attention_backward_flops,
    ("transformer", "lora"): transformer_lora_backward_flops,
    ("transformer", "lora_large"): transformer_lora_large_backward_flops,
    ("transformer", "mlp"): transformer_mlp_backward_flops,
    ("transformer", "mlp_small"): transformer_mlp_small_backward_flops,
    ("transformer", "noop"): transformer_noop_backward_flops,
    ("transformer", "norm"): transformer_norm_backward_flops,
}

_ELEMENTWISE_FLOPS: dict[tuple[str, str], Callable[..., int]] = {
    ("cnn", "attention"): cnn_attention_elementwise_flops,
    ("cnn", "bottleneck"): cnn_bottleneck_elementwise_flops,
    ("cnn", "conv_heavy"): cnn_conv_heavy_elementwise_flops,
    ("cnn", "conv_light"): cnn_conv_light_elementwise_flops,
    ("cnn", "conv_small"): cnn_conv_small_elementwise_flops,
    ("cnn", "depthwise"): cnn_depthwise_elementwise_flops,
    ("cnn", "noop"): cnn_noop_elementwise_flops,
    ("cnn", "norm"): cnn_norm_elementwise_flops,
    ("transformer", "attention"): transformer_attention_elementwise_flops,
    ("transformer", "flex_attention"): transformer_flex_attention_elementwise_flops,
    ("transformer", "lora"): transformer_lora_elementwise_flops,
    ("transformer", "lora_large"): transformer_lora_large_elementwise_flops,
    ("transformer", "mlp"): transformer_mlp_elementwise_flops,
    ("transformer", "mlp_small"): transformer_mlp_small_elementwise_flops,
    ("transformer", "noop"): transformer_noop_elementwise_flops,
    ("transformer", "norm"): transformer_norm_elementwise_flops,
}

_BACKWARD_ELEMENTWISE_FLOPS: dict[tuple[str, str], Callable[..., int]] = {
    ("cnn", "attention"): cnn_attention_backward_elementwise_flops,
    ("cnn", "bottleneck"): cnn_bottleneck_backward_elementwise_flops,
    ("cnn", "conv_heavy"): cnn_conv_heavy_backward_elementwise_flops,
    ("cnn", "conv_light"): cnn_conv_light_backward_elementwise_flops,
    ("cnn", "conv_small"): cnn_conv_small_backward_elementwise_flops,
    ("cnn", "depthwise"): cnn_depthwise_backward_elementwise_flops,
    ("cnn", "noop"): cnn_noop_backward_elementwise_flops,
    ("cnn", "norm"): cnn_norm_backward_elementwise_flops,
    ("transformer", "attention"): transformer_attention_backward_elementwise_flops,
    ("transformer", "flex_attention"): transformer_flex_attention_backward_elementwise_flops,
    ("transformer", "lora"): transformer_lora_backward_elementwise_flops,
    ("transformer", "lora_large"): transformer_lora_large_backward_elementwise_flops,
    ("transformer", "mlp"): transformer_mlp_backward_elementwise_flops,
    ("transformer", "mlp_small"): transformer_mlp_small_backward_elementwise_flops,
    ("transformer", "noop"): transformer_noop_backward_elementwise_flops,
    ("transformer", "norm"): transformer_norm_backward_elementwise_flops,
}

_ACTIVATION_BYTES: dict[tuple[str, str], Callable[..., int]] = {
    ("cnn", "attention"): cnn_attention_activation_bytes,
    ("cnn", "bottleneck"): cnn_bottleneck_activation_bytes,
    ("cnn", "conv_heavy"): cnn_conv_heavy_activation_bytes,
    ("cnn", "conv_light"): cnn_conv_light_activation_bytes,
    ("cnn", "conv_small"): cnn_conv_small_activation_bytes,
    ("cnn", "depthwise"): cnn_depthwise_activation_bytes,
    ("cnn", "noop"): cnn_noop_activation_bytes,
    ("cnn", "norm"): cnn_norm_activation_bytes,
    ("transformer", "attention"): transformer_attention_activation_bytes,
    ("transformer", "flex_attention"): transformer_flex_attention_activation_bytes,
    ("transformer", "lora"): transformer_lora_activation_bytes,
    ("transformer", "lora_large"): transformer_lora_large_activation_bytes,
    ("transformer", "mlp"): transformer_mlp_activation_bytes,
    ("transformer", "mlp_small"): transformer_mlp_small_activation_bytes,
    ("transformer", "noop"): transformer_noop_activation_bytes,
    ("transformer", "norm"): transformer_norm_activation_bytes,
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
_INPUTS: dict[str, tuple[str, ...]] = {
    "cnn": ("batch", "height", "width"),
    "transformer": ("batch", "seq_len"),
}


def _lookup(
    table: dict[tuple[str, str], Callable[..., int]], topology: str, name: str
) -> Callable[..., int]:
    try:
        return table[(topology, name)]
    except KeyError:
        known = ", ".join(n for t, n in BLUEPRINTS if t == topology) or "none"
        raise ValueError(f"unknown blueprint {topology}/{name}; {topology} has: {known}") from None


def _check_hyper(topology: str, name: str, hyper: dict[str, object]) -> None:
    accepted = _HYPER[(topology, name)]
    unknown = sorted(set(hyper) - set(accepted))
    if unknown:
        raise TypeError(
            f"{topology}/{name}: unknown hyperparameter(s) {', '.join(unknown)}; "
            f"accepted: {', '.join(accepted) or 'none'}"
        )


def _dispatch(
    table: dict[tuple[str, str], Callable[..., int]],
    topology: str,
    name: str,
    dim: int,
    hyper: dict[str, object],
    **options: object,
) -> int:
    function = _lookup(table, topology, name)
    _check_hyper(topology, name, hyper)
    return function(dim, **options, **hyper)


def _dispatch_flops(
    table: dict[tuple[str, str], Callable[..., int]],
    topology: str,
    name: str,
    dim: int,
    arguments: dict[str, object],
) -> int:
    function = _lookup(table, topology, name)
    expected = _INPUTS[topology]
    missing = [n for n in expected if n not in arguments]
    sizes = {n for names in _INPUTS.values() for n in names}
    stray = sorted(n for n in arguments if n in sizes and n not in expected)
    if missing or stray:
        raise TypeError(
            f"{topology} inputs take {', '.join(expected)}"
            + (f"; missing: {', '.join(missing)}" if missing else "")
            + (f"; unexpected: {', '.join(stray)}" if stray else "")
        )
    _check_hyper(topology, name, {k: v for k, v in arguments.items() if k not in expected})
    return function(dim, **arguments)


def param_count(topology: str, name: str, dim: int, **hyper: object) -> int:
    """Exact parameter count of topology/name at dim (see the per-blueprint functions)."""
    return _dispatch(_PARAMS, topology, name, dim, hyper)


def buffer_count(topology: str, name: str, dim: int, **hyper: object) -> int:
    """Exact buffer element count (running statistics and the like) of topology/name."""
    return _dispatch(_BUFFERS, topology, name, dim, hyper)


def training_state_bytes(
    topology: str, name: str, dim: int, *, optimizer: str = "adam", **hyper: object
) -> int:
    """Bytes of the parameters, gradients and optimizer state of topology/name."""
    return _dispatch(_TRAINING_STATE_BYTES, topology, name, dim, hyper, optimizer=optimizer)


def forward_flops(topology: str, name: str, dim: int, **sizes_and_hyper: object) -> int:
    """FLOPs of the forward pass of topology/name (FlopCounterMode's convention).

    Keywords: the input sizes of the topology (cnn: batch, height, width; transformer: batch,
    seq_len) and the blueprint's hyperparameters.
    """
    return _dispatch_flops(_FORWARD_FLOPS, topology, name, dim, sizes_and_hyper)


def backward_flops(topology: str, name: str, dim: int, **sizes_and_hyper: object) -> int:
    """FLOPs of the backward pass of topology/name (FlopCounterMode's convention).

    Keywords: the input sizes of the topology (cnn: batch, height, width; transformer: batch,
    seq_len) and the blueprint's hyperparameters.
    """
    return _dispatch_flops(_BACKWARD_FLOPS, topology, name, dim, sizes_and_hyper)


def elementwise_flops(topology: str, name: str, dim: int, **sizes_and_hyper: object) -> int:
    """Elementwise operations of the forward pass of topology/name (see the README's table).

    Keywords: the input sizes of the topology (cnn: batch, height, width; transformer: batch,
    seq_len) and the blueprint's hyperparameters.
    """
    return _dispatch_flops(_ELEMENTWISE_FLOPS, topology, name, dim, sizes_and_hyper)


def backward_elementwise_flops(
    topology: str, name: str, dim: int, **sizes_and_hyper: object
) -> int:
    """Elementwise operations of the backward pass of topology/name (the README's table).

    Keywords: the input sizes of the topology (cnn: batch, height, width; transformer: batch,
    seq_len) and the blueprint's hyperparameters.
    """
    return _dispatch_flops(_BACKWARD_ELEMENTWISE_FLOPS, topology, name, dim, sizes_and_hyper)


def activation_bytes(topology: str, name: str, dim: int, **sizes_and_hyper: object) -> int:
    """Bytes autograd saves for the backward pass during module(x) of topology/name.

    Keywords: the input sizes of the topology (cnn: batch, height, width; transformer: batch,
    seq_len) and the blueprint's hyperparameters.
    """
    return _dispatch_flops(_ACTIVATION_BYTES, topology, name, dim, sizes_and_hyper)
