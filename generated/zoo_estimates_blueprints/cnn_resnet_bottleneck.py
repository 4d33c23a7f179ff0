"""cnn/resnet_bottleneck: ResNet bottleneck: 1x1 to dim // 4, 3x3, 1x1 back, BatchNorms

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.classic.resnet_bottleneck(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= height <= 65536, 1 <= width <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain cnn/resnet_bottleneck.
"""

from __future__ import annotations

from . import again, refused

KEY = "cnn/resnet_bottleneck"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "13612acfac1ce9ea"
HYPERPARAMETERS: tuple[str, ...] = ()
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "batch": (1, 65536),
    "height": (1, 65536),
    "width": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}
_NO_STEP = (
    "the training step raises ValueError where batch == 1 and -height * width >= -1 "
    "(zoo/classic.py, in forward)"
)


def _no_step(batch: int, height: int, width: int) -> bool:
    return batch == 1 and -height * width >= -1


def cnn_resnet_bottleneck_params(dim: int) -> int:
    """Parameters of cnn/resnet_bottleneck.

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
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_resnet_bottleneck_params, KEY, _DOMAIN, locals())
    dim_div_4 = dim // 4
    if dim_div_4 <= 1:
        return 4 * dim + 13
    return 2 * dim * dim_div_4 + 2 * dim + 9 * dim_div_4**2 + 4 * dim_div_4


def cnn_resnet_bottleneck_buffers(dim: int) -> int:
    """Buffer elements of cnn/resnet_bottleneck.

    if dim // 4 <= 1: 2 * dim + 7
    otherwise: 2 * dim + 4 * (dim // 4) + 3
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_resnet_bottleneck_buffers, KEY, _DOMAIN, locals())
    dim_div_4 = dim // 4
    if dim_div_4 <= 1:
        return 2 * dim + 7
    return 2 * dim + 4 * dim_div_4 + 3


