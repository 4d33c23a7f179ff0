"""transformer/mha_kdim: x + MultiheadAttention(x, kv, kv), kv = Linear(dim, 2 dim)(x), kdim = vdim
= 2 dim, with the averaged attention weights

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.mha_kdim(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain transformer/mha_kdim.
"""

from __future__ import annotations

from . import again, refused

KEY = "transformer/mha_kdim"
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
    "the factory raises AssertionError where (dim // n_head) * n_head != dim "
    "(zoo/torch_layers.py, in __init__)"
)


def _no_module(dim: int, n_head: int) -> bool:
    return (dim // n_head) * n_head != dim


def transformer_mha_kdim_params(dim: int, *, n_head: int = 4) -> int:
    """Parameters of transformer/mha_kdim.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 8 * dim**2 + 6 * dim

    Per submodule:
        otherwise:
            kv (Linear): 2 * dim**2 + 2 * dim
            attn (MultiheadAttention): 5 * dim**2 + 3 * dim
            attn.out_proj (NonDynamicallyQuantizableLinear): dim**2 + dim
    """
    if not (type(dim) is type(n_head) is int and 1 <= dim <= 65536 and 1 <= n_head <= 8):
        return again(transformer_mha_kdim_params, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 8 * dim**2 + 6 * dim


def transformer_mha_kdim_buffers(dim: int, *, n_head: int = 4) -> int:
    """Buffer elements of transformer/mha_kdim.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (type(dim) is type(n_head) is int and 1 <= dim <= 65536 and 1 <= n_head <= 8):
        return again(transformer_mha_kdim_buffers, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 0


def transformer_mha_kdim_training_state_bytes(
    dim: int, *, optimizer: str = "adam", n_head: int = 4
) -> int:
    """Training state bytes of transformer/mha_kdim.

    if optimizer == 'sgd':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 64 * dim**2 + 48 * dim

    if optimizer == 'sgd_momentum':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 96 * dim**2 + 72 * dim

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 128 * dim**2 + 96 * dim + 32
    """
    if not (
        type(dim) is type(n_head) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_mha_kdim_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        return 64 * dim**2 + 48 * dim
    if optimizer == "sgd_momentum":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        return 96 * dim**2 + 72 * dim
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 128 * dim**2 + 96 * dim + 32


def transformer_mha_kdim_forward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward FLOPs of transformer/mha_kdim.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if seq_len == 1 and batch != 1 and dim != 1 and batch * dim == batch * n_head: 16 * batch *
        n_head**2 + 4 * batch * n_head
    otherwise: 16 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_mha_kdim_forward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if seq_len == 1 and batch != 1 and dim != 1 and batch * dim == batch * n_head:
        return 16 * batch * n_head**2 + 4 * batch * n_head
    return 16 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2


def transformer_mha_kdim_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward FLOPs of transformer/mha_kdim.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if seq_len == 1 and batch != 1 and dim != 1 and batch * dim == batch * n_head: 32 * batch *
        n_head**2 + 8 * batch * n_head
    otherwise: 32 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_mha_kdim_backward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if seq_len == 1 and batch != 1 and dim != 1 and batch * dim == batch * n_head:
        return 32 * batch * n_head**2 + 8 * batch * n_head
    return 32 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2


def transformer_mha_kdim_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward elementwise operations of transformer/mha_kdim.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if seq_len == 1 and batch != 1 and dim != 1 and batch * dim == batch * n_head: 6 * batch *
        n_head
    if batch > 1 and seq_len > 1 and batch * n_head != batch: 5 * batch * dim * seq_len + 4 * batch
        * n_head * seq_len**2
    if batch > 1 and seq_len > 1: 5 * batch * dim * seq_len + 4 * batch * seq_len**2
    if batch >= 2 and batch * n_head == batch: 2 * batch * dim + 4 * batch
    if seq_len != 1: 2 * dim * seq_len + 4 * n_head * seq_len**2
    otherwise: 2 * batch * dim + 4 * batch * n_head
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_mha_kdim_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if seq_len == 1 and batch != 1 and dim != 1 and batch * dim == batch * n_head:
        return 6 * batch * n_head
    if batch > 1 and seq_len > 1 and batch * n_head != batch:
        return 5 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2
    if batch > 1 and seq_len > 1:
        return 5 * batch * dim * seq_len + 4 * batch * seq_len**2
    if batch >= 2 and batch * n_head == batch:
        return 2 * batch * dim + 4 * batch
    if seq_len != 1:
        return 2 * dim * seq_len + 4 * n_head * seq_len**2
    return 2 * batch * dim + 4 * batch * n_head


def transformer_mha_kdim_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward elementwise operations of transformer/mha_kdim.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if seq_len == 1 and batch != 1 and dim != 1 and batch * dim == batch * n_head: 14 * batch *
        n_head
    if batch != 1 and batch * n_head == batch: 11 * batch * dim * seq_len + 3 * batch * seq_len**2
    otherwise: 11 * batch * dim * seq_len + 3 * batch * n_head * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_mha_kdim_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if seq_len == 1 and batch != 1 and dim != 1 and batch * dim == batch * n_head:
        return 14 * batch * n_head
    if batch != 1 and batch * n_head == batch:
        return 11 * batch * dim * seq_len + 3 * batch * seq_len**2
    return 11 * batch * dim * seq_len + 3 * batch * n_head * seq_len**2


def transformer_mha_kdim_activation_bytes(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Activation bytes of transformer/mha_kdim.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if seq_len == 1 and batch != 1 and dim != 1 and batch * dim == batch * n_head: 32 * batch *
        n_head
    if batch > 1 and seq_len > 1 and batch * n_head != batch: 40 * batch * dim * seq_len + 4 * batch
        * n_head * seq_len**2
    if batch > 1 and seq_len > 1: 40 * batch * dim * seq_len + 4 * batch * seq_len**2
    if batch >= 2 and batch * n_head == batch: 28 * batch * dim + 4 * batch
    if seq_len != 1: 28 * dim * seq_len + 4 * n_head * seq_len**2
    otherwise: 28 * batch * dim + 4 * batch * n_head
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_mha_kdim_activation_bytes, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if seq_len == 1 and batch != 1 and dim != 1 and batch * dim == batch * n_head:
        return 32 * batch * n_head
    if batch > 1 and seq_len > 1 and batch * n_head != batch:
        return 40 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2
    if batch > 1 and seq_len > 1:
        return 40 * batch * dim * seq_len + 4 * batch * seq_len**2
    if batch >= 2 and batch * n_head == batch:
        return 28 * batch * dim + 4 * batch
    if seq_len != 1:
        return 28 * dim * seq_len + 4 * n_head * seq_len**2
    return 28 * batch * dim + 4 * batch * n_head


def transformer_mha_kdim_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Peak bytes of a training step of transformer/mha_kdim.

    if optimizer == 'sgd':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if seq_len == 1 and batch != 1 and dim != 1 and batch * dim == batch * n_head: max(12 *
            batch * n_head + 64 * n_head**2 + 48 * n_head + 8, 16 * batch * n_head + 56 * n_head**2
            + 40 * n_head + 8, 36 * batch * n_head + 52 * n_head**2 + 36 * n_head + 8, 40 * batch *
            n_head + 4 * batch + 32 * n_head**2 + 24 * n_head, 40 * batch * n_head + 36 * n_head**2
            + 28 * n_head + 8)
        if batch > 1 and seq_len > 1 and batch * n_head != batch: max(12 * batch * dim * seq_len +
            64 * dim**2 + 48 * dim + 8, 20 * batch * dim * seq_len + 56 * dim**2 + 40 * dim + 8, 40
            * batch * dim * seq_len + 52 * dim**2 + 36 * dim + 8, 44 * batch * dim * seq_len + 44 *
            dim**2 + 32 * dim + 8, 48 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2 + 32
            * dim**2 + 24 * dim, 36 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 36
            * dim**2 + 28 * dim + 8, 44 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2 +
            36 * dim**2 + 28 * dim + 8, 56 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2
            + 4 * batch * seq_len**2 + 32 * dim**2 + 24 * dim)
        if batch > 1 and seq_len > 1: max(12 * batch * dim * seq_len + 64 * dim**2 + 48 * dim + 8,
            20 * batch * dim * seq_len + 56 * dim**2 + 40 * dim + 8, 40 * batch * dim * seq_len + 52
            * dim**2 + 36 * dim + 8, 44 * batch * dim * seq_len + 44 * dim**2 + 32 * dim + 8, 56 *
            batch * dim * seq_len + 8 * batch * seq_len**2 + 32 * dim**2 + 24 * dim, 36 * batch *
            dim * seq_len + 12 * batch * seq_len**2 + 36 * dim**2 + 28 * dim + 8, 44 * batch * dim *
            seq_len + 8 * batch * seq_len**2 + 36 * dim**2 + 28 * dim + 8)
        if batch >= 2 and batch * n_head == batch: max(12 * batch * dim + 64 * dim**2 + 48 * dim +
            8, 16 * batch * dim + 56 * dim**2 + 40 * dim + 8, 36 * batch * dim + 8 * batch + 32 *
            dim**2 + 24 * dim, 36 * batch * dim + 52 * dim**2 + 36 * dim + 8, 32 * batch * dim + 8 *
            batch + 36 * dim**2 + 28 * dim + 8)
        if seq_len != 1: max(52 * dim**2 + 36 * dim * seq_len + 36 * dim + 8, 56 * dim**2 + 16 * dim
            * seq_len + 40 * dim + 8, 64 * dim**2 + 12 * dim * seq_len + 48 * dim + 8, 32 * dim**2 +
            36 * dim * seq_len + 24 * dim + 4 * n_head * seq_len**2 + 4 * seq_len**2, 36 * dim**2 +
            24 * dim * seq_len + 28 * dim + 12 * n_head * seq_len**2 + 8, 36 * dim**2 + 32 * dim *
            seq_len + 28 * dim + 8 * n_head * seq_len**2 + 8)
        otherwise: max(12 * batch * dim + 64 * dim**2 + 48 * dim + 8, 16 * batch * dim + 56 * dim**2
            + 40 * dim + 8, 36 * batch * dim + 52 * dim**2 + 36 * dim + 8, 24 * batch * dim + 12 *
            batch * n_head + 36 * dim**2 + 28 * dim + 8, 32 * batch * dim + 8 * batch * n_head + 36
            * dim**2 + 28 * dim + 8, 36 * batch * dim + 4 * batch * n_head + 4 * batch + 32 * dim**2
            + 24 * dim)

    if optimizer == 'sgd_momentum':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if seq_len == 1 and batch != 1 and dim != 1 and batch * dim == batch * n_head: max(4 * batch
            * n_head + 96 * n_head**2 + 72 * n_head + 4, 12 * batch * n_head + 64 * n_head**2 + 48 *
            n_head + 8, 16 * batch * n_head + 56 * n_head**2 + 40 * n_head + 8, 36 * batch * n_head
            + 52 * n_head**2 + 36 * n_head + 8, 40 * batch * n_head + 4 * batch + 32 * n_head**2 +
            24 * n_head, 40 * batch * n_head + 36 * n_head**2 + 28 * n_head + 8)
        if batch > 1 and seq_len > 1 and batch * n_head == batch: max(4 * batch * dim * seq_len + 96
            * dim**2 + 72 * dim + 4, 12 * batch * dim * seq_len + 64 * dim**2 + 48 * dim + 8, 20 *
            batch * dim * seq_len + 56 * dim**2 + 40 * dim + 8, 40 * batch * dim * seq_len + 52 *
            dim**2 + 36 * dim + 8, 44 * batch * dim * seq_len + 44 * dim**2 + 32 * dim + 8, 56 *
            batch * dim * seq_len + 8 * batch * seq_len**2 + 32 * dim**2 + 24 * dim, 36 * batch *
            dim * seq_len + 12 * batch * seq_len**2 + 36 * dim**2 + 28 * dim + 8, 44 * batch * dim *
            seq_len + 8 * batch * seq_len**2 + 36 * dim**2 + 28 * dim + 8)
        if seq_len == 1 and dim != n_head and n_head != 1: max(4 * batch * dim + 96 * dim**2 + 72 *
            dim + 4, 12 * batch * dim + 64 * dim**2 + 48 * dim + 8, 16 * batch * dim + 56 * dim**2 +
            40 * dim + 8, 36 * batch * dim + 52 * dim**2 + 36 * dim + 8, 24 * batch * dim + 12 *
            batch * n_head + 36 * dim**2 + 28 * dim + 8, 32 * batch * dim + 8 * batch * n_head + 36
            * dim**2 + 28 * dim + 8, 36 * batch * dim + 4 * batch * n_head + 4 * batch + 32 * dim**2
            + 24 * dim)
        if seq_len == 1 and batch >= 2: max(4 * batch * dim + 96 * dim**2 + 72 * dim + 4, 12 * batch
            * dim + 64 * dim**2 + 48 * dim + 8, 16 * batch * dim + 56 * dim**2 + 40 * dim + 8, 36 *
            batch * dim + 8 * batch + 32 * dim**2 + 24 * dim, 36 * batch * dim + 52 * dim**2 + 36 *
            dim + 8, 32 * batch * dim + 8 * batch + 36 * dim**2 + 28 * dim + 8)
        if batch == 1 and seq_len != 1: max(52 * dim**2 + 36 * dim * seq_len + 36 * dim + 8, 56 *
            dim**2 + 16 * dim * seq_len + 40 * dim + 8, 64 * dim**2 + 12 * dim * seq_len + 48 * dim
            + 8, 96 * dim**2 + 4 * dim * seq_len + 72 * dim + 4, 32 * dim**2 + 36 * dim * seq_len +
            24 * dim + 4 * n_head * seq_len**2 + 4 * seq_len**2, 36 * dim**2 + 24 * dim * seq_len +
            28 * dim + 12 * n_head * seq_len**2 + 8, 36 * dim**2 + 32 * dim * seq_len + 28 * dim + 8
            * n_head * seq_len**2 + 8)
        otherwise: max(4 * batch * dim * seq_len + 96 * dim**2 + 72 * dim + 4, 12 * batch * dim *
            seq_len + 64 * dim**2 + 48 * dim + 8, 20 * batch * dim * seq_len + 56 * dim**2 + 40 *
            dim + 8, 40 * batch * dim * seq_len + 52 * dim**2 + 36 * dim + 8, 44 * batch * dim *
            seq_len + 44 * dim**2 + 32 * dim + 8, 48 * batch * dim * seq_len + 8 * batch * n_head *
            seq_len**2 + 32 * dim**2 + 24 * dim, 36 * batch * dim * seq_len + 12 * batch * n_head *
            seq_len**2 + 36 * dim**2 + 28 * dim + 8, 44 * batch * dim * seq_len + 8 * batch * n_head
            * seq_len**2 + 36 * dim**2 + 28 * dim + 8, 56 * batch * dim * seq_len + 4 * batch *
            n_head * seq_len**2 + 4 * batch * seq_len**2 + 32 * dim**2 + 24 * dim)

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if seq_len == 1 and batch != 1 and dim != 1 and batch * dim == batch * n_head: max(4 * batch
            * n_head + 136 * n_head**2 + 120 * n_head + 36, 4 * batch * n_head + 152 * n_head**2 +
            96 * n_head + 36, 12 * batch * n_head + 64 * n_head**2 + 48 * n_head + 8, 16 * batch *
            n_head + 56 * n_head**2 + 40 * n_head + 8, 36 * batch * n_head + 52 * n_head**2 + 36 *
            n_head + 8, 40 * batch * n_head + 4 * batch + 32 * n_head**2 + 24 * n_head, 40 * batch *
            n_head + 36 * n_head**2 + 28 * n_head + 8)
        if batch > 1 and seq_len > 1 and batch * n_head == batch: max(4 * batch * dim * seq_len +
            136 * dim**2 + 120 * dim + 36, 4 * batch * dim * seq_len + 152 * dim**2 + 96 * dim + 36,
            12 * batch * dim * seq_len + 64 * dim**2 + 48 * dim + 8, 20 * batch * dim * seq_len + 56
            * dim**2 + 40 * dim + 8, 40 * batch * dim * seq_len + 52 * dim**2 + 36 * dim + 8, 44 *
            batch * dim * seq_len + 44 * dim**2 + 32 * dim + 8, 56 * batch * dim * seq_len + 8 *
            batch * seq_len**2 + 32 * dim**2 + 24 * dim, 36 * batch * dim * seq_len + 12 * batch *
            seq_len**2 + 36 * dim**2 + 28 * dim + 8, 44 * batch * dim * seq_len + 8 * batch *
            seq_len**2 + 36 * dim**2 + 28 * dim + 8)
        if seq_len == 1 and dim != n_head and n_head != 1: max(4 * batch * dim + 136 * dim**2 + 120
            * dim + 36, 4 * batch * dim + 152 * dim**2 + 96 * dim + 36, 12 * batch * dim + 64 *
            dim**2 + 48 * dim + 8, 16 * batch * dim + 56 * dim**2 + 40 * dim + 8, 36 * batch * dim +
            52 * dim**2 + 36 * dim + 8, 24 * batch * dim + 12 * batch * n_head + 36 * dim**2 + 28 *
            dim + 8, 32 * batch * dim + 8 * batch * n_head + 36 * dim**2 + 28 * dim + 8, 36 * batch
            * dim + 4 * batch * n_head + 4 * batch + 32 * dim**2 + 24 * dim)
        if seq_len == 1 and batch >= 2: max(4 * batch * dim + 136 * dim**2 + 120 * dim + 36, 4 *
            batch * dim + 152 * dim**2 + 96 * dim + 36, 12 * batch * dim + 64 * dim**2 + 48 * dim +
            8, 16 * batch * dim + 56 * dim**2 + 40 * dim + 8, 36 * batch * dim + 8 * batch + 32 *
            dim**2 + 24 * dim, 36 * batch * dim + 52 * dim**2 + 36 * dim + 8, 32 * batch * dim + 8 *
            batch + 36 * dim**2 + 28 * dim + 8)
        if batch == 1 and seq_len != 1: max(52 * dim**2 + 36 * dim * seq_len + 36 * dim + 8, 56 *
            dim**2 + 16 * dim * seq_len + 40 * dim + 8, 64 * dim**2 + 12 * dim * seq_len + 48 * dim
            + 8, 136 * dim**2 + 4 * dim * seq_len + 120 * dim + 36, 152 * dim**2 + 4 * dim * seq_len
            + 96 * dim + 36, 32 * dim**2 + 36 * dim * seq_len + 24 * dim + 4 * n_head * seq_len**2 +
            4 * seq_len**2, 36 * dim**2 + 24 * dim * seq_len + 28 * dim + 12 * n_head * seq_len**2 +
            8, 36 * dim**2 + 32 * dim * seq_len + 28 * dim + 8 * n_head * seq_len**2 + 8)
        otherwise: max(4 * batch * dim * seq_len + 136 * dim**2 + 120 * dim + 36, 4 * batch * dim *
            seq_len + 152 * dim**2 + 96 * dim + 36, 12 * batch * dim * seq_len + 64 * dim**2 + 48 *
            dim + 8, 20 * batch * dim * seq_len + 56 * dim**2 + 40 * dim + 8, 40 * batch * dim *
            seq_len + 52 * dim**2 + 36 * dim + 8, 44 * batch * dim * seq_len + 44 * dim**2 + 32 *
            dim + 8, 48 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2 + 32 * dim**2 + 24
            * dim, 36 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 36 * dim**2 + 28
            * dim + 8, 44 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2 + 36 * dim**2 +
            28 * dim + 8, 56 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2 + 4 * batch *
            seq_len**2 + 32 * dim**2 + 24 * dim)
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
        return again(transformer_mha_kdim_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if seq_len == 1 and batch != 1 and dim != 1 and batch * dim == batch * n_head:
            return max(
                12 * batch * n_head + 64 * n_head**2 + 48 * n_head + 8,
                16 * batch * n_head + 56 * n_head**2 + 40 * n_head + 8,
                36 * batch * n_head + 52 * n_head**2 + 36 * n_head + 8,
                40 * batch * n_head + 4 * batch + 32 * n_head**2 + 24 * n_head,
                40 * batch * n_head + 36 * n_head**2 + 28 * n_head + 8,
            )
        if batch > 1 and seq_len > 1 and batch * n_head != batch:
            return max(
                12 * batch * dim * seq_len + 64 * dim**2 + 48 * dim + 8,
                20 * batch * dim * seq_len + 56 * dim**2 + 40 * dim + 8,
                40 * batch * dim * seq_len + 52 * dim**2 + 36 * dim + 8,
                44 * batch * dim * seq_len + 44 * dim**2 + 32 * dim + 8,
                48 * batch * dim * seq_len
                + 8 * batch * n_head * seq_len**2
                + 32 * dim**2
                + 24 * dim,
                36 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 36 * dim**2
                + 28 * dim
                + 8,
                44 * batch * dim * seq_len
                + 8 * batch * n_head * seq_len**2
                + 36 * dim**2
                + 28 * dim
                + 8,
                56 * batch * dim * seq_len
                + 4 * batch * n_head * seq_len**2
                + 4 * batch * seq_len**2
                + 32 * dim**2
                + 24 * dim,
            )
        if batch > 1 and seq_len > 1:
            return max(
                12 * batch * dim * seq_len + 64 * dim**2 + 48 * dim + 8,
                20 * batch * dim * seq_len + 56 * dim**2 + 40 * dim + 8,
                40 * batch * dim * seq_len + 52 * dim**2 + 36 * dim + 8,
                44 * batch * dim * seq_len + 44 * dim**2 + 32 * dim + 8,
                56 * batch * dim * seq_len + 8 * batch * seq_len**2 + 32 * dim**2 + 24 * dim,
                36 * batch * dim * seq_len + 12 * batch * seq_len**2 + 36 * dim**2 + 28 * dim + 8,
                44 * batch * dim * seq_len + 8 * batch * seq_len**2 + 36 * dim**2 + 28 * dim + 8,
            )
        if batch >= 2 and batch * n_head == batch:
            return max(
                12 * batch * dim + 64 * dim**2 + 48 * dim + 8,
                16 * batch * dim + 56 * dim**2 + 40 * dim + 8,
                36 * batch * dim + 8 * batch + 32 * dim**2 + 24 * dim,
                36 * batch * dim + 52 * dim**2 + 36 * dim + 8,
                32 * batch * dim + 8 * batch + 36 * dim**2 + 28 * dim + 8,
            )
        if seq_len != 1:
            return max(
                52 * dim**2 + 36 * dim * seq_len + 36 * dim + 8,
                56 * dim**2 + 16 * dim * seq_len + 40 * dim + 8,
                64 * dim**2 + 12 * dim * seq_len + 48 * dim + 8,
                32 * dim**2
                + 36 * dim * seq_len
                + 24 * dim
                + 4 * n_head * seq_len**2
                + 4 * seq_len**2,
                36 * dim**2 + 24 * dim * seq_len + 28 * dim + 12 * n_head * seq_len**2 + 8,
                36 * dim**2 + 32 * dim * seq_len + 28 * dim + 8 * n_head * seq_len**2 + 8,
            )
        return max(
            12 * batch * dim + 64 * dim**2 + 48 * dim + 8,
            16 * batch * dim + 56 * dim**2 + 40 * dim + 8,
            36 * batch * dim + 52 * dim**2 + 36 * dim + 8,
            24 * batch * dim + 12 * batch * n_head + 36 * dim**2 + 28 * dim + 8,
            32 * batch * dim + 8 * batch * n_head + 36 * dim**2 + 28 * dim + 8,
            36 * batch * dim + 4 * batch * n_head + 4 * batch + 32 * dim**2 + 24 * dim,
        )
    if optimizer == "sgd_momentum":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if seq_len == 1 and batch != 1 and dim != 1 and batch * dim == batch * n_head:
            return max(
                4 * batch * n_head + 96 * n_head**2 + 72 * n_head + 4,
                12 * batch * n_head + 64 * n_head**2 + 48 * n_head + 8,
                16 * batch * n_head + 56 * n_head**2 + 40 * n_head + 8,
                36 * batch * n_head + 52 * n_head**2 + 36 * n_head + 8,
                40 * batch * n_head + 4 * batch + 32 * n_head**2 + 24 * n_head,
                40 * batch * n_head + 36 * n_head**2 + 28 * n_head + 8,
            )
        if batch > 1 and seq_len > 1 and batch * n_head == batch:
            return max(
                4 * batch * dim * seq_len + 96 * dim**2 + 72 * dim + 4,
                12 * batch * dim * seq_len + 64 * dim**2 + 48 * dim + 8,
                20 * batch * dim * seq_len + 56 * dim**2 + 40 * dim + 8,
                40 * batch * dim * seq_len + 52 * dim**2 + 36 * dim + 8,
                44 * batch * dim * seq_len + 44 * dim**2 + 32 * dim + 8,
                56 * batch * dim * seq_len + 8 * batch * seq_len**2 + 32 * dim**2 + 24 * dim,
                36 * batch * dim * seq_len + 12 * batch * seq_len**2 + 36 * dim**2 + 28 * dim + 8,
                44 * batch * dim * seq_len + 8 * batch * seq_len**2 + 36 * dim**2 + 28 * dim + 8,
            )
        if seq_len == 1 and dim != n_head and n_head != 1:
            return max(
                4 * batch * dim + 96 * dim**2 + 72 * dim + 4,
                12 * batch * dim + 64 * dim**2 + 48 * dim + 8,
                16 * batch * dim + 56 * dim**2 + 40 * dim + 8,
                36 * batch * dim + 52 * dim**2 + 36 * dim + 8,
                24 * batch * dim + 12 * batch * n_head + 36 * dim**2 + 28 * dim + 8,
                32 * batch * dim + 8 * batch * n_head + 36 * dim**2 + 28 * dim + 8,
                36 * batch * dim + 4 * batch * n_head + 4 * batch + 32 * dim**2 + 24 * dim,
            )
        if seq_len == 1 and batch >= 2:
            return max(
                4 * batch * dim + 96 * dim**2 + 72 * dim + 4,
                12 * batch * dim + 64 * dim**2 + 48 * dim + 8,
                16 * batch * dim + 56 * dim**2 + 40 * dim + 8,
                36 * batch * dim + 8 * batch + 32 * dim**2 + 24 * dim,
                36 * batch * dim + 52 * dim**2 + 36 * dim + 8,
                32 * batch * dim + 8 * batch + 36 * dim**2 + 28 * dim + 8,
            )
        if batch == 1 and seq_len != 1:
            return max(
                52 * dim**2 + 36 * dim * seq_len + 36 * dim + 8,
                56 * dim**2 + 16 * dim * seq_len + 40 * dim + 8,
                64 * dim**2 + 12 * dim * seq_len + 48 * dim + 8,
                96 * dim**2 + 4 * dim * seq_len + 72 * dim + 4,
                32 * dim**2
                + 36 * dim * seq_len
                + 24 * dim
                + 4 * n_head * seq_len**2
                + 4 * seq_len**2,
                36 * dim**2 + 24 * dim * seq_len + 28 * dim + 12 * n_head * seq_len**2 + 8,
                36 * dim**2 + 32 * dim * seq_len + 28 * dim + 8 * n_head * seq_len**2 + 8,
            )
        return max(
            4 * batch * dim * seq_len + 96 * dim**2 + 72 * dim + 4,
            12 * batch * dim * seq_len + 64 * dim**2 + 48 * dim + 8,
            20 * batch * dim * seq_len + 56 * dim**2 + 40 * dim + 8,
            40 * batch * dim * seq_len + 52 * dim**2 + 36 * dim + 8,
            44 * batch * dim * seq_len + 44 * dim**2 + 32 * dim + 8,
            48 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2 + 32 * dim**2 + 24 * dim,
            36 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 36 * dim**2
            + 28 * dim
            + 8,
            44 * batch * dim * seq_len
            + 8 * batch * n_head * seq_len**2
            + 36 * dim**2
            + 28 * dim
            + 8,
            56 * batch * dim * seq_len
            + 4 * batch * n_head * seq_len**2
            + 4 * batch * seq_len**2
            + 32 * dim**2
            + 24 * dim,
        )
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if seq_len == 1 and batch != 1 and dim != 1 and batch * dim == batch * n_head:
        return max(
            4 * batch * n_head + 136 * n_head**2 + 120 * n_head + 36,
            4 * batch * n_head + 152 * n_head**2 + 96 * n_head + 36,
            12 * batch * n_head + 64 * n_head**2 + 48 * n_head + 8,
            16 * batch * n_head + 56 * n_head**2 + 40 * n_head + 8,
            36 * batch * n_head + 52 * n_head**2 + 36 * n_head + 8,
            40 * batch * n_head + 4 * batch + 32 * n_head**2 + 24 * n_head,
            40 * batch * n_head + 36 * n_head**2 + 28 * n_head + 8,
        )
    if batch > 1 and seq_len > 1 and batch * n_head == batch:
        return max(
            4 * batch * dim * seq_len + 136 * dim**2 + 120 * dim + 36,
            4 * batch * dim * seq_len + 152 * dim**2 + 96 * dim + 36,
            12 * batch * dim * seq_len + 64 * dim**2 + 48 * dim + 8,
            20 * batch * dim * seq_len + 56 * dim**2 + 40 * dim + 8,
            40 * batch * dim * seq_len + 52 * dim**2 + 36 * dim + 8,
            44 * batch * dim * seq_len + 44 * dim**2 + 32 * dim + 8,
            56 * batch * dim * seq_len + 8 * batch * seq_len**2 + 32 * dim**2 + 24 * dim,
            36 * batch * dim * seq_len + 12 * batch * seq_len**2 + 36 * dim**2 + 28 * dim + 8,
            44 * batch * dim * seq_len + 8 * batch * seq_len**2 + 36 * dim**2 + 28 * dim + 8,
        )
    if seq_len == 1 and dim != n_head and n_head != 1:
        return max(
            4 * batch * dim + 136 * dim**2 + 120 * dim + 36,
            4 * batch * dim + 152 * dim**2 + 96 * dim + 36,
            12 * batch * dim + 64 * dim**2 + 48 * dim + 8,
            16 * batch * dim + 56 * dim**2 + 40 * dim + 8,
            36 * batch * dim + 52 * dim**2 + 36 * dim + 8,
            24 * batch * dim + 12 * batch * n_head + 36 * dim**2 + 28 * dim + 8,
            32 * batch * dim + 8 * batch * n_head + 36 * dim**2 + 28 * dim + 8,
            36 * batch * dim + 4 * batch * n_head + 4 * batch + 32 * dim**2 + 24 * dim,
        )
    if seq_len == 1 and batch >= 2:
        return max(
            4 * batch * dim + 136 * dim**2 + 120 * dim + 36,
            4 * batch * dim + 152 * dim**2 + 96 * dim + 36,
            12 * batch * dim + 64 * dim**2 + 48 * dim + 8,
            16 * batch * dim + 56 * dim**2 + 40 * dim + 8,
            36 * batch * dim + 8 * batch + 32 * dim**2 + 24 * dim,
            36 * batch * dim + 52 * dim**2 + 36 * dim + 8,
            32 * batch * dim + 8 * batch + 36 * dim**2 + 28 * dim + 8,
        )
    if batch == 1 and seq_len != 1:
        return max(
            52 * dim**2 + 36 * dim * seq_len + 36 * dim + 8,
            56 * dim**2 + 16 * dim * seq_len + 40 * dim + 8,
            64 * dim**2 + 12 * dim * seq_len + 48 * dim + 8,
            136 * dim**2 + 4 * dim * seq_len + 120 * dim + 36,
            152 * dim**2 + 4 * dim * seq_len + 96 * dim + 36,
            32 * dim**2 + 36 * dim * seq_len + 24 * dim + 4 * n_head * seq_len**2 + 4 * seq_len**2,
            36 * dim**2 + 24 * dim * seq_len + 28 * dim + 12 * n_head * seq_len**2 + 8,
            36 * dim**2 + 32 * dim * seq_len + 28 * dim + 8 * n_head * seq_len**2 + 8,
        )
    return max(
        4 * batch * dim * seq_len + 136 * dim**2 + 120 * dim + 36,
        4 * batch * dim * seq_len + 152 * dim**2 + 96 * dim + 36,
        12 * batch * dim * seq_len + 64 * dim**2 + 48 * dim + 8,
        20 * batch * dim * seq_len + 56 * dim**2 + 40 * dim + 8,
        40 * batch * dim * seq_len + 52 * dim**2 + 36 * dim + 8,
        44 * batch * dim * seq_len + 44 * dim**2 + 32 * dim + 8,
        48 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2 + 32 * dim**2 + 24 * dim,
        36 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 36 * dim**2 + 28 * dim + 8,
        44 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2 + 36 * dim**2 + 28 * dim + 8,
        56 * batch * dim * seq_len
        + 4 * batch * n_head * seq_len**2
        + 4 * batch * seq_len**2
        + 32 * dim**2
        + 24 * dim,
    )
