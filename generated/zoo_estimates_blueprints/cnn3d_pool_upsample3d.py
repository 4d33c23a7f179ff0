"""cnn3d/pool_upsample3d: pointwise Conv3d . MaxPool3d 3^3 s2 . Upsample x2 (trilinear)

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.pool_upsample3d(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
Per-submodule terms of every quantity: python -m codegen explain cnn3d/pool_upsample3d.
"""

from __future__ import annotations

from . import again

KEY = "cnn3d/pool_upsample3d"
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


def cnn3d_pool_upsample3d_params(dim: int) -> int:
    """Parameters of cnn3d/pool_upsample3d.

    everywhere: dim**2 + dim, all in 0 (Conv3d)
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn3d_pool_upsample3d_params, KEY, _DOMAIN, locals())
    return dim**2 + dim


def cnn3d_pool_upsample3d_buffers(dim: int) -> int:
    """Buffer elements of cnn3d/pool_upsample3d.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn3d_pool_upsample3d_buffers, KEY, _DOMAIN, locals())
    return 0


def cnn3d_pool_upsample3d_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn3d/pool_upsample3d.

    if optimizer == 'sgd':

        everywhere: 8 * dim**2 + 8 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 12 * dim**2 + 12 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 16 * dim**2 + 16 * dim + 8
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn3d_pool_upsample3d_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 8 * dim**2 + 8 * dim
    if optimizer == "sgd_momentum":
        return 12 * dim**2 + 12 * dim
    return 16 * dim**2 + 16 * dim + 8


def cnn3d_pool_upsample3d_forward_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Forward FLOPs of cnn3d/pool_upsample3d.

    if (depth == 1 and dim == 1 and height == 1 and width == 2) or (depth == 1 and dim == 1 and
        height == 2 and width == 1) or (depth == 2 and dim == 1 and height == 1 and width == 1): 4 *
        batch
    otherwise: 2 * batch * depth * dim**2 * height * width
    """
    if not (
        type(dim) is type(batch) is type(depth) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= depth <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn3d_pool_upsample3d_forward_flops, KEY, _DOMAIN, locals())
    if (
        (depth == 1 and dim == 1 and height == 1 and width == 2)
        or (depth == 1 and dim == 1 and height == 2 and width == 1)
        or (depth == 2 and dim == 1 and height == 1 and width == 1)
    ):
        return 4 * batch
    return 2 * batch * depth * dim**2 * height * width


def cnn3d_pool_upsample3d_backward_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Backward FLOPs of cnn3d/pool_upsample3d.

    if (depth == 1 and dim == 1 and height == 1 and width == 2) or (depth == 1 and dim == 1 and
        height == 2 and width == 1) or (depth == 2 and dim == 1 and height == 1 and width == 1): 8 *
        batch
    otherwise: 4 * batch * depth * dim**2 * height * width
    """
    if not (
        type(dim) is type(batch) is type(depth) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= depth <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn3d_pool_upsample3d_backward_flops, KEY, _DOMAIN, locals())
    if (
        (depth == 1 and dim == 1 and height == 1 and width == 2)
        or (depth == 1 and dim == 1 and height == 2 and width == 1)
        or (depth == 2 and dim == 1 and height == 1 and width == 1)
    ):
        return 8 * batch
    return 4 * batch * depth * dim**2 * height * width


