"""transformer/lstm: LSTM(dim, dim), batch first; the sequence output

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.lstm(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Per-submodule terms of every quantity: python -m codegen explain transformer/lstm.
"""

from __future__ import annotations

from . import invalid

KEY = "transformer/lstm"
HYPERPARAMETERS: tuple[str, ...] = ()
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "batch": (1, 65536),
    "seq_len": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}
_NOT_DERIVED = (
    "tracing at dim=64, batch=3, seq_len=9 calls a PyTorch kernel that runs only on concrete "
    "sizes (in torch.nn.modules.rnn.LSTM.forward; PyTorch has no symbolic-size implementation"
    " of it) (at zoo/torch_layers.py, in forward)"
)


def transformer_lstm_params(dim: int) -> int:
    """Parameters of transformer/lstm.

    everywhere: 8 * dim**2 + 8 * dim, all in rnn (LSTM)
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        raise invalid(KEY, _DOMAIN, locals())
    return 8 * dim**2 + 8 * dim


def transformer_lstm_buffers(dim: int) -> int:
    """Buffer elements of transformer/lstm.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        raise invalid(KEY, _DOMAIN, locals())
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
        raise invalid(KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 64 * dim**2 + 64 * dim
    if optimizer == "sgd_momentum":
        return 96 * dim**2 + 96 * dim
    return 128 * dim**2 + 128 * dim + 16


def transformer_lstm_forward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward FLOPs of transformer/lstm.

    Not derived (raises NotImplementedError, saying why).
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        raise invalid(KEY, _DOMAIN, locals())
    raise NotImplementedError(KEY + ": forward FLOPs were not derived: " + _NOT_DERIVED)


def transformer_lstm_backward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward FLOPs of transformer/lstm.

    Not derived (raises NotImplementedError, saying why).
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        raise invalid(KEY, _DOMAIN, locals())
    raise NotImplementedError(KEY + ": backward FLOPs were not derived: " + _NOT_DERIVED)


def transformer_lstm_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward elementwise operations of transformer/lstm.

    Not derived (raises NotImplementedError, saying why).
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        raise invalid(KEY, _DOMAIN, locals())
    raise NotImplementedError(
        KEY + ": forward elementwise operations were not derived: " + _NOT_DERIVED
    )


def transformer_lstm_backward_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward elementwise operations of transformer/lstm.

    Not derived (raises NotImplementedError, saying why).
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        raise invalid(KEY, _DOMAIN, locals())
    raise NotImplementedError(
        KEY + ": backward elementwise operations were not derived: " + _NOT_DERIVED
    )


def transformer_lstm_activation_bytes(dim: int, *, batch: int, seq_len: int) -> int:
    """Activation bytes of transformer/lstm.

    Not derived (raises NotImplementedError, saying why).
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        raise invalid(KEY, _DOMAIN, locals())
    raise NotImplementedError(KEY + ": activation bytes were not derived: " + _NOT_DERIVED)
