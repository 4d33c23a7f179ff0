"""cnn1d/conv1d_weight_norm: weight-normalised Conv1d(dim, dim) k3 (parametrizations.weight_norm, as
in temporal conv nets and vocoders) . GELU

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.conv1d_weight_norm(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= length <= 65536.
Per-submodule terms of every quantity: python -m codegen explain cnn1d/conv1d_weight_norm.
"""

from __future__ import annotations

from . import again

KEY = "cnn1d/conv1d_weight_norm"
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
_NOT_DERIVED = (
    "the step calls _weight_norm, which the generator computes by ops of its own: its "
    "temporary tensors are not those of PyTorch's CPU kernel, so their bytes at the peak are "
    "not known"
)


def cnn1d_conv1d_weight_norm_params(dim: int) -> int:
    """Parameters of cnn1d/conv1d_weight_norm.

    everywhere: 3 * dim**2 + 2 * dim

    Per submodule:
        0 (ParametrizedConv1d): dim
        0.parametrizations.weight (ParametrizationList): 3 * dim**2 + dim
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn1d_conv1d_weight_norm_params, KEY, _DOMAIN, locals())
    return 3 * dim**2 + 2 * dim


def cnn1d_conv1d_weight_norm_buffers(dim: int) -> int:
    """Buffer elements of cnn1d/conv1d_weight_norm.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn1d_conv1d_weight_norm_buffers, KEY, _DOMAIN, locals())
    return 0


def cnn1d_conv1d_weight_norm_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn1d/conv1d_weight_norm.

    if optimizer == 'sgd':

        everywhere: 24 * dim**2 + 16 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 36 * dim**2 + 24 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 48 * dim**2 + 32 * dim + 12
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn1d_conv1d_weight_norm_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 24 * dim**2 + 16 * dim
    if optimizer == "sgd_momentum":
        return 36 * dim**2 + 24 * dim
    return 48 * dim**2 + 32 * dim + 12


def cnn1d_conv1d_weight_norm_forward_flops(dim: int, *, batch: int, length: int) -> int:
    """Forward FLOPs of cnn1d/conv1d_weight_norm.

    everywhere: 6 * batch * dim**2 * length
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_conv1d_weight_norm_forward_flops, KEY, _DOMAIN, locals())
    return 6 * batch * dim**2 * length


def cnn1d_conv1d_weight_norm_backward_flops(dim: int, *, batch: int, length: int) -> int:
    """Backward FLOPs of cnn1d/conv1d_weight_norm.

    everywhere: 12 * batch * dim**2 * length
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_conv1d_weight_norm_backward_flops, KEY, _DOMAIN, locals())
    return 12 * batch * dim**2 * length


def cnn1d_conv1d_weight_norm_elementwise_flops(dim: int, *, batch: int, length: int) -> int:
    """Forward elementwise operations of cnn1d/conv1d_weight_norm.

    everywhere: batch * dim * length + 6 * dim**2
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_conv1d_weight_norm_elementwise_flops, KEY, _DOMAIN, locals())
    return batch * dim * length + 6 * dim**2


def cnn1d_conv1d_weight_norm_backward_elementwise_flops(
    dim: int, *, batch: int, length: int
) -> int:
    """Backward elementwise operations of cnn1d/conv1d_weight_norm.

    everywhere: batch * dim * length + 15 * dim**2
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_conv1d_weight_norm_backward_elementwise_flops, KEY, _DOMAIN, locals())
    return batch * dim * length + 15 * dim**2


def cnn1d_conv1d_weight_norm_activation_bytes(dim: int, *, batch: int, length: int) -> int:
    """Activation bytes of cnn1d/conv1d_weight_norm.

    everywhere: 8 * batch * dim * length + 12 * dim**2 + 4 * dim
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_conv1d_weight_norm_activation_bytes, KEY, _DOMAIN, locals())
    return 8 * batch * dim * length + 12 * dim**2 + 4 * dim


def cnn1d_conv1d_weight_norm_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, length: int
) -> int:
    """Peak bytes of a training step of cnn1d/conv1d_weight_norm.

    The same for every value of optimizer.

    Not derived (raises NotImplementedError, saying why).
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn1d_conv1d_weight_norm_peak_bytes, KEY, _DOMAIN, locals())
    raise NotImplementedError(
        KEY + ": peak bytes of a training step were not derived: " + _NOT_DERIVED
    )
