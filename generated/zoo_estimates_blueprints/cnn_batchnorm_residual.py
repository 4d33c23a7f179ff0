"""cnn/batchnorm_residual: x + ReLU(BatchNorm2d(Conv2d 3x3 (x)))

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.batchnorm_residual(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= height <= 65536, 1 <= width <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain cnn/batchnorm_residual.
"""

from __future__ import annotations

from . import again, refused

KEY = "cnn/batchnorm_residual"
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
_NO_STEP = (
    "the training step raises ValueError where batch == 1 and -height * width >= -1 "
    "(zoo/common.py, in forward)"
)


def _no_step(batch: int, height: int, width: int) -> bool:
    return batch == 1 and -height * width >= -1


def cnn_batchnorm_residual_params(dim: int) -> int:
    """Parameters of cnn/batchnorm_residual.

    everywhere: 9 * dim**2 + 2 * dim

    Per submodule:
        body.0 (Conv2d): 9 * dim**2
        body.1 (BatchNorm2d): 2 * dim
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_batchnorm_residual_params, KEY, _DOMAIN, locals())
    return 9 * dim**2 + 2 * dim


def cnn_batchnorm_residual_buffers(dim: int) -> int:
    """Buffer elements of cnn/batchnorm_residual.

    everywhere: 2 * dim + 1
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_batchnorm_residual_buffers, KEY, _DOMAIN, locals())
    return 2 * dim + 1


def cnn_batchnorm_residual_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/batchnorm_residual.

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
        return again(cnn_batchnorm_residual_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 72 * dim**2 + 16 * dim
    if optimizer == "sgd_momentum":
        return 108 * dim**2 + 24 * dim
    return 144 * dim**2 + 32 * dim + 12


def cnn_batchnorm_residual_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/batchnorm_residual.

    if _no_step(batch, height, width): ValueError (the training step raises)
    otherwise: 18 * batch * dim**2 * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_batchnorm_residual_forward_flops, KEY, _DOMAIN, locals())
    if _no_step(batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 18 * batch * dim**2 * height * width


def cnn_batchnorm_residual_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/batchnorm_residual.

    if _no_step(batch, height, width): ValueError (the training step raises)
    otherwise: 36 * batch * dim**2 * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_batchnorm_residual_backward_flops, KEY, _DOMAIN, locals())
    if _no_step(batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 36 * batch * dim**2 * height * width


def cnn_batchnorm_residual_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Forward elementwise operations of cnn/batchnorm_residual.

    if _no_step(batch, height, width): ValueError (the training step raises)
    otherwise: 7 * batch * dim * height * width + 1
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_batchnorm_residual_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_step(batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 7 * batch * dim * height * width + 1


def cnn_batchnorm_residual_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/batchnorm_residual.

    if _no_step(batch, height, width): ValueError (the training step raises)
    otherwise: 10 * batch * dim * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_batchnorm_residual_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_step(batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 10 * batch * dim * height * width


def cnn_batchnorm_residual_activation_bytes(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Activation bytes of cnn/batchnorm_residual.

    if _no_step(batch, height, width): ValueError (the training step raises)
    otherwise: 12 * batch * dim * height * width + 8 * dim
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_batchnorm_residual_activation_bytes, KEY, _DOMAIN, locals())
    if _no_step(batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 12 * batch * dim * height * width + 8 * dim


def cnn_batchnorm_residual_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, height: int, width: int
) -> int:
    """Peak bytes of a training step of cnn/batchnorm_residual.

    if optimizer == 'sgd':

        if _no_step(batch, height, width): ValueError (the training step raises)
        otherwise: max(4 * batch * dim * height * width + 72 * dim**2 + 24 * dim + 16, 12 * batch *
            dim * height * width + 36 * dim**2 + 32 * dim + 16)

    if optimizer == 'sgd_momentum':

        if _no_step(batch, height, width): ValueError (the training step raises)
        otherwise: max(108 * dim**2 + 32 * dim + 12, 4 * batch * dim * height * width + 72 * dim**2
            + 24 * dim + 16, 12 * batch * dim * height * width + 36 * dim**2 + 32 * dim + 16)

    if optimizer in ('adam', 'adamw'):

        if _no_step(batch, height, width): ValueError (the training step raises)
        otherwise: max(216 * dim**2 + 40 * dim + 24, 4 * batch * dim * height * width + 72 * dim**2
            + 24 * dim + 16, 12 * batch * dim * height * width + 36 * dim**2 + 32 * dim + 16)
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
        return again(cnn_batchnorm_residual_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        if _no_step(batch, height, width):
            raise refused(
                KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
            )
        return max(
            4 * batch * dim * height * width + 72 * dim**2 + 24 * dim + 16,
            12 * batch * dim * height * width + 36 * dim**2 + 32 * dim + 16,
        )
    if optimizer == "sgd_momentum":
        if _no_step(batch, height, width):
            raise refused(
                KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
            )
        return max(
            108 * dim**2 + 32 * dim + 12,
            4 * batch * dim * height * width + 72 * dim**2 + 24 * dim + 16,
            12 * batch * dim * height * width + 36 * dim**2 + 32 * dim + 16,
        )
    if _no_step(batch, height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return max(
        216 * dim**2 + 40 * dim + 24,
        4 * batch * dim * height * width + 72 * dim**2 + 24 * dim + 16,
        12 * batch * dim * height * width + 36 * dim**2 + 32 * dim + 16,
    )
