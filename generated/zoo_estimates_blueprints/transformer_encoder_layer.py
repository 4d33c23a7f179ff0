"""transformer/encoder_layer: TransformerEncoderLayer(dim, n_head, 4 dim), batch first, post- or
pre-norm

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.encoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain transformer/encoder_layer.
"""

from __future__ import annotations

from . import again, refused

KEY = "transformer/encoder_layer"
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
    "(zoo/torch_layers.py, in encoder_layer)"
)


def _no_module(dim: int, n_head: int) -> bool:
    return (dim // n_head) * n_head != dim


def transformer_encoder_layer_params(dim: int, *, n_head: int = 4, norm_first: bool = False) -> int:
    """Parameters of transformer/encoder_layer.

    The same for every value of norm_first.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 12 * dim**2 + 13 * dim

    Per submodule:
        otherwise:
            self_attn (MultiheadAttention): 3 * dim**2 + 3 * dim
            self_attn.out_proj (NonDynamicallyQuantizableLinear): dim**2 + dim
            linear1 (Linear): 4 * dim**2 + 4 * dim
            linear2 (Linear): 4 * dim**2 + dim
            norm1 (LayerNorm): 2 * dim
            norm2 (LayerNorm): 2 * dim
    """
    if not (
        type(dim) is type(n_head) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and type(norm_first) is bool
    ):
        return again(transformer_encoder_layer_params, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 12 * dim**2 + 13 * dim


def transformer_encoder_layer_buffers(
    dim: int, *, n_head: int = 4, norm_first: bool = False
) -> int:
    """Buffer elements of transformer/encoder_layer.

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
        return again(transformer_encoder_layer_buffers, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 0


def transformer_encoder_layer_training_state_bytes(
    dim: int, *, optimizer: str = "adam", n_head: int = 4, norm_first: bool = False
) -> int:
    """Training state bytes of transformer/encoder_layer.

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
        and type(norm_first) is bool
    ):
        return again(transformer_encoder_layer_training_state_bytes, KEY, _DOMAIN, locals())
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


def transformer_encoder_layer_forward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4, norm_first: bool = False
) -> int:
    """Forward FLOPs of transformer/encoder_layer.

    if not norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head: 24 * batch * n_head**2 *
            seq_len + 4 * batch * n_head * seq_len**2
        otherwise: 24 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2

    if norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 24 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(norm_first) is bool
    ):
        return again(transformer_encoder_layer_forward_flops, KEY, _DOMAIN, locals())
    if not norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
            return 24 * batch * n_head**2 * seq_len + 4 * batch * n_head * seq_len**2
        return 24 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return 24 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2


def transformer_encoder_layer_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4, norm_first: bool = False
) -> int:
    """Backward FLOPs of transformer/encoder_layer.

    if not norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head: 48 * batch * n_head**2 *
            seq_len + 8 * batch * n_head * seq_len**2
        otherwise: 48 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2

    if norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 48 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(norm_first) is bool
    ):
        return again(transformer_encoder_layer_backward_flops, KEY, _DOMAIN, locals())
    if not norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
            return 48 * batch * n_head**2 * seq_len + 8 * batch * n_head * seq_len**2
        return 48 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return 48 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2


