"""cnn/conv_light: one 3x3 conv block, residual

GENERATED FILE, do not edit (see the index, which imports this module).

Built by blueprints.cnn.conv_light(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= height <= 65536, 1 <= width <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain cnn/conv_light.
"""

from __future__ import annotations

from . import again, refused

KEY = "cnn/conv_light"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "22a006ce4a806bf9"
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


def cnn_conv_light_params(dim: int) -> int:
    """Parameters of cnn/conv_light.

    everywhere: 9 * dim**2 + 2 * dim

    Per submodule:
        body.0 (Conv2d): 9 * dim**2
        body.1 (GroupNorm): 2 * dim
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_conv_light_params, KEY, _DOMAIN, locals())
    return 9 * dim**2 + 2 * dim


def cnn_conv_light_buffers(dim: int) -> int:
    """Buffer elements of cnn/conv_light.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_conv_light_buffers, KEY, _DOMAIN, locals())
    return 0


def cnn_conv_light_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/conv_light.

    if optimizer == 'sgd':

        everywhere: 72 * dim**2 + 16 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 108 * dim**2 + 24 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 144 * dim**2 + 32 * dim + 12
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_conv_light_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 72 * dim**2 + 16 * dim
    if optimizer == "sgd_momentum":
        return 108 * dim**2 + 24 * dim
    return 144 * dim**2 + 32 * dim + 12


