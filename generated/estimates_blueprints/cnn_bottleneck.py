"""cnn/bottleneck: 1x1 down, 3x3, 1x1 up, residual

GENERATED FILE, do not edit (see the index, which imports this module).

Built by blueprints.cnn.bottleneck(); exact for 1 <= dim <= 65536, 1 <= reduction <= 64.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= height <= 65536, 1 <= width <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain cnn/bottleneck.
"""

from __future__ import annotations

from . import again, refused

KEY = "cnn/bottleneck"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "22a006ce4a806bf9"
HYPERPARAMETERS: tuple[str, ...] = ("reduction",)
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "reduction": (1, 64),
    "batch": (1, 65536),
    "height": (1, 65536),
    "width": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}
_NO_STEP = (
    "the training step raises ValueError where (batch == 1 and dim == 1 and height == 1 and "
    "width == 1) or (batch == 1 and dim == 2 and height == 1 and width == 1) or (batch == 1 "
    "and dim == 4 and height == 1 and width == 1) or (batch == 1 and dim == 8 and height == 1"
    " and width == 1) (blueprints/cnn.py, in forward)"
)


def _no_step(dim: int, batch: int, height: int, width: int) -> bool:
    return (
        (batch == 1 and dim == 1 and height == 1 and width == 1)
        or (batch == 1 and dim == 2 and height == 1 and width == 1)
        or (batch == 1 and dim == 4 and height == 1 and width == 1)
        or (batch == 1 and dim == 8 and height == 1 and width == 1)
    )


def cnn_bottleneck_params(dim: int, *, reduction: int = 4) -> int:
    """Parameters of cnn/bottleneck.

    if dim // reduction <= 8: 18 * dim + 576
    otherwise: 2 * dim * (dim // reduction) + 2 * dim + 9 * (dim // reduction) ** 2

    Per submodule:
        if dim // reduction <= 8:
            body.0 (Conv2d): 8 * dim
            body.2 (Conv2d): 576
            body.4 (Conv2d): 8 * dim
            body.5 (GroupNorm): 2 * dim
        otherwise:
            body.0 (Conv2d): dim * (dim // reduction)
            body.2 (Conv2d): 9 * (dim // reduction) ** 2
            body.4 (Conv2d): dim * (dim // reduction)
            body.5 (GroupNorm): 2 * dim
    """
    if not (type(dim) is type(reduction) is int and 1 <= dim <= 65536 and 1 <= reduction <= 64):
        return again(cnn_bottleneck_params, KEY, _DOMAIN, locals())
    dim_div_reduction = dim // reduction
    if dim_div_reduction <= 8:
        return 18 * dim + 576
    return 2 * dim * dim_div_reduction + 2 * dim + 9 * dim_div_reduction**2


def cnn_bottleneck_buffers(dim: int, *, reduction: int = 4) -> int:
    """Buffer elements of cnn/bottleneck.

    everywhere: 0
    """
    if not (type(dim) is type(reduction) is int and 1 <= dim <= 65536 and 1 <= reduction <= 64):
        return again(cnn_bottleneck_buffers, KEY, _DOMAIN, locals())
    return 0


def cnn_bottleneck_training_state_bytes(
    dim: int, *, optimizer: str = "adam", reduction: int = 4
) -> int:
    """Training state bytes of cnn/bottleneck.

    if optimizer == 'sgd':

        if dim // reduction <= 8: 144 * dim + 4608
        otherwise: 16 * dim * (dim // reduction) + 16 * dim + 72 * (dim // reduction) ** 2

    if optimizer == 'sgd_momentum':

        if dim // reduction <= 8: 216 * dim + 6912
        otherwise: 24 * dim * (dim // reduction) + 24 * dim + 108 * (dim // reduction) ** 2

    if optimizer in ('adam', 'adamw'):

        if dim // reduction <= 8: 288 * dim + 9236
        otherwise: 32 * dim * (dim // reduction) + 32 * dim + 144 * (dim // reduction) ** 2 + 20
    """
    if not (
        type(dim) is type(reduction) is int
        and 1 <= dim <= 65536
        and 1 <= reduction <= 64
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_bottleneck_training_state_bytes, KEY, _DOMAIN, locals())
    dim_div_reduction = dim // reduction
    if optimizer == "sgd":
        if dim_div_reduction <= 8:
            return 144 * dim + 4608
        return 16 * dim * dim_div_reduction + 16 * dim + 72 * dim_div_reduction**2
    if optimizer == "sgd_momentum":
        if dim_div_reduction <= 8:
            return 216 * dim + 6912
        return 24 * dim * dim_div_reduction + 24 * dim + 108 * dim_div_reduction**2
    if dim_div_reduction <= 8:
        return 288 * dim + 9236
    return 32 * dim * dim_div_reduction + 32 * dim + 144 * dim_div_reduction**2 + 20


def cnn_bottleneck_forward_flops(
    dim: int, *, batch: int, height: int, width: int, reduction: int = 4
) -> int:
    """Forward FLOPs of cnn/bottleneck.

    if _no_step(dim, batch, height, width): ValueError (the training step raises)
    if dim // reduction > 8: 4 * batch * dim * (dim // reduction) * height * width + 18 * batch *
        (dim // reduction) ** 2 * height * width
    otherwise: 32 * batch * dim * height * width + 1152 * batch * height * width
    """
    if not (
        type(dim) is type(reduction) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= reduction <= 64
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_bottleneck_forward_flops, KEY, _DOMAIN, locals())
    dim_div_reduction = dim // reduction
    if _no_step(dim, batch, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            reduction=reduction,
            batch=batch,
            height=height,
            width=width,
        )
    if dim_div_reduction > 8:
        return (
            4 * batch * dim * dim_div_reduction * height * width
            + 18 * batch * dim_div_reduction**2 * height * width
        )
    return 32 * batch * dim * height * width + 1152 * batch * height * width


def cnn_bottleneck_backward_flops(
    dim: int, *, batch: int, height: int, width: int, reduction: int = 4
) -> int:
    """Backward FLOPs of cnn/bottleneck.

    if _no_step(dim, batch, height, width): ValueError (the training step raises)
    if dim // reduction > 8: 8 * batch * dim * (dim // reduction) * height * width + 36 * batch *
        (dim // reduction) ** 2 * height * width
    otherwise: 64 * batch * dim * height * width + 2304 * batch * height * width
    """
    if not (
        type(dim) is type(reduction) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= reduction <= 64
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_bottleneck_backward_flops, KEY, _DOMAIN, locals())
    dim_div_reduction = dim // reduction
    if _no_step(dim, batch, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            reduction=reduction,
            batch=batch,
            height=height,
            width=width,
        )
    if dim_div_reduction > 8:
        return (
            8 * batch * dim * dim_div_reduction * height * width
            + 36 * batch * dim_div_reduction**2 * height * width
        )
    return 64 * batch * dim * height * width + 2304 * batch * height * width


def cnn_bottleneck_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int, reduction: int = 4
) -> int:
    """Forward elementwise operations of cnn/bottleneck.

    if _no_step(dim, batch, height, width): ValueError (the training step raises)
    if dim // reduction > 8: 6 * batch * dim * height * width + 2 * batch * (dim // reduction) *
        height * width
    otherwise: 6 * batch * dim * height * width + 16 * batch * height * width
    """
    if not (
        type(dim) is type(reduction) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= reduction <= 64
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_bottleneck_elementwise_flops, KEY, _DOMAIN, locals())
    dim_div_reduction = dim // reduction
    if _no_step(dim, batch, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            reduction=reduction,
            batch=batch,
            height=height,
            width=width,
        )
    if dim_div_reduction > 8:
        return 6 * batch * dim * height * width + 2 * batch * dim_div_reduction * height * width
    return 6 * batch * dim * height * width + 16 * batch * height * width


def cnn_bottleneck_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int, reduction: int = 4
) -> int:
    """Backward elementwise operations of cnn/bottleneck.

    if _no_step(dim, batch, height, width): ValueError (the training step raises)
    if dim // reduction > 8: 9 * batch * dim * height * width + 2 * batch * (dim // reduction) *
        height * width
    otherwise: 9 * batch * dim * height * width + 16 * batch * height * width
    """
    if not (
        type(dim) is type(reduction) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= reduction <= 64
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_bottleneck_backward_elementwise_flops, KEY, _DOMAIN, locals())
    dim_div_reduction = dim // reduction
    if _no_step(dim, batch, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            reduction=reduction,
            batch=batch,
            height=height,
            width=width,
        )
    if dim_div_reduction > 8:
        return 9 * batch * dim * height * width + 2 * batch * dim_div_reduction * height * width
    return 9 * batch * dim * height * width + 16 * batch * height * width


def cnn_bottleneck_activation_bytes(
    dim: int, *, batch: int, height: int, width: int, reduction: int = 4
) -> int:
    """Activation bytes of cnn/bottleneck.

    if _no_step(dim, batch, height, width): ValueError (the training step raises)
    if dim % 32 == 0 and dim // 32 >= 16 and dim // reduction <= 8: 8 * batch * dim * height * width
        + 64 * batch * height * width + 256 * batch
    if dim % 32 == 0 and dim // 32 >= 16: 8 * batch * dim * height * width + 8 * batch *
        (dim // reduction) * height * width + 256 * batch
    if dim % 16 == 0 and dim // 16 >= 16 and dim // reduction <= 8: 8 * batch * dim * height * width
        + 64 * batch * height * width + 128 * batch
    if dim % 16 == 0 and dim // 16 >= 16: 8 * batch * dim * height * width + 8 * batch *
        (dim // reduction) * height * width + 128 * batch
    if dim % 8 == 0 and dim // 8 >= 16 and dim // reduction > 8: 8 * batch * dim * height * width +
        8 * batch * (dim // reduction) * height * width + 64 * batch
    if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16): 8 * batch * dim * height * width + 64 * batch
        * height * width + 64 * batch
    if (dim < 16 and dim % 4 == 0 and dim // reduction > 8) or (dim % 4 == 0 and dim // 4 >= 16 and
        dim // reduction > 8): 8 * batch * dim * height * width + 8 * batch * (dim // reduction) *
        height * width + 32 * batch
    if (dim % 2 == 1 and dim // reduction > 8) or (dim >= 16 and dim // 2 < 16 and dim // reduction
        > 8): 8 * batch * dim * height * width + 8 * batch * (dim // reduction) * height * width + 8
        * batch
    if dim // reduction > 8: 8 * batch * dim * height * width + 8 * batch * (dim // reduction) *
        height * width + 16 * batch
    if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16): 8 * batch * dim * height *
        width + 64 * batch * height * width + 32 * batch
    if (dim < 16 and dim % 2 == 0) or (dim % 2 == 0 and dim // 2 >= 16): 8 * batch * dim * height *
        width + 64 * batch * height * width + 16 * batch
    otherwise: 8 * batch * dim * height * width + 64 * batch * height * width + 8 * batch
    """
    if not (
        type(dim) is type(reduction) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= reduction <= 64
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_bottleneck_activation_bytes, KEY, _DOMAIN, locals())
    dim_div_32 = dim // 32
    dim_div_16 = dim // 16
    dim_div_8 = dim // 8
    dim_div_4 = dim // 4
    dim_div_2 = dim // 2
    dim_div_reduction = dim // reduction
    if _no_step(dim, batch, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            reduction=reduction,
            batch=batch,
            height=height,
            width=width,
        )
    if dim % 32 == 0 and dim_div_32 >= 16 and dim_div_reduction <= 8:
        return 8 * batch * dim * height * width + 64 * batch * height * width + 256 * batch
    if dim % 32 == 0 and dim_div_32 >= 16:
        return (
            8 * batch * dim * height * width
            + 8 * batch * dim_div_reduction * height * width
            + 256 * batch
        )
    if dim % 16 == 0 and dim_div_16 >= 16 and dim_div_reduction <= 8:
        return 8 * batch * dim * height * width + 64 * batch * height * width + 128 * batch
    if dim % 16 == 0 and dim_div_16 >= 16:
        return (
            8 * batch * dim * height * width
            + 8 * batch * dim_div_reduction * height * width
            + 128 * batch
        )
    if dim % 8 == 0 and dim_div_8 >= 16 and dim_div_reduction > 8:
        return (
            8 * batch * dim * height * width
            + 8 * batch * dim_div_reduction * height * width
            + 64 * batch
        )
    if dim == 8 or (dim % 8 == 0 and dim_div_8 >= 16):
        return 8 * batch * dim * height * width + 64 * batch * height * width + 64 * batch
    if (dim < 16 and dim % 4 == 0 and dim_div_reduction > 8) or (
        dim % 4 == 0 and dim_div_4 >= 16 and dim_div_reduction > 8
    ):
        return (
            8 * batch * dim * height * width
            + 8 * batch * dim_div_reduction * height * width
            + 32 * batch
        )
    if (dim % 2 == 1 and dim_div_reduction > 8) or (
        dim >= 16 and dim_div_2 < 16 and dim_div_reduction > 8
    ):
        return (
            8 * batch * dim * height * width
            + 8 * batch * dim_div_reduction * height * width
            + 8 * batch
        )
    if dim_div_reduction > 8:
        return (
            8 * batch * dim * height * width
            + 8 * batch * dim_div_reduction * height * width
            + 16 * batch
        )
    if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim_div_4 >= 16):
        return 8 * batch * dim * height * width + 64 * batch * height * width + 32 * batch
    if (dim < 16 and dim % 2 == 0) or (dim % 2 == 0 and dim_div_2 >= 16):
        return 8 * batch * dim * height * width + 64 * batch * height * width + 16 * batch
    return 8 * batch * dim * height * width + 64 * batch * height * width + 8 * batch


