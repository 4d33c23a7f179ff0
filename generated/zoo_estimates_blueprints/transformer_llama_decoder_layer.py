"""transformer/llama_decoder_layer: transformers LlamaDecoderLayer with LlamaRotaryEmbedding
(causal, SDPA; SwiGLU 3 dim)

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.hf.llama_decoder_layer(); exact for 1 <= dim <= 65536, 1 <= n_head <= 8.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain transformer/llama_decoder_layer.
"""

from __future__ import annotations

from . import again, refused

KEY = "transformer/llama_decoder_layer"
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
    "the factory raises ValueError where dim // n_head % 2 == 1 (zoo/hf.py, in llama_decoder_layer)"
)
_NO_MODULE_2 = (
    "the factory raises StrictDataclassClassValidationError where dim % n_head != 0 "
    "(huggingface_hub/dataclasses.py, in validate)"
)


def _no_module(dim: int, n_head: int) -> bool:
    return dim // n_head % 2 == 1


def _no_module_2(dim: int, n_head: int) -> bool:
    return dim % n_head != 0


def transformer_llama_decoder_layer_params(dim: int, *, n_head: int = 4) -> int:
    """Parameters of transformer/llama_decoder_layer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if _no_module_2(dim, n_head): ValueError (the factory rejects it)
    otherwise: 9 * dim**2 + 4 * dim * (dim // n_head) * n_head + 2 * dim

    Per submodule:
        otherwise:
            layer.self_attn.q_proj (Linear): dim * (dim // n_head) * n_head
            layer.self_attn.k_proj (Linear): dim * (dim // n_head) * n_head
            layer.self_attn.v_proj (Linear): dim * (dim // n_head) * n_head
            layer.self_attn.o_proj (Linear): dim * (dim // n_head) * n_head
            layer.mlp.gate_proj (Linear): 3 * dim**2
            layer.mlp.up_proj (Linear): 3 * dim**2
            layer.mlp.down_proj (Linear): 3 * dim**2
            layer.input_layernorm (LlamaRMSNorm): dim
            layer.post_attention_layernorm (LlamaRMSNorm): dim
    """
    if not (type(dim) is type(n_head) is int and 1 <= dim <= 65536 and 1 <= n_head <= 8):
        return again(transformer_llama_decoder_layer_params, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    if _no_module_2(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE_2, dim=dim, n_head=n_head)
    return 9 * dim**2 + 4 * dim * (dim // n_head) * n_head + 2 * dim


def transformer_llama_decoder_layer_buffers(dim: int, *, n_head: int = 4) -> int:
    """Buffer elements of transformer/llama_decoder_layer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if _no_module_2(dim, n_head): ValueError (the factory rejects it)
    otherwise: 2 * ((dim // n_head + 1) // 2)
    """
    if not (type(dim) is type(n_head) is int and 1 <= dim <= 65536 and 1 <= n_head <= 8):
        return again(transformer_llama_decoder_layer_buffers, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    if _no_module_2(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE_2, dim=dim, n_head=n_head)
    return 2 * ((dim // n_head + 1) // 2)


def transformer_llama_decoder_layer_training_state_bytes(
    dim: int, *, optimizer: str = "adam", n_head: int = 4
) -> int:
    """Training state bytes of transformer/llama_decoder_layer.

    if optimizer == 'sgd':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if _no_module_2(dim, n_head): ValueError (the factory rejects it)
        otherwise: 72 * dim**2 + 32 * dim * (dim // n_head) * n_head + 16 * dim

    if optimizer == 'sgd_momentum':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if _no_module_2(dim, n_head): ValueError (the factory rejects it)
        otherwise: 108 * dim**2 + 48 * dim * (dim // n_head) * n_head + 24 * dim

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if _no_module_2(dim, n_head): ValueError (the factory rejects it)
        otherwise: 144 * dim**2 + 64 * dim * (dim // n_head) * n_head + 32 * dim + 36
    """
    if not (
        type(dim) is type(n_head) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_llama_decoder_layer_training_state_bytes, KEY, _DOMAIN, locals())
    dim_div_n_head = dim // n_head
    if optimizer == "sgd":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        if _no_module_2(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE_2, dim=dim, n_head=n_head)
        return 72 * dim**2 + 32 * dim * dim_div_n_head * n_head + 16 * dim
    if optimizer == "sgd_momentum":
        if _no_module(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
        if _no_module_2(dim, n_head):
            raise refused(KEY, "no module", _NO_MODULE_2, dim=dim, n_head=n_head)
        return 108 * dim**2 + 48 * dim * dim_div_n_head * n_head + 24 * dim
    if _no_module(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head)
    if _no_module_2(dim, n_head):
        raise refused(KEY, "no module", _NO_MODULE_2, dim=dim, n_head=n_head)
    return 144 * dim**2 + 64 * dim * dim_div_n_head * n_head + 32 * dim + 36


def transformer_llama_decoder_layer_forward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward FLOPs of transformer/llama_decoder_layer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if _no_module_2(dim, n_head): ValueError (the factory rejects it)
    otherwise: 26 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_llama_decoder_layer_forward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if _no_module_2(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE_2, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return 26 * batch * dim**2 * seq_len + 4 * batch * dim * seq_len**2


def transformer_llama_decoder_layer_backward_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward FLOPs of transformer/llama_decoder_layer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if _no_module_2(dim, n_head): ValueError (the factory rejects it)
    otherwise: 52 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_llama_decoder_layer_backward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if _no_module_2(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE_2, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return 52 * batch * dim**2 * seq_len + 10 * batch * dim * seq_len**2


def transformer_llama_decoder_layer_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Forward elementwise operations of transformer/llama_decoder_layer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if _no_module_2(dim, n_head): ValueError (the factory rejects it)
    if (dim // n_head + 1) // 2 == 1: 16 * batch * dim * seq_len - 2 * batch * (dim // (2 * n_head))
        * n_head * seq_len + 8 * batch * (dim // n_head) * n_head * seq_len + 4 * batch * seq_len +
        9 * seq_len
    otherwise: 16 * batch * dim * seq_len - 2 * batch * (dim // (2 * n_head)) * n_head * seq_len + 8
        * batch * (dim // n_head) * n_head * seq_len + 4 * batch * seq_len + 9 * ((dim // n_head +
        1) // 2) * seq_len
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_llama_decoder_layer_elementwise_flops, KEY, _DOMAIN, locals())
    dim_div_n_head = dim // n_head
    quotient_2 = (dim // n_head + 1) // 2
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if _no_module_2(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE_2, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if quotient_2 == 1:
        return (
            16 * batch * dim * seq_len
            + 8 * batch * dim_div_n_head * n_head * seq_len
            - 2 * batch * (dim // (2 * n_head)) * n_head * seq_len
            + 4 * batch * seq_len
            + 9 * seq_len
        )
    return (
        16 * batch * dim * seq_len
        + 8 * batch * dim_div_n_head * n_head * seq_len
        - 2 * batch * (dim // (2 * n_head)) * n_head * seq_len
        + 4 * batch * seq_len
        + 9 * quotient_2 * seq_len
    )


def transformer_llama_decoder_layer_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Backward elementwise operations of transformer/llama_decoder_layer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if _no_module_2(dim, n_head): ValueError (the factory rejects it)
    otherwise: 36 * batch * dim * seq_len - 2 * batch * (dim // (2 * n_head)) * n_head * seq_len +
        10 * batch * (dim // n_head) * n_head * seq_len + 6 * batch * seq_len
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(
            transformer_llama_decoder_layer_backward_elementwise_flops, KEY, _DOMAIN, locals()
        )
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if _no_module_2(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE_2, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    return (
        36 * batch * dim * seq_len
        - 2 * batch * (dim // (2 * n_head)) * n_head * seq_len
        + 10 * batch * (dim // n_head) * n_head * seq_len
        + 6 * batch * seq_len
    )


def transformer_llama_decoder_layer_activation_bytes(
    dim: int, *, batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Activation bytes of transformer/llama_decoder_layer.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if _no_module_2(dim, n_head): ValueError (the factory rejects it)
    if (dim // n_head + 1) // 2 == 1: 88 * batch * dim * seq_len + 4 * batch * n_head * seq_len + 8
        * batch * seq_len + 16 * seq_len
    otherwise: 72 * batch * dim * seq_len + 16 * batch * (dim // n_head) * n_head * seq_len + 4 *
        batch * n_head * seq_len + 8 * batch * seq_len + 16 * ((dim // n_head + 1) // 2) * seq_len
    """
    if not (
        type(dim) is type(n_head) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= n_head <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_llama_decoder_layer_activation_bytes, KEY, _DOMAIN, locals())
    dim_div_n_head = dim // n_head
    quotient_2 = (dim // n_head + 1) // 2
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if _no_module_2(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE_2, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if quotient_2 == 1:
        return (
            88 * batch * dim * seq_len
            + 4 * batch * n_head * seq_len
            + 8 * batch * seq_len
            + 16 * seq_len
        )
    return (
        72 * batch * dim * seq_len
        + 16 * batch * dim_div_n_head * n_head * seq_len
        + 4 * batch * n_head * seq_len
        + 8 * batch * seq_len
        + 16 * quotient_2 * seq_len
    )


def transformer_llama_decoder_layer_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, seq_len: int, n_head: int = 4
) -> int:
    """Peak bytes of a training step of transformer/llama_decoder_layer.

    if optimizer == 'sgd':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if _no_module_2(dim, n_head): ValueError (the factory rejects it)
        if (dim // n_head + 1) // 2 == 1: max(12 * batch * dim * seq_len + 12 * batch *
            (dim // n_head) * n_head * seq_len + 72 * dim**2 + 24 * dim * (dim // n_head) * n_head +
            12 * dim + 16, 16 * batch * dim * seq_len + 4 * batch * (dim // n_head) * n_head *
            seq_len + 72 * dim**2 + 32 * dim * (dim // n_head) * n_head + 12 * dim + 16, 16 * batch
            * dim * seq_len + 8 * batch * (dim // n_head) * n_head * seq_len + 72 * dim**2 + 28 *
            dim * (dim // n_head) * n_head + 12 * dim + 16, 20 * batch * dim * seq_len + 4 * batch *
            (dim // n_head) * n_head * seq_len + 72 * dim**2 + 28 * dim * (dim // n_head) * n_head +
            12 * dim + 16, 8 * batch * dim * seq_len + 28 * batch * (dim // n_head) * n_head *
            seq_len + 36 * dim**2 + 16 * dim * (dim // n_head) * n_head + 8 * dim + 24 * seq_len +
            8, 8 * batch * dim * seq_len + 32 * batch * (dim // n_head) * n_head * seq_len + 4 *
            batch * n_head * seq_len + 72 * dim**2 + 20 * dim * (dim // n_head) * n_head + 12 * dim
            + 16 * seq_len + 16, 12 * batch * dim * seq_len + 20 * batch * (dim // n_head) * n_head
            * seq_len + 4 * batch * n_head * seq_len + 72 * dim**2 + 20 * dim * (dim // n_head) *
            n_head + 12 * dim + 16 * seq_len + 16, 40 * batch * dim * seq_len + 16 * batch *
            (dim // n_head) * n_head * seq_len + 4 * batch * n_head * seq_len + 4 * batch * seq_len
            + 72 * dim**2 + 16 * dim * (dim // n_head) * n_head + 8 * dim + 16 * seq_len + 16, 60 *
            batch * dim * seq_len + 16 * batch * (dim // n_head) * n_head * seq_len + 4 * batch *
            n_head * seq_len + 4 * batch * seq_len + 60 * dim**2 + 16 * dim * (dim // n_head) *
            n_head + 8 * dim + 16 * seq_len + 16, 92 * batch * dim * seq_len + 16 * batch *
            (dim // n_head) * n_head * seq_len + 4 * batch * n_head * seq_len + 4 * batch * seq_len
            + 48 * dim**2 + 16 * dim * (dim // n_head) * n_head + 8 * dim + 16 * seq_len + 16, 8 *
            batch * dim * seq_len + 16 * batch * (dim // n_head) * n_head * seq_len + 8 * batch *
            max(1, dim // n_head) * n_head * seq_len + 72 * dim**2 + 20 * dim * (dim // n_head) *
            n_head + 12 * dim + 16 * seq_len + 8 * (dim // n_head) - 8 * max(1, dim // n_head) + 16,
            8 * batch * dim * seq_len - 4 * batch * (dim // (2 * n_head)) * n_head * seq_len + 20 *
            batch * (dim // n_head) * n_head * seq_len + 4 * batch * max(1, dim // n_head) * n_head
            * seq_len + 72 * dim**2 + 20 * dim * (dim // n_head) * n_head + 12 * dim + 16 * seq_len
            + 4 * (dim // n_head) - 4 * max(1, dim // n_head) + 16)
        otherwise: max(36 * dim**2 + 16 * dim * (dim // n_head) * n_head + 8 * dim + 36 *
            ((dim // n_head + 1) // 2) * seq_len + 8 * seq_len + 8 * ((dim // n_head + 1) // 2), 12
            * batch * dim * seq_len + 12 * batch * (dim // n_head) * n_head * seq_len + 72 * dim**2
            + 24 * dim * (dim // n_head) * n_head + 12 * dim + 8 * ((dim // n_head + 1) // 2) + 8,
            16 * batch * dim * seq_len + 4 * batch * (dim // n_head) * n_head * seq_len + 72 *
            dim**2 + 32 * dim * (dim // n_head) * n_head + 12 * dim + 8 * ((dim // n_head + 1) // 2)
            + 8, 16 * batch * dim * seq_len + 8 * batch * (dim // n_head) * n_head * seq_len + 72 *
            dim**2 + 28 * dim * (dim // n_head) * n_head + 12 * dim + 8 * ((dim // n_head + 1) // 2)
            + 8, 20 * batch * dim * seq_len + 4 * batch * (dim // n_head) * n_head * seq_len + 72 *
            dim**2 + 28 * dim * (dim // n_head) * n_head + 12 * dim + 8 * ((dim // n_head + 1) // 2)
            + 8, 8 * batch * dim * seq_len + 28 * batch * (dim // n_head) * n_head * seq_len + 36 *
            dim**2 + 16 * dim * (dim // n_head) * n_head + 8 * dim + 16 * ((dim // n_head + 1) // 2)
            * seq_len + 8 * seq_len + 8 * ((dim // n_head + 1) // 2), 8 * batch * dim * seq_len + 32
            * batch * (dim // n_head) * n_head * seq_len + 4 * batch * n_head * seq_len + 72 *
            dim**2 + 20 * dim * (dim // n_head) * n_head + 12 * dim + 16 * ((dim // n_head +
            1) // 2) * seq_len + 8 * ((dim // n_head + 1) // 2) + 8, 12 * batch * dim * seq_len + 20
            * batch * (dim // n_head) * n_head * seq_len + 4 * batch * n_head * seq_len + 72 *
            dim**2 + 20 * dim * (dim // n_head) * n_head + 12 * dim + 16 * ((dim // n_head +
            1) // 2) * seq_len + 8 * ((dim // n_head + 1) // 2) + 8, 40 * batch * dim * seq_len + 16
            * batch * (dim // n_head) * n_head * seq_len + 4 * batch * n_head * seq_len + 4 * batch
            * seq_len + 72 * dim**2 + 16 * dim * (dim // n_head) * n_head + 8 * dim + 16 *
            ((dim // n_head + 1) // 2) * seq_len + 8 * ((dim // n_head + 1) // 2) + 8, 60 * batch *
            dim * seq_len + 16 * batch * (dim // n_head) * n_head * seq_len + 4 * batch * n_head *
            seq_len + 4 * batch * seq_len + 60 * dim**2 + 16 * dim * (dim // n_head) * n_head + 8 *
            dim + 16 * ((dim // n_head + 1) // 2) * seq_len + 8 * ((dim // n_head + 1) // 2) + 8, 92
            * batch * dim * seq_len + 16 * batch * (dim // n_head) * n_head * seq_len + 4 * batch *
            n_head * seq_len + 4 * batch * seq_len + 48 * dim**2 + 16 * dim * (dim // n_head) *
            n_head + 8 * dim + 16 * ((dim // n_head + 1) // 2) * seq_len + 8 * ((dim // n_head +
            1) // 2) + 8, 8 * batch * dim * seq_len + 16 * batch * (dim // n_head) * n_head *
            seq_len + 8 * batch * max(1, dim // n_head) * n_head * seq_len + 72 * dim**2 + 20 * dim
            * (dim // n_head) * n_head + 12 * dim + 16 * ((dim // n_head + 1) // 2) * seq_len + 8 *
            (dim // n_head) + 8 * ((dim // n_head + 1) // 2) - 8 * max(1, dim // n_head) + 8, 8 *
            batch * dim * seq_len - 4 * batch * (dim // (2 * n_head)) * n_head * seq_len + 20 *
            batch * (dim // n_head) * n_head * seq_len + 4 * batch * max(1, dim // n_head) * n_head
            * seq_len + 72 * dim**2 + 20 * dim * (dim // n_head) * n_head + 12 * dim + 16 *
            ((dim // n_head + 1) // 2) * seq_len + 4 * (dim // n_head) + 8 * ((dim // n_head +
            1) // 2) - 4 * max(1, dim // n_head) + 8)

    if optimizer == 'sgd_momentum':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if _no_module_2(dim, n_head): ValueError (the factory rejects it)
        if (dim // n_head + 1) // 2 == 1: max(12 * batch * dim * seq_len + 12 * batch *
            (dim // n_head) * n_head * seq_len + 72 * dim**2 + 24 * dim * (dim // n_head) * n_head +
            12 * dim + 16, 16 * batch * dim * seq_len + 4 * batch * (dim // n_head) * n_head *
            seq_len + 72 * dim**2 + 32 * dim * (dim // n_head) * n_head + 12 * dim + 16, 16 * batch
            * dim * seq_len + 8 * batch * (dim // n_head) * n_head * seq_len + 72 * dim**2 + 28 *
            dim * (dim // n_head) * n_head + 12 * dim + 16, 20 * batch * dim * seq_len + 4 * batch *
            (dim // n_head) * n_head * seq_len + 72 * dim**2 + 28 * dim * (dim // n_head) * n_head +
            12 * dim + 16, 108 * dim**2 + 44 * dim * (dim // n_head) * n_head + 4 * dim * max(1,
            (dim // n_head) * n_head) + 24 * dim + 4 * (dim // n_head) * n_head - 4 * max(1,
            (dim // n_head) * n_head) + 12, 8 * batch * dim * seq_len + 28 * batch * (dim // n_head)
            * n_head * seq_len + 36 * dim**2 + 16 * dim * (dim // n_head) * n_head + 8 * dim + 24 *
            seq_len + 8, 8 * batch * dim * seq_len + 32 * batch * (dim // n_head) * n_head * seq_len
            + 4 * batch * n_head * seq_len + 72 * dim**2 + 20 * dim * (dim // n_head) * n_head + 12
            * dim + 16 * seq_len + 16, 12 * batch * dim * seq_len + 20 * batch * (dim // n_head) *
            n_head * seq_len + 4 * batch * n_head * seq_len + 72 * dim**2 + 20 * dim *
            (dim // n_head) * n_head + 12 * dim + 16 * seq_len + 16, 40 * batch * dim * seq_len + 16
            * batch * (dim // n_head) * n_head * seq_len + 4 * batch * n_head * seq_len + 4 * batch
            * seq_len + 72 * dim**2 + 16 * dim * (dim // n_head) * n_head + 8 * dim + 16 * seq_len +
            16, 60 * batch * dim * seq_len + 16 * batch * (dim // n_head) * n_head * seq_len + 4 *
            batch * n_head * seq_len + 4 * batch * seq_len + 60 * dim**2 + 16 * dim *
            (dim // n_head) * n_head + 8 * dim + 16 * seq_len + 16, 92 * batch * dim * seq_len + 16
            * batch * (dim // n_head) * n_head * seq_len + 4 * batch * n_head * seq_len + 4 * batch
            * seq_len + 48 * dim**2 + 16 * dim * (dim // n_head) * n_head + 8 * dim + 16 * seq_len +
            16, 8 * batch * dim * seq_len + 16 * batch * (dim // n_head) * n_head * seq_len + 8 *
            batch * max(1, dim // n_head) * n_head * seq_len + 72 * dim**2 + 20 * dim *
            (dim // n_head) * n_head + 12 * dim + 16 * seq_len + 8 * (dim // n_head) - 8 * max(1,
            dim // n_head) + 16, 8 * batch * dim * seq_len - 4 * batch * (dim // (2 * n_head)) *
            n_head * seq_len + 20 * batch * (dim // n_head) * n_head * seq_len + 4 * batch * max(1,
            dim // n_head) * n_head * seq_len + 72 * dim**2 + 20 * dim * (dim // n_head) * n_head +
            12 * dim + 16 * seq_len + 4 * (dim // n_head) - 4 * max(1, dim // n_head) + 16)
        otherwise: max(36 * dim**2 + 16 * dim * (dim // n_head) * n_head + 8 * dim + 36 *
            ((dim // n_head + 1) // 2) * seq_len + 8 * seq_len + 8 * ((dim // n_head + 1) // 2), 12
            * batch * dim * seq_len + 12 * batch * (dim // n_head) * n_head * seq_len + 72 * dim**2
            + 24 * dim * (dim // n_head) * n_head + 12 * dim + 8 * ((dim // n_head + 1) // 2) + 8,
            16 * batch * dim * seq_len + 4 * batch * (dim // n_head) * n_head * seq_len + 72 *
            dim**2 + 32 * dim * (dim // n_head) * n_head + 12 * dim + 8 * ((dim // n_head + 1) // 2)
            + 8, 16 * batch * dim * seq_len + 8 * batch * (dim // n_head) * n_head * seq_len + 72 *
            dim**2 + 28 * dim * (dim // n_head) * n_head + 12 * dim + 8 * ((dim // n_head + 1) // 2)
            + 8, 20 * batch * dim * seq_len + 4 * batch * (dim // n_head) * n_head * seq_len + 72 *
            dim**2 + 28 * dim * (dim // n_head) * n_head + 12 * dim + 8 * ((dim // n_head + 1) // 2)
            + 8, 108 * dim**2 + 44 * dim * (dim // n_head) * n_head + 4 * dim * max(1,
            (dim // n_head) * n_head) + 24 * dim + 4 * (dim // n_head) * n_head + 8 *
            ((dim // n_head + 1) // 2) - 4 * max(1, (dim // n_head) * n_head) + 4, 8 * batch * dim *
            seq_len + 28 * batch * (dim // n_head) * n_head * seq_len + 36 * dim**2 + 16 * dim *
            (dim // n_head) * n_head + 8 * dim + 16 * ((dim // n_head + 1) // 2) * seq_len + 8 *
            seq_len + 8 * ((dim // n_head + 1) // 2), 8 * batch * dim * seq_len + 32 * batch *
            (dim // n_head) * n_head * seq_len + 4 * batch * n_head * seq_len + 72 * dim**2 + 20 *
            dim * (dim // n_head) * n_head + 12 * dim + 16 * ((dim // n_head + 1) // 2) * seq_len +
            8 * ((dim // n_head + 1) // 2) + 8, 12 * batch * dim * seq_len + 20 * batch *
            (dim // n_head) * n_head * seq_len + 4 * batch * n_head * seq_len + 72 * dim**2 + 20 *
            dim * (dim // n_head) * n_head + 12 * dim + 16 * ((dim // n_head + 1) // 2) * seq_len +
            8 * ((dim // n_head + 1) // 2) + 8, 40 * batch * dim * seq_len + 16 * batch *
            (dim // n_head) * n_head * seq_len + 4 * batch * n_head * seq_len + 4 * batch * seq_len
            + 72 * dim**2 + 16 * dim * (dim // n_head) * n_head + 8 * dim + 16 * ((dim // n_head +
            1) // 2) * seq_len + 8 * ((dim // n_head + 1) // 2) + 8, 60 * batch * dim * seq_len + 16
            * batch * (dim // n_head) * n_head * seq_len + 4 * batch * n_head * seq_len + 4 * batch
            * seq_len + 60 * dim**2 + 16 * dim * (dim // n_head) * n_head + 8 * dim + 16 *
            ((dim // n_head + 1) // 2) * seq_len + 8 * ((dim // n_head + 1) // 2) + 8, 92 * batch *
            dim * seq_len + 16 * batch * (dim // n_head) * n_head * seq_len + 4 * batch * n_head *
            seq_len + 4 * batch * seq_len + 48 * dim**2 + 16 * dim * (dim // n_head) * n_head + 8 *
            dim + 16 * ((dim // n_head + 1) // 2) * seq_len + 8 * ((dim // n_head + 1) // 2) + 8, 8
            * batch * dim * seq_len + 16 * batch * (dim // n_head) * n_head * seq_len + 8 * batch *
            max(1, dim // n_head) * n_head * seq_len + 72 * dim**2 + 20 * dim * (dim // n_head) *
            n_head + 12 * dim + 16 * ((dim // n_head + 1) // 2) * seq_len + 8 * (dim // n_head) + 8
            * ((dim // n_head + 1) // 2) - 8 * max(1, dim // n_head) + 8, 8 * batch * dim * seq_len
            - 4 * batch * (dim // (2 * n_head)) * n_head * seq_len + 20 * batch * (dim // n_head) *
            n_head * seq_len + 4 * batch * max(1, dim // n_head) * n_head * seq_len + 72 * dim**2 +
            20 * dim * (dim // n_head) * n_head + 12 * dim + 16 * ((dim // n_head + 1) // 2) *
            seq_len + 4 * (dim // n_head) + 8 * ((dim // n_head + 1) // 2) - 4 * max(1,
            dim // n_head) + 8)

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if _no_module_2(dim, n_head): ValueError (the factory rejects it)
        if (dim // n_head + 1) // 2 == 1: max(144 * dim**2 + 76 * dim * (dim // n_head) * n_head +
            32 * dim + 48, 168 * dim**2 + 68 * dim * (dim // n_head) * n_head + 32 * dim + 48, 180 *
            dim**2 + 64 * dim * (dim // n_head) * n_head + 32 * dim + 48, 12 * batch * dim * seq_len
            + 12 * batch * (dim // n_head) * n_head * seq_len + 72 * dim**2 + 24 * dim *
            (dim // n_head) * n_head + 12 * dim + 16, 16 * batch * dim * seq_len + 4 * batch *
            (dim // n_head) * n_head * seq_len + 72 * dim**2 + 32 * dim * (dim // n_head) * n_head +
            12 * dim + 16, 16 * batch * dim * seq_len + 8 * batch * (dim // n_head) * n_head *
            seq_len + 72 * dim**2 + 28 * dim * (dim // n_head) * n_head + 12 * dim + 16, 20 * batch
            * dim * seq_len + 4 * batch * (dim // n_head) * n_head * seq_len + 72 * dim**2 + 28 *
            dim * (dim // n_head) * n_head + 12 * dim + 16, 8 * batch * dim * seq_len + 28 * batch *
            (dim // n_head) * n_head * seq_len + 36 * dim**2 + 16 * dim * (dim // n_head) * n_head +
            8 * dim + 24 * seq_len + 8, 8 * batch * dim * seq_len + 32 * batch * (dim // n_head) *
            n_head * seq_len + 4 * batch * n_head * seq_len + 72 * dim**2 + 20 * dim *
            (dim // n_head) * n_head + 12 * dim + 16 * seq_len + 16, 12 * batch * dim * seq_len + 20
            * batch * (dim // n_head) * n_head * seq_len + 4 * batch * n_head * seq_len + 72 *
            dim**2 + 20 * dim * (dim // n_head) * n_head + 12 * dim + 16 * seq_len + 16, 40 * batch
            * dim * seq_len + 16 * batch * (dim // n_head) * n_head * seq_len + 4 * batch * n_head *
            seq_len + 4 * batch * seq_len + 72 * dim**2 + 16 * dim * (dim // n_head) * n_head + 8 *
            dim + 16 * seq_len + 16, 60 * batch * dim * seq_len + 16 * batch * (dim // n_head) *
            n_head * seq_len + 4 * batch * n_head * seq_len + 4 * batch * seq_len + 60 * dim**2 + 16
            * dim * (dim // n_head) * n_head + 8 * dim + 16 * seq_len + 16, 92 * batch * dim *
            seq_len + 16 * batch * (dim // n_head) * n_head * seq_len + 4 * batch * n_head * seq_len
            + 4 * batch * seq_len + 48 * dim**2 + 16 * dim * (dim // n_head) * n_head + 8 * dim + 16
            * seq_len + 16, 8 * batch * dim * seq_len + 16 * batch * (dim // n_head) * n_head *
            seq_len + 8 * batch * max(1, dim // n_head) * n_head * seq_len + 72 * dim**2 + 20 * dim
            * (dim // n_head) * n_head + 12 * dim + 16 * seq_len + 8 * (dim // n_head) - 8 * max(1,
            dim // n_head) + 16, 8 * batch * dim * seq_len - 4 * batch * (dim // (2 * n_head)) *
            n_head * seq_len + 20 * batch * (dim // n_head) * n_head * seq_len + 4 * batch * max(1,
            dim // n_head) * n_head * seq_len + 72 * dim**2 + 20 * dim * (dim // n_head) * n_head +
            12 * dim + 16 * seq_len + 4 * (dim // n_head) - 4 * max(1, dim // n_head) + 16)
        otherwise: max(144 * dim**2 + 76 * dim * (dim // n_head) * n_head + 32 * dim + 8 *
            ((dim // n_head + 1) // 2) + 40, 168 * dim**2 + 68 * dim * (dim // n_head) * n_head + 32
            * dim + 8 * ((dim // n_head + 1) // 2) + 40, 180 * dim**2 + 64 * dim * (dim // n_head) *
            n_head + 32 * dim + 8 * ((dim // n_head + 1) // 2) + 40, 36 * dim**2 + 16 * dim *
            (dim // n_head) * n_head + 8 * dim + 36 * ((dim // n_head + 1) // 2) * seq_len + 8 *
            seq_len + 8 * ((dim // n_head + 1) // 2), 12 * batch * dim * seq_len + 12 * batch *
            (dim // n_head) * n_head * seq_len + 72 * dim**2 + 24 * dim * (dim // n_head) * n_head +
            12 * dim + 8 * ((dim // n_head + 1) // 2) + 8, 16 * batch * dim * seq_len + 4 * batch *
            (dim // n_head) * n_head * seq_len + 72 * dim**2 + 32 * dim * (dim // n_head) * n_head +
            12 * dim + 8 * ((dim // n_head + 1) // 2) + 8, 16 * batch * dim * seq_len + 8 * batch *
            (dim // n_head) * n_head * seq_len + 72 * dim**2 + 28 * dim * (dim // n_head) * n_head +
            12 * dim + 8 * ((dim // n_head + 1) // 2) + 8, 20 * batch * dim * seq_len + 4 * batch *
            (dim // n_head) * n_head * seq_len + 72 * dim**2 + 28 * dim * (dim // n_head) * n_head +
            12 * dim + 8 * ((dim // n_head + 1) // 2) + 8, 8 * batch * dim * seq_len + 28 * batch *
            (dim // n_head) * n_head * seq_len + 36 * dim**2 + 16 * dim * (dim // n_head) * n_head +
            8 * dim + 16 * ((dim // n_head + 1) // 2) * seq_len + 8 * seq_len + 8 * ((dim // n_head
            + 1) // 2), 8 * batch * dim * seq_len + 32 * batch * (dim // n_head) * n_head * seq_len
            + 4 * batch * n_head * seq_len + 72 * dim**2 + 20 * dim * (dim // n_head) * n_head + 12
            * dim + 16 * ((dim // n_head + 1) // 2) * seq_len + 8 * ((dim // n_head + 1) // 2) + 8,
            12 * batch * dim * seq_len + 20 * batch * (dim // n_head) * n_head * seq_len + 4 * batch
            * n_head * seq_len + 72 * dim**2 + 20 * dim * (dim // n_head) * n_head + 12 * dim + 16 *
            ((dim // n_head + 1) // 2) * seq_len + 8 * ((dim // n_head + 1) // 2) + 8, 40 * batch *
            dim * seq_len + 16 * batch * (dim // n_head) * n_head * seq_len + 4 * batch * n_head *
            seq_len + 4 * batch * seq_len + 72 * dim**2 + 16 * dim * (dim // n_head) * n_head + 8 *
            dim + 16 * ((dim // n_head + 1) // 2) * seq_len + 8 * ((dim // n_head + 1) // 2) + 8, 60
            * batch * dim * seq_len + 16 * batch * (dim // n_head) * n_head * seq_len + 4 * batch *
            n_head * seq_len + 4 * batch * seq_len + 60 * dim**2 + 16 * dim * (dim // n_head) *
            n_head + 8 * dim + 16 * ((dim // n_head + 1) // 2) * seq_len + 8 * ((dim // n_head +
            1) // 2) + 8, 92 * batch * dim * seq_len + 16 * batch * (dim // n_head) * n_head *
            seq_len + 4 * batch * n_head * seq_len + 4 * batch * seq_len + 48 * dim**2 + 16 * dim *
            (dim // n_head) * n_head + 8 * dim + 16 * ((dim // n_head + 1) // 2) * seq_len + 8 *
            ((dim // n_head + 1) // 2) + 8, 8 * batch * dim * seq_len + 16 * batch * (dim // n_head)
            * n_head * seq_len + 8 * batch * max(1, dim // n_head) * n_head * seq_len + 72 * dim**2
            + 20 * dim * (dim // n_head) * n_head + 12 * dim + 16 * ((dim // n_head + 1) // 2) *
            seq_len + 8 * (dim // n_head) + 8 * ((dim // n_head + 1) // 2) - 8 * max(1,
            dim // n_head) + 8, 8 * batch * dim * seq_len - 4 * batch * (dim // (2 * n_head)) *
            n_head * seq_len + 20 * batch * (dim // n_head) * n_head * seq_len + 4 * batch * max(1,
            dim // n_head) * n_head * seq_len + 72 * dim**2 + 20 * dim * (dim // n_head) * n_head +
            12 * dim + 16 * ((dim // n_head + 1) // 2) * seq_len + 4 * (dim // n_head) + 8 *
            ((dim // n_head + 1) // 2) - 4 * max(1, dim // n_head) + 8)
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
        return again(transformer_llama_decoder_layer_peak_bytes, KEY, _DOMAIN, locals())
    dim_div_n_head = dim // n_head
    quotient_2 = (dim // n_head + 1) // 2
    if optimizer == "sgd":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if _no_module_2(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE_2, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if quotient_2 == 1:
            return max(
                12 * batch * dim * seq_len
                + 12 * batch * dim_div_n_head * n_head * seq_len
                + 72 * dim**2
                + 24 * dim * dim_div_n_head * n_head
                + 12 * dim
                + 16,
                16 * batch * dim * seq_len
                + 4 * batch * dim_div_n_head * n_head * seq_len
                + 72 * dim**2
                + 32 * dim * dim_div_n_head * n_head
                + 12 * dim
                + 16,
                16 * batch * dim * seq_len
                + 8 * batch * dim_div_n_head * n_head * seq_len
                + 72 * dim**2
                + 28 * dim * dim_div_n_head * n_head
                + 12 * dim
                + 16,
                20 * batch * dim * seq_len
                + 4 * batch * dim_div_n_head * n_head * seq_len
                + 72 * dim**2
                + 28 * dim * dim_div_n_head * n_head
                + 12 * dim
                + 16,
                8 * batch * dim * seq_len
                + 28 * batch * dim_div_n_head * n_head * seq_len
                + 36 * dim**2
                + 16 * dim * dim_div_n_head * n_head
                + 8 * dim
                + 24 * seq_len
                + 8,
                8 * batch * dim * seq_len
                + 32 * batch * dim_div_n_head * n_head * seq_len
                + 4 * batch * n_head * seq_len
                + 72 * dim**2
                + 20 * dim * dim_div_n_head * n_head
                + 12 * dim
                + 16 * seq_len
                + 16,
                12 * batch * dim * seq_len
                + 20 * batch * dim_div_n_head * n_head * seq_len
                + 4 * batch * n_head * seq_len
                + 72 * dim**2
                + 20 * dim * dim_div_n_head * n_head
                + 12 * dim
                + 16 * seq_len
                + 16,
                40 * batch * dim * seq_len
                + 16 * batch * dim_div_n_head * n_head * seq_len
                + 4 * batch * n_head * seq_len
                + 4 * batch * seq_len
                + 72 * dim**2
                + 16 * dim * dim_div_n_head * n_head
                + 8 * dim
                + 16 * seq_len
                + 16,
                60 * batch * dim * seq_len
                + 16 * batch * dim_div_n_head * n_head * seq_len
                + 4 * batch * n_head * seq_len
                + 4 * batch * seq_len
                + 60 * dim**2
                + 16 * dim * dim_div_n_head * n_head
                + 8 * dim
                + 16 * seq_len
                + 16,
                92 * batch * dim * seq_len
                + 16 * batch * dim_div_n_head * n_head * seq_len
                + 4 * batch * n_head * seq_len
                + 4 * batch * seq_len
                + 48 * dim**2
                + 16 * dim * dim_div_n_head * n_head
                + 8 * dim
                + 16 * seq_len
                + 16,
                8 * batch * dim * seq_len
                + 16 * batch * dim_div_n_head * n_head * seq_len
                + 8 * batch * max(1, dim_div_n_head) * n_head * seq_len
                + 72 * dim**2
                + 20 * dim * dim_div_n_head * n_head
                + 12 * dim
                + 8 * dim_div_n_head
                + 16 * seq_len
                - 8 * max(1, dim_div_n_head)
                + 16,
                8 * batch * dim * seq_len
                + 20 * batch * dim_div_n_head * n_head * seq_len
                - 4 * batch * (dim // (2 * n_head)) * n_head * seq_len
                + 4 * batch * max(1, dim_div_n_head) * n_head * seq_len
                + 72 * dim**2
                + 20 * dim * dim_div_n_head * n_head
                + 12 * dim
                + 4 * dim_div_n_head
                + 16 * seq_len
                - 4 * max(1, dim_div_n_head)
                + 16,
            )
        return max(
            36 * dim**2
            + 16 * dim * dim_div_n_head * n_head
            + 8 * dim
            + 36 * quotient_2 * seq_len
            + 8 * quotient_2
            + 8 * seq_len,
            12 * batch * dim * seq_len
            + 12 * batch * dim_div_n_head * n_head * seq_len
            + 72 * dim**2
            + 24 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 8 * quotient_2
            + 8,
            16 * batch * dim * seq_len
            + 4 * batch * dim_div_n_head * n_head * seq_len
            + 72 * dim**2
            + 32 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 8 * quotient_2
            + 8,
            16 * batch * dim * seq_len
            + 8 * batch * dim_div_n_head * n_head * seq_len
            + 72 * dim**2
            + 28 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 8 * quotient_2
            + 8,
            20 * batch * dim * seq_len
            + 4 * batch * dim_div_n_head * n_head * seq_len
            + 72 * dim**2
            + 28 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 8 * quotient_2
            + 8,
            8 * batch * dim * seq_len
            + 28 * batch * dim_div_n_head * n_head * seq_len
            + 36 * dim**2
            + 16 * dim * dim_div_n_head * n_head
            + 8 * dim
            + 16 * quotient_2 * seq_len
            + 8 * quotient_2
            + 8 * seq_len,
            8 * batch * dim * seq_len
            + 32 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 72 * dim**2
            + 20 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 16 * quotient_2 * seq_len
            + 8 * quotient_2
            + 8,
            12 * batch * dim * seq_len
            + 20 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 72 * dim**2
            + 20 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 16 * quotient_2 * seq_len
            + 8 * quotient_2
            + 8,
            40 * batch * dim * seq_len
            + 16 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 4 * batch * seq_len
            + 72 * dim**2
            + 16 * dim * dim_div_n_head * n_head
            + 8 * dim
            + 16 * quotient_2 * seq_len
            + 8 * quotient_2
            + 8,
            60 * batch * dim * seq_len
            + 16 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 4 * batch * seq_len
            + 60 * dim**2
            + 16 * dim * dim_div_n_head * n_head
            + 8 * dim
            + 16 * quotient_2 * seq_len
            + 8 * quotient_2
            + 8,
            92 * batch * dim * seq_len
            + 16 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 4 * batch * seq_len
            + 48 * dim**2
            + 16 * dim * dim_div_n_head * n_head
            + 8 * dim
            + 16 * quotient_2 * seq_len
            + 8 * quotient_2
            + 8,
            8 * batch * dim * seq_len
            + 16 * batch * dim_div_n_head * n_head * seq_len
            + 8 * batch * max(1, dim_div_n_head) * n_head * seq_len
            + 72 * dim**2
            + 20 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 8 * dim_div_n_head
            + 16 * quotient_2 * seq_len
            + 8 * quotient_2
            - 8 * max(1, dim_div_n_head)
            + 8,
            8 * batch * dim * seq_len
            + 20 * batch * dim_div_n_head * n_head * seq_len
            - 4 * batch * (dim // (2 * n_head)) * n_head * seq_len
            + 4 * batch * max(1, dim_div_n_head) * n_head * seq_len
            + 72 * dim**2
            + 20 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 4 * dim_div_n_head
            + 16 * quotient_2 * seq_len
            + 8 * quotient_2
            - 4 * max(1, dim_div_n_head)
            + 8,
        )
    if optimizer == "sgd_momentum":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if _no_module_2(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE_2, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
            )
        if quotient_2 == 1:
            return max(
                12 * batch * dim * seq_len
                + 12 * batch * dim_div_n_head * n_head * seq_len
                + 72 * dim**2
                + 24 * dim * dim_div_n_head * n_head
                + 12 * dim
                + 16,
                16 * batch * dim * seq_len
                + 4 * batch * dim_div_n_head * n_head * seq_len
                + 72 * dim**2
                + 32 * dim * dim_div_n_head * n_head
                + 12 * dim
                + 16,
                16 * batch * dim * seq_len
                + 8 * batch * dim_div_n_head * n_head * seq_len
                + 72 * dim**2
                + 28 * dim * dim_div_n_head * n_head
                + 12 * dim
                + 16,
                20 * batch * dim * seq_len
                + 4 * batch * dim_div_n_head * n_head * seq_len
                + 72 * dim**2
                + 28 * dim * dim_div_n_head * n_head
                + 12 * dim
                + 16,
                108 * dim**2
                + 44 * dim * dim_div_n_head * n_head
                + 4 * dim * max(1, dim_div_n_head * n_head)
                + 24 * dim
                + 4 * dim_div_n_head * n_head
                - 4 * max(1, dim_div_n_head * n_head)
                + 12,
                8 * batch * dim * seq_len
                + 28 * batch * dim_div_n_head * n_head * seq_len
                + 36 * dim**2
                + 16 * dim * dim_div_n_head * n_head
                + 8 * dim
                + 24 * seq_len
                + 8,
                8 * batch * dim * seq_len
                + 32 * batch * dim_div_n_head * n_head * seq_len
                + 4 * batch * n_head * seq_len
                + 72 * dim**2
                + 20 * dim * dim_div_n_head * n_head
                + 12 * dim
                + 16 * seq_len
                + 16,
                12 * batch * dim * seq_len
                + 20 * batch * dim_div_n_head * n_head * seq_len
                + 4 * batch * n_head * seq_len
                + 72 * dim**2
                + 20 * dim * dim_div_n_head * n_head
                + 12 * dim
                + 16 * seq_len
                + 16,
                40 * batch * dim * seq_len
                + 16 * batch * dim_div_n_head * n_head * seq_len
                + 4 * batch * n_head * seq_len
                + 4 * batch * seq_len
                + 72 * dim**2
                + 16 * dim * dim_div_n_head * n_head
                + 8 * dim
                + 16 * seq_len
                + 16,
                60 * batch * dim * seq_len
                + 16 * batch * dim_div_n_head * n_head * seq_len
                + 4 * batch * n_head * seq_len
                + 4 * batch * seq_len
                + 60 * dim**2
                + 16 * dim * dim_div_n_head * n_head
                + 8 * dim
                + 16 * seq_len
                + 16,
                92 * batch * dim * seq_len
                + 16 * batch * dim_div_n_head * n_head * seq_len
                + 4 * batch * n_head * seq_len
                + 4 * batch * seq_len
                + 48 * dim**2
                + 16 * dim * dim_div_n_head * n_head
                + 8 * dim
                + 16 * seq_len
                + 16,
                8 * batch * dim * seq_len
                + 16 * batch * dim_div_n_head * n_head * seq_len
                + 8 * batch * max(1, dim_div_n_head) * n_head * seq_len
                + 72 * dim**2
                + 20 * dim * dim_div_n_head * n_head
                + 12 * dim
                + 8 * dim_div_n_head
                + 16 * seq_len
                - 8 * max(1, dim_div_n_head)
                + 16,
                8 * batch * dim * seq_len
                + 20 * batch * dim_div_n_head * n_head * seq_len
                - 4 * batch * (dim // (2 * n_head)) * n_head * seq_len
                + 4 * batch * max(1, dim_div_n_head) * n_head * seq_len
                + 72 * dim**2
                + 20 * dim * dim_div_n_head * n_head
                + 12 * dim
                + 4 * dim_div_n_head
                + 16 * seq_len
                - 4 * max(1, dim_div_n_head)
                + 16,
            )
        return max(
            36 * dim**2
            + 16 * dim * dim_div_n_head * n_head
            + 8 * dim
            + 36 * quotient_2 * seq_len
            + 8 * quotient_2
            + 8 * seq_len,
            12 * batch * dim * seq_len
            + 12 * batch * dim_div_n_head * n_head * seq_len
            + 72 * dim**2
            + 24 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 8 * quotient_2
            + 8,
            16 * batch * dim * seq_len
            + 4 * batch * dim_div_n_head * n_head * seq_len
            + 72 * dim**2
            + 32 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 8 * quotient_2
            + 8,
            16 * batch * dim * seq_len
            + 8 * batch * dim_div_n_head * n_head * seq_len
            + 72 * dim**2
            + 28 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 8 * quotient_2
            + 8,
            20 * batch * dim * seq_len
            + 4 * batch * dim_div_n_head * n_head * seq_len
            + 72 * dim**2
            + 28 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 8 * quotient_2
            + 8,
            108 * dim**2
            + 44 * dim * dim_div_n_head * n_head
            + 4 * dim * max(1, dim_div_n_head * n_head)
            + 24 * dim
            + 4 * dim_div_n_head * n_head
            + 8 * quotient_2
            - 4 * max(1, dim_div_n_head * n_head)
            + 4,
            8 * batch * dim * seq_len
            + 28 * batch * dim_div_n_head * n_head * seq_len
            + 36 * dim**2
            + 16 * dim * dim_div_n_head * n_head
            + 8 * dim
            + 16 * quotient_2 * seq_len
            + 8 * quotient_2
            + 8 * seq_len,
            8 * batch * dim * seq_len
            + 32 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 72 * dim**2
            + 20 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 16 * quotient_2 * seq_len
            + 8 * quotient_2
            + 8,
            12 * batch * dim * seq_len
            + 20 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 72 * dim**2
            + 20 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 16 * quotient_2 * seq_len
            + 8 * quotient_2
            + 8,
            40 * batch * dim * seq_len
            + 16 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 4 * batch * seq_len
            + 72 * dim**2
            + 16 * dim * dim_div_n_head * n_head
            + 8 * dim
            + 16 * quotient_2 * seq_len
            + 8 * quotient_2
            + 8,
            60 * batch * dim * seq_len
            + 16 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 4 * batch * seq_len
            + 60 * dim**2
            + 16 * dim * dim_div_n_head * n_head
            + 8 * dim
            + 16 * quotient_2 * seq_len
            + 8 * quotient_2
            + 8,
            92 * batch * dim * seq_len
            + 16 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 4 * batch * seq_len
            + 48 * dim**2
            + 16 * dim * dim_div_n_head * n_head
            + 8 * dim
            + 16 * quotient_2 * seq_len
            + 8 * quotient_2
            + 8,
            8 * batch * dim * seq_len
            + 16 * batch * dim_div_n_head * n_head * seq_len
            + 8 * batch * max(1, dim_div_n_head) * n_head * seq_len
            + 72 * dim**2
            + 20 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 8 * dim_div_n_head
            + 16 * quotient_2 * seq_len
            + 8 * quotient_2
            - 8 * max(1, dim_div_n_head)
            + 8,
            8 * batch * dim * seq_len
            + 20 * batch * dim_div_n_head * n_head * seq_len
            - 4 * batch * (dim // (2 * n_head)) * n_head * seq_len
            + 4 * batch * max(1, dim_div_n_head) * n_head * seq_len
            + 72 * dim**2
            + 20 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 4 * dim_div_n_head
            + 16 * quotient_2 * seq_len
            + 8 * quotient_2
            - 4 * max(1, dim_div_n_head)
            + 8,
        )
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if _no_module_2(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE_2, dim=dim, n_head=n_head, batch=batch, seq_len=seq_len
        )
    if quotient_2 == 1:
        return max(
            144 * dim**2 + 76 * dim * dim_div_n_head * n_head + 32 * dim + 48,
            168 * dim**2 + 68 * dim * dim_div_n_head * n_head + 32 * dim + 48,
            180 * dim**2 + 64 * dim * dim_div_n_head * n_head + 32 * dim + 48,
            12 * batch * dim * seq_len
            + 12 * batch * dim_div_n_head * n_head * seq_len
            + 72 * dim**2
            + 24 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 16,
            16 * batch * dim * seq_len
            + 4 * batch * dim_div_n_head * n_head * seq_len
            + 72 * dim**2
            + 32 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 16,
            16 * batch * dim * seq_len
            + 8 * batch * dim_div_n_head * n_head * seq_len
            + 72 * dim**2
            + 28 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 16,
            20 * batch * dim * seq_len
            + 4 * batch * dim_div_n_head * n_head * seq_len
            + 72 * dim**2
            + 28 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 16,
            8 * batch * dim * seq_len
            + 28 * batch * dim_div_n_head * n_head * seq_len
            + 36 * dim**2
            + 16 * dim * dim_div_n_head * n_head
            + 8 * dim
            + 24 * seq_len
            + 8,
            8 * batch * dim * seq_len
            + 32 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 72 * dim**2
            + 20 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 16 * seq_len
            + 16,
            12 * batch * dim * seq_len
            + 20 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 72 * dim**2
            + 20 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 16 * seq_len
            + 16,
            40 * batch * dim * seq_len
            + 16 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 4 * batch * seq_len
            + 72 * dim**2
            + 16 * dim * dim_div_n_head * n_head
            + 8 * dim
            + 16 * seq_len
            + 16,
            60 * batch * dim * seq_len
            + 16 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 4 * batch * seq_len
            + 60 * dim**2
            + 16 * dim * dim_div_n_head * n_head
            + 8 * dim
            + 16 * seq_len
            + 16,
            92 * batch * dim * seq_len
            + 16 * batch * dim_div_n_head * n_head * seq_len
            + 4 * batch * n_head * seq_len
            + 4 * batch * seq_len
            + 48 * dim**2
            + 16 * dim * dim_div_n_head * n_head
            + 8 * dim
            + 16 * seq_len
            + 16,
            8 * batch * dim * seq_len
            + 16 * batch * dim_div_n_head * n_head * seq_len
            + 8 * batch * max(1, dim_div_n_head) * n_head * seq_len
            + 72 * dim**2
            + 20 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 8 * dim_div_n_head
            + 16 * seq_len
            - 8 * max(1, dim_div_n_head)
            + 16,
            8 * batch * dim * seq_len
            + 20 * batch * dim_div_n_head * n_head * seq_len
            - 4 * batch * (dim // (2 * n_head)) * n_head * seq_len
            + 4 * batch * max(1, dim_div_n_head) * n_head * seq_len
            + 72 * dim**2
            + 20 * dim * dim_div_n_head * n_head
            + 12 * dim
            + 4 * dim_div_n_head
            + 16 * seq_len
            - 4 * max(1, dim_div_n_head)
            + 16,
        )
    return max(
        144 * dim**2 + 76 * dim * dim_div_n_head * n_head + 32 * dim + 8 * quotient_2 + 40,
        168 * dim**2 + 68 * dim * dim_div_n_head * n_head + 32 * dim + 8 * quotient_2 + 40,
        180 * dim**2 + 64 * dim * dim_div_n_head * n_head + 32 * dim + 8 * quotient_2 + 40,
        36 * dim**2
        + 16 * dim * dim_div_n_head * n_head
        + 8 * dim
        + 36 * quotient_2 * seq_len
        + 8 * quotient_2
        + 8 * seq_len,
        12 * batch * dim * seq_len
        + 12 * batch * dim_div_n_head * n_head * seq_len
        + 72 * dim**2
        + 24 * dim * dim_div_n_head * n_head
        + 12 * dim
        + 8 * quotient_2
        + 8,
        16 * batch * dim * seq_len
        + 4 * batch * dim_div_n_head * n_head * seq_len
        + 72 * dim**2
        + 32 * dim * dim_div_n_head * n_head
        + 12 * dim
        + 8 * quotient_2
        + 8,
        16 * batch * dim * seq_len
        + 8 * batch * dim_div_n_head * n_head * seq_len
        + 72 * dim**2
        + 28 * dim * dim_div_n_head * n_head
        + 12 * dim
        + 8 * quotient_2
        + 8,
        20 * batch * dim * seq_len
        + 4 * batch * dim_div_n_head * n_head * seq_len
        + 72 * dim**2
        + 28 * dim * dim_div_n_head * n_head
        + 12 * dim
        + 8 * quotient_2
        + 8,
        8 * batch * dim * seq_len
        + 28 * batch * dim_div_n_head * n_head * seq_len
        + 36 * dim**2
        + 16 * dim * dim_div_n_head * n_head
        + 8 * dim
        + 16 * quotient_2 * seq_len
        + 8 * quotient_2
        + 8 * seq_len,
        8 * batch * dim * seq_len
        + 32 * batch * dim_div_n_head * n_head * seq_len
        + 4 * batch * n_head * seq_len
        + 72 * dim**2
        + 20 * dim * dim_div_n_head * n_head
        + 12 * dim
        + 16 * quotient_2 * seq_len
        + 8 * quotient_2
        + 8,
        12 * batch * dim * seq_len
        + 20 * batch * dim_div_n_head * n_head * seq_len
        + 4 * batch * n_head * seq_len
        + 72 * dim**2
        + 20 * dim * dim_div_n_head * n_head
        + 12 * dim
        + 16 * quotient_2 * seq_len
        + 8 * quotient_2
        + 8,
        40 * batch * dim * seq_len
        + 16 * batch * dim_div_n_head * n_head * seq_len
        + 4 * batch * n_head * seq_len
        + 4 * batch * seq_len
        + 72 * dim**2
        + 16 * dim * dim_div_n_head * n_head
        + 8 * dim
        + 16 * quotient_2 * seq_len
        + 8 * quotient_2
        + 8,
        60 * batch * dim * seq_len
        + 16 * batch * dim_div_n_head * n_head * seq_len
        + 4 * batch * n_head * seq_len
        + 4 * batch * seq_len
        + 60 * dim**2
        + 16 * dim * dim_div_n_head * n_head
        + 8 * dim
        + 16 * quotient_2 * seq_len
        + 8 * quotient_2
        + 8,
        92 * batch * dim * seq_len
        + 16 * batch * dim_div_n_head * n_head * seq_len
        + 4 * batch * n_head * seq_len
        + 4 * batch * seq_len
        + 48 * dim**2
        + 16 * dim * dim_div_n_head * n_head
        + 8 * dim
        + 16 * quotient_2 * seq_len
        + 8 * quotient_2
        + 8,
        8 * batch * dim * seq_len
        + 16 * batch * dim_div_n_head * n_head * seq_len
        + 8 * batch * max(1, dim_div_n_head) * n_head * seq_len
        + 72 * dim**2
        + 20 * dim * dim_div_n_head * n_head
        + 12 * dim
        + 8 * dim_div_n_head
        + 16 * quotient_2 * seq_len
        + 8 * quotient_2
        - 8 * max(1, dim_div_n_head)
        + 8,
        8 * batch * dim * seq_len
        + 20 * batch * dim_div_n_head * n_head * seq_len
        - 4 * batch * (dim // (2 * n_head)) * n_head * seq_len
        + 4 * batch * max(1, dim_div_n_head) * n_head * seq_len
        + 72 * dim**2
        + 20 * dim * dim_div_n_head * n_head
        + 12 * dim
        + 4 * dim_div_n_head
        + 16 * quotient_2 * seq_len
        + 8 * quotient_2
        - 4 * max(1, dim_div_n_head)
        + 8,
    )
