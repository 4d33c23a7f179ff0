"""cnn/instancenorm_prelu: InstanceNorm2d(affine) . PReLU(one slope per channel)

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.instancenorm_prelu(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= height <= 65536, 1 <= width <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain cnn/instancenorm_prelu.
"""

from __future__ import annotations

from . import again, refused

KEY = "cnn/instancenorm_prelu"
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
_NO_STEP = "the training step raises ValueError where height * width == 1"


def _no_step(height: int, width: int) -> bool:
    return height * width == 1


def cnn_instancenorm_prelu_params(dim: int) -> int:
    """Parameters of cnn/instancenorm_prelu.

    everywhere: 3 * dim

    Per submodule:
        0 (InstanceNorm2d): 2 * dim
        1 (PReLU): dim
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_instancenorm_prelu_params, KEY, _DOMAIN, locals())
    return 3 * dim


def cnn_instancenorm_prelu_buffers(dim: int) -> int:
    """Buffer elements of cnn/instancenorm_prelu.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_instancenorm_prelu_buffers, KEY, _DOMAIN, locals())
    return 0


def cnn_instancenorm_prelu_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/instancenorm_prelu.

    if optimizer == 'sgd':

        everywhere: 24 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 36 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 48 * dim + 12
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_instancenorm_prelu_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 24 * dim
    if optimizer == "sgd_momentum":
        return 36 * dim
    return 48 * dim + 12


def cnn_instancenorm_prelu_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/instancenorm_prelu.

    if _no_step(height, width): ValueError (the training step raises)
    otherwise: 0
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_instancenorm_prelu_forward_flops, KEY, _DOMAIN, locals())
    if _no_step(height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 0


def cnn_instancenorm_prelu_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/instancenorm_prelu.

    if _no_step(height, width): ValueError (the training step raises)
    otherwise: 0
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_instancenorm_prelu_backward_flops, KEY, _DOMAIN, locals())
    if _no_step(height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 0


def cnn_instancenorm_prelu_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Forward elementwise operations of cnn/instancenorm_prelu.

    if _no_step(height, width): ValueError (the training step raises)
    otherwise: 6 * batch * dim * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_instancenorm_prelu_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_step(height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 6 * batch * dim * height * width


def cnn_instancenorm_prelu_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/instancenorm_prelu.

    if _no_step(height, width): ValueError (the training step raises)
    if batch != 1: 10 * batch * dim * height * width + 2 * batch * dim
    otherwise: 10 * dim * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_instancenorm_prelu_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_step(height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    if batch != 1:
        return 10 * batch * dim * height * width + 2 * batch * dim
    return 10 * dim * height * width


def cnn_instancenorm_prelu_activation_bytes(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Activation bytes of cnn/instancenorm_prelu.

    if _no_step(height, width): ValueError (the training step raises)
    otherwise: 8 * batch * dim * height * width + 12 * batch * dim
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_instancenorm_prelu_activation_bytes, KEY, _DOMAIN, locals())
    if _no_step(height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 8 * batch * dim * height * width + 12 * batch * dim


def cnn_instancenorm_prelu_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, height: int, width: int
) -> int:
    """Peak bytes of a training step of cnn/instancenorm_prelu.

    if optimizer in ('sgd', 'sgd_momentum'):

        if _no_step(height, width): ValueError (the training step raises)
        otherwise: max(12 * batch * dim * height * width + 20 * batch * dim + 16 * dim + 8, 16 *
            batch * dim * height * width + 12 * batch * dim + 16 * dim + 8)

    if optimizer in ('adam', 'adamw'):

        if _no_step(height, width): ValueError (the training step raises)
        otherwise: max(4 * batch * dim * height * width + 60 * dim + 16, 12 * batch * dim * height *
            width + 20 * batch * dim + 16 * dim + 8, 16 * batch * dim * height * width + 12 * batch
            * dim + 16 * dim + 8)
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
        return again(cnn_instancenorm_prelu_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer in ("sgd", "sgd_momentum"):
        if _no_step(height, width):
            raise refused(
                KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
            )
        return max(
            12 * batch * dim * height * width + 20 * batch * dim + 16 * dim + 8,
            16 * batch * dim * height * width + 12 * batch * dim + 16 * dim + 8,
        )
    if _no_step(height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return max(
        4 * batch * dim * height * width + 60 * dim + 16,
        12 * batch * dim * height * width + 20 * batch * dim + 16 * dim + 8,
        16 * batch * dim * height * width + 12 * batch * dim + 16 * dim + 8,
    )
