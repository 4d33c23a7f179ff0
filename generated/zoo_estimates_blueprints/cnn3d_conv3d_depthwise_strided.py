"""cnn3d/conv3d_depthwise_strided: depthwise Conv3d 3^3 stride 2 . pointwise Conv3d

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.conv3d_depthwise_strided(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
Per-submodule terms of every quantity: python -m codegen explain cnn3d/conv3d_depthwise_strided.
"""

from __future__ import annotations

from . import again

KEY = "cnn3d/conv3d_depthwise_strided"
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


def cnn3d_conv3d_depthwise_strided_params(dim: int) -> int:
    """Parameters of cnn3d/conv3d_depthwise_strided.

    everywhere: dim**2 + 29 * dim

    Per submodule:
        0 (Conv3d): 28 * dim
        1 (Conv3d): dim**2 + dim
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn3d_conv3d_depthwise_strided_params, KEY, _DOMAIN, locals())
    return dim**2 + 29 * dim


def cnn3d_conv3d_depthwise_strided_buffers(dim: int) -> int:
    """Buffer elements of cnn3d/conv3d_depthwise_strided.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn3d_conv3d_depthwise_strided_buffers, KEY, _DOMAIN, locals())
    return 0


def cnn3d_conv3d_depthwise_strided_training_state_bytes(
    dim: int, *, optimizer: str = "adam"
) -> int:
    """Training state bytes of cnn3d/conv3d_depthwise_strided.

    if optimizer == 'sgd':

        everywhere: 8 * dim**2 + 232 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 12 * dim**2 + 348 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 16 * dim**2 + 464 * dim + 16
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn3d_conv3d_depthwise_strided_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 8 * dim**2 + 232 * dim
    if optimizer == "sgd_momentum":
        return 12 * dim**2 + 348 * dim
    return 16 * dim**2 + 464 * dim + 16


def cnn3d_conv3d_depthwise_strided_forward_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Forward FLOPs of cnn3d/conv3d_depthwise_strided.

    if (depth == 1 and dim == 1 and height == 1 and width == 2) or (depth == 1 and dim == 1 and
        height == 2 and width == 1) or (depth == 2 and dim == 1 and height == 1 and width == 1): 56
        * batch
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
    """
    if not (
        type(dim) is type(batch) is type(depth) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= depth <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn3d_conv3d_depthwise_strided_forward_flops, KEY, _DOMAIN, locals())
    if (
        (depth == 1 and dim == 1 and height == 1 and width == 2)
        or (depth == 1 and dim == 1 and height == 2 and width == 1)
        or (depth == 2 and dim == 1 and height == 1 and width == 1)
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

    if (depth == 1 and dim == 1 and height == 1 and width == 2) or (depth == 1 and dim == 1 and
        height == 2 and width == 1) or (depth == 2 and dim == 1 and height == 1 and width == 1): 112
        * batch
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
    """
    if not (
        type(dim) is type(batch) is type(depth) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= depth <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn3d_conv3d_depthwise_strided_backward_flops, KEY, _DOMAIN, locals())
    if (
        (depth == 1 and dim == 1 and height == 1 and width == 2)
        or (depth == 1 and dim == 1 and height == 2 and width == 1)
        or (depth == 2 and dim == 1 and height == 1 and width == 1)
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

    everywhere: 0
    """
    if not (
        type(dim) is type(batch) is type(depth) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= depth <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn3d_conv3d_depthwise_strided_elementwise_flops, KEY, _DOMAIN, locals())
    return 0


def cnn3d_conv3d_depthwise_strided_backward_elementwise_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn3d/conv3d_depthwise_strided.

    everywhere: 0
    """
    if not (
        type(dim) is type(batch) is type(depth) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= depth <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(
            cnn3d_conv3d_depthwise_strided_backward_elementwise_flops, KEY, _DOMAIN, locals()
        )
    return 0


def cnn3d_conv3d_depthwise_strided_activation_bytes(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Activation bytes of cnn3d/conv3d_depthwise_strided.

    if (depth == 1 and dim == 1 and height == 1 and width == 2) or (depth == 1 and dim == 1 and
        height == 2 and width == 1) or (depth == 2 and dim == 1 and height == 1 and width == 1): 12
        * batch
    otherwise: 4 * batch * depth * dim * height * width + 4 * batch * dim * ((depth - 1) // 2) *
        ((height - 1) // 2) * ((width - 1) // 2) + 4 * batch * dim * ((depth - 1) // 2) * ((height -
        1) // 2) + 4 * batch * dim * ((depth - 1) // 2) * ((width - 1) // 2) + 4 * batch * dim *
        ((depth - 1) // 2) + 4 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2) + 4 * batch
        * dim * ((height - 1) // 2) + 4 * batch * dim * ((width - 1) // 2) + 4 * batch * dim
    """
    if not (
        type(dim) is type(batch) is type(depth) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= depth <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn3d_conv3d_depthwise_strided_activation_bytes, KEY, _DOMAIN, locals())
    if (
        (depth == 1 and dim == 1 and height == 1 and width == 2)
        or (depth == 1 and dim == 1 and height == 2 and width == 1)
        or (depth == 2 and dim == 1 and height == 1 and width == 1)
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


def cnn3d_conv3d_depthwise_strided_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, depth: int, height: int, width: int
) -> int:
    """Peak bytes of a training step of cnn3d/conv3d_depthwise_strided.

    if optimizer == 'sgd':

        if (depth == 1 and dim == 1 and height == 1 and width == 2) or (depth == 1 and dim == 1 and
            height == 2 and width == 1) or (depth == 2 and dim == 1 and height == 1 and width == 1):
            max(4 * batch + 248, 8 * batch + 136)
        otherwise: max(4 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) * ((width -
            1) // 2) + 4 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) + 4 * batch * dim
            * ((depth - 1) // 2) * ((width - 1) // 2) + 4 * batch * dim * ((depth - 1) // 2) + 4 *
            batch * dim * ((height - 1) // 2) * ((width - 1) // 2) + 4 * batch * dim * ((height -
            1) // 2) + 4 * batch * dim * ((width - 1) // 2) + 4 * batch * dim + 8 * dim**2 + 232 *
            dim + 8, 8 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) * ((width - 1) // 2)
            + 8 * batch * dim * ((depth - 1) // 2) * ((height - 1) // 2) + 8 * batch * dim * ((depth
            - 1) // 2) * ((width - 1) // 2) + 8 * batch * dim * ((depth - 1) // 2) + 8 * batch * dim
            * ((height - 1) // 2) * ((width - 1) // 2) + 8 * batch * dim * ((height - 1) // 2) + 8 *
            batch * dim * ((width - 1) // 2) + 8 * batch * dim + 8 * dim**2 + 120 * dim + 8)

    if optimizer == 'sgd_momentum':

        if (depth == 1 and dim == 1 and height == 1 and width == 2) or (depth == 1 and dim == 1 and
            height == 2 and width == 1) or (depth == 2 and dim == 1 and height == 1 and width == 1):
            max(364, 4 * batch + 248, 8 * batch + 136)
        otherwise: max(12 * dim**2 + 348 * dim + 4, 4 * batch * dim * ((depth - 1) // 2) * ((height
            - 1) // 2) * ((width - 1) // 2) + 4 * batch * dim * ((depth - 1) // 2) * ((height -
            1) // 2) + 4 * batch * dim * ((depth - 1) // 2) * ((width - 1) // 2) + 4 * batch * dim *
            ((depth - 1) // 2) + 4 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2) + 4 *
            batch * dim * ((height - 1) // 2) + 4 * batch * dim * ((width - 1) // 2) + 4 * batch *
            dim + 8 * dim**2 + 232 * dim + 8, 8 * batch * dim * ((depth - 1) // 2) * ((height -
            1) // 2) * ((width - 1) // 2) + 8 * batch * dim * ((depth - 1) // 2) * ((height -
            1) // 2) + 8 * batch * dim * ((depth - 1) // 2) * ((width - 1) // 2) + 8 * batch * dim *
            ((depth - 1) // 2) + 8 * batch * dim * ((height - 1) // 2) * ((width - 1) // 2) + 8 *
            batch * dim * ((height - 1) // 2) + 8 * batch * dim * ((width - 1) // 2) + 8 * batch *
            dim + 8 * dim**2 + 120 * dim + 8)

    if optimizer in ('adam', 'adamw'):

        if (depth == 1 and dim == 1 and height == 1 and width == 2) or (depth == 1 and dim == 1 and
            height == 2 and width == 1) or (depth == 2 and dim == 1 and height == 1 and width == 1):
            max(716, 4 * batch + 248, 8 * batch + 136)
        otherwise: max(16 * dim**2 + 680 * dim + 20, 24 * dim**2 + 468 * dim + 20, 4 * batch * dim *
            ((depth - 1) // 2) * ((height - 1) // 2) * ((width - 1) // 2) + 4 * batch * dim *
            ((depth - 1) // 2) * ((height - 1) // 2) + 4 * batch * dim * ((depth - 1) // 2) *
            ((width - 1) // 2) + 4 * batch * dim * ((depth - 1) // 2) + 4 * batch * dim * ((height -
            1) // 2) * ((width - 1) // 2) + 4 * batch * dim * ((height - 1) // 2) + 4 * batch * dim
            * ((width - 1) // 2) + 4 * batch * dim + 8 * dim**2 + 232 * dim + 8, 8 * batch * dim *
            ((depth - 1) // 2) * ((height - 1) // 2) * ((width - 1) // 2) + 8 * batch * dim *
            ((depth - 1) // 2) * ((height - 1) // 2) + 8 * batch * dim * ((depth - 1) // 2) *
            ((width - 1) // 2) + 8 * batch * dim * ((depth - 1) // 2) + 8 * batch * dim * ((height -
            1) // 2) * ((width - 1) // 2) + 8 * batch * dim * ((height - 1) // 2) + 8 * batch * dim
            * ((width - 1) // 2) + 8 * batch * dim + 8 * dim**2 + 120 * dim + 8)
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
        return again(cnn3d_conv3d_depthwise_strided_peak_bytes, KEY, _DOMAIN, locals())
    quotient_1 = (depth - 1) // 2
    quotient_2 = (height - 1) // 2
    quotient_3 = (width - 1) // 2
    if optimizer == "sgd":
        if (
            (depth == 1 and dim == 1 and height == 1 and width == 2)
            or (depth == 1 and dim == 1 and height == 2 and width == 1)
            or (depth == 2 and dim == 1 and height == 1 and width == 1)
        ):
            return max(4 * batch + 248, 8 * batch + 136)
        return max(
            4 * batch * dim * quotient_1 * quotient_2 * quotient_3
            + 4 * batch * dim * quotient_1 * quotient_2
            + 4 * batch * dim * quotient_1 * quotient_3
            + 4 * batch * dim * quotient_1
            + 4 * batch * dim * quotient_2 * quotient_3
            + 4 * batch * dim * quotient_2
            + 4 * batch * dim * quotient_3
            + 4 * batch * dim
            + 8 * dim**2
            + 232 * dim
            + 8,
            8 * batch * dim * quotient_1 * quotient_2 * quotient_3
            + 8 * batch * dim * quotient_1 * quotient_2
            + 8 * batch * dim * quotient_1 * quotient_3
            + 8 * batch * dim * quotient_1
            + 8 * batch * dim * quotient_2 * quotient_3
            + 8 * batch * dim * quotient_2
            + 8 * batch * dim * quotient_3
            + 8 * batch * dim
            + 8 * dim**2
            + 120 * dim
            + 8,
        )
    if optimizer == "sgd_momentum":
        if (
            (depth == 1 and dim == 1 and height == 1 and width == 2)
            or (depth == 1 and dim == 1 and height == 2 and width == 1)
            or (depth == 2 and dim == 1 and height == 1 and width == 1)
        ):
            return max(364, 4 * batch + 248, 8 * batch + 136)
        return max(
            12 * dim**2 + 348 * dim + 4,
            4 * batch * dim * quotient_1 * quotient_2 * quotient_3
            + 4 * batch * dim * quotient_1 * quotient_2
            + 4 * batch * dim * quotient_1 * quotient_3
            + 4 * batch * dim * quotient_1
            + 4 * batch * dim * quotient_2 * quotient_3
            + 4 * batch * dim * quotient_2
            + 4 * batch * dim * quotient_3
            + 4 * batch * dim
            + 8 * dim**2
            + 232 * dim
            + 8,
            8 * batch * dim * quotient_1 * quotient_2 * quotient_3
            + 8 * batch * dim * quotient_1 * quotient_2
            + 8 * batch * dim * quotient_1 * quotient_3
            + 8 * batch * dim * quotient_1
            + 8 * batch * dim * quotient_2 * quotient_3
            + 8 * batch * dim * quotient_2
            + 8 * batch * dim * quotient_3
            + 8 * batch * dim
            + 8 * dim**2
            + 120 * dim
            + 8,
        )
    if (
        (depth == 1 and dim == 1 and height == 1 and width == 2)
        or (depth == 1 and dim == 1 and height == 2 and width == 1)
        or (depth == 2 and dim == 1 and height == 1 and width == 1)
    ):
        return max(716, 4 * batch + 248, 8 * batch + 136)
    return max(
        16 * dim**2 + 680 * dim + 20,
        24 * dim**2 + 468 * dim + 20,
        4 * batch * dim * quotient_1 * quotient_2 * quotient_3
        + 4 * batch * dim * quotient_1 * quotient_2
        + 4 * batch * dim * quotient_1 * quotient_3
        + 4 * batch * dim * quotient_1
        + 4 * batch * dim * quotient_2 * quotient_3
        + 4 * batch * dim * quotient_2
        + 4 * batch * dim * quotient_3
        + 4 * batch * dim
        + 8 * dim**2
        + 232 * dim
        + 8,
        8 * batch * dim * quotient_1 * quotient_2 * quotient_3
        + 8 * batch * dim * quotient_1 * quotient_2
        + 8 * batch * dim * quotient_1 * quotient_3
        + 8 * batch * dim * quotient_1
        + 8 * batch * dim * quotient_2 * quotient_3
        + 8 * batch * dim * quotient_2
        + 8 * batch * dim * quotient_3
        + 8 * batch * dim
        + 8 * dim**2
        + 120 * dim
        + 8,
    )
