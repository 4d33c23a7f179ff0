"""lm/llama: transformers LlamaForCausalLM (rotary positions, grouped-query attention with n_kv_head
key/value heads, SwiGLU MLP of width intermediate, RMSNorm; untied head; SDPA)

GENERATED FILE, do not edit (see the index, which imports this module).

Built by whole_models.language.llama(); exact for 1 <= dim <= 65536, 1 <= vocab <= 65536,
1 <= n_layer <= 48, 1 <= n_head <= 64, 1 <= n_kv_head <= 64, 1 <= intermediate <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain lm/llama.
"""

from __future__ import annotations

from . import again, refused

KEY = "lm/llama"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "b3267f46baa23501"
HYPERPARAMETERS: tuple[str, ...] = ("vocab", "n_layer", "n_head", "n_kv_head", "intermediate")
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "vocab": (1, 65536),
    "n_layer": (1, 48),
    "n_head": (1, 64),
    "n_kv_head": (1, 64),
    "intermediate": (1, 65536),
    "batch": (1, 65536),
    "seq_len": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}
_NO_MODULE = (
    "the factory raises StrictDataclassClassValidationError where dim % n_head != 0 and dim "
    "// n_head % 2 == 0 (huggingface_hub/dataclasses.py, in validate)"
)
_NO_MODULE_2 = (
    "the factory raises ValueError where dim // n_head % 2 == 1 (whole_models/language.py, in"
    " llama)"
)
_NO_STEP = (
    "the training step raises RuntimeError where (n_head != 1 and dim % n_head == 0 and "
    "n_head % n_kv_head != 0 and dim // n_head == 2) or (n_head != 1 and seq_len != 1 and dim"
    " % n_head == 0 and n_head % n_kv_head != 0 and dim // n_head % 2 == 0) or (n_head != 1 "
    "and n_head != n_kv_head and dim % n_head == 0 and dim // n_head == 2 and n_head // "
    "n_kv_head <= 1) or (n_head != 1 and n_head != n_kv_head and dim % n_head == 0 and n_head"
    " // n_kv_head <= 1 and dim // n_head % 2 == 0) or (n_head != 1 and dim % n_head == 0 and"
    " n_head % n_kv_head != 0 and dim // n_head <= 256 and dim // n_head % 2 == 0) or (n_head"
    " != 1 and seq_len != 1 and dim % n_head == 0 and dim // n_head % 2 == 0 and n_head != "
    "(n_head // n_kv_head) * n_kv_head) or (n_head != 1 and dim % n_head == 0 and n_head % "
    "n_kv_head != 0 and dim // n_head <= 4 and dim // n_head != 1 and dim // (2 * n_head) != "
    "1) or (n_head != 1 and n_head != n_kv_head and dim % n_head == 0 and dim // n_head <= 4 "
    "and n_head // n_kv_head <= 1 and dim // n_head != 1 and dim // (2 * n_head) != 1) or "
    "(n_head != 1 and dim % n_head == 0 and dim // n_head % 2 == 0 and n_head // (n_head // "
    "n_kv_head) != n_kv_head and n_head % (n_head // (n_head // n_kv_head)) == 0) "
    "(transformers/integrations/sdpa_attention.py, in sdpa_attention_forward)"
)
_NO_STEP_2 = (
    "the training step raises RuntimeError where n_head == 1 and n_kv_head != 1 and dim // "
    "n_head % 2 == 0 (transformers/models/llama/modeling_llama.py, in forward)"
)
_NO_STEP_3 = (
    "the training step raises RuntimeError where (dim // n_head) * n_head != (dim // n_head) "
    "* (n_head // (n_head // n_kv_head)) * (n_head // n_kv_head) or batch * (dim // n_head) *"
    " n_head != batch * (dim // n_head) * (n_head // (n_head // n_kv_head)) * (n_head // "
    "n_kv_head) (transformers/integrations/sdpa_attention.py, in pack_gqa)"
)
_NO_STEP_4 = (
    "the training step raises RuntimeError where (dim // n_head) * n_head != (dim // n_head) "
    "* (n_head // (n_head // n_kv_head)) * (n_head // n_kv_head) or (batch >= 2 and n_head !="
    " 1 and batch * (dim // n_head) * n_head != batch * (dim // n_head) * (n_head // (n_head "
    "// n_kv_head)) * (n_head // n_kv_head)) (transformers/integrations/sdpa_attention.py, in"
    " pack_gqa)"
)
_NO_STEP_5 = (
    "the training step raises RuntimeError where batch * (dim // n_head) * n_head != batch * "
    "(dim // n_head) * (n_head // (n_head // n_kv_head)) * (n_head // n_kv_head) or (vocab =="
    " 1 and (dim // n_head) * n_head != (dim // n_head) * (n_head // (n_head // n_kv_head)) *"
    " (n_head // n_kv_head)) or (n_kv_head != 1 and (dim // n_head) * n_head != (dim // "
    "n_head) * (n_head // (n_head // n_kv_head)) * (n_head // n_kv_head)) "
    "(transformers/integrations/sdpa_attention.py, in pack_gqa)"
)
_NO_STEP_6 = (
    "the training step raises RuntimeError where batch * (dim // n_head) * n_head != batch * "
    "(dim // n_head) * (n_head // (n_head // n_kv_head)) * (n_head // n_kv_head) or (dim >= 2"
    " and (dim // n_head) * n_head != (dim // n_head) * (n_head // (n_head // n_kv_head)) * "
    "(n_head // n_kv_head)) (transformers/integrations/sdpa_attention.py, in pack_gqa)"
)
_NOT_DERIVED = (
    "a model of repeated blocks: the step's moments grow in number with the count of blocks, "
    "and their maximum is not combined across depths yet"
)


