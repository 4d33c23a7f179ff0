"""transformer/vit_mlp: ViT MLP: x + Linear . GELU . Linear (mlp_ratio * dim hidden) of LayerNorm(x)

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.classic.vit_mlp(); exact for 1 <= dim <= 65536, 1 <= mlp_ratio <= 8.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Per-submodule terms of every quantity: python -m codegen explain transformer/vit_mlp.
"""

from __future__ import annotations

from . import again

KEY = "transformer/vit_mlp"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "13612acfac1ce9ea"
HYPERPARAMETERS: tuple[str, ...] = ("mlp_ratio",)
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "mlp_ratio": (1, 8),
    "batch": (1, 65536),
    "seq_len": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}


def transformer_vit_mlp_params(dim: int, *, mlp_ratio: int = 4) -> int:
    """Parameters of transformer/vit_mlp.

    everywhere: 2 * dim**2 * mlp_ratio + dim * mlp_ratio + 3 * dim

    Per submodule:
        norm (LayerNorm): 2 * dim
        fc1 (Linear): dim**2 * mlp_ratio + dim * mlp_ratio
        fc2 (Linear): dim**2 * mlp_ratio + dim
    """
    if not (type(dim) is type(mlp_ratio) is int and 1 <= dim <= 65536 and 1 <= mlp_ratio <= 8):
        return again(transformer_vit_mlp_params, KEY, _DOMAIN, locals())
    return 2 * dim**2 * mlp_ratio + dim * mlp_ratio + 3 * dim


def transformer_vit_mlp_buffers(dim: int, *, mlp_ratio: int = 4) -> int:
    """Buffer elements of transformer/vit_mlp.

    everywhere: 0
    """
    if not (type(dim) is type(mlp_ratio) is int and 1 <= dim <= 65536 and 1 <= mlp_ratio <= 8):
        return again(transformer_vit_mlp_buffers, KEY, _DOMAIN, locals())
    return 0


def transformer_vit_mlp_training_state_bytes(
    dim: int, *, optimizer: str = "adam", mlp_ratio: int = 4
) -> int:
    """Training state bytes of transformer/vit_mlp.

    if optimizer == 'sgd':

        everywhere: 16 * dim**2 * mlp_ratio + 8 * dim * mlp_ratio + 24 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 24 * dim**2 * mlp_ratio + 12 * dim * mlp_ratio + 36 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 32 * dim**2 * mlp_ratio + 16 * dim * mlp_ratio + 48 * dim + 24
    """
    if not (
        type(dim) is type(mlp_ratio) is int
        and 1 <= dim <= 65536
        and 1 <= mlp_ratio <= 8
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_vit_mlp_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 16 * dim**2 * mlp_ratio + 8 * dim * mlp_ratio + 24 * dim
    if optimizer == "sgd_momentum":
        return 24 * dim**2 * mlp_ratio + 12 * dim * mlp_ratio + 36 * dim
    return 32 * dim**2 * mlp_ratio + 16 * dim * mlp_ratio + 48 * dim + 24


def transformer_vit_mlp_forward_flops(
    dim: int, *, batch: int, seq_len: int, mlp_ratio: int = 4
) -> int:
    """Forward FLOPs of transformer/vit_mlp.

    everywhere: 4 * batch * dim**2 * mlp_ratio * seq_len
    """
    if not (
        type(dim) is type(mlp_ratio) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= mlp_ratio <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_vit_mlp_forward_flops, KEY, _DOMAIN, locals())
    return 4 * batch * dim**2 * mlp_ratio * seq_len


def transformer_vit_mlp_backward_flops(
    dim: int, *, batch: int, seq_len: int, mlp_ratio: int = 4
) -> int:
    """Backward FLOPs of transformer/vit_mlp.

    everywhere: 8 * batch * dim**2 * mlp_ratio * seq_len
    """
    if not (
        type(dim) is type(mlp_ratio) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= mlp_ratio <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_vit_mlp_backward_flops, KEY, _DOMAIN, locals())
    return 8 * batch * dim**2 * mlp_ratio * seq_len


def transformer_vit_mlp_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, mlp_ratio: int = 4
) -> int:
    """Forward elementwise operations of transformer/vit_mlp.

    everywhere: batch * dim * mlp_ratio * seq_len + 6 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(mlp_ratio) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= mlp_ratio <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_vit_mlp_elementwise_flops, KEY, _DOMAIN, locals())
    return batch * dim * mlp_ratio * seq_len + 6 * batch * dim * seq_len


def transformer_vit_mlp_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, mlp_ratio: int = 4
) -> int:
    """Backward elementwise operations of transformer/vit_mlp.

    everywhere: 2 * batch * dim * mlp_ratio * seq_len + 10 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(mlp_ratio) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= mlp_ratio <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_vit_mlp_backward_elementwise_flops, KEY, _DOMAIN, locals())
    return 2 * batch * dim * mlp_ratio * seq_len + 10 * batch * dim * seq_len


def transformer_vit_mlp_activation_bytes(
    dim: int, *, batch: int, seq_len: int, mlp_ratio: int = 4
) -> int:
    """Activation bytes of transformer/vit_mlp.

    everywhere: 8 * batch * dim * mlp_ratio * seq_len + 8 * batch * dim * seq_len + 8 * batch *
        seq_len
    """
    if not (
        type(dim) is type(mlp_ratio) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= mlp_ratio <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_vit_mlp_activation_bytes, KEY, _DOMAIN, locals())
    return 8 * batch * dim * mlp_ratio * seq_len + 8 * batch * dim * seq_len + 8 * batch * seq_len


