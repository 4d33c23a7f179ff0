"""cnn/mobilenetv2_inverted_residual: MobileNetV2 inverted residual (stride 1): 1x1 expand,
depthwise 3x3, 1x1 linear project

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.classic.mobilenetv2_inverted_residual(); exact for 1 <= dim <= 65536,
1 <= expand_ratio <= 6.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= height <= 65536, 1 <= width <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain cnn/mobilenetv2_inverted_residual.
"""

from __future__ import annotations

from . import again, refused

KEY = "cnn/mobilenetv2_inverted_residual"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "13612acfac1ce9ea"
HYPERPARAMETERS: tuple[str, ...] = ("expand_ratio",)
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "expand_ratio": (1, 6),
    "batch": (1, 65536),
    "height": (1, 65536),
    "width": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}
_NO_STEP = (
    "the training step raises ValueError where batch == 1 and -height * width >= -1 "
    "(zoo/common.py, in forward)"
)


def _no_step(batch: int, height: int, width: int) -> bool:
    return batch == 1 and -height * width >= -1


def cnn_mobilenetv2_inverted_residual_params(dim: int, *, expand_ratio: int = 6) -> int:
    """Parameters of cnn/mobilenetv2_inverted_residual.

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
    if not (
        type(dim) is type(expand_ratio) is int and 1 <= dim <= 65536 and 1 <= expand_ratio <= 6
    ):
        return again(cnn_mobilenetv2_inverted_residual_params, KEY, _DOMAIN, locals())
    if expand_ratio == 1:
        return dim**2 + 13 * dim
    return 2 * dim**2 * expand_ratio + 13 * dim * expand_ratio + 2 * dim


def cnn_mobilenetv2_inverted_residual_buffers(dim: int, *, expand_ratio: int = 6) -> int:
    """Buffer elements of cnn/mobilenetv2_inverted_residual.

    if expand_ratio == 1: 4 * dim + 2
    otherwise: 4 * dim * expand_ratio + 2 * dim + 3
    """
    if not (
        type(dim) is type(expand_ratio) is int and 1 <= dim <= 65536 and 1 <= expand_ratio <= 6
    ):
        return again(cnn_mobilenetv2_inverted_residual_buffers, KEY, _DOMAIN, locals())
    if expand_ratio == 1:
        return 4 * dim + 2
    return 4 * dim * expand_ratio + 2 * dim + 3


def cnn_mobilenetv2_inverted_residual_training_state_bytes(
    dim: int, *, optimizer: str = "adam", expand_ratio: int = 6
) -> int:
    """Training state bytes of cnn/mobilenetv2_inverted_residual.

    if optimizer == 'sgd':

        if expand_ratio == 1: 8 * dim**2 + 104 * dim
        otherwise: 16 * dim**2 * expand_ratio + 104 * dim * expand_ratio + 16 * dim

    if optimizer == 'sgd_momentum':

        if expand_ratio == 1: 12 * dim**2 + 156 * dim
        otherwise: 24 * dim**2 * expand_ratio + 156 * dim * expand_ratio + 24 * dim

    if optimizer in ('adam', 'adamw'):

        if expand_ratio == 1: 16 * dim**2 + 208 * dim + 24
        otherwise: 32 * dim**2 * expand_ratio + 208 * dim * expand_ratio + 32 * dim + 36
    """
    if not (
        type(dim) is type(expand_ratio) is int
        and 1 <= dim <= 65536
        and 1 <= expand_ratio <= 6
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_mobilenetv2_inverted_residual_training_state_bytes, KEY, _DOMAIN, locals())
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

    if _no_step(batch, height, width): ValueError (the training step raises)
    if expand_ratio == 1: 2 * batch * dim**2 * height * width + 18 * batch * dim * height * width
    otherwise: 4 * batch * dim**2 * expand_ratio * height * width + 18 * batch * dim * expand_ratio
        * height * width
    """
    if not (
        type(dim) is type(expand_ratio) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= expand_ratio <= 6
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_mobilenetv2_inverted_residual_forward_flops, KEY, _DOMAIN, locals())
    if _no_step(batch, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            expand_ratio=expand_ratio,
            batch=batch,
            height=height,
            width=width,
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

    if _no_step(batch, height, width): ValueError (the training step raises)
    if expand_ratio == 1: 4 * batch * dim**2 * height * width + 36 * batch * dim * height * width
    otherwise: 8 * batch * dim**2 * expand_ratio * height * width + 36 * batch * dim * expand_ratio
        * height * width
    """
    if not (
        type(dim) is type(expand_ratio) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= expand_ratio <= 6
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_mobilenetv2_inverted_residual_backward_flops, KEY, _DOMAIN, locals())
    if _no_step(batch, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            expand_ratio=expand_ratio,
            batch=batch,
            height=height,
            width=width,
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

    if _no_step(batch, height, width): ValueError (the training step raises)
    if expand_ratio == 1: 12 * batch * dim * height * width + 2
    otherwise: 12 * batch * dim * expand_ratio * height * width + 6 * batch * dim * height * width +
        3
    """
    if not (
        type(dim) is type(expand_ratio) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= expand_ratio <= 6
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_mobilenetv2_inverted_residual_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_step(batch, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            expand_ratio=expand_ratio,
            batch=batch,
            height=height,
            width=width,
        )
    if expand_ratio == 1:
        return 12 * batch * dim * height * width + 2
    return 12 * batch * dim * expand_ratio * height * width + 6 * batch * dim * height * width + 3


def cnn_mobilenetv2_inverted_residual_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int, expand_ratio: int = 6
) -> int:
    """Backward elementwise operations of cnn/mobilenetv2_inverted_residual.

    if _no_step(batch, height, width): ValueError (the training step raises)
    if expand_ratio == 1: 18 * batch * dim * height * width
    otherwise: 18 * batch * dim * expand_ratio * height * width + 9 * batch * dim * height * width
    """
    if not (
        type(dim) is type(expand_ratio) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= expand_ratio <= 6
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(
            cnn_mobilenetv2_inverted_residual_backward_elementwise_flops, KEY, _DOMAIN, locals()
        )
    if _no_step(batch, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            expand_ratio=expand_ratio,
            batch=batch,
            height=height,
            width=width,
        )
    if expand_ratio == 1:
        return 18 * batch * dim * height * width
    return 18 * batch * dim * expand_ratio * height * width + 9 * batch * dim * height * width


def cnn_mobilenetv2_inverted_residual_activation_bytes(
    dim: int, *, batch: int, height: int, width: int, expand_ratio: int = 6
) -> int:
    """Activation bytes of cnn/mobilenetv2_inverted_residual.

    if _no_step(batch, height, width): ValueError (the training step raises)
    if expand_ratio == 1: 20 * batch * dim * height * width + 16 * dim
    otherwise: 24 * batch * dim * expand_ratio * height * width + 8 * batch * dim * height * width +
        16 * dim * expand_ratio + 8 * dim
    """
    if not (
        type(dim) is type(expand_ratio) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= expand_ratio <= 6
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_mobilenetv2_inverted_residual_activation_bytes, KEY, _DOMAIN, locals())
    if _no_step(batch, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            expand_ratio=expand_ratio,
            batch=batch,
            height=height,
            width=width,
        )
    if expand_ratio == 1:
        return 20 * batch * dim * height * width + 16 * dim
    return (
        24 * batch * dim * expand_ratio * height * width
        + 8 * batch * dim * height * width
        + 16 * dim * expand_ratio
        + 8 * dim
    )


def cnn_mobilenetv2_inverted_residual_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, height: int, width: int, expand_ratio: int = 6
) -> int:
    """Peak bytes of a training step of cnn/mobilenetv2_inverted_residual.

    if optimizer == 'sgd':

        if _no_step(batch, height, width): ValueError (the training step raises)
        if expand_ratio == 1: max(4 * batch * dim * height * width + 8 * dim**2 + 120 * dim + 24, 20
            * batch * dim * height * width + 4 * dim**2 + 92 * dim + 24, 20 * batch * dim * height *
            width + 8 * dim**2 + 84 * dim + 24, 24 * batch * dim * height * width + 4 * dim**2 + 84
            * dim + 16)
        otherwise: max(4 * batch * dim * expand_ratio * height * width + 16 * dim**2 * expand_ratio
            + 120 * dim * expand_ratio + 24 * dim + 32, 20 * batch * dim * expand_ratio * height *
            width + 12 * dim**2 * expand_ratio + 120 * dim * expand_ratio + 24 * dim + 32, 24 *
            batch * dim * expand_ratio * height * width + 12 * dim**2 * expand_ratio + 92 * dim *
            expand_ratio + 24 * dim + 32, 24 * batch * dim * expand_ratio * height * width + 8 *
            batch * dim * height * width + 8 * dim**2 * expand_ratio + 84 * dim * expand_ratio + 32
            * dim + 32, 24 * batch * dim * expand_ratio * height * width + 12 * batch * dim * height
            * width + 8 * dim**2 * expand_ratio + 84 * dim * expand_ratio + 24 * dim + 24, 28 *
            batch * dim * expand_ratio * height * width + 4 * batch * dim * height * width + 12 *
            dim**2 * expand_ratio + 84 * dim * expand_ratio + 24 * dim + 32)

    if optimizer == 'sgd_momentum':

        if _no_step(batch, height, width): ValueError (the training step raises)
        if expand_ratio == 1: max(12 * dim**2 + 172 * dim + 20, 4 * batch * dim * height * width + 8
            * dim**2 + 120 * dim + 24, 20 * batch * dim * height * width + 4 * dim**2 + 92 * dim +
            24, 20 * batch * dim * height * width + 8 * dim**2 + 84 * dim + 24, 24 * batch * dim *
            height * width + 4 * dim**2 + 84 * dim + 16)
        otherwise: max(24 * dim**2 * expand_ratio + 172 * dim * expand_ratio + 32 * dim + 28, 4 *
            batch * dim * expand_ratio * height * width + 16 * dim**2 * expand_ratio + 120 * dim *
            expand_ratio + 24 * dim + 32, 20 * batch * dim * expand_ratio * height * width + 12 *
            dim**2 * expand_ratio + 120 * dim * expand_ratio + 24 * dim + 32, 24 * batch * dim *
            expand_ratio * height * width + 12 * dim**2 * expand_ratio + 92 * dim * expand_ratio +
            24 * dim + 32, 24 * batch * dim * expand_ratio * height * width + 8 * batch * dim *
            height * width + 8 * dim**2 * expand_ratio + 84 * dim * expand_ratio + 32 * dim + 32, 24
            * batch * dim * expand_ratio * height * width + 12 * batch * dim * height * width + 8 *
            dim**2 * expand_ratio + 84 * dim * expand_ratio + 24 * dim + 24, 28 * batch * dim *
            expand_ratio * height * width + 4 * batch * dim * height * width + 12 * dim**2 *
            expand_ratio + 84 * dim * expand_ratio + 24 * dim + 32)

    if optimizer in ('adam', 'adamw'):

        if _no_step(batch, height, width): ValueError (the training step raises)
        if expand_ratio == 1: max(16 * dim**2 + 296 * dim + 44, 24 * dim**2 + 228 * dim + 44, 4 *
            batch * dim * height * width + 8 * dim**2 + 120 * dim + 24, 20 * batch * dim * height *
            width + 4 * dim**2 + 92 * dim + 24, 20 * batch * dim * height * width + 8 * dim**2 + 84
            * dim + 24, 24 * batch * dim * height * width + 4 * dim**2 + 84 * dim + 16)
        otherwise: max(32 * dim**2 * expand_ratio + 300 * dim * expand_ratio + 40 * dim + 64, 40 *
            dim**2 * expand_ratio + 228 * dim * expand_ratio + 40 * dim + 64, 4 * batch * dim *
            expand_ratio * height * width + 16 * dim**2 * expand_ratio + 120 * dim * expand_ratio +
            24 * dim + 32, 20 * batch * dim * expand_ratio * height * width + 12 * dim**2 *
            expand_ratio + 120 * dim * expand_ratio + 24 * dim + 32, 24 * batch * dim * expand_ratio
            * height * width + 12 * dim**2 * expand_ratio + 92 * dim * expand_ratio + 24 * dim + 32,
            24 * batch * dim * expand_ratio * height * width + 8 * batch * dim * height * width + 8
            * dim**2 * expand_ratio + 84 * dim * expand_ratio + 32 * dim + 32, 24 * batch * dim *
            expand_ratio * height * width + 12 * batch * dim * height * width + 8 * dim**2 *
            expand_ratio + 84 * dim * expand_ratio + 24 * dim + 24, 28 * batch * dim * expand_ratio
            * height * width + 4 * batch * dim * height * width + 12 * dim**2 * expand_ratio + 84 *
            dim * expand_ratio + 24 * dim + 32)
    """
    if not (
        type(dim) is type(expand_ratio) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= expand_ratio <= 6
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_mobilenetv2_inverted_residual_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        if _no_step(batch, height, width):
            raise refused(
                KEY,
                "no training step",
                _NO_STEP,
                dim=dim,
                expand_ratio=expand_ratio,
                batch=batch,
                height=height,
                width=width,
            )
        if expand_ratio == 1:
            return max(
                4 * batch * dim * height * width + 8 * dim**2 + 120 * dim + 24,
                20 * batch * dim * height * width + 4 * dim**2 + 92 * dim + 24,
                20 * batch * dim * height * width + 8 * dim**2 + 84 * dim + 24,
                24 * batch * dim * height * width + 4 * dim**2 + 84 * dim + 16,
            )
        return max(
            4 * batch * dim * expand_ratio * height * width
            + 16 * dim**2 * expand_ratio
            + 120 * dim * expand_ratio
            + 24 * dim
            + 32,
            20 * batch * dim * expand_ratio * height * width
            + 12 * dim**2 * expand_ratio
            + 120 * dim * expand_ratio
            + 24 * dim
            + 32,
            24 * batch * dim * expand_ratio * height * width
            + 12 * dim**2 * expand_ratio
            + 92 * dim * expand_ratio
            + 24 * dim
            + 32,
            24 * batch * dim * expand_ratio * height * width
            + 8 * batch * dim * height * width
            + 8 * dim**2 * expand_ratio
            + 84 * dim * expand_ratio
            + 32 * dim
            + 32,
            24 * batch * dim * expand_ratio * height * width
            + 12 * batch * dim * height * width
            + 8 * dim**2 * expand_ratio
            + 84 * dim * expand_ratio
            + 24 * dim
            + 24,
            28 * batch * dim * expand_ratio * height * width
            + 4 * batch * dim * height * width
            + 12 * dim**2 * expand_ratio
            + 84 * dim * expand_ratio
            + 24 * dim
            + 32,
        )
    if optimizer == "sgd_momentum":
        if _no_step(batch, height, width):
            raise refused(
                KEY,
                "no training step",
                _NO_STEP,
                dim=dim,
                expand_ratio=expand_ratio,
                batch=batch,
                height=height,
                width=width,
            )
        if expand_ratio == 1:
            return max(
                12 * dim**2 + 172 * dim + 20,
                4 * batch * dim * height * width + 8 * dim**2 + 120 * dim + 24,
                20 * batch * dim * height * width + 4 * dim**2 + 92 * dim + 24,
                20 * batch * dim * height * width + 8 * dim**2 + 84 * dim + 24,
                24 * batch * dim * height * width + 4 * dim**2 + 84 * dim + 16,
            )
        return max(
            24 * dim**2 * expand_ratio + 172 * dim * expand_ratio + 32 * dim + 28,
            4 * batch * dim * expand_ratio * height * width
            + 16 * dim**2 * expand_ratio
            + 120 * dim * expand_ratio
            + 24 * dim
            + 32,
            20 * batch * dim * expand_ratio * height * width
            + 12 * dim**2 * expand_ratio
            + 120 * dim * expand_ratio
            + 24 * dim
            + 32,
            24 * batch * dim * expand_ratio * height * width
            + 12 * dim**2 * expand_ratio
            + 92 * dim * expand_ratio
            + 24 * dim
            + 32,
            24 * batch * dim * expand_ratio * height * width
            + 8 * batch * dim * height * width
            + 8 * dim**2 * expand_ratio
            + 84 * dim * expand_ratio
            + 32 * dim
            + 32,
            24 * batch * dim * expand_ratio * height * width
            + 12 * batch * dim * height * width
            + 8 * dim**2 * expand_ratio
            + 84 * dim * expand_ratio
            + 24 * dim
            + 24,
            28 * batch * dim * expand_ratio * height * width
            + 4 * batch * dim * height * width
            + 12 * dim**2 * expand_ratio
            + 84 * dim * expand_ratio
            + 24 * dim
            + 32,
        )
    if _no_step(batch, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            expand_ratio=expand_ratio,
            batch=batch,
            height=height,
            width=width,
        )
    if expand_ratio == 1:
        return max(
            16 * dim**2 + 296 * dim + 44,
            24 * dim**2 + 228 * dim + 44,
            4 * batch * dim * height * width + 8 * dim**2 + 120 * dim + 24,
            20 * batch * dim * height * width + 4 * dim**2 + 92 * dim + 24,
            20 * batch * dim * height * width + 8 * dim**2 + 84 * dim + 24,
            24 * batch * dim * height * width + 4 * dim**2 + 84 * dim + 16,
        )
    return max(
        32 * dim**2 * expand_ratio + 300 * dim * expand_ratio + 40 * dim + 64,
        40 * dim**2 * expand_ratio + 228 * dim * expand_ratio + 40 * dim + 64,
        4 * batch * dim * expand_ratio * height * width
        + 16 * dim**2 * expand_ratio
        + 120 * dim * expand_ratio
        + 24 * dim
        + 32,
        20 * batch * dim * expand_ratio * height * width
        + 12 * dim**2 * expand_ratio
        + 120 * dim * expand_ratio
        + 24 * dim
        + 32,
        24 * batch * dim * expand_ratio * height * width
        + 12 * dim**2 * expand_ratio
        + 92 * dim * expand_ratio
        + 24 * dim
        + 32,
        24 * batch * dim * expand_ratio * height * width
        + 8 * batch * dim * height * width
        + 8 * dim**2 * expand_ratio
        + 84 * dim * expand_ratio
        + 32 * dim
        + 32,
        24 * batch * dim * expand_ratio * height * width
        + 12 * batch * dim * height * width
        + 8 * dim**2 * expand_ratio
        + 84 * dim * expand_ratio
        + 24 * dim
        + 24,
        28 * batch * dim * expand_ratio * height * width
        + 4 * batch * dim * height * width
        + 12 * dim**2 * expand_ratio
        + 84 * dim * expand_ratio
        + 24 * dim
        + 32,
    )
