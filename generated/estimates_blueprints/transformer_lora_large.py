"""transformer/lora_large: low-rank residual adapter, larger rank

GENERATED FILE, do not edit (see the index, which imports this module).

Built by blueprints.transformer.lora_large(); exact for 1 <= dim <= 65536, 1 <= rank <= 256.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Per-submodule terms of every quantity: python -m codegen explain transformer/lora_large.
"""

from __future__ import annotations

from . import again

KEY = "transformer/lora_large"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "22a006ce4a806bf9"
HYPERPARAMETERS: tuple[str, ...] = ("rank",)
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "rank": (1, 256),
    "batch": (1, 65536),
    "seq_len": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}


def transformer_lora_large_params(dim: int, *, rank: int = 32) -> int:
    """Parameters of transformer/lora_large.

    everywhere: 2 * dim * rank

    Per submodule:
        body.down (Linear): dim * rank
        body.up (Linear): dim * rank
    """
    if not (type(dim) is type(rank) is int and 1 <= dim <= 65536 and 1 <= rank <= 256):
        return again(transformer_lora_large_params, KEY, _DOMAIN, locals())
    return 2 * dim * rank


def transformer_lora_large_buffers(dim: int, *, rank: int = 32) -> int:
    """Buffer elements of transformer/lora_large.

    everywhere: 0
    """
    if not (type(dim) is type(rank) is int and 1 <= dim <= 65536 and 1 <= rank <= 256):
        return again(transformer_lora_large_buffers, KEY, _DOMAIN, locals())
    return 0


def transformer_lora_large_training_state_bytes(
    dim: int, *, optimizer: str = "adam", rank: int = 32
) -> int:
    """Training state bytes of transformer/lora_large.

    if optimizer == 'sgd':

        everywhere: 16 * dim * rank

    if optimizer == 'sgd_momentum':

        everywhere: 24 * dim * rank

    if optimizer in ('adam', 'adamw'):

        everywhere: 32 * dim * rank + 8
    """
    if not (
        type(dim) is type(rank) is int
        and 1 <= dim <= 65536
        and 1 <= rank <= 256
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_lora_large_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 16 * dim * rank
    if optimizer == "sgd_momentum":
        return 24 * dim * rank
    return 32 * dim * rank + 8


def transformer_lora_large_forward_flops(
    dim: int, *, batch: int, seq_len: int, rank: int = 32
) -> int:
    """Forward FLOPs of transformer/lora_large.

    everywhere: 4 * batch * dim * rank * seq_len
    """
    if not (
        type(dim) is type(rank) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= rank <= 256
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_lora_large_forward_flops, KEY, _DOMAIN, locals())
    return 4 * batch * dim * rank * seq_len


def transformer_lora_large_backward_flops(
    dim: int, *, batch: int, seq_len: int, rank: int = 32
) -> int:
    """Backward FLOPs of transformer/lora_large.

    everywhere: 8 * batch * dim * rank * seq_len
    """
    if not (
        type(dim) is type(rank) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= rank <= 256
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_lora_large_backward_flops, KEY, _DOMAIN, locals())
    return 8 * batch * dim * rank * seq_len


def transformer_lora_large_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, rank: int = 32
) -> int:
    """Forward elementwise operations of transformer/lora_large.

    everywhere: batch * dim * seq_len
    """
    if not (
        type(dim) is type(rank) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= rank <= 256
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_lora_large_elementwise_flops, KEY, _DOMAIN, locals())
    return batch * dim * seq_len


def transformer_lora_large_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, rank: int = 32
) -> int:
    """Backward elementwise operations of transformer/lora_large.

    everywhere: batch * dim * seq_len
    """
    if not (
        type(dim) is type(rank) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= rank <= 256
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_lora_large_backward_elementwise_flops, KEY, _DOMAIN, locals())
    return batch * dim * seq_len


def transformer_lora_large_activation_bytes(
    dim: int, *, batch: int, seq_len: int, rank: int = 32
) -> int:
    """Activation bytes of transformer/lora_large.

    everywhere: 4 * batch * dim * seq_len + 4 * batch * rank * seq_len
    """
    if not (
        type(dim) is type(rank) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= rank <= 256
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_lora_large_activation_bytes, KEY, _DOMAIN, locals())
    return 4 * batch * dim * seq_len + 4 * batch * rank * seq_len


def transformer_lora_large_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, seq_len: int, rank: int = 32
) -> int:
    """Peak bytes of a training step of transformer/lora_large.

    if optimizer == 'sgd':

        everywhere: max(12 * batch * dim * seq_len + 4 * batch * rank * seq_len + 8 * dim * rank, 4
            * batch * dim * seq_len + 4 * batch * rank * seq_len + 16 * dim * rank + 8, 4 * batch *
            dim * seq_len + 8 * batch * rank * seq_len + 12 * dim * rank + 8)

    if optimizer == 'sgd_momentum':

        everywhere: max(4 * batch * dim * seq_len + 24 * dim * rank + 4, 12 * batch * dim * seq_len
            + 4 * batch * rank * seq_len + 8 * dim * rank, 4 * batch * dim * seq_len + 4 * batch *
            rank * seq_len + 16 * dim * rank + 8, 4 * batch * dim * seq_len + 8 * batch * rank *
            seq_len + 12 * dim * rank + 8)

    if optimizer in ('adam', 'adamw'):

        everywhere: max(4 * batch * dim * seq_len + 44 * dim * rank + 12, 12 * batch * dim * seq_len
            + 4 * batch * rank * seq_len + 8 * dim * rank, 4 * batch * dim * seq_len + 4 * batch *
            rank * seq_len + 16 * dim * rank + 8, 4 * batch * dim * seq_len + 8 * batch * rank *
            seq_len + 12 * dim * rank + 8)
    """
    if not (
        type(dim) is type(rank) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= rank <= 256
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_lora_large_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return max(
            12 * batch * dim * seq_len + 4 * batch * rank * seq_len + 8 * dim * rank,
            4 * batch * dim * seq_len + 4 * batch * rank * seq_len + 16 * dim * rank + 8,
            4 * batch * dim * seq_len + 8 * batch * rank * seq_len + 12 * dim * rank + 8,
        )
    if optimizer == "sgd_momentum":
        return max(
            4 * batch * dim * seq_len + 24 * dim * rank + 4,
            12 * batch * dim * seq_len + 4 * batch * rank * seq_len + 8 * dim * rank,
            4 * batch * dim * seq_len + 4 * batch * rank * seq_len + 16 * dim * rank + 8,
            4 * batch * dim * seq_len + 8 * batch * rank * seq_len + 12 * dim * rank + 8,
        )
    return max(
        4 * batch * dim * seq_len + 44 * dim * rank + 12,
        12 * batch * dim * seq_len + 4 * batch * rank * seq_len + 8 * dim * rank,
        4 * batch * dim * seq_len + 4 * batch * rank * seq_len + 16 * dim * rank + 8,
        4 * batch * dim * seq_len + 8 * batch * rank * seq_len + 12 * dim * rank + 8,
    )
