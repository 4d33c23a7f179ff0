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

from . import again, refused

KEY = "transformer/gpt_layer"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "13612acfac1ce9ea"
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
        return again(transformer_gpt_layer_params, KEY, _DOMAIN, locals())
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
        return again(transformer_gpt_layer_buffers, KEY, _DOMAIN, locals())
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
        return again(transformer_gpt_layer_training_state_bytes, KEY, _DOMAIN, locals())
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

    if dtype == 'bfloat16':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 24 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2

    if dtype == 'float32':

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
        return again(transformer_gpt_layer_forward_flops, KEY, _DOMAIN, locals())
    if dtype == "bfloat16":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        return 24 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2
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

    if dtype == 'bfloat16':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 48 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2

    if dtype == 'float32':

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
        return again(transformer_gpt_layer_backward_flops, KEY, _DOMAIN, locals())
    if dtype == "bfloat16":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        return 48 * batch * dim**2 * seq_len + 8 * batch * dim * seq_len**2
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

    if attention == 'eager' and dtype == 'bfloat16':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if n_head == dim and dim >= 2 and seq_len != 1: 8 * batch * n_head * seq_len**2 + 23 * batch
            * n_head * seq_len
        otherwise: 22 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2

    if attention == 'eager' and dtype == 'float32':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if n_head == dim and dim >= 2 and seq_len != 1: 8 * batch * n_head * seq_len**2 + 23 * batch
            * n_head * seq_len
        otherwise: 22 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2

    if attention == 'sdpa' and dtype == 'bfloat16':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if n_head == dim and dim >= 2 and seq_len != 1: 7 * batch * n_head * seq_len**2 + 25 * batch
            * n_head * seq_len + seq_len**2
        otherwise: 24 * batch * dim * seq_len + 7 * batch * n_head * seq_len**2 + seq_len**2

    if attention == 'sdpa' and dtype == 'float32':

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
        return again(transformer_gpt_layer_elementwise_flops, KEY, _DOMAIN, locals())
    if attention == "eager" and dtype == "bfloat16":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if n_head == dim and dim >= 2 and seq_len != 1:
            return 8 * batch * n_head * seq_len**2 + 23 * batch * n_head * seq_len
        return 22 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2
    if attention == "eager" and dtype == "float32":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if n_head == dim and dim >= 2 and seq_len != 1:
            return 8 * batch * n_head * seq_len**2 + 23 * batch * n_head * seq_len
        return 22 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2
    if attention == "sdpa" and dtype == "bfloat16":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if n_head == dim and dim >= 2 and seq_len != 1:
            return 7 * batch * n_head * seq_len**2 + 25 * batch * n_head * seq_len + seq_len**2
        return 24 * batch * dim * seq_len + 7 * batch * n_head * seq_len**2 + seq_len**2
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

    if attention == 'eager' and dtype == 'bfloat16':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 33 * batch * dim * seq_len + 6 * batch * n_head * seq_len**2

    if attention == 'eager' and dtype == 'float32':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 33 * batch * dim * seq_len + 6 * batch * n_head * seq_len**2

    if attention == 'sdpa' and dtype == 'bfloat16':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 35 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2

    if attention == 'sdpa' and dtype == 'float32':

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
        return again(transformer_gpt_layer_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if attention == "eager" and dtype == "bfloat16":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        return 33 * batch * dim * seq_len + 6 * batch * n_head * seq_len**2
    if attention == "eager" and dtype == "float32":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        return 33 * batch * dim * seq_len + 6 * batch * n_head * seq_len**2
    if attention == "sdpa" and dtype == "bfloat16":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        return 35 * batch * dim * seq_len + 4 * batch * n_head * seq_len**2
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
        return again(transformer_gpt_layer_activation_bytes, KEY, _DOMAIN, locals())
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


def transformer_gpt_layer_peak_bytes(
    dim: int,
    *,
    optimizer: str = "adam",
    batch: int,
    seq_len: int,
    n_head: int = 4,
    attention: str = "eager",
    dtype: str = "bfloat16",
) -> int:
    """Peak bytes of a training step of transformer/gpt_layer.

    if optimizer == 'sgd' and attention == 'eager' and dtype == 'bfloat16':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if n_head == dim and batch != 1 and dim != 1 and seq_len != 1: max(10 * batch * n_head *
            seq_len + 4 * batch * seq_len + 48 * n_head**2 + 48 * n_head + 4, 8 * batch * n_head *
            seq_len**2 + 16 * batch * n_head * seq_len + 4 * batch * seq_len + 24 * n_head**2 + 26 *
            n_head + seq_len**2, 6 * batch * n_head * seq_len**2 + 26 * batch * n_head * seq_len + 8
            * batch * seq_len + 40 * n_head**2 + 36 * n_head + seq_len**2 + 4, 6 * batch * n_head *
            seq_len**2 + 42 * batch * n_head * seq_len + 8 * batch * seq_len + 32 * n_head**2 + 28 *
            n_head + seq_len**2 + 4, 8 * batch * n_head * seq_len**2 + 12 * batch * n_head * seq_len
            + 4 * batch * seq_len + 42 * n_head**2 + 42 * n_head + seq_len**2 + 4)
        if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim: max(10 * batch * dim + 4 *
            batch + 48 * dim**2 + 48 * dim + 4, 12 * batch * dim + 8 * batch * n_head + 4 * batch +
            42 * dim**2 + 42 * dim + 5, 14 * batch * dim + 6 * batch * n_head + 4 * batch + 42 *
            dim**2 + 42 * dim + 5, 16 * batch * dim + 8 * batch * n_head + 4 * batch + 24 * dim**2 +
            26 * dim + 1, 26 * batch * dim + 6 * batch * n_head + 8 * batch + 40 * dim**2 + 36 * dim
            + 5, 42 * batch * dim + 6 * batch * n_head + 8 * batch + 32 * dim**2 + 28 * dim + 5)
        if batch == 1 and n_head > 1 and seq_len != 1: max(48 * dim**2 + 10 * dim * seq_len + 48 *
            dim + 4 * seq_len + 4, 32 * dim**2 + 42 * dim * seq_len + 28 * dim + 6 * n_head *
            seq_len**2 + seq_len**2 + 8 * seq_len + 4, 40 * dim**2 + 26 * dim * seq_len + 36 * dim +
            6 * n_head * seq_len**2 + seq_len**2 + 8 * seq_len + 4, 42 * dim**2 + 12 * dim * seq_len
            + 42 * dim + 8 * n_head * seq_len**2 + seq_len**2 + 4 * seq_len + 4, 42 * dim**2 + 14 *
            dim * seq_len + 42 * dim + 6 * n_head * seq_len**2 + seq_len**2 + 4 * seq_len + 4)
        if n_head == 1 and seq_len != 1: max(10 * batch * dim * seq_len + 4 * batch * seq_len + 48 *
            dim**2 + 48 * dim + 4, 12 * batch * dim * seq_len + 8 * batch * seq_len**2 + 4 * batch *
            seq_len + 42 * dim**2 + 42 * dim + seq_len**2 + 4, 14 * batch * dim * seq_len + 6 *
            batch * seq_len**2 + 4 * batch * seq_len + 42 * dim**2 + 42 * dim + seq_len**2 + 4, 26 *
            batch * dim * seq_len + 6 * batch * seq_len**2 + 8 * batch * seq_len + 40 * dim**2 + 36
            * dim + seq_len**2 + 4, 42 * batch * dim * seq_len + 6 * batch * seq_len**2 + 8 * batch
            * seq_len + 32 * dim**2 + 28 * dim + seq_len**2 + 4)
        otherwise: max(10 * batch * dim * seq_len + 4 * batch * seq_len + 48 * dim**2 + 48 * dim +
            4, 18 * batch * dim * seq_len + 8 * batch * n_head * seq_len**2 + 4 * batch * seq_len +
            24 * dim**2 + 26 * dim + seq_len**2, 12 * batch * dim * seq_len + 8 * batch * n_head *
            seq_len**2 + 4 * batch * seq_len + 42 * dim**2 + 42 * dim + seq_len**2 + 4, 14 * batch *
            dim * seq_len + 6 * batch * n_head * seq_len**2 + 4 * batch * seq_len + 42 * dim**2 + 42
            * dim + seq_len**2 + 4, 26 * batch * dim * seq_len + 6 * batch * n_head * seq_len**2 + 8
            * batch * seq_len + 40 * dim**2 + 36 * dim + seq_len**2 + 4, 42 * batch * dim * seq_len
            + 6 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 32 * dim**2 + 28 * dim +
            seq_len**2 + 4)

    if optimizer == 'sgd' and attention == 'eager' and dtype == 'float32':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if n_head == dim and batch != 1 and dim != 1 and seq_len != 1: max(20 * batch * n_head *
            seq_len + 8 * batch * seq_len + 96 * n_head**2 + 96 * n_head + 8, 16 * batch * n_head *
            seq_len**2 + 32 * batch * n_head * seq_len + 8 * batch * seq_len + 48 * n_head**2 + 52 *
            n_head + seq_len**2, 12 * batch * n_head * seq_len**2 + 52 * batch * n_head * seq_len +
            16 * batch * seq_len + 80 * n_head**2 + 72 * n_head + seq_len**2 + 8, 12 * batch *
            n_head * seq_len**2 + 84 * batch * n_head * seq_len + 16 * batch * seq_len + 64 *
            n_head**2 + 56 * n_head + seq_len**2 + 8, 16 * batch * n_head * seq_len**2 + 24 * batch
            * n_head * seq_len + 8 * batch * seq_len + 84 * n_head**2 + 84 * n_head + seq_len**2 +
            8)
        if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim: max(20 * batch * dim + 8 *
            batch + 96 * dim**2 + 96 * dim + 8, 24 * batch * dim + 16 * batch * n_head + 8 * batch +
            84 * dim**2 + 84 * dim + 9, 28 * batch * dim + 12 * batch * n_head + 8 * batch + 84 *
            dim**2 + 84 * dim + 9, 32 * batch * dim + 16 * batch * n_head + 8 * batch + 48 * dim**2
            + 52 * dim + 1, 52 * batch * dim + 12 * batch * n_head + 16 * batch + 80 * dim**2 + 72 *
            dim + 9, 84 * batch * dim + 12 * batch * n_head + 16 * batch + 64 * dim**2 + 56 * dim +
            9)
        if batch == 1 and seq_len >= 2 and n_head > 1: max(96 * dim**2 + 20 * dim * seq_len + 96 *
            dim + 8 * seq_len + 8, 64 * dim**2 + 84 * dim * seq_len + 56 * dim + 12 * n_head *
            seq_len**2 + seq_len**2 + 16 * seq_len + 8, 80 * dim**2 + 52 * dim * seq_len + 72 * dim
            + 12 * n_head * seq_len**2 + seq_len**2 + 16 * seq_len + 8, 84 * dim**2 + 24 * dim *
            seq_len + 84 * dim + 16 * n_head * seq_len**2 + seq_len**2 + 8 * seq_len + 8, 84 *
            dim**2 + 28 * dim * seq_len + 84 * dim + 12 * n_head * seq_len**2 + seq_len**2 + 8 *
            seq_len + 8)
        if n_head == 1 and seq_len != 1: max(20 * batch * dim * seq_len + 8 * batch * seq_len + 96 *
            dim**2 + 96 * dim + 8, 24 * batch * dim * seq_len + 16 * batch * seq_len**2 + 8 * batch
            * seq_len + 84 * dim**2 + 84 * dim + seq_len**2 + 8, 28 * batch * dim * seq_len + 12 *
            batch * seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + seq_len**2 + 8, 52 *
            batch * dim * seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len + 80 * dim**2 +
            72 * dim + seq_len**2 + 8, 84 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 *
            batch * seq_len + 64 * dim**2 + 56 * dim + seq_len**2 + 8)
        otherwise: max(20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim +
            8, 36 * batch * dim * seq_len + 16 * batch * n_head * seq_len**2 + 8 * batch * seq_len +
            48 * dim**2 + 52 * dim + seq_len**2, 24 * batch * dim * seq_len + 16 * batch * n_head *
            seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + seq_len**2 + 8, 28 * batch *
            dim * seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 84 * dim**2 +
            84 * dim + seq_len**2 + 8, 52 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2
            + 16 * batch * seq_len + 80 * dim**2 + 72 * dim + seq_len**2 + 8, 84 * batch * dim *
            seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch * seq_len + 64 * dim**2 + 56 *
            dim + seq_len**2 + 8)

    if optimizer == 'sgd' and attention == 'sdpa' and dtype == 'bfloat16':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim: max(2 * batch * dim + 4 *
            batch + 40 * dim**2 + 8 * dim * (dim // n_head) * n_head + 46 * dim + 6 *
            (dim // n_head) * n_head + 4, 2 * batch * dim + 20 * batch * (dim // n_head) * n_head +
            4 * batch * n_head + 4 * batch + 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 42 *
            dim + 4, 4 * batch * dim + 6 * batch * (dim // n_head) * n_head + 4 * batch + 40 *
            dim**2 + 8 * dim * (dim // n_head) * n_head + 42 * dim + 6 * (dim // n_head) * n_head +
            4, 8 * batch * dim + 12 * batch * (dim // n_head) * n_head + 14 * batch * max(1,
            dim // n_head) * n_head + 14 * batch * n_head + 4 * batch + 24 * dim**2 + 26 * dim + 14
            * (dim // n_head) - 14 * max(1, dim // n_head) + 4, 18 * batch * dim + 8 * batch *
            (dim // n_head) * n_head + 6 * batch * max(1, dim // n_head) * n_head + 12 * batch *
            n_head + 8 * batch + 40 * dim**2 + 36 * dim + 6 * (dim // n_head) - 6 * max(1,
            dim // n_head) + 4, 34 * batch * dim + 8 * batch * (dim // n_head) * n_head + 6 * batch
            * max(1, dim // n_head) * n_head + 12 * batch * n_head + 8 * batch + 32 * dim**2 + 28 *
            dim + 6 * (dim // n_head) - 6 * max(1, dim // n_head) + 4, 6 * batch * dim + 8 * batch *
            (dim // n_head) * n_head + 6 * batch * max(1, dim // n_head) * n_head + 12 * batch *
            n_head + 4 * batch + 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 42 * dim + 6 *
            (dim // n_head) - 6 * max(1, dim // n_head) + 4, 6 * batch * dim + 12 * batch *
            (dim // n_head) * n_head + 4 * batch * max(1, dim // n_head) * n_head + 16 * batch *
            n_head + 4 * batch + 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 38 * dim + 4 *
            (dim // n_head) * n_head + 4 * (dim // n_head) - 4 * max(1, dim // n_head) + 4, 8 *
            batch * dim + 8 * batch * (dim // n_head) * n_head + 4 * batch * max(1, dim // n_head) *
            n_head + 12 * batch * n_head + 4 * batch + 40 * dim**2 + 2 * dim * (dim // n_head) *
            n_head + 38 * dim + 4 * (dim // n_head) * n_head + 4 * (dim // n_head) - 4 * max(1,
            dim // n_head) + 4)
        if seq_len == 1 and n_head >= 2 and n_head != dim: max(40 * dim**2 + 8 * dim *
            (dim // n_head) * n_head + 46 * dim + 12 * (dim // n_head) * n_head + 8, 40 * dim**2 + 8
            * dim * (dim // n_head) * n_head + 48 * dim + 6 * (dim // n_head) * n_head + 8, 40 *
            dim**2 + 2 * dim * (dim // n_head) * n_head + 44 * dim + 20 * (dim // n_head) * n_head +
            16 * n_head + 8, 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 46 * dim + 16 *
            (dim // n_head) * n_head + 12 * n_head + 8, 24 * dim**2 + 34 * dim + 24 *
            (dim // n_head) * n_head + 2 * max(1, dim // n_head) * n_head + 14 * n_head + 2 *
            (dim // n_head) - 2 * max(1, dim // n_head) + 8, 40 * dim**2 + 54 * dim + 12 *
            (dim // n_head) * n_head + 2 * max(1, dim // n_head) * n_head + 12 * n_head + 2 *
            (dim // n_head) - 2 * max(1, dim // n_head) + 12, 40 * dim**2 + 2 * dim *
            (dim // n_head) * n_head + 44 * dim + 6 * (dim // n_head) * n_head + 6 * max(1,
            dim // n_head) * n_head + 6 * (dim // n_head) - 6 * max(1, dim // n_head) + 8, 40 *
            dim**2 + 2 * dim * (dim // n_head) * n_head + 44 * dim + 8 * (dim // n_head) * n_head +
            4 * max(1, dim // n_head) * n_head + 4 * (dim // n_head) - 4 * max(1, dim // n_head) +
            8, 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 48 * dim + 12 * (dim // n_head) *
            n_head + 2 * max(1, dim // n_head) * n_head + 12 * n_head + 2 * (dim // n_head) - 2 *
            max(1, dim // n_head) + 8)
        if batch == 1 and n_head > 1 and seq_len != 1: max(40 * dim**2 + 8 * dim * (dim // n_head) *
            n_head + 2 * dim * seq_len + 46 * dim + 6 * (dim // n_head) * n_head + 4 * seq_len + 4,
            40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 2 * dim * seq_len + 42 * dim + 4 *
            n_head * seq_len**2 + 20 * (dim // n_head) * n_head * seq_len + 4 * seq_len + 4, 40 *
            dim**2 + 8 * dim * (dim // n_head) * n_head + 4 * dim * seq_len + 42 * dim + 6 *
            (dim // n_head) * n_head * seq_len + 6 * (dim // n_head) * n_head + 4 * seq_len + 4, 24
            * dim**2 + 8 * dim * seq_len + 26 * dim + 14 * n_head * seq_len**2 + 12 *
            (dim // n_head) * n_head * seq_len + 14 * max(1, dim // n_head) * n_head * seq_len + 4 *
            seq_len**2 + 4 * seq_len + 14 * (dim // n_head) - 14 * max(1, dim // n_head), 32 *
            dim**2 + 34 * dim * seq_len + 28 * dim + 12 * n_head * seq_len**2 + 10 * (dim // n_head)
            * n_head * seq_len + 4 * max(1, dim // n_head) * n_head * seq_len + 8 * seq_len + 4 *
            (dim // n_head) - 4 * max(1, dim // n_head) + 4, 40 * dim**2 + 18 * dim * seq_len + 36 *
            dim + 12 * n_head * seq_len**2 + 10 * (dim // n_head) * n_head * seq_len + 4 * max(1,
            dim // n_head) * n_head * seq_len + 8 * seq_len + 4 * (dim // n_head) - 4 * max(1,
            dim // n_head) + 4, 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 6 * dim * seq_len
            + 42 * dim + 12 * n_head * seq_len**2 + 10 * (dim // n_head) * n_head * seq_len + 4 *
            max(1, dim // n_head) * n_head * seq_len + 4 * seq_len + 4 * (dim // n_head) - 4 *
            max(1, dim // n_head) + 4, 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 2 * dim *
            seq_len + 42 * dim + 6 * (dim // n_head) * n_head * seq_len + 6 * max(1, dim // n_head)
            * n_head * seq_len + 2 * (dim // n_head) * seq_len - 2 * max(1, dim // n_head) * seq_len
            + 4 * seq_len + 4 * (dim // n_head) - 4 * max(1, dim // n_head) + 4, 40 * dim**2 + 2 *
            dim * (dim // n_head) * n_head + 6 * dim * seq_len + 38 * dim + 16 * n_head * seq_len**2
            + 12 * (dim // n_head) * n_head * seq_len + 4 * max(1, dim // n_head) * n_head * seq_len
            + 4 * (dim // n_head) * n_head + 4 * seq_len + 4 * (dim // n_head) - 4 * max(1,
            dim // n_head) + 4, 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 8 * dim * seq_len
            + 38 * dim + 12 * n_head * seq_len**2 + 8 * (dim // n_head) * n_head * seq_len + 4 *
            max(1, dim // n_head) * n_head * seq_len + 4 * (dim // n_head) * n_head + 4 * seq_len +
            4 * (dim // n_head) - 4 * max(1, dim // n_head) + 4)
        if n_head == 1 and seq_len != 1: max(10 * batch * dim * seq_len + 4 * batch * seq_len + 48 *
            dim**2 + 48 * dim + 4, 22 * batch * dim * seq_len + 16 * batch * seq_len**2 + 4 * batch
            * seq_len + 42 * dim**2 + 42 * dim + 4, 32 * batch * dim * seq_len + 12 * batch *
            seq_len**2 + 8 * batch * seq_len + 40 * dim**2 + 36 * dim + 4, 34 * batch * dim *
            seq_len + 14 * batch * seq_len**2 + 4 * batch * seq_len + 24 * dim**2 + 26 * dim + 4 *
            seq_len**2, 48 * batch * dim * seq_len + 12 * batch * seq_len**2 + 8 * batch * seq_len +
            32 * dim**2 + 28 * dim + 4)
        otherwise: max(2 * batch * dim * seq_len + 4 * batch * seq_len + 40 * dim**2 + 8 * dim *
            (dim // n_head) * n_head + 46 * dim + 6 * (dim // n_head) * n_head + 4, 18 * batch * dim
            * seq_len + 12 * batch * n_head * seq_len**2 + 14 * batch * (dim // n_head) * n_head *
            seq_len + 8 * batch * seq_len + 40 * dim**2 + 36 * dim + 4, 34 * batch * dim * seq_len +
            12 * batch * n_head * seq_len**2 + 14 * batch * (dim // n_head) * n_head * seq_len + 8 *
            batch * seq_len + 32 * dim**2 + 28 * dim + 4, 2 * batch * dim * seq_len + 16 * batch *
            n_head * seq_len**2 + 20 * batch * (dim // n_head) * n_head * seq_len + 4 * batch *
            seq_len + 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 42 * dim + 4, 4 * batch *
            dim * seq_len + 6 * batch * (dim // n_head) * n_head * seq_len + 4 * batch * seq_len +
            40 * dim**2 + 8 * dim * (dim // n_head) * n_head + 42 * dim + 6 * (dim // n_head) *
            n_head + 4, 6 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 14 * batch *
            (dim // n_head) * n_head * seq_len + 4 * batch * seq_len + 40 * dim**2 + 2 * dim *
            (dim // n_head) * n_head + 42 * dim + 4, 6 * batch * dim * seq_len + 12 * batch * n_head
            * seq_len**2 + 16 * batch * (dim // n_head) * n_head * seq_len + 4 * batch * seq_len +
            40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 38 * dim + 4 * (dim // n_head) *
            n_head + 4, 8 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 12 * batch *
            (dim // n_head) * n_head * seq_len + 4 * batch * seq_len + 40 * dim**2 + 2 * dim *
            (dim // n_head) * n_head + 38 * dim + 4 * (dim // n_head) * n_head + 4, 2 * batch * dim
            * seq_len + 12 * batch * (dim // n_head) * n_head * seq_len + 2 * batch * max(1,
            dim // n_head) * n_head * seq_len + 4 * batch * seq_len + 40 * dim**2 + 2 * dim *
            (dim // n_head) * n_head + 42 * dim + 2 * (dim // n_head) - 2 * max(1, dim // n_head) +
            4, 8 * batch * dim * seq_len + 14 * batch * n_head * seq_len**2 + 20 * batch *
            (dim // n_head) * n_head * seq_len + 14 * batch * max(1, dim // n_head) * n_head *
            seq_len + 4 * batch * seq_len + 24 * dim**2 + 26 * dim + 4 * seq_len**2 + 14 *
            (dim // n_head) - 14 * max(1, dim // n_head), 2 * batch * dim * seq_len + 6 * batch *
            (dim // n_head) * n_head * seq_len + 6 * batch * max(1, dim // n_head) * n_head *
            seq_len + 4 * batch * seq_len + 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 42 *
            dim + 2 * (dim // n_head) * seq_len - 2 * max(1, dim // n_head) * seq_len + 4 *
            (dim // n_head) - 4 * max(1, dim // n_head) + 4, 2 * batch * dim * seq_len + 8 * batch *
            (dim // n_head) * n_head * seq_len + 4 * batch * max(1, dim // n_head) * n_head *
            seq_len + 4 * batch * seq_len + 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 42 *
            dim + 2 * (dim // n_head) * seq_len - 2 * max(1, dim // n_head) * seq_len + 2 *
            (dim // n_head) - 2 * max(1, dim // n_head) + 4)

    if optimizer == 'sgd' and attention == 'sdpa' and dtype == 'float32':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if batch != 1 and batch * n_head != batch: max(20 * batch * dim * seq_len + 8 * batch *
            seq_len + 96 * dim**2 + 96 * dim + 8, 24 * batch * dim * seq_len + 16 * batch * n_head *
            seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8, 28 * batch * dim *
            seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 *
            dim + 8, 36 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch *
            seq_len + 48 * dim**2 + 52 * dim + 4 * seq_len**2, 52 * batch * dim * seq_len + 12 *
            batch * n_head * seq_len**2 + 16 * batch * seq_len + 80 * dim**2 + 72 * dim + 8, 84 *
            batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch * seq_len + 64 *
            dim**2 + 56 * dim + 8)
        if n_head != 1: max(96 * dim**2 + 20 * dim * seq_len + 96 * dim + 8 * seq_len + 8, 64 *
            dim**2 + 92 * dim * seq_len + 56 * dim + 12 * n_head * seq_len**2 + 16 * seq_len + 8, 80
            * dim**2 + 60 * dim * seq_len + 72 * dim + 12 * n_head * seq_len**2 + 16 * seq_len + 8,
            84 * dim**2 + 32 * dim * seq_len + 84 * dim + 16 * n_head * seq_len**2 + 8 * seq_len +
            8, 84 * dim**2 + 36 * dim * seq_len + 84 * dim + 12 * n_head * seq_len**2 + 8 * seq_len
            + 8)
        otherwise: max(20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim +
            8, 32 * batch * dim * seq_len + 16 * batch * seq_len**2 + 8 * batch * seq_len + 84 *
            dim**2 + 84 * dim + 8, 36 * batch * dim * seq_len + 12 * batch * seq_len**2 + 8 * batch
            * seq_len + 84 * dim**2 + 84 * dim + 8, 60 * batch * dim * seq_len + 12 * batch *
            seq_len**2 + 16 * batch * seq_len + 80 * dim**2 + 72 * dim + 8, 92 * batch * dim *
            seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len + 64 * dim**2 + 56 * dim + 8)

    if optimizer == 'sgd_momentum' and attention == 'eager' and dtype == 'bfloat16':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if n_head == dim and batch != 1 and dim != 1 and seq_len != 1: max(72 * n_head**2 + 78 *
            n_head + 2, 10 * batch * n_head * seq_len + 4 * batch * seq_len + 48 * n_head**2 + 48 *
            n_head + 4, 8 * batch * n_head * seq_len**2 + 16 * batch * n_head * seq_len + 4 * batch
            * seq_len + 24 * n_head**2 + 26 * n_head + seq_len**2, 6 * batch * n_head * seq_len**2 +
            26 * batch * n_head * seq_len + 8 * batch * seq_len + 40 * n_head**2 + 36 * n_head +
            seq_len**2 + 4, 6 * batch * n_head * seq_len**2 + 42 * batch * n_head * seq_len + 8 *
            batch * seq_len + 32 * n_head**2 + 28 * n_head + seq_len**2 + 4, 8 * batch * n_head *
            seq_len**2 + 12 * batch * n_head * seq_len + 4 * batch * seq_len + 42 * n_head**2 + 42 *
            n_head + seq_len**2 + 4)
        if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim: max(72 * dim**2 + 78 * dim
            + 2, 10 * batch * dim + 4 * batch + 48 * dim**2 + 48 * dim + 4, 12 * batch * dim + 8 *
            batch * n_head + 4 * batch + 42 * dim**2 + 42 * dim + 5, 14 * batch * dim + 6 * batch *
            n_head + 4 * batch + 42 * dim**2 + 42 * dim + 5, 16 * batch * dim + 8 * batch * n_head +
            4 * batch + 24 * dim**2 + 26 * dim + 1, 26 * batch * dim + 6 * batch * n_head + 8 *
            batch + 40 * dim**2 + 36 * dim + 5, 42 * batch * dim + 6 * batch * n_head + 8 * batch +
            32 * dim**2 + 28 * dim + 5)
        if batch == 1 and n_head > 1 and seq_len != 1: max(72 * dim**2 + 78 * dim + 2, 48 * dim**2 +
            10 * dim * seq_len + 48 * dim + 4 * seq_len + 4, 32 * dim**2 + 42 * dim * seq_len + 28 *
            dim + 6 * n_head * seq_len**2 + seq_len**2 + 8 * seq_len + 4, 40 * dim**2 + 26 * dim *
            seq_len + 36 * dim + 6 * n_head * seq_len**2 + seq_len**2 + 8 * seq_len + 4, 42 * dim**2
            + 12 * dim * seq_len + 42 * dim + 8 * n_head * seq_len**2 + seq_len**2 + 4 * seq_len +
            4, 42 * dim**2 + 14 * dim * seq_len + 42 * dim + 6 * n_head * seq_len**2 + seq_len**2 +
            4 * seq_len + 4)
        if n_head == 1 and seq_len != 1: max(72 * dim**2 + 78 * dim + 2, 10 * batch * dim * seq_len
            + 4 * batch * seq_len + 48 * dim**2 + 48 * dim + 4, 12 * batch * dim * seq_len + 8 *
            batch * seq_len**2 + 4 * batch * seq_len + 42 * dim**2 + 42 * dim + seq_len**2 + 4, 14 *
            batch * dim * seq_len + 6 * batch * seq_len**2 + 4 * batch * seq_len + 42 * dim**2 + 42
            * dim + seq_len**2 + 4, 26 * batch * dim * seq_len + 6 * batch * seq_len**2 + 8 * batch
            * seq_len + 40 * dim**2 + 36 * dim + seq_len**2 + 4, 42 * batch * dim * seq_len + 6 *
            batch * seq_len**2 + 8 * batch * seq_len + 32 * dim**2 + 28 * dim + seq_len**2 + 4)
        otherwise: max(72 * dim**2 + 78 * dim + 2, 10 * batch * dim * seq_len + 4 * batch * seq_len
            + 48 * dim**2 + 48 * dim + 4, 18 * batch * dim * seq_len + 8 * batch * n_head *
            seq_len**2 + 4 * batch * seq_len + 24 * dim**2 + 26 * dim + seq_len**2, 12 * batch * dim
            * seq_len + 8 * batch * n_head * seq_len**2 + 4 * batch * seq_len + 42 * dim**2 + 42 *
            dim + seq_len**2 + 4, 14 * batch * dim * seq_len + 6 * batch * n_head * seq_len**2 + 4 *
            batch * seq_len + 42 * dim**2 + 42 * dim + seq_len**2 + 4, 26 * batch * dim * seq_len +
            6 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 40 * dim**2 + 36 * dim +
            seq_len**2 + 4, 42 * batch * dim * seq_len + 6 * batch * n_head * seq_len**2 + 8 * batch
            * seq_len + 32 * dim**2 + 28 * dim + seq_len**2 + 4)

    if optimizer == 'sgd_momentum' and attention == 'eager' and dtype == 'float32':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if n_head == dim and batch != 1 and dim != 1 and seq_len != 1: max(144 * n_head**2 + 156 *
            n_head + 4, 20 * batch * n_head * seq_len + 8 * batch * seq_len + 96 * n_head**2 + 96 *
            n_head + 8, 16 * batch * n_head * seq_len**2 + 32 * batch * n_head * seq_len + 8 * batch
            * seq_len + 48 * n_head**2 + 52 * n_head + seq_len**2, 12 * batch * n_head * seq_len**2
            + 52 * batch * n_head * seq_len + 16 * batch * seq_len + 80 * n_head**2 + 72 * n_head +
            seq_len**2 + 8, 12 * batch * n_head * seq_len**2 + 84 * batch * n_head * seq_len + 16 *
            batch * seq_len + 64 * n_head**2 + 56 * n_head + seq_len**2 + 8, 16 * batch * n_head *
            seq_len**2 + 24 * batch * n_head * seq_len + 8 * batch * seq_len + 84 * n_head**2 + 84 *
            n_head + seq_len**2 + 8)
        if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim: max(144 * dim**2 + 156 *
            dim + 4, 20 * batch * dim + 8 * batch + 96 * dim**2 + 96 * dim + 8, 24 * batch * dim +
            16 * batch * n_head + 8 * batch + 84 * dim**2 + 84 * dim + 9, 28 * batch * dim + 12 *
            batch * n_head + 8 * batch + 84 * dim**2 + 84 * dim + 9, 32 * batch * dim + 16 * batch *
            n_head + 8 * batch + 48 * dim**2 + 52 * dim + 1, 52 * batch * dim + 12 * batch * n_head
            + 16 * batch + 80 * dim**2 + 72 * dim + 9, 84 * batch * dim + 12 * batch * n_head + 16 *
            batch + 64 * dim**2 + 56 * dim + 9)
        if batch == 1 and seq_len >= 2 and n_head > 1: max(144 * dim**2 + 156 * dim + 4, 96 * dim**2
            + 20 * dim * seq_len + 96 * dim + 8 * seq_len + 8, 64 * dim**2 + 84 * dim * seq_len + 56
            * dim + 12 * n_head * seq_len**2 + seq_len**2 + 16 * seq_len + 8, 80 * dim**2 + 52 * dim
            * seq_len + 72 * dim + 12 * n_head * seq_len**2 + seq_len**2 + 16 * seq_len + 8, 84 *
            dim**2 + 24 * dim * seq_len + 84 * dim + 16 * n_head * seq_len**2 + seq_len**2 + 8 *
            seq_len + 8, 84 * dim**2 + 28 * dim * seq_len + 84 * dim + 12 * n_head * seq_len**2 +
            seq_len**2 + 8 * seq_len + 8)
        if n_head == 1 and seq_len != 1: max(144 * dim**2 + 156 * dim + 4, 20 * batch * dim *
            seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8, 24 * batch * dim * seq_len +
            16 * batch * seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + seq_len**2 + 8,
            28 * batch * dim * seq_len + 12 * batch * seq_len**2 + 8 * batch * seq_len + 84 * dim**2
            + 84 * dim + seq_len**2 + 8, 52 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 *
            batch * seq_len + 80 * dim**2 + 72 * dim + seq_len**2 + 8, 84 * batch * dim * seq_len +
            12 * batch * seq_len**2 + 16 * batch * seq_len + 64 * dim**2 + 56 * dim + seq_len**2 +
            8)
        otherwise: max(144 * dim**2 + 156 * dim + 4, 20 * batch * dim * seq_len + 8 * batch *
            seq_len + 96 * dim**2 + 96 * dim + 8, 36 * batch * dim * seq_len + 16 * batch * n_head *
            seq_len**2 + 8 * batch * seq_len + 48 * dim**2 + 52 * dim + seq_len**2, 24 * batch * dim
            * seq_len + 16 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 *
            dim + seq_len**2 + 8, 28 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 8
            * batch * seq_len + 84 * dim**2 + 84 * dim + seq_len**2 + 8, 52 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2 + 16 * batch * seq_len + 80 * dim**2 + 72 * dim +
            seq_len**2 + 8, 84 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 *
            batch * seq_len + 64 * dim**2 + 56 * dim + seq_len**2 + 8)

    if optimizer == 'sgd_momentum' and attention == 'sdpa' and dtype == 'bfloat16':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim: max(56 * dim**2 + 14 * dim
            * (dim // n_head) * n_head + 2 * dim * max(1, (dim // n_head) * n_head) + 66 * dim + 14
            * (dim // n_head) * n_head - 2 * max(1, (dim // n_head) * n_head) + 2, 2 * batch * dim +
            4 * batch + 40 * dim**2 + 8 * dim * (dim // n_head) * n_head + 46 * dim + 6 *
            (dim // n_head) * n_head + 4, 2 * batch * dim + 20 * batch * (dim // n_head) * n_head +
            4 * batch * n_head + 4 * batch + 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 42 *
            dim + 4, 4 * batch * dim + 6 * batch * (dim // n_head) * n_head + 4 * batch + 40 *
            dim**2 + 8 * dim * (dim // n_head) * n_head + 42 * dim + 6 * (dim // n_head) * n_head +
            4, 8 * batch * dim + 12 * batch * (dim // n_head) * n_head + 14 * batch * max(1,
            dim // n_head) * n_head + 14 * batch * n_head + 4 * batch + 24 * dim**2 + 26 * dim + 14
            * (dim // n_head) - 14 * max(1, dim // n_head) + 4, 18 * batch * dim + 8 * batch *
            (dim // n_head) * n_head + 6 * batch * max(1, dim // n_head) * n_head + 12 * batch *
            n_head + 8 * batch + 40 * dim**2 + 36 * dim + 6 * (dim // n_head) - 6 * max(1,
            dim // n_head) + 4, 34 * batch * dim + 8 * batch * (dim // n_head) * n_head + 6 * batch
            * max(1, dim // n_head) * n_head + 12 * batch * n_head + 8 * batch + 32 * dim**2 + 28 *
            dim + 6 * (dim // n_head) - 6 * max(1, dim // n_head) + 4, 6 * batch * dim + 8 * batch *
            (dim // n_head) * n_head + 6 * batch * max(1, dim // n_head) * n_head + 12 * batch *
            n_head + 4 * batch + 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 42 * dim + 6 *
            (dim // n_head) - 6 * max(1, dim // n_head) + 4, 6 * batch * dim + 12 * batch *
            (dim // n_head) * n_head + 4 * batch * max(1, dim // n_head) * n_head + 16 * batch *
            n_head + 4 * batch + 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 38 * dim + 4 *
            (dim // n_head) * n_head + 4 * (dim // n_head) - 4 * max(1, dim // n_head) + 4, 8 *
            batch * dim + 8 * batch * (dim // n_head) * n_head + 4 * batch * max(1, dim // n_head) *
            n_head + 12 * batch * n_head + 4 * batch + 40 * dim**2 + 2 * dim * (dim // n_head) *
            n_head + 38 * dim + 4 * (dim // n_head) * n_head + 4 * (dim // n_head) - 4 * max(1,
            dim // n_head) + 4)
        if seq_len == 1 and n_head >= 2 and n_head != dim: max(40 * dim**2 + 2 * dim *
            (dim // n_head) * n_head + 44 * dim + 20 * (dim // n_head) * n_head + 16 * n_head + 8,
            40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 46 * dim + 16 * (dim // n_head) *
            n_head + 12 * n_head + 8, 56 * dim**2 + 14 * dim * (dim // n_head) * n_head + 2 * dim *
            max(1, (dim // n_head) * n_head) + 66 * dim + 14 * (dim // n_head) * n_head - 2 * max(1,
            (dim // n_head) * n_head) + 2, 24 * dim**2 + 34 * dim + 24 * (dim // n_head) * n_head +
            2 * max(1, dim // n_head) * n_head + 14 * n_head + 2 * (dim // n_head) - 2 * max(1,
            dim // n_head) + 8, 40 * dim**2 + 54 * dim + 12 * (dim // n_head) * n_head + 2 * max(1,
            dim // n_head) * n_head + 12 * n_head + 2 * (dim // n_head) - 2 * max(1, dim // n_head)
            + 12, 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 44 * dim + 6 * (dim // n_head)
            * n_head + 6 * max(1, dim // n_head) * n_head + 6 * (dim // n_head) - 6 * max(1,
            dim // n_head) + 8, 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 44 * dim + 8 *
            (dim // n_head) * n_head + 4 * max(1, dim // n_head) * n_head + 4 * (dim // n_head) - 4
            * max(1, dim // n_head) + 8, 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 48 * dim
            + 12 * (dim // n_head) * n_head + 2 * max(1, dim // n_head) * n_head + 12 * n_head + 2 *
            (dim // n_head) - 2 * max(1, dim // n_head) + 8)
        if batch == 1 and n_head > 1 and seq_len != 1: max(40 * dim**2 + 8 * dim * (dim // n_head) *
            n_head + 2 * dim * seq_len + 46 * dim + 6 * (dim // n_head) * n_head + 4 * seq_len + 4,
            56 * dim**2 + 14 * dim * (dim // n_head) * n_head + 2 * dim * max(1, (dim // n_head) *
            n_head) + 66 * dim + 14 * (dim // n_head) * n_head - 2 * max(1, (dim // n_head) *
            n_head) + 2, 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 2 * dim * seq_len + 42 *
            dim + 4 * n_head * seq_len**2 + 20 * (dim // n_head) * n_head * seq_len + 4 * seq_len +
            4, 40 * dim**2 + 8 * dim * (dim // n_head) * n_head + 4 * dim * seq_len + 42 * dim + 6 *
            (dim // n_head) * n_head * seq_len + 6 * (dim // n_head) * n_head + 4 * seq_len + 4, 24
            * dim**2 + 8 * dim * seq_len + 26 * dim + 14 * n_head * seq_len**2 + 12 *
            (dim // n_head) * n_head * seq_len + 14 * max(1, dim // n_head) * n_head * seq_len + 4 *
            seq_len**2 + 4 * seq_len + 14 * (dim // n_head) - 14 * max(1, dim // n_head), 32 *
            dim**2 + 34 * dim * seq_len + 28 * dim + 12 * n_head * seq_len**2 + 10 * (dim // n_head)
            * n_head * seq_len + 4 * max(1, dim // n_head) * n_head * seq_len + 8 * seq_len + 4 *
            (dim // n_head) - 4 * max(1, dim // n_head) + 4, 40 * dim**2 + 18 * dim * seq_len + 36 *
            dim + 12 * n_head * seq_len**2 + 10 * (dim // n_head) * n_head * seq_len + 4 * max(1,
            dim // n_head) * n_head * seq_len + 8 * seq_len + 4 * (dim // n_head) - 4 * max(1,
            dim // n_head) + 4, 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 6 * dim * seq_len
            + 42 * dim + 12 * n_head * seq_len**2 + 10 * (dim // n_head) * n_head * seq_len + 4 *
            max(1, dim // n_head) * n_head * seq_len + 4 * seq_len + 4 * (dim // n_head) - 4 *
            max(1, dim // n_head) + 4, 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 2 * dim *
            seq_len + 42 * dim + 6 * (dim // n_head) * n_head * seq_len + 6 * max(1, dim // n_head)
            * n_head * seq_len + 2 * (dim // n_head) * seq_len - 2 * max(1, dim // n_head) * seq_len
            + 4 * seq_len + 4 * (dim // n_head) - 4 * max(1, dim // n_head) + 4, 40 * dim**2 + 2 *
            dim * (dim // n_head) * n_head + 6 * dim * seq_len + 38 * dim + 16 * n_head * seq_len**2
            + 12 * (dim // n_head) * n_head * seq_len + 4 * max(1, dim // n_head) * n_head * seq_len
            + 4 * (dim // n_head) * n_head + 4 * seq_len + 4 * (dim // n_head) - 4 * max(1,
            dim // n_head) + 4, 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 8 * dim * seq_len
            + 38 * dim + 12 * n_head * seq_len**2 + 8 * (dim // n_head) * n_head * seq_len + 4 *
            max(1, dim // n_head) * n_head * seq_len + 4 * (dim // n_head) * n_head + 4 * seq_len +
            4 * (dim // n_head) - 4 * max(1, dim // n_head) + 4)
        if n_head == 1 and seq_len != 1: max(72 * dim**2 + 78 * dim + 2, 10 * batch * dim * seq_len
            + 4 * batch * seq_len + 48 * dim**2 + 48 * dim + 4, 22 * batch * dim * seq_len + 16 *
            batch * seq_len**2 + 4 * batch * seq_len + 42 * dim**2 + 42 * dim + 4, 32 * batch * dim
            * seq_len + 12 * batch * seq_len**2 + 8 * batch * seq_len + 40 * dim**2 + 36 * dim + 4,
            34 * batch * dim * seq_len + 14 * batch * seq_len**2 + 4 * batch * seq_len + 24 * dim**2
            + 26 * dim + 4 * seq_len**2, 48 * batch * dim * seq_len + 12 * batch * seq_len**2 + 8 *
            batch * seq_len + 32 * dim**2 + 28 * dim + 4)
        otherwise: max(56 * dim**2 + 14 * dim * (dim // n_head) * n_head + 2 * dim * max(1,
            (dim // n_head) * n_head) + 66 * dim + 14 * (dim // n_head) * n_head - 2 * max(1,
            (dim // n_head) * n_head) + 2, 2 * batch * dim * seq_len + 4 * batch * seq_len + 40 *
            dim**2 + 8 * dim * (dim // n_head) * n_head + 46 * dim + 6 * (dim // n_head) * n_head +
            4, 18 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 14 * batch *
            (dim // n_head) * n_head * seq_len + 8 * batch * seq_len + 40 * dim**2 + 36 * dim + 4,
            34 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 14 * batch *
            (dim // n_head) * n_head * seq_len + 8 * batch * seq_len + 32 * dim**2 + 28 * dim + 4, 2
            * batch * dim * seq_len + 16 * batch * n_head * seq_len**2 + 20 * batch *
            (dim // n_head) * n_head * seq_len + 4 * batch * seq_len + 40 * dim**2 + 2 * dim *
            (dim // n_head) * n_head + 42 * dim + 4, 4 * batch * dim * seq_len + 6 * batch *
            (dim // n_head) * n_head * seq_len + 4 * batch * seq_len + 40 * dim**2 + 8 * dim *
            (dim // n_head) * n_head + 42 * dim + 6 * (dim // n_head) * n_head + 4, 6 * batch * dim
            * seq_len + 12 * batch * n_head * seq_len**2 + 14 * batch * (dim // n_head) * n_head *
            seq_len + 4 * batch * seq_len + 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 42 *
            dim + 4, 6 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch *
            (dim // n_head) * n_head * seq_len + 4 * batch * seq_len + 40 * dim**2 + 2 * dim *
            (dim // n_head) * n_head + 38 * dim + 4 * (dim // n_head) * n_head + 4, 8 * batch * dim
            * seq_len + 12 * batch * n_head * seq_len**2 + 12 * batch * (dim // n_head) * n_head *
            seq_len + 4 * batch * seq_len + 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 38 *
            dim + 4 * (dim // n_head) * n_head + 4, 2 * batch * dim * seq_len + 12 * batch *
            (dim // n_head) * n_head * seq_len + 2 * batch * max(1, dim // n_head) * n_head *
            seq_len + 4 * batch * seq_len + 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 42 *
            dim + 2 * (dim // n_head) - 2 * max(1, dim // n_head) + 4, 8 * batch * dim * seq_len +
            14 * batch * n_head * seq_len**2 + 20 * batch * (dim // n_head) * n_head * seq_len + 14
            * batch * max(1, dim // n_head) * n_head * seq_len + 4 * batch * seq_len + 24 * dim**2 +
            26 * dim + 4 * seq_len**2 + 14 * (dim // n_head) - 14 * max(1, dim // n_head), 2 * batch
            * dim * seq_len + 6 * batch * (dim // n_head) * n_head * seq_len + 6 * batch * max(1,
            dim // n_head) * n_head * seq_len + 4 * batch * seq_len + 40 * dim**2 + 2 * dim *
            (dim // n_head) * n_head + 42 * dim + 2 * (dim // n_head) * seq_len - 2 * max(1,
            dim // n_head) * seq_len + 4 * (dim // n_head) - 4 * max(1, dim // n_head) + 4, 2 *
            batch * dim * seq_len + 8 * batch * (dim // n_head) * n_head * seq_len + 4 * batch *
            max(1, dim // n_head) * n_head * seq_len + 4 * batch * seq_len + 40 * dim**2 + 2 * dim *
            (dim // n_head) * n_head + 42 * dim + 2 * (dim // n_head) * seq_len - 2 * max(1,
            dim // n_head) * seq_len + 2 * (dim // n_head) - 2 * max(1, dim // n_head) + 4)

    if optimizer == 'sgd_momentum' and attention == 'sdpa' and dtype == 'float32':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if (batch == 1 and n_head != 1 and n_head != dim) or (batch == 1 and n_head != 1 and seq_len
            != 1) or (batch == 1 and n_head == dim and dim != 1 and seq_len != 1): max(144 * dim**2
            + 156 * dim + 4, 96 * dim**2 + 20 * dim * seq_len + 96 * dim + 8 * seq_len + 8, 64 *
            dim**2 + 92 * dim * seq_len + 56 * dim + 12 * n_head * seq_len**2 + 16 * seq_len + 8, 80
            * dim**2 + 60 * dim * seq_len + 72 * dim + 12 * n_head * seq_len**2 + 16 * seq_len + 8,
            84 * dim**2 + 32 * dim * seq_len + 84 * dim + 16 * n_head * seq_len**2 + 8 * seq_len +
            8, 84 * dim**2 + 36 * dim * seq_len + 84 * dim + 12 * n_head * seq_len**2 + 8 * seq_len
            + 8)
        if n_head == 1 and batch * seq_len >= 2: max(144 * dim**2 + 156 * dim + 4, 20 * batch * dim
            * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8, 32 * batch * dim * seq_len
            + 16 * batch * seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8, 36 * batch
            * dim * seq_len + 12 * batch * seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 * dim
            + 8, 60 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len + 80 *
            dim**2 + 72 * dim + 8, 92 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 * batch
            * seq_len + 64 * dim**2 + 56 * dim + 8)
        otherwise: max(144 * dim**2 + 156 * dim + 4, 20 * batch * dim * seq_len + 8 * batch *
            seq_len + 96 * dim**2 + 96 * dim + 8, 24 * batch * dim * seq_len + 16 * batch * n_head *
            seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8, 28 * batch * dim *
            seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 *
            dim + 8, 36 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch *
            seq_len + 48 * dim**2 + 52 * dim + 4 * seq_len**2, 52 * batch * dim * seq_len + 12 *
            batch * n_head * seq_len**2 + 16 * batch * seq_len + 80 * dim**2 + 72 * dim + 8, 84 *
            batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch * seq_len + 64 *
            dim**2 + 56 * dim + 8)

    if optimizer in ('adam', 'adamw') and attention == 'eager' and dtype == 'bfloat16':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if n_head == dim and batch != 1 and dim != 1 and seq_len != 1: max(112 * n_head**2 + 112 *
            n_head + 50, 10 * batch * n_head * seq_len + 4 * batch * seq_len + 48 * n_head**2 + 48 *
            n_head + 4, 8 * batch * n_head * seq_len**2 + 16 * batch * n_head * seq_len + 4 * batch
            * seq_len + 24 * n_head**2 + 26 * n_head + seq_len**2, 6 * batch * n_head * seq_len**2 +
            26 * batch * n_head * seq_len + 8 * batch * seq_len + 40 * n_head**2 + 36 * n_head +
            seq_len**2 + 4, 6 * batch * n_head * seq_len**2 + 42 * batch * n_head * seq_len + 8 *
            batch * seq_len + 32 * n_head**2 + 28 * n_head + seq_len**2 + 4, 8 * batch * n_head *
            seq_len**2 + 12 * batch * n_head * seq_len + 4 * batch * seq_len + 42 * n_head**2 + 42 *
            n_head + seq_len**2 + 4)
        if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim: max(112 * dim**2 + 112 *
            dim + 50, 10 * batch * dim + 4 * batch + 48 * dim**2 + 48 * dim + 4, 12 * batch * dim +
            8 * batch * n_head + 4 * batch + 42 * dim**2 + 42 * dim + 5, 14 * batch * dim + 6 *
            batch * n_head + 4 * batch + 42 * dim**2 + 42 * dim + 5, 16 * batch * dim + 8 * batch *
            n_head + 4 * batch + 24 * dim**2 + 26 * dim + 1, 26 * batch * dim + 6 * batch * n_head +
            8 * batch + 40 * dim**2 + 36 * dim + 5, 42 * batch * dim + 6 * batch * n_head + 8 *
            batch + 32 * dim**2 + 28 * dim + 5)
        if batch == 1 and n_head > 1 and seq_len != 1: max(112 * dim**2 + 112 * dim + 50, 48 *
            dim**2 + 10 * dim * seq_len + 48 * dim + 4 * seq_len + 4, 32 * dim**2 + 42 * dim *
            seq_len + 28 * dim + 6 * n_head * seq_len**2 + seq_len**2 + 8 * seq_len + 4, 40 * dim**2
            + 26 * dim * seq_len + 36 * dim + 6 * n_head * seq_len**2 + seq_len**2 + 8 * seq_len +
            4, 42 * dim**2 + 12 * dim * seq_len + 42 * dim + 8 * n_head * seq_len**2 + seq_len**2 +
            4 * seq_len + 4, 42 * dim**2 + 14 * dim * seq_len + 42 * dim + 6 * n_head * seq_len**2 +
            seq_len**2 + 4 * seq_len + 4)
        if n_head == 1 and seq_len != 1: max(112 * dim**2 + 112 * dim + 50, 10 * batch * dim *
            seq_len + 4 * batch * seq_len + 48 * dim**2 + 48 * dim + 4, 12 * batch * dim * seq_len +
            8 * batch * seq_len**2 + 4 * batch * seq_len + 42 * dim**2 + 42 * dim + seq_len**2 + 4,
            14 * batch * dim * seq_len + 6 * batch * seq_len**2 + 4 * batch * seq_len + 42 * dim**2
            + 42 * dim + seq_len**2 + 4, 26 * batch * dim * seq_len + 6 * batch * seq_len**2 + 8 *
            batch * seq_len + 40 * dim**2 + 36 * dim + seq_len**2 + 4, 42 * batch * dim * seq_len +
            6 * batch * seq_len**2 + 8 * batch * seq_len + 32 * dim**2 + 28 * dim + seq_len**2 + 4)
        otherwise: max(112 * dim**2 + 112 * dim + 50, 10 * batch * dim * seq_len + 4 * batch *
            seq_len + 48 * dim**2 + 48 * dim + 4, 18 * batch * dim * seq_len + 8 * batch * n_head *
            seq_len**2 + 4 * batch * seq_len + 24 * dim**2 + 26 * dim + seq_len**2, 12 * batch * dim
            * seq_len + 8 * batch * n_head * seq_len**2 + 4 * batch * seq_len + 42 * dim**2 + 42 *
            dim + seq_len**2 + 4, 14 * batch * dim * seq_len + 6 * batch * n_head * seq_len**2 + 4 *
            batch * seq_len + 42 * dim**2 + 42 * dim + seq_len**2 + 4, 26 * batch * dim * seq_len +
            6 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 40 * dim**2 + 36 * dim +
            seq_len**2 + 4, 42 * batch * dim * seq_len + 6 * batch * n_head * seq_len**2 + 8 * batch
            * seq_len + 32 * dim**2 + 28 * dim + seq_len**2 + 4)

    if optimizer in ('adam', 'adamw') and attention == 'eager' and dtype == 'float32':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if n_head == dim and batch != 1 and dim != 1 and seq_len != 1: max(224 * n_head**2 + 224 *
            n_head + 52, 20 * batch * n_head * seq_len + 8 * batch * seq_len + 96 * n_head**2 + 96 *
            n_head + 8, 16 * batch * n_head * seq_len**2 + 32 * batch * n_head * seq_len + 8 * batch
            * seq_len + 48 * n_head**2 + 52 * n_head + seq_len**2, 12 * batch * n_head * seq_len**2
            + 52 * batch * n_head * seq_len + 16 * batch * seq_len + 80 * n_head**2 + 72 * n_head +
            seq_len**2 + 8, 12 * batch * n_head * seq_len**2 + 84 * batch * n_head * seq_len + 16 *
            batch * seq_len + 64 * n_head**2 + 56 * n_head + seq_len**2 + 8, 16 * batch * n_head *
            seq_len**2 + 24 * batch * n_head * seq_len + 8 * batch * seq_len + 84 * n_head**2 + 84 *
            n_head + seq_len**2 + 8)
        if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim: max(224 * dim**2 + 224 *
            dim + 52, 20 * batch * dim + 8 * batch + 96 * dim**2 + 96 * dim + 8, 24 * batch * dim +
            16 * batch * n_head + 8 * batch + 84 * dim**2 + 84 * dim + 9, 28 * batch * dim + 12 *
            batch * n_head + 8 * batch + 84 * dim**2 + 84 * dim + 9, 32 * batch * dim + 16 * batch *
            n_head + 8 * batch + 48 * dim**2 + 52 * dim + 1, 52 * batch * dim + 12 * batch * n_head
            + 16 * batch + 80 * dim**2 + 72 * dim + 9, 84 * batch * dim + 12 * batch * n_head + 16 *
            batch + 64 * dim**2 + 56 * dim + 9)
        if batch == 1 and seq_len >= 2 and n_head > 1: max(224 * dim**2 + 224 * dim + 52, 96 *
            dim**2 + 20 * dim * seq_len + 96 * dim + 8 * seq_len + 8, 64 * dim**2 + 84 * dim *
            seq_len + 56 * dim + 12 * n_head * seq_len**2 + seq_len**2 + 16 * seq_len + 8, 80 *
            dim**2 + 52 * dim * seq_len + 72 * dim + 12 * n_head * seq_len**2 + seq_len**2 + 16 *
            seq_len + 8, 84 * dim**2 + 24 * dim * seq_len + 84 * dim + 16 * n_head * seq_len**2 +
            seq_len**2 + 8 * seq_len + 8, 84 * dim**2 + 28 * dim * seq_len + 84 * dim + 12 * n_head
            * seq_len**2 + seq_len**2 + 8 * seq_len + 8)
        if n_head == 1 and seq_len != 1: max(224 * dim**2 + 224 * dim + 52, 20 * batch * dim *
            seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8, 24 * batch * dim * seq_len +
            16 * batch * seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + seq_len**2 + 8,
            28 * batch * dim * seq_len + 12 * batch * seq_len**2 + 8 * batch * seq_len + 84 * dim**2
            + 84 * dim + seq_len**2 + 8, 52 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 *
            batch * seq_len + 80 * dim**2 + 72 * dim + seq_len**2 + 8, 84 * batch * dim * seq_len +
            12 * batch * seq_len**2 + 16 * batch * seq_len + 64 * dim**2 + 56 * dim + seq_len**2 +
            8)
        otherwise: max(224 * dim**2 + 224 * dim + 52, 20 * batch * dim * seq_len + 8 * batch *
            seq_len + 96 * dim**2 + 96 * dim + 8, 36 * batch * dim * seq_len + 16 * batch * n_head *
            seq_len**2 + 8 * batch * seq_len + 48 * dim**2 + 52 * dim + seq_len**2, 24 * batch * dim
            * seq_len + 16 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 *
            dim + seq_len**2 + 8, 28 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 8
            * batch * seq_len + 84 * dim**2 + 84 * dim + seq_len**2 + 8, 52 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2 + 16 * batch * seq_len + 80 * dim**2 + 72 * dim +
            seq_len**2 + 8, 84 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 *
            batch * seq_len + 64 * dim**2 + 56 * dim + seq_len**2 + 8)

    if optimizer in ('adam', 'adamw') and attention == 'sdpa' and dtype == 'bfloat16':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim: max(104 * dim**2 + 8 * dim
            * (dim // n_head) * n_head + 106 * dim + 6 * (dim // n_head) * n_head + 50, 2 * batch *
            dim + 4 * batch + 40 * dim**2 + 8 * dim * (dim // n_head) * n_head + 46 * dim + 6 *
            (dim // n_head) * n_head + 4, 2 * batch * dim + 20 * batch * (dim // n_head) * n_head +
            4 * batch * n_head + 4 * batch + 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 42 *
            dim + 4, 4 * batch * dim + 6 * batch * (dim // n_head) * n_head + 4 * batch + 40 *
            dim**2 + 8 * dim * (dim // n_head) * n_head + 42 * dim + 6 * (dim // n_head) * n_head +
            4, 8 * batch * dim + 12 * batch * (dim // n_head) * n_head + 14 * batch * max(1,
            dim // n_head) * n_head + 14 * batch * n_head + 4 * batch + 24 * dim**2 + 26 * dim + 14
            * (dim // n_head) - 14 * max(1, dim // n_head) + 4, 18 * batch * dim + 8 * batch *
            (dim // n_head) * n_head + 6 * batch * max(1, dim // n_head) * n_head + 12 * batch *
            n_head + 8 * batch + 40 * dim**2 + 36 * dim + 6 * (dim // n_head) - 6 * max(1,
            dim // n_head) + 4, 34 * batch * dim + 8 * batch * (dim // n_head) * n_head + 6 * batch
            * max(1, dim // n_head) * n_head + 12 * batch * n_head + 8 * batch + 32 * dim**2 + 28 *
            dim + 6 * (dim // n_head) - 6 * max(1, dim // n_head) + 4, 6 * batch * dim + 8 * batch *
            (dim // n_head) * n_head + 6 * batch * max(1, dim // n_head) * n_head + 12 * batch *
            n_head + 4 * batch + 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 42 * dim + 6 *
            (dim // n_head) - 6 * max(1, dim // n_head) + 4, 6 * batch * dim + 12 * batch *
            (dim // n_head) * n_head + 4 * batch * max(1, dim // n_head) * n_head + 16 * batch *
            n_head + 4 * batch + 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 38 * dim + 4 *
            (dim // n_head) * n_head + 4 * (dim // n_head) - 4 * max(1, dim // n_head) + 4, 8 *
            batch * dim + 8 * batch * (dim // n_head) * n_head + 4 * batch * max(1, dim // n_head) *
            n_head + 12 * batch * n_head + 4 * batch + 40 * dim**2 + 2 * dim * (dim // n_head) *
            n_head + 38 * dim + 4 * (dim // n_head) * n_head + 4 * (dim // n_head) - 4 * max(1,
            dim // n_head) + 4)
        if seq_len == 1 and n_head >= 2 and n_head != dim: max(40 * dim**2 + 8 * dim *
            (dim // n_head) * n_head + 46 * dim + 12 * (dim // n_head) * n_head + 8, 104 * dim**2 +
            8 * dim * (dim // n_head) * n_head + 106 * dim + 6 * (dim // n_head) * n_head + 50, 40 *
            dim**2 + 2 * dim * (dim // n_head) * n_head + 44 * dim + 20 * (dim // n_head) * n_head +
            16 * n_head + 8, 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 46 * dim + 16 *
            (dim // n_head) * n_head + 12 * n_head + 8, 24 * dim**2 + 34 * dim + 24 *
            (dim // n_head) * n_head + 2 * max(1, dim // n_head) * n_head + 14 * n_head + 2 *
            (dim // n_head) - 2 * max(1, dim // n_head) + 8, 40 * dim**2 + 54 * dim + 12 *
            (dim // n_head) * n_head + 2 * max(1, dim // n_head) * n_head + 12 * n_head + 2 *
            (dim // n_head) - 2 * max(1, dim // n_head) + 12, 40 * dim**2 + 2 * dim *
            (dim // n_head) * n_head + 44 * dim + 6 * (dim // n_head) * n_head + 6 * max(1,
            dim // n_head) * n_head + 6 * (dim // n_head) - 6 * max(1, dim // n_head) + 8, 40 *
            dim**2 + 2 * dim * (dim // n_head) * n_head + 44 * dim + 8 * (dim // n_head) * n_head +
            4 * max(1, dim // n_head) * n_head + 4 * (dim // n_head) - 4 * max(1, dim // n_head) +
            8, 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 48 * dim + 12 * (dim // n_head) *
            n_head + 2 * max(1, dim // n_head) * n_head + 12 * n_head + 2 * (dim // n_head) - 2 *
            max(1, dim // n_head) + 8)
        if batch == 1 and n_head > 1 and seq_len != 1: max(104 * dim**2 + 8 * dim * (dim // n_head)
            * n_head + 106 * dim + 6 * (dim // n_head) * n_head + 50, 40 * dim**2 + 8 * dim *
            (dim // n_head) * n_head + 2 * dim * seq_len + 46 * dim + 6 * (dim // n_head) * n_head +
            4 * seq_len + 4, 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 2 * dim * seq_len +
            42 * dim + 4 * n_head * seq_len**2 + 20 * (dim // n_head) * n_head * seq_len + 4 *
            seq_len + 4, 40 * dim**2 + 8 * dim * (dim // n_head) * n_head + 4 * dim * seq_len + 42 *
            dim + 6 * (dim // n_head) * n_head * seq_len + 6 * (dim // n_head) * n_head + 4 *
            seq_len + 4, 24 * dim**2 + 8 * dim * seq_len + 26 * dim + 14 * n_head * seq_len**2 + 12
            * (dim // n_head) * n_head * seq_len + 14 * max(1, dim // n_head) * n_head * seq_len + 4
            * seq_len**2 + 4 * seq_len + 14 * (dim // n_head) - 14 * max(1, dim // n_head), 32 *
            dim**2 + 34 * dim * seq_len + 28 * dim + 12 * n_head * seq_len**2 + 10 * (dim // n_head)
            * n_head * seq_len + 4 * max(1, dim // n_head) * n_head * seq_len + 8 * seq_len + 4 *
            (dim // n_head) - 4 * max(1, dim // n_head) + 4, 40 * dim**2 + 18 * dim * seq_len + 36 *
            dim + 12 * n_head * seq_len**2 + 10 * (dim // n_head) * n_head * seq_len + 4 * max(1,
            dim // n_head) * n_head * seq_len + 8 * seq_len + 4 * (dim // n_head) - 4 * max(1,
            dim // n_head) + 4, 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 6 * dim * seq_len
            + 42 * dim + 12 * n_head * seq_len**2 + 10 * (dim // n_head) * n_head * seq_len + 4 *
            max(1, dim // n_head) * n_head * seq_len + 4 * seq_len + 4 * (dim // n_head) - 4 *
            max(1, dim // n_head) + 4, 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 2 * dim *
            seq_len + 42 * dim + 6 * (dim // n_head) * n_head * seq_len + 6 * max(1, dim // n_head)
            * n_head * seq_len + 2 * (dim // n_head) * seq_len - 2 * max(1, dim // n_head) * seq_len
            + 4 * seq_len + 4 * (dim // n_head) - 4 * max(1, dim // n_head) + 4, 40 * dim**2 + 2 *
            dim * (dim // n_head) * n_head + 6 * dim * seq_len + 38 * dim + 16 * n_head * seq_len**2
            + 12 * (dim // n_head) * n_head * seq_len + 4 * max(1, dim // n_head) * n_head * seq_len
            + 4 * (dim // n_head) * n_head + 4 * seq_len + 4 * (dim // n_head) - 4 * max(1,
            dim // n_head) + 4, 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 8 * dim * seq_len
            + 38 * dim + 12 * n_head * seq_len**2 + 8 * (dim // n_head) * n_head * seq_len + 4 *
            max(1, dim // n_head) * n_head * seq_len + 4 * (dim // n_head) * n_head + 4 * seq_len +
            4 * (dim // n_head) - 4 * max(1, dim // n_head) + 4)
        if n_head == 1 and seq_len != 1: max(112 * dim**2 + 112 * dim + 50, 10 * batch * dim *
            seq_len + 4 * batch * seq_len + 48 * dim**2 + 48 * dim + 4, 22 * batch * dim * seq_len +
            16 * batch * seq_len**2 + 4 * batch * seq_len + 42 * dim**2 + 42 * dim + 4, 32 * batch *
            dim * seq_len + 12 * batch * seq_len**2 + 8 * batch * seq_len + 40 * dim**2 + 36 * dim +
            4, 34 * batch * dim * seq_len + 14 * batch * seq_len**2 + 4 * batch * seq_len + 24 *
            dim**2 + 26 * dim + 4 * seq_len**2, 48 * batch * dim * seq_len + 12 * batch * seq_len**2
            + 8 * batch * seq_len + 32 * dim**2 + 28 * dim + 4)
        otherwise: max(104 * dim**2 + 8 * dim * (dim // n_head) * n_head + 106 * dim + 6 *
            (dim // n_head) * n_head + 50, 2 * batch * dim * seq_len + 4 * batch * seq_len + 40 *
            dim**2 + 8 * dim * (dim // n_head) * n_head + 46 * dim + 6 * (dim // n_head) * n_head +
            4, 18 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 14 * batch *
            (dim // n_head) * n_head * seq_len + 8 * batch * seq_len + 40 * dim**2 + 36 * dim + 4,
            34 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 14 * batch *
            (dim // n_head) * n_head * seq_len + 8 * batch * seq_len + 32 * dim**2 + 28 * dim + 4, 2
            * batch * dim * seq_len + 16 * batch * n_head * seq_len**2 + 20 * batch *
            (dim // n_head) * n_head * seq_len + 4 * batch * seq_len + 40 * dim**2 + 2 * dim *
            (dim // n_head) * n_head + 42 * dim + 4, 4 * batch * dim * seq_len + 6 * batch *
            (dim // n_head) * n_head * seq_len + 4 * batch * seq_len + 40 * dim**2 + 8 * dim *
            (dim // n_head) * n_head + 42 * dim + 6 * (dim // n_head) * n_head + 4, 6 * batch * dim
            * seq_len + 12 * batch * n_head * seq_len**2 + 14 * batch * (dim // n_head) * n_head *
            seq_len + 4 * batch * seq_len + 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 42 *
            dim + 4, 6 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch *
            (dim // n_head) * n_head * seq_len + 4 * batch * seq_len + 40 * dim**2 + 2 * dim *
            (dim // n_head) * n_head + 38 * dim + 4 * (dim // n_head) * n_head + 4, 8 * batch * dim
            * seq_len + 12 * batch * n_head * seq_len**2 + 12 * batch * (dim // n_head) * n_head *
            seq_len + 4 * batch * seq_len + 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 38 *
            dim + 4 * (dim // n_head) * n_head + 4, 2 * batch * dim * seq_len + 12 * batch *
            (dim // n_head) * n_head * seq_len + 2 * batch * max(1, dim // n_head) * n_head *
            seq_len + 4 * batch * seq_len + 40 * dim**2 + 2 * dim * (dim // n_head) * n_head + 42 *
            dim + 2 * (dim // n_head) - 2 * max(1, dim // n_head) + 4, 8 * batch * dim * seq_len +
            14 * batch * n_head * seq_len**2 + 20 * batch * (dim // n_head) * n_head * seq_len + 14
            * batch * max(1, dim // n_head) * n_head * seq_len + 4 * batch * seq_len + 24 * dim**2 +
            26 * dim + 4 * seq_len**2 + 14 * (dim // n_head) - 14 * max(1, dim // n_head), 2 * batch
            * dim * seq_len + 6 * batch * (dim // n_head) * n_head * seq_len + 6 * batch * max(1,
            dim // n_head) * n_head * seq_len + 4 * batch * seq_len + 40 * dim**2 + 2 * dim *
            (dim // n_head) * n_head + 42 * dim + 2 * (dim // n_head) * seq_len - 2 * max(1,
            dim // n_head) * seq_len + 4 * (dim // n_head) - 4 * max(1, dim // n_head) + 4, 2 *
            batch * dim * seq_len + 8 * batch * (dim // n_head) * n_head * seq_len + 4 * batch *
            max(1, dim // n_head) * n_head * seq_len + 4 * batch * seq_len + 40 * dim**2 + 2 * dim *
            (dim // n_head) * n_head + 42 * dim + 2 * (dim // n_head) * seq_len - 2 * max(1,
            dim // n_head) * seq_len + 2 * (dim // n_head) - 2 * max(1, dim // n_head) + 4)

    if optimizer in ('adam', 'adamw') and attention == 'sdpa' and dtype == 'float32':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if (batch == 1 and n_head != 1 and n_head != dim) or (batch == 1 and n_head != 1 and seq_len
            != 1) or (batch == 1 and n_head == dim and dim != 1 and seq_len != 1): max(224 * dim**2
            + 224 * dim + 52, 96 * dim**2 + 20 * dim * seq_len + 96 * dim + 8 * seq_len + 8, 64 *
            dim**2 + 92 * dim * seq_len + 56 * dim + 12 * n_head * seq_len**2 + 16 * seq_len + 8, 80
            * dim**2 + 60 * dim * seq_len + 72 * dim + 12 * n_head * seq_len**2 + 16 * seq_len + 8,
            84 * dim**2 + 32 * dim * seq_len + 84 * dim + 16 * n_head * seq_len**2 + 8 * seq_len +
            8, 84 * dim**2 + 36 * dim * seq_len + 84 * dim + 12 * n_head * seq_len**2 + 8 * seq_len
            + 8)
        if n_head == 1 and batch * seq_len >= 2: max(224 * dim**2 + 224 * dim + 52, 20 * batch * dim
            * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8, 32 * batch * dim * seq_len
            + 16 * batch * seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8, 36 * batch
            * dim * seq_len + 12 * batch * seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 * dim
            + 8, 60 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 * batch * seq_len + 80 *
            dim**2 + 72 * dim + 8, 92 * batch * dim * seq_len + 12 * batch * seq_len**2 + 16 * batch
            * seq_len + 64 * dim**2 + 56 * dim + 8)
        otherwise: max(224 * dim**2 + 224 * dim + 52, 20 * batch * dim * seq_len + 8 * batch *
            seq_len + 96 * dim**2 + 96 * dim + 8, 24 * batch * dim * seq_len + 16 * batch * n_head *
            seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 * dim + 8, 28 * batch * dim *
            seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch * seq_len + 84 * dim**2 + 84 *
            dim + 8, 36 * batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 8 * batch *
            seq_len + 48 * dim**2 + 52 * dim + 4 * seq_len**2, 52 * batch * dim * seq_len + 12 *
            batch * n_head * seq_len**2 + 16 * batch * seq_len + 80 * dim**2 + 72 * dim + 8, 84 *
            batch * dim * seq_len + 12 * batch * n_head * seq_len**2 + 16 * batch * seq_len + 64 *
            dim**2 + 56 * dim + 8)
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
        and type(attention) is str
        and attention in ("eager", "sdpa")
        and type(dtype) is str
        and dtype in ("bfloat16", "float32")
    ):
        return again(transformer_gpt_layer_peak_bytes, KEY, _DOMAIN, locals())
    dim_div_n_head = dim // n_head
    if optimizer == "sgd" and attention == "eager" and dtype == "bfloat16":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if n_head == dim and batch != 1 and dim != 1 and seq_len != 1:
            return max(
                10 * batch * n_head * seq_len
                + 4 * batch * seq_len
                + 48 * n_head**2
                + 48 * n_head
                + 4,
                8 * batch * n_head * seq_len**2
                + 16 * batch * n_head * seq_len
                + 4 * batch * seq_len
                + 24 * n_head**2
                + 26 * n_head
                + seq_len**2,
                6 * batch * n_head * seq_len**2
                + 26 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 40 * n_head**2
                + 36 * n_head
                + seq_len**2
                + 4,
                6 * batch * n_head * seq_len**2
                + 42 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 32 * n_head**2
                + 28 * n_head
                + seq_len**2
                + 4,
                8 * batch * n_head * seq_len**2
                + 12 * batch * n_head * seq_len
                + 4 * batch * seq_len
                + 42 * n_head**2
                + 42 * n_head
                + seq_len**2
                + 4,
            )
        if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim:
            return max(
                10 * batch * dim + 4 * batch + 48 * dim**2 + 48 * dim + 4,
                12 * batch * dim + 8 * batch * n_head + 4 * batch + 42 * dim**2 + 42 * dim + 5,
                14 * batch * dim + 6 * batch * n_head + 4 * batch + 42 * dim**2 + 42 * dim + 5,
                16 * batch * dim + 8 * batch * n_head + 4 * batch + 24 * dim**2 + 26 * dim + 1,
                26 * batch * dim + 6 * batch * n_head + 8 * batch + 40 * dim**2 + 36 * dim + 5,
                42 * batch * dim + 6 * batch * n_head + 8 * batch + 32 * dim**2 + 28 * dim + 5,
            )
        if batch == 1 and n_head > 1 and seq_len != 1:
            return max(
                48 * dim**2 + 10 * dim * seq_len + 48 * dim + 4 * seq_len + 4,
                32 * dim**2
                + 42 * dim * seq_len
                + 28 * dim
                + 6 * n_head * seq_len**2
                + seq_len**2
                + 8 * seq_len
                + 4,
                40 * dim**2
                + 26 * dim * seq_len
                + 36 * dim
                + 6 * n_head * seq_len**2
                + seq_len**2
                + 8 * seq_len
                + 4,
                42 * dim**2
                + 12 * dim * seq_len
                + 42 * dim
                + 8 * n_head * seq_len**2
                + seq_len**2
                + 4 * seq_len
                + 4,
                42 * dim**2
                + 14 * dim * seq_len
                + 42 * dim
                + 6 * n_head * seq_len**2
                + seq_len**2
                + 4 * seq_len
                + 4,
            )
        if n_head == 1 and seq_len != 1:
            return max(
                10 * batch * dim * seq_len + 4 * batch * seq_len + 48 * dim**2 + 48 * dim + 4,
                12 * batch * dim * seq_len
                + 8 * batch * seq_len**2
                + 4 * batch * seq_len
                + 42 * dim**2
                + 42 * dim
                + seq_len**2
                + 4,
                14 * batch * dim * seq_len
                + 6 * batch * seq_len**2
                + 4 * batch * seq_len
                + 42 * dim**2
                + 42 * dim
                + seq_len**2
                + 4,
                26 * batch * dim * seq_len
                + 6 * batch * seq_len**2
                + 8 * batch * seq_len
                + 40 * dim**2
                + 36 * dim
                + seq_len**2
                + 4,
                42 * batch * dim * seq_len
                + 6 * batch * seq_len**2
                + 8 * batch * seq_len
                + 32 * dim**2
                + 28 * dim
                + seq_len**2
                + 4,
            )
        return max(
            10 * batch * dim * seq_len + 4 * batch * seq_len + 48 * dim**2 + 48 * dim + 4,
            18 * batch * dim * seq_len
            + 8 * batch * n_head * seq_len**2
            + 4 * batch * seq_len
            + 24 * dim**2
            + 26 * dim
            + seq_len**2,
            12 * batch * dim * seq_len
            + 8 * batch * n_head * seq_len**2
            + 4 * batch * seq_len
            + 42 * dim**2
            + 42 * dim
            + seq_len**2
            + 4,
            14 * batch * dim * seq_len
            + 6 * batch * n_head * seq_len**2
            + 4 * batch * seq_len
            + 42 * dim**2
            + 42 * dim
            + seq_len**2
            + 4,
            26 * batch * dim * seq_len
            + 6 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 40 * dim**2
            + 36 * dim
            + seq_len**2
            + 4,
            42 * batch * dim * seq_len
            + 6 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 32 * dim**2
            + 28 * dim
            + seq_len**2
            + 4,
        )
    if optimizer == "sgd" and attention == "eager" and dtype == "float32":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if n_head == dim and batch != 1 and dim != 1 and seq_len != 1:
            return max(
                20 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 96 * n_head**2
                + 96 * n_head
                + 8,
                16 * batch * n_head * seq_len**2
                + 32 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 48 * n_head**2
                + 52 * n_head
                + seq_len**2,
                12 * batch * n_head * seq_len**2
                + 52 * batch * n_head * seq_len
                + 16 * batch * seq_len
                + 80 * n_head**2
                + 72 * n_head
                + seq_len**2
                + 8,
                12 * batch * n_head * seq_len**2
                + 84 * batch * n_head * seq_len
                + 16 * batch * seq_len
                + 64 * n_head**2
                + 56 * n_head
                + seq_len**2
                + 8,
                16 * batch * n_head * seq_len**2
                + 24 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 84 * n_head**2
                + 84 * n_head
                + seq_len**2
                + 8,
            )
        if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim:
            return max(
                20 * batch * dim + 8 * batch + 96 * dim**2 + 96 * dim + 8,
                24 * batch * dim + 16 * batch * n_head + 8 * batch + 84 * dim**2 + 84 * dim + 9,
                28 * batch * dim + 12 * batch * n_head + 8 * batch + 84 * dim**2 + 84 * dim + 9,
                32 * batch * dim + 16 * batch * n_head + 8 * batch + 48 * dim**2 + 52 * dim + 1,
                52 * batch * dim + 12 * batch * n_head + 16 * batch + 80 * dim**2 + 72 * dim + 9,
                84 * batch * dim + 12 * batch * n_head + 16 * batch + 64 * dim**2 + 56 * dim + 9,
            )
        if batch == 1 and seq_len >= 2 and n_head > 1:
            return max(
                96 * dim**2 + 20 * dim * seq_len + 96 * dim + 8 * seq_len + 8,
                64 * dim**2
                + 84 * dim * seq_len
                + 56 * dim
                + 12 * n_head * seq_len**2
                + seq_len**2
                + 16 * seq_len
                + 8,
                80 * dim**2
                + 52 * dim * seq_len
                + 72 * dim
                + 12 * n_head * seq_len**2
                + seq_len**2
                + 16 * seq_len
                + 8,
                84 * dim**2
                + 24 * dim * seq_len
                + 84 * dim
                + 16 * n_head * seq_len**2
                + seq_len**2
                + 8 * seq_len
                + 8,
                84 * dim**2
                + 28 * dim * seq_len
                + 84 * dim
                + 12 * n_head * seq_len**2
                + seq_len**2
                + 8 * seq_len
                + 8,
            )
        if n_head == 1 and seq_len != 1:
            return max(
                20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
                24 * batch * dim * seq_len
                + 16 * batch * seq_len**2
                + 8 * batch * seq_len
                + 84 * dim**2
                + 84 * dim
                + seq_len**2
                + 8,
                28 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 84 * dim**2
                + 84 * dim
                + seq_len**2
                + 8,
                52 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 16 * batch * seq_len
                + 80 * dim**2
                + 72 * dim
                + seq_len**2
                + 8,
                84 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 16 * batch * seq_len
                + 64 * dim**2
                + 56 * dim
                + seq_len**2
                + 8,
            )
        return max(
            20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
            36 * batch * dim * seq_len
            + 16 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 48 * dim**2
            + 52 * dim
            + seq_len**2,
            24 * batch * dim * seq_len
            + 16 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 84 * dim**2
            + 84 * dim
            + seq_len**2
            + 8,
            28 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 84 * dim**2
            + 84 * dim
            + seq_len**2
            + 8,
            52 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 80 * dim**2
            + 72 * dim
            + seq_len**2
            + 8,
            84 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 64 * dim**2
            + 56 * dim
            + seq_len**2
            + 8,
        )
    if optimizer == "sgd" and attention == "sdpa" and dtype == "bfloat16":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim:
            return max(
                2 * batch * dim
                + 4 * batch
                + 40 * dim**2
                + 8 * dim * dim_div_n_head * n_head
                + 46 * dim
                + 6 * dim_div_n_head * n_head
                + 4,
                2 * batch * dim
                + 20 * batch * dim_div_n_head * n_head
                + 4 * batch * n_head
                + 4 * batch
                + 40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 42 * dim
                + 4,
                4 * batch * dim
                + 6 * batch * dim_div_n_head * n_head
                + 4 * batch
                + 40 * dim**2
                + 8 * dim * dim_div_n_head * n_head
                + 42 * dim
                + 6 * dim_div_n_head * n_head
                + 4,
                8 * batch * dim
                + 12 * batch * dim_div_n_head * n_head
                + 14 * batch * max(1, dim_div_n_head) * n_head
                + 14 * batch * n_head
                + 4 * batch
                + 24 * dim**2
                + 26 * dim
                + 14 * dim_div_n_head
                - 14 * max(1, dim_div_n_head)
                + 4,
                18 * batch * dim
                + 8 * batch * dim_div_n_head * n_head
                + 6 * batch * max(1, dim_div_n_head) * n_head
                + 12 * batch * n_head
                + 8 * batch
                + 40 * dim**2
                + 36 * dim
                + 6 * dim_div_n_head
                - 6 * max(1, dim_div_n_head)
                + 4,
                34 * batch * dim
                + 8 * batch * dim_div_n_head * n_head
                + 6 * batch * max(1, dim_div_n_head) * n_head
                + 12 * batch * n_head
                + 8 * batch
                + 32 * dim**2
                + 28 * dim
                + 6 * dim_div_n_head
                - 6 * max(1, dim_div_n_head)
                + 4,
                6 * batch * dim
                + 8 * batch * dim_div_n_head * n_head
                + 6 * batch * max(1, dim_div_n_head) * n_head
                + 12 * batch * n_head
                + 4 * batch
                + 40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 42 * dim
                + 6 * dim_div_n_head
                - 6 * max(1, dim_div_n_head)
                + 4,
                6 * batch * dim
                + 12 * batch * dim_div_n_head * n_head
                + 4 * batch * max(1, dim_div_n_head) * n_head
                + 16 * batch * n_head
                + 4 * batch
                + 40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 38 * dim
                + 4 * dim_div_n_head * n_head
                + 4 * dim_div_n_head
                - 4 * max(1, dim_div_n_head)
                + 4,
                8 * batch * dim
                + 8 * batch * dim_div_n_head * n_head
                + 4 * batch * max(1, dim_div_n_head) * n_head
                + 12 * batch * n_head
                + 4 * batch
                + 40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 38 * dim
                + 4 * dim_div_n_head * n_head
                + 4 * dim_div_n_head
                - 4 * max(1, dim_div_n_head)
                + 4,
            )
        if seq_len == 1 and n_head >= 2 and n_head != dim:
            return max(
                40 * dim**2
                + 8 * dim * dim_div_n_head * n_head
                + 46 * dim
                + 12 * dim_div_n_head * n_head
                + 8,
                40 * dim**2
                + 8 * dim * dim_div_n_head * n_head
                + 48 * dim
                + 6 * dim_div_n_head * n_head
                + 8,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 44 * dim
                + 20 * dim_div_n_head * n_head
                + 16 * n_head
                + 8,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 46 * dim
                + 16 * dim_div_n_head * n_head
                + 12 * n_head
                + 8,
                24 * dim**2
                + 34 * dim
                + 24 * dim_div_n_head * n_head
                + 2 * dim_div_n_head
                + 2 * max(1, dim_div_n_head) * n_head
                + 14 * n_head
                - 2 * max(1, dim_div_n_head)
                + 8,
                40 * dim**2
                + 54 * dim
                + 12 * dim_div_n_head * n_head
                + 2 * dim_div_n_head
                + 2 * max(1, dim_div_n_head) * n_head
                + 12 * n_head
                - 2 * max(1, dim_div_n_head)
                + 12,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 44 * dim
                + 6 * dim_div_n_head * n_head
                + 6 * dim_div_n_head
                + 6 * max(1, dim_div_n_head) * n_head
                - 6 * max(1, dim_div_n_head)
                + 8,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 44 * dim
                + 8 * dim_div_n_head * n_head
                + 4 * dim_div_n_head
                + 4 * max(1, dim_div_n_head) * n_head
                - 4 * max(1, dim_div_n_head)
                + 8,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 48 * dim
                + 12 * dim_div_n_head * n_head
                + 2 * dim_div_n_head
                + 2 * max(1, dim_div_n_head) * n_head
                + 12 * n_head
                - 2 * max(1, dim_div_n_head)
                + 8,
            )
        if batch == 1 and n_head > 1 and seq_len != 1:
            return max(
                40 * dim**2
                + 8 * dim * dim_div_n_head * n_head
                + 2 * dim * seq_len
                + 46 * dim
                + 6 * dim_div_n_head * n_head
                + 4 * seq_len
                + 4,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 2 * dim * seq_len
                + 42 * dim
                + 20 * dim_div_n_head * n_head * seq_len
                + 4 * n_head * seq_len**2
                + 4 * seq_len
                + 4,
                40 * dim**2
                + 8 * dim * dim_div_n_head * n_head
                + 4 * dim * seq_len
                + 42 * dim
                + 6 * dim_div_n_head * n_head * seq_len
                + 6 * dim_div_n_head * n_head
                + 4 * seq_len
                + 4,
                24 * dim**2
                + 8 * dim * seq_len
                + 26 * dim
                + 12 * dim_div_n_head * n_head * seq_len
                + 14 * dim_div_n_head
                + 14 * n_head * seq_len**2
                + 14 * max(1, dim_div_n_head) * n_head * seq_len
                + 4 * seq_len**2
                + 4 * seq_len
                - 14 * max(1, dim_div_n_head),
                32 * dim**2
                + 34 * dim * seq_len
                + 28 * dim
                + 10 * dim_div_n_head * n_head * seq_len
                + 4 * dim_div_n_head
                + 12 * n_head * seq_len**2
                + 4 * max(1, dim_div_n_head) * n_head * seq_len
                + 8 * seq_len
                - 4 * max(1, dim_div_n_head)
                + 4,
                40 * dim**2
                + 18 * dim * seq_len
                + 36 * dim
                + 10 * dim_div_n_head * n_head * seq_len
                + 4 * dim_div_n_head
                + 12 * n_head * seq_len**2
                + 4 * max(1, dim_div_n_head) * n_head * seq_len
                + 8 * seq_len
                - 4 * max(1, dim_div_n_head)
                + 4,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 6 * dim * seq_len
                + 42 * dim
                + 10 * dim_div_n_head * n_head * seq_len
                + 4 * dim_div_n_head
                + 12 * n_head * seq_len**2
                + 4 * max(1, dim_div_n_head) * n_head * seq_len
                + 4 * seq_len
                - 4 * max(1, dim_div_n_head)
                + 4,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 2 * dim * seq_len
                + 42 * dim
                + 6 * dim_div_n_head * n_head * seq_len
                + 2 * dim_div_n_head * seq_len
                + 4 * dim_div_n_head
                + 6 * max(1, dim_div_n_head) * n_head * seq_len
                - 2 * max(1, dim_div_n_head) * seq_len
                + 4 * seq_len
                - 4 * max(1, dim_div_n_head)
                + 4,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 6 * dim * seq_len
                + 38 * dim
                + 12 * dim_div_n_head * n_head * seq_len
                + 4 * dim_div_n_head * n_head
                + 4 * dim_div_n_head
                + 16 * n_head * seq_len**2
                + 4 * max(1, dim_div_n_head) * n_head * seq_len
                + 4 * seq_len
                - 4 * max(1, dim_div_n_head)
                + 4,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 8 * dim * seq_len
                + 38 * dim
                + 8 * dim_div_n_head * n_head * seq_len
                + 4 * dim_div_n_head * n_head
                + 4 * dim_div_n_head
                + 12 * n_head * seq_len**2
                + 4 * max(1, dim_div_n_head) * n_head * seq_len
                + 4 * seq_len
                - 4 * max(1, dim_div_n_head)
                + 4,
            )
        if n_head == 1 and seq_len != 1:
            return max(
                10 * batch * dim * seq_len + 4 * batch * seq_len + 48 * dim**2 + 48 * dim + 4,
                22 * batch * dim * seq_len
                + 16 * batch * seq_len**2
                + 4 * batch * seq_len
                + 42 * dim**2
                + 42 * dim
                + 4,
                32 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 40 * dim**2
                + 36 * dim
                + 4,
                34 * batch * dim * seq_len
                + 14 * batch * seq_len**2
                + 4 * batch * seq_len
                + 24 * dim**2
                + 26 * dim
                + 4 * seq_len**2,
                48 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 32 * dim**2
                + 28 * dim
                + 4,
            )
        return max(
            2 * batch * dim * seq_len
            + 4 * batch * seq_len
            + 40 * dim**2
            + 8 * dim * dim_div_n_head * n_head
            + 46 * dim
            + 6 * dim_div_n_head * n_head
            + 4,
            18 * batch * dim * seq_len
            + 14 * batch * dim_div_n_head * n_head * seq_len
            + 12 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 40 * dim**2
            + 36 * dim
            + 4,
            34 * batch * dim * seq_len
            + 14 * batch * dim_div_n_head * n_head * seq_len
            + 12 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 32 * dim**2
            + 28 * dim
            + 4,
            2 * batch * dim * seq_len
            + 20 * batch * dim_div_n_head * n_head * seq_len
            + 16 * batch * n_head * seq_len**2
            + 4 * batch * seq_len
            + 40 * dim**2
            + 2 * dim * dim_div_n_head * n_head
            + 42 * dim
            + 4,
            4 * batch * dim * seq_len
            + 6 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * seq_len
            + 40 * dim**2
            + 8 * dim * dim_div_n_head * n_head
            + 42 * dim
            + 6 * dim_div_n_head * n_head
            + 4,
            6 * batch * dim * seq_len
            + 14 * batch * dim_div_n_head * n_head * seq_len
            + 12 * batch * n_head * seq_len**2
            + 4 * batch * seq_len
            + 40 * dim**2
            + 2 * dim * dim_div_n_head * n_head
            + 42 * dim
            + 4,
            6 * batch * dim * seq_len
            + 16 * batch * dim_div_n_head * n_head * seq_len
            + 12 * batch * n_head * seq_len**2
            + 4 * batch * seq_len
            + 40 * dim**2
            + 2 * dim * dim_div_n_head * n_head
            + 38 * dim
            + 4 * dim_div_n_head * n_head
            + 4,
            8 * batch * dim * seq_len
            + 12 * batch * dim_div_n_head * n_head * seq_len
            + 12 * batch * n_head * seq_len**2
            + 4 * batch * seq_len
            + 40 * dim**2
            + 2 * dim * dim_div_n_head * n_head
            + 38 * dim
            + 4 * dim_div_n_head * n_head
            + 4,
            2 * batch * dim * seq_len
            + 12 * batch * dim_div_n_head * n_head * seq_len
            + 2 * batch * max(1, dim_div_n_head) * n_head * seq_len
            + 4 * batch * seq_len
            + 40 * dim**2
            + 2 * dim * dim_div_n_head * n_head
            + 42 * dim
            + 2 * dim_div_n_head
            - 2 * max(1, dim_div_n_head)
            + 4,
            8 * batch * dim * seq_len
            + 20 * batch * dim_div_n_head * n_head * seq_len
            + 14 * batch * n_head * seq_len**2
            + 14 * batch * max(1, dim_div_n_head) * n_head * seq_len
            + 4 * batch * seq_len
            + 24 * dim**2
            + 26 * dim
            + 14 * dim_div_n_head
            + 4 * seq_len**2
            - 14 * max(1, dim_div_n_head),
            2 * batch * dim * seq_len
            + 6 * batch * dim_div_n_head * n_head * seq_len
            + 6 * batch * max(1, dim_div_n_head) * n_head * seq_len
            + 4 * batch * seq_len
            + 40 * dim**2
            + 2 * dim * dim_div_n_head * n_head
            + 42 * dim
            + 2 * dim_div_n_head * seq_len
            + 4 * dim_div_n_head
            - 2 * max(1, dim_div_n_head) * seq_len
            - 4 * max(1, dim_div_n_head)
            + 4,
            2 * batch * dim * seq_len
            + 8 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * max(1, dim_div_n_head) * n_head * seq_len
            + 4 * batch * seq_len
            + 40 * dim**2
            + 2 * dim * dim_div_n_head * n_head
            + 42 * dim
            + 2 * dim_div_n_head * seq_len
            + 2 * dim_div_n_head
            - 2 * max(1, dim_div_n_head) * seq_len
            - 2 * max(1, dim_div_n_head)
            + 4,
        )
    if optimizer == "sgd" and attention == "sdpa" and dtype == "float32":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if batch != 1 and batch * n_head != batch:
            return max(
                20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
                24 * batch * dim * seq_len
                + 16 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 84 * dim**2
                + 84 * dim
                + 8,
                28 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 84 * dim**2
                + 84 * dim
                + 8,
                36 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 8 * batch * seq_len
                + 48 * dim**2
                + 52 * dim
                + 4 * seq_len**2,
                52 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 16 * batch * seq_len
                + 80 * dim**2
                + 72 * dim
                + 8,
                84 * batch * dim * seq_len
                + 12 * batch * n_head * seq_len**2
                + 16 * batch * seq_len
                + 64 * dim**2
                + 56 * dim
                + 8,
            )
        if n_head != 1:
            return max(
                96 * dim**2 + 20 * dim * seq_len + 96 * dim + 8 * seq_len + 8,
                64 * dim**2
                + 92 * dim * seq_len
                + 56 * dim
                + 12 * n_head * seq_len**2
                + 16 * seq_len
                + 8,
                80 * dim**2
                + 60 * dim * seq_len
                + 72 * dim
                + 12 * n_head * seq_len**2
                + 16 * seq_len
                + 8,
                84 * dim**2
                + 32 * dim * seq_len
                + 84 * dim
                + 16 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
                84 * dim**2
                + 36 * dim * seq_len
                + 84 * dim
                + 12 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
            )
        return max(
            20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
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
            92 * batch * dim * seq_len
            + 12 * batch * seq_len**2
            + 16 * batch * seq_len
            + 64 * dim**2
            + 56 * dim
            + 8,
        )
    if optimizer == "sgd_momentum" and attention == "eager" and dtype == "bfloat16":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if n_head == dim and batch != 1 and dim != 1 and seq_len != 1:
            return max(
                72 * n_head**2 + 78 * n_head + 2,
                10 * batch * n_head * seq_len
                + 4 * batch * seq_len
                + 48 * n_head**2
                + 48 * n_head
                + 4,
                8 * batch * n_head * seq_len**2
                + 16 * batch * n_head * seq_len
                + 4 * batch * seq_len
                + 24 * n_head**2
                + 26 * n_head
                + seq_len**2,
                6 * batch * n_head * seq_len**2
                + 26 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 40 * n_head**2
                + 36 * n_head
                + seq_len**2
                + 4,
                6 * batch * n_head * seq_len**2
                + 42 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 32 * n_head**2
                + 28 * n_head
                + seq_len**2
                + 4,
                8 * batch * n_head * seq_len**2
                + 12 * batch * n_head * seq_len
                + 4 * batch * seq_len
                + 42 * n_head**2
                + 42 * n_head
                + seq_len**2
                + 4,
            )
        if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim:
            return max(
                72 * dim**2 + 78 * dim + 2,
                10 * batch * dim + 4 * batch + 48 * dim**2 + 48 * dim + 4,
                12 * batch * dim + 8 * batch * n_head + 4 * batch + 42 * dim**2 + 42 * dim + 5,
                14 * batch * dim + 6 * batch * n_head + 4 * batch + 42 * dim**2 + 42 * dim + 5,
                16 * batch * dim + 8 * batch * n_head + 4 * batch + 24 * dim**2 + 26 * dim + 1,
                26 * batch * dim + 6 * batch * n_head + 8 * batch + 40 * dim**2 + 36 * dim + 5,
                42 * batch * dim + 6 * batch * n_head + 8 * batch + 32 * dim**2 + 28 * dim + 5,
            )
        if batch == 1 and n_head > 1 and seq_len != 1:
            return max(
                72 * dim**2 + 78 * dim + 2,
                48 * dim**2 + 10 * dim * seq_len + 48 * dim + 4 * seq_len + 4,
                32 * dim**2
                + 42 * dim * seq_len
                + 28 * dim
                + 6 * n_head * seq_len**2
                + seq_len**2
                + 8 * seq_len
                + 4,
                40 * dim**2
                + 26 * dim * seq_len
                + 36 * dim
                + 6 * n_head * seq_len**2
                + seq_len**2
                + 8 * seq_len
                + 4,
                42 * dim**2
                + 12 * dim * seq_len
                + 42 * dim
                + 8 * n_head * seq_len**2
                + seq_len**2
                + 4 * seq_len
                + 4,
                42 * dim**2
                + 14 * dim * seq_len
                + 42 * dim
                + 6 * n_head * seq_len**2
                + seq_len**2
                + 4 * seq_len
                + 4,
            )
        if n_head == 1 and seq_len != 1:
            return max(
                72 * dim**2 + 78 * dim + 2,
                10 * batch * dim * seq_len + 4 * batch * seq_len + 48 * dim**2 + 48 * dim + 4,
                12 * batch * dim * seq_len
                + 8 * batch * seq_len**2
                + 4 * batch * seq_len
                + 42 * dim**2
                + 42 * dim
                + seq_len**2
                + 4,
                14 * batch * dim * seq_len
                + 6 * batch * seq_len**2
                + 4 * batch * seq_len
                + 42 * dim**2
                + 42 * dim
                + seq_len**2
                + 4,
                26 * batch * dim * seq_len
                + 6 * batch * seq_len**2
                + 8 * batch * seq_len
                + 40 * dim**2
                + 36 * dim
                + seq_len**2
                + 4,
                42 * batch * dim * seq_len
                + 6 * batch * seq_len**2
                + 8 * batch * seq_len
                + 32 * dim**2
                + 28 * dim
                + seq_len**2
                + 4,
            )
        return max(
            72 * dim**2 + 78 * dim + 2,
            10 * batch * dim * seq_len + 4 * batch * seq_len + 48 * dim**2 + 48 * dim + 4,
            18 * batch * dim * seq_len
            + 8 * batch * n_head * seq_len**2
            + 4 * batch * seq_len
            + 24 * dim**2
            + 26 * dim
            + seq_len**2,
            12 * batch * dim * seq_len
            + 8 * batch * n_head * seq_len**2
            + 4 * batch * seq_len
            + 42 * dim**2
            + 42 * dim
            + seq_len**2
            + 4,
            14 * batch * dim * seq_len
            + 6 * batch * n_head * seq_len**2
            + 4 * batch * seq_len
            + 42 * dim**2
            + 42 * dim
            + seq_len**2
            + 4,
            26 * batch * dim * seq_len
            + 6 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 40 * dim**2
            + 36 * dim
            + seq_len**2
            + 4,
            42 * batch * dim * seq_len
            + 6 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 32 * dim**2
            + 28 * dim
            + seq_len**2
            + 4,
        )
    if optimizer == "sgd_momentum" and attention == "eager" and dtype == "float32":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if n_head == dim and batch != 1 and dim != 1 and seq_len != 1:
            return max(
                144 * n_head**2 + 156 * n_head + 4,
                20 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 96 * n_head**2
                + 96 * n_head
                + 8,
                16 * batch * n_head * seq_len**2
                + 32 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 48 * n_head**2
                + 52 * n_head
                + seq_len**2,
                12 * batch * n_head * seq_len**2
                + 52 * batch * n_head * seq_len
                + 16 * batch * seq_len
                + 80 * n_head**2
                + 72 * n_head
                + seq_len**2
                + 8,
                12 * batch * n_head * seq_len**2
                + 84 * batch * n_head * seq_len
                + 16 * batch * seq_len
                + 64 * n_head**2
                + 56 * n_head
                + seq_len**2
                + 8,
                16 * batch * n_head * seq_len**2
                + 24 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 84 * n_head**2
                + 84 * n_head
                + seq_len**2
                + 8,
            )
        if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim:
            return max(
                144 * dim**2 + 156 * dim + 4,
                20 * batch * dim + 8 * batch + 96 * dim**2 + 96 * dim + 8,
                24 * batch * dim + 16 * batch * n_head + 8 * batch + 84 * dim**2 + 84 * dim + 9,
                28 * batch * dim + 12 * batch * n_head + 8 * batch + 84 * dim**2 + 84 * dim + 9,
                32 * batch * dim + 16 * batch * n_head + 8 * batch + 48 * dim**2 + 52 * dim + 1,
                52 * batch * dim + 12 * batch * n_head + 16 * batch + 80 * dim**2 + 72 * dim + 9,
                84 * batch * dim + 12 * batch * n_head + 16 * batch + 64 * dim**2 + 56 * dim + 9,
            )
        if batch == 1 and seq_len >= 2 and n_head > 1:
            return max(
                144 * dim**2 + 156 * dim + 4,
                96 * dim**2 + 20 * dim * seq_len + 96 * dim + 8 * seq_len + 8,
                64 * dim**2
                + 84 * dim * seq_len
                + 56 * dim
                + 12 * n_head * seq_len**2
                + seq_len**2
                + 16 * seq_len
                + 8,
                80 * dim**2
                + 52 * dim * seq_len
                + 72 * dim
                + 12 * n_head * seq_len**2
                + seq_len**2
                + 16 * seq_len
                + 8,
                84 * dim**2
                + 24 * dim * seq_len
                + 84 * dim
                + 16 * n_head * seq_len**2
                + seq_len**2
                + 8 * seq_len
                + 8,
                84 * dim**2
                + 28 * dim * seq_len
                + 84 * dim
                + 12 * n_head * seq_len**2
                + seq_len**2
                + 8 * seq_len
                + 8,
            )
        if n_head == 1 and seq_len != 1:
            return max(
                144 * dim**2 + 156 * dim + 4,
                20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
                24 * batch * dim * seq_len
                + 16 * batch * seq_len**2
                + 8 * batch * seq_len
                + 84 * dim**2
                + 84 * dim
                + seq_len**2
                + 8,
                28 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 84 * dim**2
                + 84 * dim
                + seq_len**2
                + 8,
                52 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 16 * batch * seq_len
                + 80 * dim**2
                + 72 * dim
                + seq_len**2
                + 8,
                84 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 16 * batch * seq_len
                + 64 * dim**2
                + 56 * dim
                + seq_len**2
                + 8,
            )
        return max(
            144 * dim**2 + 156 * dim + 4,
            20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
            36 * batch * dim * seq_len
            + 16 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 48 * dim**2
            + 52 * dim
            + seq_len**2,
            24 * batch * dim * seq_len
            + 16 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 84 * dim**2
            + 84 * dim
            + seq_len**2
            + 8,
            28 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 84 * dim**2
            + 84 * dim
            + seq_len**2
            + 8,
            52 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 80 * dim**2
            + 72 * dim
            + seq_len**2
            + 8,
            84 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 64 * dim**2
            + 56 * dim
            + seq_len**2
            + 8,
        )
    if optimizer == "sgd_momentum" and attention == "sdpa" and dtype == "bfloat16":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim:
            return max(
                56 * dim**2
                + 14 * dim * dim_div_n_head * n_head
                + 2 * dim * max(1, dim_div_n_head * n_head)
                + 66 * dim
                + 14 * dim_div_n_head * n_head
                - 2 * max(1, dim_div_n_head * n_head)
                + 2,
                2 * batch * dim
                + 4 * batch
                + 40 * dim**2
                + 8 * dim * dim_div_n_head * n_head
                + 46 * dim
                + 6 * dim_div_n_head * n_head
                + 4,
                2 * batch * dim
                + 20 * batch * dim_div_n_head * n_head
                + 4 * batch * n_head
                + 4 * batch
                + 40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 42 * dim
                + 4,
                4 * batch * dim
                + 6 * batch * dim_div_n_head * n_head
                + 4 * batch
                + 40 * dim**2
                + 8 * dim * dim_div_n_head * n_head
                + 42 * dim
                + 6 * dim_div_n_head * n_head
                + 4,
                8 * batch * dim
                + 12 * batch * dim_div_n_head * n_head
                + 14 * batch * max(1, dim_div_n_head) * n_head
                + 14 * batch * n_head
                + 4 * batch
                + 24 * dim**2
                + 26 * dim
                + 14 * dim_div_n_head
                - 14 * max(1, dim_div_n_head)
                + 4,
                18 * batch * dim
                + 8 * batch * dim_div_n_head * n_head
                + 6 * batch * max(1, dim_div_n_head) * n_head
                + 12 * batch * n_head
                + 8 * batch
                + 40 * dim**2
                + 36 * dim
                + 6 * dim_div_n_head
                - 6 * max(1, dim_div_n_head)
                + 4,
                34 * batch * dim
                + 8 * batch * dim_div_n_head * n_head
                + 6 * batch * max(1, dim_div_n_head) * n_head
                + 12 * batch * n_head
                + 8 * batch
                + 32 * dim**2
                + 28 * dim
                + 6 * dim_div_n_head
                - 6 * max(1, dim_div_n_head)
                + 4,
                6 * batch * dim
                + 8 * batch * dim_div_n_head * n_head
                + 6 * batch * max(1, dim_div_n_head) * n_head
                + 12 * batch * n_head
                + 4 * batch
                + 40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 42 * dim
                + 6 * dim_div_n_head
                - 6 * max(1, dim_div_n_head)
                + 4,
                6 * batch * dim
                + 12 * batch * dim_div_n_head * n_head
                + 4 * batch * max(1, dim_div_n_head) * n_head
                + 16 * batch * n_head
                + 4 * batch
                + 40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 38 * dim
                + 4 * dim_div_n_head * n_head
                + 4 * dim_div_n_head
                - 4 * max(1, dim_div_n_head)
                + 4,
                8 * batch * dim
                + 8 * batch * dim_div_n_head * n_head
                + 4 * batch * max(1, dim_div_n_head) * n_head
                + 12 * batch * n_head
                + 4 * batch
                + 40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 38 * dim
                + 4 * dim_div_n_head * n_head
                + 4 * dim_div_n_head
                - 4 * max(1, dim_div_n_head)
                + 4,
            )
        if seq_len == 1 and n_head >= 2 and n_head != dim:
            return max(
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 44 * dim
                + 20 * dim_div_n_head * n_head
                + 16 * n_head
                + 8,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 46 * dim
                + 16 * dim_div_n_head * n_head
                + 12 * n_head
                + 8,
                56 * dim**2
                + 14 * dim * dim_div_n_head * n_head
                + 2 * dim * max(1, dim_div_n_head * n_head)
                + 66 * dim
                + 14 * dim_div_n_head * n_head
                - 2 * max(1, dim_div_n_head * n_head)
                + 2,
                24 * dim**2
                + 34 * dim
                + 24 * dim_div_n_head * n_head
                + 2 * dim_div_n_head
                + 2 * max(1, dim_div_n_head) * n_head
                + 14 * n_head
                - 2 * max(1, dim_div_n_head)
                + 8,
                40 * dim**2
                + 54 * dim
                + 12 * dim_div_n_head * n_head
                + 2 * dim_div_n_head
                + 2 * max(1, dim_div_n_head) * n_head
                + 12 * n_head
                - 2 * max(1, dim_div_n_head)
                + 12,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 44 * dim
                + 6 * dim_div_n_head * n_head
                + 6 * dim_div_n_head
                + 6 * max(1, dim_div_n_head) * n_head
                - 6 * max(1, dim_div_n_head)
                + 8,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 44 * dim
                + 8 * dim_div_n_head * n_head
                + 4 * dim_div_n_head
                + 4 * max(1, dim_div_n_head) * n_head
                - 4 * max(1, dim_div_n_head)
                + 8,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 48 * dim
                + 12 * dim_div_n_head * n_head
                + 2 * dim_div_n_head
                + 2 * max(1, dim_div_n_head) * n_head
                + 12 * n_head
                - 2 * max(1, dim_div_n_head)
                + 8,
            )
        if batch == 1 and n_head > 1 and seq_len != 1:
            return max(
                40 * dim**2
                + 8 * dim * dim_div_n_head * n_head
                + 2 * dim * seq_len
                + 46 * dim
                + 6 * dim_div_n_head * n_head
                + 4 * seq_len
                + 4,
                56 * dim**2
                + 14 * dim * dim_div_n_head * n_head
                + 2 * dim * max(1, dim_div_n_head * n_head)
                + 66 * dim
                + 14 * dim_div_n_head * n_head
                - 2 * max(1, dim_div_n_head * n_head)
                + 2,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 2 * dim * seq_len
                + 42 * dim
                + 20 * dim_div_n_head * n_head * seq_len
                + 4 * n_head * seq_len**2
                + 4 * seq_len
                + 4,
                40 * dim**2
                + 8 * dim * dim_div_n_head * n_head
                + 4 * dim * seq_len
                + 42 * dim
                + 6 * dim_div_n_head * n_head * seq_len
                + 6 * dim_div_n_head * n_head
                + 4 * seq_len
                + 4,
                24 * dim**2
                + 8 * dim * seq_len
                + 26 * dim
                + 12 * dim_div_n_head * n_head * seq_len
                + 14 * dim_div_n_head
                + 14 * n_head * seq_len**2
                + 14 * max(1, dim_div_n_head) * n_head * seq_len
                + 4 * seq_len**2
                + 4 * seq_len
                - 14 * max(1, dim_div_n_head),
                32 * dim**2
                + 34 * dim * seq_len
                + 28 * dim
                + 10 * dim_div_n_head * n_head * seq_len
                + 4 * dim_div_n_head
                + 12 * n_head * seq_len**2
                + 4 * max(1, dim_div_n_head) * n_head * seq_len
                + 8 * seq_len
                - 4 * max(1, dim_div_n_head)
                + 4,
                40 * dim**2
                + 18 * dim * seq_len
                + 36 * dim
                + 10 * dim_div_n_head * n_head * seq_len
                + 4 * dim_div_n_head
                + 12 * n_head * seq_len**2
                + 4 * max(1, dim_div_n_head) * n_head * seq_len
                + 8 * seq_len
                - 4 * max(1, dim_div_n_head)
                + 4,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 6 * dim * seq_len
                + 42 * dim
                + 10 * dim_div_n_head * n_head * seq_len
                + 4 * dim_div_n_head
                + 12 * n_head * seq_len**2
                + 4 * max(1, dim_div_n_head) * n_head * seq_len
                + 4 * seq_len
                - 4 * max(1, dim_div_n_head)
                + 4,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 2 * dim * seq_len
                + 42 * dim
                + 6 * dim_div_n_head * n_head * seq_len
                + 2 * dim_div_n_head * seq_len
                + 4 * dim_div_n_head
                + 6 * max(1, dim_div_n_head) * n_head * seq_len
                - 2 * max(1, dim_div_n_head) * seq_len
                + 4 * seq_len
                - 4 * max(1, dim_div_n_head)
                + 4,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 6 * dim * seq_len
                + 38 * dim
                + 12 * dim_div_n_head * n_head * seq_len
                + 4 * dim_div_n_head * n_head
                + 4 * dim_div_n_head
                + 16 * n_head * seq_len**2
                + 4 * max(1, dim_div_n_head) * n_head * seq_len
                + 4 * seq_len
                - 4 * max(1, dim_div_n_head)
                + 4,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 8 * dim * seq_len
                + 38 * dim
                + 8 * dim_div_n_head * n_head * seq_len
                + 4 * dim_div_n_head * n_head
                + 4 * dim_div_n_head
                + 12 * n_head * seq_len**2
                + 4 * max(1, dim_div_n_head) * n_head * seq_len
                + 4 * seq_len
                - 4 * max(1, dim_div_n_head)
                + 4,
            )
        if n_head == 1 and seq_len != 1:
            return max(
                72 * dim**2 + 78 * dim + 2,
                10 * batch * dim * seq_len + 4 * batch * seq_len + 48 * dim**2 + 48 * dim + 4,
                22 * batch * dim * seq_len
                + 16 * batch * seq_len**2
                + 4 * batch * seq_len
                + 42 * dim**2
                + 42 * dim
                + 4,
                32 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 40 * dim**2
                + 36 * dim
                + 4,
                34 * batch * dim * seq_len
                + 14 * batch * seq_len**2
                + 4 * batch * seq_len
                + 24 * dim**2
                + 26 * dim
                + 4 * seq_len**2,
                48 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 32 * dim**2
                + 28 * dim
                + 4,
            )
        return max(
            56 * dim**2
            + 14 * dim * dim_div_n_head * n_head
            + 2 * dim * max(1, dim_div_n_head * n_head)
            + 66 * dim
            + 14 * dim_div_n_head * n_head
            - 2 * max(1, dim_div_n_head * n_head)
            + 2,
            2 * batch * dim * seq_len
            + 4 * batch * seq_len
            + 40 * dim**2
            + 8 * dim * dim_div_n_head * n_head
            + 46 * dim
            + 6 * dim_div_n_head * n_head
            + 4,
            18 * batch * dim * seq_len
            + 14 * batch * dim_div_n_head * n_head * seq_len
            + 12 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 40 * dim**2
            + 36 * dim
            + 4,
            34 * batch * dim * seq_len
            + 14 * batch * dim_div_n_head * n_head * seq_len
            + 12 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 32 * dim**2
            + 28 * dim
            + 4,
            2 * batch * dim * seq_len
            + 20 * batch * dim_div_n_head * n_head * seq_len
            + 16 * batch * n_head * seq_len**2
            + 4 * batch * seq_len
            + 40 * dim**2
            + 2 * dim * dim_div_n_head * n_head
            + 42 * dim
            + 4,
            4 * batch * dim * seq_len
            + 6 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * seq_len
            + 40 * dim**2
            + 8 * dim * dim_div_n_head * n_head
            + 42 * dim
            + 6 * dim_div_n_head * n_head
            + 4,
            6 * batch * dim * seq_len
            + 14 * batch * dim_div_n_head * n_head * seq_len
            + 12 * batch * n_head * seq_len**2
            + 4 * batch * seq_len
            + 40 * dim**2
            + 2 * dim * dim_div_n_head * n_head
            + 42 * dim
            + 4,
            6 * batch * dim * seq_len
            + 16 * batch * dim_div_n_head * n_head * seq_len
            + 12 * batch * n_head * seq_len**2
            + 4 * batch * seq_len
            + 40 * dim**2
            + 2 * dim * dim_div_n_head * n_head
            + 38 * dim
            + 4 * dim_div_n_head * n_head
            + 4,
            8 * batch * dim * seq_len
            + 12 * batch * dim_div_n_head * n_head * seq_len
            + 12 * batch * n_head * seq_len**2
            + 4 * batch * seq_len
            + 40 * dim**2
            + 2 * dim * dim_div_n_head * n_head
            + 38 * dim
            + 4 * dim_div_n_head * n_head
            + 4,
            2 * batch * dim * seq_len
            + 12 * batch * dim_div_n_head * n_head * seq_len
            + 2 * batch * max(1, dim_div_n_head) * n_head * seq_len
            + 4 * batch * seq_len
            + 40 * dim**2
            + 2 * dim * dim_div_n_head * n_head
            + 42 * dim
            + 2 * dim_div_n_head
            - 2 * max(1, dim_div_n_head)
            + 4,
            8 * batch * dim * seq_len
            + 20 * batch * dim_div_n_head * n_head * seq_len
            + 14 * batch * n_head * seq_len**2
            + 14 * batch * max(1, dim_div_n_head) * n_head * seq_len
            + 4 * batch * seq_len
            + 24 * dim**2
            + 26 * dim
            + 14 * dim_div_n_head
            + 4 * seq_len**2
            - 14 * max(1, dim_div_n_head),
            2 * batch * dim * seq_len
            + 6 * batch * dim_div_n_head * n_head * seq_len
            + 6 * batch * max(1, dim_div_n_head) * n_head * seq_len
            + 4 * batch * seq_len
            + 40 * dim**2
            + 2 * dim * dim_div_n_head * n_head
            + 42 * dim
            + 2 * dim_div_n_head * seq_len
            + 4 * dim_div_n_head
            - 2 * max(1, dim_div_n_head) * seq_len
            - 4 * max(1, dim_div_n_head)
            + 4,
            2 * batch * dim * seq_len
            + 8 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * max(1, dim_div_n_head) * n_head * seq_len
            + 4 * batch * seq_len
            + 40 * dim**2
            + 2 * dim * dim_div_n_head * n_head
            + 42 * dim
            + 2 * dim_div_n_head * seq_len
            + 2 * dim_div_n_head
            - 2 * max(1, dim_div_n_head) * seq_len
            - 2 * max(1, dim_div_n_head)
            + 4,
        )
    if optimizer == "sgd_momentum" and attention == "sdpa" and dtype == "float32":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if (
            (batch == 1 and n_head != 1 and n_head != dim)
            or (batch == 1 and n_head != 1 and seq_len != 1)
            or (batch == 1 and n_head == dim and dim != 1 and seq_len != 1)
        ):
            return max(
                144 * dim**2 + 156 * dim + 4,
                96 * dim**2 + 20 * dim * seq_len + 96 * dim + 8 * seq_len + 8,
                64 * dim**2
                + 92 * dim * seq_len
                + 56 * dim
                + 12 * n_head * seq_len**2
                + 16 * seq_len
                + 8,
                80 * dim**2
                + 60 * dim * seq_len
                + 72 * dim
                + 12 * n_head * seq_len**2
                + 16 * seq_len
                + 8,
                84 * dim**2
                + 32 * dim * seq_len
                + 84 * dim
                + 16 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
                84 * dim**2
                + 36 * dim * seq_len
                + 84 * dim
                + 12 * n_head * seq_len**2
                + 8 * seq_len
                + 8,
            )
        if n_head == 1 and batch * seq_len >= 2:
            return max(
                144 * dim**2 + 156 * dim + 4,
                20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
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
                92 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 16 * batch * seq_len
                + 64 * dim**2
                + 56 * dim
                + 8,
            )
        return max(
            144 * dim**2 + 156 * dim + 4,
            20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
            24 * batch * dim * seq_len
            + 16 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 84 * dim**2
            + 84 * dim
            + 8,
            28 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 84 * dim**2
            + 84 * dim
            + 8,
            36 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 48 * dim**2
            + 52 * dim
            + 4 * seq_len**2,
            52 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 80 * dim**2
            + 72 * dim
            + 8,
            84 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 64 * dim**2
            + 56 * dim
            + 8,
        )
    if optimizer in ("adam", "adamw") and attention == "eager" and dtype == "bfloat16":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if n_head == dim and batch != 1 and dim != 1 and seq_len != 1:
            return max(
                112 * n_head**2 + 112 * n_head + 50,
                10 * batch * n_head * seq_len
                + 4 * batch * seq_len
                + 48 * n_head**2
                + 48 * n_head
                + 4,
                8 * batch * n_head * seq_len**2
                + 16 * batch * n_head * seq_len
                + 4 * batch * seq_len
                + 24 * n_head**2
                + 26 * n_head
                + seq_len**2,
                6 * batch * n_head * seq_len**2
                + 26 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 40 * n_head**2
                + 36 * n_head
                + seq_len**2
                + 4,
                6 * batch * n_head * seq_len**2
                + 42 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 32 * n_head**2
                + 28 * n_head
                + seq_len**2
                + 4,
                8 * batch * n_head * seq_len**2
                + 12 * batch * n_head * seq_len
                + 4 * batch * seq_len
                + 42 * n_head**2
                + 42 * n_head
                + seq_len**2
                + 4,
            )
        if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim:
            return max(
                112 * dim**2 + 112 * dim + 50,
                10 * batch * dim + 4 * batch + 48 * dim**2 + 48 * dim + 4,
                12 * batch * dim + 8 * batch * n_head + 4 * batch + 42 * dim**2 + 42 * dim + 5,
                14 * batch * dim + 6 * batch * n_head + 4 * batch + 42 * dim**2 + 42 * dim + 5,
                16 * batch * dim + 8 * batch * n_head + 4 * batch + 24 * dim**2 + 26 * dim + 1,
                26 * batch * dim + 6 * batch * n_head + 8 * batch + 40 * dim**2 + 36 * dim + 5,
                42 * batch * dim + 6 * batch * n_head + 8 * batch + 32 * dim**2 + 28 * dim + 5,
            )
        if batch == 1 and n_head > 1 and seq_len != 1:
            return max(
                112 * dim**2 + 112 * dim + 50,
                48 * dim**2 + 10 * dim * seq_len + 48 * dim + 4 * seq_len + 4,
                32 * dim**2
                + 42 * dim * seq_len
                + 28 * dim
                + 6 * n_head * seq_len**2
                + seq_len**2
                + 8 * seq_len
                + 4,
                40 * dim**2
                + 26 * dim * seq_len
                + 36 * dim
                + 6 * n_head * seq_len**2
                + seq_len**2
                + 8 * seq_len
                + 4,
                42 * dim**2
                + 12 * dim * seq_len
                + 42 * dim
                + 8 * n_head * seq_len**2
                + seq_len**2
                + 4 * seq_len
                + 4,
                42 * dim**2
                + 14 * dim * seq_len
                + 42 * dim
                + 6 * n_head * seq_len**2
                + seq_len**2
                + 4 * seq_len
                + 4,
            )
        if n_head == 1 and seq_len != 1:
            return max(
                112 * dim**2 + 112 * dim + 50,
                10 * batch * dim * seq_len + 4 * batch * seq_len + 48 * dim**2 + 48 * dim + 4,
                12 * batch * dim * seq_len
                + 8 * batch * seq_len**2
                + 4 * batch * seq_len
                + 42 * dim**2
                + 42 * dim
                + seq_len**2
                + 4,
                14 * batch * dim * seq_len
                + 6 * batch * seq_len**2
                + 4 * batch * seq_len
                + 42 * dim**2
                + 42 * dim
                + seq_len**2
                + 4,
                26 * batch * dim * seq_len
                + 6 * batch * seq_len**2
                + 8 * batch * seq_len
                + 40 * dim**2
                + 36 * dim
                + seq_len**2
                + 4,
                42 * batch * dim * seq_len
                + 6 * batch * seq_len**2
                + 8 * batch * seq_len
                + 32 * dim**2
                + 28 * dim
                + seq_len**2
                + 4,
            )
        return max(
            112 * dim**2 + 112 * dim + 50,
            10 * batch * dim * seq_len + 4 * batch * seq_len + 48 * dim**2 + 48 * dim + 4,
            18 * batch * dim * seq_len
            + 8 * batch * n_head * seq_len**2
            + 4 * batch * seq_len
            + 24 * dim**2
            + 26 * dim
            + seq_len**2,
            12 * batch * dim * seq_len
            + 8 * batch * n_head * seq_len**2
            + 4 * batch * seq_len
            + 42 * dim**2
            + 42 * dim
            + seq_len**2
            + 4,
            14 * batch * dim * seq_len
            + 6 * batch * n_head * seq_len**2
            + 4 * batch * seq_len
            + 42 * dim**2
            + 42 * dim
            + seq_len**2
            + 4,
            26 * batch * dim * seq_len
            + 6 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 40 * dim**2
            + 36 * dim
            + seq_len**2
            + 4,
            42 * batch * dim * seq_len
            + 6 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 32 * dim**2
            + 28 * dim
            + seq_len**2
            + 4,
        )
    if optimizer in ("adam", "adamw") and attention == "eager" and dtype == "float32":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if n_head == dim and batch != 1 and dim != 1 and seq_len != 1:
            return max(
                224 * n_head**2 + 224 * n_head + 52,
                20 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 96 * n_head**2
                + 96 * n_head
                + 8,
                16 * batch * n_head * seq_len**2
                + 32 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 48 * n_head**2
                + 52 * n_head
                + seq_len**2,
                12 * batch * n_head * seq_len**2
                + 52 * batch * n_head * seq_len
                + 16 * batch * seq_len
                + 80 * n_head**2
                + 72 * n_head
                + seq_len**2
                + 8,
                12 * batch * n_head * seq_len**2
                + 84 * batch * n_head * seq_len
                + 16 * batch * seq_len
                + 64 * n_head**2
                + 56 * n_head
                + seq_len**2
                + 8,
                16 * batch * n_head * seq_len**2
                + 24 * batch * n_head * seq_len
                + 8 * batch * seq_len
                + 84 * n_head**2
                + 84 * n_head
                + seq_len**2
                + 8,
            )
        if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim:
            return max(
                224 * dim**2 + 224 * dim + 52,
                20 * batch * dim + 8 * batch + 96 * dim**2 + 96 * dim + 8,
                24 * batch * dim + 16 * batch * n_head + 8 * batch + 84 * dim**2 + 84 * dim + 9,
                28 * batch * dim + 12 * batch * n_head + 8 * batch + 84 * dim**2 + 84 * dim + 9,
                32 * batch * dim + 16 * batch * n_head + 8 * batch + 48 * dim**2 + 52 * dim + 1,
                52 * batch * dim + 12 * batch * n_head + 16 * batch + 80 * dim**2 + 72 * dim + 9,
                84 * batch * dim + 12 * batch * n_head + 16 * batch + 64 * dim**2 + 56 * dim + 9,
            )
        if batch == 1 and seq_len >= 2 and n_head > 1:
            return max(
                224 * dim**2 + 224 * dim + 52,
                96 * dim**2 + 20 * dim * seq_len + 96 * dim + 8 * seq_len + 8,
                64 * dim**2
                + 84 * dim * seq_len
                + 56 * dim
                + 12 * n_head * seq_len**2
                + seq_len**2
                + 16 * seq_len
                + 8,
                80 * dim**2
                + 52 * dim * seq_len
                + 72 * dim
                + 12 * n_head * seq_len**2
                + seq_len**2
                + 16 * seq_len
                + 8,
                84 * dim**2
                + 24 * dim * seq_len
                + 84 * dim
                + 16 * n_head * seq_len**2
                + seq_len**2
                + 8 * seq_len
                + 8,
                84 * dim**2
                + 28 * dim * seq_len
                + 84 * dim
                + 12 * n_head * seq_len**2
                + seq_len**2
                + 8 * seq_len
                + 8,
            )
        if n_head == 1 and seq_len != 1:
            return max(
                224 * dim**2 + 224 * dim + 52,
                20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
                24 * batch * dim * seq_len
                + 16 * batch * seq_len**2
                + 8 * batch * seq_len
                + 84 * dim**2
                + 84 * dim
                + seq_len**2
                + 8,
                28 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 84 * dim**2
                + 84 * dim
                + seq_len**2
                + 8,
                52 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 16 * batch * seq_len
                + 80 * dim**2
                + 72 * dim
                + seq_len**2
                + 8,
                84 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 16 * batch * seq_len
                + 64 * dim**2
                + 56 * dim
                + seq_len**2
                + 8,
            )
        return max(
            224 * dim**2 + 224 * dim + 52,
            20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
            36 * batch * dim * seq_len
            + 16 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 48 * dim**2
            + 52 * dim
            + seq_len**2,
            24 * batch * dim * seq_len
            + 16 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 84 * dim**2
            + 84 * dim
            + seq_len**2
            + 8,
            28 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 84 * dim**2
            + 84 * dim
            + seq_len**2
            + 8,
            52 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 80 * dim**2
            + 72 * dim
            + seq_len**2
            + 8,
            84 * batch * dim * seq_len
            + 12 * batch * n_head * seq_len**2
            + 16 * batch * seq_len
            + 64 * dim**2
            + 56 * dim
            + seq_len**2
            + 8,
        )
    if optimizer in ("adam", "adamw") and attention == "sdpa" and dtype == "bfloat16":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if seq_len == 1 and batch != 1 and n_head != 1 and n_head != dim:
            return max(
                104 * dim**2
                + 8 * dim * dim_div_n_head * n_head
                + 106 * dim
                + 6 * dim_div_n_head * n_head
                + 50,
                2 * batch * dim
                + 4 * batch
                + 40 * dim**2
                + 8 * dim * dim_div_n_head * n_head
                + 46 * dim
                + 6 * dim_div_n_head * n_head
                + 4,
                2 * batch * dim
                + 20 * batch * dim_div_n_head * n_head
                + 4 * batch * n_head
                + 4 * batch
                + 40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 42 * dim
                + 4,
                4 * batch * dim
                + 6 * batch * dim_div_n_head * n_head
                + 4 * batch
                + 40 * dim**2
                + 8 * dim * dim_div_n_head * n_head
                + 42 * dim
                + 6 * dim_div_n_head * n_head
                + 4,
                8 * batch * dim
                + 12 * batch * dim_div_n_head * n_head
                + 14 * batch * max(1, dim_div_n_head) * n_head
                + 14 * batch * n_head
                + 4 * batch
                + 24 * dim**2
                + 26 * dim
                + 14 * dim_div_n_head
                - 14 * max(1, dim_div_n_head)
                + 4,
                18 * batch * dim
                + 8 * batch * dim_div_n_head * n_head
                + 6 * batch * max(1, dim_div_n_head) * n_head
                + 12 * batch * n_head
                + 8 * batch
                + 40 * dim**2
                + 36 * dim
                + 6 * dim_div_n_head
                - 6 * max(1, dim_div_n_head)
                + 4,
                34 * batch * dim
                + 8 * batch * dim_div_n_head * n_head
                + 6 * batch * max(1, dim_div_n_head) * n_head
                + 12 * batch * n_head
                + 8 * batch
                + 32 * dim**2
                + 28 * dim
                + 6 * dim_div_n_head
                - 6 * max(1, dim_div_n_head)
                + 4,
                6 * batch * dim
                + 8 * batch * dim_div_n_head * n_head
                + 6 * batch * max(1, dim_div_n_head) * n_head
                + 12 * batch * n_head
                + 4 * batch
                + 40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 42 * dim
                + 6 * dim_div_n_head
                - 6 * max(1, dim_div_n_head)
                + 4,
                6 * batch * dim
                + 12 * batch * dim_div_n_head * n_head
                + 4 * batch * max(1, dim_div_n_head) * n_head
                + 16 * batch * n_head
                + 4 * batch
                + 40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 38 * dim
                + 4 * dim_div_n_head * n_head
                + 4 * dim_div_n_head
                - 4 * max(1, dim_div_n_head)
                + 4,
                8 * batch * dim
                + 8 * batch * dim_div_n_head * n_head
                + 4 * batch * max(1, dim_div_n_head) * n_head
                + 12 * batch * n_head
                + 4 * batch
                + 40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 38 * dim
                + 4 * dim_div_n_head * n_head
                + 4 * dim_div_n_head
                - 4 * max(1, dim_div_n_head)
                + 4,
            )
        if seq_len == 1 and n_head >= 2 and n_head != dim:
            return max(
                40 * dim**2
                + 8 * dim * dim_div_n_head * n_head
                + 46 * dim
                + 12 * dim_div_n_head * n_head
                + 8,
                104 * dim**2
                + 8 * dim * dim_div_n_head * n_head
                + 106 * dim
                + 6 * dim_div_n_head * n_head
                + 50,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 44 * dim
                + 20 * dim_div_n_head * n_head
                + 16 * n_head
                + 8,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 46 * dim
                + 16 * dim_div_n_head * n_head
                + 12 * n_head
                + 8,
                24 * dim**2
                + 34 * dim
                + 24 * dim_div_n_head * n_head
                + 2 * dim_div_n_head
                + 2 * max(1, dim_div_n_head) * n_head
                + 14 * n_head
                - 2 * max(1, dim_div_n_head)
                + 8,
                40 * dim**2
                + 54 * dim
                + 12 * dim_div_n_head * n_head
                + 2 * dim_div_n_head
                + 2 * max(1, dim_div_n_head) * n_head
                + 12 * n_head
                - 2 * max(1, dim_div_n_head)
                + 12,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 44 * dim
                + 6 * dim_div_n_head * n_head
                + 6 * dim_div_n_head
                + 6 * max(1, dim_div_n_head) * n_head
                - 6 * max(1, dim_div_n_head)
                + 8,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 44 * dim
                + 8 * dim_div_n_head * n_head
                + 4 * dim_div_n_head
                + 4 * max(1, dim_div_n_head) * n_head
                - 4 * max(1, dim_div_n_head)
                + 8,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 48 * dim
                + 12 * dim_div_n_head * n_head
                + 2 * dim_div_n_head
                + 2 * max(1, dim_div_n_head) * n_head
                + 12 * n_head
                - 2 * max(1, dim_div_n_head)
                + 8,
            )
        if batch == 1 and n_head > 1 and seq_len != 1:
            return max(
                104 * dim**2
                + 8 * dim * dim_div_n_head * n_head
                + 106 * dim
                + 6 * dim_div_n_head * n_head
                + 50,
                40 * dim**2
                + 8 * dim * dim_div_n_head * n_head
                + 2 * dim * seq_len
                + 46 * dim
                + 6 * dim_div_n_head * n_head
                + 4 * seq_len
                + 4,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 2 * dim * seq_len
                + 42 * dim
                + 20 * dim_div_n_head * n_head * seq_len
                + 4 * n_head * seq_len**2
                + 4 * seq_len
                + 4,
                40 * dim**2
                + 8 * dim * dim_div_n_head * n_head
                + 4 * dim * seq_len
                + 42 * dim
                + 6 * dim_div_n_head * n_head * seq_len
                + 6 * dim_div_n_head * n_head
                + 4 * seq_len
                + 4,
                24 * dim**2
                + 8 * dim * seq_len
                + 26 * dim
                + 12 * dim_div_n_head * n_head * seq_len
                + 14 * dim_div_n_head
                + 14 * n_head * seq_len**2
                + 14 * max(1, dim_div_n_head) * n_head * seq_len
                + 4 * seq_len**2
                + 4 * seq_len
                - 14 * max(1, dim_div_n_head),
                32 * dim**2
                + 34 * dim * seq_len
                + 28 * dim
                + 10 * dim_div_n_head * n_head * seq_len
                + 4 * dim_div_n_head
                + 12 * n_head * seq_len**2
                + 4 * max(1, dim_div_n_head) * n_head * seq_len
                + 8 * seq_len
                - 4 * max(1, dim_div_n_head)
                + 4,
                40 * dim**2
                + 18 * dim * seq_len
                + 36 * dim
                + 10 * dim_div_n_head * n_head * seq_len
                + 4 * dim_div_n_head
                + 12 * n_head * seq_len**2
                + 4 * max(1, dim_div_n_head) * n_head * seq_len
                + 8 * seq_len
                - 4 * max(1, dim_div_n_head)
                + 4,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 6 * dim * seq_len
                + 42 * dim
                + 10 * dim_div_n_head * n_head * seq_len
                + 4 * dim_div_n_head
                + 12 * n_head * seq_len**2
                + 4 * max(1, dim_div_n_head) * n_head * seq_len
                + 4 * seq_len
                - 4 * max(1, dim_div_n_head)
                + 4,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 2 * dim * seq_len
                + 42 * dim
                + 6 * dim_div_n_head * n_head * seq_len
                + 2 * dim_div_n_head * seq_len
                + 4 * dim_div_n_head
                + 6 * max(1, dim_div_n_head) * n_head * seq_len
                - 2 * max(1, dim_div_n_head) * seq_len
                + 4 * seq_len
                - 4 * max(1, dim_div_n_head)
                + 4,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 6 * dim * seq_len
                + 38 * dim
                + 12 * dim_div_n_head * n_head * seq_len
                + 4 * dim_div_n_head * n_head
                + 4 * dim_div_n_head
                + 16 * n_head * seq_len**2
                + 4 * max(1, dim_div_n_head) * n_head * seq_len
                + 4 * seq_len
                - 4 * max(1, dim_div_n_head)
                + 4,
                40 * dim**2
                + 2 * dim * dim_div_n_head * n_head
                + 8 * dim * seq_len
                + 38 * dim
                + 8 * dim_div_n_head * n_head * seq_len
                + 4 * dim_div_n_head * n_head
                + 4 * dim_div_n_head
                + 12 * n_head * seq_len**2
                + 4 * max(1, dim_div_n_head) * n_head * seq_len
                + 4 * seq_len
                - 4 * max(1, dim_div_n_head)
                + 4,
            )
        if n_head == 1 and seq_len != 1:
            return max(
                112 * dim**2 + 112 * dim + 50,
                10 * batch * dim * seq_len + 4 * batch * seq_len + 48 * dim**2 + 48 * dim + 4,
                22 * batch * dim * seq_len
                + 16 * batch * seq_len**2
                + 4 * batch * seq_len
                + 42 * dim**2
                + 42 * dim
                + 4,
                32 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 40 * dim**2
                + 36 * dim
                + 4,
                34 * batch * dim * seq_len
                + 14 * batch * seq_len**2
                + 4 * batch * seq_len
                + 24 * dim**2
                + 26 * dim
                + 4 * seq_len**2,
                48 * batch * dim * seq_len
                + 12 * batch * seq_len**2
                + 8 * batch * seq_len
                + 32 * dim**2
                + 28 * dim
                + 4,
            )
        return max(
            104 * dim**2
            + 8 * dim * dim_div_n_head * n_head
            + 106 * dim
            + 6 * dim_div_n_head * n_head
            + 50,
            2 * batch * dim * seq_len
            + 4 * batch * seq_len
            + 40 * dim**2
            + 8 * dim * dim_div_n_head * n_head
            + 46 * dim
            + 6 * dim_div_n_head * n_head
            + 4,
            18 * batch * dim * seq_len
            + 14 * batch * dim_div_n_head * n_head * seq_len
            + 12 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 40 * dim**2
            + 36 * dim
            + 4,
            34 * batch * dim * seq_len
            + 14 * batch * dim_div_n_head * n_head * seq_len
            + 12 * batch * n_head * seq_len**2
            + 8 * batch * seq_len
            + 32 * dim**2
            + 28 * dim
            + 4,
            2 * batch * dim * seq_len
            + 20 * batch * dim_div_n_head * n_head * seq_len
            + 16 * batch * n_head * seq_len**2
            + 4 * batch * seq_len
            + 40 * dim**2
            + 2 * dim * dim_div_n_head * n_head
            + 42 * dim
            + 4,
            4 * batch * dim * seq_len
            + 6 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * seq_len
            + 40 * dim**2
            + 8 * dim * dim_div_n_head * n_head
            + 42 * dim
            + 6 * dim_div_n_head * n_head
            + 4,
            6 * batch * dim * seq_len
            + 14 * batch * dim_div_n_head * n_head * seq_len
            + 12 * batch * n_head * seq_len**2
            + 4 * batch * seq_len
            + 40 * dim**2
            + 2 * dim * dim_div_n_head * n_head
            + 42 * dim
            + 4,
            6 * batch * dim * seq_len
            + 16 * batch * dim_div_n_head * n_head * seq_len
            + 12 * batch * n_head * seq_len**2
            + 4 * batch * seq_len
            + 40 * dim**2
            + 2 * dim * dim_div_n_head * n_head
            + 38 * dim
            + 4 * dim_div_n_head * n_head
            + 4,
            8 * batch * dim * seq_len
            + 12 * batch * dim_div_n_head * n_head * seq_len
            + 12 * batch * n_head * seq_len**2
            + 4 * batch * seq_len
            + 40 * dim**2
            + 2 * dim * dim_div_n_head * n_head
            + 38 * dim
            + 4 * dim_div_n_head * n_head
            + 4,
            2 * batch * dim * seq_len
            + 12 * batch * dim_div_n_head * n_head * seq_len
            + 2 * batch * max(1, dim_div_n_head) * n_head * seq_len
            + 4 * batch * seq_len
            + 40 * dim**2
            + 2 * dim * dim_div_n_head * n_head
            + 42 * dim
            + 2 * dim_div_n_head
            - 2 * max(1, dim_div_n_head)
            + 4,
            8 * batch * dim * seq_len
            + 20 * batch * dim_div_n_head * n_head * seq_len
            + 14 * batch * n_head * seq_len**2
            + 14 * batch * max(1, dim_div_n_head) * n_head * seq_len
            + 4 * batch * seq_len
            + 24 * dim**2
            + 26 * dim
            + 14 * dim_div_n_head
            + 4 * seq_len**2
            - 14 * max(1, dim_div_n_head),
            2 * batch * dim * seq_len
            + 6 * batch * dim_div_n_head * n_head * seq_len
            + 6 * batch * max(1, dim_div_n_head) * n_head * seq_len
            + 4 * batch * seq_len
            + 40 * dim**2
            + 2 * dim * dim_div_n_head * n_head
            + 42 * dim
            + 2 * dim_div_n_head * seq_len
            + 4 * dim_div_n_head
            - 2 * max(1, dim_div_n_head) * seq_len
            - 4 * max(1, dim_div_n_head)
            + 4,
            2 * batch * dim * seq_len
            + 8 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * max(1, dim_div_n_head) * n_head * seq_len
            + 4 * batch * seq_len
            + 40 * dim**2
            + 2 * dim * dim_div_n_head * n_head
            + 42 * dim
            + 2 * dim_div_n_head * seq_len
            + 2 * dim_div_n_head
            - 2 * max(1, dim_div_n_head) * seq_len
            - 2 * max(1, dim_div_n_head)
            + 4,
        )
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if (
        (batch == 1 and n_head != 1 and n_head != dim)
        or (batch == 1 and n_head != 1 and seq_len != 1)
        or (batch == 1 and n_head == dim and dim != 1 and seq_len != 1)
    ):
        return max(
            224 * dim**2 + 224 * dim + 52,
            96 * dim**2 + 20 * dim * seq_len + 96 * dim + 8 * seq_len + 8,
            64 * dim**2
            + 92 * dim * seq_len
            + 56 * dim
            + 12 * n_head * seq_len**2
            + 16 * seq_len
            + 8,
            80 * dim**2
            + 60 * dim * seq_len
            + 72 * dim
            + 12 * n_head * seq_len**2
            + 16 * seq_len
            + 8,
            84 * dim**2
            + 32 * dim * seq_len
            + 84 * dim
            + 16 * n_head * seq_len**2
            + 8 * seq_len
            + 8,
            84 * dim**2
            + 36 * dim * seq_len
            + 84 * dim
            + 12 * n_head * seq_len**2
            + 8 * seq_len
            + 8,
        )
    if n_head == 1 and batch * seq_len >= 2:
        return max(
            224 * dim**2 + 224 * dim + 52,
            20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
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
            92 * batch * dim * seq_len
            + 12 * batch * seq_len**2
            + 16 * batch * seq_len
            + 64 * dim**2
            + 56 * dim
            + 8,
        )
    return max(
        224 * dim**2 + 224 * dim + 52,
        20 * batch * dim * seq_len + 8 * batch * seq_len + 96 * dim**2 + 96 * dim + 8,
        24 * batch * dim * seq_len
        + 16 * batch * n_head * seq_len**2
        + 8 * batch * seq_len
        + 84 * dim**2
        + 84 * dim
        + 8,
        28 * batch * dim * seq_len
        + 12 * batch * n_head * seq_len**2
        + 8 * batch * seq_len
        + 84 * dim**2
        + 84 * dim
        + 8,
        36 * batch * dim * seq_len
        + 12 * batch * n_head * seq_len**2
        + 8 * batch * seq_len
        + 48 * dim**2
        + 52 * dim
        + 4 * seq_len**2,
        52 * batch * dim * seq_len
        + 12 * batch * n_head * seq_len**2
        + 16 * batch * seq_len
        + 80 * dim**2
        + 72 * dim
        + 8,
        84 * batch * dim * seq_len
        + 12 * batch * n_head * seq_len**2
        + 16 * batch * seq_len
        + 64 * dim**2
        + 56 * dim
        + 8,
    )