def cnn3d_pool_upsample3d_elementwise_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Forward elementwise operations of cnn3d/pool_upsample3d.

    if (depth == 1 and dim == 1 and height == 1 and width == 2) or (depth == 1 and dim == 1 and
        height == 2 and width == 1) or (depth == 2 and dim == 1 and height == 1 and width == 1): 91
        * batch
    otherwise: 91 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) * ((width - 1) // 2) + 91
        * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) + 91 * batch * dim * ((depth -
        1) // 2) * ((width - 1) // 2) + 91 * batch * dim * ((depth - 1) // 2) + 91 * batch * dim *
        ((height - 1) // 2) * ((width - 1) // 2) + 91 * batch * dim * ((height - 1) // 2) + 91 *
        batch * dim * ((width - 1) // 2) + 91 * batch * dim
    """
    if not (
        type(dim) is type(batch) is type(depth) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= depth <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn3d_pool_upsample3d_elementwise_flops, KEY, _DOMAIN, locals())
    if (
        (depth == 1 and dim == 1 and height == 1 and width == 2)
        or (depth == 1 and dim == 1 and height == 2 and width == 1)
        or (depth == 2 and dim == 1 and height == 1 and width == 1)
    ):
        return 91 * batch
    return (
        91 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) * ((width - 1) // 2)
        + 91 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2)
        + 91 * batch * dim * ((depth - 1) // 2) * ((width - 1) // 2)
        + 91 * batch * dim * ((depth - 1) // 2)
        + 91 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2)
        + 91 * batch * dim * ((height - 1) // 2)
        + 91 * batch * dim * ((width - 1) // 2)
        + 91 * batch * dim
    )


def cnn3d_pool_upsample3d_backward_elementwise_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn3d/pool_upsample3d.

    if (depth == 1 and dim == 1 and height == 1 and width == 2) or (depth == 1 and dim == 1 and
        height == 2 and width == 1) or (depth == 2 and dim == 1 and height == 1 and width == 1): 65
        * batch
    otherwise: 65 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) * ((width - 1) // 2) + 65
        * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) + 65 * batch * dim * ((depth -
        1) // 2) * ((width - 1) // 2) + 65 * batch * dim * ((depth - 1) // 2) + 65 * batch * dim *
        ((height - 1) // 2) * ((width - 1) // 2) + 65 * batch * dim * ((height - 1) // 2) + 65 *
        batch * dim * ((width - 1) // 2) + 65 * batch * dim
    """
    if not (
        type(dim) is type(batch) is type(depth) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= depth <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn3d_pool_upsample3d_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if (
        (depth == 1 and dim == 1 and height == 1 and width == 2)
        or (depth == 1 and dim == 1 and height == 2 and width == 1)
        or (depth == 2 and dim == 1 and height == 1 and width == 1)
    ):
        return 65 * batch
    return (
        65 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) * ((width - 1) // 2)
        + 65 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2)
        + 65 * batch * dim * ((depth - 1) // 2) * ((width - 1) // 2)
        + 65 * batch * dim * ((depth - 1) // 2)
        + 65 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2)
        + 65 * batch * dim * ((height - 1) // 2)
        + 65 * batch * dim * ((width - 1) // 2)
        + 65 * batch * dim
    )


def cnn3d_pool_upsample3d_activation_bytes(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Activation bytes of cnn3d/pool_upsample3d.

    if (depth == 1 and dim == 1 and height == 1 and width == 2) or (depth == 1 and dim == 1 and
        height == 2 and width == 1) or (depth == 2 and dim == 1 and height == 1 and width == 1): 24
        * batch
    otherwise: 8 * batch * depth * dim * height * width + 8 * batch * dim * ((depth - 1) // 2) *
        ((height - 1) // 2) * ((width - 1) // 2) + 8 * batch * dim * ((depth - 1) // 2) * ((height -
        1) // 2) + 8 * batch * dim * ((depth - 1) // 2) * ((width - 1) // 2) + 8 * batch * dim *
        ((depth - 1) // 2) + 8 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2) + 8 * batch
        * dim * ((height - 1) // 2) + 8 * batch * dim * ((width - 1) // 2) + 8 * batch * dim
    """
    if not (
        type(dim) is type(batch) is type(depth) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= depth <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn3d_pool_upsample3d_activation_bytes, KEY, _DOMAIN, locals())
    if (
        (depth == 1 and dim == 1 and height == 1 and width == 2)
        or (depth == 1 and dim == 1 and height == 2 and width == 1)
        or (depth == 2 and dim == 1 and height == 1 and width == 1)
    ):
        return 24 * batch
    return (
        8 * batch * depth * dim * height * width
        + 8 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) * ((width - 1) // 2)
        + 8 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2)
        + 8 * batch * dim * ((depth - 1) // 2) * ((width - 1) // 2)
        + 8 * batch * dim * ((depth - 1) // 2)
        + 8 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2)
        + 8 * batch * dim * ((height - 1) // 2)
        + 8 * batch * dim * ((width - 1) // 2)
        + 8 * batch * dim
    )


def cnn3d_pool_upsample3d_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, depth: int, height: int, width: int
) -> int:
    """Peak bytes of a training step of cnn3d/pool_upsample3d.

    if optimizer == 'sgd':

        if (depth == 1 and dim == 1 and height == 1 and width == 2) or (depth == 1 and dim == 1 and
            height == 2 and width == 1) or (depth == 2 and dim == 1 and height == 1 and width == 1):
            52 * batch + 8
        otherwise: max(4 * batch * depth * dim * height * width + 8 * dim**2 + 8 * dim + 8, 4 *
            batch * depth * dim * height * width + 44 * batch * dim * ((depth - 1) // 2) * ((height
            - 1) // 2) * ((width - 1) // 2) + 44 * batch * dim * ((depth - 1) // 2) * ((height -
            1) // 2) + 44 * batch * dim * ((depth - 1) // 2) * ((width - 1) // 2) + 44 * batch * dim
            * ((depth - 1) // 2) + 44 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2) + 44
            * batch * dim * ((height - 1) // 2) + 44 * batch * dim * ((width - 1) // 2) + 44 * batch
            * dim + 4 * dim**2 + 4 * dim, 8 * batch * depth * dim * height * width + 12 * batch *
            dim * ((depth - 1) // 2) * ((height - 1) // 2) * ((width - 1) // 2) + 12 * batch * dim *
            ((depth - 1) // 2) * ((height - 1) // 2) + 12 * batch * dim * ((depth - 1) // 2) *
            ((width - 1) // 2) + 12 * batch * dim * ((depth - 1) // 2) + 12 * batch * dim * ((height
            - 1) // 2) * ((width - 1) // 2) + 12 * batch * dim * ((height - 1) // 2) + 12 * batch *
            dim * ((width - 1) // 2) + 12 * batch * dim + 4 * dim**2 + 4 * dim + 8)

    if optimizer == 'sgd_momentum':

        if (depth == 1 and dim == 1 and height == 1 and width == 2) or (depth == 1 and dim == 1 and
            height == 2 and width == 1) or (depth == 2 and dim == 1 and height == 1 and width == 1):
            52 * batch + 8
        otherwise: max(12 * dim**2 + 12 * dim + 4, 4 * batch * depth * dim * height * width + 8 *
            dim**2 + 8 * dim + 8, 4 * batch * depth * dim * height * width + 44 * batch * dim *
            ((depth - 1) // 2) * ((height - 1) // 2) * ((width - 1) // 2) + 44 * batch * dim *
            ((depth - 1) // 2) * ((height - 1) // 2) + 44 * batch * dim * ((depth - 1) // 2) *
            ((width - 1) // 2) + 44 * batch * dim * ((depth - 1) // 2) + 44 * batch * dim * ((height
            - 1) // 2) * ((width - 1) // 2) + 44 * batch * dim * ((height - 1) // 2) + 44 * batch *
            dim * ((width - 1) // 2) + 44 * batch * dim + 4 * dim**2 + 4 * dim, 8 * batch * depth *
            dim * height * width + 12 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) *
            ((width - 1) // 2) + 12 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) + 12 *
            batch * dim * ((depth - 1) // 2) * ((width - 1) // 2) + 12 * batch * dim * ((depth -
            1) // 2) + 12 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2) + 12 * batch *
            dim * ((height - 1) // 2) + 12 * batch * dim * ((width - 1) // 2) + 12 * batch * dim + 4
            * dim**2 + 4 * dim + 8)

    if optimizer in ('adam', 'adamw'):

        if (depth == 1 and dim == 1 and height == 1 and width == 2) or (depth == 1 and dim == 1 and
            height == 2 and width == 1) or (depth == 2 and dim == 1 and height == 1 and width == 1):
            52 * batch + 8
        otherwise: max(20 * dim**2 + 24 * dim + 12, 24 * dim**2 + 16 * dim + 12, 4 * batch * depth *
            dim * height * width + 8 * dim**2 + 8 * dim + 8, 4 * batch * depth * dim * height *
            width + 44 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) * ((width - 1) // 2)
            + 44 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) + 44 * batch * dim *
            ((depth - 1) // 2) * ((width - 1) // 2) + 44 * batch * dim * ((depth - 1) // 2) + 44 *
            batch * dim * ((height - 1) // 2) * ((width - 1) // 2) + 44 * batch * dim * ((height -
            1) // 2) + 44 * batch * dim * ((width - 1) // 2) + 44 * batch * dim + 4 * dim**2 + 4 *
            dim, 8 * batch * depth * dim * height * width + 12 * batch * dim * ((depth - 1) // 2) *
            ((height - 1) // 2) * ((width - 1) // 2) + 12 * batch * dim * ((depth - 1) // 2) *
            ((height - 1) // 2) + 12 * batch * dim * ((depth - 1) // 2) * ((width - 1) // 2) + 12 *
            batch * dim * ((depth - 1) // 2) + 12 * batch * dim * ((height - 1) // 2) * ((width -
            1) // 2) + 12 * batch * dim * ((height - 1) // 2) + 12 * batch * dim * ((width -
            1) // 2) + 12 * batch * dim + 4 * dim**2 + 4 * dim + 8)
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
        return again(cnn3d_pool_upsample3d_peak_bytes, KEY, _DOMAIN, locals())
    quotient_1 = (depth - 1) // 2
    quotient_2 = (height - 1) // 2
    quotient_3 = (width - 1) // 2
    if optimizer == "sgd":
        if (
            (depth == 1 and dim == 1 and height == 1 and width == 2)
            or (depth == 1 and dim == 1 and height == 2 and width == 1)
            or (depth == 2 and dim == 1 and height == 1 and width == 1)
        ):
            return 52 * batch + 8
        return max(
            4 * batch * depth * dim * height * width + 8 * dim**2 + 8 * dim + 8,
            4 * batch * depth * dim * height * width
            + 44 * batch * dim * quotient_1 * quotient_2 * quotient_3
            + 44 * batch * dim * quotient_1 * quotient_2
            + 44 * batch * dim * quotient_1 * quotient_3
            + 44 * batch * dim * quotient_1
            + 44 * batch * dim * quotient_2 * quotient_3
            + 44 * batch * dim * quotient_2
            + 44 * batch * dim * quotient_3
            + 44 * batch * dim
            + 4 * dim**2
            + 4 * dim,
            8 * batch * depth * dim * height * width
            + 12 * batch * dim * quotient_1 * quotient_2 * quotient_3
            + 12 * batch * dim * quotient_1 * quotient_2
            + 12 * batch * dim * quotient_1 * quotient_3
            + 12 * batch * dim * quotient_1
            + 12 * batch * dim * quotient_2 * quotient_3
            + 12 * batch * dim * quotient_2
            + 12 * batch * dim * quotient_3
            + 12 * batch * dim
            + 4 * dim**2
            + 4 * dim
            + 8,
        )
    if optimizer == "sgd_momentum":
        if (
            (depth == 1 and dim == 1 and height == 1 and width == 2)
            or (depth == 1 and dim == 1 and height == 2 and width == 1)
            or (depth == 2 and dim == 1 and height == 1 and width == 1)
        ):
            return 52 * batch + 8
        return max(
            12 * dim**2 + 12 * dim + 4,
            4 * batch * depth * dim * height * width + 8 * dim**2 + 8 * dim + 8,
            4 * batch * depth * dim * height * width
            + 44 * batch * dim * quotient_1 * quotient_2 * quotient_3
            + 44 * batch * dim * quotient_1 * quotient_2
            + 44 * batch * dim * quotient_1 * quotient_3
            + 44 * batch * dim * quotient_1
            + 44 * batch * dim * quotient_2 * quotient_3
            + 44 * batch * dim * quotient_2
            + 44 * batch * dim * quotient_3
            + 44 * batch * dim
            + 4 * dim**2
            + 4 * dim,
            8 * batch * depth * dim * height * width
            + 12 * batch * dim * quotient_1 * quotient_2 * quotient_3
            + 12 * batch * dim * quotient_1 * quotient_2
            + 12 * batch * dim * quotient_1 * quotient_3
            + 12 * batch * dim * quotient_1
            + 12 * batch * dim * quotient_2 * quotient_3
            + 12 * batch * dim * quotient_2
            + 12 * batch * dim * quotient_3
            + 12 * batch * dim
            + 4 * dim**2
            + 4 * dim
            + 8,
        )
    if (
        (depth == 1 and dim == 1 and height == 1 and width == 2)
        or (depth == 1 and dim == 1 and height == 2 and width == 1)
        or (depth == 2 and dim == 1 and height == 1 and width == 1)
    ):
        return 52 * batch + 8
    return max(
        20 * dim**2 + 24 * dim + 12,
        24 * dim**2 + 16 * dim + 12,
        4 * batch * depth * dim * height * width + 8 * dim**2 + 8 * dim + 8,
        4 * batch * depth * dim * height * width
        + 44 * batch * dim * quotient_1 * quotient_2 * quotient_3
        + 44 * batch * dim * quotient_1 * quotient_2
        + 44 * batch * dim * quotient_1 * quotient_3
        + 44 * batch * dim * quotient_1
        + 44 * batch * dim * quotient_2 * quotient_3
        + 44 * batch * dim * quotient_2
        + 44 * batch * dim * quotient_3
        + 44 * batch * dim
        + 4 * dim**2
        + 4 * dim,
        8 * batch * depth * dim * height * width
        + 12 * batch * dim * quotient_1 * quotient_2 * quotient_3
        + 12 * batch * dim * quotient_1 * quotient_2
        + 12 * batch * dim * quotient_1 * quotient_3
        + 12 * batch * dim * quotient_1
        + 12 * batch * dim * quotient_2 * quotient_3
        + 12 * batch * dim * quotient_2
        + 12 * batch * dim * quotient_3
        + 12 * batch * dim
        + 4 * dim**2
        + 4 * dim
        + 8,
    )