def transformer_encoder_layer_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4, norm_first: bool = False
) -> int:
    """Forward elementwise operations of transformer/encoder_layer.

    if not norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1: 39 * batch * dim * seq_len
            + 6 * batch * n_head * seq_len**2
        if batch > 1 and seq_len > 1 and batch * n_head != batch: 6 * batch * n_head * seq_len**2 +
            39 * batch * n_head * seq_len
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head: 42 * batch * n_head
        if batch > 1 and seq_len > 1: 39 * batch * dim * seq_len + 6 * batch * seq_len**2
        if batch != 1 and batch * n_head == batch: 36 * batch * dim + 6 * batch
        if seq_len != 1: 36 * dim * seq_len + 6 * n_head * seq_len**2
        otherwise: 36 * batch * dim + 6 * batch * n_head

    if norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch > 1 and seq_len > 1 and batch * n_head != batch: 39 * batch * dim * seq_len + 6 *
            batch * n_head * seq_len**2
        if batch > 1 and seq_len > 1: 39 * batch * dim * seq_len + 6 * batch * seq_len**2
        if batch >= 2 and batch * n_head == batch: 36 * batch * dim + 6 * batch
        if seq_len >= 2: 36 * dim * seq_len + 6 * n_head * seq_len**2
        otherwise: 36 * batch * dim + 6 * batch * n_head
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(norm_first) is bool
    ):
        return again(transformer_encoder_layer_elementwise_flops, KEY, _DOMAIN, locals())
    if not norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1:
            return 39 * batch * dim * seq_len + 6 * batch * n_head * seq_len**2
        if batch > 1 and seq_len > 1 and batch * n_head != batch:
            return 6 * batch * n_head * seq_len**2 + 39 * batch * n_head * seq_len
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
            return 42 * batch * n_head
        if batch > 1 and seq_len > 1:
            return 39 * batch * dim * seq_len + 6 * batch * seq_len**2
        if batch != 1 and batch * n_head == batch:
            return 36 * batch * dim + 6 * batch
        if seq_len != 1:
            return 36 * dim * seq_len + 6 * n_head * seq_len**2
        return 36 * batch * dim + 6 * batch * n_head
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if batch > 1 and seq_len > 1 and batch * n_head != batch:
        return 39 * batch * dim * seq_len + 6 * batch * n_head * seq_len**2
    if batch > 1 and seq_len > 1:
        return 39 * batch * dim * seq_len + 6 * batch * seq_len**2
    if batch >= 2 and batch * n_head == batch:
        return 36 * batch * dim + 6 * batch
    if seq_len >= 2:
        return 36 * dim * seq_len + 6 * n_head * seq_len**2
    return 36 * batch * dim + 6 * batch * n_head


def transformer_encoder_layer_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4, norm_first: bool = False
) -> int:
    """Backward elementwise operations of transformer/encoder_layer.

    if not norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head: 4 * batch * n_head *
            seq_len**2 + 45 * batch * n_head * seq_len
        if batch != 1 and batch * n_head == batch: 45 * batch * dim * seq_len + 4 * batch *
            seq_len**2
        otherwise: 45 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2

    if norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch != 1 and batch * n_head == batch: 45 * batch * dim * seq_len + 4 * batch *
            seq_len**2
        otherwise: 45 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(norm_first) is bool
    ):
        return again(transformer_encoder_layer_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if not norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
            return 4 * batch * n_head * seq_len**2 + 45 * batch * n_head * seq_len
        if batch != 1 and batch * n_head == batch:
            return 45 * batch * dim * seq_len + 4 * batch * seq_len**2
        return 45 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if batch != 1 and batch * n_head == batch:
        return 45 * batch * dim * seq_len + 4 * batch * seq_len**2
    return 45 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2


def transformer_encoder_layer_activation_bytes(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4, norm_first: bool = False
) -> int:
    """Activation bytes of transformer/encoder_layer.

    if not norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head: 12 * batch * n_head *
            seq_len**2 + 96 * batch * n_head * seq_len + 16 * batch * seq_len
        if batch != 1 and batch * n_head == batch: 96 * batch * dim * seq_len + 12 * batch *
            seq_len**2 + 16 * batch * seq_len
        otherwise: 96 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch *
            seq_len

    if norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch != 1 and batch * n_head == batch: 96 * batch * dim * seq_len + 12 * batch *
            seq_len**2 + 16 * batch * seq_len
        otherwise: 96 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch *
            seq_len
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(norm_first) is bool
    ):
        return again(transformer_encoder_layer_activation_bytes, KEY, _DOMAIN, locals())
    if not norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
            return (
                12 * batch * n_head * seq_len**2
                + 96 * batch * n_head * seq_len
                + 16 * batch * seq_len
            )
        if batch != 1 and batch * n_head == batch:
            return 96 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len
        return 96 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch * seq_len
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if batch != 1 and batch * n_head == batch:
        return 96 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len
    return 96 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch * seq_len


def transformer_encoder_layer_peak_bytes(
    dim: int,
    *,
    optimizer: str = "adam",
    batch: int,
    seq_len: int,
    n_head: int = 4,
    norm_first: bool = False,
) -> int:
    """Peak bytes of a training step of transformer/encoder_layer.

    if optimizer == 'sgd' and not norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1: max(20 * batch * dim *
            seq_len + 96 * dim**2 + 104 * dim + 8, 48 * batch * dim * seq_len + 84 * dim**2 + 92 *
            dim + 8, 36 * batch * dim * seq_len + 16 * batch * n_head * seq_len**2 + 84 * dim**2 +
            92 * dim + 8, 40 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 84 *
            dim**2 + 92 * dim + 8, 68 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 8
            * batch * seq_len + 80 * dim**2 + 80 * dim + 8, 116 * batch * dim * seq_len + 12 * batch
            * n_head * seq_len**2 + 8 * batch * seq_len + 64 * dim**2 + 64 * dim + 8)
        if batch > 1 and seq_len > 1 and batch * n_head != batch: max(20 * batch * n_head * seq_len
            + 96 * n_head**2 + 104 * n_head + 8, 16 * batch * n_head * seq_len**2 + 36 * batch *
            n_head * seq_len + 84 * n_head**2 + 92 * n_head + 8, 12 * batch * n_head * seq_len**2 +
            68 * batch * n_head * seq_len + 8 * batch * seq_len + 80 * n_head**2 + 80 * n_head + 8,
            12 * batch * n_head * seq_len**2 + 116 * batch * n_head * seq_len + 8 * batch * seq_len
            + 64 * n_head**2 + 64 * n_head + 8)
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head: max(16 * batch * n_head + 96 *
            n_head**2 + 104 * n_head + 8, 48 * batch * n_head + 84 * n_head**2 + 92 * n_head + 8, 76
            * batch * n_head + 8 * batch + 80 * n_head**2 + 80 * n_head + 8, 124 * batch * n_head +
            8 * batch + 64 * n_head**2 + 64 * n_head + 8)
        if batch > 1 and seq_len > 1: max(20 * batch * dim * seq_len + 96 * dim**2 + 104 * dim + 8,
            48 * batch * dim * seq_len + 84 * dim**2 + 92 * dim + 8, 36 * batch * dim * seq_len + 16
            * batch * seq_len**2 + 84 * dim**2 + 92 * dim + 8, 40 * batch * dim * seq_len + 12 *
            batch * seq_len**2 + 84 * dim**2 + 92 * dim + 8, 68 * batch * dim * seq_len + 12 * batch
            * seq_len**2 + 8 * batch * seq_len + 80 * dim**2 + 80 * dim + 8, 116 * batch * dim *
            seq_len + 12 * batch * seq_len**2 + 8 * batch * seq_len + 64 * dim**2 + 64 * dim + 8)
        if batch != 1 and batch * n_head == batch: max(16 * batch * dim + 96 * dim**2 + 104 * dim +
            8, 44 * batch * dim + 84 * dim**2 + 92 * dim + 8, 36 * batch * dim + 12 * batch + 84 *
            dim**2 + 92 * dim + 8, 64 * batch * dim + 20 * batch + 80 * dim**2 + 80 * dim + 8, 112 *
            batch * dim + 20 * batch + 64 * dim**2 + 64 * dim + 8)
        if seq_len != 1: max(84 * dim**2 + 44 * dim * seq_len + 92 * dim + 8, 96 * dim**2 + 16 * dim
            * seq_len + 104 * dim + 8, 84 * dim**2 + 32 * dim * seq_len + 92 * dim + 16 * n_head *
            seq_len**2 + 8, 84 * dim**2 + 36 * dim * seq_len + 92 * dim + 12 * n_head * seq_len**2 +
            8, 64 * dim**2 + 112 * dim * seq_len + 64 * dim + 12 * n_head * seq_len**2 + 8 * seq_len
            + 8, 80 * dim**2 + 64 * dim * seq_len + 80 * dim + 12 * n_head * seq_len**2 + 8 *
            seq_len + 8)
        otherwise: max(16 * batch * dim + 96 * dim**2 + 104 * dim + 8, 44 * batch * dim + 84 *
            dim**2 + 92 * dim + 8, 32 * batch * dim + 16 * batch * n_head + 84 * dim**2 + 92 * dim +
            8, 36 * batch * dim + 12 * batch * n_head + 84 * dim**2 + 92 * dim + 8, 64 * batch * dim
            + 12 * batch * n_head + 8 * batch + 80 * dim**2 + 80 * dim + 8, 112 * batch * dim + 12 *
            batch * n_head + 8 * batch + 64 * dim**2 + 64 * dim + 8)

    if optimizer == 'sgd' and norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch != 1 and batch * n_head == batch: max(20 * batch * dim * seq_len + 8 * batch *
            seq_len + 96 * dim**2 + 96 * dim + 8, 44 * batch * dim * seq_len + 8 * batch * seq_len +
            84 * dim**2 + 84 * dim + 8, 32 * batch * dim * seq_len + 16 * batch * seq_len**2 + 8 *
            batch * seq_len + 84 * dim**2 + 84 * dim + 8, 36 * batch * dim * seq_len + 12 * batch *
            seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8, 60 * batch * dim *
            seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len + 80 * dim**2 + 72 * dim + 8,
            108 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len + 64 *
            dim**2 + 56 * dim + 8)
        otherwise: max(20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim +
            8, 44 * batch * dim * seq_len + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8, 32 *
            batch * dim * seq_len + 16 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 84 *
            dim**2 + 84 * dim + 8, 36 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 8
            * batch * seq_len + 84 * dim**2 + 84 * dim + 8, 60 * batch * dim * seq_len + 12 * batch
            * n_head * seq_len**2 + 16 * batch * seq_len + 80 * dim**2 + 72 * dim + 8, 108 * batch *
            dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch * seq_len + 64 * dim**2 +
            56 * dim + 8)

    if optimizer == 'sgd_momentum' and not norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head: max(4 * batch
            * n_head * seq_len + 144 * n_head**2 + 156 * n_head + 4, 20 * batch * n_head * seq_len +
            96 * n_head**2 + 104 * n_head + 8, 16 * batch * n_head * seq_len**2 + 36 * batch *
            n_head * seq_len + 84 * n_head**2 + 92 * n_head + 8, 12 * batch * n_head * seq_len**2 +
            68 * batch * n_head * seq_len + 8 * batch * seq_len + 80 * n_head**2 + 80 * n_head + 8,
            12 * batch * n_head * seq_len**2 + 116 * batch * n_head * seq_len + 8 * batch * seq_len
            + 64 * n_head**2 + 64 * n_head + 8)
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head: max(4 * batch * n_head + 144 *
            n_head**2 + 156 * n_head + 4, 16 * batch * n_head + 96 * n_head**2 + 104 * n_head + 8,
            48 * batch * n_head + 84 * n_head**2 + 92 * n_head + 8, 76 * batch * n_head + 8 * batch
            + 80 * n_head**2 + 80 * n_head + 8, 124 * batch * n_head + 8 * batch + 64 * n_head**2 +
            64 * n_head + 8)
        if batch > 1 and seq_len > 1 and batch * n_head == batch: max(4 * batch * dim * seq_len +
            144 * dim**2 + 156 * dim + 4, 20 * batch * dim * seq_len + 96 * dim**2 + 104 * dim + 8,
            48 * batch * dim * seq_len + 84 * dim**2 + 92 * dim + 8, 36 * batch * dim * seq_len + 16
            * batch * seq_len**2 + 84 * dim**2 + 92 * dim + 8, 40 * batch * dim * seq_len + 12 *
            batch * seq_len**2 + 84 * dim**2 + 92 * dim + 8, 68 * batch * dim * seq_len + 12 * batch
            * seq_len**2 + 8 * batch * seq_len + 80 * dim**2 + 80 * dim + 8, 116 * batch * dim *
            seq_len + 12 * batch * seq_len**2 + 8 * batch * seq_len + 64 * dim**2 + 64 * dim + 8)
        if seq_len == 1 and dim != n_head and n_head != 1: max(4 * batch * dim + 144 * dim**2 + 156
            * dim + 4, 16 * batch * dim + 96 * dim**2 + 104 * dim + 8, 44 * batch * dim + 84 *
            dim**2 + 92 * dim + 8, 32 * batch * dim + 16 * batch * n_head + 84 * dim**2 + 92 * dim +
            8, 36 * batch * dim + 12 * batch * n_head + 84 * dim**2 + 92 * dim + 8, 64 * batch * dim
            + 12 * batch * n_head + 8 * batch + 80 * dim**2 + 80 * dim + 8, 112 * batch * dim + 12 *
            batch * n_head + 8 * batch + 64 * dim**2 + 64 * dim + 8)
        if seq_len == 1 and batch != 1: max(4 * batch * dim + 144 * dim**2 + 156 * dim + 4, 16 *
            batch * dim + 96 * dim**2 + 104 * dim + 8, 44 * batch * dim + 84 * dim**2 + 92 * dim +
            8, 36 * batch * dim + 12 * batch + 84 * dim**2 + 92 * dim + 8, 64 * batch * dim + 20 *
            batch + 80 * dim**2 + 80 * dim + 8, 112 * batch * dim + 20 * batch + 64 * dim**2 + 64 *
            dim + 8)
        if seq_len == 1 or batch != 1: max(4 * batch * dim * seq_len + 144 * dim**2 + 156 * dim + 4,
            20 * batch * dim * seq_len + 96 * dim**2 + 104 * dim + 8, 48 * batch * dim * seq_len +
            84 * dim**2 + 92 * dim + 8, 36 * batch * dim * seq_len + 16 * batch * n_head *
            seq_len**2 + 84 * dim**2 + 92 * dim + 8, 40 * batch * dim * seq_len + 12 * batch *
            n_head * seq_len**2 + 84 * dim**2 + 92 * dim + 8, 68 * batch * dim * seq_len + 12 *
            batch * n_head * seq_len**2 + 8 * batch * seq_len + 80 * dim**2 + 80 * dim + 8, 116 *
            batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 64 *
            dim**2 + 64 * dim + 8)
        otherwise: max(84 * dim**2 + 44 * dim * seq_len + 92 * dim + 8, 96 * dim**2 + 16 * dim *
            seq_len + 104 * dim + 8, 144 * dim**2 + 4 * dim * seq_len + 156 * dim + 4, 84 * dim**2 +
            32 * dim * seq_len + 92 * dim + 16 * n_head * seq_len**2 + 8, 84 * dim**2 + 36 * dim *
            seq_len + 92 * dim + 12 * n_head * seq_len**2 + 8, 64 * dim**2 + 112 * dim * seq_len +
            64 * dim + 12 * n_head * seq_len**2 + 8 * seq_len + 8, 80 * dim**2 + 64 * dim * seq_len
            + 80 * dim + 12 * n_head * seq_len**2 + 8 * seq_len + 8)

    if optimizer == 'sgd_momentum' and norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch != 1 and batch * n_head == batch: max(144 * dim**2 + 156 * dim + 4, 20 * batch *
            dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8, 44 * batch * dim *
            seq_len + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8, 32 * batch * dim * seq_len +
            16 * batch * seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8, 36 * batch *
            dim * seq_len + 12 * batch * seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 * dim +
            8, 60 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len + 80 *
            dim**2 + 72 * dim + 8, 108 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 *
            batch * seq_len + 64 * dim**2 + 56 * dim + 8)
        otherwise: max(144 * dim**2 + 156 * dim + 4, 20 * batch * dim * seq_len + 8 * batch *
            seq_len + 96 * dim**2 + 96 * dim + 8, 44 * batch * dim * seq_len + 8 * batch * seq_len +
            84 * dim**2 + 84 * dim + 8, 32 * batch * dim * seq_len + 16 * batch * n_head *
            seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8, 36 * batch * dim *
            seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 *
            dim + 8, 60 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch *
            seq_len + 80 * dim**2 + 72 * dim + 8, 108 * batch * dim * seq_len + 12 * batch * n_head
            * seq_len**2 + 16 * batch * seq_len + 64 * dim**2 + 56 * dim + 8)

    if optimizer in ('adam', 'adamw') and not norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head: max(4 * batch
            * n_head * seq_len + 224 * n_head**2 + 224 * n_head + 52, 20 * batch * n_head * seq_len
            + 96 * n_head**2 + 104 * n_head + 8, 16 * batch * n_head * seq_len**2 + 36 * batch *
            n_head * seq_len + 84 * n_head**2 + 92 * n_head + 8, 12 * batch * n_head * seq_len**2 +
            68 * batch * n_head * seq_len + 8 * batch * seq_len + 80 * n_head**2 + 80 * n_head + 8,
            12 * batch * n_head * seq_len**2 + 116 * batch * n_head * seq_len + 8 * batch * seq_len
            + 64 * n_head**2 + 64 * n_head + 8)
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head: max(4 * batch * n_head + 224 *
            n_head**2 + 224 * n_head + 52, 16 * batch * n_head + 96 * n_head**2 + 104 * n_head + 8,
            48 * batch * n_head + 84 * n_head**2 + 92 * n_head + 8, 76 * batch * n_head + 8 * batch
            + 80 * n_head**2 + 80 * n_head + 8, 124 * batch * n_head + 8 * batch + 64 * n_head**2 +
            64 * n_head + 8)
        if batch > 1 and seq_len > 1 and batch * n_head == batch: max(4 * batch * dim * seq_len +
            224 * dim**2 + 224 * dim + 52, 20 * batch * dim * seq_len + 96 * dim**2 + 104 * dim + 8,
            48 * batch * dim * seq_len + 84 * dim**2 + 92 * dim + 8, 36 * batch * dim * seq_len + 16
            * batch * seq_len**2 + 84 * dim**2 + 92 * dim + 8, 40 * batch * dim * seq_len + 12 *
            batch * seq_len**2 + 84 * dim**2 + 92 * dim + 8, 68 * batch * dim * seq_len + 12 * batch
            * seq_len**2 + 8 * batch * seq_len + 80 * dim**2 + 80 * dim + 8, 116 * batch * dim *
            seq_len + 12 * batch * seq_len**2 + 8 * batch * seq_len + 64 * dim**2 + 64 * dim + 8)
        if seq_len == 1 and dim != n_head and n_head != 1: max(4 * batch * dim + 224 * dim**2 + 224
            * dim + 52, 16 * batch * dim + 96 * dim**2 + 104 * dim + 8, 44 * batch * dim + 84 *
            dim**2 + 92 * dim + 8, 32 * batch * dim + 16 * batch * n_head + 84 * dim**2 + 92 * dim +
            8, 36 * batch * dim + 12 * batch * n_head + 84 * dim**2 + 92 * dim + 8, 64 * batch * dim
            + 12 * batch * n_head + 8 * batch + 80 * dim**2 + 80 * dim + 8, 112 * batch * dim + 12 *
            batch * n_head + 8 * batch + 64 * dim**2 + 64 * dim + 8)
        if seq_len == 1 and batch != 1: max(4 * batch * dim + 224 * dim**2 + 224 * dim + 52, 16 *
            batch * dim + 96 * dim**2 + 104 * dim + 8, 44 * batch * dim + 84 * dim**2 + 92 * dim +
            8, 36 * batch * dim + 12 * batch + 84 * dim**2 + 92 * dim + 8, 64 * batch * dim + 20 *
            batch + 80 * dim**2 + 80 * dim + 8, 112 * batch * dim + 20 * batch + 64 * dim**2 + 64 *
            dim + 8)
        if seq_len == 1 or batch != 1: max(4 * batch * dim * seq_len + 224 * dim**2 + 224 * dim +
            52, 20 * batch * dim * seq_len + 96 * dim**2 + 104 * dim + 8, 48 * batch * dim * seq_len
            + 84 * dim**2 + 92 * dim + 8, 36 * batch * dim * seq_len + 16 * batch * n_head *
            seq_len**2 + 84 * dim**2 + 92 * dim + 8, 40 * batch * dim * seq_len + 12 * batch *
            n_head * seq_len**2 + 84 * dim**2 + 92 * dim + 8, 68 * batch * dim * seq_len + 12 *
            batch * n_head * seq_len**2 + 8 * batch * seq_len + 80 * dim**2 + 80 * dim + 8, 116 *
            batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 64 *
            dim**2 + 64 * dim + 8)
        otherwise: max(84 * dim**2 + 44 * dim * seq_len + 92 * dim + 8, 96 * dim**2 + 16 * dim *
            seq_len + 104 * dim + 8, 224 * dim**2 + 4 * dim * seq_len + 224 * dim + 52, 84 * dim**2
            + 32 * dim * seq_len + 92 * dim + 16 * n_head * seq_len**2 + 8, 84 * dim**2 + 36 * dim *
            seq_len + 92 * dim + 12 * n_head * seq_len**2 + 8, 64 * dim**2 + 112 * dim * seq_len +
            64 * dim + 12 * n_head * seq_len**2 + 8 * seq_len + 8, 80 * dim**2 + 64 * dim * seq_len
            + 80 * dim + 12 * n_head * seq_len**2 + 8 * seq_len + 8)

    if optimizer in ('adam', 'adamw') and norm_first:

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch != 1 and batch * n_head == batch: max(224 * dim**2 + 224 * dim + 52, 20 * batch *
            dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8, 44 * batch * dim *
            seq_len + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8, 32 * batch * dim * seq_len +
            16 * batch * seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8, 36 * batch *
            dim * seq_len + 12 * batch * seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 * dim +
            8, 60 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len + 80 *
            dim**2 + 72 * dim + 8, 108 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 *
            batch * seq_len + 64 * dim**2 + 56 * dim + 8)
        otherwise: max(224 * dim**2 + 224 * dim + 52, 20 * batch * dim * seq_len + 8 * batch *
            seq_len + 96 * dim**2 + 96 * dim + 8, 44 * batch * dim * seq_len + 8 * batch * seq_len +
            84 * dim**2 + 84 * dim + 8, 32 * batch * dim * seq_len + 16 * batch * n_head *
            seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8, 36 * batch * dim *
            seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 *
            dim + 8, 60 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch *
            seq_len + 80 * dim**2 + 72 * dim + 8, 108 * batch * dim * seq_len + 12 * batch * n_head
            * seq_len**2 + 16 * batch * seq_len + 64 * dim**2 + 56 * dim + 8)
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
        return again(transformer_encoder_layer_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd" and not norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if batch != 1 and dim != n_head and n_head != 1 and seq_len != 1:
            return max(
                20 * batch * dim * seq_len + 96 * dim**2 + 104 * dim + 8,
                48 * batch * dim * seq_len + 84 * dim**2 + 92 * dim + 8,
                36 * batch * dim * seq_len
                + 16 * batch * n_head * seq_len**2
                + 84 * dim**2
                + 92 * dim
                + 8,
                40 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 84 * dim**2
                + 92 * dim
                + 8,
                68 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 80 * dim**2
                + 80 * dim
                + 8,
                116 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 64 * dim**2
                + 64 * dim
                + 8,
            )
        if batch > 1 and seq_len > 1 and batch * n_head != batch:
            return max(
                20 * batch * n_head * seq_len + 96 * n_head**2 + 104 * n_head + 8,
                16 * batch * n_head * seq_len**2
                + 36 * batch * n_head * seq_len
                + 84 * n_head**2
                + 92 * n_head
                + 8,
                12 * batch * n_head * seq_len**2
                + 68 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 80 * n_head**2
                + 80 * n_head
                + 8,
                12 * batch * n_head * seq_len**2
                + 116 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 64 * n_head**2
                + 64 * n_head
                + 8,
            )
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
            return max(
                16 * batch * n_head + 96 * n_head**2 + 104 * n_head + 8,
                48 * batch * n_head + 84 * n_head**2 + 92 * n_head + 8,
                76 * batch * n_head + 8 * batch + 80 * n_head**2 + 80 * n_head + 8,
                124 * batch * n_head + 8 * batch + 64 * n_head**2 + 64 * n_head + 8,
            )
        if batch > 1 and seq_len > 1:
            return max(
                20 * batch * dim * seq_len + 96 * dim**2 + 104 * dim + 8,
                48 * batch * dim * seq_len + 84 * dim**2 + 92 * dim + 8,
                36 * batch * dim * seq_len + 16 * batch * seq_len**2 + 84 * dim**2 + 92 * dim + 8,
                40 * batch * dim * seq_len + 12 * batch * seq_len**2 + 84 * dim**2 + 92 * dim + 8,
                68 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 80 * dim**2
                + 80 * dim
                + 8,
                116 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 64 * dim**2
                + 64 * dim
                + 8,
            )
        if batch != 1 and batch * n_head == batch:
            return max(
                16 * batch * dim + 96 * dim**2 + 104 * dim + 8,
                44 * batch * dim + 84 * dim**2 + 92 * dim + 8,
                36 * batch * dim + 12 * batch + 84 * dim**2 + 92 * dim + 8,
                64 * batch * dim + 20 * batch + 80 * dim**2 + 80 * dim + 8,
                112 * batch * dim + 20 * batch + 64 * dim**2 + 64 * dim + 8,
            )
        if seq_len != 1:
            return max(
                84 * dim**2 + 44 * dim * seq_len + 92 * dim + 8,
                96 * dim**2 + 16 * dim * seq_len + 104 * dim + 8,
                84 * dim**2 + 32 * dim * seq_len + 92 * dim + 16 * n_head * seq_len**2 + 8,
                84 * dim**2 + 36 * dim * seq_len + 92 * dim + 12 * n_head * seq_len**2 + 8,
                64 * dim**2
                + 112 * dim * seq_len
                + 64 * dim
                + 12 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
                80 * dim**2
                + 64 * dim * seq_len
                + 80 * dim
                + 12 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
            )
        return max(
            16 * batch * dim + 96 * dim**2 + 104 * dim + 8,
            44 * batch * dim + 84 * dim**2 + 92 * dim + 8,
            32 * batch * dim + 16 * batch * n_head + 84 * dim**2 + 92 * dim + 8,
            36 * batch * dim + 12 * batch * n_head + 84 * dim**2 + 92 * dim + 8,
            64 * batch * dim + 12 * batch * n_head + 8 * batch + 80 * dim**2 + 80 * dim + 8,
            112 * batch * dim + 12 * batch * n_head + 8 * batch + 64 * dim**2 + 64 * dim + 8,
        )
    if optimizer == "sgd" and norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if batch != 1 and batch * n_head == batch:
            return max(
                20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
                44 * batch * dim * seq_len + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8,
                32 * batch * dim * seq_len
                + 16 * batch * seq_len**2
                + 8 * batch * seq_len
                + 84 * dim**2
                + 84 * dim
                + 8,
                36 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 84 * dim**2
                + 84 * dim
                + 8,
                60 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 16 * batch * seq_len
                + 80 * dim**2
                + 72 * dim
                + 8,
                108 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 16 * batch * seq_len
                + 64 * dim**2
                + 56 * dim
                + 8,
            )
        return max(
            20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
            44 * batch * dim * seq_len + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8,
            32 * batch * dim * seq_len
            + 16 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 84 * dim**2
            + 84 * dim
            + 8,
            36 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 84 * dim**2
            + 84 * dim
            + 8,
            60 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 80 * dim**2
            + 72 * dim
            + 8,
            108 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 64 * dim**2
            + 56 * dim
            + 8,
        )
    if optimizer == "sgd_momentum" and not norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head:
            return max(
                4 * batch * n_head * seq_len + 144 * n_head**2 + 156 * n_head + 4,
                20 * batch * n_head * seq_len + 96 * n_head**2 + 104 * n_head + 8,
                16 * batch * n_head * seq_len**2
                + 36 * batch * n_head * seq_len
                + 84 * n_head**2
                + 92 * n_head
                + 8,
                12 * batch * n_head * seq_len**2
                + 68 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 80 * n_head**2
                + 80 * n_head
                + 8,
                12 * batch * n_head * seq_len**2
                + 116 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 64 * n_head**2
                + 64 * n_head
                + 8,
            )
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
            return max(
                4 * batch * n_head + 144 * n_head**2 + 156 * n_head + 4,
                16 * batch * n_head + 96 * n_head**2 + 104 * n_head + 8,
                48 * batch * n_head + 84 * n_head**2 + 92 * n_head + 8,
                76 * batch * n_head + 8 * batch + 80 * n_head**2 + 80 * n_head + 8,
                124 * batch * n_head + 8 * batch + 64 * n_head**2 + 64 * n_head + 8,
            )
        if batch > 1 and seq_len > 1 and batch * n_head == batch:
            return max(
                4 * batch * dim * seq_len + 144 * dim**2 + 156 * dim + 4,
                20 * batch * dim * seq_len + 96 * dim**2 + 104 * dim + 8,
                48 * batch * dim * seq_len + 84 * dim**2 + 92 * dim + 8,
                36 * batch * dim * seq_len + 16 * batch * seq_len**2 + 84 * dim**2 + 92 * dim + 8,
                40 * batch * dim * seq_len + 12 * batch * seq_len**2 + 84 * dim**2 + 92 * dim + 8,
                68 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 80 * dim**2
                + 80 * dim
                + 8,
                116 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 64 * dim**2
                + 64 * dim
                + 8,
            )
        if seq_len == 1 and dim != n_head and n_head != 1:
            return max(
                4 * batch * dim + 144 * dim**2 + 156 * dim + 4,
                16 * batch * dim + 96 * dim**2 + 104 * dim + 8,
                44 * batch * dim + 84 * dim**2 + 92 * dim + 8,
                32 * batch * dim + 16 * batch * n_head + 84 * dim**2 + 92 * dim + 8,
                36 * batch * dim + 12 * batch * n_head + 84 * dim**2 + 92 * dim + 8,
                64 * batch * dim + 12 * batch * n_head + 8 * batch + 80 * dim**2 + 80 * dim + 8,
                112 * batch * dim + 12 * batch * n_head + 8 * batch + 64 * dim**2 + 64 * dim + 8,
            )
        if seq_len == 1 and batch != 1:
            return max(
                4 * batch * dim + 144 * dim**2 + 156 * dim + 4,
                16 * batch * dim + 96 * dim**2 + 104 * dim + 8,
                44 * batch * dim + 84 * dim**2 + 92 * dim + 8,
                36 * batch * dim + 12 * batch + 84 * dim**2 + 92 * dim + 8,
                64 * batch * dim + 20 * batch + 80 * dim**2 + 80 * dim + 8,
                112 * batch * dim + 20 * batch + 64 * dim**2 + 64 * dim + 8,
            )
        if seq_len == 1 or batch != 1:
            return max(
                4 * batch * dim * seq_len + 144 * dim**2 + 156 * dim + 4,
                20 * batch * dim * seq_len + 96 * dim**2 + 104 * dim + 8,
                48 * batch * dim * seq_len + 84 * dim**2 + 92 * dim + 8,
                36 * batch * dim * seq_len
                + 16 * batch * n_head * seq_len**2
                + 84 * dim**2
                + 92 * dim
                + 8,
                40 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 84 * dim**2
                + 92 * dim
                + 8,
                68 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 80 * dim**2
                + 80 * dim
                + 8,
                116 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 64 * dim**2
                + 64 * dim
                + 8,
            )
        return max(
            84 * dim**2 + 44 * dim * seq_len + 92 * dim + 8,
            96 * dim**2 + 16 * dim * seq_len + 104 * dim + 8,
            144 * dim**2 + 4 * dim * seq_len + 156 * dim + 4,
            84 * dim**2 + 32 * dim * seq_len + 92 * dim + 16 * n_head * seq_len**2 + 8,
            84 * dim**2 + 36 * dim * seq_len + 92 * dim + 12 * n_head * seq_len**2 + 8,
            64 * dim**2
            + 112 * dim * seq_len
            + 64 * dim
            + 12 * n_head * seq_len**2
            + 8 * seq_len
            + 8,
            80 * dim**2
            + 64 * dim * seq_len
            + 80 * dim
            + 12 * n_head * seq_len**2
            + 8 * seq_len
            + 8,
        )
    if optimizer == "sgd_momentum" and norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if batch != 1 and batch * n_head == batch:
            return max(
                144 * dim**2 + 156 * dim + 4,
                20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
                44 * batch * dim * seq_len + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8,
                32 * batch * dim * seq_len
                + 16 * batch * seq_len**2
                + 8 * batch * seq_len
                + 84 * dim**2
                + 84 * dim
                + 8,
                36 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 84 * dim**2
                + 84 * dim
                + 8,
                60 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 16 * batch * seq_len
                + 80 * dim**2
                + 72 * dim
                + 8,
                108 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 16 * batch * seq_len
                + 64 * dim**2
                + 56 * dim
                + 8,
            )
        return max(
            144 * dim**2 + 156 * dim + 4,
            20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
            44 * batch * dim * seq_len + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8,
            32 * batch * dim * seq_len
            + 16 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 84 * dim**2
            + 84 * dim
            + 8,
            36 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 84 * dim**2
            + 84 * dim
            + 8,
            60 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 80 * dim**2
            + 72 * dim
            + 8,
            108 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 64 * dim**2
            + 56 * dim
            + 8,
        )
    if optimizer in ("adam", "adamw") and not norm_first:
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if batch != 1 and dim != 1 and seq_len != 1 and batch * dim == batch * n_head:
            return max(
                4 * batch * n_head * seq_len + 224 * n_head**2 + 224 * n_head + 52,
                20 * batch * n_head * seq_len + 96 * n_head**2 + 104 * n_head + 8,
                16 * batch * n_head * seq_len**2
                + 36 * batch * n_head * seq_len
                + 84 * n_head**2
                + 92 * n_head
                + 8,
                12 * batch * n_head * seq_len**2
                + 68 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 80 * n_head**2
                + 80 * n_head
                + 8,
                12 * batch * n_head * seq_len**2
                + 116 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 64 * n_head**2
                + 64 * n_head
                + 8,
            )
        if dim >= 2 and batch != 1 and batch * dim == batch * n_head:
            return max(
                4 * batch * n_head + 224 * n_head**2 + 224 * n_head + 52,
                16 * batch * n_head + 96 * n_head**2 + 104 * n_head + 8,
                48 * batch * n_head + 84 * n_head**2 + 92 * n_head + 8,
                76 * batch * n_head + 8 * batch + 80 * n_head**2 + 80 * n_head + 8,
                124 * batch * n_head + 8 * batch + 64 * n_head**2 + 64 * n_head + 8,
            )
        if batch > 1 and seq_len > 1 and batch * n_head == batch:
            return max(
                4 * batch * dim * seq_len + 224 * dim**2 + 224 * dim + 52,
                20 * batch * dim * seq_len + 96 * dim**2 + 104 * dim + 8,
                48 * batch * dim * seq_len + 84 * dim**2 + 92 * dim + 8,
                36 * batch * dim * seq_len + 16 * batch * seq_len**2 + 84 * dim**2 + 92 * dim + 8,
                40 * batch * dim * seq_len + 12 * batch * seq_len**2 + 84 * dim**2 + 92 * dim + 8,
                68 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 80 * dim**2
                + 80 * dim
                + 8,
                116 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 64 * dim**2
                + 64 * dim
                + 8,
            )
        if seq_len == 1 and dim != n_head and n_head != 1:
            return max(
                4 * batch * dim + 224 * dim**2 + 224 * dim + 52,
                16 * batch * dim + 96 * dim**2 + 104 * dim + 8,
                44 * batch * dim + 84 * dim**2 + 92 * dim + 8,
                32 * batch * dim + 16 * batch * n_head + 84 * dim**2 + 92 * dim + 8,
                36 * batch * dim + 12 * batch * n_head + 84 * dim**2 + 92 * dim + 8,
                64 * batch * dim + 12 * batch * n_head + 8 * batch + 80 * dim**2 + 80 * dim + 8,
                112 * batch * dim + 12 * batch * n_head + 8 * batch + 64 * dim**2 + 64 * dim + 8,
            )
        if seq_len == 1 and batch != 1:
            return max(
                4 * batch * dim + 224 * dim**2 + 224 * dim + 52,
                16 * batch * dim + 96 * dim**2 + 104 * dim + 8,
                44 * batch * dim + 84 * dim**2 + 92 * dim + 8,
                36 * batch * dim + 12 * batch + 84 * dim**2 + 92 * dim + 8,
                64 * batch * dim + 20 * batch + 80 * dim**2 + 80 * dim + 8,
                112 * batch * dim + 20 * batch + 64 * dim**2 + 64 * dim + 8,
            )
        if seq_len == 1 or batch != 1:
            return max(
                4 * batch * dim * seq_len + 224 * dim**2 + 224 * dim + 52,
                20 * batch * dim * seq_len + 96 * dim**2 + 104 * dim + 8,
                48 * batch * dim * seq_len + 84 * dim**2 + 92 * dim + 8,
                36 * batch * dim * seq_len
                + 16 * batch * n_head * seq_len**2
                + 84 * dim**2
                + 92 * dim
                + 8,
                40 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 84 * dim**2
                + 92 * dim
                + 8,
                68 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 80 * dim**2
                + 80 * dim
                + 8,
                116 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 64 * dim**2
                + 64 * dim
                + 8,
            )
        return max(
            84 * dim**2 + 44 * dim * seq_len + 92 * dim + 8,
            96 * dim**2 + 16 * dim * seq_len + 104 * dim + 8,
            224 * dim**2 + 4 * dim * seq_len + 224 * dim + 52,
            84 * dim**2 + 32 * dim * seq_len + 92 * dim + 16 * n_head * seq_len**2 + 8,
            84 * dim**2 + 36 * dim * seq_len + 92 * dim + 12 * n_head * seq_len**2 + 8,
            64 * dim**2
            + 112 * dim * seq_len
            + 64 * dim
            + 12 * n_head * seq_len**2
            + 8 * seq_len
            + 8,
            80 * dim**2
            + 64 * dim * seq_len
            + 80 * dim
            + 12 * n_head * seq_len**2
            + 8 * seq_len
            + 8,
        )
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if batch != 1 and batch * n_head == batch:
        return max(
            224 * dim**2 + 224 * dim + 52,
            20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
            44 * batch * dim * seq_len + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8,
            32 * batch * dim * seq_len
            + 16 * batch * seq_len**2
            + 8 * batch * seq_len
            + 84 * dim**2
            + 84 * dim
            + 8,
            36 * batch * dim * seq_len
            + 12 * batch * seq_len**2
            + 8 * batch * seq_len
            + 84 * dim**2
            + 84 * dim
            + 8,
            60 * batch * dim * seq_len
            + 12 * batch * seq_len**2
            + 16 * batch * seq_len
            + 80 * dim**2
            + 72 * dim
            + 8,
            108 * batch * dim * seq_len
            + 12 * batch * seq_len**2
            + 16 * batch * seq_len
            + 64 * dim**2
            + 56 * dim
            + 8,
        )
    return max(
        224 * dim**2 + 224 * dim + 52,
        20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
        44 * batch * dim * seq_len + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8,
        32 * batch * dim * seq_len
        + 16 * batch * n_head * seq_len**2
        + 8 * batch * seq_len
        + 84 * dim**2
        + 84 * dim
        + 8,
        36 * batch * dim * seq_len
        + 12 * batch * n_head * seq_len**2
        + 8 * batch * seq_len
        + 84 * dim**2
        + 84 * dim
        + 8,
        60 * batch * dim * seq_len
        + 12 * batch * n_head * seq_len**2
        + 16 * batch * seq_len
        + 80 * dim**2
        + 72 * dim
        + 8,
        108 * batch * dim * seq_len
        + 12 * batch * n_head * seq_len**2
        + 16 * batch * seq_len
        + 64 * dim**2
        + 56 * dim
        + 8,
    )
