"""transformer/decoder_layer: TransformerDecoderLayer(dim, n_head, 4 dim) with memory = x, batch
first, post- or pre-norm

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.decoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain transformer/decoder_layer.
"""

from __future__ import annotations

from . import invalid, refused

KEY = "transformer/decoder_layer"
HYPERPARAMETERS: tuple[str, ...] = ("n_head", "norm_first")
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "n_head": (1, 8),
    "batch": (1, 65536),
    "seq_len": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
    "norm_first": ((False, True),),
}
_NO_MODULE = (
    "the factory raises AssertionError where (dim // n_head) * n_head != dim "
    "(zoo/torch_layers.py, in decoder_layer)"
)


def _no_module(dim: int, n_head: int) -> bool:
    return (dim // n_head) * n_head != dim


def transformer_decoder_layer_params(dim: int, *, n_head: int = 4, norm_first: bool = False) -> int:
    """Parameters of transformer/decoder_layer.

    The same for every value of norm_first.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 16 * dim**2 + 19 * dim

    Per submodule:
        otherwise:
            layer.self_attn (MultiheadAttention): 3 * dim**2 + 3 * dim
            layer.self_attn.out_proj (NonDynamicallyQuantizableLinear): dim**2 + dim
            layer.multihead_attn (MultiheadAttention): 3 * dim**2 + 3 * dim
            layer.multihead_attn.out_proj (NonDynamicallyQuantizableLinear): dim**2 + dim
            layer.linear1 (Linear): 4 * dim**2 + 4 * dim
            layer.linear2 (Linear): 4 * dim**2 + dim
            layer.norm1 (LayerNorm): 2 * dim
            layer.norm2 (LayerNorm): 2 * dim
            layer.norm3 (LayerNorm): 2 * dim
    """
    if not (
        type(dim) is type(n_head) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and type(norm_first) is bool
    ):
        raise invalid(KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 16 * dim**2 + 19 * dim


def transformer_decoder_layer_buffers(
    dim: int, *, n_head: int = 4, norm_first: bool = False
) -> int:
    """Buffer elements of transformer/decoder_layer.

    The same for every value of norm_first.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (
        type(dim) is type(n_head) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and type(norm_first) is bool
    ):
        raise invalid(KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 0


def transformer_decoder_layer_training_state_bytes(
    dim: int, *, optimizer: str = "adam", n_head: int = 4, norm_first: bool = False
) -> int:
    """Training state bytes of transformer/decoder_layer.

    if optimizer == 'sgd':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 128 * dim**2 + 152 * dim

    if optimizer == 'sgd_momentum':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 192 * dim**2 + 228 * dim

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 256 * dim**2 + 304 * dim + 72
    """
    if not (
        type(dim) is type(n_head) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
        and type(norm_first) is bool
    ):
        raise invalid(KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        return 128 * dim**2 + 152 * dim
    if optimizer == "sgd_momentum":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        return 192 * dim**2 + 228 * dim
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 256 * dim**2 + 304 * dim + 72


def transformer_decoder_layer_forward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4, norm_first: bool = False
) -> int:
    """Forward FLOPs of transformer/decoder_layer.

    The same for every value of norm_first.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if dim >= 2 and batch != 1 and batch * dim == batch * n_head: 32 * batch * n_head**2 * seq_len +
        8 * batch * n_head * seq_len**2
    otherwise: 32 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(norm_first) is bool
    ):
        raise invalid(KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
        return 32 * batch * n_head**2 * seq_len + 8 * batch * n_head * seq_len**2
    return 32 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2


def transformer_decoder_layer_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4, norm_first: bool = False
) -> int:
    """Backward FLOPs of transformer/decoder_layer.

    The same for every value of norm_first.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if dim >= 2 and batch != 1 and batch * dim == batch * n_head: 64 * batch * n_head**2 * seq_len +
        16 * batch * n_head * seq_len**2
    otherwise: 64 * batch * dim**2 * seq_len + 16 * batch * dim * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(norm_first) is bool
    ):
        raise invalid(KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
        return 64 * batch * n_head**2 * seq_len + 16 * batch * n_head * seq_len**2
    return 64 * batch * dim**2 * seq_len + 16 * batch * dim * seq_len**2


def transformer_decoder_layer_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4, norm_first: bool = False
) -> int:
    """Forward elementwise operations of transformer/decoder_layer.

    if not norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1: 53 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
        if batch > 1 and seq_len > 1 and batch * n_head != batch: 12 * batch * n_head * seq_len**2 +
            53 * batch * n_head * seq_len
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head: 59 * batch * n_head
        if batch > 1 and seq_len > 1: 53 * batch * dim * seq_len + 12 * batch * seq_len**2
        if batch != 1 and batch * n_head == batch: 47 * batch * dim + 12 * batch
        if seq_len != 1: 47 * dim * seq_len + 12 * n_head * seq_len**2
        otherwise: 47 * batch * dim + 12 * batch * n_head

    if norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1: 53 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
        if batch > 1 and seq_len > 1 and batch * n_head != batch: 12 * batch * n_head * seq_len**2 +
            53 * batch * n_head * seq_len
        if batch >= 2 and dim >= 2 and batch * dim == batch * n_head: 59 * batch * n_head
        if batch > 1 and seq_len > 1: 53 * batch * dim * seq_len + 12 * batch * seq_len**2
        if batch >= 2 and batch * n_head == batch: 47 * batch * dim + 12 * batch
        if seq_len >= 2: 47 * dim * seq_len + 12 * n_head * seq_len**2
        otherwise: 47 * batch * dim + 12 * batch * n_head
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(norm_first) is bool
    ):
        raise invalid(KEY, _DOMAIN, locals())
    if not norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1:
            return 53 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2
        if batch > 1 and seq_len > 1 and batch * n_head != batch:
            return 12 * batch * n_head * seq_len**2 + 53 * batch * n_head * seq_len
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
            return 59 * batch * n_head
        if batch > 1 and seq_len > 1:
            return 53 * batch * dim * seq_len + 12 * batch * seq_len**2
        if batch != 1 and batch * n_head == batch:
            return 47 * batch * dim + 12 * batch
        if seq_len != 1:
            return 47 * dim * seq_len + 12 * n_head * seq_len**2
        return 47 * batch * dim + 12 * batch * n_head
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1:
        return 53 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2
    if batch > 1 and seq_len > 1 and batch * n_head != batch:
        return 12 * batch * n_head * seq_len**2 + 53 * batch * n_head * seq_len
    if batch >= 2 and dim >= 2 and batch * dim == batch * n_head:
        return 59 * batch * n_head
    if batch > 1 and seq_len > 1:
        return 53 * batch * dim * seq_len + 12 * batch * seq_len**2
    if batch >= 2 and batch * n_head == batch:
        return 47 * batch * dim + 12 * batch
    if seq_len >= 2:
        return 47 * dim * seq_len + 12 * n_head * seq_len**2
    return 47 * batch * dim + 12 * batch * n_head