def transformer_vit_mlp_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, seq_len: int, mlp_ratio: int = 4
) -> int:
    """Peak bytes of a training step of transformer/vit_mlp.

    if optimizer == 'sgd':

        everywhere: max(8 * batch * dim * mlp_ratio * seq_len + 12 * batch * dim * seq_len + 8 *
            batch * seq_len + 8 * dim**2 * mlp_ratio + 4 * dim * mlp_ratio + 12 * dim, 4 * batch *
            dim * mlp_ratio * seq_len + 8 * batch * dim * seq_len + 8 * batch * seq_len + 16 *
            dim**2 * mlp_ratio + 8 * dim * mlp_ratio + 16 * dim + 8, 12 * batch * dim * mlp_ratio *
            seq_len + 4 * batch * dim * seq_len + 8 * batch * seq_len + 12 * dim**2 * mlp_ratio + 4
            * dim * mlp_ratio + 16 * dim + 8)

    if optimizer == 'sgd_momentum':

        everywhere: max(24 * dim**2 * mlp_ratio + 12 * dim * mlp_ratio + 36 * dim + 4, 8 * batch *
            dim * mlp_ratio * seq_len + 12 * batch * dim * seq_len + 8 * batch * seq_len + 8 *
            dim**2 * mlp_ratio + 4 * dim * mlp_ratio + 12 * dim, 4 * batch * dim * mlp_ratio *
            seq_len + 8 * batch * dim * seq_len + 8 * batch * seq_len + 16 * dim**2 * mlp_ratio + 8
            * dim * mlp_ratio + 16 * dim + 8, 12 * batch * dim * mlp_ratio * seq_len + 4 * batch *
            dim * seq_len + 8 * batch * seq_len + 12 * dim**2 * mlp_ratio + 4 * dim * mlp_ratio + 16
            * dim + 8)

    if optimizer in ('adam', 'adamw'):

        everywhere: max(40 * dim**2 * mlp_ratio + 20 * dim * mlp_ratio + 48 * dim + 28, 8 * batch *
            dim * mlp_ratio * seq_len + 12 * batch * dim * seq_len + 8 * batch * seq_len + 8 *
            dim**2 * mlp_ratio + 4 * dim * mlp_ratio + 12 * dim, 4 * batch * dim * mlp_ratio *
            seq_len + 8 * batch * dim * seq_len + 8 * batch * seq_len + 16 * dim**2 * mlp_ratio + 8
            * dim * mlp_ratio + 16 * dim + 8, 12 * batch * dim * mlp_ratio * seq_len + 4 * batch *
            dim * seq_len + 8 * batch * seq_len + 12 * dim**2 * mlp_ratio + 4 * dim * mlp_ratio + 16
            * dim + 8)
    """
    if not (
        type(dim) is type(mlp_ratio) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= mlp_ratio <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_vit_mlp_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return max(
            8 * batch * dim * mlp_ratio * seq_len
            + 12 * batch * dim * seq_len
            + 8 * batch * seq_len
            + 8 * dim**2 * mlp_ratio
            + 4 * dim * mlp_ratio
            + 12 * dim,
            4 * batch * dim * mlp_ratio * seq_len
            + 8 * batch * dim * seq_len
            + 8 * batch * seq_len
            + 16 * dim**2 * mlp_ratio
            + 8 * dim * mlp_ratio
            + 16 * dim
            + 8,
            12 * batch * dim * mlp_ratio * seq_len
            + 4 * batch * dim * seq_len
            + 8 * batch * seq_len
            + 12 * dim**2 * mlp_ratio
            + 4 * dim * mlp_ratio
            + 16 * dim
            + 8,
        )
    if optimizer == "sgd_momentum":
        return max(
            24 * dim**2 * mlp_ratio + 12 * dim * mlp_ratio + 36 * dim + 4,
            8 * batch * dim * mlp_ratio * seq_len
            + 12 * batch * dim * seq_len
            + 8 * batch * seq_len
            + 8 * dim**2 * mlp_ratio
            + 4 * dim * mlp_ratio
            + 12 * dim,
            4 * batch * dim * mlp_ratio * seq_len
            + 8 * batch * dim * seq_len
            + 8 * batch * seq_len
            + 16 * dim**2 * mlp_ratio
            + 8 * dim * mlp_ratio
            + 16 * dim
            + 8,
            12 * batch * dim * mlp_ratio * seq_len
            + 4 * batch * dim * seq_len
            + 8 * batch * seq_len
            + 12 * dim**2 * mlp_ratio
            + 4 * dim * mlp_ratio
            + 16 * dim
            + 8,
        )
    return max(
        40 * dim**2 * mlp_ratio + 20 * dim * mlp_ratio + 48 * dim + 28,
        8 * batch * dim * mlp_ratio * seq_len
        + 12 * batch * dim * seq_len
        + 8 * batch * seq_len
        + 8 * dim**2 * mlp_ratio
        + 4 * dim * mlp_ratio
        + 12 * dim,
        4 * batch * dim * mlp_ratio * seq_len
        + 8 * batch * dim * seq_len
        + 8 * batch * seq_len
        + 16 * dim**2 * mlp_ratio
        + 8 * dim * mlp_ratio
        + 16 * dim
        + 8,
        12 * batch * dim * mlp_ratio * seq_len
        + 4 * batch * dim * seq_len
        + 8 * batch * seq_len
        + 12 * dim**2 * mlp_ratio
        + 4 * dim * mlp_ratio
        + 16 * dim
        + 8,
    )