def cnn_conv_light_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/conv_light.

    if _no_step(dim, batch, height, width): ValueError (the training step raises)
    otherwise: 18 * batch * dim**2 * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv_light_forward_flops, KEY, _DOMAIN, locals())
    if _no_step(dim, batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 18 * batch * dim**2 * height * width


def cnn_conv_light_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/conv_light.

    if _no_step(dim, batch, height, width): ValueError (the training step raises)
    otherwise: 36 * batch * dim**2 * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv_light_backward_flops, KEY, _DOMAIN, locals())
    if _no_step(dim, batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 36 * batch * dim**2 * height * width


def cnn_conv_light_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward elementwise operations of cnn/conv_light.

    if _no_step(dim, batch, height, width): ValueError (the training step raises)
    otherwise: 7 * batch * dim * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv_light_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_step(dim, batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 7 * batch * dim * height * width


def cnn_conv_light_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/conv_light.

    if _no_step(dim, batch, height, width): ValueError (the training step raises)
    otherwise: 10 * batch * dim * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv_light_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_step(dim, batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 10 * batch * dim * height * width


def cnn_conv_light_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/conv_light.

    if _no_step(dim, batch, height, width): ValueError (the training step raises)
    if dim % 32 == 0 and dim // 32 >= 16: 12 * batch * dim * height * width + 256 * batch
    if dim % 16 == 0 and dim // 16 >= 16: 12 * batch * dim * height * width + 128 * batch
    if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16): 12 * batch * dim * height * width + 64 * batch
    if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16): 12 * batch * dim * height *
        width + 32 * batch
    if (dim < 16 and dim % 2 == 0) or (dim % 2 == 0 and dim // 2 >= 16): 12 * batch * dim * height *
        width + 16 * batch
    otherwise: 12 * batch * dim * height * width + 8 * batch
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv_light_activation_bytes, KEY, _DOMAIN, locals())
    if _no_step(dim, batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    if dim % 32 == 0 and dim // 32 >= 16:
        return 12 * batch * dim * height * width + 256 * batch
    if dim % 16 == 0 and dim // 16 >= 16:
        return 12 * batch * dim * height * width + 128 * batch
    if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16):
        return 12 * batch * dim * height * width + 64 * batch
    if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16):
        return 12 * batch * dim * height * width + 32 * batch
    if (dim < 16 and dim % 2 == 0) or (dim % 2 == 0 and dim // 2 >= 16):
        return 12 * batch * dim * height * width + 16 * batch
    return 12 * batch * dim * height * width + 8 * batch


def cnn_conv_light_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, height: int, width: int
) -> int:
    """Peak bytes of a training step of cnn/conv_light.

    if optimizer == 'sgd':

        if _no_step(dim, batch, height, width): ValueError (the training step raises)
        if dim % 32 == 0 and dim // 32 >= 16: max(12 * batch * dim * height * width + 256 * batch +
            36 * dim**2 + 8 * dim + 8, 128 * batch * (dim // 32) * height * width + 72 * dim**2 + 12
            * dim + 4 * (dim // 32) + 124 * max(1, dim // 32) + 8, 8 * batch * dim * height * width
            + 128 * batch * (dim // 32) * height * width + 256 * batch + 36 * dim**2 + 12 * dim + 4
            * (dim // 32) + 124 * max(1, dim // 32) + 8)
        if dim % 16 == 0 and dim // 16 >= 16: max(12 * batch * dim * height * width + 128 * batch +
            36 * dim**2 + 8 * dim + 8, 64 * batch * (dim // 16) * height * width + 72 * dim**2 + 12
            * dim + 4 * (dim // 16) + 60 * max(1, dim // 16) + 8, 8 * batch * dim * height * width +
            64 * batch * (dim // 16) * height * width + 128 * batch + 36 * dim**2 + 12 * dim + 4 *
            (dim // 16) + 60 * max(1, dim // 16) + 8)
        if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16): max(12 * batch * dim * height * width + 64
            * batch + 36 * dim**2 + 8 * dim + 8, 32 * batch * (dim // 8) * height * width + 72 *
            dim**2 + 12 * dim + 4 * (dim // 8) + 28 * max(1, dim // 8) + 8, 8 * batch * dim * height
            * width + 32 * batch * (dim // 8) * height * width + 64 * batch + 36 * dim**2 + 12 * dim
            + 4 * (dim // 8) + 28 * max(1, dim // 8) + 8)
        if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16): max(12 * batch * dim *
            height * width + 32 * batch + 36 * dim**2 + 8 * dim + 8, 16 * batch * (dim // 4) *
            height * width + 72 * dim**2 + 12 * dim + 4 * (dim // 4) + 12 * max(1, dim // 4) + 8, 8
            * batch * dim * height * width + 16 * batch * (dim // 4) * height * width + 32 * batch +
            36 * dim**2 + 12 * dim + 4 * (dim // 4) + 12 * max(1, dim // 4) + 8)
        if dim % 2 == 1 or (dim >= 16 and dim // 2 < 16): max(4 * batch * dim * height * width + 72
            * dim**2 + 16 * dim + 8, 12 * batch * dim * height * width + 8 * batch + 36 * dim**2 +
            16 * dim + 8)
        otherwise: max(12 * batch * dim * height * width + 16 * batch + 36 * dim**2 + 8 * dim + 8, 8
            * batch * (dim // 2) * height * width + 72 * dim**2 + 12 * dim + 4 * (dim // 2) + 4 *
            max(1, dim // 2) + 8, 8 * batch * dim * height * width + 8 * batch * (dim // 2) * height
            * width + 16 * batch + 36 * dim**2 + 12 * dim + 4 * (dim // 2) + 4 * max(1, dim // 2) +
            8)

    if optimizer == 'sgd_momentum':

        if _no_step(dim, batch, height, width): ValueError (the training step raises)
        if dim % 32 == 0 and dim // 32 >= 16: max(108 * dim**2 + 16 * dim + 132 * (dim // 32) + 124
            * max(1, dim // 32) + 4, 12 * batch * dim * height * width + 256 * batch + 36 * dim**2 +
            8 * dim + 8, 128 * batch * (dim // 32) * height * width + 72 * dim**2 + 12 * dim + 4 *
            (dim // 32) + 124 * max(1, dim // 32) + 8, 8 * batch * dim * height * width + 128 *
            batch * (dim // 32) * height * width + 256 * batch + 36 * dim**2 + 12 * dim + 4 *
            (dim // 32) + 124 * max(1, dim // 32) + 8)
        if dim % 16 == 0 and dim // 16 >= 16: max(108 * dim**2 + 16 * dim + 68 * (dim // 16) + 60 *
            max(1, dim // 16) + 4, 12 * batch * dim * height * width + 128 * batch + 36 * dim**2 + 8
            * dim + 8, 64 * batch * (dim // 16) * height * width + 72 * dim**2 + 12 * dim + 4 *
            (dim // 16) + 60 * max(1, dim // 16) + 8, 8 * batch * dim * height * width + 64 * batch
            * (dim // 16) * height * width + 128 * batch + 36 * dim**2 + 12 * dim + 4 * (dim // 16)
            + 60 * max(1, dim // 16) + 8)
        if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16): max(108 * dim**2 + 16 * dim + 36 *
            (dim // 8) + 28 * max(1, dim // 8) + 4, 12 * batch * dim * height * width + 64 * batch +
            36 * dim**2 + 8 * dim + 8, 32 * batch * (dim // 8) * height * width + 72 * dim**2 + 12 *
            dim + 4 * (dim // 8) + 28 * max(1, dim // 8) + 8, 8 * batch * dim * height * width + 32
            * batch * (dim // 8) * height * width + 64 * batch + 36 * dim**2 + 12 * dim + 4 *
            (dim // 8) + 28 * max(1, dim // 8) + 8)
        if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16): max(108 * dim**2 + 16 *
            dim + 20 * (dim // 4) + 12 * max(1, dim // 4) + 4, 12 * batch * dim * height * width +
            32 * batch + 36 * dim**2 + 8 * dim + 8, 16 * batch * (dim // 4) * height * width + 72 *
            dim**2 + 12 * dim + 4 * (dim // 4) + 12 * max(1, dim // 4) + 8, 8 * batch * dim * height
            * width + 16 * batch * (dim // 4) * height * width + 32 * batch + 36 * dim**2 + 12 * dim
            + 4 * (dim // 4) + 12 * max(1, dim // 4) + 8)
        if dim % 2 == 1 or (dim >= 16 and dim // 2 < 16): max(108 * dim**2 + 24 * dim + 4, 4 * batch
            * dim * height * width + 72 * dim**2 + 16 * dim + 8, 12 * batch * dim * height * width +
            8 * batch + 36 * dim**2 + 16 * dim + 8)
        otherwise: max(108 * dim**2 + 16 * dim + 12 * (dim // 2) + 4 * max(1, dim // 2) + 4, 12 *
            batch * dim * height * width + 16 * batch + 36 * dim**2 + 8 * dim + 8, 8 * batch *
            (dim // 2) * height * width + 72 * dim**2 + 12 * dim + 4 * (dim // 2) + 4 * max(1,
            dim // 2) + 8, 8 * batch * dim * height * width + 8 * batch * (dim // 2) * height *
            width + 16 * batch + 36 * dim**2 + 12 * dim + 4 * (dim // 2) + 4 * max(1, dim // 2) + 8)

    if optimizer in ('adam', 'adamw'):

        if _no_step(dim, batch, height, width): ValueError (the training step raises)
        if dim % 32 == 0 and dim // 32 >= 16: max(216 * dim**2 + 28 * dim + 4 * (dim // 32) + 124 *
            max(1, dim // 32) + 16, 12 * batch * dim * height * width + 256 * batch + 36 * dim**2 +
            8 * dim + 8, 128 * batch * (dim // 32) * height * width + 72 * dim**2 + 12 * dim + 4 *
            (dim // 32) + 124 * max(1, dim // 32) + 8, 8 * batch * dim * height * width + 128 *
            batch * (dim // 32) * height * width + 256 * batch + 36 * dim**2 + 12 * dim + 4 *
            (dim // 32) + 124 * max(1, dim // 32) + 8)
        if dim % 16 == 0 and dim // 16 >= 16: max(216 * dim**2 + 28 * dim + 4 * (dim // 16) + 60 *
            max(1, dim // 16) + 16, 12 * batch * dim * height * width + 128 * batch + 36 * dim**2 +
            8 * dim + 8, 64 * batch * (dim // 16) * height * width + 72 * dim**2 + 12 * dim + 4 *
            (dim // 16) + 60 * max(1, dim // 16) + 8, 8 * batch * dim * height * width + 64 * batch
            * (dim // 16) * height * width + 128 * batch + 36 * dim**2 + 12 * dim + 4 * (dim // 16)
            + 60 * max(1, dim // 16) + 8)
        if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16): max(216 * dim**2 + 28 * dim + 4 *
            (dim // 8) + 28 * max(1, dim // 8) + 16, 12 * batch * dim * height * width + 64 * batch
            + 36 * dim**2 + 8 * dim + 8, 32 * batch * (dim // 8) * height * width + 72 * dim**2 + 12
            * dim + 4 * (dim // 8) + 28 * max(1, dim // 8) + 8, 8 * batch * dim * height * width +
            32 * batch * (dim // 8) * height * width + 64 * batch + 36 * dim**2 + 12 * dim + 4 *
            (dim // 8) + 28 * max(1, dim // 8) + 8)
        if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16): max(216 * dim**2 + 28 *
            dim + 4 * (dim // 4) + 12 * max(1, dim // 4) + 16, 12 * batch * dim * height * width +
            32 * batch + 36 * dim**2 + 8 * dim + 8, 16 * batch * (dim // 4) * height * width + 72 *
            dim**2 + 12 * dim + 4 * (dim // 4) + 12 * max(1, dim // 4) + 8, 8 * batch * dim * height
            * width + 16 * batch * (dim // 4) * height * width + 32 * batch + 36 * dim**2 + 12 * dim
            + 4 * (dim // 4) + 12 * max(1, dim // 4) + 8)
        if dim % 2 == 1 or (dim >= 16 and dim // 2 < 16): max(216 * dim**2 + 32 * dim + 16, 4 *
            batch * dim * height * width + 72 * dim**2 + 16 * dim + 8, 12 * batch * dim * height *
            width + 8 * batch + 36 * dim**2 + 16 * dim + 8)
        otherwise: max(216 * dim**2 + 28 * dim + 4 * (dim // 2) + 4 * max(1, dim // 2) + 16, 12 *
            batch * dim * height * width + 16 * batch + 36 * dim**2 + 8 * dim + 8, 8 * batch *
            (dim // 2) * height * width + 72 * dim**2 + 12 * dim + 4 * (dim // 2) + 4 * max(1,
            dim // 2) + 8, 8 * batch * dim * height * width + 8 * batch * (dim // 2) * height *
            width + 16 * batch + 36 * dim**2 + 12 * dim + 4 * (dim // 2) + 4 * max(1, dim // 2) + 8)
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
        return again(cnn_conv_light_peak_bytes, KEY, _DOMAIN, locals())
    dim_div_32 = dim // 32
    dim_div_16 = dim // 16
    dim_div_8 = dim // 8
    dim_div_4 = dim // 4
    dim_div_2 = dim // 2
    if optimizer == "sgd":
        if _no_step(dim, batch, height, width):
            raise refused(
                KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
            )
        if dim % 32 == 0 and dim_div_32 >= 16:
            return max(
                12 * batch * dim * height * width + 256 * batch + 36 * dim**2 + 8 * dim + 8,
                128 * batch * dim_div_32 * height * width
                + 72 * dim**2
                + 12 * dim
                + 4 * dim_div_32
                + 124 * max(1, dim_div_32)
                + 8,
                8 * batch * dim * height * width
                + 128 * batch * dim_div_32 * height * width
                + 256 * batch
                + 36 * dim**2
                + 12 * dim
                + 4 * dim_div_32
                + 124 * max(1, dim_div_32)
                + 8,
            )
        if dim % 16 == 0 and dim_div_16 >= 16:
            return max(
                12 * batch * dim * height * width + 128 * batch + 36 * dim**2 + 8 * dim + 8,
                64 * batch * dim_div_16 * height * width
                + 72 * dim**2
                + 12 * dim
                + 4 * dim_div_16
                + 60 * max(1, dim_div_16)
                + 8,
                8 * batch * dim * height * width
                + 64 * batch * dim_div_16 * height * width
                + 128 * batch
                + 36 * dim**2
                + 12 * dim
                + 4 * dim_div_16
                + 60 * max(1, dim_div_16)
                + 8,
            )
        if dim == 8 or (dim % 8 == 0 and dim_div_8 >= 16):
            return max(
                12 * batch * dim * height * width + 64 * batch + 36 * dim**2 + 8 * dim + 8,
                32 * batch * dim_div_8 * height * width
                + 72 * dim**2
                + 12 * dim
                + 4 * dim_div_8
                + 28 * max(1, dim_div_8)
                + 8,
                8 * batch * dim * height * width
                + 32 * batch * dim_div_8 * height * width
                + 64 * batch
                + 36 * dim**2
                + 12 * dim
                + 4 * dim_div_8
                + 28 * max(1, dim_div_8)
                + 8,
            )
        if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim_div_4 >= 16):
            return max(
                12 * batch * dim * height * width + 32 * batch + 36 * dim**2 + 8 * dim + 8,
                16 * batch * dim_div_4 * height * width
                + 72 * dim**2
                + 12 * dim
                + 4 * dim_div_4
                + 12 * max(1, dim_div_4)
                + 8,
                8 * batch * dim * height * width
                + 16 * batch * dim_div_4 * height * width
                + 32 * batch
                + 36 * dim**2
                + 12 * dim
                + 4 * dim_div_4
                + 12 * max(1, dim_div_4)
                + 8,
            )
        if dim % 2 == 1 or (dim >= 16 and dim_div_2 < 16):
            return max(
                4 * batch * dim * height * width + 72 * dim**2 + 16 * dim + 8,
                12 * batch * dim * height * width + 8 * batch + 36 * dim**2 + 16 * dim + 8,
            )
        return max(
            12 * batch * dim * height * width + 16 * batch + 36 * dim**2 + 8 * dim + 8,
            8 * batch * dim_div_2 * height * width
            + 72 * dim**2
            + 12 * dim
            + 4 * dim_div_2
            + 4 * max(1, dim_div_2)
            + 8,
            8 * batch * dim * height * width
            + 8 * batch * dim_div_2 * height * width
            + 16 * batch
            + 36 * dim**2
            + 12 * dim
            + 4 * dim_div_2
            + 4 * max(1, dim_div_2)
            + 8,
        )
    if optimizer == "sgd_momentum":
        if _no_step(dim, batch, height, width):
            raise refused(
                KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
            )
        if dim % 32 == 0 and dim_div_32 >= 16:
            return max(
                108 * dim**2 + 16 * dim + 132 * dim_div_32 + 124 * max(1, dim_div_32) + 4,
                12 * batch * dim * height * width + 256 * batch + 36 * dim**2 + 8 * dim + 8,
                128 * batch * dim_div_32 * height * width
                + 72 * dim**2
                + 12 * dim
                + 4 * dim_div_32
                + 124 * max(1, dim_div_32)
                + 8,
                8 * batch * dim * height * width
                + 128 * batch * dim_div_32 * height * width
                + 256 * batch
                + 36 * dim**2
                + 12 * dim
                + 4 * dim_div_32
                + 124 * max(1, dim_div_32)
                + 8,
            )
        if dim % 16 == 0 and dim_div_16 >= 16:
            return max(
                108 * dim**2 + 16 * dim + 68 * dim_div_16 + 60 * max(1, dim_div_16) + 4,
                12 * batch * dim * height * width + 128 * batch + 36 * dim**2 + 8 * dim + 8,
                64 * batch * dim_div_16 * height * width
                + 72 * dim**2
                + 12 * dim
                + 4 * dim_div_16
                + 60 * max(1, dim_div_16)
                + 8,
                8 * batch * dim * height * width
                + 64 * batch * dim_div_16 * height * width
                + 128 * batch
                + 36 * dim**2
                + 12 * dim
                + 4 * dim_div_16
                + 60 * max(1, dim_div_16)
                + 8,
            )
        if dim == 8 or (dim % 8 == 0 and dim_div_8 >= 16):
            return max(
                108 * dim**2 + 16 * dim + 36 * dim_div_8 + 28 * max(1, dim_div_8) + 4,
                12 * batch * dim * height * width + 64 * batch + 36 * dim**2 + 8 * dim + 8,
                32 * batch * dim_div_8 * height * width
                + 72 * dim**2
                + 12 * dim
                + 4 * dim_div_8
                + 28 * max(1, dim_div_8)
                + 8,
                8 * batch * dim * height * width
                + 32 * batch * dim_div_8 * height * width
                + 64 * batch
                + 36 * dim**2
                + 12 * dim
                + 4 * dim_div_8
                + 28 * max(1, dim_div_8)
                + 8,
            )
        if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim_div_4 >= 16):
            return max(
                108 * dim**2 + 16 * dim + 20 * dim_div_4 + 12 * max(1, dim_div_4) + 4,
                12 * batch * dim * height * width + 32 * batch + 36 * dim**2 + 8 * dim + 8,
                16 * batch * dim_div_4 * height * width
                + 72 * dim**2
                + 12 * dim
                + 4 * dim_div_4
                + 12 * max(1, dim_div_4)
                + 8,
                8 * batch * dim * height * width
                + 16 * batch * dim_div_4 * height * width
                + 32 * batch
                + 36 * dim**2
                + 12 * dim
                + 4 * dim_div_4
                + 12 * max(1, dim_div_4)
                + 8,
            )
        if dim % 2 == 1 or (dim >= 16 and dim_div_2 < 16):
            return max(
                108 * dim**2 + 24 * dim + 4,
                4 * batch * dim * height * width + 72 * dim**2 + 16 * dim + 8,
                12 * batch * dim * height * width + 8 * batch + 36 * dim**2 + 16 * dim + 8,
            )
        return max(
            108 * dim**2 + 16 * dim + 12 * dim_div_2 + 4 * max(1, dim_div_2) + 4,
            12 * batch * dim * height * width + 16 * batch + 36 * dim**2 + 8 * dim + 8,
            8 * batch * dim_div_2 * height * width
            + 72 * dim**2
            + 12 * dim
            + 4 * dim_div_2
            + 4 * max(1, dim_div_2)
            + 8,
            8 * batch * dim * height * width
            + 8 * batch * dim_div_2 * height * width
            + 16 * batch
            + 36 * dim**2
            + 12 * dim
            + 4 * dim_div_2
            + 4 * max(1, dim_div_2)
            + 8,
        )
    if _no_step(dim, batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    if dim % 32 == 0 and dim_div_32 >= 16:
        return max(
            216 * dim**2 + 28 * dim + 4 * dim_div_32 + 124 * max(1, dim_div_32) + 16,
            12 * batch * dim * height * width + 256 * batch + 36 * dim**2 + 8 * dim + 8,
            128 * batch * dim_div_32 * height * width
            + 72 * dim**2
            + 12 * dim
            + 4 * dim_div_32
            + 124 * max(1, dim_div_32)
            + 8,
            8 * batch * dim * height * width
            + 128 * batch * dim_div_32 * height * width
            + 256 * batch
            + 36 * dim**2
            + 12 * dim
            + 4 * dim_div_32
            + 124 * max(1, dim_div_32)
            + 8,
        )
    if dim % 16 == 0 and dim_div_16 >= 16:
        return max(
            216 * dim**2 + 28 * dim + 4 * dim_div_16 + 60 * max(1, dim_div_16) + 16,
            12 * batch * dim * height * width + 128 * batch + 36 * dim**2 + 8 * dim + 8,
            64 * batch * dim_div_16 * height * width
            + 72 * dim**2
            + 12 * dim
            + 4 * dim_div_16
            + 60 * max(1, dim_div_16)
            + 8,
            8 * batch * dim * height * width
            + 64 * batch * dim_div_16 * height * width
            + 128 * batch
            + 36 * dim**2
            + 12 * dim
            + 4 * dim_div_16
            + 60 * max(1, dim_div_16)
            + 8,
        )
    if dim == 8 or (dim % 8 == 0 and dim_div_8 >= 16):
        return max(
            216 * dim**2 + 28 * dim + 4 * dim_div_8 + 28 * max(1, dim_div_8) + 16,
            12 * batch * dim * height * width + 64 * batch + 36 * dim**2 + 8 * dim + 8,
            32 * batch * dim_div_8 * height * width
            + 72 * dim**2
            + 12 * dim
            + 4 * dim_div_8
            + 28 * max(1, dim_div_8)
            + 8,
            8 * batch * dim * height * width
            + 32 * batch * dim_div_8 * height * width
            + 64 * batch
            + 36 * dim**2
            + 12 * dim
            + 4 * dim_div_8
            + 28 * max(1, dim_div_8)
            + 8,
        )
    if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim_div_4 >= 16):
        return max(
            216 * dim**2 + 28 * dim + 4 * dim_div_4 + 12 * max(1, dim_div_4) + 16,
            12 * batch * dim * height * width + 32 * batch + 36 * dim**2 + 8 * dim + 8,
            16 * batch * dim_div_4 * height * width
            + 72 * dim**2
            + 12 * dim
            + 4 * dim_div_4
            + 12 * max(1, dim_div_4)
            + 8,
            8 * batch * dim * height * width
            + 16 * batch * dim_div_4 * height * width
            + 32 * batch
            + 36 * dim**2
            + 12 * dim
            + 4 * dim_div_4
            + 12 * max(1, dim_div_4)
            + 8,
        )
    if dim % 2 == 1 or (dim >= 16 and dim_div_2 < 16):
        return max(
            216 * dim**2 + 32 * dim + 16,
            4 * batch * dim * height * width + 72 * dim**2 + 16 * dim + 8,
            12 * batch * dim * height * width + 8 * batch + 36 * dim**2 + 16 * dim + 8,
        )
    return max(
        216 * dim**2 + 28 * dim + 4 * dim_div_2 + 4 * max(1, dim_div_2) + 16,
        12 * batch * dim * height * width + 16 * batch + 36 * dim**2 + 8 * dim + 8,
        8 * batch * dim_div_2 * height * width
        + 72 * dim**2
        + 12 * dim
        + 4 * dim_div_2
        + 4 * max(1, dim_div_2)
        + 8,
        8 * batch * dim * height * width
        + 8 * batch * dim_div_2 * height * width
        + 16 * batch
        + 36 * dim**2
        + 12 * dim
        + 4 * dim_div_2
        + 4 * max(1, dim_div_2)
        + 8,
    )
