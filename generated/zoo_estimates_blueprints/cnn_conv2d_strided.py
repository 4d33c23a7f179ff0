"""cnn/conv2d_strided: Conv2d(dim, 2 dim) 3x3 stride 2 (downsampling)

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.conv2d_strided(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= height <= 65536, 1 <= width <= 65536.
Per-submodule terms of every quantity: python -m codegen explain cnn/conv2d_strided.
"""

from __future__ import annotations

from . import again

KEY = "cnn/conv2d_strided"
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


def cnn_conv2d_strided_params(dim: int) -> int:
    """Parameters of cnn/conv2d_strided.

    everywhere: 18 * dim**2 + 2 * dim, all in self (Conv2d)
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_conv2d_strided_params, KEY, _DOMAIN, locals())
    return 18 * dim**2 + 2 * dim


def cnn_conv2d_strided_buffers(dim: int) -> int:
    """Buffer elements of cnn/conv2d_strided.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_conv2d_strided_buffers, KEY, _DOMAIN, locals())
    return 0


def cnn_conv2d_strided_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/conv2d_strided.

    if optimizer == 'sgd':

        everywhere: 144 * dim**2 + 16 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 216 * dim**2 + 24 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 288 * dim**2 + 32 * dim + 8
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_conv2d_strided_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 144 * dim**2 + 16 * dim
    if optimizer == "sgd_momentum":
        return 216 * dim**2 + 24 * dim
    return 288 * dim**2 + 32 * dim + 8


def cnn_conv2d_strided_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/conv2d_strided.

    if (dim == 1 and height == 1 and width == 2) or (dim == 1 and height == 2 and width == 1): 36 *
        batch
    otherwise: 36 * batch * dim**2 * ((height - 1) // 2) * ((width - 1) // 2) + 36 * batch * dim**2
        * ((height - 1) // 2) + 36 * batch * dim**2 * ((width - 1) // 2) + 36 * batch * dim**2
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv2d_strided_forward_flops, KEY, _DOMAIN, locals())
    if (dim == 1 and height == 1 and width == 2) or (dim == 1 and height == 2 and width == 1):
        return 36 * batch
    return (
        36 * batch * dim**2 * ((height - 1) // 2) * ((width - 1) // 2)
        + 36 * batch * dim**2 * ((height - 1) // 2)
        + 36 * batch * dim**2 * ((width - 1) // 2)
        + 36 * batch * dim**2
    )


def cnn_conv2d_strided_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/conv2d_strided.

    if (dim == 1 and height == 1 and width == 2) or (dim == 1 and height == 2 and width == 1): 72 *
        batch
    otherwise: 72 * batch * dim**2 * ((height - 1) // 2) * ((width - 1) // 2) + 72 * batch * dim**2
        * ((height - 1) // 2) + 72 * batch * dim**2 * ((width - 1) // 2) + 72 * batch * dim**2
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv2d_strided_backward_flops, KEY, _DOMAIN, locals())
    if (dim == 1 and height == 1 and width == 2) or (dim == 1 and height == 2 and width == 1):
        return 72 * batch
    return (
        72 * batch * dim**2 * ((height - 1) // 2) * ((width - 1) // 2)
        + 72 * batch * dim**2 * ((height - 1) // 2)
        + 72 * batch * dim**2 * ((width - 1) // 2)
        + 72 * batch * dim**2
    )


def cnn_conv2d_strided_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward elementwise operations of cnn/conv2d_strided.

    everywhere: 0
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv2d_strided_elementwise_flops, KEY, _DOMAIN, locals())
    return 0


def cnn_conv2d_strided_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/conv2d_strided.

    everywhere: 0
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv2d_strided_backward_elementwise_flops, KEY, _DOMAIN, locals())
    return 0


def cnn_conv2d_strided_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/conv2d_strided.

    if (dim == 1 and height == 1 and width == 2) or (dim == 1 and height == 2 and width == 1): 8 *
        batch
    otherwise: 4 * batch * dim * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv2d_strided_activation_bytes, KEY, _DOMAIN, locals())
    if (dim == 1 and height == 1 and width == 2) or (dim == 1 and height == 2 and width == 1):
        return 8 * batch
    return 4 * batch * dim * height * width


def cnn_conv2d_strided_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, height: int, width: int
) -> int:
    """Peak bytes of a training step of cnn/conv2d_strided.

    if optimizer == 'sgd':

        if (dim == 1 and height == 1 and width == 2) or (dim == 1 and height == 2 and width == 1):
            max(168, 8 * batch + 84)
        otherwise: max(144 * dim**2 + 16 * dim + 8, 8 * batch * dim * ((height - 1) // 2) * ((width
            - 1) // 2) + 8 * batch * dim * ((height - 1) // 2) + 8 * batch * dim * ((width -
            1) // 2) + 8 * batch * dim + 72 * dim**2 + 8 * dim + 4)

    if optimizer == 'sgd_momentum':

        if (dim == 1 and height == 1 and width == 2) or (dim == 1 and height == 2 and width == 1):
            max(244, 8 * batch + 84)
        otherwise: max(216 * dim**2 + 24 * dim + 4, 8 * batch * dim * ((height - 1) // 2) * ((width
            - 1) // 2) + 8 * batch * dim * ((height - 1) // 2) + 8 * batch * dim * ((width -
            1) // 2) + 8 * batch * dim + 72 * dim**2 + 8 * dim + 4)

    if optimizer in ('adam', 'adamw'):

        if (dim == 1 and height == 1 and width == 2) or (dim == 1 and height == 2 and width == 1):
            max(476, 8 * batch + 84)
        otherwise: max(432 * dim**2 + 32 * dim + 12, 8 * batch * dim * ((height - 1) // 2) * ((width
            - 1) // 2) + 8 * batch * dim * ((height - 1) // 2) + 8 * batch * dim * ((width -
            1) // 2) + 8 * batch * dim + 72 * dim**2 + 8 * dim + 4)
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
        return again(cnn_conv2d_strided_peak_bytes, KEY, _DOMAIN, locals())
    quotient_1 = (height - 1) // 2
    quotient_2 = (width - 1) // 2
    if optimizer == "sgd":
        if (dim == 1 and height == 1 and width == 2) or (dim == 1 and height == 2 and width == 1):
            return max(168, 8 * batch + 84)
        return max(
            144 * dim**2 + 16 * dim + 8,
            8 * batch * dim * quotient_1 * quotient_2
            + 8 * batch * dim * quotient_1
            + 8 * batch * dim * quotient_2
            + 8 * batch * dim
            + 72 * dim**2
            + 8 * dim
            + 4,
        )
    if optimizer == "sgd_momentum":
        if (dim == 1 and height == 1 and width == 2) or (dim == 1 and height == 2 and width == 1):
            return max(244, 8 * batch + 84)
        return max(
            216 * dim**2 + 24 * dim + 4,
            8 * batch * dim * quotient_1 * quotient_2
            + 8 * batch * dim * quotient_1
            + 8 * batch * dim * quotient_2
            + 8 * batch * dim
            + 72 * dim**2
            + 8 * dim
            + 4,
        )
    if (dim == 1 and height == 1 and width == 2) or (dim == 1 and height == 2 and width == 1):
        return max(476, 8 * batch + 84)
    return max(
        432 * dim**2 + 32 * dim + 12,
        8 * batch * dim * quotient_1 * quotient_2
        + 8 * batch * dim * quotient_1
        + 8 * batch * dim * quotient_2
        + 8 * batch * dim
        + 72 * dim**2
        + 8 * dim
        + 4,
    )
