"""cnn/norm: gated GroupNorm: x + tanh(s) * (GN(x) - x)

GENERATED FILE, do not edit (see the index, which imports this module).

Built by blueprints.cnn.norm(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= height <= 65536, 1 <= width <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain cnn/norm.
"""

from __future__ import annotations

from . import again, refused

KEY = "cnn/norm"
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
    "the training step raises ValueError where batch * dim * height * width < 2 or (batch == "
    "1 and dim == 2 and height == 1 and width == 1) or (batch == 1 and dim == 4 and height =="
    " 1 and width == 1) or (batch == 1 and dim == 8 and height == 1 and width == 1) "
    "(blueprints/cnn.py, in forward)"
)


def _no_step(dim: int, batch: int, height: int, width: int) -> bool:
    return (
        batch * dim * height * width < 2
        or (batch == 1 and dim == 2 and height == 1 and width == 1)
        or (batch == 1 and dim == 4 and height == 1 and width == 1)
        or (batch == 1 and dim == 8 and height == 1 and width == 1)
    )


def cnn_norm_params(dim: int) -> int:
    """Parameters of cnn/norm.

    everywhere: 2 * dim + 1

    Per submodule:
        self (GatedNorm): 1
        norm (GroupNorm): 2 * dim
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_norm_params, KEY, _DOMAIN, locals())
    return 2 * dim + 1


def cnn_norm_buffers(dim: int) -> int:
    """Buffer elements of cnn/norm.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_norm_buffers, KEY, _DOMAIN, locals())
    return 0


def cnn_norm_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/norm.

    if optimizer == 'sgd':

        everywhere: 16 * dim + 8

    if optimizer == 'sgd_momentum':

        everywhere: 24 * dim + 12

    if optimizer in ('adam', 'adamw'):

        everywhere: 32 * dim + 28
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_norm_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 16 * dim + 8
    if optimizer == "sgd_momentum":
        return 24 * dim + 12
    return 32 * dim + 28


