"""transformer/nn_transformer: nn.Transformer(dim, n_head), one encoder and one decoder layer (its
own init: xavier on every matrix, clones by deepcopy), src = tgt = x, batch first

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.nn_transformer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain transformer/nn_transformer.
"""

from __future__ import annotations

from . import again, refused

KEY = "transformer/nn_transformer"
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
    "(zoo/torch_layers.py, in nn_transformer)"
)


def _no_module(dim: int, n_head: int) -> bool:
    return (dim // n_head) * n_head != dim


def transformer_nn_transformer_params(dim: int, *, n_head: int = 4) -> int:
    """Parameters of transformer/nn_transformer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 20 * dim**2 + 32 * dim

    Per submodule:
        otherwise:
            model.encoder.layers.0.self_attn (MultiheadAttention): 3 * dim**2 + 3 * dim
            model.encoder.layers.0.self_attn.out_proj (NonDynamicallyQuantizableLinear): dim**2 +
                dim
            model.encoder.layers.0.linear1 (Linear): 2 * dim**2 + 2 * dim
            model.encoder.layers.0.linear2 (Linear): 2 * dim**2 + dim
            model.encoder.layers.0.norm1 (LayerNorm): 2 * dim
            model.encoder.layers.0.norm2 (LayerNorm): 2 * dim
            model.encoder.norm (LayerNorm): 2 * dim
            model.decoder.layers.0.self_attn (MultiheadAttention): 3 * dim**2 + 3 * dim
            model.decoder.layers.0.self_attn.out_proj (NonDynamicallyQuantizableLinear): dim**2 +
                dim
            model.decoder.layers.0.multihead_attn (MultiheadAttention): 3 * dim**2 + 3 * dim
            model.decoder.layers.0.multihead_attn.out_proj (NonDynamicallyQuantizableLinear): dim**2
                + dim
            model.decoder.layers.0.linear1 (Linear): 2 * dim**2 + 2 * dim
            model.decoder.layers.0.linear2 (Linear): 2 * dim**2 + dim
            model.decoder.layers.0.norm1 (LayerNorm): 2 * dim
            model.decoder.layers.0.norm2 (LayerNorm): 2 * dim
            model.decoder.layers.0.norm3 (LayerNorm): 2 * dim
            model.decoder.norm (LayerNorm): 2 * dim
    """
    if not (type(dim) is type(n_head) is int and 1 <= dim <= 65536 and 1 <= n_head <= 8):
        return again(transformer_nn_transformer_params, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 20 * dim**2 + 32 * dim


def transformer_nn_transformer_buffers(dim: int, *, n_head: int = 4) -> int:
    """Buffer elements of transformer/nn_transformer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (type(dim) is type(n_head) is int and 1 <= dim <= 65536 and 1 <= n_head <= 8):
        return again(transformer_nn_transformer_buffers, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 0


def transformer_nn_transformer_training_state_bytes(
    dim: int, *, optimizer: str = "adam", n_head: int = 4
) -> int:
    """Training state bytes of transformer/nn_transformer.

    if optimizer == 'sgd':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 160 * dim**2 + 256 * dim

    if optimizer == 'sgd_momentum':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 240 * dim**2 + 384 * dim

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 320 * dim**2 + 512 * dim + 136
    """
    if not (
        type(dim) is type(n_head) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_nn_transformer_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        return 160 * dim**2 + 256 * dim
    if optimizer == "sgd_momentum":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        return 240 * dim**2 + 384 * dim
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 320 * dim**2 + 512 * dim + 136


def transformer_nn_transformer_forward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward FLOPs of transformer/nn_transformer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if batch != 1 and dim != 1 and n_head % 2 == 1 and batch * dim == batch * n_head: 40 * batch *
        n_head**2 * seq_len + 12 * batch * n_head * seq_len**2
    otherwise: 40 * batch * dim**2 * seq_len + 12 * batch * dim * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_nn_transformer_forward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if batch != 1 and dim != 1 and n_head % 2 == 1 and batch * dim == batch * n_head:
        return 40 * batch * n_head**2 * seq_len + 12 * batch * n_head * seq_len**2
    return 40 * batch * dim**2 * seq_len + 12 * batch * dim * seq_len**2


def transformer_nn_transformer_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward FLOPs of transformer/nn_transformer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if batch != 1 and dim != 1 and n_head % 2 == 1 and batch * dim == batch * n_head: 80 * batch *
        n_head**2 * seq_len + 24 * batch * n_head * seq_len**2
    otherwise: 80 * batch * dim**2 * seq_len + 24 * batch * dim * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_nn_transformer_backward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if batch != 1 and dim != 1 and n_head % 2 == 1 and batch * dim == batch * n_head:
        return 80 * batch * n_head**2 * seq_len + 24 * batch * n_head * seq_len**2
    return 80 * batch * dim**2 * seq_len + 24 * batch * dim * seq_len**2


def transformer_nn_transformer_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward elementwise operations of transformer/nn_transformer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if batch != 1 and dim != 1 and seq_len != 1 and n_head % 2 == 1 and batch * dim == batch *
        n_head: 18 * batch * n_head * seq_len**2 + 86 * batch * n_head * seq_len
    if batch != 1 and dim != 1 and n_head % 2 == 1 and batch * dim == batch * n_head: 95 * batch *
        n_head
    if batch > 1 and seq_len > 1 and batch * n_head == batch: 86 * batch * dim * seq_len + 18 *
        batch * seq_len**2
    if batch != 1 and batch * n_head == batch: 77 * batch * dim + 18 * batch
    if batch > 1 and seq_len > 1: 86 * batch * dim * seq_len + 18 * batch * n_head * seq_len**2
    if seq_len != 1: 77 * dim * seq_len + 18 * n_head * seq_len**2
    otherwise: 77 * batch * dim + 18 * batch * n_head
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_nn_transformer_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if (
        batch != 1
        and dim != 1
        and seq_len != 1
        and n_head % 2 == 1
        and batch * dim == batch * n_head
    ):
        return 18 * batch * n_head * seq_len**2 + 86 * batch * n_head * seq_len
    if batch != 1 and dim != 1 and n_head % 2 == 1 and batch * dim == batch * n_head:
        return 95 * batch * n_head
    if batch > 1 and seq_len > 1 and batch * n_head == batch:
        return 86 * batch * dim * seq_len + 18 * batch * seq_len**2
    if batch != 1 and batch * n_head == batch:
        return 77 * batch * dim + 18 * batch
    if batch > 1 and seq_len > 1:
        return 86 * batch * dim * seq_len + 18 * batch * n_head * seq_len**2
    if seq_len != 1:
        return 77 * dim * seq_len + 18 * n_head * seq_len**2
    return 77 * batch * dim + 18 * batch * n_head


def transformer_nn_transformer_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward elementwise operations of transformer/nn_transformer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if batch != 1 and dim != 1 and n_head % 2 == 1 and batch * dim == batch * n_head: 12 * batch *
        n_head * seq_len**2 + 113 * batch * n_head * seq_len
    if batch != 1 and batch * n_head == batch: 113 * batch * dim * seq_len + 12 * batch * seq_len**2
    otherwise: 113 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_nn_transformer_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if batch != 1 and dim != 1 and n_head % 2 == 1 and batch * dim == batch * n_head:
        return 12 * batch * n_head * seq_len**2 + 113 * batch * n_head * seq_len
    if batch != 1 and batch * n_head == batch:
        return 113 * batch * dim * seq_len + 12 * batch * seq_len**2
    return 113 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2


def transformer_nn_transformer_activation_bytes(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Activation bytes of transformer/nn_transformer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if batch != 1 and dim != 1 and seq_len != 1 and n_head % 2 == 1 and batch * dim == batch *
        n_head: 36 * batch * n_head * seq_len**2 + 188 * batch * n_head * seq_len + 56 * batch *
        seq_len
    if batch != 1 and dim != 1 and n_head % 2 == 1 and batch * dim == batch * n_head: 220 * batch *
        n_head + 56 * batch
    if batch > 1 and seq_len > 1 and batch * n_head == batch: 188 * batch * dim * seq_len + 36 *
        batch * seq_len**2 + 56 * batch * seq_len
    if batch != 1 and batch * n_head == batch: 184 * batch * dim + 92 * batch
    if batch > 1 and seq_len > 1: 188 * batch * dim * seq_len + 36 * batch * n_head * seq_len**2 +
        56 * batch * seq_len
    if seq_len != 1: 184 * dim * seq_len + 36 * n_head * seq_len**2 + 56 * seq_len
    otherwise: 184 * batch * dim + 36 * batch * n_head + 56 * batch
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_nn_transformer_activation_bytes, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if (
        batch != 1
        and dim != 1
        and seq_len != 1
        and n_head % 2 == 1
        and batch * dim == batch * n_head
    ):
        return (
            36 * batch * n_head * seq_len**2 + 188 * batch * n_head * seq_len + 56 * batch * seq_len
        )
    if batch != 1 and dim != 1 and n_head % 2 == 1 and batch * dim == batch * n_head:
        return 220 * batch * n_head + 56 * batch
    if batch > 1 and seq_len > 1 and batch * n_head == batch:
        return 188 * batch * dim * seq_len + 36 * batch * seq_len**2 + 56 * batch * seq_len
    if batch != 1 and batch * n_head == batch:
        return 184 * batch * dim + 92 * batch
    if batch > 1 and seq_len > 1:
        return 188 * batch * dim * seq_len + 36 * batch * n_head * seq_len**2 + 56 * batch * seq_len
    if seq_len != 1:
        return 184 * dim * seq_len + 36 * n_head * seq_len**2 + 56 * seq_len
    return 184 * batch * dim + 36 * batch * n_head + 56 * batch


def transformer_nn_transformer_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Peak bytes of a training step of transformer/nn_transformer.

    if optimizer == 'sgd':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch != 1 and dim != 1 and seq_len != 1 and n_head % 2 == 1 and batch * dim == batch *
            n_head: max(20 * batch * n_head * seq_len + 160 * n_head**2 + 256 * n_head + 8, 16 *
            batch * n_head * seq_len**2 + 36 * batch * n_head * seq_len + 148 * n_head**2 + 244 *
            n_head + 8, 36 * batch * n_head * seq_len**2 + 200 * batch * n_head * seq_len + 56 *
            batch * seq_len + 80 * n_head**2 + 128 * n_head, 12 * batch * n_head * seq_len**2 + 60 *
            batch * n_head * seq_len + 8 * batch * seq_len + 144 * n_head**2 + 232 * n_head + 8, 12
            * batch * n_head * seq_len**2 + 84 * batch * n_head * seq_len + 8 * batch * seq_len +
            136 * n_head**2 + 224 * n_head + 8, 12 * batch * n_head * seq_len**2 + 104 * batch *
            n_head * seq_len + 24 * batch * seq_len + 128 * n_head**2 + 204 * n_head + 8, 24 * batch
            * n_head * seq_len**2 + 128 * batch * n_head * seq_len + 32 * batch * seq_len + 124 *
            n_head**2 + 180 * n_head + 8, 24 * batch * n_head * seq_len**2 + 136 * batch * n_head *
            seq_len + 32 * batch * seq_len + 112 * n_head**2 + 180 * n_head + 8, 24 * batch * n_head
            * seq_len**2 + 144 * batch * n_head * seq_len + 32 * batch * seq_len + 108 * n_head**2 +
            176 * n_head + 8, 28 * batch * n_head * seq_len**2 + 120 * batch * n_head * seq_len + 24
            * batch * seq_len + 116 * n_head**2 + 192 * n_head + 8, 36 * batch * n_head * seq_len**2
            + 172 * batch * n_head * seq_len + 40 * batch * seq_len + 96 * n_head**2 + 156 * n_head
            + 8, 36 * batch * n_head * seq_len**2 + 196 * batch * n_head * seq_len + 40 * batch *
            seq_len + 88 * n_head**2 + 148 * n_head + 8, 36 * batch * n_head * seq_len**2 + 196 *
            batch * n_head * seq_len + 48 * batch * seq_len + 80 * n_head**2 + 144 * n_head + 8, 36
            * batch * n_head * seq_len**2 + 196 * batch * n_head * seq_len + 56 * batch * seq_len +
            80 * n_head**2 + 136 * n_head + 8, 40 * batch * n_head * seq_len**2 + 152 * batch *
            n_head * seq_len + 32 * batch * seq_len + 100 * n_head**2 + 168 * n_head + 8)
        if batch != 1 and dim != 1 and n_head % 2 == 1 and batch * dim == batch * n_head: max(16 *
            batch * n_head + 160 * n_head**2 + 256 * n_head + 8, 48 * batch * n_head + 148 *
            n_head**2 + 244 * n_head + 8, 68 * batch * n_head + 8 * batch + 144 * n_head**2 + 232 *
            n_head + 8, 92 * batch * n_head + 8 * batch + 136 * n_head**2 + 224 * n_head + 8, 108 *
            batch * n_head + 24 * batch + 128 * n_head**2 + 204 * n_head + 8, 144 * batch * n_head +
            32 * batch + 124 * n_head**2 + 180 * n_head + 8, 152 * batch * n_head + 32 * batch + 112
            * n_head**2 + 180 * n_head + 8, 160 * batch * n_head + 32 * batch + 108 * n_head**2 +
            176 * n_head + 8, 184 * batch * n_head + 32 * batch + 100 * n_head**2 + 168 * n_head +
            8, 200 * batch * n_head + 40 * batch + 96 * n_head**2 + 156 * n_head + 8, 224 * batch *
            n_head + 40 * batch + 88 * n_head**2 + 148 * n_head + 8, 224 * batch * n_head + 48 *
            batch + 80 * n_head**2 + 144 * n_head + 8, 224 * batch * n_head + 56 * batch + 80 *
            n_head**2 + 136 * n_head + 8)
        if batch > 1 and seq_len > 1 and batch * n_head == batch: max(20 * batch * dim * seq_len +
            160 * dim**2 + 256 * dim + 8, 48 * batch * dim * seq_len + 148 * dim**2 + 244 * dim + 8,
            36 * batch * dim * seq_len + 16 * batch * seq_len**2 + 148 * dim**2 + 244 * dim + 8, 40
            * batch * dim * seq_len + 12 * batch * seq_len**2 + 148 * dim**2 + 244 * dim + 8, 200 *
            batch * dim * seq_len + 36 * batch * seq_len**2 + 56 * batch * seq_len + 80 * dim**2 +
            128 * dim, 60 * batch * dim * seq_len + 12 * batch * seq_len**2 + 8 * batch * seq_len +
            144 * dim**2 + 232 * dim + 8, 84 * batch * dim * seq_len + 12 * batch * seq_len**2 + 8 *
            batch * seq_len + 136 * dim**2 + 224 * dim + 8, 104 * batch * dim * seq_len + 12 * batch
            * seq_len**2 + 24 * batch * seq_len + 128 * dim**2 + 204 * dim + 8, 120 * batch * dim *
            seq_len + 28 * batch * seq_len**2 + 24 * batch * seq_len + 116 * dim**2 + 192 * dim + 8,
            128 * batch * dim * seq_len + 24 * batch * seq_len**2 + 32 * batch * seq_len + 124 *
            dim**2 + 180 * dim + 8, 132 * batch * dim * seq_len + 12 * batch * seq_len**2 + 24 *
            batch * seq_len + 116 * dim**2 + 192 * dim + 8, 136 * batch * dim * seq_len + 24 * batch
            * seq_len**2 + 32 * batch * seq_len + 112 * dim**2 + 180 * dim + 8, 144 * batch * dim *
            seq_len + 24 * batch * seq_len**2 + 32 * batch * seq_len + 108 * dim**2 + 176 * dim + 8,
            152 * batch * dim * seq_len + 40 * batch * seq_len**2 + 32 * batch * seq_len + 100 *
            dim**2 + 168 * dim + 8, 156 * batch * dim * seq_len + 36 * batch * seq_len**2 + 32 *
            batch * seq_len + 100 * dim**2 + 168 * dim + 8, 172 * batch * dim * seq_len + 36 * batch
            * seq_len**2 + 40 * batch * seq_len + 96 * dim**2 + 156 * dim + 8, 196 * batch * dim *
            seq_len + 36 * batch * seq_len**2 + 40 * batch * seq_len + 88 * dim**2 + 148 * dim + 8,
            196 * batch * dim * seq_len + 36 * batch * seq_len**2 + 48 * batch * seq_len + 80 *
            dim**2 + 144 * dim + 8, 196 * batch * dim * seq_len + 36 * batch * seq_len**2 + 56 *
            batch * seq_len + 80 * dim**2 + 136 * dim + 8)
        if batch != 1 and batch * n_head == batch: max(16 * batch * dim + 160 * dim**2 + 256 * dim +
            8, 44 * batch * dim + 148 * dim**2 + 244 * dim + 8, 36 * batch * dim + 12 * batch + 148
            * dim**2 + 244 * dim + 8, 56 * batch * dim + 20 * batch + 144 * dim**2 + 232 * dim + 8,
            80 * batch * dim + 20 * batch + 136 * dim**2 + 224 * dim + 8, 96 * batch * dim + 36 *
            batch + 128 * dim**2 + 204 * dim + 8, 120 * batch * dim + 56 * batch + 124 * dim**2 +
            180 * dim + 8, 124 * batch * dim + 36 * batch + 116 * dim**2 + 192 * dim + 8, 128 *
            batch * dim + 56 * batch + 112 * dim**2 + 180 * dim + 8, 136 * batch * dim + 56 * batch
            + 108 * dim**2 + 176 * dim + 8, 148 * batch * dim + 68 * batch + 100 * dim**2 + 168 *
            dim + 8, 164 * batch * dim + 76 * batch + 96 * dim**2 + 156 * dim + 8, 188 * batch * dim
            + 76 * batch + 88 * dim**2 + 148 * dim + 8, 188 * batch * dim + 84 * batch + 80 * dim**2
            + 144 * dim + 8, 188 * batch * dim + 92 * batch + 80 * dim**2 + 136 * dim + 8)
        if batch > 1 and seq_len > 1: max(20 * batch * dim * seq_len + 160 * dim**2 + 256 * dim + 8,
            48 * batch * dim * seq_len + 148 * dim**2 + 244 * dim + 8, 36 * batch * dim * seq_len +
            16 * batch * n_head * seq_len**2 + 148 * dim**2 + 244 * dim + 8, 40 * batch * dim *
            seq_len + 12 * batch * n_head * seq_len**2 + 148 * dim**2 + 244 * dim + 8, 200 * batch *
            dim * seq_len + 36 * batch * n_head * seq_len**2 + 56 * batch * seq_len + 80 * dim**2 +
            128 * dim, 60 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch *
            seq_len + 144 * dim**2 + 232 * dim + 8, 84 * batch * dim * seq_len + 12 * batch * n_head
            * seq_len**2 + 8 * batch * seq_len + 136 * dim**2 + 224 * dim + 8, 104 * batch * dim *
            seq_len + 12 * batch * n_head * seq_len**2 + 24 * batch * seq_len + 128 * dim**2 + 204 *
            dim + 8, 120 * batch * dim * seq_len + 28 * batch * n_head * seq_len**2 + 24 * batch *
            seq_len + 116 * dim**2 + 192 * dim + 8, 128 * batch * dim * seq_len + 24 * batch *
            n_head * seq_len**2 + 32 * batch * seq_len + 124 * dim**2 + 180 * dim + 8, 132 * batch *
            dim * seq_len + 12 * batch * n_head * seq_len**2 + 24 * batch * seq_len + 116 * dim**2 +
            192 * dim + 8, 136 * batch * dim * seq_len + 24 * batch * n_head * seq_len**2 + 32 *
            batch * seq_len + 112 * dim**2 + 180 * dim + 8, 144 * batch * dim * seq_len + 24 * batch
            * n_head * seq_len**2 + 32 * batch * seq_len + 108 * dim**2 + 176 * dim + 8, 152 * batch
            * dim * seq_len + 40 * batch * n_head * seq_len**2 + 32 * batch * seq_len + 100 * dim**2
            + 168 * dim + 8, 156 * batch * dim * seq_len + 36 * batch * n_head * seq_len**2 + 32 *
            batch * seq_len + 100 * dim**2 + 168 * dim + 8, 172 * batch * dim * seq_len + 36 * batch
            * n_head * seq_len**2 + 40 * batch * seq_len + 96 * dim**2 + 156 * dim + 8, 196 * batch
            * dim * seq_len + 36 * batch * n_head * seq_len**2 + 40 * batch * seq_len + 88 * dim**2
            + 148 * dim + 8, 196 * batch * dim * seq_len + 36 * batch * n_head * seq_len**2 + 48 *
            batch * seq_len + 80 * dim**2 + 144 * dim + 8, 196 * batch * dim * seq_len + 36 * batch
            * n_head * seq_len**2 + 56 * batch * seq_len + 80 * dim**2 + 136 * dim + 8)
        if seq_len != 1: max(148 * dim**2 + 44 * dim * seq_len + 244 * dim + 8, 160 * dim**2 + 16 *
            dim * seq_len + 256 * dim + 8, 148 * dim**2 + 32 * dim * seq_len + 244 * dim + 16 *
            n_head * seq_len**2 + 8, 148 * dim**2 + 36 * dim * seq_len + 244 * dim + 12 * n_head *
            seq_len**2 + 8, 80 * dim**2 + 188 * dim * seq_len + 136 * dim + 36 * n_head * seq_len**2
            + 56 * seq_len + 8, 80 * dim**2 + 188 * dim * seq_len + 144 * dim + 36 * n_head *
            seq_len**2 + 48 * seq_len + 8, 88 * dim**2 + 188 * dim * seq_len + 148 * dim + 36 *
            n_head * seq_len**2 + 40 * seq_len + 8, 96 * dim**2 + 164 * dim * seq_len + 156 * dim +
            36 * n_head * seq_len**2 + 40 * seq_len + 8, 100 * dim**2 + 144 * dim * seq_len + 168 *
            dim + 40 * n_head * seq_len**2 + 32 * seq_len + 8, 100 * dim**2 + 148 * dim * seq_len +
            168 * dim + 36 * n_head * seq_len**2 + 32 * seq_len + 8, 108 * dim**2 + 136 * dim *
            seq_len + 176 * dim + 24 * n_head * seq_len**2 + 32 * seq_len + 8, 112 * dim**2 + 128 *
            dim * seq_len + 180 * dim + 24 * n_head * seq_len**2 + 32 * seq_len + 8, 116 * dim**2 +
            112 * dim * seq_len + 192 * dim + 28 * n_head * seq_len**2 + 24 * seq_len + 8, 116 *
            dim**2 + 124 * dim * seq_len + 192 * dim + 12 * n_head * seq_len**2 + 24 * seq_len + 8,
            124 * dim**2 + 120 * dim * seq_len + 180 * dim + 24 * n_head * seq_len**2 + 32 * seq_len
            + 8, 128 * dim**2 + 96 * dim * seq_len + 204 * dim + 12 * n_head * seq_len**2 + 24 *
            seq_len + 8, 136 * dim**2 + 80 * dim * seq_len + 224 * dim + 12 * n_head * seq_len**2 +
            8 * seq_len + 8, 144 * dim**2 + 56 * dim * seq_len + 232 * dim + 12 * n_head *
            seq_len**2 + 8 * seq_len + 8)
        otherwise: max(16 * batch * dim + 160 * dim**2 + 256 * dim + 8, 44 * batch * dim + 148 *
            dim**2 + 244 * dim + 8, 32 * batch * dim + 16 * batch * n_head + 148 * dim**2 + 244 *
            dim + 8, 36 * batch * dim + 12 * batch * n_head + 148 * dim**2 + 244 * dim + 8, 56 *
            batch * dim + 12 * batch * n_head + 8 * batch + 144 * dim**2 + 232 * dim + 8, 80 * batch
            * dim + 12 * batch * n_head + 8 * batch + 136 * dim**2 + 224 * dim + 8, 96 * batch * dim
            + 12 * batch * n_head + 24 * batch + 128 * dim**2 + 204 * dim + 8, 112 * batch * dim +
            28 * batch * n_head + 24 * batch + 116 * dim**2 + 192 * dim + 8, 120 * batch * dim + 24
            * batch * n_head + 32 * batch + 124 * dim**2 + 180 * dim + 8, 124 * batch * dim + 12 *
            batch * n_head + 24 * batch + 116 * dim**2 + 192 * dim + 8, 128 * batch * dim + 24 *
            batch * n_head + 32 * batch + 112 * dim**2 + 180 * dim + 8, 136 * batch * dim + 24 *
            batch * n_head + 32 * batch + 108 * dim**2 + 176 * dim + 8, 144 * batch * dim + 40 *
            batch * n_head + 32 * batch + 100 * dim**2 + 168 * dim + 8, 148 * batch * dim + 36 *
            batch * n_head + 32 * batch + 100 * dim**2 + 168 * dim + 8, 164 * batch * dim + 36 *
            batch * n_head + 40 * batch + 96 * dim**2 + 156 * dim + 8, 188 * batch * dim + 36 *
            batch * n_head + 40 * batch + 88 * dim**2 + 148 * dim + 8, 188 * batch * dim + 36 *
            batch * n_head + 48 * batch + 80 * dim**2 + 144 * dim + 8, 188 * batch * dim + 36 *
            batch * n_head + 56 * batch + 80 * dim**2 + 136 * dim + 8)

    if optimizer == 'sgd_momentum':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch != 1 and dim != 1 and seq_len != 1 and n_head % 2 == 1 and batch * dim == batch *
            n_head: max(4 * batch * n_head * seq_len + 240 * n_head**2 + 384 * n_head + 4, 20 *
            batch * n_head * seq_len + 160 * n_head**2 + 256 * n_head + 8, 16 * batch * n_head *
            seq_len**2 + 36 * batch * n_head * seq_len + 148 * n_head**2 + 244 * n_head + 8, 36 *
            batch * n_head * seq_len**2 + 200 * batch * n_head * seq_len + 56 * batch * seq_len + 80
            * n_head**2 + 128 * n_head, 12 * batch * n_head * seq_len**2 + 60 * batch * n_head *
            seq_len + 8 * batch * seq_len + 144 * n_head**2 + 232 * n_head + 8, 12 * batch * n_head
            * seq_len**2 + 84 * batch * n_head * seq_len + 8 * batch * seq_len + 136 * n_head**2 +
            224 * n_head + 8, 12 * batch * n_head * seq_len**2 + 104 * batch * n_head * seq_len + 24
            * batch * seq_len + 128 * n_head**2 + 204 * n_head + 8, 24 * batch * n_head * seq_len**2
            + 128 * batch * n_head * seq_len + 32 * batch * seq_len + 124 * n_head**2 + 180 * n_head
            + 8, 24 * batch * n_head * seq_len**2 + 136 * batch * n_head * seq_len + 32 * batch *
            seq_len + 112 * n_head**2 + 180 * n_head + 8, 24 * batch * n_head * seq_len**2 + 144 *
            batch * n_head * seq_len + 32 * batch * seq_len + 108 * n_head**2 + 176 * n_head + 8, 28
            * batch * n_head * seq_len**2 + 120 * batch * n_head * seq_len + 24 * batch * seq_len +
            116 * n_head**2 + 192 * n_head + 8, 36 * batch * n_head * seq_len**2 + 172 * batch *
            n_head * seq_len + 40 * batch * seq_len + 96 * n_head**2 + 156 * n_head + 8, 36 * batch
            * n_head * seq_len**2 + 196 * batch * n_head * seq_len + 40 * batch * seq_len + 88 *
            n_head**2 + 148 * n_head + 8, 36 * batch * n_head * seq_len**2 + 196 * batch * n_head *
            seq_len + 48 * batch * seq_len + 80 * n_head**2 + 144 * n_head + 8, 36 * batch * n_head
            * seq_len**2 + 196 * batch * n_head * seq_len + 56 * batch * seq_len + 80 * n_head**2 +
            136 * n_head + 8, 40 * batch * n_head * seq_len**2 + 152 * batch * n_head * seq_len + 32
            * batch * seq_len + 100 * n_head**2 + 168 * n_head + 8)
        if batch != 1 and dim != 1 and n_head % 2 == 1 and batch * dim == batch * n_head: max(4 *
            batch * n_head + 240 * n_head**2 + 384 * n_head + 4, 16 * batch * n_head + 160 *
            n_head**2 + 256 * n_head + 8, 48 * batch * n_head + 148 * n_head**2 + 244 * n_head + 8,
            68 * batch * n_head + 8 * batch + 144 * n_head**2 + 232 * n_head + 8, 92 * batch *
            n_head + 8 * batch + 136 * n_head**2 + 224 * n_head + 8, 108 * batch * n_head + 24 *
            batch + 128 * n_head**2 + 204 * n_head + 8, 144 * batch * n_head + 32 * batch + 124 *
            n_head**2 + 180 * n_head + 8, 152 * batch * n_head + 32 * batch + 112 * n_head**2 + 180
            * n_head + 8, 160 * batch * n_head + 32 * batch + 108 * n_head**2 + 176 * n_head + 8,
            184 * batch * n_head + 32 * batch + 100 * n_head**2 + 168 * n_head + 8, 200 * batch *
            n_head + 40 * batch + 96 * n_head**2 + 156 * n_head + 8, 224 * batch * n_head + 40 *
            batch + 88 * n_head**2 + 148 * n_head + 8, 224 * batch * n_head + 48 * batch + 80 *
            n_head**2 + 144 * n_head + 8, 224 * batch * n_head + 56 * batch + 80 * n_head**2 + 136 *
            n_head + 8)
        if batch > 1 and seq_len > 1 and batch * n_head == batch: max(4 * batch * dim * seq_len +
            240 * dim**2 + 384 * dim + 4, 20 * batch * dim * seq_len + 160 * dim**2 + 256 * dim + 8,
            48 * batch * dim * seq_len + 148 * dim**2 + 244 * dim + 8, 36 * batch * dim * seq_len +
            16 * batch * seq_len**2 + 148 * dim**2 + 244 * dim + 8, 40 * batch * dim * seq_len + 12
            * batch * seq_len**2 + 148 * dim**2 + 244 * dim + 8, 200 * batch * dim * seq_len + 36 *
            batch * seq_len**2 + 56 * batch * seq_len + 80 * dim**2 + 128 * dim, 60 * batch * dim *
            seq_len + 12 * batch * seq_len**2 + 8 * batch * seq_len + 144 * dim**2 + 232 * dim + 8,
            84 * batch * dim * seq_len + 12 * batch * seq_len**2 + 8 * batch * seq_len + 136 *
            dim**2 + 224 * dim + 8, 104 * batch * dim * seq_len + 12 * batch * seq_len**2 + 24 *
            batch * seq_len + 128 * dim**2 + 204 * dim + 8, 120 * batch * dim * seq_len + 28 * batch
            * seq_len**2 + 24 * batch * seq_len + 116 * dim**2 + 192 * dim + 8, 128 * batch * dim *
            seq_len + 24 * batch * seq_len**2 + 32 * batch * seq_len + 124 * dim**2 + 180 * dim + 8,
            132 * batch * dim * seq_len + 12 * batch * seq_len**2 + 24 * batch * seq_len + 116 *
            dim**2 + 192 * dim + 8, 136 * batch * dim * seq_len + 24 * batch * seq_len**2 + 32 *
            batch * seq_len + 112 * dim**2 + 180 * dim + 8, 144 * batch * dim * seq_len + 24 * batch
            * seq_len**2 + 32 * batch * seq_len + 108 * dim**2 + 176 * dim + 8, 152 * batch * dim *
            seq_len + 40 * batch * seq_len**2 + 32 * batch * seq_len + 100 * dim**2 + 168 * dim + 8,
            156 * batch * dim * seq_len + 36 * batch * seq_len**2 + 32 * batch * seq_len + 100 *
            dim**2 + 168 * dim + 8, 172 * batch * dim * seq_len + 36 * batch * seq_len**2 + 40 *
            batch * seq_len + 96 * dim**2 + 156 * dim + 8, 196 * batch * dim * seq_len + 36 * batch
            * seq_len**2 + 40 * batch * seq_len + 88 * dim**2 + 148 * dim + 8, 196 * batch * dim *
            seq_len + 36 * batch * seq_len**2 + 48 * batch * seq_len + 80 * dim**2 + 144 * dim + 8,
            196 * batch * dim * seq_len + 36 * batch * seq_len**2 + 56 * batch * seq_len + 80 *
            dim**2 + 136 * dim + 8)
        if batch != 1 and batch * n_head == batch: max(4 * batch * dim + 240 * dim**2 + 384 * dim +
            4, 16 * batch * dim + 160 * dim**2 + 256 * dim + 8, 44 * batch * dim + 148 * dim**2 +
            244 * dim + 8, 36 * batch * dim + 12 * batch + 148 * dim**2 + 244 * dim + 8, 56 * batch
            * dim + 20 * batch + 144 * dim**2 + 232 * dim + 8, 80 * batch * dim + 20 * batch + 136 *
            dim**2 + 224 * dim + 8, 96 * batch * dim + 36 * batch + 128 * dim**2 + 204 * dim + 8,
            120 * batch * dim + 56 * batch + 124 * dim**2 + 180 * dim + 8, 124 * batch * dim + 36 *
            batch + 116 * dim**2 + 192 * dim + 8, 128 * batch * dim + 56 * batch + 112 * dim**2 +
            180 * dim + 8, 136 * batch * dim + 56 * batch + 108 * dim**2 + 176 * dim + 8, 148 *
            batch * dim + 68 * batch + 100 * dim**2 + 168 * dim + 8, 164 * batch * dim + 76 * batch
            + 96 * dim**2 + 156 * dim + 8, 188 * batch * dim + 76 * batch + 88 * dim**2 + 148 * dim
            + 8, 188 * batch * dim + 84 * batch + 80 * dim**2 + 144 * dim + 8, 188 * batch * dim +
            92 * batch + 80 * dim**2 + 136 * dim + 8)
        if (seq_len == 1 and batch != 1) or (seq_len == 1 and dim != n_head and n_head != 1): max(4
            * batch * dim + 240 * dim**2 + 384 * dim + 4, 16 * batch * dim + 160 * dim**2 + 256 *
            dim + 8, 44 * batch * dim + 148 * dim**2 + 244 * dim + 8, 32 * batch * dim + 16 * batch
            * n_head + 148 * dim**2 + 244 * dim + 8, 36 * batch * dim + 12 * batch * n_head + 148 *
            dim**2 + 244 * dim + 8, 56 * batch * dim + 12 * batch * n_head + 8 * batch + 144 *
            dim**2 + 232 * dim + 8, 80 * batch * dim + 12 * batch * n_head + 8 * batch + 136 *
            dim**2 + 224 * dim + 8, 96 * batch * dim + 12 * batch * n_head + 24 * batch + 128 *
            dim**2 + 204 * dim + 8, 112 * batch * dim + 28 * batch * n_head + 24 * batch + 116 *
            dim**2 + 192 * dim + 8, 120 * batch * dim + 24 * batch * n_head + 32 * batch + 124 *
            dim**2 + 180 * dim + 8, 124 * batch * dim + 12 * batch * n_head + 24 * batch + 116 *
            dim**2 + 192 * dim + 8, 128 * batch * dim + 24 * batch * n_head + 32 * batch + 112 *
            dim**2 + 180 * dim + 8, 136 * batch * dim + 24 * batch * n_head + 32 * batch + 108 *
            dim**2 + 176 * dim + 8, 144 * batch * dim + 40 * batch * n_head + 32 * batch + 100 *
            dim**2 + 168 * dim + 8, 148 * batch * dim + 36 * batch * n_head + 32 * batch + 100 *
            dim**2 + 168 * dim + 8, 164 * batch * dim + 36 * batch * n_head + 40 * batch + 96 *
            dim**2 + 156 * dim + 8, 188 * batch * dim + 36 * batch * n_head + 40 * batch + 88 *
            dim**2 + 148 * dim + 8, 188 * batch * dim + 36 * batch * n_head + 48 * batch + 80 *
            dim**2 + 144 * dim + 8, 188 * batch * dim + 36 * batch * n_head + 56 * batch + 80 *
            dim**2 + 136 * dim + 8)
        if batch == 1 and seq_len != 1: max(148 * dim**2 + 44 * dim * seq_len + 244 * dim + 8, 160 *
            dim**2 + 16 * dim * seq_len + 256 * dim + 8, 240 * dim**2 + 4 * dim * seq_len + 384 *
            dim + 4, 148 * dim**2 + 32 * dim * seq_len + 244 * dim + 16 * n_head * seq_len**2 + 8,
            148 * dim**2 + 36 * dim * seq_len + 244 * dim + 12 * n_head * seq_len**2 + 8, 80 *
            dim**2 + 188 * dim * seq_len + 136 * dim + 36 * n_head * seq_len**2 + 56 * seq_len + 8,
            80 * dim**2 + 188 * dim * seq_len + 144 * dim + 36 * n_head * seq_len**2 + 48 * seq_len
            + 8, 88 * dim**2 + 188 * dim * seq_len + 148 * dim + 36 * n_head * seq_len**2 + 40 *
            seq_len + 8, 96 * dim**2 + 164 * dim * seq_len + 156 * dim + 36 * n_head * seq_len**2 +
            40 * seq_len + 8, 100 * dim**2 + 144 * dim * seq_len + 168 * dim + 40 * n_head *
            seq_len**2 + 32 * seq_len + 8, 100 * dim**2 + 148 * dim * seq_len + 168 * dim + 36 *
            n_head * seq_len**2 + 32 * seq_len + 8, 108 * dim**2 + 136 * dim * seq_len + 176 * dim +
            24 * n_head * seq_len**2 + 32 * seq_len + 8, 112 * dim**2 + 128 * dim * seq_len + 180 *
            dim + 24 * n_head * seq_len**2 + 32 * seq_len + 8, 116 * dim**2 + 112 * dim * seq_len +
            192 * dim + 28 * n_head * seq_len**2 + 24 * seq_len + 8, 116 * dim**2 + 124 * dim *
            seq_len + 192 * dim + 12 * n_head * seq_len**2 + 24 * seq_len + 8, 124 * dim**2 + 120 *
            dim * seq_len + 180 * dim + 24 * n_head * seq_len**2 + 32 * seq_len + 8, 128 * dim**2 +
            96 * dim * seq_len + 204 * dim + 12 * n_head * seq_len**2 + 24 * seq_len + 8, 136 *
            dim**2 + 80 * dim * seq_len + 224 * dim + 12 * n_head * seq_len**2 + 8 * seq_len + 8,
            144 * dim**2 + 56 * dim * seq_len + 232 * dim + 12 * n_head * seq_len**2 + 8 * seq_len +
            8)
        otherwise: max(4 * batch * dim * seq_len + 240 * dim**2 + 384 * dim + 4, 20 * batch * dim *
            seq_len + 160 * dim**2 + 256 * dim + 8, 48 * batch * dim * seq_len + 148 * dim**2 + 244
            * dim + 8, 36 * batch * dim * seq_len + 16 * batch * n_head * seq_len**2 + 148 * dim**2
            + 244 * dim + 8, 40 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 148 *
            dim**2 + 244 * dim + 8, 200 * batch * dim * seq_len + 36 * batch * n_head * seq_len**2 +
            56 * batch * seq_len + 80 * dim**2 + 128 * dim, 60 * batch * dim * seq_len + 12 * batch
            * n_head * seq_len**2 + 8 * batch * seq_len + 144 * dim**2 + 232 * dim + 8, 84 * batch *
            dim * seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 136 * dim**2 +
            224 * dim + 8, 104 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 24 *
            batch * seq_len + 128 * dim**2 + 204 * dim + 8, 120 * batch * dim * seq_len + 28 * batch
            * n_head * seq_len**2 + 24 * batch * seq_len + 116 * dim**2 + 192 * dim + 8, 128 * batch
            * dim * seq_len + 24 * batch * n_head * seq_len**2 + 32 * batch * seq_len + 124 * dim**2
            + 180 * dim + 8, 132 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 24 *
            batch * seq_len + 116 * dim**2 + 192 * dim + 8, 136 * batch * dim * seq_len + 24 * batch
            * n_head * seq_len**2 + 32 * batch * seq_len + 112 * dim**2 + 180 * dim + 8, 144 * batch
            * dim * seq_len + 24 * batch * n_head * seq_len**2 + 32 * batch * seq_len + 108 * dim**2
            + 176 * dim + 8, 152 * batch * dim * seq_len + 40 * batch * n_head * seq_len**2 + 32 *
            batch * seq_len + 100 * dim**2 + 168 * dim + 8, 156 * batch * dim * seq_len + 36 * batch
            * n_head * seq_len**2 + 32 * batch * seq_len + 100 * dim**2 + 168 * dim + 8, 172 * batch
            * dim * seq_len + 36 * batch * n_head * seq_len**2 + 40 * batch * seq_len + 96 * dim**2
            + 156 * dim + 8, 196 * batch * dim * seq_len + 36 * batch * n_head * seq_len**2 + 40 *
            batch * seq_len + 88 * dim**2 + 148 * dim + 8, 196 * batch * dim * seq_len + 36 * batch
            * n_head * seq_len**2 + 48 * batch * seq_len + 80 * dim**2 + 144 * dim + 8, 196 * batch
            * dim * seq_len + 36 * batch * n_head * seq_len**2 + 56 * batch * seq_len + 80 * dim**2
            + 136 * dim + 8)

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch != 1 and dim != 1 and seq_len != 1 and n_head % 2 == 1 and batch * dim == batch *
            n_head: max(4 * batch * n_head * seq_len + 332 * n_head**2 + 536 * n_head + 140, 4 *
            batch * n_head * seq_len + 344 * n_head**2 + 516 * n_head + 140, 20 * batch * n_head *
            seq_len + 160 * n_head**2 + 256 * n_head + 8, 16 * batch * n_head * seq_len**2 + 36 *
            batch * n_head * seq_len + 148 * n_head**2 + 244 * n_head + 8, 36 * batch * n_head *
            seq_len**2 + 200 * batch * n_head * seq_len + 56 * batch * seq_len + 80 * n_head**2 +
            128 * n_head, 12 * batch * n_head * seq_len**2 + 60 * batch * n_head * seq_len + 8 *
            batch * seq_len + 144 * n_head**2 + 232 * n_head + 8, 12 * batch * n_head * seq_len**2 +
            84 * batch * n_head * seq_len + 8 * batch * seq_len + 136 * n_head**2 + 224 * n_head +
            8, 12 * batch * n_head * seq_len**2 + 104 * batch * n_head * seq_len + 24 * batch *
            seq_len + 128 * n_head**2 + 204 * n_head + 8, 24 * batch * n_head * seq_len**2 + 128 *
            batch * n_head * seq_len + 32 * batch * seq_len + 124 * n_head**2 + 180 * n_head + 8, 24
            * batch * n_head * seq_len**2 + 136 * batch * n_head * seq_len + 32 * batch * seq_len +
            112 * n_head**2 + 180 * n_head + 8, 24 * batch * n_head * seq_len**2 + 144 * batch *
            n_head * seq_len + 32 * batch * seq_len + 108 * n_head**2 + 176 * n_head + 8, 28 * batch
            * n_head * seq_len**2 + 120 * batch * n_head * seq_len + 24 * batch * seq_len + 116 *
            n_head**2 + 192 * n_head + 8, 36 * batch * n_head * seq_len**2 + 172 * batch * n_head *
            seq_len + 40 * batch * seq_len + 96 * n_head**2 + 156 * n_head + 8, 36 * batch * n_head
            * seq_len**2 + 196 * batch * n_head * seq_len + 40 * batch * seq_len + 88 * n_head**2 +
            148 * n_head + 8, 36 * batch * n_head * seq_len**2 + 196 * batch * n_head * seq_len + 48
            * batch * seq_len + 80 * n_head**2 + 144 * n_head + 8, 36 * batch * n_head * seq_len**2
            + 196 * batch * n_head * seq_len + 56 * batch * seq_len + 80 * n_head**2 + 136 * n_head
            + 8, 40 * batch * n_head * seq_len**2 + 152 * batch * n_head * seq_len + 32 * batch *
            seq_len + 100 * n_head**2 + 168 * n_head + 8)
        if batch != 1 and dim != 1 and n_head % 2 == 1 and batch * dim == batch * n_head: max(4 *
            batch * n_head + 332 * n_head**2 + 536 * n_head + 140, 4 * batch * n_head + 344 *
            n_head**2 + 516 * n_head + 140, 16 * batch * n_head + 160 * n_head**2 + 256 * n_head +
            8, 48 * batch * n_head + 148 * n_head**2 + 244 * n_head + 8, 68 * batch * n_head + 8 *
            batch + 144 * n_head**2 + 232 * n_head + 8, 92 * batch * n_head + 8 * batch + 136 *
            n_head**2 + 224 * n_head + 8, 108 * batch * n_head + 24 * batch + 128 * n_head**2 + 204
            * n_head + 8, 144 * batch * n_head + 32 * batch + 124 * n_head**2 + 180 * n_head + 8,
            152 * batch * n_head + 32 * batch + 112 * n_head**2 + 180 * n_head + 8, 160 * batch *
            n_head + 32 * batch + 108 * n_head**2 + 176 * n_head + 8, 184 * batch * n_head + 32 *
            batch + 100 * n_head**2 + 168 * n_head + 8, 200 * batch * n_head + 40 * batch + 96 *
            n_head**2 + 156 * n_head + 8, 224 * batch * n_head + 40 * batch + 88 * n_head**2 + 148 *
            n_head + 8, 224 * batch * n_head + 48 * batch + 80 * n_head**2 + 144 * n_head + 8, 224 *
            batch * n_head + 56 * batch + 80 * n_head**2 + 136 * n_head + 8)
        if batch > 1 and seq_len > 1 and batch * n_head == batch: max(4 * batch * dim * seq_len +
            332 * dim**2 + 536 * dim + 140, 4 * batch * dim * seq_len + 344 * dim**2 + 516 * dim +
            140, 20 * batch * dim * seq_len + 160 * dim**2 + 256 * dim + 8, 48 * batch * dim *
            seq_len + 148 * dim**2 + 244 * dim + 8, 36 * batch * dim * seq_len + 16 * batch *
            seq_len**2 + 148 * dim**2 + 244 * dim + 8, 40 * batch * dim * seq_len + 12 * batch *
            seq_len**2 + 148 * dim**2 + 244 * dim + 8, 200 * batch * dim * seq_len + 36 * batch *
            seq_len**2 + 56 * batch * seq_len + 80 * dim**2 + 128 * dim, 60 * batch * dim * seq_len
            + 12 * batch * seq_len**2 + 8 * batch * seq_len + 144 * dim**2 + 232 * dim + 8, 84 *
            batch * dim * seq_len + 12 * batch * seq_len**2 + 8 * batch * seq_len + 136 * dim**2 +
            224 * dim + 8, 104 * batch * dim * seq_len + 12 * batch * seq_len**2 + 24 * batch *
            seq_len + 128 * dim**2 + 204 * dim + 8, 120 * batch * dim * seq_len + 28 * batch *
            seq_len**2 + 24 * batch * seq_len + 116 * dim**2 + 192 * dim + 8, 128 * batch * dim *
            seq_len + 24 * batch * seq_len**2 + 32 * batch * seq_len + 124 * dim**2 + 180 * dim + 8,
            132 * batch * dim * seq_len + 12 * batch * seq_len**2 + 24 * batch * seq_len + 116 *
            dim**2 + 192 * dim + 8, 136 * batch * dim * seq_len + 24 * batch * seq_len**2 + 32 *
            batch * seq_len + 112 * dim**2 + 180 * dim + 8, 144 * batch * dim * seq_len + 24 * batch
            * seq_len**2 + 32 * batch * seq_len + 108 * dim**2 + 176 * dim + 8, 152 * batch * dim *
            seq_len + 40 * batch * seq_len**2 + 32 * batch * seq_len + 100 * dim**2 + 168 * dim + 8,
            156 * batch * dim * seq_len + 36 * batch * seq_len**2 + 32 * batch * seq_len + 100 *
            dim**2 + 168 * dim + 8, 172 * batch * dim * seq_len + 36 * batch * seq_len**2 + 40 *
            batch * seq_len + 96 * dim**2 + 156 * dim + 8, 196 * batch * dim * seq_len + 36 * batch
            * seq_len**2 + 40 * batch * seq_len + 88 * dim**2 + 148 * dim + 8, 196 * batch * dim *
            seq_len + 36 * batch * seq_len**2 + 48 * batch * seq_len + 80 * dim**2 + 144 * dim + 8,
            196 * batch * dim * seq_len + 36 * batch * seq_len**2 + 56 * batch * seq_len + 80 *
            dim**2 + 136 * dim + 8)
        if batch != 1 and batch * n_head == batch: max(4 * batch * dim + 332 * dim**2 + 536 * dim +
            140, 4 * batch * dim + 344 * dim**2 + 516 * dim + 140, 16 * batch * dim + 160 * dim**2 +
            256 * dim + 8, 44 * batch * dim + 148 * dim**2 + 244 * dim + 8, 36 * batch * dim + 12 *
            batch + 148 * dim**2 + 244 * dim + 8, 56 * batch * dim + 20 * batch + 144 * dim**2 + 232
            * dim + 8, 80 * batch * dim + 20 * batch + 136 * dim**2 + 224 * dim + 8, 96 * batch *
            dim + 36 * batch + 128 * dim**2 + 204 * dim + 8, 120 * batch * dim + 56 * batch + 124 *
            dim**2 + 180 * dim + 8, 124 * batch * dim + 36 * batch + 116 * dim**2 + 192 * dim + 8,
            128 * batch * dim + 56 * batch + 112 * dim**2 + 180 * dim + 8, 136 * batch * dim + 56 *
            batch + 108 * dim**2 + 176 * dim + 8, 148 * batch * dim + 68 * batch + 100 * dim**2 +
            168 * dim + 8, 164 * batch * dim + 76 * batch + 96 * dim**2 + 156 * dim + 8, 188 * batch
            * dim + 76 * batch + 88 * dim**2 + 148 * dim + 8, 188 * batch * dim + 84 * batch + 80 *
            dim**2 + 144 * dim + 8, 188 * batch * dim + 92 * batch + 80 * dim**2 + 136 * dim + 8)
        if (seq_len == 1 and batch != 1) or (seq_len == 1 and dim != n_head and n_head != 1): max(4
            * batch * dim + 332 * dim**2 + 536 * dim + 140, 4 * batch * dim + 344 * dim**2 + 516 *
            dim + 140, 16 * batch * dim + 160 * dim**2 + 256 * dim + 8, 44 * batch * dim + 148 *
            dim**2 + 244 * dim + 8, 32 * batch * dim + 16 * batch * n_head + 148 * dim**2 + 244 *
            dim + 8, 36 * batch * dim + 12 * batch * n_head + 148 * dim**2 + 244 * dim + 8, 56 *
            batch * dim + 12 * batch * n_head + 8 * batch + 144 * dim**2 + 232 * dim + 8, 80 * batch
            * dim + 12 * batch * n_head + 8 * batch + 136 * dim**2 + 224 * dim + 8, 96 * batch * dim
            + 12 * batch * n_head + 24 * batch + 128 * dim**2 + 204 * dim + 8, 112 * batch * dim +
            28 * batch * n_head + 24 * batch + 116 * dim**2 + 192 * dim + 8, 120 * batch * dim + 24
            * batch * n_head + 32 * batch + 124 * dim**2 + 180 * dim + 8, 124 * batch * dim + 12 *
            batch * n_head + 24 * batch + 116 * dim**2 + 192 * dim + 8, 128 * batch * dim + 24 *
            batch * n_head + 32 * batch + 112 * dim**2 + 180 * dim + 8, 136 * batch * dim + 24 *
            batch * n_head + 32 * batch + 108 * dim**2 + 176 * dim + 8, 144 * batch * dim + 40 *
            batch * n_head + 32 * batch + 100 * dim**2 + 168 * dim + 8, 148 * batch * dim + 36 *
            batch * n_head + 32 * batch + 100 * dim**2 + 168 * dim + 8, 164 * batch * dim + 36 *
            batch * n_head + 40 * batch + 96 * dim**2 + 156 * dim + 8, 188 * batch * dim + 36 *
            batch * n_head + 40 * batch + 88 * dim**2 + 148 * dim + 8, 188 * batch * dim + 36 *
            batch * n_head + 48 * batch + 80 * dim**2 + 144 * dim + 8, 188 * batch * dim + 36 *
            batch * n_head + 56 * batch + 80 * dim**2 + 136 * dim + 8)
        if batch == 1 and seq_len != 1: max(148 * dim**2 + 44 * dim * seq_len + 244 * dim + 8, 160 *
            dim**2 + 16 * dim * seq_len + 256 * dim + 8, 332 * dim**2 + 4 * dim * seq_len + 536 *
            dim + 140, 344 * dim**2 + 4 * dim * seq_len + 516 * dim + 140, 148 * dim**2 + 32 * dim *
            seq_len + 244 * dim + 16 * n_head * seq_len**2 + 8, 148 * dim**2 + 36 * dim * seq_len +
            244 * dim + 12 * n_head * seq_len**2 + 8, 80 * dim**2 + 188 * dim * seq_len + 136 * dim
            + 36 * n_head * seq_len**2 + 56 * seq_len + 8, 80 * dim**2 + 188 * dim * seq_len + 144 *
            dim + 36 * n_head * seq_len**2 + 48 * seq_len + 8, 88 * dim**2 + 188 * dim * seq_len +
            148 * dim + 36 * n_head * seq_len**2 + 40 * seq_len + 8, 96 * dim**2 + 164 * dim *
            seq_len + 156 * dim + 36 * n_head * seq_len**2 + 40 * seq_len + 8, 100 * dim**2 + 144 *
            dim * seq_len + 168 * dim + 40 * n_head * seq_len**2 + 32 * seq_len + 8, 100 * dim**2 +
            148 * dim * seq_len + 168 * dim + 36 * n_head * seq_len**2 + 32 * seq_len + 8, 108 *
            dim**2 + 136 * dim * seq_len + 176 * dim + 24 * n_head * seq_len**2 + 32 * seq_len + 8,
            112 * dim**2 + 128 * dim * seq_len + 180 * dim + 24 * n_head * seq_len**2 + 32 * seq_len
            + 8, 116 * dim**2 + 112 * dim * seq_len + 192 * dim + 28 * n_head * seq_len**2 + 24 *
            seq_len + 8, 116 * dim**2 + 124 * dim * seq_len + 192 * dim + 12 * n_head * seq_len**2 +
            24 * seq_len + 8, 124 * dim**2 + 120 * dim * seq_len + 180 * dim + 24 * n_head *
            seq_len**2 + 32 * seq_len + 8, 128 * dim**2 + 96 * dim * seq_len + 204 * dim + 12 *
            n_head * seq_len**2 + 24 * seq_len + 8, 136 * dim**2 + 80 * dim * seq_len + 224 * dim +
            12 * n_head * seq_len**2 + 8 * seq_len + 8, 144 * dim**2 + 56 * dim * seq_len + 232 *
            dim + 12 * n_head * seq_len**2 + 8 * seq_len + 8)
        otherwise: max(4 * batch * dim * seq_len + 332 * dim**2 + 536 * dim + 140, 4 * batch * dim *
            seq_len + 344 * dim**2 + 516 * dim + 140, 20 * batch * dim * seq_len + 160 * dim**2 +
            256 * dim + 8, 48 * batch * dim * seq_len + 148 * dim**2 + 244 * dim + 8, 36 * batch *
            dim * seq_len + 16 * batch * n_head * seq_len**2 + 148 * dim**2 + 244 * dim + 8, 40 *
            batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 148 * dim**2 + 244 * dim + 8,
            200 * batch * dim * seq_len + 36 * batch * n_head * seq_len**2 + 56 * batch * seq_len +
            80 * dim**2 + 128 * dim, 60 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 +
            8 * batch * seq_len + 144 * dim**2 + 232 * dim + 8, 84 * batch * dim * seq_len + 12 *
            batch * n_head * seq_len**2 + 8 * batch * seq_len + 136 * dim**2 + 224 * dim + 8, 104 *
            batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 24 * batch * seq_len + 128 *
            dim**2 + 204 * dim + 8, 120 * batch * dim * seq_len + 28 * batch * n_head * seq_len**2 +
            24 * batch * seq_len + 116 * dim**2 + 192 * dim + 8, 128 * batch * dim * seq_len + 24 *
            batch * n_head * seq_len**2 + 32 * batch * seq_len + 124 * dim**2 + 180 * dim + 8, 132 *
            batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 24 * batch * seq_len + 116 *
            dim**2 + 192 * dim + 8, 136 * batch * dim * seq_len + 24 * batch * n_head * seq_len**2 +
            32 * batch * seq_len + 112 * dim**2 + 180 * dim + 8, 144 * batch * dim * seq_len + 24 *
            batch * n_head * seq_len**2 + 32 * batch * seq_len + 108 * dim**2 + 176 * dim + 8, 152 *
            batch * dim * seq_len + 40 * batch * n_head * seq_len**2 + 32 * batch * seq_len + 100 *
            dim**2 + 168 * dim + 8, 156 * batch * dim * seq_len + 36 * batch * n_head * seq_len**2 +
            32 * batch * seq_len + 100 * dim**2 + 168 * dim + 8, 172 * batch * dim * seq_len + 36 *
            batch * n_head * seq_len**2 + 40 * batch * seq_len + 96 * dim**2 + 156 * dim + 8, 196 *
            batch * dim * seq_len + 36 * batch * n_head * seq_len**2 + 40 * batch * seq_len + 88 *
            dim**2 + 148 * dim + 8, 196 * batch * dim * seq_len + 36 * batch * n_head * seq_len**2 +
            48 * batch * seq_len + 80 * dim**2 + 144 * dim + 8, 196 * batch * dim * seq_len + 36 *
            batch * n_head * seq_len**2 + 56 * batch * seq_len + 80 * dim**2 + 136 * dim + 8)
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
        return again(transformer_nn_transformer_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if (
            batch != 1
            and dim != 1
            and seq_len != 1
            and n_head % 2 == 1
            and batch * dim == batch * n_head
        ):
            return max(
                20 * batch * n_head * seq_len + 160 * n_head**2 + 256 * n_head + 8,
                16 * batch * n_head * seq_len**2
                + 36 * batch * n_head * seq_len
                + 148 * n_head**2
                + 244 * n_head
                + 8,
                36 * batch * n_head * seq_len**2
                + 200 * batch * n_head * seq_len
                + 56 * batch * seq_len
                + 80 * n_head**2
                + 128 * n_head,
                12 * batch * n_head * seq_len**2
                + 60 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 144 * n_head**2
                + 232 * n_head
                + 8,
                12 * batch * n_head * seq_len**2
                + 84 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 136 * n_head**2
                + 224 * n_head
                + 8,
                12 * batch * n_head * seq_len**2
                + 104 * batch * n_head * seq_len
                + 24 * batch * seq_len
                + 128 * n_head**2
                + 204 * n_head
                + 8,
                24 * batch * n_head * seq_len**2
                + 128 * batch * n_head * seq_len
                + 32 * batch * seq_len
                + 124 * n_head**2
                + 180 * n_head
                + 8,
                24 * batch * n_head * seq_len**2
                + 136 * batch * n_head * seq_len
                + 32 * batch * seq_len
                + 112 * n_head**2
                + 180 * n_head
                + 8,
                24 * batch * n_head * seq_len**2
                + 144 * batch * n_head * seq_len
                + 32 * batch * seq_len
                + 108 * n_head**2
                + 176 * n_head
                + 8,
                28 * batch * n_head * seq_len**2
                + 120 * batch * n_head * seq_len
                + 24 * batch * seq_len
                + 116 * n_head**2
                + 192 * n_head
                + 8,
                36 * batch * n_head * seq_len**2
                + 172 * batch * n_head * seq_len
                + 40 * batch * seq_len
                + 96 * n_head**2
                + 156 * n_head
                + 8,
                36 * batch * n_head * seq_len**2
                + 196 * batch * n_head * seq_len
                + 40 * batch * seq_len
                + 88 * n_head**2
                + 148 * n_head
                + 8,
                36 * batch * n_head * seq_len**2
                + 196 * batch * n_head * seq_len
                + 48 * batch * seq_len
                + 80 * n_head**2
                + 144 * n_head
                + 8,
                36 * batch * n_head * seq_len**2
                + 196 * batch * n_head * seq_len
                + 56 * batch * seq_len
                + 80 * n_head**2
                + 136 * n_head
                + 8,
                40 * batch * n_head * seq_len**2
                + 152 * batch * n_head * seq_len
                + 32 * batch * seq_len
                + 100 * n_head**2
                + 168 * n_head
                + 8,
            )
        if batch != 1 and dim != 1 and n_head % 2 == 1 and batch * dim == batch * n_head:
            return max(
                16 * batch * n_head + 160 * n_head**2 + 256 * n_head + 8,
                48 * batch * n_head + 148 * n_head**2 + 244 * n_head + 8,
                68 * batch * n_head + 8 * batch + 144 * n_head**2 + 232 * n_head + 8,
                92 * batch * n_head + 8 * batch + 136 * n_head**2 + 224 * n_head + 8,
                108 * batch * n_head + 24 * batch + 128 * n_head**2 + 204 * n_head + 8,
                144 * batch * n_head + 32 * batch + 124 * n_head**2 + 180 * n_head + 8,
                152 * batch * n_head + 32 * batch + 112 * n_head**2 + 180 * n_head + 8,
                160 * batch * n_head + 32 * batch + 108 * n_head**2 + 176 * n_head + 8,
                184 * batch * n_head + 32 * batch + 100 * n_head**2 + 168 * n_head + 8,
                200 * batch * n_head + 40 * batch + 96 * n_head**2 + 156 * n_head + 8,
                224 * batch * n_head + 40 * batch + 88 * n_head**2 + 148 * n_head + 8,
                224 * batch * n_head + 48 * batch + 80 * n_head**2 + 144 * n_head + 8,
                224 * batch * n_head + 56 * batch + 80 * n_head**2 + 136 * n_head + 8,
            )
        if batch > 1 and seq_len > 1 and batch * n_head == batch:
            return max(
                20 * batch * dim * seq_len + 160 * dim**2 + 256 * dim + 8,
                48 * batch * dim * seq_len + 148 * dim**2 + 244 * dim + 8,
                36 * batch * dim * seq_len + 16 * batch * seq_len**2 + 148 * dim**2 + 244 * dim + 8,
                40 * batch * dim * seq_len + 12 * batch * seq_len**2 + 148 * dim**2 + 244 * dim + 8,
                200 * batch * dim * seq_len
                + 36 * batch * seq_len**2
                + 56 * batch * seq_len
                + 80 * dim**2
                + 128 * dim,
                60 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 144 * dim**2
                + 232 * dim
                + 8,
                84 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 136 * dim**2
                + 224 * dim
                + 8,
                104 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 24 * batch * seq_len
                + 128 * dim**2
                + 204 * dim
                + 8,
                120 * batch * dim * seq_len
                + 28 * batch * seq_len**2
                + 24 * batch * seq_len
                + 116 * dim**2
                + 192 * dim
                + 8,
                128 * batch * dim * seq_len
                + 24 * batch * seq_len**2
                + 32 * batch * seq_len
                + 124 * dim**2
                + 180 * dim
                + 8,
                132 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 24 * batch * seq_len
                + 116 * dim**2
                + 192 * dim
                + 8,
                136 * batch * dim * seq_len
                + 24 * batch * seq_len**2
                + 32 * batch * seq_len
                + 112 * dim**2
                + 180 * dim
                + 8,
                144 * batch * dim * seq_len
                + 24 * batch * seq_len**2
                + 32 * batch * seq_len
                + 108 * dim**2
                + 176 * dim
                + 8,
                152 * batch * dim * seq_len
                + 40 * batch * seq_len**2
                + 32 * batch * seq_len
                + 100 * dim**2
                + 168 * dim
                + 8,
                156 * batch * dim * seq_len
                + 36 * batch * seq_len**2
                + 32 * batch * seq_len
                + 100 * dim**2
                + 168 * dim
                + 8,
                172 * batch * dim * seq_len
                + 36 * batch * seq_len**2
                + 40 * batch * seq_len
                + 96 * dim**2
                + 156 * dim
                + 8,
                196 * batch * dim * seq_len
                + 36 * batch * seq_len**2
                + 40 * batch * seq_len
                + 88 * dim**2
                + 148 * dim
                + 8,
                196 * batch * dim * seq_len
                + 36 * batch * seq_len**2
                + 48 * batch * seq_len
                + 80 * dim**2
                + 144 * dim
                + 8,
                196 * batch * dim * seq_len
                + 36 * batch * seq_len**2
                + 56 * batch * seq_len
                + 80 * dim**2
                + 136 * dim
                + 8,
            )
        if batch != 1 and batch * n_head == batch:
            return max(
                16 * batch * dim + 160 * dim**2 + 256 * dim + 8,
                44 * batch * dim + 148 * dim**2 + 244 * dim + 8,
                36 * batch * dim + 12 * batch + 148 * dim**2 + 244 * dim + 8,
                56 * batch * dim + 20 * batch + 144 * dim**2 + 232 * dim + 8,
                80 * batch * dim + 20 * batch + 136 * dim**2 + 224 * dim + 8,
                96 * batch * dim + 36 * batch + 128 * dim**2 + 204 * dim + 8,
                120 * batch * dim + 56 * batch + 124 * dim**2 + 180 * dim + 8,
                124 * batch * dim + 36 * batch + 116 * dim**2 + 192 * dim + 8,
                128 * batch * dim + 56 * batch + 112 * dim**2 + 180 * dim + 8,
                136 * batch * dim + 56 * batch + 108 * dim**2 + 176 * dim + 8,
                148 * batch * dim + 68 * batch + 100 * dim**2 + 168 * dim + 8,
                164 * batch * dim + 76 * batch + 96 * dim**2 + 156 * dim + 8,
                188 * batch * dim + 76 * batch + 88 * dim**2 + 148 * dim + 8,
                188 * batch * dim + 84 * batch + 80 * dim**2 + 144 * dim + 8,
                188 * batch * dim + 92 * batch + 80 * dim**2 + 136 * dim + 8,
            )
        if batch > 1 and seq_len > 1:
            return max(
                20 * batch * dim * seq_len + 160 * dim**2 + 256 * dim + 8,
                48 * batch * dim * seq_len + 148 * dim**2 + 244 * dim + 8,
                36 * batch * dim * seq_len
                + 16 * batch * n_head * seq_len**2
                + 148 * dim**2
                + 244 * dim
                + 8,
                40 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 148 * dim**2
                + 244 * dim
                + 8,
                200 * batch * dim * seq_len
                + 36 * batch * n_head * seq_len**2
                + 56 * batch * seq_len
                + 80 * dim**2
                + 128 * dim,
                60 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 144 * dim**2
                + 232 * dim
                + 8,
                84 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 136 * dim**2
                + 224 * dim
                + 8,
                104 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 24 * batch * seq_len
                + 128 * dim**2
                + 204 * dim
                + 8,
                120 * batch * dim * seq_len
                + 28 * batch * n_head * seq_len**2
                + 24 * batch * seq_len
                + 116 * dim**2
                + 192 * dim
                + 8,
                128 * batch * dim * seq_len
                + 24 * batch * n_head * seq_len**2
                + 32 * batch * seq_len
                + 124 * dim**2
                + 180 * dim
                + 8,
                132 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 24 * batch * seq_len
                + 116 * dim**2
                + 192 * dim
                + 8,
                136 * batch * dim * seq_len
                + 24 * batch * n_head * seq_len**2
                + 32 * batch * seq_len
                + 112 * dim**2
                + 180 * dim
                + 8,
                144 * batch * dim * seq_len
                + 24 * batch * n_head * seq_len**2
                + 32 * batch * seq_len
                + 108 * dim**2
                + 176 * dim
                + 8,
                152 * batch * dim * seq_len
                + 40 * batch * n_head * seq_len**2
                + 32 * batch * seq_len
                + 100 * dim**2
                + 168 * dim
                + 8,
                156 * batch * dim * seq_len
                + 36 * batch * n_head * seq_len**2
                + 32 * batch * seq_len
                + 100 * dim**2
                + 168 * dim
                + 8,
                172 * batch * dim * seq_len
                + 36 * batch * n_head * seq_len**2
                + 40 * batch * seq_len
                + 96 * dim**2
                + 156 * dim
                + 8,
                196 * batch * dim * seq_len
                + 36 * batch * n_head * seq_len**2
                + 40 * batch * seq_len
                + 88 * dim**2
                + 148 * dim
                + 8,
                196 * batch * dim * seq_len
                + 36 * batch * n_head * seq_len**2
                + 48 * batch * seq_len
                + 80 * dim**2
                + 144 * dim
                + 8,
                196 * batch * dim * seq_len
                + 36 * batch * n_head * seq_len**2
                + 56 * batch * seq_len
                + 80 * dim**2
                + 136 * dim
                + 8,
            )
        if seq_len != 1:
            return max(
                148 * dim**2 + 44 * dim * seq_len + 244 * dim + 8,
                160 * dim**2 + 16 * dim * seq_len + 256 * dim + 8,
                148 * dim**2 + 32 * dim * seq_len + 244 * dim + 16 * n_head * seq_len**2 + 8,
                148 * dim**2 + 36 * dim * seq_len + 244 * dim + 12 * n_head * seq_len**2 + 8,
                80 * dim**2
                + 188 * dim * seq_len
                + 136 * dim
                + 36 * n_head * seq_len**2
                + 56 * seq_len
                + 8,
                80 * dim**2
                + 188 * dim * seq_len
                + 144 * dim
                + 36 * n_head * seq_len**2
                + 48 * seq_len
                + 8,
                88 * dim**2
                + 188 * dim * seq_len
                + 148 * dim
                + 36 * n_head * seq_len**2
                + 40 * seq_len
                + 8,
                96 * dim**2
                + 164 * dim * seq_len
                + 156 * dim
                + 36 * n_head * seq_len**2
                + 40 * seq_len
                + 8,
                100 * dim**2
                + 144 * dim * seq_len
                + 168 * dim
                + 40 * n_head * seq_len**2
                + 32 * seq_len
                + 8,
                100 * dim**2
                + 148 * dim * seq_len
                + 168 * dim
                + 36 * n_head * seq_len**2
                + 32 * seq_len
                + 8,
                108 * dim**2
                + 136 * dim * seq_len
                + 176 * dim
                + 24 * n_head * seq_len**2
                + 32 * seq_len
                + 8,
                112 * dim**2
                + 128 * dim * seq_len
                + 180 * dim
                + 24 * n_head * seq_len**2
                + 32 * seq_len
                + 8,
                116 * dim**2
                + 112 * dim * seq_len
                + 192 * dim
                + 28 * n_head * seq_len**2
                + 24 * seq_len
                + 8,
                116 * dim**2
                + 124 * dim * seq_len
                + 192 * dim
                + 12 * n_head * seq_len**2
                + 24 * seq_len
                + 8,
                124 * dim**2
                + 120 * dim * seq_len
                + 180 * dim
                + 24 * n_head * seq_len**2
                + 32 * seq_len
                + 8,
                128 * dim**2
                + 96 * dim * seq_len
                + 204 * dim
                + 12 * n_head * seq_len**2
                + 24 * seq_len
                + 8,
                136 * dim**2
                + 80 * dim * seq_len
                + 224 * dim
                + 12 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
                144 * dim**2
                + 56 * dim * seq_len
                + 232 * dim
                + 12 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
            )
        return max(
            16 * batch * dim + 160 * dim**2 + 256 * dim + 8,
            44 * batch * dim + 148 * dim**2 + 244 * dim + 8,
            32 * batch * dim + 16 * batch * n_head + 148 * dim**2 + 244 * dim + 8,
            36 * batch * dim + 12 * batch * n_head + 148 * dim**2 + 244 * dim + 8,
            56 * batch * dim + 12 * batch * n_head + 8 * batch + 144 * dim**2 + 232 * dim + 8,
            80 * batch * dim + 12 * batch * n_head + 8 * batch + 136 * dim**2 + 224 * dim + 8,
            96 * batch * dim + 12 * batch * n_head + 24 * batch + 128 * dim**2 + 204 * dim + 8,
            112 * batch * dim + 28 * batch * n_head + 24 * batch + 116 * dim**2 + 192 * dim + 8,
            120 * batch * dim + 24 * batch * n_head + 32 * batch + 124 * dim**2 + 180 * dim + 8,
            124 * batch * dim + 12 * batch * n_head + 24 * batch + 116 * dim**2 + 192 * dim + 8,
            128 * batch * dim + 24 * batch * n_head + 32 * batch + 112 * dim**2 + 180 * dim + 8,
            136 * batch * dim + 24 * batch * n_head + 32 * batch + 108 * dim**2 + 176 * dim + 8,
            144 * batch * dim + 40 * batch * n_head + 32 * batch + 100 * dim**2 + 168 * dim + 8,
            148 * batch * dim + 36 * batch * n_head + 32 * batch + 100 * dim**2 + 168 * dim + 8,
            164 * batch * dim + 36 * batch * n_head + 40 * batch + 96 * dim**2 + 156 * dim + 8,
            188 * batch * dim + 36 * batch * n_head + 40 * batch + 88 * dim**2 + 148 * dim + 8,
            188 * batch * dim + 36 * batch * n_head + 48 * batch + 80 * dim**2 + 144 * dim + 8,
            188 * batch * dim + 36 * batch * n_head + 56 * batch + 80 * dim**2 + 136 * dim + 8,
        )
    if optimizer == "sgd_momentum":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if (
            batch != 1
            and dim != 1
            and seq_len != 1
            and n_head % 2 == 1
            and batch * dim == batch * n_head
        ):
            return max(
                4 * batch * n_head * seq_len + 240 * n_head**2 + 384 * n_head + 4,
                20 * batch * n_head * seq_len + 160 * n_head**2 + 256 * n_head + 8,
                16 * batch * n_head * seq_len**2
                + 36 * batch * n_head * seq_len
                + 148 * n_head**2
                + 244 * n_head
                + 8,
                36 * batch * n_head * seq_len**2
                + 200 * batch * n_head * seq_len
                + 56 * batch * seq_len
                + 80 * n_head**2
                + 128 * n_head,
                12 * batch * n_head * seq_len**2
                + 60 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 144 * n_head**2
                + 232 * n_head
                + 8,
                12 * batch * n_head * seq_len**2
                + 84 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 136 * n_head**2
                + 224 * n_head
                + 8,
                12 * batch * n_head * seq_len**2
                + 104 * batch * n_head * seq_len
                + 24 * batch * seq_len
                + 128 * n_head**2
                + 204 * n_head
                + 8,
                24 * batch * n_head * seq_len**2
                + 128 * batch * n_head * seq_len
                + 32 * batch * seq_len
                + 124 * n_head**2
                + 180 * n_head
                + 8,
                24 * batch * n_head * seq_len**2
                + 136 * batch * n_head * seq_len
                + 32 * batch * seq_len
                + 112 * n_head**2
                + 180 * n_head
                + 8,
                24 * batch * n_head * seq_len**2
                + 144 * batch * n_head * seq_len
                + 32 * batch * seq_len
                + 108 * n_head**2
                + 176 * n_head
                + 8,
                28 * batch * n_head * seq_len**2
                + 120 * batch * n_head * seq_len
                + 24 * batch * seq_len
                + 116 * n_head**2
                + 192 * n_head
                + 8,
                36 * batch * n_head * seq_len**2
                + 172 * batch * n_head * seq_len
                + 40 * batch * seq_len
                + 96 * n_head**2
                + 156 * n_head
                + 8,
                36 * batch * n_head * seq_len**2
                + 196 * batch * n_head * seq_len
                + 40 * batch * seq_len
                + 88 * n_head**2
                + 148 * n_head
                + 8,
                36 * batch * n_head * seq_len**2
                + 196 * batch * n_head * seq_len
                + 48 * batch * seq_len
                + 80 * n_head**2
                + 144 * n_head
                + 8,
                36 * batch * n_head * seq_len**2
                + 196 * batch * n_head * seq_len
                + 56 * batch * seq_len
                + 80 * n_head**2
                + 136 * n_head
                + 8,
                40 * batch * n_head * seq_len**2
                + 152 * batch * n_head * seq_len
                + 32 * batch * seq_len
                + 100 * n_head**2
                + 168 * n_head
                + 8,
            )
        if batch != 1 and dim != 1 and n_head % 2 == 1 and batch * dim == batch * n_head:
            return max(
                4 * batch * n_head + 240 * n_head**2 + 384 * n_head + 4,
                16 * batch * n_head + 160 * n_head**2 + 256 * n_head + 8,
                48 * batch * n_head + 148 * n_head**2 + 244 * n_head + 8,
                68 * batch * n_head + 8 * batch + 144 * n_head**2 + 232 * n_head + 8,
                92 * batch * n_head + 8 * batch + 136 * n_head**2 + 224 * n_head + 8,
                108 * batch * n_head + 24 * batch + 128 * n_head**2 + 204 * n_head + 8,
                144 * batch * n_head + 32 * batch + 124 * n_head**2 + 180 * n_head + 8,
                152 * batch * n_head + 32 * batch + 112 * n_head**2 + 180 * n_head + 8,
                160 * batch * n_head + 32 * batch + 108 * n_head**2 + 176 * n_head + 8,
                184 * batch * n_head + 32 * batch + 100 * n_head**2 + 168 * n_head + 8,
                200 * batch * n_head + 40 * batch + 96 * n_head**2 + 156 * n_head + 8,
                224 * batch * n_head + 40 * batch + 88 * n_head**2 + 148 * n_head + 8,
                224 * batch * n_head + 48 * batch + 80 * n_head**2 + 144 * n_head + 8,
                224 * batch * n_head + 56 * batch + 80 * n_head**2 + 136 * n_head + 8,
            )
        if batch > 1 and seq_len > 1 and batch * n_head == batch:
            return max(
                4 * batch * dim * seq_len + 240 * dim**2 + 384 * dim + 4,
                20 * batch * dim * seq_len + 160 * dim**2 + 256 * dim + 8,
                48 * batch * dim * seq_len + 148 * dim**2 + 244 * dim + 8,
                36 * batch * dim * seq_len + 16 * batch * seq_len**2 + 148 * dim**2 + 244 * dim + 8,
                40 * batch * dim * seq_len + 12 * batch * seq_len**2 + 148 * dim**2 + 244 * dim + 8,
                200 * batch * dim * seq_len
                + 36 * batch * seq_len**2
                + 56 * batch * seq_len
                + 80 * dim**2
                + 128 * dim,
                60 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 144 * dim**2
                + 232 * dim
                + 8,
                84 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 136 * dim**2
                + 224 * dim
                + 8,
                104 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 24 * batch * seq_len
                + 128 * dim**2
                + 204 * dim
                + 8,
                120 * batch * dim * seq_len
                + 28 * batch * seq_len**2
                + 24 * batch * seq_len
                + 116 * dim**2
                + 192 * dim
                + 8,
                128 * batch * dim * seq_len
                + 24 * batch * seq_len**2
                + 32 * batch * seq_len
                + 124 * dim**2
                + 180 * dim
                + 8,
                132 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 24 * batch * seq_len
                + 116 * dim**2
                + 192 * dim
                + 8,
                136 * batch * dim * seq_len
                + 24 * batch * seq_len**2
                + 32 * batch * seq_len
                + 112 * dim**2
                + 180 * dim
                + 8,
                144 * batch * dim * seq_len
                + 24 * batch * seq_len**2
                + 32 * batch * seq_len
                + 108 * dim**2
                + 176 * dim
                + 8,
                152 * batch * dim * seq_len
                + 40 * batch * seq_len**2
                + 32 * batch * seq_len
                + 100 * dim**2
                + 168 * dim
                + 8,
                156 * batch * dim * seq_len
                + 36 * batch * seq_len**2
                + 32 * batch * seq_len
                + 100 * dim**2
                + 168 * dim
                + 8,
                172 * batch * dim * seq_len
                + 36 * batch * seq_len**2
                + 40 * batch * seq_len
                + 96 * dim**2
                + 156 * dim
                + 8,
                196 * batch * dim * seq_len
                + 36 * batch * seq_len**2
                + 40 * batch * seq_len
                + 88 * dim**2
                + 148 * dim
                + 8,
                196 * batch * dim * seq_len
                + 36 * batch * seq_len**2
                + 48 * batch * seq_len
                + 80 * dim**2
                + 144 * dim
                + 8,
                196 * batch * dim * seq_len
                + 36 * batch * seq_len**2
                + 56 * batch * seq_len
                + 80 * dim**2
                + 136 * dim
                + 8,
            )
        if batch != 1 and batch * n_head == batch:
            return max(
                4 * batch * dim + 240 * dim**2 + 384 * dim + 4,
                16 * batch * dim + 160 * dim**2 + 256 * dim + 8,
                44 * batch * dim + 148 * dim**2 + 244 * dim + 8,
                36 * batch * dim + 12 * batch + 148 * dim**2 + 244 * dim + 8,
                56 * batch * dim + 20 * batch + 144 * dim**2 + 232 * dim + 8,
                80 * batch * dim + 20 * batch + 136 * dim**2 + 224 * dim + 8,
                96 * batch * dim + 36 * batch + 128 * dim**2 + 204 * dim + 8,
                120 * batch * dim + 56 * batch + 124 * dim**2 + 180 * dim + 8,
                124 * batch * dim + 36 * batch + 116 * dim**2 + 192 * dim + 8,
                128 * batch * dim + 56 * batch + 112 * dim**2 + 180 * dim + 8,
                136 * batch * dim + 56 * batch + 108 * dim**2 + 176 * dim + 8,
                148 * batch * dim + 68 * batch + 100 * dim**2 + 168 * dim + 8,
                164 * batch * dim + 76 * batch + 96 * dim**2 + 156 * dim + 8,
                188 * batch * dim + 76 * batch + 88 * dim**2 + 148 * dim + 8,
                188 * batch * dim + 84 * batch + 80 * dim**2 + 144 * dim + 8,
                188 * batch * dim + 92 * batch + 80 * dim**2 + 136 * dim + 8,
            )
        if (seq_len == 1 and batch != 1) or (seq_len == 1 and dim != n_head and n_head != 1):
            return max(
                4 * batch * dim + 240 * dim**2 + 384 * dim + 4,
                16 * batch * dim + 160 * dim**2 + 256 * dim + 8,
                44 * batch * dim + 148 * dim**2 + 244 * dim + 8,
                32 * batch * dim + 16 * batch * n_head + 148 * dim**2 + 244 * dim + 8,
                36 * batch * dim + 12 * batch * n_head + 148 * dim**2 + 244 * dim + 8,
                56 * batch * dim + 12 * batch * n_head + 8 * batch + 144 * dim**2 + 232 * dim + 8,
                80 * batch * dim + 12 * batch * n_head + 8 * batch + 136 * dim**2 + 224 * dim + 8,
                96 * batch * dim + 12 * batch * n_head + 24 * batch + 128 * dim**2 + 204 * dim + 8,
                112 * batch * dim + 28 * batch * n_head + 24 * batch + 116 * dim**2 + 192 * dim + 8,
                120 * batch * dim + 24 * batch * n_head + 32 * batch + 124 * dim**2 + 180 * dim + 8,
                124 * batch * dim + 12 * batch * n_head + 24 * batch + 116 * dim**2 + 192 * dim + 8,
                128 * batch * dim + 24 * batch * n_head + 32 * batch + 112 * dim**2 + 180 * dim + 8,
                136 * batch * dim + 24 * batch * n_head + 32 * batch + 108 * dim**2 + 176 * dim + 8,
                144 * batch * dim + 40 * batch * n_head + 32 * batch + 100 * dim**2 + 168 * dim + 8,
                148 * batch * dim + 36 * batch * n_head + 32 * batch + 100 * dim**2 + 168 * dim + 8,
                164 * batch * dim + 36 * batch * n_head + 40 * batch + 96 * dim**2 + 156 * dim + 8,
                188 * batch * dim + 36 * batch * n_head + 40 * batch + 88 * dim**2 + 148 * dim + 8,
                188 * batch * dim + 36 * batch * n_head + 48 * batch + 80 * dim**2 + 144 * dim + 8,
                188 * batch * dim + 36 * batch * n_head + 56 * batch + 80 * dim**2 + 136 * dim + 8,
            )
        if batch == 1 and seq_len != 1:
            return max(
                148 * dim**2 + 44 * dim * seq_len + 244 * dim + 8,
                160 * dim**2 + 16 * dim * seq_len + 256 * dim + 8,
                240 * dim**2 + 4 * dim * seq_len + 384 * dim + 4,
                148 * dim**2 + 32 * dim * seq_len + 244 * dim + 16 * n_head * seq_len**2 + 8,
                148 * dim**2 + 36 * dim * seq_len + 244 * dim + 12 * n_head * seq_len**2 + 8,
                80 * dim**2
                + 188 * dim * seq_len
                + 136 * dim
                + 36 * n_head * seq_len**2
                + 56 * seq_len
                + 8,
                80 * dim**2
                + 188 * dim * seq_len
                + 144 * dim
                + 36 * n_head * seq_len**2
                + 48 * seq_len
                + 8,
                88 * dim**2
                + 188 * dim * seq_len
                + 148 * dim
                + 36 * n_head * seq_len**2
                + 40 * seq_len
                + 8,
                96 * dim**2
                + 164 * dim * seq_len
                + 156 * dim
                + 36 * n_head * seq_len**2
                + 40 * seq_len
                + 8,
                100 * dim**2
                + 144 * dim * seq_len
                + 168 * dim
                + 40 * n_head * seq_len**2
                + 32 * seq_len
                + 8,
                100 * dim**2
                + 148 * dim * seq_len
                + 168 * dim
                + 36 * n_head * seq_len**2
                + 32 * seq_len
                + 8,
                108 * dim**2
                + 136 * dim * seq_len
                + 176 * dim
                + 24 * n_head * seq_len**2
                + 32 * seq_len
                + 8,
                112 * dim**2
                + 128 * dim * seq_len
                + 180 * dim
                + 24 * n_head * seq_len**2
                + 32 * seq_len
                + 8,
                116 * dim**2
                + 112 * dim * seq_len
                + 192 * dim
                + 28 * n_head * seq_len**2
                + 24 * seq_len
                + 8,
                116 * dim**2
                + 124 * dim * seq_len
                + 192 * dim
                + 12 * n_head * seq_len**2
                + 24 * seq_len
                + 8,
                124 * dim**2
                + 120 * dim * seq_len
                + 180 * dim
                + 24 * n_head * seq_len**2
                + 32 * seq_len
                + 8,
                128 * dim**2
                + 96 * dim * seq_len
                + 204 * dim
                + 12 * n_head * seq_len**2
                + 24 * seq_len
                + 8,
                136 * dim**2
                + 80 * dim * seq_len
                + 224 * dim
                + 12 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
                144 * dim**2
                + 56 * dim * seq_len
                + 232 * dim
                + 12 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
            )
        return max(
            4 * batch * dim * seq_len + 240 * dim**2 + 384 * dim + 4,
            20 * batch * dim * seq_len + 160 * dim**2 + 256 * dim + 8,
            48 * batch * dim * seq_len + 148 * dim**2 + 244 * dim + 8,
            36 * batch * dim * seq_len
            + 16 * batch * n_head * seq_len**2
            + 148 * dim**2
            + 244 * dim
            + 8,
            40 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 148 * dim**2
            + 244 * dim
            + 8,
            200 * batch * dim * seq_len
            + 36 * batch * n_head * seq_len**2
            + 56 * batch * seq_len
            + 80 * dim**2
            + 128 * dim,
            60 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 144 * dim**2
            + 232 * dim
            + 8,
            84 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 136 * dim**2
            + 224 * dim
            + 8,
            104 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 24 * batch * seq_len
            + 128 * dim**2
            + 204 * dim
            + 8,
            120 * batch * dim * seq_len
            + 28 * batch * n_head * seq_len**2
            + 24 * batch * seq_len
            + 116 * dim**2
            + 192 * dim
            + 8,
            128 * batch * dim * seq_len
            + 24 * batch * n_head * seq_len**2
            + 32 * batch * seq_len
            + 124 * dim**2
            + 180 * dim
            + 8,
            132 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 24 * batch * seq_len
            + 116 * dim**2
            + 192 * dim
            + 8,
            136 * batch * dim * seq_len
            + 24 * batch * n_head * seq_len**2
            + 32 * batch * seq_len
            + 112 * dim**2
            + 180 * dim
            + 8,
            144 * batch * dim * seq_len
            + 24 * batch * n_head * seq_len**2
            + 32 * batch * seq_len
            + 108 * dim**2
            + 176 * dim
            + 8,
            152 * batch * dim * seq_len
            + 40 * batch * n_head * seq_len**2
            + 32 * batch * seq_len
            + 100 * dim**2
            + 168 * dim
            + 8,
            156 * batch * dim * seq_len
            + 36 * batch * n_head * seq_len**2
            + 32 * batch * seq_len
            + 100 * dim**2
            + 168 * dim
            + 8,
            172 * batch * dim * seq_len
            + 36 * batch * n_head * seq_len**2
            + 40 * batch * seq_len
            + 96 * dim**2
            + 156 * dim
            + 8,
            196 * batch * dim * seq_len
            + 36 * batch * n_head * seq_len**2
            + 40 * batch * seq_len
            + 88 * dim**2
            + 148 * dim
            + 8,
            196 * batch * dim * seq_len
            + 36 * batch * n_head * seq_len**2
            + 48 * batch * seq_len
            + 80 * dim**2
            + 144 * dim
            + 8,
            196 * batch * dim * seq_len
            + 36 * batch * n_head * seq_len**2
            + 56 * batch * seq_len
            + 80 * dim**2
            + 136 * dim
            + 8,
        )
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if (
        batch != 1
        and dim != 1
        and seq_len != 1
        and n_head % 2 == 1
        and batch * dim == batch * n_head
    ):
        return max(
            4 * batch * n_head * seq_len + 332 * n_head**2 + 536 * n_head + 140,
            4 * batch * n_head * seq_len + 344 * n_head**2 + 516 * n_head + 140,
            20 * batch * n_head * seq_len + 160 * n_head**2 + 256 * n_head + 8,
            16 * batch * n_head * seq_len**2
            + 36 * batch * n_head * seq_len
            + 148 * n_head**2
            + 244 * n_head
            + 8,
            36 * batch * n_head * seq_len**2
            + 200 * batch * n_head * seq_len
            + 56 * batch * seq_len
            + 80 * n_head**2
            + 128 * n_head,
            12 * batch * n_head * seq_len**2
            + 60 * batch * n_head * seq_len
            + 8 * batch * seq_len
            + 144 * n_head**2
            + 232 * n_head
            + 8,
            12 * batch * n_head * seq_len**2
            + 84 * batch * n_head * seq_len
            + 8 * batch * seq_len
            + 136 * n_head**2
            + 224 * n_head
            + 8,
            12 * batch * n_head * seq_len**2
            + 104 * batch * n_head * seq_len
            + 24 * batch * seq_len
            + 128 * n_head**2
            + 204 * n_head
            + 8,
            24 * batch * n_head * seq_len**2
            + 128 * batch * n_head * seq_len
            + 32 * batch * seq_len
            + 124 * n_head**2
            + 180 * n_head
            + 8,
            24 * batch * n_head * seq_len**2
            + 136 * batch * n_head * seq_len
            + 32 * batch * seq_len
            + 112 * n_head**2
            + 180 * n_head
            + 8,
            24 * batch * n_head * seq_len**2
            + 144 * batch * n_head * seq_len
            + 32 * batch * seq_len
            + 108 * n_head**2
            + 176 * n_head
            + 8,
            28 * batch * n_head * seq_len**2
            + 120 * batch * n_head * seq_len
            + 24 * batch * seq_len
            + 116 * n_head**2
            + 192 * n_head
            + 8,
            36 * batch * n_head * seq_len**2
            + 172 * batch * n_head * seq_len
            + 40 * batch * seq_len
            + 96 * n_head**2
            + 156 * n_head
            + 8,
            36 * batch * n_head * seq_len**2
            + 196 * batch * n_head * seq_len
            + 40 * batch * seq_len
            + 88 * n_head**2
            + 148 * n_head
            + 8,
            36 * batch * n_head * seq_len**2
            + 196 * batch * n_head * seq_len
            + 48 * batch * seq_len
            + 80 * n_head**2
            + 144 * n_head
            + 8,
            36 * batch * n_head * seq_len**2
            + 196 * batch * n_head * seq_len
            + 56 * batch * seq_len
            + 80 * n_head**2
            + 136 * n_head
            + 8,
            40 * batch * n_head * seq_len**2
            + 152 * batch * n_head * seq_len
            + 32 * batch * seq_len
            + 100 * n_head**2
            + 168 * n_head
            + 8,
        )
    if batch != 1 and dim != 1 and n_head % 2 == 1 and batch * dim == batch * n_head:
        return max(
            4 * batch * n_head + 332 * n_head**2 + 536 * n_head + 140,
            4 * batch * n_head + 344 * n_head**2 + 516 * n_head + 140,
            16 * batch * n_head + 160 * n_head**2 + 256 * n_head + 8,
            48 * batch * n_head + 148 * n_head**2 + 244 * n_head + 8,
            68 * batch * n_head + 8 * batch + 144 * n_head**2 + 232 * n_head + 8,
            92 * batch * n_head + 8 * batch + 136 * n_head**2 + 224 * n_head + 8,
            108 * batch * n_head + 24 * batch + 128 * n_head**2 + 204 * n_head + 8,
            144 * batch * n_head + 32 * batch + 124 * n_head**2 + 180 * n_head + 8,
            152 * batch * n_head + 32 * batch + 112 * n_head**2 + 180 * n_head + 8,
            160 * batch * n_head + 32 * batch + 108 * n_head**2 + 176 * n_head + 8,
            184 * batch * n_head + 32 * batch + 100 * n_head**2 + 168 * n_head + 8,
            200 * batch * n_head + 40 * batch + 96 * n_head**2 + 156 * n_head + 8,
            224 * batch * n_head + 40 * batch + 88 * n_head**2 + 148 * n_head + 8,
            224 * batch * n_head + 48 * batch + 80 * n_head**2 + 144 * n_head + 8,
            224 * batch * n_head + 56 * batch + 80 * n_head**2 + 136 * n_head + 8,
        )
    if batch > 1 and seq_len > 1 and batch * n_head == batch:
        return max(
            4 * batch * dim * seq_len + 332 * dim**2 + 536 * dim + 140,
            4 * batch * dim * seq_len + 344 * dim**2 + 516 * dim + 140,
            20 * batch * dim * seq_len + 160 * dim**2 + 256 * dim + 8,
            48 * batch * dim * seq_len + 148 * dim**2 + 244 * dim + 8,
            36 * batch * dim * seq_len + 16 * batch * seq_len**2 + 148 * dim**2 + 244 * dim + 8,
            40 * batch * dim * seq_len + 12 * batch * seq_len**2 + 148 * dim**2 + 244 * dim + 8,
            200 * batch * dim * seq_len
            + 36 * batch * seq_len**2
            + 56 * batch * seq_len
            + 80 * dim**2
            + 128 * dim,
            60 * batch * dim * seq_len
            + 12 * batch * seq_len**2
            + 8 * batch * seq_len
            + 144 * dim**2
            + 232 * dim
            + 8,
            84 * batch * dim * seq_len
            + 12 * batch * seq_len**2
            + 8 * batch * seq_len
            + 136 * dim**2
            + 224 * dim
            + 8,
            104 * batch * dim * seq_len
            + 12 * batch * seq_len**2
            + 24 * batch * seq_len
            + 128 * dim**2
            + 204 * dim
            + 8,
            120 * batch * dim * seq_len
            + 28 * batch * seq_len**2
            + 24 * batch * seq_len
            + 116 * dim**2
            + 192 * dim
            + 8,
            128 * batch * dim * seq_len
            + 24 * batch * seq_len**2
            + 32 * batch * seq_len
            + 124 * dim**2
            + 180 * dim
            + 8,
            132 * batch * dim * seq_len
            + 12 * batch * seq_len**2
            + 24 * batch * seq_len
            + 116 * dim**2
            + 192 * dim
            + 8,
            136 * batch * dim * seq_len
            + 24 * batch * seq_len**2
            + 32 * batch * seq_len
            + 112 * dim**2
            + 180 * dim
            + 8,
            144 * batch * dim * seq_len
            + 24 * batch * seq_len**2
            + 32 * batch * seq_len
            + 108 * dim**2
            + 176 * dim
            + 8,
            152 * batch * dim * seq_len
            + 40 * batch * seq_len**2
            + 32 * batch * seq_len
            + 100 * dim**2
            + 168 * dim
            + 8,
            156 * batch * dim * seq_len
            + 36 * batch * seq_len**2
            + 32 * batch * seq_len
            + 100 * dim**2
            + 168 * dim
            + 8,
            172 * batch * dim * seq_len
            + 36 * batch * seq_len**2
            + 40 * batch * seq_len
            + 96 * dim**2
            + 156 * dim
            + 8,
            196 * batch * dim * seq_len
            + 36 * batch * seq_len**2
            + 40 * batch * seq_len
            + 88 * dim**2
            + 148 * dim
            + 8,
            196 * batch * dim * seq_len
            + 36 * batch * seq_len**2
            + 48 * batch * seq_len
            + 80 * dim**2
            + 144 * dim
            + 8,
            196 * batch * dim * seq_len
            + 36 * batch * seq_len**2
            + 56 * batch * seq_len
            + 80 * dim**2
            + 136 * dim
            + 8,
        )
    if batch != 1 and batch * n_head == batch:
        return max(
            4 * batch * dim + 332 * dim**2 + 536 * dim + 140,
            4 * batch * dim + 344 * dim**2 + 516 * dim + 140,
            16 * batch * dim + 160 * dim**2 + 256 * dim + 8,
            44 * batch * dim + 148 * dim**2 + 244 * dim + 8,
            36 * batch * dim + 12 * batch + 148 * dim**2 + 244 * dim + 8,
            56 * batch * dim + 20 * batch + 144 * dim**2 + 232 * dim + 8,
            80 * batch * dim + 20 * batch + 136 * dim**2 + 224 * dim + 8,
            96 * batch * dim + 36 * batch + 128 * dim**2 + 204 * dim + 8,
            120 * batch * dim + 56 * batch + 124 * dim**2 + 180 * dim + 8,
            124 * batch * dim + 36 * batch + 116 * dim**2 + 192 * dim + 8,
            128 * batch * dim + 56 * batch + 112 * dim**2 + 180 * dim + 8,
            136 * batch * dim + 56 * batch + 108 * dim**2 + 176 * dim + 8,
            148 * batch * dim + 68 * batch + 100 * dim**2 + 168 * dim + 8,
            164 * batch * dim + 76 * batch + 96 * dim**2 + 156 * dim + 8,
            188 * batch * dim + 76 * batch + 88 * dim**2 + 148 * dim + 8,
            188 * batch * dim + 84 * batch + 80 * dim**2 + 144 * dim + 8,
            188 * batch * dim + 92 * batch + 80 * dim**2 + 136 * dim + 8,
        )
    if (seq_len == 1 and batch != 1) or (seq_len == 1 and dim != n_head and n_head != 1):
        return max(
            4 * batch * dim + 332 * dim**2 + 536 * dim + 140,
            4 * batch * dim + 344 * dim**2 + 516 * dim + 140,
            16 * batch * dim + 160 * dim**2 + 256 * dim + 8,
            44 * batch * dim + 148 * dim**2 + 244 * dim + 8,
            32 * batch * dim + 16 * batch * n_head + 148 * dim**2 + 244 * dim + 8,
            36 * batch * dim + 12 * batch * n_head + 148 * dim**2 + 244 * dim + 8,
            56 * batch * dim + 12 * batch * n_head + 8 * batch + 144 * dim**2 + 232 * dim + 8,
            80 * batch * dim + 12 * batch * n_head + 8 * batch + 136 * dim**2 + 224 * dim + 8,
            96 * batch * dim + 12 * batch * n_head + 24 * batch + 128 * dim**2 + 204 * dim + 8,
            112 * batch * dim + 28 * batch * n_head + 24 * batch + 116 * dim**2 + 192 * dim + 8,
            120 * batch * dim + 24 * batch * n_head + 32 * batch + 124 * dim**2 + 180 * dim + 8,
            124 * batch * dim + 12 * batch * n_head + 24 * batch + 116 * dim**2 + 192 * dim + 8,
            128 * batch * dim + 24 * batch * n_head + 32 * batch + 112 * dim**2 + 180 * dim + 8,
            136 * batch * dim + 24 * batch * n_head + 32 * batch + 108 * dim**2 + 176 * dim + 8,
            144 * batch * dim + 40 * batch * n_head + 32 * batch + 100 * dim**2 + 168 * dim + 8,
            148 * batch * dim + 36 * batch * n_head + 32 * batch + 100 * dim**2 + 168 * dim + 8,
            164 * batch * dim + 36 * batch * n_head + 40 * batch + 96 * dim**2 + 156 * dim + 8,
            188 * batch * dim + 36 * batch * n_head + 40 * batch + 88 * dim**2 + 148 * dim + 8,
            188 * batch * dim + 36 * batch * n_head + 48 * batch + 80 * dim**2 + 144 * dim + 8,
            188 * batch * dim + 36 * batch * n_head + 56 * batch + 80 * dim**2 + 136 * dim + 8,
        )
    if batch == 1 and seq_len != 1:
        return max(
            148 * dim**2 + 44 * dim * seq_len + 244 * dim + 8,
            160 * dim**2 + 16 * dim * seq_len + 256 * dim + 8,
            332 * dim**2 + 4 * dim * seq_len + 536 * dim + 140,
            344 * dim**2 + 4 * dim * seq_len + 516 * dim + 140,
            148 * dim**2 + 32 * dim * seq_len + 244 * dim + 16 * n_head * seq_len**2 + 8,
            148 * dim**2 + 36 * dim * seq_len + 244 * dim + 12 * n_head * seq_len**2 + 8,
            80 * dim**2
            + 188 * dim * seq_len
            + 136 * dim
            + 36 * n_head * seq_len**2
            + 56 * seq_len
            + 8,
            80 * dim**2
            + 188 * dim * seq_len
            + 144 * dim
            + 36 * n_head * seq_len**2
            + 48 * seq_len
            + 8,
            88 * dim**2
            + 188 * dim * seq_len
            + 148 * dim
            + 36 * n_head * seq_len**2
            + 40 * seq_len
            + 8,
            96 * dim**2
            + 164 * dim * seq_len
            + 156 * dim
            + 36 * n_head * seq_len**2
            + 40 * seq_len
            + 8,
            100 * dim**2
            + 144 * dim * seq_len
            + 168 * dim
            + 40 * n_head * seq_len**2
            + 32 * seq_len
            + 8,
            100 * dim**2
            + 148 * dim * seq_len
            + 168 * dim
            + 36 * n_head * seq_len**2
            + 32 * seq_len
            + 8,
            108 * dim**2
            + 136 * dim * seq_len
            + 176 * dim
            + 24 * n_head * seq_len**2
            + 32 * seq_len
            + 8,
            112 * dim**2
            + 128 * dim * seq_len
            + 180 * dim
            + 24 * n_head * seq_len**2
            + 32 * seq_len
            + 8,
            116 * dim**2
            + 112 * dim * seq_len
            + 192 * dim
            + 28 * n_head * seq_len**2
            + 24 * seq_len
            + 8,
            116 * dim**2
            + 124 * dim * seq_len
            + 192 * dim
            + 12 * n_head * seq_len**2
            + 24 * seq_len
            + 8,
            124 * dim**2
            + 120 * dim * seq_len
            + 180 * dim
            + 24 * n_head * seq_len**2
            + 32 * seq_len
            + 8,
            128 * dim**2
            + 96 * dim * seq_len
            + 204 * dim
            + 12 * n_head * seq_len**2
            + 24 * seq_len
            + 8,
            136 * dim**2
            + 80 * dim * seq_len
            + 224 * dim
            + 12 * n_head * seq_len**2
            + 8 * seq_len
            + 8,
            144 * dim**2
            + 56 * dim * seq_len
            + 232 * dim
            + 12 * n_head * seq_len**2
            + 8 * seq_len
            + 8,
        )
    return max(
        4 * batch * dim * seq_len + 332 * dim**2 + 536 * dim + 140,
        4 * batch * dim * seq_len + 344 * dim**2 + 516 * dim + 140,
        20 * batch * dim * seq_len + 160 * dim**2 + 256 * dim + 8,
        48 * batch * dim * seq_len + 148 * dim**2 + 244 * dim + 8,
        36 * batch * dim * seq_len
        + 16 * batch * n_head * seq_len**2
        + 148 * dim**2
        + 244 * dim
        + 8,
        40 * batch * dim * seq_len
        + 12 * batch * n_head * seq_len**2
        + 148 * dim**2
        + 244 * dim
        + 8,
        200 * batch * dim * seq_len
        + 36 * batch * n_head * seq_len**2
        + 56 * batch * seq_len
        + 80 * dim**2
        + 128 * dim,
        60 * batch * dim * seq_len
        + 12 * batch * n_head * seq_len**2
        + 8 * batch * seq_len
        + 144 * dim**2
        + 232 * dim
        + 8,
        84 * batch * dim * seq_len
        + 12 * batch * n_head * seq_len**2
        + 8 * batch * seq_len
        + 136 * dim**2
        + 224 * dim
        + 8,
        104 * batch * dim * seq_len
        + 12 * batch * n_head * seq_len**2
        + 24 * batch * seq_len
        + 128 * dim**2
        + 204 * dim
        + 8,
        120 * batch * dim * seq_len
        + 28 * batch * n_head * seq_len**2
        + 24 * batch * seq_len
        + 116 * dim**2
        + 192 * dim
        + 8,
        128 * batch * dim * seq_len
        + 24 * batch * n_head * seq_len**2
        + 32 * batch * seq_len
        + 124 * dim**2
        + 180 * dim
        + 8,
        132 * batch * dim * seq_len
        + 12 * batch * n_head * seq_len**2
        + 24 * batch * seq_len
        + 116 * dim**2
        + 192 * dim
        + 8,
        136 * batch * dim * seq_len
        + 24 * batch * n_head * seq_len**2
        + 32 * batch * seq_len
        + 112 * dim**2
        + 180 * dim
        + 8,
        144 * batch * dim * seq_len
        + 24 * batch * n_head * seq_len**2
        + 32 * batch * seq_len
        + 108 * dim**2
        + 176 * dim
        + 8,
        152 * batch * dim * seq_len
        + 40 * batch * n_head * seq_len**2
        + 32 * batch * seq_len
        + 100 * dim**2
        + 168 * dim
        + 8,
        156 * batch * dim * seq_len
        + 36 * batch * n_head * seq_len**2
        + 32 * batch * seq_len
        + 100 * dim**2
        + 168 * dim
        + 8,
        172 * batch * dim * seq_len
        + 36 * batch * n_head * seq_len**2
        + 40 * batch * seq_len
        + 96 * dim**2
        + 156 * dim
        + 8,
        196 * batch * dim * seq_len
        + 36 * batch * n_head * seq_len**2
        + 40 * batch * seq_len
        + 88 * dim**2
        + 148 * dim
        + 8,
        196 * batch * dim * seq_len
        + 36 * batch * n_head * seq_len**2
        + 48 * batch * seq_len
        + 80 * dim**2
        + 144 * dim
        + 8,
        196 * batch * dim * seq_len
        + 36 * batch * n_head * seq_len**2
        + 56 * batch * seq_len
        + 80 * dim**2
        + 136 * dim
        + 8,
    )
