"""cnn/resnet_basic: ResNet basic block: two 3x3 conv + BatchNorm, identity skip

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.classic.resnet_basic(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= height <= 65536, 1 <= width <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain cnn/resnet_basic.
"""

from __future__ import annotations

from . import again, refused

KEY = "cnn/resnet_basic"
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


def cnn_resnet_basic_params(dim: int) -> int:
    """Parameters of cnn/resnet_basic.

    everywhere: 18 * dim**2 + 4 * dim

    Per submodule:
        conv1 (Conv2d): 9 * dim**2
        bn1 (BatchNorm2d): 2 * dim
        conv2 (Conv2d): 9 * dim**2
        bn2 (BatchNorm2d): 2 * dim
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_resnet_basic_params, KEY, _DOMAIN, locals())
    return 18 * dim**2 + 4 * dim


def cnn_resnet_basic_buffers(dim: int) -> int:
    """Buffer elements of cnn/resnet_basic.

    everywhere: 4 * dim + 2
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_resnet_basic_buffers, KEY, _DOMAIN, locals())
    return 4 * dim + 2


def cnn_resnet_basic_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/resnet_basic.

    if optimizer == 'sgd':

        everywhere: 144 * dim**2 + 32 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 216 * dim**2 + 48 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 288 * dim**2 + 64 * dim + 24
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_resnet_basic_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 144 * dim**2 + 32 * dim
    if optimizer == "sgd_momentum":
        return 216 * dim**2 + 48 * dim
    return 288 * dim**2 + 64 * dim + 24


def cnn_resnet_basic_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/resnet_basic.

    if _no_step(batch, height, width): ValueError (the training step raises)
    otherwise: 36 * batch * dim**2 * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_resnet_basic_forward_flops, KEY, _DOMAIN, locals())
    if _no_step(batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 36 * batch * dim**2 * height * width


def cnn_resnet_basic_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/resnet_basic.

    if _no_step(batch, height, width): ValueError (the training step raises)
    otherwise: 72 * batch * dim**2 * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_resnet_basic_backward_flops, KEY, _DOMAIN, locals())
    if _no_step(batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 72 * batch * dim**2 * height * width


def cnn_resnet_basic_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward elementwise operations of cnn/resnet_basic.

    if _no_step(batch, height, width): ValueError (the training step raises)
    otherwise: 13 * batch * dim * height * width + 2
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_resnet_basic_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_step(batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 13 * batch * dim * height * width + 2


def cnn_resnet_basic_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/resnet_basic.

    if _no_step(batch, height, width): ValueError (the training step raises)
    otherwise: 19 * batch * dim * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_resnet_basic_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_step(batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 19 * batch * dim * height * width


def cnn_resnet_basic_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/resnet_basic.

    if _no_step(batch, height, width): ValueError (the training step raises)
    otherwise: 20 * batch * dim * height * width + 16 * dim
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_resnet_basic_activation_bytes, KEY, _DOMAIN, locals())
    if _no_step(batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 20 * batch * dim * height * width + 16 * dim


def cnn_resnet_basic_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, height: int, width: int
) -> int:
    """Peak bytes of a training step of cnn/resnet_basic.

    if optimizer == 'sgd':

        if _no_step(batch, height, width): ValueError (the training step raises)
        otherwise: max(4 * batch * dim * height * width + 144 * dim**2 + 48 * dim + 24, 12 * batch *
            dim * height * width + 108 * dim**2 + 56 * dim + 24, 16 * batch * dim * height * width +
            108 * dim**2 + 48 * dim + 24, 20 * batch * dim * height * width + 72 * dim**2 + 56 * dim
            + 24)

    if optimizer == 'sgd_momentum':

        if _no_step(batch, height, width): ValueError (the training step raises)
        otherwise: max(216 * dim**2 + 64 * dim + 20, 4 * batch * dim * height * width + 144 * dim**2
            + 48 * dim + 24, 12 * batch * dim * height * width + 108 * dim**2 + 56 * dim + 24, 16 *
            batch * dim * height * width + 108 * dim**2 + 48 * dim + 24, 20 * batch * dim * height *
            width + 72 * dim**2 + 56 * dim + 24)

    if optimizer in ('adam', 'adamw'):

        if _no_step(batch, height, width): ValueError (the training step raises)
        otherwise: max(360 * dim**2 + 84 * dim + 44, 4 * batch * dim * height * width + 144 * dim**2
            + 48 * dim + 24, 12 * batch * dim * height * width + 108 * dim**2 + 56 * dim + 24, 16 *
            batch * dim * height * width + 108 * dim**2 + 48 * dim + 24, 20 * batch * dim * height *
            width + 72 * dim**2 + 56 * dim + 24)
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
        return again(cnn_resnet_basic_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        if _no_step(batch, height, width):
            raise refused(
                KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
            )
        return max(
            4 * batch * dim * height * width + 144 * dim**2 + 48 * dim + 24,
            12 * batch * dim * height * width + 108 * dim**2 + 56 * dim + 24,
            16 * batch * dim * height * width + 108 * dim**2 + 48 * dim + 24,
            20 * batch * dim * height * width + 72 * dim**2 + 56 * dim + 24,
        )
    if optimizer == "sgd_momentum":
        if _no_step(batch, height, width):
            raise refused(
                KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
            )
        return max(
            216 * dim**2 + 64 * dim + 20,
            4 * batch * dim * height * width + 144 * dim**2 + 48 * dim + 24,
            12 * batch * dim * height * width + 108 * dim**2 + 56 * dim + 24,
            16 * batch * dim * height * width + 108 * dim**2 + 48 * dim + 24,
            20 * batch * dim * height * width + 72 * dim**2 + 56 * dim + 24,
        )
    if _no_step(batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return max(
        360 * dim**2 + 84 * dim + 44,
        4 * batch * dim * height * width + 144 * dim**2 + 48 * dim + 24,
        12 * batch * dim * height * width + 108 * dim**2 + 56 * dim + 24,
        16 * batch * dim * height * width + 108 * dim**2 + 48 * dim + 24,
        20 * batch * dim * height * width + 72 * dim**2 + 56 * dim + 24,
    )
