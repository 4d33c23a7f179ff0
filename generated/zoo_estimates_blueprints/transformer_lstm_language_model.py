"""transformer/lstm_language_model: LSTM language model: 2-layer LSTM (dropout 0.2 between and
after), decoder to 1000 words

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.generators.lstm_language_model(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Per-submodule terms of every quantity: python -m codegen explain transformer/lstm_language_model.
"""

from __future__ import annotations

from . import again

KEY = "transformer/lstm_language_model"
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


def transformer_lstm_language_model_params(dim: int) -> int:
    """Parameters of transformer/lstm_language_model.

    everywhere: 16 * dim**2 + 1016 * dim + 1000

    Per submodule:
        rnn (LSTM): 16 * dim**2 + 16 * dim
        decoder (Linear): 1000 * dim + 1000
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(transformer_lstm_language_model_params, KEY, _DOMAIN, locals())
    return 16 * dim**2 + 1016 * dim + 1000


def transformer_lstm_language_model_buffers(dim: int) -> int:
    """Buffer elements of transformer/lstm_language_model.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(transformer_lstm_language_model_buffers, KEY, _DOMAIN, locals())
    return 0


def transformer_lstm_language_model_training_state_bytes(
    dim: int, *, optimizer: str = "adam"
) -> int:
    """Training state bytes of transformer/lstm_language_model.

    if optimizer == 'sgd':

        everywhere: 128 * dim**2 + 8128 * dim + 8000

    if optimizer == 'sgd_momentum':

        everywhere: 192 * dim**2 + 12192 * dim + 12000

    if optimizer in ('adam', 'adamw'):

        everywhere: 256 * dim**2 + 16256 * dim + 16040
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_lstm_language_model_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 128 * dim**2 + 8128 * dim + 8000
    if optimizer == "sgd_momentum":
        return 192 * dim**2 + 12192 * dim + 12000
    return 256 * dim**2 + 16256 * dim + 16040


def transformer_lstm_language_model_forward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward FLOPs of transformer/lstm_language_model.

    everywhere: 32 * batch * dim**2 * seq_len + 2000 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_lstm_language_model_forward_flops, KEY, _DOMAIN, locals())
    return 32 * batch * dim**2 * seq_len + 2000 * batch * dim * seq_len


def transformer_lstm_language_model_backward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward FLOPs of transformer/lstm_language_model.

    everywhere: 64 * batch * dim**2 * seq_len + 4000 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_lstm_language_model_backward_flops, KEY, _DOMAIN, locals())
    return 64 * batch * dim**2 * seq_len + 4000 * batch * dim * seq_len


def transformer_lstm_language_model_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward elementwise operations of transformer/lstm_language_model.

    if seq_len > 1 and batch != 1: 32 * batch * dim * seq_len + 1000 * batch * seq_len
    if seq_len != 1: 32 * dim * seq_len
    otherwise: 32 * batch * dim
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_lstm_language_model_elementwise_flops, KEY, _DOMAIN, locals())
    if seq_len > 1 and batch != 1:
        return 32 * batch * dim * seq_len + 1000 * batch * seq_len
    if seq_len != 1:
        return 32 * dim * seq_len
    return 32 * batch * dim


def transformer_lstm_language_model_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int
) -> int:
    """Backward elementwise operations of transformer/lstm_language_model.

    everywhere: 36 * batch * dim * seq_len + 1000 * batch * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(
            transformer_lstm_language_model_backward_elementwise_flops, KEY, _DOMAIN, locals()
        )
    return 36 * batch * dim * seq_len + 1000 * batch * seq_len


def transformer_lstm_language_model_activation_bytes(dim: int, *, batch: int, seq_len: int) -> int:
    """Activation bytes of transformer/lstm_language_model.

    everywhere: 28 * batch * dim * seq_len + 32 * batch * dim + 16384 * ((8 * batch * dim * seq_len
        + 8 * batch * dim + 4095) // 4096) + 8192 * ((64 * batch * ((dim + 15) // 16) * seq_len - 64
        * batch * ((16 * ((dim + 15) // 16 % 16) + 255) // 256) * seq_len + 64 * batch * seq_len +
        4095) // 4096) + 8192 * ((64 * batch * ((4 * dim + 15) // 16) * seq_len - 64 * batch * ((16
        * ((4 * dim + 15) // 16 % 16) + 255) // 256) * seq_len + 64 * batch * seq_len +
        4095) // 4096) + 24576 * ((128 * batch * ((dim + 15) // 16) * seq_len - 128 * batch * ((16 *
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
        return again(transformer_lstm_language_model_activation_bytes, KEY, _DOMAIN, locals())
    return (
        28 * batch * dim * seq_len
        + 32 * batch * dim
        + 16384 * ((8 * batch * dim * seq_len + 8 * batch * dim + 4095) // 4096)
        + 8192
        * (
            (
                64 * batch * ((dim + 15) // 16) * seq_len
                - 64 * batch * ((16 * ((dim + 15) // 16 % 16) + 255) // 256) * seq_len
                + 64 * batch * seq_len
                + 4095
            )
            // 4096
        )
        + 8192
        * (
            (
                64 * batch * ((4 * dim + 15) // 16) * seq_len
                - 64 * batch * ((16 * ((4 * dim + 15) // 16 % 16) + 255) // 256) * seq_len
                + 64 * batch * seq_len
                + 4095
            )
            // 4096
        )
        + 24576
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


def transformer_lstm_language_model_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, seq_len: int
) -> int:
    """Peak bytes of a training step of transformer/lstm_language_model.

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
        return again(transformer_lstm_language_model_peak_bytes, KEY, _DOMAIN, locals())
    raise NotImplementedError(
        KEY + ": peak bytes of a training step were not derived: " + _NOT_DERIVED
    )