def transformer_decoder_layer_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4, norm_first: bool = False
) -> int:
    """Backward elementwise operations of transformer/decoder_layer.

    if not norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head: 8 * batch * n_head *
            seq_len**2 + 64 * batch * n_head * seq_len
        if batch != 1 and batch * n_head == batch: 64 * batch * dim * seq_len + 8 * batch *
            seq_len**2
        otherwise: 64 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2

    if norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head: 8 * batch * n_head *
            seq_len**2 + 64 * batch * n_head * seq_len
        if batch != 1 and batch * n_head == batch: 64 * batch * dim * seq_len + 8 * batch *
            seq_len**2
        otherwise: 64 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(norm_first) is bool
    ):
        raise invalid(KEY, _DOMAIN, locals())
    if not norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
            return 8 * batch * n_head * seq_len**2 + 64 * batch * n_head * seq_len
        if batch != 1 and batch * n_head == batch:
            return 64 * batch * dim * seq_len + 8 * batch * seq_len**2
        return 64 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
        return 8 * batch * n_head * seq_len**2 + 64 * batch * n_head * seq_len
    if batch != 1 and batch * n_head == batch:
        return 64 * batch * dim * seq_len + 8 * batch * seq_len**2
    return 64 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2


def transformer_decoder_layer_activation_bytes(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4, norm_first: bool = False
) -> int:
    """Activation bytes of transformer/decoder_layer.

    if not norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1: 132 * batch * dim *
            seq_len + 24 * batch * n_head * seq_len**2 + 24 * batch * seq_len
        if batch > 1 and seq_len > 1 and batch * n_head != batch: 24 * batch * n_head * seq_len**2 +
            132 * batch * n_head * seq_len + 24 * batch * seq_len
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head: 152 * batch * n_head + 24 *
            batch
        if batch > 1 and seq_len > 1: 132 * batch * dim * seq_len + 24 * batch * seq_len**2 + 24 *
            batch * seq_len
        if batch != 1 and batch * n_head == batch: 128 * batch * dim + 48 * batch
        if seq_len != 1: 128 * dim * seq_len + 24 * n_head * seq_len**2 + 24 * seq_len
        otherwise: 128 * batch * dim + 24 * batch * n_head + 24 * batch

    if norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1: 132 * batch * dim *
            seq_len + 24 * batch * n_head * seq_len**2 + 24 * batch * seq_len
        if batch > 1 and seq_len > 1 and batch * n_head != batch: 24 * batch * n_head * seq_len**2 +
            132 * batch * n_head * seq_len + 24 * batch * seq_len
        if batch >= 2 and dim >= 2 and batch * dim == batch * n_head: 152 * batch * n_head + 24 *
            batch
        if batch > 1 and seq_len > 1: 132 * batch * dim * seq_len + 24 * batch * seq_len**2 + 24 *
            batch * seq_len
        if batch >= 2 and batch * n_head == batch: 128 * batch * dim + 48 * batch
        if seq_len >= 2: 128 * dim * seq_len + 24 * n_head * seq_len**2 + 24 * seq_len
        otherwise: 128 * batch * dim + 24 * batch * n_head + 24 * batch
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(norm_first) is bool
    ):
        raise invalid(KEY, _DOMAIN, locals())
    if not norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1:
            return (
                132 * batch * dim * seq_len
                + 24 * batch * n_head * seq_len**2
                + 24 * batch * seq_len
            )
        if batch > 1 and seq_len > 1 and batch * n_head != batch:
            return (
                24 * batch * n_head * seq_len**2
                + 132 * batch * n_head * seq_len
                + 24 * batch * seq_len
            )
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
            return 152 * batch * n_head + 24 * batch
        if batch > 1 and seq_len > 1:
            return 132 * batch * dim * seq_len + 24 * batch * seq_len**2 + 24 * batch * seq_len
        if batch != 1 and batch * n_head == batch:
            return 128 * batch * dim + 48 * batch
        if seq_len != 1:
            return 128 * dim * seq_len + 24 * n_head * seq_len**2 + 24 * seq_len
        return 128 * batch * dim + 24 * batch * n_head + 24 * batch
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1:
        return 132 * batch * dim * seq_len + 24 * batch * n_head * seq_len**2 + 24 * batch * seq_len
    if batch > 1 and seq_len > 1 and batch * n_head != batch:
        return (
            24 * batch * n_head * seq_len**2 + 132 * batch * n_head * seq_len + 24 * batch * seq_len
        )
    if batch >= 2 and dim >= 2 and batch * dim == batch * n_head:
        return 152 * batch * n_head + 24 * batch
    if batch > 1 and seq_len > 1:
        return 132 * batch * dim * seq_len + 24 * batch * seq_len**2 + 24 * batch * seq_len
    if batch >= 2 and batch * n_head == batch:
        return 128 * batch * dim + 48 * batch
    if seq_len >= 2:
        return 128 * dim * seq_len + 24 * n_head * seq_len**2 + 24 * seq_len
    return 128 * batch * dim + 24 * batch * n_head + 24 * batch
