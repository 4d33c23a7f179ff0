"""transformer/rmsnorm: RMSNorm(dim)

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.rmsnorm(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Per-submodule terms of every quantity: python -m codegen explain transformer/rmsnorm.
"""

from __future__ import annotations

from . import again

KEY = "transformer/rmsnorm"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "13612acfac1ce9ea"
HYPERPARAMETERS: tuple[str, ...] = ()
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "batch": (1, 65536),
    "seq_len": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}


def transformer_rmsnorm_params(dim: int) -> int:
    """Parameters of transformer/rmsnorm.

    everywhere: dim, all in self (RMSNorm)
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(transformer_rmsnorm_params, KEY, _DOMAIN, locals())
    return dim


def transformer_rmsnorm_buffers(dim: int) -> int:
    """Buffer elements of transformer/rmsnorm.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(transformer_rmsnorm_buffers, KEY, _DOMAIN, locals())
    return 0


def transformer_rmsnorm_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of transformer/rmsnorm.

    if optimizer == 'sgd':

        everywhere: 8 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 12 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 16 * dim + 4
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_rmsnorm_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 8 * dim
    if optimizer == "sgd_momentum":
        return 12 * dim
    return 16 * dim + 4


def transformer_rmsnorm_forward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward FLOPs of transformer/rmsnorm.

    everywhere: 0
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_rmsnorm_forward_flops, KEY, _DOMAIN, locals())
    return 0


def transformer_rmsnorm_backward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward FLOPs of transformer/rmsnorm.

    everywhere: 0
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_rmsnorm_backward_flops, KEY, _DOMAIN, locals())
    return 0


def transformer_rmsnorm_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward elementwise operations of transformer/rmsnorm.

    everywhere: 4 * batch * dim * seq_len + 2 * batch * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_rmsnorm_elementwise_flops, KEY, _DOMAIN, locals())
    return 4 * batch * dim * seq_len + 2 * batch * seq_len


def transformer_rmsnorm_backward_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward elementwise operations of transformer/rmsnorm.

    if dim >= 2: 11 * batch * dim * seq_len + 3 * batch * seq_len
    otherwise: 13 * batch * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_rmsnorm_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if dim >= 2:
        return 11 * batch * dim * seq_len + 3 * batch * seq_len
    return 13 * batch * seq_len


def transformer_rmsnorm_activation_bytes(dim: int, *, batch: int, seq_len: int) -> int:
    """Activation bytes of transformer/rmsnorm.

    everywhere: 8 * batch * dim * seq_len + 4 * batch * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_rmsnorm_activation_bytes, KEY, _DOMAIN, locals())
    return 8 * batch * dim * seq_len + 4 * batch * seq_len


def transformer_rmsnorm_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, seq_len: int
) -> int:
    """Peak bytes of a training step of transformer/rmsnorm.

    if optimizer in ('sgd', 'sgd_momentum'):

        everywhere: max(8 * batch * dim * seq_len + 8 * dim + 8, 8 * batch * dim * seq_len + 4 *
            batch * seq_len + 4 * dim)

    if optimizer in ('adam', 'adamw'):

        everywhere: max(24 * dim + 8, 8 * batch * dim * seq_len + 8 * dim + 8, 8 * batch * dim *
            seq_len + 4 * batch * seq_len + 4 * dim)
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_rmsnorm_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer in ("sgd", "sgd_momentum"):
        return max(
            8 * batch * dim * seq_len + 8 * dim + 8,
            8 * batch * dim * seq_len + 4 * batch * seq_len + 4 * dim,
        )
    return max(
        24 * dim + 8,
        8 * batch * dim * seq_len + 8 * dim + 8,
        8 * batch * dim * seq_len + 4 * batch * seq_len + 4 * dim,
    )
