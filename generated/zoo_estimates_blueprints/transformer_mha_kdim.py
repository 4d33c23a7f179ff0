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

from . import invalid, refused

KEY = "transformer/mha_kdim"
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
        raise invalid(KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 8 * dim**2 + 6 * dim


def transformer_mha_kdim_buffers(dim: int, *, n_head: int = 4) -> int:
    """Buffer elements of transformer/mha_kdim.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (type(dim) is type(n_head) is int and 1 <= dim <= 65536 and 1 <= n_head <= 8):
        raise invalid(KEY, _DOMAIN, locals())
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
        raise invalid(KEY, _DOMAIN, locals())
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
    otherwise: 16 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        raise invalid(KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return 16 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2


def transformer_mha_kdim_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward FLOPs of transformer/mha_kdim.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 32 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        raise invalid(KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return 32 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2


def transformer_mha_kdim_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward elementwise operations of transformer/mha_kdim.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
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
        raise invalid(KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
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
        raise invalid(KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if batch != 1 and batch * n_head == batch:
        return 11 * batch * dim * seq_len + 3 * batch * seq_len**2
    return 11 * batch * dim * seq_len + 3 * batch * n_head * seq_len**2


def transformer_mha_kdim_activation_bytes(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Activation bytes of transformer/mha_kdim.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
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
        raise invalid(KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if batch > 1 and seq_len > 1 and batch * n_head != batch:
        return 40 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2
    if batch > 1 and seq_len > 1:
        return 40 * batch * dim * seq_len + 4 * batch * seq_len**2
    if batch >= 2 and batch * n_head == batch:
        return 28 * batch * dim + 4 * batch
    if seq_len != 1:
        return 28 * dim * seq_len + 4 * n_head * seq_len**2
    return 28 * batch * dim + 4 * batch * n_head