def cnn_norm_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/norm.

    if _no_step(dim, batch, height, width): ValueError (the training step raises)
    otherwise: 0
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_norm_forward_flops, KEY, _DOMAIN, locals())
    if _no_step(dim, batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 0


def cnn_norm_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/norm.

    if _no_step(dim, batch, height, width): ValueError (the training step raises)
    otherwise: 0
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_norm_backward_flops, KEY, _DOMAIN, locals())
    if _no_step(dim, batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 0


def cnn_norm_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward elementwise operations of cnn/norm.

    if _no_step(dim, batch, height, width): ValueError (the training step raises)
    otherwise: 8 * batch * dim * height * width + 1
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_norm_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_step(dim, batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 8 * batch * dim * height * width + 1


def cnn_norm_backward_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward elementwise operations of cnn/norm.

    if _no_step(dim, batch, height, width): ValueError (the training step raises)
    otherwise: 14 * batch * dim * height * width + 1
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_norm_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_step(dim, batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 14 * batch * dim * height * width + 1


def cnn_norm_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/norm.

    if _no_step(dim, batch, height, width): ValueError (the training step raises)
    if dim % 32 == 0 and dim // 32 >= 16: 8 * batch * dim * height * width + 256 * batch + 4
    if dim % 16 == 0 and dim // 16 >= 16: 8 * batch * dim * height * width + 128 * batch + 4
    if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16): 8 * batch * dim * height * width + 64 * batch
        + 4
    if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16): 8 * batch * dim * height *
        width + 32 * batch + 4
    if (dim < 16 and dim % 2 == 0) or (dim % 2 == 0 and dim // 2 >= 16): 8 * batch * dim * height *
        width + 16 * batch + 4
    otherwise: 8 * batch * dim * height * width + 8 * batch + 4
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_norm_activation_bytes, KEY, _DOMAIN, locals())
    if _no_step(dim, batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    if dim % 32 == 0 and dim // 32 >= 16:
        return 8 * batch * dim * height * width + 256 * batch + 4
    if dim % 16 == 0 and dim // 16 >= 16:
        return 8 * batch * dim * height * width + 128 * batch + 4
    if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16):
        return 8 * batch * dim * height * width + 64 * batch + 4
    if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16):
        return 8 * batch * dim * height * width + 32 * batch + 4
    if (dim < 16 and dim % 2 == 0) or (dim % 2 == 0 and dim // 2 >= 16):
        return 8 * batch * dim * height * width + 16 * batch + 4
    return 8 * batch * dim * height * width + 8 * batch + 4


def cnn_norm_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, height: int, width: int
) -> int:
    """Peak bytes of a training step of cnn/norm.

    if optimizer == 'sgd':

        if _no_step(dim, batch, height, width): ValueError (the training step raises)
        if dim % 32 == 0 and dim // 32 >= 16: max(12 * batch * dim * height * width + 256 * batch +
            8 * dim + 20, 4 * batch * dim * height * width + 256 * batch + 12 * dim + 4 *
            (dim // 32) + 124 * max(1, dim // 32) + 20)
        if dim % 16 == 0 and dim // 16 >= 16: max(12 * batch * dim * height * width + 128 * batch +
            8 * dim + 20, 4 * batch * dim * height * width + 128 * batch + 12 * dim + 4 *
            (dim // 16) + 60 * max(1, dim // 16) + 20)
        if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16): max(12 * batch * dim * height * width + 64
            * batch + 8 * dim + 20, 4 * batch * dim * height * width + 64 * batch + 12 * dim + 4 *
            (dim // 8) + 28 * max(1, dim // 8) + 20)
        if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16): max(12 * batch * dim *
            height * width + 32 * batch + 8 * dim + 20, 4 * batch * dim * height * width + 32 *
            batch + 12 * dim + 4 * (dim // 4) + 12 * max(1, dim // 4) + 20)
        if dim % 2 == 1 or (dim >= 16 and dim // 2 < 16): 12 * batch * dim * height * width + 8 *
            batch + 8 * dim + 20
        otherwise: max(12 * batch * dim * height * width + 16 * batch + 8 * dim + 20, 4 * batch *
            dim * height * width + 16 * batch + 12 * dim + 4 * (dim // 2) + 4 * max(1, dim // 2) +
            20)

    if optimizer == 'sgd_momentum':

        if _no_step(dim, batch, height, width): ValueError (the training step raises)
        if dim % 32 == 0 and dim // 32 >= 16: max(16 * dim + 132 * (dim // 32) + 124 * max(1,
            dim // 32) + 16, 12 * batch * dim * height * width + 256 * batch + 8 * dim + 20, 4 *
            batch * dim * height * width + 256 * batch + 12 * dim + 4 * (dim // 32) + 124 * max(1,
            dim // 32) + 20)
        if dim % 16 == 0 and dim // 16 >= 16: max(16 * dim + 68 * (dim // 16) + 60 * max(1,
            dim // 16) + 16, 12 * batch * dim * height * width + 128 * batch + 8 * dim + 20, 4 *
            batch * dim * height * width + 128 * batch + 12 * dim + 4 * (dim // 16) + 60 * max(1,
            dim // 16) + 20)
        if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16): max(16 * dim + 36 * (dim // 8) + 28 *
            max(1, dim // 8) + 16, 12 * batch * dim * height * width + 64 * batch + 8 * dim + 20, 4
            * batch * dim * height * width + 64 * batch + 12 * dim + 4 * (dim // 8) + 28 * max(1,
            dim // 8) + 20)
        if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16): max(16 * dim + 20 *
            (dim // 4) + 12 * max(1, dim // 4) + 16, 12 * batch * dim * height * width + 32 * batch
            + 8 * dim + 20, 4 * batch * dim * height * width + 32 * batch + 12 * dim + 4 *
            (dim // 4) + 12 * max(1, dim // 4) + 20)
        if dim % 2 == 1 or (dim >= 16 and dim // 2 < 16): max(24 * dim + 16, 12 * batch * dim *
            height * width + 8 * batch + 8 * dim + 20)
        otherwise: max(16 * dim + 12 * (dim // 2) + 4 * max(1, dim // 2) + 16, 12 * batch * dim *
            height * width + 16 * batch + 8 * dim + 20, 4 * batch * dim * height * width + 16 *
            batch + 12 * dim + 4 * (dim // 2) + 4 * max(1, dim // 2) + 20)

    if optimizer in ('adam', 'adamw'):

        if _no_step(dim, batch, height, width): ValueError (the training step raises)
        if dim % 32 == 0 and dim // 32 >= 16: max(40 * dim + 4 * (dim // 32) + 124 * max(1,
            dim // 32) + 32, 12 * batch * dim * height * width + 256 * batch + 8 * dim + 20, 4 *
            batch * dim * height * width + 256 * batch + 12 * dim + 4 * (dim // 32) + 124 * max(1,
            dim // 32) + 20)
        if dim % 16 == 0 and dim // 16 >= 16: max(40 * dim + 4 * (dim // 16) + 60 * max(1,
            dim // 16) + 32, 12 * batch * dim * height * width + 128 * batch + 8 * dim + 20, 4 *
            batch * dim * height * width + 128 * batch + 12 * dim + 4 * (dim // 16) + 60 * max(1,
            dim // 16) + 20)
        if dim == 8 or (dim % 8 == 0 and dim // 8 >= 16): max(40 * dim + 4 * (dim // 8) + 28 *
            max(1, dim // 8) + 32, 12 * batch * dim * height * width + 64 * batch + 8 * dim + 20, 4
            * batch * dim * height * width + 64 * batch + 12 * dim + 4 * (dim // 8) + 28 * max(1,
            dim // 8) + 20)
        if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim // 4 >= 16): max(40 * dim + 4 *
            (dim // 4) + 12 * max(1, dim // 4) + 32, 12 * batch * dim * height * width + 32 * batch
            + 8 * dim + 20, 4 * batch * dim * height * width + 32 * batch + 12 * dim + 4 *
            (dim // 4) + 12 * max(1, dim // 4) + 20)
        if dim % 2 == 1 or (dim >= 16 and dim // 2 < 16): max(44 * dim + 32, 12 * batch * dim *
            height * width + 8 * batch + 8 * dim + 20)
        otherwise: max(40 * dim + 4 * (dim // 2) + 4 * max(1, dim // 2) + 32, 12 * batch * dim *
            height * width + 16 * batch + 8 * dim + 20, 4 * batch * dim * height * width + 16 *
            batch + 12 * dim + 4 * (dim // 2) + 4 * max(1, dim // 2) + 20)
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
        return again(cnn_norm_peak_bytes, KEY, _DOMAIN, locals())
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
                12 * batch * dim * height * width + 256 * batch + 8 * dim + 20,
                4 * batch * dim * height * width
                + 256 * batch
                + 12 * dim
                + 4 * dim_div_32
                + 124 * max(1, dim_div_32)
                + 20,
            )
        if dim % 16 == 0 and dim_div_16 >= 16:
            return max(
                12 * batch * dim * height * width + 128 * batch + 8 * dim + 20,
                4 * batch * dim * height * width
                + 128 * batch
                + 12 * dim
                + 4 * dim_div_16
                + 60 * max(1, dim_div_16)
                + 20,
            )
        if dim == 8 or (dim % 8 == 0 and dim_div_8 >= 16):
            return max(
                12 * batch * dim * height * width + 64 * batch + 8 * dim + 20,
                4 * batch * dim * height * width
                + 64 * batch
                + 12 * dim
                + 4 * dim_div_8
                + 28 * max(1, dim_div_8)
                + 20,
            )
        if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim_div_4 >= 16):
            return max(
                12 * batch * dim * height * width + 32 * batch + 8 * dim + 20,
                4 * batch * dim * height * width
                + 32 * batch
                + 12 * dim
                + 4 * dim_div_4
                + 12 * max(1, dim_div_4)
                + 20,
            )
        if dim % 2 == 1 or (dim >= 16 and dim_div_2 < 16):
            return 12 * batch * dim * height * width + 8 * batch + 8 * dim + 20
        return max(
            12 * batch * dim * height * width + 16 * batch + 8 * dim + 20,
            4 * batch * dim * height * width
            + 16 * batch
            + 12 * dim
            + 4 * dim_div_2
            + 4 * max(1, dim_div_2)
            + 20,
        )
    if optimizer == "sgd_momentum":
        if _no_step(dim, batch, height, width):
            raise refused(
                KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
            )
        if dim % 32 == 0 and dim_div_32 >= 16:
            return max(
                16 * dim + 132 * dim_div_32 + 124 * max(1, dim_div_32) + 16,
                12 * batch * dim * height * width + 256 * batch + 8 * dim + 20,
                4 * batch * dim * height * width
                + 256 * batch
                + 12 * dim
                + 4 * dim_div_32
                + 124 * max(1, dim_div_32)
                + 20,
            )
        if dim % 16 == 0 and dim_div_16 >= 16:
            return max(
                16 * dim + 68 * dim_div_16 + 60 * max(1, dim_div_16) + 16,
                12 * batch * dim * height * width + 128 * batch + 8 * dim + 20,
                4 * batch * dim * height * width
                + 128 * batch
                + 12 * dim
                + 4 * dim_div_16
                + 60 * max(1, dim_div_16)
                + 20,
            )
        if dim == 8 or (dim % 8 == 0 and dim_div_8 >= 16):
            return max(
                16 * dim + 36 * dim_div_8 + 28 * max(1, dim_div_8) + 16,
                12 * batch * dim * height * width + 64 * batch + 8 * dim + 20,
                4 * batch * dim * height * width
                + 64 * batch
                + 12 * dim
                + 4 * dim_div_8
                + 28 * max(1, dim_div_8)
                + 20,
            )
        if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim_div_4 >= 16):
            return max(
                16 * dim + 20 * dim_div_4 + 12 * max(1, dim_div_4) + 16,
                12 * batch * dim * height * width + 32 * batch + 8 * dim + 20,
                4 * batch * dim * height * width
                + 32 * batch
                + 12 * dim
                + 4 * dim_div_4
                + 12 * max(1, dim_div_4)
                + 20,
            )
        if dim % 2 == 1 or (dim >= 16 and dim_div_2 < 16):
            return max(24 * dim + 16, 12 * batch * dim * height * width + 8 * batch + 8 * dim + 20)
        return max(
            16 * dim + 12 * dim_div_2 + 4 * max(1, dim_div_2) + 16,
            12 * batch * dim * height * width + 16 * batch + 8 * dim + 20,
            4 * batch * dim * height * width
            + 16 * batch
            + 12 * dim
            + 4 * dim_div_2
            + 4 * max(1, dim_div_2)
            + 20,
        )
    if _no_step(dim, batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    if dim % 32 == 0 and dim_div_32 >= 16:
        return max(
            40 * dim + 4 * dim_div_32 + 124 * max(1, dim_div_32) + 32,
            12 * batch * dim * height * width + 256 * batch + 8 * dim + 20,
            4 * batch * dim * height * width
            + 256 * batch
            + 12 * dim
            + 4 * dim_div_32
            + 124 * max(1, dim_div_32)
            + 20,
        )
    if dim % 16 == 0 and dim_div_16 >= 16:
        return max(
            40 * dim + 4 * dim_div_16 + 60 * max(1, dim_div_16) + 32,
            12 * batch * dim * height * width + 128 * batch + 8 * dim + 20,
            4 * batch * dim * height * width
            + 128 * batch
            + 12 * dim
            + 4 * dim_div_16
            + 60 * max(1, dim_div_16)
            + 20,
        )
    if dim == 8 or (dim % 8 == 0 and dim_div_8 >= 16):
        return max(
            40 * dim + 4 * dim_div_8 + 28 * max(1, dim_div_8) + 32,
            12 * batch * dim * height * width + 64 * batch + 8 * dim + 20,
            4 * batch * dim * height * width
            + 64 * batch
            + 12 * dim
            + 4 * dim_div_8
            + 28 * max(1, dim_div_8)
            + 20,
        )
    if (dim < 16 and dim % 4 == 0) or (dim % 4 == 0 and dim_div_4 >= 16):
        return max(
            40 * dim + 4 * dim_div_4 + 12 * max(1, dim_div_4) + 32,
            12 * batch * dim * height * width + 32 * batch + 8 * dim + 20,
            4 * batch * dim * height * width
            + 32 * batch
            + 12 * dim
            + 4 * dim_div_4
            + 12 * max(1, dim_div_4)
            + 20,
        )
    if dim % 2 == 1 or (dim >= 16 and dim_div_2 < 16):
        return max(44 * dim + 32, 12 * batch * dim * height * width + 8 * batch + 8 * dim + 20)
    return max(
        40 * dim + 4 * dim_div_2 + 4 * max(1, dim_div_2) + 32,
        12 * batch * dim * height * width + 16 * batch + 8 * dim + 20,
        4 * batch * dim * height * width
        + 16 * batch
        + 12 * dim
        + 4 * dim_div_2
        + 4 * max(1, dim_div_2)
        + 20,
    )
