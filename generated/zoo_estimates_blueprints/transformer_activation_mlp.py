"""transformer/activation_mlp: residual MLP: Linear(dim, 2 dim) . activation . Dropout(0.1) .
Linear(2 dim, dim)

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.activation_mlp(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Per-submodule terms of every quantity: python -m codegen explain transformer/activation_mlp.
"""

from __future__ import annotations

from . import again

KEY = "transformer/activation_mlp"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "13612acfac1ce9ea"
HYPERPARAMETERS: tuple[str, ...] = ("activation",)
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "batch": (1, 65536),
    "seq_len": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
    "activation": (("silu", "mish", "hardswish", "prelu"),),
}


def transformer_activation_mlp_params(dim: int, *, activation: str = "silu") -> int:
    """Parameters of transformer/activation_mlp.

    if activation in ('silu', 'mish', 'hardswish'):

        everywhere: 4 * dim**2 + 3 * dim

        Per submodule:
            body.0 (Linear): 2 * dim**2 + 2 * dim
            body.3 (Linear): 2 * dim**2 + dim

    if activation == 'prelu':

        everywhere: 4 * dim**2 + 3 * dim + 1

        Per submodule:
            body.0 (Linear): 2 * dim**2 + 2 * dim
            body.1 (PReLU): 1
            body.3 (Linear): 2 * dim**2 + dim
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(activation) is str
        and activation in ("silu", "mish", "hardswish", "prelu")
    ):
        return again(transformer_activation_mlp_params, KEY, _DOMAIN, locals())
    if activation in ("silu", "mish", "hardswish"):
        return 4 * dim**2 + 3 * dim
    return 4 * dim**2 + 3 * dim + 1


def transformer_activation_mlp_buffers(dim: int, *, activation: str = "silu") -> int:
    """Buffer elements of transformer/activation_mlp.

    The same for every value of activation.

    everywhere: 0
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(activation) is str
        and activation in ("silu", "mish", "hardswish", "prelu")
    ):
        return again(transformer_activation_mlp_buffers, KEY, _DOMAIN, locals())
    return 0


def transformer_activation_mlp_training_state_bytes(
    dim: int, *, optimizer: str = "adam", activation: str = "silu"
) -> int:
    """Training state bytes of transformer/activation_mlp.

    if optimizer == 'sgd' and activation in ('silu', 'mish', 'hardswish'):

        everywhere: 32 * dim**2 + 24 * dim

    if optimizer == 'sgd' and activation == 'prelu':

        everywhere: 32 * dim**2 + 24 * dim + 8

    if optimizer == 'sgd_momentum' and activation in ('silu', 'mish', 'hardswish'):

        everywhere: 48 * dim**2 + 36 * dim

    if optimizer == 'sgd_momentum' and activation == 'prelu':

        everywhere: 48 * dim**2 + 36 * dim + 12

    if optimizer in ('adam', 'adamw') and activation in ('silu', 'mish', 'hardswish'):

        everywhere: 64 * dim**2 + 48 * dim + 16

    if optimizer in ('adam', 'adamw') and activation == 'prelu':

        everywhere: 64 * dim**2 + 48 * dim + 36
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
        and type(activation) is str
        and activation in ("silu", "mish", "hardswish", "prelu")
    ):
        return again(transformer_activation_mlp_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd" and activation in ("silu", "mish", "hardswish"):
        return 32 * dim**2 + 24 * dim
    if optimizer == "sgd" and activation == "prelu":
        return 32 * dim**2 + 24 * dim + 8
    if optimizer == "sgd_momentum" and activation in ("silu", "mish", "hardswish"):
        return 48 * dim**2 + 36 * dim
    if optimizer == "sgd_momentum" and activation == "prelu":
        return 48 * dim**2 + 36 * dim + 12
    if optimizer in ("adam", "adamw") and activation in ("silu", "mish", "hardswish"):
        return 64 * dim**2 + 48 * dim + 16
    return 64 * dim**2 + 48 * dim + 36


def transformer_activation_mlp_forward_flops(
    dim: int, *, batch: int, seq_len: int, activation: str = "silu"
) -> int:
    """Forward FLOPs of transformer/activation_mlp.

    The same for every value of activation.

    everywhere: 8 * batch * dim**2 * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(activation) is str
        and activation in ("silu", "mish", "hardswish", "prelu")
    ):
        return again(transformer_activation_mlp_forward_flops, KEY, _DOMAIN, locals())
    return 8 * batch * dim**2 * seq_len


