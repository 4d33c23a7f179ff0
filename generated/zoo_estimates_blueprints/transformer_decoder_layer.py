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

from . import again, refused

KEY = "transformer/decoder_layer"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "13612acfac1ce9ea"
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
        return again(transformer_decoder_layer_params, KEY, _DOMAIN, locals())
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
        return again(transformer_decoder_layer_buffers, KEY, _DOMAIN, locals())
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
        return again(transformer_decoder_layer_training_state_bytes, KEY, _DOMAIN, locals())
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

    if not norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 32 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2

    if norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head: 32 * batch * n_head**2 *
            seq_len + 8 * batch * n_head * seq_len**2
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
        return again(transformer_decoder_layer_forward_flops, KEY, _DOMAIN, locals())
    if not norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        return 32 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2
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

    if not norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 64 * batch * dim**2 * seq_len + 16 * batch * dim * seq_len**2

    if norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head: 64 * batch * n_head**2 *
            seq_len + 16 * batch * n_head * seq_len**2
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
        return again(transformer_decoder_layer_backward_flops, KEY, _DOMAIN, locals())
    if not norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        return 64 * batch * dim**2 * seq_len + 16 * batch * dim * seq_len**2
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
        if batch > 1 and seq_len > 1 and batch * n_head != batch: 53 * batch * dim * seq_len + 12 *
            batch * n_head * seq_len**2
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
        return again(transformer_decoder_layer_elementwise_flops, KEY, _DOMAIN, locals())
    if not norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if batch > 1 and seq_len > 1 and batch * n_head != batch:
            return 53 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2
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
        return again(transformer_decoder_layer_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if not norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
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
        if batch > 1 and seq_len > 1 and batch * n_head != batch: 132 * batch * dim * seq_len + 24 *
            batch * n_head * seq_len**2 + 24 * batch * seq_len
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
        return again(transformer_decoder_layer_activation_bytes, KEY, _DOMAIN, locals())
    if not norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if batch > 1 and seq_len > 1 and batch * n_head != batch:
            return (
                132 * batch * dim * seq_len
                + 24 * batch * n_head * seq_len**2
                + 24 * batch * seq_len
            )
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


def transformer_decoder_layer_peak_bytes(
    dim: int,
    *,
    optimizer: str = "adam",
    batch: int,
    seq_len: int,
    n_head: int = 4,
    norm_first: bool = False,
) -> int:
    """Peak bytes of a training step of transformer/decoder_layer.

    if optimizer == 'sgd' and not norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch > 1 and seq_len > 1 and batch * n_head != batch: max(20 * batch * dim * seq_len +
            128 * dim**2 + 152 * dim + 8, 36 * batch * dim * seq_len + 16 * batch * n_head *
            seq_len**2 + 116 * dim**2 + 140 * dim + 8, 48 * batch * dim * seq_len + 12 * batch *
            n_head * seq_len**2 + 8 * batch * seq_len + 124 * dim**2 + 128 * dim + 8, 56 * batch *
            dim * seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 112 * dim**2 +
            128 * dim + 8, 64 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch
            * seq_len + 108 * dim**2 + 124 * dim + 8, 76 * batch * dim * seq_len + 28 * batch *
            n_head * seq_len**2 + 8 * batch * seq_len + 100 * dim**2 + 116 * dim + 8, 80 * batch *
            dim * seq_len + 24 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 100 * dim**2 +
            116 * dim + 8, 104 * batch * dim * seq_len + 24 * batch * n_head * seq_len**2 + 16 *
            batch * seq_len + 96 * dim**2 + 104 * dim + 8, 152 * batch * dim * seq_len + 24 * batch
            * n_head * seq_len**2 + 16 * batch * seq_len + 80 * dim**2 + 88 * dim + 8)
        if batch > 1 and seq_len > 1: max(20 * batch * dim * seq_len + 128 * dim**2 + 152 * dim + 8,
            36 * batch * dim * seq_len + 16 * batch * seq_len**2 + 116 * dim**2 + 140 * dim + 8, 48
            * batch * dim * seq_len + 12 * batch * seq_len**2 + 8 * batch * seq_len + 124 * dim**2 +
            128 * dim + 8, 56 * batch * dim * seq_len + 12 * batch * seq_len**2 + 8 * batch *
            seq_len + 112 * dim**2 + 128 * dim + 8, 64 * batch * dim * seq_len + 12 * batch *
            seq_len**2 + 8 * batch * seq_len + 108 * dim**2 + 124 * dim + 8, 76 * batch * dim *
            seq_len + 28 * batch * seq_len**2 + 8 * batch * seq_len + 100 * dim**2 + 116 * dim + 8,
            80 * batch * dim * seq_len + 24 * batch * seq_len**2 + 8 * batch * seq_len + 100 *
            dim**2 + 116 * dim + 8, 104 * batch * dim * seq_len + 24 * batch * seq_len**2 + 16 *
            batch * seq_len + 96 * dim**2 + 104 * dim + 8, 152 * batch * dim * seq_len + 24 * batch
            * seq_len**2 + 16 * batch * seq_len + 80 * dim**2 + 88 * dim + 8)
        if batch != 1 and batch * n_head == batch: max(16 * batch * dim + 128 * dim**2 + 152 * dim +
            8, 44 * batch * dim + 20 * batch + 124 * dim**2 + 128 * dim + 8, 52 * batch * dim + 20 *
            batch + 112 * dim**2 + 128 * dim + 8, 56 * batch * dim + 20 * batch + 108 * dim**2 + 124
            * dim + 8, 72 * batch * dim + 32 * batch + 100 * dim**2 + 116 * dim + 8, 96 * batch *
            dim + 40 * batch + 96 * dim**2 + 104 * dim + 8, 144 * batch * dim + 40 * batch + 80 *
            dim**2 + 88 * dim + 8)
        if seq_len != 1: max(128 * dim**2 + 16 * dim * seq_len + 152 * dim + 8, 116 * dim**2 + 32 *
            dim * seq_len + 140 * dim + 16 * n_head * seq_len**2 + 8, 80 * dim**2 + 144 * dim *
            seq_len + 88 * dim + 24 * n_head * seq_len**2 + 16 * seq_len + 8, 96 * dim**2 + 96 * dim
            * seq_len + 104 * dim + 24 * n_head * seq_len**2 + 16 * seq_len + 8, 100 * dim**2 + 68 *
            dim * seq_len + 116 * dim + 28 * n_head * seq_len**2 + 8 * seq_len + 8, 100 * dim**2 +
            72 * dim * seq_len + 116 * dim + 24 * n_head * seq_len**2 + 8 * seq_len + 8, 108 *
            dim**2 + 56 * dim * seq_len + 124 * dim + 12 * n_head * seq_len**2 + 8 * seq_len + 8,
            112 * dim**2 + 52 * dim * seq_len + 128 * dim + 12 * n_head * seq_len**2 + 8 * seq_len +
            8, 124 * dim**2 + 44 * dim * seq_len + 128 * dim + 12 * n_head * seq_len**2 + 8 *
            seq_len + 8)
        otherwise: max(16 * batch * dim + 128 * dim**2 + 152 * dim + 8, 32 * batch * dim + 16 *
            batch * n_head + 116 * dim**2 + 140 * dim + 8, 44 * batch * dim + 12 * batch * n_head +
            8 * batch + 124 * dim**2 + 128 * dim + 8, 52 * batch * dim + 12 * batch * n_head + 8 *
            batch + 112 * dim**2 + 128 * dim + 8, 56 * batch * dim + 12 * batch * n_head + 8 * batch
            + 108 * dim**2 + 124 * dim + 8, 68 * batch * dim + 28 * batch * n_head + 8 * batch + 100
            * dim**2 + 116 * dim + 8, 72 * batch * dim + 24 * batch * n_head + 8 * batch + 100 *
            dim**2 + 116 * dim + 8, 96 * batch * dim + 24 * batch * n_head + 16 * batch + 96 *
            dim**2 + 104 * dim + 8, 144 * batch * dim + 24 * batch * n_head + 16 * batch + 80 *
            dim**2 + 88 * dim + 8)

    if optimizer == 'sgd' and norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1: max(24 * batch * dim *
            seq_len + 8 * batch * seq_len + 128 * dim**2 + 144 * dim + 8, 36 * batch * dim * seq_len
            + 16 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 116 * dim**2 + 132 * dim + 8,
            48 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch * seq_len +
            124 * dim**2 + 120 * dim + 8, 52 * batch * dim * seq_len + 12 * batch * n_head *
            seq_len**2 + 16 * batch * seq_len + 112 * dim**2 + 128 * dim + 8, 56 * batch * dim *
            seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch * seq_len + 112 * dim**2 + 120 *
            dim + 8, 64 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch *
            seq_len + 108 * dim**2 + 116 * dim + 8, 76 * batch * dim * seq_len + 28 * batch * n_head
            * seq_len**2 + 16 * batch * seq_len + 100 * dim**2 + 108 * dim + 8, 80 * batch * dim *
            seq_len + 24 * batch * n_head * seq_len**2 + 16 * batch * seq_len + 100 * dim**2 + 108 *
            dim + 8, 100 * batch * dim * seq_len + 24 * batch * n_head * seq_len**2 + 24 * batch *
            seq_len + 96 * dim**2 + 96 * dim + 8, 148 * batch * dim * seq_len + 24 * batch * n_head
            * seq_len**2 + 24 * batch * seq_len + 80 * dim**2 + 80 * dim + 8)
        if batch > 1 and seq_len > 1 and batch * n_head != batch: max(24 * batch * n_head * seq_len
            + 8 * batch * seq_len + 128 * n_head**2 + 144 * n_head + 8, 12 * batch * n_head *
            seq_len**2 + 48 * batch * n_head * seq_len + 16 * batch * seq_len + 124 * n_head**2 +
            120 * n_head + 8, 12 * batch * n_head * seq_len**2 + 52 * batch * n_head * seq_len + 16
            * batch * seq_len + 112 * n_head**2 + 128 * n_head + 8, 12 * batch * n_head * seq_len**2
            + 56 * batch * n_head * seq_len + 16 * batch * seq_len + 112 * n_head**2 + 120 * n_head
            + 8, 12 * batch * n_head * seq_len**2 + 64 * batch * n_head * seq_len + 16 * batch *
            seq_len + 108 * n_head**2 + 116 * n_head + 8, 16 * batch * n_head * seq_len**2 + 36 *
            batch * n_head * seq_len + 8 * batch * seq_len + 116 * n_head**2 + 132 * n_head + 8, 24
            * batch * n_head * seq_len**2 + 100 * batch * n_head * seq_len + 24 * batch * seq_len +
            96 * n_head**2 + 96 * n_head + 8, 24 * batch * n_head * seq_len**2 + 148 * batch *
            n_head * seq_len + 24 * batch * seq_len + 80 * n_head**2 + 80 * n_head + 8, 28 * batch *
            n_head * seq_len**2 + 76 * batch * n_head * seq_len + 16 * batch * seq_len + 100 *
            n_head**2 + 108 * n_head + 8)
        if batch >= 2 and dim >= 2 and batch * dim == batch * n_head: max(24 * batch * n_head + 8 *
            batch + 128 * n_head**2 + 144 * n_head + 8, 60 * batch * n_head + 16 * batch + 124 *
            n_head**2 + 120 * n_head + 8, 64 * batch * n_head + 16 * batch + 112 * n_head**2 + 128 *
            n_head + 8, 68 * batch * n_head + 16 * batch + 112 * n_head**2 + 120 * n_head + 8, 72 *
            batch * n_head + 16 * batch + 108 * n_head**2 + 116 * n_head + 8, 100 * batch * n_head +
            16 * batch + 100 * n_head**2 + 108 * n_head + 8, 120 * batch * n_head + 24 * batch + 96
            * n_head**2 + 96 * n_head + 8, 168 * batch * n_head + 24 * batch + 80 * n_head**2 + 80 *
            n_head + 8)
        if batch > 1 and seq_len > 1: max(24 * batch * dim * seq_len + 8 * batch * seq_len + 128 *
            dim**2 + 144 * dim + 8, 36 * batch * dim * seq_len + 16 * batch * seq_len**2 + 8 * batch
            * seq_len + 116 * dim**2 + 132 * dim + 8, 48 * batch * dim * seq_len + 12 * batch *
            seq_len**2 + 16 * batch * seq_len + 124 * dim**2 + 120 * dim + 8, 52 * batch * dim *
            seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len + 112 * dim**2 + 128 * dim + 8,
            56 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len + 112 *
            dim**2 + 120 * dim + 8, 64 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 *
            batch * seq_len + 108 * dim**2 + 116 * dim + 8, 76 * batch * dim * seq_len + 28 * batch
            * seq_len**2 + 16 * batch * seq_len + 100 * dim**2 + 108 * dim + 8, 80 * batch * dim *
            seq_len + 24 * batch * seq_len**2 + 16 * batch * seq_len + 100 * dim**2 + 108 * dim + 8,
            100 * batch * dim * seq_len + 24 * batch * seq_len**2 + 24 * batch * seq_len + 96 *
            dim**2 + 96 * dim + 8, 148 * batch * dim * seq_len + 24 * batch * seq_len**2 + 24 *
            batch * seq_len + 80 * dim**2 + 80 * dim + 8)
        if batch >= 2 and batch * n_head == batch: max(24 * batch * dim + 8 * batch + 128 * dim**2 +
            144 * dim + 8, 48 * batch * dim + 28 * batch + 124 * dim**2 + 120 * dim + 8, 52 * batch
            * dim + 28 * batch + 112 * dim**2 + 128 * dim + 8, 56 * batch * dim + 28 * batch + 112 *
            dim**2 + 120 * dim + 8, 60 * batch * dim + 28 * batch + 108 * dim**2 + 116 * dim + 8, 76
            * batch * dim + 40 * batch + 100 * dim**2 + 108 * dim + 8, 96 * batch * dim + 48 * batch
            + 96 * dim**2 + 96 * dim + 8, 144 * batch * dim + 48 * batch + 80 * dim**2 + 80 * dim +
            8)
        if seq_len >= 2: max(128 * dim**2 + 24 * dim * seq_len + 144 * dim + 8 * seq_len + 8, 80 *
            dim**2 + 144 * dim * seq_len + 80 * dim + 24 * n_head * seq_len**2 + 24 * seq_len + 8,
            96 * dim**2 + 96 * dim * seq_len + 96 * dim + 24 * n_head * seq_len**2 + 24 * seq_len +
            8, 100 * dim**2 + 72 * dim * seq_len + 108 * dim + 28 * n_head * seq_len**2 + 16 *
            seq_len + 8, 100 * dim**2 + 76 * dim * seq_len + 108 * dim + 24 * n_head * seq_len**2 +
            16 * seq_len + 8, 108 * dim**2 + 60 * dim * seq_len + 116 * dim + 12 * n_head *
            seq_len**2 + 16 * seq_len + 8, 112 * dim**2 + 52 * dim * seq_len + 128 * dim + 12 *
            n_head * seq_len**2 + 16 * seq_len + 8, 112 * dim**2 + 56 * dim * seq_len + 120 * dim +
            12 * n_head * seq_len**2 + 16 * seq_len + 8, 116 * dim**2 + 36 * dim * seq_len + 132 *
            dim + 16 * n_head * seq_len**2 + 8 * seq_len + 8, 124 * dim**2 + 48 * dim * seq_len +
            120 * dim + 12 * n_head * seq_len**2 + 16 * seq_len + 8)
        otherwise: max(24 * batch * dim + 8 * batch + 128 * dim**2 + 144 * dim + 8, 36 * batch * dim
            + 16 * batch * n_head + 8 * batch + 116 * dim**2 + 132 * dim + 8, 48 * batch * dim + 12
            * batch * n_head + 16 * batch + 124 * dim**2 + 120 * dim + 8, 52 * batch * dim + 12 *
            batch * n_head + 16 * batch + 112 * dim**2 + 128 * dim + 8, 56 * batch * dim + 12 *
            batch * n_head + 16 * batch + 112 * dim**2 + 120 * dim + 8, 60 * batch * dim + 12 *
            batch * n_head + 16 * batch + 108 * dim**2 + 116 * dim + 8, 72 * batch * dim + 28 *
            batch * n_head + 16 * batch + 100 * dim**2 + 108 * dim + 8, 76 * batch * dim + 24 *
            batch * n_head + 16 * batch + 100 * dim**2 + 108 * dim + 8, 96 * batch * dim + 24 *
            batch * n_head + 24 * batch + 96 * dim**2 + 96 * dim + 8, 144 * batch * dim + 24 * batch
            * n_head + 24 * batch + 80 * dim**2 + 80 * dim + 8)

    if optimizer == 'sgd_momentum' and not norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch > 1 and seq_len > 1 and batch * n_head == batch: max(4 * batch * dim * seq_len +
            192 * dim**2 + 228 * dim + 4, 20 * batch * dim * seq_len + 128 * dim**2 + 152 * dim + 8,
            36 * batch * dim * seq_len + 16 * batch * seq_len**2 + 116 * dim**2 + 140 * dim + 8, 48
            * batch * dim * seq_len + 12 * batch * seq_len**2 + 8 * batch * seq_len + 124 * dim**2 +
            128 * dim + 8, 56 * batch * dim * seq_len + 12 * batch * seq_len**2 + 8 * batch *
            seq_len + 112 * dim**2 + 128 * dim + 8, 64 * batch * dim * seq_len + 12 * batch *
            seq_len**2 + 8 * batch * seq_len + 108 * dim**2 + 124 * dim + 8, 76 * batch * dim *
            seq_len + 28 * batch * seq_len**2 + 8 * batch * seq_len + 100 * dim**2 + 116 * dim + 8,
            80 * batch * dim * seq_len + 24 * batch * seq_len**2 + 8 * batch * seq_len + 100 *
            dim**2 + 116 * dim + 8, 104 * batch * dim * seq_len + 24 * batch * seq_len**2 + 16 *
            batch * seq_len + 96 * dim**2 + 104 * dim + 8, 152 * batch * dim * seq_len + 24 * batch
            * seq_len**2 + 16 * batch * seq_len + 80 * dim**2 + 88 * dim + 8)
        if batch != 1 and batch * n_head == batch: max(4 * batch * dim + 192 * dim**2 + 228 * dim +
            4, 16 * batch * dim + 128 * dim**2 + 152 * dim + 8, 44 * batch * dim + 20 * batch + 124
            * dim**2 + 128 * dim + 8, 52 * batch * dim + 20 * batch + 112 * dim**2 + 128 * dim + 8,
            56 * batch * dim + 20 * batch + 108 * dim**2 + 124 * dim + 8, 72 * batch * dim + 32 *
            batch + 100 * dim**2 + 116 * dim + 8, 96 * batch * dim + 40 * batch + 96 * dim**2 + 104
            * dim + 8, 144 * batch * dim + 40 * batch + 80 * dim**2 + 88 * dim + 8)
        if (seq_len == 1 and batch != 1) or (seq_len == 1 and dim != n_head and n_head != 1): max(4
            * batch * dim + 192 * dim**2 + 228 * dim + 4, 16 * batch * dim + 128 * dim**2 + 152 *
            dim + 8, 32 * batch * dim + 16 * batch * n_head + 116 * dim**2 + 140 * dim + 8, 44 *
            batch * dim + 12 * batch * n_head + 8 * batch + 124 * dim**2 + 128 * dim + 8, 52 * batch
            * dim + 12 * batch * n_head + 8 * batch + 112 * dim**2 + 128 * dim + 8, 56 * batch * dim
            + 12 * batch * n_head + 8 * batch + 108 * dim**2 + 124 * dim + 8, 68 * batch * dim + 28
            * batch * n_head + 8 * batch + 100 * dim**2 + 116 * dim + 8, 72 * batch * dim + 24 *
            batch * n_head + 8 * batch + 100 * dim**2 + 116 * dim + 8, 96 * batch * dim + 24 * batch
            * n_head + 16 * batch + 96 * dim**2 + 104 * dim + 8, 144 * batch * dim + 24 * batch *
            n_head + 16 * batch + 80 * dim**2 + 88 * dim + 8)
        if batch == 1 and seq_len != 1: max(128 * dim**2 + 16 * dim * seq_len + 152 * dim + 8, 192 *
            dim**2 + 4 * dim * seq_len + 228 * dim + 4, 116 * dim**2 + 32 * dim * seq_len + 140 *
            dim + 16 * n_head * seq_len**2 + 8, 80 * dim**2 + 144 * dim * seq_len + 88 * dim + 24 *
            n_head * seq_len**2 + 16 * seq_len + 8, 96 * dim**2 + 96 * dim * seq_len + 104 * dim +
            24 * n_head * seq_len**2 + 16 * seq_len + 8, 100 * dim**2 + 68 * dim * seq_len + 116 *
            dim + 28 * n_head * seq_len**2 + 8 * seq_len + 8, 100 * dim**2 + 72 * dim * seq_len +
            116 * dim + 24 * n_head * seq_len**2 + 8 * seq_len + 8, 108 * dim**2 + 56 * dim *
            seq_len + 124 * dim + 12 * n_head * seq_len**2 + 8 * seq_len + 8, 112 * dim**2 + 52 *
            dim * seq_len + 128 * dim + 12 * n_head * seq_len**2 + 8 * seq_len + 8, 124 * dim**2 +
            44 * dim * seq_len + 128 * dim + 12 * n_head * seq_len**2 + 8 * seq_len + 8)
        otherwise: max(4 * batch * dim * seq_len + 192 * dim**2 + 228 * dim + 4, 20 * batch * dim *
            seq_len + 128 * dim**2 + 152 * dim + 8, 36 * batch * dim * seq_len + 16 * batch * n_head
            * seq_len**2 + 116 * dim**2 + 140 * dim + 8, 48 * batch * dim * seq_len + 12 * batch *
            n_head * seq_len**2 + 8 * batch * seq_len + 124 * dim**2 + 128 * dim + 8, 56 * batch *
            dim * seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 112 * dim**2 +
            128 * dim + 8, 64 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch
            * seq_len + 108 * dim**2 + 124 * dim + 8, 76 * batch * dim * seq_len + 28 * batch *
            n_head * seq_len**2 + 8 * batch * seq_len + 100 * dim**2 + 116 * dim + 8, 80 * batch *
            dim * seq_len + 24 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 100 * dim**2 +
            116 * dim + 8, 104 * batch * dim * seq_len + 24 * batch * n_head * seq_len**2 + 16 *
            batch * seq_len + 96 * dim**2 + 104 * dim + 8, 152 * batch * dim * seq_len + 24 * batch
            * n_head * seq_len**2 + 16 * batch * seq_len + 80 * dim**2 + 88 * dim + 8)

    if optimizer == 'sgd_momentum' and norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head: max(4 * batch
            * n_head * seq_len + 192 * n_head**2 + 228 * n_head + 4, 24 * batch * n_head * seq_len +
            8 * batch * seq_len + 128 * n_head**2 + 144 * n_head + 8, 12 * batch * n_head *
            seq_len**2 + 48 * batch * n_head * seq_len + 16 * batch * seq_len + 124 * n_head**2 +
            120 * n_head + 8, 12 * batch * n_head * seq_len**2 + 52 * batch * n_head * seq_len + 16
            * batch * seq_len + 112 * n_head**2 + 128 * n_head + 8, 12 * batch * n_head * seq_len**2
            + 56 * batch * n_head * seq_len + 16 * batch * seq_len + 112 * n_head**2 + 120 * n_head
            + 8, 12 * batch * n_head * seq_len**2 + 64 * batch * n_head * seq_len + 16 * batch *
            seq_len + 108 * n_head**2 + 116 * n_head + 8, 16 * batch * n_head * seq_len**2 + 36 *
            batch * n_head * seq_len + 8 * batch * seq_len + 116 * n_head**2 + 132 * n_head + 8, 24
            * batch * n_head * seq_len**2 + 100 * batch * n_head * seq_len + 24 * batch * seq_len +
            96 * n_head**2 + 96 * n_head + 8, 24 * batch * n_head * seq_len**2 + 148 * batch *
            n_head * seq_len + 24 * batch * seq_len + 80 * n_head**2 + 80 * n_head + 8, 28 * batch *
            n_head * seq_len**2 + 76 * batch * n_head * seq_len + 16 * batch * seq_len + 100 *
            n_head**2 + 108 * n_head + 8)
        if batch >= 2 and dim >= 2 and batch * dim == batch * n_head: max(4 * batch * n_head + 192 *
            n_head**2 + 228 * n_head + 4, 24 * batch * n_head + 8 * batch + 128 * n_head**2 + 144 *
            n_head + 8, 60 * batch * n_head + 16 * batch + 124 * n_head**2 + 120 * n_head + 8, 64 *
            batch * n_head + 16 * batch + 112 * n_head**2 + 128 * n_head + 8, 68 * batch * n_head +
            16 * batch + 112 * n_head**2 + 120 * n_head + 8, 72 * batch * n_head + 16 * batch + 108
            * n_head**2 + 116 * n_head + 8, 100 * batch * n_head + 16 * batch + 100 * n_head**2 +
            108 * n_head + 8, 120 * batch * n_head + 24 * batch + 96 * n_head**2 + 96 * n_head + 8,
            168 * batch * n_head + 24 * batch + 80 * n_head**2 + 80 * n_head + 8)
        if batch > 1 and seq_len > 1 and batch * n_head == batch: max(4 * batch * dim * seq_len +
            192 * dim**2 + 228 * dim + 4, 24 * batch * dim * seq_len + 8 * batch * seq_len + 128 *
            dim**2 + 144 * dim + 8, 36 * batch * dim * seq_len + 16 * batch * seq_len**2 + 8 * batch
            * seq_len + 116 * dim**2 + 132 * dim + 8, 48 * batch * dim * seq_len + 12 * batch *
            seq_len**2 + 16 * batch * seq_len + 124 * dim**2 + 120 * dim + 8, 52 * batch * dim *
            seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len + 112 * dim**2 + 128 * dim + 8,
            56 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len + 112 *
            dim**2 + 120 * dim + 8, 64 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 *
            batch * seq_len + 108 * dim**2 + 116 * dim + 8, 76 * batch * dim * seq_len + 28 * batch
            * seq_len**2 + 16 * batch * seq_len + 100 * dim**2 + 108 * dim + 8, 80 * batch * dim *
            seq_len + 24 * batch * seq_len**2 + 16 * batch * seq_len + 100 * dim**2 + 108 * dim + 8,
            100 * batch * dim * seq_len + 24 * batch * seq_len**2 + 24 * batch * seq_len + 96 *
            dim**2 + 96 * dim + 8, 148 * batch * dim * seq_len + 24 * batch * seq_len**2 + 24 *
            batch * seq_len + 80 * dim**2 + 80 * dim + 8)
        if seq_len == 1 and dim != n_head and n_head != 1: max(4 * batch * dim + 192 * dim**2 + 228
            * dim + 4, 24 * batch * dim + 8 * batch + 128 * dim**2 + 144 * dim + 8, 36 * batch * dim
            + 16 * batch * n_head + 8 * batch + 116 * dim**2 + 132 * dim + 8, 48 * batch * dim + 12
            * batch * n_head + 16 * batch + 124 * dim**2 + 120 * dim + 8, 52 * batch * dim + 12 *
            batch * n_head + 16 * batch + 112 * dim**2 + 128 * dim + 8, 56 * batch * dim + 12 *
            batch * n_head + 16 * batch + 112 * dim**2 + 120 * dim + 8, 60 * batch * dim + 12 *
            batch * n_head + 16 * batch + 108 * dim**2 + 116 * dim + 8, 72 * batch * dim + 28 *
            batch * n_head + 16 * batch + 100 * dim**2 + 108 * dim + 8, 76 * batch * dim + 24 *
            batch * n_head + 16 * batch + 100 * dim**2 + 108 * dim + 8, 96 * batch * dim + 24 *
            batch * n_head + 24 * batch + 96 * dim**2 + 96 * dim + 8, 144 * batch * dim + 24 * batch
            * n_head + 24 * batch + 80 * dim**2 + 80 * dim + 8)
        if seq_len == 1 and batch >= 2: max(4 * batch * dim + 192 * dim**2 + 228 * dim + 4, 24 *
            batch * dim + 8 * batch + 128 * dim**2 + 144 * dim + 8, 48 * batch * dim + 28 * batch +
            124 * dim**2 + 120 * dim + 8, 52 * batch * dim + 28 * batch + 112 * dim**2 + 128 * dim +
            8, 56 * batch * dim + 28 * batch + 112 * dim**2 + 120 * dim + 8, 60 * batch * dim + 28 *
            batch + 108 * dim**2 + 116 * dim + 8, 76 * batch * dim + 40 * batch + 100 * dim**2 + 108
            * dim + 8, 96 * batch * dim + 48 * batch + 96 * dim**2 + 96 * dim + 8, 144 * batch * dim
            + 48 * batch + 80 * dim**2 + 80 * dim + 8)
        if seq_len == 1 or batch != 1: max(4 * batch * dim * seq_len + 192 * dim**2 + 228 * dim + 4,
            24 * batch * dim * seq_len + 8 * batch * seq_len + 128 * dim**2 + 144 * dim + 8, 36 *
            batch * dim * seq_len + 16 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 116 *
            dim**2 + 132 * dim + 8, 48 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 +
            16 * batch * seq_len + 124 * dim**2 + 120 * dim + 8, 52 * batch * dim * seq_len + 12 *
            batch * n_head * seq_len**2 + 16 * batch * seq_len + 112 * dim**2 + 128 * dim + 8, 56 *
            batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch * seq_len + 112 *
            dim**2 + 120 * dim + 8, 64 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 +
            16 * batch * seq_len + 108 * dim**2 + 116 * dim + 8, 76 * batch * dim * seq_len + 28 *
            batch * n_head * seq_len**2 + 16 * batch * seq_len + 100 * dim**2 + 108 * dim + 8, 80 *
            batch * dim * seq_len + 24 * batch * n_head * seq_len**2 + 16 * batch * seq_len + 100 *
            dim**2 + 108 * dim + 8, 100 * batch * dim * seq_len + 24 * batch * n_head * seq_len**2 +
            24 * batch * seq_len + 96 * dim**2 + 96 * dim + 8, 148 * batch * dim * seq_len + 24 *
            batch * n_head * seq_len**2 + 24 * batch * seq_len + 80 * dim**2 + 80 * dim + 8)
        otherwise: max(192 * dim**2 + 4 * dim * seq_len + 228 * dim + 4, 128 * dim**2 + 24 * dim *
            seq_len + 144 * dim + 8 * seq_len + 8, 80 * dim**2 + 144 * dim * seq_len + 80 * dim + 24
            * n_head * seq_len**2 + 24 * seq_len + 8, 96 * dim**2 + 96 * dim * seq_len + 96 * dim +
            24 * n_head * seq_len**2 + 24 * seq_len + 8, 100 * dim**2 + 72 * dim * seq_len + 108 *
            dim + 28 * n_head * seq_len**2 + 16 * seq_len + 8, 100 * dim**2 + 76 * dim * seq_len +
            108 * dim + 24 * n_head * seq_len**2 + 16 * seq_len + 8, 108 * dim**2 + 60 * dim *
            seq_len + 116 * dim + 12 * n_head * seq_len**2 + 16 * seq_len + 8, 112 * dim**2 + 52 *
            dim * seq_len + 128 * dim + 12 * n_head * seq_len**2 + 16 * seq_len + 8, 112 * dim**2 +
            56 * dim * seq_len + 120 * dim + 12 * n_head * seq_len**2 + 16 * seq_len + 8, 116 *
            dim**2 + 36 * dim * seq_len + 132 * dim + 16 * n_head * seq_len**2 + 8 * seq_len + 8,
            124 * dim**2 + 48 * dim * seq_len + 120 * dim + 12 * n_head * seq_len**2 + 16 * seq_len
            + 8)

    if optimizer in ('adam', 'adamw') and not norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch > 1 and seq_len > 1 and batch * n_head == batch: max(4 * batch * dim * seq_len +
            288 * dim**2 + 320 * dim + 76, 20 * batch * dim * seq_len + 128 * dim**2 + 152 * dim +
            8, 36 * batch * dim * seq_len + 16 * batch * seq_len**2 + 116 * dim**2 + 140 * dim + 8,
            48 * batch * dim * seq_len + 12 * batch * seq_len**2 + 8 * batch * seq_len + 124 *
            dim**2 + 128 * dim + 8, 56 * batch * dim * seq_len + 12 * batch * seq_len**2 + 8 * batch
            * seq_len + 112 * dim**2 + 128 * dim + 8, 64 * batch * dim * seq_len + 12 * batch *
            seq_len**2 + 8 * batch * seq_len + 108 * dim**2 + 124 * dim + 8, 76 * batch * dim *
            seq_len + 28 * batch * seq_len**2 + 8 * batch * seq_len + 100 * dim**2 + 116 * dim + 8,
            80 * batch * dim * seq_len + 24 * batch * seq_len**2 + 8 * batch * seq_len + 100 *
            dim**2 + 116 * dim + 8, 104 * batch * dim * seq_len + 24 * batch * seq_len**2 + 16 *
            batch * seq_len + 96 * dim**2 + 104 * dim + 8, 152 * batch * dim * seq_len + 24 * batch
            * seq_len**2 + 16 * batch * seq_len + 80 * dim**2 + 88 * dim + 8)
        if batch != 1 and batch * n_head == batch: max(4 * batch * dim + 288 * dim**2 + 320 * dim +
            76, 16 * batch * dim + 128 * dim**2 + 152 * dim + 8, 44 * batch * dim + 20 * batch + 124
            * dim**2 + 128 * dim + 8, 52 * batch * dim + 20 * batch + 112 * dim**2 + 128 * dim + 8,
            56 * batch * dim + 20 * batch + 108 * dim**2 + 124 * dim + 8, 72 * batch * dim + 32 *
            batch + 100 * dim**2 + 116 * dim + 8, 96 * batch * dim + 40 * batch + 96 * dim**2 + 104
            * dim + 8, 144 * batch * dim + 40 * batch + 80 * dim**2 + 88 * dim + 8)
        if (seq_len == 1 and batch != 1) or (seq_len == 1 and dim != n_head and n_head != 1): max(4
            * batch * dim + 288 * dim**2 + 320 * dim + 76, 16 * batch * dim + 128 * dim**2 + 152 *
            dim + 8, 32 * batch * dim + 16 * batch * n_head + 116 * dim**2 + 140 * dim + 8, 44 *
            batch * dim + 12 * batch * n_head + 8 * batch + 124 * dim**2 + 128 * dim + 8, 52 * batch
            * dim + 12 * batch * n_head + 8 * batch + 112 * dim**2 + 128 * dim + 8, 56 * batch * dim
            + 12 * batch * n_head + 8 * batch + 108 * dim**2 + 124 * dim + 8, 68 * batch * dim + 28
            * batch * n_head + 8 * batch + 100 * dim**2 + 116 * dim + 8, 72 * batch * dim + 24 *
            batch * n_head + 8 * batch + 100 * dim**2 + 116 * dim + 8, 96 * batch * dim + 24 * batch
            * n_head + 16 * batch + 96 * dim**2 + 104 * dim + 8, 144 * batch * dim + 24 * batch *
            n_head + 16 * batch + 80 * dim**2 + 88 * dim + 8)
        if batch == 1 and seq_len != 1: max(128 * dim**2 + 16 * dim * seq_len + 152 * dim + 8, 288 *
            dim**2 + 4 * dim * seq_len + 320 * dim + 76, 116 * dim**2 + 32 * dim * seq_len + 140 *
            dim + 16 * n_head * seq_len**2 + 8, 80 * dim**2 + 144 * dim * seq_len + 88 * dim + 24 *
            n_head * seq_len**2 + 16 * seq_len + 8, 96 * dim**2 + 96 * dim * seq_len + 104 * dim +
            24 * n_head * seq_len**2 + 16 * seq_len + 8, 100 * dim**2 + 68 * dim * seq_len + 116 *
            dim + 28 * n_head * seq_len**2 + 8 * seq_len + 8, 100 * dim**2 + 72 * dim * seq_len +
            116 * dim + 24 * n_head * seq_len**2 + 8 * seq_len + 8, 108 * dim**2 + 56 * dim *
            seq_len + 124 * dim + 12 * n_head * seq_len**2 + 8 * seq_len + 8, 112 * dim**2 + 52 *
            dim * seq_len + 128 * dim + 12 * n_head * seq_len**2 + 8 * seq_len + 8, 124 * dim**2 +
            44 * dim * seq_len + 128 * dim + 12 * n_head * seq_len**2 + 8 * seq_len + 8)
        otherwise: max(4 * batch * dim * seq_len + 288 * dim**2 + 320 * dim + 76, 20 * batch * dim *
            seq_len + 128 * dim**2 + 152 * dim + 8, 36 * batch * dim * seq_len + 16 * batch * n_head
            * seq_len**2 + 116 * dim**2 + 140 * dim + 8, 48 * batch * dim * seq_len + 12 * batch *
            n_head * seq_len**2 + 8 * batch * seq_len + 124 * dim**2 + 128 * dim + 8, 56 * batch *
            dim * seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 112 * dim**2 +
            128 * dim + 8, 64 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch
            * seq_len + 108 * dim**2 + 124 * dim + 8, 76 * batch * dim * seq_len + 28 * batch *
            n_head * seq_len**2 + 8 * batch * seq_len + 100 * dim**2 + 116 * dim + 8, 80 * batch *
            dim * seq_len + 24 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 100 * dim**2 +
            116 * dim + 8, 104 * batch * dim * seq_len + 24 * batch * n_head * seq_len**2 + 16 *
            batch * seq_len + 96 * dim**2 + 104 * dim + 8, 152 * batch * dim * seq_len + 24 * batch
            * n_head * seq_len**2 + 16 * batch * seq_len + 80 * dim**2 + 88 * dim + 8)

    if optimizer in ('adam', 'adamw') and norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head: max(4 * batch
            * n_head * seq_len + 288 * n_head**2 + 320 * n_head + 76, 24 * batch * n_head * seq_len
            + 8 * batch * seq_len + 128 * n_head**2 + 144 * n_head + 8, 12 * batch * n_head *
            seq_len**2 + 48 * batch * n_head * seq_len + 16 * batch * seq_len + 124 * n_head**2 +
            120 * n_head + 8, 12 * batch * n_head * seq_len**2 + 52 * batch * n_head * seq_len + 16
            * batch * seq_len + 112 * n_head**2 + 128 * n_head + 8, 12 * batch * n_head * seq_len**2
            + 56 * batch * n_head * seq_len + 16 * batch * seq_len + 112 * n_head**2 + 120 * n_head
            + 8, 12 * batch * n_head * seq_len**2 + 64 * batch * n_head * seq_len + 16 * batch *
            seq_len + 108 * n_head**2 + 116 * n_head + 8, 16 * batch * n_head * seq_len**2 + 36 *
            batch * n_head * seq_len + 8 * batch * seq_len + 116 * n_head**2 + 132 * n_head + 8, 24
            * batch * n_head * seq_len**2 + 100 * batch * n_head * seq_len + 24 * batch * seq_len +
            96 * n_head**2 + 96 * n_head + 8, 24 * batch * n_head * seq_len**2 + 148 * batch *
            n_head * seq_len + 24 * batch * seq_len + 80 * n_head**2 + 80 * n_head + 8, 28 * batch *
            n_head * seq_len**2 + 76 * batch * n_head * seq_len + 16 * batch * seq_len + 100 *
            n_head**2 + 108 * n_head + 8)
        if batch >= 2 and dim >= 2 and batch * dim == batch * n_head: max(4 * batch * n_head + 288 *
            n_head**2 + 320 * n_head + 76, 24 * batch * n_head + 8 * batch + 128 * n_head**2 + 144 *
            n_head + 8, 60 * batch * n_head + 16 * batch + 124 * n_head**2 + 120 * n_head + 8, 64 *
            batch * n_head + 16 * batch + 112 * n_head**2 + 128 * n_head + 8, 68 * batch * n_head +
            16 * batch + 112 * n_head**2 + 120 * n_head + 8, 72 * batch * n_head + 16 * batch + 108
            * n_head**2 + 116 * n_head + 8, 100 * batch * n_head + 16 * batch + 100 * n_head**2 +
            108 * n_head + 8, 120 * batch * n_head + 24 * batch + 96 * n_head**2 + 96 * n_head + 8,
            168 * batch * n_head + 24 * batch + 80 * n_head**2 + 80 * n_head + 8)
        if batch > 1 and seq_len > 1 and batch * n_head == batch: max(4 * batch * dim * seq_len +
            288 * dim**2 + 320 * dim + 76, 24 * batch * dim * seq_len + 8 * batch * seq_len + 128 *
            dim**2 + 144 * dim + 8, 36 * batch * dim * seq_len + 16 * batch * seq_len**2 + 8 * batch
            * seq_len + 116 * dim**2 + 132 * dim + 8, 48 * batch * dim * seq_len + 12 * batch *
            seq_len**2 + 16 * batch * seq_len + 124 * dim**2 + 120 * dim + 8, 52 * batch * dim *
            seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len + 112 * dim**2 + 128 * dim + 8,
            56 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len + 112 *
            dim**2 + 120 * dim + 8, 64 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 *
            batch * seq_len + 108 * dim**2 + 116 * dim + 8, 76 * batch * dim * seq_len + 28 * batch
            * seq_len**2 + 16 * batch * seq_len + 100 * dim**2 + 108 * dim + 8, 80 * batch * dim *
            seq_len + 24 * batch * seq_len**2 + 16 * batch * seq_len + 100 * dim**2 + 108 * dim + 8,
            100 * batch * dim * seq_len + 24 * batch * seq_len**2 + 24 * batch * seq_len + 96 *
            dim**2 + 96 * dim + 8, 148 * batch * dim * seq_len + 24 * batch * seq_len**2 + 24 *
            batch * seq_len + 80 * dim**2 + 80 * dim + 8)
        if seq_len == 1 and dim != n_head and n_head != 1: max(4 * batch * dim + 288 * dim**2 + 320
            * dim + 76, 24 * batch * dim + 8 * batch + 128 * dim**2 + 144 * dim + 8, 36 * batch *
            dim + 16 * batch * n_head + 8 * batch + 116 * dim**2 + 132 * dim + 8, 48 * batch * dim +
            12 * batch * n_head + 16 * batch + 124 * dim**2 + 120 * dim + 8, 52 * batch * dim + 12 *
            batch * n_head + 16 * batch + 112 * dim**2 + 128 * dim + 8, 56 * batch * dim + 12 *
            batch * n_head + 16 * batch + 112 * dim**2 + 120 * dim + 8, 60 * batch * dim + 12 *
            batch * n_head + 16 * batch + 108 * dim**2 + 116 * dim + 8, 72 * batch * dim + 28 *
            batch * n_head + 16 * batch + 100 * dim**2 + 108 * dim + 8, 76 * batch * dim + 24 *
            batch * n_head + 16 * batch + 100 * dim**2 + 108 * dim + 8, 96 * batch * dim + 24 *
            batch * n_head + 24 * batch + 96 * dim**2 + 96 * dim + 8, 144 * batch * dim + 24 * batch
            * n_head + 24 * batch + 80 * dim**2 + 80 * dim + 8)
        if seq_len == 1 and batch >= 2: max(4 * batch * dim + 288 * dim**2 + 320 * dim + 76, 24 *
            batch * dim + 8 * batch + 128 * dim**2 + 144 * dim + 8, 48 * batch * dim + 28 * batch +
            124 * dim**2 + 120 * dim + 8, 52 * batch * dim + 28 * batch + 112 * dim**2 + 128 * dim +
            8, 56 * batch * dim + 28 * batch + 112 * dim**2 + 120 * dim + 8, 60 * batch * dim + 28 *
            batch + 108 * dim**2 + 116 * dim + 8, 76 * batch * dim + 40 * batch + 100 * dim**2 + 108
            * dim + 8, 96 * batch * dim + 48 * batch + 96 * dim**2 + 96 * dim + 8, 144 * batch * dim
            + 48 * batch + 80 * dim**2 + 80 * dim + 8)
        if seq_len == 1 or batch != 1: max(4 * batch * dim * seq_len + 288 * dim**2 + 320 * dim +
            76, 24 * batch * dim * seq_len + 8 * batch * seq_len + 128 * dim**2 + 144 * dim + 8, 36
            * batch * dim * seq_len + 16 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 116 *
            dim**2 + 132 * dim + 8, 48 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 +
            16 * batch * seq_len + 124 * dim**2 + 120 * dim + 8, 52 * batch * dim * seq_len + 12 *
            batch * n_head * seq_len**2 + 16 * batch * seq_len + 112 * dim**2 + 128 * dim + 8, 56 *
            batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch * seq_len + 112 *
            dim**2 + 120 * dim + 8, 64 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 +
            16 * batch * seq_len + 108 * dim**2 + 116 * dim + 8, 76 * batch * dim * seq_len + 28 *
            batch * n_head * seq_len**2 + 16 * batch * seq_len + 100 * dim**2 + 108 * dim + 8, 80 *
            batch * dim * seq_len + 24 * batch * n_head * seq_len**2 + 16 * batch * seq_len + 100 *
            dim**2 + 108 * dim + 8, 100 * batch * dim * seq_len + 24 * batch * n_head * seq_len**2 +
            24 * batch * seq_len + 96 * dim**2 + 96 * dim + 8, 148 * batch * dim * seq_len + 24 *
            batch * n_head * seq_len**2 + 24 * batch * seq_len + 80 * dim**2 + 80 * dim + 8)
        otherwise: max(288 * dim**2 + 4 * dim * seq_len + 320 * dim + 76, 128 * dim**2 + 24 * dim *
            seq_len + 144 * dim + 8 * seq_len + 8, 80 * dim**2 + 144 * dim * seq_len + 80 * dim + 24
            * n_head * seq_len**2 + 24 * seq_len + 8, 96 * dim**2 + 96 * dim * seq_len + 96 * dim +
            24 * n_head * seq_len**2 + 24 * seq_len + 8, 100 * dim**2 + 72 * dim * seq_len + 108 *
            dim + 28 * n_head * seq_len**2 + 16 * seq_len + 8, 100 * dim**2 + 76 * dim * seq_len +
            108 * dim + 24 * n_head * seq_len**2 + 16 * seq_len + 8, 108 * dim**2 + 60 * dim *
            seq_len + 116 * dim + 12 * n_head * seq_len**2 + 16 * seq_len + 8, 112 * dim**2 + 52 *
            dim * seq_len + 128 * dim + 12 * n_head * seq_len**2 + 16 * seq_len + 8, 112 * dim**2 +
            56 * dim * seq_len + 120 * dim + 12 * n_head * seq_len**2 + 16 * seq_len + 8, 116 *
            dim**2 + 36 * dim * seq_len + 132 * dim + 16 * n_head * seq_len**2 + 8 * seq_len + 8,
            124 * dim**2 + 48 * dim * seq_len + 120 * dim + 12 * n_head * seq_len**2 + 16 * seq_len
            + 8)
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
        and type(norm_first) is bool
    ):
        return again(transformer_decoder_layer_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd" and not norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if batch > 1 and seq_len > 1 and batch * n_head != batch:
            return max(
                20 * batch * dim * seq_len + 128 * dim**2 + 152 * dim + 8,
                36 * batch * dim * seq_len
                + 16 * batch * n_head * seq_len**2
                + 116 * dim**2
                + 140 * dim
                + 8,
                48 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 124 * dim**2
                + 128 * dim
                + 8,
                56 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 112 * dim**2
                + 128 * dim
                + 8,
                64 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 108 * dim**2
                + 124 * dim
                + 8,
                76 * batch * dim * seq_len
                + 28 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 100 * dim**2
                + 116 * dim
                + 8,
                80 * batch * dim * seq_len
                + 24 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 100 * dim**2
                + 116 * dim
                + 8,
                104 * batch * dim * seq_len
                + 24 * batch * n_head * seq_len**2
                + 16 * batch * seq_len
                + 96 * dim**2
                + 104 * dim
                + 8,
                152 * batch * dim * seq_len
                + 24 * batch * n_head * seq_len**2
                + 16 * batch * seq_len
                + 80 * dim**2
                + 88 * dim
                + 8,
            )
        if batch > 1 and seq_len > 1:
            return max(
                20 * batch * dim * seq_len + 128 * dim**2 + 152 * dim + 8,
                36 * batch * dim * seq_len + 16 * batch * seq_len**2 + 116 * dim**2 + 140 * dim + 8,
                48 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 124 * dim**2
                + 128 * dim
                + 8,
                56 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 112 * dim**2
                + 128 * dim
                + 8,
                64 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 108 * dim**2
                + 124 * dim
                + 8,
                76 * batch * dim * seq_len
                + 28 * batch * seq_len**2
                + 8 * batch * seq_len
                + 100 * dim**2
                + 116 * dim
                + 8,
                80 * batch * dim * seq_len
                + 24 * batch * seq_len**2
                + 8 * batch * seq_len
                + 100 * dim**2
                + 116 * dim
                + 8,
                104 * batch * dim * seq_len
                + 24 * batch * seq_len**2
                + 16 * batch * seq_len
                + 96 * dim**2
                + 104 * dim
                + 8,
                152 * batch * dim * seq_len
                + 24 * batch * seq_len**2
                + 16 * batch * seq_len
                + 80 * dim**2
                + 88 * dim
                + 8,
            )
        if batch != 1 and batch * n_head == batch:
            return max(
                16 * batch * dim + 128 * dim**2 + 152 * dim + 8,
                44 * batch * dim + 20 * batch + 124 * dim**2 + 128 * dim + 8,
                52 * batch * dim + 20 * batch + 112 * dim**2 + 128 * dim + 8,
                56 * batch * dim + 20 * batch + 108 * dim**2 + 124 * dim + 8,
                72 * batch * dim + 32 * batch + 100 * dim**2 + 116 * dim + 8,
                96 * batch * dim + 40 * batch + 96 * dim**2 + 104 * dim + 8,
                144 * batch * dim + 40 * batch + 80 * dim**2 + 88 * dim + 8,
            )
        if seq_len != 1:
            return max(
                128 * dim**2 + 16 * dim * seq_len + 152 * dim + 8,
                116 * dim**2 + 32 * dim * seq_len + 140 * dim + 16 * n_head * seq_len**2 + 8,
                80 * dim**2
                + 144 * dim * seq_len
                + 88 * dim
                + 24 * n_head * seq_len**2
                + 16 * seq_len
                + 8,
                96 * dim**2
                + 96 * dim * seq_len
                + 104 * dim
                + 24 * n_head * seq_len**2
                + 16 * seq_len
                + 8,
                100 * dim**2
                + 68 * dim * seq_len
                + 116 * dim
                + 28 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
                100 * dim**2
                + 72 * dim * seq_len
                + 116 * dim
                + 24 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
                108 * dim**2
                + 56 * dim * seq_len
                + 124 * dim
                + 12 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
                112 * dim**2
                + 52 * dim * seq_len
                + 128 * dim
                + 12 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
                124 * dim**2
                + 44 * dim * seq_len
                + 128 * dim
                + 12 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
            )
        return max(
            16 * batch * dim + 128 * dim**2 + 152 * dim + 8,
            32 * batch * dim + 16 * batch * n_head + 116 * dim**2 + 140 * dim + 8,
            44 * batch * dim + 12 * batch * n_head + 8 * batch + 124 * dim**2 + 128 * dim + 8,
            52 * batch * dim + 12 * batch * n_head + 8 * batch + 112 * dim**2 + 128 * dim + 8,
            56 * batch * dim + 12 * batch * n_head + 8 * batch + 108 * dim**2 + 124 * dim + 8,
            68 * batch * dim + 28 * batch * n_head + 8 * batch + 100 * dim**2 + 116 * dim + 8,
            72 * batch * dim + 24 * batch * n_head + 8 * batch + 100 * dim**2 + 116 * dim + 8,
            96 * batch * dim + 24 * batch * n_head + 16 * batch + 96 * dim**2 + 104 * dim + 8,
            144 * batch * dim + 24 * batch * n_head + 16 * batch + 80 * dim**2 + 88 * dim + 8,
        )
    if optimizer == "sgd" and norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1:
            return max(
                24 * batch * dim * seq_len + 8 * batch * seq_len + 128 * dim**2 + 144 * dim + 8,
                36 * batch * dim * seq_len
                + 16 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 116 * dim**2
                + 132 * dim
                + 8,
                48 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 16 * batch * seq_len
                + 124 * dim**2
                + 120 * dim
                + 8,
                52 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 16 * batch * seq_len
                + 112 * dim**2
                + 128 * dim
                + 8,
                56 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 16 * batch * seq_len
                + 112 * dim**2
                + 120 * dim
                + 8,
                64 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 16 * batch * seq_len
                + 108 * dim**2
                + 116 * dim
                + 8,
                76 * batch * dim * seq_len
                + 28 * batch * n_head * seq_len**2
                + 16 * batch * seq_len
                + 100 * dim**2
                + 108 * dim
                + 8,
                80 * batch * dim * seq_len
                + 24 * batch * n_head * seq_len**2
                + 16 * batch * seq_len
                + 100 * dim**2
                + 108 * dim
                + 8,
                100 * batch * dim * seq_len
                + 24 * batch * n_head * seq_len**2
                + 24 * batch * seq_len
                + 96 * dim**2
                + 96 * dim
                + 8,
                148 * batch * dim * seq_len
                + 24 * batch * n_head * seq_len**2
                + 24 * batch * seq_len
                + 80 * dim**2
                + 80 * dim
                + 8,
            )
        if batch > 1 and seq_len > 1 and batch * n_head != batch:
            return max(
                24 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 128 * n_head**2
                + 144 * n_head
                + 8,
                12 * batch * n_head * seq_len**2
                + 48 * batch * n_head * seq_len
                + 16 * batch * seq_len
                + 124 * n_head**2
                + 120 * n_head
                + 8,
                12 * batch * n_head * seq_len**2
                + 52 * batch * n_head * seq_len
                + 16 * batch * seq_len
                + 112 * n_head**2
                + 128 * n_head
                + 8,
                12 * batch * n_head * seq_len**2
                + 56 * batch * n_head * seq_len
                + 16 * batch * seq_len
                + 112 * n_head**2
                + 120 * n_head
                + 8,
                12 * batch * n_head * seq_len**2
                + 64 * batch * n_head * seq_len
                + 16 * batch * seq_len
                + 108 * n_head**2
                + 116 * n_head
                + 8,
                16 * batch * n_head * seq_len**2
                + 36 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 116 * n_head**2
                + 132 * n_head
                + 8,
                24 * batch * n_head * seq_len**2
                + 100 * batch * n_head * seq_len
                + 24 * batch * seq_len
                + 96 * n_head**2
                + 96 * n_head
                + 8,
                24 * batch * n_head * seq_len**2
                + 148 * batch * n_head * seq_len
                + 24 * batch * seq_len
                + 80 * n_head**2
                + 80 * n_head
                + 8,
                28 * batch * n_head * seq_len**2
                + 76 * batch * n_head * seq_len
                + 16 * batch * seq_len
                + 100 * n_head**2
                + 108 * n_head
                + 8,
            )
        if batch >= 2 and dim >= 2 and batch * dim == batch * n_head:
            return max(
                24 * batch * n_head + 8 * batch + 128 * n_head**2 + 144 * n_head + 8,
                60 * batch * n_head + 16 * batch + 124 * n_head**2 + 120 * n_head + 8,
                64 * batch * n_head + 16 * batch + 112 * n_head**2 + 128 * n_head + 8,
                68 * batch * n_head + 16 * batch + 112 * n_head**2 + 120 * n_head + 8,
                72 * batch * n_head + 16 * batch + 108 * n_head**2 + 116 * n_head + 8,
                100 * batch * n_head + 16 * batch + 100 * n_head**2 + 108 * n_head + 8,
                120 * batch * n_head + 24 * batch + 96 * n_head**2 + 96 * n_head + 8,
                168 * batch * n_head + 24 * batch + 80 * n_head**2 + 80 * n_head + 8,
            )
        if batch > 1 and seq_len > 1:
            return max(
                24 * batch * dim * seq_len + 8 * batch * seq_len + 128 * dim**2 + 144 * dim + 8,
                36 * batch * dim * seq_len
                + 16 * batch * seq_len**2
                + 8 * batch * seq_len
                + 116 * dim**2
                + 132 * dim
                + 8,
                48 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 16 * batch * seq_len
                + 124 * dim**2
                + 120 * dim
                + 8,
                52 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 16 * batch * seq_len
                + 112 * dim**2
                + 128 * dim
                + 8,
                56 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 16 * batch * seq_len
                + 112 * dim**2
                + 120 * dim
                + 8,
                64 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 16 * batch * seq_len
                + 108 * dim**2
                + 116 * dim
                + 8,
                76 * batch * dim * seq_len
                + 28 * batch * seq_len**2
                + 16 * batch * seq_len
                + 100 * dim**2
                + 108 * dim
                + 8,
                80 * batch * dim * seq_len
                + 24 * batch * seq_len**2
                + 16 * batch * seq_len
                + 100 * dim**2
                + 108 * dim
                + 8,
                100 * batch * dim * seq_len
                + 24 * batch * seq_len**2
                + 24 * batch * seq_len
                + 96 * dim**2
                + 96 * dim
                + 8,
                148 * batch * dim * seq_len
                + 24 * batch * seq_len**2
                + 24 * batch * seq_len
                + 80 * dim**2
                + 80 * dim
                + 8,
            )
        if batch >= 2 and batch * n_head == batch:
            return max(
                24 * batch * dim + 8 * batch + 128 * dim**2 + 144 * dim + 8,
                48 * batch * dim + 28 * batch + 124 * dim**2 + 120 * dim + 8,
                52 * batch * dim + 28 * batch + 112 * dim**2 + 128 * dim + 8,
                56 * batch * dim + 28 * batch + 112 * dim**2 + 120 * dim + 8,
                60 * batch * dim + 28 * batch + 108 * dim**2 + 116 * dim + 8,
                76 * batch * dim + 40 * batch + 100 * dim**2 + 108 * dim + 8,
                96 * batch * dim + 48 * batch + 96 * dim**2 + 96 * dim + 8,
                144 * batch * dim + 48 * batch + 80 * dim**2 + 80 * dim + 8,
            )
        if seq_len >= 2:
            return max(
                128 * dim**2 + 24 * dim * seq_len + 144 * dim + 8 * seq_len + 8,
                80 * dim**2
                + 144 * dim * seq_len
                + 80 * dim
                + 24 * n_head * seq_len**2
                + 24 * seq_len
                + 8,
                96 * dim**2
                + 96 * dim * seq_len
                + 96 * dim
                + 24 * n_head * seq_len**2
                + 24 * seq_len
                + 8,
                100 * dim**2
                + 72 * dim * seq_len
                + 108 * dim
                + 28 * n_head * seq_len**2
                + 16 * seq_len
                + 8,
                100 * dim**2
                + 76 * dim * seq_len
                + 108 * dim
                + 24 * n_head * seq_len**2
                + 16 * seq_len
                + 8,
                108 * dim**2
                + 60 * dim * seq_len
                + 116 * dim
                + 12 * n_head * seq_len**2
                + 16 * seq_len
                + 8,
                112 * dim**2
                + 52 * dim * seq_len
                + 128 * dim
                + 12 * n_head * seq_len**2
                + 16 * seq_len
                + 8,
                112 * dim**2
                + 56 * dim * seq_len
                + 120 * dim
                + 12 * n_head * seq_len**2
                + 16 * seq_len
                + 8,
                116 * dim**2
                + 36 * dim * seq_len
                + 132 * dim
                + 16 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
                124 * dim**2
                + 48 * dim * seq_len
                + 120 * dim
                + 12 * n_head * seq_len**2
                + 16 * seq_len
                + 8,
            )
        return max(
            24 * batch * dim + 8 * batch + 128 * dim**2 + 144 * dim + 8,
            36 * batch * dim + 16 * batch * n_head + 8 * batch + 116 * dim**2 + 132 * dim + 8,
            48 * batch * dim + 12 * batch * n_head + 16 * batch + 124 * dim**2 + 120 * dim + 8,
            52 * batch * dim + 12 * batch * n_head + 16 * batch + 112 * dim**2 + 128 * dim + 8,
            56 * batch * dim + 12 * batch * n_head + 16 * batch + 112 * dim**2 + 120 * dim + 8,
            60 * batch * dim + 12 * batch * n_head + 16 * batch + 108 * dim**2 + 116 * dim + 8,
            72 * batch * dim + 28 * batch * n_head + 16 * batch + 100 * dim**2 + 108 * dim + 8,
            76 * batch * dim + 24 * batch * n_head + 16 * batch + 100 * dim**2 + 108 * dim + 8,
            96 * batch * dim + 24 * batch * n_head + 24 * batch + 96 * dim**2 + 96 * dim + 8,
            144 * batch * dim + 24 * batch * n_head + 24 * batch + 80 * dim**2 + 80 * dim + 8,
        )
    if optimizer == "sgd_momentum" and not norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if batch > 1 and seq_len > 1 and batch * n_head == batch:
            return max(
                4 * batch * dim * seq_len + 192 * dim**2 + 228 * dim + 4,
                20 * batch * dim * seq_len + 128 * dim**2 + 152 * dim + 8,
                36 * batch * dim * seq_len + 16 * batch * seq_len**2 + 116 * dim**2 + 140 * dim + 8,
                48 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 124 * dim**2
                + 128 * dim
                + 8,
                56 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 112 * dim**2
                + 128 * dim
                + 8,
                64 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 108 * dim**2
                + 124 * dim
                + 8,
                76 * batch * dim * seq_len
                + 28 * batch * seq_len**2
                + 8 * batch * seq_len
                + 100 * dim**2
                + 116 * dim
                + 8,
                80 * batch * dim * seq_len
                + 24 * batch * seq_len**2
                + 8 * batch * seq_len
                + 100 * dim**2
                + 116 * dim
                + 8,
                104 * batch * dim * seq_len
                + 24 * batch * seq_len**2
                + 16 * batch * seq_len
                + 96 * dim**2
                + 104 * dim
                + 8,
                152 * batch * dim * seq_len
                + 24 * batch * seq_len**2
                + 16 * batch * seq_len
                + 80 * dim**2
                + 88 * dim
                + 8,
            )
        if batch != 1 and batch * n_head == batch:
            return max(
                4 * batch * dim + 192 * dim**2 + 228 * dim + 4,
                16 * batch * dim + 128 * dim**2 + 152 * dim + 8,
                44 * batch * dim + 20 * batch + 124 * dim**2 + 128 * dim + 8,
                52 * batch * dim + 20 * batch + 112 * dim**2 + 128 * dim + 8,
                56 * batch * dim + 20 * batch + 108 * dim**2 + 124 * dim + 8,
                72 * batch * dim + 32 * batch + 100 * dim**2 + 116 * dim + 8,
                96 * batch * dim + 40 * batch + 96 * dim**2 + 104 * dim + 8,
                144 * batch * dim + 40 * batch + 80 * dim**2 + 88 * dim + 8,
            )
        if (seq_len == 1 and batch != 1) or (seq_len == 1 and dim != n_head and n_head != 1):
            return max(
                4 * batch * dim + 192 * dim**2 + 228 * dim + 4,
                16 * batch * dim + 128 * dim**2 + 152 * dim + 8,
                32 * batch * dim + 16 * batch * n_head + 116 * dim**2 + 140 * dim + 8,
                44 * batch * dim + 12 * batch * n_head + 8 * batch + 124 * dim**2 + 128 * dim + 8,
                52 * batch * dim + 12 * batch * n_head + 8 * batch + 112 * dim**2 + 128 * dim + 8,
                56 * batch * dim + 12 * batch * n_head + 8 * batch + 108 * dim**2 + 124 * dim + 8,
                68 * batch * dim + 28 * batch * n_head + 8 * batch + 100 * dim**2 + 116 * dim + 8,
                72 * batch * dim + 24 * batch * n_head + 8 * batch + 100 * dim**2 + 116 * dim + 8,
                96 * batch * dim + 24 * batch * n_head + 16 * batch + 96 * dim**2 + 104 * dim + 8,
                144 * batch * dim + 24 * batch * n_head + 16 * batch + 80 * dim**2 + 88 * dim + 8,
            )
        if batch == 1 and seq_len != 1:
            return max(
                128 * dim**2 + 16 * dim * seq_len + 152 * dim + 8,
                192 * dim**2 + 4 * dim * seq_len + 228 * dim + 4,
                116 * dim**2 + 32 * dim * seq_len + 140 * dim + 16 * n_head * seq_len**2 + 8,
                80 * dim**2
                + 144 * dim * seq_len
                + 88 * dim
                + 24 * n_head * seq_len**2
                + 16 * seq_len
                + 8,
                96 * dim**2
                + 96 * dim * seq_len
                + 104 * dim
                + 24 * n_head * seq_len**2
                + 16 * seq_len
                + 8,
                100 * dim**2
                + 68 * dim * seq_len
                + 116 * dim
                + 28 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
                100 * dim**2
                + 72 * dim * seq_len
                + 116 * dim
                + 24 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
                108 * dim**2
                + 56 * dim * seq_len
                + 124 * dim
                + 12 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
                112 * dim**2
                + 52 * dim * seq_len
                + 128 * dim
                + 12 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
                124 * dim**2
                + 44 * dim * seq_len
                + 128 * dim
                + 12 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
            )
        return max(
            4 * batch * dim * seq_len + 192 * dim**2 + 228 * dim + 4,
            20 * batch * dim * seq_len + 128 * dim**2 + 152 * dim + 8,
            36 * batch * dim * seq_len
            + 16 * batch * n_head * seq_len**2
            + 116 * dim**2
            + 140 * dim
            + 8,
            48 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 124 * dim**2
            + 128 * dim
            + 8,
            56 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 112 * dim**2
            + 128 * dim
            + 8,
            64 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 108 * dim**2
            + 124 * dim
            + 8,
            76 * batch * dim * seq_len
            + 28 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 100 * dim**2
            + 116 * dim
            + 8,
            80 * batch * dim * seq_len
            + 24 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 100 * dim**2
            + 116 * dim
            + 8,
            104 * batch * dim * seq_len
            + 24 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 96 * dim**2
            + 104 * dim
            + 8,
            152 * batch * dim * seq_len
            + 24 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 80 * dim**2
            + 88 * dim
            + 8,
        )
    if optimizer == "sgd_momentum" and norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head:
            return max(
                4 * batch * n_head * seq_len + 192 * n_head**2 + 228 * n_head + 4,
                24 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 128 * n_head**2
                + 144 * n_head
                + 8,
                12 * batch * n_head * seq_len**2
                + 48 * batch * n_head * seq_len
                + 16 * batch * seq_len
                + 124 * n_head**2
                + 120 * n_head
                + 8,
                12 * batch * n_head * seq_len**2
                + 52 * batch * n_head * seq_len
                + 16 * batch * seq_len
                + 112 * n_head**2
                + 128 * n_head
                + 8,
                12 * batch * n_head * seq_len**2
                + 56 * batch * n_head * seq_len
                + 16 * batch * seq_len
                + 112 * n_head**2
                + 120 * n_head
                + 8,
                12 * batch * n_head * seq_len**2
                + 64 * batch * n_head * seq_len
                + 16 * batch * seq_len
                + 108 * n_head**2
                + 116 * n_head
                + 8,
                16 * batch * n_head * seq_len**2
                + 36 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 116 * n_head**2
                + 132 * n_head
                + 8,
                24 * batch * n_head * seq_len**2
                + 100 * batch * n_head * seq_len
                + 24 * batch * seq_len
                + 96 * n_head**2
                + 96 * n_head
                + 8,
                24 * batch * n_head * seq_len**2
                + 148 * batch * n_head * seq_len
                + 24 * batch * seq_len
                + 80 * n_head**2
                + 80 * n_head
                + 8,
                28 * batch * n_head * seq_len**2
                + 76 * batch * n_head * seq_len
                + 16 * batch * seq_len
                + 100 * n_head**2
                + 108 * n_head
                + 8,
            )
        if batch >= 2 and dim >= 2 and batch * dim == batch * n_head:
            return max(
                4 * batch * n_head + 192 * n_head**2 + 228 * n_head + 4,
                24 * batch * n_head + 8 * batch + 128 * n_head**2 + 144 * n_head + 8,
                60 * batch * n_head + 16 * batch + 124 * n_head**2 + 120 * n_head + 8,
                64 * batch * n_head + 16 * batch + 112 * n_head**2 + 128 * n_head + 8,
                68 * batch * n_head + 16 * batch + 112 * n_head**2 + 120 * n_head + 8,
                72 * batch * n_head + 16 * batch + 108 * n_head**2 + 116 * n_head + 8,
                100 * batch * n_head + 16 * batch + 100 * n_head**2 + 108 * n_head + 8,
                120 * batch * n_head + 24 * batch + 96 * n_head**2 + 96 * n_head + 8,
                168 * batch * n_head + 24 * batch + 80 * n_head**2 + 80 * n_head + 8,
            )
        if batch > 1 and seq_len > 1 and batch * n_head == batch:
            return max(
                4 * batch * dim * seq_len + 192 * dim**2 + 228 * dim + 4,
                24 * batch * dim * seq_len + 8 * batch * seq_len + 128 * dim**2 + 144 * dim + 8,
                36 * batch * dim * seq_len
                + 16 * batch * seq_len**2
                + 8 * batch * seq_len
                + 116 * dim**2
                + 132 * dim
                + 8,
                48 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 16 * batch * seq_len
                + 124 * dim**2
                + 120 * dim
                + 8,
                52 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 16 * batch * seq_len
                + 112 * dim**2
                + 128 * dim
                + 8,
                56 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 16 * batch * seq_len
                + 112 * dim**2
                + 120 * dim
                + 8,
                64 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 16 * batch * seq_len
                + 108 * dim**2
                + 116 * dim
                + 8,
                76 * batch * dim * seq_len
                + 28 * batch * seq_len**2
                + 16 * batch * seq_len
                + 100 * dim**2
                + 108 * dim
                + 8,
                80 * batch * dim * seq_len
                + 24 * batch * seq_len**2
                + 16 * batch * seq_len
                + 100 * dim**2
                + 108 * dim
                + 8,
                100 * batch * dim * seq_len
                + 24 * batch * seq_len**2
                + 24 * batch * seq_len
                + 96 * dim**2
                + 96 * dim
                + 8,
                148 * batch * dim * seq_len
                + 24 * batch * seq_len**2
                + 24 * batch * seq_len
                + 80 * dim**2
                + 80 * dim
                + 8,
            )
        if seq_len == 1 and dim != n_head and n_head != 1:
            return max(
                4 * batch * dim + 192 * dim**2 + 228 * dim + 4,
                24 * batch * dim + 8 * batch + 128 * dim**2 + 144 * dim + 8,
                36 * batch * dim + 16 * batch * n_head + 8 * batch + 116 * dim**2 + 132 * dim + 8,
                48 * batch * dim + 12 * batch * n_head + 16 * batch + 124 * dim**2 + 120 * dim + 8,
                52 * batch * dim + 12 * batch * n_head + 16 * batch + 112 * dim**2 + 128 * dim + 8,
                56 * batch * dim + 12 * batch * n_head + 16 * batch + 112 * dim**2 + 120 * dim + 8,
                60 * batch * dim + 12 * batch * n_head + 16 * batch + 108 * dim**2 + 116 * dim + 8,
                72 * batch * dim + 28 * batch * n_head + 16 * batch + 100 * dim**2 + 108 * dim + 8,
                76 * batch * dim + 24 * batch * n_head + 16 * batch + 100 * dim**2 + 108 * dim + 8,
                96 * batch * dim + 24 * batch * n_head + 24 * batch + 96 * dim**2 + 96 * dim + 8,
                144 * batch * dim + 24 * batch * n_head + 24 * batch + 80 * dim**2 + 80 * dim + 8,
            )
        if seq_len == 1 and batch >= 2:
            return max(
                4 * batch * dim + 192 * dim**2 + 228 * dim + 4,
                24 * batch * dim + 8 * batch + 128 * dim**2 + 144 * dim + 8,
                48 * batch * dim + 28 * batch + 124 * dim**2 + 120 * dim + 8,
                52 * batch * dim + 28 * batch + 112 * dim**2 + 128 * dim + 8,
                56 * batch * dim + 28 * batch + 112 * dim**2 + 120 * dim + 8,
                60 * batch * dim + 28 * batch + 108 * dim**2 + 116 * dim + 8,
                76 * batch * dim + 40 * batch + 100 * dim**2 + 108 * dim + 8,
                96 * batch * dim + 48 * batch + 96 * dim**2 + 96 * dim + 8,
                144 * batch * dim + 48 * batch + 80 * dim**2 + 80 * dim + 8,
            )
        if seq_len == 1 or batch != 1:
            return max(
                4 * batch * dim * seq_len + 192 * dim**2 + 228 * dim + 4,
                24 * batch * dim * seq_len + 8 * batch * seq_len + 128 * dim**2 + 144 * dim + 8,
                36 * batch * dim * seq_len
                + 16 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 116 * dim**2
                + 132 * dim
                + 8,
                48 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 16 * batch * seq_len
                + 124 * dim**2
                + 120 * dim
                + 8,
                52 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 16 * batch * seq_len
                + 112 * dim**2
                + 128 * dim
                + 8,
                56 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 16 * batch * seq_len
                + 112 * dim**2
                + 120 * dim
                + 8,
                64 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 16 * batch * seq_len
                + 108 * dim**2
                + 116 * dim
                + 8,
                76 * batch * dim * seq_len
                + 28 * batch * n_head * seq_len**2
                + 16 * batch * seq_len
                + 100 * dim**2
                + 108 * dim
                + 8,
                80 * batch * dim * seq_len
                + 24 * batch * n_head * seq_len**2
                + 16 * batch * seq_len
                + 100 * dim**2
                + 108 * dim
                + 8,
                100 * batch * dim * seq_len
                + 24 * batch * n_head * seq_len**2
                + 24 * batch * seq_len
                + 96 * dim**2
                + 96 * dim
                + 8,
                148 * batch * dim * seq_len
                + 24 * batch * n_head * seq_len**2
                + 24 * batch * seq_len
                + 80 * dim**2
                + 80 * dim
                + 8,
            )
        return max(
            192 * dim**2 + 4 * dim * seq_len + 228 * dim + 4,
            128 * dim**2 + 24 * dim * seq_len + 144 * dim + 8 * seq_len + 8,
            80 * dim**2
            + 144 * dim * seq_len
            + 80 * dim
            + 24 * n_head * seq_len**2
            + 24 * seq_len
            + 8,
            96 * dim**2
            + 96 * dim * seq_len
            + 96 * dim
            + 24 * n_head * seq_len**2
            + 24 * seq_len
            + 8,
            100 * dim**2
            + 72 * dim * seq_len
            + 108 * dim
            + 28 * n_head * seq_len**2
            + 16 * seq_len
            + 8,
            100 * dim**2
            + 76 * dim * seq_len
            + 108 * dim
            + 24 * n_head * seq_len**2
            + 16 * seq_len
            + 8,
            108 * dim**2
            + 60 * dim * seq_len
            + 116 * dim
            + 12 * n_head * seq_len**2
            + 16 * seq_len
            + 8,
            112 * dim**2
            + 52 * dim * seq_len
            + 128 * dim
            + 12 * n_head * seq_len**2
            + 16 * seq_len
            + 8,
            112 * dim**2
            + 56 * dim * seq_len
            + 120 * dim
            + 12 * n_head * seq_len**2
            + 16 * seq_len
            + 8,
            116 * dim**2
            + 36 * dim * seq_len
            + 132 * dim
            + 16 * n_head * seq_len**2
            + 8 * seq_len
            + 8,
            124 * dim**2
            + 48 * dim * seq_len
            + 120 * dim
            + 12 * n_head * seq_len**2
            + 16 * seq_len
            + 8,
        )
    if optimizer in ("adam", "adamw") and not norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if batch > 1 and seq_len > 1 and batch * n_head == batch:
            return max(
                4 * batch * dim * seq_len + 288 * dim**2 + 320 * dim + 76,
                20 * batch * dim * seq_len + 128 * dim**2 + 152 * dim + 8,
                36 * batch * dim * seq_len + 16 * batch * seq_len**2 + 116 * dim**2 + 140 * dim + 8,
                48 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 124 * dim**2
                + 128 * dim
                + 8,
                56 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 112 * dim**2
                + 128 * dim
                + 8,
                64 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 108 * dim**2
                + 124 * dim
                + 8,
                76 * batch * dim * seq_len
                + 28 * batch * seq_len**2
                + 8 * batch * seq_len
                + 100 * dim**2
                + 116 * dim
                + 8,
                80 * batch * dim * seq_len
                + 24 * batch * seq_len**2
                + 8 * batch * seq_len
                + 100 * dim**2
                + 116 * dim
                + 8,
                104 * batch * dim * seq_len
                + 24 * batch * seq_len**2
                + 16 * batch * seq_len
                + 96 * dim**2
                + 104 * dim
                + 8,
                152 * batch * dim * seq_len
                + 24 * batch * seq_len**2
                + 16 * batch * seq_len
                + 80 * dim**2
                + 88 * dim
                + 8,
            )
        if batch != 1 and batch * n_head == batch:
            return max(
                4 * batch * dim + 288 * dim**2 + 320 * dim + 76,
                16 * batch * dim + 128 * dim**2 + 152 * dim + 8,
                44 * batch * dim + 20 * batch + 124 * dim**2 + 128 * dim + 8,
                52 * batch * dim + 20 * batch + 112 * dim**2 + 128 * dim + 8,
                56 * batch * dim + 20 * batch + 108 * dim**2 + 124 * dim + 8,
                72 * batch * dim + 32 * batch + 100 * dim**2 + 116 * dim + 8,
                96 * batch * dim + 40 * batch + 96 * dim**2 + 104 * dim + 8,
                144 * batch * dim + 40 * batch + 80 * dim**2 + 88 * dim + 8,
            )
        if (seq_len == 1 and batch != 1) or (seq_len == 1 and dim != n_head and n_head != 1):
            return max(
                4 * batch * dim + 288 * dim**2 + 320 * dim + 76,
                16 * batch * dim + 128 * dim**2 + 152 * dim + 8,
                32 * batch * dim + 16 * batch * n_head + 116 * dim**2 + 140 * dim + 8,
                44 * batch * dim + 12 * batch * n_head + 8 * batch + 124 * dim**2 + 128 * dim + 8,
                52 * batch * dim + 12 * batch * n_head + 8 * batch + 112 * dim**2 + 128 * dim + 8,
                56 * batch * dim + 12 * batch * n_head + 8 * batch + 108 * dim**2 + 124 * dim + 8,
                68 * batch * dim + 28 * batch * n_head + 8 * batch + 100 * dim**2 + 116 * dim + 8,
                72 * batch * dim + 24 * batch * n_head + 8 * batch + 100 * dim**2 + 116 * dim + 8,
                96 * batch * dim + 24 * batch * n_head + 16 * batch + 96 * dim**2 + 104 * dim + 8,
                144 * batch * dim + 24 * batch * n_head + 16 * batch + 80 * dim**2 + 88 * dim + 8,
            )
        if batch == 1 and seq_len != 1:
            return max(
                128 * dim**2 + 16 * dim * seq_len + 152 * dim + 8,
                288 * dim**2 + 4 * dim * seq_len + 320 * dim + 76,
                116 * dim**2 + 32 * dim * seq_len + 140 * dim + 16 * n_head * seq_len**2 + 8,
                80 * dim**2
                + 144 * dim * seq_len
                + 88 * dim
                + 24 * n_head * seq_len**2
                + 16 * seq_len
                + 8,
                96 * dim**2
                + 96 * dim * seq_len
                + 104 * dim
                + 24 * n_head * seq_len**2
                + 16 * seq_len
                + 8,
                100 * dim**2
                + 68 * dim * seq_len
                + 116 * dim
                + 28 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
                100 * dim**2
                + 72 * dim * seq_len
                + 116 * dim
                + 24 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
                108 * dim**2
                + 56 * dim * seq_len
                + 124 * dim
                + 12 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
                112 * dim**2
                + 52 * dim * seq_len
                + 128 * dim
                + 12 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
                124 * dim**2
                + 44 * dim * seq_len
                + 128 * dim
                + 12 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
            )
        return max(
            4 * batch * dim * seq_len + 288 * dim**2 + 320 * dim + 76,
            20 * batch * dim * seq_len + 128 * dim**2 + 152 * dim + 8,
            36 * batch * dim * seq_len
            + 16 * batch * n_head * seq_len**2
            + 116 * dim**2
            + 140 * dim
            + 8,
            48 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 124 * dim**2
            + 128 * dim
            + 8,
            56 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 112 * dim**2
            + 128 * dim
            + 8,
            64 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 108 * dim**2
            + 124 * dim
            + 8,
            76 * batch * dim * seq_len
            + 28 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 100 * dim**2
            + 116 * dim
            + 8,
            80 * batch * dim * seq_len
            + 24 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 100 * dim**2
            + 116 * dim
            + 8,
            104 * batch * dim * seq_len
            + 24 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 96 * dim**2
            + 104 * dim
            + 8,
            152 * batch * dim * seq_len
            + 24 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 80 * dim**2
            + 88 * dim
            + 8,
        )
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head:
        return max(
            4 * batch * n_head * seq_len + 288 * n_head**2 + 320 * n_head + 76,
            24 * batch * n_head * seq_len
            + 8 * batch * seq_len
            + 128 * n_head**2
            + 144 * n_head
            + 8,
            12 * batch * n_head * seq_len**2
            + 48 * batch * n_head * seq_len
            + 16 * batch * seq_len
            + 124 * n_head**2
            + 120 * n_head
            + 8,
            12 * batch * n_head * seq_len**2
            + 52 * batch * n_head * seq_len
            + 16 * batch * seq_len
            + 112 * n_head**2
            + 128 * n_head
            + 8,
            12 * batch * n_head * seq_len**2
            + 56 * batch * n_head * seq_len
            + 16 * batch * seq_len
            + 112 * n_head**2
            + 120 * n_head
            + 8,
            12 * batch * n_head * seq_len**2
            + 64 * batch * n_head * seq_len
            + 16 * batch * seq_len
            + 108 * n_head**2
            + 116 * n_head
            + 8,
            16 * batch * n_head * seq_len**2
            + 36 * batch * n_head * seq_len
            + 8 * batch * seq_len
            + 116 * n_head**2
            + 132 * n_head
            + 8,
            24 * batch * n_head * seq_len**2
            + 100 * batch * n_head * seq_len
            + 24 * batch * seq_len
            + 96 * n_head**2
            + 96 * n_head
            + 8,
            24 * batch * n_head * seq_len**2
            + 148 * batch * n_head * seq_len
            + 24 * batch * seq_len
            + 80 * n_head**2
            + 80 * n_head
            + 8,
            28 * batch * n_head * seq_len**2
            + 76 * batch * n_head * seq_len
            + 16 * batch * seq_len
            + 100 * n_head**2
            + 108 * n_head
            + 8,
        )
    if batch >= 2 and dim >= 2 and batch * dim == batch * n_head:
        return max(
            4 * batch * n_head + 288 * n_head**2 + 320 * n_head + 76,
            24 * batch * n_head + 8 * batch + 128 * n_head**2 + 144 * n_head + 8,
            60 * batch * n_head + 16 * batch + 124 * n_head**2 + 120 * n_head + 8,
            64 * batch * n_head + 16 * batch + 112 * n_head**2 + 128 * n_head + 8,
            68 * batch * n_head + 16 * batch + 112 * n_head**2 + 120 * n_head + 8,
            72 * batch * n_head + 16 * batch + 108 * n_head**2 + 116 * n_head + 8,
            100 * batch * n_head + 16 * batch + 100 * n_head**2 + 108 * n_head + 8,
            120 * batch * n_head + 24 * batch + 96 * n_head**2 + 96 * n_head + 8,
            168 * batch * n_head + 24 * batch + 80 * n_head**2 + 80 * n_head + 8,
        )
    if batch > 1 and seq_len > 1 and batch * n_head == batch:
        return max(
            4 * batch * dim * seq_len + 288 * dim**2 + 320 * dim + 76,
            24 * batch * dim * seq_len + 8 * batch * seq_len + 128 * dim**2 + 144 * dim + 8,
            36 * batch * dim * seq_len
            + 16 * batch * seq_len**2
            + 8 * batch * seq_len
            + 116 * dim**2
            + 132 * dim
            + 8,
            48 * batch * dim * seq_len
            + 12 * batch * seq_len**2
            + 16 * batch * seq_len
            + 124 * dim**2
            + 120 * dim
            + 8,
            52 * batch * dim * seq_len
            + 12 * batch * seq_len**2
            + 16 * batch * seq_len
            + 112 * dim**2
            + 128 * dim
            + 8,
            56 * batch * dim * seq_len
            + 12 * batch * seq_len**2
            + 16 * batch * seq_len
            + 112 * dim**2
            + 120 * dim
            + 8,
            64 * batch * dim * seq_len
            + 12 * batch * seq_len**2
            + 16 * batch * seq_len
            + 108 * dim**2
            + 116 * dim
            + 8,
            76 * batch * dim * seq_len
            + 28 * batch * seq_len**2
            + 16 * batch * seq_len
            + 100 * dim**2
            + 108 * dim
            + 8,
            80 * batch * dim * seq_len
            + 24 * batch * seq_len**2
            + 16 * batch * seq_len
            + 100 * dim**2
            + 108 * dim
            + 8,
            100 * batch * dim * seq_len
            + 24 * batch * seq_len**2
            + 24 * batch * seq_len
            + 96 * dim**2
            + 96 * dim
            + 8,
            148 * batch * dim * seq_len
            + 24 * batch * seq_len**2
            + 24 * batch * seq_len
            + 80 * dim**2
            + 80 * dim
            + 8,
        )
    if seq_len == 1 and dim != n_head and n_head != 1:
        return max(
            4 * batch * dim + 288 * dim**2 + 320 * dim + 76,
            24 * batch * dim + 8 * batch + 128 * dim**2 + 144 * dim + 8,
            36 * batch * dim + 16 * batch * n_head + 8 * batch + 116 * dim**2 + 132 * dim + 8,
            48 * batch * dim + 12 * batch * n_head + 16 * batch + 124 * dim**2 + 120 * dim + 8,
            52 * batch * dim + 12 * batch * n_head + 16 * batch + 112 * dim**2 + 128 * dim + 8,
            56 * batch * dim + 12 * batch * n_head + 16 * batch + 112 * dim**2 + 120 * dim + 8,
            60 * batch * dim + 12 * batch * n_head + 16 * batch + 108 * dim**2 + 116 * dim + 8,
            72 * batch * dim + 28 * batch * n_head + 16 * batch + 100 * dim**2 + 108 * dim + 8,
            76 * batch * dim + 24 * batch * n_head + 16 * batch + 100 * dim**2 + 108 * dim + 8,
            96 * batch * dim + 24 * batch * n_head + 24 * batch + 96 * dim**2 + 96 * dim + 8,
            144 * batch * dim + 24 * batch * n_head + 24 * batch + 80 * dim**2 + 80 * dim + 8,
        )
    if seq_len == 1 and batch >= 2:
        return max(
            4 * batch * dim + 288 * dim**2 + 320 * dim + 76,
            24 * batch * dim + 8 * batch + 128 * dim**2 + 144 * dim + 8,
            48 * batch * dim + 28 * batch + 124 * dim**2 + 120 * dim + 8,
            52 * batch * dim + 28 * batch + 112 * dim**2 + 128 * dim + 8,
            56 * batch * dim + 28 * batch + 112 * dim**2 + 120 * dim + 8,
            60 * batch * dim + 28 * batch + 108 * dim**2 + 116 * dim + 8,
            76 * batch * dim + 40 * batch + 100 * dim**2 + 108 * dim + 8,
            96 * batch * dim + 48 * batch + 96 * dim**2 + 96 * dim + 8,
            144 * batch * dim + 48 * batch + 80 * dim**2 + 80 * dim + 8,
        )
    if seq_len == 1 or batch != 1:
        return max(
            4 * batch * dim * seq_len + 288 * dim**2 + 320 * dim + 76,
            24 * batch * dim * seq_len + 8 * batch * seq_len + 128 * dim**2 + 144 * dim + 8,
            36 * batch * dim * seq_len
            + 16 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 116 * dim**2
            + 132 * dim
            + 8,
            48 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 124 * dim**2
            + 120 * dim
            + 8,
            52 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 112 * dim**2
            + 128 * dim
            + 8,
            56 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 112 * dim**2
            + 120 * dim
            + 8,
            64 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 108 * dim**2
            + 116 * dim
            + 8,
            76 * batch * dim * seq_len
            + 28 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 100 * dim**2
            + 108 * dim
            + 8,
            80 * batch * dim * seq_len
            + 24 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 100 * dim**2
            + 108 * dim
            + 8,
            100 * batch * dim * seq_len
            + 24 * batch * n_head * seq_len**2
            + 24 * batch * seq_len
            + 96 * dim**2
            + 96 * dim
            + 8,
            148 * batch * dim * seq_len
            + 24 * batch * n_head * seq_len**2
            + 24 * batch * seq_len
            + 80 * dim**2
            + 80 * dim
            + 8,
        )
    return max(
        288 * dim**2 + 4 * dim * seq_len + 320 * dim + 76,
        128 * dim**2 + 24 * dim * seq_len + 144 * dim + 8 * seq_len + 8,
        80 * dim**2 + 144 * dim * seq_len + 80 * dim + 24 * n_head * seq_len**2 + 24 * seq_len + 8,
        96 * dim**2 + 96 * dim * seq_len + 96 * dim + 24 * n_head * seq_len**2 + 24 * seq_len + 8,
        100 * dim**2 + 72 * dim * seq_len + 108 * dim + 28 * n_head * seq_len**2 + 16 * seq_len + 8,
        100 * dim**2 + 76 * dim * seq_len + 108 * dim + 24 * n_head * seq_len**2 + 16 * seq_len + 8,
        108 * dim**2 + 60 * dim * seq_len + 116 * dim + 12 * n_head * seq_len**2 + 16 * seq_len + 8,
        112 * dim**2 + 52 * dim * seq_len + 128 * dim + 12 * n_head * seq_len**2 + 16 * seq_len + 8,
        112 * dim**2 + 56 * dim * seq_len + 120 * dim + 12 * n_head * seq_len**2 + 16 * seq_len + 8,
        116 * dim**2 + 36 * dim * seq_len + 132 * dim + 16 * n_head * seq_len**2 + 8 * seq_len + 8,
        124 * dim**2 + 48 * dim * seq_len + 120 * dim + 12 * n_head * seq_len**2 + 16 * seq_len + 8,
    )
