"""transformer/layernorm: LayerNorm(dim)

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.layernorm(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Per-submodule terms of every quantity: python -m codegen explain transformer/layernorm.
"""

from __future__ import annotations

from . import again

KEY = "transformer/layernorm"
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


def transformer_layernorm_params(dim: int) -> int:
    """Parameters of transformer/layernorm.

    everywhere: 2 * dim, all in self (LayerNorm)
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(transformer_layernorm_params, KEY, _DOMAIN, locals())
    return 2 * dim


def transformer_layernorm_buffers(dim: int) -> int:
    """Buffer elements of transformer/layernorm.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(transformer_layernorm_buffers, KEY, _DOMAIN, locals())
    return 0


def transformer_layernorm_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of transformer/layernorm.

    if optimizer == 'sgd':

        everywhere: 16 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 24 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 32 * dim + 8
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_layernorm_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 16 * dim
    if optimizer == "sgd_momentum":
        return 24 * dim
    return 32 * dim + 8


def transformer_layernorm_forward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward FLOPs of transformer/layernorm.

    everywhere: 0
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_layernorm_forward_flops, KEY, _DOMAIN, locals())
    return 0


def transformer_layernorm_backward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward FLOPs of transformer/layernorm.

    everywhere: 0
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_layernorm_backward_flops, KEY, _DOMAIN, locals())
    return 0


def transformer_layernorm_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward elementwise operations of transformer/layernorm.

    everywhere: 5 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_layernorm_elementwise_flops, KEY, _DOMAIN, locals())
    return 5 * batch * dim * seq_len


def transformer_layernorm_backward_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward elementwise operations of transformer/layernorm.

    everywhere: 8 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_layernorm_backward_elementwise_flops, KEY, _DOMAIN, locals())
    return 8 * batch * dim * seq_len


def transformer_layernorm_activation_bytes(dim: int, *, batch: int, seq_len: int) -> int:
    """Activation bytes of transformer/layernorm.

    everywhere: 4 * batch * dim * seq_len + 8 * batch * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_layernorm_activation_bytes, KEY, _DOMAIN, locals())
    return 4 * batch * dim * seq_len + 8 * batch * seq_len


def transformer_layernorm_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, seq_len: int
) -> int:
    """Peak bytes of a training step of transformer/layernorm.

    if optimizer == 'sgd':

        everywhere: max(8 * batch * seq_len + 16 * dim + 8, 4 * batch * dim * seq_len + 8 * batch *
            seq_len + 8 * dim + 4)

    if optimizer == 'sgd_momentum':

        everywhere: max(24 * dim + 4, 8 * batch * seq_len + 16 * dim + 8, 4 * batch * dim * seq_len
            + 8 * batch * seq_len + 8 * dim + 4)

    if optimizer in ('adam', 'adamw'):

        everywhere: max(44 * dim + 12, 8 * batch * seq_len + 16 * dim + 8, 4 * batch * dim * seq_len
            + 8 * batch * seq_len + 8 * dim + 4)
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_layernorm_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return max(
            8 * batch * seq_len + 16 * dim + 8,
            4 * batch * dim * seq_len + 8 * batch * seq_len + 8 * dim + 4,
        )
    if optimizer == "sgd_momentum":
        return max(
            24 * dim + 4,
            8 * batch * seq_len + 16 * dim + 8,
            4 * batch * dim * seq_len + 8 * batch * seq_len + 8 * dim + 4,
        )
    return max(
        44 * dim + 12,
        8 * batch * seq_len + 16 * dim + 8,
        4 * batch * dim * seq_len + 8 * batch * seq_len + 8 * dim + 4,
    )
