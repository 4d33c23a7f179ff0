"""transformer/gpt_layer: GPT layer (Korthikanti et al. 2022): pre-norm causal attention and 4x MLP,
dropout 0.1

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.classic.gpt_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain transformer/gpt_layer.
"""

from __future__ import annotations

from . import invalid, refused

KEY = "transformer/gpt_layer"
HYPERPARAMETERS: tuple[str, ...] = ("n_head", "attention", "dtype")
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "n_head": (1, 8),
    "batch": (1, 65536),
    "seq_len": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
    "attention": (("eager", "sdpa"),),
    "dtype": (("bfloat16", "float32"),),
}
_NO_MODULE = "the factory raises ValueError where dim % n_head != 0 (zoo/classic.py, in __init__)"


def _no_module(dim: int, n_head: int) -> bool:
    return dim % n_head != 0


def transformer_gpt_layer_params(
    dim: int, *, n_head: int = 4, attention: str = "eager", dtype: str = "bfloat16"
) -> int:
    """Parameters of transformer/gpt_layer.

    The same for every value of attention and dtype.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 12 * dim**2 + 13 * dim

    Per submodule:
        otherwise:
            ln1 (LayerNorm): 2 * dim
            qkv (Linear): 3 * dim**2 + 3 * dim
            proj (Linear): dim**2 + dim
            ln2 (LayerNorm): 2 * dim
            fc1 (Linear): 4 * dim**2 + 4 * dim
            fc2 (Linear): 4 * dim**2 + dim
    """
    if not (
        type(dim) is type(n_head) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and type(attention) is str
        and attention in ("eager", "sdpa")
        and type(dtype) is str
        and dtype in ("bfloat16", "float32")
    ):
        raise invalid(KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 12 * dim**2 + 13 * dim


def transformer_gpt_layer_buffers(
    dim: int, *, n_head: int = 4, attention: str = "eager", dtype: str = "bfloat16"
) -> int:
    """Buffer elements of transformer/gpt_layer.

    The same for every value of attention and dtype.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (
        type(dim) is type(n_head) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and type(attention) is str
        and attention in ("eager", "sdpa")
        and type(dtype) is str
        and dtype in ("bfloat16", "float32")
    ):
        raise invalid(KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 0


def transformer_gpt_layer_training_state_bytes(
    dim: int,
    *,
    optimizer: str = "adam",
    n_head: int = 4,
    attention: str = "eager",
    dtype: str = "bfloat16",
) -> int:
    """Training state bytes of transformer/gpt_layer.

    if optimizer == 'sgd' and dtype == 'bfloat16':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 48 * dim**2 + 52 * dim

    if optimizer == 'sgd' and dtype == 'float32':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 96 * dim**2 + 104 * dim

    if optimizer == 'sgd_momentum' and dtype == 'bfloat16':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 72 * dim**2 + 78 * dim

    if optimizer == 'sgd_momentum' and dtype == 'float32':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 144 * dim**2 + 156 * dim

    if optimizer in ('adam', 'adamw') and dtype == 'bfloat16':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 96 * dim**2 + 104 * dim + 48

    if optimizer in ('adam', 'adamw') and dtype == 'float32':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 192 * dim**2 + 208 * dim + 48
    """
    if not (
        type(dim) is type(n_head) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
        and type(attention) is str
        and attention in ("eager", "sdpa")
        and type(dtype) is str
        and dtype in ("bfloat16", "float32")
    ):
        raise invalid(KEY, _DOMAIN, locals())
    if optimizer == "sgd" and dtype == "bfloat16":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        return 48 * dim**2 + 52 * dim
    if optimizer == "sgd" and dtype == "float32":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        return 96 * dim**2 + 104 * dim
    if optimizer == "sgd_momentum" and dtype == "bfloat16":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        return 72 * dim**2 + 78 * dim
    if optimizer == "sgd_momentum" and dtype == "float32":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        return 144 * dim**2 + 156 * dim
    if optimizer in ("adam", "adamw") and dtype == "bfloat16":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        return 96 * dim**2 + 104 * dim + 48
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    return 192 * dim**2 + 208 * dim + 48


def transformer_gpt_layer_forward_flops(
    dim: int,
    *,
    batch: int,
    seq_len: int,
    n_head: int = 4,
    attention: str = "eager",
    dtype: str = "bfloat16",
) -> int:
    """Forward FLOPs of transformer/gpt_layer.

    The same for every value of attention and dtype.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 24 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(attention) is str
        and attention in ("eager", "sdpa")
        and type(dtype) is str
        and dtype in ("bfloat16", "float32")
    ):
        raise invalid(KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return 24 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2


def transformer_gpt_layer_backward_flops(
    dim: int,
    *,
    batch: int,
    seq_len: int,
    n_head: int = 4,
    attention: str = "eager",
    dtype: str = "bfloat16",
) -> int:
    """Backward FLOPs of transformer/gpt_layer.

    The same for every value of attention and dtype.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 48 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(attention) is str
        and attention in ("eager", "sdpa")
        and type(dtype) is str
        and dtype in ("bfloat16", "float32")
    ):
        raise invalid(KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return 48 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2


def transformer_gpt_layer_elementwise_flops(
    dim: int,
    *,
    batch: int,
    seq_len: int,
    n_head: int = 4,
    attention: str = "eager",
    dtype: str = "bfloat16",
) -> int:
    """Forward elementwise operations of transformer/gpt_layer.

    if attention == 'eager':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if n_head == dim and dim >= 2 and seq_len != 1: 8 * batch * n_head * seq_len**2 + 23 * batch
            * n_head * seq_len
        otherwise: 22 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2

    if attention == 'sdpa':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if n_head == dim and dim >= 2 and seq_len != 1: 7 * batch * n_head * seq_len**2 + 25 * batch
            * n_head * seq_len + seq_len**2
        otherwise: 24 * batch * dim * seq_len + 7 * batch * n_head * seq_len**2 + seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(attention) is str
        and attention in ("eager", "sdpa")
        and type(dtype) is str
        and dtype in ("bfloat16", "float32")
    ):
        raise invalid(KEY, _DOMAIN, locals())
    if attention == "eager":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if n_head == dim and dim >= 2 and seq_len != 1:
            return 8 * batch * n_head * seq_len**2 + 23 * batch * n_head * seq_len
        return 22 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if n_head == dim and dim >= 2 and seq_len != 1:
        return 7 * batch * n_head * seq_len**2 + 25 * batch * n_head * seq_len + seq_len**2
    return 24 * batch * dim * seq_len + 7 * batch * n_head * seq_len**2 + seq_len**2


