"""transformer/gpt2_block_default: transformers GPT2Block from a default GPT2Config (dropouts 0.1)
but for its sizes

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.hf.gpt2_block_default(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain transformer/gpt2_block_default.
"""

from __future__ import annotations

from . import again, refused

KEY = "transformer/gpt2_block_default"
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


def transformer_gpt2_block_default_params(dim: int, *, n_head: int = 4) -> int:
    """Parameters of transformer/gpt2_block_default.

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
        return again(transformer_gpt2_block_default_params, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 12 * dim**2 + 13 * dim


def transformer_gpt2_block_default_buffers(dim: int, *, n_head: int = 4) -> int:
    """Buffer elements of transformer/gpt2_block_default.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (type(dim) is type(n_head) is int and 1 <= dim <= 65536 and 1 <= n_head <= 8):
        return again(transformer_gpt2_block_default_buffers, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 0


def transformer_gpt2_block_default_training_state_bytes(
    dim: int, *, optimizer: str = "adam", n_head: int = 4
) -> int:
    """Training state bytes of transformer/gpt2_block_default.

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
        return again(transformer_gpt2_block_default_training_state_bytes, KEY, _DOMAIN, locals())
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


def transformer_gpt2_block_default_forward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward FLOPs of transformer/gpt2_block_default.

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
        return again(transformer_gpt2_block_default_forward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return 24 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2


def transformer_gpt2_block_default_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward FLOPs of transformer/gpt2_block_default.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if dim >= 2 and seq_len != 1 and dim // (dim // n_head) == 1: 34 * batch * dim**2 * seq_len + 2
        * batch * dim * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 * seq_len
        + 2 * batch * dim * (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) *
        seq_len + 4 * batch * dim * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) *
        seq_len + 2 * batch * dim * (dim // (dim // (dim // n_head))) *
        (dim // (dim // n_head)) ** 2 * (seq_len // (dim // (dim // n_head))) + 2 * batch * dim *
        (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) *
        (seq_len // (dim // (dim // n_head))) + 2 * batch * dim * (dim // (dim // (dim // n_head)))
        * (dim // (dim // n_head)) * (seq_len // (dim // (dim // n_head))) + 6 * batch *
        (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 * seq_len**2 + 2 * batch *
        (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) * seq_len**2
    if dim >= 2 and dim // (dim // n_head) == 1: 34 * batch * dim**2 + 4 * batch * dim *
        (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 6 * batch * dim *
        (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 * batch * dim *
        (dim // (dim // (dim // n_head))) + 2 * batch * (dim // (dim // (dim // n_head))) *
        (dim // (dim // n_head)) ** 2 + 6 * batch * (dim // (dim // (dim // n_head))) *
        (dim // (dim // n_head))
    otherwise: 48 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_gpt2_block_default_backward_flops, KEY, _DOMAIN, locals())
    dim_div_n_head = dim // n_head
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if dim >= 2 and seq_len != 1 and dim // dim_div_n_head == 1:
        return (
            34 * batch * dim**2 * seq_len
            + 2
            * batch
            * dim
            * (dim // dim_div_n_head) ** 2
            * (dim // (dim // dim_div_n_head))
            * seq_len
            + 2
            * batch
            * dim
            * (dim // dim_div_n_head)
            * (dim // ((dim // dim_div_n_head) ** 2))
            * seq_len
            + 4 * batch * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head)) * seq_len
            + 2
            * batch
            * dim
            * (dim // dim_div_n_head) ** 2
            * (dim // (dim // dim_div_n_head))
            * (seq_len // (dim // dim_div_n_head))
            + 2
            * batch
            * dim
            * (dim // dim_div_n_head)
            * (dim // ((dim // dim_div_n_head) ** 2))
            * (seq_len // (dim // dim_div_n_head))
            + 2
            * batch
            * dim
            * (dim // dim_div_n_head)
            * (dim // (dim // dim_div_n_head))
            * (seq_len // (dim // dim_div_n_head))
            + 6
            * batch
            * (dim // dim_div_n_head) ** 2
            * (dim // (dim // dim_div_n_head))
            * seq_len**2
            + 2 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head)) * seq_len**2
        )
    if dim >= 2 and dim // dim_div_n_head == 1:
        return (
            34 * batch * dim**2
            + 4 * batch * dim * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
            + 6 * batch * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 4 * batch * dim * (dim // (dim // dim_div_n_head))
            + 2 * batch * (dim // dim_div_n_head) ** 2 * (dim // (dim // dim_div_n_head))
            + 6 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
        )
    return 48 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2


def transformer_gpt2_block_default_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward elementwise operations of transformer/gpt2_block_default.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if dim // (dim // n_head) != 1 and dim // (dim // n_head) != dim: 50 * batch * dim * seq_len + 7
        * batch * n_head * seq_len**2
    if dim >= 2 and dim // n_head == 1: 7 * batch * dim * seq_len**2 + 50 * batch * dim * seq_len
    otherwise: 50 * batch * dim * seq_len + 7 * batch * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_gpt2_block_default_elementwise_flops, KEY, _DOMAIN, locals())
    dim_div_n_head = dim // n_head
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if dim // dim_div_n_head != 1 and dim // dim_div_n_head != dim:
        return 50 * batch * dim * seq_len + 7 * batch * n_head * seq_len**2
    if dim >= 2 and dim_div_n_head == 1:
        return 7 * batch * dim * seq_len**2 + 50 * batch * dim * seq_len
    return 50 * batch * dim * seq_len + 7 * batch * seq_len**2


def transformer_gpt2_block_default_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward elementwise operations of transformer/gpt2_block_default.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if dim >= 2 and seq_len != 1 and dim // (dim // n_head) == 1: 62 * batch * dim * seq_len + 8 *
        batch * dim * (seq_len // (dim // (dim // n_head))) + 5 * batch * (dim // (dim // n_head)) *
        seq_len**2 + batch * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 *
        (seq_len // (dim // (dim // n_head))) + batch * (dim // ((dim // (dim // n_head)) ** 2)) *
        (dim // (dim // n_head)) * (seq_len // (dim // (dim // n_head))) + batch *
        (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) *
        (seq_len // (dim // (dim // n_head)))
    if dim >= 2 and dim // (dim // n_head) == 1: 70 * batch * dim + batch *
        (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + batch *
        (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + batch *
        (dim // (dim // (dim // n_head))) + 5 * batch
    if dim // (dim // n_head) != dim: 73 * batch * dim * seq_len + 5 * batch * n_head * seq_len**2
    otherwise: 5 * batch * dim * seq_len**2 + 73 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(
            transformer_gpt2_block_default_backward_elementwise_flops, KEY, _DOMAIN, locals()
        )
    dim_div_n_head = dim // n_head
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if dim >= 2 and seq_len != 1 and dim // dim_div_n_head == 1:
        return (
            62 * batch * dim * seq_len
            + 8 * batch * dim * (seq_len // (dim // dim_div_n_head))
            + 5 * batch * (dim // dim_div_n_head) * seq_len**2
            + batch
            * (dim // dim_div_n_head) ** 2
            * (dim // (dim // dim_div_n_head))
            * (seq_len // (dim // dim_div_n_head))
            + batch
            * (dim // dim_div_n_head)
            * (dim // ((dim // dim_div_n_head) ** 2))
            * (seq_len // (dim // dim_div_n_head))
            + batch
            * (dim // dim_div_n_head)
            * (dim // (dim // dim_div_n_head))
            * (seq_len // (dim // dim_div_n_head))
        )
    if dim >= 2 and dim // dim_div_n_head == 1:
        return (
            70 * batch * dim
            + batch * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
            + batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + batch * (dim // (dim // dim_div_n_head))
            + 5 * batch
        )
    if dim // dim_div_n_head != dim:
        return 73 * batch * dim * seq_len + 5 * batch * n_head * seq_len**2
    return 5 * batch * dim * seq_len**2 + 73 * batch * dim * seq_len


def transformer_gpt2_block_default_activation_bytes(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Activation bytes of transformer/gpt2_block_default.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if dim // (dim // n_head) != 1 and dim // (dim // n_head) != dim: 120 * batch * dim * seq_len +
        12 * batch * n_head * seq_len**2 + 16 * batch * seq_len
    if dim >= 2 and dim // n_head == 1: 12 * batch * dim * seq_len**2 + 120 * batch * dim * seq_len
        + 16 * batch * seq_len
    otherwise: 120 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_gpt2_block_default_activation_bytes, KEY, _DOMAIN, locals())
    dim_div_n_head = dim // n_head
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if dim // dim_div_n_head != 1 and dim // dim_div_n_head != dim:
        return 120 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch * seq_len
    if dim >= 2 and dim_div_n_head == 1:
        return 12 * batch * dim * seq_len**2 + 120 * batch * dim * seq_len + 16 * batch * seq_len
    return 120 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len


def transformer_gpt2_block_default_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Peak bytes of a training step of transformer/gpt2_block_default.

    if optimizer == 'sgd':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if seq_len == 1 and batch != 1 and dim != 1 and dim // (dim // n_head) == 1: max(16 * batch
            * dim + 4 * batch * (dim // (dim // n_head)) + 12 * batch + 48 * dim**2 + 52 * dim, 48 *
            batch * dim + 4 * batch * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) +
            28 * batch + 80 * dim**2 + 72 * dim + 8, 140 * batch * dim + 4 * batch *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 28 * batch + 64 * dim**2
            + 56 * dim + 8, 24 * batch * dim + 4 * batch * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) + 20 * batch + 80 * dim**2 + 4 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 16 * batch
            * dim + 4 * batch * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 8 *
            batch * (dim // (dim // (dim // n_head))) + 12 * batch + 80 * dim**2 + 4 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 20 * batch
            * dim + 4 * batch * (dim // (dim // n_head)) ** 2 + 4 * batch *
            (dim // (dim // (dim // n_head))) + 20 * batch + 80 * dim**2 + 4 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 4 * batch *
            dim + 4 * batch * (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) +
            8 * batch * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 12 * batch *
            (dim // (dim // (dim // n_head))) + 8 * batch + 80 * dim**2 + 4 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 4 * batch *
            dim + 8 * batch + 80 * dim**2 + 4 * dim * (dim // ((dim // (dim // n_head)) ** 2)) *
            (dim // (dim // n_head)) + 8 * dim * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) + 4 * dim * (dim // (dim // (dim // n_head))) + 92 * dim + 4 *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) + 8, 8 * batch * dim + 4 * batch *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 4 * batch *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 * batch *
            (dim // (dim // (dim // n_head))) + 8 * batch + 80 * dim**2 + 4 * dim *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 8 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 * dim *
            (dim // (dim // (dim // n_head))) + 84 * dim + 4 *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) + 8)
        if seq_len == 1 and dim >= 2 and dim // (dim // n_head) == 1: max(48 * dim**2 + 68 * dim + 4
            * (dim // (dim // n_head)) + 12, 64 * dim**2 + 196 * dim + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 36, 80 * dim**2 + 120 *
            dim + 4 * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 36, 80 * dim**2
            + 4 * dim * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 108 * dim + 4
            * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 28, 80 * dim**2 + 4 *
            dim * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 100 * dim + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 8 *
            (dim // (dim // (dim // n_head))) + 20, 80 * dim**2 + 4 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 104 * dim + 4 *
            (dim // (dim // n_head)) ** 2 + 4 * (dim // (dim // (dim // n_head))) + 28, 80 * dim**2
            + 4 * dim * (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 8 *
            dim * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 * dim *
            (dim // (dim // (dim // n_head))) + 92 * dim + 8 *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 8 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 8 *
            (dim // (dim // (dim // n_head))) + 16, 80 * dim**2 + 4 * dim *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 8 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 * dim *
            (dim // (dim // (dim // n_head))) + 96 * dim + 4 *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) + 16)
        if dim >= 2 and dim // (dim // n_head) == 1: max(48 * batch * dim * seq_len + 12 * batch *
            seq_len**2 + 4 * batch * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) *
            seq_len + 16 * batch * seq_len + 80 * dim**2 + 72 * dim + 8, 140 * batch * dim * seq_len
            + 12 * batch * seq_len**2 + 4 * batch * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) * seq_len + 16 * batch * seq_len + 64 * dim**2 + 56 * dim + 8,
            24 * batch * dim * seq_len + 12 * batch * seq_len**2 + 4 * batch *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) * seq_len + 8 * batch *
            seq_len + 80 * dim**2 + 4 * dim * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) + 84 * dim + 8, 16 * batch * dim * seq_len + 4 * batch *
            (dim // (dim // n_head)) * seq_len**2 + 8 * batch * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) * seq_len + 4 * batch * (dim // (dim // (dim // n_head))) *
            seq_len + 8 * batch * seq_len + 80 * dim**2 + 4 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 16 * batch
            * dim * seq_len + 8 * batch * (dim // (dim // n_head)) * seq_len**2 + 4 * batch *
            seq_len**2 + 4 * batch * (dim // (dim // (dim // n_head))) * seq_len + 8 * batch *
            seq_len + 80 * dim**2 + 4 * dim * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) + 84 * dim + 8, 20 * batch * dim * seq_len + 4 * batch *
            (dim // (dim // n_head)) ** 2 * seq_len**2 + 12 * batch * seq_len**2 + 4 * batch *
            (dim // (dim // (dim // n_head))) * seq_len + 8 * batch * seq_len + 80 * dim**2 + 4 *
            dim * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 16 *
            batch * dim * seq_len + 4 * batch * (dim // (dim // n_head)) ** 2 * seq_len**2 + 4 *
            batch * (dim // (dim // n_head)) * seq_len**2 + 8 * batch * seq_len**2 + 4 * batch *
            (dim // (dim // (dim // n_head))) * seq_len + 8 * batch * seq_len + 80 * dim**2 + 4 *
            dim * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 4 *
            batch * dim * seq_len + 8 * batch * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) * seq_len + 4 * batch * (dim // (dim // (dim // n_head))) *
            seq_len + 8 * batch * seq_len + 4 * batch * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) ** 2 * (seq_len // (dim // (dim // n_head))) + 4 * batch *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) *
            (seq_len // (dim // (dim // n_head))) + 4 * batch * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) * (seq_len // (dim // (dim // n_head))) + 80 * dim**2 + 4 * dim
            * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 4 * batch
            * dim * (seq_len // (dim // (dim // n_head))) + 8 * batch * seq_len + 80 * dim**2 + 4 *
            dim * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 + 4 * dim *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 8 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 92 * dim + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 + 4 *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 8, 4 * batch * dim *
            seq_len + 4 * batch * dim * (seq_len // (dim // (dim // n_head))) + 8 * batch * seq_len
            + 4 * batch * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 *
            (seq_len // (dim // (dim // n_head))) + 4 * batch *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) *
            (seq_len // (dim // (dim // n_head))) + 4 * batch * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) * (seq_len // (dim // (dim // n_head))) + 80 * dim**2 + 4 * dim
            * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 + 4 * dim *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 8 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 + 4 *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 8)
        if dim // (dim // n_head) != dim: max(20 * batch * dim * seq_len + 8 * batch * seq_len + 96
            * dim**2 + 96 * dim + 8, 24 * batch * dim * seq_len + 16 * batch * n_head * seq_len**2 +
            8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8, 28 * batch * dim * seq_len + 12 *
            batch * n_head * seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8, 52 *
            batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch * seq_len + 80 *
            dim**2 + 72 * dim + 8, 144 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 +
            16 * batch * seq_len + 64 * dim**2 + 56 * dim + 8)
        otherwise: max(20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim +
            8, 12 * batch * dim * seq_len**2 + 52 * batch * dim * seq_len + 16 * batch * seq_len +
            80 * dim**2 + 72 * dim + 8, 12 * batch * dim * seq_len**2 + 144 * batch * dim * seq_len
            + 16 * batch * seq_len + 64 * dim**2 + 56 * dim + 8, 16 * batch * dim * seq_len**2 + 24
            * batch * dim * seq_len + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8)

    if optimizer == 'sgd_momentum':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if seq_len == 1 and batch != 1 and dim != 1 and dim // (dim // n_head) == 1: max(16 * batch
            * dim + 4 * batch * (dim // (dim // n_head)) + 12 * batch + 48 * dim**2 + 52 * dim, 48 *
            batch * dim + 4 * batch * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) +
            28 * batch + 80 * dim**2 + 72 * dim + 8, 140 * batch * dim + 4 * batch *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 28 * batch + 64 * dim**2
            + 56 * dim + 8, 24 * batch * dim + 4 * batch * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) + 20 * batch + 80 * dim**2 + 4 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 16 * batch
            * dim + 4 * batch * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 8 *
            batch * (dim // (dim // (dim // n_head))) + 12 * batch + 80 * dim**2 + 4 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 20 * batch
            * dim + 4 * batch * (dim // (dim // n_head)) ** 2 + 4 * batch *
            (dim // (dim // (dim // n_head))) + 20 * batch + 80 * dim**2 + 4 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 4 * batch *
            dim + 4 * batch * (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) +
            8 * batch * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 12 * batch *
            (dim // (dim // (dim // n_head))) + 8 * batch + 80 * dim**2 + 4 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 112 *
            dim**2 + 4 * dim * (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) +
            12 * dim * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 * dim *
            (dim // (dim // (dim // n_head))) + 4 * dim * max(1,
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) +
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) +
            dim // (dim // (dim // n_head))) + 132 * dim + 12 *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 12 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 12 *
            (dim // (dim // (dim // n_head))) - 4 * max(1, (dim // ((dim // (dim // n_head)) ** 2))
            * (dim // (dim // n_head)) + (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) + dim // (dim // (dim // n_head))) + 4, 4 * batch * dim + 8 *
            batch + 80 * dim**2 + 4 * dim * (dim // ((dim // (dim // n_head)) ** 2)) *
            (dim // (dim // n_head)) + 8 * dim * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) + 4 * dim * (dim // (dim // (dim // n_head))) + 92 * dim + 4 *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) + 8, 8 * batch * dim + 4 * batch *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 4 * batch *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 * batch *
            (dim // (dim // (dim // n_head))) + 8 * batch + 80 * dim**2 + 4 * dim *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 8 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 * dim *
            (dim // (dim // (dim // n_head))) + 84 * dim + 4 *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) + 8)
        if seq_len == 1 and dim >= 2 and dim // (dim // n_head) == 1: max(48 * dim**2 + 68 * dim + 4
            * (dim // (dim // n_head)) + 12, 64 * dim**2 + 196 * dim + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 36, 80 * dim**2 + 4 * dim
            * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 104 * dim + 4 *
            (dim // (dim // n_head)) ** 2 + 4 * (dim // (dim // (dim // n_head))) + 28, 112 * dim**2
            + 4 * dim * (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 12 *
            dim * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 * dim *
            (dim // (dim // (dim // n_head))) + 4 * dim * max(1,
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) +
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) +
            dim // (dim // (dim // n_head))) + 132 * dim + 12 *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 12 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 12 *
            (dim // (dim // (dim // n_head))) - 4 * max(1, (dim // ((dim // (dim // n_head)) ** 2))
            * (dim // (dim // n_head)) + (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) + dim // (dim // (dim // n_head))) + 4)
        if dim >= 2 and dim // (dim // n_head) == 1: max(48 * batch * dim * seq_len + 12 * batch *
            seq_len**2 + 4 * batch * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) *
            seq_len + 16 * batch * seq_len + 80 * dim**2 + 72 * dim + 8, 140 * batch * dim * seq_len
            + 12 * batch * seq_len**2 + 4 * batch * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) * seq_len + 16 * batch * seq_len + 64 * dim**2 + 56 * dim + 8,
            24 * batch * dim * seq_len + 12 * batch * seq_len**2 + 4 * batch *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) * seq_len + 8 * batch *
            seq_len + 80 * dim**2 + 4 * dim * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) + 84 * dim + 8, 16 * batch * dim * seq_len + 4 * batch *
            (dim // (dim // n_head)) * seq_len**2 + 8 * batch * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) * seq_len + 4 * batch * (dim // (dim // (dim // n_head))) *
            seq_len + 8 * batch * seq_len + 80 * dim**2 + 4 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 16 * batch
            * dim * seq_len + 8 * batch * (dim // (dim // n_head)) * seq_len**2 + 4 * batch *
            seq_len**2 + 4 * batch * (dim // (dim // (dim // n_head))) * seq_len + 8 * batch *
            seq_len + 80 * dim**2 + 4 * dim * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) + 84 * dim + 8, 20 * batch * dim * seq_len + 4 * batch *
            (dim // (dim // n_head)) ** 2 * seq_len**2 + 12 * batch * seq_len**2 + 4 * batch *
            (dim // (dim // (dim // n_head))) * seq_len + 8 * batch * seq_len + 80 * dim**2 + 4 *
            dim * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 16 *
            batch * dim * seq_len + 4 * batch * (dim // (dim // n_head)) ** 2 * seq_len**2 + 4 *
            batch * (dim // (dim // n_head)) * seq_len**2 + 8 * batch * seq_len**2 + 4 * batch *
            (dim // (dim // (dim // n_head))) * seq_len + 8 * batch * seq_len + 80 * dim**2 + 4 *
            dim * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 112 *
            dim**2 + 4 * dim * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 + 4
            * dim * (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 12 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 * dim * max(1,
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 +
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) +
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head))) + 132 * dim + 12 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 + 12 *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 12 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) - 4 * max(1,
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 +
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) +
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head))) + 4, 4 * batch * dim *
            seq_len + 8 * batch * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) *
            seq_len + 4 * batch * (dim // (dim // (dim // n_head))) * seq_len + 8 * batch * seq_len
            + 4 * batch * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 *
            (seq_len // (dim // (dim // n_head))) + 4 * batch *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) *
            (seq_len // (dim // (dim // n_head))) + 4 * batch * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) * (seq_len // (dim // (dim // n_head))) + 80 * dim**2 + 4 * dim
            * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 4 * batch
            * dim * (seq_len // (dim // (dim // n_head))) + 8 * batch * seq_len + 80 * dim**2 + 4 *
            dim * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 + 4 * dim *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 8 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 92 * dim + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 + 4 *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 8, 4 * batch * dim *
            seq_len + 4 * batch * dim * (seq_len // (dim // (dim // n_head))) + 8 * batch * seq_len
            + 4 * batch * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 *
            (seq_len // (dim // (dim // n_head))) + 4 * batch *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) *
            (seq_len // (dim // (dim // n_head))) + 4 * batch * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) * (seq_len // (dim // (dim // n_head))) + 80 * dim**2 + 4 * dim
            * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 + 4 * dim *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 8 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 + 4 *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 8)
        if dim // (dim // n_head) != dim: max(144 * dim**2 + 156 * dim + 4, 20 * batch * dim *
            seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8, 24 * batch * dim * seq_len +
            16 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8, 28
            * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 84 *
            dim**2 + 84 * dim + 8, 52 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 +
            16 * batch * seq_len + 80 * dim**2 + 72 * dim + 8, 144 * batch * dim * seq_len + 12 *
            batch * n_head * seq_len**2 + 16 * batch * seq_len + 64 * dim**2 + 56 * dim + 8)
        otherwise: max(144 * dim**2 + 156 * dim + 4, 20 * batch * dim * seq_len + 8 * batch *
            seq_len + 96 * dim**2 + 96 * dim + 8, 12 * batch * dim * seq_len**2 + 52 * batch * dim *
            seq_len + 16 * batch * seq_len + 80 * dim**2 + 72 * dim + 8, 12 * batch * dim *
            seq_len**2 + 144 * batch * dim * seq_len + 16 * batch * seq_len + 64 * dim**2 + 56 * dim
            + 8, 16 * batch * dim * seq_len**2 + 24 * batch * dim * seq_len + 8 * batch * seq_len +
            84 * dim**2 + 84 * dim + 8)

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if seq_len == 1 and batch != 1 and dim != 1 and dim // (dim // n_head) == 1: max(16 * batch
            * dim + 4 * batch * (dim // (dim // n_head)) + 12 * batch + 48 * dim**2 + 52 * dim, 48 *
            batch * dim + 4 * batch * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) +
            28 * batch + 80 * dim**2 + 72 * dim + 8, 140 * batch * dim + 4 * batch *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 28 * batch + 64 * dim**2
            + 56 * dim + 8, 24 * batch * dim + 4 * batch * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) + 20 * batch + 80 * dim**2 + 4 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 16 * batch
            * dim + 4 * batch * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 8 *
            batch * (dim // (dim // (dim // n_head))) + 12 * batch + 80 * dim**2 + 4 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 20 * batch
            * dim + 4 * batch * (dim // (dim // n_head)) ** 2 + 4 * batch *
            (dim // (dim // (dim // n_head))) + 20 * batch + 80 * dim**2 + 4 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 208 *
            dim**2 + 4 * dim * (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) +
            8 * dim * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 * dim *
            (dim // (dim // (dim // n_head))) + 212 * dim + 4 *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) + 52, 4 * batch * dim + 4 * batch *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 8 * batch *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 12 * batch *
            (dim // (dim // (dim // n_head))) + 8 * batch + 80 * dim**2 + 4 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 4 * batch *
            dim + 8 * batch + 80 * dim**2 + 4 * dim * (dim // ((dim // (dim // n_head)) ** 2)) *
            (dim // (dim // n_head)) + 8 * dim * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) + 4 * dim * (dim // (dim // (dim // n_head))) + 92 * dim + 4 *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) + 8, 8 * batch * dim + 4 * batch *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 4 * batch *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 * batch *
            (dim // (dim // (dim // n_head))) + 8 * batch + 80 * dim**2 + 4 * dim *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 8 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 * dim *
            (dim // (dim // (dim // n_head))) + 84 * dim + 4 *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) + 8)
        if seq_len == 1 and dim >= 2 and dim // (dim // n_head) == 1: max(48 * dim**2 + 68 * dim + 4
            * (dim // (dim // n_head)) + 12, 80 * dim**2 + 4 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 104 * dim + 4 *
            (dim // (dim // n_head)) ** 2 + 4 * (dim // (dim // (dim // n_head))) + 28, 80 * dim**2
            + 4 * dim * (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 8 *
            dim * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 * dim *
            (dim // (dim // (dim // n_head))) + 92 * dim + 8 *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 8 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 8 *
            (dim // (dim // (dim // n_head))) + 16, 208 * dim**2 + 4 * dim *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 8 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 * dim *
            (dim // (dim // (dim // n_head))) + 212 * dim + 4 *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) + 52)
        if dim >= 2 and dim // (dim // n_head) == 1: max(48 * batch * dim * seq_len + 12 * batch *
            seq_len**2 + 4 * batch * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) *
            seq_len + 16 * batch * seq_len + 80 * dim**2 + 72 * dim + 8, 140 * batch * dim * seq_len
            + 12 * batch * seq_len**2 + 4 * batch * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) * seq_len + 16 * batch * seq_len + 64 * dim**2 + 56 * dim + 8,
            24 * batch * dim * seq_len + 12 * batch * seq_len**2 + 4 * batch *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) * seq_len + 8 * batch *
            seq_len + 80 * dim**2 + 4 * dim * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) + 84 * dim + 8, 208 * dim**2 + 4 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 + 4 * dim *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 8 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 212 * dim + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 + 4 *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 52, 16 * batch * dim *
            seq_len + 4 * batch * (dim // (dim // n_head)) * seq_len**2 + 8 * batch *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) * seq_len + 4 * batch *
            (dim // (dim // (dim // n_head))) * seq_len + 8 * batch * seq_len + 80 * dim**2 + 4 *
            dim * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 16 *
            batch * dim * seq_len + 8 * batch * (dim // (dim // n_head)) * seq_len**2 + 4 * batch *
            seq_len**2 + 4 * batch * (dim // (dim // (dim // n_head))) * seq_len + 8 * batch *
            seq_len + 80 * dim**2 + 4 * dim * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) + 84 * dim + 8, 20 * batch * dim * seq_len + 4 * batch *
            (dim // (dim // n_head)) ** 2 * seq_len**2 + 12 * batch * seq_len**2 + 4 * batch *
            (dim // (dim // (dim // n_head))) * seq_len + 8 * batch * seq_len + 80 * dim**2 + 4 *
            dim * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 16 *
            batch * dim * seq_len + 4 * batch * (dim // (dim // n_head)) ** 2 * seq_len**2 + 4 *
            batch * (dim // (dim // n_head)) * seq_len**2 + 8 * batch * seq_len**2 + 4 * batch *
            (dim // (dim // (dim // n_head))) * seq_len + 8 * batch * seq_len + 80 * dim**2 + 4 *
            dim * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 4 *
            batch * dim * seq_len + 8 * batch * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) * seq_len + 4 * batch * (dim // (dim // (dim // n_head))) *
            seq_len + 8 * batch * seq_len + 4 * batch * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) ** 2 * (seq_len // (dim // (dim // n_head))) + 4 * batch *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) *
            (seq_len // (dim // (dim // n_head))) + 4 * batch * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) * (seq_len // (dim // (dim // n_head))) + 80 * dim**2 + 4 * dim
            * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 8, 4 * batch
            * dim * (seq_len // (dim // (dim // n_head))) + 8 * batch * seq_len + 80 * dim**2 + 4 *
            dim * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 + 4 * dim *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 8 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 92 * dim + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 + 4 *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 8, 4 * batch * dim *
            seq_len + 4 * batch * dim * (seq_len // (dim // (dim // n_head))) + 8 * batch * seq_len
            + 4 * batch * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 *
            (seq_len // (dim // (dim // n_head))) + 4 * batch *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) *
            (seq_len // (dim // (dim // n_head))) + 4 * batch * (dim // (dim // (dim // n_head))) *
            (dim // (dim // n_head)) * (seq_len // (dim // (dim // n_head))) + 80 * dim**2 + 4 * dim
            * (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 + 4 * dim *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 8 * dim *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 84 * dim + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) ** 2 + 4 *
            (dim // ((dim // (dim // n_head)) ** 2)) * (dim // (dim // n_head)) + 4 *
            (dim // (dim // (dim // n_head))) * (dim // (dim // n_head)) + 8)
        if dim // (dim // n_head) != dim: max(224 * dim**2 + 224 * dim + 52, 20 * batch * dim *
            seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8, 24 * batch * dim * seq_len +
            16 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8, 28
            * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 84 *
            dim**2 + 84 * dim + 8, 52 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 +
            16 * batch * seq_len + 80 * dim**2 + 72 * dim + 8, 144 * batch * dim * seq_len + 12 *
            batch * n_head * seq_len**2 + 16 * batch * seq_len + 64 * dim**2 + 56 * dim + 8)
        otherwise: max(224 * dim**2 + 224 * dim + 52, 20 * batch * dim * seq_len + 8 * batch *
            seq_len + 96 * dim**2 + 96 * dim + 8, 12 * batch * dim * seq_len**2 + 52 * batch * dim *
            seq_len + 16 * batch * seq_len + 80 * dim**2 + 72 * dim + 8, 12 * batch * dim *
            seq_len**2 + 144 * batch * dim * seq_len + 16 * batch * seq_len + 64 * dim**2 + 56 * dim
            + 8, 16 * batch * dim * seq_len**2 + 24 * batch * dim * seq_len + 8 * batch * seq_len +
            84 * dim**2 + 84 * dim + 8)
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
        return again(transformer_gpt2_block_default_peak_bytes, KEY, _DOMAIN, locals())
    dim_div_n_head = dim // n_head
    if optimizer == "sgd":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if seq_len == 1 and batch != 1 and dim != 1 and dim // dim_div_n_head == 1:
            return max(
                16 * batch * dim
                + 4 * batch * (dim // dim_div_n_head)
                + 12 * batch
                + 48 * dim**2
                + 52 * dim,
                48 * batch * dim
                + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 28 * batch
                + 80 * dim**2
                + 72 * dim
                + 8,
                140 * batch * dim
                + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 28 * batch
                + 64 * dim**2
                + 56 * dim
                + 8,
                24 * batch * dim
                + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 20 * batch
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 8,
                16 * batch * dim
                + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 8 * batch * (dim // (dim // dim_div_n_head))
                + 12 * batch
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 8,
                20 * batch * dim
                + 4 * batch * (dim // dim_div_n_head) ** 2
                + 4 * batch * (dim // (dim // dim_div_n_head))
                + 20 * batch
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 8,
                4 * batch * dim
                + 4 * batch * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 8 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 12 * batch * (dim // (dim // dim_div_n_head))
                + 8 * batch
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 8,
                4 * batch * dim
                + 8 * batch
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 8 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 4 * dim * (dim // (dim // dim_div_n_head))
                + 92 * dim
                + 4 * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 4 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 4 * (dim // (dim // dim_div_n_head))
                + 8,
                8 * batch * dim
                + 4 * batch * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 4 * batch * (dim // (dim // dim_div_n_head))
                + 8 * batch
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 8 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 4 * dim * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 4 * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 4 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 4 * (dim // (dim // dim_div_n_head))
                + 8,
            )
        if seq_len == 1 and dim >= 2 and dim // dim_div_n_head == 1:
            return max(
                48 * dim**2 + 68 * dim + 4 * (dim // dim_div_n_head) + 12,
                64 * dim**2
                + 196 * dim
                + 4 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 36,
                80 * dim**2
                + 120 * dim
                + 4 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 36,
                80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 108 * dim
                + 4 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 28,
                80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 100 * dim
                + 4 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 8 * (dim // (dim // dim_div_n_head))
                + 20,
                80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 104 * dim
                + 4 * (dim // dim_div_n_head) ** 2
                + 4 * (dim // (dim // dim_div_n_head))
                + 28,
                80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 8 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 4 * dim * (dim // (dim // dim_div_n_head))
                + 92 * dim
                + 8 * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 8 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 8 * (dim // (dim // dim_div_n_head))
                + 16,
                80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 8 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 4 * dim * (dim // (dim // dim_div_n_head))
                + 96 * dim
                + 4 * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 4 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 4 * (dim // (dim // dim_div_n_head))
                + 16,
            )
        if dim >= 2 and dim // dim_div_n_head == 1:
            return max(
                48 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head)) * seq_len
                + 16 * batch * seq_len
                + 80 * dim**2
                + 72 * dim
                + 8,
                140 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head)) * seq_len
                + 16 * batch * seq_len
                + 64 * dim**2
                + 56 * dim
                + 8,
                24 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head)) * seq_len
                + 8 * batch * seq_len
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 8,
                16 * batch * dim * seq_len
                + 4 * batch * (dim // dim_div_n_head) * seq_len**2
                + 8 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head)) * seq_len
                + 4 * batch * (dim // (dim // dim_div_n_head)) * seq_len
                + 8 * batch * seq_len
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 8,
                16 * batch * dim * seq_len
                + 8 * batch * (dim // dim_div_n_head) * seq_len**2
                + 4 * batch * seq_len**2
                + 4 * batch * (dim // (dim // dim_div_n_head)) * seq_len
                + 8 * batch * seq_len
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 8,
                20 * batch * dim * seq_len
                + 4 * batch * (dim // dim_div_n_head) ** 2 * seq_len**2
                + 12 * batch * seq_len**2
                + 4 * batch * (dim // (dim // dim_div_n_head)) * seq_len
                + 8 * batch * seq_len
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 8,
                16 * batch * dim * seq_len
                + 4 * batch * (dim // dim_div_n_head) ** 2 * seq_len**2
                + 4 * batch * (dim // dim_div_n_head) * seq_len**2
                + 8 * batch * seq_len**2
                + 4 * batch * (dim // (dim // dim_div_n_head)) * seq_len
                + 8 * batch * seq_len
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 8,
                4 * batch * dim * seq_len
                + 8 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head)) * seq_len
                + 4 * batch * (dim // (dim // dim_div_n_head)) * seq_len
                + 8 * batch * seq_len
                + 4
                * batch
                * (dim // dim_div_n_head) ** 2
                * (dim // (dim // dim_div_n_head))
                * (seq_len // (dim // dim_div_n_head))
                + 4
                * batch
                * (dim // dim_div_n_head)
                * (dim // ((dim // dim_div_n_head) ** 2))
                * (seq_len // (dim // dim_div_n_head))
                + 4
                * batch
                * (dim // dim_div_n_head)
                * (dim // (dim // dim_div_n_head))
                * (seq_len // (dim // dim_div_n_head))
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 8,
                4 * batch * dim * (seq_len // (dim // dim_div_n_head))
                + 8 * batch * seq_len
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) ** 2 * (dim // (dim // dim_div_n_head))
                + 4 * dim * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 8 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 92 * dim
                + 4 * (dim // dim_div_n_head) ** 2 * (dim // (dim // dim_div_n_head))
                + 4 * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 4 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 8,
                4 * batch * dim * seq_len
                + 4 * batch * dim * (seq_len // (dim // dim_div_n_head))
                + 8 * batch * seq_len
                + 4
                * batch
                * (dim // dim_div_n_head) ** 2
                * (dim // (dim // dim_div_n_head))
                * (seq_len // (dim // dim_div_n_head))
                + 4
                * batch
                * (dim // dim_div_n_head)
                * (dim // ((dim // dim_div_n_head) ** 2))
                * (seq_len // (dim // dim_div_n_head))
                + 4
                * batch
                * (dim // dim_div_n_head)
                * (dim // (dim // dim_div_n_head))
                * (seq_len // (dim // dim_div_n_head))
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) ** 2 * (dim // (dim // dim_div_n_head))
                + 4 * dim * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 8 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 4 * (dim // dim_div_n_head) ** 2 * (dim // (dim // dim_div_n_head))
                + 4 * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 4 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 8,
            )
        if dim // dim_div_n_head != dim:
            return max(
                20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
                24 * batch * dim * seq_len
                + 16 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 84 * dim**2
                + 84 * dim
                + 8,
                28 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 84 * dim**2
                + 84 * dim
                + 8,
                52 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 16 * batch * seq_len
                + 80 * dim**2
                + 72 * dim
                + 8,
                144 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 16 * batch * seq_len
                + 64 * dim**2
                + 56 * dim
                + 8,
            )
        return max(
            20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
            12 * batch * dim * seq_len**2
            + 52 * batch * dim * seq_len
            + 16 * batch * seq_len
            + 80 * dim**2
            + 72 * dim
            + 8,
            12 * batch * dim * seq_len**2
            + 144 * batch * dim * seq_len
            + 16 * batch * seq_len
            + 64 * dim**2
            + 56 * dim
            + 8,
            16 * batch * dim * seq_len**2
            + 24 * batch * dim * seq_len
            + 8 * batch * seq_len
            + 84 * dim**2
            + 84 * dim
            + 8,
        )
    if optimizer == "sgd_momentum":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if seq_len == 1 and batch != 1 and dim != 1 and dim // dim_div_n_head == 1:
            return max(
                16 * batch * dim
                + 4 * batch * (dim // dim_div_n_head)
                + 12 * batch
                + 48 * dim**2
                + 52 * dim,
                48 * batch * dim
                + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 28 * batch
                + 80 * dim**2
                + 72 * dim
                + 8,
                140 * batch * dim
                + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 28 * batch
                + 64 * dim**2
                + 56 * dim
                + 8,
                24 * batch * dim
                + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 20 * batch
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 8,
                16 * batch * dim
                + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 8 * batch * (dim // (dim // dim_div_n_head))
                + 12 * batch
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 8,
                20 * batch * dim
                + 4 * batch * (dim // dim_div_n_head) ** 2
                + 4 * batch * (dim // (dim // dim_div_n_head))
                + 20 * batch
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 8,
                4 * batch * dim
                + 4 * batch * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 8 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 12 * batch * (dim // (dim // dim_div_n_head))
                + 8 * batch
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 8,
                112 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 12 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 4 * dim * (dim // (dim // dim_div_n_head))
                + 4
                * dim
                * max(
                    1,
                    (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                    + (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                    + dim // (dim // dim_div_n_head),
                )
                + 132 * dim
                + 12 * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 12 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 12 * (dim // (dim // dim_div_n_head))
                - 4
                * max(
                    1,
                    (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                    + (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                    + dim // (dim // dim_div_n_head),
                )
                + 4,
                4 * batch * dim
                + 8 * batch
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 8 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 4 * dim * (dim // (dim // dim_div_n_head))
                + 92 * dim
                + 4 * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 4 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 4 * (dim // (dim // dim_div_n_head))
                + 8,
                8 * batch * dim
                + 4 * batch * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 4 * batch * (dim // (dim // dim_div_n_head))
                + 8 * batch
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 8 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 4 * dim * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 4 * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 4 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 4 * (dim // (dim // dim_div_n_head))
                + 8,
            )
        if seq_len == 1 and dim >= 2 and dim // dim_div_n_head == 1:
            return max(
                48 * dim**2 + 68 * dim + 4 * (dim // dim_div_n_head) + 12,
                64 * dim**2
                + 196 * dim
                + 4 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 36,
                80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 104 * dim
                + 4 * (dim // dim_div_n_head) ** 2
                + 4 * (dim // (dim // dim_div_n_head))
                + 28,
                112 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 12 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 4 * dim * (dim // (dim // dim_div_n_head))
                + 4
                * dim
                * max(
                    1,
                    (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                    + (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                    + dim // (dim // dim_div_n_head),
                )
                + 132 * dim
                + 12 * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 12 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 12 * (dim // (dim // dim_div_n_head))
                - 4
                * max(
                    1,
                    (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                    + (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                    + dim // (dim // dim_div_n_head),
                )
                + 4,
            )
        if dim >= 2 and dim // dim_div_n_head == 1:
            return max(
                48 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head)) * seq_len
                + 16 * batch * seq_len
                + 80 * dim**2
                + 72 * dim
                + 8,
                140 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head)) * seq_len
                + 16 * batch * seq_len
                + 64 * dim**2
                + 56 * dim
                + 8,
                24 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head)) * seq_len
                + 8 * batch * seq_len
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 8,
                16 * batch * dim * seq_len
                + 4 * batch * (dim // dim_div_n_head) * seq_len**2
                + 8 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head)) * seq_len
                + 4 * batch * (dim // (dim // dim_div_n_head)) * seq_len
                + 8 * batch * seq_len
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 8,
                16 * batch * dim * seq_len
                + 8 * batch * (dim // dim_div_n_head) * seq_len**2
                + 4 * batch * seq_len**2
                + 4 * batch * (dim // (dim // dim_div_n_head)) * seq_len
                + 8 * batch * seq_len
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 8,
                20 * batch * dim * seq_len
                + 4 * batch * (dim // dim_div_n_head) ** 2 * seq_len**2
                + 12 * batch * seq_len**2
                + 4 * batch * (dim // (dim // dim_div_n_head)) * seq_len
                + 8 * batch * seq_len
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 8,
                16 * batch * dim * seq_len
                + 4 * batch * (dim // dim_div_n_head) ** 2 * seq_len**2
                + 4 * batch * (dim // dim_div_n_head) * seq_len**2
                + 8 * batch * seq_len**2
                + 4 * batch * (dim // (dim // dim_div_n_head)) * seq_len
                + 8 * batch * seq_len
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 8,
                112 * dim**2
                + 4 * dim * (dim // dim_div_n_head) ** 2 * (dim // (dim // dim_div_n_head))
                + 4 * dim * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 12 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 4
                * dim
                * max(
                    1,
                    (dim // dim_div_n_head) ** 2 * (dim // (dim // dim_div_n_head))
                    + (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                    + (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head)),
                )
                + 132 * dim
                + 12 * (dim // dim_div_n_head) ** 2 * (dim // (dim // dim_div_n_head))
                + 12 * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 12 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                - 4
                * max(
                    1,
                    (dim // dim_div_n_head) ** 2 * (dim // (dim // dim_div_n_head))
                    + (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                    + (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head)),
                )
                + 4,
                4 * batch * dim * seq_len
                + 8 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head)) * seq_len
                + 4 * batch * (dim // (dim // dim_div_n_head)) * seq_len
                + 8 * batch * seq_len
                + 4
                * batch
                * (dim // dim_div_n_head) ** 2
                * (dim // (dim // dim_div_n_head))
                * (seq_len // (dim // dim_div_n_head))
                + 4
                * batch
                * (dim // dim_div_n_head)
                * (dim // ((dim // dim_div_n_head) ** 2))
                * (seq_len // (dim // dim_div_n_head))
                + 4
                * batch
                * (dim // dim_div_n_head)
                * (dim // (dim // dim_div_n_head))
                * (seq_len // (dim // dim_div_n_head))
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 8,
                4 * batch * dim * (seq_len // (dim // dim_div_n_head))
                + 8 * batch * seq_len
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) ** 2 * (dim // (dim // dim_div_n_head))
                + 4 * dim * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 8 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 92 * dim
                + 4 * (dim // dim_div_n_head) ** 2 * (dim // (dim // dim_div_n_head))
                + 4 * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 4 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 8,
                4 * batch * dim * seq_len
                + 4 * batch * dim * (seq_len // (dim // dim_div_n_head))
                + 8 * batch * seq_len
                + 4
                * batch
                * (dim // dim_div_n_head) ** 2
                * (dim // (dim // dim_div_n_head))
                * (seq_len // (dim // dim_div_n_head))
                + 4
                * batch
                * (dim // dim_div_n_head)
                * (dim // ((dim // dim_div_n_head) ** 2))
                * (seq_len // (dim // dim_div_n_head))
                + 4
                * batch
                * (dim // dim_div_n_head)
                * (dim // (dim // dim_div_n_head))
                * (seq_len // (dim // dim_div_n_head))
                + 80 * dim**2
                + 4 * dim * (dim // dim_div_n_head) ** 2 * (dim // (dim // dim_div_n_head))
                + 4 * dim * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 8 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 84 * dim
                + 4 * (dim // dim_div_n_head) ** 2 * (dim // (dim // dim_div_n_head))
                + 4 * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
                + 4 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
                + 8,
            )
        if dim // dim_div_n_head != dim:
            return max(
                144 * dim**2 + 156 * dim + 4,
                20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
                24 * batch * dim * seq_len
                + 16 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 84 * dim**2
                + 84 * dim
                + 8,
                28 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 84 * dim**2
                + 84 * dim
                + 8,
                52 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 16 * batch * seq_len
                + 80 * dim**2
                + 72 * dim
                + 8,
                144 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 16 * batch * seq_len
                + 64 * dim**2
                + 56 * dim
                + 8,
            )
        return max(
            144 * dim**2 + 156 * dim + 4,
            20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
            12 * batch * dim * seq_len**2
            + 52 * batch * dim * seq_len
            + 16 * batch * seq_len
            + 80 * dim**2
            + 72 * dim
            + 8,
            12 * batch * dim * seq_len**2
            + 144 * batch * dim * seq_len
            + 16 * batch * seq_len
            + 64 * dim**2
            + 56 * dim
            + 8,
            16 * batch * dim * seq_len**2
            + 24 * batch * dim * seq_len
            + 8 * batch * seq_len
            + 84 * dim**2
            + 84 * dim
            + 8,
        )
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if seq_len == 1 and batch != 1 and dim != 1 and dim // dim_div_n_head == 1:
        return max(
            16 * batch * dim
            + 4 * batch * (dim // dim_div_n_head)
            + 12 * batch
            + 48 * dim**2
            + 52 * dim,
            48 * batch * dim
            + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 28 * batch
            + 80 * dim**2
            + 72 * dim
            + 8,
            140 * batch * dim
            + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 28 * batch
            + 64 * dim**2
            + 56 * dim
            + 8,
            24 * batch * dim
            + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 20 * batch
            + 80 * dim**2
            + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 84 * dim
            + 8,
            16 * batch * dim
            + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 8 * batch * (dim // (dim // dim_div_n_head))
            + 12 * batch
            + 80 * dim**2
            + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 84 * dim
            + 8,
            20 * batch * dim
            + 4 * batch * (dim // dim_div_n_head) ** 2
            + 4 * batch * (dim // (dim // dim_div_n_head))
            + 20 * batch
            + 80 * dim**2
            + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 84 * dim
            + 8,
            208 * dim**2
            + 4 * dim * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
            + 8 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 4 * dim * (dim // (dim // dim_div_n_head))
            + 212 * dim
            + 4 * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
            + 4 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 4 * (dim // (dim // dim_div_n_head))
            + 52,
            4 * batch * dim
            + 4 * batch * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
            + 8 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 12 * batch * (dim // (dim // dim_div_n_head))
            + 8 * batch
            + 80 * dim**2
            + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 84 * dim
            + 8,
            4 * batch * dim
            + 8 * batch
            + 80 * dim**2
            + 4 * dim * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
            + 8 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 4 * dim * (dim // (dim // dim_div_n_head))
            + 92 * dim
            + 4 * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
            + 4 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 4 * (dim // (dim // dim_div_n_head))
            + 8,
            8 * batch * dim
            + 4 * batch * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
            + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 4 * batch * (dim // (dim // dim_div_n_head))
            + 8 * batch
            + 80 * dim**2
            + 4 * dim * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
            + 8 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 4 * dim * (dim // (dim // dim_div_n_head))
            + 84 * dim
            + 4 * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
            + 4 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 4 * (dim // (dim // dim_div_n_head))
            + 8,
        )
    if seq_len == 1 and dim >= 2 and dim // dim_div_n_head == 1:
        return max(
            48 * dim**2 + 68 * dim + 4 * (dim // dim_div_n_head) + 12,
            80 * dim**2
            + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 104 * dim
            + 4 * (dim // dim_div_n_head) ** 2
            + 4 * (dim // (dim // dim_div_n_head))
            + 28,
            80 * dim**2
            + 4 * dim * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
            + 8 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 4 * dim * (dim // (dim // dim_div_n_head))
            + 92 * dim
            + 8 * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
            + 8 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 8 * (dim // (dim // dim_div_n_head))
            + 16,
            208 * dim**2
            + 4 * dim * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
            + 8 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 4 * dim * (dim // (dim // dim_div_n_head))
            + 212 * dim
            + 4 * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
            + 4 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 4 * (dim // (dim // dim_div_n_head))
            + 52,
        )
    if dim >= 2 and dim // dim_div_n_head == 1:
        return max(
            48 * batch * dim * seq_len
            + 12 * batch * seq_len**2
            + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head)) * seq_len
            + 16 * batch * seq_len
            + 80 * dim**2
            + 72 * dim
            + 8,
            140 * batch * dim * seq_len
            + 12 * batch * seq_len**2
            + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head)) * seq_len
            + 16 * batch * seq_len
            + 64 * dim**2
            + 56 * dim
            + 8,
            24 * batch * dim * seq_len
            + 12 * batch * seq_len**2
            + 4 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head)) * seq_len
            + 8 * batch * seq_len
            + 80 * dim**2
            + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 84 * dim
            + 8,
            208 * dim**2
            + 4 * dim * (dim // dim_div_n_head) ** 2 * (dim // (dim // dim_div_n_head))
            + 4 * dim * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
            + 8 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 212 * dim
            + 4 * (dim // dim_div_n_head) ** 2 * (dim // (dim // dim_div_n_head))
            + 4 * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
            + 4 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 52,
            16 * batch * dim * seq_len
            + 4 * batch * (dim // dim_div_n_head) * seq_len**2
            + 8 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head)) * seq_len
            + 4 * batch * (dim // (dim // dim_div_n_head)) * seq_len
            + 8 * batch * seq_len
            + 80 * dim**2
            + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 84 * dim
            + 8,
            16 * batch * dim * seq_len
            + 8 * batch * (dim // dim_div_n_head) * seq_len**2
            + 4 * batch * seq_len**2
            + 4 * batch * (dim // (dim // dim_div_n_head)) * seq_len
            + 8 * batch * seq_len
            + 80 * dim**2
            + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 84 * dim
            + 8,
            20 * batch * dim * seq_len
            + 4 * batch * (dim // dim_div_n_head) ** 2 * seq_len**2
            + 12 * batch * seq_len**2
            + 4 * batch * (dim // (dim // dim_div_n_head)) * seq_len
            + 8 * batch * seq_len
            + 80 * dim**2
            + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 84 * dim
            + 8,
            16 * batch * dim * seq_len
            + 4 * batch * (dim // dim_div_n_head) ** 2 * seq_len**2
            + 4 * batch * (dim // dim_div_n_head) * seq_len**2
            + 8 * batch * seq_len**2
            + 4 * batch * (dim // (dim // dim_div_n_head)) * seq_len
            + 8 * batch * seq_len
            + 80 * dim**2
            + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 84 * dim
            + 8,
            4 * batch * dim * seq_len
            + 8 * batch * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head)) * seq_len
            + 4 * batch * (dim // (dim // dim_div_n_head)) * seq_len
            + 8 * batch * seq_len
            + 4
            * batch
            * (dim // dim_div_n_head) ** 2
            * (dim // (dim // dim_div_n_head))
            * (seq_len // (dim // dim_div_n_head))
            + 4
            * batch
            * (dim // dim_div_n_head)
            * (dim // ((dim // dim_div_n_head) ** 2))
            * (seq_len // (dim // dim_div_n_head))
            + 4
            * batch
            * (dim // dim_div_n_head)
            * (dim // (dim // dim_div_n_head))
            * (seq_len // (dim // dim_div_n_head))
            + 80 * dim**2
            + 4 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 84 * dim
            + 8,
            4 * batch * dim * (seq_len // (dim // dim_div_n_head))
            + 8 * batch * seq_len
            + 80 * dim**2
            + 4 * dim * (dim // dim_div_n_head) ** 2 * (dim // (dim // dim_div_n_head))
            + 4 * dim * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
            + 8 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 92 * dim
            + 4 * (dim // dim_div_n_head) ** 2 * (dim // (dim // dim_div_n_head))
            + 4 * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
            + 4 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 8,
            4 * batch * dim * seq_len
            + 4 * batch * dim * (seq_len // (dim // dim_div_n_head))
            + 8 * batch * seq_len
            + 4
            * batch
            * (dim // dim_div_n_head) ** 2
            * (dim // (dim // dim_div_n_head))
            * (seq_len // (dim // dim_div_n_head))
            + 4
            * batch
            * (dim // dim_div_n_head)
            * (dim // ((dim // dim_div_n_head) ** 2))
            * (seq_len // (dim // dim_div_n_head))
            + 4
            * batch
            * (dim // dim_div_n_head)
            * (dim // (dim // dim_div_n_head))
            * (seq_len // (dim // dim_div_n_head))
            + 80 * dim**2
            + 4 * dim * (dim // dim_div_n_head) ** 2 * (dim // (dim // dim_div_n_head))
            + 4 * dim * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
            + 8 * dim * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 84 * dim
            + 4 * (dim // dim_div_n_head) ** 2 * (dim // (dim // dim_div_n_head))
            + 4 * (dim // dim_div_n_head) * (dim // ((dim // dim_div_n_head) ** 2))
            + 4 * (dim // dim_div_n_head) * (dim // (dim // dim_div_n_head))
            + 8,
        )
    if dim // dim_div_n_head != dim:
        return max(
            224 * dim**2 + 224 * dim + 52,
            20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
            24 * batch * dim * seq_len
            + 16 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 84 * dim**2
            + 84 * dim
            + 8,
            28 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 84 * dim**2
            + 84 * dim
            + 8,
            52 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 80 * dim**2
            + 72 * dim
            + 8,
            144 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 64 * dim**2
            + 56 * dim
            + 8,
        )
    return max(
        224 * dim**2 + 224 * dim + 52,
        20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
        12 * batch * dim * seq_len**2
        + 52 * batch * dim * seq_len
        + 16 * batch * seq_len
        + 80 * dim**2
        + 72 * dim
        + 8,
        12 * batch * dim * seq_len**2
        + 144 * batch * dim * seq_len
        + 16 * batch * seq_len
        + 64 * dim**2
        + 56 * dim
        + 8,
        16 * batch * dim * seq_len**2
        + 24 * batch * dim * seq_len
        + 8 * batch * seq_len
        + 84 * dim**2
        + 84 * dim
        + 8,
    )
