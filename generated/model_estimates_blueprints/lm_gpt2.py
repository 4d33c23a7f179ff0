"""lm/gpt2: transformers GPT2LMHeadModel (learned positions up to 1024, head tied to the token
embedding; SDPA; MLP 4 dim, GELU)

GENERATED FILE, do not edit (see the index, which imports this module).

Built by whole_models.language.gpt2(); exact for 1 <= dim <= 65536, 1 <= vocab <= 65536,
1 <= n_layer <= 48, 1 <= n_head <= 64.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain lm/gpt2.
"""

from __future__ import annotations

from . import again, refused

KEY = "lm/gpt2"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "b3267f46baa23501"
HYPERPARAMETERS: tuple[str, ...] = ("vocab", "n_layer", "n_head")
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "vocab": (1, 65536),
    "n_layer": (1, 48),
    "n_head": (1, 64),
    "batch": (1, 65536),
    "seq_len": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}
_NO_MODULE = (
    "the factory raises ValueError where (dim // n_head) * n_head != dim "
    "(transformers/models/gpt2/modeling_gpt2.py, in __init__)"
)
_NO_STEP = (
    "the training step raises ValueError where seq_len > 1024 (whole_models/language.py, in "
    "forward)"
)
_NOT_DERIVED = (
    "a model of repeated blocks: the step's moments grow in number with the count of blocks, "
    "and their maximum is not combined across depths yet"
)