def transformer_gpt_layer_backward_elementwise_flops(
    dim: int,
    *,
    batch: int,
    seq_len: int,
    n_head: int = 4,
    attention: str = "eager",
    dtype: str = "bfloat16",
) -> int:
    """Backward elementwise operations of transformer/gpt_layer.

    if attention == 'eager':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 33 * batch * dim * seq_len + 6 * batch * n_head * seq_len**2

    if attention == 'sdpa':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 35 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(attention) is str
        and attention in ("eager", "sdpa")
        and type(dtype) is str
        and dtype in ("bfloat16", "float32")
    ):
        raise invalid(KEY, _DOMAIN, locals())
    if attention == "eager":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        return 33 * batch * dim * seq_len + 6 * batch * n_head * seq_len**2
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return 35 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2


def transformer_gpt_layer_activation_bytes(
    dim: int,
    *,
    batch: int,
    seq_len: int,
    n_head: int = 4,
    attention: str = "eager",
    dtype: str = "bfloat16",
) -> int:
    """Activation bytes of transformer/gpt_layer.

    if attention == 'eager' and dtype == 'bfloat16':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 36 * batch * dim * seq_len + 6 * batch * n_head * seq_len**2 + 8 * batch *
            seq_len + seq_len**2

    if attention == 'eager' and dtype == 'float32':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 72 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch *
            seq_len + seq_len**2

    if attention == 'sdpa' and dtype == 'bfloat16':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch == 1 and n_head != 1 and n_head != dim and seq_len != 1: 28 * dim * seq_len + 12 *
            n_head * seq_len**2 + 10 * (dim // n_head) * n_head * seq_len + 4 * max(1,
            dim // n_head) * n_head * seq_len + 8 * seq_len + 4 * (dim // n_head) - 4 * max(1,
            dim // n_head)
        if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim: 28 * batch * dim + 8 *
            batch * (dim // n_head) * n_head + 6 * batch * max(1, dim // n_head) * n_head + 12 *
            batch * n_head + 8 * batch + 6 * (dim // n_head) - 6 * max(1, dim // n_head)
        if batch == 1 and n_head >= 2 and n_head != dim: 28 * dim + 12 * (dim // n_head) * n_head +
            2 * max(1, dim // n_head) * n_head + 12 * n_head + 2 * (dim // n_head) - 2 * max(1,
            dim // n_head) + 8
        otherwise: 42 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch *
            seq_len

    if attention == 'sdpa' and dtype == 'float32':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch != 1 and batch * n_head != batch: 72 * batch * dim * seq_len + 12 * batch * n_head
            * seq_len**2 + 16 * batch * seq_len
        if batch != 1: 80 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len
        otherwise: 80 * dim * seq_len + 12 * n_head * seq_len**2 + 16 * seq_len
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(attention) is str
        and attention in ("eager", "sdpa")
        and type(dtype) is str
        and dtype in ("bfloat16", "float32")
    ):
        raise invalid(KEY, _DOMAIN, locals())
    dim_div_n_head = dim // n_head
    if attention == "eager" and dtype == "bfloat16":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        return (
            36 * batch * dim * seq_len
            + 6 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + seq_len**2
        )
    if attention == "eager" and dtype == "float32":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        return (
            72 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + seq_len**2
        )
    if attention == "sdpa" and dtype == "bfloat16":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if batch == 1 and n_head != 1 and n_head != dim and seq_len != 1:
            return (
                28 * dim * seq_len
                + 10 * dim_div_n_head * n_head * seq_len
                + 4 * dim_div_n_head
                + 12 * n_head * seq_len**2
                + 4 * max(1, dim_div_n_head) * n_head * seq_len
                + 8 * seq_len
                - 4 * max(1, dim_div_n_head)
            )
        if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim:
            return (
                28 * batch * dim
                + 8 * batch * dim_div_n_head * n_head
                + 6 * batch * max(1, dim_div_n_head) * n_head
                + 12 * batch * n_head
                + 8 * batch
                + 6 * dim_div_n_head
                - 6 * max(1, dim_div_n_head)
            )
        if batch == 1 and n_head >= 2 and n_head != dim:
            return (
                28 * dim
                + 12 * dim_div_n_head * n_head
                + 2 * dim_div_n_head
                + 2 * max(1, dim_div_n_head) * n_head
                + 12 * n_head
                - 2 * max(1, dim_div_n_head)
                + 8
            )
        return 42 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch * seq_len
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if batch != 1 and batch * n_head != batch:
        return 72 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch * seq_len
    if batch != 1:
        return 80 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len
    return 80 * dim * seq_len + 12 * n_head * seq_len**2 + 16 * seq_len
