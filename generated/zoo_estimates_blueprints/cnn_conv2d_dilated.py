"""cnn/conv2d_dilated: dilated Conv2d 3x3 (dilation 2, no bias) . ReLU

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.conv2d_dilated(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= height <= 65536, 1 <= width <= 65536.
Per-submodule terms of every quantity: python -m codegen explain cnn/conv2d_dilated.
"""

from __future__ import annotations

from . import again

KEY = "cnn/conv2d_dilated"
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


def cnn_conv2d_dilated_params(dim: int) -> int:
    """Parameters of cnn/conv2d_dilated.

    everywhere: 9 * dim**2, all in 0 (Conv2d)
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_conv2d_dilated_params, KEY, _DOMAIN, locals())
    return 9 * dim**2


def cnn_conv2d_dilated_buffers(dim: int) -> int:
    """Buffer elements of cnn/conv2d_dilated.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_conv2d_dilated_buffers, KEY, _DOMAIN, locals())
    return 0


def cnn_conv2d_dilated_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/conv2d_dilated.

    if optimizer == 'sgd':

        everywhere: 72 * dim**2

    if optimizer == 'sgd_momentum':

        everywhere: 108 * dim**2

    if optimizer in ('adam', 'adamw'):

        everywhere: 144 * dim**2 + 4
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_conv2d_dilated_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 72 * dim**2
    if optimizer == "sgd_momentum":
        return 108 * dim**2
    return 144 * dim**2 + 4


def cnn_conv2d_dilated_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/conv2d_dilated.

    everywhere: 18 * batch * dim**2 * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv2d_dilated_forward_flops, KEY, _DOMAIN, locals())
    return 18 * batch * dim**2 * height * width


def cnn_conv2d_dilated_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/conv2d_dilated.

    everywhere: 36 * batch * dim**2 * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv2d_dilated_backward_flops, KEY, _DOMAIN, locals())
    return 36 * batch * dim**2 * height * width


def cnn_conv2d_dilated_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward elementwise operations of cnn/conv2d_dilated.

    everywhere: batch * dim * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv2d_dilated_elementwise_flops, KEY, _DOMAIN, locals())
    return batch * dim * height * width


def cnn_conv2d_dilated_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/conv2d_dilated.

    everywhere: batch * dim * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv2d_dilated_backward_elementwise_flops, KEY, _DOMAIN, locals())
    return batch * dim * height * width


def cnn_conv2d_dilated_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/conv2d_dilated.

    everywhere: 8 * batch * dim * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv2d_dilated_activation_bytes, KEY, _DOMAIN, locals())
    return 8 * batch * dim * height * width


def cnn_conv2d_dilated_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, height: int, width: int
) -> int:
    """Peak bytes of a training step of cnn/conv2d_dilated.

    if optimizer == 'sgd':

        everywhere: max(4 * batch * dim * height * width + 72 * dim**2 + 8, 8 * batch * dim * height
            * width + 36 * dim**2 + 8)

    if optimizer == 'sgd_momentum':

        everywhere: max(108 * dim**2 + 4, 4 * batch * dim * height * width + 72 * dim**2 + 8, 8 *
            batch * dim * height * width + 36 * dim**2 + 8)

    if optimizer in ('adam', 'adamw'):

        everywhere: max(216 * dim**2 + 8, 4 * batch * dim * height * width + 72 * dim**2 + 8, 8 *
            batch * dim * height * width + 36 * dim**2 + 8)
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
        return again(cnn_conv2d_dilated_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return max(
            4 * batch * dim * height * width + 72 * dim**2 + 8,
            8 * batch * dim * height * width + 36 * dim**2 + 8,
        )
    if optimizer == "sgd_momentum":
        return max(
            108 * dim**2 + 4,
            4 * batch * dim * height * width + 72 * dim**2 + 8,
            8 * batch * dim * height * width + 36 * dim**2 + 8,
        )
    return max(
        216 * dim**2 + 8,
        4 * batch * dim * height * width + 72 * dim**2 + 8,
        8 * batch * dim * height * width + 36 * dim**2 + 8,
    )
