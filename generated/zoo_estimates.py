"""Exact cost estimates of the registered blueprints.

GENERATED FILE, do not edit. Made by `python -m codegen` (blueprint-estimates) from the
blueprints registered by `zoo`. Regenerate after changing a blueprint;
`python -m codegen --check` fails while this file is stale.

Every formula below was derived symbolically from the module the factory builds and is exact
on the domain its docstring states; outside that domain the functions raise ValueError rather
than extrapolate. Plain Python, integer arithmetic only: no torch, no sympy.
"""

from __future__ import annotations

from collections.abc import Callable

BLUEPRINTS: tuple[tuple[str, str], ...] = (
    ("cnn", "batchnorm_residual"),
    ("cnn", "classifier_head"),
    ("cnn", "conv2d_dilated"),
    ("cnn", "conv2d_grouped"),
    ("cnn", "conv2d_strided"),
    ("cnn", "conv_transpose2d_avgpool"),
    ("cnn", "conv_transpose2d_grouped"),
    ("cnn", "convnext_block"),
    ("cnn", "groupnorm_silu"),
    ("cnn", "instancenorm_prelu"),
    ("cnn", "mobilenetv2_inverted_residual"),
    ("cnn", "pooling"),
    ("cnn", "resnet_basic"),
    ("cnn", "resnet_bottleneck"),
    ("cnn", "upsample_bilinear"),
    ("cnn", "upsample_nearest"),
    ("cnn1d", "conv1d_dilated_strided"),
    ("cnn1d", "conv1d_grouped"),
    ("cnn1d", "conv_transpose1d"),
    ("cnn1d", "pool1d"),
    ("cnn3d", "conv3d_depthwise_strided"),
    ("cnn3d", "conv3d_grouped_dilated"),
    ("cnn3d", "conv_transpose3d"),
    ("cnn3d", "pool_upsample3d"),
    ("transformer", "activation_mlp"),
    ("transformer", "bilinear"),
    ("transformer", "decoder_layer"),
    ("transformer", "encoder_layer"),
    ("transformer", "glu"),
    ("transformer", "gpt2_block"),
    ("transformer", "gpt_layer"),
    ("transformer", "gru_bidirectional"),
    ("transformer", "layernorm"),
    ("transformer", "linear"),
    ("transformer", "llama_decoder_layer"),
    ("transformer", "lstm"),
    ("transformer", "mha"),
    ("transformer", "mha_kdim"),
    ("transformer", "mha_no_bias"),
    ("transformer", "rmsnorm"),
    ("transformer", "vit_attention"),
    ("transformer", "vit_layer"),
    ("transformer", "vit_mlp"),
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


def cnn_batchnorm_residual_params(dim: int) -> int:
    """Parameters of cnn/batchnorm_residual.

    X + ReLU(BatchNorm2d(Conv2d 3x3 (x))).
    Built by zoo.torch_layers.batchnorm_residual(); exact for 1 <= dim <= 65536.

    everywhere: 9 * dim**2 + 2 * dim

    Per submodule:
        body.0 (Conv2d): 9 * dim**2
        body.1 (BatchNorm2d): 2 * dim
    """
    _check_int("cnn/batchnorm_residual", "dim", dim, 1, 65536)
    return 9 * dim**2 + 2 * dim


def cnn_batchnorm_residual_buffers(dim: int) -> int:
    """Buffer elements of cnn/batchnorm_residual.

    X + ReLU(BatchNorm2d(Conv2d 3x3 (x))).
    Built by zoo.torch_layers.batchnorm_residual(); exact for 1 <= dim <= 65536.

    everywhere: 2 * dim + 1

    Per submodule:
        body.1 (BatchNorm2d): 2 * dim + 1
    """
    _check_int("cnn/batchnorm_residual", "dim", dim, 1, 65536)
    return 2 * dim + 1


def cnn_batchnorm_residual_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/batchnorm_residual.

    X + ReLU(BatchNorm2d(Conv2d 3x3 (x))).
    Built by zoo.torch_layers.batchnorm_residual(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 72 * dim**2 + 16 * dim

        Per submodule:
            body.0 (Conv2d): 72 * dim**2
            body.1 (BatchNorm2d): 16 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 108 * dim**2 + 24 * dim

        Per submodule:
            body.0 (Conv2d): 108 * dim**2
            body.1 (BatchNorm2d): 24 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 144 * dim**2 + 32 * dim + 12

        Per submodule:
            body.0 (Conv2d): 144 * dim**2 + 4
            body.1 (BatchNorm2d): 32 * dim + 8
    """
    _check_int("cnn/batchnorm_residual", "dim", dim, 1, 65536)
    _check_choice(
        "cnn/batchnorm_residual", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 72 * dim**2 + 16 * dim
    if optimizer == "sgd_momentum":
        return 108 * dim**2 + 24 * dim
    return 144 * dim**2 + 32 * dim + 12


def cnn_batchnorm_residual_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/batchnorm_residual.

    X + ReLU(BatchNorm2d(Conv2d 3x3 (x))).
    Built by zoo.torch_layers.batchnorm_residual(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if batch == 1 and -height * width >= -1: ValueError (the training step raises)
    otherwise: 18 * batch * dim**2 * height * width

    Per submodule:
        otherwise:
            body.0 (Conv2d): 18 * batch * dim**2 * height * width
    """
    _check_int("cnn/batchnorm_residual", "dim", dim, 1, 65536)
    _check_int("cnn/batchnorm_residual", "batch", batch, 1, 65536)
    _check_int("cnn/batchnorm_residual", "height", height, 1, 65536)
    _check_int("cnn/batchnorm_residual", "width", width, 1, 65536)
    if batch == 1 and -height * width >= -1:
        raise ValueError(
            f"cnn/batchnorm_residual: no training step at dim={dim}, batch={batch}, "
            f"height={height}, width={width}; "
            "the training step raises ValueError where batch == 1 and -height * width >= -1 "
            "(zoo/common.py, in forward)"
        )
    return 18 * batch * dim**2 * height * width


def cnn_batchnorm_residual_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/batchnorm_residual.

    X + ReLU(BatchNorm2d(Conv2d 3x3 (x))).
    Built by zoo.torch_layers.batchnorm_residual(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if batch == 1 and -height * width >= -1: ValueError (the training step raises)
    otherwise: 36 * batch * dim**2 * height * width

    Per submodule:
        otherwise:
            body.0 (Conv2d): 36 * batch * dim**2 * height * width
    """
    _check_int("cnn/batchnorm_residual", "dim", dim, 1, 65536)
    _check_int("cnn/batchnorm_residual", "batch", batch, 1, 65536)
    _check_int("cnn/batchnorm_residual", "height", height, 1, 65536)
    _check_int("cnn/batchnorm_residual", "width", width, 1, 65536)
    if batch == 1 and -height * width >= -1:
        raise ValueError(
            f"cnn/batchnorm_residual: no training step at dim={dim}, batch={batch}, "
            f"height={height}, width={width}; "
            "the training step raises ValueError where batch == 1 and -height * width >= -1 "
            "(zoo/common.py, in forward)"
        )
    return 36 * batch * dim**2 * height * width


def cnn_batchnorm_residual_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Forward elementwise operations of cnn/batchnorm_residual.

    X + ReLU(BatchNorm2d(Conv2d 3x3 (x))).
    Built by zoo.torch_layers.batchnorm_residual(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if batch == 1 and -height * width >= -1: ValueError (the training step raises)
    otherwise: 7 * batch * dim * height * width + 1

    Per submodule:
        otherwise:
            self (Residual): batch * dim * height * width
            body.1 (BatchNorm2d): 5 * batch * dim * height * width + 1
            body.2 (ReLU): batch * dim * height * width
    """
    _check_int("cnn/batchnorm_residual", "dim", dim, 1, 65536)
    _check_int("cnn/batchnorm_residual", "batch", batch, 1, 65536)
    _check_int("cnn/batchnorm_residual", "height", height, 1, 65536)
    _check_int("cnn/batchnorm_residual", "width", width, 1, 65536)
    if batch == 1 and -height * width >= -1:
        raise ValueError(
            f"cnn/batchnorm_residual: no training step at dim={dim}, batch={batch}, "
            f"height={height}, width={width}; "
            "the training step raises ValueError where batch == 1 and -height * width >= -1 "
            "(zoo/common.py, in forward)"
        )
    return 7 * batch * dim * height * width + 1


def cnn_batchnorm_residual_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/batchnorm_residual.

    X + ReLU(BatchNorm2d(Conv2d 3x3 (x))).
    Built by zoo.torch_layers.batchnorm_residual(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if batch == 1 and -height * width >= -1: ValueError (the training step raises)
    otherwise: 10 * batch * dim * height * width

    Per submodule:
        otherwise:
            body.0 (Conv2d): batch * dim * height * width
            body.1 (BatchNorm2d): 8 * batch * dim * height * width
            body.2 (ReLU): batch * dim * height * width
    """
    _check_int("cnn/batchnorm_residual", "dim", dim, 1, 65536)
    _check_int("cnn/batchnorm_residual", "batch", batch, 1, 65536)
    _check_int("cnn/batchnorm_residual", "height", height, 1, 65536)
    _check_int("cnn/batchnorm_residual", "width", width, 1, 65536)
    if batch == 1 and -height * width >= -1:
        raise ValueError(
            f"cnn/batchnorm_residual: no training step at dim={dim}, batch={batch}, "
            f"height={height}, width={width}; "
            "the training step raises ValueError where batch == 1 and -height * width >= -1 "
            "(zoo/common.py, in forward)"
        )
    return 10 * batch * dim * height * width


def cnn_batchnorm_residual_activation_bytes(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Activation bytes of cnn/batchnorm_residual.

    X + ReLU(BatchNorm2d(Conv2d 3x3 (x))).
    Built by zoo.torch_layers.batchnorm_residual(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if batch == 1 and -height * width >= -1: ValueError (the training step raises)
    otherwise: 12 * batch * dim * height * width + 8 * dim

    Per submodule:
        otherwise:
            body.0 (Conv2d): 4 * batch * dim * height * width
            body.1 (BatchNorm2d): 4 * batch * dim * height * width + 8 * dim
            body.2 (ReLU): 4 * batch * dim * height * width
    """
    _check_int("cnn/batchnorm_residual", "dim", dim, 1, 65536)
    _check_int("cnn/batchnorm_residual", "batch", batch, 1, 65536)
    _check_int("cnn/batchnorm_residual", "height", height, 1, 65536)
    _check_int("cnn/batchnorm_residual", "width", width, 1, 65536)
    if batch == 1 and -height * width >= -1:
        raise ValueError(
            f"cnn/batchnorm_residual: no training step at dim={dim}, batch={batch}, "
            f"height={height}, width={width}; "
            "the training step raises ValueError where batch == 1 and -height * width >= -1 "
            "(zoo/common.py, in forward)"
        )
    return 12 * batch * dim * height * width + 8 * dim


def cnn_classifier_head_params(dim: int) -> int:
    """Parameters of cnn/classifier_head.

    AdaptiveAvgPool2d(1) . Flatten . Linear(dim, 10).
    Built by zoo.torch_layers.classifier_head(); exact for 1 <= dim <= 65536.

    everywhere: 10 * dim + 10

    Per submodule:
        2 (Linear): 10 * dim + 10
    """
    _check_int("cnn/classifier_head", "dim", dim, 1, 65536)
    return 10 * dim + 10


def cnn_classifier_head_buffers(dim: int) -> int:
    """Buffer elements of cnn/classifier_head.

    AdaptiveAvgPool2d(1) . Flatten . Linear(dim, 10).
    Built by zoo.torch_layers.classifier_head(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("cnn/classifier_head", "dim", dim, 1, 65536)
    return 0


def cnn_classifier_head_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/classifier_head.

    AdaptiveAvgPool2d(1) . Flatten . Linear(dim, 10).
    Built by zoo.torch_layers.classifier_head(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 80 * dim + 80

        Per submodule:
            2 (Linear): 80 * dim + 80

    if optimizer == 'sgd_momentum':

        everywhere: 120 * dim + 120

        Per submodule:
            2 (Linear): 120 * dim + 120

    if optimizer in ('adam', 'adamw'):

        everywhere: 160 * dim + 168

        Per submodule:
            2 (Linear): 160 * dim + 168
    """
    _check_int("cnn/classifier_head", "dim", dim, 1, 65536)
    _check_choice(
        "cnn/classifier_head", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 80 * dim + 80
    if optimizer == "sgd_momentum":
        return 120 * dim + 120
    return 160 * dim + 168


def cnn_classifier_head_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/classifier_head.

    AdaptiveAvgPool2d(1) . Flatten . Linear(dim, 10).
    Built by zoo.torch_layers.classifier_head(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    everywhere: 20 * batch * dim

    Per submodule:
        2 (Linear): 20 * batch * dim
    """
    _check_int("cnn/classifier_head", "dim", dim, 1, 65536)
    _check_int("cnn/classifier_head", "batch", batch, 1, 65536)
    _check_int("cnn/classifier_head", "height", height, 1, 65536)
    _check_int("cnn/classifier_head", "width", width, 1, 65536)
    return 20 * batch * dim


def cnn_classifier_head_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/classifier_head.

    AdaptiveAvgPool2d(1) . Flatten . Linear(dim, 10).
    Built by zoo.torch_layers.classifier_head(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    everywhere: 40 * batch * dim

    Per submodule:
        2 (Linear): 40 * batch * dim
    """
    _check_int("cnn/classifier_head", "dim", dim, 1, 65536)
    _check_int("cnn/classifier_head", "batch", batch, 1, 65536)
    _check_int("cnn/classifier_head", "height", height, 1, 65536)
    _check_int("cnn/classifier_head", "width", width, 1, 65536)
    return 40 * batch * dim


def cnn_classifier_head_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward elementwise operations of cnn/classifier_head.

    AdaptiveAvgPool2d(1) . Flatten . Linear(dim, 10).
    Built by zoo.torch_layers.classifier_head(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    everywhere: batch * dim * height * width

    Per submodule:
        0 (AdaptiveAvgPool2d): batch * dim * height * width
    """
    _check_int("cnn/classifier_head", "dim", dim, 1, 65536)
    _check_int("cnn/classifier_head", "batch", batch, 1, 65536)
    _check_int("cnn/classifier_head", "height", height, 1, 65536)
    _check_int("cnn/classifier_head", "width", width, 1, 65536)
    return batch * dim * height * width


def cnn_classifier_head_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/classifier_head.

    AdaptiveAvgPool2d(1) . Flatten . Linear(dim, 10).
    Built by zoo.torch_layers.classifier_head(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    everywhere: batch * dim * height * width + 10 * batch

    Per submodule:
        0 (AdaptiveAvgPool2d): batch * dim * height * width
        2 (Linear): 10 * batch
    """
    _check_int("cnn/classifier_head", "dim", dim, 1, 65536)
    _check_int("cnn/classifier_head", "batch", batch, 1, 65536)
    _check_int("cnn/classifier_head", "height", height, 1, 65536)
    _check_int("cnn/classifier_head", "width", width, 1, 65536)
    return batch * dim * height * width + 10 * batch


def cnn_classifier_head_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/classifier_head.

    AdaptiveAvgPool2d(1) . Flatten . Linear(dim, 10).
    Built by zoo.torch_layers.classifier_head(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    everywhere: 4 * batch * dim

    Per submodule:
        2 (Linear): 4 * batch * dim
    """
    _check_int("cnn/classifier_head", "dim", dim, 1, 65536)
    _check_int("cnn/classifier_head", "batch", batch, 1, 65536)
    _check_int("cnn/classifier_head", "height", height, 1, 65536)
    _check_int("cnn/classifier_head", "width", width, 1, 65536)
    return 4 * batch * dim


def cnn_conv2d_dilated_params(dim: int) -> int:
    """Parameters of cnn/conv2d_dilated.

    Dilated Conv2d 3x3 (dilation 2, no bias) . ReLU.
    Built by zoo.torch_layers.conv2d_dilated(); exact for 1 <= dim <= 65536.

    everywhere: 9 * dim**2

    Per submodule:
        0 (Conv2d): 9 * dim**2
    """
    _check_int("cnn/conv2d_dilated", "dim", dim, 1, 65536)
    return 9 * dim**2


def cnn_conv2d_dilated_buffers(dim: int) -> int:
    """Buffer elements of cnn/conv2d_dilated.

    Dilated Conv2d 3x3 (dilation 2, no bias) . ReLU.
    Built by zoo.torch_layers.conv2d_dilated(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("cnn/conv2d_dilated", "dim", dim, 1, 65536)
    return 0


def cnn_conv2d_dilated_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/conv2d_dilated.

    Dilated Conv2d 3x3 (dilation 2, no bias) . ReLU.
    Built by zoo.torch_layers.conv2d_dilated(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 72 * dim**2

        Per submodule:
            0 (Conv2d): 72 * dim**2

    if optimizer == 'sgd_momentum':

        everywhere: 108 * dim**2

        Per submodule:
            0 (Conv2d): 108 * dim**2

    if optimizer in ('adam', 'adamw'):

        everywhere: 144 * dim**2 + 4

        Per submodule:
            0 (Conv2d): 144 * dim**2 + 4
    """
    _check_int("cnn/conv2d_dilated", "dim", dim, 1, 65536)
    _check_choice(
        "cnn/conv2d_dilated", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 72 * dim**2
    if optimizer == "sgd_momentum":
        return 108 * dim**2
    return 144 * dim**2 + 4


def cnn_conv2d_dilated_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/conv2d_dilated.

    Dilated Conv2d 3x3 (dilation 2, no bias) . ReLU.
    Built by zoo.torch_layers.conv2d_dilated(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    everywhere: 18 * batch * dim**2 * height * width

    Per submodule:
        0 (Conv2d): 18 * batch * dim**2 * height * width
    """
    _check_int("cnn/conv2d_dilated", "dim", dim, 1, 65536)
    _check_int("cnn/conv2d_dilated", "batch", batch, 1, 65536)
    _check_int("cnn/conv2d_dilated", "height", height, 1, 65536)
    _check_int("cnn/conv2d_dilated", "width", width, 1, 65536)
    return 18 * batch * dim**2 * height * width


def cnn_conv2d_dilated_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/conv2d_dilated.

    Dilated Conv2d 3x3 (dilation 2, no bias) . ReLU.
    Built by zoo.torch_layers.conv2d_dilated(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    everywhere: 36 * batch * dim**2 * height * width

    Per submodule:
        0 (Conv2d): 36 * batch * dim**2 * height * width
    """
    _check_int("cnn/conv2d_dilated", "dim", dim, 1, 65536)
    _check_int("cnn/conv2d_dilated", "batch", batch, 1, 65536)
    _check_int("cnn/conv2d_dilated", "height", height, 1, 65536)
    _check_int("cnn/conv2d_dilated", "width", width, 1, 65536)
    return 36 * batch * dim**2 * height * width


def cnn_conv2d_dilated_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward elementwise operations of cnn/conv2d_dilated.

    Dilated Conv2d 3x3 (dilation 2, no bias) . ReLU.
    Built by zoo.torch_layers.conv2d_dilated(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    everywhere: batch * dim * height * width

    Per submodule:
        1 (ReLU): batch * dim * height * width
    """
    _check_int("cnn/conv2d_dilated", "dim", dim, 1, 65536)
    _check_int("cnn/conv2d_dilated", "batch", batch, 1, 65536)
    _check_int("cnn/conv2d_dilated", "height", height, 1, 65536)
    _check_int("cnn/conv2d_dilated", "width", width, 1, 65536)
    return batch * dim * height * width


def cnn_conv2d_dilated_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/conv2d_dilated.

    Dilated Conv2d 3x3 (dilation 2, no bias) . ReLU.
    Built by zoo.torch_layers.conv2d_dilated(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    everywhere: batch * dim * height * width

    Per submodule:
        1 (ReLU): batch * dim * height * width
    """
    _check_int("cnn/conv2d_dilated", "dim", dim, 1, 65536)
    _check_int("cnn/conv2d_dilated", "batch", batch, 1, 65536)
    _check_int("cnn/conv2d_dilated", "height", height, 1, 65536)
    _check_int("cnn/conv2d_dilated", "width", width, 1, 65536)
    return batch * dim * height * width


def cnn_conv2d_dilated_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/conv2d_dilated.

    Dilated Conv2d 3x3 (dilation 2, no bias) . ReLU.
    Built by zoo.torch_layers.conv2d_dilated(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    everywhere: 8 * batch * dim * height * width

    Per submodule:
        0 (Conv2d): 4 * batch * dim * height * width
        1 (ReLU): 4 * batch * dim * height * width
    """
    _check_int("cnn/conv2d_dilated", "dim", dim, 1, 65536)
    _check_int("cnn/conv2d_dilated", "batch", batch, 1, 65536)
    _check_int("cnn/conv2d_dilated", "height", height, 1, 65536)
    _check_int("cnn/conv2d_dilated", "width", width, 1, 65536)
    return 8 * batch * dim * height * width


def cnn_conv2d_grouped_params(dim: int, *, groups: int = 4) -> int:
    """Parameters of cnn/conv2d_grouped.

    Grouped Conv2d 3x3.
    Built by zoo.torch_layers.conv2d_grouped(); exact for 1 <= dim <= 65536, 1 <= groups <= 8.

    if dim % groups != 0: ValueError (the factory rejects it)
    otherwise: 9 * dim * (dim // groups) + dim

    Per submodule:
        otherwise:
            self (Conv2d): 9 * dim * (dim // groups) + dim
    """
    _check_int("cnn/conv2d_grouped", "dim", dim, 1, 65536)
    _check_int("cnn/conv2d_grouped", "groups", groups, 1, 8)
    if dim % groups != 0:
        raise ValueError(
            f"cnn/conv2d_grouped: no module at dim={dim}, groups={groups}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "conv2d_grouped)"
        )
    return 9 * dim * (dim // groups) + dim


def cnn_conv2d_grouped_buffers(dim: int, *, groups: int = 4) -> int:
    """Buffer elements of cnn/conv2d_grouped.

    Grouped Conv2d 3x3.
    Built by zoo.torch_layers.conv2d_grouped(); exact for 1 <= dim <= 65536, 1 <= groups <= 8.

    if dim % groups != 0: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("cnn/conv2d_grouped", "dim", dim, 1, 65536)
    _check_int("cnn/conv2d_grouped", "groups", groups, 1, 8)
    if dim % groups != 0:
        raise ValueError(
            f"cnn/conv2d_grouped: no module at dim={dim}, groups={groups}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "conv2d_grouped)"
        )
    return 0


def cnn_conv2d_grouped_training_state_bytes(
    dim: int, *, optimizer: str = "adam", groups: int = 4
) -> int:
    """Training state bytes of cnn/conv2d_grouped.

    Grouped Conv2d 3x3.
    Built by zoo.torch_layers.conv2d_grouped(); exact for 1 <= dim <= 65536, 1 <= groups <= 8.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        if dim % groups != 0: ValueError (the factory rejects it)
        otherwise: 72 * dim * (dim // groups) + 8 * dim

        Per submodule:
            otherwise:
                self (Conv2d): 72 * dim * (dim // groups) + 8 * dim

    if optimizer == 'sgd_momentum':

        if dim % groups != 0: ValueError (the factory rejects it)
        otherwise: 108 * dim * (dim // groups) + 12 * dim

        Per submodule:
            otherwise:
                self (Conv2d): 108 * dim * (dim // groups) + 12 * dim

    if optimizer in ('adam', 'adamw'):

        if dim % groups != 0: ValueError (the factory rejects it)
        otherwise: 144 * dim * (dim // groups) + 16 * dim + 8

        Per submodule:
            otherwise:
                self (Conv2d): 144 * dim * (dim // groups) + 16 * dim + 8
    """
    _check_int("cnn/conv2d_grouped", "dim", dim, 1, 65536)
    _check_int("cnn/conv2d_grouped", "groups", groups, 1, 8)
    _check_choice(
        "cnn/conv2d_grouped", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        if dim % groups != 0:
            raise ValueError(
                f"cnn/conv2d_grouped: no module at dim={dim}, groups={groups}; "
                "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
                "conv2d_grouped)"
            )
        return 72 * dim * (dim // groups) + 8 * dim
    if optimizer == "sgd_momentum":
        if dim % groups != 0:
            raise ValueError(
                f"cnn/conv2d_grouped: no module at dim={dim}, groups={groups}; "
                "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
                "conv2d_grouped)"
            )
        return 108 * dim * (dim // groups) + 12 * dim
    if dim % groups != 0:
        raise ValueError(
            f"cnn/conv2d_grouped: no module at dim={dim}, groups={groups}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "conv2d_grouped)"
        )
    return 144 * dim * (dim // groups) + 16 * dim + 8


def cnn_conv2d_grouped_forward_flops(
    dim: int, *, batch: int, height: int, width: int, groups: int = 4
) -> int:
    """Forward FLOPs of cnn/conv2d_grouped.

    Grouped Conv2d 3x3.
    Built by zoo.torch_layers.conv2d_grouped(); exact for 1 <= dim <= 65536, 1 <= groups <= 8,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if dim % groups != 0: ValueError (the factory rejects it)
    otherwise: 18 * batch * dim * (dim // groups) * height * width

    Per submodule:
        otherwise:
            self (Conv2d): 18 * batch * dim * (dim // groups) * height * width
    """
    _check_int("cnn/conv2d_grouped", "dim", dim, 1, 65536)
    _check_int("cnn/conv2d_grouped", "groups", groups, 1, 8)
    _check_int("cnn/conv2d_grouped", "batch", batch, 1, 65536)
    _check_int("cnn/conv2d_grouped", "height", height, 1, 65536)
    _check_int("cnn/conv2d_grouped", "width", width, 1, 65536)
    if dim % groups != 0:
        raise ValueError(
            f"cnn/conv2d_grouped: no module at dim={dim}, groups={groups}, batch={batch}, "
            f"height={height}, width={width}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "conv2d_grouped)"
        )
    return 18 * batch * dim * (dim // groups) * height * width


def cnn_conv2d_grouped_backward_flops(
    dim: int, *, batch: int, height: int, width: int, groups: int = 4
) -> int:
    """Backward FLOPs of cnn/conv2d_grouped.

    Grouped Conv2d 3x3.
    Built by zoo.torch_layers.conv2d_grouped(); exact for 1 <= dim <= 65536, 1 <= groups <= 8,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if dim % groups != 0: ValueError (the factory rejects it)
    otherwise: 36 * batch * dim * (dim // groups) * height * width

    Per submodule:
        otherwise:
            self (Conv2d): 36 * batch * dim * (dim // groups) * height * width
    """
    _check_int("cnn/conv2d_grouped", "dim", dim, 1, 65536)
    _check_int("cnn/conv2d_grouped", "groups", groups, 1, 8)
    _check_int("cnn/conv2d_grouped", "batch", batch, 1, 65536)
    _check_int("cnn/conv2d_grouped", "height", height, 1, 65536)
    _check_int("cnn/conv2d_grouped", "width", width, 1, 65536)
    if dim % groups != 0:
        raise ValueError(
            f"cnn/conv2d_grouped: no module at dim={dim}, groups={groups}, batch={batch}, "
            f"height={height}, width={width}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "conv2d_grouped)"
        )
    return 36 * batch * dim * (dim // groups) * height * width


def cnn_conv2d_grouped_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int, groups: int = 4
) -> int:
    """Forward elementwise operations of cnn/conv2d_grouped.

    Grouped Conv2d 3x3.
    Built by zoo.torch_layers.conv2d_grouped(); exact for 1 <= dim <= 65536, 1 <= groups <= 8,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if dim % groups != 0: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("cnn/conv2d_grouped", "dim", dim, 1, 65536)
    _check_int("cnn/conv2d_grouped", "groups", groups, 1, 8)
    _check_int("cnn/conv2d_grouped", "batch", batch, 1, 65536)
    _check_int("cnn/conv2d_grouped", "height", height, 1, 65536)
    _check_int("cnn/conv2d_grouped", "width", width, 1, 65536)
    if dim % groups != 0:
        raise ValueError(
            f"cnn/conv2d_grouped: no module at dim={dim}, groups={groups}, batch={batch}, "
            f"height={height}, width={width}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "conv2d_grouped)"
        )
    return 0


def cnn_conv2d_grouped_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int, groups: int = 4
) -> int:
    """Backward elementwise operations of cnn/conv2d_grouped.

    Grouped Conv2d 3x3.
    Built by zoo.torch_layers.conv2d_grouped(); exact for 1 <= dim <= 65536, 1 <= groups <= 8,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if dim % groups != 0: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("cnn/conv2d_grouped", "dim", dim, 1, 65536)
    _check_int("cnn/conv2d_grouped", "groups", groups, 1, 8)
    _check_int("cnn/conv2d_grouped", "batch", batch, 1, 65536)
    _check_int("cnn/conv2d_grouped", "height", height, 1, 65536)
    _check_int("cnn/conv2d_grouped", "width", width, 1, 65536)
    if dim % groups != 0:
        raise ValueError(
            f"cnn/conv2d_grouped: no module at dim={dim}, groups={groups}, batch={batch}, "
            f"height={height}, width={width}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "conv2d_grouped)"
        )
    return 0


def cnn_conv2d_grouped_activation_bytes(
    dim: int, *, batch: int, height: int, width: int, groups: int = 4
) -> int:
    """Activation bytes of cnn/conv2d_grouped.

    Grouped Conv2d 3x3.
    Built by zoo.torch_layers.conv2d_grouped(); exact for 1 <= dim <= 65536, 1 <= groups <= 8,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if dim % groups != 0: ValueError (the factory rejects it)
    otherwise: 4 * batch * dim * height * width

    Per submodule:
        otherwise:
            self (Conv2d): 4 * batch * dim * height * width
    """
    _check_int("cnn/conv2d_grouped", "dim", dim, 1, 65536)
    _check_int("cnn/conv2d_grouped", "groups", groups, 1, 8)
    _check_int("cnn/conv2d_grouped", "batch", batch, 1, 65536)
    _check_int("cnn/conv2d_grouped", "height", height, 1, 65536)
    _check_int("cnn/conv2d_grouped", "width", width, 1, 65536)
    if dim % groups != 0:
        raise ValueError(
            f"cnn/conv2d_grouped: no module at dim={dim}, groups={groups}, batch={batch}, "
            f"height={height}, width={width}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "conv2d_grouped)"
        )
    return 4 * batch * dim * height * width


def cnn_conv2d_strided_params(dim: int) -> int:
    """Parameters of cnn/conv2d_strided.

    Conv2d(dim, 2 dim) 3x3 stride 2 (downsampling).
    Built by zoo.torch_layers.conv2d_strided(); exact for 1 <= dim <= 65536.

    everywhere: 18 * dim**2 + 2 * dim

    Per submodule:
        self (Conv2d): 18 * dim**2 + 2 * dim
    """
    _check_int("cnn/conv2d_strided", "dim", dim, 1, 65536)
    return 18 * dim**2 + 2 * dim


def cnn_conv2d_strided_buffers(dim: int) -> int:
    """Buffer elements of cnn/conv2d_strided.

    Conv2d(dim, 2 dim) 3x3 stride 2 (downsampling).
    Built by zoo.torch_layers.conv2d_strided(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("cnn/conv2d_strided", "dim", dim, 1, 65536)
    return 0


def cnn_conv2d_strided_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/conv2d_strided.

    Conv2d(dim, 2 dim) 3x3 stride 2 (downsampling).
    Built by zoo.torch_layers.conv2d_strided(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 144 * dim**2 + 16 * dim

        Per submodule:
            self (Conv2d): 144 * dim**2 + 16 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 216 * dim**2 + 24 * dim

        Per submodule:
            self (Conv2d): 216 * dim**2 + 24 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 288 * dim**2 + 32 * dim + 8

        Per submodule:
            self (Conv2d): 288 * dim**2 + 32 * dim + 8
    """
    _check_int("cnn/conv2d_strided", "dim", dim, 1, 65536)
    _check_choice(
        "cnn/conv2d_strided", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 144 * dim**2 + 16 * dim
    if optimizer == "sgd_momentum":
        return 216 * dim**2 + 24 * dim
    return 288 * dim**2 + 32 * dim + 8


def cnn_conv2d_strided_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/conv2d_strided.

    Conv2d(dim, 2 dim) 3x3 stride 2 (downsampling).
    Built by zoo.torch_layers.conv2d_strided(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if (dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0) or (dim == 1 and width ==
        1 and height != 1 and (height - 1) // 2 == 0): 36 * batch
    otherwise: 36 * batch * dim**2 * ((height - 1) // 2) * ((width - 1) // 2) + 36 * batch * dim**2
        * ((height - 1) // 2) + 36 * batch * dim**2 * ((width - 1) // 2) + 36 * batch * dim**2

    Per submodule:
        if (dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0) or (dim == 1 and
            width == 1 and height != 1 and (height - 1) // 2 == 0):
            self (Conv2d): 36 * batch
        otherwise:
            self (Conv2d): 36 * batch * dim**2 * ((height - 1) // 2) * ((width - 1) // 2) + 36 *
                batch * dim**2 * ((height - 1) // 2) + 36 * batch * dim**2 * ((width - 1) // 2) + 36
                * batch * dim**2
    """
    _check_int("cnn/conv2d_strided", "dim", dim, 1, 65536)
    _check_int("cnn/conv2d_strided", "batch", batch, 1, 65536)
    _check_int("cnn/conv2d_strided", "height", height, 1, 65536)
    _check_int("cnn/conv2d_strided", "width", width, 1, 65536)
    if (dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0) or (
        dim == 1 and width == 1 and height != 1 and (height - 1) // 2 == 0
    ):
        return 36 * batch
    return (
        36 * batch * dim**2 * ((height - 1) // 2) * ((width - 1) // 2)
        + 36 * batch * dim**2 * ((height - 1) // 2)
        + 36 * batch * dim**2 * ((width - 1) // 2)
        + 36 * batch * dim**2
    )


def cnn_conv2d_strided_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/conv2d_strided.

    Conv2d(dim, 2 dim) 3x3 stride 2 (downsampling).
    Built by zoo.torch_layers.conv2d_strided(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if (dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0) or (dim == 1 and width ==
        1 and height != 1 and (height - 1) // 2 == 0): 72 * batch
    otherwise: 72 * batch * dim**2 * ((height - 1) // 2) * ((width - 1) // 2) + 72 * batch * dim**2
        * ((height - 1) // 2) + 72 * batch * dim**2 * ((width - 1) // 2) + 72 * batch * dim**2

    Per submodule:
        if (dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0) or (dim == 1 and
            width == 1 and height != 1 and (height - 1) // 2 == 0):
            self (Conv2d): 72 * batch
        otherwise:
            self (Conv2d): 72 * batch * dim**2 * ((height - 1) // 2) * ((width - 1) // 2) + 72 *
                batch * dim**2 * ((height - 1) // 2) + 72 * batch * dim**2 * ((width - 1) // 2) + 72
                * batch * dim**2
    """
    _check_int("cnn/conv2d_strided", "dim", dim, 1, 65536)
    _check_int("cnn/conv2d_strided", "batch", batch, 1, 65536)
    _check_int("cnn/conv2d_strided", "height", height, 1, 65536)
    _check_int("cnn/conv2d_strided", "width", width, 1, 65536)
    if (dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0) or (
        dim == 1 and width == 1 and height != 1 and (height - 1) // 2 == 0
    ):
        return 72 * batch
    return (
        72 * batch * dim**2 * ((height - 1) // 2) * ((width - 1) // 2)
        + 72 * batch * dim**2 * ((height - 1) // 2)
        + 72 * batch * dim**2 * ((width - 1) // 2)
        + 72 * batch * dim**2
    )


def cnn_conv2d_strided_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward elementwise operations of cnn/conv2d_strided.

    Conv2d(dim, 2 dim) 3x3 stride 2 (downsampling).
    Built by zoo.torch_layers.conv2d_strided(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    everywhere: 0
    """
    _check_int("cnn/conv2d_strided", "dim", dim, 1, 65536)
    _check_int("cnn/conv2d_strided", "batch", batch, 1, 65536)
    _check_int("cnn/conv2d_strided", "height", height, 1, 65536)
    _check_int("cnn/conv2d_strided", "width", width, 1, 65536)
    return 0


def cnn_conv2d_strided_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/conv2d_strided.

    Conv2d(dim, 2 dim) 3x3 stride 2 (downsampling).
    Built by zoo.torch_layers.conv2d_strided(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    everywhere: 0
    """
    _check_int("cnn/conv2d_strided", "dim", dim, 1, 65536)
    _check_int("cnn/conv2d_strided", "batch", batch, 1, 65536)
    _check_int("cnn/conv2d_strided", "height", height, 1, 65536)
    _check_int("cnn/conv2d_strided", "width", width, 1, 65536)
    return 0


def cnn_conv2d_strided_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/conv2d_strided.

    Conv2d(dim, 2 dim) 3x3 stride 2 (downsampling).
    Built by zoo.torch_layers.conv2d_strided(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if (dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0) or (dim == 1 and width ==
        1 and height != 1 and (height - 1) // 2 == 0): 8 * batch
    otherwise: 4 * batch * dim * height * width

    Per submodule:
        if (dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0) or (dim == 1 and
            width == 1 and height != 1 and (height - 1) // 2 == 0):
            self (Conv2d): 8 * batch
        otherwise:
            self (Conv2d): 4 * batch * dim * height * width
    """
    _check_int("cnn/conv2d_strided", "dim", dim, 1, 65536)
    _check_int("cnn/conv2d_strided", "batch", batch, 1, 65536)
    _check_int("cnn/conv2d_strided", "height", height, 1, 65536)
    _check_int("cnn/conv2d_strided", "width", width, 1, 65536)
    if (dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0) or (
        dim == 1 and width == 1 and height != 1 and (height - 1) // 2 == 0
    ):
        return 8 * batch
    return 4 * batch * dim * height * width


def cnn_conv_transpose2d_avgpool_params(dim: int) -> int:
    """Parameters of cnn/conv_transpose2d_avgpool.

    ConvTranspose2d 3x3 stride 2 (doubles H, W) . AvgPool2d 2.
    Built by zoo.torch_layers.conv_transpose2d_avgpool(); exact for 1 <= dim <= 65536.

    everywhere: 9 * dim**2 + dim

    Per submodule:
        0 (ConvTranspose2d): 9 * dim**2 + dim
    """
    _check_int("cnn/conv_transpose2d_avgpool", "dim", dim, 1, 65536)
    return 9 * dim**2 + dim


def cnn_conv_transpose2d_avgpool_buffers(dim: int) -> int:
    """Buffer elements of cnn/conv_transpose2d_avgpool.

    ConvTranspose2d 3x3 stride 2 (doubles H, W) . AvgPool2d 2.
    Built by zoo.torch_layers.conv_transpose2d_avgpool(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("cnn/conv_transpose2d_avgpool", "dim", dim, 1, 65536)
    return 0


def cnn_conv_transpose2d_avgpool_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/conv_transpose2d_avgpool.

    ConvTranspose2d 3x3 stride 2 (doubles H, W) . AvgPool2d 2.
    Built by zoo.torch_layers.conv_transpose2d_avgpool(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 72 * dim**2 + 8 * dim

        Per submodule:
            0 (ConvTranspose2d): 72 * dim**2 + 8 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 108 * dim**2 + 12 * dim

        Per submodule:
            0 (ConvTranspose2d): 108 * dim**2 + 12 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 144 * dim**2 + 16 * dim + 8

        Per submodule:
            0 (ConvTranspose2d): 144 * dim**2 + 16 * dim + 8
    """
    _check_int("cnn/conv_transpose2d_avgpool", "dim", dim, 1, 65536)
    _check_choice(
        "cnn/conv_transpose2d_avgpool",
        "optimizer",
        optimizer,
        ("sgd", "sgd_momentum", "adam", "adamw"),
    )
    if optimizer == "sgd":
        return 72 * dim**2 + 8 * dim
    if optimizer == "sgd_momentum":
        return 108 * dim**2 + 12 * dim
    return 144 * dim**2 + 16 * dim + 8


def cnn_conv_transpose2d_avgpool_forward_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Forward FLOPs of cnn/conv_transpose2d_avgpool.

    ConvTranspose2d 3x3 stride 2 (doubles H, W) . AvgPool2d 2.
    Built by zoo.torch_layers.conv_transpose2d_avgpool(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    everywhere: 18 * batch * dim**2 * height * width

    Per submodule:
        0 (ConvTranspose2d): 18 * batch * dim**2 * height * width
    """
    _check_int("cnn/conv_transpose2d_avgpool", "dim", dim, 1, 65536)
    _check_int("cnn/conv_transpose2d_avgpool", "batch", batch, 1, 65536)
    _check_int("cnn/conv_transpose2d_avgpool", "height", height, 1, 65536)
    _check_int("cnn/conv_transpose2d_avgpool", "width", width, 1, 65536)
    return 18 * batch * dim**2 * height * width


def cnn_conv_transpose2d_avgpool_backward_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward FLOPs of cnn/conv_transpose2d_avgpool.

    ConvTranspose2d 3x3 stride 2 (doubles H, W) . AvgPool2d 2.
    Built by zoo.torch_layers.conv_transpose2d_avgpool(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    everywhere: 36 * batch * dim**2 * height * width

    Per submodule:
        0 (ConvTranspose2d): 36 * batch * dim**2 * height * width
    """
    _check_int("cnn/conv_transpose2d_avgpool", "dim", dim, 1, 65536)
    _check_int("cnn/conv_transpose2d_avgpool", "batch", batch, 1, 65536)
    _check_int("cnn/conv_transpose2d_avgpool", "height", height, 1, 65536)
    _check_int("cnn/conv_transpose2d_avgpool", "width", width, 1, 65536)
    return 36 * batch * dim**2 * height * width


def cnn_conv_transpose2d_avgpool_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Forward elementwise operations of cnn/conv_transpose2d_avgpool.

    ConvTranspose2d 3x3 stride 2 (doubles H, W) . AvgPool2d 2.
    Built by zoo.torch_layers.conv_transpose2d_avgpool(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    everywhere: 4 * batch * dim * height * width

    Per submodule:
        1 (AvgPool2d): 4 * batch * dim * height * width
    """
    _check_int("cnn/conv_transpose2d_avgpool", "dim", dim, 1, 65536)
    _check_int("cnn/conv_transpose2d_avgpool", "batch", batch, 1, 65536)
    _check_int("cnn/conv_transpose2d_avgpool", "height", height, 1, 65536)
    _check_int("cnn/conv_transpose2d_avgpool", "width", width, 1, 65536)
    return 4 * batch * dim * height * width


def cnn_conv_transpose2d_avgpool_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/conv_transpose2d_avgpool.

    ConvTranspose2d 3x3 stride 2 (doubles H, W) . AvgPool2d 2.
    Built by zoo.torch_layers.conv_transpose2d_avgpool(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    everywhere: 4 * batch * dim * height * width

    Per submodule:
        1 (AvgPool2d): 4 * batch * dim * height * width
    """
    _check_int("cnn/conv_transpose2d_avgpool", "dim", dim, 1, 65536)
    _check_int("cnn/conv_transpose2d_avgpool", "batch", batch, 1, 65536)
    _check_int("cnn/conv_transpose2d_avgpool", "height", height, 1, 65536)
    _check_int("cnn/conv_transpose2d_avgpool", "width", width, 1, 65536)
    return 4 * batch * dim * height * width


def cnn_conv_transpose2d_avgpool_activation_bytes(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Activation bytes of cnn/conv_transpose2d_avgpool.

    ConvTranspose2d 3x3 stride 2 (doubles H, W) . AvgPool2d 2.
    Built by zoo.torch_layers.conv_transpose2d_avgpool(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    everywhere: 20 * batch * dim * height * width

    Per submodule:
        0 (ConvTranspose2d): 4 * batch * dim * height * width
        1 (AvgPool2d): 16 * batch * dim * height * width
    """
    _check_int("cnn/conv_transpose2d_avgpool", "dim", dim, 1, 65536)
    _check_int("cnn/conv_transpose2d_avgpool", "batch", batch, 1, 65536)
    _check_int("cnn/conv_transpose2d_avgpool", "height", height, 1, 65536)
    _check_int("cnn/conv_transpose2d_avgpool", "width", width, 1, 65536)
    return 20 * batch * dim * height * width


def cnn_conv_transpose2d_grouped_params(dim: int) -> int:
    """Parameters of cnn/conv_transpose2d_grouped.

    ConvTranspose2d 3x3, 2 groups, dilation 2, stride 2.
    Built by zoo.torch_layers.conv_transpose2d_grouped(); exact for 1 <= dim <= 65536.

    if dim % 2 != 0: ValueError (the factory rejects it)
    otherwise: 9 * dim * (dim // 2) + dim

    Per submodule:
        otherwise:
            self (ConvTranspose2d): 9 * dim * (dim // 2) + dim
    """
    _check_int("cnn/conv_transpose2d_grouped", "dim", dim, 1, 65536)
    if dim % 2 != 0:
        raise ValueError(
            f"cnn/conv_transpose2d_grouped: no module at dim={dim}; "
            "the factory raises ValueError where dim % 2 != 0 (zoo/torch_layers.py, in "
            "conv_transpose2d_grouped)"
        )
    return 9 * dim * (dim // 2) + dim


def cnn_conv_transpose2d_grouped_buffers(dim: int) -> int:
    """Buffer elements of cnn/conv_transpose2d_grouped.

    ConvTranspose2d 3x3, 2 groups, dilation 2, stride 2.
    Built by zoo.torch_layers.conv_transpose2d_grouped(); exact for 1 <= dim <= 65536.

    if dim % 2 != 0: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("cnn/conv_transpose2d_grouped", "dim", dim, 1, 65536)
    if dim % 2 != 0:
        raise ValueError(
            f"cnn/conv_transpose2d_grouped: no module at dim={dim}; "
            "the factory raises ValueError where dim % 2 != 0 (zoo/torch_layers.py, in "
            "conv_transpose2d_grouped)"
        )
    return 0


def cnn_conv_transpose2d_grouped_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/conv_transpose2d_grouped.

    ConvTranspose2d 3x3, 2 groups, dilation 2, stride 2.
    Built by zoo.torch_layers.conv_transpose2d_grouped(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        if dim % 2 != 0: ValueError (the factory rejects it)
        otherwise: 72 * dim * (dim // 2) + 8 * dim

        Per submodule:
            otherwise:
                self (ConvTranspose2d): 72 * dim * (dim // 2) + 8 * dim

    if optimizer == 'sgd_momentum':

        if dim % 2 != 0: ValueError (the factory rejects it)
        otherwise: 108 * dim * (dim // 2) + 12 * dim

        Per submodule:
            otherwise:
                self (ConvTranspose2d): 108 * dim * (dim // 2) + 12 * dim

    if optimizer in ('adam', 'adamw'):

        if dim % 2 != 0: ValueError (the factory rejects it)
        otherwise: 144 * dim * (dim // 2) + 16 * dim + 8

        Per submodule:
            otherwise:
                self (ConvTranspose2d): 144 * dim * (dim // 2) + 16 * dim + 8
    """
    _check_int("cnn/conv_transpose2d_grouped", "dim", dim, 1, 65536)
    _check_choice(
        "cnn/conv_transpose2d_grouped",
        "optimizer",
        optimizer,
        ("sgd", "sgd_momentum", "adam", "adamw"),
    )
    if optimizer == "sgd":
        if dim % 2 != 0:
            raise ValueError(
                f"cnn/conv_transpose2d_grouped: no module at dim={dim}; "
                "the factory raises ValueError where dim % 2 != 0 (zoo/torch_layers.py, in "
                "conv_transpose2d_grouped)"
            )
        return 72 * dim * (dim // 2) + 8 * dim
    if optimizer == "sgd_momentum":
        if dim % 2 != 0:
            raise ValueError(
                f"cnn/conv_transpose2d_grouped: no module at dim={dim}; "
                "the factory raises ValueError where dim % 2 != 0 (zoo/torch_layers.py, in "
                "conv_transpose2d_grouped)"
            )
        return 108 * dim * (dim // 2) + 12 * dim
    if dim % 2 != 0:
        raise ValueError(
            f"cnn/conv_transpose2d_grouped: no module at dim={dim}; "
            "the factory raises ValueError where dim % 2 != 0 (zoo/torch_layers.py, in "
            "conv_transpose2d_grouped)"
        )
    return 144 * dim * (dim // 2) + 16 * dim + 8


def cnn_conv_transpose2d_grouped_forward_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Forward FLOPs of cnn/conv_transpose2d_grouped.

    ConvTranspose2d 3x3, 2 groups, dilation 2, stride 2.
    Built by zoo.torch_layers.conv_transpose2d_grouped(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if dim % 2 != 0: ValueError (the factory rejects it)
    otherwise: 9 * batch * dim**2 * height * width

    Per submodule:
        otherwise:
            self (ConvTranspose2d): 9 * batch * dim**2 * height * width
    """
    _check_int("cnn/conv_transpose2d_grouped", "dim", dim, 1, 65536)
    _check_int("cnn/conv_transpose2d_grouped", "batch", batch, 1, 65536)
    _check_int("cnn/conv_transpose2d_grouped", "height", height, 1, 65536)
    _check_int("cnn/conv_transpose2d_grouped", "width", width, 1, 65536)
    if dim % 2 != 0:
        raise ValueError(
            f"cnn/conv_transpose2d_grouped: no module at dim={dim}, batch={batch}, "
            f"height={height}, width={width}; "
            "the factory raises ValueError where dim % 2 != 0 (zoo/torch_layers.py, in "
            "conv_transpose2d_grouped)"
        )
    return 9 * batch * dim**2 * height * width


def cnn_conv_transpose2d_grouped_backward_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward FLOPs of cnn/conv_transpose2d_grouped.

    ConvTranspose2d 3x3, 2 groups, dilation 2, stride 2.
    Built by zoo.torch_layers.conv_transpose2d_grouped(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if dim % 2 != 0: ValueError (the factory rejects it)
    otherwise: 18 * batch * dim**2 * height * width

    Per submodule:
        otherwise:
            self (ConvTranspose2d): 18 * batch * dim**2 * height * width
    """
    _check_int("cnn/conv_transpose2d_grouped", "dim", dim, 1, 65536)
    _check_int("cnn/conv_transpose2d_grouped", "batch", batch, 1, 65536)
    _check_int("cnn/conv_transpose2d_grouped", "height", height, 1, 65536)
    _check_int("cnn/conv_transpose2d_grouped", "width", width, 1, 65536)
    if dim % 2 != 0:
        raise ValueError(
            f"cnn/conv_transpose2d_grouped: no module at dim={dim}, batch={batch}, "
            f"height={height}, width={width}; "
            "the factory raises ValueError where dim % 2 != 0 (zoo/torch_layers.py, in "
            "conv_transpose2d_grouped)"
        )
    return 18 * batch * dim**2 * height * width


def cnn_conv_transpose2d_grouped_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Forward elementwise operations of cnn/conv_transpose2d_grouped.

    ConvTranspose2d 3x3, 2 groups, dilation 2, stride 2.
    Built by zoo.torch_layers.conv_transpose2d_grouped(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if dim % 2 != 0: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("cnn/conv_transpose2d_grouped", "dim", dim, 1, 65536)
    _check_int("cnn/conv_transpose2d_grouped", "batch", batch, 1, 65536)
    _check_int("cnn/conv_transpose2d_grouped", "height", height, 1, 65536)
    _check_int("cnn/conv_transpose2d_grouped", "width", width, 1, 65536)
    if dim % 2 != 0:
        raise ValueError(
            f"cnn/conv_transpose2d_grouped: no module at dim={dim}, batch={batch}, "
            f"height={height}, width={width}; "
            "the factory raises ValueError where dim % 2 != 0 (zoo/torch_layers.py, in "
            "conv_transpose2d_grouped)"
        )
    return 0


def cnn_conv_transpose2d_grouped_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/conv_transpose2d_grouped.

    ConvTranspose2d 3x3, 2 groups, dilation 2, stride 2.
    Built by zoo.torch_layers.conv_transpose2d_grouped(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if dim % 2 != 0: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("cnn/conv_transpose2d_grouped", "dim", dim, 1, 65536)
    _check_int("cnn/conv_transpose2d_grouped", "batch", batch, 1, 65536)
    _check_int("cnn/conv_transpose2d_grouped", "height", height, 1, 65536)
    _check_int("cnn/conv_transpose2d_grouped", "width", width, 1, 65536)
    if dim % 2 != 0:
        raise ValueError(
            f"cnn/conv_transpose2d_grouped: no module at dim={dim}, batch={batch}, "
            f"height={height}, width={width}; "
            "the factory raises ValueError where dim % 2 != 0 (zoo/torch_layers.py, in "
            "conv_transpose2d_grouped)"
        )
    return 0


def cnn_conv_transpose2d_grouped_activation_bytes(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Activation bytes of cnn/conv_transpose2d_grouped.

    ConvTranspose2d 3x3, 2 groups, dilation 2, stride 2.
    Built by zoo.torch_layers.conv_transpose2d_grouped(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if dim % 2 != 0: ValueError (the factory rejects it)
    otherwise: 4 * batch * dim * height * width

    Per submodule:
        otherwise:
            self (ConvTranspose2d): 4 * batch * dim * height * width
    """
    _check_int("cnn/conv_transpose2d_grouped", "dim", dim, 1, 65536)
    _check_int("cnn/conv_transpose2d_grouped", "batch", batch, 1, 65536)
    _check_int("cnn/conv_transpose2d_grouped", "height", height, 1, 65536)
    _check_int("cnn/conv_transpose2d_grouped", "width", width, 1, 65536)
    if dim % 2 != 0:
        raise ValueError(
            f"cnn/conv_transpose2d_grouped: no module at dim={dim}, batch={batch}, "
            f"height={height}, width={width}; "
            "the factory raises ValueError where dim % 2 != 0 (zoo/torch_layers.py, in "
            "conv_transpose2d_grouped)"
        )
    return 4 * batch * dim * height * width


def cnn_convnext_block_params(dim: int) -> int:
    """Parameters of cnn/convnext_block.

    ConvNeXt block: dw 7x7, LayerNorm, MLP 4x, layer scale.
    Built by zoo.classic.convnext_block(); exact for 1 <= dim <= 65536.

    everywhere: 8 * dim**2 + 58 * dim

    Per submodule:
        self (ConvNeXtBlock): dim
        dwconv (Conv2d): 50 * dim
        norm (LayerNorm): 2 * dim
        pwconv1 (Linear): 4 * dim**2 + 4 * dim
        pwconv2 (Linear): 4 * dim**2 + dim
    """
    _check_int("cnn/convnext_block", "dim", dim, 1, 65536)
    return 8 * dim**2 + 58 * dim


def cnn_convnext_block_buffers(dim: int) -> int:
    """Buffer elements of cnn/convnext_block.

    ConvNeXt block: dw 7x7, LayerNorm, MLP 4x, layer scale.
    Built by zoo.classic.convnext_block(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("cnn/convnext_block", "dim", dim, 1, 65536)
    return 0


def cnn_convnext_block_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/convnext_block.

    ConvNeXt block: dw 7x7, LayerNorm, MLP 4x, layer scale.
    Built by zoo.classic.convnext_block(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 64 * dim**2 + 464 * dim

        Per submodule:
            self (ConvNeXtBlock): 8 * dim
            dwconv (Conv2d): 400 * dim
            norm (LayerNorm): 16 * dim
            pwconv1 (Linear): 32 * dim**2 + 32 * dim
            pwconv2 (Linear): 32 * dim**2 + 8 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 96 * dim**2 + 696 * dim

        Per submodule:
            self (ConvNeXtBlock): 12 * dim
            dwconv (Conv2d): 600 * dim
            norm (LayerNorm): 24 * dim
            pwconv1 (Linear): 48 * dim**2 + 48 * dim
            pwconv2 (Linear): 48 * dim**2 + 12 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 128 * dim**2 + 928 * dim + 36

        Per submodule:
            self (ConvNeXtBlock): 16 * dim + 4
            dwconv (Conv2d): 800 * dim + 8
            norm (LayerNorm): 32 * dim + 8
            pwconv1 (Linear): 64 * dim**2 + 64 * dim + 8
            pwconv2 (Linear): 64 * dim**2 + 16 * dim + 8
    """
    _check_int("cnn/convnext_block", "dim", dim, 1, 65536)
    _check_choice(
        "cnn/convnext_block", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 64 * dim**2 + 464 * dim
    if optimizer == "sgd_momentum":
        return 96 * dim**2 + 696 * dim
    return 128 * dim**2 + 928 * dim + 36


def cnn_convnext_block_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/convnext_block.

    ConvNeXt block: dw 7x7, LayerNorm, MLP 4x, layer scale.
    Built by zoo.classic.convnext_block(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    everywhere: 16 * batch * dim**2 * height * width + 98 * batch * dim * height * width

    Per submodule:
        dwconv (Conv2d): 98 * batch * dim * height * width
        pwconv1 (Linear): 8 * batch * dim**2 * height * width
        pwconv2 (Linear): 8 * batch * dim**2 * height * width
    """
    _check_int("cnn/convnext_block", "dim", dim, 1, 65536)
    _check_int("cnn/convnext_block", "batch", batch, 1, 65536)
    _check_int("cnn/convnext_block", "height", height, 1, 65536)
    _check_int("cnn/convnext_block", "width", width, 1, 65536)
    return 16 * batch * dim**2 * height * width + 98 * batch * dim * height * width


def cnn_convnext_block_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/convnext_block.

    ConvNeXt block: dw 7x7, LayerNorm, MLP 4x, layer scale.
    Built by zoo.classic.convnext_block(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    everywhere: 32 * batch * dim**2 * height * width + 196 * batch * dim * height * width

    Per submodule:
        dwconv (Conv2d): 196 * batch * dim * height * width
        pwconv1 (Linear): 16 * batch * dim**2 * height * width
        pwconv2 (Linear): 16 * batch * dim**2 * height * width
    """
    _check_int("cnn/convnext_block", "dim", dim, 1, 65536)
    _check_int("cnn/convnext_block", "batch", batch, 1, 65536)
    _check_int("cnn/convnext_block", "height", height, 1, 65536)
    _check_int("cnn/convnext_block", "width", width, 1, 65536)
    return 32 * batch * dim**2 * height * width + 196 * batch * dim * height * width


def cnn_convnext_block_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward elementwise operations of cnn/convnext_block.

    ConvNeXt block: dw 7x7, LayerNorm, MLP 4x, layer scale.
    Built by zoo.classic.convnext_block(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    everywhere: 11 * batch * dim * height * width

    Per submodule:
        self (ConvNeXtBlock): 2 * batch * dim * height * width
        act (GELU): 4 * batch * dim * height * width
        norm (LayerNorm): 5 * batch * dim * height * width
    """
    _check_int("cnn/convnext_block", "dim", dim, 1, 65536)
    _check_int("cnn/convnext_block", "batch", batch, 1, 65536)
    _check_int("cnn/convnext_block", "height", height, 1, 65536)
    _check_int("cnn/convnext_block", "width", width, 1, 65536)
    return 11 * batch * dim * height * width


def cnn_convnext_block_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/convnext_block.

    ConvNeXt block: dw 7x7, LayerNorm, MLP 4x, layer scale.
    Built by zoo.classic.convnext_block(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    everywhere: 21 * batch * dim * height * width

    Per submodule:
        self (ConvNeXtBlock): 3 * batch * dim * height * width
        act (GELU): 4 * batch * dim * height * width
        dwconv (Conv2d): batch * dim * height * width
        norm (LayerNorm): 8 * batch * dim * height * width
        pwconv1 (Linear): 4 * batch * dim * height * width
        pwconv2 (Linear): batch * dim * height * width
    """
    _check_int("cnn/convnext_block", "dim", dim, 1, 65536)
    _check_int("cnn/convnext_block", "batch", batch, 1, 65536)
    _check_int("cnn/convnext_block", "height", height, 1, 65536)
    _check_int("cnn/convnext_block", "width", width, 1, 65536)
    return 21 * batch * dim * height * width


def cnn_convnext_block_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/convnext_block.

    ConvNeXt block: dw 7x7, LayerNorm, MLP 4x, layer scale.
    Built by zoo.classic.convnext_block(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    everywhere: 48 * batch * dim * height * width + 8 * batch * height * width

    Per submodule:
        self (ConvNeXtBlock): 4 * batch * dim * height * width
        act (GELU): 16 * batch * dim * height * width
        dwconv (Conv2d): 4 * batch * dim * height * width
        norm (LayerNorm): 4 * batch * dim * height * width + 8 * batch * height * width
        pwconv1 (Linear): 4 * batch * dim * height * width
        pwconv2 (Linear): 16 * batch * dim * height * width
    """
    _check_int("cnn/convnext_block", "dim", dim, 1, 65536)
    _check_int("cnn/convnext_block", "batch", batch, 1, 65536)
    _check_int("cnn/convnext_block", "height", height, 1, 65536)
    _check_int("cnn/convnext_block", "width", width, 1, 65536)
    return 48 * batch * dim * height * width + 8 * batch * height * width


def cnn_groupnorm_silu_params(dim: int, *, groups: int = 2) -> int:
    """Parameters of cnn/groupnorm_silu.

    GroupNorm(groups, dim) . SiLU.
    Built by zoo.torch_layers.groupnorm_silu(); exact for 1 <= dim <= 65536, 1 <= groups <= 8.

    if dim % groups != 0: ValueError (the factory rejects it)
    otherwise: 2 * dim

    Per submodule:
        otherwise:
            0 (GroupNorm): 2 * dim
    """
    _check_int("cnn/groupnorm_silu", "dim", dim, 1, 65536)
    _check_int("cnn/groupnorm_silu", "groups", groups, 1, 8)
    if dim % groups != 0:
        raise ValueError(
            f"cnn/groupnorm_silu: no module at dim={dim}, groups={groups}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "groupnorm_silu)"
        )
    return 2 * dim


def cnn_groupnorm_silu_buffers(dim: int, *, groups: int = 2) -> int:
    """Buffer elements of cnn/groupnorm_silu.

    GroupNorm(groups, dim) . SiLU.
    Built by zoo.torch_layers.groupnorm_silu(); exact for 1 <= dim <= 65536, 1 <= groups <= 8.

    if dim % groups != 0: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("cnn/groupnorm_silu", "dim", dim, 1, 65536)
    _check_int("cnn/groupnorm_silu", "groups", groups, 1, 8)
    if dim % groups != 0:
        raise ValueError(
            f"cnn/groupnorm_silu: no module at dim={dim}, groups={groups}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "groupnorm_silu)"
        )
    return 0


def cnn_groupnorm_silu_training_state_bytes(
    dim: int, *, optimizer: str = "adam", groups: int = 2
) -> int:
    """Training state bytes of cnn/groupnorm_silu.

    GroupNorm(groups, dim) . SiLU.
    Built by zoo.torch_layers.groupnorm_silu(); exact for 1 <= dim <= 65536, 1 <= groups <= 8.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        if dim % groups != 0: ValueError (the factory rejects it)
        otherwise: 16 * dim

        Per submodule:
            otherwise:
                0 (GroupNorm): 16 * dim

    if optimizer == 'sgd_momentum':

        if dim % groups != 0: ValueError (the factory rejects it)
        otherwise: 24 * dim

        Per submodule:
            otherwise:
                0 (GroupNorm): 24 * dim

    if optimizer in ('adam', 'adamw'):

        if dim % groups != 0: ValueError (the factory rejects it)
        otherwise: 32 * dim + 8

        Per submodule:
            otherwise:
                0 (GroupNorm): 32 * dim + 8
    """
    _check_int("cnn/groupnorm_silu", "dim", dim, 1, 65536)
    _check_int("cnn/groupnorm_silu", "groups", groups, 1, 8)
    _check_choice(
        "cnn/groupnorm_silu", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        if dim % groups != 0:
            raise ValueError(
                f"cnn/groupnorm_silu: no module at dim={dim}, groups={groups}; "
                "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
                "groupnorm_silu)"
            )
        return 16 * dim
    if optimizer == "sgd_momentum":
        if dim % groups != 0:
            raise ValueError(
                f"cnn/groupnorm_silu: no module at dim={dim}, groups={groups}; "
                "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
                "groupnorm_silu)"
            )
        return 24 * dim
    if dim % groups != 0:
        raise ValueError(
            f"cnn/groupnorm_silu: no module at dim={dim}, groups={groups}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "groupnorm_silu)"
        )
    return 32 * dim + 8


def cnn_groupnorm_silu_forward_flops(
    dim: int, *, batch: int, height: int, width: int, groups: int = 2
) -> int:
    """Forward FLOPs of cnn/groupnorm_silu.

    GroupNorm(groups, dim) . SiLU.
    Built by zoo.torch_layers.groupnorm_silu(); exact for 1 <= dim <= 65536, 1 <= groups <= 8,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if dim % groups == 0 and (batch * dim // groups) * height * width == 1: ValueError (the training
        step raises)
    if dim % groups != 0: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("cnn/groupnorm_silu", "dim", dim, 1, 65536)
    _check_int("cnn/groupnorm_silu", "groups", groups, 1, 8)
    _check_int("cnn/groupnorm_silu", "batch", batch, 1, 65536)
    _check_int("cnn/groupnorm_silu", "height", height, 1, 65536)
    _check_int("cnn/groupnorm_silu", "width", width, 1, 65536)
    if dim % groups == 0 and (batch * dim // groups) * height * width == 1:
        raise ValueError(
            f"cnn/groupnorm_silu: no training step at dim={dim}, groups={groups}, "
            f"batch={batch}, height={height}, width={width}; "
            "the training step raises ValueError where dim % groups == 0 and (batch * dim // "
            "groups) * height * width == 1"
        )
    if dim % groups != 0:
        raise ValueError(
            f"cnn/groupnorm_silu: no module at dim={dim}, groups={groups}, batch={batch}, "
            f"height={height}, width={width}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "groupnorm_silu)"
        )
    return 0


def cnn_groupnorm_silu_backward_flops(
    dim: int, *, batch: int, height: int, width: int, groups: int = 2
) -> int:
    """Backward FLOPs of cnn/groupnorm_silu.

    GroupNorm(groups, dim) . SiLU.
    Built by zoo.torch_layers.groupnorm_silu(); exact for 1 <= dim <= 65536, 1 <= groups <= 8,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if dim % groups == 0 and (batch * dim // groups) * height * width == 1: ValueError (the training
        step raises)
    if dim % groups != 0: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("cnn/groupnorm_silu", "dim", dim, 1, 65536)
    _check_int("cnn/groupnorm_silu", "groups", groups, 1, 8)
    _check_int("cnn/groupnorm_silu", "batch", batch, 1, 65536)
    _check_int("cnn/groupnorm_silu", "height", height, 1, 65536)
    _check_int("cnn/groupnorm_silu", "width", width, 1, 65536)
    if dim % groups == 0 and (batch * dim // groups) * height * width == 1:
        raise ValueError(
            f"cnn/groupnorm_silu: no training step at dim={dim}, groups={groups}, "
            f"batch={batch}, height={height}, width={width}; "
            "the training step raises ValueError where dim % groups == 0 and (batch * dim // "
            "groups) * height * width == 1"
        )
    if dim % groups != 0:
        raise ValueError(
            f"cnn/groupnorm_silu: no module at dim={dim}, groups={groups}, batch={batch}, "
            f"height={height}, width={width}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "groupnorm_silu)"
        )
    return 0


def cnn_groupnorm_silu_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int, groups: int = 2
) -> int:
    """Forward elementwise operations of cnn/groupnorm_silu.

    GroupNorm(groups, dim) . SiLU.
    Built by zoo.torch_layers.groupnorm_silu(); exact for 1 <= dim <= 65536, 1 <= groups <= 8,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if dim % groups == 0 and (batch * dim // groups) * height * width == 1: ValueError (the training
        step raises)
    if dim % groups != 0: ValueError (the factory rejects it)
    otherwise: 6 * batch * dim * height * width

    Per submodule:
        otherwise:
            0 (GroupNorm): 5 * batch * dim * height * width
            1 (SiLU): batch * dim * height * width
    """
    _check_int("cnn/groupnorm_silu", "dim", dim, 1, 65536)
    _check_int("cnn/groupnorm_silu", "groups", groups, 1, 8)
    _check_int("cnn/groupnorm_silu", "batch", batch, 1, 65536)
    _check_int("cnn/groupnorm_silu", "height", height, 1, 65536)
    _check_int("cnn/groupnorm_silu", "width", width, 1, 65536)
    if dim % groups == 0 and (batch * dim // groups) * height * width == 1:
        raise ValueError(
            f"cnn/groupnorm_silu: no training step at dim={dim}, groups={groups}, "
            f"batch={batch}, height={height}, width={width}; "
            "the training step raises ValueError where dim % groups == 0 and (batch * dim // "
            "groups) * height * width == 1"
        )
    if dim % groups != 0:
        raise ValueError(
            f"cnn/groupnorm_silu: no module at dim={dim}, groups={groups}, batch={batch}, "
            f"height={height}, width={width}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "groupnorm_silu)"
        )
    return 6 * batch * dim * height * width


def cnn_groupnorm_silu_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int, groups: int = 2
) -> int:
    """Backward elementwise operations of cnn/groupnorm_silu.

    GroupNorm(groups, dim) . SiLU.
    Built by zoo.torch_layers.groupnorm_silu(); exact for 1 <= dim <= 65536, 1 <= groups <= 8,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if dim % groups == 0 and (batch * dim // groups) * height * width == 1: ValueError (the training
        step raises)
    if dim % groups != 0: ValueError (the factory rejects it)
    otherwise: 9 * batch * dim * height * width

    Per submodule:
        otherwise:
            0 (GroupNorm): 8 * batch * dim * height * width
            1 (SiLU): batch * dim * height * width
    """
    _check_int("cnn/groupnorm_silu", "dim", dim, 1, 65536)
    _check_int("cnn/groupnorm_silu", "groups", groups, 1, 8)
    _check_int("cnn/groupnorm_silu", "batch", batch, 1, 65536)
    _check_int("cnn/groupnorm_silu", "height", height, 1, 65536)
    _check_int("cnn/groupnorm_silu", "width", width, 1, 65536)
    if dim % groups == 0 and (batch * dim // groups) * height * width == 1:
        raise ValueError(
            f"cnn/groupnorm_silu: no training step at dim={dim}, groups={groups}, "
            f"batch={batch}, height={height}, width={width}; "
            "the training step raises ValueError where dim % groups == 0 and (batch * dim // "
            "groups) * height * width == 1"
        )
    if dim % groups != 0:
        raise ValueError(
            f"cnn/groupnorm_silu: no module at dim={dim}, groups={groups}, batch={batch}, "
            f"height={height}, width={width}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "groupnorm_silu)"
        )
    return 9 * batch * dim * height * width


def cnn_groupnorm_silu_activation_bytes(
    dim: int, *, batch: int, height: int, width: int, groups: int = 2
) -> int:
    """Activation bytes of cnn/groupnorm_silu.

    GroupNorm(groups, dim) . SiLU.
    Built by zoo.torch_layers.groupnorm_silu(); exact for 1 <= dim <= 65536, 1 <= groups <= 8,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if dim % groups == 0 and (batch * dim // groups) * height * width == 1: ValueError (the training
        step raises)
    if dim % groups != 0: ValueError (the factory rejects it)
    if groups == 2: 8 * batch * dim * height * width + 16 * batch
    if groups == 3: 8 * batch * dim * height * width + 24 * batch
    if groups == 4: 8 * batch * dim * height * width + 32 * batch
    if groups == 5: 8 * batch * dim * height * width + 40 * batch
    if groups == 6: 8 * batch * dim * height * width + 48 * batch
    if groups == 7: 8 * batch * dim * height * width + 56 * batch
    if groups == 8: 8 * batch * dim * height * width + 64 * batch
    otherwise: 8 * batch * dim * height * width + 8 * batch

    Per submodule:
        if groups == 2:
            0 (GroupNorm): 4 * batch * dim * height * width + 16 * batch
            1 (SiLU): 4 * batch * dim * height * width
        if groups == 3:
            0 (GroupNorm): 4 * batch * dim * height * width + 24 * batch
            1 (SiLU): 4 * batch * dim * height * width
        if groups == 4:
            0 (GroupNorm): 4 * batch * dim * height * width + 32 * batch
            1 (SiLU): 4 * batch * dim * height * width
        if groups == 5:
            0 (GroupNorm): 4 * batch * dim * height * width + 40 * batch
            1 (SiLU): 4 * batch * dim * height * width
        if groups == 6:
            0 (GroupNorm): 4 * batch * dim * height * width + 48 * batch
            1 (SiLU): 4 * batch * dim * height * width
        if groups == 7:
            0 (GroupNorm): 4 * batch * dim * height * width + 56 * batch
            1 (SiLU): 4 * batch * dim * height * width
        if groups == 8:
            0 (GroupNorm): 4 * batch * dim * height * width + 64 * batch
            1 (SiLU): 4 * batch * dim * height * width
        otherwise:
            0 (GroupNorm): 4 * batch * dim * height * width + 8 * batch
            1 (SiLU): 4 * batch * dim * height * width
    """
    _check_int("cnn/groupnorm_silu", "dim", dim, 1, 65536)
    _check_int("cnn/groupnorm_silu", "groups", groups, 1, 8)
    _check_int("cnn/groupnorm_silu", "batch", batch, 1, 65536)
    _check_int("cnn/groupnorm_silu", "height", height, 1, 65536)
    _check_int("cnn/groupnorm_silu", "width", width, 1, 65536)
    if dim % groups == 0 and (batch * dim // groups) * height * width == 1:
        raise ValueError(
            f"cnn/groupnorm_silu: no training step at dim={dim}, groups={groups}, "
            f"batch={batch}, height={height}, width={width}; "
            "the training step raises ValueError where dim % groups == 0 and (batch * dim // "
            "groups) * height * width == 1"
        )
    if dim % groups != 0:
        raise ValueError(
            f"cnn/groupnorm_silu: no module at dim={dim}, groups={groups}, batch={batch}, "
            f"height={height}, width={width}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "groupnorm_silu)"
        )
    if groups == 2:
        return 8 * batch * dim * height * width + 16 * batch
    if groups == 3:
        return 8 * batch * dim * height * width + 24 * batch
    if groups == 4:
        return 8 * batch * dim * height * width + 32 * batch
    if groups == 5:
        return 8 * batch * dim * height * width + 40 * batch
    if groups == 6:
        return 8 * batch * dim * height * width + 48 * batch
    if groups == 7:
        return 8 * batch * dim * height * width + 56 * batch
    if groups == 8:
        return 8 * batch * dim * height * width + 64 * batch
    return 8 * batch * dim * height * width + 8 * batch


def cnn_instancenorm_prelu_params(dim: int) -> int:
    """Parameters of cnn/instancenorm_prelu.

    InstanceNorm2d(affine) . PReLU(one slope per channel).
    Built by zoo.torch_layers.instancenorm_prelu(); exact for 1 <= dim <= 65536.

    everywhere: 3 * dim

    Per submodule:
        0 (InstanceNorm2d): 2 * dim
        1 (PReLU): dim
    """
    _check_int("cnn/instancenorm_prelu", "dim", dim, 1, 65536)
    return 3 * dim


def cnn_instancenorm_prelu_buffers(dim: int) -> int:
    """Buffer elements of cnn/instancenorm_prelu.

    InstanceNorm2d(affine) . PReLU(one slope per channel).
    Built by zoo.torch_layers.instancenorm_prelu(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("cnn/instancenorm_prelu", "dim", dim, 1, 65536)
    return 0


def cnn_instancenorm_prelu_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/instancenorm_prelu.

    InstanceNorm2d(affine) . PReLU(one slope per channel).
    Built by zoo.torch_layers.instancenorm_prelu(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 24 * dim

        Per submodule:
            0 (InstanceNorm2d): 16 * dim
            1 (PReLU): 8 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 36 * dim

        Per submodule:
            0 (InstanceNorm2d): 24 * dim
            1 (PReLU): 12 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 48 * dim + 12

        Per submodule:
            0 (InstanceNorm2d): 32 * dim + 8
            1 (PReLU): 16 * dim + 4
    """
    _check_int("cnn/instancenorm_prelu", "dim", dim, 1, 65536)
    _check_choice(
        "cnn/instancenorm_prelu", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 24 * dim
    if optimizer == "sgd_momentum":
        return 36 * dim
    return 48 * dim + 12


def cnn_instancenorm_prelu_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/instancenorm_prelu.

    InstanceNorm2d(affine) . PReLU(one slope per channel).
    Built by zoo.torch_layers.instancenorm_prelu(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if height * width == 1: ValueError (the training step raises)
    otherwise: 0
    """
    _check_int("cnn/instancenorm_prelu", "dim", dim, 1, 65536)
    _check_int("cnn/instancenorm_prelu", "batch", batch, 1, 65536)
    _check_int("cnn/instancenorm_prelu", "height", height, 1, 65536)
    _check_int("cnn/instancenorm_prelu", "width", width, 1, 65536)
    if height * width == 1:
        raise ValueError(
            f"cnn/instancenorm_prelu: no training step at dim={dim}, batch={batch}, "
            f"height={height}, width={width}; "
            "the training step raises ValueError where height * width == 1"
        )
    return 0


def cnn_instancenorm_prelu_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/instancenorm_prelu.

    InstanceNorm2d(affine) . PReLU(one slope per channel).
    Built by zoo.torch_layers.instancenorm_prelu(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if height * width == 1: ValueError (the training step raises)
    otherwise: 0
    """
    _check_int("cnn/instancenorm_prelu", "dim", dim, 1, 65536)
    _check_int("cnn/instancenorm_prelu", "batch", batch, 1, 65536)
    _check_int("cnn/instancenorm_prelu", "height", height, 1, 65536)
    _check_int("cnn/instancenorm_prelu", "width", width, 1, 65536)
    if height * width == 1:
        raise ValueError(
            f"cnn/instancenorm_prelu: no training step at dim={dim}, batch={batch}, "
            f"height={height}, width={width}; "
            "the training step raises ValueError where height * width == 1"
        )
    return 0


def cnn_instancenorm_prelu_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Forward elementwise operations of cnn/instancenorm_prelu.

    InstanceNorm2d(affine) . PReLU(one slope per channel).
    Built by zoo.torch_layers.instancenorm_prelu(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if height * width == 1: ValueError (the training step raises)
    otherwise: 6 * batch * dim * height * width

    Per submodule:
        otherwise:
            0 (InstanceNorm2d): 5 * batch * dim * height * width
            1 (PReLU): batch * dim * height * width
    """
    _check_int("cnn/instancenorm_prelu", "dim", dim, 1, 65536)
    _check_int("cnn/instancenorm_prelu", "batch", batch, 1, 65536)
    _check_int("cnn/instancenorm_prelu", "height", height, 1, 65536)
    _check_int("cnn/instancenorm_prelu", "width", width, 1, 65536)
    if height * width == 1:
        raise ValueError(
            f"cnn/instancenorm_prelu: no training step at dim={dim}, batch={batch}, "
            f"height={height}, width={width}; "
            "the training step raises ValueError where height * width == 1"
        )
    return 6 * batch * dim * height * width


def cnn_instancenorm_prelu_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/instancenorm_prelu.

    InstanceNorm2d(affine) . PReLU(one slope per channel).
    Built by zoo.torch_layers.instancenorm_prelu(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if height * width == 1: ValueError (the training step raises)
    if batch != 1: 10 * batch * dim * height * width + 2 * batch * dim
    otherwise: 10 * dim * height * width

    Per submodule:
        if batch != 1:
            0 (InstanceNorm2d): 8 * batch * dim * height * width + 2 * batch * dim
            1 (PReLU): 2 * batch * dim * height * width
        otherwise:
            0 (InstanceNorm2d): 8 * dim * height * width
            1 (PReLU): 2 * dim * height * width
    """
    _check_int("cnn/instancenorm_prelu", "dim", dim, 1, 65536)
    _check_int("cnn/instancenorm_prelu", "batch", batch, 1, 65536)
    _check_int("cnn/instancenorm_prelu", "height", height, 1, 65536)
    _check_int("cnn/instancenorm_prelu", "width", width, 1, 65536)
    if height * width == 1:
        raise ValueError(
            f"cnn/instancenorm_prelu: no training step at dim={dim}, batch={batch}, "
            f"height={height}, width={width}; "
            "the training step raises ValueError where height * width == 1"
        )
    if batch != 1:
        return 10 * batch * dim * height * width + 2 * batch * dim
    return 10 * dim * height * width


def cnn_instancenorm_prelu_activation_bytes(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Activation bytes of cnn/instancenorm_prelu.

    InstanceNorm2d(affine) . PReLU(one slope per channel).
    Built by zoo.torch_layers.instancenorm_prelu(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if height * width == 1: ValueError (the training step raises)
    otherwise: 8 * batch * dim * height * width + 12 * batch * dim

    Per submodule:
        otherwise:
            0 (InstanceNorm2d): 4 * batch * dim * height * width + 12 * batch * dim
            1 (PReLU): 4 * batch * dim * height * width
    """
    _check_int("cnn/instancenorm_prelu", "dim", dim, 1, 65536)
    _check_int("cnn/instancenorm_prelu", "batch", batch, 1, 65536)
    _check_int("cnn/instancenorm_prelu", "height", height, 1, 65536)
    _check_int("cnn/instancenorm_prelu", "width", width, 1, 65536)
    if height * width == 1:
        raise ValueError(
            f"cnn/instancenorm_prelu: no training step at dim={dim}, batch={batch}, "
            f"height={height}, width={width}; "
            "the training step raises ValueError where height * width == 1"
        )
    return 8 * batch * dim * height * width + 12 * batch * dim


def cnn_mobilenetv2_inverted_residual_params(dim: int, *, expand_ratio: int = 6) -> int:
    """Parameters of cnn/mobilenetv2_inverted_residual.

    MobileNetV2 inverted residual (stride 1): 1x1 expand, depthwise 3x3, 1x1 linear project.
    Built by zoo.classic.mobilenetv2_inverted_residual(); exact for 1 <= dim <= 65536,
    1 <= expand_ratio <= 6.

    if expand_ratio == 1: dim**2 + 13 * dim
    otherwise: 2 * dim**2 * expand_ratio + 13 * dim * expand_ratio + 2 * dim

    Per submodule:
        if expand_ratio == 1:
            body.0.0 (Conv2d): 9 * dim
            body.0.1 (BatchNorm2d): 2 * dim
            body.1 (Conv2d): dim**2
            body.2 (BatchNorm2d): 2 * dim
        otherwise:
            body.0.0 (Conv2d): dim**2 * expand_ratio
            body.0.1 (BatchNorm2d): 2 * dim * expand_ratio
            body.1.0 (Conv2d): 9 * dim * expand_ratio
            body.1.1 (BatchNorm2d): 2 * dim * expand_ratio
            body.2 (Conv2d): dim**2 * expand_ratio
            body.3 (BatchNorm2d): 2 * dim
    """
    _check_int("cnn/mobilenetv2_inverted_residual", "dim", dim, 1, 65536)
    _check_int("cnn/mobilenetv2_inverted_residual", "expand_ratio", expand_ratio, 1, 6)
    if expand_ratio == 1:
        return dim**2 + 13 * dim
    return 2 * dim**2 * expand_ratio + 13 * dim * expand_ratio + 2 * dim


def cnn_mobilenetv2_inverted_residual_buffers(dim: int, *, expand_ratio: int = 6) -> int:
    """Buffer elements of cnn/mobilenetv2_inverted_residual.

    MobileNetV2 inverted residual (stride 1): 1x1 expand, depthwise 3x3, 1x1 linear project.
    Built by zoo.classic.mobilenetv2_inverted_residual(); exact for 1 <= dim <= 65536,
    1 <= expand_ratio <= 6.

    if expand_ratio == 1: 4 * dim + 2
    otherwise: 4 * dim * expand_ratio + 2 * dim + 3

    Per submodule:
        if expand_ratio == 1:
            body.0.1 (BatchNorm2d): 2 * dim + 1
            body.2 (BatchNorm2d): 2 * dim + 1
        otherwise:
            body.0.1 (BatchNorm2d): 2 * dim * expand_ratio + 1
            body.1.1 (BatchNorm2d): 2 * dim * expand_ratio + 1
            body.3 (BatchNorm2d): 2 * dim + 1
    """
    _check_int("cnn/mobilenetv2_inverted_residual", "dim", dim, 1, 65536)
    _check_int("cnn/mobilenetv2_inverted_residual", "expand_ratio", expand_ratio, 1, 6)
    if expand_ratio == 1:
        return 4 * dim + 2
    return 4 * dim * expand_ratio + 2 * dim + 3


def cnn_mobilenetv2_inverted_residual_training_state_bytes(
    dim: int, *, optimizer: str = "adam", expand_ratio: int = 6
) -> int:
    """Training state bytes of cnn/mobilenetv2_inverted_residual.

    MobileNetV2 inverted residual (stride 1): 1x1 expand, depthwise 3x3, 1x1 linear project.
    Built by zoo.classic.mobilenetv2_inverted_residual(); exact for 1 <= dim <= 65536,
    1 <= expand_ratio <= 6.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        if expand_ratio == 1: 8 * dim**2 + 104 * dim
        otherwise: 16 * dim**2 * expand_ratio + 104 * dim * expand_ratio + 16 * dim

        Per submodule:
            if expand_ratio == 1:
                body.0.0 (Conv2d): 72 * dim
                body.0.1 (BatchNorm2d): 16 * dim
                body.1 (Conv2d): 8 * dim**2
                body.2 (BatchNorm2d): 16 * dim
            otherwise:
                body.0.0 (Conv2d): 8 * dim**2 * expand_ratio
                body.0.1 (BatchNorm2d): 16 * dim * expand_ratio
                body.1.0 (Conv2d): 72 * dim * expand_ratio
                body.1.1 (BatchNorm2d): 16 * dim * expand_ratio
                body.2 (Conv2d): 8 * dim**2 * expand_ratio
                body.3 (BatchNorm2d): 16 * dim

    if optimizer == 'sgd_momentum':

        if expand_ratio == 1: 12 * dim**2 + 156 * dim
        otherwise: 24 * dim**2 * expand_ratio + 156 * dim * expand_ratio + 24 * dim

        Per submodule:
            if expand_ratio == 1:
                body.0.0 (Conv2d): 108 * dim
                body.0.1 (BatchNorm2d): 24 * dim
                body.1 (Conv2d): 12 * dim**2
                body.2 (BatchNorm2d): 24 * dim
            otherwise:
                body.0.0 (Conv2d): 12 * dim**2 * expand_ratio
                body.0.1 (BatchNorm2d): 24 * dim * expand_ratio
                body.1.0 (Conv2d): 108 * dim * expand_ratio
                body.1.1 (BatchNorm2d): 24 * dim * expand_ratio
                body.2 (Conv2d): 12 * dim**2 * expand_ratio
                body.3 (BatchNorm2d): 24 * dim

    if optimizer in ('adam', 'adamw'):

        if expand_ratio == 1: 16 * dim**2 + 208 * dim + 24
        otherwise: 32 * dim**2 * expand_ratio + 208 * dim * expand_ratio + 32 * dim + 36

        Per submodule:
            if expand_ratio == 1:
                body.0.0 (Conv2d): 144 * dim + 4
                body.0.1 (BatchNorm2d): 32 * dim + 8
                body.1 (Conv2d): 16 * dim**2 + 4
                body.2 (BatchNorm2d): 32 * dim + 8
            otherwise:
                body.0.0 (Conv2d): 16 * dim**2 * expand_ratio + 4
                body.0.1 (BatchNorm2d): 32 * dim * expand_ratio + 8
                body.1.0 (Conv2d): 144 * dim * expand_ratio + 4
                body.1.1 (BatchNorm2d): 32 * dim * expand_ratio + 8
                body.2 (Conv2d): 16 * dim**2 * expand_ratio + 4
                body.3 (BatchNorm2d): 32 * dim + 8
    """
    _check_int("cnn/mobilenetv2_inverted_residual", "dim", dim, 1, 65536)
    _check_int("cnn/mobilenetv2_inverted_residual", "expand_ratio", expand_ratio, 1, 6)
    _check_choice(
        "cnn/mobilenetv2_inverted_residual",
        "optimizer",
        optimizer,
        ("sgd", "sgd_momentum", "adam", "adamw"),
    )
    if optimizer == "sgd":
        if expand_ratio == 1:
            return 8 * dim**2 + 104 * dim
        return 16 * dim**2 * expand_ratio + 104 * dim * expand_ratio + 16 * dim
    if optimizer == "sgd_momentum":
        if expand_ratio == 1:
            return 12 * dim**2 + 156 * dim
        return 24 * dim**2 * expand_ratio + 156 * dim * expand_ratio + 24 * dim
    if expand_ratio == 1:
        return 16 * dim**2 + 208 * dim + 24
    return 32 * dim**2 * expand_ratio + 208 * dim * expand_ratio + 32 * dim + 36


def cnn_mobilenetv2_inverted_residual_forward_flops(
    dim: int, *, batch: int, height: int, width: int, expand_ratio: int = 6
) -> int:
    """Forward FLOPs of cnn/mobilenetv2_inverted_residual.

    MobileNetV2 inverted residual (stride 1): 1x1 expand, depthwise 3x3, 1x1 linear project.
    Built by zoo.classic.mobilenetv2_inverted_residual(); exact for 1 <= dim <= 65536,
    1 <= expand_ratio <= 6, 1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if batch == 1 and -height * width >= -1: ValueError (the training step raises)
    if expand_ratio == 1: 2 * batch * dim**2 * height * width + 18 * batch * dim * height * width
    otherwise: 4 * batch * dim**2 * expand_ratio * height * width + 18 * batch * dim * expand_ratio
        * height * width

    Per submodule:
        if expand_ratio == 1:
            body.0.0 (Conv2d): 18 * batch * dim * height * width
            body.1 (Conv2d): 2 * batch * dim**2 * height * width
        otherwise:
            body.0.0 (Conv2d): 2 * batch * dim**2 * expand_ratio * height * width
            body.1.0 (Conv2d): 18 * batch * dim * expand_ratio * height * width
            body.2 (Conv2d): 2 * batch * dim**2 * expand_ratio * height * width
    """
    _check_int("cnn/mobilenetv2_inverted_residual", "dim", dim, 1, 65536)
    _check_int("cnn/mobilenetv2_inverted_residual", "expand_ratio", expand_ratio, 1, 6)
    _check_int("cnn/mobilenetv2_inverted_residual", "batch", batch, 1, 65536)
    _check_int("cnn/mobilenetv2_inverted_residual", "height", height, 1, 65536)
    _check_int("cnn/mobilenetv2_inverted_residual", "width", width, 1, 65536)
    if batch == 1 and -height * width >= -1:
        raise ValueError(
            f"cnn/mobilenetv2_inverted_residual: no training step at dim={dim}, "
            f"expand_ratio={expand_ratio}, batch={batch}, height={height}, width={width}; "
            "the training step raises ValueError where batch == 1 and -height * width >= -1 "
            "(zoo/common.py, in forward)"
        )
    if expand_ratio == 1:
        return 2 * batch * dim**2 * height * width + 18 * batch * dim * height * width
    return (
        4 * batch * dim**2 * expand_ratio * height * width
        + 18 * batch * dim * expand_ratio * height * width
    )


def cnn_mobilenetv2_inverted_residual_backward_flops(
    dim: int, *, batch: int, height: int, width: int, expand_ratio: int = 6
) -> int:
    """Backward FLOPs of cnn/mobilenetv2_inverted_residual.

    MobileNetV2 inverted residual (stride 1): 1x1 expand, depthwise 3x3, 1x1 linear project.
    Built by zoo.classic.mobilenetv2_inverted_residual(); exact for 1 <= dim <= 65536,
    1 <= expand_ratio <= 6, 1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if batch == 1 and -height * width >= -1: ValueError (the training step raises)
    if expand_ratio == 1: 4 * batch * dim**2 * height * width + 36 * batch * dim * height * width
    otherwise: 8 * batch * dim**2 * expand_ratio * height * width + 36 * batch * dim * expand_ratio
        * height * width

    Per submodule:
        if expand_ratio == 1:
            body.0.0 (Conv2d): 36 * batch * dim * height * width
            body.1 (Conv2d): 4 * batch * dim**2 * height * width
        otherwise:
            body.0.0 (Conv2d): 4 * batch * dim**2 * expand_ratio * height * width
            body.1.0 (Conv2d): 36 * batch * dim * expand_ratio * height * width
            body.2 (Conv2d): 4 * batch * dim**2 * expand_ratio * height * width
    """
    _check_int("cnn/mobilenetv2_inverted_residual", "dim", dim, 1, 65536)
    _check_int("cnn/mobilenetv2_inverted_residual", "expand_ratio", expand_ratio, 1, 6)
    _check_int("cnn/mobilenetv2_inverted_residual", "batch", batch, 1, 65536)
    _check_int("cnn/mobilenetv2_inverted_residual", "height", height, 1, 65536)
    _check_int("cnn/mobilenetv2_inverted_residual", "width", width, 1, 65536)
    if batch == 1 and -height * width >= -1:
        raise ValueError(
            f"cnn/mobilenetv2_inverted_residual: no training step at dim={dim}, "
            f"expand_ratio={expand_ratio}, batch={batch}, height={height}, width={width}; "
            "the training step raises ValueError where batch == 1 and -height * width >= -1 "
            "(zoo/common.py, in forward)"
        )
    if expand_ratio == 1:
        return 4 * batch * dim**2 * height * width + 36 * batch * dim * height * width
    return (
        8 * batch * dim**2 * expand_ratio * height * width
        + 36 * batch * dim * expand_ratio * height * width
    )


def cnn_mobilenetv2_inverted_residual_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int, expand_ratio: int = 6
) -> int:
    """Forward elementwise operations of cnn/mobilenetv2_inverted_residual.

    MobileNetV2 inverted residual (stride 1): 1x1 expand, depthwise 3x3, 1x1 linear project.
    Built by zoo.classic.mobilenetv2_inverted_residual(); exact for 1 <= dim <= 65536,
    1 <= expand_ratio <= 6, 1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if batch == 1 and -height * width >= -1: ValueError (the training step raises)
    if expand_ratio == 1: 12 * batch * dim * height * width + 2
    otherwise: 12 * batch * dim * expand_ratio * height * width + 6 * batch * dim * height * width +
        3

    Per submodule:
        if expand_ratio == 1:
            self (Residual): batch * dim * height * width
            body.0.1 (BatchNorm2d): 5 * batch * dim * height * width + 1
            body.0.2 (ReLU6): batch * dim * height * width
            body.2 (BatchNorm2d): 5 * batch * dim * height * width + 1
        otherwise:
            self (Residual): batch * dim * height * width
            body.0.1 (BatchNorm2d): 5 * batch * dim * expand_ratio * height * width + 1
            body.0.2 (ReLU6): batch * dim * expand_ratio * height * width
            body.1.1 (BatchNorm2d): 5 * batch * dim * expand_ratio * height * width + 1
            body.1.2 (ReLU6): batch * dim * expand_ratio * height * width
            body.3 (BatchNorm2d): 5 * batch * dim * height * width + 1
    """
    _check_int("cnn/mobilenetv2_inverted_residual", "dim", dim, 1, 65536)
    _check_int("cnn/mobilenetv2_inverted_residual", "expand_ratio", expand_ratio, 1, 6)
    _check_int("cnn/mobilenetv2_inverted_residual", "batch", batch, 1, 65536)
    _check_int("cnn/mobilenetv2_inverted_residual", "height", height, 1, 65536)
    _check_int("cnn/mobilenetv2_inverted_residual", "width", width, 1, 65536)
    if batch == 1 and -height * width >= -1:
        raise ValueError(
            f"cnn/mobilenetv2_inverted_residual: no training step at dim={dim}, "
            f"expand_ratio={expand_ratio}, batch={batch}, height={height}, width={width}; "
            "the training step raises ValueError where batch == 1 and -height * width >= -1 "
            "(zoo/common.py, in forward)"
        )
    if expand_ratio == 1:
        return 12 * batch * dim * height * width + 2
    return 12 * batch * dim * expand_ratio * height * width + 6 * batch * dim * height * width + 3


def cnn_mobilenetv2_inverted_residual_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int, expand_ratio: int = 6
) -> int:
    """Backward elementwise operations of cnn/mobilenetv2_inverted_residual.

    MobileNetV2 inverted residual (stride 1): 1x1 expand, depthwise 3x3, 1x1 linear project.
    Built by zoo.classic.mobilenetv2_inverted_residual(); exact for 1 <= dim <= 65536,
    1 <= expand_ratio <= 6, 1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if batch == 1 and -height * width >= -1: ValueError (the training step raises)
    if expand_ratio == 1: 18 * batch * dim * height * width
    otherwise: 18 * batch * dim * expand_ratio * height * width + 9 * batch * dim * height * width

    Per submodule:
        if expand_ratio == 1:
            body.0.0 (Conv2d): batch * dim * height * width
            body.0.1 (BatchNorm2d): 8 * batch * dim * height * width
            body.0.2 (ReLU6): batch * dim * height * width
            body.2 (BatchNorm2d): 8 * batch * dim * height * width
        otherwise:
            body.0.0 (Conv2d): batch * dim * height * width
            body.0.1 (BatchNorm2d): 8 * batch * dim * expand_ratio * height * width
            body.0.2 (ReLU6): batch * dim * expand_ratio * height * width
            body.1.1 (BatchNorm2d): 8 * batch * dim * expand_ratio * height * width
            body.1.2 (ReLU6): batch * dim * expand_ratio * height * width
            body.3 (BatchNorm2d): 8 * batch * dim * height * width
    """
    _check_int("cnn/mobilenetv2_inverted_residual", "dim", dim, 1, 65536)
    _check_int("cnn/mobilenetv2_inverted_residual", "expand_ratio", expand_ratio, 1, 6)
    _check_int("cnn/mobilenetv2_inverted_residual", "batch", batch, 1, 65536)
    _check_int("cnn/mobilenetv2_inverted_residual", "height", height, 1, 65536)
    _check_int("cnn/mobilenetv2_inverted_residual", "width", width, 1, 65536)
    if batch == 1 and -height * width >= -1:
        raise ValueError(
            f"cnn/mobilenetv2_inverted_residual: no training step at dim={dim}, "
            f"expand_ratio={expand_ratio}, batch={batch}, height={height}, width={width}; "
            "the training step raises ValueError where batch == 1 and -height * width >= -1 "
            "(zoo/common.py, in forward)"
        )
    if expand_ratio == 1:
        return 18 * batch * dim * height * width
    return 18 * batch * dim * expand_ratio * height * width + 9 * batch * dim * height * width


def cnn_mobilenetv2_inverted_residual_activation_bytes(
    dim: int, *, batch: int, height: int, width: int, expand_ratio: int = 6
) -> int:
    """Activation bytes of cnn/mobilenetv2_inverted_residual.

    MobileNetV2 inverted residual (stride 1): 1x1 expand, depthwise 3x3, 1x1 linear project.
    Built by zoo.classic.mobilenetv2_inverted_residual(); exact for 1 <= dim <= 65536,
    1 <= expand_ratio <= 6, 1 <= batch <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if batch == 1 and -height * width >= -1: ValueError (the training step raises)
    if expand_ratio == 1: 20 * batch * dim * height * width + 16 * dim
    otherwise: 24 * batch * dim * expand_ratio * height * width + 8 * batch * dim * height * width +
        16 * dim * expand_ratio + 8 * dim

    Per submodule:
        if expand_ratio == 1:
            body.0.0 (Conv2d): 4 * batch * dim * height * width
            body.0.1 (BatchNorm2d): 4 * batch * dim * height * width + 8 * dim
            body.0.2 (ReLU6): 4 * batch * dim * height * width
            body.1 (Conv2d): 4 * batch * dim * height * width
            body.2 (BatchNorm2d): 4 * batch * dim * height * width + 8 * dim
        otherwise:
            body.0.0 (Conv2d): 4 * batch * dim * height * width
            body.0.1 (BatchNorm2d): 4 * batch * dim * expand_ratio * height * width + 8 * dim *
                expand_ratio
            body.0.2 (ReLU6): 4 * batch * dim * expand_ratio * height * width
            body.1.0 (Conv2d): 4 * batch * dim * expand_ratio * height * width
            body.1.1 (BatchNorm2d): 4 * batch * dim * expand_ratio * height * width + 8 * dim *
                expand_ratio
            body.1.2 (ReLU6): 4 * batch * dim * expand_ratio * height * width
            body.2 (Conv2d): 4 * batch * dim * expand_ratio * height * width
            body.3 (BatchNorm2d): 4 * batch * dim * height * width + 8 * dim
    """
    _check_int("cnn/mobilenetv2_inverted_residual", "dim", dim, 1, 65536)
    _check_int("cnn/mobilenetv2_inverted_residual", "expand_ratio", expand_ratio, 1, 6)
    _check_int("cnn/mobilenetv2_inverted_residual", "batch", batch, 1, 65536)
    _check_int("cnn/mobilenetv2_inverted_residual", "height", height, 1, 65536)
    _check_int("cnn/mobilenetv2_inverted_residual", "width", width, 1, 65536)
    if batch == 1 and -height * width >= -1:
        raise ValueError(
            f"cnn/mobilenetv2_inverted_residual: no training step at dim={dim}, "
            f"expand_ratio={expand_ratio}, batch={batch}, height={height}, width={width}; "
            "the training step raises ValueError where batch == 1 and -height * width >= -1 "
            "(zoo/common.py, in forward)"
        )
    if expand_ratio == 1:
        return 20 * batch * dim * height * width + 16 * dim
    return (
        24 * batch * dim * expand_ratio * height * width
        + 8 * batch * dim * height * width
        + 16 * dim * expand_ratio
        + 8 * dim
    )


def cnn_pooling_params(dim: int) -> int:
    """Parameters of cnn/pooling.

    MaxPool2d 3x3 stride 2 . AvgPool2d 3x3 (padding not counted).
    Built by zoo.torch_layers.pooling(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("cnn/pooling", "dim", dim, 1, 65536)
    return 0


def cnn_pooling_buffers(dim: int) -> int:
    """Buffer elements of cnn/pooling.

    MaxPool2d 3x3 stride 2 . AvgPool2d 3x3 (padding not counted).
    Built by zoo.torch_layers.pooling(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("cnn/pooling", "dim", dim, 1, 65536)
    return 0


def cnn_pooling_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/pooling.

    MaxPool2d 3x3 stride 2 . AvgPool2d 3x3 (padding not counted).
    Built by zoo.torch_layers.pooling(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.
    The same for every value of optimizer.

    everywhere: 0
    """
    _check_int("cnn/pooling", "dim", dim, 1, 65536)
    _check_choice("cnn/pooling", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw"))
    return 0


def cnn_pooling_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/pooling.

    MaxPool2d 3x3 stride 2 . AvgPool2d 3x3 (padding not counted).
    Built by zoo.torch_layers.pooling(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    everywhere: 0
    """
    _check_int("cnn/pooling", "dim", dim, 1, 65536)
    _check_int("cnn/pooling", "batch", batch, 1, 65536)
    _check_int("cnn/pooling", "height", height, 1, 65536)
    _check_int("cnn/pooling", "width", width, 1, 65536)
    return 0


def cnn_pooling_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/pooling.

    MaxPool2d 3x3 stride 2 . AvgPool2d 3x3 (padding not counted).
    Built by zoo.torch_layers.pooling(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    everywhere: 0
    """
    _check_int("cnn/pooling", "dim", dim, 1, 65536)
    _check_int("cnn/pooling", "batch", batch, 1, 65536)
    _check_int("cnn/pooling", "height", height, 1, 65536)
    _check_int("cnn/pooling", "width", width, 1, 65536)
    return 0


def cnn_pooling_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward elementwise operations of cnn/pooling.

    MaxPool2d 3x3 stride 2 . AvgPool2d 3x3 (padding not counted).
    Built by zoo.torch_layers.pooling(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if (dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0) or (dim == 1 and height
        == 1 and width != 1 and (width - 1) // 2 < 1) or (dim == 1 and width == 1 and height != 1
        and (height - 1) // 2 == 0) or (dim == 1 and width == 1 and height != 1 and (height -
        1) // 2 < 1): 18 * batch
    otherwise: 18 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2) + 18 * batch * dim *
        ((height - 1) // 2) + 18 * batch * dim * ((width - 1) // 2) + 18 * batch * dim

    Per submodule:
        if (dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0) or (dim == 1 and
            height == 1 and width != 1 and (width - 1) // 2 < 1) or (dim == 1 and width == 1 and
            height != 1 and (height - 1) // 2 == 0) or (dim == 1 and width == 1 and height != 1 and
            (height - 1) // 2 < 1):
            0 (MaxPool2d): 9 * batch
            1 (AvgPool2d): 9 * batch
        otherwise:
            0 (MaxPool2d): 9 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2) + 9 * batch *
                dim * ((height - 1) // 2) + 9 * batch * dim * ((width - 1) // 2) + 9 * batch * dim
            1 (AvgPool2d): 9 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2) + 9 * batch *
                dim * ((height - 1) // 2) + 9 * batch * dim * ((width - 1) // 2) + 9 * batch * dim
    """
    _check_int("cnn/pooling", "dim", dim, 1, 65536)
    _check_int("cnn/pooling", "batch", batch, 1, 65536)
    _check_int("cnn/pooling", "height", height, 1, 65536)
    _check_int("cnn/pooling", "width", width, 1, 65536)
    if (
        (dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0)
        or (dim == 1 and height == 1 and width != 1 and (width - 1) // 2 < 1)
        or (dim == 1 and width == 1 and height != 1 and (height - 1) // 2 == 0)
        or (dim == 1 and width == 1 and height != 1 and (height - 1) // 2 < 1)
    ):
        return 18 * batch
    return (
        18 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2)
        + 18 * batch * dim * ((height - 1) // 2)
        + 18 * batch * dim * ((width - 1) // 2)
        + 18 * batch * dim
    )


def cnn_pooling_backward_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward elementwise operations of cnn/pooling.

    MaxPool2d 3x3 stride 2 . AvgPool2d 3x3 (padding not counted).
    Built by zoo.torch_layers.pooling(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if (dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0) or (dim == 1 and height
        == 1 and width != 1 and (width - 1) // 2 < 1) or (dim == 1 and width == 1 and height != 1
        and (height - 1) // 2 == 0) or (dim == 1 and width == 1 and height != 1 and (height -
        1) // 2 < 1): 10 * batch
    otherwise: 10 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2) + 10 * batch * dim *
        ((height - 1) // 2) + 10 * batch * dim * ((width - 1) // 2) + 10 * batch * dim

    Per submodule:
        if (dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0) or (dim == 1 and
            height == 1 and width != 1 and (width - 1) // 2 < 1) or (dim == 1 and width == 1 and
            height != 1 and (height - 1) // 2 == 0) or (dim == 1 and width == 1 and height != 1 and
            (height - 1) // 2 < 1):
            0 (MaxPool2d): batch
            1 (AvgPool2d): 9 * batch
        otherwise:
            0 (MaxPool2d): batch * dim * ((height - 1) // 2) * ((width - 1) // 2) + batch * dim *
                ((height - 1) // 2) + batch * dim * ((width - 1) // 2) + batch * dim
            1 (AvgPool2d): 9 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2) + 9 * batch *
                dim * ((height - 1) // 2) + 9 * batch * dim * ((width - 1) // 2) + 9 * batch * dim
    """
    _check_int("cnn/pooling", "dim", dim, 1, 65536)
    _check_int("cnn/pooling", "batch", batch, 1, 65536)
    _check_int("cnn/pooling", "height", height, 1, 65536)
    _check_int("cnn/pooling", "width", width, 1, 65536)
    if (
        (dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0)
        or (dim == 1 and height == 1 and width != 1 and (width - 1) // 2 < 1)
        or (dim == 1 and width == 1 and height != 1 and (height - 1) // 2 == 0)
        or (dim == 1 and width == 1 and height != 1 and (height - 1) // 2 < 1)
    ):
        return 10 * batch
    return (
        10 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2)
        + 10 * batch * dim * ((height - 1) // 2)
        + 10 * batch * dim * ((width - 1) // 2)
        + 10 * batch * dim
    )


def cnn_pooling_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/pooling.

    MaxPool2d 3x3 stride 2 . AvgPool2d 3x3 (padding not counted).
    Built by zoo.torch_layers.pooling(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if (dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0) or (dim == 1 and height
        == 1 and width != 1 and (width - 1) // 2 < 1) or (dim == 1 and width == 1 and height != 1
        and (height - 1) // 2 == 0) or (dim == 1 and width == 1 and height != 1 and (height -
        1) // 2 < 1): 20 * batch
    otherwise: 4 * batch * dim * height * width + 12 * batch * dim * ((height - 1) // 2) * ((width -
        1) // 2) + 12 * batch * dim * ((height - 1) // 2) + 12 * batch * dim * ((width - 1) // 2) +
        12 * batch * dim

    Per submodule:
        if (dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0) or (dim == 1 and
            height == 1 and width != 1 and (width - 1) // 2 < 1) or (dim == 1 and width == 1 and
            height != 1 and (height - 1) // 2 == 0) or (dim == 1 and width == 1 and height != 1 and
            (height - 1) // 2 < 1):
            0 (MaxPool2d): 16 * batch
            1 (AvgPool2d): 4 * batch
        otherwise:
            0 (MaxPool2d): 4 * batch * dim * height * width + 8 * batch * dim * ((height - 1) // 2)
                * ((width - 1) // 2) + 8 * batch * dim * ((height - 1) // 2) + 8 * batch * dim *
                ((width - 1) // 2) + 8 * batch * dim
            1 (AvgPool2d): 4 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2) + 4 * batch *
                dim * ((height - 1) // 2) + 4 * batch * dim * ((width - 1) // 2) + 4 * batch * dim
    """
    _check_int("cnn/pooling", "dim", dim, 1, 65536)
    _check_int("cnn/pooling", "batch", batch, 1, 65536)
    _check_int("cnn/pooling", "height", height, 1, 65536)
    _check_int("cnn/pooling", "width", width, 1, 65536)
    if (
        (dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0)
        or (dim == 1 and height == 1 and width != 1 and (width - 1) // 2 < 1)
        or (dim == 1 and width == 1 and height != 1 and (height - 1) // 2 == 0)
        or (dim == 1 and width == 1 and height != 1 and (height - 1) // 2 < 1)
    ):
        return 20 * batch
    return (
        4 * batch * dim * height * width
        + 12 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2)
        + 12 * batch * dim * ((height - 1) // 2)
        + 12 * batch * dim * ((width - 1) // 2)
        + 12 * batch * dim
    )


def cnn_resnet_basic_params(dim: int) -> int:
    """Parameters of cnn/resnet_basic.

    ResNet basic block: two 3x3 conv + BatchNorm, identity skip.
    Built by zoo.classic.resnet_basic(); exact for 1 <= dim <= 65536.

    everywhere: 18 * dim**2 + 4 * dim

    Per submodule:
        conv1 (Conv2d): 9 * dim**2
        bn1 (BatchNorm2d): 2 * dim
        conv2 (Conv2d): 9 * dim**2
        bn2 (BatchNorm2d): 2 * dim
    """
    _check_int("cnn/resnet_basic", "dim", dim, 1, 65536)
    return 18 * dim**2 + 4 * dim


def cnn_resnet_basic_buffers(dim: int) -> int:
    """Buffer elements of cnn/resnet_basic.

    ResNet basic block: two 3x3 conv + BatchNorm, identity skip.
    Built by zoo.classic.resnet_basic(); exact for 1 <= dim <= 65536.

    everywhere: 4 * dim + 2

    Per submodule:
        bn1 (BatchNorm2d): 2 * dim + 1
        bn2 (BatchNorm2d): 2 * dim + 1
    """
    _check_int("cnn/resnet_basic", "dim", dim, 1, 65536)
    return 4 * dim + 2


def cnn_resnet_basic_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/resnet_basic.

    ResNet basic block: two 3x3 conv + BatchNorm, identity skip.
    Built by zoo.classic.resnet_basic(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 144 * dim**2 + 32 * dim

        Per submodule:
            conv1 (Conv2d): 72 * dim**2
            bn1 (BatchNorm2d): 16 * dim
            conv2 (Conv2d): 72 * dim**2
            bn2 (BatchNorm2d): 16 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 216 * dim**2 + 48 * dim

        Per submodule:
            conv1 (Conv2d): 108 * dim**2
            bn1 (BatchNorm2d): 24 * dim
            conv2 (Conv2d): 108 * dim**2
            bn2 (BatchNorm2d): 24 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 288 * dim**2 + 64 * dim + 24

        Per submodule:
            conv1 (Conv2d): 144 * dim**2 + 4
            bn1 (BatchNorm2d): 32 * dim + 8
            conv2 (Conv2d): 144 * dim**2 + 4
            bn2 (BatchNorm2d): 32 * dim + 8
    """
    _check_int("cnn/resnet_basic", "dim", dim, 1, 65536)
    _check_choice(
        "cnn/resnet_basic", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 144 * dim**2 + 32 * dim
    if optimizer == "sgd_momentum":
        return 216 * dim**2 + 48 * dim
    return 288 * dim**2 + 64 * dim + 24


def cnn_resnet_basic_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/resnet_basic.

    ResNet basic block: two 3x3 conv + BatchNorm, identity skip.
    Built by zoo.classic.resnet_basic(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if batch == 1 and -height * width >= -1: ValueError (the training step raises)
    otherwise: 36 * batch * dim**2 * height * width

    Per submodule:
        otherwise:
            conv1 (Conv2d): 18 * batch * dim**2 * height * width
            conv2 (Conv2d): 18 * batch * dim**2 * height * width
    """
    _check_int("cnn/resnet_basic", "dim", dim, 1, 65536)
    _check_int("cnn/resnet_basic", "batch", batch, 1, 65536)
    _check_int("cnn/resnet_basic", "height", height, 1, 65536)
    _check_int("cnn/resnet_basic", "width", width, 1, 65536)
    if batch == 1 and -height * width >= -1:
        raise ValueError(
            f"cnn/resnet_basic: no training step at dim={dim}, batch={batch}, height={height},"
            f" width={width}; "
            "the training step raises ValueError where batch == 1 and -height * width >= -1 "
            "(zoo/classic.py, in forward)"
        )
    return 36 * batch * dim**2 * height * width


def cnn_resnet_basic_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/resnet_basic.

    ResNet basic block: two 3x3 conv + BatchNorm, identity skip.
    Built by zoo.classic.resnet_basic(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if batch == 1 and -height * width >= -1: ValueError (the training step raises)
    otherwise: 72 * batch * dim**2 * height * width

    Per submodule:
        otherwise:
            conv1 (Conv2d): 36 * batch * dim**2 * height * width
            conv2 (Conv2d): 36 * batch * dim**2 * height * width
    """
    _check_int("cnn/resnet_basic", "dim", dim, 1, 65536)
    _check_int("cnn/resnet_basic", "batch", batch, 1, 65536)
    _check_int("cnn/resnet_basic", "height", height, 1, 65536)
    _check_int("cnn/resnet_basic", "width", width, 1, 65536)
    if batch == 1 and -height * width >= -1:
        raise ValueError(
            f"cnn/resnet_basic: no training step at dim={dim}, batch={batch}, height={height},"
            f" width={width}; "
            "the training step raises ValueError where batch == 1 and -height * width >= -1 "
            "(zoo/classic.py, in forward)"
        )
    return 72 * batch * dim**2 * height * width


def cnn_resnet_basic_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward elementwise operations of cnn/resnet_basic.

    ResNet basic block: two 3x3 conv + BatchNorm, identity skip.
    Built by zoo.classic.resnet_basic(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if batch == 1 and -height * width >= -1: ValueError (the training step raises)
    otherwise: 13 * batch * dim * height * width + 2

    Per submodule:
        otherwise:
            self (BasicBlock): batch * dim * height * width
            bn1 (BatchNorm2d): 5 * batch * dim * height * width + 1
            bn2 (BatchNorm2d): 5 * batch * dim * height * width + 1
            relu (ReLU): 2 * batch * dim * height * width
    """
    _check_int("cnn/resnet_basic", "dim", dim, 1, 65536)
    _check_int("cnn/resnet_basic", "batch", batch, 1, 65536)
    _check_int("cnn/resnet_basic", "height", height, 1, 65536)
    _check_int("cnn/resnet_basic", "width", width, 1, 65536)
    if batch == 1 and -height * width >= -1:
        raise ValueError(
            f"cnn/resnet_basic: no training step at dim={dim}, batch={batch}, height={height},"
            f" width={width}; "
            "the training step raises ValueError where batch == 1 and -height * width >= -1 "
            "(zoo/classic.py, in forward)"
        )
    return 13 * batch * dim * height * width + 2


def cnn_resnet_basic_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/resnet_basic.

    ResNet basic block: two 3x3 conv + BatchNorm, identity skip.
    Built by zoo.classic.resnet_basic(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if batch == 1 and -height * width >= -1: ValueError (the training step raises)
    otherwise: 19 * batch * dim * height * width

    Per submodule:
        otherwise:
            bn1 (BatchNorm2d): 8 * batch * dim * height * width
            bn2 (BatchNorm2d): 8 * batch * dim * height * width
            conv1 (Conv2d): batch * dim * height * width
            relu (ReLU): 2 * batch * dim * height * width
    """
    _check_int("cnn/resnet_basic", "dim", dim, 1, 65536)
    _check_int("cnn/resnet_basic", "batch", batch, 1, 65536)
    _check_int("cnn/resnet_basic", "height", height, 1, 65536)
    _check_int("cnn/resnet_basic", "width", width, 1, 65536)
    if batch == 1 and -height * width >= -1:
        raise ValueError(
            f"cnn/resnet_basic: no training step at dim={dim}, batch={batch}, height={height},"
            f" width={width}; "
            "the training step raises ValueError where batch == 1 and -height * width >= -1 "
            "(zoo/classic.py, in forward)"
        )
    return 19 * batch * dim * height * width


def cnn_resnet_basic_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/resnet_basic.

    ResNet basic block: two 3x3 conv + BatchNorm, identity skip.
    Built by zoo.classic.resnet_basic(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if batch == 1 and -height * width >= -1: ValueError (the training step raises)
    otherwise: 20 * batch * dim * height * width + 16 * dim

    Per submodule:
        otherwise:
            bn1 (BatchNorm2d): 4 * batch * dim * height * width + 8 * dim
            bn2 (BatchNorm2d): 4 * batch * dim * height * width + 8 * dim
            conv1 (Conv2d): 4 * batch * dim * height * width
            relu (ReLU): 8 * batch * dim * height * width
    """
    _check_int("cnn/resnet_basic", "dim", dim, 1, 65536)
    _check_int("cnn/resnet_basic", "batch", batch, 1, 65536)
    _check_int("cnn/resnet_basic", "height", height, 1, 65536)
    _check_int("cnn/resnet_basic", "width", width, 1, 65536)
    if batch == 1 and -height * width >= -1:
        raise ValueError(
            f"cnn/resnet_basic: no training step at dim={dim}, batch={batch}, height={height},"
            f" width={width}; "
            "the training step raises ValueError where batch == 1 and -height * width >= -1 "
            "(zoo/classic.py, in forward)"
        )
    return 20 * batch * dim * height * width + 16 * dim


def cnn_resnet_bottleneck_params(dim: int) -> int:
    """Parameters of cnn/resnet_bottleneck.

    ResNet bottleneck: 1x1 to dim // 4, 3x3, 1x1 back, BatchNorms.
    Built by zoo.classic.resnet_bottleneck(); exact for 1 <= dim <= 65536.

    if dim // 4 <= 1: 4 * dim + 13
    otherwise: 2 * dim * (dim // 4) + 2 * dim + 9 * (dim // 4) ** 2 + 4 * (dim // 4)

    Per submodule:
        if dim // 4 <= 1:
            conv1 (Conv2d): dim
            bn1 (BatchNorm2d): 2
            conv2 (Conv2d): 9
            bn2 (BatchNorm2d): 2
            conv3 (Conv2d): dim
            bn3 (BatchNorm2d): 2 * dim
        otherwise:
            conv1 (Conv2d): dim * (dim // 4)
            bn1 (BatchNorm2d): 2 * (dim // 4)
            conv2 (Conv2d): 9 * (dim // 4) ** 2
            bn2 (BatchNorm2d): 2 * (dim // 4)
            conv3 (Conv2d): dim * (dim // 4)
            bn3 (BatchNorm2d): 2 * dim
    """
    _check_int("cnn/resnet_bottleneck", "dim", dim, 1, 65536)
    if dim // 4 <= 1:
        return 4 * dim + 13
    return 2 * dim * (dim // 4) + 2 * dim + 9 * (dim // 4) ** 2 + 4 * (dim // 4)


def cnn_resnet_bottleneck_buffers(dim: int) -> int:
    """Buffer elements of cnn/resnet_bottleneck.

    ResNet bottleneck: 1x1 to dim // 4, 3x3, 1x1 back, BatchNorms.
    Built by zoo.classic.resnet_bottleneck(); exact for 1 <= dim <= 65536.

    if dim // 4 <= 1: 2 * dim + 7
    otherwise: 2 * dim + 4 * (dim // 4) + 3

    Per submodule:
        if dim // 4 <= 1:
            bn1 (BatchNorm2d): 3
            bn2 (BatchNorm2d): 3
            bn3 (BatchNorm2d): 2 * dim + 1
        otherwise:
            bn1 (BatchNorm2d): 2 * (dim // 4) + 1
            bn2 (BatchNorm2d): 2 * (dim // 4) + 1
            bn3 (BatchNorm2d): 2 * dim + 1
    """
    _check_int("cnn/resnet_bottleneck", "dim", dim, 1, 65536)
    if dim // 4 <= 1:
        return 2 * dim + 7
    return 2 * dim + 4 * (dim // 4) + 3


def cnn_resnet_bottleneck_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/resnet_bottleneck.

    ResNet bottleneck: 1x1 to dim // 4, 3x3, 1x1 back, BatchNorms.
    Built by zoo.classic.resnet_bottleneck(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        if dim // 4 <= 1: 32 * dim + 104
        otherwise: 16 * dim * (dim // 4) + 16 * dim + 72 * (dim // 4) ** 2 + 32 * (dim // 4)

        Per submodule:
            if dim // 4 <= 1:
                conv1 (Conv2d): 8 * dim
                bn1 (BatchNorm2d): 16
                conv2 (Conv2d): 72
                bn2 (BatchNorm2d): 16
                conv3 (Conv2d): 8 * dim
                bn3 (BatchNorm2d): 16 * dim
            otherwise:
                conv1 (Conv2d): 8 * dim * (dim // 4)
                bn1 (BatchNorm2d): 16 * (dim // 4)
                conv2 (Conv2d): 72 * (dim // 4) ** 2
                bn2 (BatchNorm2d): 16 * (dim // 4)
                conv3 (Conv2d): 8 * dim * (dim // 4)
                bn3 (BatchNorm2d): 16 * dim

    if optimizer == 'sgd_momentum':

        if dim // 4 <= 1: 48 * dim + 156
        otherwise: 24 * dim * (dim // 4) + 24 * dim + 108 * (dim // 4) ** 2 + 48 * (dim // 4)

        Per submodule:
            if dim // 4 <= 1:
                conv1 (Conv2d): 12 * dim
                bn1 (BatchNorm2d): 24
                conv2 (Conv2d): 108
                bn2 (BatchNorm2d): 24
                conv3 (Conv2d): 12 * dim
                bn3 (BatchNorm2d): 24 * dim
            otherwise:
                conv1 (Conv2d): 12 * dim * (dim // 4)
                bn1 (BatchNorm2d): 24 * (dim // 4)
                conv2 (Conv2d): 108 * (dim // 4) ** 2
                bn2 (BatchNorm2d): 24 * (dim // 4)
                conv3 (Conv2d): 12 * dim * (dim // 4)
                bn3 (BatchNorm2d): 24 * dim

    if optimizer in ('adam', 'adamw'):

        if dim // 4 <= 1: 64 * dim + 244
        otherwise: 32 * dim * (dim // 4) + 32 * dim + 144 * (dim // 4) ** 2 + 64 * (dim // 4) + 36

        Per submodule:
            if dim // 4 <= 1:
                conv1 (Conv2d): 16 * dim + 4
                bn1 (BatchNorm2d): 40
                conv2 (Conv2d): 148
                bn2 (BatchNorm2d): 40
                conv3 (Conv2d): 16 * dim + 4
                bn3 (BatchNorm2d): 32 * dim + 8
            otherwise:
                conv1 (Conv2d): 16 * dim * (dim // 4) + 4
                bn1 (BatchNorm2d): 32 * (dim // 4) + 8
                conv2 (Conv2d): 144 * (dim // 4) ** 2 + 4
                bn2 (BatchNorm2d): 32 * (dim // 4) + 8
                conv3 (Conv2d): 16 * dim * (dim // 4) + 4
                bn3 (BatchNorm2d): 32 * dim + 8
    """
    _check_int("cnn/resnet_bottleneck", "dim", dim, 1, 65536)
    _check_choice(
        "cnn/resnet_bottleneck", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        if dim // 4 <= 1:
            return 32 * dim + 104
        return 16 * dim * (dim // 4) + 16 * dim + 72 * (dim // 4) ** 2 + 32 * (dim // 4)
    if optimizer == "sgd_momentum":
        if dim // 4 <= 1:
            return 48 * dim + 156
        return 24 * dim * (dim // 4) + 24 * dim + 108 * (dim // 4) ** 2 + 48 * (dim // 4)
    if dim // 4 <= 1:
        return 64 * dim + 244
    return 32 * dim * (dim // 4) + 32 * dim + 144 * (dim // 4) ** 2 + 64 * (dim // 4) + 36


def cnn_resnet_bottleneck_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/resnet_bottleneck.

    ResNet bottleneck: 1x1 to dim // 4, 3x3, 1x1 back, BatchNorms.
    Built by zoo.classic.resnet_bottleneck(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if batch == 1 and -height * width >= -1: ValueError (the training step raises)
    if dim // 4 >= 2: 4 * batch * dim * (dim // 4) * height * width + 18 * batch * (dim // 4) ** 2 *
        height * width
    otherwise: 4 * batch * dim * height * width + 18 * batch * height * width

    Per submodule:
        if dim // 4 >= 2:
            conv1 (Conv2d): 2 * batch * dim * (dim // 4) * height * width
            conv2 (Conv2d): 18 * batch * (dim // 4) ** 2 * height * width
            conv3 (Conv2d): 2 * batch * dim * (dim // 4) * height * width
        otherwise:
            conv1 (Conv2d): 2 * batch * dim * height * width
            conv2 (Conv2d): 18 * batch * height * width
            conv3 (Conv2d): 2 * batch * dim * height * width
    """
    _check_int("cnn/resnet_bottleneck", "dim", dim, 1, 65536)
    _check_int("cnn/resnet_bottleneck", "batch", batch, 1, 65536)
    _check_int("cnn/resnet_bottleneck", "height", height, 1, 65536)
    _check_int("cnn/resnet_bottleneck", "width", width, 1, 65536)
    if batch == 1 and -height * width >= -1:
        raise ValueError(
            f"cnn/resnet_bottleneck: no training step at dim={dim}, batch={batch}, "
            f"height={height}, width={width}; "
            "the training step raises ValueError where batch == 1 and -height * width >= -1 "
            "(zoo/classic.py, in forward)"
        )
    if dim // 4 >= 2:
        return (
            4 * batch * dim * (dim // 4) * height * width
            + 18 * batch * (dim // 4) ** 2 * height * width
        )
    return 4 * batch * dim * height * width + 18 * batch * height * width


def cnn_resnet_bottleneck_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/resnet_bottleneck.

    ResNet bottleneck: 1x1 to dim // 4, 3x3, 1x1 back, BatchNorms.
    Built by zoo.classic.resnet_bottleneck(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if batch == 1 and -height * width >= -1: ValueError (the training step raises)
    if dim // 4 >= 2: 8 * batch * dim * (dim // 4) * height * width + 36 * batch * (dim // 4) ** 2 *
        height * width
    otherwise: 8 * batch * dim * height * width + 36 * batch * height * width

    Per submodule:
        if dim // 4 >= 2:
            conv1 (Conv2d): 4 * batch * dim * (dim // 4) * height * width
            conv2 (Conv2d): 36 * batch * (dim // 4) ** 2 * height * width
            conv3 (Conv2d): 4 * batch * dim * (dim // 4) * height * width
        otherwise:
            conv1 (Conv2d): 4 * batch * dim * height * width
            conv2 (Conv2d): 36 * batch * height * width
            conv3 (Conv2d): 4 * batch * dim * height * width
    """
    _check_int("cnn/resnet_bottleneck", "dim", dim, 1, 65536)
    _check_int("cnn/resnet_bottleneck", "batch", batch, 1, 65536)
    _check_int("cnn/resnet_bottleneck", "height", height, 1, 65536)
    _check_int("cnn/resnet_bottleneck", "width", width, 1, 65536)
    if batch == 1 and -height * width >= -1:
        raise ValueError(
            f"cnn/resnet_bottleneck: no training step at dim={dim}, batch={batch}, "
            f"height={height}, width={width}; "
            "the training step raises ValueError where batch == 1 and -height * width >= -1 "
            "(zoo/classic.py, in forward)"
        )
    if dim // 4 >= 2:
        return (
            8 * batch * dim * (dim // 4) * height * width
            + 36 * batch * (dim // 4) ** 2 * height * width
        )
    return 8 * batch * dim * height * width + 36 * batch * height * width


def cnn_resnet_bottleneck_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Forward elementwise operations of cnn/resnet_bottleneck.

    ResNet bottleneck: 1x1 to dim // 4, 3x3, 1x1 back, BatchNorms.
    Built by zoo.classic.resnet_bottleneck(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if batch == 1 and -height * width >= -1: ValueError (the training step raises)
    if dim // 4 >= 2: 7 * batch * dim * height * width + 12 * batch * (dim // 4) * height * width +
        3
    otherwise: 7 * batch * dim * height * width + 12 * batch * height * width + 3

    Per submodule:
        if dim // 4 >= 2:
            self (Bottleneck): batch * dim * height * width
            bn1 (BatchNorm2d): 5 * batch * (dim // 4) * height * width + 1
            bn2 (BatchNorm2d): 5 * batch * (dim // 4) * height * width + 1
            bn3 (BatchNorm2d): 5 * batch * dim * height * width + 1
            relu (ReLU): batch * dim * height * width + 2 * batch * (dim // 4) * height * width
        otherwise:
            self (Bottleneck): batch * dim * height * width
            bn1 (BatchNorm2d): 5 * batch * height * width + 1
            bn2 (BatchNorm2d): 5 * batch * height * width + 1
            bn3 (BatchNorm2d): 5 * batch * dim * height * width + 1
            relu (ReLU): batch * dim * height * width + 2 * batch * height * width
    """
    _check_int("cnn/resnet_bottleneck", "dim", dim, 1, 65536)
    _check_int("cnn/resnet_bottleneck", "batch", batch, 1, 65536)
    _check_int("cnn/resnet_bottleneck", "height", height, 1, 65536)
    _check_int("cnn/resnet_bottleneck", "width", width, 1, 65536)
    if batch == 1 and -height * width >= -1:
        raise ValueError(
            f"cnn/resnet_bottleneck: no training step at dim={dim}, batch={batch}, "
            f"height={height}, width={width}; "
            "the training step raises ValueError where batch == 1 and -height * width >= -1 "
            "(zoo/classic.py, in forward)"
        )
    if dim // 4 >= 2:
        return 7 * batch * dim * height * width + 12 * batch * (dim // 4) * height * width + 3
    return 7 * batch * dim * height * width + 12 * batch * height * width + 3


def cnn_resnet_bottleneck_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/resnet_bottleneck.

    ResNet bottleneck: 1x1 to dim // 4, 3x3, 1x1 back, BatchNorms.
    Built by zoo.classic.resnet_bottleneck(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if batch == 1 and -height * width >= -1: ValueError (the training step raises)
    if dim // 4 >= 2: 10 * batch * dim * height * width + 18 * batch * (dim // 4) * height * width
    otherwise: 10 * batch * dim * height * width + 18 * batch * height * width

    Per submodule:
        if dim // 4 >= 2:
            bn1 (BatchNorm2d): 8 * batch * (dim // 4) * height * width
            bn2 (BatchNorm2d): 8 * batch * (dim // 4) * height * width
            bn3 (BatchNorm2d): 8 * batch * dim * height * width
            conv1 (Conv2d): batch * dim * height * width
            relu (ReLU): batch * dim * height * width + 2 * batch * (dim // 4) * height * width
        otherwise:
            bn1 (BatchNorm2d): 8 * batch * height * width
            bn2 (BatchNorm2d): 8 * batch * height * width
            bn3 (BatchNorm2d): 8 * batch * dim * height * width
            conv1 (Conv2d): batch * dim * height * width
            relu (ReLU): batch * dim * height * width + 2 * batch * height * width
    """
    _check_int("cnn/resnet_bottleneck", "dim", dim, 1, 65536)
    _check_int("cnn/resnet_bottleneck", "batch", batch, 1, 65536)
    _check_int("cnn/resnet_bottleneck", "height", height, 1, 65536)
    _check_int("cnn/resnet_bottleneck", "width", width, 1, 65536)
    if batch == 1 and -height * width >= -1:
        raise ValueError(
            f"cnn/resnet_bottleneck: no training step at dim={dim}, batch={batch}, "
            f"height={height}, width={width}; "
            "the training step raises ValueError where batch == 1 and -height * width >= -1 "
            "(zoo/classic.py, in forward)"
        )
    if dim // 4 >= 2:
        return 10 * batch * dim * height * width + 18 * batch * (dim // 4) * height * width
    return 10 * batch * dim * height * width + 18 * batch * height * width


def cnn_resnet_bottleneck_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/resnet_bottleneck.

    ResNet bottleneck: 1x1 to dim // 4, 3x3, 1x1 back, BatchNorms.
    Built by zoo.classic.resnet_bottleneck(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if batch == 1 and -height * width >= -1: ValueError (the training step raises)
    if dim // 4 >= 2: 12 * batch * dim * height * width + 16 * batch * (dim // 4) * height * width +
        8 * dim + 16 * (dim // 4)
    otherwise: 12 * batch * dim * height * width + 16 * batch * height * width + 8 * dim + 16

    Per submodule:
        if dim // 4 >= 2:
            bn1 (BatchNorm2d): 4 * batch * (dim // 4) * height * width + 8 * (dim // 4)
            bn2 (BatchNorm2d): 4 * batch * (dim // 4) * height * width + 8 * (dim // 4)
            bn3 (BatchNorm2d): 4 * batch * dim * height * width + 8 * dim
            conv1 (Conv2d): 4 * batch * dim * height * width
            relu (ReLU): 4 * batch * dim * height * width + 8 * batch * (dim // 4) * height * width
        otherwise:
            bn1 (BatchNorm2d): 4 * batch * height * width + 8
            bn2 (BatchNorm2d): 4 * batch * height * width + 8
            bn3 (BatchNorm2d): 4 * batch * dim * height * width + 8 * dim
            conv1 (Conv2d): 4 * batch * dim * height * width
            relu (ReLU): 4 * batch * dim * height * width + 8 * batch * height * width
    """
    _check_int("cnn/resnet_bottleneck", "dim", dim, 1, 65536)
    _check_int("cnn/resnet_bottleneck", "batch", batch, 1, 65536)
    _check_int("cnn/resnet_bottleneck", "height", height, 1, 65536)
    _check_int("cnn/resnet_bottleneck", "width", width, 1, 65536)
    if batch == 1 and -height * width >= -1:
        raise ValueError(
            f"cnn/resnet_bottleneck: no training step at dim={dim}, batch={batch}, "
            f"height={height}, width={width}; "
            "the training step raises ValueError where batch == 1 and -height * width >= -1 "
            "(zoo/classic.py, in forward)"
        )
    if dim // 4 >= 2:
        return (
            12 * batch * dim * height * width
            + 16 * batch * (dim // 4) * height * width
            + 8 * dim
            + 16 * (dim // 4)
        )
    return 12 * batch * dim * height * width + 16 * batch * height * width + 8 * dim + 16


def cnn_upsample_bilinear_params(dim: int) -> int:
    """Parameters of cnn/upsample_bilinear.

    Upsample x2 (bilinear) . Conv2d 1x1.
    Built by zoo.torch_layers.upsample_bilinear(); exact for 1 <= dim <= 65536.

    everywhere: dim**2 + dim

    Per submodule:
        1 (Conv2d): dim**2 + dim
    """
    _check_int("cnn/upsample_bilinear", "dim", dim, 1, 65536)
    return dim**2 + dim


def cnn_upsample_bilinear_buffers(dim: int) -> int:
    """Buffer elements of cnn/upsample_bilinear.

    Upsample x2 (bilinear) . Conv2d 1x1.
    Built by zoo.torch_layers.upsample_bilinear(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("cnn/upsample_bilinear", "dim", dim, 1, 65536)
    return 0


def cnn_upsample_bilinear_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/upsample_bilinear.

    Upsample x2 (bilinear) . Conv2d 1x1.
    Built by zoo.torch_layers.upsample_bilinear(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 8 * dim**2 + 8 * dim

        Per submodule:
            1 (Conv2d): 8 * dim**2 + 8 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 12 * dim**2 + 12 * dim

        Per submodule:
            1 (Conv2d): 12 * dim**2 + 12 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 16 * dim**2 + 16 * dim + 8

        Per submodule:
            1 (Conv2d): 16 * dim**2 + 16 * dim + 8
    """
    _check_int("cnn/upsample_bilinear", "dim", dim, 1, 65536)
    _check_choice(
        "cnn/upsample_bilinear", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 8 * dim**2 + 8 * dim
    if optimizer == "sgd_momentum":
        return 12 * dim**2 + 12 * dim
    return 16 * dim**2 + 16 * dim + 8


def cnn_upsample_bilinear_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/upsample_bilinear.

    Upsample x2 (bilinear) . Conv2d 1x1.
    Built by zoo.torch_layers.upsample_bilinear(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    Not derived (raises NotImplementedError): tracing at dim=64, batch=3, height=5, width=7 raised
        RuntimeError:
        /__w/pytorch/pytorch/build/aten/src/ATen/RegisterCompositeExplicitAutograd_0.cpp:4963:
        SymIntArrayRef expected to contain only concrete integers, but the real module runs at
        dim=8, batch=3, height=3, width=4
    """
    _check_int("cnn/upsample_bilinear", "dim", dim, 1, 65536)
    _check_int("cnn/upsample_bilinear", "batch", batch, 1, 65536)
    _check_int("cnn/upsample_bilinear", "height", height, 1, 65536)
    _check_int("cnn/upsample_bilinear", "width", width, 1, 65536)
    raise NotImplementedError(
        "cnn/upsample_bilinear: forward FLOPs were not derived: tracing at dim=64, "
        "batch=3, height=5, width=7 raised RuntimeError: /__w/pytorch/pytorch/build/aten/"
        "src/ATen/RegisterCompositeExplicitAutograd_0.cpp:4963: SymIntArrayRef expected "
        "to contain only concrete integers, but the real module runs at dim=8, batch=3, "
        "height=3, width=4"
    )


def cnn_upsample_bilinear_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/upsample_bilinear.

    Upsample x2 (bilinear) . Conv2d 1x1.
    Built by zoo.torch_layers.upsample_bilinear(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    Not derived (raises NotImplementedError): tracing at dim=64, batch=3, height=5, width=7 raised
        RuntimeError:
        /__w/pytorch/pytorch/build/aten/src/ATen/RegisterCompositeExplicitAutograd_0.cpp:4963:
        SymIntArrayRef expected to contain only concrete integers, but the real module runs at
        dim=8, batch=3, height=3, width=4
    """
    _check_int("cnn/upsample_bilinear", "dim", dim, 1, 65536)
    _check_int("cnn/upsample_bilinear", "batch", batch, 1, 65536)
    _check_int("cnn/upsample_bilinear", "height", height, 1, 65536)
    _check_int("cnn/upsample_bilinear", "width", width, 1, 65536)
    raise NotImplementedError(
        "cnn/upsample_bilinear: backward FLOPs were not derived: tracing at dim=64, "
        "batch=3, height=5, width=7 raised RuntimeError: /__w/pytorch/pytorch/build/aten/"
        "src/ATen/RegisterCompositeExplicitAutograd_0.cpp:4963: SymIntArrayRef expected "
        "to contain only concrete integers, but the real module runs at dim=8, batch=3, "
        "height=3, width=4"
    )


def cnn_upsample_bilinear_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Forward elementwise operations of cnn/upsample_bilinear.

    Upsample x2 (bilinear) . Conv2d 1x1.
    Built by zoo.torch_layers.upsample_bilinear(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    Not derived (raises NotImplementedError): tracing at dim=64, batch=3, height=5, width=7 raised
        RuntimeError:
        /__w/pytorch/pytorch/build/aten/src/ATen/RegisterCompositeExplicitAutograd_0.cpp:4963:
        SymIntArrayRef expected to contain only concrete integers, but the real module runs at
        dim=8, batch=3, height=3, width=4
    """
    _check_int("cnn/upsample_bilinear", "dim", dim, 1, 65536)
    _check_int("cnn/upsample_bilinear", "batch", batch, 1, 65536)
    _check_int("cnn/upsample_bilinear", "height", height, 1, 65536)
    _check_int("cnn/upsample_bilinear", "width", width, 1, 65536)
    raise NotImplementedError(
        "cnn/upsample_bilinear: forward elementwise operations were not derived: tracing "
        "at dim=64, batch=3, height=5, width=7 raised RuntimeError: /__w/pytorch/pytorch/"
        "build/aten/src/ATen/RegisterCompositeExplicitAutograd_0.cpp:4963: SymIntArrayRef"
        " expected to contain only concrete integers, but the real module runs at dim=8, "
        "batch=3, height=3, width=4"
    )


def cnn_upsample_bilinear_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/upsample_bilinear.

    Upsample x2 (bilinear) . Conv2d 1x1.
    Built by zoo.torch_layers.upsample_bilinear(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    Not derived (raises NotImplementedError): tracing at dim=64, batch=3, height=5, width=7 raised
        RuntimeError:
        /__w/pytorch/pytorch/build/aten/src/ATen/RegisterCompositeExplicitAutograd_0.cpp:4963:
        SymIntArrayRef expected to contain only concrete integers, but the real module runs at
        dim=8, batch=3, height=3, width=4
    """
    _check_int("cnn/upsample_bilinear", "dim", dim, 1, 65536)
    _check_int("cnn/upsample_bilinear", "batch", batch, 1, 65536)
    _check_int("cnn/upsample_bilinear", "height", height, 1, 65536)
    _check_int("cnn/upsample_bilinear", "width", width, 1, 65536)
    raise NotImplementedError(
        "cnn/upsample_bilinear: backward elementwise operations were not derived: tracing"
        " at dim=64, batch=3, height=5, width=7 raised RuntimeError: /__w/pytorch/pytorch"
        "/build/aten/src/ATen/RegisterCompositeExplicitAutograd_0.cpp:4963: "
        "SymIntArrayRef expected to contain only concrete integers, but the real module "
        "runs at dim=8, batch=3, height=3, width=4"
    )


def cnn_upsample_bilinear_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/upsample_bilinear.

    Upsample x2 (bilinear) . Conv2d 1x1.
    Built by zoo.torch_layers.upsample_bilinear(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    Not derived (raises NotImplementedError): tracing at dim=64, batch=3, height=5, width=7 raised
        RuntimeError:
        /__w/pytorch/pytorch/build/aten/src/ATen/RegisterCompositeExplicitAutograd_0.cpp:4963:
        SymIntArrayRef expected to contain only concrete integers, but the real module runs at
        dim=8, batch=3, height=3, width=4
    """
    _check_int("cnn/upsample_bilinear", "dim", dim, 1, 65536)
    _check_int("cnn/upsample_bilinear", "batch", batch, 1, 65536)
    _check_int("cnn/upsample_bilinear", "height", height, 1, 65536)
    _check_int("cnn/upsample_bilinear", "width", width, 1, 65536)
    raise NotImplementedError(
        "cnn/upsample_bilinear: activation bytes were not derived: tracing at dim=64, "
        "batch=3, height=5, width=7 raised RuntimeError: /__w/pytorch/pytorch/build/aten/"
        "src/ATen/RegisterCompositeExplicitAutograd_0.cpp:4963: SymIntArrayRef expected "
        "to contain only concrete integers, but the real module runs at dim=8, batch=3, "
        "height=3, width=4"
    )


def cnn_upsample_nearest_params(dim: int) -> int:
    """Parameters of cnn/upsample_nearest.

    Upsample x2 (nearest) . Conv2d 3x3.
    Built by zoo.torch_layers.upsample_nearest(); exact for 1 <= dim <= 65536.

    everywhere: 9 * dim**2 + dim

    Per submodule:
        1 (Conv2d): 9 * dim**2 + dim
    """
    _check_int("cnn/upsample_nearest", "dim", dim, 1, 65536)
    return 9 * dim**2 + dim


def cnn_upsample_nearest_buffers(dim: int) -> int:
    """Buffer elements of cnn/upsample_nearest.

    Upsample x2 (nearest) . Conv2d 3x3.
    Built by zoo.torch_layers.upsample_nearest(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("cnn/upsample_nearest", "dim", dim, 1, 65536)
    return 0


def cnn_upsample_nearest_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/upsample_nearest.

    Upsample x2 (nearest) . Conv2d 3x3.
    Built by zoo.torch_layers.upsample_nearest(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 72 * dim**2 + 8 * dim

        Per submodule:
            1 (Conv2d): 72 * dim**2 + 8 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 108 * dim**2 + 12 * dim

        Per submodule:
            1 (Conv2d): 108 * dim**2 + 12 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 144 * dim**2 + 16 * dim + 8

        Per submodule:
            1 (Conv2d): 144 * dim**2 + 16 * dim + 8
    """
    _check_int("cnn/upsample_nearest", "dim", dim, 1, 65536)
    _check_choice(
        "cnn/upsample_nearest", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 72 * dim**2 + 8 * dim
    if optimizer == "sgd_momentum":
        return 108 * dim**2 + 12 * dim
    return 144 * dim**2 + 16 * dim + 8


def cnn_upsample_nearest_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/upsample_nearest.

    Upsample x2 (nearest) . Conv2d 3x3.
    Built by zoo.torch_layers.upsample_nearest(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    everywhere: 72 * batch * dim**2 * height * width

    Per submodule:
        1 (Conv2d): 72 * batch * dim**2 * height * width
    """
    _check_int("cnn/upsample_nearest", "dim", dim, 1, 65536)
    _check_int("cnn/upsample_nearest", "batch", batch, 1, 65536)
    _check_int("cnn/upsample_nearest", "height", height, 1, 65536)
    _check_int("cnn/upsample_nearest", "width", width, 1, 65536)
    return 72 * batch * dim**2 * height * width


def cnn_upsample_nearest_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/upsample_nearest.

    Upsample x2 (nearest) . Conv2d 3x3.
    Built by zoo.torch_layers.upsample_nearest(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    everywhere: 144 * batch * dim**2 * height * width

    Per submodule:
        1 (Conv2d): 144 * batch * dim**2 * height * width
    """
    _check_int("cnn/upsample_nearest", "dim", dim, 1, 65536)
    _check_int("cnn/upsample_nearest", "batch", batch, 1, 65536)
    _check_int("cnn/upsample_nearest", "height", height, 1, 65536)
    _check_int("cnn/upsample_nearest", "width", width, 1, 65536)
    return 144 * batch * dim**2 * height * width


def cnn_upsample_nearest_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward elementwise operations of cnn/upsample_nearest.

    Upsample x2 (nearest) . Conv2d 3x3.
    Built by zoo.torch_layers.upsample_nearest(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    everywhere: 0
    """
    _check_int("cnn/upsample_nearest", "dim", dim, 1, 65536)
    _check_int("cnn/upsample_nearest", "batch", batch, 1, 65536)
    _check_int("cnn/upsample_nearest", "height", height, 1, 65536)
    _check_int("cnn/upsample_nearest", "width", width, 1, 65536)
    return 0


def cnn_upsample_nearest_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/upsample_nearest.

    Upsample x2 (nearest) . Conv2d 3x3.
    Built by zoo.torch_layers.upsample_nearest(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    everywhere: 4 * batch * dim * height * width

    Per submodule:
        0 (Upsample): 4 * batch * dim * height * width
    """
    _check_int("cnn/upsample_nearest", "dim", dim, 1, 65536)
    _check_int("cnn/upsample_nearest", "batch", batch, 1, 65536)
    _check_int("cnn/upsample_nearest", "height", height, 1, 65536)
    _check_int("cnn/upsample_nearest", "width", width, 1, 65536)
    return 4 * batch * dim * height * width


def cnn_upsample_nearest_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/upsample_nearest.

    Upsample x2 (nearest) . Conv2d 3x3.
    Built by zoo.torch_layers.upsample_nearest(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    everywhere: 16 * batch * dim * height * width

    Per submodule:
        1 (Conv2d): 16 * batch * dim * height * width
    """
    _check_int("cnn/upsample_nearest", "dim", dim, 1, 65536)
    _check_int("cnn/upsample_nearest", "batch", batch, 1, 65536)
    _check_int("cnn/upsample_nearest", "height", height, 1, 65536)
    _check_int("cnn/upsample_nearest", "width", width, 1, 65536)
    return 16 * batch * dim * height * width


def cnn1d_conv1d_dilated_strided_params(dim: int) -> int:
    """Parameters of cnn1d/conv1d_dilated_strided.

    Conv1d(dim, 2 dim) k3, dilation 2, stride 2.
    Built by zoo.torch_layers.conv1d_dilated_strided(); exact for 1 <= dim <= 65536.

    everywhere: 6 * dim**2 + 2 * dim

    Per submodule:
        self (Conv1d): 6 * dim**2 + 2 * dim
    """
    _check_int("cnn1d/conv1d_dilated_strided", "dim", dim, 1, 65536)
    return 6 * dim**2 + 2 * dim


def cnn1d_conv1d_dilated_strided_buffers(dim: int) -> int:
    """Buffer elements of cnn1d/conv1d_dilated_strided.

    Conv1d(dim, 2 dim) k3, dilation 2, stride 2.
    Built by zoo.torch_layers.conv1d_dilated_strided(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("cnn1d/conv1d_dilated_strided", "dim", dim, 1, 65536)
    return 0


def cnn1d_conv1d_dilated_strided_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn1d/conv1d_dilated_strided.

    Conv1d(dim, 2 dim) k3, dilation 2, stride 2.
    Built by zoo.torch_layers.conv1d_dilated_strided(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 48 * dim**2 + 16 * dim

        Per submodule:
            self (Conv1d): 48 * dim**2 + 16 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 72 * dim**2 + 24 * dim

        Per submodule:
            self (Conv1d): 72 * dim**2 + 24 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 96 * dim**2 + 32 * dim + 8

        Per submodule:
            self (Conv1d): 96 * dim**2 + 32 * dim + 8
    """
    _check_int("cnn1d/conv1d_dilated_strided", "dim", dim, 1, 65536)
    _check_choice(
        "cnn1d/conv1d_dilated_strided",
        "optimizer",
        optimizer,
        ("sgd", "sgd_momentum", "adam", "adamw"),
    )
    if optimizer == "sgd":
        return 48 * dim**2 + 16 * dim
    if optimizer == "sgd_momentum":
        return 72 * dim**2 + 24 * dim
    return 96 * dim**2 + 32 * dim + 8


def cnn1d_conv1d_dilated_strided_forward_flops(dim: int, *, batch: int, length: int) -> int:
    """Forward FLOPs of cnn1d/conv1d_dilated_strided.

    Conv1d(dim, 2 dim) k3, dilation 2, stride 2.
    Built by zoo.torch_layers.conv1d_dilated_strided(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= length <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if dim == 1 and -length < -1 and (length - 1) // 2 == 0: 12 * batch
    otherwise: 12 * batch * dim**2 * ((length - 1) // 2) + 12 * batch * dim**2

    Per submodule:
        if dim == 1 and -length < -1 and (length - 1) // 2 == 0:
            self (Conv1d): 12 * batch
        otherwise:
            self (Conv1d): 12 * batch * dim**2 * ((length - 1) // 2) + 12 * batch * dim**2
    """
    _check_int("cnn1d/conv1d_dilated_strided", "dim", dim, 1, 65536)
    _check_int("cnn1d/conv1d_dilated_strided", "batch", batch, 1, 65536)
    _check_int("cnn1d/conv1d_dilated_strided", "length", length, 1, 65536)
    if dim == 1 and -length < -1 and (length - 1) // 2 == 0:
        return 12 * batch
    return 12 * batch * dim**2 * ((length - 1) // 2) + 12 * batch * dim**2


def cnn1d_conv1d_dilated_strided_backward_flops(dim: int, *, batch: int, length: int) -> int:
    """Backward FLOPs of cnn1d/conv1d_dilated_strided.

    Conv1d(dim, 2 dim) k3, dilation 2, stride 2.
    Built by zoo.torch_layers.conv1d_dilated_strided(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= length <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if dim == 1 and -length < -1 and (length - 1) // 2 == 0: 24 * batch
    otherwise: 24 * batch * dim**2 * ((length - 1) // 2) + 24 * batch * dim**2

    Per submodule:
        if dim == 1 and -length < -1 and (length - 1) // 2 == 0:
            self (Conv1d): 24 * batch
        otherwise:
            self (Conv1d): 24 * batch * dim**2 * ((length - 1) // 2) + 24 * batch * dim**2
    """
    _check_int("cnn1d/conv1d_dilated_strided", "dim", dim, 1, 65536)
    _check_int("cnn1d/conv1d_dilated_strided", "batch", batch, 1, 65536)
    _check_int("cnn1d/conv1d_dilated_strided", "length", length, 1, 65536)
    if dim == 1 and -length < -1 and (length - 1) // 2 == 0:
        return 24 * batch
    return 24 * batch * dim**2 * ((length - 1) // 2) + 24 * batch * dim**2


def cnn1d_conv1d_dilated_strided_elementwise_flops(dim: int, *, batch: int, length: int) -> int:
    """Forward elementwise operations of cnn1d/conv1d_dilated_strided.

    Conv1d(dim, 2 dim) k3, dilation 2, stride 2.
    Built by zoo.torch_layers.conv1d_dilated_strided(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= length <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    everywhere: 0
    """
    _check_int("cnn1d/conv1d_dilated_strided", "dim", dim, 1, 65536)
    _check_int("cnn1d/conv1d_dilated_strided", "batch", batch, 1, 65536)
    _check_int("cnn1d/conv1d_dilated_strided", "length", length, 1, 65536)
    return 0


def cnn1d_conv1d_dilated_strided_backward_elementwise_flops(
    dim: int, *, batch: int, length: int
) -> int:
    """Backward elementwise operations of cnn1d/conv1d_dilated_strided.

    Conv1d(dim, 2 dim) k3, dilation 2, stride 2.
    Built by zoo.torch_layers.conv1d_dilated_strided(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= length <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    everywhere: 0
    """
    _check_int("cnn1d/conv1d_dilated_strided", "dim", dim, 1, 65536)
    _check_int("cnn1d/conv1d_dilated_strided", "batch", batch, 1, 65536)
    _check_int("cnn1d/conv1d_dilated_strided", "length", length, 1, 65536)
    return 0


def cnn1d_conv1d_dilated_strided_activation_bytes(dim: int, *, batch: int, length: int) -> int:
    """Activation bytes of cnn1d/conv1d_dilated_strided.

    Conv1d(dim, 2 dim) k3, dilation 2, stride 2.
    Built by zoo.torch_layers.conv1d_dilated_strided(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= length <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if dim == 1 and -length < -1 and (length - 1) // 2 == 0: 8 * batch
    otherwise: 4 * batch * dim * length

    Per submodule:
        if dim == 1 and -length < -1 and (length - 1) // 2 == 0:
            self (Conv1d): 8 * batch
        otherwise:
            self (Conv1d): 4 * batch * dim * length
    """
    _check_int("cnn1d/conv1d_dilated_strided", "dim", dim, 1, 65536)
    _check_int("cnn1d/conv1d_dilated_strided", "batch", batch, 1, 65536)
    _check_int("cnn1d/conv1d_dilated_strided", "length", length, 1, 65536)
    if dim == 1 and -length < -1 and (length - 1) // 2 == 0:
        return 8 * batch
    return 4 * batch * dim * length


def cnn1d_conv1d_grouped_params(dim: int, *, groups: int = 2) -> int:
    """Parameters of cnn1d/conv1d_grouped.

    Grouped Conv1d k3 . BatchNorm1d . ReLU.
    Built by zoo.torch_layers.conv1d_grouped(); exact for 1 <= dim <= 65536, 1 <= groups <= 8.

    if dim % groups != 0: ValueError (the factory rejects it)
    otherwise: 3 * dim * (dim // groups) + 2 * dim

    Per submodule:
        otherwise:
            0 (Conv1d): 3 * dim * (dim // groups)
            1 (BatchNorm1d): 2 * dim
    """
    _check_int("cnn1d/conv1d_grouped", "dim", dim, 1, 65536)
    _check_int("cnn1d/conv1d_grouped", "groups", groups, 1, 8)
    if dim % groups != 0:
        raise ValueError(
            f"cnn1d/conv1d_grouped: no module at dim={dim}, groups={groups}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "conv1d_grouped)"
        )
    return 3 * dim * (dim // groups) + 2 * dim


def cnn1d_conv1d_grouped_buffers(dim: int, *, groups: int = 2) -> int:
    """Buffer elements of cnn1d/conv1d_grouped.

    Grouped Conv1d k3 . BatchNorm1d . ReLU.
    Built by zoo.torch_layers.conv1d_grouped(); exact for 1 <= dim <= 65536, 1 <= groups <= 8.

    if dim % groups != 0: ValueError (the factory rejects it)
    otherwise: 2 * dim + 1

    Per submodule:
        otherwise:
            1 (BatchNorm1d): 2 * dim + 1
    """
    _check_int("cnn1d/conv1d_grouped", "dim", dim, 1, 65536)
    _check_int("cnn1d/conv1d_grouped", "groups", groups, 1, 8)
    if dim % groups != 0:
        raise ValueError(
            f"cnn1d/conv1d_grouped: no module at dim={dim}, groups={groups}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "conv1d_grouped)"
        )
    return 2 * dim + 1


def cnn1d_conv1d_grouped_training_state_bytes(
    dim: int, *, optimizer: str = "adam", groups: int = 2
) -> int:
    """Training state bytes of cnn1d/conv1d_grouped.

    Grouped Conv1d k3 . BatchNorm1d . ReLU.
    Built by zoo.torch_layers.conv1d_grouped(); exact for 1 <= dim <= 65536, 1 <= groups <= 8.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        if dim % groups != 0: ValueError (the factory rejects it)
        otherwise: 24 * dim * (dim // groups) + 16 * dim

        Per submodule:
            otherwise:
                0 (Conv1d): 24 * dim * (dim // groups)
                1 (BatchNorm1d): 16 * dim

    if optimizer == 'sgd_momentum':

        if dim % groups != 0: ValueError (the factory rejects it)
        otherwise: 36 * dim * (dim // groups) + 24 * dim

        Per submodule:
            otherwise:
                0 (Conv1d): 36 * dim * (dim // groups)
                1 (BatchNorm1d): 24 * dim

    if optimizer in ('adam', 'adamw'):

        if dim % groups != 0: ValueError (the factory rejects it)
        otherwise: 48 * dim * (dim // groups) + 32 * dim + 12

        Per submodule:
            otherwise:
                0 (Conv1d): 48 * dim * (dim // groups) + 4
                1 (BatchNorm1d): 32 * dim + 8
    """
    _check_int("cnn1d/conv1d_grouped", "dim", dim, 1, 65536)
    _check_int("cnn1d/conv1d_grouped", "groups", groups, 1, 8)
    _check_choice(
        "cnn1d/conv1d_grouped", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        if dim % groups != 0:
            raise ValueError(
                f"cnn1d/conv1d_grouped: no module at dim={dim}, groups={groups}; "
                "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
                "conv1d_grouped)"
            )
        return 24 * dim * (dim // groups) + 16 * dim
    if optimizer == "sgd_momentum":
        if dim % groups != 0:
            raise ValueError(
                f"cnn1d/conv1d_grouped: no module at dim={dim}, groups={groups}; "
                "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
                "conv1d_grouped)"
            )
        return 36 * dim * (dim // groups) + 24 * dim
    if dim % groups != 0:
        raise ValueError(
            f"cnn1d/conv1d_grouped: no module at dim={dim}, groups={groups}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "conv1d_grouped)"
        )
    return 48 * dim * (dim // groups) + 32 * dim + 12


def cnn1d_conv1d_grouped_forward_flops(
    dim: int, *, batch: int, length: int, groups: int = 2
) -> int:
    """Forward FLOPs of cnn1d/conv1d_grouped.

    Grouped Conv1d k3 . BatchNorm1d . ReLU.
    Built by zoo.torch_layers.conv1d_grouped(); exact for 1 <= dim <= 65536, 1 <= groups <= 8,
    1 <= batch <= 65536, 1 <= length <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if batch == 1 and length == 1 and dim % groups == 0: ValueError (the training step raises)
    if dim % groups != 0: ValueError (the factory rejects it)
    otherwise: 6 * batch * dim * (dim // groups) * length

    Per submodule:
        otherwise:
            0 (Conv1d): 6 * batch * dim * (dim // groups) * length
    """
    _check_int("cnn1d/conv1d_grouped", "dim", dim, 1, 65536)
    _check_int("cnn1d/conv1d_grouped", "groups", groups, 1, 8)
    _check_int("cnn1d/conv1d_grouped", "batch", batch, 1, 65536)
    _check_int("cnn1d/conv1d_grouped", "length", length, 1, 65536)
    if batch == 1 and length == 1 and dim % groups == 0:
        raise ValueError(
            f"cnn1d/conv1d_grouped: no training step at dim={dim}, groups={groups}, "
            f"batch={batch}, length={length}; "
            "the training step raises ValueError where batch == 1 and length == 1 and dim % "
            "groups == 0"
        )
    if dim % groups != 0:
        raise ValueError(
            f"cnn1d/conv1d_grouped: no module at dim={dim}, groups={groups}, batch={batch}, "
            f"length={length}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "conv1d_grouped)"
        )
    return 6 * batch * dim * (dim // groups) * length


def cnn1d_conv1d_grouped_backward_flops(
    dim: int, *, batch: int, length: int, groups: int = 2
) -> int:
    """Backward FLOPs of cnn1d/conv1d_grouped.

    Grouped Conv1d k3 . BatchNorm1d . ReLU.
    Built by zoo.torch_layers.conv1d_grouped(); exact for 1 <= dim <= 65536, 1 <= groups <= 8,
    1 <= batch <= 65536, 1 <= length <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if batch == 1 and length == 1 and dim % groups == 0: ValueError (the training step raises)
    if dim % groups != 0: ValueError (the factory rejects it)
    otherwise: 12 * batch * dim * (dim // groups) * length

    Per submodule:
        otherwise:
            0 (Conv1d): 12 * batch * dim * (dim // groups) * length
    """
    _check_int("cnn1d/conv1d_grouped", "dim", dim, 1, 65536)
    _check_int("cnn1d/conv1d_grouped", "groups", groups, 1, 8)
    _check_int("cnn1d/conv1d_grouped", "batch", batch, 1, 65536)
    _check_int("cnn1d/conv1d_grouped", "length", length, 1, 65536)
    if batch == 1 and length == 1 and dim % groups == 0:
        raise ValueError(
            f"cnn1d/conv1d_grouped: no training step at dim={dim}, groups={groups}, "
            f"batch={batch}, length={length}; "
            "the training step raises ValueError where batch == 1 and length == 1 and dim % "
            "groups == 0"
        )
    if dim % groups != 0:
        raise ValueError(
            f"cnn1d/conv1d_grouped: no module at dim={dim}, groups={groups}, batch={batch}, "
            f"length={length}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "conv1d_grouped)"
        )
    return 12 * batch * dim * (dim // groups) * length


def cnn1d_conv1d_grouped_elementwise_flops(
    dim: int, *, batch: int, length: int, groups: int = 2
) -> int:
    """Forward elementwise operations of cnn1d/conv1d_grouped.

    Grouped Conv1d k3 . BatchNorm1d . ReLU.
    Built by zoo.torch_layers.conv1d_grouped(); exact for 1 <= dim <= 65536, 1 <= groups <= 8,
    1 <= batch <= 65536, 1 <= length <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if batch == 1 and length == 1 and dim % groups == 0: ValueError (the training step raises)
    if dim % groups != 0: ValueError (the factory rejects it)
    otherwise: 6 * batch * dim * length + 1

    Per submodule:
        otherwise:
            1 (BatchNorm1d): 5 * batch * dim * length + 1
            2 (ReLU): batch * dim * length
    """
    _check_int("cnn1d/conv1d_grouped", "dim", dim, 1, 65536)
    _check_int("cnn1d/conv1d_grouped", "groups", groups, 1, 8)
    _check_int("cnn1d/conv1d_grouped", "batch", batch, 1, 65536)
    _check_int("cnn1d/conv1d_grouped", "length", length, 1, 65536)
    if batch == 1 and length == 1 and dim % groups == 0:
        raise ValueError(
            f"cnn1d/conv1d_grouped: no training step at dim={dim}, groups={groups}, "
            f"batch={batch}, length={length}; "
            "the training step raises ValueError where batch == 1 and length == 1 and dim % "
            "groups == 0"
        )
    if dim % groups != 0:
        raise ValueError(
            f"cnn1d/conv1d_grouped: no module at dim={dim}, groups={groups}, batch={batch}, "
            f"length={length}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "conv1d_grouped)"
        )
    return 6 * batch * dim * length + 1


def cnn1d_conv1d_grouped_backward_elementwise_flops(
    dim: int, *, batch: int, length: int, groups: int = 2
) -> int:
    """Backward elementwise operations of cnn1d/conv1d_grouped.

    Grouped Conv1d k3 . BatchNorm1d . ReLU.
    Built by zoo.torch_layers.conv1d_grouped(); exact for 1 <= dim <= 65536, 1 <= groups <= 8,
    1 <= batch <= 65536, 1 <= length <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if batch == 1 and length == 1 and dim % groups == 0: ValueError (the training step raises)
    if dim % groups != 0: ValueError (the factory rejects it)
    otherwise: 9 * batch * dim * length

    Per submodule:
        otherwise:
            1 (BatchNorm1d): 8 * batch * dim * length
            2 (ReLU): batch * dim * length
    """
    _check_int("cnn1d/conv1d_grouped", "dim", dim, 1, 65536)
    _check_int("cnn1d/conv1d_grouped", "groups", groups, 1, 8)
    _check_int("cnn1d/conv1d_grouped", "batch", batch, 1, 65536)
    _check_int("cnn1d/conv1d_grouped", "length", length, 1, 65536)
    if batch == 1 and length == 1 and dim % groups == 0:
        raise ValueError(
            f"cnn1d/conv1d_grouped: no training step at dim={dim}, groups={groups}, "
            f"batch={batch}, length={length}; "
            "the training step raises ValueError where batch == 1 and length == 1 and dim % "
            "groups == 0"
        )
    if dim % groups != 0:
        raise ValueError(
            f"cnn1d/conv1d_grouped: no module at dim={dim}, groups={groups}, batch={batch}, "
            f"length={length}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "conv1d_grouped)"
        )
    return 9 * batch * dim * length


def cnn1d_conv1d_grouped_activation_bytes(
    dim: int, *, batch: int, length: int, groups: int = 2
) -> int:
    """Activation bytes of cnn1d/conv1d_grouped.

    Grouped Conv1d k3 . BatchNorm1d . ReLU.
    Built by zoo.torch_layers.conv1d_grouped(); exact for 1 <= dim <= 65536, 1 <= groups <= 8,
    1 <= batch <= 65536, 1 <= length <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if batch == 1 and length == 1 and dim % groups == 0: ValueError (the training step raises)
    if dim % groups != 0: ValueError (the factory rejects it)
    otherwise: 12 * batch * dim * length + 8 * dim

    Per submodule:
        otherwise:
            0 (Conv1d): 4 * batch * dim * length
            1 (BatchNorm1d): 4 * batch * dim * length + 8 * dim
            2 (ReLU): 4 * batch * dim * length
    """
    _check_int("cnn1d/conv1d_grouped", "dim", dim, 1, 65536)
    _check_int("cnn1d/conv1d_grouped", "groups", groups, 1, 8)
    _check_int("cnn1d/conv1d_grouped", "batch", batch, 1, 65536)
    _check_int("cnn1d/conv1d_grouped", "length", length, 1, 65536)
    if batch == 1 and length == 1 and dim % groups == 0:
        raise ValueError(
            f"cnn1d/conv1d_grouped: no training step at dim={dim}, groups={groups}, "
            f"batch={batch}, length={length}; "
            "the training step raises ValueError where batch == 1 and length == 1 and dim % "
            "groups == 0"
        )
    if dim % groups != 0:
        raise ValueError(
            f"cnn1d/conv1d_grouped: no module at dim={dim}, groups={groups}, batch={batch}, "
            f"length={length}; "
            "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in "
            "conv1d_grouped)"
        )
    return 12 * batch * dim * length + 8 * dim


def cnn1d_conv_transpose1d_params(dim: int) -> int:
    """Parameters of cnn1d/conv_transpose1d.

    ConvTranspose1d k4 stride 2 (doubles length) . PReLU.
    Built by zoo.torch_layers.conv_transpose1d(); exact for 1 <= dim <= 65536.

    everywhere: 4 * dim**2 + dim + 1

    Per submodule:
        0 (ConvTranspose1d): 4 * dim**2 + dim
        1 (PReLU): 1
    """
    _check_int("cnn1d/conv_transpose1d", "dim", dim, 1, 65536)
    return 4 * dim**2 + dim + 1


def cnn1d_conv_transpose1d_buffers(dim: int) -> int:
    """Buffer elements of cnn1d/conv_transpose1d.

    ConvTranspose1d k4 stride 2 (doubles length) . PReLU.
    Built by zoo.torch_layers.conv_transpose1d(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("cnn1d/conv_transpose1d", "dim", dim, 1, 65536)
    return 0


def cnn1d_conv_transpose1d_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn1d/conv_transpose1d.

    ConvTranspose1d k4 stride 2 (doubles length) . PReLU.
    Built by zoo.torch_layers.conv_transpose1d(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 32 * dim**2 + 8 * dim + 8

        Per submodule:
            0 (ConvTranspose1d): 32 * dim**2 + 8 * dim
            1 (PReLU): 8

    if optimizer == 'sgd_momentum':

        everywhere: 48 * dim**2 + 12 * dim + 12

        Per submodule:
            0 (ConvTranspose1d): 48 * dim**2 + 12 * dim
            1 (PReLU): 12

    if optimizer in ('adam', 'adamw'):

        everywhere: 64 * dim**2 + 16 * dim + 28

        Per submodule:
            0 (ConvTranspose1d): 64 * dim**2 + 16 * dim + 8
            1 (PReLU): 20
    """
    _check_int("cnn1d/conv_transpose1d", "dim", dim, 1, 65536)
    _check_choice(
        "cnn1d/conv_transpose1d", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 32 * dim**2 + 8 * dim + 8
    if optimizer == "sgd_momentum":
        return 48 * dim**2 + 12 * dim + 12
    return 64 * dim**2 + 16 * dim + 28


def cnn1d_conv_transpose1d_forward_flops(dim: int, *, batch: int, length: int) -> int:
    """Forward FLOPs of cnn1d/conv_transpose1d.

    ConvTranspose1d k4 stride 2 (doubles length) . PReLU.
    Built by zoo.torch_layers.conv_transpose1d(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= length <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    everywhere: 8 * batch * dim**2 * length

    Per submodule:
        0 (ConvTranspose1d): 8 * batch * dim**2 * length
    """
    _check_int("cnn1d/conv_transpose1d", "dim", dim, 1, 65536)
    _check_int("cnn1d/conv_transpose1d", "batch", batch, 1, 65536)
    _check_int("cnn1d/conv_transpose1d", "length", length, 1, 65536)
    return 8 * batch * dim**2 * length


def cnn1d_conv_transpose1d_backward_flops(dim: int, *, batch: int, length: int) -> int:
    """Backward FLOPs of cnn1d/conv_transpose1d.

    ConvTranspose1d k4 stride 2 (doubles length) . PReLU.
    Built by zoo.torch_layers.conv_transpose1d(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= length <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    everywhere: 16 * batch * dim**2 * length

    Per submodule:
        0 (ConvTranspose1d): 16 * batch * dim**2 * length
    """
    _check_int("cnn1d/conv_transpose1d", "dim", dim, 1, 65536)
    _check_int("cnn1d/conv_transpose1d", "batch", batch, 1, 65536)
    _check_int("cnn1d/conv_transpose1d", "length", length, 1, 65536)
    return 16 * batch * dim**2 * length


def cnn1d_conv_transpose1d_elementwise_flops(dim: int, *, batch: int, length: int) -> int:
    """Forward elementwise operations of cnn1d/conv_transpose1d.

    ConvTranspose1d k4 stride 2 (doubles length) . PReLU.
    Built by zoo.torch_layers.conv_transpose1d(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= length <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    everywhere: 2 * batch * dim * length

    Per submodule:
        1 (PReLU): 2 * batch * dim * length
    """
    _check_int("cnn1d/conv_transpose1d", "dim", dim, 1, 65536)
    _check_int("cnn1d/conv_transpose1d", "batch", batch, 1, 65536)
    _check_int("cnn1d/conv_transpose1d", "length", length, 1, 65536)
    return 2 * batch * dim * length


def cnn1d_conv_transpose1d_backward_elementwise_flops(dim: int, *, batch: int, length: int) -> int:
    """Backward elementwise operations of cnn1d/conv_transpose1d.

    ConvTranspose1d k4 stride 2 (doubles length) . PReLU.
    Built by zoo.torch_layers.conv_transpose1d(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= length <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    everywhere: 4 * batch * dim * length

    Per submodule:
        1 (PReLU): 4 * batch * dim * length
    """
    _check_int("cnn1d/conv_transpose1d", "dim", dim, 1, 65536)
    _check_int("cnn1d/conv_transpose1d", "batch", batch, 1, 65536)
    _check_int("cnn1d/conv_transpose1d", "length", length, 1, 65536)
    return 4 * batch * dim * length


def cnn1d_conv_transpose1d_activation_bytes(dim: int, *, batch: int, length: int) -> int:
    """Activation bytes of cnn1d/conv_transpose1d.

    ConvTranspose1d k4 stride 2 (doubles length) . PReLU.
    Built by zoo.torch_layers.conv_transpose1d(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= length <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    everywhere: 12 * batch * dim * length

    Per submodule:
        0 (ConvTranspose1d): 4 * batch * dim * length
        1 (PReLU): 8 * batch * dim * length
    """
    _check_int("cnn1d/conv_transpose1d", "dim", dim, 1, 65536)
    _check_int("cnn1d/conv_transpose1d", "batch", batch, 1, 65536)
    _check_int("cnn1d/conv_transpose1d", "length", length, 1, 65536)
    return 12 * batch * dim * length


def cnn1d_pool1d_params(dim: int) -> int:
    """Parameters of cnn1d/pool1d.

    Pointwise Conv1d . MaxPool1d k3 s2 . AvgPool1d k2 (ceil mode).
    Built by zoo.torch_layers.pool1d(); exact for 1 <= dim <= 65536.

    everywhere: dim**2 + dim

    Per submodule:
        0 (Conv1d): dim**2 + dim
    """
    _check_int("cnn1d/pool1d", "dim", dim, 1, 65536)
    return dim**2 + dim


def cnn1d_pool1d_buffers(dim: int) -> int:
    """Buffer elements of cnn1d/pool1d.

    Pointwise Conv1d . MaxPool1d k3 s2 . AvgPool1d k2 (ceil mode).
    Built by zoo.torch_layers.pool1d(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("cnn1d/pool1d", "dim", dim, 1, 65536)
    return 0


def cnn1d_pool1d_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn1d/pool1d.

    Pointwise Conv1d . MaxPool1d k3 s2 . AvgPool1d k2 (ceil mode).
    Built by zoo.torch_layers.pool1d(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 8 * dim**2 + 8 * dim

        Per submodule:
            0 (Conv1d): 8 * dim**2 + 8 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 12 * dim**2 + 12 * dim

        Per submodule:
            0 (Conv1d): 12 * dim**2 + 12 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 16 * dim**2 + 16 * dim + 8

        Per submodule:
            0 (Conv1d): 16 * dim**2 + 16 * dim + 8
    """
    _check_int("cnn1d/pool1d", "dim", dim, 1, 65536)
    _check_choice("cnn1d/pool1d", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw"))
    if optimizer == "sgd":
        return 8 * dim**2 + 8 * dim
    if optimizer == "sgd_momentum":
        return 12 * dim**2 + 12 * dim
    return 16 * dim**2 + 16 * dim + 8


def cnn1d_pool1d_forward_flops(dim: int, *, batch: int, length: int) -> int:
    """Forward FLOPs of cnn1d/pool1d.

    Pointwise Conv1d . MaxPool1d k3 s2 . AvgPool1d k2 (ceil mode).
    Built by zoo.torch_layers.pool1d(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= length <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    Not derived (raises NotImplementedError): the training step pins length to a single value
        (Eq(length, 20477)) at every size tried, most recently while tracing at dim=1, batch=15,
        length=20477 (at torch/nn/functional.py, in _max_pool1d)
    """
    _check_int("cnn1d/pool1d", "dim", dim, 1, 65536)
    _check_int("cnn1d/pool1d", "batch", batch, 1, 65536)
    _check_int("cnn1d/pool1d", "length", length, 1, 65536)
    raise NotImplementedError(
        "cnn1d/pool1d: forward FLOPs were not derived: the training step pins length to a"
        " single value (Eq(length, 20477)) at every size tried, most recently while "
        "tracing at dim=1, batch=15, length=20477 (at torch/nn/functional.py, in "
        "_max_pool1d)"
    )


def cnn1d_pool1d_backward_flops(dim: int, *, batch: int, length: int) -> int:
    """Backward FLOPs of cnn1d/pool1d.

    Pointwise Conv1d . MaxPool1d k3 s2 . AvgPool1d k2 (ceil mode).
    Built by zoo.torch_layers.pool1d(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= length <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    Not derived (raises NotImplementedError): the training step pins length to a single value
        (Eq(length, 20477)) at every size tried, most recently while tracing at dim=1, batch=15,
        length=20477 (at torch/nn/functional.py, in _max_pool1d)
    """
    _check_int("cnn1d/pool1d", "dim", dim, 1, 65536)
    _check_int("cnn1d/pool1d", "batch", batch, 1, 65536)
    _check_int("cnn1d/pool1d", "length", length, 1, 65536)
    raise NotImplementedError(
        "cnn1d/pool1d: backward FLOPs were not derived: the training step pins length to "
        "a single value (Eq(length, 20477)) at every size tried, most recently while "
        "tracing at dim=1, batch=15, length=20477 (at torch/nn/functional.py, in "
        "_max_pool1d)"
    )


def cnn1d_pool1d_elementwise_flops(dim: int, *, batch: int, length: int) -> int:
    """Forward elementwise operations of cnn1d/pool1d.

    Pointwise Conv1d . MaxPool1d k3 s2 . AvgPool1d k2 (ceil mode).
    Built by zoo.torch_layers.pool1d(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= length <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    Not derived (raises NotImplementedError): the training step pins length to a single value
        (Eq(length, 20477)) at every size tried, most recently while tracing at dim=1, batch=15,
        length=20477 (at torch/nn/functional.py, in _max_pool1d)
    """
    _check_int("cnn1d/pool1d", "dim", dim, 1, 65536)
    _check_int("cnn1d/pool1d", "batch", batch, 1, 65536)
    _check_int("cnn1d/pool1d", "length", length, 1, 65536)
    raise NotImplementedError(
        "cnn1d/pool1d: forward elementwise operations were not derived: the training step"
        " pins length to a single value (Eq(length, 20477)) at every size tried, most "
        "recently while tracing at dim=1, batch=15, length=20477 (at "
        "torch/nn/functional.py, in _max_pool1d)"
    )


def cnn1d_pool1d_backward_elementwise_flops(dim: int, *, batch: int, length: int) -> int:
    """Backward elementwise operations of cnn1d/pool1d.

    Pointwise Conv1d . MaxPool1d k3 s2 . AvgPool1d k2 (ceil mode).
    Built by zoo.torch_layers.pool1d(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= length <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    Not derived (raises NotImplementedError): the training step pins length to a single value
        (Eq(length, 20477)) at every size tried, most recently while tracing at dim=1, batch=15,
        length=20477 (at torch/nn/functional.py, in _max_pool1d)
    """
    _check_int("cnn1d/pool1d", "dim", dim, 1, 65536)
    _check_int("cnn1d/pool1d", "batch", batch, 1, 65536)
    _check_int("cnn1d/pool1d", "length", length, 1, 65536)
    raise NotImplementedError(
        "cnn1d/pool1d: backward elementwise operations were not derived: the training "
        "step pins length to a single value (Eq(length, 20477)) at every size tried, most"
        " recently while tracing at dim=1, batch=15, length=20477 (at "
        "torch/nn/functional.py, in _max_pool1d)"
    )


def cnn1d_pool1d_activation_bytes(dim: int, *, batch: int, length: int) -> int:
    """Activation bytes of cnn1d/pool1d.

    Pointwise Conv1d . MaxPool1d k3 s2 . AvgPool1d k2 (ceil mode).
    Built by zoo.torch_layers.pool1d(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= length <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    Not derived (raises NotImplementedError): the training step pins length to a single value
        (Eq(length, 20477)) at every size tried, most recently while tracing at dim=1, batch=15,
        length=20477 (at torch/nn/functional.py, in _max_pool1d)
    """
    _check_int("cnn1d/pool1d", "dim", dim, 1, 65536)
    _check_int("cnn1d/pool1d", "batch", batch, 1, 65536)
    _check_int("cnn1d/pool1d", "length", length, 1, 65536)
    raise NotImplementedError(
        "cnn1d/pool1d: activation bytes were not derived: the training step pins length "
        "to a single value (Eq(length, 20477)) at every size tried, most recently while "
        "tracing at dim=1, batch=15, length=20477 (at torch/nn/functional.py, in "
        "_max_pool1d)"
    )


def cnn3d_conv3d_depthwise_strided_params(dim: int) -> int:
    """Parameters of cnn3d/conv3d_depthwise_strided.

    Depthwise Conv3d 3^3 stride 2 . pointwise Conv3d.
    Built by zoo.torch_layers.conv3d_depthwise_strided(); exact for 1 <= dim <= 65536.

    everywhere: dim**2 + 29 * dim

    Per submodule:
        0 (Conv3d): 28 * dim
        1 (Conv3d): dim**2 + dim
    """
    _check_int("cnn3d/conv3d_depthwise_strided", "dim", dim, 1, 65536)
    return dim**2 + 29 * dim


def cnn3d_conv3d_depthwise_strided_buffers(dim: int) -> int:
    """Buffer elements of cnn3d/conv3d_depthwise_strided.

    Depthwise Conv3d 3^3 stride 2 . pointwise Conv3d.
    Built by zoo.torch_layers.conv3d_depthwise_strided(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("cnn3d/conv3d_depthwise_strided", "dim", dim, 1, 65536)
    return 0


def cnn3d_conv3d_depthwise_strided_training_state_bytes(
    dim: int, *, optimizer: str = "adam"
) -> int:
    """Training state bytes of cnn3d/conv3d_depthwise_strided.

    Depthwise Conv3d 3^3 stride 2 . pointwise Conv3d.
    Built by zoo.torch_layers.conv3d_depthwise_strided(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 8 * dim**2 + 232 * dim

        Per submodule:
            0 (Conv3d): 224 * dim
            1 (Conv3d): 8 * dim**2 + 8 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 12 * dim**2 + 348 * dim

        Per submodule:
            0 (Conv3d): 336 * dim
            1 (Conv3d): 12 * dim**2 + 12 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 16 * dim**2 + 464 * dim + 16

        Per submodule:
            0 (Conv3d): 448 * dim + 8
            1 (Conv3d): 16 * dim**2 + 16 * dim + 8
    """
    _check_int("cnn3d/conv3d_depthwise_strided", "dim", dim, 1, 65536)
    _check_choice(
        "cnn3d/conv3d_depthwise_strided",
        "optimizer",
        optimizer,
        ("sgd", "sgd_momentum", "adam", "adamw"),
    )
    if optimizer == "sgd":
        return 8 * dim**2 + 232 * dim
    if optimizer == "sgd_momentum":
        return 12 * dim**2 + 348 * dim
    return 16 * dim**2 + 464 * dim + 16


def cnn3d_conv3d_depthwise_strided_forward_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Forward FLOPs of cnn3d/conv3d_depthwise_strided.

    Depthwise Conv3d 3^3 stride 2 . pointwise Conv3d.
    Built by zoo.torch_layers.conv3d_depthwise_strided(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if (depth == 1 and dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0) or (depth
        == 1 and dim == 1 and width == 1 and height != 1 and (height - 1) // 2 == 0) or (dim == 1
        and height == 1 and width == 1 and depth != 1 and (depth - 1) // 2 == 0): 56 * batch
    otherwise: 2 * batch * dim**2 * ((depth - 1) // 2) * ((height - 1) // 2) * ((width - 1) // 2) +
        2 * batch * dim**2 * ((depth - 1) // 2) * ((height - 1) // 2) + 2 * batch * dim**2 * ((depth
        - 1) // 2) * ((width - 1) // 2) + 2 * batch * dim**2 * ((depth - 1) // 2) + 2 * batch *
        dim**2 * ((height - 1) // 2) * ((width - 1) // 2) + 2 * batch * dim**2 * ((height - 1) // 2)
        + 2 * batch * dim**2 * ((width - 1) // 2) + 2 * batch * dim**2 + 54 * batch * dim * ((depth
        - 1) // 2) * ((height - 1) // 2) * ((width - 1) // 2) + 54 * batch * dim * ((depth -
        1) // 2) * ((height - 1) // 2) + 54 * batch * dim * ((depth - 1) // 2) * ((width - 1) // 2)
        + 54 * batch * dim * ((depth - 1) // 2) + 54 * batch * dim * ((height - 1) // 2) * ((width -
        1) // 2) + 54 * batch * dim * ((height - 1) // 2) + 54 * batch * dim * ((width - 1) // 2) +
        54 * batch * dim

    Per submodule:
        if (depth == 1 and dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0) or
            (depth == 1 and dim == 1 and width == 1 and height != 1 and (height - 1) // 2 == 0) or
            (dim == 1 and height == 1 and width == 1 and depth != 1 and (depth - 1) // 2 == 0):
            0 (Conv3d): 54 * batch
            1 (Conv3d): 2 * batch
        otherwise:
            0 (Conv3d): 54 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) * ((width -
                1) // 2) + 54 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) + 54 * batch
                * dim * ((depth - 1) // 2) * ((width - 1) // 2) + 54 * batch * dim * ((depth -
                1) // 2) + 54 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2) + 54 * batch
                * dim * ((height - 1) // 2) + 54 * batch * dim * ((width - 1) // 2) + 54 * batch *
                dim
            1 (Conv3d): 2 * batch * dim**2 * ((depth - 1) // 2) * ((height - 1) // 2) * ((width -
                1) // 2) + 2 * batch * dim**2 * ((depth - 1) // 2) * ((height - 1) // 2) + 2 * batch
                * dim**2 * ((depth - 1) // 2) * ((width - 1) // 2) + 2 * batch * dim**2 * ((depth -
                1) // 2) + 2 * batch * dim**2 * ((height - 1) // 2) * ((width - 1) // 2) + 2 * batch
                * dim**2 * ((height - 1) // 2) + 2 * batch * dim**2 * ((width - 1) // 2) + 2 * batch
                * dim**2
    """
    _check_int("cnn3d/conv3d_depthwise_strided", "dim", dim, 1, 65536)
    _check_int("cnn3d/conv3d_depthwise_strided", "batch", batch, 1, 65536)
    _check_int("cnn3d/conv3d_depthwise_strided", "depth", depth, 1, 65536)
    _check_int("cnn3d/conv3d_depthwise_strided", "height", height, 1, 65536)
    _check_int("cnn3d/conv3d_depthwise_strided", "width", width, 1, 65536)
    if (
        (depth == 1 and dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0)
        or (depth == 1 and dim == 1 and width == 1 and height != 1 and (height - 1) // 2 == 0)
        or (dim == 1 and height == 1 and width == 1 and depth != 1 and (depth - 1) // 2 == 0)
    ):
        return 56 * batch
    return (
        2 * batch * dim**2 * ((depth - 1) // 2) * ((height - 1) // 2) * ((width - 1) // 2)
        + 2 * batch * dim**2 * ((depth - 1) // 2) * ((height - 1) // 2)
        + 2 * batch * dim**2 * ((depth - 1) // 2) * ((width - 1) // 2)
        + 2 * batch * dim**2 * ((depth - 1) // 2)
        + 2 * batch * dim**2 * ((height - 1) // 2) * ((width - 1) // 2)
        + 2 * batch * dim**2 * ((height - 1) // 2)
        + 2 * batch * dim**2 * ((width - 1) // 2)
        + 2 * batch * dim**2
        + 54 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) * ((width - 1) // 2)
        + 54 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2)
        + 54 * batch * dim * ((depth - 1) // 2) * ((width - 1) // 2)
        + 54 * batch * dim * ((depth - 1) // 2)
        + 54 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2)
        + 54 * batch * dim * ((height - 1) // 2)
        + 54 * batch * dim * ((width - 1) // 2)
        + 54 * batch * dim
    )


def cnn3d_conv3d_depthwise_strided_backward_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Backward FLOPs of cnn3d/conv3d_depthwise_strided.

    Depthwise Conv3d 3^3 stride 2 . pointwise Conv3d.
    Built by zoo.torch_layers.conv3d_depthwise_strided(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if (depth == 1 and dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0) or (depth
        == 1 and dim == 1 and width == 1 and height != 1 and (height - 1) // 2 == 0) or (dim == 1
        and height == 1 and width == 1 and depth != 1 and (depth - 1) // 2 == 0): 112 * batch
    otherwise: 4 * batch * dim**2 * ((depth - 1) // 2) * ((height - 1) // 2) * ((width - 1) // 2) +
        4 * batch * dim**2 * ((depth - 1) // 2) * ((height - 1) // 2) + 4 * batch * dim**2 * ((depth
        - 1) // 2) * ((width - 1) // 2) + 4 * batch * dim**2 * ((depth - 1) // 2) + 4 * batch *
        dim**2 * ((height - 1) // 2) * ((width - 1) // 2) + 4 * batch * dim**2 * ((height - 1) // 2)
        + 4 * batch * dim**2 * ((width - 1) // 2) + 4 * batch * dim**2 + 108 * batch * dim * ((depth
        - 1) // 2) * ((height - 1) // 2) * ((width - 1) // 2) + 108 * batch * dim * ((depth -
        1) // 2) * ((height - 1) // 2) + 108 * batch * dim * ((depth - 1) // 2) * ((width - 1) // 2)
        + 108 * batch * dim * ((depth - 1) // 2) + 108 * batch * dim * ((height - 1) // 2) * ((width
        - 1) // 2) + 108 * batch * dim * ((height - 1) // 2) + 108 * batch * dim * ((width -
        1) // 2) + 108 * batch * dim

    Per submodule:
        if (depth == 1 and dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0) or
            (depth == 1 and dim == 1 and width == 1 and height != 1 and (height - 1) // 2 == 0) or
            (dim == 1 and height == 1 and width == 1 and depth != 1 and (depth - 1) // 2 == 0):
            0 (Conv3d): 108 * batch
            1 (Conv3d): 4 * batch
        otherwise:
            0 (Conv3d): 108 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) * ((width -
                1) // 2) + 108 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) + 108 *
                batch * dim * ((depth - 1) // 2) * ((width - 1) // 2) + 108 * batch * dim * ((depth
                - 1) // 2) + 108 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2) + 108 *
                batch * dim * ((height - 1) // 2) + 108 * batch * dim * ((width - 1) // 2) + 108 *
                batch * dim
            1 (Conv3d): 4 * batch * dim**2 * ((depth - 1) // 2) * ((height - 1) // 2) * ((width -
                1) // 2) + 4 * batch * dim**2 * ((depth - 1) // 2) * ((height - 1) // 2) + 4 * batch
                * dim**2 * ((depth - 1) // 2) * ((width - 1) // 2) + 4 * batch * dim**2 * ((depth -
                1) // 2) + 4 * batch * dim**2 * ((height - 1) // 2) * ((width - 1) // 2) + 4 * batch
                * dim**2 * ((height - 1) // 2) + 4 * batch * dim**2 * ((width - 1) // 2) + 4 * batch
                * dim**2
    """
    _check_int("cnn3d/conv3d_depthwise_strided", "dim", dim, 1, 65536)
    _check_int("cnn3d/conv3d_depthwise_strided", "batch", batch, 1, 65536)
    _check_int("cnn3d/conv3d_depthwise_strided", "depth", depth, 1, 65536)
    _check_int("cnn3d/conv3d_depthwise_strided", "height", height, 1, 65536)
    _check_int("cnn3d/conv3d_depthwise_strided", "width", width, 1, 65536)
    if (
        (depth == 1 and dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0)
        or (depth == 1 and dim == 1 and width == 1 and height != 1 and (height - 1) // 2 == 0)
        or (dim == 1 and height == 1 and width == 1 and depth != 1 and (depth - 1) // 2 == 0)
    ):
        return 112 * batch
    return (
        4 * batch * dim**2 * ((depth - 1) // 2) * ((height - 1) // 2) * ((width - 1) // 2)
        + 4 * batch * dim**2 * ((depth - 1) // 2) * ((height - 1) // 2)
        + 4 * batch * dim**2 * ((depth - 1) // 2) * ((width - 1) // 2)
        + 4 * batch * dim**2 * ((depth - 1) // 2)
        + 4 * batch * dim**2 * ((height - 1) // 2) * ((width - 1) // 2)
        + 4 * batch * dim**2 * ((height - 1) // 2)
        + 4 * batch * dim**2 * ((width - 1) // 2)
        + 4 * batch * dim**2
        + 108 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) * ((width - 1) // 2)
        + 108 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2)
        + 108 * batch * dim * ((depth - 1) // 2) * ((width - 1) // 2)
        + 108 * batch * dim * ((depth - 1) // 2)
        + 108 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2)
        + 108 * batch * dim * ((height - 1) // 2)
        + 108 * batch * dim * ((width - 1) // 2)
        + 108 * batch * dim
    )


def cnn3d_conv3d_depthwise_strided_elementwise_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Forward elementwise operations of cnn3d/conv3d_depthwise_strided.

    Depthwise Conv3d 3^3 stride 2 . pointwise Conv3d.
    Built by zoo.torch_layers.conv3d_depthwise_strided(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    everywhere: 0
    """
    _check_int("cnn3d/conv3d_depthwise_strided", "dim", dim, 1, 65536)
    _check_int("cnn3d/conv3d_depthwise_strided", "batch", batch, 1, 65536)
    _check_int("cnn3d/conv3d_depthwise_strided", "depth", depth, 1, 65536)
    _check_int("cnn3d/conv3d_depthwise_strided", "height", height, 1, 65536)
    _check_int("cnn3d/conv3d_depthwise_strided", "width", width, 1, 65536)
    return 0


def cnn3d_conv3d_depthwise_strided_backward_elementwise_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn3d/conv3d_depthwise_strided.

    Depthwise Conv3d 3^3 stride 2 . pointwise Conv3d.
    Built by zoo.torch_layers.conv3d_depthwise_strided(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    everywhere: 0
    """
    _check_int("cnn3d/conv3d_depthwise_strided", "dim", dim, 1, 65536)
    _check_int("cnn3d/conv3d_depthwise_strided", "batch", batch, 1, 65536)
    _check_int("cnn3d/conv3d_depthwise_strided", "depth", depth, 1, 65536)
    _check_int("cnn3d/conv3d_depthwise_strided", "height", height, 1, 65536)
    _check_int("cnn3d/conv3d_depthwise_strided", "width", width, 1, 65536)
    return 0


def cnn3d_conv3d_depthwise_strided_activation_bytes(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Activation bytes of cnn3d/conv3d_depthwise_strided.

    Depthwise Conv3d 3^3 stride 2 . pointwise Conv3d.
    Built by zoo.torch_layers.conv3d_depthwise_strided(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if (depth == 1 and dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0) or (depth
        == 1 and dim == 1 and width == 1 and height != 1 and (height - 1) // 2 == 0) or (dim == 1
        and height == 1 and width == 1 and depth != 1 and (depth - 1) // 2 == 0): 12 * batch
    otherwise: 4 * batch * depth * dim * height * width + 4 * batch * dim * ((depth - 1) // 2) *
        ((height - 1) // 2) * ((width - 1) // 2) + 4 * batch * dim * ((depth - 1) // 2) * ((height -
        1) // 2) + 4 * batch * dim * ((depth - 1) // 2) * ((width - 1) // 2) + 4 * batch * dim *
        ((depth - 1) // 2) + 4 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2) + 4 * batch
        * dim * ((height - 1) // 2) + 4 * batch * dim * ((width - 1) // 2) + 4 * batch * dim

    Per submodule:
        if (depth == 1 and dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0) or
            (depth == 1 and dim == 1 and width == 1 and height != 1 and (height - 1) // 2 == 0) or
            (dim == 1 and height == 1 and width == 1 and depth != 1 and (depth - 1) // 2 == 0):
            0 (Conv3d): 8 * batch
            1 (Conv3d): 4 * batch
        otherwise:
            0 (Conv3d): 4 * batch * depth * dim * height * width
            1 (Conv3d): 4 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) * ((width -
                1) // 2) + 4 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) + 4 * batch *
                dim * ((depth - 1) // 2) * ((width - 1) // 2) + 4 * batch * dim * ((depth - 1) // 2)
                + 4 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2) + 4 * batch * dim *
                ((height - 1) // 2) + 4 * batch * dim * ((width - 1) // 2) + 4 * batch * dim
    """
    _check_int("cnn3d/conv3d_depthwise_strided", "dim", dim, 1, 65536)
    _check_int("cnn3d/conv3d_depthwise_strided", "batch", batch, 1, 65536)
    _check_int("cnn3d/conv3d_depthwise_strided", "depth", depth, 1, 65536)
    _check_int("cnn3d/conv3d_depthwise_strided", "height", height, 1, 65536)
    _check_int("cnn3d/conv3d_depthwise_strided", "width", width, 1, 65536)
    if (
        (depth == 1 and dim == 1 and height == 1 and width != 1 and (width - 1) // 2 == 0)
        or (depth == 1 and dim == 1 and width == 1 and height != 1 and (height - 1) // 2 == 0)
        or (dim == 1 and height == 1 and width == 1 and depth != 1 and (depth - 1) // 2 == 0)
    ):
        return 12 * batch
    return (
        4 * batch * depth * dim * height * width
        + 4 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) * ((width - 1) // 2)
        + 4 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2)
        + 4 * batch * dim * ((depth - 1) // 2) * ((width - 1) // 2)
        + 4 * batch * dim * ((depth - 1) // 2)
        + 4 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2)
        + 4 * batch * dim * ((height - 1) // 2)
        + 4 * batch * dim * ((width - 1) // 2)
        + 4 * batch * dim
    )


def cnn3d_conv3d_grouped_dilated_params(dim: int) -> int:
    """Parameters of cnn3d/conv3d_grouped_dilated.

    Conv3d(dim, 2 dim) 3^3, 2 groups, dilation 2.
    Built by zoo.torch_layers.conv3d_grouped_dilated(); exact for 1 <= dim <= 65536.

    if dim % 2 != 0: ValueError (the factory rejects it)
    otherwise: 54 * dim * (dim // 2)

    Per submodule:
        otherwise:
            self (Conv3d): 54 * dim * (dim // 2)
    """
    _check_int("cnn3d/conv3d_grouped_dilated", "dim", dim, 1, 65536)
    if dim % 2 != 0:
        raise ValueError(
            f"cnn3d/conv3d_grouped_dilated: no module at dim={dim}; "
            "the factory raises ValueError where dim % 2 != 0 (zoo/torch_layers.py, in "
            "conv3d_grouped_dilated)"
        )
    return 54 * dim * (dim // 2)


def cnn3d_conv3d_grouped_dilated_buffers(dim: int) -> int:
    """Buffer elements of cnn3d/conv3d_grouped_dilated.

    Conv3d(dim, 2 dim) 3^3, 2 groups, dilation 2.
    Built by zoo.torch_layers.conv3d_grouped_dilated(); exact for 1 <= dim <= 65536.

    if dim % 2 != 0: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("cnn3d/conv3d_grouped_dilated", "dim", dim, 1, 65536)
    if dim % 2 != 0:
        raise ValueError(
            f"cnn3d/conv3d_grouped_dilated: no module at dim={dim}; "
            "the factory raises ValueError where dim % 2 != 0 (zoo/torch_layers.py, in "
            "conv3d_grouped_dilated)"
        )
    return 0


def cnn3d_conv3d_grouped_dilated_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn3d/conv3d_grouped_dilated.

    Conv3d(dim, 2 dim) 3^3, 2 groups, dilation 2.
    Built by zoo.torch_layers.conv3d_grouped_dilated(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        if dim % 2 != 0: ValueError (the factory rejects it)
        otherwise: 432 * dim * (dim // 2)

        Per submodule:
            otherwise:
                self (Conv3d): 432 * dim * (dim // 2)

    if optimizer == 'sgd_momentum':

        if dim % 2 != 0: ValueError (the factory rejects it)
        otherwise: 648 * dim * (dim // 2)

        Per submodule:
            otherwise:
                self (Conv3d): 648 * dim * (dim // 2)

    if optimizer in ('adam', 'adamw'):

        if dim % 2 != 0: ValueError (the factory rejects it)
        otherwise: 864 * dim * (dim // 2) + 4

        Per submodule:
            otherwise:
                self (Conv3d): 864 * dim * (dim // 2) + 4
    """
    _check_int("cnn3d/conv3d_grouped_dilated", "dim", dim, 1, 65536)
    _check_choice(
        "cnn3d/conv3d_grouped_dilated",
        "optimizer",
        optimizer,
        ("sgd", "sgd_momentum", "adam", "adamw"),
    )
    if optimizer == "sgd":
        if dim % 2 != 0:
            raise ValueError(
                f"cnn3d/conv3d_grouped_dilated: no module at dim={dim}; "
                "the factory raises ValueError where dim % 2 != 0 (zoo/torch_layers.py, in "
                "conv3d_grouped_dilated)"
            )
        return 432 * dim * (dim // 2)
    if optimizer == "sgd_momentum":
        if dim % 2 != 0:
            raise ValueError(
                f"cnn3d/conv3d_grouped_dilated: no module at dim={dim}; "
                "the factory raises ValueError where dim % 2 != 0 (zoo/torch_layers.py, in "
                "conv3d_grouped_dilated)"
            )
        return 648 * dim * (dim // 2)
    if dim % 2 != 0:
        raise ValueError(
            f"cnn3d/conv3d_grouped_dilated: no module at dim={dim}; "
            "the factory raises ValueError where dim % 2 != 0 (zoo/torch_layers.py, in "
            "conv3d_grouped_dilated)"
        )
    return 864 * dim * (dim // 2) + 4


def cnn3d_conv3d_grouped_dilated_forward_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Forward FLOPs of cnn3d/conv3d_grouped_dilated.

    Conv3d(dim, 2 dim) 3^3, 2 groups, dilation 2.
    Built by zoo.torch_layers.conv3d_grouped_dilated(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if dim % 2 != 0: ValueError (the factory rejects it)
    otherwise: 54 * batch * depth * dim**2 * height * width

    Per submodule:
        otherwise:
            self (Conv3d): 54 * batch * depth * dim**2 * height * width
    """
    _check_int("cnn3d/conv3d_grouped_dilated", "dim", dim, 1, 65536)
    _check_int("cnn3d/conv3d_grouped_dilated", "batch", batch, 1, 65536)
    _check_int("cnn3d/conv3d_grouped_dilated", "depth", depth, 1, 65536)
    _check_int("cnn3d/conv3d_grouped_dilated", "height", height, 1, 65536)
    _check_int("cnn3d/conv3d_grouped_dilated", "width", width, 1, 65536)
    if dim % 2 != 0:
        raise ValueError(
            f"cnn3d/conv3d_grouped_dilated: no module at dim={dim}, batch={batch}, "
            f"depth={depth}, height={height}, width={width}; "
            "the factory raises ValueError where dim % 2 != 0 (zoo/torch_layers.py, in "
            "conv3d_grouped_dilated)"
        )
    return 54 * batch * depth * dim**2 * height * width


def cnn3d_conv3d_grouped_dilated_backward_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Backward FLOPs of cnn3d/conv3d_grouped_dilated.

    Conv3d(dim, 2 dim) 3^3, 2 groups, dilation 2.
    Built by zoo.torch_layers.conv3d_grouped_dilated(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if dim % 2 != 0: ValueError (the factory rejects it)
    otherwise: 108 * batch * depth * dim**2 * height * width

    Per submodule:
        otherwise:
            self (Conv3d): 108 * batch * depth * dim**2 * height * width
    """
    _check_int("cnn3d/conv3d_grouped_dilated", "dim", dim, 1, 65536)
    _check_int("cnn3d/conv3d_grouped_dilated", "batch", batch, 1, 65536)
    _check_int("cnn3d/conv3d_grouped_dilated", "depth", depth, 1, 65536)
    _check_int("cnn3d/conv3d_grouped_dilated", "height", height, 1, 65536)
    _check_int("cnn3d/conv3d_grouped_dilated", "width", width, 1, 65536)
    if dim % 2 != 0:
        raise ValueError(
            f"cnn3d/conv3d_grouped_dilated: no module at dim={dim}, batch={batch}, "
            f"depth={depth}, height={height}, width={width}; "
            "the factory raises ValueError where dim % 2 != 0 (zoo/torch_layers.py, in "
            "conv3d_grouped_dilated)"
        )
    return 108 * batch * depth * dim**2 * height * width


def cnn3d_conv3d_grouped_dilated_elementwise_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Forward elementwise operations of cnn3d/conv3d_grouped_dilated.

    Conv3d(dim, 2 dim) 3^3, 2 groups, dilation 2.
    Built by zoo.torch_layers.conv3d_grouped_dilated(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if dim % 2 != 0: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("cnn3d/conv3d_grouped_dilated", "dim", dim, 1, 65536)
    _check_int("cnn3d/conv3d_grouped_dilated", "batch", batch, 1, 65536)
    _check_int("cnn3d/conv3d_grouped_dilated", "depth", depth, 1, 65536)
    _check_int("cnn3d/conv3d_grouped_dilated", "height", height, 1, 65536)
    _check_int("cnn3d/conv3d_grouped_dilated", "width", width, 1, 65536)
    if dim % 2 != 0:
        raise ValueError(
            f"cnn3d/conv3d_grouped_dilated: no module at dim={dim}, batch={batch}, "
            f"depth={depth}, height={height}, width={width}; "
            "the factory raises ValueError where dim % 2 != 0 (zoo/torch_layers.py, in "
            "conv3d_grouped_dilated)"
        )
    return 0


def cnn3d_conv3d_grouped_dilated_backward_elementwise_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn3d/conv3d_grouped_dilated.

    Conv3d(dim, 2 dim) 3^3, 2 groups, dilation 2.
    Built by zoo.torch_layers.conv3d_grouped_dilated(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if dim % 2 != 0: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("cnn3d/conv3d_grouped_dilated", "dim", dim, 1, 65536)
    _check_int("cnn3d/conv3d_grouped_dilated", "batch", batch, 1, 65536)
    _check_int("cnn3d/conv3d_grouped_dilated", "depth", depth, 1, 65536)
    _check_int("cnn3d/conv3d_grouped_dilated", "height", height, 1, 65536)
    _check_int("cnn3d/conv3d_grouped_dilated", "width", width, 1, 65536)
    if dim % 2 != 0:
        raise ValueError(
            f"cnn3d/conv3d_grouped_dilated: no module at dim={dim}, batch={batch}, "
            f"depth={depth}, height={height}, width={width}; "
            "the factory raises ValueError where dim % 2 != 0 (zoo/torch_layers.py, in "
            "conv3d_grouped_dilated)"
        )
    return 0


def cnn3d_conv3d_grouped_dilated_activation_bytes(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Activation bytes of cnn3d/conv3d_grouped_dilated.

    Conv3d(dim, 2 dim) 3^3, 2 groups, dilation 2.
    Built by zoo.torch_layers.conv3d_grouped_dilated(); exact for 1 <= dim <= 65536,
    1 <= batch <= 65536, 1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if dim % 2 != 0: ValueError (the factory rejects it)
    otherwise: 4 * batch * depth * dim * height * width

    Per submodule:
        otherwise:
            self (Conv3d): 4 * batch * depth * dim * height * width
    """
    _check_int("cnn3d/conv3d_grouped_dilated", "dim", dim, 1, 65536)
    _check_int("cnn3d/conv3d_grouped_dilated", "batch", batch, 1, 65536)
    _check_int("cnn3d/conv3d_grouped_dilated", "depth", depth, 1, 65536)
    _check_int("cnn3d/conv3d_grouped_dilated", "height", height, 1, 65536)
    _check_int("cnn3d/conv3d_grouped_dilated", "width", width, 1, 65536)
    if dim % 2 != 0:
        raise ValueError(
            f"cnn3d/conv3d_grouped_dilated: no module at dim={dim}, batch={batch}, "
            f"depth={depth}, height={height}, width={width}; "
            "the factory raises ValueError where dim % 2 != 0 (zoo/torch_layers.py, in "
            "conv3d_grouped_dilated)"
        )
    return 4 * batch * depth * dim * height * width


def cnn3d_conv_transpose3d_params(dim: int) -> int:
    """Parameters of cnn3d/conv_transpose3d.

    ConvTranspose3d 2^3 stride 2 . BatchNorm3d . ReLU.
    Built by zoo.torch_layers.conv_transpose3d(); exact for 1 <= dim <= 65536.

    everywhere: 8 * dim**2 + 3 * dim

    Per submodule:
        0 (ConvTranspose3d): 8 * dim**2 + dim
        1 (BatchNorm3d): 2 * dim
    """
    _check_int("cnn3d/conv_transpose3d", "dim", dim, 1, 65536)
    return 8 * dim**2 + 3 * dim


def cnn3d_conv_transpose3d_buffers(dim: int) -> int:
    """Buffer elements of cnn3d/conv_transpose3d.

    ConvTranspose3d 2^3 stride 2 . BatchNorm3d . ReLU.
    Built by zoo.torch_layers.conv_transpose3d(); exact for 1 <= dim <= 65536.

    everywhere: 2 * dim + 1

    Per submodule:
        1 (BatchNorm3d): 2 * dim + 1
    """
    _check_int("cnn3d/conv_transpose3d", "dim", dim, 1, 65536)
    return 2 * dim + 1


def cnn3d_conv_transpose3d_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn3d/conv_transpose3d.

    ConvTranspose3d 2^3 stride 2 . BatchNorm3d . ReLU.
    Built by zoo.torch_layers.conv_transpose3d(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 64 * dim**2 + 24 * dim

        Per submodule:
            0 (ConvTranspose3d): 64 * dim**2 + 8 * dim
            1 (BatchNorm3d): 16 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 96 * dim**2 + 36 * dim

        Per submodule:
            0 (ConvTranspose3d): 96 * dim**2 + 12 * dim
            1 (BatchNorm3d): 24 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 128 * dim**2 + 48 * dim + 16

        Per submodule:
            0 (ConvTranspose3d): 128 * dim**2 + 16 * dim + 8
            1 (BatchNorm3d): 32 * dim + 8
    """
    _check_int("cnn3d/conv_transpose3d", "dim", dim, 1, 65536)
    _check_choice(
        "cnn3d/conv_transpose3d", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 64 * dim**2 + 24 * dim
    if optimizer == "sgd_momentum":
        return 96 * dim**2 + 36 * dim
    return 128 * dim**2 + 48 * dim + 16


def cnn3d_conv_transpose3d_forward_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Forward FLOPs of cnn3d/conv_transpose3d.

    ConvTranspose3d 2^3 stride 2 . BatchNorm3d . ReLU.
    Built by zoo.torch_layers.conv_transpose3d(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    everywhere: 16 * batch * depth * dim**2 * height * width

    Per submodule:
        0 (ConvTranspose3d): 16 * batch * depth * dim**2 * height * width
    """
    _check_int("cnn3d/conv_transpose3d", "dim", dim, 1, 65536)
    _check_int("cnn3d/conv_transpose3d", "batch", batch, 1, 65536)
    _check_int("cnn3d/conv_transpose3d", "depth", depth, 1, 65536)
    _check_int("cnn3d/conv_transpose3d", "height", height, 1, 65536)
    _check_int("cnn3d/conv_transpose3d", "width", width, 1, 65536)
    return 16 * batch * depth * dim**2 * height * width


def cnn3d_conv_transpose3d_backward_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Backward FLOPs of cnn3d/conv_transpose3d.

    ConvTranspose3d 2^3 stride 2 . BatchNorm3d . ReLU.
    Built by zoo.torch_layers.conv_transpose3d(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    everywhere: 32 * batch * depth * dim**2 * height * width

    Per submodule:
        0 (ConvTranspose3d): 32 * batch * depth * dim**2 * height * width
    """
    _check_int("cnn3d/conv_transpose3d", "dim", dim, 1, 65536)
    _check_int("cnn3d/conv_transpose3d", "batch", batch, 1, 65536)
    _check_int("cnn3d/conv_transpose3d", "depth", depth, 1, 65536)
    _check_int("cnn3d/conv_transpose3d", "height", height, 1, 65536)
    _check_int("cnn3d/conv_transpose3d", "width", width, 1, 65536)
    return 32 * batch * depth * dim**2 * height * width


def cnn3d_conv_transpose3d_elementwise_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Forward elementwise operations of cnn3d/conv_transpose3d.

    ConvTranspose3d 2^3 stride 2 . BatchNorm3d . ReLU.
    Built by zoo.torch_layers.conv_transpose3d(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    everywhere: 48 * batch * depth * dim * height * width + 1

    Per submodule:
        1 (BatchNorm3d): 40 * batch * depth * dim * height * width + 1
        2 (ReLU): 8 * batch * depth * dim * height * width
    """
    _check_int("cnn3d/conv_transpose3d", "dim", dim, 1, 65536)
    _check_int("cnn3d/conv_transpose3d", "batch", batch, 1, 65536)
    _check_int("cnn3d/conv_transpose3d", "depth", depth, 1, 65536)
    _check_int("cnn3d/conv_transpose3d", "height", height, 1, 65536)
    _check_int("cnn3d/conv_transpose3d", "width", width, 1, 65536)
    return 48 * batch * depth * dim * height * width + 1


def cnn3d_conv_transpose3d_backward_elementwise_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn3d/conv_transpose3d.

    ConvTranspose3d 2^3 stride 2 . BatchNorm3d . ReLU.
    Built by zoo.torch_layers.conv_transpose3d(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    everywhere: 72 * batch * depth * dim * height * width

    Per submodule:
        1 (BatchNorm3d): 64 * batch * depth * dim * height * width
        2 (ReLU): 8 * batch * depth * dim * height * width
    """
    _check_int("cnn3d/conv_transpose3d", "dim", dim, 1, 65536)
    _check_int("cnn3d/conv_transpose3d", "batch", batch, 1, 65536)
    _check_int("cnn3d/conv_transpose3d", "depth", depth, 1, 65536)
    _check_int("cnn3d/conv_transpose3d", "height", height, 1, 65536)
    _check_int("cnn3d/conv_transpose3d", "width", width, 1, 65536)
    return 72 * batch * depth * dim * height * width


def cnn3d_conv_transpose3d_activation_bytes(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Activation bytes of cnn3d/conv_transpose3d.

    ConvTranspose3d 2^3 stride 2 . BatchNorm3d . ReLU.
    Built by zoo.torch_layers.conv_transpose3d(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    everywhere: 68 * batch * depth * dim * height * width + 8 * dim

    Per submodule:
        0 (ConvTranspose3d): 4 * batch * depth * dim * height * width
        1 (BatchNorm3d): 32 * batch * depth * dim * height * width + 8 * dim
        2 (ReLU): 32 * batch * depth * dim * height * width
    """
    _check_int("cnn3d/conv_transpose3d", "dim", dim, 1, 65536)
    _check_int("cnn3d/conv_transpose3d", "batch", batch, 1, 65536)
    _check_int("cnn3d/conv_transpose3d", "depth", depth, 1, 65536)
    _check_int("cnn3d/conv_transpose3d", "height", height, 1, 65536)
    _check_int("cnn3d/conv_transpose3d", "width", width, 1, 65536)
    return 68 * batch * depth * dim * height * width + 8 * dim


def cnn3d_pool_upsample3d_params(dim: int) -> int:
    """Parameters of cnn3d/pool_upsample3d.

    Pointwise Conv3d . MaxPool3d 3^3 s2 . Upsample x2 (trilinear).
    Built by zoo.torch_layers.pool_upsample3d(); exact for 1 <= dim <= 65536.

    everywhere: dim**2 + dim

    Per submodule:
        0 (Conv3d): dim**2 + dim
    """
    _check_int("cnn3d/pool_upsample3d", "dim", dim, 1, 65536)
    return dim**2 + dim


def cnn3d_pool_upsample3d_buffers(dim: int) -> int:
    """Buffer elements of cnn3d/pool_upsample3d.

    Pointwise Conv3d . MaxPool3d 3^3 s2 . Upsample x2 (trilinear).
    Built by zoo.torch_layers.pool_upsample3d(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("cnn3d/pool_upsample3d", "dim", dim, 1, 65536)
    return 0


def cnn3d_pool_upsample3d_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn3d/pool_upsample3d.

    Pointwise Conv3d . MaxPool3d 3^3 s2 . Upsample x2 (trilinear).
    Built by zoo.torch_layers.pool_upsample3d(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 8 * dim**2 + 8 * dim

        Per submodule:
            0 (Conv3d): 8 * dim**2 + 8 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 12 * dim**2 + 12 * dim

        Per submodule:
            0 (Conv3d): 12 * dim**2 + 12 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 16 * dim**2 + 16 * dim + 8

        Per submodule:
            0 (Conv3d): 16 * dim**2 + 16 * dim + 8
    """
    _check_int("cnn3d/pool_upsample3d", "dim", dim, 1, 65536)
    _check_choice(
        "cnn3d/pool_upsample3d", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 8 * dim**2 + 8 * dim
    if optimizer == "sgd_momentum":
        return 12 * dim**2 + 12 * dim
    return 16 * dim**2 + 16 * dim + 8


def cnn3d_pool_upsample3d_forward_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Forward FLOPs of cnn3d/pool_upsample3d.

    Pointwise Conv3d . MaxPool3d 3^3 s2 . Upsample x2 (trilinear).
    Built by zoo.torch_layers.pool_upsample3d(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    Not derived (raises NotImplementedError): tracing at dim=64, batch=3, depth=4, height=5, width=7
        raised RuntimeError:
        /__w/pytorch/pytorch/build/aten/src/ATen/RegisterCompositeExplicitAutograd_0.cpp:4963:
        SymIntArrayRef expected to contain only concrete integers, but the real module runs at
        dim=2, batch=2, depth=3, height=3, width=3
    """
    _check_int("cnn3d/pool_upsample3d", "dim", dim, 1, 65536)
    _check_int("cnn3d/pool_upsample3d", "batch", batch, 1, 65536)
    _check_int("cnn3d/pool_upsample3d", "depth", depth, 1, 65536)
    _check_int("cnn3d/pool_upsample3d", "height", height, 1, 65536)
    _check_int("cnn3d/pool_upsample3d", "width", width, 1, 65536)
    raise NotImplementedError(
        "cnn3d/pool_upsample3d: forward FLOPs were not derived: tracing at dim=64, "
        "batch=3, depth=4, height=5, width=7 raised RuntimeError: /__w/pytorch/pytorch/bu"
        "ild/aten/src/ATen/RegisterCompositeExplicitAutograd_0.cpp:4963: SymIntArrayRef "
        "expected to contain only concrete integers, but the real module runs at dim=2, "
        "batch=2, depth=3, height=3, width=3"
    )


def cnn3d_pool_upsample3d_backward_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Backward FLOPs of cnn3d/pool_upsample3d.

    Pointwise Conv3d . MaxPool3d 3^3 s2 . Upsample x2 (trilinear).
    Built by zoo.torch_layers.pool_upsample3d(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    Not derived (raises NotImplementedError): tracing at dim=64, batch=3, depth=4, height=5, width=7
        raised RuntimeError:
        /__w/pytorch/pytorch/build/aten/src/ATen/RegisterCompositeExplicitAutograd_0.cpp:4963:
        SymIntArrayRef expected to contain only concrete integers, but the real module runs at
        dim=2, batch=2, depth=3, height=3, width=3
    """
    _check_int("cnn3d/pool_upsample3d", "dim", dim, 1, 65536)
    _check_int("cnn3d/pool_upsample3d", "batch", batch, 1, 65536)
    _check_int("cnn3d/pool_upsample3d", "depth", depth, 1, 65536)
    _check_int("cnn3d/pool_upsample3d", "height", height, 1, 65536)
    _check_int("cnn3d/pool_upsample3d", "width", width, 1, 65536)
    raise NotImplementedError(
        "cnn3d/pool_upsample3d: backward FLOPs were not derived: tracing at dim=64, "
        "batch=3, depth=4, height=5, width=7 raised RuntimeError: /__w/pytorch/pytorch/bu"
        "ild/aten/src/ATen/RegisterCompositeExplicitAutograd_0.cpp:4963: SymIntArrayRef "
        "expected to contain only concrete integers, but the real module runs at dim=2, "
        "batch=2, depth=3, height=3, width=3"
    )


def cnn3d_pool_upsample3d_elementwise_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Forward elementwise operations of cnn3d/pool_upsample3d.

    Pointwise Conv3d . MaxPool3d 3^3 s2 . Upsample x2 (trilinear).
    Built by zoo.torch_layers.pool_upsample3d(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    Not derived (raises NotImplementedError): tracing at dim=64, batch=3, depth=4, height=5, width=7
        raised RuntimeError:
        /__w/pytorch/pytorch/build/aten/src/ATen/RegisterCompositeExplicitAutograd_0.cpp:4963:
        SymIntArrayRef expected to contain only concrete integers, but the real module runs at
        dim=2, batch=2, depth=3, height=3, width=3
    """
    _check_int("cnn3d/pool_upsample3d", "dim", dim, 1, 65536)
    _check_int("cnn3d/pool_upsample3d", "batch", batch, 1, 65536)
    _check_int("cnn3d/pool_upsample3d", "depth", depth, 1, 65536)
    _check_int("cnn3d/pool_upsample3d", "height", height, 1, 65536)
    _check_int("cnn3d/pool_upsample3d", "width", width, 1, 65536)
    raise NotImplementedError(
        "cnn3d/pool_upsample3d: forward elementwise operations were not derived: tracing "
        "at dim=64, batch=3, depth=4, height=5, width=7 raised RuntimeError: /__w/pytorch"
        "/pytorch/build/aten/src/ATen/RegisterCompositeExplicitAutograd_0.cpp:4963: "
        "SymIntArrayRef expected to contain only concrete integers, but the real module "
        "runs at dim=2, batch=2, depth=3, height=3, width=3"
    )


def cnn3d_pool_upsample3d_backward_elementwise_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn3d/pool_upsample3d.

    Pointwise Conv3d . MaxPool3d 3^3 s2 . Upsample x2 (trilinear).
    Built by zoo.torch_layers.pool_upsample3d(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    Not derived (raises NotImplementedError): tracing at dim=64, batch=3, depth=4, height=5, width=7
        raised RuntimeError:
        /__w/pytorch/pytorch/build/aten/src/ATen/RegisterCompositeExplicitAutograd_0.cpp:4963:
        SymIntArrayRef expected to contain only concrete integers, but the real module runs at
        dim=2, batch=2, depth=3, height=3, width=3
    """
    _check_int("cnn3d/pool_upsample3d", "dim", dim, 1, 65536)
    _check_int("cnn3d/pool_upsample3d", "batch", batch, 1, 65536)
    _check_int("cnn3d/pool_upsample3d", "depth", depth, 1, 65536)
    _check_int("cnn3d/pool_upsample3d", "height", height, 1, 65536)
    _check_int("cnn3d/pool_upsample3d", "width", width, 1, 65536)
    raise NotImplementedError(
        "cnn3d/pool_upsample3d: backward elementwise operations were not derived: tracing"
        " at dim=64, batch=3, depth=4, height=5, width=7 raised RuntimeError: /__w/pytorc"
        "h/pytorch/build/aten/src/ATen/RegisterCompositeExplicitAutograd_0.cpp:4963: "
        "SymIntArrayRef expected to contain only concrete integers, but the real module "
        "runs at dim=2, batch=2, depth=3, height=3, width=3"
    )


def cnn3d_pool_upsample3d_activation_bytes(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Activation bytes of cnn3d/pool_upsample3d.

    Pointwise Conv3d . MaxPool3d 3^3 s2 . Upsample x2 (trilinear).
    Built by zoo.torch_layers.pool_upsample3d(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    Not derived (raises NotImplementedError): tracing at dim=64, batch=3, depth=4, height=5, width=7
        raised RuntimeError:
        /__w/pytorch/pytorch/build/aten/src/ATen/RegisterCompositeExplicitAutograd_0.cpp:4963:
        SymIntArrayRef expected to contain only concrete integers, but the real module runs at
        dim=2, batch=2, depth=3, height=3, width=3
    """
    _check_int("cnn3d/pool_upsample3d", "dim", dim, 1, 65536)
    _check_int("cnn3d/pool_upsample3d", "batch", batch, 1, 65536)
    _check_int("cnn3d/pool_upsample3d", "depth", depth, 1, 65536)
    _check_int("cnn3d/pool_upsample3d", "height", height, 1, 65536)
    _check_int("cnn3d/pool_upsample3d", "width", width, 1, 65536)
    raise NotImplementedError(
        "cnn3d/pool_upsample3d: activation bytes were not derived: tracing at dim=64, "
        "batch=3, depth=4, height=5, width=7 raised RuntimeError: /__w/pytorch/pytorch/bu"
        "ild/aten/src/ATen/RegisterCompositeExplicitAutograd_0.cpp:4963: SymIntArrayRef "
        "expected to contain only concrete integers, but the real module runs at dim=2, "
        "batch=2, depth=3, height=3, width=3"
    )


def transformer_activation_mlp_params(dim: int, *, activation: str = "silu") -> int:
    """Parameters of transformer/activation_mlp.

    Residual MLP: Linear(dim, 2 dim) . activation . Dropout(0.1) . Linear(2 dim, dim).
    Built by zoo.torch_layers.activation_mlp(); exact for 1 <= dim <= 65536.

    if activation in ('silu', 'mish', 'hardswish'):

        everywhere: 4 * dim**2 + 3 * dim

        Per submodule:
            body.0 (Linear): 2 * dim**2 + 2 * dim
            body.3 (Linear): 2 * dim**2 + dim

    if activation == 'prelu':

        everywhere: 4 * dim**2 + 3 * dim + 1

        Per submodule:
            body.0 (Linear): 2 * dim**2 + 2 * dim
            body.1 (PReLU): 1
            body.3 (Linear): 2 * dim**2 + dim
    """
    _check_int("transformer/activation_mlp", "dim", dim, 1, 65536)
    _check_choice(
        "transformer/activation_mlp",
        "activation",
        activation,
        ("silu", "mish", "hardswish", "prelu"),
    )
    if activation in ("silu", "mish", "hardswish"):
        return 4 * dim**2 + 3 * dim
    return 4 * dim**2 + 3 * dim + 1


def transformer_activation_mlp_buffers(dim: int, *, activation: str = "silu") -> int:
    """Buffer elements of transformer/activation_mlp.

    Residual MLP: Linear(dim, 2 dim) . activation . Dropout(0.1) . Linear(2 dim, dim).
    Built by zoo.torch_layers.activation_mlp(); exact for 1 <= dim <= 65536.
    The same for every value of activation.

    everywhere: 0
    """
    _check_int("transformer/activation_mlp", "dim", dim, 1, 65536)
    _check_choice(
        "transformer/activation_mlp",
        "activation",
        activation,
        ("silu", "mish", "hardswish", "prelu"),
    )
    return 0


def transformer_activation_mlp_training_state_bytes(
    dim: int, *, optimizer: str = "adam", activation: str = "silu"
) -> int:
    """Training state bytes of transformer/activation_mlp.

    Residual MLP: Linear(dim, 2 dim) . activation . Dropout(0.1) . Linear(2 dim, dim).
    Built by zoo.torch_layers.activation_mlp(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd' and activation in ('silu', 'mish', 'hardswish'):

        everywhere: 32 * dim**2 + 24 * dim

        Per submodule:
            body.0 (Linear): 16 * dim**2 + 16 * dim
            body.3 (Linear): 16 * dim**2 + 8 * dim

    if optimizer == 'sgd' and activation == 'prelu':

        everywhere: 32 * dim**2 + 24 * dim + 8

        Per submodule:
            body.0 (Linear): 16 * dim**2 + 16 * dim
            body.1 (PReLU): 8
            body.3 (Linear): 16 * dim**2 + 8 * dim

    if optimizer == 'sgd_momentum' and activation in ('silu', 'mish', 'hardswish'):

        everywhere: 48 * dim**2 + 36 * dim

        Per submodule:
            body.0 (Linear): 24 * dim**2 + 24 * dim
            body.3 (Linear): 24 * dim**2 + 12 * dim

    if optimizer == 'sgd_momentum' and activation == 'prelu':

        everywhere: 48 * dim**2 + 36 * dim + 12

        Per submodule:
            body.0 (Linear): 24 * dim**2 + 24 * dim
            body.1 (PReLU): 12
            body.3 (Linear): 24 * dim**2 + 12 * dim

    if optimizer in ('adam', 'adamw') and activation in ('silu', 'mish', 'hardswish'):

        everywhere: 64 * dim**2 + 48 * dim + 16

        Per submodule:
            body.0 (Linear): 32 * dim**2 + 32 * dim + 8
            body.3 (Linear): 32 * dim**2 + 16 * dim + 8

    if optimizer in ('adam', 'adamw') and activation == 'prelu':

        everywhere: 64 * dim**2 + 48 * dim + 36

        Per submodule:
            body.0 (Linear): 32 * dim**2 + 32 * dim + 8
            body.1 (PReLU): 20
            body.3 (Linear): 32 * dim**2 + 16 * dim + 8
    """
    _check_int("transformer/activation_mlp", "dim", dim, 1, 65536)
    _check_choice(
        "transformer/activation_mlp",
        "optimizer",
        optimizer,
        ("sgd", "sgd_momentum", "adam", "adamw"),
    )
    _check_choice(
        "transformer/activation_mlp",
        "activation",
        activation,
        ("silu", "mish", "hardswish", "prelu"),
    )
    if optimizer == "sgd" and activation in ("silu", "mish", "hardswish"):
        return 32 * dim**2 + 24 * dim
    if optimizer == "sgd" and activation == "prelu":
        return 32 * dim**2 + 24 * dim + 8
    if optimizer == "sgd_momentum" and activation in ("silu", "mish", "hardswish"):
        return 48 * dim**2 + 36 * dim
    if optimizer == "sgd_momentum" and activation == "prelu":
        return 48 * dim**2 + 36 * dim + 12
    if optimizer in ("adam", "adamw") and activation in ("silu", "mish", "hardswish"):
        return 64 * dim**2 + 48 * dim + 16
    return 64 * dim**2 + 48 * dim + 36


def transformer_activation_mlp_forward_flops(
    dim: int, *, batch: int, seq_len: int, activation: str = "silu"
) -> int:
    """Forward FLOPs of transformer/activation_mlp.

    Residual MLP: Linear(dim, 2 dim) . activation . Dropout(0.1) . Linear(2 dim, dim).
    Built by zoo.torch_layers.activation_mlp(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.
    The same for every value of activation.

    everywhere: 8 * batch * dim**2 * seq_len

    Per submodule:
        body.0 (Linear): 4 * batch * dim**2 * seq_len
        body.3 (Linear): 4 * batch * dim**2 * seq_len
    """
    _check_int("transformer/activation_mlp", "dim", dim, 1, 65536)
    _check_int("transformer/activation_mlp", "batch", batch, 1, 65536)
    _check_int("transformer/activation_mlp", "seq_len", seq_len, 1, 65536)
    _check_choice(
        "transformer/activation_mlp",
        "activation",
        activation,
        ("silu", "mish", "hardswish", "prelu"),
    )
    return 8 * batch * dim**2 * seq_len


def transformer_activation_mlp_backward_flops(
    dim: int, *, batch: int, seq_len: int, activation: str = "silu"
) -> int:
    """Backward FLOPs of transformer/activation_mlp.

    Residual MLP: Linear(dim, 2 dim) . activation . Dropout(0.1) . Linear(2 dim, dim).
    Built by zoo.torch_layers.activation_mlp(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).
    The same for every value of activation.

    everywhere: 16 * batch * dim**2 * seq_len

    Per submodule:
        body.0 (Linear): 8 * batch * dim**2 * seq_len
        body.3 (Linear): 8 * batch * dim**2 * seq_len
    """
    _check_int("transformer/activation_mlp", "dim", dim, 1, 65536)
    _check_int("transformer/activation_mlp", "batch", batch, 1, 65536)
    _check_int("transformer/activation_mlp", "seq_len", seq_len, 1, 65536)
    _check_choice(
        "transformer/activation_mlp",
        "activation",
        activation,
        ("silu", "mish", "hardswish", "prelu"),
    )
    return 16 * batch * dim**2 * seq_len


def transformer_activation_mlp_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, activation: str = "silu"
) -> int:
    """Forward elementwise operations of transformer/activation_mlp.

    Residual MLP: Linear(dim, 2 dim) . activation . Dropout(0.1) . Linear(2 dim, dim).
    Built by zoo.torch_layers.activation_mlp(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if activation == 'silu':

        everywhere: 9 * batch * dim * seq_len

        Per submodule:
            self (Residual): batch * dim * seq_len
            body.1 (SiLU): 2 * batch * dim * seq_len
            body.2 (Dropout): 6 * batch * dim * seq_len

    if activation == 'mish':

        everywhere: 9 * batch * dim * seq_len

        Per submodule:
            self (Residual): batch * dim * seq_len
            body.1 (Mish): 2 * batch * dim * seq_len
            body.2 (Dropout): 6 * batch * dim * seq_len

    if activation == 'hardswish':

        everywhere: 9 * batch * dim * seq_len

        Per submodule:
            self (Residual): batch * dim * seq_len
            body.1 (Hardswish): 2 * batch * dim * seq_len
            body.2 (Dropout): 6 * batch * dim * seq_len

    if activation == 'prelu':

        everywhere: 9 * batch * dim * seq_len

        Per submodule:
            self (Residual): batch * dim * seq_len
            body.1 (PReLU): 2 * batch * dim * seq_len
            body.2 (Dropout): 6 * batch * dim * seq_len
    """
    _check_int("transformer/activation_mlp", "dim", dim, 1, 65536)
    _check_int("transformer/activation_mlp", "batch", batch, 1, 65536)
    _check_int("transformer/activation_mlp", "seq_len", seq_len, 1, 65536)
    _check_choice(
        "transformer/activation_mlp",
        "activation",
        activation,
        ("silu", "mish", "hardswish", "prelu"),
    )
    if activation == "silu":
        return 9 * batch * dim * seq_len
    if activation == "mish":
        return 9 * batch * dim * seq_len
    if activation == "hardswish":
        return 9 * batch * dim * seq_len
    return 9 * batch * dim * seq_len


def transformer_activation_mlp_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, activation: str = "silu"
) -> int:
    """Backward elementwise operations of transformer/activation_mlp.

    Residual MLP: Linear(dim, 2 dim) . activation . Dropout(0.1) . Linear(2 dim, dim).
    Built by zoo.torch_layers.activation_mlp(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if activation == 'silu':

        everywhere: 8 * batch * dim * seq_len

        Per submodule:
            body.0 (Linear): 3 * batch * dim * seq_len
            body.1 (SiLU): 2 * batch * dim * seq_len
            body.2 (Dropout): 2 * batch * dim * seq_len
            body.3 (Linear): batch * dim * seq_len

    if activation == 'mish':

        everywhere: 8 * batch * dim * seq_len

        Per submodule:
            body.0 (Linear): 3 * batch * dim * seq_len
            body.1 (Mish): 2 * batch * dim * seq_len
            body.2 (Dropout): 2 * batch * dim * seq_len
            body.3 (Linear): batch * dim * seq_len

    if activation == 'hardswish':

        everywhere: 8 * batch * dim * seq_len

        Per submodule:
            body.0 (Linear): 3 * batch * dim * seq_len
            body.1 (Hardswish): 2 * batch * dim * seq_len
            body.2 (Dropout): 2 * batch * dim * seq_len
            body.3 (Linear): batch * dim * seq_len

    if activation == 'prelu':

        everywhere: 10 * batch * dim * seq_len

        Per submodule:
            body.0 (Linear): 3 * batch * dim * seq_len
            body.1 (PReLU): 4 * batch * dim * seq_len
            body.2 (Dropout): 2 * batch * dim * seq_len
            body.3 (Linear): batch * dim * seq_len
    """
    _check_int("transformer/activation_mlp", "dim", dim, 1, 65536)
    _check_int("transformer/activation_mlp", "batch", batch, 1, 65536)
    _check_int("transformer/activation_mlp", "seq_len", seq_len, 1, 65536)
    _check_choice(
        "transformer/activation_mlp",
        "activation",
        activation,
        ("silu", "mish", "hardswish", "prelu"),
    )
    if activation == "silu":
        return 8 * batch * dim * seq_len
    if activation == "mish":
        return 8 * batch * dim * seq_len
    if activation == "hardswish":
        return 8 * batch * dim * seq_len
    return 10 * batch * dim * seq_len


def transformer_activation_mlp_activation_bytes(
    dim: int, *, batch: int, seq_len: int, activation: str = "silu"
) -> int:
    """Activation bytes of transformer/activation_mlp.

    Residual MLP: Linear(dim, 2 dim) . activation . Dropout(0.1) . Linear(2 dim, dim).
    Built by zoo.torch_layers.activation_mlp(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if activation == 'silu':

        everywhere: 28 * batch * dim * seq_len

        Per submodule:
            body.0 (Linear): 4 * batch * dim * seq_len
            body.1 (SiLU): 8 * batch * dim * seq_len
            body.2 (Dropout): 8 * batch * dim * seq_len
            body.3 (Linear): 8 * batch * dim * seq_len

    if activation == 'mish':

        everywhere: 28 * batch * dim * seq_len

        Per submodule:
            body.0 (Linear): 4 * batch * dim * seq_len
            body.1 (Mish): 8 * batch * dim * seq_len
            body.2 (Dropout): 8 * batch * dim * seq_len
            body.3 (Linear): 8 * batch * dim * seq_len

    if activation == 'hardswish':

        everywhere: 28 * batch * dim * seq_len

        Per submodule:
            body.0 (Linear): 4 * batch * dim * seq_len
            body.1 (Hardswish): 8 * batch * dim * seq_len
            body.2 (Dropout): 8 * batch * dim * seq_len
            body.3 (Linear): 8 * batch * dim * seq_len

    if activation == 'prelu':

        everywhere: 28 * batch * dim * seq_len

        Per submodule:
            body.0 (Linear): 4 * batch * dim * seq_len
            body.1 (PReLU): 8 * batch * dim * seq_len
            body.2 (Dropout): 8 * batch * dim * seq_len
            body.3 (Linear): 8 * batch * dim * seq_len
    """
    _check_int("transformer/activation_mlp", "dim", dim, 1, 65536)
    _check_int("transformer/activation_mlp", "batch", batch, 1, 65536)
    _check_int("transformer/activation_mlp", "seq_len", seq_len, 1, 65536)
    _check_choice(
        "transformer/activation_mlp",
        "activation",
        activation,
        ("silu", "mish", "hardswish", "prelu"),
    )
    if activation == "silu":
        return 28 * batch * dim * seq_len
    if activation == "mish":
        return 28 * batch * dim * seq_len
    if activation == "hardswish":
        return 28 * batch * dim * seq_len
    return 28 * batch * dim * seq_len


def transformer_bilinear_params(dim: int) -> int:
    """Parameters of transformer/bilinear.

    Bilinear(dim, dim, dim) applied to (x, x).
    Built by zoo.torch_layers.bilinear(); exact for 1 <= dim <= 65536.

    everywhere: dim**3 + dim

    Per submodule:
        bilinear (Bilinear): dim**3 + dim
    """
    _check_int("transformer/bilinear", "dim", dim, 1, 65536)
    return dim**3 + dim


def transformer_bilinear_buffers(dim: int) -> int:
    """Buffer elements of transformer/bilinear.

    Bilinear(dim, dim, dim) applied to (x, x).
    Built by zoo.torch_layers.bilinear(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("transformer/bilinear", "dim", dim, 1, 65536)
    return 0


def transformer_bilinear_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of transformer/bilinear.

    Bilinear(dim, dim, dim) applied to (x, x).
    Built by zoo.torch_layers.bilinear(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 8 * dim**3 + 8 * dim

        Per submodule:
            bilinear (Bilinear): 8 * dim**3 + 8 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 12 * dim**3 + 12 * dim

        Per submodule:
            bilinear (Bilinear): 12 * dim**3 + 12 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 16 * dim**3 + 16 * dim + 8

        Per submodule:
            bilinear (Bilinear): 16 * dim**3 + 16 * dim + 8
    """
    _check_int("transformer/bilinear", "dim", dim, 1, 65536)
    _check_choice(
        "transformer/bilinear", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 8 * dim**3 + 8 * dim
    if optimizer == "sgd_momentum":
        return 12 * dim**3 + 12 * dim
    return 16 * dim**3 + 16 * dim + 8


def transformer_bilinear_forward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward FLOPs of transformer/bilinear.

    Bilinear(dim, dim, dim) applied to (x, x).
    Built by zoo.torch_layers.bilinear(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    Not derived (raises NotImplementedError): tracing at dim=64, batch=3, seq_len=9 raised
        RuntimeError: 0 INTERNAL ASSERT FAILED at
        "/__w/pytorch/pytorch/torch/csrc/utils/python_arg_parser.cpp":659, please report a bug to
        PyTorch. dispatch_on_subclass called with NO overloaded args that actually triggered
        dispatch, perhaps there is a divergence in how you detect torch function/dispatch and how
        overloaded args is computed?  overloaded_args = [0x...], is_mode_active = 0, but the real
        module runs at dim=64, batch=3, seq_len=9 (at zoo/torch_layers.py, in forward)
    """
    _check_int("transformer/bilinear", "dim", dim, 1, 65536)
    _check_int("transformer/bilinear", "batch", batch, 1, 65536)
    _check_int("transformer/bilinear", "seq_len", seq_len, 1, 65536)
    raise NotImplementedError(
        "transformer/bilinear: forward FLOPs were not derived: tracing at dim=64, "
        "batch=3, seq_len=9 raised RuntimeError: 0 INTERNAL ASSERT FAILED at "
        '"/__w/pytorch/pytorch/torch/csrc/utils/python_arg_parser.cpp":659, please report'
        " a bug to PyTorch. dispatch_on_subclass called with NO overloaded args that "
        "actually triggered dispatch, perhaps there is a divergence in how you detect "
        "torch function/dispatch and how overloaded args is computed?  overloaded_args = "
        "[0x...], is_mode_active = 0, but the real module runs at dim=64, batch=3, "
        "seq_len=9 (at zoo/torch_layers.py, in forward)"
    )


def transformer_bilinear_backward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward FLOPs of transformer/bilinear.

    Bilinear(dim, dim, dim) applied to (x, x).
    Built by zoo.torch_layers.bilinear(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    Not derived (raises NotImplementedError): tracing at dim=64, batch=3, seq_len=9 raised
        RuntimeError: 0 INTERNAL ASSERT FAILED at
        "/__w/pytorch/pytorch/torch/csrc/utils/python_arg_parser.cpp":659, please report a bug to
        PyTorch. dispatch_on_subclass called with NO overloaded args that actually triggered
        dispatch, perhaps there is a divergence in how you detect torch function/dispatch and how
        overloaded args is computed?  overloaded_args = [0x...], is_mode_active = 0, but the real
        module runs at dim=64, batch=3, seq_len=9 (at zoo/torch_layers.py, in forward)
    """
    _check_int("transformer/bilinear", "dim", dim, 1, 65536)
    _check_int("transformer/bilinear", "batch", batch, 1, 65536)
    _check_int("transformer/bilinear", "seq_len", seq_len, 1, 65536)
    raise NotImplementedError(
        "transformer/bilinear: backward FLOPs were not derived: tracing at dim=64, "
        "batch=3, seq_len=9 raised RuntimeError: 0 INTERNAL ASSERT FAILED at "
        '"/__w/pytorch/pytorch/torch/csrc/utils/python_arg_parser.cpp":659, please report'
        " a bug to PyTorch. dispatch_on_subclass called with NO overloaded args that "
        "actually triggered dispatch, perhaps there is a divergence in how you detect "
        "torch function/dispatch and how overloaded args is computed?  overloaded_args = "
        "[0x...], is_mode_active = 0, but the real module runs at dim=64, batch=3, "
        "seq_len=9 (at zoo/torch_layers.py, in forward)"
    )


def transformer_bilinear_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward elementwise operations of transformer/bilinear.

    Bilinear(dim, dim, dim) applied to (x, x).
    Built by zoo.torch_layers.bilinear(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    Not derived (raises NotImplementedError): tracing at dim=64, batch=3, seq_len=9 raised
        RuntimeError: 0 INTERNAL ASSERT FAILED at
        "/__w/pytorch/pytorch/torch/csrc/utils/python_arg_parser.cpp":659, please report a bug to
        PyTorch. dispatch_on_subclass called with NO overloaded args that actually triggered
        dispatch, perhaps there is a divergence in how you detect torch function/dispatch and how
        overloaded args is computed?  overloaded_args = [0x...], is_mode_active = 0, but the real
        module runs at dim=64, batch=3, seq_len=9 (at zoo/torch_layers.py, in forward)
    """
    _check_int("transformer/bilinear", "dim", dim, 1, 65536)
    _check_int("transformer/bilinear", "batch", batch, 1, 65536)
    _check_int("transformer/bilinear", "seq_len", seq_len, 1, 65536)
    raise NotImplementedError(
        "transformer/bilinear: forward elementwise operations were not derived: tracing "
        "at dim=64, batch=3, seq_len=9 raised RuntimeError: 0 INTERNAL ASSERT FAILED at "
        '"/__w/pytorch/pytorch/torch/csrc/utils/python_arg_parser.cpp":659, please report'
        " a bug to PyTorch. dispatch_on_subclass called with NO overloaded args that "
        "actually triggered dispatch, perhaps there is a divergence in how you detect "
        "torch function/dispatch and how overloaded args is computed?  overloaded_args = "
        "[0x...], is_mode_active = 0, but the real module runs at dim=64, batch=3, "
        "seq_len=9 (at zoo/torch_layers.py, in forward)"
    )


def transformer_bilinear_backward_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward elementwise operations of transformer/bilinear.

    Bilinear(dim, dim, dim) applied to (x, x).
    Built by zoo.torch_layers.bilinear(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    Not derived (raises NotImplementedError): tracing at dim=64, batch=3, seq_len=9 raised
        RuntimeError: 0 INTERNAL ASSERT FAILED at
        "/__w/pytorch/pytorch/torch/csrc/utils/python_arg_parser.cpp":659, please report a bug to
        PyTorch. dispatch_on_subclass called with NO overloaded args that actually triggered
        dispatch, perhaps there is a divergence in how you detect torch function/dispatch and how
        overloaded args is computed?  overloaded_args = [0x...], is_mode_active = 0, but the real
        module runs at dim=64, batch=3, seq_len=9 (at zoo/torch_layers.py, in forward)
    """
    _check_int("transformer/bilinear", "dim", dim, 1, 65536)
    _check_int("transformer/bilinear", "batch", batch, 1, 65536)
    _check_int("transformer/bilinear", "seq_len", seq_len, 1, 65536)
    raise NotImplementedError(
        "transformer/bilinear: backward elementwise operations were not derived: tracing "
        "at dim=64, batch=3, seq_len=9 raised RuntimeError: 0 INTERNAL ASSERT FAILED at "
        '"/__w/pytorch/pytorch/torch/csrc/utils/python_arg_parser.cpp":659, please report'
        " a bug to PyTorch. dispatch_on_subclass called with NO overloaded args that "
        "actually triggered dispatch, perhaps there is a divergence in how you detect "
        "torch function/dispatch and how overloaded args is computed?  overloaded_args = "
        "[0x...], is_mode_active = 0, but the real module runs at dim=64, batch=3, "
        "seq_len=9 (at zoo/torch_layers.py, in forward)"
    )


def transformer_bilinear_activation_bytes(dim: int, *, batch: int, seq_len: int) -> int:
    """Activation bytes of transformer/bilinear.

    Bilinear(dim, dim, dim) applied to (x, x).
    Built by zoo.torch_layers.bilinear(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    Not derived (raises NotImplementedError): tracing at dim=64, batch=3, seq_len=9 raised
        RuntimeError: 0 INTERNAL ASSERT FAILED at
        "/__w/pytorch/pytorch/torch/csrc/utils/python_arg_parser.cpp":659, please report a bug to
        PyTorch. dispatch_on_subclass called with NO overloaded args that actually triggered
        dispatch, perhaps there is a divergence in how you detect torch function/dispatch and how
        overloaded args is computed?  overloaded_args = [0x...], is_mode_active = 0, but the real
        module runs at dim=64, batch=3, seq_len=9 (at zoo/torch_layers.py, in forward)
    """
    _check_int("transformer/bilinear", "dim", dim, 1, 65536)
    _check_int("transformer/bilinear", "batch", batch, 1, 65536)
    _check_int("transformer/bilinear", "seq_len", seq_len, 1, 65536)
    raise NotImplementedError(
        "transformer/bilinear: activation bytes were not derived: tracing at dim=64, "
        "batch=3, seq_len=9 raised RuntimeError: 0 INTERNAL ASSERT FAILED at "
        '"/__w/pytorch/pytorch/torch/csrc/utils/python_arg_parser.cpp":659, please report'
        " a bug to PyTorch. dispatch_on_subclass called with NO overloaded args that "
        "actually triggered dispatch, perhaps there is a divergence in how you detect "
        "torch function/dispatch and how overloaded args is computed?  overloaded_args = "
        "[0x...], is_mode_active = 0, but the real module runs at dim=64, batch=3, "
        "seq_len=9 (at zoo/torch_layers.py, in forward)"
    )


def transformer_decoder_layer_params(dim: int, *, n_head: int = 4, norm_first: bool = False) -> int:
    """Parameters of transformer/decoder_layer.

    TransformerDecoderLayer(dim, n_head, 4 dim) with memory = x, batch first, post- or pre-norm.
    Built by zoo.torch_layers.decoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
    The same for every value of norm_first.

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    otherwise: 16 * dim**2 + 19 * dim

    Per submodule:
        otherwise:
            layer.self_attn (MultiheadAttention): 3 * dim**2 + 3 * dim
            layer.self_attn.out_proj (NonDynamicallyQuantizableLinear): dim**2 + dim
            layer.multihead_attn (MultiheadAttention): 3 * dim**2 + 3 * dim
            layer.multihead_attn.out_proj (NonDynamicallyQuantizableLinear): dim**2 + dim
            layer.linear1 (Linear): 4 * dim**2 + 4 * dim
            layer.linear2 (Linear): 4 * dim**2 + dim
            layer.norm1 (LayerNorm): 2 * dim
            layer.norm2 (LayerNorm): 2 * dim
            layer.norm3 (LayerNorm): 2 * dim
    """
    _check_int("transformer/decoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/decoder_layer", "n_head", n_head, 1, 8)
    _check_choice("transformer/decoder_layer", "norm_first", norm_first, (False, True))
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/decoder_layer: no module at dim={dim}, n_head={n_head}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in decoder_layer)"
        )
    return 16 * dim**2 + 19 * dim


def transformer_decoder_layer_buffers(
    dim: int, *, n_head: int = 4, norm_first: bool = False
) -> int:
    """Buffer elements of transformer/decoder_layer.

    TransformerDecoderLayer(dim, n_head, 4 dim) with memory = x, batch first, post- or pre-norm.
    Built by zoo.torch_layers.decoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
    The same for every value of norm_first.

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("transformer/decoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/decoder_layer", "n_head", n_head, 1, 8)
    _check_choice("transformer/decoder_layer", "norm_first", norm_first, (False, True))
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/decoder_layer: no module at dim={dim}, n_head={n_head}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in decoder_layer)"
        )
    return 0


def transformer_decoder_layer_training_state_bytes(
    dim: int, *, optimizer: str = "adam", n_head: int = 4, norm_first: bool = False
) -> int:
    """Training state bytes of transformer/decoder_layer.

    TransformerDecoderLayer(dim, n_head, 4 dim) with memory = x, batch first, post- or pre-norm.
    Built by zoo.torch_layers.decoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        otherwise: 128 * dim**2 + 152 * dim

        Per submodule:
            otherwise:
                layer.self_attn (MultiheadAttention): 24 * dim**2 + 24 * dim
                layer.self_attn.out_proj (NonDynamicallyQuantizableLinear): 8 * dim**2 + 8 * dim
                layer.multihead_attn (MultiheadAttention): 24 * dim**2 + 24 * dim
                layer.multihead_attn.out_proj (NonDynamicallyQuantizableLinear): 8 * dim**2 + 8 *
                    dim
                layer.linear1 (Linear): 32 * dim**2 + 32 * dim
                layer.linear2 (Linear): 32 * dim**2 + 8 * dim
                layer.norm1 (LayerNorm): 16 * dim
                layer.norm2 (LayerNorm): 16 * dim
                layer.norm3 (LayerNorm): 16 * dim

    if optimizer == 'sgd_momentum':

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        otherwise: 192 * dim**2 + 228 * dim

        Per submodule:
            otherwise:
                layer.self_attn (MultiheadAttention): 36 * dim**2 + 36 * dim
                layer.self_attn.out_proj (NonDynamicallyQuantizableLinear): 12 * dim**2 + 12 * dim
                layer.multihead_attn (MultiheadAttention): 36 * dim**2 + 36 * dim
                layer.multihead_attn.out_proj (NonDynamicallyQuantizableLinear): 12 * dim**2 + 12 *
                    dim
                layer.linear1 (Linear): 48 * dim**2 + 48 * dim
                layer.linear2 (Linear): 48 * dim**2 + 12 * dim
                layer.norm1 (LayerNorm): 24 * dim
                layer.norm2 (LayerNorm): 24 * dim
                layer.norm3 (LayerNorm): 24 * dim

    if optimizer in ('adam', 'adamw'):

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        otherwise: 256 * dim**2 + 304 * dim + 72

        Per submodule:
            otherwise:
                layer.self_attn (MultiheadAttention): 48 * dim**2 + 48 * dim + 8
                layer.self_attn.out_proj (NonDynamicallyQuantizableLinear): 16 * dim**2 + 16 * dim +
                    8
                layer.multihead_attn (MultiheadAttention): 48 * dim**2 + 48 * dim + 8
                layer.multihead_attn.out_proj (NonDynamicallyQuantizableLinear): 16 * dim**2 + 16 *
                    dim + 8
                layer.linear1 (Linear): 64 * dim**2 + 64 * dim + 8
                layer.linear2 (Linear): 64 * dim**2 + 16 * dim + 8
                layer.norm1 (LayerNorm): 32 * dim + 8
                layer.norm2 (LayerNorm): 32 * dim + 8
                layer.norm3 (LayerNorm): 32 * dim + 8
    """
    _check_int("transformer/decoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/decoder_layer", "n_head", n_head, 1, 8)
    _check_choice(
        "transformer/decoder_layer",
        "optimizer",
        optimizer,
        ("sgd", "sgd_momentum", "adam", "adamw"),
    )
    _check_choice("transformer/decoder_layer", "norm_first", norm_first, (False, True))
    if optimizer == "sgd":
        if (dim // n_head) * n_head != dim:
            raise ValueError(
                f"transformer/decoder_layer: no module at dim={dim}, n_head={n_head}; "
                "the factory raises AssertionError where (dim // n_head) * n_head != dim "
                "(zoo/torch_layers.py, in decoder_layer)"
            )
        return 128 * dim**2 + 152 * dim
    if optimizer == "sgd_momentum":
        if (dim // n_head) * n_head != dim:
            raise ValueError(
                f"transformer/decoder_layer: no module at dim={dim}, n_head={n_head}; "
                "the factory raises AssertionError where (dim // n_head) * n_head != dim "
                "(zoo/torch_layers.py, in decoder_layer)"
            )
        return 192 * dim**2 + 228 * dim
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/decoder_layer: no module at dim={dim}, n_head={n_head}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in decoder_layer)"
        )
    return 256 * dim**2 + 304 * dim + 72


def transformer_decoder_layer_forward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4, norm_first: bool = False
) -> int:
    """Forward FLOPs of transformer/decoder_layer.

    TransformerDecoderLayer(dim, n_head, 4 dim) with memory = x, batch first, post- or pre-norm.
    Built by zoo.torch_layers.decoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if not norm_first:

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head: 32 * batch * n_head**2 *
            seq_len + 8 * batch * n_head * seq_len**2
        otherwise: 32 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2

        Per submodule:
            if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
                layer.linear1 (Linear): 8 * batch * n_head**2 * seq_len
                layer.linear2 (Linear): 8 * batch * n_head**2 * seq_len
                layer.multihead_attn (MultiheadAttention): 8 * batch * n_head**2 * seq_len + 4 *
                    batch * n_head * seq_len**2
                layer.self_attn (MultiheadAttention): 8 * batch * n_head**2 * seq_len + 4 * batch *
                    n_head * seq_len**2
            otherwise:
                layer.linear1 (Linear): 8 * batch * dim**2 * seq_len
                layer.linear2 (Linear): 8 * batch * dim**2 * seq_len
                layer.multihead_attn (MultiheadAttention): 8 * batch * dim**2 * seq_len + 4 * batch
                    * dim * seq_len**2
                layer.self_attn (MultiheadAttention): 8 * batch * dim**2 * seq_len + 4 * batch * dim
                    * seq_len**2

    if norm_first:

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        otherwise: 32 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2

        Per submodule:
            otherwise:
                layer.linear1 (Linear): 8 * batch * dim**2 * seq_len
                layer.linear2 (Linear): 8 * batch * dim**2 * seq_len
                layer.multihead_attn (MultiheadAttention): 8 * batch * dim**2 * seq_len + 4 * batch
                    * dim * seq_len**2
                layer.self_attn (MultiheadAttention): 8 * batch * dim**2 * seq_len + 4 * batch * dim
                    * seq_len**2
    """
    _check_int("transformer/decoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/decoder_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/decoder_layer", "batch", batch, 1, 65536)
    _check_int("transformer/decoder_layer", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/decoder_layer", "norm_first", norm_first, (False, True))
    if not norm_first:
        if (dim // n_head) * n_head != dim:
            raise ValueError(
                f"transformer/decoder_layer: no module at dim={dim}, n_head={n_head}, "
                f"batch={batch}, seq_len={seq_len}; "
                "the factory raises AssertionError where (dim // n_head) * n_head != dim "
                "(zoo/torch_layers.py, in decoder_layer)"
            )
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
            return 32 * batch * n_head**2 * seq_len + 8 * batch * n_head * seq_len**2
        return 32 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/decoder_layer: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in decoder_layer)"
        )
    return 32 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2


def transformer_decoder_layer_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4, norm_first: bool = False
) -> int:
    """Backward FLOPs of transformer/decoder_layer.

    TransformerDecoderLayer(dim, n_head, 4 dim) with memory = x, batch first, post- or pre-norm.
    Built by zoo.torch_layers.decoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if not norm_first:

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head: 64 * batch * n_head**2 *
            seq_len + 16 * batch * n_head * seq_len**2
        otherwise: 64 * batch * dim**2 * seq_len + 16 * batch * dim * seq_len**2

        Per submodule:
            if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
                layer.linear1 (Linear): 16 * batch * n_head**2 * seq_len
                layer.linear2 (Linear): 16 * batch * n_head**2 * seq_len
                layer.multihead_attn (MultiheadAttention): 16 * batch * n_head**2 * seq_len + 8 *
                    batch * n_head * seq_len**2
                layer.self_attn (MultiheadAttention): 16 * batch * n_head**2 * seq_len + 8 * batch *
                    n_head * seq_len**2
            otherwise:
                layer.linear1 (Linear): 16 * batch * dim**2 * seq_len
                layer.linear2 (Linear): 16 * batch * dim**2 * seq_len
                layer.multihead_attn (MultiheadAttention): 16 * batch * dim**2 * seq_len + 8 * batch
                    * dim * seq_len**2
                layer.self_attn (MultiheadAttention): 16 * batch * dim**2 * seq_len + 8 * batch *
                    dim * seq_len**2

    if norm_first:

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        otherwise: 64 * batch * dim**2 * seq_len + 16 * batch * dim * seq_len**2

        Per submodule:
            otherwise:
                layer.linear1 (Linear): 16 * batch * dim**2 * seq_len
                layer.linear2 (Linear): 16 * batch * dim**2 * seq_len
                layer.multihead_attn (MultiheadAttention): 16 * batch * dim**2 * seq_len + 8 * batch
                    * dim * seq_len**2
                layer.self_attn (MultiheadAttention): 16 * batch * dim**2 * seq_len + 8 * batch *
                    dim * seq_len**2
    """
    _check_int("transformer/decoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/decoder_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/decoder_layer", "batch", batch, 1, 65536)
    _check_int("transformer/decoder_layer", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/decoder_layer", "norm_first", norm_first, (False, True))
    if not norm_first:
        if (dim // n_head) * n_head != dim:
            raise ValueError(
                f"transformer/decoder_layer: no module at dim={dim}, n_head={n_head}, "
                f"batch={batch}, seq_len={seq_len}; "
                "the factory raises AssertionError where (dim // n_head) * n_head != dim "
                "(zoo/torch_layers.py, in decoder_layer)"
            )
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
            return 64 * batch * n_head**2 * seq_len + 16 * batch * n_head * seq_len**2
        return 64 * batch * dim**2 * seq_len + 16 * batch * dim * seq_len**2
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/decoder_layer: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in decoder_layer)"
        )
    return 64 * batch * dim**2 * seq_len + 16 * batch * dim * seq_len**2


def transformer_decoder_layer_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4, norm_first: bool = False
) -> int:
    """Forward elementwise operations of transformer/decoder_layer.

    TransformerDecoderLayer(dim, n_head, 4 dim) with memory = x, batch first, post- or pre-norm.
    Built by zoo.torch_layers.decoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if not norm_first:

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1: 53 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
        if batch > 1 and seq_len > 1 and batch * n_head != batch: 12 * batch * n_head * seq_len**2 +
            53 * batch * n_head * seq_len
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head: 59 * batch * n_head
        if batch > 1 and seq_len > 1: 53 * batch * dim * seq_len + 12 * batch * seq_len**2
        if batch != 1 and batch * n_head == batch: 47 * batch * dim + 12 * batch
        if seq_len != 1: 47 * dim * seq_len + 12 * n_head * seq_len**2
        otherwise: 47 * batch * dim + 12 * batch * n_head

        Per submodule:
            if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1:
                layer (TransformerDecoderLayer): 7 * batch * dim * seq_len
                layer.dropout (Dropout): 12 * batch * dim * seq_len
                layer.dropout1 (Dropout): 3 * batch * dim * seq_len
                layer.dropout2 (Dropout): 3 * batch * dim * seq_len
                layer.dropout3 (Dropout): 3 * batch * dim * seq_len
                layer.multihead_attn (MultiheadAttention): 5 * batch * dim * seq_len + 6 * batch *
                    n_head * seq_len**2
                layer.norm1 (LayerNorm): 5 * batch * dim * seq_len
                layer.norm2 (LayerNorm): 5 * batch * dim * seq_len
                layer.norm3 (LayerNorm): 5 * batch * dim * seq_len
                layer.self_attn (MultiheadAttention): 5 * batch * dim * seq_len + 6 * batch * n_head
                    * seq_len**2
            if batch > 1 and seq_len > 1 and batch * n_head != batch:
                layer (TransformerDecoderLayer): 7 * batch * n_head * seq_len
                layer.dropout (Dropout): 12 * batch * n_head * seq_len
                layer.dropout1 (Dropout): 3 * batch * n_head * seq_len
                layer.dropout2 (Dropout): 3 * batch * n_head * seq_len
                layer.dropout3 (Dropout): 3 * batch * n_head * seq_len
                layer.multihead_attn (MultiheadAttention): 6 * batch * n_head * seq_len**2 + 5 *
                    batch * n_head * seq_len
                layer.norm1 (LayerNorm): 5 * batch * n_head * seq_len
                layer.norm2 (LayerNorm): 5 * batch * n_head * seq_len
                layer.norm3 (LayerNorm): 5 * batch * n_head * seq_len
                layer.self_attn (MultiheadAttention): 6 * batch * n_head * seq_len**2 + 5 * batch *
                    n_head * seq_len
            if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
                layer (TransformerDecoderLayer): 7 * batch * n_head
                layer.dropout (Dropout): 12 * batch * n_head
                layer.dropout1 (Dropout): 3 * batch * n_head
                layer.dropout2 (Dropout): 3 * batch * n_head
                layer.dropout3 (Dropout): 3 * batch * n_head
                layer.multihead_attn (MultiheadAttention): 8 * batch * n_head
                layer.norm1 (LayerNorm): 5 * batch * n_head
                layer.norm2 (LayerNorm): 5 * batch * n_head
                layer.norm3 (LayerNorm): 5 * batch * n_head
                layer.self_attn (MultiheadAttention): 8 * batch * n_head
            if batch > 1 and seq_len > 1:
                layer (TransformerDecoderLayer): 7 * batch * dim * seq_len
                layer.dropout (Dropout): 12 * batch * dim * seq_len
                layer.dropout1 (Dropout): 3 * batch * dim * seq_len
                layer.dropout2 (Dropout): 3 * batch * dim * seq_len
                layer.dropout3 (Dropout): 3 * batch * dim * seq_len
                layer.multihead_attn (MultiheadAttention): 5 * batch * dim * seq_len + 6 * batch *
                    seq_len**2
                layer.norm1 (LayerNorm): 5 * batch * dim * seq_len
                layer.norm2 (LayerNorm): 5 * batch * dim * seq_len
                layer.norm3 (LayerNorm): 5 * batch * dim * seq_len
                layer.self_attn (MultiheadAttention): 5 * batch * dim * seq_len + 6 * batch *
                    seq_len**2
            if batch != 1 and batch * n_head == batch:
                layer (TransformerDecoderLayer): 7 * batch * dim
                layer.dropout (Dropout): 12 * batch * dim
                layer.dropout1 (Dropout): 3 * batch * dim
                layer.dropout2 (Dropout): 3 * batch * dim
                layer.dropout3 (Dropout): 3 * batch * dim
                layer.multihead_attn (MultiheadAttention): 2 * batch * dim + 6 * batch
                layer.norm1 (LayerNorm): 5 * batch * dim
                layer.norm2 (LayerNorm): 5 * batch * dim
                layer.norm3 (LayerNorm): 5 * batch * dim
                layer.self_attn (MultiheadAttention): 2 * batch * dim + 6 * batch
            if seq_len != 1:
                layer (TransformerDecoderLayer): 7 * dim * seq_len
                layer.dropout (Dropout): 12 * dim * seq_len
                layer.dropout1 (Dropout): 3 * dim * seq_len
                layer.dropout2 (Dropout): 3 * dim * seq_len
                layer.dropout3 (Dropout): 3 * dim * seq_len
                layer.multihead_attn (MultiheadAttention): 2 * dim * seq_len + 6 * n_head *
                    seq_len**2
                layer.norm1 (LayerNorm): 5 * dim * seq_len
                layer.norm2 (LayerNorm): 5 * dim * seq_len
                layer.norm3 (LayerNorm): 5 * dim * seq_len
                layer.self_attn (MultiheadAttention): 2 * dim * seq_len + 6 * n_head * seq_len**2
            otherwise:
                layer (TransformerDecoderLayer): 7 * batch * dim
                layer.dropout (Dropout): 12 * batch * dim
                layer.dropout1 (Dropout): 3 * batch * dim
                layer.dropout2 (Dropout): 3 * batch * dim
                layer.dropout3 (Dropout): 3 * batch * dim
                layer.multihead_attn (MultiheadAttention): 2 * batch * dim + 6 * batch * n_head
                layer.norm1 (LayerNorm): 5 * batch * dim
                layer.norm2 (LayerNorm): 5 * batch * dim
                layer.norm3 (LayerNorm): 5 * batch * dim
                layer.self_attn (MultiheadAttention): 2 * batch * dim + 6 * batch * n_head

    if norm_first:

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        if batch > 1 and seq_len > 1 and batch * n_head != batch: 53 * batch * dim * seq_len + 12 *
            batch * n_head * seq_len**2
        if batch > 1 and seq_len > 1: 53 * batch * dim * seq_len + 12 * batch * seq_len**2
        if batch >= 2 and batch * n_head == batch: 47 * batch * dim + 12 * batch
        if seq_len >= 2: 47 * dim * seq_len + 12 * n_head * seq_len**2
        otherwise: 47 * batch * dim + 12 * batch * n_head

        Per submodule:
            if batch > 1 and seq_len > 1 and batch * n_head != batch:
                layer (TransformerDecoderLayer): 7 * batch * dim * seq_len
                layer.dropout (Dropout): 12 * batch * dim * seq_len
                layer.dropout1 (Dropout): 3 * batch * dim * seq_len
                layer.dropout2 (Dropout): 3 * batch * dim * seq_len
                layer.dropout3 (Dropout): 3 * batch * dim * seq_len
                layer.multihead_attn (MultiheadAttention): 5 * batch * dim * seq_len + 6 * batch *
                    n_head * seq_len**2
                layer.norm1 (LayerNorm): 5 * batch * dim * seq_len
                layer.norm2 (LayerNorm): 5 * batch * dim * seq_len
                layer.norm3 (LayerNorm): 5 * batch * dim * seq_len
                layer.self_attn (MultiheadAttention): 5 * batch * dim * seq_len + 6 * batch * n_head
                    * seq_len**2
            if batch > 1 and seq_len > 1:
                layer (TransformerDecoderLayer): 7 * batch * dim * seq_len
                layer.dropout (Dropout): 12 * batch * dim * seq_len
                layer.dropout1 (Dropout): 3 * batch * dim * seq_len
                layer.dropout2 (Dropout): 3 * batch * dim * seq_len
                layer.dropout3 (Dropout): 3 * batch * dim * seq_len
                layer.multihead_attn (MultiheadAttention): 5 * batch * dim * seq_len + 6 * batch *
                    seq_len**2
                layer.norm1 (LayerNorm): 5 * batch * dim * seq_len
                layer.norm2 (LayerNorm): 5 * batch * dim * seq_len
                layer.norm3 (LayerNorm): 5 * batch * dim * seq_len
                layer.self_attn (MultiheadAttention): 5 * batch * dim * seq_len + 6 * batch *
                    seq_len**2
            if batch >= 2 and batch * n_head == batch:
                layer (TransformerDecoderLayer): 7 * batch * dim
                layer.dropout (Dropout): 12 * batch * dim
                layer.dropout1 (Dropout): 3 * batch * dim
                layer.dropout2 (Dropout): 3 * batch * dim
                layer.dropout3 (Dropout): 3 * batch * dim
                layer.multihead_attn (MultiheadAttention): 2 * batch * dim + 6 * batch
                layer.norm1 (LayerNorm): 5 * batch * dim
                layer.norm2 (LayerNorm): 5 * batch * dim
                layer.norm3 (LayerNorm): 5 * batch * dim
                layer.self_attn (MultiheadAttention): 2 * batch * dim + 6 * batch
            if seq_len >= 2:
                layer (TransformerDecoderLayer): 7 * dim * seq_len
                layer.dropout (Dropout): 12 * dim * seq_len
                layer.dropout1 (Dropout): 3 * dim * seq_len
                layer.dropout2 (Dropout): 3 * dim * seq_len
                layer.dropout3 (Dropout): 3 * dim * seq_len
                layer.multihead_attn (MultiheadAttention): 2 * dim * seq_len + 6 * n_head *
                    seq_len**2
                layer.norm1 (LayerNorm): 5 * dim * seq_len
                layer.norm2 (LayerNorm): 5 * dim * seq_len
                layer.norm3 (LayerNorm): 5 * dim * seq_len
                layer.self_attn (MultiheadAttention): 2 * dim * seq_len + 6 * n_head * seq_len**2
            otherwise:
                layer (TransformerDecoderLayer): 7 * batch * dim
                layer.dropout (Dropout): 12 * batch * dim
                layer.dropout1 (Dropout): 3 * batch * dim
                layer.dropout2 (Dropout): 3 * batch * dim
                layer.dropout3 (Dropout): 3 * batch * dim
                layer.multihead_attn (MultiheadAttention): 2 * batch * dim + 6 * batch * n_head
                layer.norm1 (LayerNorm): 5 * batch * dim
                layer.norm2 (LayerNorm): 5 * batch * dim
                layer.norm3 (LayerNorm): 5 * batch * dim
                layer.self_attn (MultiheadAttention): 2 * batch * dim + 6 * batch * n_head
    """
    _check_int("transformer/decoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/decoder_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/decoder_layer", "batch", batch, 1, 65536)
    _check_int("transformer/decoder_layer", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/decoder_layer", "norm_first", norm_first, (False, True))
    if not norm_first:
        if (dim // n_head) * n_head != dim:
            raise ValueError(
                f"transformer/decoder_layer: no module at dim={dim}, n_head={n_head}, "
                f"batch={batch}, seq_len={seq_len}; "
                "the factory raises AssertionError where (dim // n_head) * n_head != dim "
                "(zoo/torch_layers.py, in decoder_layer)"
            )
        if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1:
            return 53 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2
        if batch > 1 and seq_len > 1 and batch * n_head != batch:
            return 12 * batch * n_head * seq_len**2 + 53 * batch * n_head * seq_len
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
            return 59 * batch * n_head
        if batch > 1 and seq_len > 1:
            return 53 * batch * dim * seq_len + 12 * batch * seq_len**2
        if batch != 1 and batch * n_head == batch:
            return 47 * batch * dim + 12 * batch
        if seq_len != 1:
            return 47 * dim * seq_len + 12 * n_head * seq_len**2
        return 47 * batch * dim + 12 * batch * n_head
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/decoder_layer: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in decoder_layer)"
        )
    if batch > 1 and seq_len > 1 and batch * n_head != batch:
        return 53 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2
    if batch > 1 and seq_len > 1:
        return 53 * batch * dim * seq_len + 12 * batch * seq_len**2
    if batch >= 2 and batch * n_head == batch:
        return 47 * batch * dim + 12 * batch
    if seq_len >= 2:
        return 47 * dim * seq_len + 12 * n_head * seq_len**2
    return 47 * batch * dim + 12 * batch * n_head


def transformer_decoder_layer_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4, norm_first: bool = False
) -> int:
    """Backward elementwise operations of transformer/decoder_layer.

    TransformerDecoderLayer(dim, n_head, 4 dim) with memory = x, batch first, post- or pre-norm.
    Built by zoo.torch_layers.decoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if not norm_first:

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head: 8 * batch * n_head *
            seq_len**2 + 64 * batch * n_head * seq_len
        if batch != 1 and batch * n_head == batch: 64 * batch * dim * seq_len + 8 * batch *
            seq_len**2
        otherwise: 64 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2

        Per submodule:
            if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
                layer (TransformerDecoderLayer): 5 * batch * n_head * seq_len
                layer.dropout (Dropout): 4 * batch * n_head * seq_len
                layer.dropout1 (Dropout): batch * n_head * seq_len
                layer.dropout2 (Dropout): batch * n_head * seq_len
                layer.dropout3 (Dropout): batch * n_head * seq_len
                layer.linear1 (Linear): 5 * batch * n_head * seq_len
                layer.linear2 (Linear): batch * n_head * seq_len
                layer.multihead_attn (MultiheadAttention): 4 * batch * n_head * seq_len**2 + 9 *
                    batch * n_head * seq_len
                layer.norm1 (LayerNorm): 8 * batch * n_head * seq_len
                layer.norm2 (LayerNorm): 8 * batch * n_head * seq_len
                layer.norm3 (LayerNorm): 8 * batch * n_head * seq_len
                layer.self_attn (MultiheadAttention): 4 * batch * n_head * seq_len**2 + 13 * batch *
                    n_head * seq_len
            if batch != 1 and batch * n_head == batch:
                layer (TransformerDecoderLayer): 5 * batch * dim * seq_len
                layer.dropout (Dropout): 4 * batch * dim * seq_len
                layer.dropout1 (Dropout): batch * dim * seq_len
                layer.dropout2 (Dropout): batch * dim * seq_len
                layer.dropout3 (Dropout): batch * dim * seq_len
                layer.linear1 (Linear): 5 * batch * dim * seq_len
                layer.linear2 (Linear): batch * dim * seq_len
                layer.multihead_attn (MultiheadAttention): 9 * batch * dim * seq_len + 4 * batch *
                    seq_len**2
                layer.norm1 (LayerNorm): 8 * batch * dim * seq_len
                layer.norm2 (LayerNorm): 8 * batch * dim * seq_len
                layer.norm3 (LayerNorm): 8 * batch * dim * seq_len
                layer.self_attn (MultiheadAttention): 13 * batch * dim * seq_len + 4 * batch *
                    seq_len**2
            otherwise:
                layer (TransformerDecoderLayer): 5 * batch * dim * seq_len
                layer.dropout (Dropout): 4 * batch * dim * seq_len
                layer.dropout1 (Dropout): batch * dim * seq_len
                layer.dropout2 (Dropout): batch * dim * seq_len
                layer.dropout3 (Dropout): batch * dim * seq_len
                layer.linear1 (Linear): 5 * batch * dim * seq_len
                layer.linear2 (Linear): batch * dim * seq_len
                layer.multihead_attn (MultiheadAttention): 9 * batch * dim * seq_len + 4 * batch *
                    n_head * seq_len**2
                layer.norm1 (LayerNorm): 8 * batch * dim * seq_len
                layer.norm2 (LayerNorm): 8 * batch * dim * seq_len
                layer.norm3 (LayerNorm): 8 * batch * dim * seq_len
                layer.self_attn (MultiheadAttention): 13 * batch * dim * seq_len + 4 * batch *
                    n_head * seq_len**2

    if norm_first:

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        if batch != 1 and batch * n_head == batch: 64 * batch * dim * seq_len + 8 * batch *
            seq_len**2
        otherwise: 64 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2

        Per submodule:
            if batch != 1 and batch * n_head == batch:
                layer (TransformerDecoderLayer): 5 * batch * dim * seq_len
                layer.dropout (Dropout): 4 * batch * dim * seq_len
                layer.dropout1 (Dropout): batch * dim * seq_len
                layer.dropout2 (Dropout): batch * dim * seq_len
                layer.dropout3 (Dropout): batch * dim * seq_len
                layer.linear1 (Linear): 4 * batch * dim * seq_len
                layer.linear2 (Linear): batch * dim * seq_len
                layer.multihead_attn (MultiheadAttention): 8 * batch * dim * seq_len + 4 * batch *
                    seq_len**2
                layer.norm1 (LayerNorm): 9 * batch * dim * seq_len
                layer.norm2 (LayerNorm): 9 * batch * dim * seq_len
                layer.norm3 (LayerNorm): 9 * batch * dim * seq_len
                layer.self_attn (MultiheadAttention): 12 * batch * dim * seq_len + 4 * batch *
                    seq_len**2
            otherwise:
                layer (TransformerDecoderLayer): 5 * batch * dim * seq_len
                layer.dropout (Dropout): 4 * batch * dim * seq_len
                layer.dropout1 (Dropout): batch * dim * seq_len
                layer.dropout2 (Dropout): batch * dim * seq_len
                layer.dropout3 (Dropout): batch * dim * seq_len
                layer.linear1 (Linear): 4 * batch * dim * seq_len
                layer.linear2 (Linear): batch * dim * seq_len
                layer.multihead_attn (MultiheadAttention): 8 * batch * dim * seq_len + 4 * batch *
                    n_head * seq_len**2
                layer.norm1 (LayerNorm): 9 * batch * dim * seq_len
                layer.norm2 (LayerNorm): 9 * batch * dim * seq_len
                layer.norm3 (LayerNorm): 9 * batch * dim * seq_len
                layer.self_attn (MultiheadAttention): 12 * batch * dim * seq_len + 4 * batch *
                    n_head * seq_len**2
    """
    _check_int("transformer/decoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/decoder_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/decoder_layer", "batch", batch, 1, 65536)
    _check_int("transformer/decoder_layer", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/decoder_layer", "norm_first", norm_first, (False, True))
    if not norm_first:
        if (dim // n_head) * n_head != dim:
            raise ValueError(
                f"transformer/decoder_layer: no module at dim={dim}, n_head={n_head}, "
                f"batch={batch}, seq_len={seq_len}; "
                "the factory raises AssertionError where (dim // n_head) * n_head != dim "
                "(zoo/torch_layers.py, in decoder_layer)"
            )
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
            return 8 * batch * n_head * seq_len**2 + 64 * batch * n_head * seq_len
        if batch != 1 and batch * n_head == batch:
            return 64 * batch * dim * seq_len + 8 * batch * seq_len**2
        return 64 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/decoder_layer: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in decoder_layer)"
        )
    if batch != 1 and batch * n_head == batch:
        return 64 * batch * dim * seq_len + 8 * batch * seq_len**2
    return 64 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2


def transformer_decoder_layer_activation_bytes(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4, norm_first: bool = False
) -> int:
    """Activation bytes of transformer/decoder_layer.

    TransformerDecoderLayer(dim, n_head, 4 dim) with memory = x, batch first, post- or pre-norm.
    Built by zoo.torch_layers.decoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if not norm_first:

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1: 132 * batch * dim *
            seq_len + 24 * batch * n_head * seq_len**2 + 24 * batch * seq_len
        if batch > 1 and seq_len > 1 and batch * n_head != batch: 24 * batch * n_head * seq_len**2 +
            132 * batch * n_head * seq_len + 24 * batch * seq_len
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head: 152 * batch * n_head + 24 *
            batch
        if batch > 1 and seq_len > 1: 132 * batch * dim * seq_len + 24 * batch * seq_len**2 + 24 *
            batch * seq_len
        if batch != 1 and batch * n_head == batch: 128 * batch * dim + 48 * batch
        if seq_len != 1: 128 * dim * seq_len + 24 * n_head * seq_len**2 + 24 * seq_len
        otherwise: 128 * batch * dim + 24 * batch * n_head + 24 * batch

        Per submodule:
            if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1:
                layer (TransformerDecoderLayer): 16 * batch * dim * seq_len
                layer.dropout (Dropout): 16 * batch * dim * seq_len
                layer.dropout1 (Dropout): 4 * batch * dim * seq_len
                layer.dropout2 (Dropout): 4 * batch * dim * seq_len
                layer.dropout3 (Dropout): 4 * batch * dim * seq_len
                layer.linear1 (Linear): 4 * batch * dim * seq_len
                layer.linear2 (Linear): 16 * batch * dim * seq_len
                layer.multihead_attn (MultiheadAttention): 28 * batch * dim * seq_len + 12 * batch *
                    n_head * seq_len**2
                layer.norm1 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                layer.norm2 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                layer.norm3 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                layer.self_attn (MultiheadAttention): 28 * batch * dim * seq_len + 12 * batch *
                    n_head * seq_len**2
            if batch > 1 and seq_len > 1 and batch * n_head != batch:
                layer (TransformerDecoderLayer): 16 * batch * n_head * seq_len
                layer.dropout (Dropout): 16 * batch * n_head * seq_len
                layer.dropout1 (Dropout): 4 * batch * n_head * seq_len
                layer.dropout2 (Dropout): 4 * batch * n_head * seq_len
                layer.dropout3 (Dropout): 4 * batch * n_head * seq_len
                layer.linear1 (Linear): 4 * batch * n_head * seq_len
                layer.linear2 (Linear): 16 * batch * n_head * seq_len
                layer.multihead_attn (MultiheadAttention): 12 * batch * n_head * seq_len**2 + 28 *
                    batch * n_head * seq_len
                layer.norm1 (LayerNorm): 4 * batch * n_head * seq_len + 8 * batch * seq_len
                layer.norm2 (LayerNorm): 4 * batch * n_head * seq_len + 8 * batch * seq_len
                layer.norm3 (LayerNorm): 4 * batch * n_head * seq_len + 8 * batch * seq_len
                layer.self_attn (MultiheadAttention): 12 * batch * n_head * seq_len**2 + 28 * batch
                    * n_head * seq_len
            if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
                layer (TransformerDecoderLayer): 16 * batch * n_head
                layer.dropout (Dropout): 16 * batch * n_head
                layer.dropout1 (Dropout): 4 * batch * n_head
                layer.dropout2 (Dropout): 4 * batch * n_head
                layer.dropout3 (Dropout): 4 * batch * n_head
                layer.linear1 (Linear): 4 * batch * n_head
                layer.linear2 (Linear): 16 * batch * n_head
                layer.multihead_attn (MultiheadAttention): 36 * batch * n_head
                layer.norm1 (LayerNorm): 4 * batch * n_head + 8 * batch
                layer.norm2 (LayerNorm): 4 * batch * n_head + 8 * batch
                layer.norm3 (LayerNorm): 4 * batch * n_head + 8 * batch
                layer.self_attn (MultiheadAttention): 40 * batch * n_head
            if batch > 1 and seq_len > 1:
                layer (TransformerDecoderLayer): 16 * batch * dim * seq_len
                layer.dropout (Dropout): 16 * batch * dim * seq_len
                layer.dropout1 (Dropout): 4 * batch * dim * seq_len
                layer.dropout2 (Dropout): 4 * batch * dim * seq_len
                layer.dropout3 (Dropout): 4 * batch * dim * seq_len
                layer.linear1 (Linear): 4 * batch * dim * seq_len
                layer.linear2 (Linear): 16 * batch * dim * seq_len
                layer.multihead_attn (MultiheadAttention): 28 * batch * dim * seq_len + 12 * batch *
                    seq_len**2
                layer.norm1 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                layer.norm2 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                layer.norm3 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                layer.self_attn (MultiheadAttention): 28 * batch * dim * seq_len + 12 * batch *
                    seq_len**2
            if batch != 1 and batch * n_head == batch:
                layer (TransformerDecoderLayer): 16 * batch * dim
                layer.dropout (Dropout): 16 * batch * dim
                layer.dropout1 (Dropout): 4 * batch * dim
                layer.dropout2 (Dropout): 4 * batch * dim
                layer.dropout3 (Dropout): 4 * batch * dim
                layer.linear1 (Linear): 4 * batch * dim
                layer.linear2 (Linear): 16 * batch * dim
                layer.multihead_attn (MultiheadAttention): 24 * batch * dim + 12 * batch
                layer.norm1 (LayerNorm): 4 * batch * dim + 8 * batch
                layer.norm2 (LayerNorm): 4 * batch * dim + 8 * batch
                layer.norm3 (LayerNorm): 4 * batch * dim + 8 * batch
                layer.self_attn (MultiheadAttention): 28 * batch * dim + 12 * batch
            if seq_len != 1:
                layer (TransformerDecoderLayer): 16 * dim * seq_len
                layer.dropout (Dropout): 16 * dim * seq_len
                layer.dropout1 (Dropout): 4 * dim * seq_len
                layer.dropout2 (Dropout): 4 * dim * seq_len
                layer.dropout3 (Dropout): 4 * dim * seq_len
                layer.linear1 (Linear): 4 * dim * seq_len
                layer.linear2 (Linear): 16 * dim * seq_len
                layer.multihead_attn (MultiheadAttention): 24 * dim * seq_len + 12 * n_head *
                    seq_len**2
                layer.norm1 (LayerNorm): 4 * dim * seq_len + 8 * seq_len
                layer.norm2 (LayerNorm): 4 * dim * seq_len + 8 * seq_len
                layer.norm3 (LayerNorm): 4 * dim * seq_len + 8 * seq_len
                layer.self_attn (MultiheadAttention): 28 * dim * seq_len + 12 * n_head * seq_len**2
            otherwise:
                layer (TransformerDecoderLayer): 16 * batch * dim
                layer.dropout (Dropout): 16 * batch * dim
                layer.dropout1 (Dropout): 4 * batch * dim
                layer.dropout2 (Dropout): 4 * batch * dim
                layer.dropout3 (Dropout): 4 * batch * dim
                layer.linear1 (Linear): 4 * batch * dim
                layer.linear2 (Linear): 16 * batch * dim
                layer.multihead_attn (MultiheadAttention): 24 * batch * dim + 12 * batch * n_head
                layer.norm1 (LayerNorm): 4 * batch * dim + 8 * batch
                layer.norm2 (LayerNorm): 4 * batch * dim + 8 * batch
                layer.norm3 (LayerNorm): 4 * batch * dim + 8 * batch
                layer.self_attn (MultiheadAttention): 28 * batch * dim + 12 * batch * n_head

    if norm_first:

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        if batch > 1 and seq_len > 1 and batch * n_head != batch: 132 * batch * dim * seq_len + 24 *
            batch * n_head * seq_len**2 + 24 * batch * seq_len
        if batch > 1 and seq_len > 1: 132 * batch * dim * seq_len + 24 * batch * seq_len**2 + 24 *
            batch * seq_len
        if batch >= 2 and batch * n_head == batch: 128 * batch * dim + 48 * batch
        if seq_len >= 2: 128 * dim * seq_len + 24 * n_head * seq_len**2 + 24 * seq_len
        otherwise: 128 * batch * dim + 24 * batch * n_head + 24 * batch

        Per submodule:
            if batch > 1 and seq_len > 1 and batch * n_head != batch:
                layer (TransformerDecoderLayer): 16 * batch * dim * seq_len
                layer.dropout (Dropout): 16 * batch * dim * seq_len
                layer.dropout1 (Dropout): 4 * batch * dim * seq_len
                layer.dropout2 (Dropout): 4 * batch * dim * seq_len
                layer.dropout3 (Dropout): 4 * batch * dim * seq_len
                layer.linear1 (Linear): 4 * batch * dim * seq_len
                layer.linear2 (Linear): 16 * batch * dim * seq_len
                layer.multihead_attn (MultiheadAttention): 28 * batch * dim * seq_len + 12 * batch *
                    n_head * seq_len**2
                layer.norm1 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                layer.norm2 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                layer.norm3 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                layer.self_attn (MultiheadAttention): 28 * batch * dim * seq_len + 12 * batch *
                    n_head * seq_len**2
            if batch > 1 and seq_len > 1:
                layer (TransformerDecoderLayer): 16 * batch * dim * seq_len
                layer.dropout (Dropout): 16 * batch * dim * seq_len
                layer.dropout1 (Dropout): 4 * batch * dim * seq_len
                layer.dropout2 (Dropout): 4 * batch * dim * seq_len
                layer.dropout3 (Dropout): 4 * batch * dim * seq_len
                layer.linear1 (Linear): 4 * batch * dim * seq_len
                layer.linear2 (Linear): 16 * batch * dim * seq_len
                layer.multihead_attn (MultiheadAttention): 28 * batch * dim * seq_len + 12 * batch *
                    seq_len**2
                layer.norm1 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                layer.norm2 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                layer.norm3 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                layer.self_attn (MultiheadAttention): 28 * batch * dim * seq_len + 12 * batch *
                    seq_len**2
            if batch >= 2 and batch * n_head == batch:
                layer (TransformerDecoderLayer): 16 * batch * dim
                layer.dropout (Dropout): 16 * batch * dim
                layer.dropout1 (Dropout): 4 * batch * dim
                layer.dropout2 (Dropout): 4 * batch * dim
                layer.dropout3 (Dropout): 4 * batch * dim
                layer.linear1 (Linear): 4 * batch * dim
                layer.linear2 (Linear): 16 * batch * dim
                layer.multihead_attn (MultiheadAttention): 24 * batch * dim + 12 * batch
                layer.norm1 (LayerNorm): 4 * batch * dim + 8 * batch
                layer.norm2 (LayerNorm): 4 * batch * dim + 8 * batch
                layer.norm3 (LayerNorm): 4 * batch * dim + 8 * batch
                layer.self_attn (MultiheadAttention): 28 * batch * dim + 12 * batch
            if seq_len >= 2:
                layer (TransformerDecoderLayer): 16 * dim * seq_len
                layer.dropout (Dropout): 16 * dim * seq_len
                layer.dropout1 (Dropout): 4 * dim * seq_len
                layer.dropout2 (Dropout): 4 * dim * seq_len
                layer.dropout3 (Dropout): 4 * dim * seq_len
                layer.linear1 (Linear): 4 * dim * seq_len
                layer.linear2 (Linear): 16 * dim * seq_len
                layer.multihead_attn (MultiheadAttention): 24 * dim * seq_len + 12 * n_head *
                    seq_len**2
                layer.norm1 (LayerNorm): 4 * dim * seq_len + 8 * seq_len
                layer.norm2 (LayerNorm): 4 * dim * seq_len + 8 * seq_len
                layer.norm3 (LayerNorm): 4 * dim * seq_len + 8 * seq_len
                layer.self_attn (MultiheadAttention): 28 * dim * seq_len + 12 * n_head * seq_len**2
            otherwise:
                layer (TransformerDecoderLayer): 16 * batch * dim
                layer.dropout (Dropout): 16 * batch * dim
                layer.dropout1 (Dropout): 4 * batch * dim
                layer.dropout2 (Dropout): 4 * batch * dim
                layer.dropout3 (Dropout): 4 * batch * dim
                layer.linear1 (Linear): 4 * batch * dim
                layer.linear2 (Linear): 16 * batch * dim
                layer.multihead_attn (MultiheadAttention): 24 * batch * dim + 12 * batch * n_head
                layer.norm1 (LayerNorm): 4 * batch * dim + 8 * batch
                layer.norm2 (LayerNorm): 4 * batch * dim + 8 * batch
                layer.norm3 (LayerNorm): 4 * batch * dim + 8 * batch
                layer.self_attn (MultiheadAttention): 28 * batch * dim + 12 * batch * n_head
    """
    _check_int("transformer/decoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/decoder_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/decoder_layer", "batch", batch, 1, 65536)
    _check_int("transformer/decoder_layer", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/decoder_layer", "norm_first", norm_first, (False, True))
    if not norm_first:
        if (dim // n_head) * n_head != dim:
            raise ValueError(
                f"transformer/decoder_layer: no module at dim={dim}, n_head={n_head}, "
                f"batch={batch}, seq_len={seq_len}; "
                "the factory raises AssertionError where (dim // n_head) * n_head != dim "
                "(zoo/torch_layers.py, in decoder_layer)"
            )
        if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1:
            return (
                132 * batch * dim * seq_len
                + 24 * batch * n_head * seq_len**2
                + 24 * batch * seq_len
            )
        if batch > 1 and seq_len > 1 and batch * n_head != batch:
            return (
                24 * batch * n_head * seq_len**2
                + 132 * batch * n_head * seq_len
                + 24 * batch * seq_len
            )
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
            return 152 * batch * n_head + 24 * batch
        if batch > 1 and seq_len > 1:
            return 132 * batch * dim * seq_len + 24 * batch * seq_len**2 + 24 * batch * seq_len
        if batch != 1 and batch * n_head == batch:
            return 128 * batch * dim + 48 * batch
        if seq_len != 1:
            return 128 * dim * seq_len + 24 * n_head * seq_len**2 + 24 * seq_len
        return 128 * batch * dim + 24 * batch * n_head + 24 * batch
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/decoder_layer: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in decoder_layer)"
        )
    if batch > 1 and seq_len > 1 and batch * n_head != batch:
        return 132 * batch * dim * seq_len + 24 * batch * n_head * seq_len**2 + 24 * batch * seq_len
    if batch > 1 and seq_len > 1:
        return 132 * batch * dim * seq_len + 24 * batch * seq_len**2 + 24 * batch * seq_len
    if batch >= 2 and batch * n_head == batch:
        return 128 * batch * dim + 48 * batch
    if seq_len >= 2:
        return 128 * dim * seq_len + 24 * n_head * seq_len**2 + 24 * seq_len
    return 128 * batch * dim + 24 * batch * n_head + 24 * batch


def transformer_encoder_layer_params(dim: int, *, n_head: int = 4, norm_first: bool = False) -> int:
    """Parameters of transformer/encoder_layer.

    TransformerEncoderLayer(dim, n_head, 4 dim), batch first, post- or pre-norm.
    Built by zoo.torch_layers.encoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
    The same for every value of norm_first.

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    otherwise: 12 * dim**2 + 13 * dim

    Per submodule:
        otherwise:
            self_attn (MultiheadAttention): 3 * dim**2 + 3 * dim
            self_attn.out_proj (NonDynamicallyQuantizableLinear): dim**2 + dim
            linear1 (Linear): 4 * dim**2 + 4 * dim
            linear2 (Linear): 4 * dim**2 + dim
            norm1 (LayerNorm): 2 * dim
            norm2 (LayerNorm): 2 * dim
    """
    _check_int("transformer/encoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/encoder_layer", "n_head", n_head, 1, 8)
    _check_choice("transformer/encoder_layer", "norm_first", norm_first, (False, True))
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/encoder_layer: no module at dim={dim}, n_head={n_head}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in encoder_layer)"
        )
    return 12 * dim**2 + 13 * dim


def transformer_encoder_layer_buffers(
    dim: int, *, n_head: int = 4, norm_first: bool = False
) -> int:
    """Buffer elements of transformer/encoder_layer.

    TransformerEncoderLayer(dim, n_head, 4 dim), batch first, post- or pre-norm.
    Built by zoo.torch_layers.encoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
    The same for every value of norm_first.

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("transformer/encoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/encoder_layer", "n_head", n_head, 1, 8)
    _check_choice("transformer/encoder_layer", "norm_first", norm_first, (False, True))
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/encoder_layer: no module at dim={dim}, n_head={n_head}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in encoder_layer)"
        )
    return 0


def transformer_encoder_layer_training_state_bytes(
    dim: int, *, optimizer: str = "adam", n_head: int = 4, norm_first: bool = False
) -> int:
    """Training state bytes of transformer/encoder_layer.

    TransformerEncoderLayer(dim, n_head, 4 dim), batch first, post- or pre-norm.
    Built by zoo.torch_layers.encoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        otherwise: 96 * dim**2 + 104 * dim

        Per submodule:
            otherwise:
                self_attn (MultiheadAttention): 24 * dim**2 + 24 * dim
                self_attn.out_proj (NonDynamicallyQuantizableLinear): 8 * dim**2 + 8 * dim
                linear1 (Linear): 32 * dim**2 + 32 * dim
                linear2 (Linear): 32 * dim**2 + 8 * dim
                norm1 (LayerNorm): 16 * dim
                norm2 (LayerNorm): 16 * dim

    if optimizer == 'sgd_momentum':

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        otherwise: 144 * dim**2 + 156 * dim

        Per submodule:
            otherwise:
                self_attn (MultiheadAttention): 36 * dim**2 + 36 * dim
                self_attn.out_proj (NonDynamicallyQuantizableLinear): 12 * dim**2 + 12 * dim
                linear1 (Linear): 48 * dim**2 + 48 * dim
                linear2 (Linear): 48 * dim**2 + 12 * dim
                norm1 (LayerNorm): 24 * dim
                norm2 (LayerNorm): 24 * dim

    if optimizer in ('adam', 'adamw'):

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        otherwise: 192 * dim**2 + 208 * dim + 48

        Per submodule:
            otherwise:
                self_attn (MultiheadAttention): 48 * dim**2 + 48 * dim + 8
                self_attn.out_proj (NonDynamicallyQuantizableLinear): 16 * dim**2 + 16 * dim + 8
                linear1 (Linear): 64 * dim**2 + 64 * dim + 8
                linear2 (Linear): 64 * dim**2 + 16 * dim + 8
                norm1 (LayerNorm): 32 * dim + 8
                norm2 (LayerNorm): 32 * dim + 8
    """
    _check_int("transformer/encoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/encoder_layer", "n_head", n_head, 1, 8)
    _check_choice(
        "transformer/encoder_layer",
        "optimizer",
        optimizer,
        ("sgd", "sgd_momentum", "adam", "adamw"),
    )
    _check_choice("transformer/encoder_layer", "norm_first", norm_first, (False, True))
    if optimizer == "sgd":
        if (dim // n_head) * n_head != dim:
            raise ValueError(
                f"transformer/encoder_layer: no module at dim={dim}, n_head={n_head}; "
                "the factory raises AssertionError where (dim // n_head) * n_head != dim "
                "(zoo/torch_layers.py, in encoder_layer)"
            )
        return 96 * dim**2 + 104 * dim
    if optimizer == "sgd_momentum":
        if (dim // n_head) * n_head != dim:
            raise ValueError(
                f"transformer/encoder_layer: no module at dim={dim}, n_head={n_head}; "
                "the factory raises AssertionError where (dim // n_head) * n_head != dim "
                "(zoo/torch_layers.py, in encoder_layer)"
            )
        return 144 * dim**2 + 156 * dim
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/encoder_layer: no module at dim={dim}, n_head={n_head}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in encoder_layer)"
        )
    return 192 * dim**2 + 208 * dim + 48


def transformer_encoder_layer_forward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4, norm_first: bool = False
) -> int:
    """Forward FLOPs of transformer/encoder_layer.

    TransformerEncoderLayer(dim, n_head, 4 dim), batch first, post- or pre-norm.
    Built by zoo.torch_layers.encoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if not norm_first:

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head: 24 * batch *
            n_head**2 * seq_len + 4 * batch * n_head * seq_len**2
        otherwise: 24 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2

        Per submodule:
            if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head:
                linear1 (Linear): 8 * batch * n_head**2 * seq_len
                linear2 (Linear): 8 * batch * n_head**2 * seq_len
                self_attn (MultiheadAttention): 8 * batch * n_head**2 * seq_len + 4 * batch * n_head
                    * seq_len**2
            otherwise:
                linear1 (Linear): 8 * batch * dim**2 * seq_len
                linear2 (Linear): 8 * batch * dim**2 * seq_len
                self_attn (MultiheadAttention): 8 * batch * dim**2 * seq_len + 4 * batch * dim *
                    seq_len**2

    if norm_first:

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        otherwise: 24 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2

        Per submodule:
            otherwise:
                linear1 (Linear): 8 * batch * dim**2 * seq_len
                linear2 (Linear): 8 * batch * dim**2 * seq_len
                self_attn (MultiheadAttention): 8 * batch * dim**2 * seq_len + 4 * batch * dim *
                    seq_len**2
    """
    _check_int("transformer/encoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/encoder_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/encoder_layer", "batch", batch, 1, 65536)
    _check_int("transformer/encoder_layer", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/encoder_layer", "norm_first", norm_first, (False, True))
    if not norm_first:
        if (dim // n_head) * n_head != dim:
            raise ValueError(
                f"transformer/encoder_layer: no module at dim={dim}, n_head={n_head}, "
                f"batch={batch}, seq_len={seq_len}; "
                "the factory raises AssertionError where (dim // n_head) * n_head != dim "
                "(zoo/torch_layers.py, in encoder_layer)"
            )
        if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head:
            return 24 * batch * n_head**2 * seq_len + 4 * batch * n_head * seq_len**2
        return 24 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/encoder_layer: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in encoder_layer)"
        )
    return 24 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2


def transformer_encoder_layer_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4, norm_first: bool = False
) -> int:
    """Backward FLOPs of transformer/encoder_layer.

    TransformerEncoderLayer(dim, n_head, 4 dim), batch first, post- or pre-norm.
    Built by zoo.torch_layers.encoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if not norm_first:

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head: 48 * batch *
            n_head**2 * seq_len + 8 * batch * n_head * seq_len**2
        otherwise: 48 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2

        Per submodule:
            if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head:
                linear1 (Linear): 16 * batch * n_head**2 * seq_len
                linear2 (Linear): 16 * batch * n_head**2 * seq_len
                self_attn (MultiheadAttention): 16 * batch * n_head**2 * seq_len + 8 * batch *
                    n_head * seq_len**2
            otherwise:
                linear1 (Linear): 16 * batch * dim**2 * seq_len
                linear2 (Linear): 16 * batch * dim**2 * seq_len
                self_attn (MultiheadAttention): 16 * batch * dim**2 * seq_len + 8 * batch * dim *
                    seq_len**2

    if norm_first:

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        otherwise: 48 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2

        Per submodule:
            otherwise:
                linear1 (Linear): 16 * batch * dim**2 * seq_len
                linear2 (Linear): 16 * batch * dim**2 * seq_len
                self_attn (MultiheadAttention): 16 * batch * dim**2 * seq_len + 8 * batch * dim *
                    seq_len**2
    """
    _check_int("transformer/encoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/encoder_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/encoder_layer", "batch", batch, 1, 65536)
    _check_int("transformer/encoder_layer", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/encoder_layer", "norm_first", norm_first, (False, True))
    if not norm_first:
        if (dim // n_head) * n_head != dim:
            raise ValueError(
                f"transformer/encoder_layer: no module at dim={dim}, n_head={n_head}, "
                f"batch={batch}, seq_len={seq_len}; "
                "the factory raises AssertionError where (dim // n_head) * n_head != dim "
                "(zoo/torch_layers.py, in encoder_layer)"
            )
        if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head:
            return 48 * batch * n_head**2 * seq_len + 8 * batch * n_head * seq_len**2
        return 48 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/encoder_layer: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in encoder_layer)"
        )
    return 48 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2


def transformer_encoder_layer_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4, norm_first: bool = False
) -> int:
    """Forward elementwise operations of transformer/encoder_layer.

    TransformerEncoderLayer(dim, n_head, 4 dim), batch first, post- or pre-norm.
    Built by zoo.torch_layers.encoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if not norm_first:

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1: 39 * batch * dim * seq_len
            + 6 * batch * n_head * seq_len**2
        if batch > 1 and seq_len > 1 and batch * n_head != batch: 6 * batch * n_head * seq_len**2 +
            39 * batch * n_head * seq_len
        if batch > 1 and seq_len > 1: 39 * batch * dim * seq_len + 6 * batch * seq_len**2
        if batch != 1 and batch * n_head == batch: 36 * batch * dim + 6 * batch
        if seq_len != 1: 36 * dim * seq_len + 6 * n_head * seq_len**2
        otherwise: 36 * batch * dim + 6 * batch * n_head

        Per submodule:
            if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1:
                self (TransformerEncoderLayer): 6 * batch * dim * seq_len
                dropout (Dropout): 12 * batch * dim * seq_len
                dropout1 (Dropout): 3 * batch * dim * seq_len
                dropout2 (Dropout): 3 * batch * dim * seq_len
                norm1 (LayerNorm): 5 * batch * dim * seq_len
                norm2 (LayerNorm): 5 * batch * dim * seq_len
                self_attn (MultiheadAttention): 5 * batch * dim * seq_len + 6 * batch * n_head *
                    seq_len**2
            if batch > 1 and seq_len > 1 and batch * n_head != batch:
                self (TransformerEncoderLayer): 6 * batch * n_head * seq_len
                dropout (Dropout): 12 * batch * n_head * seq_len
                dropout1 (Dropout): 3 * batch * n_head * seq_len
                dropout2 (Dropout): 3 * batch * n_head * seq_len
                norm1 (LayerNorm): 5 * batch * n_head * seq_len
                norm2 (LayerNorm): 5 * batch * n_head * seq_len
                self_attn (MultiheadAttention): 6 * batch * n_head * seq_len**2 + 5 * batch * n_head
                    * seq_len
            if batch > 1 and seq_len > 1:
                self (TransformerEncoderLayer): 6 * batch * dim * seq_len
                dropout (Dropout): 12 * batch * dim * seq_len
                dropout1 (Dropout): 3 * batch * dim * seq_len
                dropout2 (Dropout): 3 * batch * dim * seq_len
                norm1 (LayerNorm): 5 * batch * dim * seq_len
                norm2 (LayerNorm): 5 * batch * dim * seq_len
                self_attn (MultiheadAttention): 5 * batch * dim * seq_len + 6 * batch * seq_len**2
            if batch != 1 and batch * n_head == batch:
                self (TransformerEncoderLayer): 6 * batch * dim
                dropout (Dropout): 12 * batch * dim
                dropout1 (Dropout): 3 * batch * dim
                dropout2 (Dropout): 3 * batch * dim
                norm1 (LayerNorm): 5 * batch * dim
                norm2 (LayerNorm): 5 * batch * dim
                self_attn (MultiheadAttention): 2 * batch * dim + 6 * batch
            if seq_len != 1:
                self (TransformerEncoderLayer): 6 * dim * seq_len
                dropout (Dropout): 12 * dim * seq_len
                dropout1 (Dropout): 3 * dim * seq_len
                dropout2 (Dropout): 3 * dim * seq_len
                norm1 (LayerNorm): 5 * dim * seq_len
                norm2 (LayerNorm): 5 * dim * seq_len
                self_attn (MultiheadAttention): 2 * dim * seq_len + 6 * n_head * seq_len**2
            otherwise:
                self (TransformerEncoderLayer): 6 * batch * dim
                dropout (Dropout): 12 * batch * dim
                dropout1 (Dropout): 3 * batch * dim
                dropout2 (Dropout): 3 * batch * dim
                norm1 (LayerNorm): 5 * batch * dim
                norm2 (LayerNorm): 5 * batch * dim
                self_attn (MultiheadAttention): 2 * batch * dim + 6 * batch * n_head

    if norm_first:

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        if batch > 1 and seq_len > 1 and batch * n_head != batch: 39 * batch * dim * seq_len + 6 *
            batch * n_head * seq_len**2
        if batch > 1 and seq_len > 1: 39 * batch * dim * seq_len + 6 * batch * seq_len**2
        if batch >= 2 and batch * n_head == batch: 36 * batch * dim + 6 * batch
        if seq_len >= 2: 36 * dim * seq_len + 6 * n_head * seq_len**2
        otherwise: 36 * batch * dim + 6 * batch * n_head

        Per submodule:
            if batch > 1 and seq_len > 1 and batch * n_head != batch:
                self (TransformerEncoderLayer): 6 * batch * dim * seq_len
                dropout (Dropout): 12 * batch * dim * seq_len
                dropout1 (Dropout): 3 * batch * dim * seq_len
                dropout2 (Dropout): 3 * batch * dim * seq_len
                norm1 (LayerNorm): 5 * batch * dim * seq_len
                norm2 (LayerNorm): 5 * batch * dim * seq_len
                self_attn (MultiheadAttention): 5 * batch * dim * seq_len + 6 * batch * n_head *
                    seq_len**2
            if batch > 1 and seq_len > 1:
                self (TransformerEncoderLayer): 6 * batch * dim * seq_len
                dropout (Dropout): 12 * batch * dim * seq_len
                dropout1 (Dropout): 3 * batch * dim * seq_len
                dropout2 (Dropout): 3 * batch * dim * seq_len
                norm1 (LayerNorm): 5 * batch * dim * seq_len
                norm2 (LayerNorm): 5 * batch * dim * seq_len
                self_attn (MultiheadAttention): 5 * batch * dim * seq_len + 6 * batch * seq_len**2
            if batch >= 2 and batch * n_head == batch:
                self (TransformerEncoderLayer): 6 * batch * dim
                dropout (Dropout): 12 * batch * dim
                dropout1 (Dropout): 3 * batch * dim
                dropout2 (Dropout): 3 * batch * dim
                norm1 (LayerNorm): 5 * batch * dim
                norm2 (LayerNorm): 5 * batch * dim
                self_attn (MultiheadAttention): 2 * batch * dim + 6 * batch
            if seq_len >= 2:
                self (TransformerEncoderLayer): 6 * dim * seq_len
                dropout (Dropout): 12 * dim * seq_len
                dropout1 (Dropout): 3 * dim * seq_len
                dropout2 (Dropout): 3 * dim * seq_len
                norm1 (LayerNorm): 5 * dim * seq_len
                norm2 (LayerNorm): 5 * dim * seq_len
                self_attn (MultiheadAttention): 2 * dim * seq_len + 6 * n_head * seq_len**2
            otherwise:
                self (TransformerEncoderLayer): 6 * batch * dim
                dropout (Dropout): 12 * batch * dim
                dropout1 (Dropout): 3 * batch * dim
                dropout2 (Dropout): 3 * batch * dim
                norm1 (LayerNorm): 5 * batch * dim
                norm2 (LayerNorm): 5 * batch * dim
                self_attn (MultiheadAttention): 2 * batch * dim + 6 * batch * n_head
    """
    _check_int("transformer/encoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/encoder_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/encoder_layer", "batch", batch, 1, 65536)
    _check_int("transformer/encoder_layer", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/encoder_layer", "norm_first", norm_first, (False, True))
    if not norm_first:
        if (dim // n_head) * n_head != dim:
            raise ValueError(
                f"transformer/encoder_layer: no module at dim={dim}, n_head={n_head}, "
                f"batch={batch}, seq_len={seq_len}; "
                "the factory raises AssertionError where (dim // n_head) * n_head != dim "
                "(zoo/torch_layers.py, in encoder_layer)"
            )
        if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1:
            return 39 * batch * dim * seq_len + 6 * batch * n_head * seq_len**2
        if batch > 1 and seq_len > 1 and batch * n_head != batch:
            return 6 * batch * n_head * seq_len**2 + 39 * batch * n_head * seq_len
        if batch > 1 and seq_len > 1:
            return 39 * batch * dim * seq_len + 6 * batch * seq_len**2
        if batch != 1 and batch * n_head == batch:
            return 36 * batch * dim + 6 * batch
        if seq_len != 1:
            return 36 * dim * seq_len + 6 * n_head * seq_len**2
        return 36 * batch * dim + 6 * batch * n_head
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/encoder_layer: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in encoder_layer)"
        )
    if batch > 1 and seq_len > 1 and batch * n_head != batch:
        return 39 * batch * dim * seq_len + 6 * batch * n_head * seq_len**2
    if batch > 1 and seq_len > 1:
        return 39 * batch * dim * seq_len + 6 * batch * seq_len**2
    if batch >= 2 and batch * n_head == batch:
        return 36 * batch * dim + 6 * batch
    if seq_len >= 2:
        return 36 * dim * seq_len + 6 * n_head * seq_len**2
    return 36 * batch * dim + 6 * batch * n_head


def transformer_encoder_layer_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4, norm_first: bool = False
) -> int:
    """Backward elementwise operations of transformer/encoder_layer.

    TransformerEncoderLayer(dim, n_head, 4 dim), batch first, post- or pre-norm.
    Built by zoo.torch_layers.encoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if not norm_first:

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head: 4 * batch *
            n_head * seq_len**2 + 45 * batch * n_head * seq_len
        if batch != 1 and batch * n_head == batch: 45 * batch * dim * seq_len + 4 * batch *
            seq_len**2
        otherwise: 45 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2

        Per submodule:
            if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head:
                self (TransformerEncoderLayer): 4 * batch * n_head * seq_len
                dropout (Dropout): 4 * batch * n_head * seq_len
                dropout1 (Dropout): batch * n_head * seq_len
                dropout2 (Dropout): batch * n_head * seq_len
                linear1 (Linear): 5 * batch * n_head * seq_len
                linear2 (Linear): batch * n_head * seq_len
                norm1 (LayerNorm): 8 * batch * n_head * seq_len
                norm2 (LayerNorm): 8 * batch * n_head * seq_len
                self_attn (MultiheadAttention): 4 * batch * n_head * seq_len**2 + 13 * batch *
                    n_head * seq_len
            if batch != 1 and batch * n_head == batch:
                self (TransformerEncoderLayer): 4 * batch * dim * seq_len
                dropout (Dropout): 4 * batch * dim * seq_len
                dropout1 (Dropout): batch * dim * seq_len
                dropout2 (Dropout): batch * dim * seq_len
                linear1 (Linear): 5 * batch * dim * seq_len
                linear2 (Linear): batch * dim * seq_len
                norm1 (LayerNorm): 8 * batch * dim * seq_len
                norm2 (LayerNorm): 8 * batch * dim * seq_len
                self_attn (MultiheadAttention): 13 * batch * dim * seq_len + 4 * batch * seq_len**2
            otherwise:
                self (TransformerEncoderLayer): 4 * batch * dim * seq_len
                dropout (Dropout): 4 * batch * dim * seq_len
                dropout1 (Dropout): batch * dim * seq_len
                dropout2 (Dropout): batch * dim * seq_len
                linear1 (Linear): 5 * batch * dim * seq_len
                linear2 (Linear): batch * dim * seq_len
                norm1 (LayerNorm): 8 * batch * dim * seq_len
                norm2 (LayerNorm): 8 * batch * dim * seq_len
                self_attn (MultiheadAttention): 13 * batch * dim * seq_len + 4 * batch * n_head *
                    seq_len**2

    if norm_first:

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        if batch != 1 and batch * n_head == batch: 45 * batch * dim * seq_len + 4 * batch *
            seq_len**2
        otherwise: 45 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2

        Per submodule:
            if batch != 1 and batch * n_head == batch:
                self (TransformerEncoderLayer): 4 * batch * dim * seq_len
                dropout (Dropout): 4 * batch * dim * seq_len
                dropout1 (Dropout): batch * dim * seq_len
                dropout2 (Dropout): batch * dim * seq_len
                linear1 (Linear): 4 * batch * dim * seq_len
                linear2 (Linear): batch * dim * seq_len
                norm1 (LayerNorm): 9 * batch * dim * seq_len
                norm2 (LayerNorm): 9 * batch * dim * seq_len
                self_attn (MultiheadAttention): 12 * batch * dim * seq_len + 4 * batch * seq_len**2
            otherwise:
                self (TransformerEncoderLayer): 4 * batch * dim * seq_len
                dropout (Dropout): 4 * batch * dim * seq_len
                dropout1 (Dropout): batch * dim * seq_len
                dropout2 (Dropout): batch * dim * seq_len
                linear1 (Linear): 4 * batch * dim * seq_len
                linear2 (Linear): batch * dim * seq_len
                norm1 (LayerNorm): 9 * batch * dim * seq_len
                norm2 (LayerNorm): 9 * batch * dim * seq_len
                self_attn (MultiheadAttention): 12 * batch * dim * seq_len + 4 * batch * n_head *
                    seq_len**2
    """
    _check_int("transformer/encoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/encoder_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/encoder_layer", "batch", batch, 1, 65536)
    _check_int("transformer/encoder_layer", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/encoder_layer", "norm_first", norm_first, (False, True))
    if not norm_first:
        if (dim // n_head) * n_head != dim:
            raise ValueError(
                f"transformer/encoder_layer: no module at dim={dim}, n_head={n_head}, "
                f"batch={batch}, seq_len={seq_len}; "
                "the factory raises AssertionError where (dim // n_head) * n_head != dim "
                "(zoo/torch_layers.py, in encoder_layer)"
            )
        if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head:
            return 4 * batch * n_head * seq_len**2 + 45 * batch * n_head * seq_len
        if batch != 1 and batch * n_head == batch:
            return 45 * batch * dim * seq_len + 4 * batch * seq_len**2
        return 45 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/encoder_layer: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in encoder_layer)"
        )
    if batch != 1 and batch * n_head == batch:
        return 45 * batch * dim * seq_len + 4 * batch * seq_len**2
    return 45 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2


def transformer_encoder_layer_activation_bytes(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4, norm_first: bool = False
) -> int:
    """Activation bytes of transformer/encoder_layer.

    TransformerEncoderLayer(dim, n_head, 4 dim), batch first, post- or pre-norm.
    Built by zoo.torch_layers.encoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if not norm_first:

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head: 12 * batch *
            n_head * seq_len**2 + 96 * batch * n_head * seq_len + 16 * batch * seq_len
        if batch != 1 and batch * n_head == batch: 96 * batch * dim * seq_len + 12 * batch *
            seq_len**2 + 16 * batch * seq_len
        otherwise: 96 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch *
            seq_len

        Per submodule:
            if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head:
                self (TransformerEncoderLayer): 16 * batch * n_head * seq_len
                dropout (Dropout): 16 * batch * n_head * seq_len
                dropout1 (Dropout): 4 * batch * n_head * seq_len
                dropout2 (Dropout): 4 * batch * n_head * seq_len
                linear1 (Linear): 4 * batch * n_head * seq_len
                linear2 (Linear): 16 * batch * n_head * seq_len
                norm1 (LayerNorm): 4 * batch * n_head * seq_len + 8 * batch * seq_len
                norm2 (LayerNorm): 4 * batch * n_head * seq_len + 8 * batch * seq_len
                self_attn (MultiheadAttention): 12 * batch * n_head * seq_len**2 + 28 * batch *
                    n_head * seq_len
            if batch != 1 and batch * n_head == batch:
                self (TransformerEncoderLayer): 16 * batch * dim * seq_len
                dropout (Dropout): 16 * batch * dim * seq_len
                dropout1 (Dropout): 4 * batch * dim * seq_len
                dropout2 (Dropout): 4 * batch * dim * seq_len
                linear1 (Linear): 4 * batch * dim * seq_len
                linear2 (Linear): 16 * batch * dim * seq_len
                norm1 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                norm2 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                self_attn (MultiheadAttention): 28 * batch * dim * seq_len + 12 * batch * seq_len**2
            otherwise:
                self (TransformerEncoderLayer): 16 * batch * dim * seq_len
                dropout (Dropout): 16 * batch * dim * seq_len
                dropout1 (Dropout): 4 * batch * dim * seq_len
                dropout2 (Dropout): 4 * batch * dim * seq_len
                linear1 (Linear): 4 * batch * dim * seq_len
                linear2 (Linear): 16 * batch * dim * seq_len
                norm1 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                norm2 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                self_attn (MultiheadAttention): 28 * batch * dim * seq_len + 12 * batch * n_head *
                    seq_len**2

    if norm_first:

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        if batch != 1 and batch * n_head == batch: 96 * batch * dim * seq_len + 12 * batch *
            seq_len**2 + 16 * batch * seq_len
        otherwise: 96 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch *
            seq_len

        Per submodule:
            if batch != 1 and batch * n_head == batch:
                self (TransformerEncoderLayer): 16 * batch * dim * seq_len
                dropout (Dropout): 16 * batch * dim * seq_len
                dropout1 (Dropout): 4 * batch * dim * seq_len
                dropout2 (Dropout): 4 * batch * dim * seq_len
                linear1 (Linear): 4 * batch * dim * seq_len
                linear2 (Linear): 16 * batch * dim * seq_len
                norm1 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                norm2 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                self_attn (MultiheadAttention): 28 * batch * dim * seq_len + 12 * batch * seq_len**2
            otherwise:
                self (TransformerEncoderLayer): 16 * batch * dim * seq_len
                dropout (Dropout): 16 * batch * dim * seq_len
                dropout1 (Dropout): 4 * batch * dim * seq_len
                dropout2 (Dropout): 4 * batch * dim * seq_len
                linear1 (Linear): 4 * batch * dim * seq_len
                linear2 (Linear): 16 * batch * dim * seq_len
                norm1 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                norm2 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                self_attn (MultiheadAttention): 28 * batch * dim * seq_len + 12 * batch * n_head *
                    seq_len**2
    """
    _check_int("transformer/encoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/encoder_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/encoder_layer", "batch", batch, 1, 65536)
    _check_int("transformer/encoder_layer", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/encoder_layer", "norm_first", norm_first, (False, True))
    if not norm_first:
        if (dim // n_head) * n_head != dim:
            raise ValueError(
                f"transformer/encoder_layer: no module at dim={dim}, n_head={n_head}, "
                f"batch={batch}, seq_len={seq_len}; "
                "the factory raises AssertionError where (dim // n_head) * n_head != dim "
                "(zoo/torch_layers.py, in encoder_layer)"
            )
        if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head:
            return (
                12 * batch * n_head * seq_len**2
                + 96 * batch * n_head * seq_len
                + 16 * batch * seq_len
            )
        if batch != 1 and batch * n_head == batch:
            return 96 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len
        return 96 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch * seq_len
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/encoder_layer: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in encoder_layer)"
        )
    if batch != 1 and batch * n_head == batch:
        return 96 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len
    return 96 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch * seq_len


def transformer_glu_params(dim: int) -> int:
    """Parameters of transformer/glu.

    Linear(dim, 2 dim) . GLU.
    Built by zoo.torch_layers.glu(); exact for 1 <= dim <= 65536.

    everywhere: 2 * dim**2 + 2 * dim

    Per submodule:
        0 (Linear): 2 * dim**2 + 2 * dim
    """
    _check_int("transformer/glu", "dim", dim, 1, 65536)
    return 2 * dim**2 + 2 * dim


def transformer_glu_buffers(dim: int) -> int:
    """Buffer elements of transformer/glu.

    Linear(dim, 2 dim) . GLU.
    Built by zoo.torch_layers.glu(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("transformer/glu", "dim", dim, 1, 65536)
    return 0


def transformer_glu_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of transformer/glu.

    Linear(dim, 2 dim) . GLU.
    Built by zoo.torch_layers.glu(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 16 * dim**2 + 16 * dim

        Per submodule:
            0 (Linear): 16 * dim**2 + 16 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 24 * dim**2 + 24 * dim

        Per submodule:
            0 (Linear): 24 * dim**2 + 24 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 32 * dim**2 + 32 * dim + 8

        Per submodule:
            0 (Linear): 32 * dim**2 + 32 * dim + 8
    """
    _check_int("transformer/glu", "dim", dim, 1, 65536)
    _check_choice(
        "transformer/glu", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 16 * dim**2 + 16 * dim
    if optimizer == "sgd_momentum":
        return 24 * dim**2 + 24 * dim
    return 32 * dim**2 + 32 * dim + 8


def transformer_glu_forward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward FLOPs of transformer/glu.

    Linear(dim, 2 dim) . GLU.
    Built by zoo.torch_layers.glu(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    everywhere: 4 * batch * dim**2 * seq_len

    Per submodule:
        0 (Linear): 4 * batch * dim**2 * seq_len
    """
    _check_int("transformer/glu", "dim", dim, 1, 65536)
    _check_int("transformer/glu", "batch", batch, 1, 65536)
    _check_int("transformer/glu", "seq_len", seq_len, 1, 65536)
    return 4 * batch * dim**2 * seq_len


def transformer_glu_backward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward FLOPs of transformer/glu.

    Linear(dim, 2 dim) . GLU.
    Built by zoo.torch_layers.glu(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    everywhere: 8 * batch * dim**2 * seq_len

    Per submodule:
        0 (Linear): 8 * batch * dim**2 * seq_len
    """
    _check_int("transformer/glu", "dim", dim, 1, 65536)
    _check_int("transformer/glu", "batch", batch, 1, 65536)
    _check_int("transformer/glu", "seq_len", seq_len, 1, 65536)
    return 8 * batch * dim**2 * seq_len


def transformer_glu_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward elementwise operations of transformer/glu.

    Linear(dim, 2 dim) . GLU.
    Built by zoo.torch_layers.glu(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    everywhere: batch * dim * seq_len

    Per submodule:
        1 (GLU): batch * dim * seq_len
    """
    _check_int("transformer/glu", "dim", dim, 1, 65536)
    _check_int("transformer/glu", "batch", batch, 1, 65536)
    _check_int("transformer/glu", "seq_len", seq_len, 1, 65536)
    return batch * dim * seq_len


def transformer_glu_backward_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward elementwise operations of transformer/glu.

    Linear(dim, 2 dim) . GLU.
    Built by zoo.torch_layers.glu(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    everywhere: 4 * batch * dim * seq_len

    Per submodule:
        0 (Linear): 2 * batch * dim * seq_len
        1 (GLU): 2 * batch * dim * seq_len
    """
    _check_int("transformer/glu", "dim", dim, 1, 65536)
    _check_int("transformer/glu", "batch", batch, 1, 65536)
    _check_int("transformer/glu", "seq_len", seq_len, 1, 65536)
    return 4 * batch * dim * seq_len


def transformer_glu_activation_bytes(dim: int, *, batch: int, seq_len: int) -> int:
    """Activation bytes of transformer/glu.

    Linear(dim, 2 dim) . GLU.
    Built by zoo.torch_layers.glu(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    everywhere: 12 * batch * dim * seq_len

    Per submodule:
        0 (Linear): 4 * batch * dim * seq_len
        1 (GLU): 8 * batch * dim * seq_len
    """
    _check_int("transformer/glu", "dim", dim, 1, 65536)
    _check_int("transformer/glu", "batch", batch, 1, 65536)
    _check_int("transformer/glu", "seq_len", seq_len, 1, 65536)
    return 12 * batch * dim * seq_len


def transformer_gpt2_block_params(dim: int, *, n_head: int = 4) -> int:
    """Parameters of transformer/gpt2_block.

    Transformers GPT2Block (causal attention, SDPA; MLP 4 dim, GELU).
    Built by zoo.hf.gpt2_block(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    otherwise: 12 * dim**2 + 13 * dim

    Per submodule:
        otherwise:
            block.ln_1 (LayerNorm): 2 * dim
            block.attn.c_attn (Conv1D): 3 * dim**2 + 3 * dim
            block.attn.c_proj (Conv1D): dim**2 + dim
            block.ln_2 (LayerNorm): 2 * dim
            block.mlp.c_fc (Conv1D): 4 * dim**2 + 4 * dim
            block.mlp.c_proj (Conv1D): 4 * dim**2 + dim
    """
    _check_int("transformer/gpt2_block", "dim", dim, 1, 65536)
    _check_int("transformer/gpt2_block", "n_head", n_head, 1, 8)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/gpt2_block: no module at dim={dim}, n_head={n_head}; "
            "the factory raises ValueError where (dim // n_head) * n_head != dim "
            "(transformers/models/gpt2/modeling_gpt2.py, in __init__)"
        )
    return 12 * dim**2 + 13 * dim


def transformer_gpt2_block_buffers(dim: int, *, n_head: int = 4) -> int:
    """Buffer elements of transformer/gpt2_block.

    Transformers GPT2Block (causal attention, SDPA; MLP 4 dim, GELU).
    Built by zoo.hf.gpt2_block(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("transformer/gpt2_block", "dim", dim, 1, 65536)
    _check_int("transformer/gpt2_block", "n_head", n_head, 1, 8)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/gpt2_block: no module at dim={dim}, n_head={n_head}; "
            "the factory raises ValueError where (dim // n_head) * n_head != dim "
            "(transformers/models/gpt2/modeling_gpt2.py, in __init__)"
        )
    return 0


def transformer_gpt2_block_training_state_bytes(
    dim: int, *, optimizer: str = "adam", n_head: int = 4
) -> int:
    """Training state bytes of transformer/gpt2_block.

    Transformers GPT2Block (causal attention, SDPA; MLP 4 dim, GELU).
    Built by zoo.hf.gpt2_block(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        otherwise: 96 * dim**2 + 104 * dim

        Per submodule:
            otherwise:
                block.ln_1 (LayerNorm): 16 * dim
                block.attn.c_attn (Conv1D): 24 * dim**2 + 24 * dim
                block.attn.c_proj (Conv1D): 8 * dim**2 + 8 * dim
                block.ln_2 (LayerNorm): 16 * dim
                block.mlp.c_fc (Conv1D): 32 * dim**2 + 32 * dim
                block.mlp.c_proj (Conv1D): 32 * dim**2 + 8 * dim

    if optimizer == 'sgd_momentum':

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        otherwise: 144 * dim**2 + 156 * dim

        Per submodule:
            otherwise:
                block.ln_1 (LayerNorm): 24 * dim
                block.attn.c_attn (Conv1D): 36 * dim**2 + 36 * dim
                block.attn.c_proj (Conv1D): 12 * dim**2 + 12 * dim
                block.ln_2 (LayerNorm): 24 * dim
                block.mlp.c_fc (Conv1D): 48 * dim**2 + 48 * dim
                block.mlp.c_proj (Conv1D): 48 * dim**2 + 12 * dim

    if optimizer in ('adam', 'adamw'):

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        otherwise: 192 * dim**2 + 208 * dim + 48

        Per submodule:
            otherwise:
                block.ln_1 (LayerNorm): 32 * dim + 8
                block.attn.c_attn (Conv1D): 48 * dim**2 + 48 * dim + 8
                block.attn.c_proj (Conv1D): 16 * dim**2 + 16 * dim + 8
                block.ln_2 (LayerNorm): 32 * dim + 8
                block.mlp.c_fc (Conv1D): 64 * dim**2 + 64 * dim + 8
                block.mlp.c_proj (Conv1D): 64 * dim**2 + 16 * dim + 8
    """
    _check_int("transformer/gpt2_block", "dim", dim, 1, 65536)
    _check_int("transformer/gpt2_block", "n_head", n_head, 1, 8)
    _check_choice(
        "transformer/gpt2_block", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        if (dim // n_head) * n_head != dim:
            raise ValueError(
                f"transformer/gpt2_block: no module at dim={dim}, n_head={n_head}; "
                "the factory raises ValueError where (dim // n_head) * n_head != dim "
                "(transformers/models/gpt2/modeling_gpt2.py, in __init__)"
            )
        return 96 * dim**2 + 104 * dim
    if optimizer == "sgd_momentum":
        if (dim // n_head) * n_head != dim:
            raise ValueError(
                f"transformer/gpt2_block: no module at dim={dim}, n_head={n_head}; "
                "the factory raises ValueError where (dim // n_head) * n_head != dim "
                "(transformers/models/gpt2/modeling_gpt2.py, in __init__)"
            )
        return 144 * dim**2 + 156 * dim
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/gpt2_block: no module at dim={dim}, n_head={n_head}; "
            "the factory raises ValueError where (dim // n_head) * n_head != dim "
            "(transformers/models/gpt2/modeling_gpt2.py, in __init__)"
        )
    return 192 * dim**2 + 208 * dim + 48


def transformer_gpt2_block_forward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward FLOPs of transformer/gpt2_block.

    Transformers GPT2Block (causal attention, SDPA; MLP 4 dim, GELU).
    Built by zoo.hf.gpt2_block(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    if dim == 1 or (batch != 1 and dim // n_head == 1) or (seq_len != 1 and dim // n_head == 1): 24
        * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2
    otherwise: 22 * batch * dim**2 * seq_len + 2 * batch * dim * (dim // (dim // (dim // n_head))) *
        (dim // (dim // n_head)) * seq_len + 4 * batch * (dim // (dim // (dim // n_head))) *
        (dim // (dim // n_head)) * seq_len**2

    Per submodule:
        if dim == 1 or (batch != 1 and dim // n_head == 1) or (seq_len != 1 and dim // n_head == 1):
            block.attn (GPT2Attention): 4 * batch * dim * seq_len**2
            block.attn.c_attn (Conv1D): 6 * batch * dim**2 * seq_len
            block.attn.c_proj (Conv1D): 2 * batch * dim**2 * seq_len
            block.mlp.c_fc (Conv1D): 8 * batch * dim**2 * seq_len
            block.mlp.c_proj (Conv1D): 8 * batch * dim**2 * seq_len
        otherwise:
            block.attn (GPT2Attention): 4 * batch * (dim // (dim // (dim // n_head))) *
                (dim // (dim // n_head)) * seq_len**2
            block.attn.c_attn (Conv1D): 6 * batch * dim**2 * seq_len
            block.attn.c_proj (Conv1D): 2 * batch * dim * (dim // (dim // (dim // n_head))) *
                (dim // (dim // n_head)) * seq_len
            block.mlp.c_fc (Conv1D): 8 * batch * dim**2 * seq_len
            block.mlp.c_proj (Conv1D): 8 * batch * dim**2 * seq_len
    """
    _check_int("transformer/gpt2_block", "dim", dim, 1, 65536)
    _check_int("transformer/gpt2_block", "n_head", n_head, 1, 8)
    _check_int("transformer/gpt2_block", "batch", batch, 1, 65536)
    _check_int("transformer/gpt2_block", "seq_len", seq_len, 1, 65536)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/gpt2_block: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises ValueError where (dim // n_head) * n_head != dim "
            "(transformers/models/gpt2/modeling_gpt2.py, in __init__)"
        )
    if dim == 1 or (batch != 1 and dim // n_head == 1) or (seq_len != 1 and dim // n_head == 1):
        return 24 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2
    return (
        22 * batch * dim**2 * seq_len
        + 2 * batch * dim * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) * seq_len
        + 4 * batch * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) * seq_len**2
    )


def transformer_gpt2_block_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward FLOPs of transformer/gpt2_block.

    Transformers GPT2Block (causal attention, SDPA; MLP 4 dim, GELU).
    Built by zoo.hf.gpt2_block(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    if dim == 1 or (batch != 1 and dim // n_head == 1) or (seq_len != 1 and dim // n_head == 1): 48
        * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2
    otherwise: 34 * batch * dim**2 * seq_len + 14 * batch * dim * (dim // (dim // (dim // n_head)))
        * (dim // (dim // n_head)) * seq_len + 10 * batch * (dim // (dim // (dim // n_head))) *
        (dim // (dim // n_head)) * seq_len**2

    Per submodule:
        if dim == 1 or (batch != 1 and dim // n_head == 1) or (seq_len != 1 and dim // n_head == 1):
            block.attn (GPT2Attention): 10 * batch * dim * seq_len**2
            block.attn.c_attn (Conv1D): 12 * batch * dim**2 * seq_len
            block.attn.c_proj (Conv1D): 4 * batch * dim**2 * seq_len
            block.mlp.c_fc (Conv1D): 16 * batch * dim**2 * seq_len
            block.mlp.c_proj (Conv1D): 16 * batch * dim**2 * seq_len
        otherwise:
            block.attn (GPT2Attention): 10 * batch * (dim // (dim // (dim // n_head))) *
                (dim // (dim // n_head)) * seq_len**2
            block.attn.c_attn (Conv1D): 12 * batch * dim * (dim // (dim // (dim // n_head))) *
                (dim // (dim // n_head)) * seq_len
            block.attn.c_proj (Conv1D): 2 * batch * dim**2 * seq_len + 2 * batch * dim *
                (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) * seq_len
            block.mlp.c_fc (Conv1D): 16 * batch * dim**2 * seq_len
            block.mlp.c_proj (Conv1D): 16 * batch * dim**2 * seq_len
    """
    _check_int("transformer/gpt2_block", "dim", dim, 1, 65536)
    _check_int("transformer/gpt2_block", "n_head", n_head, 1, 8)
    _check_int("transformer/gpt2_block", "batch", batch, 1, 65536)
    _check_int("transformer/gpt2_block", "seq_len", seq_len, 1, 65536)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/gpt2_block: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises ValueError where (dim // n_head) * n_head != dim "
            "(transformers/models/gpt2/modeling_gpt2.py, in __init__)"
        )
    if dim == 1 or (batch != 1 and dim // n_head == 1) or (seq_len != 1 and dim // n_head == 1):
        return 48 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2
    return (
        34 * batch * dim**2 * seq_len
        + 14 * batch * dim * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) * seq_len
        + 10 * batch * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) * seq_len**2
    )


def transformer_gpt2_block_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward elementwise operations of transformer/gpt2_block.

    Transformers GPT2Block (causal attention, SDPA; MLP 4 dim, GELU).
    Built by zoo.hf.gpt2_block(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    otherwise: 44 * batch * dim * seq_len

    Per submodule:
        otherwise:
            block (GPT2Block): 2 * batch * dim * seq_len
            block.ln_1 (LayerNorm): 5 * batch * dim * seq_len
            block.ln_2 (LayerNorm): 5 * batch * dim * seq_len
            block.mlp.act (NewGELUActivation): 32 * batch * dim * seq_len
    """
    _check_int("transformer/gpt2_block", "dim", dim, 1, 65536)
    _check_int("transformer/gpt2_block", "n_head", n_head, 1, 8)
    _check_int("transformer/gpt2_block", "batch", batch, 1, 65536)
    _check_int("transformer/gpt2_block", "seq_len", seq_len, 1, 65536)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/gpt2_block: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises ValueError where (dim // n_head) * n_head != dim "
            "(transformers/models/gpt2/modeling_gpt2.py, in __init__)"
        )
    return 44 * batch * dim * seq_len


def transformer_gpt2_block_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward elementwise operations of transformer/gpt2_block.

    Transformers GPT2Block (causal attention, SDPA; MLP 4 dim, GELU).
    Built by zoo.hf.gpt2_block(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    if dim == 1 or (batch != 1 and dim // n_head == 1) or (seq_len != 1 and dim // n_head == 1): 71
        * batch * dim * seq_len
    otherwise: 68 * batch * dim * seq_len + 3 * batch * (dim // (dim // (dim // n_head))) *
        (dim // (dim // n_head)) * seq_len

    Per submodule:
        if dim == 1 or (batch != 1 and dim // n_head == 1) or (seq_len != 1 and dim // n_head == 1):
            block.attn.c_attn (Conv1D): 3 * batch * dim * seq_len
            block.attn.c_proj (Conv1D): batch * dim * seq_len
            block.ln_1 (LayerNorm): 9 * batch * dim * seq_len
            block.ln_2 (LayerNorm): 9 * batch * dim * seq_len
            block.mlp.act (NewGELUActivation): 44 * batch * dim * seq_len
            block.mlp.c_fc (Conv1D): 4 * batch * dim * seq_len
            block.mlp.c_proj (Conv1D): batch * dim * seq_len
        otherwise:
            block.attn.c_attn (Conv1D): 3 * batch * (dim // (dim // (dim // n_head))) *
                (dim // (dim // n_head)) * seq_len
            block.attn.c_proj (Conv1D): batch * dim * seq_len
            block.ln_1 (LayerNorm): 9 * batch * dim * seq_len
            block.ln_2 (LayerNorm): 9 * batch * dim * seq_len
            block.mlp.act (NewGELUActivation): 44 * batch * dim * seq_len
            block.mlp.c_fc (Conv1D): 4 * batch * dim * seq_len
            block.mlp.c_proj (Conv1D): batch * dim * seq_len
    """
    _check_int("transformer/gpt2_block", "dim", dim, 1, 65536)
    _check_int("transformer/gpt2_block", "n_head", n_head, 1, 8)
    _check_int("transformer/gpt2_block", "batch", batch, 1, 65536)
    _check_int("transformer/gpt2_block", "seq_len", seq_len, 1, 65536)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/gpt2_block: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises ValueError where (dim // n_head) * n_head != dim "
            "(transformers/models/gpt2/modeling_gpt2.py, in __init__)"
        )
    if dim == 1 or (batch != 1 and dim // n_head == 1) or (seq_len != 1 and dim // n_head == 1):
        return 71 * batch * dim * seq_len
    return (
        68 * batch * dim * seq_len
        + 3 * batch * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) * seq_len
    )


def transformer_gpt2_block_activation_bytes(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Activation bytes of transformer/gpt2_block.

    Transformers GPT2Block (causal attention, SDPA; MLP 4 dim, GELU).
    Built by zoo.hf.gpt2_block(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    if dim // (dim // n_head) != dim: 108 * batch * dim * seq_len + 4 * batch *
        (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) * seq_len + 4 * batch *
        (dim // (dim // n_head)) * seq_len + 16 * batch * seq_len
    otherwise: 116 * batch * dim * seq_len + 16 * batch * seq_len

    Per submodule:
        if dim // (dim // n_head) != dim:
            block.attn (GPT2Attention): 12 * batch * dim * seq_len + 4 * batch *
                (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) * seq_len + 4 * batch *
                (dim // (dim // n_head)) * seq_len
            block.attn.c_attn (Conv1D): 4 * batch * dim * seq_len
            block.ln_1 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
            block.ln_2 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
            block.mlp.act (NewGELUActivation): 64 * batch * dim * seq_len
            block.mlp.c_fc (Conv1D): 4 * batch * dim * seq_len
            block.mlp.c_proj (Conv1D): 16 * batch * dim * seq_len
        otherwise:
            block.attn (GPT2Attention): 20 * batch * dim * seq_len
            block.attn.c_attn (Conv1D): 4 * batch * dim * seq_len
            block.ln_1 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
            block.ln_2 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
            block.mlp.act (NewGELUActivation): 64 * batch * dim * seq_len
            block.mlp.c_fc (Conv1D): 4 * batch * dim * seq_len
            block.mlp.c_proj (Conv1D): 16 * batch * dim * seq_len
    """
    _check_int("transformer/gpt2_block", "dim", dim, 1, 65536)
    _check_int("transformer/gpt2_block", "n_head", n_head, 1, 8)
    _check_int("transformer/gpt2_block", "batch", batch, 1, 65536)
    _check_int("transformer/gpt2_block", "seq_len", seq_len, 1, 65536)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/gpt2_block: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises ValueError where (dim // n_head) * n_head != dim "
            "(transformers/models/gpt2/modeling_gpt2.py, in __init__)"
        )
    if dim // (dim // n_head) != dim:
        return (
            108 * batch * dim * seq_len
            + 4 * batch * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) * seq_len
            + 4 * batch * (dim // (dim // n_head)) * seq_len
            + 16 * batch * seq_len
        )
    return 116 * batch * dim * seq_len + 16 * batch * seq_len


def transformer_gpt_layer_params(
    dim: int, *, n_head: int = 4, attention: str = "eager", dtype: str = "bfloat16"
) -> int:
    """Parameters of transformer/gpt_layer.

    GPT layer (Korthikanti et al. 2022): pre-norm causal attention and 4x MLP, dropout 0.1.
    Built by zoo.classic.gpt_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
    The same for every value of attention and dtype.

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 12 * dim**2 + 13 * dim

    Per submodule:
        otherwise:
            ln1 (LayerNorm): 2 * dim
            qkv (Linear): 3 * dim**2 + 3 * dim
            proj (Linear): dim**2 + dim
            ln2 (LayerNorm): 2 * dim
            fc1 (Linear): 4 * dim**2 + 4 * dim
            fc2 (Linear): 4 * dim**2 + dim
    """
    _check_int("transformer/gpt_layer", "dim", dim, 1, 65536)
    _check_int("transformer/gpt_layer", "n_head", n_head, 1, 8)
    _check_choice("transformer/gpt_layer", "attention", attention, ("eager", "sdpa"))
    _check_choice("transformer/gpt_layer", "dtype", dtype, ("bfloat16", "float32"))
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/gpt_layer: no module at dim={dim}, n_head={n_head}; "
            "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
            "__init__)"
        )
    return 12 * dim**2 + 13 * dim


def transformer_gpt_layer_buffers(
    dim: int, *, n_head: int = 4, attention: str = "eager", dtype: str = "bfloat16"
) -> int:
    """Buffer elements of transformer/gpt_layer.

    GPT layer (Korthikanti et al. 2022): pre-norm causal attention and 4x MLP, dropout 0.1.
    Built by zoo.classic.gpt_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
    The same for every value of attention and dtype.

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("transformer/gpt_layer", "dim", dim, 1, 65536)
    _check_int("transformer/gpt_layer", "n_head", n_head, 1, 8)
    _check_choice("transformer/gpt_layer", "attention", attention, ("eager", "sdpa"))
    _check_choice("transformer/gpt_layer", "dtype", dtype, ("bfloat16", "float32"))
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/gpt_layer: no module at dim={dim}, n_head={n_head}; "
            "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
            "__init__)"
        )
    return 0


def transformer_gpt_layer_training_state_bytes(
    dim: int,
    *,
    optimizer: str = "adam",
    n_head: int = 4,
    attention: str = "eager",
    dtype: str = "bfloat16",
) -> int:
    """Training state bytes of transformer/gpt_layer.

    GPT layer (Korthikanti et al. 2022): pre-norm causal attention and 4x MLP, dropout 0.1.
    Built by zoo.classic.gpt_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd' and dtype == 'bfloat16':

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 48 * dim**2 + 52 * dim

        Per submodule:
            otherwise:
                ln1 (LayerNorm): 8 * dim
                qkv (Linear): 12 * dim**2 + 12 * dim
                proj (Linear): 4 * dim**2 + 4 * dim
                ln2 (LayerNorm): 8 * dim
                fc1 (Linear): 16 * dim**2 + 16 * dim
                fc2 (Linear): 16 * dim**2 + 4 * dim

    if optimizer == 'sgd' and dtype == 'float32':

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 96 * dim**2 + 104 * dim

        Per submodule:
            otherwise:
                ln1 (LayerNorm): 16 * dim
                qkv (Linear): 24 * dim**2 + 24 * dim
                proj (Linear): 8 * dim**2 + 8 * dim
                ln2 (LayerNorm): 16 * dim
                fc1 (Linear): 32 * dim**2 + 32 * dim
                fc2 (Linear): 32 * dim**2 + 8 * dim

    if optimizer == 'sgd_momentum' and dtype == 'bfloat16':

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 72 * dim**2 + 78 * dim

        Per submodule:
            otherwise:
                ln1 (LayerNorm): 12 * dim
                qkv (Linear): 18 * dim**2 + 18 * dim
                proj (Linear): 6 * dim**2 + 6 * dim
                ln2 (LayerNorm): 12 * dim
                fc1 (Linear): 24 * dim**2 + 24 * dim
                fc2 (Linear): 24 * dim**2 + 6 * dim

    if optimizer == 'sgd_momentum' and dtype == 'float32':

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 144 * dim**2 + 156 * dim

        Per submodule:
            otherwise:
                ln1 (LayerNorm): 24 * dim
                qkv (Linear): 36 * dim**2 + 36 * dim
                proj (Linear): 12 * dim**2 + 12 * dim
                ln2 (LayerNorm): 24 * dim
                fc1 (Linear): 48 * dim**2 + 48 * dim
                fc2 (Linear): 48 * dim**2 + 12 * dim

    if optimizer in ('adam', 'adamw') and dtype == 'bfloat16':

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 96 * dim**2 + 104 * dim + 48

        Per submodule:
            otherwise:
                ln1 (LayerNorm): 16 * dim + 8
                qkv (Linear): 24 * dim**2 + 24 * dim + 8
                proj (Linear): 8 * dim**2 + 8 * dim + 8
                ln2 (LayerNorm): 16 * dim + 8
                fc1 (Linear): 32 * dim**2 + 32 * dim + 8
                fc2 (Linear): 32 * dim**2 + 8 * dim + 8

    if optimizer in ('adam', 'adamw') and dtype == 'float32':

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 192 * dim**2 + 208 * dim + 48

        Per submodule:
            otherwise:
                ln1 (LayerNorm): 32 * dim + 8
                qkv (Linear): 48 * dim**2 + 48 * dim + 8
                proj (Linear): 16 * dim**2 + 16 * dim + 8
                ln2 (LayerNorm): 32 * dim + 8
                fc1 (Linear): 64 * dim**2 + 64 * dim + 8
                fc2 (Linear): 64 * dim**2 + 16 * dim + 8
    """
    _check_int("transformer/gpt_layer", "dim", dim, 1, 65536)
    _check_int("transformer/gpt_layer", "n_head", n_head, 1, 8)
    _check_choice(
        "transformer/gpt_layer", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    _check_choice("transformer/gpt_layer", "attention", attention, ("eager", "sdpa"))
    _check_choice("transformer/gpt_layer", "dtype", dtype, ("bfloat16", "float32"))
    if optimizer == "sgd" and dtype == "bfloat16":
        if dim % n_head != 0:
            raise ValueError(
                f"transformer/gpt_layer: no module at dim={dim}, n_head={n_head}; "
                "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
                "__init__)"
            )
        return 48 * dim**2 + 52 * dim
    if optimizer == "sgd" and dtype == "float32":
        if dim % n_head != 0:
            raise ValueError(
                f"transformer/gpt_layer: no module at dim={dim}, n_head={n_head}; "
                "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
                "__init__)"
            )
        return 96 * dim**2 + 104 * dim
    if optimizer == "sgd_momentum" and dtype == "bfloat16":
        if dim % n_head != 0:
            raise ValueError(
                f"transformer/gpt_layer: no module at dim={dim}, n_head={n_head}; "
                "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
                "__init__)"
            )
        return 72 * dim**2 + 78 * dim
    if optimizer == "sgd_momentum" and dtype == "float32":
        if dim % n_head != 0:
            raise ValueError(
                f"transformer/gpt_layer: no module at dim={dim}, n_head={n_head}; "
                "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
                "__init__)"
            )
        return 144 * dim**2 + 156 * dim
    if optimizer in ("adam", "adamw") and dtype == "bfloat16":
        if dim % n_head != 0:
            raise ValueError(
                f"transformer/gpt_layer: no module at dim={dim}, n_head={n_head}; "
                "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
                "__init__)"
            )
        return 96 * dim**2 + 104 * dim + 48
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/gpt_layer: no module at dim={dim}, n_head={n_head}; "
            "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
            "__init__)"
        )
    return 192 * dim**2 + 208 * dim + 48


def transformer_gpt_layer_forward_flops(
    dim: int,
    *,
    batch: int,
    seq_len: int,
    n_head: int = 4,
    attention: str = "eager",
    dtype: str = "bfloat16",
) -> int:
    """Forward FLOPs of transformer/gpt_layer.

    GPT layer (Korthikanti et al. 2022): pre-norm causal attention and 4x MLP, dropout 0.1.
    Built by zoo.classic.gpt_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if attention == 'eager' and dtype == 'bfloat16':

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 24 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2

        Per submodule:
            otherwise:
                self (GPTLayer): 4 * batch * dim * seq_len**2
                fc1 (Linear): 8 * batch * dim**2 * seq_len
                fc2 (Linear): 8 * batch * dim**2 * seq_len
                proj (Linear): 2 * batch * dim**2 * seq_len
                qkv (Linear): 6 * batch * dim**2 * seq_len

    if dtype == 'float32' or attention == 'sdpa':

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 24 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2

        Per submodule:
            otherwise:
                self (GPTLayer): 4 * batch * dim * seq_len**2
                fc1 (Linear): 8 * batch * dim**2 * seq_len
                fc2 (Linear): 8 * batch * dim**2 * seq_len
                proj (Linear): 2 * batch * dim**2 * seq_len
                qkv (Linear): 6 * batch * dim**2 * seq_len
    """
    _check_int("transformer/gpt_layer", "dim", dim, 1, 65536)
    _check_int("transformer/gpt_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/gpt_layer", "batch", batch, 1, 65536)
    _check_int("transformer/gpt_layer", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/gpt_layer", "attention", attention, ("eager", "sdpa"))
    _check_choice("transformer/gpt_layer", "dtype", dtype, ("bfloat16", "float32"))
    if attention == "eager" and dtype == "bfloat16":
        if dim % n_head != 0:
            raise ValueError(
                f"transformer/gpt_layer: no module at dim={dim}, n_head={n_head}, batch={batch}, "
                f"seq_len={seq_len}; "
                "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
                "__init__)"
            )
        return 24 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/gpt_layer: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
            "__init__)"
        )
    return 24 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2


def transformer_gpt_layer_backward_flops(
    dim: int,
    *,
    batch: int,
    seq_len: int,
    n_head: int = 4,
    attention: str = "eager",
    dtype: str = "bfloat16",
) -> int:
    """Backward FLOPs of transformer/gpt_layer.

    GPT layer (Korthikanti et al. 2022): pre-norm causal attention and 4x MLP, dropout 0.1.
    Built by zoo.classic.gpt_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if attention == 'eager' and dtype == 'bfloat16':

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 48 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2

        Per submodule:
            otherwise:
                self (GPTLayer): 8 * batch * dim * seq_len**2
                fc1 (Linear): 16 * batch * dim**2 * seq_len
                fc2 (Linear): 16 * batch * dim**2 * seq_len
                proj (Linear): 4 * batch * dim**2 * seq_len
                qkv (Linear): 12 * batch * dim**2 * seq_len

    if dtype == 'float32' or attention == 'sdpa':

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 48 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2

        Per submodule:
            otherwise:
                self (GPTLayer): 8 * batch * dim * seq_len**2
                fc1 (Linear): 16 * batch * dim**2 * seq_len
                fc2 (Linear): 16 * batch * dim**2 * seq_len
                proj (Linear): 4 * batch * dim**2 * seq_len
                qkv (Linear): 12 * batch * dim**2 * seq_len
    """
    _check_int("transformer/gpt_layer", "dim", dim, 1, 65536)
    _check_int("transformer/gpt_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/gpt_layer", "batch", batch, 1, 65536)
    _check_int("transformer/gpt_layer", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/gpt_layer", "attention", attention, ("eager", "sdpa"))
    _check_choice("transformer/gpt_layer", "dtype", dtype, ("bfloat16", "float32"))
    if attention == "eager" and dtype == "bfloat16":
        if dim % n_head != 0:
            raise ValueError(
                f"transformer/gpt_layer: no module at dim={dim}, n_head={n_head}, batch={batch}, "
                f"seq_len={seq_len}; "
                "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
                "__init__)"
            )
        return 48 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/gpt_layer: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
            "__init__)"
        )
    return 48 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2


def transformer_gpt_layer_elementwise_flops(
    dim: int,
    *,
    batch: int,
    seq_len: int,
    n_head: int = 4,
    attention: str = "eager",
    dtype: str = "bfloat16",
) -> int:
    """Forward elementwise operations of transformer/gpt_layer.

    GPT layer (Korthikanti et al. 2022): pre-norm causal attention and 4x MLP, dropout 0.1.
    Built by zoo.classic.gpt_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if attention == 'eager' and dtype == 'bfloat16':

        if dim % n_head != 0: ValueError (the factory rejects it)
        if n_head == dim and dim >= 2 and seq_len != 1: 8 * batch * n_head * seq_len**2 + 23 * batch
            * n_head * seq_len
        otherwise: 22 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2

        Per submodule:
            if n_head == dim and dim >= 2 and seq_len != 1:
                self (GPTLayer): 5 * batch * n_head * seq_len**2 + 2 * batch * n_head * seq_len
                act (GELU): 4 * batch * n_head * seq_len
                attn_drop (Dropout): 3 * batch * n_head * seq_len**2
                ln1 (LayerNorm): 5 * batch * n_head * seq_len
                ln2 (LayerNorm): 5 * batch * n_head * seq_len
                mlp_drop (Dropout): 3 * batch * n_head * seq_len
                proj (Linear): batch * n_head * seq_len
                proj_drop (Dropout): 3 * batch * n_head * seq_len
            otherwise:
                self (GPTLayer): 2 * batch * dim * seq_len + 5 * batch * n_head * seq_len**2
                act (GELU): 4 * batch * dim * seq_len
                attn_drop (Dropout): 3 * batch * n_head * seq_len**2
                ln1 (LayerNorm): 5 * batch * dim * seq_len
                ln2 (LayerNorm): 5 * batch * dim * seq_len
                mlp_drop (Dropout): 3 * batch * dim * seq_len
                proj_drop (Dropout): 3 * batch * dim * seq_len

    if attention == 'eager' and dtype == 'float32':

        if dim % n_head != 0: ValueError (the factory rejects it)
        if n_head == dim and dim >= 2 and seq_len != 1: 8 * batch * n_head * seq_len**2 + 23 * batch
            * n_head * seq_len
        otherwise: 22 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2

        Per submodule:
            if n_head == dim and dim >= 2 and seq_len != 1:
                self (GPTLayer): 5 * batch * n_head * seq_len**2 + 2 * batch * n_head * seq_len
                act (GELU): 4 * batch * n_head * seq_len
                attn_drop (Dropout): 3 * batch * n_head * seq_len**2
                ln1 (LayerNorm): 5 * batch * n_head * seq_len
                ln2 (LayerNorm): 5 * batch * n_head * seq_len
                mlp_drop (Dropout): 3 * batch * n_head * seq_len
                proj (Linear): batch * n_head * seq_len
                proj_drop (Dropout): 3 * batch * n_head * seq_len
            otherwise:
                self (GPTLayer): 2 * batch * dim * seq_len + 5 * batch * n_head * seq_len**2
                act (GELU): 4 * batch * dim * seq_len
                attn_drop (Dropout): 3 * batch * n_head * seq_len**2
                ln1 (LayerNorm): 5 * batch * dim * seq_len
                ln2 (LayerNorm): 5 * batch * dim * seq_len
                mlp_drop (Dropout): 3 * batch * dim * seq_len
                proj_drop (Dropout): 3 * batch * dim * seq_len

    if attention == 'sdpa':

        if dim % n_head != 0: ValueError (the factory rejects it)
        if n_head == dim and dim >= 2 and seq_len != 1: 7 * batch * n_head * seq_len**2 + 25 * batch
            * n_head * seq_len + seq_len**2
        otherwise: 24 * batch * dim * seq_len + 7 * batch * n_head * seq_len**2 + seq_len**2

        Per submodule:
            if n_head == dim and dim >= 2 and seq_len != 1:
                self (GPTLayer): 7 * batch * n_head * seq_len**2 + 4 * batch * n_head * seq_len +
                    seq_len**2
                act (GELU): 4 * batch * n_head * seq_len
                ln1 (LayerNorm): 5 * batch * n_head * seq_len
                ln2 (LayerNorm): 5 * batch * n_head * seq_len
                mlp_drop (Dropout): 3 * batch * n_head * seq_len
                proj (Linear): batch * n_head * seq_len
                proj_drop (Dropout): 3 * batch * n_head * seq_len
            otherwise:
                self (GPTLayer): 4 * batch * dim * seq_len + 7 * batch * n_head * seq_len**2 +
                    seq_len**2
                act (GELU): 4 * batch * dim * seq_len
                ln1 (LayerNorm): 5 * batch * dim * seq_len
                ln2 (LayerNorm): 5 * batch * dim * seq_len
                mlp_drop (Dropout): 3 * batch * dim * seq_len
                proj_drop (Dropout): 3 * batch * dim * seq_len
    """
    _check_int("transformer/gpt_layer", "dim", dim, 1, 65536)
    _check_int("transformer/gpt_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/gpt_layer", "batch", batch, 1, 65536)
    _check_int("transformer/gpt_layer", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/gpt_layer", "attention", attention, ("eager", "sdpa"))
    _check_choice("transformer/gpt_layer", "dtype", dtype, ("bfloat16", "float32"))
    if attention == "eager" and dtype == "bfloat16":
        if dim % n_head != 0:
            raise ValueError(
                f"transformer/gpt_layer: no module at dim={dim}, n_head={n_head}, batch={batch}, "
                f"seq_len={seq_len}; "
                "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
                "__init__)"
            )
        if n_head == dim and dim >= 2 and seq_len != 1:
            return 8 * batch * n_head * seq_len**2 + 23 * batch * n_head * seq_len
        return 22 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2
    if attention == "eager" and dtype == "float32":
        if dim % n_head != 0:
            raise ValueError(
                f"transformer/gpt_layer: no module at dim={dim}, n_head={n_head}, batch={batch}, "
                f"seq_len={seq_len}; "
                "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
                "__init__)"
            )
        if n_head == dim and dim >= 2 and seq_len != 1:
            return 8 * batch * n_head * seq_len**2 + 23 * batch * n_head * seq_len
        return 22 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/gpt_layer: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
            "__init__)"
        )
    if n_head == dim and dim >= 2 and seq_len != 1:
        return 7 * batch * n_head * seq_len**2 + 25 * batch * n_head * seq_len + seq_len**2
    return 24 * batch * dim * seq_len + 7 * batch * n_head * seq_len**2 + seq_len**2


def transformer_gpt_layer_backward_elementwise_flops(
    dim: int,
    *,
    batch: int,
    seq_len: int,
    n_head: int = 4,
    attention: str = "eager",
    dtype: str = "bfloat16",
) -> int:
    """Backward elementwise operations of transformer/gpt_layer.

    GPT layer (Korthikanti et al. 2022): pre-norm causal attention and 4x MLP, dropout 0.1.
    Built by zoo.classic.gpt_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if attention == 'eager' and dtype == 'bfloat16':

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 33 * batch * dim * seq_len + 6 * batch * n_head * seq_len**2

        Per submodule:
            otherwise:
                self (GPTLayer): 5 * batch * n_head * seq_len**2
                act (GELU): 4 * batch * dim * seq_len
                attn_drop (Dropout): batch * n_head * seq_len**2
                fc1 (Linear): 4 * batch * dim * seq_len
                fc2 (Linear): batch * dim * seq_len
                ln1 (LayerNorm): 9 * batch * dim * seq_len
                ln2 (LayerNorm): 9 * batch * dim * seq_len
                mlp_drop (Dropout): batch * dim * seq_len
                proj (Linear): batch * dim * seq_len
                proj_drop (Dropout): batch * dim * seq_len
                qkv (Linear): 3 * batch * dim * seq_len

    if attention == 'eager' and dtype == 'float32':

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 33 * batch * dim * seq_len + 6 * batch * n_head * seq_len**2

        Per submodule:
            otherwise:
                self (GPTLayer): 5 * batch * n_head * seq_len**2
                act (GELU): 4 * batch * dim * seq_len
                attn_drop (Dropout): batch * n_head * seq_len**2
                fc1 (Linear): 4 * batch * dim * seq_len
                fc2 (Linear): batch * dim * seq_len
                ln1 (LayerNorm): 9 * batch * dim * seq_len
                ln2 (LayerNorm): 9 * batch * dim * seq_len
                mlp_drop (Dropout): batch * dim * seq_len
                proj (Linear): batch * dim * seq_len
                proj_drop (Dropout): batch * dim * seq_len
                qkv (Linear): 3 * batch * dim * seq_len

    if attention == 'sdpa':

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 35 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2

        Per submodule:
            otherwise:
                self (GPTLayer): 2 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2
                act (GELU): 4 * batch * dim * seq_len
                fc1 (Linear): 4 * batch * dim * seq_len
                fc2 (Linear): batch * dim * seq_len
                ln1 (LayerNorm): 9 * batch * dim * seq_len
                ln2 (LayerNorm): 9 * batch * dim * seq_len
                mlp_drop (Dropout): batch * dim * seq_len
                proj (Linear): batch * dim * seq_len
                proj_drop (Dropout): batch * dim * seq_len
                qkv (Linear): 3 * batch * dim * seq_len
    """
    _check_int("transformer/gpt_layer", "dim", dim, 1, 65536)
    _check_int("transformer/gpt_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/gpt_layer", "batch", batch, 1, 65536)
    _check_int("transformer/gpt_layer", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/gpt_layer", "attention", attention, ("eager", "sdpa"))
    _check_choice("transformer/gpt_layer", "dtype", dtype, ("bfloat16", "float32"))
    if attention == "eager" and dtype == "bfloat16":
        if dim % n_head != 0:
            raise ValueError(
                f"transformer/gpt_layer: no module at dim={dim}, n_head={n_head}, batch={batch}, "
                f"seq_len={seq_len}; "
                "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
                "__init__)"
            )
        return 33 * batch * dim * seq_len + 6 * batch * n_head * seq_len**2
    if attention == "eager" and dtype == "float32":
        if dim % n_head != 0:
            raise ValueError(
                f"transformer/gpt_layer: no module at dim={dim}, n_head={n_head}, batch={batch}, "
                f"seq_len={seq_len}; "
                "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
                "__init__)"
            )
        return 33 * batch * dim * seq_len + 6 * batch * n_head * seq_len**2
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/gpt_layer: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
            "__init__)"
        )
    return 35 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2


def transformer_gpt_layer_activation_bytes(
    dim: int,
    *,
    batch: int,
    seq_len: int,
    n_head: int = 4,
    attention: str = "eager",
    dtype: str = "bfloat16",
) -> int:
    """Activation bytes of transformer/gpt_layer.

    GPT layer (Korthikanti et al. 2022): pre-norm causal attention and 4x MLP, dropout 0.1.
    Built by zoo.classic.gpt_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if attention == 'eager' and dtype == 'bfloat16':

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 36 * batch * dim * seq_len + 6 * batch * n_head * seq_len**2 + 8 * batch *
            seq_len + seq_len**2

        Per submodule:
            otherwise:
                self (GPTLayer): 6 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2 +
                    seq_len**2
                act (GELU): 8 * batch * dim * seq_len
                attn_drop (Dropout): 2 * batch * n_head * seq_len**2
                fc1 (Linear): 2 * batch * dim * seq_len
                fc2 (Linear): 8 * batch * dim * seq_len
                ln1 (LayerNorm): 2 * batch * dim * seq_len + 4 * batch * seq_len
                ln2 (LayerNorm): 2 * batch * dim * seq_len + 4 * batch * seq_len
                mlp_drop (Dropout): 2 * batch * dim * seq_len
                proj (Linear): 2 * batch * dim * seq_len
                proj_drop (Dropout): 2 * batch * dim * seq_len
                qkv (Linear): 2 * batch * dim * seq_len

    if attention == 'eager' and dtype == 'float32':

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 72 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch *
            seq_len + seq_len**2

        Per submodule:
            otherwise:
                self (GPTLayer): 12 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2 +
                    seq_len**2
                act (GELU): 16 * batch * dim * seq_len
                attn_drop (Dropout): 4 * batch * n_head * seq_len**2
                fc1 (Linear): 4 * batch * dim * seq_len
                fc2 (Linear): 16 * batch * dim * seq_len
                ln1 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                ln2 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                mlp_drop (Dropout): 4 * batch * dim * seq_len
                proj (Linear): 4 * batch * dim * seq_len
                proj_drop (Dropout): 4 * batch * dim * seq_len
                qkv (Linear): 4 * batch * dim * seq_len

    if attention == 'sdpa' and dtype == 'bfloat16':

        if dim % n_head != 0: ValueError (the factory rejects it)
        if batch == 1 and n_head != 1 and n_head != dim and seq_len != 1: 28 * dim * seq_len + 12 *
            n_head * seq_len**2 + 10 * (dim // n_head) * n_head * seq_len + 4 * max(1,
            dim // n_head) * n_head * seq_len + 8 * seq_len + 4 * (dim // n_head) - 4 * max(1,
            dim // n_head)
        if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim: 28 * batch * dim + 8 *
            batch * (dim // n_head) * n_head + 6 * batch * max(1, dim // n_head) * n_head + 12 *
            batch * n_head + 8 * batch + 6 * (dim // n_head) - 6 * max(1, dim // n_head)
        if batch == 1 and n_head >= 2 and n_head != dim: 28 * dim + 12 * (dim // n_head) * n_head +
            2 * max(1, dim // n_head) * n_head + 12 * n_head + 2 * (dim // n_head) - 2 * max(1,
            dim // n_head) + 8
        otherwise: 42 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch *
            seq_len

        Per submodule:
            if batch == 1 and n_head != 1 and n_head != dim and seq_len != 1:
                self (GPTLayer): 12 * n_head * seq_len**2 + 8 * (dim // n_head) * n_head * seq_len +
                    4 * max(1, dim // n_head) * n_head * seq_len + 4 * (dim // n_head) - 4 * max(1,
                    dim // n_head)
                act (GELU): 8 * dim * seq_len
                fc1 (Linear): 2 * dim * seq_len
                fc2 (Linear): 8 * dim * seq_len
                ln1 (LayerNorm): 2 * dim * seq_len + 4 * seq_len
                ln2 (LayerNorm): 2 * dim * seq_len + 4 * seq_len
                mlp_drop (Dropout): 2 * dim * seq_len
                proj (Linear): 2 * (dim // n_head) * n_head * seq_len
                proj_drop (Dropout): 2 * dim * seq_len
                qkv (Linear): 2 * dim * seq_len
            if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim:
                self (GPTLayer): 8 * batch * (dim // n_head) * n_head + 4 * batch * max(1,
                    dim // n_head) * n_head + 12 * batch * n_head + 4 * (dim // n_head) - 4 * max(1,
                    dim // n_head)
                act (GELU): 8 * batch * dim
                fc1 (Linear): 2 * batch * dim
                fc2 (Linear): 8 * batch * dim
                ln1 (LayerNorm): 2 * batch * dim + 4 * batch
                ln2 (LayerNorm): 2 * batch * dim + 4 * batch
                mlp_drop (Dropout): 2 * batch * dim
                proj (Linear): 2 * batch * max(1, dim // n_head) * n_head + 2 * (dim // n_head) - 2
                    * max(1, dim // n_head)
                proj_drop (Dropout): 2 * batch * dim
                qkv (Linear): 2 * batch * dim
            if batch == 1 and n_head >= 2 and n_head != dim:
                self (GPTLayer): 12 * (dim // n_head) * n_head + 12 * n_head
                act (GELU): 8 * dim
                fc1 (Linear): 2 * dim
                fc2 (Linear): 8 * dim
                ln1 (LayerNorm): 2 * dim + 4
                ln2 (LayerNorm): 2 * dim + 4
                mlp_drop (Dropout): 2 * dim
                proj (Linear): 2 * max(1, dim // n_head) * n_head + 2 * (dim // n_head) - 2 * max(1,
                    dim // n_head)
                proj_drop (Dropout): 2 * dim
                qkv (Linear): 2 * dim
            otherwise:
                self (GPTLayer): 12 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2
                act (GELU): 8 * batch * dim * seq_len
                fc1 (Linear): 2 * batch * dim * seq_len
                fc2 (Linear): 8 * batch * dim * seq_len
                ln1 (LayerNorm): 2 * batch * dim * seq_len + 4 * batch * seq_len
                ln2 (LayerNorm): 2 * batch * dim * seq_len + 4 * batch * seq_len
                mlp_drop (Dropout): 2 * batch * dim * seq_len
                proj (Linear): 2 * batch * dim * seq_len
                proj_drop (Dropout): 2 * batch * dim * seq_len
                qkv (Linear): 2 * batch * dim * seq_len

    if attention == 'sdpa' and dtype == 'float32':

        if dim % n_head != 0: ValueError (the factory rejects it)
        if batch != 1 and batch * n_head != batch: 72 * batch * dim * seq_len + 12 * batch * n_head
            * seq_len**2 + 16 * batch * seq_len
        if batch != 1: 80 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len
        otherwise: 80 * dim * seq_len + 12 * n_head * seq_len**2 + 16 * seq_len

        Per submodule:
            if batch != 1 and batch * n_head != batch:
                self (GPTLayer): 12 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2
                act (GELU): 16 * batch * dim * seq_len
                fc1 (Linear): 4 * batch * dim * seq_len
                fc2 (Linear): 16 * batch * dim * seq_len
                ln1 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                ln2 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                mlp_drop (Dropout): 4 * batch * dim * seq_len
                proj (Linear): 4 * batch * dim * seq_len
                proj_drop (Dropout): 4 * batch * dim * seq_len
                qkv (Linear): 4 * batch * dim * seq_len
            if batch != 1:
                self (GPTLayer): 20 * batch * dim * seq_len + 12 * batch * seq_len**2
                act (GELU): 16 * batch * dim * seq_len
                fc1 (Linear): 4 * batch * dim * seq_len
                fc2 (Linear): 16 * batch * dim * seq_len
                ln1 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                ln2 (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
                mlp_drop (Dropout): 4 * batch * dim * seq_len
                proj (Linear): 4 * batch * dim * seq_len
                proj_drop (Dropout): 4 * batch * dim * seq_len
                qkv (Linear): 4 * batch * dim * seq_len
            otherwise:
                self (GPTLayer): 20 * dim * seq_len + 12 * n_head * seq_len**2
                act (GELU): 16 * dim * seq_len
                fc1 (Linear): 4 * dim * seq_len
                fc2 (Linear): 16 * dim * seq_len
                ln1 (LayerNorm): 4 * dim * seq_len + 8 * seq_len
                ln2 (LayerNorm): 4 * dim * seq_len + 8 * seq_len
                mlp_drop (Dropout): 4 * dim * seq_len
                proj (Linear): 4 * dim * seq_len
                proj_drop (Dropout): 4 * dim * seq_len
                qkv (Linear): 4 * dim * seq_len
    """
    _check_int("transformer/gpt_layer", "dim", dim, 1, 65536)
    _check_int("transformer/gpt_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/gpt_layer", "batch", batch, 1, 65536)
    _check_int("transformer/gpt_layer", "seq_len", seq_len, 1, 65536)
    _check_choice("transformer/gpt_layer", "attention", attention, ("eager", "sdpa"))
    _check_choice("transformer/gpt_layer", "dtype", dtype, ("bfloat16", "float32"))
    if attention == "eager" and dtype == "bfloat16":
        if dim % n_head != 0:
            raise ValueError(
                f"transformer/gpt_layer: no module at dim={dim}, n_head={n_head}, batch={batch}, "
                f"seq_len={seq_len}; "
                "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
                "__init__)"
            )
        return (
            36 * batch * dim * seq_len
            + 6 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + seq_len**2
        )
    if attention == "eager" and dtype == "float32":
        if dim % n_head != 0:
            raise ValueError(
                f"transformer/gpt_layer: no module at dim={dim}, n_head={n_head}, batch={batch}, "
                f"seq_len={seq_len}; "
                "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
                "__init__)"
            )
        return (
            72 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + seq_len**2
        )
    if attention == "sdpa" and dtype == "bfloat16":
        if dim % n_head != 0:
            raise ValueError(
                f"transformer/gpt_layer: no module at dim={dim}, n_head={n_head}, batch={batch}, "
                f"seq_len={seq_len}; "
                "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
                "__init__)"
            )
        if batch == 1 and n_head != 1 and n_head != dim and seq_len != 1:
            return (
                28 * dim * seq_len
                + 12 * n_head * seq_len**2
                + 10 * (dim // n_head) * n_head * seq_len
                + 4 * max(1, dim // n_head) * n_head * seq_len
                + 8 * seq_len
                + 4 * (dim // n_head)
                - 4 * max(1, dim // n_head)
            )
        if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim:
            return (
                28 * batch * dim
                + 8 * batch * (dim // n_head) * n_head
                + 6 * batch * max(1, dim // n_head) * n_head
                + 12 * batch * n_head
                + 8 * batch
                + 6 * (dim // n_head)
                - 6 * max(1, dim // n_head)
            )
        if batch == 1 and n_head >= 2 and n_head != dim:
            return (
                28 * dim
                + 12 * (dim // n_head) * n_head
                + 2 * max(1, dim // n_head) * n_head
                + 12 * n_head
                + 2 * (dim // n_head)
                - 2 * max(1, dim // n_head)
                + 8
            )
        return 42 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch * seq_len
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/gpt_layer: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
            "__init__)"
        )
    if batch != 1 and batch * n_head != batch:
        return 72 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch * seq_len
    if batch != 1:
        return 80 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len
    return 80 * dim * seq_len + 12 * n_head * seq_len**2 + 16 * seq_len


def transformer_gru_bidirectional_params(dim: int) -> int:
    """Parameters of transformer/gru_bidirectional.

    Bidirectional GRU(dim, dim), batch first; the sequence.
    Built by zoo.torch_layers.gru_bidirectional(); exact for 1 <= dim <= 65536.

    everywhere: 12 * dim**2 + 12 * dim

    Per submodule:
        rnn (GRU): 12 * dim**2 + 12 * dim
    """
    _check_int("transformer/gru_bidirectional", "dim", dim, 1, 65536)
    return 12 * dim**2 + 12 * dim


def transformer_gru_bidirectional_buffers(dim: int) -> int:
    """Buffer elements of transformer/gru_bidirectional.

    Bidirectional GRU(dim, dim), batch first; the sequence.
    Built by zoo.torch_layers.gru_bidirectional(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("transformer/gru_bidirectional", "dim", dim, 1, 65536)
    return 0


def transformer_gru_bidirectional_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of transformer/gru_bidirectional.

    Bidirectional GRU(dim, dim), batch first; the sequence.
    Built by zoo.torch_layers.gru_bidirectional(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 96 * dim**2 + 96 * dim

        Per submodule:
            rnn (GRU): 96 * dim**2 + 96 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 144 * dim**2 + 144 * dim

        Per submodule:
            rnn (GRU): 144 * dim**2 + 144 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 192 * dim**2 + 192 * dim + 32

        Per submodule:
            rnn (GRU): 192 * dim**2 + 192 * dim + 32
    """
    _check_int("transformer/gru_bidirectional", "dim", dim, 1, 65536)
    _check_choice(
        "transformer/gru_bidirectional",
        "optimizer",
        optimizer,
        ("sgd", "sgd_momentum", "adam", "adamw"),
    )
    if optimizer == "sgd":
        return 96 * dim**2 + 96 * dim
    if optimizer == "sgd_momentum":
        return 144 * dim**2 + 144 * dim
    return 192 * dim**2 + 192 * dim + 32


def transformer_gru_bidirectional_forward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward FLOPs of transformer/gru_bidirectional.

    Bidirectional GRU(dim, dim), batch first; the sequence.
    Built by zoo.torch_layers.gru_bidirectional(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    Not derived (raises NotImplementedError): the symbolic 'batch' was converted to a concrete
        number (int(), range(), math.* or similar), which pins it to one value while tracing at
        dim=64, batch=3, seq_len=9 (at zoo/torch_layers.py, in forward)
    """
    _check_int("transformer/gru_bidirectional", "dim", dim, 1, 65536)
    _check_int("transformer/gru_bidirectional", "batch", batch, 1, 65536)
    _check_int("transformer/gru_bidirectional", "seq_len", seq_len, 1, 65536)
    raise NotImplementedError(
        "transformer/gru_bidirectional: forward FLOPs were not derived: the symbolic "
        "'batch' was converted to a concrete number (int(), range(), math.* or similar), "
        "which pins it to one value while tracing at dim=64, batch=3, seq_len=9 (at "
        "zoo/torch_layers.py, in forward)"
    )


def transformer_gru_bidirectional_backward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward FLOPs of transformer/gru_bidirectional.

    Bidirectional GRU(dim, dim), batch first; the sequence.
    Built by zoo.torch_layers.gru_bidirectional(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    Not derived (raises NotImplementedError): the symbolic 'batch' was converted to a concrete
        number (int(), range(), math.* or similar), which pins it to one value while tracing at
        dim=64, batch=3, seq_len=9 (at zoo/torch_layers.py, in forward)
    """
    _check_int("transformer/gru_bidirectional", "dim", dim, 1, 65536)
    _check_int("transformer/gru_bidirectional", "batch", batch, 1, 65536)
    _check_int("transformer/gru_bidirectional", "seq_len", seq_len, 1, 65536)
    raise NotImplementedError(
        "transformer/gru_bidirectional: backward FLOPs were not derived: the symbolic "
        "'batch' was converted to a concrete number (int(), range(), math.* or similar), "
        "which pins it to one value while tracing at dim=64, batch=3, seq_len=9 (at "
        "zoo/torch_layers.py, in forward)"
    )


def transformer_gru_bidirectional_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward elementwise operations of transformer/gru_bidirectional.

    Bidirectional GRU(dim, dim), batch first; the sequence.
    Built by zoo.torch_layers.gru_bidirectional(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    Not derived (raises NotImplementedError): the symbolic 'batch' was converted to a concrete
        number (int(), range(), math.* or similar), which pins it to one value while tracing at
        dim=64, batch=3, seq_len=9 (at zoo/torch_layers.py, in forward)
    """
    _check_int("transformer/gru_bidirectional", "dim", dim, 1, 65536)
    _check_int("transformer/gru_bidirectional", "batch", batch, 1, 65536)
    _check_int("transformer/gru_bidirectional", "seq_len", seq_len, 1, 65536)
    raise NotImplementedError(
        "transformer/gru_bidirectional: forward elementwise operations were not derived: "
        "the symbolic 'batch' was converted to a concrete number (int(), range(), math.* "
        "or similar), which pins it to one value while tracing at dim=64, batch=3, "
        "seq_len=9 (at zoo/torch_layers.py, in forward)"
    )


def transformer_gru_bidirectional_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int
) -> int:
    """Backward elementwise operations of transformer/gru_bidirectional.

    Bidirectional GRU(dim, dim), batch first; the sequence.
    Built by zoo.torch_layers.gru_bidirectional(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    Not derived (raises NotImplementedError): the symbolic 'batch' was converted to a concrete
        number (int(), range(), math.* or similar), which pins it to one value while tracing at
        dim=64, batch=3, seq_len=9 (at zoo/torch_layers.py, in forward)
    """
    _check_int("transformer/gru_bidirectional", "dim", dim, 1, 65536)
    _check_int("transformer/gru_bidirectional", "batch", batch, 1, 65536)
    _check_int("transformer/gru_bidirectional", "seq_len", seq_len, 1, 65536)
    raise NotImplementedError(
        "transformer/gru_bidirectional: backward elementwise operations were not derived:"
        " the symbolic 'batch' was converted to a concrete number (int(), range(), math.*"
        " or similar), which pins it to one value while tracing at dim=64, batch=3, "
        "seq_len=9 (at zoo/torch_layers.py, in forward)"
    )


def transformer_gru_bidirectional_activation_bytes(dim: int, *, batch: int, seq_len: int) -> int:
    """Activation bytes of transformer/gru_bidirectional.

    Bidirectional GRU(dim, dim), batch first; the sequence.
    Built by zoo.torch_layers.gru_bidirectional(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    Not derived (raises NotImplementedError): the symbolic 'batch' was converted to a concrete
        number (int(), range(), math.* or similar), which pins it to one value while tracing at
        dim=64, batch=3, seq_len=9 (at zoo/torch_layers.py, in forward)
    """
    _check_int("transformer/gru_bidirectional", "dim", dim, 1, 65536)
    _check_int("transformer/gru_bidirectional", "batch", batch, 1, 65536)
    _check_int("transformer/gru_bidirectional", "seq_len", seq_len, 1, 65536)
    raise NotImplementedError(
        "transformer/gru_bidirectional: activation bytes were not derived: the symbolic "
        "'batch' was converted to a concrete number (int(), range(), math.* or similar), "
        "which pins it to one value while tracing at dim=64, batch=3, seq_len=9 (at "
        "zoo/torch_layers.py, in forward)"
    )


def transformer_layernorm_params(dim: int) -> int:
    """Parameters of transformer/layernorm.

    LayerNorm(dim).
    Built by zoo.torch_layers.layernorm(); exact for 1 <= dim <= 65536.

    everywhere: 2 * dim

    Per submodule:
        self (LayerNorm): 2 * dim
    """
    _check_int("transformer/layernorm", "dim", dim, 1, 65536)
    return 2 * dim


def transformer_layernorm_buffers(dim: int) -> int:
    """Buffer elements of transformer/layernorm.

    LayerNorm(dim).
    Built by zoo.torch_layers.layernorm(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("transformer/layernorm", "dim", dim, 1, 65536)
    return 0


def transformer_layernorm_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of transformer/layernorm.

    LayerNorm(dim).
    Built by zoo.torch_layers.layernorm(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 16 * dim

        Per submodule:
            self (LayerNorm): 16 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 24 * dim

        Per submodule:
            self (LayerNorm): 24 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 32 * dim + 8

        Per submodule:
            self (LayerNorm): 32 * dim + 8
    """
    _check_int("transformer/layernorm", "dim", dim, 1, 65536)
    _check_choice(
        "transformer/layernorm", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 16 * dim
    if optimizer == "sgd_momentum":
        return 24 * dim
    return 32 * dim + 8


def transformer_layernorm_forward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward FLOPs of transformer/layernorm.

    LayerNorm(dim).
    Built by zoo.torch_layers.layernorm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    everywhere: 0
    """
    _check_int("transformer/layernorm", "dim", dim, 1, 65536)
    _check_int("transformer/layernorm", "batch", batch, 1, 65536)
    _check_int("transformer/layernorm", "seq_len", seq_len, 1, 65536)
    return 0


def transformer_layernorm_backward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward FLOPs of transformer/layernorm.

    LayerNorm(dim).
    Built by zoo.torch_layers.layernorm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    everywhere: 0
    """
    _check_int("transformer/layernorm", "dim", dim, 1, 65536)
    _check_int("transformer/layernorm", "batch", batch, 1, 65536)
    _check_int("transformer/layernorm", "seq_len", seq_len, 1, 65536)
    return 0


def transformer_layernorm_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward elementwise operations of transformer/layernorm.

    LayerNorm(dim).
    Built by zoo.torch_layers.layernorm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    everywhere: 5 * batch * dim * seq_len

    Per submodule:
        self (LayerNorm): 5 * batch * dim * seq_len
    """
    _check_int("transformer/layernorm", "dim", dim, 1, 65536)
    _check_int("transformer/layernorm", "batch", batch, 1, 65536)
    _check_int("transformer/layernorm", "seq_len", seq_len, 1, 65536)
    return 5 * batch * dim * seq_len


def transformer_layernorm_backward_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward elementwise operations of transformer/layernorm.

    LayerNorm(dim).
    Built by zoo.torch_layers.layernorm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    everywhere: 8 * batch * dim * seq_len

    Per submodule:
        self (LayerNorm): 8 * batch * dim * seq_len
    """
    _check_int("transformer/layernorm", "dim", dim, 1, 65536)
    _check_int("transformer/layernorm", "batch", batch, 1, 65536)
    _check_int("transformer/layernorm", "seq_len", seq_len, 1, 65536)
    return 8 * batch * dim * seq_len


def transformer_layernorm_activation_bytes(dim: int, *, batch: int, seq_len: int) -> int:
    """Activation bytes of transformer/layernorm.

    LayerNorm(dim).
    Built by zoo.torch_layers.layernorm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    everywhere: 4 * batch * dim * seq_len + 8 * batch * seq_len

    Per submodule:
        self (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
    """
    _check_int("transformer/layernorm", "dim", dim, 1, 65536)
    _check_int("transformer/layernorm", "batch", batch, 1, 65536)
    _check_int("transformer/layernorm", "seq_len", seq_len, 1, 65536)
    return 4 * batch * dim * seq_len + 8 * batch * seq_len


def transformer_linear_params(dim: int, *, expansion: int = 2) -> int:
    """Parameters of transformer/linear.

    Linear(dim, expansion * dim).
    Built by zoo.torch_layers.linear(); exact for 1 <= dim <= 65536, 1 <= expansion <= 8.

    everywhere: dim**2 * expansion + dim * expansion

    Per submodule:
        self (Linear): dim**2 * expansion + dim * expansion
    """
    _check_int("transformer/linear", "dim", dim, 1, 65536)
    _check_int("transformer/linear", "expansion", expansion, 1, 8)
    return dim**2 * expansion + dim * expansion


def transformer_linear_buffers(dim: int, *, expansion: int = 2) -> int:
    """Buffer elements of transformer/linear.

    Linear(dim, expansion * dim).
    Built by zoo.torch_layers.linear(); exact for 1 <= dim <= 65536, 1 <= expansion <= 8.

    everywhere: 0
    """
    _check_int("transformer/linear", "dim", dim, 1, 65536)
    _check_int("transformer/linear", "expansion", expansion, 1, 8)
    return 0


def transformer_linear_training_state_bytes(
    dim: int, *, optimizer: str = "adam", expansion: int = 2
) -> int:
    """Training state bytes of transformer/linear.

    Linear(dim, expansion * dim).
    Built by zoo.torch_layers.linear(); exact for 1 <= dim <= 65536, 1 <= expansion <= 8.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 8 * dim**2 * expansion + 8 * dim * expansion

        Per submodule:
            self (Linear): 8 * dim**2 * expansion + 8 * dim * expansion

    if optimizer == 'sgd_momentum':

        everywhere: 12 * dim**2 * expansion + 12 * dim * expansion

        Per submodule:
            self (Linear): 12 * dim**2 * expansion + 12 * dim * expansion

    if optimizer in ('adam', 'adamw'):

        everywhere: 16 * dim**2 * expansion + 16 * dim * expansion + 8

        Per submodule:
            self (Linear): 16 * dim**2 * expansion + 16 * dim * expansion + 8
    """
    _check_int("transformer/linear", "dim", dim, 1, 65536)
    _check_int("transformer/linear", "expansion", expansion, 1, 8)
    _check_choice(
        "transformer/linear", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 8 * dim**2 * expansion + 8 * dim * expansion
    if optimizer == "sgd_momentum":
        return 12 * dim**2 * expansion + 12 * dim * expansion
    return 16 * dim**2 * expansion + 16 * dim * expansion + 8


def transformer_linear_forward_flops(
    dim: int, *, batch: int, seq_len: int, expansion: int = 2
) -> int:
    """Forward FLOPs of transformer/linear.

    Linear(dim, expansion * dim).
    Built by zoo.torch_layers.linear(); exact for 1 <= dim <= 65536, 1 <= expansion <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    everywhere: 2 * batch * dim**2 * expansion * seq_len

    Per submodule:
        self (Linear): 2 * batch * dim**2 * expansion * seq_len
    """
    _check_int("transformer/linear", "dim", dim, 1, 65536)
    _check_int("transformer/linear", "expansion", expansion, 1, 8)
    _check_int("transformer/linear", "batch", batch, 1, 65536)
    _check_int("transformer/linear", "seq_len", seq_len, 1, 65536)
    return 2 * batch * dim**2 * expansion * seq_len


def transformer_linear_backward_flops(
    dim: int, *, batch: int, seq_len: int, expansion: int = 2
) -> int:
    """Backward FLOPs of transformer/linear.

    Linear(dim, expansion * dim).
    Built by zoo.torch_layers.linear(); exact for 1 <= dim <= 65536, 1 <= expansion <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    everywhere: 4 * batch * dim**2 * expansion * seq_len

    Per submodule:
        self (Linear): 4 * batch * dim**2 * expansion * seq_len
    """
    _check_int("transformer/linear", "dim", dim, 1, 65536)
    _check_int("transformer/linear", "expansion", expansion, 1, 8)
    _check_int("transformer/linear", "batch", batch, 1, 65536)
    _check_int("transformer/linear", "seq_len", seq_len, 1, 65536)
    return 4 * batch * dim**2 * expansion * seq_len


def transformer_linear_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, expansion: int = 2
) -> int:
    """Forward elementwise operations of transformer/linear.

    Linear(dim, expansion * dim).
    Built by zoo.torch_layers.linear(); exact for 1 <= dim <= 65536, 1 <= expansion <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    everywhere: 0
    """
    _check_int("transformer/linear", "dim", dim, 1, 65536)
    _check_int("transformer/linear", "expansion", expansion, 1, 8)
    _check_int("transformer/linear", "batch", batch, 1, 65536)
    _check_int("transformer/linear", "seq_len", seq_len, 1, 65536)
    return 0


def transformer_linear_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, expansion: int = 2
) -> int:
    """Backward elementwise operations of transformer/linear.

    Linear(dim, expansion * dim).
    Built by zoo.torch_layers.linear(); exact for 1 <= dim <= 65536, 1 <= expansion <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    everywhere: batch * dim * expansion * seq_len

    Per submodule:
        self (Linear): batch * dim * expansion * seq_len
    """
    _check_int("transformer/linear", "dim", dim, 1, 65536)
    _check_int("transformer/linear", "expansion", expansion, 1, 8)
    _check_int("transformer/linear", "batch", batch, 1, 65536)
    _check_int("transformer/linear", "seq_len", seq_len, 1, 65536)
    return batch * dim * expansion * seq_len


def transformer_linear_activation_bytes(
    dim: int, *, batch: int, seq_len: int, expansion: int = 2
) -> int:
    """Activation bytes of transformer/linear.

    Linear(dim, expansion * dim).
    Built by zoo.torch_layers.linear(); exact for 1 <= dim <= 65536, 1 <= expansion <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    everywhere: 4 * batch * dim * seq_len

    Per submodule:
        self (Linear): 4 * batch * dim * seq_len
    """
    _check_int("transformer/linear", "dim", dim, 1, 65536)
    _check_int("transformer/linear", "expansion", expansion, 1, 8)
    _check_int("transformer/linear", "batch", batch, 1, 65536)
    _check_int("transformer/linear", "seq_len", seq_len, 1, 65536)
    return 4 * batch * dim * seq_len


def transformer_llama_decoder_layer_params(dim: int, *, n_head: int = 4) -> int:
    """Parameters of transformer/llama_decoder_layer.

    Transformers LlamaDecoderLayer with LlamaRotaryEmbedding (causal, SDPA; SwiGLU 3 dim).
    Built by zoo.hf.llama_decoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.

    if dim // n_head % 2 != 0: ValueError (the factory rejects it)
    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 9 * dim**2 + 4 * dim * (dim // n_head) * n_head + 2 * dim

    Per submodule:
        otherwise:
            layer.self_attn.q_proj (Linear): dim * (dim // n_head) * n_head
            layer.self_attn.k_proj (Linear): dim * (dim // n_head) * n_head
            layer.self_attn.v_proj (Linear): dim * (dim // n_head) * n_head
            layer.self_attn.o_proj (Linear): dim * (dim // n_head) * n_head
            layer.mlp.gate_proj (Linear): 3 * dim**2
            layer.mlp.up_proj (Linear): 3 * dim**2
            layer.mlp.down_proj (Linear): 3 * dim**2
            layer.input_layernorm (LlamaRMSNorm): dim
            layer.post_attention_layernorm (LlamaRMSNorm): dim
    """
    _check_int("transformer/llama_decoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/llama_decoder_layer", "n_head", n_head, 1, 8)
    if dim // n_head % 2 != 0:
        raise ValueError(
            f"transformer/llama_decoder_layer: no module at dim={dim}, n_head={n_head}; "
            "the factory raises ValueError where dim // n_head % 2 != 0 (zoo/hf.py, in "
            "llama_decoder_layer)"
        )
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/llama_decoder_layer: no module at dim={dim}, n_head={n_head}; "
            "the factory raises StrictDataclassClassValidationError where dim % n_head != 0 "
            "(huggingface_hub/dataclasses.py, in validate)"
        )
    return 9 * dim**2 + 4 * dim * (dim // n_head) * n_head + 2 * dim


def transformer_llama_decoder_layer_buffers(dim: int, *, n_head: int = 4) -> int:
    """Buffer elements of transformer/llama_decoder_layer.

    Transformers LlamaDecoderLayer with LlamaRotaryEmbedding (causal, SDPA; SwiGLU 3 dim).
    Built by zoo.hf.llama_decoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.

    if dim // n_head % 2 != 0: ValueError (the factory rejects it)
    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 2 * ((dim // n_head + 1) // 2)

    Per submodule:
        otherwise:
            rotary_emb (LlamaRotaryEmbedding): 2 * ((dim // n_head + 1) // 2)
    """
    _check_int("transformer/llama_decoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/llama_decoder_layer", "n_head", n_head, 1, 8)
    if dim // n_head % 2 != 0:
        raise ValueError(
            f"transformer/llama_decoder_layer: no module at dim={dim}, n_head={n_head}; "
            "the factory raises ValueError where dim // n_head % 2 != 0 (zoo/hf.py, in "
            "llama_decoder_layer)"
        )
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/llama_decoder_layer: no module at dim={dim}, n_head={n_head}; "
            "the factory raises StrictDataclassClassValidationError where dim % n_head != 0 "
            "(huggingface_hub/dataclasses.py, in validate)"
        )
    return 2 * ((dim // n_head + 1) // 2)


def transformer_llama_decoder_layer_training_state_bytes(
    dim: int, *, optimizer: str = "adam", n_head: int = 4
) -> int:
    """Training state bytes of transformer/llama_decoder_layer.

    Transformers LlamaDecoderLayer with LlamaRotaryEmbedding (causal, SDPA; SwiGLU 3 dim).
    Built by zoo.hf.llama_decoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        if dim // n_head % 2 != 0: ValueError (the factory rejects it)
        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 72 * dim**2 + 32 * dim * (dim // n_head) * n_head + 16 * dim

        Per submodule:
            otherwise:
                layer.self_attn.q_proj (Linear): 8 * dim * (dim // n_head) * n_head
                layer.self_attn.k_proj (Linear): 8 * dim * (dim // n_head) * n_head
                layer.self_attn.v_proj (Linear): 8 * dim * (dim // n_head) * n_head
                layer.self_attn.o_proj (Linear): 8 * dim * (dim // n_head) * n_head
                layer.mlp.gate_proj (Linear): 24 * dim**2
                layer.mlp.up_proj (Linear): 24 * dim**2
                layer.mlp.down_proj (Linear): 24 * dim**2
                layer.input_layernorm (LlamaRMSNorm): 8 * dim
                layer.post_attention_layernorm (LlamaRMSNorm): 8 * dim

    if optimizer == 'sgd_momentum':

        if dim // n_head % 2 != 0: ValueError (the factory rejects it)
        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 108 * dim**2 + 48 * dim * (dim // n_head) * n_head + 24 * dim

        Per submodule:
            otherwise:
                layer.self_attn.q_proj (Linear): 12 * dim * (dim // n_head) * n_head
                layer.self_attn.k_proj (Linear): 12 * dim * (dim // n_head) * n_head
                layer.self_attn.v_proj (Linear): 12 * dim * (dim // n_head) * n_head
                layer.self_attn.o_proj (Linear): 12 * dim * (dim // n_head) * n_head
                layer.mlp.gate_proj (Linear): 36 * dim**2
                layer.mlp.up_proj (Linear): 36 * dim**2
                layer.mlp.down_proj (Linear): 36 * dim**2
                layer.input_layernorm (LlamaRMSNorm): 12 * dim
                layer.post_attention_layernorm (LlamaRMSNorm): 12 * dim

    if optimizer in ('adam', 'adamw'):

        if dim // n_head % 2 != 0: ValueError (the factory rejects it)
        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 144 * dim**2 + 64 * dim * (dim // n_head) * n_head + 32 * dim + 36

        Per submodule:
            otherwise:
                layer.self_attn.q_proj (Linear): 16 * dim * (dim // n_head) * n_head + 4
                layer.self_attn.k_proj (Linear): 16 * dim * (dim // n_head) * n_head + 4
                layer.self_attn.v_proj (Linear): 16 * dim * (dim // n_head) * n_head + 4
                layer.self_attn.o_proj (Linear): 16 * dim * (dim // n_head) * n_head + 4
                layer.mlp.gate_proj (Linear): 48 * dim**2 + 4
                layer.mlp.up_proj (Linear): 48 * dim**2 + 4
                layer.mlp.down_proj (Linear): 48 * dim**2 + 4
                layer.input_layernorm (LlamaRMSNorm): 16 * dim + 4
                layer.post_attention_layernorm (LlamaRMSNorm): 16 * dim + 4
    """
    _check_int("transformer/llama_decoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/llama_decoder_layer", "n_head", n_head, 1, 8)
    _check_choice(
        "transformer/llama_decoder_layer",
        "optimizer",
        optimizer,
        ("sgd", "sgd_momentum", "adam", "adamw"),
    )
    if optimizer == "sgd":
        if dim // n_head % 2 != 0:
            raise ValueError(
                f"transformer/llama_decoder_layer: no module at dim={dim}, n_head={n_head}; "
                "the factory raises ValueError where dim // n_head % 2 != 0 (zoo/hf.py, in "
                "llama_decoder_layer)"
            )
        if dim % n_head != 0:
            raise ValueError(
                f"transformer/llama_decoder_layer: no module at dim={dim}, n_head={n_head}; "
                "the factory raises StrictDataclassClassValidationError where dim % n_head != 0 "
                "(huggingface_hub/dataclasses.py, in validate)"
            )
        return 72 * dim**2 + 32 * dim * (dim // n_head) * n_head + 16 * dim
    if optimizer == "sgd_momentum":
        if dim // n_head % 2 != 0:
            raise ValueError(
                f"transformer/llama_decoder_layer: no module at dim={dim}, n_head={n_head}; "
                "the factory raises ValueError where dim // n_head % 2 != 0 (zoo/hf.py, in "
                "llama_decoder_layer)"
            )
        if dim % n_head != 0:
            raise ValueError(
                f"transformer/llama_decoder_layer: no module at dim={dim}, n_head={n_head}; "
                "the factory raises StrictDataclassClassValidationError where dim % n_head != 0 "
                "(huggingface_hub/dataclasses.py, in validate)"
            )
        return 108 * dim**2 + 48 * dim * (dim // n_head) * n_head + 24 * dim
    if dim // n_head % 2 != 0:
        raise ValueError(
            f"transformer/llama_decoder_layer: no module at dim={dim}, n_head={n_head}; "
            "the factory raises ValueError where dim // n_head % 2 != 0 (zoo/hf.py, in "
            "llama_decoder_layer)"
        )
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/llama_decoder_layer: no module at dim={dim}, n_head={n_head}; "
            "the factory raises StrictDataclassClassValidationError where dim % n_head != 0 "
            "(huggingface_hub/dataclasses.py, in validate)"
        )
    return 144 * dim**2 + 64 * dim * (dim // n_head) * n_head + 32 * dim + 36


def transformer_llama_decoder_layer_forward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward FLOPs of transformer/llama_decoder_layer.

    Transformers LlamaDecoderLayer with LlamaRotaryEmbedding (causal, SDPA; SwiGLU 3 dim).
    Built by zoo.hf.llama_decoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if dim % n_head != 0 and dim // n_head % 2 == 0: ValueError (the factory rejects it)
    if dim // n_head % 2 != 0: ValueError (the factory rejects it)
    otherwise: 26 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2

    Per submodule:
        otherwise:
            layer.mlp.down_proj (Linear): 6 * batch * dim**2 * seq_len
            layer.mlp.gate_proj (Linear): 6 * batch * dim**2 * seq_len
            layer.mlp.up_proj (Linear): 6 * batch * dim**2 * seq_len
            layer.self_attn (LlamaAttention): 4 * batch * dim * seq_len**2
            layer.self_attn.k_proj (Linear): 2 * batch * dim**2 * seq_len
            layer.self_attn.o_proj (Linear): 2 * batch * dim**2 * seq_len
            layer.self_attn.q_proj (Linear): 2 * batch * dim**2 * seq_len
            layer.self_attn.v_proj (Linear): 2 * batch * dim**2 * seq_len
    """
    _check_int("transformer/llama_decoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/llama_decoder_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/llama_decoder_layer", "batch", batch, 1, 65536)
    _check_int("transformer/llama_decoder_layer", "seq_len", seq_len, 1, 65536)
    if dim % n_head != 0 and dim // n_head % 2 == 0:
        raise ValueError(
            f"transformer/llama_decoder_layer: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises StrictDataclassClassValidationError where dim % n_head != 0 "
            "and dim // n_head % 2 == 0 (huggingface_hub/dataclasses.py, in validate)"
        )
    if dim // n_head % 2 != 0:
        raise ValueError(
            f"transformer/llama_decoder_layer: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises ValueError where dim // n_head % 2 != 0 (zoo/hf.py, in "
            "llama_decoder_layer)"
        )
    return 26 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2


def transformer_llama_decoder_layer_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward FLOPs of transformer/llama_decoder_layer.

    Transformers LlamaDecoderLayer with LlamaRotaryEmbedding (causal, SDPA; SwiGLU 3 dim).
    Built by zoo.hf.llama_decoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if dim % n_head != 0 and dim // n_head % 2 == 0: ValueError (the factory rejects it)
    if dim // n_head % 2 != 0: ValueError (the factory rejects it)
    otherwise: 52 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2

    Per submodule:
        otherwise:
            layer.mlp.down_proj (Linear): 12 * batch * dim**2 * seq_len
            layer.mlp.gate_proj (Linear): 12 * batch * dim**2 * seq_len
            layer.mlp.up_proj (Linear): 12 * batch * dim**2 * seq_len
            layer.self_attn (LlamaAttention): 10 * batch * dim * seq_len**2
            layer.self_attn.k_proj (Linear): 4 * batch * dim**2 * seq_len
            layer.self_attn.o_proj (Linear): 4 * batch * dim**2 * seq_len
            layer.self_attn.q_proj (Linear): 4 * batch * dim**2 * seq_len
            layer.self_attn.v_proj (Linear): 4 * batch * dim**2 * seq_len
    """
    _check_int("transformer/llama_decoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/llama_decoder_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/llama_decoder_layer", "batch", batch, 1, 65536)
    _check_int("transformer/llama_decoder_layer", "seq_len", seq_len, 1, 65536)
    if dim % n_head != 0 and dim // n_head % 2 == 0:
        raise ValueError(
            f"transformer/llama_decoder_layer: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises StrictDataclassClassValidationError where dim % n_head != 0 "
            "and dim // n_head % 2 == 0 (huggingface_hub/dataclasses.py, in validate)"
        )
    if dim // n_head % 2 != 0:
        raise ValueError(
            f"transformer/llama_decoder_layer: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises ValueError where dim // n_head % 2 != 0 (zoo/hf.py, in "
            "llama_decoder_layer)"
        )
    return 52 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2


def transformer_llama_decoder_layer_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward elementwise operations of transformer/llama_decoder_layer.

    Transformers LlamaDecoderLayer with LlamaRotaryEmbedding (causal, SDPA; SwiGLU 3 dim).
    Built by zoo.hf.llama_decoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if dim % n_head != 0 and dim // n_head % 2 == 0: ValueError (the factory rejects it)
    if dim // n_head % 2 != 0: ValueError (the factory rejects it)
    if (dim // n_head + 1) // 2 == 1: 16 * batch * dim * seq_len - 2 * batch * (dim // (2 * n_head))
        * n_head * seq_len + 8 * batch * (dim // n_head) * n_head * seq_len + 4 * batch * seq_len +
        9 * seq_len
    otherwise: 16 * batch * dim * seq_len - 2 * batch * (dim // (2 * n_head)) * n_head * seq_len + 8
        * batch * (dim // n_head) * n_head * seq_len + 4 * batch * seq_len + 9 * ((dim // n_head +
        1) // 2) * seq_len

    Per submodule:
        if (dim // n_head + 1) // 2 == 1:
            layer (LlamaDecoderLayer): 2 * batch * dim * seq_len
            layer.input_layernorm (LlamaRMSNorm): 4 * batch * dim * seq_len + 2 * batch * seq_len
            layer.mlp (LlamaMLP): 3 * batch * dim * seq_len
            layer.mlp.act_fn (SiLUActivation): 3 * batch * dim * seq_len
            layer.post_attention_layernorm (LlamaRMSNorm): 4 * batch * dim * seq_len + 2 * batch *
                seq_len
            layer.self_attn (LlamaAttention): -2 * batch * (dim // (2 * n_head)) * n_head * seq_len
                + 8 * batch * (dim // n_head) * n_head * seq_len
            rotary_emb (LlamaRotaryEmbedding): 9 * seq_len
        otherwise:
            layer (LlamaDecoderLayer): 2 * batch * dim * seq_len
            layer.input_layernorm (LlamaRMSNorm): 4 * batch * dim * seq_len + 2 * batch * seq_len
            layer.mlp (LlamaMLP): 3 * batch * dim * seq_len
            layer.mlp.act_fn (SiLUActivation): 3 * batch * dim * seq_len
            layer.post_attention_layernorm (LlamaRMSNorm): 4 * batch * dim * seq_len + 2 * batch *
                seq_len
            layer.self_attn (LlamaAttention): -2 * batch * (dim // (2 * n_head)) * n_head * seq_len
                + 8 * batch * (dim // n_head) * n_head * seq_len
            rotary_emb (LlamaRotaryEmbedding): 9 * ((dim // n_head + 1) // 2) * seq_len
    """
    _check_int("transformer/llama_decoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/llama_decoder_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/llama_decoder_layer", "batch", batch, 1, 65536)
    _check_int("transformer/llama_decoder_layer", "seq_len", seq_len, 1, 65536)
    if dim % n_head != 0 and dim // n_head % 2 == 0:
        raise ValueError(
            f"transformer/llama_decoder_layer: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises StrictDataclassClassValidationError where dim % n_head != 0 "
            "and dim // n_head % 2 == 0 (huggingface_hub/dataclasses.py, in validate)"
        )
    if dim // n_head % 2 != 0:
        raise ValueError(
            f"transformer/llama_decoder_layer: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises ValueError where dim // n_head % 2 != 0 (zoo/hf.py, in "
            "llama_decoder_layer)"
        )
    if (dim // n_head + 1) // 2 == 1:
        return (
            16 * batch * dim * seq_len
            - 2 * batch * (dim // (2 * n_head)) * n_head * seq_len
            + 8 * batch * (dim // n_head) * n_head * seq_len
            + 4 * batch * seq_len
            + 9 * seq_len
        )
    return (
        16 * batch * dim * seq_len
        - 2 * batch * (dim // (2 * n_head)) * n_head * seq_len
        + 8 * batch * (dim // n_head) * n_head * seq_len
        + 4 * batch * seq_len
        + 9 * ((dim // n_head + 1) // 2) * seq_len
    )


def transformer_llama_decoder_layer_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward elementwise operations of transformer/llama_decoder_layer.

    Transformers LlamaDecoderLayer with LlamaRotaryEmbedding (causal, SDPA; SwiGLU 3 dim).
    Built by zoo.hf.llama_decoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if dim % n_head != 0 and dim // n_head % 2 == 0: ValueError (the factory rejects it)
    if dim // n_head % 2 != 0: ValueError (the factory rejects it)
    otherwise: 36 * batch * dim * seq_len - 2 * batch * (dim // (2 * n_head)) * n_head * seq_len +
        10 * batch * (dim // n_head) * n_head * seq_len + 6 * batch * seq_len

    Per submodule:
        otherwise:
            layer.input_layernorm (LlamaRMSNorm): 12 * batch * dim * seq_len + 3 * batch * seq_len
            layer.mlp (LlamaMLP): 6 * batch * dim * seq_len
            layer.mlp.act_fn (SiLUActivation): 3 * batch * dim * seq_len
            layer.mlp.gate_proj (Linear): batch * dim * seq_len
            layer.post_attention_layernorm (LlamaRMSNorm): 12 * batch * dim * seq_len + 3 * batch *
                seq_len
            layer.self_attn (LlamaAttention): -2 * batch * (dim // (2 * n_head)) * n_head * seq_len
                + 10 * batch * (dim // n_head) * n_head * seq_len
            layer.self_attn.k_proj (Linear): batch * dim * seq_len
            layer.self_attn.q_proj (Linear): batch * dim * seq_len
    """
    _check_int("transformer/llama_decoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/llama_decoder_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/llama_decoder_layer", "batch", batch, 1, 65536)
    _check_int("transformer/llama_decoder_layer", "seq_len", seq_len, 1, 65536)
    if dim % n_head != 0 and dim // n_head % 2 == 0:
        raise ValueError(
            f"transformer/llama_decoder_layer: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises StrictDataclassClassValidationError where dim % n_head != 0 "
            "and dim // n_head % 2 == 0 (huggingface_hub/dataclasses.py, in validate)"
        )
    if dim // n_head % 2 != 0:
        raise ValueError(
            f"transformer/llama_decoder_layer: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises ValueError where dim // n_head % 2 != 0 (zoo/hf.py, in "
            "llama_decoder_layer)"
        )
    return (
        36 * batch * dim * seq_len
        - 2 * batch * (dim // (2 * n_head)) * n_head * seq_len
        + 10 * batch * (dim // n_head) * n_head * seq_len
        + 6 * batch * seq_len
    )


def transformer_llama_decoder_layer_activation_bytes(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Activation bytes of transformer/llama_decoder_layer.

    Transformers LlamaDecoderLayer with LlamaRotaryEmbedding (causal, SDPA; SwiGLU 3 dim).
    Built by zoo.hf.llama_decoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if dim % n_head != 0 and dim // n_head % 2 == 0: ValueError (the factory rejects it)
    if dim // n_head % 2 != 0: ValueError (the factory rejects it)
    if (dim // n_head + 1) // 2 == 1: 88 * batch * dim * seq_len + 4 * batch * n_head * seq_len + 8
        * batch * seq_len + 16 * seq_len
    otherwise: 72 * batch * dim * seq_len + 16 * batch * (dim // n_head) * n_head * seq_len + 4 *
        batch * n_head * seq_len + 8 * batch * seq_len + 16 * ((dim // n_head + 1) // 2) * seq_len

    Per submodule:
        if (dim // n_head + 1) // 2 == 1:
            layer.input_layernorm (LlamaRMSNorm): 8 * batch * dim * seq_len + 4 * batch * seq_len
            layer.mlp (LlamaMLP): 24 * batch * dim * seq_len
            layer.mlp.act_fn (SiLUActivation): 12 * batch * dim * seq_len
            layer.mlp.down_proj (Linear): 12 * batch * dim * seq_len
            layer.mlp.gate_proj (Linear): 4 * batch * dim * seq_len
            layer.post_attention_layernorm (LlamaRMSNorm): 8 * batch * dim * seq_len + 4 * batch *
                seq_len
            layer.self_attn (LlamaAttention): 16 * batch * dim * seq_len + 4 * batch * n_head *
                seq_len + 16 * seq_len
            layer.self_attn.q_proj (Linear): 4 * batch * dim * seq_len
        otherwise:
            layer.input_layernorm (LlamaRMSNorm): 8 * batch * dim * seq_len + 4 * batch * seq_len
            layer.mlp (LlamaMLP): 24 * batch * dim * seq_len
            layer.mlp.act_fn (SiLUActivation): 12 * batch * dim * seq_len
            layer.mlp.down_proj (Linear): 12 * batch * dim * seq_len
            layer.mlp.gate_proj (Linear): 4 * batch * dim * seq_len
            layer.post_attention_layernorm (LlamaRMSNorm): 8 * batch * dim * seq_len + 4 * batch *
                seq_len
            layer.self_attn (LlamaAttention): 16 * batch * (dim // n_head) * n_head * seq_len + 4 *
                batch * n_head * seq_len + 16 * ((dim // n_head + 1) // 2) * seq_len
            layer.self_attn.q_proj (Linear): 4 * batch * dim * seq_len
    """
    _check_int("transformer/llama_decoder_layer", "dim", dim, 1, 65536)
    _check_int("transformer/llama_decoder_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/llama_decoder_layer", "batch", batch, 1, 65536)
    _check_int("transformer/llama_decoder_layer", "seq_len", seq_len, 1, 65536)
    if dim % n_head != 0 and dim // n_head % 2 == 0:
        raise ValueError(
            f"transformer/llama_decoder_layer: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises StrictDataclassClassValidationError where dim % n_head != 0 "
            "and dim // n_head % 2 == 0 (huggingface_hub/dataclasses.py, in validate)"
        )
    if dim // n_head % 2 != 0:
        raise ValueError(
            f"transformer/llama_decoder_layer: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises ValueError where dim // n_head % 2 != 0 (zoo/hf.py, in "
            "llama_decoder_layer)"
        )
    if (dim // n_head + 1) // 2 == 1:
        return (
            88 * batch * dim * seq_len
            + 4 * batch * n_head * seq_len
            + 8 * batch * seq_len
            + 16 * seq_len
        )
    return (
        72 * batch * dim * seq_len
        + 16 * batch * (dim // n_head) * n_head * seq_len
        + 4 * batch * n_head * seq_len
        + 8 * batch * seq_len
        + 16 * ((dim // n_head + 1) // 2) * seq_len
    )


def transformer_lstm_params(dim: int) -> int:
    """Parameters of transformer/lstm.

    LSTM(dim, dim), batch first; the sequence output.
    Built by zoo.torch_layers.lstm(); exact for 1 <= dim <= 65536.

    everywhere: 8 * dim**2 + 8 * dim

    Per submodule:
        rnn (LSTM): 8 * dim**2 + 8 * dim
    """
    _check_int("transformer/lstm", "dim", dim, 1, 65536)
    return 8 * dim**2 + 8 * dim


def transformer_lstm_buffers(dim: int) -> int:
    """Buffer elements of transformer/lstm.

    LSTM(dim, dim), batch first; the sequence output.
    Built by zoo.torch_layers.lstm(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("transformer/lstm", "dim", dim, 1, 65536)
    return 0


def transformer_lstm_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of transformer/lstm.

    LSTM(dim, dim), batch first; the sequence output.
    Built by zoo.torch_layers.lstm(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 64 * dim**2 + 64 * dim

        Per submodule:
            rnn (LSTM): 64 * dim**2 + 64 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 96 * dim**2 + 96 * dim

        Per submodule:
            rnn (LSTM): 96 * dim**2 + 96 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 128 * dim**2 + 128 * dim + 16

        Per submodule:
            rnn (LSTM): 128 * dim**2 + 128 * dim + 16
    """
    _check_int("transformer/lstm", "dim", dim, 1, 65536)
    _check_choice(
        "transformer/lstm", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 64 * dim**2 + 64 * dim
    if optimizer == "sgd_momentum":
        return 96 * dim**2 + 96 * dim
    return 128 * dim**2 + 128 * dim + 16


def transformer_lstm_forward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward FLOPs of transformer/lstm.

    LSTM(dim, dim), batch first; the sequence output.
    Built by zoo.torch_layers.lstm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    Not derived (raises NotImplementedError): tracing at dim=64, batch=3, seq_len=9 raised
        RuntimeError: Cannot call numel() on tensor with symbolic sizes/strides, but the real module
        runs at dim=8, batch=3, seq_len=8 (at zoo/torch_layers.py, in forward)
    """
    _check_int("transformer/lstm", "dim", dim, 1, 65536)
    _check_int("transformer/lstm", "batch", batch, 1, 65536)
    _check_int("transformer/lstm", "seq_len", seq_len, 1, 65536)
    raise NotImplementedError(
        "transformer/lstm: forward FLOPs were not derived: tracing at dim=64, batch=3, "
        "seq_len=9 raised RuntimeError: Cannot call numel() on tensor with symbolic "
        "sizes/strides, but the real module runs at dim=8, batch=3, seq_len=8 (at "
        "zoo/torch_layers.py, in forward)"
    )


def transformer_lstm_backward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward FLOPs of transformer/lstm.

    LSTM(dim, dim), batch first; the sequence output.
    Built by zoo.torch_layers.lstm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    Not derived (raises NotImplementedError): tracing at dim=64, batch=3, seq_len=9 raised
        RuntimeError: Cannot call numel() on tensor with symbolic sizes/strides, but the real module
        runs at dim=8, batch=3, seq_len=8 (at zoo/torch_layers.py, in forward)
    """
    _check_int("transformer/lstm", "dim", dim, 1, 65536)
    _check_int("transformer/lstm", "batch", batch, 1, 65536)
    _check_int("transformer/lstm", "seq_len", seq_len, 1, 65536)
    raise NotImplementedError(
        "transformer/lstm: backward FLOPs were not derived: tracing at dim=64, batch=3, "
        "seq_len=9 raised RuntimeError: Cannot call numel() on tensor with symbolic "
        "sizes/strides, but the real module runs at dim=8, batch=3, seq_len=8 (at "
        "zoo/torch_layers.py, in forward)"
    )


def transformer_lstm_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward elementwise operations of transformer/lstm.

    LSTM(dim, dim), batch first; the sequence output.
    Built by zoo.torch_layers.lstm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    Not derived (raises NotImplementedError): tracing at dim=64, batch=3, seq_len=9 raised
        RuntimeError: Cannot call numel() on tensor with symbolic sizes/strides, but the real module
        runs at dim=8, batch=3, seq_len=8 (at zoo/torch_layers.py, in forward)
    """
    _check_int("transformer/lstm", "dim", dim, 1, 65536)
    _check_int("transformer/lstm", "batch", batch, 1, 65536)
    _check_int("transformer/lstm", "seq_len", seq_len, 1, 65536)
    raise NotImplementedError(
        "transformer/lstm: forward elementwise operations were not derived: tracing at "
        "dim=64, batch=3, seq_len=9 raised RuntimeError: Cannot call numel() on tensor "
        "with symbolic sizes/strides, but the real module runs at dim=8, batch=3, "
        "seq_len=8 (at zoo/torch_layers.py, in forward)"
    )


def transformer_lstm_backward_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward elementwise operations of transformer/lstm.

    LSTM(dim, dim), batch first; the sequence output.
    Built by zoo.torch_layers.lstm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    Not derived (raises NotImplementedError): tracing at dim=64, batch=3, seq_len=9 raised
        RuntimeError: Cannot call numel() on tensor with symbolic sizes/strides, but the real module
        runs at dim=8, batch=3, seq_len=8 (at zoo/torch_layers.py, in forward)
    """
    _check_int("transformer/lstm", "dim", dim, 1, 65536)
    _check_int("transformer/lstm", "batch", batch, 1, 65536)
    _check_int("transformer/lstm", "seq_len", seq_len, 1, 65536)
    raise NotImplementedError(
        "transformer/lstm: backward elementwise operations were not derived: tracing at "
        "dim=64, batch=3, seq_len=9 raised RuntimeError: Cannot call numel() on tensor "
        "with symbolic sizes/strides, but the real module runs at dim=8, batch=3, "
        "seq_len=8 (at zoo/torch_layers.py, in forward)"
    )


def transformer_lstm_activation_bytes(dim: int, *, batch: int, seq_len: int) -> int:
    """Activation bytes of transformer/lstm.

    LSTM(dim, dim), batch first; the sequence output.
    Built by zoo.torch_layers.lstm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    Not derived (raises NotImplementedError): tracing at dim=64, batch=3, seq_len=9 raised
        RuntimeError: Cannot call numel() on tensor with symbolic sizes/strides, but the real module
        runs at dim=8, batch=3, seq_len=8 (at zoo/torch_layers.py, in forward)
    """
    _check_int("transformer/lstm", "dim", dim, 1, 65536)
    _check_int("transformer/lstm", "batch", batch, 1, 65536)
    _check_int("transformer/lstm", "seq_len", seq_len, 1, 65536)
    raise NotImplementedError(
        "transformer/lstm: activation bytes were not derived: tracing at dim=64, batch=3,"
        " seq_len=9 raised RuntimeError: Cannot call numel() on tensor with symbolic "
        "sizes/strides, but the real module runs at dim=8, batch=3, seq_len=8 (at "
        "zoo/torch_layers.py, in forward)"
    )


def transformer_mha_params(dim: int, *, n_head: int = 4) -> int:
    """Parameters of transformer/mha.

    X + MultiheadAttention(x, x, x), batch first.
    Built by zoo.torch_layers.mha(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    otherwise: 4 * dim**2 + 4 * dim

    Per submodule:
        otherwise:
            attn (MultiheadAttention): 3 * dim**2 + 3 * dim
            attn.out_proj (NonDynamicallyQuantizableLinear): dim**2 + dim
    """
    _check_int("transformer/mha", "dim", dim, 1, 65536)
    _check_int("transformer/mha", "n_head", n_head, 1, 8)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha: no module at dim={dim}, n_head={n_head}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    return 4 * dim**2 + 4 * dim


def transformer_mha_buffers(dim: int, *, n_head: int = 4) -> int:
    """Buffer elements of transformer/mha.

    X + MultiheadAttention(x, x, x), batch first.
    Built by zoo.torch_layers.mha(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("transformer/mha", "dim", dim, 1, 65536)
    _check_int("transformer/mha", "n_head", n_head, 1, 8)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha: no module at dim={dim}, n_head={n_head}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    return 0


def transformer_mha_training_state_bytes(
    dim: int, *, optimizer: str = "adam", n_head: int = 4
) -> int:
    """Training state bytes of transformer/mha.

    X + MultiheadAttention(x, x, x), batch first.
    Built by zoo.torch_layers.mha(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        otherwise: 32 * dim**2 + 32 * dim

        Per submodule:
            otherwise:
                attn (MultiheadAttention): 24 * dim**2 + 24 * dim
                attn.out_proj (NonDynamicallyQuantizableLinear): 8 * dim**2 + 8 * dim

    if optimizer == 'sgd_momentum':

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        otherwise: 48 * dim**2 + 48 * dim

        Per submodule:
            otherwise:
                attn (MultiheadAttention): 36 * dim**2 + 36 * dim
                attn.out_proj (NonDynamicallyQuantizableLinear): 12 * dim**2 + 12 * dim

    if optimizer in ('adam', 'adamw'):

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        otherwise: 64 * dim**2 + 64 * dim + 16

        Per submodule:
            otherwise:
                attn (MultiheadAttention): 48 * dim**2 + 48 * dim + 8
                attn.out_proj (NonDynamicallyQuantizableLinear): 16 * dim**2 + 16 * dim + 8
    """
    _check_int("transformer/mha", "dim", dim, 1, 65536)
    _check_int("transformer/mha", "n_head", n_head, 1, 8)
    _check_choice(
        "transformer/mha", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        if (dim // n_head) * n_head != dim:
            raise ValueError(
                f"transformer/mha: no module at dim={dim}, n_head={n_head}; "
                "the factory raises AssertionError where (dim // n_head) * n_head != dim "
                "(zoo/torch_layers.py, in __init__)"
            )
        return 32 * dim**2 + 32 * dim
    if optimizer == "sgd_momentum":
        if (dim // n_head) * n_head != dim:
            raise ValueError(
                f"transformer/mha: no module at dim={dim}, n_head={n_head}; "
                "the factory raises AssertionError where (dim // n_head) * n_head != dim "
                "(zoo/torch_layers.py, in __init__)"
            )
        return 48 * dim**2 + 48 * dim
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha: no module at dim={dim}, n_head={n_head}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    return 64 * dim**2 + 64 * dim + 16


def transformer_mha_forward_flops(dim: int, *, batch: int, seq_len: int, n_head: int = 4) -> int:
    """Forward FLOPs of transformer/mha.

    X + MultiheadAttention(x, x, x), batch first.
    Built by zoo.torch_layers.mha(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    if dim >= 2 and batch != 1 and batch * dim == batch * n_head: 8 * batch * n_head**2 * seq_len +
        4 * batch * n_head * seq_len**2
    otherwise: 8 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2

    Per submodule:
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
            attn (MultiheadAttention): 8 * batch * n_head**2 * seq_len + 4 * batch * n_head *
                seq_len**2
        otherwise:
            attn (MultiheadAttention): 8 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2
    """
    _check_int("transformer/mha", "dim", dim, 1, 65536)
    _check_int("transformer/mha", "n_head", n_head, 1, 8)
    _check_int("transformer/mha", "batch", batch, 1, 65536)
    _check_int("transformer/mha", "seq_len", seq_len, 1, 65536)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
        return 8 * batch * n_head**2 * seq_len + 4 * batch * n_head * seq_len**2
    return 8 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2


def transformer_mha_backward_flops(dim: int, *, batch: int, seq_len: int, n_head: int = 4) -> int:
    """Backward FLOPs of transformer/mha.

    X + MultiheadAttention(x, x, x), batch first.
    Built by zoo.torch_layers.mha(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    if dim >= 2 and batch != 1 and batch * dim == batch * n_head: 16 * batch * n_head**2 * seq_len +
        10 * batch * n_head * seq_len**2
    otherwise: 16 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2

    Per submodule:
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
            attn (MultiheadAttention): 16 * batch * n_head**2 * seq_len + 10 * batch * n_head *
                seq_len**2
        otherwise:
            attn (MultiheadAttention): 16 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2
    """
    _check_int("transformer/mha", "dim", dim, 1, 65536)
    _check_int("transformer/mha", "n_head", n_head, 1, 8)
    _check_int("transformer/mha", "batch", batch, 1, 65536)
    _check_int("transformer/mha", "seq_len", seq_len, 1, 65536)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
        return 16 * batch * n_head**2 * seq_len + 10 * batch * n_head * seq_len**2
    return 16 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2


def transformer_mha_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward elementwise operations of transformer/mha.

    X + MultiheadAttention(x, x, x), batch first.
    Built by zoo.torch_layers.mha(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head: 4 * batch *
        n_head * seq_len
    if dim >= 2 and batch != 1 and batch * dim == batch * n_head: batch * n_head
    if batch > 1 and seq_len > 1: 4 * batch * dim * seq_len
    if seq_len != 1: dim * seq_len
    otherwise: batch * dim

    Per submodule:
        if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head:
            self (SelfAttention): batch * n_head * seq_len
            attn (MultiheadAttention): 3 * batch * n_head * seq_len
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
            self (SelfAttention): batch * n_head
        if batch > 1 and seq_len > 1:
            self (SelfAttention): batch * dim * seq_len
            attn (MultiheadAttention): 3 * batch * dim * seq_len
        if seq_len != 1:
            self (SelfAttention): dim * seq_len
        otherwise:
            self (SelfAttention): batch * dim
    """
    _check_int("transformer/mha", "dim", dim, 1, 65536)
    _check_int("transformer/mha", "n_head", n_head, 1, 8)
    _check_int("transformer/mha", "batch", batch, 1, 65536)
    _check_int("transformer/mha", "seq_len", seq_len, 1, 65536)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head:
        return 4 * batch * n_head * seq_len
    if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
        return batch * n_head
    if batch > 1 and seq_len > 1:
        return 4 * batch * dim * seq_len
    if seq_len != 1:
        return dim * seq_len
    return batch * dim


def transformer_mha_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward elementwise operations of transformer/mha.

    X + MultiheadAttention(x, x, x), batch first.
    Built by zoo.torch_layers.mha(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    if dim >= 2 and batch != 1 and batch * dim == batch * n_head: 11 * batch * n_head * seq_len
    otherwise: 11 * batch * dim * seq_len

    Per submodule:
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
            attn (MultiheadAttention): 11 * batch * n_head * seq_len
        otherwise:
            attn (MultiheadAttention): 11 * batch * dim * seq_len
    """
    _check_int("transformer/mha", "dim", dim, 1, 65536)
    _check_int("transformer/mha", "n_head", n_head, 1, 8)
    _check_int("transformer/mha", "batch", batch, 1, 65536)
    _check_int("transformer/mha", "seq_len", seq_len, 1, 65536)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
        return 11 * batch * n_head * seq_len
    return 11 * batch * dim * seq_len


def transformer_mha_activation_bytes(dim: int, *, batch: int, seq_len: int, n_head: int = 4) -> int:
    """Activation bytes of transformer/mha.

    X + MultiheadAttention(x, x, x), batch first.
    Built by zoo.torch_layers.mha(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    if dim >= 2 and batch != 1 and batch * dim == batch * n_head: 24 * batch * n_head * seq_len
    if batch != 1 and batch * n_head == batch: 20 * batch * dim * seq_len + 4 * batch * seq_len
    otherwise: 20 * batch * dim * seq_len + 4 * batch * n_head * seq_len

    Per submodule:
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
            attn (MultiheadAttention): 24 * batch * n_head * seq_len
        if batch != 1 and batch * n_head == batch:
            attn (MultiheadAttention): 20 * batch * dim * seq_len + 4 * batch * seq_len
        otherwise:
            attn (MultiheadAttention): 20 * batch * dim * seq_len + 4 * batch * n_head * seq_len
    """
    _check_int("transformer/mha", "dim", dim, 1, 65536)
    _check_int("transformer/mha", "n_head", n_head, 1, 8)
    _check_int("transformer/mha", "batch", batch, 1, 65536)
    _check_int("transformer/mha", "seq_len", seq_len, 1, 65536)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
        return 24 * batch * n_head * seq_len
    if batch != 1 and batch * n_head == batch:
        return 20 * batch * dim * seq_len + 4 * batch * seq_len
    return 20 * batch * dim * seq_len + 4 * batch * n_head * seq_len


def transformer_mha_kdim_params(dim: int, *, n_head: int = 4) -> int:
    """Parameters of transformer/mha_kdim.

    X + MultiheadAttention(x, kv, kv), kv = Linear(dim, 2 dim)(x), kdim = vdim = 2 dim, with the
    averaged attention weights.
    Built by zoo.torch_layers.mha_kdim(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    otherwise: 8 * dim**2 + 6 * dim

    Per submodule:
        otherwise:
            kv (Linear): 2 * dim**2 + 2 * dim
            attn (MultiheadAttention): 5 * dim**2 + 3 * dim
            attn.out_proj (NonDynamicallyQuantizableLinear): dim**2 + dim
    """
    _check_int("transformer/mha_kdim", "dim", dim, 1, 65536)
    _check_int("transformer/mha_kdim", "n_head", n_head, 1, 8)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha_kdim: no module at dim={dim}, n_head={n_head}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    return 8 * dim**2 + 6 * dim


def transformer_mha_kdim_buffers(dim: int, *, n_head: int = 4) -> int:
    """Buffer elements of transformer/mha_kdim.

    X + MultiheadAttention(x, kv, kv), kv = Linear(dim, 2 dim)(x), kdim = vdim = 2 dim, with the
    averaged attention weights.
    Built by zoo.torch_layers.mha_kdim(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("transformer/mha_kdim", "dim", dim, 1, 65536)
    _check_int("transformer/mha_kdim", "n_head", n_head, 1, 8)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha_kdim: no module at dim={dim}, n_head={n_head}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    return 0


def transformer_mha_kdim_training_state_bytes(
    dim: int, *, optimizer: str = "adam", n_head: int = 4
) -> int:
    """Training state bytes of transformer/mha_kdim.

    X + MultiheadAttention(x, kv, kv), kv = Linear(dim, 2 dim)(x), kdim = vdim = 2 dim, with the
    averaged attention weights.
    Built by zoo.torch_layers.mha_kdim(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        otherwise: 64 * dim**2 + 48 * dim

        Per submodule:
            otherwise:
                kv (Linear): 16 * dim**2 + 16 * dim
                attn (MultiheadAttention): 40 * dim**2 + 24 * dim
                attn.out_proj (NonDynamicallyQuantizableLinear): 8 * dim**2 + 8 * dim

    if optimizer == 'sgd_momentum':

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        otherwise: 96 * dim**2 + 72 * dim

        Per submodule:
            otherwise:
                kv (Linear): 24 * dim**2 + 24 * dim
                attn (MultiheadAttention): 60 * dim**2 + 36 * dim
                attn.out_proj (NonDynamicallyQuantizableLinear): 12 * dim**2 + 12 * dim

    if optimizer in ('adam', 'adamw'):

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        otherwise: 128 * dim**2 + 96 * dim + 32

        Per submodule:
            otherwise:
                kv (Linear): 32 * dim**2 + 32 * dim + 8
                attn (MultiheadAttention): 80 * dim**2 + 48 * dim + 16
                attn.out_proj (NonDynamicallyQuantizableLinear): 16 * dim**2 + 16 * dim + 8
    """
    _check_int("transformer/mha_kdim", "dim", dim, 1, 65536)
    _check_int("transformer/mha_kdim", "n_head", n_head, 1, 8)
    _check_choice(
        "transformer/mha_kdim", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        if (dim // n_head) * n_head != dim:
            raise ValueError(
                f"transformer/mha_kdim: no module at dim={dim}, n_head={n_head}; "
                "the factory raises AssertionError where (dim // n_head) * n_head != dim "
                "(zoo/torch_layers.py, in __init__)"
            )
        return 64 * dim**2 + 48 * dim
    if optimizer == "sgd_momentum":
        if (dim // n_head) * n_head != dim:
            raise ValueError(
                f"transformer/mha_kdim: no module at dim={dim}, n_head={n_head}; "
                "the factory raises AssertionError where (dim // n_head) * n_head != dim "
                "(zoo/torch_layers.py, in __init__)"
            )
        return 96 * dim**2 + 72 * dim
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha_kdim: no module at dim={dim}, n_head={n_head}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    return 128 * dim**2 + 96 * dim + 32


def transformer_mha_kdim_forward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward FLOPs of transformer/mha_kdim.

    X + MultiheadAttention(x, kv, kv), kv = Linear(dim, 2 dim)(x), kdim = vdim = 2 dim, with the
    averaged attention weights.
    Built by zoo.torch_layers.mha_kdim(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    otherwise: 16 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2

    Per submodule:
        otherwise:
            attn (MultiheadAttention): 12 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2
            kv (Linear): 4 * batch * dim**2 * seq_len
    """
    _check_int("transformer/mha_kdim", "dim", dim, 1, 65536)
    _check_int("transformer/mha_kdim", "n_head", n_head, 1, 8)
    _check_int("transformer/mha_kdim", "batch", batch, 1, 65536)
    _check_int("transformer/mha_kdim", "seq_len", seq_len, 1, 65536)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha_kdim: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    return 16 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2


def transformer_mha_kdim_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward FLOPs of transformer/mha_kdim.

    X + MultiheadAttention(x, kv, kv), kv = Linear(dim, 2 dim)(x), kdim = vdim = 2 dim, with the
    averaged attention weights.
    Built by zoo.torch_layers.mha_kdim(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    otherwise: 32 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2

    Per submodule:
        otherwise:
            attn (MultiheadAttention): 24 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2
            kv (Linear): 8 * batch * dim**2 * seq_len
    """
    _check_int("transformer/mha_kdim", "dim", dim, 1, 65536)
    _check_int("transformer/mha_kdim", "n_head", n_head, 1, 8)
    _check_int("transformer/mha_kdim", "batch", batch, 1, 65536)
    _check_int("transformer/mha_kdim", "seq_len", seq_len, 1, 65536)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha_kdim: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    return 32 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2


def transformer_mha_kdim_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward elementwise operations of transformer/mha_kdim.

    X + MultiheadAttention(x, kv, kv), kv = Linear(dim, 2 dim)(x), kdim = vdim = 2 dim, with the
    averaged attention weights.
    Built by zoo.torch_layers.mha_kdim(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    if batch > 1 and seq_len > 1 and batch * n_head != batch: 5 * batch * dim * seq_len + 4 * batch
        * n_head * seq_len**2
    if batch > 1 and seq_len > 1: 5 * batch * dim * seq_len + 4 * batch * seq_len**2
    if batch >= 2 and batch * n_head == batch: 2 * batch * dim + 4 * batch
    if seq_len != 1: 2 * dim * seq_len + 4 * n_head * seq_len**2
    otherwise: 2 * batch * dim + 4 * batch * n_head

    Per submodule:
        if batch > 1 and seq_len > 1 and batch * n_head != batch:
            self (SelfAttention): batch * dim * seq_len
            attn (MultiheadAttention): 4 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2
        if batch > 1 and seq_len > 1:
            self (SelfAttention): batch * dim * seq_len
            attn (MultiheadAttention): 4 * batch * dim * seq_len + 4 * batch * seq_len**2
        if batch >= 2 and batch * n_head == batch:
            self (SelfAttention): batch * dim
            attn (MultiheadAttention): batch * dim + 4 * batch
        if seq_len != 1:
            self (SelfAttention): dim * seq_len
            attn (MultiheadAttention): dim * seq_len + 4 * n_head * seq_len**2
        otherwise:
            self (SelfAttention): batch * dim
            attn (MultiheadAttention): batch * dim + 4 * batch * n_head
    """
    _check_int("transformer/mha_kdim", "dim", dim, 1, 65536)
    _check_int("transformer/mha_kdim", "n_head", n_head, 1, 8)
    _check_int("transformer/mha_kdim", "batch", batch, 1, 65536)
    _check_int("transformer/mha_kdim", "seq_len", seq_len, 1, 65536)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha_kdim: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    if batch > 1 and seq_len > 1 and batch * n_head != batch:
        return 5 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2
    if batch > 1 and seq_len > 1:
        return 5 * batch * dim * seq_len + 4 * batch * seq_len**2
    if batch >= 2 and batch * n_head == batch:
        return 2 * batch * dim + 4 * batch
    if seq_len != 1:
        return 2 * dim * seq_len + 4 * n_head * seq_len**2
    return 2 * batch * dim + 4 * batch * n_head


def transformer_mha_kdim_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward elementwise operations of transformer/mha_kdim.

    X + MultiheadAttention(x, kv, kv), kv = Linear(dim, 2 dim)(x), kdim = vdim = 2 dim, with the
    averaged attention weights.
    Built by zoo.torch_layers.mha_kdim(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    if batch != 1 and batch * n_head == batch: 11 * batch * dim * seq_len + 3 * batch * seq_len**2
    otherwise: 11 * batch * dim * seq_len + 3 * batch * n_head * seq_len**2

    Per submodule:
        if batch != 1 and batch * n_head == batch:
            attn (MultiheadAttention): 8 * batch * dim * seq_len + 3 * batch * seq_len**2
            kv (Linear): 3 * batch * dim * seq_len
        otherwise:
            attn (MultiheadAttention): 8 * batch * dim * seq_len + 3 * batch * n_head * seq_len**2
            kv (Linear): 3 * batch * dim * seq_len
    """
    _check_int("transformer/mha_kdim", "dim", dim, 1, 65536)
    _check_int("transformer/mha_kdim", "n_head", n_head, 1, 8)
    _check_int("transformer/mha_kdim", "batch", batch, 1, 65536)
    _check_int("transformer/mha_kdim", "seq_len", seq_len, 1, 65536)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha_kdim: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    if batch != 1 and batch * n_head == batch:
        return 11 * batch * dim * seq_len + 3 * batch * seq_len**2
    return 11 * batch * dim * seq_len + 3 * batch * n_head * seq_len**2


def transformer_mha_kdim_activation_bytes(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Activation bytes of transformer/mha_kdim.

    X + MultiheadAttention(x, kv, kv), kv = Linear(dim, 2 dim)(x), kdim = vdim = 2 dim, with the
    averaged attention weights.
    Built by zoo.torch_layers.mha_kdim(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    if batch > 1 and seq_len > 1 and batch * n_head != batch: 40 * batch * dim * seq_len + 4 * batch
        * n_head * seq_len**2
    if batch > 1 and seq_len > 1: 40 * batch * dim * seq_len + 4 * batch * seq_len**2
    if batch >= 2 and batch * n_head == batch: 28 * batch * dim + 4 * batch
    if seq_len != 1: 28 * dim * seq_len + 4 * n_head * seq_len**2
    otherwise: 28 * batch * dim + 4 * batch * n_head

    Per submodule:
        if batch > 1 and seq_len > 1 and batch * n_head != batch:
            attn (MultiheadAttention): 36 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2
            kv (Linear): 4 * batch * dim * seq_len
        if batch > 1 and seq_len > 1:
            attn (MultiheadAttention): 36 * batch * dim * seq_len + 4 * batch * seq_len**2
            kv (Linear): 4 * batch * dim * seq_len
        if batch >= 2 and batch * n_head == batch:
            attn (MultiheadAttention): 24 * batch * dim + 4 * batch
            kv (Linear): 4 * batch * dim
        if seq_len != 1:
            attn (MultiheadAttention): 24 * dim * seq_len + 4 * n_head * seq_len**2
            kv (Linear): 4 * dim * seq_len
        otherwise:
            attn (MultiheadAttention): 24 * batch * dim + 4 * batch * n_head
            kv (Linear): 4 * batch * dim
    """
    _check_int("transformer/mha_kdim", "dim", dim, 1, 65536)
    _check_int("transformer/mha_kdim", "n_head", n_head, 1, 8)
    _check_int("transformer/mha_kdim", "batch", batch, 1, 65536)
    _check_int("transformer/mha_kdim", "seq_len", seq_len, 1, 65536)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha_kdim: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    if batch > 1 and seq_len > 1 and batch * n_head != batch:
        return 40 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2
    if batch > 1 and seq_len > 1:
        return 40 * batch * dim * seq_len + 4 * batch * seq_len**2
    if batch >= 2 and batch * n_head == batch:
        return 28 * batch * dim + 4 * batch
    if seq_len != 1:
        return 28 * dim * seq_len + 4 * n_head * seq_len**2
    return 28 * batch * dim + 4 * batch * n_head


def transformer_mha_no_bias_params(dim: int, *, n_head: int = 4) -> int:
    """Parameters of transformer/mha_no_bias.

    X + MultiheadAttention without biases.
    Built by zoo.torch_layers.mha_no_bias(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    otherwise: 4 * dim**2

    Per submodule:
        otherwise:
            attn (MultiheadAttention): 3 * dim**2
            attn.out_proj (NonDynamicallyQuantizableLinear): dim**2
    """
    _check_int("transformer/mha_no_bias", "dim", dim, 1, 65536)
    _check_int("transformer/mha_no_bias", "n_head", n_head, 1, 8)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha_no_bias: no module at dim={dim}, n_head={n_head}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    return 4 * dim**2


def transformer_mha_no_bias_buffers(dim: int, *, n_head: int = 4) -> int:
    """Buffer elements of transformer/mha_no_bias.

    X + MultiheadAttention without biases.
    Built by zoo.torch_layers.mha_no_bias(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("transformer/mha_no_bias", "dim", dim, 1, 65536)
    _check_int("transformer/mha_no_bias", "n_head", n_head, 1, 8)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha_no_bias: no module at dim={dim}, n_head={n_head}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    return 0


def transformer_mha_no_bias_training_state_bytes(
    dim: int, *, optimizer: str = "adam", n_head: int = 4
) -> int:
    """Training state bytes of transformer/mha_no_bias.

    X + MultiheadAttention without biases.
    Built by zoo.torch_layers.mha_no_bias(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        otherwise: 32 * dim**2

        Per submodule:
            otherwise:
                attn (MultiheadAttention): 24 * dim**2
                attn.out_proj (NonDynamicallyQuantizableLinear): 8 * dim**2

    if optimizer == 'sgd_momentum':

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        otherwise: 48 * dim**2

        Per submodule:
            otherwise:
                attn (MultiheadAttention): 36 * dim**2
                attn.out_proj (NonDynamicallyQuantizableLinear): 12 * dim**2

    if optimizer in ('adam', 'adamw'):

        if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
        otherwise: 64 * dim**2 + 8

        Per submodule:
            otherwise:
                attn (MultiheadAttention): 48 * dim**2 + 4
                attn.out_proj (NonDynamicallyQuantizableLinear): 16 * dim**2 + 4
    """
    _check_int("transformer/mha_no_bias", "dim", dim, 1, 65536)
    _check_int("transformer/mha_no_bias", "n_head", n_head, 1, 8)
    _check_choice(
        "transformer/mha_no_bias", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        if (dim // n_head) * n_head != dim:
            raise ValueError(
                f"transformer/mha_no_bias: no module at dim={dim}, n_head={n_head}; "
                "the factory raises AssertionError where (dim // n_head) * n_head != dim "
                "(zoo/torch_layers.py, in __init__)"
            )
        return 32 * dim**2
    if optimizer == "sgd_momentum":
        if (dim // n_head) * n_head != dim:
            raise ValueError(
                f"transformer/mha_no_bias: no module at dim={dim}, n_head={n_head}; "
                "the factory raises AssertionError where (dim // n_head) * n_head != dim "
                "(zoo/torch_layers.py, in __init__)"
            )
        return 48 * dim**2
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha_no_bias: no module at dim={dim}, n_head={n_head}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    return 64 * dim**2 + 8


def transformer_mha_no_bias_forward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward FLOPs of transformer/mha_no_bias.

    X + MultiheadAttention without biases.
    Built by zoo.torch_layers.mha_no_bias(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    if batch != 1 and dim != 1 and batch * dim == batch * n_head: 8 * batch * n_head**2 * seq_len +
        4 * batch * n_head * seq_len**2
    otherwise: 8 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2

    Per submodule:
        if batch != 1 and dim != 1 and batch * dim == batch * n_head:
            attn (MultiheadAttention): 8 * batch * n_head**2 * seq_len + 4 * batch * n_head *
                seq_len**2
        otherwise:
            attn (MultiheadAttention): 8 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2
    """
    _check_int("transformer/mha_no_bias", "dim", dim, 1, 65536)
    _check_int("transformer/mha_no_bias", "n_head", n_head, 1, 8)
    _check_int("transformer/mha_no_bias", "batch", batch, 1, 65536)
    _check_int("transformer/mha_no_bias", "seq_len", seq_len, 1, 65536)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha_no_bias: no module at dim={dim}, n_head={n_head}, batch={batch},"
            f" seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    if batch != 1 and dim != 1 and batch * dim == batch * n_head:
        return 8 * batch * n_head**2 * seq_len + 4 * batch * n_head * seq_len**2
    return 8 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2


def transformer_mha_no_bias_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward FLOPs of transformer/mha_no_bias.

    X + MultiheadAttention without biases.
    Built by zoo.torch_layers.mha_no_bias(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    if batch != 1 and dim != 1 and batch * dim == batch * n_head: 16 * batch * n_head**2 * seq_len +
        10 * batch * n_head * seq_len**2
    otherwise: 16 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2

    Per submodule:
        if batch != 1 and dim != 1 and batch * dim == batch * n_head:
            attn (MultiheadAttention): 16 * batch * n_head**2 * seq_len + 10 * batch * n_head *
                seq_len**2
        otherwise:
            attn (MultiheadAttention): 16 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2
    """
    _check_int("transformer/mha_no_bias", "dim", dim, 1, 65536)
    _check_int("transformer/mha_no_bias", "n_head", n_head, 1, 8)
    _check_int("transformer/mha_no_bias", "batch", batch, 1, 65536)
    _check_int("transformer/mha_no_bias", "seq_len", seq_len, 1, 65536)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha_no_bias: no module at dim={dim}, n_head={n_head}, batch={batch},"
            f" seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    if batch != 1 and dim != 1 and batch * dim == batch * n_head:
        return 16 * batch * n_head**2 * seq_len + 10 * batch * n_head * seq_len**2
    return 16 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2


def transformer_mha_no_bias_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward elementwise operations of transformer/mha_no_bias.

    X + MultiheadAttention without biases.
    Built by zoo.torch_layers.mha_no_bias(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    if batch != 1 and dim != 1 and batch * dim == batch * n_head: batch * n_head * seq_len
    otherwise: batch * dim * seq_len

    Per submodule:
        if batch != 1 and dim != 1 and batch * dim == batch * n_head:
            self (SelfAttention): batch * n_head * seq_len
        otherwise:
            self (SelfAttention): batch * dim * seq_len
    """
    _check_int("transformer/mha_no_bias", "dim", dim, 1, 65536)
    _check_int("transformer/mha_no_bias", "n_head", n_head, 1, 8)
    _check_int("transformer/mha_no_bias", "batch", batch, 1, 65536)
    _check_int("transformer/mha_no_bias", "seq_len", seq_len, 1, 65536)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha_no_bias: no module at dim={dim}, n_head={n_head}, batch={batch},"
            f" seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    if batch != 1 and dim != 1 and batch * dim == batch * n_head:
        return batch * n_head * seq_len
    return batch * dim * seq_len


def transformer_mha_no_bias_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward elementwise operations of transformer/mha_no_bias.

    X + MultiheadAttention without biases.
    Built by zoo.torch_layers.mha_no_bias(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    if batch != 1 and dim != 1 and batch * dim == batch * n_head: 7 * batch * n_head * seq_len
    otherwise: 7 * batch * dim * seq_len

    Per submodule:
        if batch != 1 and dim != 1 and batch * dim == batch * n_head:
            attn (MultiheadAttention): 7 * batch * n_head * seq_len
        otherwise:
            attn (MultiheadAttention): 7 * batch * dim * seq_len
    """
    _check_int("transformer/mha_no_bias", "dim", dim, 1, 65536)
    _check_int("transformer/mha_no_bias", "n_head", n_head, 1, 8)
    _check_int("transformer/mha_no_bias", "batch", batch, 1, 65536)
    _check_int("transformer/mha_no_bias", "seq_len", seq_len, 1, 65536)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha_no_bias: no module at dim={dim}, n_head={n_head}, batch={batch},"
            f" seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    if batch != 1 and dim != 1 and batch * dim == batch * n_head:
        return 7 * batch * n_head * seq_len
    return 7 * batch * dim * seq_len


def transformer_mha_no_bias_activation_bytes(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Activation bytes of transformer/mha_no_bias.

    X + MultiheadAttention without biases.
    Built by zoo.torch_layers.mha_no_bias(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if (dim // n_head) * n_head != dim: ValueError (the factory rejects it)
    if batch != 1 and dim != 1 and batch * dim == batch * n_head: 24 * batch * n_head * seq_len
    if batch != 1 and batch * n_head == batch: 20 * batch * dim * seq_len + 4 * batch * seq_len
    otherwise: 20 * batch * dim * seq_len + 4 * batch * n_head * seq_len

    Per submodule:
        if batch != 1 and dim != 1 and batch * dim == batch * n_head:
            attn (MultiheadAttention): 24 * batch * n_head * seq_len
        if batch != 1 and batch * n_head == batch:
            attn (MultiheadAttention): 20 * batch * dim * seq_len + 4 * batch * seq_len
        otherwise:
            attn (MultiheadAttention): 20 * batch * dim * seq_len + 4 * batch * n_head * seq_len
    """
    _check_int("transformer/mha_no_bias", "dim", dim, 1, 65536)
    _check_int("transformer/mha_no_bias", "n_head", n_head, 1, 8)
    _check_int("transformer/mha_no_bias", "batch", batch, 1, 65536)
    _check_int("transformer/mha_no_bias", "seq_len", seq_len, 1, 65536)
    if (dim // n_head) * n_head != dim:
        raise ValueError(
            f"transformer/mha_no_bias: no module at dim={dim}, n_head={n_head}, batch={batch},"
            f" seq_len={seq_len}; "
            "the factory raises AssertionError where (dim // n_head) * n_head != dim "
            "(zoo/torch_layers.py, in __init__)"
        )
    if batch != 1 and dim != 1 and batch * dim == batch * n_head:
        return 24 * batch * n_head * seq_len
    if batch != 1 and batch * n_head == batch:
        return 20 * batch * dim * seq_len + 4 * batch * seq_len
    return 20 * batch * dim * seq_len + 4 * batch * n_head * seq_len


def transformer_rmsnorm_params(dim: int) -> int:
    """Parameters of transformer/rmsnorm.

    RMSNorm(dim).
    Built by zoo.torch_layers.rmsnorm(); exact for 1 <= dim <= 65536.

    everywhere: dim

    Per submodule:
        self (RMSNorm): dim
    """
    _check_int("transformer/rmsnorm", "dim", dim, 1, 65536)
    return dim


def transformer_rmsnorm_buffers(dim: int) -> int:
    """Buffer elements of transformer/rmsnorm.

    RMSNorm(dim).
    Built by zoo.torch_layers.rmsnorm(); exact for 1 <= dim <= 65536.

    everywhere: 0
    """
    _check_int("transformer/rmsnorm", "dim", dim, 1, 65536)
    return 0


def transformer_rmsnorm_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of transformer/rmsnorm.

    RMSNorm(dim).
    Built by zoo.torch_layers.rmsnorm(); exact for 1 <= dim <= 65536.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 8 * dim

        Per submodule:
            self (RMSNorm): 8 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 12 * dim

        Per submodule:
            self (RMSNorm): 12 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 16 * dim + 4

        Per submodule:
            self (RMSNorm): 16 * dim + 4
    """
    _check_int("transformer/rmsnorm", "dim", dim, 1, 65536)
    _check_choice(
        "transformer/rmsnorm", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 8 * dim
    if optimizer == "sgd_momentum":
        return 12 * dim
    return 16 * dim + 4


def transformer_rmsnorm_forward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward FLOPs of transformer/rmsnorm.

    RMSNorm(dim).
    Built by zoo.torch_layers.rmsnorm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    everywhere: 0
    """
    _check_int("transformer/rmsnorm", "dim", dim, 1, 65536)
    _check_int("transformer/rmsnorm", "batch", batch, 1, 65536)
    _check_int("transformer/rmsnorm", "seq_len", seq_len, 1, 65536)
    return 0


def transformer_rmsnorm_backward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward FLOPs of transformer/rmsnorm.

    RMSNorm(dim).
    Built by zoo.torch_layers.rmsnorm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    everywhere: 0
    """
    _check_int("transformer/rmsnorm", "dim", dim, 1, 65536)
    _check_int("transformer/rmsnorm", "batch", batch, 1, 65536)
    _check_int("transformer/rmsnorm", "seq_len", seq_len, 1, 65536)
    return 0


def transformer_rmsnorm_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward elementwise operations of transformer/rmsnorm.

    RMSNorm(dim).
    Built by zoo.torch_layers.rmsnorm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    everywhere: 4 * batch * dim * seq_len + 2 * batch * seq_len

    Per submodule:
        self (RMSNorm): 4 * batch * dim * seq_len + 2 * batch * seq_len
    """
    _check_int("transformer/rmsnorm", "dim", dim, 1, 65536)
    _check_int("transformer/rmsnorm", "batch", batch, 1, 65536)
    _check_int("transformer/rmsnorm", "seq_len", seq_len, 1, 65536)
    return 4 * batch * dim * seq_len + 2 * batch * seq_len


def transformer_rmsnorm_backward_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward elementwise operations of transformer/rmsnorm.

    RMSNorm(dim).
    Built by zoo.torch_layers.rmsnorm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if dim >= 2: 11 * batch * dim * seq_len + 3 * batch * seq_len
    otherwise: 13 * batch * seq_len

    Per submodule:
        if dim >= 2:
            self (RMSNorm): 11 * batch * dim * seq_len + 3 * batch * seq_len
        otherwise:
            self (RMSNorm): 13 * batch * seq_len
    """
    _check_int("transformer/rmsnorm", "dim", dim, 1, 65536)
    _check_int("transformer/rmsnorm", "batch", batch, 1, 65536)
    _check_int("transformer/rmsnorm", "seq_len", seq_len, 1, 65536)
    if dim >= 2:
        return 11 * batch * dim * seq_len + 3 * batch * seq_len
    return 13 * batch * seq_len


def transformer_rmsnorm_activation_bytes(dim: int, *, batch: int, seq_len: int) -> int:
    """Activation bytes of transformer/rmsnorm.

    RMSNorm(dim).
    Built by zoo.torch_layers.rmsnorm(); exact for 1 <= dim <= 65536, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    everywhere: 8 * batch * dim * seq_len + 4 * batch * seq_len

    Per submodule:
        self (RMSNorm): 8 * batch * dim * seq_len + 4 * batch * seq_len
    """
    _check_int("transformer/rmsnorm", "dim", dim, 1, 65536)
    _check_int("transformer/rmsnorm", "batch", batch, 1, 65536)
    _check_int("transformer/rmsnorm", "seq_len", seq_len, 1, 65536)
    return 8 * batch * dim * seq_len + 4 * batch * seq_len


def transformer_vit_attention_params(dim: int, *, n_head: int = 4) -> int:
    """Parameters of transformer/vit_attention.

    ViT attention: x + proj(SDPA(qkv(LayerNorm(x)))), n_head heads.
    Built by zoo.classic.vit_attention(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 4 * dim**2 + 6 * dim

    Per submodule:
        otherwise:
            norm (LayerNorm): 2 * dim
            qkv (Linear): 3 * dim**2 + 3 * dim
            proj (Linear): dim**2 + dim
    """
    _check_int("transformer/vit_attention", "dim", dim, 1, 65536)
    _check_int("transformer/vit_attention", "n_head", n_head, 1, 8)
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/vit_attention: no module at dim={dim}, n_head={n_head}; "
            "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
            "__init__)"
        )
    return 4 * dim**2 + 6 * dim


def transformer_vit_attention_buffers(dim: int, *, n_head: int = 4) -> int:
    """Buffer elements of transformer/vit_attention.

    ViT attention: x + proj(SDPA(qkv(LayerNorm(x)))), n_head heads.
    Built by zoo.classic.vit_attention(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("transformer/vit_attention", "dim", dim, 1, 65536)
    _check_int("transformer/vit_attention", "n_head", n_head, 1, 8)
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/vit_attention: no module at dim={dim}, n_head={n_head}; "
            "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
            "__init__)"
        )
    return 0


def transformer_vit_attention_training_state_bytes(
    dim: int, *, optimizer: str = "adam", n_head: int = 4
) -> int:
    """Training state bytes of transformer/vit_attention.

    ViT attention: x + proj(SDPA(qkv(LayerNorm(x)))), n_head heads.
    Built by zoo.classic.vit_attention(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 32 * dim**2 + 48 * dim

        Per submodule:
            otherwise:
                norm (LayerNorm): 16 * dim
                qkv (Linear): 24 * dim**2 + 24 * dim
                proj (Linear): 8 * dim**2 + 8 * dim

    if optimizer == 'sgd_momentum':

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 48 * dim**2 + 72 * dim

        Per submodule:
            otherwise:
                norm (LayerNorm): 24 * dim
                qkv (Linear): 36 * dim**2 + 36 * dim
                proj (Linear): 12 * dim**2 + 12 * dim

    if optimizer in ('adam', 'adamw'):

        if dim % n_head != 0: ValueError (the factory rejects it)
        otherwise: 64 * dim**2 + 96 * dim + 24

        Per submodule:
            otherwise:
                norm (LayerNorm): 32 * dim + 8
                qkv (Linear): 48 * dim**2 + 48 * dim + 8
                proj (Linear): 16 * dim**2 + 16 * dim + 8
    """
    _check_int("transformer/vit_attention", "dim", dim, 1, 65536)
    _check_int("transformer/vit_attention", "n_head", n_head, 1, 8)
    _check_choice(
        "transformer/vit_attention",
        "optimizer",
        optimizer,
        ("sgd", "sgd_momentum", "adam", "adamw"),
    )
    if optimizer == "sgd":
        if dim % n_head != 0:
            raise ValueError(
                f"transformer/vit_attention: no module at dim={dim}, n_head={n_head}; "
                "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
                "__init__)"
            )
        return 32 * dim**2 + 48 * dim
    if optimizer == "sgd_momentum":
        if dim % n_head != 0:
            raise ValueError(
                f"transformer/vit_attention: no module at dim={dim}, n_head={n_head}; "
                "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
                "__init__)"
            )
        return 48 * dim**2 + 72 * dim
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/vit_attention: no module at dim={dim}, n_head={n_head}; "
            "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
            "__init__)"
        )
    return 64 * dim**2 + 96 * dim + 24


def transformer_vit_attention_forward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward FLOPs of transformer/vit_attention.

    ViT attention: x + proj(SDPA(qkv(LayerNorm(x)))), n_head heads.
    Built by zoo.classic.vit_attention(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 8 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2

    Per submodule:
        otherwise:
            self (VitAttention): 4 * batch * dim * seq_len**2
            proj (Linear): 2 * batch * dim**2 * seq_len
            qkv (Linear): 6 * batch * dim**2 * seq_len
    """
    _check_int("transformer/vit_attention", "dim", dim, 1, 65536)
    _check_int("transformer/vit_attention", "n_head", n_head, 1, 8)
    _check_int("transformer/vit_attention", "batch", batch, 1, 65536)
    _check_int("transformer/vit_attention", "seq_len", seq_len, 1, 65536)
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/vit_attention: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
            "__init__)"
        )
    return 8 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2


def transformer_vit_attention_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward FLOPs of transformer/vit_attention.

    ViT attention: x + proj(SDPA(qkv(LayerNorm(x)))), n_head heads.
    Built by zoo.classic.vit_attention(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 16 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2

    Per submodule:
        otherwise:
            self (VitAttention): 10 * batch * dim * seq_len**2
            proj (Linear): 4 * batch * dim**2 * seq_len
            qkv (Linear): 12 * batch * dim**2 * seq_len
    """
    _check_int("transformer/vit_attention", "dim", dim, 1, 65536)
    _check_int("transformer/vit_attention", "n_head", n_head, 1, 8)
    _check_int("transformer/vit_attention", "batch", batch, 1, 65536)
    _check_int("transformer/vit_attention", "seq_len", seq_len, 1, 65536)
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/vit_attention: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
            "__init__)"
        )
    return 16 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2


def transformer_vit_attention_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward elementwise operations of transformer/vit_attention.

    ViT attention: x + proj(SDPA(qkv(LayerNorm(x)))), n_head heads.
    Built by zoo.classic.vit_attention(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 6 * batch * dim * seq_len

    Per submodule:
        otherwise:
            self (VitAttention): batch * dim * seq_len
            norm (LayerNorm): 5 * batch * dim * seq_len
    """
    _check_int("transformer/vit_attention", "dim", dim, 1, 65536)
    _check_int("transformer/vit_attention", "n_head", n_head, 1, 8)
    _check_int("transformer/vit_attention", "batch", batch, 1, 65536)
    _check_int("transformer/vit_attention", "seq_len", seq_len, 1, 65536)
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/vit_attention: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
            "__init__)"
        )
    return 6 * batch * dim * seq_len


def transformer_vit_attention_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward elementwise operations of transformer/vit_attention.

    ViT attention: x + proj(SDPA(qkv(LayerNorm(x)))), n_head heads.
    Built by zoo.classic.vit_attention(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 13 * batch * dim * seq_len

    Per submodule:
        otherwise:
            norm (LayerNorm): 9 * batch * dim * seq_len
            proj (Linear): batch * dim * seq_len
            qkv (Linear): 3 * batch * dim * seq_len
    """
    _check_int("transformer/vit_attention", "dim", dim, 1, 65536)
    _check_int("transformer/vit_attention", "n_head", n_head, 1, 8)
    _check_int("transformer/vit_attention", "batch", batch, 1, 65536)
    _check_int("transformer/vit_attention", "seq_len", seq_len, 1, 65536)
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/vit_attention: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
            "__init__)"
        )
    return 13 * batch * dim * seq_len


def transformer_vit_attention_activation_bytes(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Activation bytes of transformer/vit_attention.

    ViT attention: x + proj(SDPA(qkv(LayerNorm(x)))), n_head heads.
    Built by zoo.classic.vit_attention(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if dim % n_head != 0: ValueError (the factory rejects it)
    otherwise: 24 * batch * dim * seq_len + 4 * batch * n_head * seq_len + 8 * batch * seq_len

    Per submodule:
        otherwise:
            self (VitAttention): 16 * batch * dim * seq_len + 4 * batch * n_head * seq_len
            norm (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
            qkv (Linear): 4 * batch * dim * seq_len
    """
    _check_int("transformer/vit_attention", "dim", dim, 1, 65536)
    _check_int("transformer/vit_attention", "n_head", n_head, 1, 8)
    _check_int("transformer/vit_attention", "batch", batch, 1, 65536)
    _check_int("transformer/vit_attention", "seq_len", seq_len, 1, 65536)
    if dim % n_head != 0:
        raise ValueError(
            f"transformer/vit_attention: no module at dim={dim}, n_head={n_head}, "
            f"batch={batch}, seq_len={seq_len}; "
            "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in "
            "__init__)"
        )
    return 24 * batch * dim * seq_len + 4 * batch * n_head * seq_len + 8 * batch * seq_len


def transformer_vit_layer_params(dim: int, *, n_head: int = 4) -> int:
    """Parameters of transformer/vit_layer.

    Transformers ViTLayer (pre-norm, SDPA; MLP 4 dim, GELU); heads need not divide dim.
    Built by zoo.hf.vit_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.

    if dim // n_head == 0: ValueError (the factory rejects it)
    otherwise: 8 * dim**2 + 4 * dim * (dim // n_head) * n_head + 10 * dim + 3 * (dim // n_head) *
        n_head

    Per submodule:
        otherwise:
            block.attention.q_proj (Linear): dim * (dim // n_head) * n_head + (dim // n_head) *
                n_head
            block.attention.k_proj (Linear): dim * (dim // n_head) * n_head + (dim // n_head) *
                n_head
            block.attention.v_proj (Linear): dim * (dim // n_head) * n_head + (dim // n_head) *
                n_head
            block.attention.o_proj (Linear): dim * (dim // n_head) * n_head + dim
            block.layernorm_before (LayerNorm): 2 * dim
            block.layernorm_after (LayerNorm): 2 * dim
            block.mlp.fc1 (Linear): 4 * dim**2 + 4 * dim
            block.mlp.fc2 (Linear): 4 * dim**2 + dim
    """
    _check_int("transformer/vit_layer", "dim", dim, 1, 65536)
    _check_int("transformer/vit_layer", "n_head", n_head, 1, 8)
    if dim // n_head == 0:
        raise ValueError(
            f"transformer/vit_layer: no module at dim={dim}, n_head={n_head}; "
            "the factory raises ZeroDivisionError where dim // n_head == 0 "
            "(transformers/models/vit/modeling_vit.py, in __init__)"
        )
    return 8 * dim**2 + 4 * dim * (dim // n_head) * n_head + 10 * dim + 3 * (dim // n_head) * n_head


def transformer_vit_layer_buffers(dim: int, *, n_head: int = 4) -> int:
    """Buffer elements of transformer/vit_layer.

    Transformers ViTLayer (pre-norm, SDPA; MLP 4 dim, GELU); heads need not divide dim.
    Built by zoo.hf.vit_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.

    if dim // n_head == 0: ValueError (the factory rejects it)
    otherwise: 0
    """
    _check_int("transformer/vit_layer", "dim", dim, 1, 65536)
    _check_int("transformer/vit_layer", "n_head", n_head, 1, 8)
    if dim // n_head == 0:
        raise ValueError(
            f"transformer/vit_layer: no module at dim={dim}, n_head={n_head}; "
            "the factory raises ZeroDivisionError where dim // n_head == 0 "
            "(transformers/models/vit/modeling_vit.py, in __init__)"
        )
    return 0


def transformer_vit_layer_training_state_bytes(
    dim: int, *, optimizer: str = "adam", n_head: int = 4
) -> int:
    """Training state bytes of transformer/vit_layer.

    Transformers ViTLayer (pre-norm, SDPA; MLP 4 dim, GELU); heads need not divide dim.
    Built by zoo.hf.vit_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        if dim // n_head == 0: ValueError (the factory rejects it)
        otherwise: 64 * dim**2 + 32 * dim * (dim // n_head) * n_head + 80 * dim + 24 *
            (dim // n_head) * n_head

        Per submodule:
            otherwise:
                block.attention.q_proj (Linear): 8 * dim * (dim // n_head) * n_head + 8 *
                    (dim // n_head) * n_head
                block.attention.k_proj (Linear): 8 * dim * (dim // n_head) * n_head + 8 *
                    (dim // n_head) * n_head
                block.attention.v_proj (Linear): 8 * dim * (dim // n_head) * n_head + 8 *
                    (dim // n_head) * n_head
                block.attention.o_proj (Linear): 8 * dim * (dim // n_head) * n_head + 8 * dim
                block.layernorm_before (LayerNorm): 16 * dim
                block.layernorm_after (LayerNorm): 16 * dim
                block.mlp.fc1 (Linear): 32 * dim**2 + 32 * dim
                block.mlp.fc2 (Linear): 32 * dim**2 + 8 * dim

    if optimizer == 'sgd_momentum':

        if dim // n_head == 0: ValueError (the factory rejects it)
        otherwise: 96 * dim**2 + 48 * dim * (dim // n_head) * n_head + 120 * dim + 36 *
            (dim // n_head) * n_head

        Per submodule:
            otherwise:
                block.attention.q_proj (Linear): 12 * dim * (dim // n_head) * n_head + 12 *
                    (dim // n_head) * n_head
                block.attention.k_proj (Linear): 12 * dim * (dim // n_head) * n_head + 12 *
                    (dim // n_head) * n_head
                block.attention.v_proj (Linear): 12 * dim * (dim // n_head) * n_head + 12 *
                    (dim // n_head) * n_head
                block.attention.o_proj (Linear): 12 * dim * (dim // n_head) * n_head + 12 * dim
                block.layernorm_before (LayerNorm): 24 * dim
                block.layernorm_after (LayerNorm): 24 * dim
                block.mlp.fc1 (Linear): 48 * dim**2 + 48 * dim
                block.mlp.fc2 (Linear): 48 * dim**2 + 12 * dim

    if optimizer in ('adam', 'adamw'):

        if dim // n_head == 0: ValueError (the factory rejects it)
        otherwise: 128 * dim**2 + 64 * dim * (dim // n_head) * n_head + 160 * dim + 48 *
            (dim // n_head) * n_head + 64

        Per submodule:
            otherwise:
                block.attention.q_proj (Linear): 16 * dim * (dim // n_head) * n_head + 16 *
                    (dim // n_head) * n_head + 8
                block.attention.k_proj (Linear): 16 * dim * (dim // n_head) * n_head + 16 *
                    (dim // n_head) * n_head + 8
                block.attention.v_proj (Linear): 16 * dim * (dim // n_head) * n_head + 16 *
                    (dim // n_head) * n_head + 8
                block.attention.o_proj (Linear): 16 * dim * (dim // n_head) * n_head + 16 * dim + 8
                block.layernorm_before (LayerNorm): 32 * dim + 8
                block.layernorm_after (LayerNorm): 32 * dim + 8
                block.mlp.fc1 (Linear): 64 * dim**2 + 64 * dim + 8
                block.mlp.fc2 (Linear): 64 * dim**2 + 16 * dim + 8
    """
    _check_int("transformer/vit_layer", "dim", dim, 1, 65536)
    _check_int("transformer/vit_layer", "n_head", n_head, 1, 8)
    _check_choice(
        "transformer/vit_layer", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        if dim // n_head == 0:
            raise ValueError(
                f"transformer/vit_layer: no module at dim={dim}, n_head={n_head}; "
                "the factory raises ZeroDivisionError where dim // n_head == 0 "
                "(transformers/models/vit/modeling_vit.py, in __init__)"
            )
        return (
            64 * dim**2
            + 32 * dim * (dim // n_head) * n_head
            + 80 * dim
            + 24 * (dim // n_head) * n_head
        )
    if optimizer == "sgd_momentum":
        if dim // n_head == 0:
            raise ValueError(
                f"transformer/vit_layer: no module at dim={dim}, n_head={n_head}; "
                "the factory raises ZeroDivisionError where dim // n_head == 0 "
                "(transformers/models/vit/modeling_vit.py, in __init__)"
            )
        return (
            96 * dim**2
            + 48 * dim * (dim // n_head) * n_head
            + 120 * dim
            + 36 * (dim // n_head) * n_head
        )
    if dim // n_head == 0:
        raise ValueError(
            f"transformer/vit_layer: no module at dim={dim}, n_head={n_head}; "
            "the factory raises ZeroDivisionError where dim // n_head == 0 "
            "(transformers/models/vit/modeling_vit.py, in __init__)"
        )
    return (
        128 * dim**2
        + 64 * dim * (dim // n_head) * n_head
        + 160 * dim
        + 48 * (dim // n_head) * n_head
        + 64
    )


def transformer_vit_layer_forward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward FLOPs of transformer/vit_layer.

    Transformers ViTLayer (pre-norm, SDPA; MLP 4 dim, GELU); heads need not divide dim.
    Built by zoo.hf.vit_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    if dim // n_head == 0: ValueError (the factory rejects it)
    if dim == 1: 4 * batch * seq_len**2 + 24 * batch * seq_len
    otherwise: 16 * batch * dim**2 * seq_len + 8 * batch * dim * (dim // n_head) * n_head * seq_len
        + 4 * batch * (dim // n_head) * n_head * seq_len**2

    Per submodule:
        if dim == 1:
            block.attention (ViTAttention): 4 * batch * seq_len**2
            block.attention.k_proj (Linear): 2 * batch * seq_len
            block.attention.o_proj (Linear): 2 * batch * seq_len
            block.attention.q_proj (Linear): 2 * batch * seq_len
            block.attention.v_proj (Linear): 2 * batch * seq_len
            block.mlp.fc1 (Linear): 8 * batch * seq_len
            block.mlp.fc2 (Linear): 8 * batch * seq_len
        otherwise:
            block.attention (ViTAttention): 4 * batch * (dim // n_head) * n_head * seq_len**2
            block.attention.k_proj (Linear): 2 * batch * dim * (dim // n_head) * n_head * seq_len
            block.attention.o_proj (Linear): 2 * batch * dim * (dim // n_head) * n_head * seq_len
            block.attention.q_proj (Linear): 2 * batch * dim * (dim // n_head) * n_head * seq_len
            block.attention.v_proj (Linear): 2 * batch * dim * (dim // n_head) * n_head * seq_len
            block.mlp.fc1 (Linear): 8 * batch * dim**2 * seq_len
            block.mlp.fc2 (Linear): 8 * batch * dim**2 * seq_len
    """
    _check_int("transformer/vit_layer", "dim", dim, 1, 65536)
    _check_int("transformer/vit_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/vit_layer", "batch", batch, 1, 65536)
    _check_int("transformer/vit_layer", "seq_len", seq_len, 1, 65536)
    if dim // n_head == 0:
        raise ValueError(
            f"transformer/vit_layer: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises ZeroDivisionError where dim // n_head == 0 "
            "(transformers/models/vit/modeling_vit.py, in __init__)"
        )
    if dim == 1:
        return 4 * batch * seq_len**2 + 24 * batch * seq_len
    return (
        16 * batch * dim**2 * seq_len
        + 8 * batch * dim * (dim // n_head) * n_head * seq_len
        + 4 * batch * (dim // n_head) * n_head * seq_len**2
    )


def transformer_vit_layer_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward FLOPs of transformer/vit_layer.

    Transformers ViTLayer (pre-norm, SDPA; MLP 4 dim, GELU); heads need not divide dim.
    Built by zoo.hf.vit_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    if dim // n_head == 0: ValueError (the factory rejects it)
    if dim == 1: 10 * batch * seq_len**2 + 48 * batch * seq_len
    otherwise: 32 * batch * dim**2 * seq_len + 16 * batch * dim * (dim // n_head) * n_head * seq_len
        + 10 * batch * (dim // n_head) * n_head * seq_len**2

    Per submodule:
        if dim == 1:
            block.attention (ViTAttention): 10 * batch * seq_len**2
            block.attention.k_proj (Linear): 4 * batch * seq_len
            block.attention.o_proj (Linear): 4 * batch * seq_len
            block.attention.q_proj (Linear): 4 * batch * seq_len
            block.attention.v_proj (Linear): 4 * batch * seq_len
            block.mlp.fc1 (Linear): 16 * batch * seq_len
            block.mlp.fc2 (Linear): 16 * batch * seq_len
        otherwise:
            block.attention (ViTAttention): 10 * batch * (dim // n_head) * n_head * seq_len**2
            block.attention.k_proj (Linear): 4 * batch * dim * (dim // n_head) * n_head * seq_len
            block.attention.o_proj (Linear): 4 * batch * dim * (dim // n_head) * n_head * seq_len
            block.attention.q_proj (Linear): 4 * batch * dim * (dim // n_head) * n_head * seq_len
            block.attention.v_proj (Linear): 4 * batch * dim * (dim // n_head) * n_head * seq_len
            block.mlp.fc1 (Linear): 16 * batch * dim**2 * seq_len
            block.mlp.fc2 (Linear): 16 * batch * dim**2 * seq_len
    """
    _check_int("transformer/vit_layer", "dim", dim, 1, 65536)
    _check_int("transformer/vit_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/vit_layer", "batch", batch, 1, 65536)
    _check_int("transformer/vit_layer", "seq_len", seq_len, 1, 65536)
    if dim // n_head == 0:
        raise ValueError(
            f"transformer/vit_layer: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises ZeroDivisionError where dim // n_head == 0 "
            "(transformers/models/vit/modeling_vit.py, in __init__)"
        )
    if dim == 1:
        return 10 * batch * seq_len**2 + 48 * batch * seq_len
    return (
        32 * batch * dim**2 * seq_len
        + 16 * batch * dim * (dim // n_head) * n_head * seq_len
        + 10 * batch * (dim // n_head) * n_head * seq_len**2
    )


def transformer_vit_layer_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward elementwise operations of transformer/vit_layer.

    Transformers ViTLayer (pre-norm, SDPA; MLP 4 dim, GELU); heads need not divide dim.
    Built by zoo.hf.vit_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    if dim // n_head == 0: ValueError (the factory rejects it)
    otherwise: 16 * batch * dim * seq_len

    Per submodule:
        otherwise:
            block (ViTLayer): 2 * batch * dim * seq_len
            block.layernorm_after (LayerNorm): 5 * batch * dim * seq_len
            block.layernorm_before (LayerNorm): 5 * batch * dim * seq_len
            block.mlp.activation_fn (GELUActivation): 4 * batch * dim * seq_len
    """
    _check_int("transformer/vit_layer", "dim", dim, 1, 65536)
    _check_int("transformer/vit_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/vit_layer", "batch", batch, 1, 65536)
    _check_int("transformer/vit_layer", "seq_len", seq_len, 1, 65536)
    if dim // n_head == 0:
        raise ValueError(
            f"transformer/vit_layer: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises ZeroDivisionError where dim // n_head == 0 "
            "(transformers/models/vit/modeling_vit.py, in __init__)"
        )
    return 16 * batch * dim * seq_len


def transformer_vit_layer_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward elementwise operations of transformer/vit_layer.

    Transformers ViTLayer (pre-norm, SDPA; MLP 4 dim, GELU); heads need not divide dim.
    Built by zoo.hf.vit_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    if dim // n_head == 0: ValueError (the factory rejects it)
    if dim == 1: 33 * batch * seq_len
    otherwise: 30 * batch * dim * seq_len + 3 * batch * (dim // n_head) * n_head * seq_len

    Per submodule:
        if dim == 1:
            block.attention.k_proj (Linear): 2 * batch * seq_len
            block.attention.o_proj (Linear): batch * seq_len
            block.attention.q_proj (Linear): 2 * batch * seq_len
            block.attention.v_proj (Linear): batch * seq_len
            block.layernorm_after (LayerNorm): 9 * batch * seq_len
            block.layernorm_before (LayerNorm): 9 * batch * seq_len
            block.mlp.activation_fn (GELUActivation): 4 * batch * seq_len
            block.mlp.fc1 (Linear): 4 * batch * seq_len
            block.mlp.fc2 (Linear): batch * seq_len
        otherwise:
            block.attention.k_proj (Linear): batch * dim * seq_len + batch * (dim // n_head) *
                n_head * seq_len
            block.attention.o_proj (Linear): batch * dim * seq_len
            block.attention.q_proj (Linear): batch * dim * seq_len + batch * (dim // n_head) *
                n_head * seq_len
            block.attention.v_proj (Linear): batch * (dim // n_head) * n_head * seq_len
            block.layernorm_after (LayerNorm): 9 * batch * dim * seq_len
            block.layernorm_before (LayerNorm): 9 * batch * dim * seq_len
            block.mlp.activation_fn (GELUActivation): 4 * batch * dim * seq_len
            block.mlp.fc1 (Linear): 4 * batch * dim * seq_len
            block.mlp.fc2 (Linear): batch * dim * seq_len
    """
    _check_int("transformer/vit_layer", "dim", dim, 1, 65536)
    _check_int("transformer/vit_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/vit_layer", "batch", batch, 1, 65536)
    _check_int("transformer/vit_layer", "seq_len", seq_len, 1, 65536)
    if dim // n_head == 0:
        raise ValueError(
            f"transformer/vit_layer: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises ZeroDivisionError where dim // n_head == 0 "
            "(transformers/models/vit/modeling_vit.py, in __init__)"
        )
    if dim == 1:
        return 33 * batch * seq_len
    return 30 * batch * dim * seq_len + 3 * batch * (dim // n_head) * n_head * seq_len


def transformer_vit_layer_activation_bytes(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Activation bytes of transformer/vit_layer.

    Transformers ViTLayer (pre-norm, SDPA; MLP 4 dim, GELU); heads need not divide dim.
    Built by zoo.hf.vit_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8, 1 <= batch <= 65536,
    1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    if dim // n_head == 0: ValueError (the factory rejects it)
    if dim >= 2 and dim // n_head == 1: 48 * batch * dim * seq_len + 20 * batch * (dim // n_head) *
        n_head * seq_len + 16 * batch * seq_len
    if dim == 1: 84 * batch * seq_len
    otherwise: 48 * batch * dim * seq_len + 16 * batch * (dim // n_head) * n_head * seq_len + 4 *
        batch * n_head * seq_len + 16 * batch * seq_len

    Per submodule:
        if dim >= 2 and dim // n_head == 1:
            block.attention (ViTAttention): 20 * batch * (dim // n_head) * n_head * seq_len
            block.attention.q_proj (Linear): 4 * batch * dim * seq_len
            block.layernorm_after (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
            block.layernorm_before (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
            block.mlp.activation_fn (GELUActivation): 16 * batch * dim * seq_len
            block.mlp.fc1 (Linear): 4 * batch * dim * seq_len
            block.mlp.fc2 (Linear): 16 * batch * dim * seq_len
        if dim == 1:
            block.attention (ViTAttention): 20 * batch * seq_len
            block.attention.q_proj (Linear): 4 * batch * seq_len
            block.layernorm_after (LayerNorm): 12 * batch * seq_len
            block.layernorm_before (LayerNorm): 12 * batch * seq_len
            block.mlp.activation_fn (GELUActivation): 16 * batch * seq_len
            block.mlp.fc1 (Linear): 4 * batch * seq_len
            block.mlp.fc2 (Linear): 16 * batch * seq_len
        otherwise:
            block.attention (ViTAttention): 16 * batch * (dim // n_head) * n_head * seq_len + 4 *
                batch * n_head * seq_len
            block.attention.q_proj (Linear): 4 * batch * dim * seq_len
            block.layernorm_after (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
            block.layernorm_before (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
            block.mlp.activation_fn (GELUActivation): 16 * batch * dim * seq_len
            block.mlp.fc1 (Linear): 4 * batch * dim * seq_len
            block.mlp.fc2 (Linear): 16 * batch * dim * seq_len
    """
    _check_int("transformer/vit_layer", "dim", dim, 1, 65536)
    _check_int("transformer/vit_layer", "n_head", n_head, 1, 8)
    _check_int("transformer/vit_layer", "batch", batch, 1, 65536)
    _check_int("transformer/vit_layer", "seq_len", seq_len, 1, 65536)
    if dim // n_head == 0:
        raise ValueError(
            f"transformer/vit_layer: no module at dim={dim}, n_head={n_head}, batch={batch}, "
            f"seq_len={seq_len}; "
            "the factory raises ZeroDivisionError where dim // n_head == 0 "
            "(transformers/models/vit/modeling_vit.py, in __init__)"
        )
    if dim >= 2 and dim // n_head == 1:
        return (
            48 * batch * dim * seq_len
            + 20 * batch * (dim // n_head) * n_head * seq_len
            + 16 * batch * seq_len
        )
    if dim == 1:
        return 84 * batch * seq_len
    return (
        48 * batch * dim * seq_len
        + 16 * batch * (dim // n_head) * n_head * seq_len
        + 4 * batch * n_head * seq_len
        + 16 * batch * seq_len
    )


def transformer_vit_mlp_params(dim: int, *, mlp_ratio: int = 4) -> int:
    """Parameters of transformer/vit_mlp.

    ViT MLP: x + Linear . GELU . Linear (mlp_ratio * dim hidden) of LayerNorm(x).
    Built by zoo.classic.vit_mlp(); exact for 1 <= dim <= 65536, 1 <= mlp_ratio <= 8.

    everywhere: 2 * dim**2 * mlp_ratio + dim * mlp_ratio + 3 * dim

    Per submodule:
        norm (LayerNorm): 2 * dim
        fc1 (Linear): dim**2 * mlp_ratio + dim * mlp_ratio
        fc2 (Linear): dim**2 * mlp_ratio + dim
    """
    _check_int("transformer/vit_mlp", "dim", dim, 1, 65536)
    _check_int("transformer/vit_mlp", "mlp_ratio", mlp_ratio, 1, 8)
    return 2 * dim**2 * mlp_ratio + dim * mlp_ratio + 3 * dim


def transformer_vit_mlp_buffers(dim: int, *, mlp_ratio: int = 4) -> int:
    """Buffer elements of transformer/vit_mlp.

    ViT MLP: x + Linear . GELU . Linear (mlp_ratio * dim hidden) of LayerNorm(x).
    Built by zoo.classic.vit_mlp(); exact for 1 <= dim <= 65536, 1 <= mlp_ratio <= 8.

    everywhere: 0
    """
    _check_int("transformer/vit_mlp", "dim", dim, 1, 65536)
    _check_int("transformer/vit_mlp", "mlp_ratio", mlp_ratio, 1, 8)
    return 0


def transformer_vit_mlp_training_state_bytes(
    dim: int, *, optimizer: str = "adam", mlp_ratio: int = 4
) -> int:
    """Training state bytes of transformer/vit_mlp.

    ViT MLP: x + Linear . GELU . Linear (mlp_ratio * dim hidden) of LayerNorm(x).
    Built by zoo.classic.vit_mlp(); exact for 1 <= dim <= 65536, 1 <= mlp_ratio <= 8.
    Bytes of the parameters, their gradients and the optimizer's state after a step, every trainable
    parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per parameter, Adam
    and AdamW two and a 4-byte step count per parameter tensor.

    if optimizer == 'sgd':

        everywhere: 16 * dim**2 * mlp_ratio + 8 * dim * mlp_ratio + 24 * dim

        Per submodule:
            norm (LayerNorm): 16 * dim
            fc1 (Linear): 8 * dim**2 * mlp_ratio + 8 * dim * mlp_ratio
            fc2 (Linear): 8 * dim**2 * mlp_ratio + 8 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 24 * dim**2 * mlp_ratio + 12 * dim * mlp_ratio + 36 * dim

        Per submodule:
            norm (LayerNorm): 24 * dim
            fc1 (Linear): 12 * dim**2 * mlp_ratio + 12 * dim * mlp_ratio
            fc2 (Linear): 12 * dim**2 * mlp_ratio + 12 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 32 * dim**2 * mlp_ratio + 16 * dim * mlp_ratio + 48 * dim + 24

        Per submodule:
            norm (LayerNorm): 32 * dim + 8
            fc1 (Linear): 16 * dim**2 * mlp_ratio + 16 * dim * mlp_ratio + 8
            fc2 (Linear): 16 * dim**2 * mlp_ratio + 16 * dim + 8
    """
    _check_int("transformer/vit_mlp", "dim", dim, 1, 65536)
    _check_int("transformer/vit_mlp", "mlp_ratio", mlp_ratio, 1, 8)
    _check_choice(
        "transformer/vit_mlp", "optimizer", optimizer, ("sgd", "sgd_momentum", "adam", "adamw")
    )
    if optimizer == "sgd":
        return 16 * dim**2 * mlp_ratio + 8 * dim * mlp_ratio + 24 * dim
    if optimizer == "sgd_momentum":
        return 24 * dim**2 * mlp_ratio + 12 * dim * mlp_ratio + 36 * dim
    return 32 * dim**2 * mlp_ratio + 16 * dim * mlp_ratio + 48 * dim + 24


def transformer_vit_mlp_forward_flops(
    dim: int, *, batch: int, seq_len: int, mlp_ratio: int = 4
) -> int:
    """Forward FLOPs of transformer/vit_mlp.

    ViT MLP: x + Linear . GELU . Linear (mlp_ratio * dim hidden) of LayerNorm(x).
    Built by zoo.classic.vit_mlp(); exact for 1 <= dim <= 65536, 1 <= mlp_ratio <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a multiply-add is 2; matmul,
    convolution, attention), for module(x) in training mode.

    everywhere: 4 * batch * dim**2 * mlp_ratio * seq_len

    Per submodule:
        fc1 (Linear): 2 * batch * dim**2 * mlp_ratio * seq_len
        fc2 (Linear): 2 * batch * dim**2 * mlp_ratio * seq_len
    """
    _check_int("transformer/vit_mlp", "dim", dim, 1, 65536)
    _check_int("transformer/vit_mlp", "mlp_ratio", mlp_ratio, 1, 8)
    _check_int("transformer/vit_mlp", "batch", batch, 1, 65536)
    _check_int("transformer/vit_mlp", "seq_len", seq_len, 1, 65536)
    return 4 * batch * dim**2 * mlp_ratio * seq_len


def transformer_vit_mlp_backward_flops(
    dim: int, *, batch: int, seq_len: int, mlp_ratio: int = 4
) -> int:
    """Backward FLOPs of transformer/vit_mlp.

    ViT MLP: x + Linear . GELU . Linear (mlp_ratio * dim hidden) of LayerNorm(x).
    Built by zoo.classic.vit_mlp(); exact for 1 <= dim <= 65536, 1 <= mlp_ratio <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the backward pass of one
    training step (loss = output.sum(); gradients for the input and every parameter; recomputation
    included).

    everywhere: 8 * batch * dim**2 * mlp_ratio * seq_len

    Per submodule:
        fc1 (Linear): 4 * batch * dim**2 * mlp_ratio * seq_len
        fc2 (Linear): 4 * batch * dim**2 * mlp_ratio * seq_len
    """
    _check_int("transformer/vit_mlp", "dim", dim, 1, 65536)
    _check_int("transformer/vit_mlp", "mlp_ratio", mlp_ratio, 1, 8)
    _check_int("transformer/vit_mlp", "batch", batch, 1, 65536)
    _check_int("transformer/vit_mlp", "seq_len", seq_len, 1, 65536)
    return 8 * batch * dim**2 * mlp_ratio * seq_len


def transformer_vit_mlp_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, mlp_ratio: int = 4
) -> int:
    """Forward elementwise operations of transformer/vit_mlp.

    ViT MLP: x + Linear . GELU . Linear (mlp_ratio * dim hidden) of LayerNorm(x).
    Built by zoo.classic.vit_mlp(); exact for 1 <= dim <= 65536, 1 <= mlp_ratio <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count (activations, norms, residual adds,
    reductions), by the rules of codegen/flops.py, for module(x).

    everywhere: batch * dim * mlp_ratio * seq_len + 6 * batch * dim * seq_len

    Per submodule:
        self (VitMlp): batch * dim * seq_len
        act (GELU): batch * dim * mlp_ratio * seq_len
        norm (LayerNorm): 5 * batch * dim * seq_len
    """
    _check_int("transformer/vit_mlp", "dim", dim, 1, 65536)
    _check_int("transformer/vit_mlp", "mlp_ratio", mlp_ratio, 1, 8)
    _check_int("transformer/vit_mlp", "batch", batch, 1, 65536)
    _check_int("transformer/vit_mlp", "seq_len", seq_len, 1, 65536)
    return batch * dim * mlp_ratio * seq_len + 6 * batch * dim * seq_len


def transformer_vit_mlp_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, mlp_ratio: int = 4
) -> int:
    """Backward elementwise operations of transformer/vit_mlp.

    ViT MLP: x + Linear . GELU . Linear (mlp_ratio * dim hidden) of LayerNorm(x).
    Built by zoo.classic.vit_mlp(); exact for 1 <= dim <= 65536, 1 <= mlp_ratio <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Elementwise operations FlopCounterMode does not count, by the rules of codegen/flops.py, for the
    backward pass (loss = output.sum(), not counted).

    everywhere: 2 * batch * dim * mlp_ratio * seq_len + 10 * batch * dim * seq_len

    Per submodule:
        act (GELU): batch * dim * mlp_ratio * seq_len
        fc1 (Linear): batch * dim * mlp_ratio * seq_len
        fc2 (Linear): batch * dim * seq_len
        norm (LayerNorm): 9 * batch * dim * seq_len
    """
    _check_int("transformer/vit_mlp", "dim", dim, 1, 65536)
    _check_int("transformer/vit_mlp", "mlp_ratio", mlp_ratio, 1, 8)
    _check_int("transformer/vit_mlp", "batch", batch, 1, 65536)
    _check_int("transformer/vit_mlp", "seq_len", seq_len, 1, 65536)
    return 2 * batch * dim * mlp_ratio * seq_len + 10 * batch * dim * seq_len


def transformer_vit_mlp_activation_bytes(
    dim: int, *, batch: int, seq_len: int, mlp_ratio: int = 4
) -> int:
    """Activation bytes of transformer/vit_mlp.

    ViT MLP: x + Linear . GELU . Linear (mlp_ratio * dim hidden) of LayerNorm(x).
    Built by zoo.classic.vit_mlp(); exact for 1 <= dim <= 65536, 1 <= mlp_ratio <= 8,
    1 <= batch <= 65536, 1 <= seq_len <= 65536.
    Bytes of the tensors autograd saves for the backward pass during module(x) in training mode:
    each storage once, at its size and dtype; the module's parameters and buffers not included, the
    input where it is saved; under activation checkpointing, what checkpointing keeps.

    everywhere: 8 * batch * dim * mlp_ratio * seq_len + 8 * batch * dim * seq_len + 8 * batch *
        seq_len

    Per submodule:
        act (GELU): 4 * batch * dim * mlp_ratio * seq_len
        fc1 (Linear): 4 * batch * dim * seq_len
        fc2 (Linear): 4 * batch * dim * mlp_ratio * seq_len
        norm (LayerNorm): 4 * batch * dim * seq_len + 8 * batch * seq_len
    """
    _check_int("transformer/vit_mlp", "dim", dim, 1, 65536)
    _check_int("transformer/vit_mlp", "mlp_ratio", mlp_ratio, 1, 8)
    _check_int("transformer/vit_mlp", "batch", batch, 1, 65536)
    _check_int("transformer/vit_mlp", "seq_len", seq_len, 1, 65536)
    return 8 * batch * dim * mlp_ratio * seq_len + 8 * batch * dim * seq_len + 8 * batch * seq_len


_PARAMS: dict[tuple[str, str], Callable[..., int]] = {
    ("cnn", "batchnorm_residual"): cnn_batchnorm_residual_params,
    ("cnn", "classifier_head"): cnn_classifier_head_params,
    ("cnn", "conv2d_dilated"): cnn_conv2d_dilated_params,
    ("cnn", "conv2d_grouped"): cnn_conv2d_grouped_params,
    ("cnn", "conv2d_strided"): cnn_conv2d_strided_params,
    ("cnn", "conv_transpose2d_avgpool"): cnn_conv_transpose2d_avgpool_params,
    ("cnn", "conv_transpose2d_grouped"): cnn_conv_transpose2d_grouped_params,
    ("cnn", "convnext_block"): cnn_convnext_block_params,
    ("cnn", "groupnorm_silu"): cnn_groupnorm_silu_params,
    ("cnn", "instancenorm_prelu"): cnn_instancenorm_prelu_params,
    ("cnn", "mobilenetv2_inverted_residual"): cnn_mobilenetv2_inverted_residual_params,
    ("cnn", "pooling"): cnn_pooling_params,
    ("cnn", "resnet_basic"): cnn_resnet_basic_params,
    ("cnn", "resnet_bottleneck"): cnn_resnet_bottleneck_params,
    ("cnn", "upsample_bilinear"): cnn_upsample_bilinear_params,
    ("cnn", "upsample_nearest"): cnn_upsample_nearest_params,
    ("cnn1d", "conv1d_dilated_strided"): cnn1d_conv1d_dilated_strided_params,
    ("cnn1d", "conv1d_grouped"): cnn1d_conv1d_grouped_params,
    ("cnn1d", "conv_transpose1d"): cnn1d_conv_transpose1d_params,
    ("cnn1d", "pool1d"): cnn1d_pool1d_params,
    ("cnn3d", "conv3d_depthwise_strided"): cnn3d_conv3d_depthwise_strided_params,
    ("cnn3d", "conv3d_grouped_dilated"): cnn3d_conv3d_grouped_dilated_params,
    ("cnn3d", "conv_transpose3d"): cnn3d_conv_transpose3d_params,
    ("cnn3d", "pool_upsample3d"): cnn3d_pool_upsample3d_params,
    ("transformer", "activation_mlp"): transformer_activation_mlp_params,
    ("transformer", "bilinear"): transformer_bilinear_params,
    ("transformer", "decoder_layer"): transformer_decoder_layer_params,
    ("transformer", "encoder_layer"): transformer_encoder_layer_params,
    ("transformer", "glu"): transformer_glu_params,
    ("transformer", "gpt2_block"): transformer_gpt2_block_params,
    ("transformer", "gpt_layer"): transformer_gpt_layer_params,
    ("transformer", "gru_bidirectional"): transformer_gru_bidirectional_params,
    ("transformer", "layernorm"): transformer_layernorm_params,
    ("transformer", "linear"): transformer_linear_params,
    ("transformer", "llama_decoder_layer"): transformer_llama_decoder_layer_params,
    ("transformer", "lstm"): transformer_lstm_params,
    ("transformer", "mha"): transformer_mha_params,
    ("transformer", "mha_kdim"): transformer_mha_kdim_params,
    ("transformer", "mha_no_bias"): transformer_mha_no_bias_params,
    ("transformer", "rmsnorm"): transformer_rmsnorm_params,
    ("transformer", "vit_attention"): transformer_vit_attention_params,
    ("transformer", "vit_layer"): transformer_vit_layer_params,
    ("transformer", "vit_mlp"): transformer_vit_mlp_params,
}

_BUFFERS: dict[tuple[str, str], Callable[..., int]] = {
    ("cnn", "batchnorm_residual"): cnn_batchnorm_residual_buffers,
    ("cnn", "classifier_head"): cnn_classifier_head_buffers,
    ("cnn", "conv2d_dilated"): cnn_conv2d_dilated_buffers,
    ("cnn", "conv2d_grouped"): cnn_conv2d_grouped_buffers,
    ("cnn", "conv2d_strided"): cnn_conv2d_strided_buffers,
    ("cnn", "conv_transpose2d_avgpool"): cnn_conv_transpose2d_avgpool_buffers,
    ("cnn", "conv_transpose2d_grouped"): cnn_conv_transpose2d_grouped_buffers,
    ("cnn", "convnext_block"): cnn_convnext_block_buffers,
    ("cnn", "groupnorm_silu"): cnn_groupnorm_silu_buffers,
    ("cnn", "instancenorm_prelu"): cnn_instancenorm_prelu_buffers,
    ("cnn", "mobilenetv2_inverted_residual"): cnn_mobilenetv2_inverted_residual_buffers,
    ("cnn", "pooling"): cnn_pooling_buffers,
    ("cnn", "resnet_basic"): cnn_resnet_basic_buffers,
    ("cnn", "resnet_bottleneck"): cnn_resnet_bottleneck_buffers,
    ("cnn", "upsample_bilinear"): cnn_upsample_bilinear_buffers,
    ("cnn", "upsample_nearest"): cnn_upsample_nearest_buffers,
    ("cnn1d", "conv1d_dilated_strided"): cnn1d_conv1d_dilated_strided_buffers,
    ("cnn1d", "conv1d_grouped"): cnn1d_conv1d_grouped_buffers,
    ("cnn1d", "conv_transpose1d"): cnn1d_conv_transpose1d_buffers,
    ("cnn1d", "pool1d"): cnn1d_pool1d_buffers,
    ("cnn3d", "conv3d_depthwise_strided"): cnn3d_conv3d_depthwise_strided_buffers,
    ("cnn3d", "conv3d_grouped_dilated"): cnn3d_conv3d_grouped_dilated_buffers,
    ("cnn3d", "conv_transpose3d"): cnn3d_conv_transpose3d_buffers,
    ("cnn3d", "pool_upsample3d"): cnn3d_pool_upsample3d_buffers,
    ("transformer", "activation_mlp"): transformer_activation_mlp_buffers,
    ("transformer", "bilinear"): transformer_bilinear_buffers,
    ("transformer", "decoder_layer"): transformer_decoder_layer_buffers,
    ("transformer", "encoder_layer"): transformer_encoder_layer_buffers,
    ("transformer", "glu"): transformer_glu_buffers,
    ("transformer", "gpt2_block"): transformer_gpt2_block_buffers,
    ("transformer", "gpt_layer"): transformer_gpt_layer_buffers,
    ("transformer", "gru_bidirectional"): transformer_gru_bidirectional_buffers,
    ("transformer", "layernorm"): transformer_layernorm_buffers,
    ("transformer", "linear"): transformer_linear_buffers,
    ("transformer", "llama_decoder_layer"): transformer_llama_decoder_layer_buffers,
    ("transformer", "lstm"): transformer_lstm_buffers,
    ("transformer", "mha"): transformer_mha_buffers,
    ("transformer", "mha_kdim"): transformer_mha_kdim_buffers,
    ("transformer", "mha_no_bias"): transformer_mha_no_bias_buffers,
    ("transformer", "rmsnorm"): transformer_rmsnorm_buffers,
    ("transformer", "vit_attention"): transformer_vit_attention_buffers,
    ("transformer", "vit_layer"): transformer_vit_layer_buffers,
    ("transformer", "vit_mlp"): transformer_vit_mlp_buffers,
}

_TRAINING_STATE_BYTES: dict[tuple[str, str], Callable[..., int]] = {
    ("cnn", "batchnorm_residual"): cnn_batchnorm_residual_training_state_bytes,
    ("cnn", "classifier_head"): cnn_classifier_head_training_state_bytes,
    ("cnn", "conv2d_dilated"): cnn_conv2d_dilated_training_state_bytes,
    ("cnn", "conv2d_grouped"): cnn_conv2d_grouped_training_state_bytes,
    ("cnn", "conv2d_strided"): cnn_conv2d_strided_training_state_bytes,
    ("cnn", "conv_transpose2d_avgpool"): cnn_conv_transpose2d_avgpool_training_state_bytes,
    ("cnn", "conv_transpose2d_grouped"): cnn_conv_transpose2d_grouped_training_state_bytes,
    ("cnn", "convnext_block"): cnn_convnext_block_training_state_bytes,
    ("cnn", "groupnorm_silu"): cnn_groupnorm_silu_training_state_bytes,
    ("cnn", "instancenorm_prelu"): cnn_instancenorm_prelu_training_state_bytes,
    (
        "cnn",
        "mobilenetv2_inverted_residual",
    ): cnn_mobilenetv2_inverted_residual_training_state_bytes,
    ("cnn", "pooling"): cnn_pooling_training_state_bytes,
    ("cnn", "resnet_basic"): cnn_resnet_basic_training_state_bytes,
    ("cnn", "resnet_bottleneck"): cnn_resnet_bottleneck_training_state_bytes,
    ("cnn", "upsample_bilinear"): cnn_upsample_bilinear_training_state_bytes,
    ("cnn", "upsample_nearest"): cnn_upsample_nearest_training_state_bytes,
    ("cnn1d", "conv1d_dilated_strided"): cnn1d_conv1d_dilated_strided_training_state_bytes,
    ("cnn1d", "conv1d_grouped"): cnn1d_conv1d_grouped_training_state_bytes,
    ("cnn1d", "conv_transpose1d"): cnn1d_conv_transpose1d_training_state_bytes,
    ("cnn1d", "pool1d"): cnn1d_pool1d_training_state_bytes,
    ("cnn3d", "conv3d_depthwise_strided"): cnn3d_conv3d_depthwise_strided_training_state_bytes,
    ("cnn3d", "conv3d_grouped_dilated"): cnn3d_conv3d_grouped_dilated_training_state_bytes,
    ("cnn3d", "conv_transpose3d"): cnn3d_conv_transpose3d_training_state_bytes,
    ("cnn3d", "pool_upsample3d"): cnn3d_pool_upsample3d_training_state_bytes,
    ("transformer", "activation_mlp"): transformer_activation_mlp_training_state_bytes,
    ("transformer", "bilinear"): transformer_bilinear_training_state_bytes,
    ("transformer", "decoder_layer"): transformer_decoder_layer_training_state_bytes,
    ("transformer", "encoder_layer"): transformer_encoder_layer_training_state_bytes,
    ("transformer", "glu"): transformer_glu_training_state_bytes,
    ("transformer", "gpt2_block"): transformer_gpt2_block_training_state_bytes,
    ("transformer", "gpt_layer"): transformer_gpt_layer_training_state_bytes,
    ("transformer", "gru_bidirectional"): transformer_gru_bidirectional_training_state_bytes,
    ("transformer", "layernorm"): transformer_layernorm_training_state_bytes,
    ("transformer", "linear"): transformer_linear_training_state_bytes,
    ("transformer", "llama_decoder_layer"): transformer_llama_decoder_layer_training_state_bytes,
    ("transformer", "lstm"): transformer_lstm_training_state_bytes,
    ("transformer", "mha"): transformer_mha_training_state_bytes,
    ("transformer", "mha_kdim"): transformer_mha_kdim_training_state_bytes,
    ("transformer", "mha_no_bias"): transformer_mha_no_bias_training_state_bytes,
    ("transformer", "rmsnorm"): transformer_rmsnorm_training_state_bytes,
    ("transformer", "vit_attention"): transformer_vit_attention_training_state_bytes,
    ("transformer", "vit_layer"): transformer_vit_layer_training_state_bytes,
    ("transformer", "vit_mlp"): transformer_vit_mlp_training_state_bytes,
}

_FORWARD_FLOPS: dict[tuple[str, str], Callable[..., int]] = {
    ("cnn", "batchnorm_residual"): cnn_batchnorm_residual_forward_flops,
    ("cnn", "classifier_head"): cnn_classifier_head_forward_flops,
    ("cnn", "conv2d_dilated"): cnn_conv2d_dilated_forward_flops,
    ("cnn", "conv2d_grouped"): cnn_conv2d_grouped_forward_flops,
    ("cnn", "conv2d_strided"): cnn_conv2d_strided_forward_flops,
    ("cnn", "conv_transpose2d_avgpool"): cnn_conv_transpose2d_avgpool_forward_flops,
    ("cnn", "conv_transpose2d_grouped"): cnn_conv_transpose2d_grouped_forward_flops,
    ("cnn", "convnext_block"): cnn_convnext_block_forward_flops,
    ("cnn", "groupnorm_silu"): cnn_groupnorm_silu_forward_flops,
    ("cnn", "instancenorm_prelu"): cnn_instancenorm_prelu_forward_flops,
    ("cnn", "mobilenetv2_inverted_residual"): cnn_mobilenetv2_inverted_residual_forward_flops,
    ("cnn", "pooling"): cnn_pooling_forward_flops,
    ("cnn", "resnet_basic"): cnn_resnet_basic_forward_flops,
    ("cnn", "resnet_bottleneck"): cnn_resnet_bottleneck_forward_flops,
    ("cnn", "upsample_bilinear"): cnn_upsample_bilinear_forward_flops,
    ("cnn", "upsample_nearest"): cnn_upsample_nearest_forward_flops,
    ("cnn1d", "conv1d_dilated_strided"): cnn1d_conv1d_dilated_strided_forward_flops,
    ("cnn1d", "conv1d_grouped"): cnn1d_conv1d_grouped_forward_flops,
    ("cnn1d", "conv_transpose1d"): cnn1d_conv_transpose1d_forward_flops,
    ("cnn1d", "pool1d"): cnn1d_pool1d_forward_flops,
    ("cnn3d", "conv3d_depthwise_strided"): cnn3d_conv3d_depthwise_strided_forward_flops,
    ("cnn3d", "conv3d_grouped_dilated"): cnn3d_conv3d_grouped_dilated_forward_flops,
    ("cnn3d", "conv_transpose3d"): cnn3d_conv_transpose3d_forward_flops,
    ("cnn3d", "pool_upsample3d"): cnn3d_pool_upsample3d_forward_flops,
    ("transformer", "activation_mlp"): transformer_activation_mlp_forward_flops,
    ("transformer", "bilinear"): transformer_bilinear_forward_flops,
    ("transformer", "decoder_layer"): transformer_decoder_layer_forward_flops,
    ("transformer", "encoder_layer"): transformer_encoder_layer_forward_flops,
    ("transformer", "glu"): transformer_glu_forward_flops,
    ("transformer", "gpt2_block"): transformer_gpt2_block_forward_flops,
    ("transformer", "gpt_layer"): transformer_gpt_layer_forward_flops,
    ("transformer", "gru_bidirectional"): transformer_gru_bidirectional_forward_flops,
    ("transformer", "layernorm"): transformer_layernorm_forward_flops,
    ("transformer", "linear"): transformer_linear_forward_flops,
    ("transformer", "llama_decoder_layer"): transformer_llama_decoder_layer_forward_flops,
    ("transformer", "lstm"): transformer_lstm_forward_flops,
    ("transformer", "mha"): transformer_mha_forward_flops,
    ("transformer", "mha_kdim"): transformer_mha_kdim_forward_flops,
    ("transformer", "mha_no_bias"): transformer_mha_no_bias_forward_flops,
    ("transformer", "rmsnorm"): transformer_rmsnorm_forward_flops,
    ("transformer", "vit_attention"): transformer_vit_attention_forward_flops,
    ("transformer", "vit_layer"): transformer_vit_layer_forward_flops,
    ("transformer", "vit_mlp"): transformer_vit_mlp_forward_flops,
}

_BACKWARD_FLOPS: dict[tuple[str, str], Callable[..., int]] = {
    ("cnn", "batchnorm_residual"): cnn_batchnorm_residual_backward_flops,
    ("cnn", "classifier_head"): cnn_classifier_head_backward_flops,
    ("cnn", "conv2d_dilated"): cnn_conv2d_dilated_backward_flops,
    ("cnn", "conv2d_grouped"): cnn_conv2d_grouped_backward_flops,
    ("cnn", "conv2d_strided"): cnn_conv2d_strided_backward_flops,
    ("cnn", "conv_transpose2d_avgpool"): cnn_conv_transpose2d_avgpool_backward_flops,
    ("cnn", "conv_transpose2d_grouped"): cnn_conv_transpose2d_grouped_backward_flops,
    ("cnn", "convnext_block"): cnn_convnext_block_backward_flops,
    ("cnn", "groupnorm_silu"): cnn_groupnorm_silu_backward_flops,
    ("cnn", "instancenorm_prelu"): cnn_instancenorm_prelu_backward_flops,
    ("cnn", "mobilenetv2_inverted_residual"): cnn_mobilenetv2_inverted_residual_backward_flops,
    ("cnn", "pooling"): cnn_pooling_backward_flops,
    ("cnn", "resnet_basic"): cnn_resnet_basic_backward_flops,
    ("cnn", "resnet_bottleneck"): cnn_resnet_bottleneck_backward_flops,
    ("cnn", "upsample_bilinear"): cnn_upsample_bilinear_backward_flops,
    ("cnn", "upsample_nearest"): cnn_upsample_nearest_backward_flops,
    ("cnn1d", "conv1d_dilated_strided"): cnn1d_conv1d_dilated_strided_backward_flops,
    ("cnn1d", "conv1d_grouped"): cnn1d_conv1d_grouped_backward_flops,
    ("cnn1d", "conv_transpose1d"): cnn1d_conv_transpose1d_backward_flops,
    ("cnn1d", "pool1d"): cnn1d_pool1d_backward_flops,
    ("cnn3d", "conv3d_depthwise_strided"): cnn3d_conv3d_depthwise_strided_backward_flops,
    ("cnn3d", "conv3d_grouped_dilated"): cnn3d_conv3d_grouped_dilated_backward_flops,
    ("cnn3d", "conv_transpose3d"): cnn3d_conv_transpose3d_backward_flops,
    ("cnn3d", "pool_upsample3d"): cnn3d_pool_upsample3d_backward_flops,
    ("transformer", "activation_mlp"): transformer_activation_mlp_backward_flops,
    ("transformer", "bilinear"): transformer_bilinear_backward_flops,
    ("transformer", "decoder_layer"): transformer_decoder_layer_backward_flops,
    ("transformer", "encoder_layer"): transformer_encoder_layer_backward_flops,
    ("transformer", "glu"): transformer_glu_backward_flops,
    ("transformer", "gpt2_block"): transformer_gpt2_block_backward_flops,
    ("transformer", "gpt_layer"): transformer_gpt_layer_backward_flops,
    ("transformer", "gru_bidirectional"): transformer_gru_bidirectional_backward_flops,
    ("transformer", "layernorm"): transformer_layernorm_backward_flops,
    ("transformer", "linear"): transformer_linear_backward_flops,
    ("transformer", "llama_decoder_layer"): transformer_llama_decoder_layer_backward_flops,
    ("transformer", "lstm"): transformer_lstm_backward_flops,
    ("transformer", "mha"): transformer_mha_backward_flops,
    ("transformer", "mha_kdim"): transformer_mha_kdim_backward_flops,
    ("transformer", "mha_no_bias"): transformer_mha_no_bias_backward_flops,
    ("transformer", "rmsnorm"): transformer_rmsnorm_backward_flops,
    ("transformer", "vit_attention"): transformer_vit_attention_backward_flops,
    ("transformer", "vit_layer"): transformer_vit_layer_backward_flops,
    ("transformer", "vit_mlp"): transformer_vit_mlp_backward_flops,
}

_ELEMENTWISE_FLOPS: dict[tuple[str, str], Callable[..., int]] = {
    ("cnn", "batchnorm_residual"): cnn_batchnorm_residual_elementwise_flops,
    ("cnn", "classifier_head"): cnn_classifier_head_elementwise_flops,
    ("cnn", "conv2d_dilated"): cnn_conv2d_dilated_elementwise_flops,
    ("cnn", "conv2d_grouped"): cnn_conv2d_grouped_elementwise_flops,
    ("cnn", "conv2d_strided"): cnn_conv2d_strided_elementwise_flops,
    ("cnn", "conv_transpose2d_avgpool"): cnn_conv_transpose2d_avgpool_elementwise_flops,
    ("cnn", "conv_transpose2d_grouped"): cnn_conv_transpose2d_grouped_elementwise_flops,
    ("cnn", "convnext_block"): cnn_convnext_block_elementwise_flops,
    ("cnn", "groupnorm_silu"): cnn_groupnorm_silu_elementwise_flops,
    ("cnn", "instancenorm_prelu"): cnn_instancenorm_prelu_elementwise_flops,
    ("cnn", "mobilenetv2_inverted_residual"): cnn_mobilenetv2_inverted_residual_elementwise_flops,
    ("cnn", "pooling"): cnn_pooling_elementwise_flops,
    ("cnn", "resnet_basic"): cnn_resnet_basic_elementwise_flops,
    ("cnn", "resnet_bottleneck"): cnn_resnet_bottleneck_elementwise_flops,
    ("cnn", "upsample_bilinear"): cnn_upsample_bilinear_elementwise_flops,
    ("cnn", "upsample_nearest"): cnn_upsample_nearest_elementwise_flops,
    ("cnn1d", "conv1d_dilated_strided"): cnn1d_conv1d_dilated_strided_elementwise_flops,
    ("cnn1d", "conv1d_grouped"): cnn1d_conv1d_grouped_elementwise_flops,
    ("cnn1d", "conv_transpose1d"): cnn1d_conv_transpose1d_elementwise_flops,
    ("cnn1d", "pool1d"): cnn1d_pool1d_elementwise_flops,
    ("cnn3d", "conv3d_depthwise_strided"): cnn3d_conv3d_depthwise_strided_elementwise_flops,
    ("cnn3d", "conv3d_grouped_dilated"): cnn3d_conv3d_grouped_dilated_elementwise_flops,
    ("cnn3d", "conv_transpose3d"): cnn3d_conv_transpose3d_elementwise_flops,
    ("cnn3d", "pool_upsample3d"): cnn3d_pool_upsample3d_elementwise_flops,
    ("transformer", "activation_mlp"): transformer_activation_mlp_elementwise_flops,
    ("transformer", "bilinear"): transformer_bilinear_elementwise_flops,
    ("transformer", "decoder_layer"): transformer_decoder_layer_elementwise_flops,
    ("transformer", "encoder_layer"): transformer_encoder_layer_elementwise_flops,
    ("transformer", "glu"): transformer_glu_elementwise_flops,
    ("transformer", "gpt2_block"): transformer_gpt2_block_elementwise_flops,
    ("transformer", "gpt_layer"): transformer_gpt_layer_elementwise_flops,
    ("transformer", "gru_bidirectional"): transformer_gru_bidirectional_elementwise_flops,
    ("transformer", "layernorm"): transformer_layernorm_elementwise_flops,
    ("transformer", "linear"): transformer_linear_elementwise_flops,
    ("transformer", "llama_decoder_layer"): transformer_llama_decoder_layer_elementwise_flops,
    ("transformer", "lstm"): transformer_lstm_elementwise_flops,
    ("transformer", "mha"): transformer_mha_elementwise_flops,
    ("transformer", "mha_kdim"): transformer_mha_kdim_elementwise_flops,
    ("transformer", "mha_no_bias"): transformer_mha_no_bias_elementwise_flops,
    ("transformer", "rmsnorm"): transformer_rmsnorm_elementwise_flops,
    ("transformer", "vit_attention"): transformer_vit_attention_elementwise_flops,
    ("transformer", "vit_layer"): transformer_vit_layer_elementwise_flops,
    ("transformer", "vit_mlp"): transformer_vit_mlp_elementwise_flops,
}

_BACKWARD_ELEMENTWISE_FLOPS: dict[tuple[str, str], Callable[..., int]] = {
    ("cnn", "batchnorm_residual"): cnn_batchnorm_residual_backward_elementwise_flops,
    ("cnn", "classifier_head"): cnn_classifier_head_backward_elementwise_flops,
    ("cnn", "conv2d_dilated"): cnn_conv2d_dilated_backward_elementwise_flops,
    ("cnn", "conv2d_grouped"): cnn_conv2d_grouped_backward_elementwise_flops,
    ("cnn", "conv2d_strided"): cnn_conv2d_strided_backward_elementwise_flops,
    ("cnn", "conv_transpose2d_avgpool"): cnn_conv_transpose2d_avgpool_backward_elementwise_flops,
    ("cnn", "conv_transpose2d_grouped"): cnn_conv_transpose2d_grouped_backward_elementwise_flops,
    ("cnn", "convnext_block"): cnn_convnext_block_backward_elementwise_flops,
    ("cnn", "groupnorm_silu"): cnn_groupnorm_silu_backward_elementwise_flops,
    ("cnn", "instancenorm_prelu"): cnn_instancenorm_prelu_backward_elementwise_flops,
    (
        "cnn",
        "mobilenetv2_inverted_residual",
    ): cnn_mobilenetv2_inverted_residual_backward_elementwise_flops,
    ("cnn", "pooling"): cnn_pooling_backward_elementwise_flops,
    ("cnn", "resnet_basic"): cnn_resnet_basic_backward_elementwise_flops,
    ("cnn", "resnet_bottleneck"): cnn_resnet_bottleneck_backward_elementwise_flops,
    ("cnn", "upsample_bilinear"): cnn_upsample_bilinear_backward_elementwise_flops,
    ("cnn", "upsample_nearest"): cnn_upsample_nearest_backward_elementwise_flops,
    ("cnn1d", "conv1d_dilated_strided"): cnn1d_conv1d_dilated_strided_backward_elementwise_flops,
    ("cnn1d", "conv1d_grouped"): cnn1d_conv1d_grouped_backward_elementwise_flops,
    ("cnn1d", "conv_transpose1d"): cnn1d_conv_transpose1d_backward_elementwise_flops,
    ("cnn1d", "pool1d"): cnn1d_pool1d_backward_elementwise_flops,
    (
        "cnn3d",
        "conv3d_depthwise_strided",
    ): cnn3d_conv3d_depthwise_strided_backward_elementwise_flops,
    ("cnn3d", "conv3d_grouped_dilated"): cnn3d_conv3d_grouped_dilated_backward_elementwise_flops,
    ("cnn3d", "conv_transpose3d"): cnn3d_conv_transpose3d_backward_elementwise_flops,
    ("cnn3d", "pool_upsample3d"): cnn3d_pool_upsample3d_backward_elementwise_flops,
    ("transformer", "activation_mlp"): transformer_activation_mlp_backward_elementwise_flops,
    ("transformer", "bilinear"): transformer_bilinear_backward_elementwise_flops,
    ("transformer", "decoder_layer"): transformer_decoder_layer_backward_elementwise_flops,
    ("transformer", "encoder_layer"): transformer_encoder_layer_backward_elementwise_flops,
    ("transformer", "glu"): transformer_glu_backward_elementwise_flops,
    ("transformer", "gpt2_block"): transformer_gpt2_block_backward_elementwise_flops,
    ("transformer", "gpt_layer"): transformer_gpt_layer_backward_elementwise_flops,
    ("transformer", "gru_bidirectional"): transformer_gru_bidirectional_backward_elementwise_flops,
    ("transformer", "layernorm"): transformer_layernorm_backward_elementwise_flops,
    ("transformer", "linear"): transformer_linear_backward_elementwise_flops,
    (
        "transformer",
        "llama_decoder_layer",
    ): transformer_llama_decoder_layer_backward_elementwise_flops,
    ("transformer", "lstm"): transformer_lstm_backward_elementwise_flops,
    ("transformer", "mha"): transformer_mha_backward_elementwise_flops,
    ("transformer", "mha_kdim"): transformer_mha_kdim_backward_elementwise_flops,
    ("transformer", "mha_no_bias"): transformer_mha_no_bias_backward_elementwise_flops,
    ("transformer", "rmsnorm"): transformer_rmsnorm_backward_elementwise_flops,
    ("transformer", "vit_attention"): transformer_vit_attention_backward_elementwise_flops,
    ("transformer", "vit_layer"): transformer_vit_layer_backward_elementwise_flops,
    ("transformer", "vit_mlp"): transformer_vit_mlp_backward_elementwise_flops,
}

_ACTIVATION_BYTES: dict[tuple[str, str], Callable[..., int]] = {
    ("cnn", "batchnorm_residual"): cnn_batchnorm_residual_activation_bytes,
    ("cnn", "classifier_head"): cnn_classifier_head_activation_bytes,
    ("cnn", "conv2d_dilated"): cnn_conv2d_dilated_activation_bytes,
    ("cnn", "conv2d_grouped"): cnn_conv2d_grouped_activation_bytes,
    ("cnn", "conv2d_strided"): cnn_conv2d_strided_activation_bytes,
    ("cnn", "conv_transpose2d_avgpool"): cnn_conv_transpose2d_avgpool_activation_bytes,
    ("cnn", "conv_transpose2d_grouped"): cnn_conv_transpose2d_grouped_activation_bytes,
    ("cnn", "convnext_block"): cnn_convnext_block_activation_bytes,
    ("cnn", "groupnorm_silu"): cnn_groupnorm_silu_activation_bytes,
    ("cnn", "instancenorm_prelu"): cnn_instancenorm_prelu_activation_bytes,
    ("cnn", "mobilenetv2_inverted_residual"): cnn_mobilenetv2_inverted_residual_activation_bytes,
    ("cnn", "pooling"): cnn_pooling_activation_bytes,
    ("cnn", "resnet_basic"): cnn_resnet_basic_activation_bytes,
    ("cnn", "resnet_bottleneck"): cnn_resnet_bottleneck_activation_bytes,
    ("cnn", "upsample_bilinear"): cnn_upsample_bilinear_activation_bytes,
    ("cnn", "upsample_nearest"): cnn_upsample_nearest_activation_bytes,
    ("cnn1d", "conv1d_dilated_strided"): cnn1d_conv1d_dilated_strided_activation_bytes,
    ("cnn1d", "conv1d_grouped"): cnn1d_conv1d_grouped_activation_bytes,
    ("cnn1d", "conv_transpose1d"): cnn1d_conv_transpose1d_activation_bytes,
    ("cnn1d", "pool1d"): cnn1d_pool1d_activation_bytes,
    ("cnn3d", "conv3d_depthwise_strided"): cnn3d_conv3d_depthwise_strided_activation_bytes,
    ("cnn3d", "conv3d_grouped_dilated"): cnn3d_conv3d_grouped_dilated_activation_bytes,
    ("cnn3d", "conv_transpose3d"): cnn3d_conv_transpose3d_activation_bytes,
    ("cnn3d", "pool_upsample3d"): cnn3d_pool_upsample3d_activation_bytes,
    ("transformer", "activation_mlp"): transformer_activation_mlp_activation_bytes,
    ("transformer", "bilinear"): transformer_bilinear_activation_bytes,
    ("transformer", "decoder_layer"): transformer_decoder_layer_activation_bytes,
    ("transformer", "encoder_layer"): transformer_encoder_layer_activation_bytes,
    ("transformer", "glu"): transformer_glu_activation_bytes,
    ("transformer", "gpt2_block"): transformer_gpt2_block_activation_bytes,
    ("transformer", "gpt_layer"): transformer_gpt_layer_activation_bytes,
    ("transformer", "gru_bidirectional"): transformer_gru_bidirectional_activation_bytes,
    ("transformer", "layernorm"): transformer_layernorm_activation_bytes,
    ("transformer", "linear"): transformer_linear_activation_bytes,
    ("transformer", "llama_decoder_layer"): transformer_llama_decoder_layer_activation_bytes,
    ("transformer", "lstm"): transformer_lstm_activation_bytes,
    ("transformer", "mha"): transformer_mha_activation_bytes,
    ("transformer", "mha_kdim"): transformer_mha_kdim_activation_bytes,
    ("transformer", "mha_no_bias"): transformer_mha_no_bias_activation_bytes,
    ("transformer", "rmsnorm"): transformer_rmsnorm_activation_bytes,
    ("transformer", "vit_attention"): transformer_vit_attention_activation_bytes,
    ("transformer", "vit_layer"): transformer_vit_layer_activation_bytes,
    ("transformer", "vit_mlp"): transformer_vit_mlp_activation_bytes,
}

_HYPER: dict[tuple[str, str], tuple[str, ...]] = {
    ("cnn", "batchnorm_residual"): (),
    ("cnn", "classifier_head"): (),
    ("cnn", "conv2d_dilated"): (),
    ("cnn", "conv2d_grouped"): ("groups",),
    ("cnn", "conv2d_strided"): (),
    ("cnn", "conv_transpose2d_avgpool"): (),
    ("cnn", "conv_transpose2d_grouped"): (),
    ("cnn", "convnext_block"): (),
    ("cnn", "groupnorm_silu"): ("groups",),
    ("cnn", "instancenorm_prelu"): (),
    ("cnn", "mobilenetv2_inverted_residual"): ("expand_ratio",),
    ("cnn", "pooling"): (),
    ("cnn", "resnet_basic"): (),
    ("cnn", "resnet_bottleneck"): (),
    ("cnn", "upsample_bilinear"): (),
    ("cnn", "upsample_nearest"): (),
    ("cnn1d", "conv1d_dilated_strided"): (),
    ("cnn1d", "conv1d_grouped"): ("groups",),
    ("cnn1d", "conv_transpose1d"): (),
    ("cnn1d", "pool1d"): (),
    ("cnn3d", "conv3d_depthwise_strided"): (),
    ("cnn3d", "conv3d_grouped_dilated"): (),
    ("cnn3d", "conv_transpose3d"): (),
    ("cnn3d", "pool_upsample3d"): (),
    ("transformer", "activation_mlp"): ("activation",),
    ("transformer", "bilinear"): (),
    ("transformer", "decoder_layer"): ("n_head", "norm_first"),
    ("transformer", "encoder_layer"): ("n_head", "norm_first"),
    ("transformer", "glu"): (),
    ("transformer", "gpt2_block"): ("n_head",),
    ("transformer", "gpt_layer"): ("n_head", "attention", "dtype"),
    ("transformer", "gru_bidirectional"): (),
    ("transformer", "layernorm"): (),
    ("transformer", "linear"): ("expansion",),
    ("transformer", "llama_decoder_layer"): ("n_head",),
    ("transformer", "lstm"): (),
    ("transformer", "mha"): ("n_head",),
    ("transformer", "mha_kdim"): ("n_head",),
    ("transformer", "mha_no_bias"): ("n_head",),
    ("transformer", "rmsnorm"): (),
    ("transformer", "vit_attention"): ("n_head",),
    ("transformer", "vit_layer"): ("n_head",),
    ("transformer", "vit_mlp"): ("mlp_ratio",),
}
_INPUTS: dict[str, tuple[str, ...]] = {
    "cnn": ("batch", "height", "width"),
    "cnn1d": ("batch", "length"),
    "cnn3d": ("batch", "depth", "height", "width"),
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

    Keywords: the input sizes of the topology (cnn: batch, height, width; cnn1d: batch, length;
    cnn3d: batch, depth, height, width; transformer: batch, seq_len) and the blueprint's
    hyperparameters.
    """
    return _dispatch_flops(_FORWARD_FLOPS, topology, name, dim, sizes_and_hyper)


def backward_flops(topology: str, name: str, dim: int, **sizes_and_hyper: object) -> int:
    """FLOPs of the backward pass of topology/name (FlopCounterMode's convention).

    Keywords: the input sizes of the topology (cnn: batch, height, width; cnn1d: batch, length;
    cnn3d: batch, depth, height, width; transformer: batch, seq_len) and the blueprint's
    hyperparameters.
    """
    return _dispatch_flops(_BACKWARD_FLOPS, topology, name, dim, sizes_and_hyper)


def elementwise_flops(topology: str, name: str, dim: int, **sizes_and_hyper: object) -> int:
    """Elementwise operations of the forward pass of topology/name (see the README's table).

    Keywords: the input sizes of the topology (cnn: batch, height, width; cnn1d: batch, length;
    cnn3d: batch, depth, height, width; transformer: batch, seq_len) and the blueprint's
    hyperparameters.
    """
    return _dispatch_flops(_ELEMENTWISE_FLOPS, topology, name, dim, sizes_and_hyper)


def backward_elementwise_flops(
    topology: str, name: str, dim: int, **sizes_and_hyper: object
) -> int:
    """Elementwise operations of the backward pass of topology/name (the README's table).

    Keywords: the input sizes of the topology (cnn: batch, height, width; cnn1d: batch, length;
    cnn3d: batch, depth, height, width; transformer: batch, seq_len) and the blueprint's
    hyperparameters.
    """
    return _dispatch_flops(_BACKWARD_ELEMENTWISE_FLOPS, topology, name, dim, sizes_and_hyper)


def activation_bytes(topology: str, name: str, dim: int, **sizes_and_hyper: object) -> int:
    """Bytes autograd saves for the backward pass during module(x) of topology/name.

    Keywords: the input sizes of the topology (cnn: batch, height, width; cnn1d: batch, length;
    cnn3d: batch, depth, height, width; transformer: batch, seq_len) and the blueprint's
    hyperparameters.
    """
    return _dispatch_flops(_ACTIVATION_BYTES, topology, name, dim, sizes_and_hyper)
