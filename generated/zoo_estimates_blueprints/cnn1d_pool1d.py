"""cnn1d/pool1d: pointwise Conv1d . MaxPool1d k3 s2 . AvgPool1d k2 (ceil mode)

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.pool1d(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= length <= 65536.
Per-submodule terms of every quantity: python -m codegen explain cnn1d/pool1d.
"""

from __future__ import annotations

from . import again

KEY = "cnn1d/pool1d"
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
    "the step calls max_pool1d, which the generator computes by ops of its own: its temporary"
    " tensors are not those of PyTorch's CPU kernel, so their bytes at the peak are not known"
)


def cnn1d_pool1d_params(dim: int) -> int:
    """Parameters of cnn1d/pool1d.

    everywhere: dim**2 + dim, all in 0 (Conv1d)
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn1d_pool1d_params, KEY, _DOMAIN, locals())
    return dim**2 + dim


def cnn1d_pool1d_buffers(dim: int) -> int:
    """Buffer elements of cnn1d/pool1d.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn1d_pool1d_buffers, KEY, _DOMAIN, locals())
    return 0


def cnn1d_pool1d_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn1d/pool1d.

    if optimizer == 'sgd':

        everywhere: 8 * dim**2 + 8 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 12 * dim**2 + 12 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 16 * dim**2 + 16 * dim + 8
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn1d_pool1d_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 8 * dim**2 + 8 * dim
    if optimizer == "sgd_momentum":
        return 12 * dim**2 + 12 * dim
    return 16 * dim**2 + 16 * dim + 8


def cnn1d_pool1d_forward_flops(dim: int, *, batch: int, length: int) -> int:
    """Forward FLOPs of cnn1d/pool1d.

    if dim == 1 and length == 2: 4 * batch
    otherwise: 2 * batch * dim**2 * length
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_pool1d_forward_flops, KEY, _DOMAIN, locals())
    if dim == 1 and length == 2:
        return 4 * batch
    return 2 * batch * dim**2 * length


def cnn1d_pool1d_backward_flops(dim: int, *, batch: int, length: int) -> int:
    """Backward FLOPs of cnn1d/pool1d.

    if dim == 1 and length == 2: 8 * batch
    otherwise: 4 * batch * dim**2 * length
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_pool1d_backward_flops, KEY, _DOMAIN, locals())
    if dim == 1 and length == 2:
        return 8 * batch
    return 4 * batch * dim**2 * length


def cnn1d_pool1d_elementwise_flops(dim: int, *, batch: int, length: int) -> int:
    """Forward elementwise operations of cnn1d/pool1d.

    if dim == 1 and length == 2: 5 * batch
    otherwise: 2 * batch * dim * ((length - 1) // 4) + 3 * batch * dim * ((length - 1) // 2) + 5 *
        batch * dim
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_pool1d_elementwise_flops, KEY, _DOMAIN, locals())
    if dim == 1 and length == 2:
        return 5 * batch
    return (
        2 * batch * dim * ((length - 1) // 4)
        + 3 * batch * dim * ((length - 1) // 2)
        + 5 * batch * dim
    )


def cnn1d_pool1d_backward_elementwise_flops(dim: int, *, batch: int, length: int) -> int:
    """Backward elementwise operations of cnn1d/pool1d.

    if dim == 1 and length == 2: 3 * batch
    otherwise: 2 * batch * dim * ((length - 1) // 4) + batch * dim * ((length - 1) // 2) + 3 * batch
        * dim
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_pool1d_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if dim == 1 and length == 2:
        return 3 * batch
    return (
        2 * batch * dim * ((length - 1) // 4) + batch * dim * ((length - 1) // 2) + 3 * batch * dim
    )


def cnn1d_pool1d_activation_bytes(dim: int, *, batch: int, length: int) -> int:
    """Activation bytes of cnn1d/pool1d.

    if dim == 1 and length == 2: 28 * batch
    otherwise: 8 * batch * dim * length + 12 * batch * dim * ((length - 1) // 2) + 12 * batch * dim
    """
    if not (
        type(dim) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_pool1d_activation_bytes, KEY, _DOMAIN, locals())
    if dim == 1 and length == 2:
        return 28 * batch
    return 8 * batch * dim * length + 12 * batch * dim * ((length - 1) // 2) + 12 * batch * dim


def cnn1d_pool1d_peak_bytes(dim: int, *, optimizer: str = "adam", batch: int, length: int) -> int:
    """Peak bytes of a training step of cnn1d/pool1d.

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
        return again(cnn1d_pool1d_peak_bytes, KEY, _DOMAIN, locals())
    raise NotImplementedError(
        KEY + ": peak bytes of a training step were not derived: " + _NOT_DERIVED
    )