def cnn_resnet_bottleneck_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/resnet_bottleneck.

    if optimizer == 'sgd':

        if dim // 4 <= 1: 32 * dim + 104
        otherwise: 16 * dim * (dim // 4) + 16 * dim + 72 * (dim // 4) ** 2 + 32 * (dim // 4)

    if optimizer == 'sgd_momentum':

        if dim // 4 <= 1: 48 * dim + 156
        otherwise: 24 * dim * (dim // 4) + 24 * dim + 108 * (dim // 4) ** 2 + 48 * (dim // 4)

    if optimizer in ('adam', 'adamw'):

        if dim // 4 <= 1: 64 * dim + 244
        otherwise: 32 * dim * (dim // 4) + 32 * dim + 144 * (dim // 4) ** 2 + 64 * (dim // 4) + 36
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_resnet_bottleneck_training_state_bytes, KEY, _DOMAIN, locals())
    dim_div_4 = dim // 4
    if optimizer == "sgd":
        if dim_div_4 <= 1:
            return 32 * dim + 104
        return 16 * dim * dim_div_4 + 16 * dim + 72 * dim_div_4**2 + 32 * dim_div_4
    if optimizer == "sgd_momentum":
        if dim_div_4 <= 1:
            return 48 * dim + 156
        return 24 * dim * dim_div_4 + 24 * dim + 108 * dim_div_4**2 + 48 * dim_div_4
    if dim_div_4 <= 1:
        return 64 * dim + 244
    return 32 * dim * dim_div_4 + 32 * dim + 144 * dim_div_4**2 + 64 * dim_div_4 + 36


def cnn_resnet_bottleneck_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/resnet_bottleneck.

    if _no_step(batch, height, width): ValueError (the training step raises)
    if dim // 4 >= 2: 4 * batch * dim * (dim // 4) * height * width + 18 * batch * (dim // 4) ** 2 *
        height * width
    otherwise: 4 * batch * dim * height * width + 18 * batch * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_resnet_bottleneck_forward_flops, KEY, _DOMAIN, locals())
    dim_div_4 = dim // 4
    if _no_step(batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    if dim_div_4 >= 2:
        return (
            4 * batch * dim * dim_div_4 * height * width
            + 18 * batch * dim_div_4**2 * height * width
        )
    return 4 * batch * dim * height * width + 18 * batch * height * width


def cnn_resnet_bottleneck_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/resnet_bottleneck.

    if _no_step(batch, height, width): ValueError (the training step raises)
    if dim // 4 >= 2: 8 * batch * dim * (dim // 4) * height * width + 36 * batch * (dim // 4) ** 2 *
        height * width
    otherwise: 8 * batch * dim * height * width + 36 * batch * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_resnet_bottleneck_backward_flops, KEY, _DOMAIN, locals())
    dim_div_4 = dim // 4
    if _no_step(batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    if dim_div_4 >= 2:
        return (
            8 * batch * dim * dim_div_4 * height * width
            + 36 * batch * dim_div_4**2 * height * width
        )
    return 8 * batch * dim * height * width + 36 * batch * height * width


def cnn_resnet_bottleneck_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Forward elementwise operations of cnn/resnet_bottleneck.

    if _no_step(batch, height, width): ValueError (the training step raises)
    if dim // 4 >= 2: 7 * batch * dim * height * width + 12 * batch * (dim // 4) * height * width +
        3
    otherwise: 7 * batch * dim * height * width + 12 * batch * height * width + 3
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_resnet_bottleneck_elementwise_flops, KEY, _DOMAIN, locals())
    dim_div_4 = dim // 4
    if _no_step(batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    if dim_div_4 >= 2:
        return 7 * batch * dim * height * width + 12 * batch * dim_div_4 * height * width + 3
    return 7 * batch * dim * height * width + 12 * batch * height * width + 3


def cnn_resnet_bottleneck_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/resnet_bottleneck.

    if _no_step(batch, height, width): ValueError (the training step raises)
    if dim // 4 >= 2: 10 * batch * dim * height * width + 18 * batch * (dim // 4) * height * width
    otherwise: 10 * batch * dim * height * width + 18 * batch * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_resnet_bottleneck_backward_elementwise_flops, KEY, _DOMAIN, locals())
    dim_div_4 = dim // 4
    if _no_step(batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    if dim_div_4 >= 2:
        return 10 * batch * dim * height * width + 18 * batch * dim_div_4 * height * width
    return 10 * batch * dim * height * width + 18 * batch * height * width


def cnn_resnet_bottleneck_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/resnet_bottleneck.

    if _no_step(batch, height, width): ValueError (the training step raises)
    if dim // 4 >= 2: 12 * batch * dim * height * width + 16 * batch * (dim // 4) * height * width +
        8 * dim + 16 * (dim // 4)
    otherwise: 12 * batch * dim * height * width + 16 * batch * height * width + 8 * dim + 16
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_resnet_bottleneck_activation_bytes, KEY, _DOMAIN, locals())
    dim_div_4 = dim // 4
    if _no_step(batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    if dim_div_4 >= 2:
        return (
            12 * batch * dim * height * width
            + 16 * batch * dim_div_4 * height * width
            + 8 * dim
            + 16 * dim_div_4
        )
    return 12 * batch * dim * height * width + 16 * batch * height * width + 8 * dim + 16


def cnn_resnet_bottleneck_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, height: int, width: int
) -> int:
    """Peak bytes of a training step of cnn/resnet_bottleneck.

    if optimizer == 'sgd':

        if _no_step(batch, height, width): ValueError (the training step raises)
        if dim // 4 >= 2: max(4 * batch * (dim // 4) * height * width + 16 * dim * (dim // 4) + 24 *
            dim + 72 * (dim // 4) ** 2 + 48 * (dim // 4) + 32, 12 * batch * (dim // 4) * height *
            width + 12 * dim * (dim // 4) + 24 * dim + 72 * (dim // 4) ** 2 + 56 * (dim // 4) + 32,
            16 * batch * (dim // 4) * height * width + 12 * dim * (dim // 4) + 24 * dim + 72 *
            (dim // 4) ** 2 + 48 * (dim // 4) + 32, 20 * batch * (dim // 4) * height * width + 12 *
            dim * (dim // 4) + 24 * dim + 36 * (dim // 4) ** 2 + 56 * (dim // 4) + 32, 24 * batch *
            (dim // 4) * height * width + 12 * dim * (dim // 4) + 24 * dim + 36 * (dim // 4) ** 2 +
            48 * (dim // 4) + 32, 4 * batch * dim * height * width + 20 * batch * (dim // 4) *
            height * width + 12 * dim * (dim // 4) + 24 * dim + 36 * (dim // 4) ** 2 + 48 *
            (dim // 4) + 32, 12 * batch * dim * height * width + 16 * batch * (dim // 4) * height *
            width + 8 * dim * (dim // 4) + 32 * dim + 36 * (dim // 4) ** 2 + 48 * (dim // 4) + 32)
        otherwise: max(4 * batch * height * width + 40 * dim + 152, 12 * batch * height * width + 36
            * dim + 160, 16 * batch * height * width + 36 * dim + 152, 12 * batch * dim * height *
            width + 16 * batch * height * width + 40 * dim + 116)

    if optimizer == 'sgd_momentum':

        if _no_step(batch, height, width): ValueError (the training step raises)
        if dim // 4 >= 2: max(20 * dim * (dim // 4) + 24 * dim + 72 * (dim // 4) ** 2 + 56 *
            (dim // 4) + 28, 4 * batch * (dim // 4) * height * width + 16 * dim * (dim // 4) + 24 *
            dim + 72 * (dim // 4) ** 2 + 48 * (dim // 4) + 32, 12 * batch * (dim // 4) * height *
            width + 12 * dim * (dim // 4) + 24 * dim + 72 * (dim // 4) ** 2 + 56 * (dim // 4) + 32,
            16 * batch * (dim // 4) * height * width + 12 * dim * (dim // 4) + 24 * dim + 72 *
            (dim // 4) ** 2 + 48 * (dim // 4) + 32, 20 * batch * (dim // 4) * height * width + 12 *
            dim * (dim // 4) + 24 * dim + 36 * (dim // 4) ** 2 + 56 * (dim // 4) + 32, 24 * batch *
            (dim // 4) * height * width + 12 * dim * (dim // 4) + 24 * dim + 36 * (dim // 4) ** 2 +
            48 * (dim // 4) + 32, 4 * batch * dim * height * width + 20 * batch * (dim // 4) *
            height * width + 12 * dim * (dim // 4) + 24 * dim + 36 * (dim // 4) ** 2 + 48 *
            (dim // 4) + 32, 12 * batch * dim * height * width + 16 * batch * (dim // 4) * height *
            width + 8 * dim * (dim // 4) + 32 * dim + 36 * (dim // 4) ** 2 + 48 * (dim // 4) + 32,
            20 * dim * (dim // 4) + 4 * dim * max(1, dim // 4) + 32 * dim + 72 * (dim // 4) ** 2 +
            36 * (dim // 4) * max(1, dim // 4) + 104 * (dim // 4) - 40 * max(1, dim // 4) + 28)
        otherwise: max(56 * dim + 200, 4 * batch * height * width + 40 * dim + 152, 12 * batch *
            height * width + 36 * dim + 160, 16 * batch * height * width + 36 * dim + 152, 12 *
            batch * dim * height * width + 16 * batch * height * width + 40 * dim + 116)

    if optimizer in ('adam', 'adamw'):

        if _no_step(batch, height, width): ValueError (the training step raises)
        if dim // 4 >= 2: max(32 * dim * (dim // 4) + 40 * dim + 180 * (dim // 4) ** 2 + 88 *
            (dim // 4) + 64, 32 * dim * (dim // 4) + 40 * dim + 216 * (dim // 4) ** 2 + 84 *
            (dim // 4) + 64, 32 * dim * (dim // 4) + 52 * dim + 144 * (dim // 4) ** 2 + 80 *
            (dim // 4) + 64, 36 * dim * (dim // 4) + 48 * dim + 144 * (dim // 4) ** 2 + 80 *
            (dim // 4) + 64, 40 * dim * (dim // 4) + 40 * dim + 144 * (dim // 4) ** 2 + 84 *
            (dim // 4) + 64, 4 * batch * (dim // 4) * height * width + 16 * dim * (dim // 4) + 24 *
            dim + 72 * (dim // 4) ** 2 + 48 * (dim // 4) + 32, 12 * batch * (dim // 4) * height *
            width + 12 * dim * (dim // 4) + 24 * dim + 72 * (dim // 4) ** 2 + 56 * (dim // 4) + 32,
            16 * batch * (dim // 4) * height * width + 12 * dim * (dim // 4) + 24 * dim + 72 *
            (dim // 4) ** 2 + 48 * (dim // 4) + 32, 20 * batch * (dim // 4) * height * width + 12 *
            dim * (dim // 4) + 24 * dim + 36 * (dim // 4) ** 2 + 56 * (dim // 4) + 32, 24 * batch *
            (dim // 4) * height * width + 12 * dim * (dim // 4) + 24 * dim + 36 * (dim // 4) ** 2 +
            48 * (dim // 4) + 32, 4 * batch * dim * height * width + 20 * batch * (dim // 4) *
            height * width + 12 * dim * (dim // 4) + 24 * dim + 36 * (dim // 4) ** 2 + 48 *
            (dim // 4) + 32, 12 * batch * dim * height * width + 16 * batch * (dim // 4) * height *
            width + 8 * dim * (dim // 4) + 32 * dim + 36 * (dim // 4) ** 2 + 48 * (dim // 4) + 32)
        otherwise: max(72 * dim + 364, 84 * dim + 288, 4 * batch * height * width + 40 * dim + 152,
            12 * batch * height * width + 36 * dim + 160, 16 * batch * height * width + 36 * dim +
            152, 12 * batch * dim * height * width + 16 * batch * height * width + 40 * dim + 116)
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_resnet_bottleneck_peak_bytes, KEY, _DOMAIN, locals())
    dim_div_4 = dim // 4
    if optimizer == "sgd":
        if _no_step(batch, height, width):
            raise refused(
                KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
            )
        if dim_div_4 >= 2:
            return max(
                4 * batch * dim_div_4 * height * width
                + 16 * dim * dim_div_4
                + 24 * dim
                + 72 * dim_div_4**2
                + 48 * dim_div_4
                + 32,
                12 * batch * dim_div_4 * height * width
                + 12 * dim * dim_div_4
                + 24 * dim
                + 72 * dim_div_4**2
                + 56 * dim_div_4
                + 32,
                16 * batch * dim_div_4 * height * width
                + 12 * dim * dim_div_4
                + 24 * dim
                + 72 * dim_div_4**2
                + 48 * dim_div_4
                + 32,
                20 * batch * dim_div_4 * height * width
                + 12 * dim * dim_div_4
                + 24 * dim
                + 36 * dim_div_4**2
                + 56 * dim_div_4
                + 32,
                24 * batch * dim_div_4 * height * width
                + 12 * dim * dim_div_4
                + 24 * dim
                + 36 * dim_div_4**2
                + 48 * dim_div_4
                + 32,
                4 * batch * dim * height * width
                + 20 * batch * dim_div_4 * height * width
                + 12 * dim * dim_div_4
                + 24 * dim
                + 36 * dim_div_4**2
                + 48 * dim_div_4
                + 32,
                12 * batch * dim * height * width
                + 16 * batch * dim_div_4 * height * width
                + 8 * dim * dim_div_4
                + 32 * dim
                + 36 * dim_div_4**2
                + 48 * dim_div_4
                + 32,
            )
        return max(
            4 * batch * height * width + 40 * dim + 152,
            12 * batch * height * width + 36 * dim + 160,
            16 * batch * height * width + 36 * dim + 152,
            12 * batch * dim * height * width + 16 * batch * height * width + 40 * dim + 116,
        )
    if optimizer == "sgd_momentum":
        if _no_step(batch, height, width):
            raise refused(
                KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
            )
        if dim_div_4 >= 2:
            return max(
                20 * dim * dim_div_4 + 24 * dim + 72 * dim_div_4**2 + 56 * dim_div_4 + 28,
                4 * batch * dim_div_4 * height * width
                + 16 * dim * dim_div_4
                + 24 * dim
                + 72 * dim_div_4**2
                + 48 * dim_div_4
                + 32,
                12 * batch * dim_div_4 * height * width
                + 12 * dim * dim_div_4
                + 24 * dim
                + 72 * dim_div_4**2
                + 56 * dim_div_4
                + 32,
                16 * batch * dim_div_4 * height * width
                + 12 * dim * dim_div_4
                + 24 * dim
                + 72 * dim_div_4**2
                + 48 * dim_div_4
                + 32,
                20 * batch * dim_div_4 * height * width
                + 12 * dim * dim_div_4
                + 24 * dim
                + 36 * dim_div_4**2
                + 56 * dim_div_4
                + 32,
                24 * batch * dim_div_4 * height * width
                + 12 * dim * dim_div_4
                + 24 * dim
                + 36 * dim_div_4**2
                + 48 * dim_div_4
                + 32,
                4 * batch * dim * height * width
                + 20 * batch * dim_div_4 * height * width
                + 12 * dim * dim_div_4
                + 24 * dim
                + 36 * dim_div_4**2
                + 48 * dim_div_4
                + 32,
                12 * batch * dim * height * width
                + 16 * batch * dim_div_4 * height * width
                + 8 * dim * dim_div_4
                + 32 * dim
                + 36 * dim_div_4**2
                + 48 * dim_div_4
                + 32,
                20 * dim * dim_div_4
                + 4 * dim * max(1, dim_div_4)
                + 32 * dim
                + 72 * dim_div_4**2
                + 36 * dim_div_4 * max(1, dim_div_4)
                + 104 * dim_div_4
                - 40 * max(1, dim_div_4)
                + 28,
            )
        return max(
            56 * dim + 200,
            4 * batch * height * width + 40 * dim + 152,
            12 * batch * height * width + 36 * dim + 160,
            16 * batch * height * width + 36 * dim + 152,
            12 * batch * dim * height * width + 16 * batch * height * width + 40 * dim + 116,
        )
    if _no_step(batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    if dim_div_4 >= 2:
        return max(
            32 * dim * dim_div_4 + 40 * dim + 180 * dim_div_4**2 + 88 * dim_div_4 + 64,
            32 * dim * dim_div_4 + 40 * dim + 216 * dim_div_4**2 + 84 * dim_div_4 + 64,
            32 * dim * dim_div_4 + 52 * dim + 144 * dim_div_4**2 + 80 * dim_div_4 + 64,
            36 * dim * dim_div_4 + 48 * dim + 144 * dim_div_4**2 + 80 * dim_div_4 + 64,
            40 * dim * dim_div_4 + 40 * dim + 144 * dim_div_4**2 + 84 * dim_div_4 + 64,
            4 * batch * dim_div_4 * height * width
            + 16 * dim * dim_div_4
            + 24 * dim
            + 72 * dim_div_4**2
            + 48 * dim_div_4
            + 32,
            12 * batch * dim_div_4 * height * width
            + 12 * dim * dim_div_4
            + 24 * dim
            + 72 * dim_div_4**2
            + 56 * dim_div_4
            + 32,
            16 * batch * dim_div_4 * height * width
            + 12 * dim * dim_div_4
            + 24 * dim
            + 72 * dim_div_4**2
            + 48 * dim_div_4
            + 32,
            20 * batch * dim_div_4 * height * width
            + 12 * dim * dim_div_4
            + 24 * dim
            + 36 * dim_div_4**2
            + 56 * dim_div_4
            + 32,
            24 * batch * dim_div_4 * height * width
            + 12 * dim * dim_div_4
            + 24 * dim
            + 36 * dim_div_4**2
            + 48 * dim_div_4
            + 32,
            4 * batch * dim * height * width
            + 20 * batch * dim_div_4 * height * width
            + 12 * dim * dim_div_4
            + 24 * dim
            + 36 * dim_div_4**2
            + 48 * dim_div_4
            + 32,
            12 * batch * dim * height * width
            + 16 * batch * dim_div_4 * height * width
            + 8 * dim * dim_div_4
            + 32 * dim
            + 36 * dim_div_4**2
            + 48 * dim_div_4
            + 32,
        )
    return max(
        72 * dim + 364,
        84 * dim + 288,
        4 * batch * height * width + 40 * dim + 152,
        12 * batch * height * width + 36 * dim + 160,
        16 * batch * height * width + 36 * dim + 152,
        12 * batch * dim * height * width + 16 * batch * height * width + 40 * dim + 116,
    )