def _no_module(dim: int, n_head: int) -> bool:
    return (dim // n_head) * n_head != dim


def _no_step(seq_len: int) -> bool:
    return seq_len > 1024


def lm_gpt2_params(dim: int, *, vocab: int = 50257, n_layer: int = 12, n_head: int = 12) -> int:
    """Parameters of lm/gpt2.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 12 * dim**2 * n_layer + 13 * dim * n_layer + dim * vocab + 1026 * dim

    Per submodule:
        otherwise:
            model.transformer.h.*.attn.c_attn (Conv1D): 3 * dim**2 * n_layer + 3 * dim * n_layer
            model.transformer.h.*.attn.c_proj (Conv1D): dim**2 * n_layer + dim * n_layer
            model.transformer.h.*.ln_1 (LayerNorm): 2 * dim * n_layer
            model.transformer.h.*.ln_2 (LayerNorm): 2 * dim * n_layer
            model.transformer.h.*.mlp.c_fc (Conv1D): 4 * dim**2 * n_layer + 4 * dim * n_layer
            model.transformer.h.*.mlp.c_proj (Conv1D): 4 * dim**2 * n_layer + dim * n_layer
            model.transformer.ln_f (LayerNorm): 2 * dim
            model.transformer.wpe (Embedding): 1024 * dim
            model.transformer.wte (Embedding): dim * vocab
    """
    if not (
        type(dim) is type(vocab) is type(n_layer) is type(n_head) is int
        and 1 <= dim <= 65536
        and 1 <= vocab <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
    ):
        return again(lm_gpt2_params, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, vocab=vocab, n_layer=n_layer, n_head=n_head
        )
    return 12 * dim**2 * n_layer + 13 * dim * n_layer + dim * vocab + 1026 * dim


def lm_gpt2_buffers(dim: int, *, vocab: int = 50257, n_layer: int = 12, n_head: int = 12) -> int:
    """Buffer elements of lm/gpt2.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (
        type(dim) is type(vocab) is type(n_layer) is type(n_head) is int
        and 1 <= dim <= 65536
        and 1 <= vocab <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
    ):
        return again(lm_gpt2_buffers, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, vocab=vocab, n_layer=n_layer, n_head=n_head
        )
    return 0


def lm_gpt2_training_state_bytes(
    dim: int, *, optimizer: str = "adam", vocab: int = 50257, n_layer: int = 12, n_head: int = 12
) -> int:
    """Training state bytes of lm/gpt2.

    if optimizer == 'sgd':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 96 * dim**2 * n_layer + 104 * dim * n_layer + 8 * dim * vocab + 8208 * dim

    if optimizer == 'sgd_momentum':

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 144 * dim**2 * n_layer + 156 * dim * n_layer + 12 * dim * vocab + 12312 * dim

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, n_head): ValueError (the factory rejects it)
        otherwise: 192 * dim**2 * n_layer + 208 * dim * n_layer + 16 * dim * vocab + 16416 * dim +
            48 * n_layer + 16
    """
    if not (
        type(dim) is type(vocab) is type(n_layer) is type(n_head) is int
        and 1 <= dim <= 65536
        and 1 <= vocab <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(lm_gpt2_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, vocab=vocab, n_layer=n_layer, n_head=n_head
            )
        return 96 * dim**2 * n_layer + 104 * dim * n_layer + 8 * dim * vocab + 8208 * dim
    if optimizer == "sgd_momentum":
        if _no_module(dim, n_head):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, vocab=vocab, n_layer=n_layer, n_head=n_head
            )
        return 144 * dim**2 * n_layer + 156 * dim * n_layer + 12 * dim * vocab + 12312 * dim
    if _no_module(dim, n_head):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, vocab=vocab, n_layer=n_layer, n_head=n_head
        )
    return (
        192 * dim**2 * n_layer
        + 208 * dim * n_layer
        + 16 * dim * vocab
        + 16416 * dim
        + 48 * n_layer
        + 16
    )


def lm_gpt2_forward_flops(
    dim: int, *, batch: int, seq_len: int, vocab: int = 50257, n_layer: int = 12, n_head: int = 12
) -> int:
    """Forward FLOPs of lm/gpt2.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if _no_step(seq_len): ValueError (the training step raises)
    otherwise: 24 * batch * dim**2 * n_layer * seq_len + 4 * batch * dim * n_layer * seq_len**2 + 2
        * batch * dim * seq_len * vocab
    """
    if not (
        type(dim)
        is type(vocab)
        is type(n_layer)
        is type(n_head)
        is type(batch)
        is type(seq_len)
        is int
        and 1 <= dim <= 65536
        and 1 <= vocab <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(lm_gpt2_forward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            batch=batch,
            seq_len=seq_len,
        )
    if _no_step(seq_len):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            batch=batch,
            seq_len=seq_len,
        )
    return (
        24 * batch * dim**2 * n_layer * seq_len
        + 4 * batch * dim * n_layer * seq_len**2
        + 2 * batch * dim * seq_len * vocab
    )


def lm_gpt2_backward_flops(
    dim: int, *, batch: int, seq_len: int, vocab: int = 50257, n_layer: int = 12, n_head: int = 12
) -> int:
    """Backward FLOPs of lm/gpt2.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if _no_step(seq_len): ValueError (the training step raises)
    otherwise: 48 * batch * dim**2 * n_layer * seq_len + 10 * batch * dim * n_layer * seq_len**2 + 4
        * batch * dim * seq_len * vocab
    """
    if not (
        type(dim)
        is type(vocab)
        is type(n_layer)
        is type(n_head)
        is type(batch)
        is type(seq_len)
        is int
        and 1 <= dim <= 65536
        and 1 <= vocab <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(lm_gpt2_backward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            batch=batch,
            seq_len=seq_len,
        )
    if _no_step(seq_len):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            batch=batch,
            seq_len=seq_len,
        )
    return (
        48 * batch * dim**2 * n_layer * seq_len
        + 10 * batch * dim * n_layer * seq_len**2
        + 4 * batch * dim * seq_len * vocab
    )


def lm_gpt2_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, vocab: int = 50257, n_layer: int = 12, n_head: int = 12
) -> int:
    """Forward elementwise operations of lm/gpt2.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if _no_step(seq_len): ValueError (the training step raises)
    otherwise: 44 * batch * dim * n_layer * seq_len + 6 * batch * dim * seq_len + 3 * batch *
        seq_len + 3 * batch + seq_len
    """
    if not (
        type(dim)
        is type(vocab)
        is type(n_layer)
        is type(n_head)
        is type(batch)
        is type(seq_len)
        is int
        and 1 <= dim <= 65536
        and 1 <= vocab <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(lm_gpt2_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            batch=batch,
            seq_len=seq_len,
        )
    if _no_step(seq_len):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            batch=batch,
            seq_len=seq_len,
        )
    return (
        44 * batch * dim * n_layer * seq_len
        + 6 * batch * dim * seq_len
        + 3 * batch * seq_len
        + 3 * batch
        + seq_len
    )


def lm_gpt2_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, vocab: int = 50257, n_layer: int = 12, n_head: int = 12
) -> int:
    """Backward elementwise operations of lm/gpt2.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if _no_step(seq_len): ValueError (the training step raises)
    if batch >= 2: 71 * batch * dim * n_layer * seq_len + 10 * batch * dim * seq_len + dim * seq_len
        + dim * vocab
    otherwise: 71 * dim * n_layer * seq_len + 10 * dim * seq_len + dim * vocab
    """
    if not (
        type(dim)
        is type(vocab)
        is type(n_layer)
        is type(n_head)
        is type(batch)
        is type(seq_len)
        is int
        and 1 <= dim <= 65536
        and 1 <= vocab <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(lm_gpt2_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            batch=batch,
            seq_len=seq_len,
        )
    if _no_step(seq_len):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            batch=batch,
            seq_len=seq_len,
        )
    if batch >= 2:
        return (
            71 * batch * dim * n_layer * seq_len
            + 10 * batch * dim * seq_len
            + dim * seq_len
            + dim * vocab
        )
    return 71 * dim * n_layer * seq_len + 10 * dim * seq_len + dim * vocab


def lm_gpt2_activation_bytes(
    dim: int, *, batch: int, seq_len: int, vocab: int = 50257, n_layer: int = 12, n_head: int = 12
) -> int:
    """Activation bytes of lm/gpt2.

    if _no_module(dim, n_head): ValueError (the factory rejects it)
    if _no_step(seq_len): ValueError (the training step raises)
    if dim // (dim // n_head) != dim: 112 * batch * dim * n_layer * seq_len + 8 * batch * dim *
        seq_len + 4 * batch * n_head * n_layer * seq_len + 16 * batch * n_layer * seq_len + 16 *
        batch * seq_len + 8 * seq_len
    otherwise: 116 * batch * dim * n_layer * seq_len + 8 * batch * dim * seq_len + 16 * batch *
        n_layer * seq_len + 16 * batch * seq_len + 8 * seq_len
    """
    if not (
        type(dim)
        is type(vocab)
        is type(n_layer)
        is type(n_head)
        is type(batch)
        is type(seq_len)
        is int
        and 1 <= dim <= 65536
        and 1 <= vocab <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(lm_gpt2_activation_bytes, KEY, _DOMAIN, locals())
    if _no_module(dim, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            batch=batch,
            seq_len=seq_len,
        )
    if _no_step(seq_len):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            vocab=vocab,
            n_layer=n_layer,
            n_head=n_head,
            batch=batch,
            seq_len=seq_len,
        )
    if dim // (dim // n_head) != dim:
        return (
            112 * batch * dim * n_layer * seq_len
            + 8 * batch * dim * seq_len
            + 4 * batch * n_head * n_layer * seq_len
            + 16 * batch * n_layer * seq_len
            + 16 * batch * seq_len
            + 8 * seq_len
        )
    return (
        116 * batch * dim * n_layer * seq_len
        + 8 * batch * dim * seq_len
        + 16 * batch * n_layer * seq_len
        + 16 * batch * seq_len
        + 8 * seq_len
    )


def lm_gpt2_peak_bytes(
    dim: int,
    *,
    optimizer: str = "adam",
    batch: int,
    seq_len: int,
    vocab: int = 50257,
    n_layer: int = 12,
    n_head: int = 12,
) -> int:
    """Peak bytes of a training step of lm/gpt2.

    The same for every value of optimizer.

    Not derived (raises NotImplementedError, saying why).
    """
    if not (
        type(dim)
        is type(vocab)
        is type(n_layer)
        is type(n_head)
        is type(batch)
        is type(seq_len)
        is int
        and 1 <= dim <= 65536
        and 1 <= vocab <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(lm_gpt2_peak_bytes, KEY, _DOMAIN, locals())
    raise NotImplementedError(
        KEY + ": peak bytes of a training step were not derived: " + _NOT_DERIVED
    )
