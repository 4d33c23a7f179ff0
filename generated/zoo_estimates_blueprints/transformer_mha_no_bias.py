"""transformer/mha_no_bias: x + MultiheadAttention without biases

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.mha_no_bias(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain transformer/mha_no_bias.
"""

from __future__ import annotations

from . import again, refused

KEY = "transformer/mha_no_bias"
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


def transformer_mha_no_bias_params(dim: int, *, n_head: int = 4) -> int:
    """Parameters of transformer/mha_no_bias.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 4 * dim**2

    Per submodule:
        otherwise:
            attn (MultiheadAttention): 3 * dim**2
            attn.out_proj (NonDynamicallyQuantizableLinear): dim**2
    """
    if not (type(dim) is type(n_head) is int and 1 <= dim <= 65536 and 1 <= n_head <= 8):
        return again(transformer_mha_no_bias_params, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 4 * dim**2


def transformer_mha_no_bias_buffers(dim: int, *, n_head: int = 4) -> int:
    """Buffer elements of transformer/mha_no_bias.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (type(dim) is type(n_head) is int and 1 <= dim <= 65536 and 1 <= n_head <= 8):
        return again(transformer_mha_no_bias_buffers, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 0


def transformer_mha_no_bias_training_state_bytes(
    dim: int, *, optimizer: str = "adam", n_head: int = 4
) -> int:
    """Training state bytes of transformer/mha_no_bias.

    if optimizer == 'sgd':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 32 * dim**2

    if optimizer == 'sgd_momentum':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 48 * dim**2

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 64 * dim**2 + 8
    """
    if not (
        type(dim) is type(n_head) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_mha_no_bias_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        return 32 * dim**2
    if optimizer == "sgd_momentum":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        return 48 * dim**2
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 64 * dim**2 + 8


def transformer_mha_no_bias_forward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward FLOPs of transformer/mha_no_bias.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if seq_len == 1 and batch != 1 and n_head != 1 and batch * dim == batch * n_head: 8 * batch *
        n_head**2 + 4 * batch * n_head
    otherwise: 8 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_mha_no_bias_forward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if seq_len == 1 and batch != 1 and n_head != 1 and batch * dim == batch * n_head:
        return 8 * batch * n_head**2 + 4 * batch * n_head
    return 8 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2


def transformer_mha_no_bias_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward FLOPs of transformer/mha_no_bias.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if seq_len == 1 and batch != 1 and n_head != 1 and batch * dim == batch * n_head: 16 * batch *
        n_head**2 + 10 * batch * n_head
    otherwise: 16 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_mha_no_bias_backward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if seq_len == 1 and batch != 1 and n_head != 1 and batch * dim == batch * n_head:
        return 16 * batch * n_head**2 + 10 * batch * n_head
    return 16 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2


def transformer_mha_no_bias_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward elementwise operations of transformer/mha_no_bias.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if seq_len == 1 and batch != 1 and n_head != 1 and batch * dim == batch * n_head: batch * n_head
    otherwise: batch * dim * seq_len
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_mha_no_bias_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if seq_len == 1 and batch != 1 and n_head != 1 and batch * dim == batch * n_head:
        return batch * n_head
    return batch * dim * seq_len


def transformer_mha_no_bias_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward elementwise operations of transformer/mha_no_bias.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if seq_len == 1 and batch != 1 and n_head != 1 and batch * dim == batch * n_head: 7 * batch *
        n_head
    otherwise: 7 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_mha_no_bias_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if seq_len == 1 and batch != 1 and n_head != 1 and batch * dim == batch * n_head:
        return 7 * batch * n_head
    return 7 * batch * dim * seq_len


def transformer_mha_no_bias_activation_bytes(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Activation bytes of transformer/mha_no_bias.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if seq_len == 1 and batch != 1 and n_head != 1 and batch * dim == batch * n_head: 24 * batch *
        n_head
    if batch != 1 and batch * n_head == batch: 20 * batch * dim * seq_len + 4 * batch * seq_len
    otherwise: 20 * batch * dim * seq_len + 4 * batch * n_head * seq_len
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_mha_no_bias_activation_bytes, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if seq_len == 1 and batch != 1 and n_head != 1 and batch * dim == batch * n_head:
        return 24 * batch * n_head
    if batch != 1 and batch * n_head == batch:
        return 20 * batch * dim * seq_len + 4 * batch * seq_len
    return 20 * batch * dim * seq_len + 4 * batch * n_head * seq_len


def transformer_mha_no_bias_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Peak bytes of a training step of transformer/mha_no_bias.

    if optimizer == 'sgd':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if seq_len == 1 and batch != 1 and n_head != 1 and batch * dim == batch * n_head: max(16 *
            batch * n_head + 32 * n_head**2 + 8, 44 * batch * n_head + 20 * n_head**2 + 8)
        if batch > 1 and seq_len > 1 and batch * n_head != batch: max(20 * batch * dim * seq_len +
            32 * dim**2 + 8, 48 * batch * dim * seq_len + 20 * dim**2 + 8, 40 * batch * dim *
            seq_len + 4 * batch * n_head * seq_len + 20 * dim**2 + 8)
        if batch > 1 and seq_len > 1: max(20 * batch * dim * seq_len + 32 * dim**2 + 8, 48 * batch *
            dim * seq_len + 20 * dim**2 + 8)
        if batch != 1 and batch * n_head == batch: max(16 * batch * dim + 32 * dim**2 + 8, 44 *
            batch * dim + 20 * dim**2 + 8)
        if seq_len != 1: max(20 * dim**2 + 44 * dim * seq_len + 8, 32 * dim**2 + 16 * dim * seq_len
            + 8, 20 * dim**2 + 36 * dim * seq_len + 4 * n_head * seq_len + 8)
        otherwise: max(16 * batch * dim + 32 * dim**2 + 8, 44 * batch * dim + 20 * dim**2 + 8, 36 *
            batch * dim + 4 * batch * n_head + 20 * dim**2 + 8)

    if optimizer == 'sgd_momentum':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if seq_len == 1 and batch != 1 and n_head != 1 and batch * dim == batch * n_head: max(4 *
            batch * n_head + 48 * n_head**2 + 4, 16 * batch * n_head + 32 * n_head**2 + 8, 44 *
            batch * n_head + 20 * n_head**2 + 8)
        if batch > 1 and seq_len > 1 and batch * n_head != batch: max(4 * batch * dim * seq_len + 48
            * dim**2 + 4, 20 * batch * dim * seq_len + 32 * dim**2 + 8, 48 * batch * dim * seq_len +
            20 * dim**2 + 8, 40 * batch * dim * seq_len + 4 * batch * n_head * seq_len + 20 * dim**2
            + 8)
        if batch > 1 and seq_len > 1: max(4 * batch * dim * seq_len + 48 * dim**2 + 4, 20 * batch *
            dim * seq_len + 32 * dim**2 + 8, 48 * batch * dim * seq_len + 20 * dim**2 + 8)
        if batch != 1 and batch * n_head == batch: max(4 * batch * dim + 48 * dim**2 + 4, 16 * batch
            * dim + 32 * dim**2 + 8, 44 * batch * dim + 20 * dim**2 + 8)
        if seq_len != 1: max(20 * dim**2 + 44 * dim * seq_len + 8, 32 * dim**2 + 16 * dim * seq_len
            + 8, 48 * dim**2 + 4 * dim * seq_len + 4, 20 * dim**2 + 36 * dim * seq_len + 4 * n_head
            * seq_len + 8)
        otherwise: max(4 * batch * dim + 48 * dim**2 + 4, 16 * batch * dim + 32 * dim**2 + 8, 44 *
            batch * dim + 20 * dim**2 + 8, 36 * batch * dim + 4 * batch * n_head + 20 * dim**2 + 8)

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if seq_len == 1 and batch != 1 and dim != n_head and n_head != 1: max(4 * batch * dim + 88 *
            dim**2 + 12, 16 * batch * dim + 32 * dim**2 + 8, 44 * batch * dim + 20 * dim**2 + 8, 36
            * batch * dim + 4 * batch * n_head + 20 * dim**2 + 8)
        if seq_len == 1 and n_head > 1 and batch != 1: max(4 * batch * n_head + 88 * n_head**2 + 12,
            16 * batch * n_head + 32 * n_head**2 + 8, 44 * batch * n_head + 20 * n_head**2 + 8)
        if batch > 1 and seq_len > 1 and batch * n_head == batch: max(4 * batch * dim * seq_len + 88
            * dim**2 + 12, 20 * batch * dim * seq_len + 32 * dim**2 + 8, 48 * batch * dim * seq_len
            + 20 * dim**2 + 8)
        if seq_len == 1 and batch != 1: max(4 * batch * dim + 88 * dim**2 + 12, 16 * batch * dim +
            32 * dim**2 + 8, 44 * batch * dim + 20 * dim**2 + 8)
        if batch != 1 or (dim == n_head and seq_len == 1) or (n_head == 1 and seq_len == 1): max(4 *
            batch * dim * seq_len + 88 * dim**2 + 12, 20 * batch * dim * seq_len + 32 * dim**2 + 8,
            48 * batch * dim * seq_len + 20 * dim**2 + 8, 40 * batch * dim * seq_len + 4 * batch *
            n_head * seq_len + 20 * dim**2 + 8)
        otherwise: max(20 * dim**2 + 44 * dim * seq_len + 8, 32 * dim**2 + 16 * dim * seq_len + 8,
            88 * dim**2 + 4 * dim * seq_len + 12, 20 * dim**2 + 36 * dim * seq_len + 4 * n_head *
            seq_len + 8)
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
        return again(transformer_mha_no_bias_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if seq_len == 1 and batch != 1 and n_head != 1 and batch * dim == batch * n_head:
            return max(
                16 * batch * n_head + 32 * n_head**2 + 8, 44 * batch * n_head + 20 * n_head**2 + 8
            )
        if batch > 1 and seq_len > 1 and batch * n_head != batch:
            return max(
                20 * batch * dim * seq_len + 32 * dim**2 + 8,
                48 * batch * dim * seq_len + 20 * dim**2 + 8,
                40 * batch * dim * seq_len + 4 * batch * n_head * seq_len + 20 * dim**2 + 8,
            )
        if batch > 1 and seq_len > 1:
            return max(
                20 * batch * dim * seq_len + 32 * dim**2 + 8,
                48 * batch * dim * seq_len + 20 * dim**2 + 8,
            )
        if batch != 1 and batch * n_head == batch:
            return max(16 * batch * dim + 32 * dim**2 + 8, 44 * batch * dim + 20 * dim**2 + 8)
        if seq_len != 1:
            return max(
                20 * dim**2 + 44 * dim * seq_len + 8,
                32 * dim**2 + 16 * dim * seq_len + 8,
                20 * dim**2 + 36 * dim * seq_len + 4 * n_head * seq_len + 8,
            )
        return max(
            16 * batch * dim + 32 * dim**2 + 8,
            44 * batch * dim + 20 * dim**2 + 8,
            36 * batch * dim + 4 * batch * n_head + 20 * dim**2 + 8,
        )
    if optimizer == "sgd_momentum":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if seq_len == 1 and batch != 1 and n_head != 1 and batch * dim == batch * n_head:
            return max(
                4 * batch * n_head + 48 * n_head**2 + 4,
                16 * batch * n_head + 32 * n_head**2 + 8,
                44 * batch * n_head + 20 * n_head**2 + 8,
            )
        if batch > 1 and seq_len > 1 and batch * n_head != batch:
            return max(
                4 * batch * dim * seq_len + 48 * dim**2 + 4,
                20 * batch * dim * seq_len + 32 * dim**2 + 8,
                48 * batch * dim * seq_len + 20 * dim**2 + 8,
                40 * batch * dim * seq_len + 4 * batch * n_head * seq_len + 20 * dim**2 + 8,
            )
        if batch > 1 and seq_len > 1:
            return max(
                4 * batch * dim * seq_len + 48 * dim**2 + 4,
                20 * batch * dim * seq_len + 32 * dim**2 + 8,
                48 * batch * dim * seq_len + 20 * dim**2 + 8,
            )
        if batch != 1 and batch * n_head == batch:
            return max(
                4 * batch * dim + 48 * dim**2 + 4,
                16 * batch * dim + 32 * dim**2 + 8,
                44 * batch * dim + 20 * dim**2 + 8,
            )
        if seq_len != 1:
            return max(
                20 * dim**2 + 44 * dim * seq_len + 8,
                32 * dim**2 + 16 * dim * seq_len + 8,
                48 * dim**2 + 4 * dim * seq_len + 4,
                20 * dim**2 + 36 * dim * seq_len + 4 * n_head * seq_len + 8,
            )
        return max(
            4 * batch * dim + 48 * dim**2 + 4,
            16 * batch * dim + 32 * dim**2 + 8,
            44 * batch * dim + 20 * dim**2 + 8,
            36 * batch * dim + 4 * batch * n_head + 20 * dim**2 + 8,
        )
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if seq_len == 1 and batch != 1 and dim != n_head and n_head != 1:
        return max(
            4 * batch * dim + 88 * dim**2 + 12,
            16 * batch * dim + 32 * dim**2 + 8,
            44 * batch * dim + 20 * dim**2 + 8,
            36 * batch * dim + 4 * batch * n_head + 20 * dim**2 + 8,
        )
    if seq_len == 1 and n_head > 1 and batch != 1:
        return max(
            4 * batch * n_head + 88 * n_head**2 + 12,
            16 * batch * n_head + 32 * n_head**2 + 8,
            44 * batch * n_head + 20 * n_head**2 + 8,
        )
    if batch > 1 and seq_len > 1 and batch * n_head == batch:
        return max(
            4 * batch * dim * seq_len + 88 * dim**2 + 12,
            20 * batch * dim * seq_len + 32 * dim**2 + 8,
            48 * batch * dim * seq_len + 20 * dim**2 + 8,
        )
    if seq_len == 1 and batch != 1:
        return max(
            4 * batch * dim + 88 * dim**2 + 12,
            16 * batch * dim + 32 * dim**2 + 8,
            44 * batch * dim + 20 * dim**2 + 8,
        )
    if batch != 1 or (dim == n_head and seq_len == 1) or (n_head == 1 and seq_len == 1):
        return max(
            4 * batch * dim * seq_len + 88 * dim**2 + 12,
            20 * batch * dim * seq_len + 32 * dim**2 + 8,
            48 * batch * dim * seq_len + 20 * dim**2 + 8,
            40 * batch * dim * seq_len + 4 * batch * n_head * seq_len + 20 * dim**2 + 8,
        )
    return max(
        20 * dim**2 + 44 * dim * seq_len + 8,
        32 * dim**2 + 16 * dim * seq_len + 8,
        88 * dim**2 + 4 * dim * seq_len + 12,
        20 * dim**2 + 36 * dim * seq_len + 4 * n_head * seq_len + 8,
    )
