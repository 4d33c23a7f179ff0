"""cnn1d/conv1d_dilated_strided: Conv1d(dim, 2 dim) k3, dilation 2, stride 2

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.conv1d_dilated_strided(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= length <= 65536.
Per-submodule terms of every quantity: python -m codegen explain cnn1d/conv1d_dilated_strided.
"""

from __future__ import annotations

from . import again

KEY = "cnn1d/conv1d_dilated_strided"
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


def cnn1d_conv1d_dilated_strided_params(dim: int) -> int:
    """Parameters of cnn1d/conv1d_dilated_strided.

    everywhere: 6 * dim**2 + 2 * dim, all in self (Conv1d)
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn1d_conv1d_dilated_strided_params, KEY, _DOMAIN, locals())
    return 6 * dim**2 + 2 * dim


def cnn1d_conv1d_dilated_strided_buffers(dim: int) -> int:
    """Buffer elements of cnn1d/conv1d_dilated_strided.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn1d_conv1d_dilated_strided_buffers, KEY, _DOMAIN, locals())
    return 0


def cnn1d_conv1d_dilated_strided_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn1d/conv1d_dilated_strided.

    if optimizer == 'sgd':

        everywhere: 48 * dim**2 + 16 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 72 * dim**2 + 24 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 96 * dim**2 + 32 * dim + 8
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn1d_conv1d_dilated_strided_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 48 * dim**2 + 16 * dim
    if optimizer == "sgd_momentum":
        return 72 * dim**2 + 24 * dim
    return 96 * dim**2 + 32 * dim + 8


def cnn1d_conv1d_dilated_strided_forward_flops(dim: int, *, batch: int, length: int) -> int:
    """Forward FLOPs of cnn1d/conv1d_dilated_strided.

    if dim == 1 and length == 2: 12 * batch
    otherwise: 12 * batch * dim**2 * ((length - 1) // 2) + 12 * batch * dim**2
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_conv1d_dilated_strided_forward_flops, KEY, _DOMAIN, locals())
    if dim == 1 and length == 2:
        return 12 * batch
    return 12 * batch * dim**2 * ((length - 1) // 2) + 12 * batch * dim**2


def cnn1d_conv1d_dilated_strided_backward_flops(dim: int, *, batch: int, length: int) -> int:
    """Backward FLOPs of cnn1d/conv1d_dilated_strided.

    if dim == 1 and length == 2: 24 * batch
    otherwise: 24 * batch * dim**2 * ((length - 1) // 2) + 24 * batch * dim**2
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_conv1d_dilated_strided_backward_flops, KEY, _DOMAIN, locals())
    if dim == 1 and length == 2:
        return 24 * batch
    return 24 * batch * dim**2 * ((length - 1) // 2) + 24 * batch * dim**2


def cnn1d_conv1d_dilated_strided_elementwise_flops(dim: int, *, batch: int, length: int) -> int:
    """Forward elementwise operations of cnn1d/conv1d_dilated_strided.

    everywhere: 0
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_conv1d_dilated_strided_elementwise_flops, KEY, _DOMAIN, locals())
    return 0


def cnn1d_conv1d_dilated_strided_backward_elementwise_flops(
    dim: int, *, batch: int, length: int
) -> int:
    """Backward elementwise operations of cnn1d/conv1d_dilated_strided.

    everywhere: 0
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(
            cnn1d_conv1d_dilated_strided_backward_elementwise_flops, KEY, _DOMAIN, locals()
        )
    return 0


def cnn1d_conv1d_dilated_strided_activation_bytes(dim: int, *, batch: int, length: int) -> int:
    """Activation bytes of cnn1d/conv1d_dilated_strided.

    if dim == 1 and length == 2: 8 * batch
    otherwise: 4 * batch * dim * length
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_conv1d_dilated_strided_activation_bytes, KEY, _DOMAIN, locals())
    if dim == 1 and length == 2:
        return 8 * batch
    return 4 * batch * dim * length


def cnn1d_conv1d_dilated_strided_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, length: int
) -> int:
    """Peak bytes of a training step of cnn1d/conv1d_dilated_strided.

    if optimizer == 'sgd':

        if dim == 1 and length == 2: max(72, 8 * batch + 36)
        otherwise: max(48 * dim**2 + 16 * dim + 8, 8 * batch * dim * ((length - 1) // 2) + 8 * batch
            * dim + 24 * dim**2 + 8 * dim + 4)

    if optimizer == 'sgd_momentum':

        if dim == 1 and length == 2: max(100, 8 * batch + 36)
        otherwise: max(72 * dim**2 + 24 * dim + 4, 8 * batch * dim * ((length - 1) // 2) + 8 * batch
            * dim + 24 * dim**2 + 8 * dim + 4)

    if optimizer in ('adam', 'adamw'):

        if dim == 1 and length == 2: max(188, 8 * batch + 36)
        otherwise: max(144 * dim**2 + 32 * dim + 12, 8 * batch * dim * ((length - 1) // 2) + 8 *
            batch * dim + 24 * dim**2 + 8 * dim + 4)
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn1d_conv1d_dilated_strided_peak_bytes, KEY, _DOMAIN, locals())
    quotient_1 = (length - 1) // 2
    if optimizer == "sgd":
        if dim == 1 and length == 2:
            return max(72, 8 * batch + 36)
        return max(
            48 * dim**2 + 16 * dim + 8,
            8 * batch * dim * quotient_1 + 8 * batch * dim + 24 * dim**2 + 8 * dim + 4,
        )
    if optimizer == "sgd_momentum":
        if dim == 1 and length == 2:
            return max(100, 8 * batch + 36)
        return max(
            72 * dim**2 + 24 * dim + 4,
            8 * batch * dim * quotient_1 + 8 * batch * dim + 24 * dim**2 + 8 * dim + 4,
        )
    if dim == 1 and length == 2:
        return max(188, 8 * batch + 36)
    return max(
        144 * dim**2 + 32 * dim + 12,
        8 * batch * dim * quotient_1 + 8 * batch * dim + 24 * dim**2 + 8 * dim + 4,
    )