def transformer_activation_mlp_backward_flops(
    dim: int, *, batch: int, seq_len: int, activation: str = "silu"
) -> int:
    """Backward FLOPs of transformer/activation_mlp.

    The same for every value of activation.

    everywhere: 16 * batch * dim**2 * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(activation) is str
        and activation in ("silu", "mish", "hardswish", "prelu")
    ):
        return again(transformer_activation_mlp_backward_flops, KEY, _DOMAIN, locals())
    return 16 * batch * dim**2 * seq_len


def transformer_activation_mlp_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, activation: str = "silu"
) -> int:
    """Forward elementwise operations of transformer/activation_mlp.

    if activation == 'silu':

        everywhere: 9 * batch * dim * seq_len

    if activation == 'mish':

        everywhere: 9 * batch * dim * seq_len

    if activation == 'hardswish':

        everywhere: 9 * batch * dim * seq_len

    if activation == 'prelu':

        everywhere: 9 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(activation) is str
        and activation in ("silu", "mish", "hardswish", "prelu")
    ):
        return again(transformer_activation_mlp_elementwise_flops, KEY, _DOMAIN, locals())
    if activation == "silu":
        return 9 * batch * dim * seq_len
    if activation == "mish":
        return 9 * batch * dim * seq_len
    if activation == "hardswish":
        return 9 * batch * dim * seq_len
    return 9 * batch * dim * seq_len


def transformer_activation_mlp_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, activation: str = "silu"
) -> int:
    """Backward elementwise operations of transformer/activation_mlp.

    if activation == 'silu':

        everywhere: 8 * batch * dim * seq_len

    if activation == 'mish':

        everywhere: 8 * batch * dim * seq_len

    if activation == 'hardswish':

        everywhere: 8 * batch * dim * seq_len

    if activation == 'prelu':

        everywhere: 10 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(activation) is str
        and activation in ("silu", "mish", "hardswish", "prelu")
    ):
        return again(transformer_activation_mlp_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if activation == "silu":
        return 8 * batch * dim * seq_len
    if activation == "mish":
        return 8 * batch * dim * seq_len
    if activation == "hardswish":
        return 8 * batch * dim * seq_len
    return 10 * batch * dim * seq_len


def transformer_activation_mlp_activation_bytes(
    dim: int, *, batch: int, seq_len: int, activation: str = "silu"
) -> int:
    """Activation bytes of transformer/activation_mlp.

    if activation == 'silu':

        everywhere: 28 * batch * dim * seq_len

    if activation == 'mish':

        everywhere: 28 * batch * dim * seq_len

    if activation == 'hardswish':

        everywhere: 28 * batch * dim * seq_len

    if activation == 'prelu':

        everywhere: 28 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(activation) is str
        and activation in ("silu", "mish", "hardswish", "prelu")
    ):
        return again(transformer_activation_mlp_activation_bytes, KEY, _DOMAIN, locals())
    if activation == "silu":
        return 28 * batch * dim * seq_len
    if activation == "mish":
        return 28 * batch * dim * seq_len
    if activation == "hardswish":
        return 28 * batch * dim * seq_len
    return 28 * batch * dim * seq_len


