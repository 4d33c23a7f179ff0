"""cnn3d/conv_transpose3d: ConvTranspose3d 2^3 stride 2 . BatchNorm3d . ReLU

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.conv_transpose3d(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
Per-submodule terms of every quantity: python -m codegen explain cnn3d/conv_transpose3d.
"""

from __future__ import annotations

from . import again

KEY = "cnn3d/conv_transpose3d"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "13612acfac1ce9ea"
HYPERPARAMETERS: tuple[str, ...] = ()
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "batch": (1, 65536),
    "depth": (1, 65536),
    "height": (1, 65536),
    "width": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}


def cnn3d_conv_transpose3d_params(dim: int) -> int:
    """Parameters of cnn3d/conv_transpose3d.

    everywhere: 8 * dim**2 + 3 * dim

    Per submodule:
        0 (ConvTranspose3d): 8 * dim**2 + dim
        1 (BatchNorm3d): 2 * dim
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn3d_conv_transpose3d_params, KEY, _DOMAIN, locals())
    return 8 * dim**2 + 3 * dim


def cnn3d_conv_transpose3d_buffers(dim: int) -> int:
    """Buffer elements of cnn3d/conv_transpose3d.

    everywhere: 2 * dim + 1
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn3d_conv_transpose3d_buffers, KEY, _DOMAIN, locals())
    return 2 * dim + 1


def cnn3d_conv_transpose3d_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn3d/conv_transpose3d.

    if optimizer == 'sgd':

        everywhere: 64 * dim**2 + 24 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 96 * dim**2 + 36 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 128 * dim**2 + 48 * dim + 16
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn3d_conv_transpose3d_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 64 * dim**2 + 24 * dim
    if optimizer == "sgd_momentum":
        return 96 * dim**2 + 36 * dim
    return 128 * dim**2 + 48 * dim + 16


def cnn3d_conv_transpose3d_forward_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Forward FLOPs of cnn3d/conv_transpose3d.

    everywhere: 16 * batch * depth * dim**2 * height * width
    """
    if not (
        type(dim) is type(batch) is type(depth) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= depth <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn3d_conv_transpose3d_forward_flops, KEY, _DOMAIN, locals())
    return 16 * batch * depth * dim**2 * height * width


def cnn3d_conv_transpose3d_backward_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Backward FLOPs of cnn3d/conv_transpose3d.

    everywhere: 32 * batch * depth * dim**2 * height * width
    """
    if not (
        type(dim) is type(batch) is type(depth) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= depth <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn3d_conv_transpose3d_backward_flops, KEY, _DOMAIN, locals())
    return 32 * batch * depth * dim**2 * height * width


def cnn3d_conv_transpose3d_elementwise_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Forward elementwise operations of cnn3d/conv_transpose3d.

    everywhere: 48 * batch * depth * dim * height * width + 1
    """
    if not (
        type(dim) is type(batch) is type(depth) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= depth <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn3d_conv_transpose3d_elementwise_flops, KEY, _DOMAIN, locals())
    return 48 * batch * depth * dim * height * width + 1


def cnn3d_conv_transpose3d_backward_elementwise_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn3d/conv_transpose3d.

    everywhere: 72 * batch * depth * dim * height * width
    """
    if not (
        type(dim) is type(batch) is type(depth) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= depth <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn3d_conv_transpose3d_backward_elementwise_flops, KEY, _DOMAIN, locals())
    return 72 * batch * depth * dim * height * width


def cnn3d_conv_transpose3d_activation_bytes(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Activation bytes of cnn3d/conv_transpose3d.

    everywhere: 68 * batch * depth * dim * height * width + 8 * dim
    """
    if not (
        type(dim) is type(batch) is type(depth) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= depth <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn3d_conv_transpose3d_activation_bytes, KEY, _DOMAIN, locals())
    return 68 * batch * depth * dim * height * width + 8 * dim


def cnn3d_conv_transpose3d_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, depth: int, height: int, width: int
) -> int:
    """Peak bytes of a training step of cnn3d/conv_transpose3d.

    if optimizer == 'sgd':

        everywhere: max(32 * batch * depth * dim * height * width + 64 * dim**2 + 32 * dim + 16, 96
            * batch * depth * dim * height * width + 32 * dim**2 + 36 * dim + 16)

    if optimizer == 'sgd_momentum':

        everywhere: max(96 * dim**2 + 44 * dim + 12, 32 * batch * depth * dim * height * width + 64
            * dim**2 + 32 * dim + 16, 96 * batch * depth * dim * height * width + 32 * dim**2 + 36 *
            dim + 16)

    if optimizer in ('adam', 'adamw'):

        everywhere: max(192 * dim**2 + 56 * dim + 28, 32 * batch * depth * dim * height * width + 64
            * dim**2 + 32 * dim + 16, 96 * batch * depth * dim * height * width + 32 * dim**2 + 36 *
            dim + 16)
    """
    if not (
        type(dim) is type(batch) is type(depth) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= depth <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn3d_conv_transpose3d_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return max(
            32 * batch * depth * dim * height * width + 64 * dim**2 + 32 * dim + 16,
            96 * batch * depth * dim * height * width + 32 * dim**2 + 36 * dim + 16,
        )
    if optimizer == "sgd_momentum":
        return max(
            96 * dim**2 + 44 * dim + 12,
            32 * batch * depth * dim * height * width + 64 * dim**2 + 32 * dim + 16,
            96 * batch * depth * dim * height * width + 32 * dim**2 + 36 * dim + 16,
        )
    return max(
        192 * dim**2 + 56 * dim + 28,
        32 * batch * depth * dim * height * width + 64 * dim**2 + 32 * dim + 16,
        96 * batch * depth * dim * height * width + 32 * dim**2 + 36 * dim + 16,
    )
