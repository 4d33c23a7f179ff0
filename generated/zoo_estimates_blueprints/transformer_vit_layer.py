"""transformer/vit_layer: transformers ViTLayer (pre-norm, SDPA; MLP 4 dim, GELU); heads need not
divide dim

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.hf.vit_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain transformer/vit_layer.
"""

from __future__ import annotations

from . import again, refused

KEY = "transformer/vit_layer"
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
    "the factory raises ZeroDivisionError where dim // n_head == 0 "
    "(transformers/models/vit/modeling_vit.py, in __init__)"
)


def _no_module(dim: int, n_head: int) -> bool:
    return dim // n_head == 0


def transformer_vit_layer_params(dim: int, *, n_head: int = 4) -> int:
    """Parameters of transformer/vit_layer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 8 * dim**2 + 4 * dim * (dim // n_head) * n_head + 10 * dim + 3 * (dim // n_head) *
        n_head

    Per submodule:
        otherwise:
            block.attention.q_proj (Linear): dim * (dim // n_head) * n_head + (dim // n_head) *
                n_head
            block.attention.k_proj (Linear): dim * (dim // n_head) * n_head + (dim // n_head) *
                n_head
            block.attention.v_proj (Linear): dim * (dim // n_head) * n_head + (dim // n_head) *
                n_head
            block.attention.o_proj (Linear): dim * (dim // n_head) * n_head + dim
            block.layernorm_before (LayerNorm): 2 * dim
            block.layernorm_after (LayerNorm): 2 * dim
            block.mlp.fc1 (Linear): 4 * dim**2 + 4 * dim
            block.mlp.fc2 (Linear): 4 * dim**2 + dim
    """
    if not (type(dim) is type(n_head) is int and 1 <= dim <= 65536 and 1 <= n_head <= 8):
        return again(transformer_vit_layer_params, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 8 * dim**2 + 4 * dim * (dim // n_head) * n_head + 10 * dim + 3 * (dim // n_head) * n_head


def transformer_vit_layer_buffers(dim: int, *, n_head: int = 4) -> int:
    """Buffer elements of transformer/vit_layer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (type(dim) is type(n_head) is int and 1 <= dim <= 65536 and 1 <= n_head <= 8):
        return again(transformer_vit_layer_buffers, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 0


def transformer_vit_layer_training_state_bytes(
    dim: int, *, optimizer: str = "adam", n_head: int = 4
) -> int:
    """Training state bytes of transformer/vit_layer.

    if optimizer == 'sgd':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 64 * dim**2 + 32 * dim * (dim // n_head) * n_head + 80 * dim + 24 *
            (dim // n_head) * n_head

    if optimizer == 'sgd_momentum':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 96 * dim**2 + 48 * dim * (dim // n_head) * n_head + 120 * dim + 36 *
            (dim // n_head) * n_head

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 128 * dim**2 + 64 * dim * (dim // n_head) * n_head + 160 * dim + 48 *
            (dim // n_head) * n_head + 64
    """
    if not (
        type(dim) is type(n_head) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_vit_layer_training_state_bytes, KEY, _DOMAIN, locals())
    dim_div_n_head = dim // n_head
    if optimizer == "sgd":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        return (
            64 * dim**2
            + 32 * dim * dim_div_n_head * n_head
            + 80 * dim
            + 24 * dim_div_n_head * n_head
        )
    if optimizer == "sgd_momentum":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        return (
            96 * dim**2
            + 48 * dim * dim_div_n_head * n_head
            + 120 * dim
            + 36 * dim_div_n_head * n_head
        )
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return (
        128 * dim**2
        + 64 * dim * dim_div_n_head * n_head
        + 160 * dim
        + 48 * dim_div_n_head * n_head
        + 64
    )


def transformer_vit_layer_forward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward FLOPs of transformer/vit_layer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if dim == 1: 4 * batch * seq_len**2 + 24 * batch * seq_len
    otherwise: 16 * batch * dim**2 * seq_len + 8 * batch * dim * (dim // n_head) * n_head * seq_len
        + 4 * batch * (dim // n_head) * n_head * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_vit_layer_forward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if dim == 1:
        return 4 * batch * seq_len**2 + 24 * batch * seq_len
    return (
        16 * batch * dim**2 * seq_len
        + 8 * batch * dim * (dim // n_head) * n_head * seq_len
        + 4 * batch * (dim // n_head) * n_head * seq_len**2
    )


def transformer_vit_layer_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward FLOPs of transformer/vit_layer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if dim == 1: 10 * batch * seq_len**2 + 48 * batch * seq_len
    otherwise: 32 * batch * dim**2 * seq_len + 16 * batch * dim * (dim // n_head) * n_head * seq_len
        + 10 * batch * (dim // n_head) * n_head * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_vit_layer_backward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if dim == 1:
        return 10 * batch * seq_len**2 + 48 * batch * seq_len
    return (
        32 * batch * dim**2 * seq_len
        + 16 * batch * dim * (dim // n_head) * n_head * seq_len
        + 10 * batch * (dim // n_head) * n_head * seq_len**2
    )


def transformer_vit_layer_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward elementwise operations of transformer/vit_layer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 16 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_vit_layer_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return 16 * batch * dim * seq_len


def transformer_vit_layer_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward elementwise operations of transformer/vit_layer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if dim == 1: 33 * batch * seq_len
    otherwise: 30 * batch * dim * seq_len + 3 * batch * (dim // n_head) * n_head * seq_len
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_vit_layer_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if dim == 1:
        return 33 * batch * seq_len
    return 30 * batch * dim * seq_len + 3 * batch * (dim // n_head) * n_head * seq_len


def transformer_vit_layer_activation_bytes(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Activation bytes of transformer/vit_layer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if dim >= 2 and dim // n_head == 1: 48 * batch * dim * seq_len + 20 * batch * (dim // n_head) *
        n_head * seq_len + 16 * batch * seq_len
    if dim == 1: 84 * batch * seq_len
    otherwise: 48 * batch * dim * seq_len + 16 * batch * (dim // n_head) * n_head * seq_len + 4 *
        batch * n_head * seq_len + 16 * batch * seq_len
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_vit_layer_activation_bytes, KEY, _DOMAIN, locals())
    dim_div_n_head = dim // n_head
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if dim >= 2 and dim_div_n_head == 1:
        return (
            48 * batch * dim * seq_len
            + 20 * batch * dim_div_n_head * n_head * seq_len
            + 16 * batch * seq_len
        )
    if dim == 1:
        return 84 * batch * seq_len
    return (
        48 * batch * dim * seq_len
        + 16 * batch * dim_div_n_head * n_head * seq_len
        + 4 * batch * n_head * seq_len
        + 16 * batch * seq_len
    )


def transformer_vit_layer_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Peak bytes of a training step of transformer/vit_layer.

    if optimizer == 'sgd':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if dim >= 2 and dim // n_head == 1: max(4 * batch * dim * seq_len + 36 * batch *
            (dim // n_head) * n_head * seq_len + 8 * batch * seq_len + 64 * dim**2 + 20 * dim *
            (dim // n_head) * n_head + 72 * dim + 12 * (dim // n_head) * n_head + 8, 8 * batch * dim
            * seq_len + 12 * batch * (dim // n_head) * n_head * seq_len + 8 * batch * seq_len + 64 *
            dim**2 + 24 * dim * (dim // n_head) * n_head + 72 * dim + 16 * (dim // n_head) * n_head
            + 8, 8 * batch * dim * seq_len + 24 * batch * (dim // n_head) * n_head * seq_len + 8 *
            batch * seq_len + 64 * dim**2 + 20 * dim * (dim // n_head) * n_head + 72 * dim + 12 *
            (dim // n_head) * n_head + 8, 12 * batch * dim * seq_len + 4 * batch * (dim // n_head) *
            n_head * seq_len + 8 * batch * seq_len + 64 * dim**2 + 32 * dim * (dim // n_head) *
            n_head + 72 * dim + 24 * (dim // n_head) * n_head + 8, 12 * batch * dim * seq_len + 8 *
            batch * (dim // n_head) * n_head * seq_len + 8 * batch * seq_len + 64 * dim**2 + 28 *
            dim * (dim // n_head) * n_head + 72 * dim + 20 * (dim // n_head) * n_head + 8, 16 *
            batch * dim * seq_len + 4 * batch * (dim // n_head) * n_head * seq_len + 8 * batch *
            seq_len + 64 * dim**2 + 28 * dim * (dim // n_head) * n_head + 72 * dim + 20 *
            (dim // n_head) * n_head + 8, 32 * batch * dim * seq_len + 20 * batch * (dim // n_head)
            * n_head * seq_len + 16 * batch * seq_len + 64 * dim**2 + 16 * dim * (dim // n_head) *
            n_head + 60 * dim + 12 * (dim // n_head) * n_head + 8, 60 * batch * dim * seq_len + 20 *
            batch * (dim // n_head) * n_head * seq_len + 16 * batch * seq_len + 48 * dim**2 + 16 *
            dim * (dim // n_head) * n_head + 44 * dim + 12 * (dim // n_head) * n_head + 8)
        if dim == 1: max(68 * batch * seq_len + 160, 96 * batch * seq_len + 128)
        otherwise: max(8 * batch * dim * seq_len + 12 * batch * (dim // n_head) * n_head * seq_len +
            8 * batch * seq_len + 64 * dim**2 + 24 * dim * (dim // n_head) * n_head + 72 * dim + 16
            * (dim // n_head) * n_head + 8, 12 * batch * dim * seq_len + 4 * batch * (dim // n_head)
            * n_head * seq_len + 8 * batch * seq_len + 64 * dim**2 + 32 * dim * (dim // n_head) *
            n_head + 72 * dim + 24 * (dim // n_head) * n_head + 8, 12 * batch * dim * seq_len + 8 *
            batch * (dim // n_head) * n_head * seq_len + 8 * batch * seq_len + 64 * dim**2 + 28 *
            dim * (dim // n_head) * n_head + 72 * dim + 20 * (dim // n_head) * n_head + 8, 16 *
            batch * dim * seq_len + 4 * batch * (dim // n_head) * n_head * seq_len + 8 * batch *
            seq_len + 64 * dim**2 + 28 * dim * (dim // n_head) * n_head + 72 * dim + 20 *
            (dim // n_head) * n_head + 8, 4 * batch * dim * seq_len + 32 * batch * (dim // n_head) *
            n_head * seq_len + 4 * batch * n_head * seq_len + 8 * batch * seq_len + 64 * dim**2 + 20
            * dim * (dim // n_head) * n_head + 72 * dim + 12 * (dim // n_head) * n_head + 8, 8 *
            batch * dim * seq_len + 20 * batch * (dim // n_head) * n_head * seq_len + 4 * batch *
            n_head * seq_len + 8 * batch * seq_len + 64 * dim**2 + 20 * dim * (dim // n_head) *
            n_head + 72 * dim + 12 * (dim // n_head) * n_head + 8, 32 * batch * dim * seq_len + 16 *
            batch * (dim // n_head) * n_head * seq_len + 4 * batch * n_head * seq_len + 16 * batch *
            seq_len + 64 * dim**2 + 16 * dim * (dim // n_head) * n_head + 60 * dim + 12 *
            (dim // n_head) * n_head + 8, 60 * batch * dim * seq_len + 16 * batch * (dim // n_head)
            * n_head * seq_len + 4 * batch * n_head * seq_len + 16 * batch * seq_len + 48 * dim**2 +
            16 * dim * (dim // n_head) * n_head + 44 * dim + 12 * (dim // n_head) * n_head + 8)

    if optimizer == 'sgd_momentum':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if dim == 1: max(304, 68 * batch * seq_len + 160, 96 * batch * seq_len + 128)
        if dim // n_head == 1 or (batch == 1 and n_head == 1 and seq_len == 1): max(96 * dim**2 + 44
            * dim * (dim // n_head) * n_head + 4 * dim * max(1, (dim // n_head) * n_head) + 120 *
            dim + 40 * (dim // n_head) * n_head - 4 * max(1, (dim // n_head) * n_head) + 4, 4 *
            batch * dim * seq_len + 36 * batch * (dim // n_head) * n_head * seq_len + 8 * batch *
            seq_len + 64 * dim**2 + 20 * dim * (dim // n_head) * n_head + 72 * dim + 12 *
            (dim // n_head) * n_head + 8, 8 * batch * dim * seq_len + 12 * batch * (dim // n_head) *
            n_head * seq_len + 8 * batch * seq_len + 64 * dim**2 + 24 * dim * (dim // n_head) *
            n_head + 72 * dim + 16 * (dim // n_head) * n_head + 8, 8 * batch * dim * seq_len + 24 *
            batch * (dim // n_head) * n_head * seq_len + 8 * batch * seq_len + 64 * dim**2 + 20 *
            dim * (dim // n_head) * n_head + 72 * dim + 12 * (dim // n_head) * n_head + 8, 12 *
            batch * dim * seq_len + 4 * batch * (dim // n_head) * n_head * seq_len + 8 * batch *
            seq_len + 64 * dim**2 + 32 * dim * (dim // n_head) * n_head + 72 * dim + 24 *
            (dim // n_head) * n_head + 8, 12 * batch * dim * seq_len + 8 * batch * (dim // n_head) *
            n_head * seq_len + 8 * batch * seq_len + 64 * dim**2 + 28 * dim * (dim // n_head) *
            n_head + 72 * dim + 20 * (dim // n_head) * n_head + 8, 16 * batch * dim * seq_len + 4 *
            batch * (dim // n_head) * n_head * seq_len + 8 * batch * seq_len + 64 * dim**2 + 28 *
            dim * (dim // n_head) * n_head + 72 * dim + 20 * (dim // n_head) * n_head + 8, 32 *
            batch * dim * seq_len + 20 * batch * (dim // n_head) * n_head * seq_len + 16 * batch *
            seq_len + 64 * dim**2 + 16 * dim * (dim // n_head) * n_head + 60 * dim + 12 *
            (dim // n_head) * n_head + 8, 60 * batch * dim * seq_len + 20 * batch * (dim // n_head)
            * n_head * seq_len + 16 * batch * seq_len + 48 * dim**2 + 16 * dim * (dim // n_head) *
            n_head + 44 * dim + 12 * (dim // n_head) * n_head + 8)
        otherwise: max(96 * dim**2 + 44 * dim * (dim // n_head) * n_head + 4 * dim * max(1,
            (dim // n_head) * n_head) + 120 * dim + 40 * (dim // n_head) * n_head - 4 * max(1,
            (dim // n_head) * n_head) + 4, 8 * batch * dim * seq_len + 12 * batch * (dim // n_head)
            * n_head * seq_len + 8 * batch * seq_len + 64 * dim**2 + 24 * dim * (dim // n_head) *
            n_head + 72 * dim + 16 * (dim // n_head) * n_head + 8, 12 * batch * dim * seq_len + 4 *
            batch * (dim // n_head) * n_head * seq_len + 8 * batch * seq_len + 64 * dim**2 + 32 *
            dim * (dim // n_head) * n_head + 72 * dim + 24 * (dim // n_head) * n_head + 8, 12 *
            batch * dim * seq_len + 8 * batch * (dim // n_head) * n_head * seq_len + 8 * batch *
            seq_len + 64 * dim**2 + 28 * dim * (dim // n_head) * n_head + 72 * dim + 20 *
            (dim // n_head) * n_head + 8, 16 * batch * dim * seq_len + 4 * batch * (dim // n_head) *
            n_head * seq_len + 8 * batch * seq_len + 64 * dim**2 + 28 * dim * (dim // n_head) *
            n_head + 72 * dim + 20 * (dim // n_head) * n_head + 8, 4 * batch * dim * seq_len + 32 *
            batch * (dim // n_head) * n_head * seq_len + 4 * batch * n_head * seq_len + 8 * batch *
            seq_len + 64 * dim**2 + 20 * dim * (dim // n_head) * n_head + 72 * dim + 12 *
            (dim // n_head) * n_head + 8, 8 * batch * dim * seq_len + 20 * batch * (dim // n_head) *
            n_head * seq_len + 4 * batch * n_head * seq_len + 8 * batch * seq_len + 64 * dim**2 + 20
            * dim * (dim // n_head) * n_head + 72 * dim + 12 * (dim // n_head) * n_head + 8, 32 *
            batch * dim * seq_len + 16 * batch * (dim // n_head) * n_head * seq_len + 4 * batch *
            n_head * seq_len + 16 * batch * seq_len + 64 * dim**2 + 16 * dim * (dim // n_head) *
            n_head + 60 * dim + 12 * (dim // n_head) * n_head + 8, 60 * batch * dim * seq_len + 16 *
            batch * (dim // n_head) * n_head * seq_len + 4 * batch * n_head * seq_len + 16 * batch *
            seq_len + 48 * dim**2 + 16 * dim * (dim // n_head) * n_head + 44 * dim + 12 *
            (dim // n_head) * n_head + 8)

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if dim == 1: max(516, 68 * batch * seq_len + 160, 96 * batch * seq_len + 128)
        if dim // n_head == 1 or (batch == 1 and n_head == 1 and seq_len == 1): max(128 * dim**2 +
            68 * dim * (dim // n_head) * n_head + 168 * dim + 48 * (dim // n_head) * n_head + 68,
            128 * dim**2 + 72 * dim * (dim // n_head) * n_head + 160 * dim + 52 * (dim // n_head) *
            n_head + 68, 160 * dim**2 + 64 * dim * (dim // n_head) * n_head + 176 * dim + 48 *
            (dim // n_head) * n_head + 68, 4 * batch * dim * seq_len + 36 * batch * (dim // n_head)
            * n_head * seq_len + 8 * batch * seq_len + 64 * dim**2 + 20 * dim * (dim // n_head) *
            n_head + 72 * dim + 12 * (dim // n_head) * n_head + 8, 8 * batch * dim * seq_len + 12 *
            batch * (dim // n_head) * n_head * seq_len + 8 * batch * seq_len + 64 * dim**2 + 24 *
            dim * (dim // n_head) * n_head + 72 * dim + 16 * (dim // n_head) * n_head + 8, 8 * batch
            * dim * seq_len + 24 * batch * (dim // n_head) * n_head * seq_len + 8 * batch * seq_len
            + 64 * dim**2 + 20 * dim * (dim // n_head) * n_head + 72 * dim + 12 * (dim // n_head) *
            n_head + 8, 12 * batch * dim * seq_len + 4 * batch * (dim // n_head) * n_head * seq_len
            + 8 * batch * seq_len + 64 * dim**2 + 32 * dim * (dim // n_head) * n_head + 72 * dim +
            24 * (dim // n_head) * n_head + 8, 12 * batch * dim * seq_len + 8 * batch *
            (dim // n_head) * n_head * seq_len + 8 * batch * seq_len + 64 * dim**2 + 28 * dim *
            (dim // n_head) * n_head + 72 * dim + 20 * (dim // n_head) * n_head + 8, 16 * batch *
            dim * seq_len + 4 * batch * (dim // n_head) * n_head * seq_len + 8 * batch * seq_len +
            64 * dim**2 + 28 * dim * (dim // n_head) * n_head + 72 * dim + 20 * (dim // n_head) *
            n_head + 8, 32 * batch * dim * seq_len + 20 * batch * (dim // n_head) * n_head * seq_len
            + 16 * batch * seq_len + 64 * dim**2 + 16 * dim * (dim // n_head) * n_head + 60 * dim +
            12 * (dim // n_head) * n_head + 8, 60 * batch * dim * seq_len + 20 * batch *
            (dim // n_head) * n_head * seq_len + 16 * batch * seq_len + 48 * dim**2 + 16 * dim *
            (dim // n_head) * n_head + 44 * dim + 12 * (dim // n_head) * n_head + 8)
        otherwise: max(128 * dim**2 + 68 * dim * (dim // n_head) * n_head + 168 * dim + 48 *
            (dim // n_head) * n_head + 68, 128 * dim**2 + 72 * dim * (dim // n_head) * n_head + 160
            * dim + 52 * (dim // n_head) * n_head + 68, 160 * dim**2 + 64 * dim * (dim // n_head) *
            n_head + 176 * dim + 48 * (dim // n_head) * n_head + 68, 8 * batch * dim * seq_len + 12
            * batch * (dim // n_head) * n_head * seq_len + 8 * batch * seq_len + 64 * dim**2 + 24 *
            dim * (dim // n_head) * n_head + 72 * dim + 16 * (dim // n_head) * n_head + 8, 12 *
            batch * dim * seq_len + 4 * batch * (dim // n_head) * n_head * seq_len + 8 * batch *
            seq_len + 64 * dim**2 + 32 * dim * (dim // n_head) * n_head + 72 * dim + 24 *
            (dim // n_head) * n_head + 8, 12 * batch * dim * seq_len + 8 * batch * (dim // n_head) *
            n_head * seq_len + 8 * batch * seq_len + 64 * dim**2 + 28 * dim * (dim // n_head) *
            n_head + 72 * dim + 20 * (dim // n_head) * n_head + 8, 16 * batch * dim * seq_len + 4 *
            batch * (dim // n_head) * n_head * seq_len + 8 * batch * seq_len + 64 * dim**2 + 28 *
            dim * (dim // n_head) * n_head + 72 * dim + 20 * (dim // n_head) * n_head + 8, 4 * batch
            * dim * seq_len + 32 * batch * (dim // n_head) * n_head * seq_len + 4 * batch * n_head *
            seq_len + 8 * batch * seq_len + 64 * dim**2 + 20 * dim * (dim // n_head) * n_head + 72 *
            dim + 12 * (dim // n_head) * n_head + 8, 8 * batch * dim * seq_len + 20 * batch *
            (dim // n_head) * n_head * seq_len + 4 * batch * n_head * seq_len + 8 * batch * seq_len
            + 64 * dim**2 + 20 * dim * (dim // n_head) * n_head + 72 * dim + 12 * (dim // n_head) *
            n_head + 8, 32 * batch * dim * seq_len + 16 * batch * (dim // n_head) * n_head * seq_len
            + 4 * batch * n_head * seq_len + 16 * batch * seq_len + 64 * dim**2 + 16 * dim *
            (dim // n_head) * n_head + 60 * dim + 12 * (dim // n_head) * n_head + 8, 60 * batch *
            dim * seq_len + 16 * batch * (dim // n_head) * n_head * seq_len + 4 * batch * n_head *
            seq_len + 16 * batch * seq_len + 48 * dim**2 + 16 * dim * (dim // n_head) * n_head + 44
            * dim + 12 * (dim // n_head) * n_head + 8)
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
        return again(transformer_vit_layer_peak_bytes, KEY, _DOMAIN, locals())
    dim_div_n_head = dim // n_head
    if optimizer == "sgd":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if dim >= 2 and dim_div_n_head == 1:
            return max(
                4 * batch * dim * seq_len
                + 36 * batch * dim_div_n_head * n_head * seq_len
                + 8 * batch * seq_len
                + 64 * dim**2
                + 20 * dim * dim_div_n_head * n_head
                + 72 * dim
                + 12 * dim_div_n_head * n_head
                + 8,
                8 * batch * dim * seq_len
                + 12 * batch * dim_div_n_head * n_head * seq_len
                + 8 * batch * seq_len
                + 64 * dim**2
                + 24 * dim * dim_div_n_head * n_head
                + 72 * dim
                + 16 * dim_div_n_head * n_head
                + 8,
                8 * batch * dim * seq_len
                + 24 * batch * dim_div_n_head * n_head * seq_len
                + 8 * batch * seq_len
                + 64 * dim**2
                + 20 * dim * dim_div_n_head * n_head
                + 72 * dim
                + 12 * dim_div_n_head * n_head
                + 8,
                12 * batch * dim * seq_len
                + 4 * batch * dim_div_n_head * n_head * seq_len
                + 8 * batch * seq_len
                + 64 * dim**2
                + 32 * dim * dim_div_n_head * n_head
                + 72 * dim
                + 24 * dim_div_n_head * n_head
                + 8,
                12 * batch * dim * seq_len
                + 8 * batch * dim_div_n_head * n_head * seq_len
                + 8 * batch * seq_len
                + 64 * dim**2
                + 28 * dim * dim_div_n_head * n_head
                + 72 * dim
                + 20 * dim_div_n_head * n_head
                + 8,
                16 * batch * dim * seq_len
                + 4 * batch * dim_div_n_head * n_head * seq_len
                + 8 * batch * seq_len
                + 64 * dim**2
                + 28 * dim * dim_div_n_head * n_head
                + 72 * dim
                + 20 * dim_div_n_head * n_head
                + 8,
                32 * batch * dim * seq_len
                + 20 * batch * dim_div_n_head * n_head * seq_len
                + 16 * batch * seq_len
                + 64 * dim**2
                + 16 * dim * dim_div_n_head * n_head
                + 60 * dim
                + 12 * dim_div_n_head * n_head
                + 8,
                60 * batch * dim * seq_len
                + 20 * batch * dim_div_n_head * n_head * seq_len
                + 16 * batch * seq_len
                + 48 * dim**2
                + 16 * dim * dim_div_n_head * n_head
                + 44 * dim
                + 12 * dim_div_n_head * n_head
                + 8,
            )
        if dim == 1:
            return max(68 * batch * seq_len + 160, 96 * batch * seq_len + 128)
        return max(
            8 * batch * dim * seq_len
            + 12 * batch * dim_div_n_head * n_head * seq_len
            + 8 * batch * seq_len
            + 64 * dim**2
            + 24 * dim * dim_div_n_head * n_head
            + 72 * dim
            + 16 * dim_div_n_head * n_head
            + 8,
            12 * batch * dim * seq_len
            + 4 * batch * dim_div_n_head * n_head * seq_len
            + 8 * batch * seq_len
            + 64 * dim**2
            + 32 * dim * dim_div_n_head * n_head
            + 72 * dim
            + 24 * dim_div_n_head * n_head
            + 8,
            12 * batch * dim * seq_len
            + 8 * batch * dim_div_n_head * n_head * seq_len
            + 8 * batch * seq_len
            + 64 * dim**2
            + 28 * dim * dim_div_n_head * n_head
            + 72 * dim
            + 20 * dim_div_n_head * n_head
            + 8,
            16 * batch * dim * seq_len
            + 4 * batch * dim_div_n_head * n_head * seq_len
            + 8 * batch * seq_len
            + 64 * dim**2
            + 28 * dim * dim_div_n_head * n_head
            + 72 * dim
            + 20 * dim_div_n_head * n_head
            + 8,
            4 * batch * dim * seq_len
            + 32 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 8 * batch * seq_len
            + 64 * dim**2
            + 20 * dim * dim_div_n_head * n_head
            + 72 * dim
            + 12 * dim_div_n_head * n_head
            + 8,
            8 * batch * dim * seq_len
            + 20 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 8 * batch * seq_len
            + 64 * dim**2
            + 20 * dim * dim_div_n_head * n_head
            + 72 * dim
            + 12 * dim_div_n_head * n_head
            + 8,
            32 * batch * dim * seq_len
            + 16 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 16 * batch * seq_len
            + 64 * dim**2
            + 16 * dim * dim_div_n_head * n_head
            + 60 * dim
            + 12 * dim_div_n_head * n_head
            + 8,
            60 * batch * dim * seq_len
            + 16 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 16 * batch * seq_len
            + 48 * dim**2
            + 16 * dim * dim_div_n_head * n_head
            + 44 * dim
            + 12 * dim_div_n_head * n_head
            + 8,
        )
    if optimizer == "sgd_momentum":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if dim == 1:
            return max(304, 68 * batch * seq_len + 160, 96 * batch * seq_len + 128)
        if dim_div_n_head == 1 or (batch == 1 and n_head == 1 and seq_len == 1):
            return max(
                96 * dim**2
                + 44 * dim * dim_div_n_head * n_head
                + 4 * dim * max(1, dim_div_n_head * n_head)
                + 120 * dim
                + 40 * dim_div_n_head * n_head
                - 4 * max(1, dim_div_n_head * n_head)
                + 4,
                4 * batch * dim * seq_len
                + 36 * batch * dim_div_n_head * n_head * seq_len
                + 8 * batch * seq_len
                + 64 * dim**2
                + 20 * dim * dim_div_n_head * n_head
                + 72 * dim
                + 12 * dim_div_n_head * n_head
                + 8,
                8 * batch * dim * seq_len
                + 12 * batch * dim_div_n_head * n_head * seq_len
                + 8 * batch * seq_len
                + 64 * dim**2
                + 24 * dim * dim_div_n_head * n_head
                + 72 * dim
                + 16 * dim_div_n_head * n_head
                + 8,
                8 * batch * dim * seq_len
                + 24 * batch * dim_div_n_head * n_head * seq_len
                + 8 * batch * seq_len
                + 64 * dim**2
                + 20 * dim * dim_div_n_head * n_head
                + 72 * dim
                + 12 * dim_div_n_head * n_head
                + 8,
                12 * batch * dim * seq_len
                + 4 * batch * dim_div_n_head * n_head * seq_len
                + 8 * batch * seq_len
                + 64 * dim**2
                + 32 * dim * dim_div_n_head * n_head
                + 72 * dim
                + 24 * dim_div_n_head * n_head
                + 8,
                12 * batch * dim * seq_len
                + 8 * batch * dim_div_n_head * n_head * seq_len
                + 8 * batch * seq_len
                + 64 * dim**2
                + 28 * dim * dim_div_n_head * n_head
                + 72 * dim
                + 20 * dim_div_n_head * n_head
                + 8,
                16 * batch * dim * seq_len
                + 4 * batch * dim_div_n_head * n_head * seq_len
                + 8 * batch * seq_len
                + 64 * dim**2
                + 28 * dim * dim_div_n_head * n_head
                + 72 * dim
                + 20 * dim_div_n_head * n_head
                + 8,
                32 * batch * dim * seq_len
                + 20 * batch * dim_div_n_head * n_head * seq_len
                + 16 * batch * seq_len
                + 64 * dim**2
                + 16 * dim * dim_div_n_head * n_head
                + 60 * dim
                + 12 * dim_div_n_head * n_head
                + 8,
                60 * batch * dim * seq_len
                + 20 * batch * dim_div_n_head * n_head * seq_len
                + 16 * batch * seq_len
                + 48 * dim**2
                + 16 * dim * dim_div_n_head * n_head
                + 44 * dim
                + 12 * dim_div_n_head * n_head
                + 8,
            )
        return max(
            96 * dim**2
            + 44 * dim * dim_div_n_head * n_head
            + 4 * dim * max(1, dim_div_n_head * n_head)
            + 120 * dim
            + 40 * dim_div_n_head * n_head
            - 4 * max(1, dim_div_n_head * n_head)
            + 4,
            8 * batch * dim * seq_len
            + 12 * batch * dim_div_n_head * n_head * seq_len
            + 8 * batch * seq_len
            + 64 * dim**2
            + 24 * dim * dim_div_n_head * n_head
            + 72 * dim
            + 16 * dim_div_n_head * n_head
            + 8,
            12 * batch * dim * seq_len
            + 4 * batch * dim_div_n_head * n_head * seq_len
            + 8 * batch * seq_len
            + 64 * dim**2
            + 32 * dim * dim_div_n_head * n_head
            + 72 * dim
            + 24 * dim_div_n_head * n_head
            + 8,
            12 * batch * dim * seq_len
            + 8 * batch * dim_div_n_head * n_head * seq_len
            + 8 * batch * seq_len
            + 64 * dim**2
            + 28 * dim * dim_div_n_head * n_head
            + 72 * dim
            + 20 * dim_div_n_head * n_head
            + 8,
            16 * batch * dim * seq_len
            + 4 * batch * dim_div_n_head * n_head * seq_len
            + 8 * batch * seq_len
            + 64 * dim**2
            + 28 * dim * dim_div_n_head * n_head
            + 72 * dim
            + 20 * dim_div_n_head * n_head
            + 8,
            4 * batch * dim * seq_len
            + 32 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 8 * batch * seq_len
            + 64 * dim**2
            + 20 * dim * dim_div_n_head * n_head
            + 72 * dim
            + 12 * dim_div_n_head * n_head
            + 8,
            8 * batch * dim * seq_len
            + 20 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 8 * batch * seq_len
            + 64 * dim**2
            + 20 * dim * dim_div_n_head * n_head
            + 72 * dim
            + 12 * dim_div_n_head * n_head
            + 8,
            32 * batch * dim * seq_len
            + 16 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 16 * batch * seq_len
            + 64 * dim**2
            + 16 * dim * dim_div_n_head * n_head
            + 60 * dim
            + 12 * dim_div_n_head * n_head
            + 8,
            60 * batch * dim * seq_len
            + 16 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 16 * batch * seq_len
            + 48 * dim**2
            + 16 * dim * dim_div_n_head * n_head
            + 44 * dim
            + 12 * dim_div_n_head * n_head
            + 8,
        )
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if dim == 1:
        return max(516, 68 * batch * seq_len + 160, 96 * batch * seq_len + 128)
    if dim_div_n_head == 1 or (batch == 1 and n_head == 1 and seq_len == 1):
        return max(
            128 * dim**2
            + 68 * dim * dim_div_n_head * n_head
            + 168 * dim
            + 48 * dim_div_n_head * n_head
            + 68,
            128 * dim**2
            + 72 * dim * dim_div_n_head * n_head
            + 160 * dim
            + 52 * dim_div_n_head * n_head
            + 68,
            160 * dim**2
            + 64 * dim * dim_div_n_head * n_head
            + 176 * dim
            + 48 * dim_div_n_head * n_head
            + 68,
            4 * batch * dim * seq_len
            + 36 * batch * dim_div_n_head * n_head * seq_len
            + 8 * batch * seq_len
            + 64 * dim**2
            + 20 * dim * dim_div_n_head * n_head
            + 72 * dim
            + 12 * dim_div_n_head * n_head
            + 8,
            8 * batch * dim * seq_len
            + 12 * batch * dim_div_n_head * n_head * seq_len
            + 8 * batch * seq_len
            + 64 * dim**2
            + 24 * dim * dim_div_n_head * n_head
            + 72 * dim
            + 16 * dim_div_n_head * n_head
            + 8,
            8 * batch * dim * seq_len
            + 24 * batch * dim_div_n_head * n_head * seq_len
            + 8 * batch * seq_len
            + 64 * dim**2
            + 20 * dim * dim_div_n_head * n_head
            + 72 * dim
            + 12 * dim_div_n_head * n_head
            + 8,
            12 * batch * dim * seq_len
            + 4 * batch * dim_div_n_head * n_head * seq_len
            + 8 * batch * seq_len
            + 64 * dim**2
            + 32 * dim * dim_div_n_head * n_head
            + 72 * dim
            + 24 * dim_div_n_head * n_head
            + 8,
            12 * batch * dim * seq_len
            + 8 * batch * dim_div_n_head * n_head * seq_len
            + 8 * batch * seq_len
            + 64 * dim**2
            + 28 * dim * dim_div_n_head * n_head
            + 72 * dim
            + 20 * dim_div_n_head * n_head
            + 8,
            16 * batch * dim * seq_len
            + 4 * batch * dim_div_n_head * n_head * seq_len
            + 8 * batch * seq_len
            + 64 * dim**2
            + 28 * dim * dim_div_n_head * n_head
            + 72 * dim
            + 20 * dim_div_n_head * n_head
            + 8,
            32 * batch * dim * seq_len
            + 20 * batch * dim_div_n_head * n_head * seq_len
            + 16 * batch * seq_len
            + 64 * dim**2
            + 16 * dim * dim_div_n_head * n_head
            + 60 * dim
            + 12 * dim_div_n_head * n_head
            + 8,
            60 * batch * dim * seq_len
            + 20 * batch * dim_div_n_head * n_head * seq_len
            + 16 * batch * seq_len
            + 48 * dim**2
            + 16 * dim * dim_div_n_head * n_head
            + 44 * dim
            + 12 * dim_div_n_head * n_head
            + 8,
        )
    return max(
        128 * dim**2
        + 68 * dim * dim_div_n_head * n_head
        + 168 * dim
        + 48 * dim_div_n_head * n_head
        + 68,
        128 * dim**2
        + 72 * dim * dim_div_n_head * n_head
        + 160 * dim
        + 52 * dim_div_n_head * n_head
        + 68,
        160 * dim**2
        + 64 * dim * dim_div_n_head * n_head
        + 176 * dim
        + 48 * dim_div_n_head * n_head
        + 68,
        8 * batch * dim * seq_len
        + 12 * batch * dim_div_n_head * n_head * seq_len
        + 8 * batch * seq_len
        + 64 * dim**2
        + 24 * dim * dim_div_n_head * n_head
        + 72 * dim
        + 16 * dim_div_n_head * n_head
        + 8,
        12 * batch * dim * seq_len
        + 4 * batch * dim_div_n_head * n_head * seq_len
        + 8 * batch * seq_len
        + 64 * dim**2
        + 32 * dim * dim_div_n_head * n_head
        + 72 * dim
        + 24 * dim_div_n_head * n_head
        + 8,
        12 * batch * dim * seq_len
        + 8 * batch * dim_div_n_head * n_head * seq_len
        + 8 * batch * seq_len
        + 64 * dim**2
        + 28 * dim * dim_div_n_head * n_head
        + 72 * dim
        + 20 * dim_div_n_head * n_head
        + 8,
        16 * batch * dim * seq_len
        + 4 * batch * dim_div_n_head * n_head * seq_len
        + 8 * batch * seq_len
        + 64 * dim**2
        + 28 * dim * dim_div_n_head * n_head
        + 72 * dim
        + 20 * dim_div_n_head * n_head
        + 8,
        4 * batch * dim * seq_len
        + 32 * batch * dim_div_n_head * n_head * seq_len
        + 4 * batch * n_head * seq_len
        + 8 * batch * seq_len
        + 64 * dim**2
        + 20 * dim * dim_div_n_head * n_head
        + 72 * dim
        + 12 * dim_div_n_head * n_head
        + 8,
        8 * batch * dim * seq_len
        + 20 * batch * dim_div_n_head * n_head * seq_len
        + 4 * batch * n_head * seq_len
        + 8 * batch * seq_len
        + 64 * dim**2
        + 20 * dim * dim_div_n_head * n_head
        + 72 * dim
        + 12 * dim_div_n_head * n_head
        + 8,
        32 * batch * dim * seq_len
        + 16 * batch * dim_div_n_head * n_head * seq_len
        + 4 * batch * n_head * seq_len
        + 16 * batch * seq_len
        + 64 * dim**2
        + 16 * dim * dim_div_n_head * n_head
        + 60 * dim
        + 12 * dim_div_n_head * n_head
        + 8,
        60 * batch * dim * seq_len
        + 16 * batch * dim_div_n_head * n_head * seq_len
        + 4 * batch * n_head * seq_len
        + 16 * batch * seq_len
        + 48 * dim**2
        + 16 * dim * dim_div_n_head * n_head
        + 44 * dim
        + 12 * dim_div_n_head * n_head
        + 8,
    )
