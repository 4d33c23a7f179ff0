"""transformer/lstm: LSTM(dim, dim), batch first; the sequence output

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.lstm(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Per-submodule terms of every quantity: python -m codegen explain transformer/lstm.
"""

from __future__ import annotations

from . import again

KEY = "transformer/lstm"
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
    "the step calls lstm, which the generator computes by ops of its own: its temporary "
    "tensors are not those of PyTorch's CPU kernel, so their bytes at the peak are not known"
)


def transformer_lstm_params(dim: int) -> int:
    """Parameters of transformer/lstm.

    everywhere: 8 * dim**2 + 8 * dim, all in rnn (LSTM)
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(transformer_lstm_params, KEY, _DOMAIN, locals())
    return 8 * dim**2 + 8 * dim


def transformer_lstm_buffers(dim: int) -> int:
    """Buffer elements of transformer/lstm.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(transformer_lstm_buffers, KEY, _DOMAIN, locals())
    return 0


def transformer_lstm_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of transformer/lstm.

    if optimizer == 'sgd':

        everywhere: 64 * dim**2 + 64 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 96 * dim**2 + 96 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 128 * dim**2 + 128 * dim + 16
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_lstm_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 64 * dim**2 + 64 * dim
    if optimizer == "sgd_momentum":
        return 96 * dim**2 + 96 * dim
    return 128 * dim**2 + 128 * dim + 16


def transformer_lstm_forward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward FLOPs of transformer/lstm.

    everywhere: 16 * batch * dim**2 * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_lstm_forward_flops, KEY, _DOMAIN, locals())
    return 16 * batch * dim**2 * seq_len


def transformer_lstm_backward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward FLOPs of transformer/lstm.

    everywhere: 32 * batch * dim**2 * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_lstm_backward_flops, KEY, _DOMAIN, locals())
    return 32 * batch * dim**2 * seq_len


def transformer_lstm_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward elementwise operations of transformer/lstm.

    everywhere: 13 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_lstm_elementwise_flops, KEY, _DOMAIN, locals())
    return 13 * batch * dim * seq_len


def transformer_lstm_backward_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward elementwise operations of transformer/lstm.

    everywhere: 17 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_lstm_backward_elementwise_flops, KEY, _DOMAIN, locals())
    return 17 * batch * dim * seq_len


def transformer_lstm_activation_bytes(dim: int, *, batch: int, seq_len: int) -> int:
    """Activation bytes of transformer/lstm.

    everywhere: 8 * batch * dim * seq_len + 16 * batch * dim + 8192 * ((8 * batch * dim * seq_len +
        8 * batch * dim + 4095) // 4096) + 4096 * ((64 * batch * ((dim + 15) // 16) * seq_len - 64 *
        batch * ((16 * ((dim + 15) // 16 % 16) + 255) // 256) * seq_len + 64 * batch * seq_len +
        4095) // 4096) + 4096 * ((64 * batch * ((4 * dim + 15) // 16) * seq_len - 64 * batch * ((16
        * ((4 * dim + 15) // 16 % 16) + 255) // 256) * seq_len + 64 * batch * seq_len +
        4095) // 4096) + 12288 * ((128 * batch * ((dim + 15) // 16) * seq_len - 128 * batch * ((16 *
        ((dim + 15) // 16 % 16) + 255) // 256) * seq_len + 128 * batch * seq_len + 128 * batch *
        ((dim + 15) // 16) - 128 * batch * ((16 * ((dim + 15) // 16 % 16) + 255) // 256) + 128 *
        batch + 4095) // 4096)
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_lstm_activation_bytes, KEY, _DOMAIN, locals())
    return (
        8 * batch * dim * seq_len
        + 16 * batch * dim
        + 8192 * ((8 * batch * dim * seq_len + 8 * batch * dim + 4095) // 4096)
        + 4096
        * (
            (
                64 * batch * ((dim + 15) // 16) * seq_len
                - 64 * batch * ((16 * ((dim + 15) // 16 % 16) + 255) // 256) * seq_len
                + 64 * batch * seq_len
                + 4095
            )
            // 4096
        )
        + 4096
        * (
            (
                64 * batch * ((4 * dim + 15) // 16) * seq_len
                - 64 * batch * ((16 * ((4 * dim + 15) // 16 % 16) + 255) // 256) * seq_len
                + 64 * batch * seq_len
                + 4095
            )
            // 4096
        )
        + 12288
        * (
            (
                128 * batch * ((dim + 15) // 16) * seq_len
                - 128 * batch * ((16 * ((dim + 15) // 16 % 16) + 255) // 256) * seq_len
                + 128 * batch * seq_len
                + 128 * batch * ((dim + 15) // 16)
                - 128 * batch * ((16 * ((dim + 15) // 16 % 16) + 255) // 256)
                + 128 * batch
                + 4095
            )
            // 4096
        )
    )


def transformer_lstm_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, seq_len: int
) -> int:
    """Peak bytes of a training step of transformer/lstm.

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
        return again(transformer_lstm_peak_bytes, KEY, _DOMAIN, locals())
    raise NotImplementedError(
        KEY + ": peak bytes of a training step were not derived: " + _NOT_DERIVED
    )
