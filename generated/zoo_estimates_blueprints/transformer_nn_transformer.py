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

from . import invalid, refused

KEY = "transformer/nn_transformer"
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
        raise invalid(KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 20 * dim**2 + 32 * dim


def transformer_nn_transformer_buffers(dim: int, *, n_head: int = 4) -> int:
    """Buffer elements of transformer/nn_transformer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (type(dim) is type(n_head) is int and 1 <= dim <= 65536 and 1 <= n_head <= 8):
        raise invalid(KEY, _DOMAIN, locals())
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
        raise invalid(KEY, _DOMAIN, locals())
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
    if batch != 1 and dim != 1 and seq_len != 1 and n_head % 2 == 1 and batch * dim == batch *
        n_head: 40 * batch * n_head**2 * seq_len + 12 * batch * n_head * seq_len**2
    otherwise: 40 * batch * dim**2 * seq_len + 12 * batch * dim * seq_len**2
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
    if (
        batch != 1
        and dim != 1
        and seq_len != 1
        and n_head % 2 == 1
        and batch * dim == batch * n_head
    ):
        return 40 * batch * n_head**2 * seq_len + 12 * batch * n_head * seq_len**2
    return 40 * batch * dim**2 * seq_len + 12 * batch * dim * seq_len**2


def transformer_nn_transformer_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward FLOPs of transformer/nn_transformer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if batch != 1 and dim != 1 and seq_len != 1 and n_head % 2 == 1 and batch * dim == batch *
        n_head: 80 * batch * n_head**2 * seq_len + 24 * batch * n_head * seq_len**2
    otherwise: 80 * batch * dim**2 * seq_len + 24 * batch * dim * seq_len**2
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
    if (
        batch != 1
        and dim != 1
        and seq_len != 1
        and n_head % 2 == 1
        and batch * dim == batch * n_head
    ):
        return 80 * batch * n_head**2 * seq_len + 24 * batch * n_head * seq_len**2
    return 80 * batch * dim**2 * seq_len + 24 * batch * dim * seq_len**2


def transformer_nn_transformer_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward elementwise operations of transformer/nn_transformer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if batch != 1 and dim != 1 and seq_len != 1 and n_head % 2 == 1 and batch * dim == batch *
        n_head: 18 * batch * n_head * seq_len**2 + 86 * batch * n_head * seq_len
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
        raise invalid(KEY, _DOMAIN, locals())
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
    if batch != 1 and dim != 1 and seq_len != 1 and n_head % 2 == 1 and batch * dim == batch *
        n_head: 12 * batch * n_head * seq_len**2 + 113 * batch * n_head * seq_len
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
        raise invalid(KEY, _DOMAIN, locals())
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
        raise invalid(KEY, _DOMAIN, locals())
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
    if batch > 1 and seq_len > 1 and batch * n_head == batch:
        return 188 * batch * dim * seq_len + 36 * batch * seq_len**2 + 56 * batch * seq_len
    if batch != 1 and batch * n_head == batch:
        return 184 * batch * dim + 92 * batch
    if batch > 1 and seq_len > 1:
        return 188 * batch * dim * seq_len + 36 * batch * n_head * seq_len**2 + 56 * batch * seq_len
    if seq_len != 1:
        return 184 * dim * seq_len + 36 * n_head * seq_len**2 + 56 * seq_len
    return 184 * batch * dim + 36 * batch * n_head + 56 * batch
