"""transformer/gru_bidirectional: bidirectional GRU(dim, dim), batch first; the sequence

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.gru_bidirectional(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Per-submodule terms of every quantity: python -m codegen explain transformer/gru_bidirectional.
"""

from __future__ import annotations

from . import again

KEY = "transformer/gru_bidirectional"
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
_NOT_DERIVED = (
    "the step calls gru, which the generator computes by ops of its own: its temporary "
    "tensors are not those of PyTorch's CPU kernel, so their bytes at the peak are not known"
)


def transformer_gru_bidirectional_params(dim: int) -> int:
    """Parameters of transformer/gru_bidirectional.

    everywhere: 12 * dim**2 + 12 * dim, all in rnn (GRU)
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(transformer_gru_bidirectional_params, KEY, _DOMAIN, locals())
    return 12 * dim**2 + 12 * dim


def transformer_gru_bidirectional_buffers(dim: int) -> int:
    """Buffer elements of transformer/gru_bidirectional.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(transformer_gru_bidirectional_buffers, KEY, _DOMAIN, locals())
    return 0


def transformer_gru_bidirectional_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of transformer/gru_bidirectional.

    if optimizer == 'sgd':

        everywhere: 96 * dim**2 + 96 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 144 * dim**2 + 144 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 192 * dim**2 + 192 * dim + 32
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_gru_bidirectional_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 96 * dim**2 + 96 * dim
    if optimizer == "sgd_momentum":
        return 144 * dim**2 + 144 * dim
    return 192 * dim**2 + 192 * dim + 32


def transformer_gru_bidirectional_forward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward FLOPs of transformer/gru_bidirectional.

    everywhere: 24 * batch * dim**2 * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_gru_bidirectional_forward_flops, KEY, _DOMAIN, locals())
    return 24 * batch * dim**2 * seq_len


def transformer_gru_bidirectional_backward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward FLOPs of transformer/gru_bidirectional.

    everywhere: 48 * batch * dim**2 * seq_len - 12 * batch * dim**2
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_gru_bidirectional_backward_flops, KEY, _DOMAIN, locals())
    return 48 * batch * dim**2 * seq_len - 12 * batch * dim**2


def transformer_gru_bidirectional_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward elementwise operations of transformer/gru_bidirectional.

    if batch != 1 and seq_len != 1: 26 * batch * dim * seq_len
    if seq_len != 1: 20 * dim * seq_len
    otherwise: 20 * batch * dim
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_gru_bidirectional_elementwise_flops, KEY, _DOMAIN, locals())
    if batch != 1 and seq_len != 1:
        return 26 * batch * dim * seq_len
    if seq_len != 1:
        return 20 * dim * seq_len
    return 20 * batch * dim


def transformer_gru_bidirectional_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int
) -> int:
    """Backward elementwise operations of transformer/gru_bidirectional.

    everywhere: 35 * batch * dim * seq_len - 4 * batch * dim + 6 * dim**2 * seq_len - 6 * dim**2 + 6
        * dim * seq_len - 6 * dim
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(
            transformer_gru_bidirectional_backward_elementwise_flops, KEY, _DOMAIN, locals()
        )
    return (
        35 * batch * dim * seq_len
        - 4 * batch * dim
        + 6 * dim**2 * seq_len
        - 6 * dim**2
        + 6 * dim * seq_len
        - 6 * dim
    )


def transformer_gru_bidirectional_activation_bytes(dim: int, *, batch: int, seq_len: int) -> int:
    """Activation bytes of transformer/gru_bidirectional.

    if batch != 1 and seq_len != 1: 64 * batch * dim * seq_len
    if seq_len != 1: 60 * dim * seq_len
    otherwise: 60 * batch * dim
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_gru_bidirectional_activation_bytes, KEY, _DOMAIN, locals())
    if batch != 1 and seq_len != 1:
        return 64 * batch * dim * seq_len
    if seq_len != 1:
        return 60 * dim * seq_len
    return 60 * batch * dim


def transformer_gru_bidirectional_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, seq_len: int
) -> int:
    """Peak bytes of a training step of transformer/gru_bidirectional.

    The same for every value of optimizer.

    Not derived (raises NotImplementedError, saying why).
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_gru_bidirectional_peak_bytes, KEY, _DOMAIN, locals())
    raise NotImplementedError(
        KEY + ": peak bytes of a training step were not derived: " + _NOT_DERIVED
    )
