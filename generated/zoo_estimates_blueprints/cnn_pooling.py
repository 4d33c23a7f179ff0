"""cnn/pooling: MaxPool2d 3x3 stride 2 . AvgPool2d 3x3 (padding not counted)

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.pooling(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= height <= 65536, 1 <= width <= 65536.
Per-submodule terms of every quantity: python -m codegen explain cnn/pooling.
"""

from __future__ import annotations

from . import again

KEY = "cnn/pooling"
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


def cnn_pooling_params(dim: int) -> int:
    """Parameters of cnn/pooling.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_pooling_params, KEY, _DOMAIN, locals())
    return 0


def cnn_pooling_buffers(dim: int) -> int:
    """Buffer elements of cnn/pooling.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_pooling_buffers, KEY, _DOMAIN, locals())
    return 0


def cnn_pooling_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/pooling.

    The same for every value of optimizer.

    everywhere: 0
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_pooling_training_state_bytes, KEY, _DOMAIN, locals())
    return 0


def cnn_pooling_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/pooling.

    everywhere: 0
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_pooling_forward_flops, KEY, _DOMAIN, locals())
    return 0


def cnn_pooling_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/pooling.

    everywhere: 0
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_pooling_backward_flops, KEY, _DOMAIN, locals())
    return 0


def cnn_pooling_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward elementwise operations of cnn/pooling.

    if (dim == 1 and height == 1 and width == 2) or (dim == 1 and height == 2 and width == 1): 18 *
        batch
    otherwise: 18 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2) + 18 * batch * dim *
        ((height - 1) // 2) + 18 * batch * dim * ((width - 1) // 2) + 18 * batch * dim
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_pooling_elementwise_flops, KEY, _DOMAIN, locals())
    if (dim == 1 and height == 1 and width == 2) or (dim == 1 and height == 2 and width == 1):
        return 18 * batch
    return (
        18 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2)
        + 18 * batch * dim * ((height - 1) // 2)
        + 18 * batch * dim * ((width - 1) // 2)
        + 18 * batch * dim
    )


def cnn_pooling_backward_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward elementwise operations of cnn/pooling.

    if (dim == 1 and height == 1 and width == 2) or (dim == 1 and height == 2 and width == 1): 10 *
        batch
    otherwise: 10 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2) + 10 * batch * dim *
        ((height - 1) // 2) + 10 * batch * dim * ((width - 1) // 2) + 10 * batch * dim
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_pooling_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if (dim == 1 and height == 1 and width == 2) or (dim == 1 and height == 2 and width == 1):
        return 10 * batch
    return (
        10 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2)
        + 10 * batch * dim * ((height - 1) // 2)
        + 10 * batch * dim * ((width - 1) // 2)
        + 10 * batch * dim
    )


def cnn_pooling_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/pooling.

    if (dim == 1 and height == 1 and width == 2) or (dim == 1 and height == 2 and width == 1): 20 *
        batch
    otherwise: 4 * batch * dim * height * width + 12 * batch * dim * ((height - 1) // 2) * ((width -
        1) // 2) + 12 * batch * dim * ((height - 1) // 2) + 12 * batch * dim * ((width - 1) // 2) +
        12 * batch * dim
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_pooling_activation_bytes, KEY, _DOMAIN, locals())
    if (dim == 1 and height == 1 and width == 2) or (dim == 1 and height == 2 and width == 1):
        return 20 * batch
    return (
        4 * batch * dim * height * width
        + 12 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2)
        + 12 * batch * dim * ((height - 1) // 2)
        + 12 * batch * dim * ((width - 1) // 2)
        + 12 * batch * dim
    )


def cnn_pooling_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, height: int, width: int
) -> int:
    """Peak bytes of a training step of cnn/pooling.

    The same for every value of optimizer.

    if (dim == 1 and height == 1 and width == 2) or (dim == 1 and height == 2 and width == 1): 12 *
        batch
    otherwise: 12 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2) + 12 * batch * dim *
        ((height - 1) // 2) + 12 * batch * dim * ((width - 1) // 2) + 12 * batch * dim
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
        return again(cnn_pooling_peak_bytes, KEY, _DOMAIN, locals())
    if (dim == 1 and height == 1 and width == 2) or (dim == 1 and height == 2 and width == 1):
        return 12 * batch
    return (
        12 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2)
        + 12 * batch * dim * ((height - 1) // 2)
        + 12 * batch * dim * ((width - 1) // 2)
        + 12 * batch * dim
    )
