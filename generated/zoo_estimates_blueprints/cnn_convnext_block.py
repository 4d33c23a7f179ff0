"""cnn/convnext_block: ConvNeXt block: dw 7x7, LayerNorm, MLP 4x, layer scale

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.classic.convnext_block(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= height <= 65536, 1 <= width <= 65536.
Per-submodule terms of every quantity: python -m codegen explain cnn/convnext_block.
"""

from __future__ import annotations

from . import again

KEY = "cnn/convnext_block"
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


def cnn_convnext_block_params(dim: int) -> int:
    """Parameters of cnn/convnext_block.

    everywhere: 8 * dim**2 + 58 * dim

    Per submodule:
        self (ConvNeXtBlock): dim
        dwconv (Conv2d): 50 * dim
        norm (LayerNorm): 2 * dim
        pwconv1 (Linear): 4 * dim**2 + 4 * dim
        pwconv2 (Linear): 4 * dim**2 + dim
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_convnext_block_params, KEY, _DOMAIN, locals())
    return 8 * dim**2 + 58 * dim


def cnn_convnext_block_buffers(dim: int) -> int:
    """Buffer elements of cnn/convnext_block.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_convnext_block_buffers, KEY, _DOMAIN, locals())
    return 0


def cnn_convnext_block_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/convnext_block.

    if optimizer == 'sgd':

        everywhere: 64 * dim**2 + 464 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 96 * dim**2 + 696 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 128 * dim**2 + 928 * dim + 36
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_convnext_block_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 64 * dim**2 + 464 * dim
    if optimizer == "sgd_momentum":
        return 96 * dim**2 + 696 * dim
    return 128 * dim**2 + 928 * dim + 36


def cnn_convnext_block_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/convnext_block.

    everywhere: 16 * batch * dim**2 * height * width + 98 * batch * dim * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_convnext_block_forward_flops, KEY, _DOMAIN, locals())
    return 16 * batch * dim**2 * height * width + 98 * batch * dim * height * width


def cnn_convnext_block_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/convnext_block.

    everywhere: 32 * batch * dim**2 * height * width + 196 * batch * dim * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_convnext_block_backward_flops, KEY, _DOMAIN, locals())
    return 32 * batch * dim**2 * height * width + 196 * batch * dim * height * width


def cnn_convnext_block_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward elementwise operations of cnn/convnext_block.

    everywhere: 11 * batch * dim * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_convnext_block_elementwise_flops, KEY, _DOMAIN, locals())
    return 11 * batch * dim * height * width


def cnn_convnext_block_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/convnext_block.

    everywhere: 21 * batch * dim * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_convnext_block_backward_elementwise_flops, KEY, _DOMAIN, locals())
    return 21 * batch * dim * height * width


def cnn_convnext_block_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/convnext_block.

    everywhere: 48 * batch * dim * height * width + 8 * batch * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_convnext_block_activation_bytes, KEY, _DOMAIN, locals())
    return 48 * batch * dim * height * width + 8 * batch * height * width


def cnn_convnext_block_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, height: int, width: int
) -> int:
    """Peak bytes of a training step of cnn/convnext_block.

    if optimizer == 'sgd':

        everywhere: max(4 * batch * dim * height * width + 64 * dim**2 + 464 * dim + 8, 28 * batch *
            dim * height * width + 8 * batch * height * width + 64 * dim**2 + 256 * dim + 8, 60 *
            batch * dim * height * width + 8 * batch * height * width + 48 * dim**2 + 240 * dim + 8)

    if optimizer == 'sgd_momentum':

        everywhere: max(96 * dim**2 + 696 * dim + 4, 4 * batch * dim * height * width + 64 * dim**2
            + 464 * dim + 8, 28 * batch * dim * height * width + 8 * batch * height * width + 64 *
            dim**2 + 256 * dim + 8, 60 * batch * dim * height * width + 8 * batch * height * width +
            48 * dim**2 + 240 * dim + 8)

    if optimizer in ('adam', 'adamw'):

        everywhere: max(128 * dim**2 + 1324 * dim + 40, 160 * dim**2 + 944 * dim + 40, 4 * batch *
            dim * height * width + 64 * dim**2 + 464 * dim + 8, 28 * batch * dim * height * width +
            8 * batch * height * width + 64 * dim**2 + 256 * dim + 8, 60 * batch * dim * height *
            width + 8 * batch * height * width + 48 * dim**2 + 240 * dim + 8)
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
        return again(cnn_convnext_block_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return max(
            4 * batch * dim * height * width + 64 * dim**2 + 464 * dim + 8,
            28 * batch * dim * height * width
            + 8 * batch * height * width
            + 64 * dim**2
            + 256 * dim
            + 8,
            60 * batch * dim * height * width
            + 8 * batch * height * width
            + 48 * dim**2
            + 240 * dim
            + 8,
        )
    if optimizer == "sgd_momentum":
        return max(
            96 * dim**2 + 696 * dim + 4,
            4 * batch * dim * height * width + 64 * dim**2 + 464 * dim + 8,
            28 * batch * dim * height * width
            + 8 * batch * height * width
            + 64 * dim**2
            + 256 * dim
            + 8,
            60 * batch * dim * height * width
            + 8 * batch * height * width
            + 48 * dim**2
            + 240 * dim
            + 8,
        )
    return max(
        128 * dim**2 + 1324 * dim + 40,
        160 * dim**2 + 944 * dim + 40,
        4 * batch * dim * height * width + 64 * dim**2 + 464 * dim + 8,
        28 * batch * dim * height * width
        + 8 * batch * height * width
        + 64 * dim**2
        + 256 * dim
        + 8,
        60 * batch * dim * height * width
        + 8 * batch * height * width
        + 48 * dim**2
        + 240 * dim
        + 8,
    )
