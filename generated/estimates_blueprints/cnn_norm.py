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

from . import invalid, refused

KEY = "cnn/norm"
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
        raise invalid(KEY, _DOMAIN, locals())
    return 2 * dim + 1


def cnn_norm_buffers(dim: int) -> int:
    """Buffer elements of cnn/norm.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        raise invalid(KEY, _DOMAIN, locals())
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
        raise invalid(KEY, _DOMAIN, locals())
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
        raise invalid(KEY, _DOMAIN, locals())
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
        raise invalid(KEY, _DOMAIN, locals())
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
        raise invalid(KEY, _DOMAIN, locals())
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
        raise invalid(KEY, _DOMAIN, locals())
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
        raise invalid(KEY, _DOMAIN, locals())
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
