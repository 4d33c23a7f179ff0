"""cnn1d/conv_transpose1d: ConvTranspose1d k4 stride 2 (doubles length) . PReLU

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.conv_transpose1d(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= length <= 65536.
Per-submodule terms of every quantity: python -m codegen explain cnn1d/conv_transpose1d.
"""

from __future__ import annotations

from . import again

KEY = "cnn1d/conv_transpose1d"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "13612acfac1ce9ea"
HYPERPARAMETERS: tuple[str, ...] = ()
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "batch": (1, 65536),
    "length": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}


def cnn1d_conv_transpose1d_params(dim: int) -> int:
    """Parameters of cnn1d/conv_transpose1d.

    everywhere: 4 * dim**2 + dim + 1

    Per submodule:
        0 (ConvTranspose1d): 4 * dim**2 + dim
        1 (PReLU): 1
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn1d_conv_transpose1d_params, KEY, _DOMAIN, locals())
    return 4 * dim**2 + dim + 1


def cnn1d_conv_transpose1d_buffers(dim: int) -> int:
    """Buffer elements of cnn1d/conv_transpose1d.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn1d_conv_transpose1d_buffers, KEY, _DOMAIN, locals())
    return 0


def cnn1d_conv_transpose1d_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn1d/conv_transpose1d.

    if optimizer == 'sgd':

        everywhere: 32 * dim**2 + 8 * dim + 8

    if optimizer == 'sgd_momentum':

        everywhere: 48 * dim**2 + 12 * dim + 12

    if optimizer in ('adam', 'adamw'):

        everywhere: 64 * dim**2 + 16 * dim + 28
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn1d_conv_transpose1d_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 32 * dim**2 + 8 * dim + 8
    if optimizer == "sgd_momentum":
        return 48 * dim**2 + 12 * dim + 12
    return 64 * dim**2 + 16 * dim + 28


def cnn1d_conv_transpose1d_forward_flops(dim: int, *, batch: int, length: int) -> int:
    """Forward FLOPs of cnn1d/conv_transpose1d.

    everywhere: 8 * batch * dim**2 * length
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_conv_transpose1d_forward_flops, KEY, _DOMAIN, locals())
    return 8 * batch * dim**2 * length


def cnn1d_conv_transpose1d_backward_flops(dim: int, *, batch: int, length: int) -> int:
    """Backward FLOPs of cnn1d/conv_transpose1d.

    everywhere: 16 * batch * dim**2 * length
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_conv_transpose1d_backward_flops, KEY, _DOMAIN, locals())
    return 16 * batch * dim**2 * length


def cnn1d_conv_transpose1d_elementwise_flops(dim: int, *, batch: int, length: int) -> int:
    """Forward elementwise operations of cnn1d/conv_transpose1d.

    everywhere: 2 * batch * dim * length
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_conv_transpose1d_elementwise_flops, KEY, _DOMAIN, locals())
    return 2 * batch * dim * length


def cnn1d_conv_transpose1d_backward_elementwise_flops(dim: int, *, batch: int, length: int) -> int:
    """Backward elementwise operations of cnn1d/conv_transpose1d.

    everywhere: 4 * batch * dim * length
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_conv_transpose1d_backward_elementwise_flops, KEY, _DOMAIN, locals())
    return 4 * batch * dim * length


def cnn1d_conv_transpose1d_activation_bytes(dim: int, *, batch: int, length: int) -> int:
    """Activation bytes of cnn1d/conv_transpose1d.

    everywhere: 12 * batch * dim * length
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_conv_transpose1d_activation_bytes, KEY, _DOMAIN, locals())
    return 12 * batch * dim * length


def cnn1d_conv_transpose1d_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, length: int
) -> int:
    """Peak bytes of a training step of cnn1d/conv_transpose1d.

    if optimizer == 'sgd':

        everywhere: max(8 * batch * dim * length + 32 * dim**2 + 8 * dim + 16, 24 * batch * dim *
            length + 16 * dim**2 + 4 * dim + 16)

    if optimizer == 'sgd_momentum':

        everywhere: max(48 * dim**2 + 12 * dim + 16, 8 * batch * dim * length + 32 * dim**2 + 8 *
            dim + 16, 24 * batch * dim * length + 16 * dim**2 + 4 * dim + 16)

    if optimizer in ('adam', 'adamw'):

        everywhere: max(96 * dim**2 + 16 * dim + 32, 8 * batch * dim * length + 32 * dim**2 + 8 *
            dim + 16, 24 * batch * dim * length + 16 * dim**2 + 4 * dim + 16)
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn1d_conv_transpose1d_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return max(
            8 * batch * dim * length + 32 * dim**2 + 8 * dim + 16,
            24 * batch * dim * length + 16 * dim**2 + 4 * dim + 16,
        )
    if optimizer == "sgd_momentum":
        return max(
            48 * dim**2 + 12 * dim + 16,
            8 * batch * dim * length + 32 * dim**2 + 8 * dim + 16,
            24 * batch * dim * length + 16 * dim**2 + 4 * dim + 16,
        )
    return max(
        96 * dim**2 + 16 * dim + 32,
        8 * batch * dim * length + 32 * dim**2 + 8 * dim + 16,
        24 * batch * dim * length + 16 * dim**2 + 4 * dim + 16,
    )
