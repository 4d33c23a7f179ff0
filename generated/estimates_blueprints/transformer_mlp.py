"""transformer/mlp: residual MLP, expansion 4

GENERATED FILE, do not edit (see the index, which imports this module).

Built by blueprints.transformer.mlp(); exact for 1 <= dim <= 65536, 1 <= expansion <= 64.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Per-submodule terms of every quantity: python -m codegen explain transformer/mlp.
"""

from __future__ import annotations

from . import again

KEY = "transformer/mlp"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "22a006ce4a806bf9"
HYPERPARAMETERS: tuple[str, ...] = ("expansion", "checkpoint")
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "expansion": (1, 64),
    "batch": (1, 65536),
    "seq_len": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
    "checkpoint": ((False, True),),
}


def transformer_mlp_params(dim: int, *, expansion: int = 4, checkpoint: bool = False) -> int:
    """Parameters of transformer/mlp.

    The same for every value of checkpoint.

    everywhere: 2 * dim**2 * expansion + dim * expansion + dim

    Per submodule:
        body.fc1 (Linear): dim**2 * expansion + dim * expansion
        body.fc2 (Linear): dim**2 * expansion + dim
    """
    if not (
        type(dim) is type(expansion) is int
        and 1 <= dim <= 65536
        and 1 <= expansion <= 64
        and type(checkpoint) is bool
    ):
        return again(transformer_mlp_params, KEY, _DOMAIN, locals())
    return 2 * dim**2 * expansion + dim * expansion + dim


def transformer_mlp_buffers(dim: int, *, expansion: int = 4, checkpoint: bool = False) -> int:
    """Buffer elements of transformer/mlp.

    The same for every value of checkpoint.

    everywhere: 0
    """
    if not (
        type(dim) is type(expansion) is int
        and 1 <= dim <= 65536
        and 1 <= expansion <= 64
        and type(checkpoint) is bool
    ):
        return again(transformer_mlp_buffers, KEY, _DOMAIN, locals())
    return 0


def transformer_mlp_training_state_bytes(
    dim: int, *, optimizer: str = "adam", expansion: int = 4, checkpoint: bool = False
) -> int:
    """Training state bytes of transformer/mlp.

    if optimizer == 'sgd':

        everywhere: 16 * dim**2 * expansion + 8 * dim * expansion + 8 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 24 * dim**2 * expansion + 12 * dim * expansion + 12 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 32 * dim**2 * expansion + 16 * dim * expansion + 16 * dim + 16
    """
    if not (
        type(dim) is type(expansion) is int
        and 1 <= dim <= 65536
        and 1 <= expansion <= 64
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
        and type(checkpoint) is bool
    ):
        return again(transformer_mlp_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 16 * dim**2 * expansion + 8 * dim * expansion + 8 * dim
    if optimizer == "sgd_momentum":
        return 24 * dim**2 * expansion + 12 * dim * expansion + 12 * dim
    return 32 * dim**2 * expansion + 16 * dim * expansion + 16 * dim + 16


def transformer_mlp_forward_flops(
    dim: int, *, batch: int, seq_len: int, expansion: int = 4, checkpoint: bool = False
) -> int:
    """Forward FLOPs of transformer/mlp.

    The same for every value of checkpoint.

    everywhere: 4 * batch * dim**2 * expansion * seq_len
    """
    if not (
        type(dim) is type(expansion) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= expansion <= 64
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(checkpoint) is bool
    ):
        return again(transformer_mlp_forward_flops, KEY, _DOMAIN, locals())
    return 4 * batch * dim**2 * expansion * seq_len


def transformer_mlp_backward_flops(
    dim: int, *, batch: int, seq_len: int, expansion: int = 4, checkpoint: bool = False
) -> int:
    """Backward FLOPs of transformer/mlp.

    if not checkpoint:

        everywhere: 8 * batch * dim**2 * expansion * seq_len

    if checkpoint:

        everywhere: 10 * batch * dim**2 * expansion * seq_len
    """
    if not (
        type(dim) is type(expansion) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= expansion <= 64
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(checkpoint) is bool
    ):
        return again(transformer_mlp_backward_flops, KEY, _DOMAIN, locals())
    if not checkpoint:
        return 8 * batch * dim**2 * expansion * seq_len
    return 10 * batch * dim**2 * expansion * seq_len


def transformer_mlp_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, expansion: int = 4, checkpoint: bool = False
) -> int:
    """Forward elementwise operations of transformer/mlp.

    The same for every value of checkpoint.

    everywhere: batch * dim * expansion * seq_len + batch * dim * seq_len
    """
    if not (
        type(dim) is type(expansion) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= expansion <= 64
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(checkpoint) is bool
    ):
        return again(transformer_mlp_elementwise_flops, KEY, _DOMAIN, locals())
    return batch * dim * expansion * seq_len + batch * dim * seq_len