def _no_module(dim: int, n_head: int) -> bool:
    return dim % n_head != 0 and dim // n_head % 2 == 0


def _no_module_2(dim: int, n_head: int) -> bool:
    return dim // n_head % 2 == 1


def _no_step(dim: int, n_head: int, n_kv_head: int, seq_len: int) -> bool:
    return (
        (n_head != 1 and dim % n_head == 0 and n_head % n_kv_head != 0 and dim // n_head == 2)
        or (
            n_head != 1
            and seq_len != 1
            and dim % n_head == 0
            and n_head % n_kv_head != 0
            and dim // n_head % 2 == 0
        )
        or (
            n_head != 1
            and n_head != n_kv_head
            and dim % n_head == 0
            and dim // n_head == 2
            and n_head // n_kv_head <= 1
        )
        or (
            n_head != 1
            and n_head != n_kv_head
            and dim % n_head == 0
            and n_head // n_kv_head <= 1
            and dim // n_head % 2 == 0
        )
        or (
            n_head != 1
            and dim % n_head == 0
            and n_head % n_kv_head != 0
            and dim // n_head <= 256
            and dim // n_head % 2 == 0
        )
        or (
            n_head != 1
            and seq_len != 1
            and dim % n_head == 0
            and dim // n_head % 2 == 0
            and n_head != (n_head // n_kv_head) * n_kv_head
        )
        or (
            n_head != 1
            and dim % n_head == 0
            and n_head % n_kv_head != 0
            and dim // n_head <= 4
            and dim // n_head != 1
            and dim // (2 * n_head) != 1
        )
        or (
            n_head != 1
            and n_head != n_kv_head
            and dim % n_head == 0
            and dim // n_head <= 4
            and n_head // n_kv_head <= 1
            and dim // n_head != 1
            and dim // (2 * n_head) != 1
        )
        or (
            n_head != 1
            and dim % n_head == 0
            and dim // n_head % 2 == 0
            and n_head // (n_head // n_kv_head) != n_kv_head
            and n_head % (n_head // (n_head // n_kv_head)) == 0
        )
    )


def _no_step_2(dim: int, n_head: int, n_kv_head: int) -> bool:
    return n_head == 1 and n_kv_head != 1 and dim // n_head % 2 == 0


def _no_step_3(dim: int, n_head: int, n_kv_head: int, batch: int) -> bool:
    return (dim // n_head) * n_head != (dim // n_head) * (n_head // (n_head // n_kv_head)) * (
        n_head // n_kv_head
    ) or batch * (dim // n_head) * n_head != batch * (dim // n_head) * (
        n_head // (n_head // n_kv_head)
    ) * (n_head // n_kv_head)


def lm_llama_params(
    dim: int,
    *,
    vocab: int = 32000,
    n_layer: int = 32,
    n_head: int = 32,
    n_kv_head: int = 32,
    intermediate: int = 11008,
) -> int:
    """Parameters of lm/llama.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if _no_module_2(dim, n_head): ValueError (the factory rejects it)
    otherwise: 3 * dim * intermediate * n_layer + 2 * dim * (dim // n_head) * n_head * n_layer + 2 *
        dim * (dim // n_head) * n_kv_head * n_layer + 2 * dim * n_layer + 2 * dim * vocab + dim

    Per submodule:
        otherwise:
            model.lm_head (Linear): dim * vocab
            model.model.embed_tokens (Embedding): dim * vocab
            model.model.layers.*.input_layernorm (LlamaRMSNorm): dim * n_layer
            model.model.layers.*.mlp.down_proj (Linear): dim * intermediate * n_layer
            model.model.layers.*.mlp.gate_proj (Linear): dim * intermediate * n_layer
            model.model.layers.*.mlp.up_proj (Linear): dim * intermediate * n_layer
            model.model.layers.*.post_attention_layernorm (LlamaRMSNorm): dim * n_layer
            model.model.layers.*.self_attn.k_proj (Linear): dim * (dim // n_head) * n_kv_head *
                n_layer
            model.model.layers.*.self_attn.o_proj (Linear): dim * (dim // n_head) * n_head * n_layer
            model.model.layers.*.self_attn.q_proj (Linear): dim * (dim // n_head) * n_head * n_layer
            model.model.layers.*.self_attn.v_proj (Linear): dim * (dim // n_head) * n_kv_head *
                n_layer
            model.model.norm (LlamaRMSNorm): dim
    """
    if not (
        type(dim)
        is type(vocab)
        is type(n_layer)
        is type(n_head)
        is type(n_kv_head)
        is type(intermediate)
        is int
        and 1 <= dim <= 65536
        and 1 <= vocab <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= n_kv_head <= 64
        and 1 <= intermediate <= 65536
    ):
        return again(lm_llama_params, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
        )
    if _no_module_2(dim, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE_2,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
        )
    return (
        3 * dim * intermediate * n_layer
        + 2 * dim * (dim // n_head) * n_head * n_layer
        + 2 * dim * (dim // n_head) * n_kv_head * n_layer
        + 2 * dim * n_layer
        + 2 * dim * vocab
        + dim
    )


def lm_llama_buffers(
    dim: int,
    *,
    vocab: int = 32000,
    n_layer: int = 32,
    n_head: int = 32,
    n_kv_head: int = 32,
    intermediate: int = 11008,
) -> int:
    """Buffer elements of lm/llama.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if _no_module_2(dim, n_head): ValueError (the factory rejects it)
    if (dim // n_head + 1) // 2 == 1: 2
    otherwise: 2 * ((dim // n_head + 1) // 2)
    """
    if not (
        type(dim)
        is type(vocab)
        is type(n_layer)
        is type(n_head)
        is type(n_kv_head)
        is type(intermediate)
        is int
        and 1 <= dim <= 65536
        and 1 <= vocab <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= n_kv_head <= 64
        and 1 <= intermediate <= 65536
    ):
        return again(lm_llama_buffers, KEY, _DOMAIN, locals())
    dim_div_n_head = dim // n_head
    quotient_2 = (dim // n_head + 1) // 2
    if _no_module(dim, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
        )
    if _no_module_2(dim, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE_2,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
        )
    if quotient_2 == 1:
        return 2
    return 2 * quotient_2


def lm_llama_training_state_bytes(
    dim: int,
    *,
    optimizer: str = "adam",
    vocab: int = 32000,
    n_layer: int = 32,
    n_head: int = 32,
    n_kv_head: int = 32,
    intermediate: int = 11008,
) -> int:
    """Training state bytes of lm/llama.

    if optimizer == 'sgd':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if _no_module_2(dim, n_head): ValueError (the factory rejects it)
        otherwise: 24 * dim * intermediate * n_layer + 16 * dim * (dim // n_head) * n_head * n_layer
            + 16 * dim * (dim // n_head) * n_kv_head * n_layer + 16 * dim * n_layer + 16 * dim *
            vocab + 8 * dim

    if optimizer == 'sgd_momentum':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if _no_module_2(dim, n_head): ValueError (the factory rejects it)
        otherwise: 36 * dim * intermediate * n_layer + 24 * dim * (dim // n_head) * n_head * n_layer
            + 24 * dim * (dim // n_head) * n_kv_head * n_layer + 24 * dim * n_layer + 24 * dim *
            vocab + 12 * dim

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        if _no_module_2(dim, n_head): ValueError (the factory rejects it)
        otherwise: 48 * dim * intermediate * n_layer + 32 * dim * (dim // n_head) * n_head * n_layer
            + 32 * dim * (dim // n_head) * n_kv_head * n_layer + 32 * dim * n_layer + 32 * dim *
            vocab + 16 * dim + 36 * n_layer + 12
    """
    if not (
        type(dim)
        is type(vocab)
        is type(n_layer)
        is type(n_head)
        is type(n_kv_head)
        is type(intermediate)
        is int
        and 1 <= dim <= 65536
        and 1 <= vocab <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= n_kv_head <= 64
        and 1 <= intermediate <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(lm_llama_training_state_bytes, KEY, _DOMAIN, locals())
    dim_div_n_head = dim // n_head
    if optimizer == "sgd":
        if _no_module(dim, n_head):
            raise refused(
                KEY,
                "no module",
                _NO_MODULE,
                dim=dim,
                vocab=vocab,
                n_layer=n_layer,
                n_head=n_head,
                n_kv_head=n_kv_head,
                intermediate=intermediate,
            )
        if _no_module_2(dim, n_head):
            raise refused(
                KEY,
                "no module",
                _NO_MODULE_2,
                dim=dim,
                vocab=vocab,
                n_layer=n_layer,
                n_head=n_head,
                n_kv_head=n_kv_head,
                intermediate=intermediate,
            )
        return (
            16 * dim * dim_div_n_head * n_head * n_layer
            + 16 * dim * dim_div_n_head * n_kv_head * n_layer
            + 24 * dim * intermediate * n_layer
            + 16 * dim * n_layer
            + 16 * dim * vocab
            + 8 * dim
        )
    if optimizer == "sgd_momentum":
        if _no_module(dim, n_head):
            raise refused(
                KEY,
                "no module",
                _NO_MODULE,
                dim=dim,
                vocab=vocab,
                n_layer=n_layer,
                n_head=n_head,
                n_kv_head=n_kv_head,
                intermediate=intermediate,
            )
        if _no_module_2(dim, n_head):
            raise refused(
                KEY,
                "no module",
                _NO_MODULE_2,
                dim=dim,
                vocab=vocab,
                n_layer=n_layer,
                n_head=n_head,
                n_kv_head=n_kv_head,
                intermediate=intermediate,
            )
        return (
            24 * dim * dim_div_n_head * n_head * n_layer
            + 24 * dim * dim_div_n_head * n_kv_head * n_layer
            + 36 * dim * intermediate * n_layer
            + 24 * dim * n_layer
            + 24 * dim * vocab
            + 12 * dim
        )
    if _no_module(dim, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
        )
    if _no_module_2(dim, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE_2,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
        )
    return (
        32 * dim * dim_div_n_head * n_head * n_layer
        + 32 * dim * dim_div_n_head * n_kv_head * n_layer
        + 48 * dim * intermediate * n_layer
        + 32 * dim * n_layer
        + 32 * dim * vocab
        + 16 * dim
        + 36 * n_layer
        + 12
    )


def lm_llama_forward_flops(
    dim: int,
    *,
    batch: int,
    seq_len: int,
    vocab: int = 32000,
    n_layer: int = 32,
    n_head: int = 32,
    n_kv_head: int = 32,
    intermediate: int = 11008,
) -> int:
    """Forward FLOPs of lm/llama.

    if _no_step(dim, n_head, n_kv_head, seq_len): ValueError (the training step raises)
    if _no_step_2(dim, n_head, n_kv_head): ValueError (the training step raises)
    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if _no_module_2(dim, n_head): ValueError (the factory rejects it)
    if _no_step_3(dim, n_head, n_kv_head, batch): ValueError (the training step raises)
    otherwise: 6 * batch * dim * intermediate * n_layer * seq_len + 4 * batch * dim *
        (dim // n_head) * n_head * n_layer * seq_len + 4 * batch * dim * (dim // n_head) * n_kv_head
        * n_layer * seq_len + 2 * batch * dim * seq_len * vocab + 4 * batch * (dim // n_head) *
        n_head * n_layer * seq_len**2
    """
    if not (
        type(dim)
        is type(vocab)
        is type(n_layer)
        is type(n_head)
        is type(n_kv_head)
        is type(intermediate)
        is type(batch)
        is type(seq_len)
        is int
        and 1 <= dim <= 65536
        and 1 <= vocab <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= n_kv_head <= 64
        and 1 <= intermediate <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(lm_llama_forward_flops, KEY, _DOMAIN, locals())
    if _no_step(dim, n_head, n_kv_head, seq_len):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if _no_step_2(dim, n_head, n_kv_head):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP_2,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if _no_module(dim, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if _no_module_2(dim, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE_2,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if _no_step_3(dim, n_head, n_kv_head, batch):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP_3,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    return (
        6 * batch * dim * intermediate * n_layer * seq_len
        + 4 * batch * dim * (dim // n_head) * n_head * n_layer * seq_len
        + 4 * batch * dim * (dim // n_head) * n_kv_head * n_layer * seq_len
        + 2 * batch * dim * seq_len * vocab
        + 4 * batch * (dim // n_head) * n_head * n_layer * seq_len**2
    )


def lm_llama_backward_flops(
    dim: int,
    *,
    batch: int,
    seq_len: int,
    vocab: int = 32000,
    n_layer: int = 32,
    n_head: int = 32,
    n_kv_head: int = 32,
    intermediate: int = 11008,
) -> int:
    """Backward FLOPs of lm/llama.

    if _no_step(dim, n_head, n_kv_head, seq_len): ValueError (the training step raises)
    if _no_step_2(dim, n_head, n_kv_head): ValueError (the training step raises)
    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if _no_module_2(dim, n_head): ValueError (the factory rejects it)
    if _no_step_3(dim, n_head, n_kv_head, batch): ValueError (the training step raises)
    otherwise: 12 * batch * dim * intermediate * n_layer * seq_len + 8 * batch * dim *
        (dim // n_head) * n_head * n_layer * seq_len + 8 * batch * dim * (dim // n_head) * n_kv_head
        * n_layer * seq_len + 4 * batch * dim * seq_len * vocab + 10 * batch * (dim // n_head) *
        n_head * n_layer * seq_len**2
    """
    if not (
        type(dim)
        is type(vocab)
        is type(n_layer)
        is type(n_head)
        is type(n_kv_head)
        is type(intermediate)
        is type(batch)
        is type(seq_len)
        is int
        and 1 <= dim <= 65536
        and 1 <= vocab <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= n_kv_head <= 64
        and 1 <= intermediate <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(lm_llama_backward_flops, KEY, _DOMAIN, locals())
    if _no_step(dim, n_head, n_kv_head, seq_len):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if _no_step_2(dim, n_head, n_kv_head):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP_2,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if _no_module(dim, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if _no_module_2(dim, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE_2,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if _no_step_3(dim, n_head, n_kv_head, batch):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP_3,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    return (
        12 * batch * dim * intermediate * n_layer * seq_len
        + 8 * batch * dim * (dim // n_head) * n_head * n_layer * seq_len
        + 8 * batch * dim * (dim // n_head) * n_kv_head * n_layer * seq_len
        + 4 * batch * dim * seq_len * vocab
        + 10 * batch * (dim // n_head) * n_head * n_layer * seq_len**2
    )


def lm_llama_elementwise_flops(
    dim: int,
    *,
    batch: int,
    seq_len: int,
    vocab: int = 32000,
    n_layer: int = 32,
    n_head: int = 32,
    n_kv_head: int = 32,
    intermediate: int = 11008,
) -> int:
    """Forward elementwise operations of lm/llama.

    if _no_step(dim, n_head, n_kv_head, seq_len): ValueError (the training step raises)
    if _no_step_2(dim, n_head, n_kv_head): ValueError (the training step raises)
    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if _no_module_2(dim, n_head): ValueError (the factory rejects it)
    if (dim // n_head) * n_head != (dim // n_head) * (n_head // (n_head // n_kv_head)) *
        (n_head // n_kv_head) or (batch >= 2 and n_head != 1 and batch * (dim // n_head) * n_head !=
        batch * (dim // n_head) * (n_head // (n_head // n_kv_head)) * (n_head // n_kv_head)):
        ValueError (the training step raises)
    if (dim // n_head + 1) // 2 == 1: 10 * batch * dim * n_layer * seq_len + 4 * batch * dim *
        seq_len + 2 * batch * intermediate * n_layer * seq_len - batch * (dim // (2 * n_head)) *
        n_head * n_layer * seq_len + 4 * batch * (dim // n_head) * n_head * n_layer * seq_len -
        batch * (dim // (2 * n_head)) * n_kv_head * n_layer * seq_len + 4 * batch * (dim // n_head)
        * n_kv_head * n_layer * seq_len + 4 * batch * n_layer * seq_len + 5 * batch * seq_len + 3 *
        batch + 10 * seq_len
    otherwise: 10 * batch * dim * n_layer * seq_len + 4 * batch * dim * seq_len + 2 * batch *
        intermediate * n_layer * seq_len - batch * (dim // (2 * n_head)) * n_head * n_layer *
        seq_len + 4 * batch * (dim // n_head) * n_head * n_layer * seq_len - batch * (dim // (2 *
        n_head)) * n_kv_head * n_layer * seq_len + 4 * batch * (dim // n_head) * n_kv_head * n_layer
        * seq_len + 4 * batch * n_layer * seq_len + 5 * batch * seq_len + 3 * batch + 9 *
        ((dim // n_head + 1) // 2) * seq_len + seq_len
    """
    if not (
        type(dim)
        is type(vocab)
        is type(n_layer)
        is type(n_head)
        is type(n_kv_head)
        is type(intermediate)
        is type(batch)
        is type(seq_len)
        is int
        and 1 <= dim <= 65536
        and 1 <= vocab <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= n_kv_head <= 64
        and 1 <= intermediate <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(lm_llama_elementwise_flops, KEY, _DOMAIN, locals())
    dim_div_n_head = dim // n_head
    quotient_2 = (dim // n_head + 1) // 2
    if _no_step(dim, n_head, n_kv_head, seq_len):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if _no_step_2(dim, n_head, n_kv_head):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP_2,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if _no_module(dim, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if _no_module_2(dim, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE_2,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if dim_div_n_head * n_head != dim_div_n_head * (n_head // (n_head // n_kv_head)) * (
        n_head // n_kv_head
    ) or (
        batch >= 2
        and n_head != 1
        and batch * dim_div_n_head * n_head
        != batch * dim_div_n_head * (n_head // (n_head // n_kv_head)) * (n_head // n_kv_head)
    ):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP_4,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if quotient_2 == 1:
        return (
            10 * batch * dim * n_layer * seq_len
            + 4 * batch * dim * seq_len
            + 4 * batch * dim_div_n_head * n_head * n_layer * seq_len
            + 4 * batch * dim_div_n_head * n_kv_head * n_layer * seq_len
            + 2 * batch * intermediate * n_layer * seq_len
            - batch * (dim // (2 * n_head)) * n_head * n_layer * seq_len
            - batch * (dim // (2 * n_head)) * n_kv_head * n_layer * seq_len
            + 4 * batch * n_layer * seq_len
            + 5 * batch * seq_len
            + 3 * batch
            + 10 * seq_len
        )
    return (
        10 * batch * dim * n_layer * seq_len
        + 4 * batch * dim * seq_len
        + 4 * batch * dim_div_n_head * n_head * n_layer * seq_len
        + 4 * batch * dim_div_n_head * n_kv_head * n_layer * seq_len
        + 2 * batch * intermediate * n_layer * seq_len
        - batch * (dim // (2 * n_head)) * n_head * n_layer * seq_len
        - batch * (dim // (2 * n_head)) * n_kv_head * n_layer * seq_len
        + 4 * batch * n_layer * seq_len
        + 5 * batch * seq_len
        + 3 * batch
        + 9 * quotient_2 * seq_len
        + seq_len
    )


def lm_llama_backward_elementwise_flops(
    dim: int,
    *,
    batch: int,
    seq_len: int,
    vocab: int = 32000,
    n_layer: int = 32,
    n_head: int = 32,
    n_kv_head: int = 32,
    intermediate: int = 11008,
) -> int:
    """Backward elementwise operations of lm/llama.

    if _no_step(dim, n_head, n_kv_head, seq_len): ValueError (the training step raises)
    if _no_step_2(dim, n_head, n_kv_head): ValueError (the training step raises)
    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if _no_module_2(dim, n_head): ValueError (the factory rejects it)
    if batch * (dim // n_head) * n_head != batch * (dim // n_head) *
        (n_head // (n_head // n_kv_head)) * (n_head // n_kv_head) or (vocab == 1 and (dim // n_head)
        * n_head != (dim // n_head) * (n_head // (n_head // n_kv_head)) * (n_head // n_kv_head)) or
        (n_kv_head != 1 and (dim // n_head) * n_head != (dim // n_head) *
        (n_head // (n_head // n_kv_head)) * (n_head // n_kv_head)): ValueError (the training step
        raises)
    if (n_kv_head == 1 and n_head != 1 and seq_len != 1 and dim // n_head > 256) or (seq_len != 1
        and dim // n_head > 256 and n_head // n_kv_head != 1): 27 * batch * dim * n_layer * seq_len
        + 12 * batch * dim * seq_len + 3 * batch * intermediate * n_layer * seq_len - batch *
        (dim // (2 * n_head)) * n_head * n_layer * seq_len + 5 * batch * (dim // n_head) * n_head *
        n_layer * seq_len - batch * (dim // (2 * n_head)) * n_kv_head * n_layer * seq_len + 2 *
        batch * (dim // n_head) * (n_head // n_kv_head) * n_kv_head * n_layer * seq_len + 5 * batch
        * (dim // n_head) * n_kv_head * n_layer * seq_len + 6 * batch * n_layer * seq_len + 3 *
        batch * seq_len
    otherwise: 27 * batch * dim * n_layer * seq_len + 12 * batch * dim * seq_len + 3 * batch *
        intermediate * n_layer * seq_len - batch * (dim // (2 * n_head)) * n_head * n_layer *
        seq_len + 5 * batch * (dim // n_head) * n_head * n_layer * seq_len - batch * (dim // (2 *
        n_head)) * n_kv_head * n_layer * seq_len + 5 * batch * (dim // n_head) * n_kv_head * n_layer
        * seq_len + 6 * batch * n_layer * seq_len + 3 * batch * seq_len
    """
    if not (
        type(dim)
        is type(vocab)
        is type(n_layer)
        is type(n_head)
        is type(n_kv_head)
        is type(intermediate)
        is type(batch)
        is type(seq_len)
        is int
        and 1 <= dim <= 65536
        and 1 <= vocab <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= n_kv_head <= 64
        and 1 <= intermediate <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(lm_llama_backward_elementwise_flops, KEY, _DOMAIN, locals())
    dim_div_n_head = dim // n_head
    n_head_div_n_kv_head = n_head // n_kv_head
    if _no_step(dim, n_head, n_kv_head, seq_len):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if _no_step_2(dim, n_head, n_kv_head):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP_2,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if _no_module(dim, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if _no_module_2(dim, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE_2,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if (
        batch * dim_div_n_head * n_head
        != batch * dim_div_n_head * (n_head // n_head_div_n_kv_head) * n_head_div_n_kv_head
        or (
            vocab == 1
            and dim_div_n_head * n_head
            != dim_div_n_head * (n_head // n_head_div_n_kv_head) * n_head_div_n_kv_head
        )
        or (
            n_kv_head != 1
            and dim_div_n_head * n_head
            != dim_div_n_head * (n_head // n_head_div_n_kv_head) * n_head_div_n_kv_head
        )
    ):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP_5,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if (n_kv_head == 1 and n_head != 1 and seq_len != 1 and dim_div_n_head > 256) or (
        seq_len != 1 and dim_div_n_head > 256 and n_head_div_n_kv_head != 1
    ):
        return (
            27 * batch * dim * n_layer * seq_len
            + 12 * batch * dim * seq_len
            + 5 * batch * dim_div_n_head * n_head * n_layer * seq_len
            + 2 * batch * dim_div_n_head * n_head_div_n_kv_head * n_kv_head * n_layer * seq_len
            + 5 * batch * dim_div_n_head * n_kv_head * n_layer * seq_len
            + 3 * batch * intermediate * n_layer * seq_len
            - batch * (dim // (2 * n_head)) * n_head * n_layer * seq_len
            - batch * (dim // (2 * n_head)) * n_kv_head * n_layer * seq_len
            + 6 * batch * n_layer * seq_len
            + 3 * batch * seq_len
        )
    return (
        27 * batch * dim * n_layer * seq_len
        + 12 * batch * dim * seq_len
        + 5 * batch * dim_div_n_head * n_head * n_layer * seq_len
        + 5 * batch * dim_div_n_head * n_kv_head * n_layer * seq_len
        + 3 * batch * intermediate * n_layer * seq_len
        - batch * (dim // (2 * n_head)) * n_head * n_layer * seq_len
        - batch * (dim // (2 * n_head)) * n_kv_head * n_layer * seq_len
        + 6 * batch * n_layer * seq_len
        + 3 * batch * seq_len
    )


def lm_llama_activation_bytes(
    dim: int,
    *,
    batch: int,
    seq_len: int,
    vocab: int = 32000,
    n_layer: int = 32,
    n_head: int = 32,
    n_kv_head: int = 32,
    intermediate: int = 11008,
) -> int:
    """Activation bytes of lm/llama.

    if _no_step(dim, n_head, n_kv_head, seq_len): ValueError (the training step raises)
    if _no_step_2(dim, n_head, n_kv_head): ValueError (the training step raises)
    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if _no_module_2(dim, n_head): ValueError (the factory rejects it)
    if batch * (dim // n_head) * n_head != batch * (dim // n_head) *
        (n_head // (n_head // n_kv_head)) * (n_head // n_kv_head) or (dim >= 2 and (dim // n_head) *
        n_head != (dim // n_head) * (n_head // (n_head // n_kv_head)) * (n_head // n_kv_head)):
        ValueError (the training step raises)
    if n_kv_head != 1 and seq_len != 1 and dim // n_head > 256 and n_head // n_kv_head != 1: 24 *
        batch * dim * n_layer * seq_len + 12 * batch * dim * seq_len + 16 * batch * intermediate *
        n_layer * seq_len + 8 * batch * (dim // n_head) * n_head * n_layer * seq_len + 4 * batch *
        n_head * n_layer * seq_len + 8 * batch * (dim // n_head) * (n_head // n_kv_head) * n_kv_head
        * n_layer * seq_len + 8 * batch * n_layer * seq_len + 12 * batch * seq_len + 16 *
        ((dim // n_head + 1) // 2) * seq_len
    if (dim // n_head + 1) // 2 == 1: 24 * batch * dim * n_layer * seq_len + 12 * batch * dim *
        seq_len + 16 * batch * intermediate * n_layer * seq_len + 8 * batch * (dim // n_head) *
        n_head * n_layer * seq_len + 4 * batch * n_head * n_layer * seq_len + 8 * batch *
        (dim // n_head) * n_kv_head * n_layer * seq_len + 8 * batch * n_layer * seq_len + 12 * batch
        * seq_len + 16 * seq_len
    otherwise: 24 * batch * dim * n_layer * seq_len + 12 * batch * dim * seq_len + 16 * batch *
        intermediate * n_layer * seq_len + 8 * batch * (dim // n_head) * n_head * n_layer * seq_len
        + 4 * batch * n_head * n_layer * seq_len + 8 * batch * (dim // n_head) * n_kv_head * n_layer
        * seq_len + 8 * batch * n_layer * seq_len + 12 * batch * seq_len + 16 * ((dim // n_head +
        1) // 2) * seq_len
    """
    if not (
        type(dim)
        is type(vocab)
        is type(n_layer)
        is type(n_head)
        is type(n_kv_head)
        is type(intermediate)
        is type(batch)
        is type(seq_len)
        is int
        and 1 <= dim <= 65536
        and 1 <= vocab <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= n_kv_head <= 64
        and 1 <= intermediate <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(lm_llama_activation_bytes, KEY, _DOMAIN, locals())
    dim_div_n_head = dim // n_head
    n_head_div_n_kv_head = n_head // n_kv_head
    quotient_3 = (dim // n_head + 1) // 2
    if _no_step(dim, n_head, n_kv_head, seq_len):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if _no_step_2(dim, n_head, n_kv_head):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP_2,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if _no_module(dim, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if _no_module_2(dim, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE_2,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if batch * dim_div_n_head * n_head != batch * dim_div_n_head * (
        n_head // n_head_div_n_kv_head
    ) * n_head_div_n_kv_head or (
        dim >= 2
        and dim_div_n_head * n_head
        != dim_div_n_head * (n_head // n_head_div_n_kv_head) * n_head_div_n_kv_head
    ):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP_6,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            n_kv_head=n_kv_head,
            intermediate=intermediate,
            batch=batch,
            seq_len=seq_len,
        )
    if n_kv_head != 1 and seq_len != 1 and dim_div_n_head > 256 and n_head_div_n_kv_head != 1:
        return (
            24 * batch * dim * n_layer * seq_len
            + 12 * batch * dim * seq_len
            + 8 * batch * dim_div_n_head * n_head * n_layer * seq_len
            + 8 * batch * dim_div_n_head * n_head_div_n_kv_head * n_kv_head * n_layer * seq_len
            + 16 * batch * intermediate * n_layer * seq_len
            + 4 * batch * n_head * n_layer * seq_len
            + 8 * batch * n_layer * seq_len
            + 12 * batch * seq_len
            + 16 * quotient_3 * seq_len
        )
    if quotient_3 == 1:
        return (
            24 * batch * dim * n_layer * seq_len
            + 12 * batch * dim * seq_len
            + 8 * batch * dim_div_n_head * n_head * n_layer * seq_len
            + 8 * batch * dim_div_n_head * n_kv_head * n_layer * seq_len
            + 16 * batch * intermediate * n_layer * seq_len
            + 4 * batch * n_head * n_layer * seq_len
            + 8 * batch * n_layer * seq_len
            + 12 * batch * seq_len
            + 16 * seq_len
        )
    return (
        24 * batch * dim * n_layer * seq_len
        + 12 * batch * dim * seq_len
        + 8 * batch * dim_div_n_head * n_head * n_layer * seq_len
        + 8 * batch * dim_div_n_head * n_kv_head * n_layer * seq_len
        + 16 * batch * intermediate * n_layer * seq_len
        + 4 * batch * n_head * n_layer * seq_len
        + 8 * batch * n_layer * seq_len
        + 12 * batch * seq_len
        + 16 * quotient_3 * seq_len
    )


def lm_llama_peak_bytes(
    dim: int,
    *,
    optimizer: str = "adam",
    batch: int,
    seq_len: int,
    vocab: int = 32000,
    n_layer: int = 32,
    n_head: int = 32,
    n_kv_head: int = 32,
    intermediate: int = 11008,
) -> int:
    """Peak bytes of a training step of lm/llama.

    The same for every value of optimizer.

    Not derived (raises NotImplementedError, saying why).
    """
    if not (
        type(dim)
        is type(vocab)
        is type(n_layer)
        is type(n_head)
        is type(n_kv_head)
        is type(intermediate)
        is type(batch)
        is type(seq_len)
        is int
        and 1 <= dim <= 65536
        and 1 <= vocab <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= n_kv_head <= 64
        and 1 <= intermediate <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(lm_llama_peak_bytes, KEY, _DOMAIN, locals())
    raise NotImplementedError(
        KEY + ": peak bytes of a training step were not derived: " + _NOT_DERIVED
    )
