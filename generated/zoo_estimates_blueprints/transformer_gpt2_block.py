"""transformer/gpt2_block: transformers GPT2Block (causal attention, SDPA; MLP 4 dim, GELU)

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.hf.gpt2_block(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain transformer/gpt2_block.
"""

from __future__ import annotations

from . import again, refused

KEY = "transformer/gpt2_block"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "13612acfac1ce9ea"
HYPERPARAMETERS: tuple[str, ...] = ("n_head",)
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "n_head": (1, 8),
    "batch": (1, 65536),
    "seq_len": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}
_NO_MODULE = (
    "the factory raises ValueError where (dim // n_head) * n_head != dim "
    "(transformers/models/gpt2/modeling_gpt2.py, in __init__)"
)


def _no_module(dim: int, n_head: int) -> bool:
    return (dim // n_head) * n_head != dim


def transformer_gpt2_block_params(dim: int, *, n_head: int = 4) -> int:
    """Parameters of transformer/gpt2_block.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 12 * dim**2 + 13 * dim

    Per submodule:
        otherwise:
            block.ln_1 (LayerNorm): 2 * dim
            block.attn.c_attn (Conv1D): 3 * dim**2 + 3 * dim
            block.attn.c_proj (Conv1D): dim**2 + dim
            block.ln_2 (LayerNorm): 2 * dim
            block.mlp.c_fc (Conv1D): 4 * dim**2 + 4 * dim
            block.mlp.c_proj (Conv1D): 4 * dim**2 + dim
    """
    if not (type(dim) is type(n_head) is int and 1 <= dim <= 65536 and 1 <= n_head <= 8):
        return again(transformer_gpt2_block_params, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 12 * dim**2 + 13 * dim


def transformer_gpt2_block_buffers(dim: int, *, n_head: int = 4) -> int:
    """Buffer elements of transformer/gpt2_block.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (type(dim) is type(n_head) is int and 1 <= dim <= 65536 and 1 <= n_head <= 8):
        return again(transformer_gpt2_block_buffers, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 0


def transformer_gpt2_block_training_state_bytes(
    dim: int, *, optimizer: str = "adam", n_head: int = 4
) -> int:
    """Training state bytes of transformer/gpt2_block.

    if optimizer == 'sgd':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 96 * dim**2 + 104 * dim

    if optimizer == 'sgd_momentum':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 144 * dim**2 + 156 * dim

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 192 * dim**2 + 208 * dim + 48
    """
    if not (
        type(dim) is type(n_head) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_gpt2_block_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        return 96 * dim**2 + 104 * dim
    if optimizer == "sgd_momentum":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        return 144 * dim**2 + 156 * dim
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 192 * dim**2 + 208 * dim + 48


def transformer_gpt2_block_forward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward FLOPs of transformer/gpt2_block.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 24 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_gpt2_block_forward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return 24 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2


def transformer_gpt2_block_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward FLOPs of transformer/gpt2_block.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 48 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_gpt2_block_backward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return 48 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2


def transformer_gpt2_block_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward elementwise operations of transformer/gpt2_block.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 44 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_gpt2_block_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return 44 * batch * dim * seq_len


def transformer_gpt2_block_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward elementwise operations of transformer/gpt2_block.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 71 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_gpt2_block_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return 71 * batch * dim * seq_len


def transformer_gpt2_block_activation_bytes(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Activation bytes of transformer/gpt2_block.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if dim // (dim // n_head) != dim: 112 * batch * dim * seq_len + 4 * batch * n_head * seq_len +
        16 * batch * seq_len
    otherwise: 116 * batch * dim * seq_len + 16 * batch * seq_len
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_gpt2_block_activation_bytes, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if dim // (dim // n_head) != dim:
        return 112 * batch * dim * seq_len + 4 * batch * n_head * seq_len + 16 * batch * seq_len
    return 116 * batch * dim * seq_len + 16 * batch * seq_len


def transformer_gpt2_block_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Peak bytes of a training step of transformer/gpt2_block.

    if optimizer == 'sgd':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if dim // (dim // n_head) != dim: max(20 * batch * dim * seq_len + 8 * batch * seq_len + 96
            * dim**2 + 96 * dim + 8, 36 * batch * dim * seq_len + 4 * batch * n_head * seq_len + 8 *
            batch * seq_len + 84 * dim**2 + 84 * dim + 8, 48 * batch * dim * seq_len + 4 * batch *
            n_head * seq_len + 16 * batch * seq_len + 80 * dim**2 + 72 * dim + 8, 140 * batch * dim
            * seq_len + 4 * batch * n_head * seq_len + 16 * batch * seq_len + 64 * dim**2 + 56 * dim
            + 8)
        otherwise: max(20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim +
            8, 40 * batch * dim * seq_len + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8, 52 *
            batch * dim * seq_len + 16 * batch * seq_len + 80 * dim**2 + 72 * dim + 8, 144 * batch *
            dim * seq_len + 16 * batch * seq_len + 64 * dim**2 + 56 * dim + 8)

    if optimizer == 'sgd_momentum':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if dim // (dim // n_head) != dim: max(144 * dim**2 + 156 * dim + 4, 20 * batch * dim *
            seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8, 36 * batch * dim * seq_len +
            4 * batch * n_head * seq_len + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8, 48 *
            batch * dim * seq_len + 4 * batch * n_head * seq_len + 16 * batch * seq_len + 80 *
            dim**2 + 72 * dim + 8, 140 * batch * dim * seq_len + 4 * batch * n_head * seq_len + 16 *
            batch * seq_len + 64 * dim**2 + 56 * dim + 8)
        otherwise: max(144 * dim**2 + 156 * dim + 4, 20 * batch * dim * seq_len + 8 * batch *
            seq_len + 96 * dim**2 + 96 * dim + 8, 40 * batch * dim * seq_len + 8 * batch * seq_len +
            84 * dim**2 + 84 * dim + 8, 52 * batch * dim * seq_len + 16 * batch * seq_len + 80 *
            dim**2 + 72 * dim + 8, 144 * batch * dim * seq_len + 16 * batch * seq_len + 64 * dim**2
            + 56 * dim + 8)

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if dim // (dim // n_head) != dim: max(224 * dim**2 + 224 * dim + 52, 20 * batch * dim *
            seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8, 36 * batch * dim * seq_len +
            4 * batch * n_head * seq_len + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8, 48 *
            batch * dim * seq_len + 4 * batch * n_head * seq_len + 16 * batch * seq_len + 80 *
            dim**2 + 72 * dim + 8, 140 * batch * dim * seq_len + 4 * batch * n_head * seq_len + 16 *
            batch * seq_len + 64 * dim**2 + 56 * dim + 8)
        otherwise: max(224 * dim**2 + 224 * dim + 52, 20 * batch * dim * seq_len + 8 * batch *
            seq_len + 96 * dim**2 + 96 * dim + 8, 40 * batch * dim * seq_len + 8 * batch * seq_len +
            84 * dim**2 + 84 * dim + 8, 52 * batch * dim * seq_len + 16 * batch * seq_len + 80 *
            dim**2 + 72 * dim + 8, 144 * batch * dim * seq_len + 16 * batch * seq_len + 64 * dim**2
            + 56 * dim + 8)
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_gpt2_block_peak_bytes, KEY, _DOMAIN, locals())
    dim_div_n_head = dim // n_head
    if optimizer == "sgd":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if dim // dim_div_n_head != dim:
            return max(
                20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
                36 * batch * dim * seq_len
                + 4 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 84 * dim**2
                + 84 * dim
                + 8,
                48 * batch * dim * seq_len
                + 4 * batch * n_head * seq_len
                + 16 * batch * seq_len
                + 80 * dim**2
                + 72 * dim
                + 8,
                140 * batch * dim * seq_len
                + 4 * batch * n_head * seq_len
                + 16 * batch * seq_len
                + 64 * dim**2
                + 56 * dim
                + 8,
            )
        return max(
            20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
            40 * batch * dim * seq_len + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8,
            52 * batch * dim * seq_len + 16 * batch * seq_len + 80 * dim**2 + 72 * dim + 8,
            144 * batch * dim * seq_len + 16 * batch * seq_len + 64 * dim**2 + 56 * dim + 8,
        )
    if optimizer == "sgd_momentum":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if dim // dim_div_n_head != dim:
            return max(
                144 * dim**2 + 156 * dim + 4,
                20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
                36 * batch * dim * seq_len
                + 4 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 84 * dim**2
                + 84 * dim
                + 8,
                48 * batch * dim * seq_len
                + 4 * batch * n_head * seq_len
                + 16 * batch * seq_len
                + 80 * dim**2
                + 72 * dim
                + 8,
                140 * batch * dim * seq_len
                + 4 * batch * n_head * seq_len
                + 16 * batch * seq_len
                + 64 * dim**2
                + 56 * dim
                + 8,
            )
        return max(
            144 * dim**2 + 156 * dim + 4,
            20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
            40 * batch * dim * seq_len + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8,
            52 * batch * dim * seq_len + 16 * batch * seq_len + 80 * dim**2 + 72 * dim + 8,
            144 * batch * dim * seq_len + 16 * batch * seq_len + 64 * dim**2 + 56 * dim + 8,
        )
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if dim // dim_div_n_head != dim:
        return max(
            224 * dim**2 + 224 * dim + 52,
            20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
            36 * batch * dim * seq_len
            + 4 * batch * n_head * seq_len
            + 8 * batch * seq_len
            + 84 * dim**2
            + 84 * dim
            + 8,
            48 * batch * dim * seq_len
            + 4 * batch * n_head * seq_len
            + 16 * batch * seq_len
            + 80 * dim**2
            + 72 * dim
            + 8,
            140 * batch * dim * seq_len
            + 4 * batch * n_head * seq_len
            + 16 * batch * seq_len
            + 64 * dim**2
            + 56 * dim
            + 8,
        )
    return max(
        224 * dim**2 + 224 * dim + 52,
        20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
        40 * batch * dim * seq_len + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8,
        52 * batch * dim * seq_len + 16 * batch * seq_len + 80 * dim**2 + 72 * dim + 8,
        144 * batch * dim * seq_len + 16 * batch * seq_len + 64 * dim**2 + 56 * dim + 8,
    )
