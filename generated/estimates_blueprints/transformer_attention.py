"""transformer/attention: causal multi-head self-attention (SDPA)

GENERATED FILE, do not edit (see the index, which imports this module).

Built by blueprints.transformer.attention(); exact for 1 <= dim <= 65536, 1 <= n_head <= 64.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain transformer/attention.
"""

from __future__ import annotations

from . import again, refused

KEY = "transformer/attention"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "22a006ce4a806bf9"
HYPERPARAMETERS: tuple[str, ...] = ("n_head",)
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "n_head": (1, 64),
    "batch": (1, 65536),
    "seq_len": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}
_NO_MODULE = (
    "the factory raises ValueError where dim % n_head != 0 (blueprints/transformer.py, in __init__)"
)


def _no_module(dim: int, n_head: int) -> bool:
    return dim % n_head != 0


def transformer_attention_params(dim: int, *, n_head: int = 4) -> int:
    """Parameters of transformer/attention.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 4 * dim**2 + 4 * dim

    Per submodule:
        otherwise:
            body.qkv (Linear): 3 * dim**2 + 3 * dim
            body.proj (Linear): dim**2 + dim
    """
    if not (type(dim) is type(n_head) is int and 1 <= dim <= 65536 and 1 <= n_head <= 64):
        return again(transformer_attention_params, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 4 * dim**2 + 4 * dim


def transformer_attention_buffers(dim: int, *, n_head: int = 4) -> int:
    """Buffer elements of transformer/attention.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (type(dim) is type(n_head) is int and 1 <= dim <= 65536 and 1 <= n_head <= 64):
        return again(transformer_attention_buffers, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 0


def transformer_attention_training_state_bytes(
    dim: int, *, optimizer: str = "adam", n_head: int = 4
) -> int:
    """Training state bytes of transformer/attention.

    if optimizer == 'sgd':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 32 * dim**2 + 32 * dim

    if optimizer == 'sgd_momentum':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 48 * dim**2 + 48 * dim

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 64 * dim**2 + 64 * dim + 16
    """
    if not (
        type(dim) is type(n_head) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 64
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_attention_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        return 32 * dim**2 + 32 * dim
    if optimizer == "sgd_momentum":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        return 48 * dim**2 + 48 * dim
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 64 * dim**2 + 64 * dim + 16


def transformer_attention_forward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward FLOPs of transformer/attention.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 8 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 64
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_attention_forward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return 8 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2


def transformer_attention_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward FLOPs of transformer/attention.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 16 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 64
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_attention_backward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return 16 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2


def transformer_attention_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward elementwise operations of transformer/attention.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: batch * dim * seq_len
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 64
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_attention_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return batch * dim * seq_len


def transformer_attention_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward elementwise operations of transformer/attention.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 5 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 64
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_attention_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return 5 * batch * dim * seq_len


def transformer_attention_activation_bytes(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Activation bytes of transformer/attention.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 20 * batch * dim * seq_len + 4 * batch * n_head * seq_len
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 64
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_attention_activation_bytes, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return 20 * batch * dim * seq_len + 4 * batch * n_head * seq_len


def transformer_attention_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Peak bytes of a training step of transformer/attention.

    if optimizer == 'sgd':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: max(16 * batch * dim * seq_len + 32 * dim**2 + 32 * dim + 8, 36 * batch * dim *
            seq_len + 4 * batch * n_head * seq_len + 20 * dim**2 + 20 * dim + 8)

    if optimizer == 'sgd_momentum':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: max(4 * batch * dim * seq_len + 48 * dim**2 + 48 * dim + 4, 16 * batch * dim *
            seq_len + 32 * dim**2 + 32 * dim + 8, 36 * batch * dim * seq_len + 4 * batch * n_head *
            seq_len + 20 * dim**2 + 20 * dim + 8)

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: max(4 * batch * dim * seq_len + 76 * dim**2 + 88 * dim + 20, 4 * batch * dim *
            seq_len + 88 * dim**2 + 64 * dim + 20, 16 * batch * dim * seq_len + 32 * dim**2 + 32 *
            dim + 8, 36 * batch * dim * seq_len + 4 * batch * n_head * seq_len + 20 * dim**2 + 20 *
            dim + 8)
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 64
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_attention_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        return max(
            16 * batch * dim * seq_len + 32 * dim**2 + 32 * dim + 8,
            36 * batch * dim * seq_len + 4 * batch * n_head * seq_len + 20 * dim**2 + 20 * dim + 8,
        )
    if optimizer == "sgd_momentum":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        return max(
            4 * batch * dim * seq_len + 48 * dim**2 + 48 * dim + 4,
            16 * batch * dim * seq_len + 32 * dim**2 + 32 * dim + 8,
            36 * batch * dim * seq_len + 4 * batch * n_head * seq_len + 20 * dim**2 + 20 * dim + 8,
        )
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return max(
        4 * batch * dim * seq_len + 76 * dim**2 + 88 * dim + 20,
        4 * batch * dim * seq_len + 88 * dim**2 + 64 * dim + 20,
        16 * batch * dim * seq_len + 32 * dim**2 + 32 * dim + 8,
        36 * batch * dim * seq_len + 4 * batch * n_head * seq_len + 20 * dim**2 + 20 * dim + 8,
    )