def transformer_activation_mlp_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, seq_len: int, activation: str = "silu"
) -> int:
    """Peak bytes of a training step of transformer/activation_mlp.

    if optimizer == 'sgd' and activation in ('silu', 'mish', 'hardswish'):

        everywhere: max(12 * batch * dim * seq_len + 32 * dim**2 + 24 * dim + 8, 36 * batch * dim *
            seq_len + 24 * dim**2 + 16 * dim + 8)

    if optimizer == 'sgd' and activation == 'prelu':

        everywhere: max(12 * batch * dim * seq_len + 32 * dim**2 + 24 * dim + 16, 36 * batch * dim *
            seq_len + 24 * dim**2 + 16 * dim + 16)

    if optimizer == 'sgd_momentum' and activation in ('silu', 'mish', 'hardswish'):

        everywhere: max(4 * batch * dim * seq_len + 48 * dim**2 + 36 * dim + 4, 12 * batch * dim *
            seq_len + 32 * dim**2 + 24 * dim + 8, 36 * batch * dim * seq_len + 24 * dim**2 + 16 *
            dim + 8)

    if optimizer == 'sgd_momentum' and activation == 'prelu':

        everywhere: max(4 * batch * dim * seq_len + 48 * dim**2 + 36 * dim + 16, 12 * batch * dim *
            seq_len + 32 * dim**2 + 24 * dim + 16, 36 * batch * dim * seq_len + 24 * dim**2 + 16 *
            dim + 16)

    if optimizer in ('adam', 'adamw') and activation in ('silu', 'mish', 'hardswish'):

        everywhere: max(4 * batch * dim * seq_len + 80 * dim**2 + 56 * dim + 20, 12 * batch * dim *
            seq_len + 32 * dim**2 + 24 * dim + 8, 36 * batch * dim * seq_len + 24 * dim**2 + 16 *
            dim + 8)

    if optimizer in ('adam', 'adamw') and activation == 'prelu':

        everywhere: max(4 * batch * dim * seq_len + 72 * dim**2 + 64 * dim + 40, 4 * batch * dim *
            seq_len + 80 * dim**2 + 48 * dim + 44, 12 * batch * dim * seq_len + 32 * dim**2 + 24 *
            dim + 16, 36 * batch * dim * seq_len + 24 * dim**2 + 16 * dim + 16)
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
        and type(activation) is str
        and activation in ("silu", "mish", "hardswish", "prelu")
    ):
        return again(transformer_activation_mlp_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd" and activation in ("silu", "mish", "hardswish"):
        return max(
            12 * batch * dim * seq_len + 32 * dim**2 + 24 * dim + 8,
            36 * batch * dim * seq_len + 24 * dim**2 + 16 * dim + 8,
        )
    if optimizer == "sgd" and activation == "prelu":
        return max(
            12 * batch * dim * seq_len + 32 * dim**2 + 24 * dim + 16,
            36 * batch * dim * seq_len + 24 * dim**2 + 16 * dim + 16,
        )
    if optimizer == "sgd_momentum" and activation in ("silu", "mish", "hardswish"):
        return max(
            4 * batch * dim * seq_len + 48 * dim**2 + 36 * dim + 4,
            12 * batch * dim * seq_len + 32 * dim**2 + 24 * dim + 8,
            36 * batch * dim * seq_len + 24 * dim**2 + 16 * dim + 8,
        )
    if optimizer == "sgd_momentum" and activation == "prelu":
        return max(
            4 * batch * dim * seq_len + 48 * dim**2 + 36 * dim + 16,
            12 * batch * dim * seq_len + 32 * dim**2 + 24 * dim + 16,
            36 * batch * dim * seq_len + 24 * dim**2 + 16 * dim + 16,
        )
    if optimizer in ("adam", "adamw") and activation in ("silu", "mish", "hardswish"):
        return max(
            4 * batch * dim * seq_len + 80 * dim**2 + 56 * dim + 20,
            12 * batch * dim * seq_len + 32 * dim**2 + 24 * dim + 8,
            36 * batch * dim * seq_len + 24 * dim**2 + 16 * dim + 8,
        )
    return max(
        4 * batch * dim * seq_len + 72 * dim**2 + 64 * dim + 40,
        4 * batch * dim * seq_len + 80 * dim**2 + 48 * dim + 44,
        12 * batch * dim * seq_len + 32 * dim**2 + 24 * dim + 16,
        36 * batch * dim * seq_len + 24 * dim**2 + 16 * dim + 16,
    )