def transformer_mlp_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, expansion: int = 4, checkpoint: bool = False
) -> int:
    """Backward elementwise operations of transformer/mlp.

    if not checkpoint:

        everywhere: 2 * batch * dim * expansion * seq_len + 2 * batch * dim * seq_len

    if checkpoint:

        everywhere: 3 * batch * dim * expansion * seq_len + 2 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(expansion) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= expansion <= 64
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(checkpoint) is bool
    ):
        return again(transformer_mlp_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if not checkpoint:
        return 2 * batch * dim * expansion * seq_len + 2 * batch * dim * seq_len
    return 3 * batch * dim * expansion * seq_len + 2 * batch * dim * seq_len


def transformer_mlp_activation_bytes(
    dim: int, *, batch: int, seq_len: int, expansion: int = 4, checkpoint: bool = False
) -> int:
    """Activation bytes of transformer/mlp.

    if not checkpoint:

        everywhere: 8 * batch * dim * expansion * seq_len + 4 * batch * dim * seq_len

    if checkpoint:

        everywhere: 4 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(expansion) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= expansion <= 64
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(checkpoint) is bool
    ):
        return again(transformer_mlp_activation_bytes, KEY, _DOMAIN, locals())
    if not checkpoint:
        return 8 * batch * dim * expansion * seq_len + 4 * batch * dim * seq_len
    return 4 * batch * dim * seq_len