def cnn_bottleneck_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, height: int, width: int, reduction: int = 4
) -> int:
    """Peak bytes of a training step of cnn/bottleneck.

    if optimizer == 'sgd':

        if _no_step(dim, batch, height, width): ValueError (the training step raises)
        if dim % 32 == 0 and dim // 32 >= 16 and dim // reduction <= 8: max(32 * batch * height *
            width + 140 * dim + 4 * (dim // 32) + 124 * max(1, dim // 32) + 4616, 96 * batch *
            height * width + 108 * dim + 4 * (dim // 32) + 124 * max(1, dim // 32) + 4616, 128 *
            batch * height * width + 108 * dim + 4 * (dim // 32) + 124 * max(1, dim // 32) + 2312,
            12 * batch * dim * height * width + 64 * batch * height * width + 256 * batch + 72 * dim
            + 2304, 128 * batch * (dim // 32) * height * width + 96 * batch * height * width + 108 *
            dim + 4 * (dim // 32) + 124 * max(1, dim // 32) + 2312, 8 * batch * dim * height * width
            + 128 * batch * (dim // 32) * height * width + 64 * batch * height * width + 256 * batch
            + 76 * dim + 4 * (dim // 32) + 124 * max(1, dim // 32) + 2312)
        if dim % 32 == 0 and dim // 32 >= 16: max(12 * batch * dim * height * width + 8 * batch *
            (dim // reduction) * height * width + 256 * batch + 8 * dim * (dim // reduction) + 8 *
            dim + 36 * (dim // reduction) ** 2, 4 * batch * (dim // reduction) * height * width + 16
            * dim * (dim // reduction) + 12 * dim + 4 * (dim // 32) + 72 * (dim // reduction) ** 2 +
            124 * max(1, dim // 32) + 8, 12 * batch * (dim // reduction) * height * width + 12 * dim
            * (dim // reduction) + 12 * dim + 4 * (dim // 32) + 72 * (dim // reduction) ** 2 + 124 *
            max(1, dim // 32) + 8, 16 * batch * (dim // reduction) * height * width + 12 * dim *
            (dim // reduction) + 12 * dim + 4 * (dim // 32) + 36 * (dim // reduction) ** 2 + 124 *
            max(1, dim // 32) + 8, 128 * batch * (dim // 32) * height * width + 12 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 32) + 36 * (dim // reduction) ** 2 + 124 * max(1, dim // 32) + 8, 8 * batch *
            dim * height * width + 128 * batch * (dim // 32) * height * width + 8 * batch *
            (dim // reduction) * height * width + 256 * batch + 8 * dim * (dim // reduction) + 12 *
            dim + 4 * (dim // 32) + 36 * (dim // reduction) ** 2 + 124 * max(1, dim // 32) + 8)
        if dim % 16 == 0 and dim // 16 >= 16 and dim // reduction <= 8: max(32 * batch * height *
            width + 140 * dim + 4 * (dim // 16) + 60 * max(1, dim // 16) + 4616, 96 * batch * height
            * width + 108 * dim + 4 * (dim // 16) + 60 * max(1, dim // 16) + 4616, 128 * batch *
            height * width + 108 * dim + 4 * (dim // 16) + 60 * max(1, dim // 16) + 2312, 12 * batch
            * dim * height * width + 64 * batch * height * width + 128 * batch + 72 * dim + 2304, 64
            * batch * (dim // 16) * height * width + 96 * batch * height * width + 108 * dim + 4 *
            (dim // 16) + 60 * max(1, dim // 16) + 2312, 8 * batch * dim * height * width + 64 *
            batch * (dim // 16) * height * width + 64 * batch * height * width + 128 * batch + 76 *
            dim + 4 * (dim // 16) + 60 * max(1, dim // 16) + 2312)
        if dim % 16 == 0 and dim // 16 >= 16: max(12 * batch * dim * height * width + 8 * batch *
            (dim // reduction) * height * width + 128 * batch + 8 * dim * (dim // reduction) + 8 *
            dim + 36 * (dim // reduction) ** 2, 4 * batch * (dim // reduction) * height * width + 16
            * dim * (dim // reduction) + 12 * dim + 4 * (dim // 16) + 72 * (dim // reduction) ** 2 +
            60 * max(1, dim // 16) + 8, 12 * batch * (dim // reduction) * height * width + 12 * dim
            * (dim // reduction) + 12 * dim + 4 * (dim // 16) + 72 * (dim // reduction) ** 2 + 60 *
            max(1, dim // 16) + 8, 16 * batch * (dim // reduction) * height * width + 12 * dim *
            (dim // reduction) + 12 * dim + 4 * (dim // 16) + 36 * (dim // reduction) ** 2 + 60 *
            max(1, dim // 16) + 8, 64 * batch * (dim // 16) * height * width + 12 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 16) + 36 * (dim // reduction) ** 2 + 60 * max(1, dim // 16) + 8, 8 * batch * dim
            * height * width + 64 * batch * (dim // 16) * height * width + 8 * batch *
            (dim // reduction) * height * width + 128 * batch + 8 * dim * (dim // reduction) + 12 *
            dim + 4 * (dim // 16) + 36 * (dim // reduction) ** 2 + 60 * max(1, dim // 16) + 8)
        if dim % 8 == 0 and dim // 8 >= 16 and dim // reduction > 8: max(12 * batch * dim * height *
            width + 8 * batch * (dim // reduction) * height * width + 64 * batch + 8 * dim *
            (dim // reduction) + 8 * dim + 36 * (dim // reduction) ** 2, 4 * batch *
            (dim // reduction) * height * width + 16 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 8) + 72 * (dim // reduction) ** 2 + 28 * max(1, dim // 8) + 8, 12 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 8) + 72 * (dim // reduction) ** 2 + 28 * max(1, dim // 8) + 8, 16 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 8) + 36 * (dim // reduction) ** 2 + 28 * max(1, dim // 8) + 8, 32 * batch *
            (dim // 8) * height * width + 12 * batch * (dim // reduction) * height * width + 12 *
            dim * (dim // reduction) + 12 * dim + 4 * (dim // 8) + 36 * (dim // reduction) ** 2 + 28
            * max(1, dim // 8) + 8, 8 * batch * dim * height * width + 32 * batch * (dim // 8) *
            height * width + 8 * batch * (dim // reduction) * height * width + 64 * batch + 8 * dim
            * (dim // reduction) + 12 * dim + 4 * (dim // 8) + 36 * (dim // reduction) ** 2 + 28 *
            max(1, dim // 8) + 8)
        if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16): max(32 * batch * height * width + 140 *
            dim + 4 * (dim // 8) + 28 * max(1, dim // 8) + 4616, 96 * batch * height * width + 108 *
            dim + 4 * (dim // 8) + 28 * max(1, dim // 8) + 4616, 128 * batch * height * width + 108
            * dim + 4 * (dim // 8) + 28 * max(1, dim // 8) + 2312, 12 * batch * dim * height * width
            + 64 * batch * height * width + 64 * batch + 72 * dim + 2304, 32 * batch * (dim // 8) *
            height * width + 96 * batch * height * width + 108 * dim + 4 * (dim // 8) + 28 * max(1,
            dim // 8) + 2312, 8 * batch * dim * height * width + 32 * batch * (dim // 8) * height *
            width + 64 * batch * height * width + 64 * batch + 76 * dim + 4 * (dim // 8) + 28 *
            max(1, dim // 8) + 2312)
        if (dim < 16 and dim % 4 == 0 and dim // reduction > 8) or (dim % 4 == 0 and dim // 4 >= 16
            and dim // reduction > 8): max(12 * batch * dim * height * width + 8 * batch *
            (dim // reduction) * height * width + 32 * batch + 8 * dim * (dim // reduction) + 8 *
            dim + 36 * (dim // reduction) ** 2, 4 * batch * (dim // reduction) * height * width + 16
            * dim * (dim // reduction) + 12 * dim + 4 * (dim // 4) + 72 * (dim // reduction) ** 2 +
            12 * max(1, dim // 4) + 8, 12 * batch * (dim // reduction) * height * width + 12 * dim *
            (dim // reduction) + 12 * dim + 4 * (dim // 4) + 72 * (dim // reduction) ** 2 + 12 *
            max(1, dim // 4) + 8, 16 * batch * (dim // reduction) * height * width + 12 * dim *
            (dim // reduction) + 12 * dim + 4 * (dim // 4) + 36 * (dim // reduction) ** 2 + 12 *
            max(1, dim // 4) + 8, 16 * batch * (dim // 4) * height * width + 12 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 4) + 36 * (dim // reduction) ** 2 + 12 * max(1, dim // 4) + 8, 8 * batch * dim *
            height * width + 16 * batch * (dim // 4) * height * width + 8 * batch *
            (dim // reduction) * height * width + 32 * batch + 8 * dim * (dim // reduction) + 12 *
            dim + 4 * (dim // 4) + 36 * (dim // reduction) ** 2 + 12 * max(1, dim // 4) + 8)
        if (dim == 4 and batch != 1) or (dim % 4 == 0 and dim // 4 >= 16) or (dim < 16 and dim != 4
            and dim % 4 == 0): max(32 * batch * height * width + 140 * dim + 4 * (dim // 4) + 12 *
            max(1, dim // 4) + 4616, 96 * batch * height * width + 108 * dim + 4 * (dim // 4) + 12 *
            max(1, dim // 4) + 4616, 128 * batch * height * width + 108 * dim + 4 * (dim // 4) + 12
            * max(1, dim // 4) + 2312, 12 * batch * dim * height * width + 64 * batch * height *
            width + 32 * batch + 72 * dim + 2304, 16 * batch * (dim // 4) * height * width + 96 *
            batch * height * width + 108 * dim + 4 * (dim // 4) + 12 * max(1, dim // 4) + 2312, 8 *
            batch * dim * height * width + 16 * batch * (dim // 4) * height * width + 64 * batch *
            height * width + 32 * batch + 76 * dim + 4 * (dim // 4) + 12 * max(1, dim // 4) + 2312)
        if (dim % 2 == 1 and dim // reduction > 8) or (dim >= 16 and dim // 2 < 16 and
            dim // reduction > 8): max(4 * batch * (dim // reduction) * height * width + 16 * dim *
            (dim // reduction) + 16 * dim + 72 * (dim // reduction) ** 2 + 8, 12 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 16 * dim + 72 *
            (dim // reduction) ** 2 + 8, 16 * batch * (dim // reduction) * height * width + 12 * dim
            * (dim // reduction) + 16 * dim + 36 * (dim // reduction) ** 2 + 8, 4 * batch * dim *
            height * width + 12 * batch * (dim // reduction) * height * width + 12 * dim *
            (dim // reduction) + 16 * dim + 36 * (dim // reduction) ** 2 + 8, 12 * batch * dim *
            height * width + 8 * batch * (dim // reduction) * height * width + 8 * batch + 8 * dim *
            (dim // reduction) + 16 * dim + 36 * (dim // reduction) ** 2 + 8)
        if dim // reduction > 8: max(12 * batch * dim * height * width + 8 * batch *
            (dim // reduction) * height * width + 16 * batch + 8 * dim * (dim // reduction) + 8 *
            dim + 36 * (dim // reduction) ** 2, 4 * batch * (dim // reduction) * height * width + 16
            * dim * (dim // reduction) + 12 * dim + 4 * (dim // 2) + 72 * (dim // reduction) ** 2 +
            4 * max(1, dim // 2) + 8, 12 * batch * (dim // reduction) * height * width + 12 * dim *
            (dim // reduction) + 12 * dim + 4 * (dim // 2) + 72 * (dim // reduction) ** 2 + 4 *
            max(1, dim // 2) + 8, 16 * batch * (dim // reduction) * height * width + 12 * dim *
            (dim // reduction) + 12 * dim + 4 * (dim // 2) + 36 * (dim // reduction) ** 2 + 4 *
            max(1, dim // 2) + 8, 8 * batch * (dim // 2) * height * width + 12 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 2) + 36 * (dim // reduction) ** 2 + 4 * max(1, dim // 2) + 8, 8 * batch * dim *
            height * width + 8 * batch * (dim // 2) * height * width + 8 * batch *
            (dim // reduction) * height * width + 16 * batch + 8 * dim * (dim // reduction) + 12 *
            dim + 4 * (dim // 2) + 36 * (dim // reduction) ** 2 + 4 * max(1, dim // 2) + 8)
        if (dim % 2 == 0 and dim // 2 >= 16) or (dim < 16 and batch != 1 and dim != 2 and dim % 2 ==
            0) or (dim < 16 and dim != 2 and dim % 2 == 0 and dim % 4 != 0): max(32 * batch * height
            * width + 140 * dim + 4 * (dim // 2) + 4 * max(1, dim // 2) + 4616, 96 * batch * height
            * width + 108 * dim + 4 * (dim // 2) + 4 * max(1, dim // 2) + 4616, 128 * batch * height
            * width + 108 * dim + 4 * (dim // 2) + 4 * max(1, dim // 2) + 2312, 12 * batch * dim *
            height * width + 64 * batch * height * width + 16 * batch + 72 * dim + 2304, 8 * batch *
            (dim // 2) * height * width + 96 * batch * height * width + 108 * dim + 4 * (dim // 2) +
            4 * max(1, dim // 2) + 2312, 8 * batch * dim * height * width + 8 * batch * (dim // 2) *
            height * width + 64 * batch * height * width + 16 * batch + 76 * dim + 4 * (dim // 2) +
            4 * max(1, dim // 2) + 2312)
        otherwise: max(32 * batch * height * width + 144 * dim + 4616, 96 * batch * height * width +
            112 * dim + 4616, 128 * batch * height * width + 112 * dim + 2312, 4 * batch * dim *
            height * width + 96 * batch * height * width + 112 * dim + 2312, 12 * batch * dim *
            height * width + 64 * batch * height * width + 8 * batch + 80 * dim + 2312)

    if optimizer == 'sgd_momentum':

        if _no_step(dim, batch, height, width): ValueError (the training step raises)
        if dim % 32 == 0 and dim // 32 >= 16 and dim // reduction <= 8: max(208 * dim + 132 *
            (dim // 32) + 124 * max(1, dim // 32) + 6916, 32 * batch * height * width + 140 * dim +
            4 * (dim // 32) + 124 * max(1, dim // 32) + 4616, 96 * batch * height * width + 108 *
            dim + 4 * (dim // 32) + 124 * max(1, dim // 32) + 4616, 128 * batch * height * width +
            108 * dim + 4 * (dim // 32) + 124 * max(1, dim // 32) + 2312, 12 * batch * dim * height
            * width + 64 * batch * height * width + 256 * batch + 72 * dim + 2304, 128 * batch *
            (dim // 32) * height * width + 96 * batch * height * width + 108 * dim + 4 * (dim // 32)
            + 124 * max(1, dim // 32) + 2312, 8 * batch * dim * height * width + 128 * batch *
            (dim // 32) * height * width + 64 * batch * height * width + 256 * batch + 76 * dim + 4
            * (dim // 32) + 124 * max(1, dim // 32) + 2312)
        if dim % 32 == 0 and dim // 32 >= 16: max(20 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 32) + 72 * (dim // reduction) ** 2 + 124 * max(1, dim // 32) + 4, 12 * batch *
            dim * height * width + 8 * batch * (dim // reduction) * height * width + 256 * batch + 8
            * dim * (dim // reduction) + 8 * dim + 36 * (dim // reduction) ** 2, 4 * batch *
            (dim // reduction) * height * width + 16 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 32) + 72 * (dim // reduction) ** 2 + 124 * max(1, dim // 32) + 8, 12 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 32) + 72 * (dim // reduction) ** 2 + 124 * max(1, dim // 32) + 8, 16 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 32) + 36 * (dim // reduction) ** 2 + 124 * max(1, dim // 32) + 8, 128 * batch *
            (dim // 32) * height * width + 12 * batch * (dim // reduction) * height * width + 12 *
            dim * (dim // reduction) + 12 * dim + 4 * (dim // 32) + 36 * (dim // reduction) ** 2 +
            124 * max(1, dim // 32) + 8, 20 * dim * (dim // reduction) + 4 * dim * max(1,
            dim // reduction) + 16 * dim + 132 * (dim // 32) + 72 * (dim // reduction) ** 2 + 36 *
            (dim // reduction) * max(1, dim // reduction) + 40 * (dim // reduction) + 124 * max(1,
            dim // 32) - 40 * max(1, dim // reduction) + 4, 8 * batch * dim * height * width + 128 *
            batch * (dim // 32) * height * width + 8 * batch * (dim // reduction) * height * width +
            256 * batch + 8 * dim * (dim // reduction) + 12 * dim + 4 * (dim // 32) + 36 *
            (dim // reduction) ** 2 + 124 * max(1, dim // 32) + 8)
        if dim % 16 == 0 and dim // 16 >= 16 and dim // reduction <= 8: max(208 * dim + 68 *
            (dim // 16) + 60 * max(1, dim // 16) + 6916, 32 * batch * height * width + 140 * dim + 4
            * (dim // 16) + 60 * max(1, dim // 16) + 4616, 96 * batch * height * width + 108 * dim +
            4 * (dim // 16) + 60 * max(1, dim // 16) + 4616, 128 * batch * height * width + 108 *
            dim + 4 * (dim // 16) + 60 * max(1, dim // 16) + 2312, 12 * batch * dim * height * width
            + 64 * batch * height * width + 128 * batch + 72 * dim + 2304, 64 * batch * (dim // 16)
            * height * width + 96 * batch * height * width + 108 * dim + 4 * (dim // 16) + 60 *
            max(1, dim // 16) + 2312, 8 * batch * dim * height * width + 64 * batch * (dim // 16) *
            height * width + 64 * batch * height * width + 128 * batch + 76 * dim + 4 * (dim // 16)
            + 60 * max(1, dim // 16) + 2312)
        if dim % 16 == 0 and dim // 16 >= 16: max(20 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 16) + 72 * (dim // reduction) ** 2 + 60 * max(1, dim // 16) + 4, 12 * batch *
            dim * height * width + 8 * batch * (dim // reduction) * height * width + 128 * batch + 8
            * dim * (dim // reduction) + 8 * dim + 36 * (dim // reduction) ** 2, 4 * batch *
            (dim // reduction) * height * width + 16 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 16) + 72 * (dim // reduction) ** 2 + 60 * max(1, dim // 16) + 8, 12 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 16) + 72 * (dim // reduction) ** 2 + 60 * max(1, dim // 16) + 8, 16 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 16) + 36 * (dim // reduction) ** 2 + 60 * max(1, dim // 16) + 8, 64 * batch *
            (dim // 16) * height * width + 12 * batch * (dim // reduction) * height * width + 12 *
            dim * (dim // reduction) + 12 * dim + 4 * (dim // 16) + 36 * (dim // reduction) ** 2 +
            60 * max(1, dim // 16) + 8, 20 * dim * (dim // reduction) + 4 * dim * max(1,
            dim // reduction) + 16 * dim + 68 * (dim // 16) + 72 * (dim // reduction) ** 2 + 36 *
            (dim // reduction) * max(1, dim // reduction) + 40 * (dim // reduction) + 60 * max(1,
            dim // 16) - 40 * max(1, dim // reduction) + 4, 8 * batch * dim * height * width + 64 *
            batch * (dim // 16) * height * width + 8 * batch * (dim // reduction) * height * width +
            128 * batch + 8 * dim * (dim // reduction) + 12 * dim + 4 * (dim // 16) + 36 *
            (dim // reduction) ** 2 + 60 * max(1, dim // 16) + 8)
        if dim % 8 == 0 and dim // 8 >= 16 and dim // reduction > 8: max(20 * dim *
            (dim // reduction) + 12 * dim + 4 * (dim // 8) + 72 * (dim // reduction) ** 2 + 28 *
            max(1, dim // 8) + 4, 12 * batch * dim * height * width + 8 * batch * (dim // reduction)
            * height * width + 64 * batch + 8 * dim * (dim // reduction) + 8 * dim + 36 *
            (dim // reduction) ** 2, 4 * batch * (dim // reduction) * height * width + 16 * dim *
            (dim // reduction) + 12 * dim + 4 * (dim // 8) + 72 * (dim // reduction) ** 2 + 28 *
            max(1, dim // 8) + 8, 12 * batch * (dim // reduction) * height * width + 12 * dim *
            (dim // reduction) + 12 * dim + 4 * (dim // 8) + 72 * (dim // reduction) ** 2 + 28 *
            max(1, dim // 8) + 8, 16 * batch * (dim // reduction) * height * width + 12 * dim *
            (dim // reduction) + 12 * dim + 4 * (dim // 8) + 36 * (dim // reduction) ** 2 + 28 *
            max(1, dim // 8) + 8, 32 * batch * (dim // 8) * height * width + 12 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 8) + 36 * (dim // reduction) ** 2 + 28 * max(1, dim // 8) + 8, 20 * dim *
            (dim // reduction) + 4 * dim * max(1, dim // reduction) + 16 * dim + 36 * (dim // 8) +
            72 * (dim // reduction) ** 2 + 36 * (dim // reduction) * max(1, dim // reduction) + 40 *
            (dim // reduction) + 28 * max(1, dim // 8) - 40 * max(1, dim // reduction) + 4, 8 *
            batch * dim * height * width + 32 * batch * (dim // 8) * height * width + 8 * batch *
            (dim // reduction) * height * width + 64 * batch + 8 * dim * (dim // reduction) + 12 *
            dim + 4 * (dim // 8) + 36 * (dim // reduction) ** 2 + 28 * max(1, dim // 8) + 8)
        if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16): max(208 * dim + 36 * (dim // 8) + 28 *
            max(1, dim // 8) + 6916, 32 * batch * height * width + 140 * dim + 4 * (dim // 8) + 28 *
            max(1, dim // 8) + 4616, 96 * batch * height * width + 108 * dim + 4 * (dim // 8) + 28 *
            max(1, dim // 8) + 4616, 128 * batch * height * width + 108 * dim + 4 * (dim // 8) + 28
            * max(1, dim // 8) + 2312, 12 * batch * dim * height * width + 64 * batch * height *
            width + 64 * batch + 72 * dim + 2304, 32 * batch * (dim // 8) * height * width + 96 *
            batch * height * width + 108 * dim + 4 * (dim // 8) + 28 * max(1, dim // 8) + 2312, 8 *
            batch * dim * height * width + 32 * batch * (dim // 8) * height * width + 64 * batch *
            height * width + 64 * batch + 76 * dim + 4 * (dim // 8) + 28 * max(1, dim // 8) + 2312)
        if (dim < 16 and dim % 4 == 0 and dim // reduction > 8) or (dim % 4 == 0 and dim // 4 >= 16
            and dim // reduction > 8): max(20 * dim * (dim // reduction) + 12 * dim + 4 * (dim // 4)
            + 72 * (dim // reduction) ** 2 + 12 * max(1, dim // 4) + 4, 12 * batch * dim * height *
            width + 8 * batch * (dim // reduction) * height * width + 32 * batch + 8 * dim *
            (dim // reduction) + 8 * dim + 36 * (dim // reduction) ** 2, 4 * batch *
            (dim // reduction) * height * width + 16 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 4) + 72 * (dim // reduction) ** 2 + 12 * max(1, dim // 4) + 8, 12 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 4) + 72 * (dim // reduction) ** 2 + 12 * max(1, dim // 4) + 8, 16 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 4) + 36 * (dim // reduction) ** 2 + 12 * max(1, dim // 4) + 8, 16 * batch *
            (dim // 4) * height * width + 12 * batch * (dim // reduction) * height * width + 12 *
            dim * (dim // reduction) + 12 * dim + 4 * (dim // 4) + 36 * (dim // reduction) ** 2 + 12
            * max(1, dim // 4) + 8, 20 * dim * (dim // reduction) + 4 * dim * max(1,
            dim // reduction) + 16 * dim + 20 * (dim // 4) + 72 * (dim // reduction) ** 2 + 36 *
            (dim // reduction) * max(1, dim // reduction) + 40 * (dim // reduction) + 12 * max(1,
            dim // 4) - 40 * max(1, dim // reduction) + 4, 8 * batch * dim * height * width + 16 *
            batch * (dim // 4) * height * width + 8 * batch * (dim // reduction) * height * width +
            32 * batch + 8 * dim * (dim // reduction) + 12 * dim + 4 * (dim // 4) + 36 *
            (dim // reduction) ** 2 + 12 * max(1, dim // 4) + 8)
        if (dim == 4 and batch != 1) or (dim % 4 == 0 and dim // 4 >= 16) or (dim < 16 and dim != 4
            and dim % 4 == 0): max(208 * dim + 20 * (dim // 4) + 12 * max(1, dim // 4) + 6916, 32 *
            batch * height * width + 140 * dim + 4 * (dim // 4) + 12 * max(1, dim // 4) + 4616, 96 *
            batch * height * width + 108 * dim + 4 * (dim // 4) + 12 * max(1, dim // 4) + 4616, 128
            * batch * height * width + 108 * dim + 4 * (dim // 4) + 12 * max(1, dim // 4) + 2312, 12
            * batch * dim * height * width + 64 * batch * height * width + 32 * batch + 72 * dim +
            2304, 16 * batch * (dim // 4) * height * width + 96 * batch * height * width + 108 * dim
            + 4 * (dim // 4) + 12 * max(1, dim // 4) + 2312, 8 * batch * dim * height * width + 16 *
            batch * (dim // 4) * height * width + 64 * batch * height * width + 32 * batch + 76 *
            dim + 4 * (dim // 4) + 12 * max(1, dim // 4) + 2312)
        if (dim % 2 == 1 and dim // reduction > 8) or (dim >= 16 and dim // 2 < 16 and
            dim // reduction > 8): max(20 * dim * (dim // reduction) + 16 * dim + 72 *
            (dim // reduction) ** 2 + 4, 4 * batch * (dim // reduction) * height * width + 16 * dim
            * (dim // reduction) + 16 * dim + 72 * (dim // reduction) ** 2 + 8, 12 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 16 * dim + 72 *
            (dim // reduction) ** 2 + 8, 16 * batch * (dim // reduction) * height * width + 12 * dim
            * (dim // reduction) + 16 * dim + 36 * (dim // reduction) ** 2 + 8, 4 * batch * dim *
            height * width + 12 * batch * (dim // reduction) * height * width + 12 * dim *
            (dim // reduction) + 16 * dim + 36 * (dim // reduction) ** 2 + 8, 12 * batch * dim *
            height * width + 8 * batch * (dim // reduction) * height * width + 8 * batch + 8 * dim *
            (dim // reduction) + 16 * dim + 36 * (dim // reduction) ** 2 + 8, 20 * dim *
            (dim // reduction) + 4 * dim * max(1, dim // reduction) + 24 * dim + 72 *
            (dim // reduction) ** 2 + 36 * (dim // reduction) * max(1, dim // reduction) + 40 *
            (dim // reduction) - 40 * max(1, dim // reduction) + 4)
        if dim // reduction > 8: max(20 * dim * (dim // reduction) + 12 * dim + 4 * (dim // 2) + 72
            * (dim // reduction) ** 2 + 4 * max(1, dim // 2) + 4, 12 * batch * dim * height * width
            + 8 * batch * (dim // reduction) * height * width + 16 * batch + 8 * dim *
            (dim // reduction) + 8 * dim + 36 * (dim // reduction) ** 2, 4 * batch *
            (dim // reduction) * height * width + 16 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 2) + 72 * (dim // reduction) ** 2 + 4 * max(1, dim // 2) + 8, 12 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 2) + 72 * (dim // reduction) ** 2 + 4 * max(1, dim // 2) + 8, 16 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 2) + 36 * (dim // reduction) ** 2 + 4 * max(1, dim // 2) + 8, 8 * batch *
            (dim // 2) * height * width + 12 * batch * (dim // reduction) * height * width + 12 *
            dim * (dim // reduction) + 12 * dim + 4 * (dim // 2) + 36 * (dim // reduction) ** 2 + 4
            * max(1, dim // 2) + 8, 20 * dim * (dim // reduction) + 4 * dim * max(1,
            dim // reduction) + 16 * dim + 12 * (dim // 2) + 72 * (dim // reduction) ** 2 + 36 *
            (dim // reduction) * max(1, dim // reduction) + 40 * (dim // reduction) + 4 * max(1,
            dim // 2) - 40 * max(1, dim // reduction) + 4, 8 * batch * dim * height * width + 8 *
            batch * (dim // 2) * height * width + 8 * batch * (dim // reduction) * height * width +
            16 * batch + 8 * dim * (dim // reduction) + 12 * dim + 4 * (dim // 2) + 36 *
            (dim // reduction) ** 2 + 4 * max(1, dim // 2) + 8)
        if (dim % 2 == 0 and dim // 2 >= 16) or (dim < 16 and batch != 1 and dim != 2 and dim % 2 ==
            0) or (dim < 16 and dim != 2 and dim % 2 == 0 and dim % 4 != 0): max(208 * dim + 12 *
            (dim // 2) + 4 * max(1, dim // 2) + 6916, 32 * batch * height * width + 140 * dim + 4 *
            (dim // 2) + 4 * max(1, dim // 2) + 4616, 96 * batch * height * width + 108 * dim + 4 *
            (dim // 2) + 4 * max(1, dim // 2) + 4616, 128 * batch * height * width + 108 * dim + 4 *
            (dim // 2) + 4 * max(1, dim // 2) + 2312, 12 * batch * dim * height * width + 64 * batch
            * height * width + 16 * batch + 72 * dim + 2304, 8 * batch * (dim // 2) * height * width
            + 96 * batch * height * width + 108 * dim + 4 * (dim // 2) + 4 * max(1, dim // 2) +
            2312, 8 * batch * dim * height * width + 8 * batch * (dim // 2) * height * width + 64 *
            batch * height * width + 16 * batch + 76 * dim + 4 * (dim // 2) + 4 * max(1, dim // 2) +
            2312)
        otherwise: max(216 * dim + 6916, 32 * batch * height * width + 144 * dim + 4616, 96 * batch
            * height * width + 112 * dim + 4616, 128 * batch * height * width + 112 * dim + 2312, 4
            * batch * dim * height * width + 96 * batch * height * width + 112 * dim + 2312, 12 *
            batch * dim * height * width + 64 * batch * height * width + 8 * batch + 80 * dim +
            2312)

    if optimizer in ('adam', 'adamw'):

        if _no_step(dim, batch, height, width): ValueError (the training step raises)
        if dim % 32 == 0 and dim // 32 >= 16 and dim // reduction <= 8: max(316 * dim + 4 *
            (dim // 32) + 124 * max(1, dim // 32) + 13848, 348 * dim + 4 * (dim // 32) + 124 *
            max(1, dim // 32) + 11544, 32 * batch * height * width + 140 * dim + 4 * (dim // 32) +
            124 * max(1, dim // 32) + 4616, 96 * batch * height * width + 108 * dim + 4 *
            (dim // 32) + 124 * max(1, dim // 32) + 4616, 128 * batch * height * width + 108 * dim +
            4 * (dim // 32) + 124 * max(1, dim // 32) + 2312, 12 * batch * dim * height * width + 64
            * batch * height * width + 256 * batch + 72 * dim + 2304, 128 * batch * (dim // 32) *
            height * width + 96 * batch * height * width + 108 * dim + 4 * (dim // 32) + 124 *
            max(1, dim // 32) + 2312, 8 * batch * dim * height * width + 128 * batch * (dim // 32) *
            height * width + 64 * batch * height * width + 256 * batch + 76 * dim + 4 * (dim // 32)
            + 124 * max(1, dim // 32) + 2312)
        if dim % 32 == 0 and dim // 32 >= 16: max(32 * dim * (dim // reduction) + 40 * dim + 4 *
            (dim // 32) + 144 * (dim // reduction) ** 2 + 124 * max(1, dim // 32) + 24, 36 * dim *
            (dim // reduction) + 28 * dim + 4 * (dim // 32) + 216 * (dim // reduction) ** 2 + 124 *
            max(1, dim // 32) + 24, 36 * dim * (dim // reduction) + 36 * dim + 4 * (dim // 32) + 144
            * (dim // reduction) ** 2 + 124 * max(1, dim // 32) + 24, 40 * dim * (dim // reduction)
            + 28 * dim + 4 * (dim // 32) + 180 * (dim // reduction) ** 2 + 124 * max(1, dim // 32) +
            24, 12 * batch * dim * height * width + 8 * batch * (dim // reduction) * height * width
            + 256 * batch + 8 * dim * (dim // reduction) + 8 * dim + 36 * (dim // reduction) ** 2, 4
            * batch * (dim // reduction) * height * width + 16 * dim * (dim // reduction) + 12 * dim
            + 4 * (dim // 32) + 72 * (dim // reduction) ** 2 + 124 * max(1, dim // 32) + 8, 12 *
            batch * (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim +
            4 * (dim // 32) + 72 * (dim // reduction) ** 2 + 124 * max(1, dim // 32) + 8, 16 * batch
            * (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 32) + 36 * (dim // reduction) ** 2 + 124 * max(1, dim // 32) + 8, 128 * batch *
            (dim // 32) * height * width + 12 * batch * (dim // reduction) * height * width + 12 *
            dim * (dim // reduction) + 12 * dim + 4 * (dim // 32) + 36 * (dim // reduction) ** 2 +
            124 * max(1, dim // 32) + 8, 8 * batch * dim * height * width + 128 * batch *
            (dim // 32) * height * width + 8 * batch * (dim // reduction) * height * width + 256 *
            batch + 8 * dim * (dim // reduction) + 12 * dim + 4 * (dim // 32) + 36 *
            (dim // reduction) ** 2 + 124 * max(1, dim // 32) + 8)
        if dim % 16 == 0 and dim // 16 >= 16 and dim // reduction <= 8: max(316 * dim + 4 *
            (dim // 16) + 60 * max(1, dim // 16) + 13848, 348 * dim + 4 * (dim // 16) + 60 * max(1,
            dim // 16) + 11544, 32 * batch * height * width + 140 * dim + 4 * (dim // 16) + 60 *
            max(1, dim // 16) + 4616, 96 * batch * height * width + 108 * dim + 4 * (dim // 16) + 60
            * max(1, dim // 16) + 4616, 128 * batch * height * width + 108 * dim + 4 * (dim // 16) +
            60 * max(1, dim // 16) + 2312, 12 * batch * dim * height * width + 64 * batch * height *
            width + 128 * batch + 72 * dim + 2304, 64 * batch * (dim // 16) * height * width + 96 *
            batch * height * width + 108 * dim + 4 * (dim // 16) + 60 * max(1, dim // 16) + 2312, 8
            * batch * dim * height * width + 64 * batch * (dim // 16) * height * width + 64 * batch
            * height * width + 128 * batch + 76 * dim + 4 * (dim // 16) + 60 * max(1, dim // 16) +
            2312)
        if dim % 16 == 0 and dim // 16 >= 16: max(32 * dim * (dim // reduction) + 40 * dim + 4 *
            (dim // 16) + 144 * (dim // reduction) ** 2 + 60 * max(1, dim // 16) + 24, 36 * dim *
            (dim // reduction) + 28 * dim + 4 * (dim // 16) + 216 * (dim // reduction) ** 2 + 60 *
            max(1, dim // 16) + 24, 36 * dim * (dim // reduction) + 36 * dim + 4 * (dim // 16) + 144
            * (dim // reduction) ** 2 + 60 * max(1, dim // 16) + 24, 40 * dim * (dim // reduction) +
            28 * dim + 4 * (dim // 16) + 180 * (dim // reduction) ** 2 + 60 * max(1, dim // 16) +
            24, 12 * batch * dim * height * width + 8 * batch * (dim // reduction) * height * width
            + 128 * batch + 8 * dim * (dim // reduction) + 8 * dim + 36 * (dim // reduction) ** 2, 4
            * batch * (dim // reduction) * height * width + 16 * dim * (dim // reduction) + 12 * dim
            + 4 * (dim // 16) + 72 * (dim // reduction) ** 2 + 60 * max(1, dim // 16) + 8, 12 *
            batch * (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim +
            4 * (dim // 16) + 72 * (dim // reduction) ** 2 + 60 * max(1, dim // 16) + 8, 16 * batch
            * (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 16) + 36 * (dim // reduction) ** 2 + 60 * max(1, dim // 16) + 8, 64 * batch *
            (dim // 16) * height * width + 12 * batch * (dim // reduction) * height * width + 12 *
            dim * (dim // reduction) + 12 * dim + 4 * (dim // 16) + 36 * (dim // reduction) ** 2 +
            60 * max(1, dim // 16) + 8, 8 * batch * dim * height * width + 64 * batch * (dim // 16)
            * height * width + 8 * batch * (dim // reduction) * height * width + 128 * batch + 8 *
            dim * (dim // reduction) + 12 * dim + 4 * (dim // 16) + 36 * (dim // reduction) ** 2 +
            60 * max(1, dim // 16) + 8)
        if dim % 8 == 0 and dim // 8 >= 16 and dim // reduction > 8: max(32 * dim *
            (dim // reduction) + 40 * dim + 4 * (dim // 8) + 144 * (dim // reduction) ** 2 + 28 *
            max(1, dim // 8) + 24, 36 * dim * (dim // reduction) + 28 * dim + 4 * (dim // 8) + 216 *
            (dim // reduction) ** 2 + 28 * max(1, dim // 8) + 24, 36 * dim * (dim // reduction) + 36
            * dim + 4 * (dim // 8) + 144 * (dim // reduction) ** 2 + 28 * max(1, dim // 8) + 24, 40
            * dim * (dim // reduction) + 28 * dim + 4 * (dim // 8) + 180 * (dim // reduction) ** 2 +
            28 * max(1, dim // 8) + 24, 12 * batch * dim * height * width + 8 * batch *
            (dim // reduction) * height * width + 64 * batch + 8 * dim * (dim // reduction) + 8 *
            dim + 36 * (dim // reduction) ** 2, 4 * batch * (dim // reduction) * height * width + 16
            * dim * (dim // reduction) + 12 * dim + 4 * (dim // 8) + 72 * (dim // reduction) ** 2 +
            28 * max(1, dim // 8) + 8, 12 * batch * (dim // reduction) * height * width + 12 * dim *
            (dim // reduction) + 12 * dim + 4 * (dim // 8) + 72 * (dim // reduction) ** 2 + 28 *
            max(1, dim // 8) + 8, 16 * batch * (dim // reduction) * height * width + 12 * dim *
            (dim // reduction) + 12 * dim + 4 * (dim // 8) + 36 * (dim // reduction) ** 2 + 28 *
            max(1, dim // 8) + 8, 32 * batch * (dim // 8) * height * width + 12 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 8) + 36 * (dim // reduction) ** 2 + 28 * max(1, dim // 8) + 8, 8 * batch * dim *
            height * width + 32 * batch * (dim // 8) * height * width + 8 * batch *
            (dim // reduction) * height * width + 64 * batch + 8 * dim * (dim // reduction) + 12 *
            dim + 4 * (dim // 8) + 36 * (dim // reduction) ** 2 + 28 * max(1, dim // 8) + 8)
        if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16): max(316 * dim + 4 * (dim // 8) + 28 *
            max(1, dim // 8) + 13848, 348 * dim + 4 * (dim // 8) + 28 * max(1, dim // 8) + 11544, 32
            * batch * height * width + 140 * dim + 4 * (dim // 8) + 28 * max(1, dim // 8) + 4616, 96
            * batch * height * width + 108 * dim + 4 * (dim // 8) + 28 * max(1, dim // 8) + 4616,
            128 * batch * height * width + 108 * dim + 4 * (dim // 8) + 28 * max(1, dim // 8) +
            2312, 12 * batch * dim * height * width + 64 * batch * height * width + 64 * batch + 72
            * dim + 2304, 32 * batch * (dim // 8) * height * width + 96 * batch * height * width +
            108 * dim + 4 * (dim // 8) + 28 * max(1, dim // 8) + 2312, 8 * batch * dim * height *
            width + 32 * batch * (dim // 8) * height * width + 64 * batch * height * width + 64 *
            batch + 76 * dim + 4 * (dim // 8) + 28 * max(1, dim // 8) + 2312)
        if (dim < 16 and dim % 4 == 0 and dim // reduction > 8) or (dim % 4 == 0 and dim // 4 >= 16
            and dim // reduction > 8): max(32 * dim * (dim // reduction) + 40 * dim + 4 * (dim // 4)
            + 144 * (dim // reduction) ** 2 + 12 * max(1, dim // 4) + 24, 36 * dim *
            (dim // reduction) + 28 * dim + 4 * (dim // 4) + 216 * (dim // reduction) ** 2 + 12 *
            max(1, dim // 4) + 24, 36 * dim * (dim // reduction) + 36 * dim + 4 * (dim // 4) + 144 *
            (dim // reduction) ** 2 + 12 * max(1, dim // 4) + 24, 40 * dim * (dim // reduction) + 28
            * dim + 4 * (dim // 4) + 180 * (dim // reduction) ** 2 + 12 * max(1, dim // 4) + 24, 12
            * batch * dim * height * width + 8 * batch * (dim // reduction) * height * width + 32 *
            batch + 8 * dim * (dim // reduction) + 8 * dim + 36 * (dim // reduction) ** 2, 4 * batch
            * (dim // reduction) * height * width + 16 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 4) + 72 * (dim // reduction) ** 2 + 12 * max(1, dim // 4) + 8, 12 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 4) + 72 * (dim // reduction) ** 2 + 12 * max(1, dim // 4) + 8, 16 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 4) + 36 * (dim // reduction) ** 2 + 12 * max(1, dim // 4) + 8, 16 * batch *
            (dim // 4) * height * width + 12 * batch * (dim // reduction) * height * width + 12 *
            dim * (dim // reduction) + 12 * dim + 4 * (dim // 4) + 36 * (dim // reduction) ** 2 + 12
            * max(1, dim // 4) + 8, 8 * batch * dim * height * width + 16 * batch * (dim // 4) *
            height * width + 8 * batch * (dim // reduction) * height * width + 32 * batch + 8 * dim
            * (dim // reduction) + 12 * dim + 4 * (dim // 4) + 36 * (dim // reduction) ** 2 + 12 *
            max(1, dim // 4) + 8)
        if (dim == 4 and batch != 1) or (dim % 4 == 0 and dim // 4 >= 16) or (dim < 16 and dim != 4
            and dim % 4 == 0): max(316 * dim + 4 * (dim // 4) + 12 * max(1, dim // 4) + 13848, 348 *
            dim + 4 * (dim // 4) + 12 * max(1, dim // 4) + 11544, 32 * batch * height * width + 140
            * dim + 4 * (dim // 4) + 12 * max(1, dim // 4) + 4616, 96 * batch * height * width + 108
            * dim + 4 * (dim // 4) + 12 * max(1, dim // 4) + 4616, 128 * batch * height * width +
            108 * dim + 4 * (dim // 4) + 12 * max(1, dim // 4) + 2312, 12 * batch * dim * height *
            width + 64 * batch * height * width + 32 * batch + 72 * dim + 2304, 16 * batch *
            (dim // 4) * height * width + 96 * batch * height * width + 108 * dim + 4 * (dim // 4) +
            12 * max(1, dim // 4) + 2312, 8 * batch * dim * height * width + 16 * batch * (dim // 4)
            * height * width + 64 * batch * height * width + 32 * batch + 76 * dim + 4 * (dim // 4)
            + 12 * max(1, dim // 4) + 2312)
        if (dim % 2 == 1 and dim // reduction > 8) or (dim >= 16 and dim // 2 < 16 and
            dim // reduction > 8): max(32 * dim * (dim // reduction) + 44 * dim + 144 *
            (dim // reduction) ** 2 + 24, 36 * dim * (dim // reduction) + 32 * dim + 216 *
            (dim // reduction) ** 2 + 24, 36 * dim * (dim // reduction) + 40 * dim + 144 *
            (dim // reduction) ** 2 + 24, 40 * dim * (dim // reduction) + 32 * dim + 180 *
            (dim // reduction) ** 2 + 24, 4 * batch * (dim // reduction) * height * width + 16 * dim
            * (dim // reduction) + 16 * dim + 72 * (dim // reduction) ** 2 + 8, 12 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 16 * dim + 72 *
            (dim // reduction) ** 2 + 8, 16 * batch * (dim // reduction) * height * width + 12 * dim
            * (dim // reduction) + 16 * dim + 36 * (dim // reduction) ** 2 + 8, 4 * batch * dim *
            height * width + 12 * batch * (dim // reduction) * height * width + 12 * dim *
            (dim // reduction) + 16 * dim + 36 * (dim // reduction) ** 2 + 8, 12 * batch * dim *
            height * width + 8 * batch * (dim // reduction) * height * width + 8 * batch + 8 * dim *
            (dim // reduction) + 16 * dim + 36 * (dim // reduction) ** 2 + 8)
        if dim // reduction > 8: max(32 * dim * (dim // reduction) + 40 * dim + 4 * (dim // 2) + 144
            * (dim // reduction) ** 2 + 4 * max(1, dim // 2) + 24, 36 * dim * (dim // reduction) +
            28 * dim + 4 * (dim // 2) + 216 * (dim // reduction) ** 2 + 4 * max(1, dim // 2) + 24,
            36 * dim * (dim // reduction) + 36 * dim + 4 * (dim // 2) + 144 *
            (dim // reduction) ** 2 + 4 * max(1, dim // 2) + 24, 40 * dim * (dim // reduction) + 28
            * dim + 4 * (dim // 2) + 180 * (dim // reduction) ** 2 + 4 * max(1, dim // 2) + 24, 12 *
            batch * dim * height * width + 8 * batch * (dim // reduction) * height * width + 16 *
            batch + 8 * dim * (dim // reduction) + 8 * dim + 36 * (dim // reduction) ** 2, 4 * batch
            * (dim // reduction) * height * width + 16 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 2) + 72 * (dim // reduction) ** 2 + 4 * max(1, dim // 2) + 8, 12 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 2) + 72 * (dim // reduction) ** 2 + 4 * max(1, dim // 2) + 8, 16 * batch *
            (dim // reduction) * height * width + 12 * dim * (dim // reduction) + 12 * dim + 4 *
            (dim // 2) + 36 * (dim // reduction) ** 2 + 4 * max(1, dim // 2) + 8, 8 * batch *
            (dim // 2) * height * width + 12 * batch * (dim // reduction) * height * width + 12 *
            dim * (dim // reduction) + 12 * dim + 4 * (dim // 2) + 36 * (dim // reduction) ** 2 + 4
            * max(1, dim // 2) + 8, 8 * batch * dim * height * width + 8 * batch * (dim // 2) *
            height * width + 8 * batch * (dim // reduction) * height * width + 16 * batch + 8 * dim
            * (dim // reduction) + 12 * dim + 4 * (dim // 2) + 36 * (dim // reduction) ** 2 + 4 *
            max(1, dim // 2) + 8)
        if (dim % 2 == 0 and dim // 2 >= 16) or (dim < 16 and batch != 1 and dim != 2 and dim % 2 ==
            0) or (dim < 16 and dim != 2 and dim % 2 == 0 and dim % 4 != 0): max(316 * dim + 4 *
            (dim // 2) + 4 * max(1, dim // 2) + 13848, 348 * dim + 4 * (dim // 2) + 4 * max(1,
            dim // 2) + 11544, 32 * batch * height * width + 140 * dim + 4 * (dim // 2) + 4 * max(1,
            dim // 2) + 4616, 96 * batch * height * width + 108 * dim + 4 * (dim // 2) + 4 * max(1,
            dim // 2) + 4616, 128 * batch * height * width + 108 * dim + 4 * (dim // 2) + 4 * max(1,
            dim // 2) + 2312, 12 * batch * dim * height * width + 64 * batch * height * width + 16 *
            batch + 72 * dim + 2304, 8 * batch * (dim // 2) * height * width + 96 * batch * height *
            width + 108 * dim + 4 * (dim // 2) + 4 * max(1, dim // 2) + 2312, 8 * batch * dim *
            height * width + 8 * batch * (dim // 2) * height * width + 64 * batch * height * width +
            16 * batch + 76 * dim + 4 * (dim // 2) + 4 * max(1, dim // 2) + 2312)
        otherwise: max(320 * dim + 13848, 352 * dim + 11544, 32 * batch * height * width + 144 * dim
            + 4616, 96 * batch * height * width + 112 * dim + 4616, 128 * batch * height * width +
            112 * dim + 2312, 4 * batch * dim * height * width + 96 * batch * height * width + 112 *
            dim + 2312, 12 * batch * dim * height * width + 64 * batch * height * width + 8 * batch
            + 80 * dim + 2312)
    """
    if not (
        type(dim) is type(reduction) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= reduction <= 64
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_bottleneck_peak_bytes, KEY, _DOMAIN, locals())
    dim_div_32 = dim // 32
    dim_div_16 = dim // 16
    dim_div_8 = dim // 8
    dim_div_4 = dim // 4
    dim_div_2 = dim // 2
    dim_div_reduction = dim // reduction
    if optimizer == "sgd":
        if _no_step(dim, batch, height, width):
            raise refused(
                KEY,
                "no training step",
                _NO_STEP,
                dim=dim,
                reduction=reduction,
                batch=batch,
                height=height,
                width=width,
            )
        if dim % 32 == 0 and dim_div_32 >= 16 and dim_div_reduction <= 8:
            return max(
                32 * batch * height * width
                + 140 * dim
                + 4 * dim_div_32
                + 124 * max(1, dim_div_32)
                + 4616,
                96 * batch * height * width
                + 108 * dim
                + 4 * dim_div_32
                + 124 * max(1, dim_div_32)
                + 4616,
                128 * batch * height * width
                + 108 * dim
                + 4 * dim_div_32
                + 124 * max(1, dim_div_32)
                + 2312,
                12 * batch * dim * height * width
                + 64 * batch * height * width
                + 256 * batch
                + 72 * dim
                + 2304,
                128 * batch * dim_div_32 * height * width
                + 96 * batch * height * width
                + 108 * dim
                + 4 * dim_div_32
                + 124 * max(1, dim_div_32)
                + 2312,
                8 * batch * dim * height * width
                + 128 * batch * dim_div_32 * height * width
                + 64 * batch * height * width
                + 256 * batch
                + 76 * dim
                + 4 * dim_div_32
                + 124 * max(1, dim_div_32)
                + 2312,
            )
        if dim % 32 == 0 and dim_div_32 >= 16:
            return max(
                12 * batch * dim * height * width
                + 8 * batch * dim_div_reduction * height * width
                + 256 * batch
                + 8 * dim * dim_div_reduction
                + 8 * dim
                + 36 * dim_div_reduction**2,
                4 * batch * dim_div_reduction * height * width
                + 16 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_32
                + 72 * dim_div_reduction**2
                + 124 * max(1, dim_div_32)
                + 8,
                12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_32
                + 72 * dim_div_reduction**2
                + 124 * max(1, dim_div_32)
                + 8,
                16 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_32
                + 36 * dim_div_reduction**2
                + 124 * max(1, dim_div_32)
                + 8,
                128 * batch * dim_div_32 * height * width
                + 12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_32
                + 36 * dim_div_reduction**2
                + 124 * max(1, dim_div_32)
                + 8,
                8 * batch * dim * height * width
                + 128 * batch * dim_div_32 * height * width
                + 8 * batch * dim_div_reduction * height * width
                + 256 * batch
                + 8 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_32
                + 36 * dim_div_reduction**2
                + 124 * max(1, dim_div_32)
                + 8,
            )
        if dim % 16 == 0 and dim_div_16 >= 16 and dim_div_reduction <= 8:
            return max(
                32 * batch * height * width
                + 140 * dim
                + 4 * dim_div_16
                + 60 * max(1, dim_div_16)
                + 4616,
                96 * batch * height * width
                + 108 * dim
                + 4 * dim_div_16
                + 60 * max(1, dim_div_16)
                + 4616,
                128 * batch * height * width
                + 108 * dim
                + 4 * dim_div_16
                + 60 * max(1, dim_div_16)
                + 2312,
                12 * batch * dim * height * width
                + 64 * batch * height * width
                + 128 * batch
                + 72 * dim
                + 2304,
                64 * batch * dim_div_16 * height * width
                + 96 * batch * height * width
                + 108 * dim
                + 4 * dim_div_16
                + 60 * max(1, dim_div_16)
                + 2312,
                8 * batch * dim * height * width
                + 64 * batch * dim_div_16 * height * width
                + 64 * batch * height * width
                + 128 * batch
                + 76 * dim
                + 4 * dim_div_16
                + 60 * max(1, dim_div_16)
                + 2312,
            )
        if dim % 16 == 0 and dim_div_16 >= 16:
            return max(
                12 * batch * dim * height * width
                + 8 * batch * dim_div_reduction * height * width
                + 128 * batch
                + 8 * dim * dim_div_reduction
                + 8 * dim
                + 36 * dim_div_reduction**2,
                4 * batch * dim_div_reduction * height * width
                + 16 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_16
                + 72 * dim_div_reduction**2
                + 60 * max(1, dim_div_16)
                + 8,
                12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_16
                + 72 * dim_div_reduction**2
                + 60 * max(1, dim_div_16)
                + 8,
                16 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_16
                + 36 * dim_div_reduction**2
                + 60 * max(1, dim_div_16)
                + 8,
                64 * batch * dim_div_16 * height * width
                + 12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_16
                + 36 * dim_div_reduction**2
                + 60 * max(1, dim_div_16)
                + 8,
                8 * batch * dim * height * width
                + 64 * batch * dim_div_16 * height * width
                + 8 * batch * dim_div_reduction * height * width
                + 128 * batch
                + 8 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_16
                + 36 * dim_div_reduction**2
                + 60 * max(1, dim_div_16)
                + 8,
            )
        if dim % 8 == 0 and dim_div_8 >= 16 and dim_div_reduction > 8:
            return max(
                12 * batch * dim * height * width
                + 8 * batch * dim_div_reduction * height * width
                + 64 * batch
                + 8 * dim * dim_div_reduction
                + 8 * dim
                + 36 * dim_div_reduction**2,
                4 * batch * dim_div_reduction * height * width
                + 16 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_8
                + 72 * dim_div_reduction**2
                + 28 * max(1, dim_div_8)
                + 8,
                12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_8
                + 72 * dim_div_reduction**2
                + 28 * max(1, dim_div_8)
                + 8,
                16 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_8
                + 36 * dim_div_reduction**2
                + 28 * max(1, dim_div_8)
                + 8,
                32 * batch * dim_div_8 * height * width
                + 12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_8
                + 36 * dim_div_reduction**2
                + 28 * max(1, dim_div_8)
                + 8,
                8 * batch * dim * height * width
                + 32 * batch * dim_div_8 * height * width
                + 8 * batch * dim_div_reduction * height * width
                + 64 * batch
                + 8 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_8
                + 36 * dim_div_reduction**2
                + 28 * max(1, dim_div_8)
                + 8,
            )
        if dim == 8 or (dim % 8 == 0 and dim_div_8 >= 16):
            return max(
                32 * batch * height * width
                + 140 * dim
                + 4 * dim_div_8
                + 28 * max(1, dim_div_8)
                + 4616,
                96 * batch * height * width
                + 108 * dim
                + 4 * dim_div_8
                + 28 * max(1, dim_div_8)
                + 4616,
                128 * batch * height * width
                + 108 * dim
                + 4 * dim_div_8
                + 28 * max(1, dim_div_8)
                + 2312,
                12 * batch * dim * height * width
                + 64 * batch * height * width
                + 64 * batch
                + 72 * dim
                + 2304,
                32 * batch * dim_div_8 * height * width
                + 96 * batch * height * width
                + 108 * dim
                + 4 * dim_div_8
                + 28 * max(1, dim_div_8)
                + 2312,
                8 * batch * dim * height * width
                + 32 * batch * dim_div_8 * height * width
                + 64 * batch * height * width
                + 64 * batch
                + 76 * dim
                + 4 * dim_div_8
                + 28 * max(1, dim_div_8)
                + 2312,
            )
        if (dim < 16 and dim % 4 == 0 and dim_div_reduction > 8) or (
            dim % 4 == 0 and dim_div_4 >= 16 and dim_div_reduction > 8
        ):
            return max(
                12 * batch * dim * height * width
                + 8 * batch * dim_div_reduction * height * width
                + 32 * batch
                + 8 * dim * dim_div_reduction
                + 8 * dim
                + 36 * dim_div_reduction**2,
                4 * batch * dim_div_reduction * height * width
                + 16 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_4
                + 72 * dim_div_reduction**2
                + 12 * max(1, dim_div_4)
                + 8,
                12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_4
                + 72 * dim_div_reduction**2
                + 12 * max(1, dim_div_4)
                + 8,
                16 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_4
                + 36 * dim_div_reduction**2
                + 12 * max(1, dim_div_4)
                + 8,
                16 * batch * dim_div_4 * height * width
                + 12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_4
                + 36 * dim_div_reduction**2
                + 12 * max(1, dim_div_4)
                + 8,
                8 * batch * dim * height * width
                + 16 * batch * dim_div_4 * height * width
                + 8 * batch * dim_div_reduction * height * width
                + 32 * batch
                + 8 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_4
                + 36 * dim_div_reduction**2
                + 12 * max(1, dim_div_4)
                + 8,
            )
        if (
            (dim == 4 and batch != 1)
            or (dim % 4 == 0 and dim_div_4 >= 16)
            or (dim < 16 and dim != 4 and dim % 4 == 0)
        ):
            return max(
                32 * batch * height * width
                + 140 * dim
                + 4 * dim_div_4
                + 12 * max(1, dim_div_4)
                + 4616,
                96 * batch * height * width
                + 108 * dim
                + 4 * dim_div_4
                + 12 * max(1, dim_div_4)
                + 4616,
                128 * batch * height * width
                + 108 * dim
                + 4 * dim_div_4
                + 12 * max(1, dim_div_4)
                + 2312,
                12 * batch * dim * height * width
                + 64 * batch * height * width
                + 32 * batch
                + 72 * dim
                + 2304,
                16 * batch * dim_div_4 * height * width
                + 96 * batch * height * width
                + 108 * dim
                + 4 * dim_div_4
                + 12 * max(1, dim_div_4)
                + 2312,
                8 * batch * dim * height * width
                + 16 * batch * dim_div_4 * height * width
                + 64 * batch * height * width
                + 32 * batch
                + 76 * dim
                + 4 * dim_div_4
                + 12 * max(1, dim_div_4)
                + 2312,
            )
        if (dim % 2 == 1 and dim_div_reduction > 8) or (
            dim >= 16 and dim_div_2 < 16 and dim_div_reduction > 8
        ):
            return max(
                4 * batch * dim_div_reduction * height * width
                + 16 * dim * dim_div_reduction
                + 16 * dim
                + 72 * dim_div_reduction**2
                + 8,
                12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 16 * dim
                + 72 * dim_div_reduction**2
                + 8,
                16 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 16 * dim
                + 36 * dim_div_reduction**2
                + 8,
                4 * batch * dim * height * width
                + 12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 16 * dim
                + 36 * dim_div_reduction**2
                + 8,
                12 * batch * dim * height * width
                + 8 * batch * dim_div_reduction * height * width
                + 8 * batch
                + 8 * dim * dim_div_reduction
                + 16 * dim
                + 36 * dim_div_reduction**2
                + 8,
            )
        if dim_div_reduction > 8:
            return max(
                12 * batch * dim * height * width
                + 8 * batch * dim_div_reduction * height * width
                + 16 * batch
                + 8 * dim * dim_div_reduction
                + 8 * dim
                + 36 * dim_div_reduction**2,
                4 * batch * dim_div_reduction * height * width
                + 16 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_2
                + 72 * dim_div_reduction**2
                + 4 * max(1, dim_div_2)
                + 8,
                12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_2
                + 72 * dim_div_reduction**2
                + 4 * max(1, dim_div_2)
                + 8,
                16 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_2
                + 36 * dim_div_reduction**2
                + 4 * max(1, dim_div_2)
                + 8,
                8 * batch * dim_div_2 * height * width
                + 12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_2
                + 36 * dim_div_reduction**2
                + 4 * max(1, dim_div_2)
                + 8,
                8 * batch * dim * height * width
                + 8 * batch * dim_div_2 * height * width
                + 8 * batch * dim_div_reduction * height * width
                + 16 * batch
                + 8 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_2
                + 36 * dim_div_reduction**2
                + 4 * max(1, dim_div_2)
                + 8,
            )
        if (
            (dim % 2 == 0 and dim_div_2 >= 16)
            or (dim < 16 and batch != 1 and dim != 2 and dim % 2 == 0)
            or (dim < 16 and dim != 2 and dim % 2 == 0 and dim % 4 != 0)
        ):
            return max(
                32 * batch * height * width
                + 140 * dim
                + 4 * dim_div_2
                + 4 * max(1, dim_div_2)
                + 4616,
                96 * batch * height * width
                + 108 * dim
                + 4 * dim_div_2
                + 4 * max(1, dim_div_2)
                + 4616,
                128 * batch * height * width
                + 108 * dim
                + 4 * dim_div_2
                + 4 * max(1, dim_div_2)
                + 2312,
                12 * batch * dim * height * width
                + 64 * batch * height * width
                + 16 * batch
                + 72 * dim
                + 2304,
                8 * batch * dim_div_2 * height * width
                + 96 * batch * height * width
                + 108 * dim
                + 4 * dim_div_2
                + 4 * max(1, dim_div_2)
                + 2312,
                8 * batch * dim * height * width
                + 8 * batch * dim_div_2 * height * width
                + 64 * batch * height * width
                + 16 * batch
                + 76 * dim
                + 4 * dim_div_2
                + 4 * max(1, dim_div_2)
                + 2312,
            )
        return max(
            32 * batch * height * width + 144 * dim + 4616,
            96 * batch * height * width + 112 * dim + 4616,
            128 * batch * height * width + 112 * dim + 2312,
            4 * batch * dim * height * width + 96 * batch * height * width + 112 * dim + 2312,
            12 * batch * dim * height * width
            + 64 * batch * height * width
            + 8 * batch
            + 80 * dim
            + 2312,
        )
    if optimizer == "sgd_momentum":
        if _no_step(dim, batch, height, width):
            raise refused(
                KEY,
                "no training step",
                _NO_STEP,
                dim=dim,
                reduction=reduction,
                batch=batch,
                height=height,
                width=width,
            )
        if dim % 32 == 0 and dim_div_32 >= 16 and dim_div_reduction <= 8:
            return max(
                208 * dim + 132 * dim_div_32 + 124 * max(1, dim_div_32) + 6916,
                32 * batch * height * width
                + 140 * dim
                + 4 * dim_div_32
                + 124 * max(1, dim_div_32)
                + 4616,
                96 * batch * height * width
                + 108 * dim
                + 4 * dim_div_32
                + 124 * max(1, dim_div_32)
                + 4616,
                128 * batch * height * width
                + 108 * dim
                + 4 * dim_div_32
                + 124 * max(1, dim_div_32)
                + 2312,
                12 * batch * dim * height * width
                + 64 * batch * height * width
                + 256 * batch
                + 72 * dim
                + 2304,
                128 * batch * dim_div_32 * height * width
                + 96 * batch * height * width
                + 108 * dim
                + 4 * dim_div_32
                + 124 * max(1, dim_div_32)
                + 2312,
                8 * batch * dim * height * width
                + 128 * batch * dim_div_32 * height * width
                + 64 * batch * height * width
                + 256 * batch
                + 76 * dim
                + 4 * dim_div_32
                + 124 * max(1, dim_div_32)
                + 2312,
            )
        if dim % 32 == 0 and dim_div_32 >= 16:
            return max(
                20 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_32
                + 72 * dim_div_reduction**2
                + 124 * max(1, dim_div_32)
                + 4,
                12 * batch * dim * height * width
                + 8 * batch * dim_div_reduction * height * width
                + 256 * batch
                + 8 * dim * dim_div_reduction
                + 8 * dim
                + 36 * dim_div_reduction**2,
                4 * batch * dim_div_reduction * height * width
                + 16 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_32
                + 72 * dim_div_reduction**2
                + 124 * max(1, dim_div_32)
                + 8,
                12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_32
                + 72 * dim_div_reduction**2
                + 124 * max(1, dim_div_32)
                + 8,
                16 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_32
                + 36 * dim_div_reduction**2
                + 124 * max(1, dim_div_32)
                + 8,
                128 * batch * dim_div_32 * height * width
                + 12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_32
                + 36 * dim_div_reduction**2
                + 124 * max(1, dim_div_32)
                + 8,
                20 * dim * dim_div_reduction
                + 4 * dim * max(1, dim_div_reduction)
                + 16 * dim
                + 132 * dim_div_32
                + 72 * dim_div_reduction**2
                + 36 * dim_div_reduction * max(1, dim_div_reduction)
                + 40 * dim_div_reduction
                + 124 * max(1, dim_div_32)
                - 40 * max(1, dim_div_reduction)
                + 4,
                8 * batch * dim * height * width
                + 128 * batch * dim_div_32 * height * width
                + 8 * batch * dim_div_reduction * height * width
                + 256 * batch
                + 8 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_32
                + 36 * dim_div_reduction**2
                + 124 * max(1, dim_div_32)
                + 8,
            )
        if dim % 16 == 0 and dim_div_16 >= 16 and dim_div_reduction <= 8:
            return max(
                208 * dim + 68 * dim_div_16 + 60 * max(1, dim_div_16) + 6916,
                32 * batch * height * width
                + 140 * dim
                + 4 * dim_div_16
                + 60 * max(1, dim_div_16)
                + 4616,
                96 * batch * height * width
                + 108 * dim
                + 4 * dim_div_16
                + 60 * max(1, dim_div_16)
                + 4616,
                128 * batch * height * width
                + 108 * dim
                + 4 * dim_div_16
                + 60 * max(1, dim_div_16)
                + 2312,
                12 * batch * dim * height * width
                + 64 * batch * height * width
                + 128 * batch
                + 72 * dim
                + 2304,
                64 * batch * dim_div_16 * height * width
                + 96 * batch * height * width
                + 108 * dim
                + 4 * dim_div_16
                + 60 * max(1, dim_div_16)
                + 2312,
                8 * batch * dim * height * width
                + 64 * batch * dim_div_16 * height * width
                + 64 * batch * height * width
                + 128 * batch
                + 76 * dim
                + 4 * dim_div_16
                + 60 * max(1, dim_div_16)
                + 2312,
            )
        if dim % 16 == 0 and dim_div_16 >= 16:
            return max(
                20 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_16
                + 72 * dim_div_reduction**2
                + 60 * max(1, dim_div_16)
                + 4,
                12 * batch * dim * height * width
                + 8 * batch * dim_div_reduction * height * width
                + 128 * batch
                + 8 * dim * dim_div_reduction
                + 8 * dim
                + 36 * dim_div_reduction**2,
                4 * batch * dim_div_reduction * height * width
                + 16 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_16
                + 72 * dim_div_reduction**2
                + 60 * max(1, dim_div_16)
                + 8,
                12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_16
                + 72 * dim_div_reduction**2
                + 60 * max(1, dim_div_16)
                + 8,
                16 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_16
                + 36 * dim_div_reduction**2
                + 60 * max(1, dim_div_16)
                + 8,
                64 * batch * dim_div_16 * height * width
                + 12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_16
                + 36 * dim_div_reduction**2
                + 60 * max(1, dim_div_16)
                + 8,
                20 * dim * dim_div_reduction
                + 4 * dim * max(1, dim_div_reduction)
                + 16 * dim
                + 68 * dim_div_16
                + 72 * dim_div_reduction**2
                + 36 * dim_div_reduction * max(1, dim_div_reduction)
                + 40 * dim_div_reduction
                + 60 * max(1, dim_div_16)
                - 40 * max(1, dim_div_reduction)
                + 4,
                8 * batch * dim * height * width
                + 64 * batch * dim_div_16 * height * width
                + 8 * batch * dim_div_reduction * height * width
                + 128 * batch
                + 8 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_16
                + 36 * dim_div_reduction**2
                + 60 * max(1, dim_div_16)
                + 8,
            )
        if dim % 8 == 0 and dim_div_8 >= 16 and dim_div_reduction > 8:
            return max(
                20 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_8
                + 72 * dim_div_reduction**2
                + 28 * max(1, dim_div_8)
                + 4,
                12 * batch * dim * height * width
                + 8 * batch * dim_div_reduction * height * width
                + 64 * batch
                + 8 * dim * dim_div_reduction
                + 8 * dim
                + 36 * dim_div_reduction**2,
                4 * batch * dim_div_reduction * height * width
                + 16 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_8
                + 72 * dim_div_reduction**2
                + 28 * max(1, dim_div_8)
                + 8,
                12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_8
                + 72 * dim_div_reduction**2
                + 28 * max(1, dim_div_8)
                + 8,
                16 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_8
                + 36 * dim_div_reduction**2
                + 28 * max(1, dim_div_8)
                + 8,
                32 * batch * dim_div_8 * height * width
                + 12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_8
                + 36 * dim_div_reduction**2
                + 28 * max(1, dim_div_8)
                + 8,
                20 * dim * dim_div_reduction
                + 4 * dim * max(1, dim_div_reduction)
                + 16 * dim
                + 36 * dim_div_8
                + 72 * dim_div_reduction**2
                + 36 * dim_div_reduction * max(1, dim_div_reduction)
                + 40 * dim_div_reduction
                + 28 * max(1, dim_div_8)
                - 40 * max(1, dim_div_reduction)
                + 4,
                8 * batch * dim * height * width
                + 32 * batch * dim_div_8 * height * width
                + 8 * batch * dim_div_reduction * height * width
                + 64 * batch
                + 8 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_8
                + 36 * dim_div_reduction**2
                + 28 * max(1, dim_div_8)
                + 8,
            )
        if dim == 8 or (dim % 8 == 0 and dim_div_8 >= 16):
            return max(
                208 * dim + 36 * dim_div_8 + 28 * max(1, dim_div_8) + 6916,
                32 * batch * height * width
                + 140 * dim
                + 4 * dim_div_8
                + 28 * max(1, dim_div_8)
                + 4616,
                96 * batch * height * width
                + 108 * dim
                + 4 * dim_div_8
                + 28 * max(1, dim_div_8)
                + 4616,
                128 * batch * height * width
                + 108 * dim
                + 4 * dim_div_8
                + 28 * max(1, dim_div_8)
                + 2312,
                12 * batch * dim * height * width
                + 64 * batch * height * width
                + 64 * batch
                + 72 * dim
                + 2304,
                32 * batch * dim_div_8 * height * width
                + 96 * batch * height * width
                + 108 * dim
                + 4 * dim_div_8
                + 28 * max(1, dim_div_8)
                + 2312,
                8 * batch * dim * height * width
                + 32 * batch * dim_div_8 * height * width
                + 64 * batch * height * width
                + 64 * batch
                + 76 * dim
                + 4 * dim_div_8
                + 28 * max(1, dim_div_8)
                + 2312,
            )
        if (dim < 16 and dim % 4 == 0 and dim_div_reduction > 8) or (
            dim % 4 == 0 and dim_div_4 >= 16 and dim_div_reduction > 8
        ):
            return max(
                20 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_4
                + 72 * dim_div_reduction**2
                + 12 * max(1, dim_div_4)
                + 4,
                12 * batch * dim * height * width
                + 8 * batch * dim_div_reduction * height * width
                + 32 * batch
                + 8 * dim * dim_div_reduction
                + 8 * dim
                + 36 * dim_div_reduction**2,
                4 * batch * dim_div_reduction * height * width
                + 16 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_4
                + 72 * dim_div_reduction**2
                + 12 * max(1, dim_div_4)
                + 8,
                12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_4
                + 72 * dim_div_reduction**2
                + 12 * max(1, dim_div_4)
                + 8,
                16 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_4
                + 36 * dim_div_reduction**2
                + 12 * max(1, dim_div_4)
                + 8,
                16 * batch * dim_div_4 * height * width
                + 12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_4
                + 36 * dim_div_reduction**2
                + 12 * max(1, dim_div_4)
                + 8,
                20 * dim * dim_div_reduction
                + 4 * dim * max(1, dim_div_reduction)
                + 16 * dim
                + 20 * dim_div_4
                + 72 * dim_div_reduction**2
                + 36 * dim_div_reduction * max(1, dim_div_reduction)
                + 40 * dim_div_reduction
                + 12 * max(1, dim_div_4)
                - 40 * max(1, dim_div_reduction)
                + 4,
                8 * batch * dim * height * width
                + 16 * batch * dim_div_4 * height * width
                + 8 * batch * dim_div_reduction * height * width
                + 32 * batch
                + 8 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_4
                + 36 * dim_div_reduction**2
                + 12 * max(1, dim_div_4)
                + 8,
            )
        if (
            (dim == 4 and batch != 1)
            or (dim % 4 == 0 and dim_div_4 >= 16)
            or (dim < 16 and dim != 4 and dim % 4 == 0)
        ):
            return max(
                208 * dim + 20 * dim_div_4 + 12 * max(1, dim_div_4) + 6916,
                32 * batch * height * width
                + 140 * dim
                + 4 * dim_div_4
                + 12 * max(1, dim_div_4)
                + 4616,
                96 * batch * height * width
                + 108 * dim
                + 4 * dim_div_4
                + 12 * max(1, dim_div_4)
                + 4616,
                128 * batch * height * width
                + 108 * dim
                + 4 * dim_div_4
                + 12 * max(1, dim_div_4)
                + 2312,
                12 * batch * dim * height * width
                + 64 * batch * height * width
                + 32 * batch
                + 72 * dim
                + 2304,
                16 * batch * dim_div_4 * height * width
                + 96 * batch * height * width
                + 108 * dim
                + 4 * dim_div_4
                + 12 * max(1, dim_div_4)
                + 2312,
                8 * batch * dim * height * width
                + 16 * batch * dim_div_4 * height * width
                + 64 * batch * height * width
                + 32 * batch
                + 76 * dim
                + 4 * dim_div_4
                + 12 * max(1, dim_div_4)
                + 2312,
            )
        if (dim % 2 == 1 and dim_div_reduction > 8) or (
            dim >= 16 and dim_div_2 < 16 and dim_div_reduction > 8
        ):
            return max(
                20 * dim * dim_div_reduction + 16 * dim + 72 * dim_div_reduction**2 + 4,
                4 * batch * dim_div_reduction * height * width
                + 16 * dim * dim_div_reduction
                + 16 * dim
                + 72 * dim_div_reduction**2
                + 8,
                12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 16 * dim
                + 72 * dim_div_reduction**2
                + 8,
                16 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 16 * dim
                + 36 * dim_div_reduction**2
                + 8,
                4 * batch * dim * height * width
                + 12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 16 * dim
                + 36 * dim_div_reduction**2
                + 8,
                12 * batch * dim * height * width
                + 8 * batch * dim_div_reduction * height * width
                + 8 * batch
                + 8 * dim * dim_div_reduction
                + 16 * dim
                + 36 * dim_div_reduction**2
                + 8,
                20 * dim * dim_div_reduction
                + 4 * dim * max(1, dim_div_reduction)
                + 24 * dim
                + 72 * dim_div_reduction**2
                + 36 * dim_div_reduction * max(1, dim_div_reduction)
                + 40 * dim_div_reduction
                - 40 * max(1, dim_div_reduction)
                + 4,
            )
        if dim_div_reduction > 8:
            return max(
                20 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_2
                + 72 * dim_div_reduction**2
                + 4 * max(1, dim_div_2)
                + 4,
                12 * batch * dim * height * width
                + 8 * batch * dim_div_reduction * height * width
                + 16 * batch
                + 8 * dim * dim_div_reduction
                + 8 * dim
                + 36 * dim_div_reduction**2,
                4 * batch * dim_div_reduction * height * width
                + 16 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_2
                + 72 * dim_div_reduction**2
                + 4 * max(1, dim_div_2)
                + 8,
                12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_2
                + 72 * dim_div_reduction**2
                + 4 * max(1, dim_div_2)
                + 8,
                16 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_2
                + 36 * dim_div_reduction**2
                + 4 * max(1, dim_div_2)
                + 8,
                8 * batch * dim_div_2 * height * width
                + 12 * batch * dim_div_reduction * height * width
                + 12 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_2
                + 36 * dim_div_reduction**2
                + 4 * max(1, dim_div_2)
                + 8,
                20 * dim * dim_div_reduction
                + 4 * dim * max(1, dim_div_reduction)
                + 16 * dim
                + 12 * dim_div_2
                + 72 * dim_div_reduction**2
                + 36 * dim_div_reduction * max(1, dim_div_reduction)
                + 40 * dim_div_reduction
                + 4 * max(1, dim_div_2)
                - 40 * max(1, dim_div_reduction)
                + 4,
                8 * batch * dim * height * width
                + 8 * batch * dim_div_2 * height * width
                + 8 * batch * dim_div_reduction * height * width
                + 16 * batch
                + 8 * dim * dim_div_reduction
                + 12 * dim
                + 4 * dim_div_2
                + 36 * dim_div_reduction**2
                + 4 * max(1, dim_div_2)
                + 8,
            )
        if (
            (dim % 2 == 0 and dim_div_2 >= 16)
            or (dim < 16 and batch != 1 and dim != 2 and dim % 2 == 0)
            or (dim < 16 and dim != 2 and dim % 2 == 0 and dim % 4 != 0)
        ):
            return max(
                208 * dim + 12 * dim_div_2 + 4 * max(1, dim_div_2) + 6916,
                32 * batch * height * width
                + 140 * dim
                + 4 * dim_div_2
                + 4 * max(1, dim_div_2)
                + 4616,
                96 * batch * height * width
                + 108 * dim
                + 4 * dim_div_2
                + 4 * max(1, dim_div_2)
                + 4616,
                128 * batch * height * width
                + 108 * dim
                + 4 * dim_div_2
                + 4 * max(1, dim_div_2)
                + 2312,
                12 * batch * dim * height * width
                + 64 * batch * height * width
                + 16 * batch
                + 72 * dim
                + 2304,
                8 * batch * dim_div_2 * height * width
                + 96 * batch * height * width
                + 108 * dim
                + 4 * dim_div_2
                + 4 * max(1, dim_div_2)
                + 2312,
                8 * batch * dim * height * width
                + 8 * batch * dim_div_2 * height * width
                + 64 * batch * height * width
                + 16 * batch
                + 76 * dim
                + 4 * dim_div_2
                + 4 * max(1, dim_div_2)
                + 2312,
            )
        return max(
            216 * dim + 6916,
            32 * batch * height * width + 144 * dim + 4616,
            96 * batch * height * width + 112 * dim + 4616,
            128 * batch * height * width + 112 * dim + 2312,
            4 * batch * dim * height * width + 96 * batch * height * width + 112 * dim + 2312,
            12 * batch * dim * height * width
            + 64 * batch * height * width
            + 8 * batch
            + 80 * dim
            + 2312,
        )
    if _no_step(dim, batch, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            reduction=reduction,
            batch=batch,
            height=height,
            width=width,
        )
    if dim % 32 == 0 and dim_div_32 >= 16 and dim_div_reduction <= 8:
        return max(
            316 * dim + 4 * dim_div_32 + 124 * max(1, dim_div_32) + 13848,
            348 * dim + 4 * dim_div_32 + 124 * max(1, dim_div_32) + 11544,
            32 * batch * height * width
            + 140 * dim
            + 4 * dim_div_32
            + 124 * max(1, dim_div_32)
            + 4616,
            96 * batch * height * width
            + 108 * dim
            + 4 * dim_div_32
            + 124 * max(1, dim_div_32)
            + 4616,
            128 * batch * height * width
            + 108 * dim
            + 4 * dim_div_32
            + 124 * max(1, dim_div_32)
            + 2312,
            12 * batch * dim * height * width
            + 64 * batch * height * width
            + 256 * batch
            + 72 * dim
            + 2304,
            128 * batch * dim_div_32 * height * width
            + 96 * batch * height * width
            + 108 * dim
            + 4 * dim_div_32
            + 124 * max(1, dim_div_32)
            + 2312,
            8 * batch * dim * height * width
            + 128 * batch * dim_div_32 * height * width
            + 64 * batch * height * width
            + 256 * batch
            + 76 * dim
            + 4 * dim_div_32
            + 124 * max(1, dim_div_32)
            + 2312,
        )
    if dim % 32 == 0 and dim_div_32 >= 16:
        return max(
            32 * dim * dim_div_reduction
            + 40 * dim
            + 4 * dim_div_32
            + 144 * dim_div_reduction**2
            + 124 * max(1, dim_div_32)
            + 24,
            36 * dim * dim_div_reduction
            + 28 * dim
            + 4 * dim_div_32
            + 216 * dim_div_reduction**2
            + 124 * max(1, dim_div_32)
            + 24,
            36 * dim * dim_div_reduction
            + 36 * dim
            + 4 * dim_div_32
            + 144 * dim_div_reduction**2
            + 124 * max(1, dim_div_32)
            + 24,
            40 * dim * dim_div_reduction
            + 28 * dim
            + 4 * dim_div_32
            + 180 * dim_div_reduction**2
            + 124 * max(1, dim_div_32)
            + 24,
            12 * batch * dim * height * width
            + 8 * batch * dim_div_reduction * height * width
            + 256 * batch
            + 8 * dim * dim_div_reduction
            + 8 * dim
            + 36 * dim_div_reduction**2,
            4 * batch * dim_div_reduction * height * width
            + 16 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_32
            + 72 * dim_div_reduction**2
            + 124 * max(1, dim_div_32)
            + 8,
            12 * batch * dim_div_reduction * height * width
            + 12 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_32
            + 72 * dim_div_reduction**2
            + 124 * max(1, dim_div_32)
            + 8,
            16 * batch * dim_div_reduction * height * width
            + 12 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_32
            + 36 * dim_div_reduction**2
            + 124 * max(1, dim_div_32)
            + 8,
            128 * batch * dim_div_32 * height * width
            + 12 * batch * dim_div_reduction * height * width
            + 12 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_32
            + 36 * dim_div_reduction**2
            + 124 * max(1, dim_div_32)
            + 8,
            8 * batch * dim * height * width
            + 128 * batch * dim_div_32 * height * width
            + 8 * batch * dim_div_reduction * height * width
            + 256 * batch
            + 8 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_32
            + 36 * dim_div_reduction**2
            + 124 * max(1, dim_div_32)
            + 8,
        )
    if dim % 16 == 0 and dim_div_16 >= 16 and dim_div_reduction <= 8:
        return max(
            316 * dim + 4 * dim_div_16 + 60 * max(1, dim_div_16) + 13848,
            348 * dim + 4 * dim_div_16 + 60 * max(1, dim_div_16) + 11544,
            32 * batch * height * width
            + 140 * dim
            + 4 * dim_div_16
            + 60 * max(1, dim_div_16)
            + 4616,
            96 * batch * height * width
            + 108 * dim
            + 4 * dim_div_16
            + 60 * max(1, dim_div_16)
            + 4616,
            128 * batch * height * width
            + 108 * dim
            + 4 * dim_div_16
            + 60 * max(1, dim_div_16)
            + 2312,
            12 * batch * dim * height * width
            + 64 * batch * height * width
            + 128 * batch
            + 72 * dim
            + 2304,
            64 * batch * dim_div_16 * height * width
            + 96 * batch * height * width
            + 108 * dim
            + 4 * dim_div_16
            + 60 * max(1, dim_div_16)
            + 2312,
            8 * batch * dim * height * width
            + 64 * batch * dim_div_16 * height * width
            + 64 * batch * height * width
            + 128 * batch
            + 76 * dim
            + 4 * dim_div_16
            + 60 * max(1, dim_div_16)
            + 2312,
        )
    if dim % 16 == 0 and dim_div_16 >= 16:
        return max(
            32 * dim * dim_div_reduction
            + 40 * dim
            + 4 * dim_div_16
            + 144 * dim_div_reduction**2
            + 60 * max(1, dim_div_16)
            + 24,
            36 * dim * dim_div_reduction
            + 28 * dim
            + 4 * dim_div_16
            + 216 * dim_div_reduction**2
            + 60 * max(1, dim_div_16)
            + 24,
            36 * dim * dim_div_reduction
            + 36 * dim
            + 4 * dim_div_16
            + 144 * dim_div_reduction**2
            + 60 * max(1, dim_div_16)
            + 24,
            40 * dim * dim_div_reduction
            + 28 * dim
            + 4 * dim_div_16
            + 180 * dim_div_reduction**2
            + 60 * max(1, dim_div_16)
            + 24,
            12 * batch * dim * height * width
            + 8 * batch * dim_div_reduction * height * width
            + 128 * batch
            + 8 * dim * dim_div_reduction
            + 8 * dim
            + 36 * dim_div_reduction**2,
            4 * batch * dim_div_reduction * height * width
            + 16 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_16
            + 72 * dim_div_reduction**2
            + 60 * max(1, dim_div_16)
            + 8,
            12 * batch * dim_div_reduction * height * width
            + 12 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_16
            + 72 * dim_div_reduction**2
            + 60 * max(1, dim_div_16)
            + 8,
            16 * batch * dim_div_reduction * height * width
            + 12 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_16
            + 36 * dim_div_reduction**2
            + 60 * max(1, dim_div_16)
            + 8,
            64 * batch * dim_div_16 * height * width
            + 12 * batch * dim_div_reduction * height * width
            + 12 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_16
            + 36 * dim_div_reduction**2
            + 60 * max(1, dim_div_16)
            + 8,
            8 * batch * dim * height * width
            + 64 * batch * dim_div_16 * height * width
            + 8 * batch * dim_div_reduction * height * width
            + 128 * batch
            + 8 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_16
            + 36 * dim_div_reduction**2
            + 60 * max(1, dim_div_16)
            + 8,
        )
    if dim % 8 == 0 and dim_div_8 >= 16 and dim_div_reduction > 8:
        return max(
            32 * dim * dim_div_reduction
            + 40 * dim
            + 4 * dim_div_8
            + 144 * dim_div_reduction**2
            + 28 * max(1, dim_div_8)
            + 24,
            36 * dim * dim_div_reduction
            + 28 * dim
            + 4 * dim_div_8
            + 216 * dim_div_reduction**2
            + 28 * max(1, dim_div_8)
            + 24,
            36 * dim * dim_div_reduction
            + 36 * dim
            + 4 * dim_div_8
            + 144 * dim_div_reduction**2
            + 28 * max(1, dim_div_8)
            + 24,
            40 * dim * dim_div_reduction
            + 28 * dim
            + 4 * dim_div_8
            + 180 * dim_div_reduction**2
            + 28 * max(1, dim_div_8)
            + 24,
            12 * batch * dim * height * width
            + 8 * batch * dim_div_reduction * height * width
            + 64 * batch
            + 8 * dim * dim_div_reduction
            + 8 * dim
            + 36 * dim_div_reduction**2,
            4 * batch * dim_div_reduction * height * width
            + 16 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_8
            + 72 * dim_div_reduction**2
            + 28 * max(1, dim_div_8)
            + 8,
            12 * batch * dim_div_reduction * height * width
            + 12 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_8
            + 72 * dim_div_reduction**2
            + 28 * max(1, dim_div_8)
            + 8,
            16 * batch * dim_div_reduction * height * width
            + 12 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_8
            + 36 * dim_div_reduction**2
            + 28 * max(1, dim_div_8)
            + 8,
            32 * batch * dim_div_8 * height * width
            + 12 * batch * dim_div_reduction * height * width
            + 12 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_8
            + 36 * dim_div_reduction**2
            + 28 * max(1, dim_div_8)
            + 8,
            8 * batch * dim * height * width
            + 32 * batch * dim_div_8 * height * width
            + 8 * batch * dim_div_reduction * height * width
            + 64 * batch
            + 8 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_8
            + 36 * dim_div_reduction**2
            + 28 * max(1, dim_div_8)
            + 8,
        )
    if dim == 8 or (dim % 8 == 0 and dim_div_8 >= 16):
        return max(
            316 * dim + 4 * dim_div_8 + 28 * max(1, dim_div_8) + 13848,
            348 * dim + 4 * dim_div_8 + 28 * max(1, dim_div_8) + 11544,
            32 * batch * height * width + 140 * dim + 4 * dim_div_8 + 28 * max(1, dim_div_8) + 4616,
            96 * batch * height * width + 108 * dim + 4 * dim_div_8 + 28 * max(1, dim_div_8) + 4616,
            128 * batch * height * width
            + 108 * dim
            + 4 * dim_div_8
            + 28 * max(1, dim_div_8)
            + 2312,
            12 * batch * dim * height * width
            + 64 * batch * height * width
            + 64 * batch
            + 72 * dim
            + 2304,
            32 * batch * dim_div_8 * height * width
            + 96 * batch * height * width
            + 108 * dim
            + 4 * dim_div_8
            + 28 * max(1, dim_div_8)
            + 2312,
            8 * batch * dim * height * width
            + 32 * batch * dim_div_8 * height * width
            + 64 * batch * height * width
            + 64 * batch
            + 76 * dim
            + 4 * dim_div_8
            + 28 * max(1, dim_div_8)
            + 2312,
        )
    if (dim < 16 and dim % 4 == 0 and dim_div_reduction > 8) or (
        dim % 4 == 0 and dim_div_4 >= 16 and dim_div_reduction > 8
    ):
        return max(
            32 * dim * dim_div_reduction
            + 40 * dim
            + 4 * dim_div_4
            + 144 * dim_div_reduction**2
            + 12 * max(1, dim_div_4)
            + 24,
            36 * dim * dim_div_reduction
            + 28 * dim
            + 4 * dim_div_4
            + 216 * dim_div_reduction**2
            + 12 * max(1, dim_div_4)
            + 24,
            36 * dim * dim_div_reduction
            + 36 * dim
            + 4 * dim_div_4
            + 144 * dim_div_reduction**2
            + 12 * max(1, dim_div_4)
            + 24,
            40 * dim * dim_div_reduction
            + 28 * dim
            + 4 * dim_div_4
            + 180 * dim_div_reduction**2
            + 12 * max(1, dim_div_4)
            + 24,
            12 * batch * dim * height * width
            + 8 * batch * dim_div_reduction * height * width
            + 32 * batch
            + 8 * dim * dim_div_reduction
            + 8 * dim
            + 36 * dim_div_reduction**2,
            4 * batch * dim_div_reduction * height * width
            + 16 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_4
            + 72 * dim_div_reduction**2
            + 12 * max(1, dim_div_4)
            + 8,
            12 * batch * dim_div_reduction * height * width
            + 12 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_4
            + 72 * dim_div_reduction**2
            + 12 * max(1, dim_div_4)
            + 8,
            16 * batch * dim_div_reduction * height * width
            + 12 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_4
            + 36 * dim_div_reduction**2
            + 12 * max(1, dim_div_4)
            + 8,
            16 * batch * dim_div_4 * height * width
            + 12 * batch * dim_div_reduction * height * width
            + 12 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_4
            + 36 * dim_div_reduction**2
            + 12 * max(1, dim_div_4)
            + 8,
            8 * batch * dim * height * width
            + 16 * batch * dim_div_4 * height * width
            + 8 * batch * dim_div_reduction * height * width
            + 32 * batch
            + 8 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_4
            + 36 * dim_div_reduction**2
            + 12 * max(1, dim_div_4)
            + 8,
        )
    if (
        (dim == 4 and batch != 1)
        or (dim % 4 == 0 and dim_div_4 >= 16)
        or (dim < 16 and dim != 4 and dim % 4 == 0)
    ):
        return max(
            316 * dim + 4 * dim_div_4 + 12 * max(1, dim_div_4) + 13848,
            348 * dim + 4 * dim_div_4 + 12 * max(1, dim_div_4) + 11544,
            32 * batch * height * width + 140 * dim + 4 * dim_div_4 + 12 * max(1, dim_div_4) + 4616,
            96 * batch * height * width + 108 * dim + 4 * dim_div_4 + 12 * max(1, dim_div_4) + 4616,
            128 * batch * height * width
            + 108 * dim
            + 4 * dim_div_4
            + 12 * max(1, dim_div_4)
            + 2312,
            12 * batch * dim * height * width
            + 64 * batch * height * width
            + 32 * batch
            + 72 * dim
            + 2304,
            16 * batch * dim_div_4 * height * width
            + 96 * batch * height * width
            + 108 * dim
            + 4 * dim_div_4
            + 12 * max(1, dim_div_4)
            + 2312,
            8 * batch * dim * height * width
            + 16 * batch * dim_div_4 * height * width
            + 64 * batch * height * width
            + 32 * batch
            + 76 * dim
            + 4 * dim_div_4
            + 12 * max(1, dim_div_4)
            + 2312,
        )
    if (dim % 2 == 1 and dim_div_reduction > 8) or (
        dim >= 16 and dim_div_2 < 16 and dim_div_reduction > 8
    ):
        return max(
            32 * dim * dim_div_reduction + 44 * dim + 144 * dim_div_reduction**2 + 24,
            36 * dim * dim_div_reduction + 32 * dim + 216 * dim_div_reduction**2 + 24,
            36 * dim * dim_div_reduction + 40 * dim + 144 * dim_div_reduction**2 + 24,
            40 * dim * dim_div_reduction + 32 * dim + 180 * dim_div_reduction**2 + 24,
            4 * batch * dim_div_reduction * height * width
            + 16 * dim * dim_div_reduction
            + 16 * dim
            + 72 * dim_div_reduction**2
            + 8,
            12 * batch * dim_div_reduction * height * width
            + 12 * dim * dim_div_reduction
            + 16 * dim
            + 72 * dim_div_reduction**2
            + 8,
            16 * batch * dim_div_reduction * height * width
            + 12 * dim * dim_div_reduction
            + 16 * dim
            + 36 * dim_div_reduction**2
            + 8,
            4 * batch * dim * height * width
            + 12 * batch * dim_div_reduction * height * width
            + 12 * dim * dim_div_reduction
            + 16 * dim
            + 36 * dim_div_reduction**2
            + 8,
            12 * batch * dim * height * width
            + 8 * batch * dim_div_reduction * height * width
            + 8 * batch
            + 8 * dim * dim_div_reduction
            + 16 * dim
            + 36 * dim_div_reduction**2
            + 8,
        )
    if dim_div_reduction > 8:
        return max(
            32 * dim * dim_div_reduction
            + 40 * dim
            + 4 * dim_div_2
            + 144 * dim_div_reduction**2
            + 4 * max(1, dim_div_2)
            + 24,
            36 * dim * dim_div_reduction
            + 28 * dim
            + 4 * dim_div_2
            + 216 * dim_div_reduction**2
            + 4 * max(1, dim_div_2)
            + 24,
            36 * dim * dim_div_reduction
            + 36 * dim
            + 4 * dim_div_2
            + 144 * dim_div_reduction**2
            + 4 * max(1, dim_div_2)
            + 24,
            40 * dim * dim_div_reduction
            + 28 * dim
            + 4 * dim_div_2
            + 180 * dim_div_reduction**2
            + 4 * max(1, dim_div_2)
            + 24,
            12 * batch * dim * height * width
            + 8 * batch * dim_div_reduction * height * width
            + 16 * batch
            + 8 * dim * dim_div_reduction
            + 8 * dim
            + 36 * dim_div_reduction**2,
            4 * batch * dim_div_reduction * height * width
            + 16 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_2
            + 72 * dim_div_reduction**2
            + 4 * max(1, dim_div_2)
            + 8,
            12 * batch * dim_div_reduction * height * width
            + 12 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_2
            + 72 * dim_div_reduction**2
            + 4 * max(1, dim_div_2)
            + 8,
            16 * batch * dim_div_reduction * height * width
            + 12 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_2
            + 36 * dim_div_reduction**2
            + 4 * max(1, dim_div_2)
            + 8,
            8 * batch * dim_div_2 * height * width
            + 12 * batch * dim_div_reduction * height * width
            + 12 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_2
            + 36 * dim_div_reduction**2
            + 4 * max(1, dim_div_2)
            + 8,
            8 * batch * dim * height * width
            + 8 * batch * dim_div_2 * height * width
            + 8 * batch * dim_div_reduction * height * width
            + 16 * batch
            + 8 * dim * dim_div_reduction
            + 12 * dim
            + 4 * dim_div_2
            + 36 * dim_div_reduction**2
            + 4 * max(1, dim_div_2)
            + 8,
        )
    if (
        (dim % 2 == 0 and dim_div_2 >= 16)
        or (dim < 16 and batch != 1 and dim != 2 and dim % 2 == 0)
        or (dim < 16 and dim != 2 and dim % 2 == 0 and dim % 4 != 0)
    ):
        return max(
            316 * dim + 4 * dim_div_2 + 4 * max(1, dim_div_2) + 13848,
            348 * dim + 4 * dim_div_2 + 4 * max(1, dim_div_2) + 11544,
            32 * batch * height * width + 140 * dim + 4 * dim_div_2 + 4 * max(1, dim_div_2) + 4616,
            96 * batch * height * width + 108 * dim + 4 * dim_div_2 + 4 * max(1, dim_div_2) + 4616,
            128 * batch * height * width + 108 * dim + 4 * dim_div_2 + 4 * max(1, dim_div_2) + 2312,
            12 * batch * dim * height * width
            + 64 * batch * height * width
            + 16 * batch
            + 72 * dim
            + 2304,
            8 * batch * dim_div_2 * height * width
            + 96 * batch * height * width
            + 108 * dim
            + 4 * dim_div_2
            + 4 * max(1, dim_div_2)
            + 2312,
            8 * batch * dim * height * width
            + 8 * batch * dim_div_2 * height * width
            + 64 * batch * height * width
            + 16 * batch
            + 76 * dim
            + 4 * dim_div_2
            + 4 * max(1, dim_div_2)
            + 2312,
        )
    return max(
        320 * dim + 13848,
        352 * dim + 11544,
        32 * batch * height * width + 144 * dim + 4616,
        96 * batch * height * width + 112 * dim + 4616,
        128 * batch * height * width + 112 * dim + 2312,
        4 * batch * dim * height * width + 96 * batch * height * width + 112 * dim + 2312,
        12 * batch * dim * height * width
        + 64 * batch * height * width
        + 8 * batch
        + 80 * dim
        + 2312,
    )
