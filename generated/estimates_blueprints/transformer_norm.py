"""transformer/norm: gated LayerNorm: x + tanh(s) * (LN(x) - x)

GENERATED FILE, do not edit (see the index, which imports this module).

Built by blueprints.transformer.norm(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Per-submodule terms of every quantity: python -m codegen explain transformer/norm.
"""

from __future__ import annotations

from . import again

KEY = "transformer/norm"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "22a006ce4a806bf9"
HYPERPARAMETERS: tuple[str, ...] = ()
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "batch": (1, 65536),
    "seq_len": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}


def transformer_norm_params(dim: int) -> int:
    """Parameters of transformer/norm.

    everywhere: 2 * dim + 1

    Per submodule:
        self (GatedNorm): 1
        norm (LayerNorm): 2 * dim
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(transformer_norm_params, KEY, _DOMAIN, locals())
    return 2 * dim + 1


def transformer_norm_buffers(dim: int) -> int:
    """Buffer elements of transformer/norm.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(transformer_norm_buffers, KEY, _DOMAIN, locals())
    return 0


def transformer_norm_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of transformer/norm.

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
        return again(transformer_norm_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 16 * dim + 8
    if optimizer == "sgd_momentum":
        return 24 * dim + 12
    return 32 * dim + 28


def transformer_norm_forward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward FLOPs of transformer/norm.

    everywhere: 0
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_norm_forward_flops, KEY, _DOMAIN, locals())
    return 0


def transformer_norm_backward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward FLOPs of transformer/norm.

    everywhere: 0
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_norm_backward_flops, KEY, _DOMAIN, locals())
    return 0


def transformer_norm_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward elementwise operations of transformer/norm.

    everywhere: 8 * batch * dim * seq_len + 1
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_norm_elementwise_flops, KEY, _DOMAIN, locals())
    return 8 * batch * dim * seq_len + 1


def transformer_norm_backward_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward elementwise operations of transformer/norm.

    everywhere: 14 * batch * dim * seq_len + 1
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_norm_backward_elementwise_flops, KEY, _DOMAIN, locals())
    return 14 * batch * dim * seq_len + 1


def transformer_norm_activation_bytes(dim: int, *, batch: int, seq_len: int) -> int:
    """Activation bytes of transformer/norm.

    everywhere: 8 * batch * dim * seq_len + 8 * batch * seq_len + 4
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_norm_activation_bytes, KEY, _DOMAIN, locals())
    return 8 * batch * dim * seq_len + 8 * batch * seq_len + 4


def transformer_norm_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, seq_len: int
) -> int:
    """Peak bytes of a training step of transformer/norm.

    if optimizer == 'sgd':

        everywhere: 12 * batch * dim * seq_len + 8 * batch * seq_len + 8 * dim + 20

    if optimizer == 'sgd_momentum':

        everywhere: max(24 * dim + 16, 12 * batch * dim * seq_len + 8 * batch * seq_len + 8 * dim +
            20)

    if optimizer in ('adam', 'adamw'):

        everywhere: max(44 * dim + 32, 12 * batch * dim * seq_len + 8 * batch * seq_len + 8 * dim +
            20)
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_norm_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 12 * batch * dim * seq_len + 8 * batch * seq_len + 8 * dim + 20
    if optimizer == "sgd_momentum":
        return max(24 * dim + 16, 12 * batch * dim * seq_len + 8 * batch * seq_len + 8 * dim + 20)
    return max(44 * dim + 32, 12 * batch * dim * seq_len + 8 * batch * seq_len + 8 * dim + 20)
