"""transformer/bert_layer: transformers BertLayer (bidirectional attention, eager; MLP 4 dim, GELU);
its head size is int(hidden_size / num_attention_heads)

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.hf.bert_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain transformer/bert_layer.
"""

from __future__ import annotations

from . import again, refused

KEY = "transformer/bert_layer"
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
    "the factory raises ValueError where dim % n_head != 0 "
    "(transformers/models/bert/modeling_bert.py, in __init__)"
)


def _no_module(dim: int, n_head: int) -> bool:
    return dim % n_head != 0


def transformer_bert_layer_params(dim: int, *, n_head: int = 4) -> int:
    """Parameters of transformer/bert_layer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 9 * dim**2 + 3 * dim * (dim // n_head) * n_head + 10 * dim + 3 * (dim // n_head) *
        n_head

    Per submodule:
        otherwise:
            block.attention.self.query (Linear): dim * (dim // n_head) * n_head + (dim // n_head) *
                n_head
            block.attention.self.key (Linear): dim * (dim // n_head) * n_head + (dim // n_head) *
                n_head
            block.attention.self.value (Linear): dim * (dim // n_head) * n_head + (dim // n_head) *
                n_head
            block.attention.output.dense (Linear): dim**2 + dim
            block.attention.output.LayerNorm (LayerNorm): 2 * dim
            block.intermediate.dense (Linear): 4 * dim**2 + 4 * dim
            block.output.dense (Linear): 4 * dim**2 + dim
            block.output.LayerNorm (LayerNorm): 2 * dim
    """
    if not (type(dim) is type(n_head) is int and 1 <= dim <= 65536 and 1 <= n_head <= 8):
        return again(transformer_bert_layer_params, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 9 * dim**2 + 3 * dim * (dim // n_head) * n_head + 10 * dim + 3 * (dim // n_head) * n_head


def transformer_bert_layer_buffers(dim: int, *, n_head: int = 4) -> int:
    """Buffer elements of transformer/bert_layer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (type(dim) is type(n_head) is int and 1 <= dim <= 65536 and 1 <= n_head <= 8):
        return again(transformer_bert_layer_buffers, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 0


def transformer_bert_layer_training_state_bytes(
    dim: int, *, optimizer: str = "adam", n_head: int = 4
) -> int:
    """Training state bytes of transformer/bert_layer.

    if optimizer == 'sgd':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 72 * dim**2 + 24 * dim * (dim // n_head) * n_head + 80 * dim + 24 *
            (dim // n_head) * n_head

    if optimizer == 'sgd_momentum':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 108 * dim**2 + 36 * dim * (dim // n_head) * n_head + 120 * dim + 36 *
            (dim // n_head) * n_head

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 144 * dim**2 + 48 * dim * (dim // n_head) * n_head + 160 * dim + 48 *
            (dim // n_head) * n_head + 64
    """
    if not (
        type(dim) is type(n_head) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_bert_layer_training_state_bytes, KEY, _DOMAIN, locals())
    dim_div_n_head = dim // n_head
    if optimizer == "sgd":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        return (
            72 * dim**2
            + 24 * dim * dim_div_n_head * n_head
            + 80 * dim
            + 24 * dim_div_n_head * n_head
        )
    if optimizer == "sgd_momentum":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        return (
            108 * dim**2
            + 36 * dim * dim_div_n_head * n_head
            + 120 * dim
            + 36 * dim_div_n_head * n_head
        )
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return (
        144 * dim**2
        + 48 * dim * dim_div_n_head * n_head
        + 160 * dim
        + 48 * dim_div_n_head * n_head
        + 64
    )


def transformer_bert_layer_forward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward FLOPs of transformer/bert_layer.

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
        return again(transformer_bert_layer_forward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return 24 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2


def transformer_bert_layer_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward FLOPs of transformer/bert_layer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 48 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_bert_layer_backward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return 48 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2


def transformer_bert_layer_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward elementwise operations of transformer/bert_layer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if dim // n_head != 1: 16 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2
    otherwise: 4 * batch * dim * seq_len**2 + 16 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_bert_layer_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if dim // n_head != 1:
        return 16 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2
    return 4 * batch * dim * seq_len**2 + 16 * batch * dim * seq_len


def transformer_bert_layer_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward elementwise operations of transformer/bert_layer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if dim // n_head == 1: 4 * batch * dim * seq_len**2 + 33 * batch * dim * seq_len
    otherwise: 33 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_bert_layer_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if dim // n_head == 1:
        return 4 * batch * dim * seq_len**2 + 33 * batch * dim * seq_len
    return 33 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2


def transformer_bert_layer_activation_bytes(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Activation bytes of transformer/bert_layer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if dim // n_head != 1: 64 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2 + 16 * batch
        * seq_len
    otherwise: 4 * batch * dim * seq_len**2 + 64 * batch * dim * seq_len + 16 * batch * seq_len
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_bert_layer_activation_bytes, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if dim // n_head != 1:
        return 64 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2 + 16 * batch * seq_len
    return 4 * batch * dim * seq_len**2 + 64 * batch * dim * seq_len + 16 * batch * seq_len


def transformer_bert_layer_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Peak bytes of a training step of transformer/bert_layer.

    if optimizer == 'sgd':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if dim // n_head != 1: max(8 * batch * dim * seq_len + 96 * dim**2 + 104 * dim + 8, 12 *
            batch * dim * seq_len + 92 * dim**2 + 100 * dim + 8, 16 * batch * dim * seq_len + 88 *
            dim**2 + 96 * dim + 8, 16 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 +
            84 * dim**2 + 92 * dim + 8, 24 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2
            + 84 * dim**2 + 92 * dim + 8, 28 * batch * dim * seq_len + 4 * batch * n_head *
            seq_len**2 + 84 * dim**2 + 92 * dim + 8, 68 * batch * dim * seq_len + 4 * batch * n_head
            * seq_len**2 + 8 * batch * seq_len + 80 * dim**2 + 80 * dim + 8, 80 * batch * dim *
            seq_len + 4 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 64 * dim**2 + 64 * dim
            + 8)
        otherwise: max(8 * batch * dim * seq_len + 96 * dim**2 + 104 * dim + 8, 12 * batch * dim *
            seq_len + 92 * dim**2 + 100 * dim + 8, 16 * batch * dim * seq_len + 88 * dim**2 + 96 *
            dim + 8, 8 * batch * dim * seq_len**2 + 24 * batch * dim * seq_len + 84 * dim**2 + 92 *
            dim + 8, 12 * batch * dim * seq_len**2 + 16 * batch * dim * seq_len + 84 * dim**2 + 92 *
            dim + 8, 4 * batch * dim * seq_len**2 + 68 * batch * dim * seq_len + 8 * batch * seq_len
            + 80 * dim**2 + 80 * dim + 8, 4 * batch * dim * seq_len**2 + 80 * batch * dim * seq_len
            + 8 * batch * seq_len + 64 * dim**2 + 64 * dim + 8)

    if optimizer == 'sgd_momentum':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if dim // n_head != 1: max(4 * batch * dim * seq_len + 144 * dim**2 + 156 * dim + 4, 8 *
            batch * dim * seq_len + 96 * dim**2 + 104 * dim + 8, 12 * batch * dim * seq_len + 92 *
            dim**2 + 100 * dim + 8, 16 * batch * dim * seq_len + 88 * dim**2 + 96 * dim + 8, 16 *
            batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 84 * dim**2 + 92 * dim + 8,
            24 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2 + 84 * dim**2 + 92 * dim +
            8, 28 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2 + 84 * dim**2 + 92 * dim
            + 8, 68 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2 + 8 * batch * seq_len
            + 80 * dim**2 + 80 * dim + 8, 80 * batch * dim * seq_len + 4 * batch * n_head *
            seq_len**2 + 8 * batch * seq_len + 64 * dim**2 + 64 * dim + 8)
        otherwise: max(4 * batch * dim * seq_len + 144 * dim**2 + 156 * dim + 4, 8 * batch * dim *
            seq_len + 96 * dim**2 + 104 * dim + 8, 12 * batch * dim * seq_len + 92 * dim**2 + 100 *
            dim + 8, 16 * batch * dim * seq_len + 88 * dim**2 + 96 * dim + 8, 8 * batch * dim *
            seq_len**2 + 24 * batch * dim * seq_len + 84 * dim**2 + 92 * dim + 8, 12 * batch * dim *
            seq_len**2 + 16 * batch * dim * seq_len + 84 * dim**2 + 92 * dim + 8, 4 * batch * dim *
            seq_len**2 + 68 * batch * dim * seq_len + 8 * batch * seq_len + 80 * dim**2 + 80 * dim +
            8, 4 * batch * dim * seq_len**2 + 80 * batch * dim * seq_len + 8 * batch * seq_len + 64
            * dim**2 + 64 * dim + 8)

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if dim // n_head != 1: max(4 * batch * dim * seq_len + 224 * dim**2 + 224 * dim + 68, 8 *
            batch * dim * seq_len + 96 * dim**2 + 104 * dim + 8, 12 * batch * dim * seq_len + 92 *
            dim**2 + 100 * dim + 8, 16 * batch * dim * seq_len + 88 * dim**2 + 96 * dim + 8, 16 *
            batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 84 * dim**2 + 92 * dim + 8,
            24 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2 + 84 * dim**2 + 92 * dim +
            8, 28 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2 + 84 * dim**2 + 92 * dim
            + 8, 68 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2 + 8 * batch * seq_len
            + 80 * dim**2 + 80 * dim + 8, 80 * batch * dim * seq_len + 4 * batch * n_head *
            seq_len**2 + 8 * batch * seq_len + 64 * dim**2 + 64 * dim + 8)
        otherwise: max(4 * batch * dim * seq_len + 224 * dim**2 + 224 * dim + 68, 8 * batch * dim *
            seq_len + 96 * dim**2 + 104 * dim + 8, 12 * batch * dim * seq_len + 92 * dim**2 + 100 *
            dim + 8, 16 * batch * dim * seq_len + 88 * dim**2 + 96 * dim + 8, 8 * batch * dim *
            seq_len**2 + 24 * batch * dim * seq_len + 84 * dim**2 + 92 * dim + 8, 12 * batch * dim *
            seq_len**2 + 16 * batch * dim * seq_len + 84 * dim**2 + 92 * dim + 8, 4 * batch * dim *
            seq_len**2 + 68 * batch * dim * seq_len + 8 * batch * seq_len + 80 * dim**2 + 80 * dim +
            8, 4 * batch * dim * seq_len**2 + 80 * batch * dim * seq_len + 8 * batch * seq_len + 64
            * dim**2 + 64 * dim + 8)
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
        return again(transformer_bert_layer_peak_bytes, KEY, _DOMAIN, locals())
    dim_div_n_head = dim // n_head
    if optimizer == "sgd":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if dim_div_n_head != 1:
            return max(
                8 * batch * dim * seq_len + 96 * dim**2 + 104 * dim + 8,
                12 * batch * dim * seq_len + 92 * dim**2 + 100 * dim + 8,
                16 * batch * dim * seq_len + 88 * dim**2 + 96 * dim + 8,
                16 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 84 * dim**2
                + 92 * dim
                + 8,
                24 * batch * dim * seq_len
                + 8 * batch * n_head * seq_len**2
                + 84 * dim**2
                + 92 * dim
                + 8,
                28 * batch * dim * seq_len
                + 4 * batch * n_head * seq_len**2
                + 84 * dim**2
                + 92 * dim
                + 8,
                68 * batch * dim * seq_len
                + 4 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 80 * dim**2
                + 80 * dim
                + 8,
                80 * batch * dim * seq_len
                + 4 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 64 * dim**2
                + 64 * dim
                + 8,
            )
        return max(
            8 * batch * dim * seq_len + 96 * dim**2 + 104 * dim + 8,
            12 * batch * dim * seq_len + 92 * dim**2 + 100 * dim + 8,
            16 * batch * dim * seq_len + 88 * dim**2 + 96 * dim + 8,
            8 * batch * dim * seq_len**2 + 24 * batch * dim * seq_len + 84 * dim**2 + 92 * dim + 8,
            12 * batch * dim * seq_len**2 + 16 * batch * dim * seq_len + 84 * dim**2 + 92 * dim + 8,
            4 * batch * dim * seq_len**2
            + 68 * batch * dim * seq_len
            + 8 * batch * seq_len
            + 80 * dim**2
            + 80 * dim
            + 8,
            4 * batch * dim * seq_len**2
            + 80 * batch * dim * seq_len
            + 8 * batch * seq_len
            + 64 * dim**2
            + 64 * dim
            + 8,
        )
    if optimizer == "sgd_momentum":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if dim_div_n_head != 1:
            return max(
                4 * batch * dim * seq_len + 144 * dim**2 + 156 * dim + 4,
                8 * batch * dim * seq_len + 96 * dim**2 + 104 * dim + 8,
                12 * batch * dim * seq_len + 92 * dim**2 + 100 * dim + 8,
                16 * batch * dim * seq_len + 88 * dim**2 + 96 * dim + 8,
                16 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 84 * dim**2
                + 92 * dim
                + 8,
                24 * batch * dim * seq_len
                + 8 * batch * n_head * seq_len**2
                + 84 * dim**2
                + 92 * dim
                + 8,
                28 * batch * dim * seq_len
                + 4 * batch * n_head * seq_len**2
                + 84 * dim**2
                + 92 * dim
                + 8,
                68 * batch * dim * seq_len
                + 4 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 80 * dim**2
                + 80 * dim
                + 8,
                80 * batch * dim * seq_len
                + 4 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 64 * dim**2
                + 64 * dim
                + 8,
            )
        return max(
            4 * batch * dim * seq_len + 144 * dim**2 + 156 * dim + 4,
            8 * batch * dim * seq_len + 96 * dim**2 + 104 * dim + 8,
            12 * batch * dim * seq_len + 92 * dim**2 + 100 * dim + 8,
            16 * batch * dim * seq_len + 88 * dim**2 + 96 * dim + 8,
            8 * batch * dim * seq_len**2 + 24 * batch * dim * seq_len + 84 * dim**2 + 92 * dim + 8,
            12 * batch * dim * seq_len**2 + 16 * batch * dim * seq_len + 84 * dim**2 + 92 * dim + 8,
            4 * batch * dim * seq_len**2
            + 68 * batch * dim * seq_len
            + 8 * batch * seq_len
            + 80 * dim**2
            + 80 * dim
            + 8,
            4 * batch * dim * seq_len**2
            + 80 * batch * dim * seq_len
            + 8 * batch * seq_len
            + 64 * dim**2
            + 64 * dim
            + 8,
        )
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if dim_div_n_head != 1:
        return max(
            4 * batch * dim * seq_len + 224 * dim**2 + 224 * dim + 68,
            8 * batch * dim * seq_len + 96 * dim**2 + 104 * dim + 8,
            12 * batch * dim * seq_len + 92 * dim**2 + 100 * dim + 8,
            16 * batch * dim * seq_len + 88 * dim**2 + 96 * dim + 8,
            16 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 84 * dim**2
            + 92 * dim
            + 8,
            24 * batch * dim * seq_len
            + 8 * batch * n_head * seq_len**2
            + 84 * dim**2
            + 92 * dim
            + 8,
            28 * batch * dim * seq_len
            + 4 * batch * n_head * seq_len**2
            + 84 * dim**2
            + 92 * dim
            + 8,
            68 * batch * dim * seq_len
            + 4 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 80 * dim**2
            + 80 * dim
            + 8,
            80 * batch * dim * seq_len
            + 4 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 64 * dim**2
            + 64 * dim
            + 8,
        )
    return max(
        4 * batch * dim * seq_len + 224 * dim**2 + 224 * dim + 68,
        8 * batch * dim * seq_len + 96 * dim**2 + 104 * dim + 8,
        12 * batch * dim * seq_len + 92 * dim**2 + 100 * dim + 8,
        16 * batch * dim * seq_len + 88 * dim**2 + 96 * dim + 8,
        8 * batch * dim * seq_len**2 + 24 * batch * dim * seq_len + 84 * dim**2 + 92 * dim + 8,
        12 * batch * dim * seq_len**2 + 16 * batch * dim * seq_len + 84 * dim**2 + 92 * dim + 8,
        4 * batch * dim * seq_len**2
        + 68 * batch * dim * seq_len
        + 8 * batch * seq_len
        + 80 * dim**2
        + 80 * dim
        + 8,
        4 * batch * dim * seq_len**2
        + 80 * batch * dim * seq_len
        + 8 * batch * seq_len
        + 64 * dim**2
        + 64 * dim
        + 8,
    )