def transformer_mlp_peak_bytes(
    dim: int,
    *,
    optimizer: str = "adam",
    batch: int,
    seq_len: int,
    expansion: int = 4,
    checkpoint: bool = False,
) -> int:
    """Peak bytes of a training step of transformer/mlp.

    if optimizer == 'sgd' and not checkpoint:

        everywhere: max(8 * batch * dim * expansion * seq_len + 12 * batch * dim * seq_len + 8 *
            dim**2 * expansion + 4 * dim * expansion + 4 * dim, 4 * batch * dim * expansion *
            seq_len + 4 * batch * dim * seq_len + 16 * dim**2 * expansion + 8 * dim * expansion + 8
            * dim + 8, 12 * batch * dim * expansion * seq_len + 4 * batch * dim * seq_len + 12 *
            dim**2 * expansion + 4 * dim * expansion + 8 * dim + 8)

    if optimizer == 'sgd' and checkpoint:

        everywhere: max(4 * batch * dim * expansion * seq_len + 4 * batch * dim * seq_len + 16 *
            dim**2 * expansion + 8 * dim * expansion + 8 * dim + 8, 12 * batch * dim * expansion *
            seq_len + 4 * batch * dim * seq_len + 12 * dim**2 * expansion + 4 * dim * expansion + 8
            * dim + 8)

    if optimizer == 'sgd_momentum' and not checkpoint:

        everywhere: max(4 * batch * dim * seq_len + 24 * dim**2 * expansion + 12 * dim * expansion +
            12 * dim + 4, 8 * batch * dim * expansion * seq_len + 12 * batch * dim * seq_len + 8 *
            dim**2 * expansion + 4 * dim * expansion + 4 * dim, 4 * batch * dim * expansion *
            seq_len + 4 * batch * dim * seq_len + 16 * dim**2 * expansion + 8 * dim * expansion + 8
            * dim + 8, 12 * batch * dim * expansion * seq_len + 4 * batch * dim * seq_len + 12 *
            dim**2 * expansion + 4 * dim * expansion + 8 * dim + 8)

    if optimizer == 'sgd_momentum' and checkpoint:

        everywhere: max(4 * batch * dim * seq_len + 24 * dim**2 * expansion + 12 * dim * expansion +
            12 * dim + 4, 4 * batch * dim * expansion * seq_len + 4 * batch * dim * seq_len + 16 *
            dim**2 * expansion + 8 * dim * expansion + 8 * dim + 8, 12 * batch * dim * expansion *
            seq_len + 4 * batch * dim * seq_len + 12 * dim**2 * expansion + 4 * dim * expansion + 8
            * dim + 8)

    if optimizer in ('adam', 'adamw') and not checkpoint:

        everywhere: max(4 * batch * dim * seq_len + 40 * dim**2 * expansion + 20 * dim * expansion +
            16 * dim + 20, 8 * batch * dim * expansion * seq_len + 12 * batch * dim * seq_len + 8 *
            dim**2 * expansion + 4 * dim * expansion + 4 * dim, 4 * batch * dim * expansion *
            seq_len + 4 * batch * dim * seq_len + 16 * dim**2 * expansion + 8 * dim * expansion + 8
            * dim + 8, 12 * batch * dim * expansion * seq_len + 4 * batch * dim * seq_len + 12 *
            dim**2 * expansion + 4 * dim * expansion + 8 * dim + 8)

    if optimizer in ('adam', 'adamw') and checkpoint:

        everywhere: max(4 * batch * dim * seq_len + 40 * dim**2 * expansion + 20 * dim * expansion +
            16 * dim + 20, 4 * batch * dim * expansion * seq_len + 4 * batch * dim * seq_len + 16 *
            dim**2 * expansion + 8 * dim * expansion + 8 * dim + 8, 12 * batch * dim * expansion *
            seq_len + 4 * batch * dim * seq_len + 12 * dim**2 * expansion + 4 * dim * expansion + 8
            * dim + 8)
    """
    if not (
        type(dim) is type(expansion) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= expansion <= 64
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
        and type(checkpoint) is bool
    ):
        return again(transformer_mlp_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd" and not checkpoint:
        return max(
            8 * batch * dim * expansion * seq_len
            + 12 * batch * dim * seq_len
            + 8 * dim**2 * expansion
            + 4 * dim * expansion
            + 4 * dim,
            4 * batch * dim * expansion * seq_len
            + 4 * batch * dim * seq_len
            + 16 * dim**2 * expansion
            + 8 * dim * expansion
            + 8 * dim
            + 8,
            12 * batch * dim * expansion * seq_len
            + 4 * batch * dim * seq_len
            + 12 * dim**2 * expansion
            + 4 * dim * expansion
            + 8 * dim
            + 8,
        )
    if optimizer == "sgd" and checkpoint:
        return max(
            4 * batch * dim * expansion * seq_len
            + 4 * batch * dim * seq_len
            + 16 * dim**2 * expansion
            + 8 * dim * expansion
            + 8 * dim
            + 8,
            12 * batch * dim * expansion * seq_len
            + 4 * batch * dim * seq_len
            + 12 * dim**2 * expansion
            + 4 * dim * expansion
            + 8 * dim
            + 8,
        )
    if optimizer == "sgd_momentum" and not checkpoint:
        return max(
            4 * batch * dim * seq_len
            + 24 * dim**2 * expansion
            + 12 * dim * expansion
            + 12 * dim
            + 4,
            8 * batch * dim * expansion * seq_len
            + 12 * batch * dim * seq_len
            + 8 * dim**2 * expansion
            + 4 * dim * expansion
            + 4 * dim,
            4 * batch * dim * expansion * seq_len
            + 4 * batch * dim * seq_len
            + 16 * dim**2 * expansion
            + 8 * dim * expansion
            + 8 * dim
            + 8,
            12 * batch * dim * expansion * seq_len
            + 4 * batch * dim * seq_len
            + 12 * dim**2 * expansion
            + 4 * dim * expansion
            + 8 * dim
            + 8,
        )
    if optimizer == "sgd_momentum" and checkpoint:
        return max(
            4 * batch * dim * seq_len
            + 24 * dim**2 * expansion
            + 12 * dim * expansion
            + 12 * dim
            + 4,
            4 * batch * dim * expansion * seq_len
            + 4 * batch * dim * seq_len
            + 16 * dim**2 * expansion
            + 8 * dim * expansion
            + 8 * dim
            + 8,
            12 * batch * dim * expansion * seq_len
            + 4 * batch * dim * seq_len
            + 12 * dim**2 * expansion
            + 4 * dim * expansion
            + 8 * dim
            + 8,
        )
    if optimizer in ("adam", "adamw") and not checkpoint:
        return max(
            4 * batch * dim * seq_len
            + 40 * dim**2 * expansion
            + 20 * dim * expansion
            + 16 * dim
            + 20,
            8 * batch * dim * expansion * seq_len
            + 12 * batch * dim * seq_len
            + 8 * dim**2 * expansion
            + 4 * dim * expansion
            + 4 * dim,
            4 * batch * dim * expansion * seq_len
            + 4 * batch * dim * seq_len
            + 16 * dim**2 * expansion
            + 8 * dim * expansion
            + 8 * dim
            + 8,
            12 * batch * dim * expansion * seq_len
            + 4 * batch * dim * seq_len
            + 12 * dim**2 * expansion
            + 4 * dim * expansion
            + 8 * dim
            + 8,
        )
    return max(
        4 * batch * dim * seq_len + 40 * dim**2 * expansion + 20 * dim * expansion + 16 * dim + 20,
        4 * batch * dim * expansion * seq_len
        + 4 * batch * dim * seq_len
        + 16 * dim**2 * expansion
        + 8 * dim * expansion
        + 8 * dim
        + 8,
        12 * batch * dim * expansion * seq_len
        + 4 * batch * dim * seq_len
        + 12 * dim**2 * expansion
        + 4 * dim * expansion
        + 8 * dim
        + 8,
    )
