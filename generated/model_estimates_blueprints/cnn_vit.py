"""cnn/vit: transformers ViTModel without its pooler, the last hidden state, on an image of dim
channels (image_size pixels square, patches of 16 pixels; width hidden, MLP intermediate, learned
positions; SDPA)

GENERATED FILE, do not edit (see the index, which imports this module).

Built by whole_models.vision.vit(); exact for 1 <= dim <= 65536, 1 <= hidden <= 65536,
1 <= n_layer <= 48, 1 <= n_head <= 64, 1 <= intermediate <= 65536, 1 <= image_size <= 4096.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= height <= 65536, 1 <= width <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain cnn/vit.
"""

from __future__ import annotations

from . import again, refused

KEY = "cnn/vit"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "7d879bed79aee2a1"
HYPERPARAMETERS: tuple[str, ...] = ("hidden", "n_layer", "n_head", "intermediate", "image_size")
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "hidden": (1, 65536),
    "n_layer": (1, 48),
    "n_head": (1, 64),
    "intermediate": (1, 65536),
    "image_size": (1, 4096),
    "batch": (1, 65536),
    "height": (1, 65536),
    "width": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}
_NO_MODULE = (
    "the factory raises ZeroDivisionError where hidden // n_head == 0 "
    "(transformers/models/vit/modeling_vit.py, in __init__)"
)
_NO_STEP = (
    "the training step raises ValueError where (height != image_size and hidden // n_head != "
    "0) or (width != image_size and hidden // n_head != 0) or (height == 1 and width != 1 and"
    " hidden // n_head != 0) or (width == 1 and -image_size != -1 and hidden // n_head != 0) "
    "(whole_models/vision.py, in forward)"
)
_NO_STEP_2 = (
    "the training step raises RuntimeError where image_size < 16 and hidden // n_head != 0 "
    "(transformers/models/vit/modeling_vit.py, in forward)"
)
_NOT_DERIVED = (
    "a model of repeated blocks: the step's moments grow in number with the count of blocks, "
    "and their maximum is not combined across depths yet"
)


def _no_module(hidden: int, n_head: int) -> bool:
    return hidden // n_head == 0


def _no_step(hidden: int, n_head: int, image_size: int, height: int, width: int) -> bool:
    return (
        (height != image_size and hidden // n_head != 0)
        or (width != image_size and hidden // n_head != 0)
        or (height == 1 and width != 1 and hidden // n_head != 0)
        or (width == 1 and -image_size != -1 and hidden // n_head != 0)
    )


def _no_step_2(hidden: int, n_head: int, image_size: int) -> bool:
    return image_size < 16 and hidden // n_head != 0


def cnn_vit_params(
    dim: int,
    *,
    hidden: int = 768,
    n_layer: int = 12,
    n_head: int = 12,
    intermediate: int = 3072,
    image_size: int = 224,
) -> int:
    """Parameters of cnn/vit.

    if _no_module(hidden, n_head): ValueError (the factory rejects it)
    otherwise: 256 * dim * hidden + 2 * hidden * intermediate * n_layer + 4 * (hidden // n_head) *
        hidden * n_head * n_layer + 6 * hidden * n_layer + (image_size // 16) ** 2 * hidden + 5 *
        hidden + intermediate * n_layer + 3 * (hidden // n_head) * n_head * n_layer

    Per submodule:
        otherwise:
            model.embeddings (ViTEmbeddings): (image_size // 16) ** 2 * hidden + 2 * hidden
            model.embeddings.patch_embeddings.projection (Conv2d): 256 * dim * hidden + hidden
            model.layernorm (LayerNorm): 2 * hidden
            model.layers.*.attention.k_proj (Linear): (hidden // n_head) * hidden * n_head * n_layer
                + (hidden // n_head) * n_head * n_layer
            model.layers.*.attention.o_proj (Linear): (hidden // n_head) * hidden * n_head * n_layer
                + hidden * n_layer
            model.layers.*.attention.q_proj (Linear): (hidden // n_head) * hidden * n_head * n_layer
                + (hidden // n_head) * n_head * n_layer
            model.layers.*.attention.v_proj (Linear): (hidden // n_head) * hidden * n_head * n_layer
                + (hidden // n_head) * n_head * n_layer
            model.layers.*.layernorm_after (LayerNorm): 2 * hidden * n_layer
            model.layers.*.layernorm_before (LayerNorm): 2 * hidden * n_layer
            model.layers.*.mlp.fc1 (Linear): hidden * intermediate * n_layer + intermediate *
                n_layer
            model.layers.*.mlp.fc2 (Linear): hidden * intermediate * n_layer + hidden * n_layer
    """
    if not (
        type(dim)
        is type(hidden)
        is type(n_layer)
        is type(n_head)
        is type(intermediate)
        is type(image_size)
        is int
        and 1 <= dim <= 65536
        and 1 <= hidden <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= intermediate <= 65536
        and 1 <= image_size <= 4096
    ):
        return again(cnn_vit_params, KEY, _DOMAIN, locals())
    if _no_module(hidden, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            hidden=hidden,
            n_layer=n_layer,
            n_head=n_head,
            intermediate=intermediate,
            image_size=image_size,
        )
    return (
        256 * dim * hidden
        + 2 * hidden * intermediate * n_layer
        + 4 * (hidden // n_head) * hidden * n_head * n_layer
        + 6 * hidden * n_layer
        + (image_size // 16) ** 2 * hidden
        + 5 * hidden
        + intermediate * n_layer
        + 3 * (hidden // n_head) * n_head * n_layer
    )


def cnn_vit_buffers(
    dim: int,
    *,
    hidden: int = 768,
    n_layer: int = 12,
    n_head: int = 12,
    intermediate: int = 3072,
    image_size: int = 224,
) -> int:
    """Buffer elements of cnn/vit.

    if _no_module(hidden, n_head): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (
        type(dim)
        is type(hidden)
        is type(n_layer)
        is type(n_head)
        is type(intermediate)
        is type(image_size)
        is int
        and 1 <= dim <= 65536
        and 1 <= hidden <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= intermediate <= 65536
        and 1 <= image_size <= 4096
    ):
        return again(cnn_vit_buffers, KEY, _DOMAIN, locals())
    if _no_module(hidden, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            hidden=hidden,
            n_layer=n_layer,
            n_head=n_head,
            intermediate=intermediate,
            image_size=image_size,
        )
    return 0


def cnn_vit_training_state_bytes(
    dim: int,
    *,
    optimizer: str = "adam",
    hidden: int = 768,
    n_layer: int = 12,
    n_head: int = 12,
    intermediate: int = 3072,
    image_size: int = 224,
) -> int:
    """Training state bytes of cnn/vit.

    if optimizer == 'sgd':

        if _no_module(hidden, n_head): ValueError (the factory rejects it)
        otherwise: 2048 * dim * hidden + 16 * hidden * intermediate * n_layer + 32 *
            (hidden // n_head) * hidden * n_head * n_layer + 48 * hidden * n_layer + 8 *
            (image_size // 16) ** 2 * hidden + 40 * hidden + 8 * intermediate * n_layer + 24 *
            (hidden // n_head) * n_head * n_layer

    if optimizer == 'sgd_momentum':

        if _no_module(hidden, n_head): ValueError (the factory rejects it)
        otherwise: 3072 * dim * hidden + 24 * hidden * intermediate * n_layer + 48 *
            (hidden // n_head) * hidden * n_head * n_layer + 72 * hidden * n_layer + 12 *
            (image_size // 16) ** 2 * hidden + 60 * hidden + 12 * intermediate * n_layer + 36 *
            (hidden // n_head) * n_head * n_layer

    if optimizer in ('adam', 'adamw'):

        if _no_module(hidden, n_head): ValueError (the factory rejects it)
        otherwise: 4096 * dim * hidden + 32 * hidden * intermediate * n_layer + 64 *
            (hidden // n_head) * hidden * n_head * n_layer + 96 * hidden * n_layer + 16 *
            (image_size // 16) ** 2 * hidden + 80 * hidden + 16 * intermediate * n_layer + 48 *
            (hidden // n_head) * n_head * n_layer + 64 * n_layer + 24
    """
    if not (
        type(dim)
        is type(hidden)
        is type(n_layer)
        is type(n_head)
        is type(intermediate)
        is type(image_size)
        is int
        and 1 <= dim <= 65536
        and 1 <= hidden <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= intermediate <= 65536
        and 1 <= image_size <= 4096
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_vit_training_state_bytes, KEY, _DOMAIN, locals())
    image_size_div_16 = image_size // 16
    hidden_div_n_head = hidden // n_head
    if optimizer == "sgd":
        if _no_module(hidden, n_head):
            raise refused(
                KEY,
                "no module",
                _NO_MODULE,
                dim=dim,
                hidden=hidden,
                n_layer=n_layer,
                n_head=n_head,
                intermediate=intermediate,
                image_size=image_size,
            )
        return (
            2048 * dim * hidden
            + 32 * hidden * hidden_div_n_head * n_head * n_layer
            + 8 * hidden * image_size_div_16**2
            + 16 * hidden * intermediate * n_layer
            + 48 * hidden * n_layer
            + 40 * hidden
            + 24 * hidden_div_n_head * n_head * n_layer
            + 8 * intermediate * n_layer
        )
    if optimizer == "sgd_momentum":
        if _no_module(hidden, n_head):
            raise refused(
                KEY,
                "no module",
                _NO_MODULE,
                dim=dim,
                hidden=hidden,
                n_layer=n_layer,
                n_head=n_head,
                intermediate=intermediate,
                image_size=image_size,
            )
        return (
            3072 * dim * hidden
            + 48 * hidden * hidden_div_n_head * n_head * n_layer
            + 12 * hidden * image_size_div_16**2
            + 24 * hidden * intermediate * n_layer
            + 72 * hidden * n_layer
            + 60 * hidden
            + 36 * hidden_div_n_head * n_head * n_layer
            + 12 * intermediate * n_layer
        )
    if _no_module(hidden, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            hidden=hidden,
            n_layer=n_layer,
            n_head=n_head,
            intermediate=intermediate,
            image_size=image_size,
        )
    return (
        4096 * dim * hidden
        + 64 * hidden * hidden_div_n_head * n_head * n_layer
        + 16 * hidden * image_size_div_16**2
        + 32 * hidden * intermediate * n_layer
        + 96 * hidden * n_layer
        + 80 * hidden
        + 48 * hidden_div_n_head * n_head * n_layer
        + 16 * intermediate * n_layer
        + 64 * n_layer
        + 24
    )


def cnn_vit_forward_flops(
    dim: int,
    *,
    batch: int,
    height: int,
    width: int,
    hidden: int = 768,
    n_layer: int = 12,
    n_head: int = 12,
    intermediate: int = 3072,
    image_size: int = 224,
) -> int:
    """Forward FLOPs of cnn/vit.

    if _no_step(hidden, n_head, image_size, height, width): ValueError (the training step raises)
    if _no_step_2(hidden, n_head, image_size): ValueError (the training step raises)
    if _no_module(hidden, n_head): ValueError (the factory rejects it)
    if hidden == 1 and image_size // 16 <= 1: 512 * batch * dim * (image_size // 16) ** 2 + 4 *
        batch * (image_size // 16) * intermediate * n_layer + 4 * batch * intermediate * n_layer + 6
        * batch * (1 // n_head) * (image_size // 16) * n_head * n_layer + 6 * batch * (1 // n_head)
        * n_head * n_layer + 4 * batch * (image_size // 16) ** 2 * n_layer + 10 * batch *
        (image_size // 16) * n_layer + 6 * batch * n_layer
    if hidden == 1: 512 * batch * dim * (image_size // 16) ** 2 + 4 * batch *
        (image_size // 16) ** 2 * intermediate * n_layer + 4 * batch * intermediate * n_layer + 6 *
        batch * (1 // n_head) * (image_size // 16) ** 2 * n_head * n_layer + 6 * batch *
        (1 // n_head) * n_head * n_layer + 4 * batch * (image_size // 16) ** 4 * n_layer + 10 *
        batch * (image_size // 16) ** 2 * n_layer + 6 * batch * n_layer
    if image_size // 16 == 1: 512 * batch * dim * (image_size // 16) ** 2 * hidden + 4 * batch *
        (image_size // 16) * hidden * intermediate * n_layer + 4 * batch * hidden * intermediate *
        n_layer + 8 * batch * (hidden // n_head) * (image_size // 16) * hidden * n_head * n_layer +
        8 * batch * (hidden // n_head) * hidden * n_head * n_layer + 4 * batch * (hidden // n_head)
        * (image_size // 16) ** 2 * n_head * n_layer + 8 * batch * (hidden // n_head) *
        (image_size // 16) * n_head * n_layer + 4 * batch * (hidden // n_head) * n_head * n_layer
    otherwise: 512 * batch * dim * (image_size // 16) ** 2 * hidden + 4 * batch *
        (image_size // 16) ** 2 * hidden * intermediate * n_layer + 4 * batch * hidden *
        intermediate * n_layer + 8 * batch * (hidden // n_head) * (image_size // 16) ** 2 * hidden *
        n_head * n_layer + 8 * batch * (hidden // n_head) * hidden * n_head * n_layer + 4 * batch *
        (hidden // n_head) * (image_size // 16) ** 4 * n_head * n_layer + 8 * batch *
        (hidden // n_head) * (image_size // 16) ** 2 * n_head * n_layer + 4 * batch *
        (hidden // n_head) * n_head * n_layer
    """
    if not (
        type(dim)
        is type(hidden)
        is type(n_layer)
        is type(n_head)
        is type(intermediate)
        is type(image_size)
        is type(batch)
        is type(height)
        is type(width)
        is int
        and 1 <= dim <= 65536
        and 1 <= hidden <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= intermediate <= 65536
        and 1 <= image_size <= 4096
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_vit_forward_flops, KEY, _DOMAIN, locals())
    image_size_div_16 = image_size // 16
    quotient_2 = 1 // n_head
    hidden_div_n_head = hidden // n_head
    if _no_step(hidden, n_head, image_size, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            hidden=hidden,
            n_layer=n_layer,
            n_head=n_head,
            intermediate=intermediate,
            image_size=image_size,
            batch=batch,
            height=height,
            width=width,
        )
    if _no_step_2(hidden, n_head, image_size):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP_2,
            dim=dim,
            hidden=hidden,
            n_layer=n_layer,
            n_head=n_head,
            intermediate=intermediate,
            image_size=image_size,
            batch=batch,
            height=height,
            width=width,
        )
    if _no_module(hidden, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            hidden=hidden,
            n_layer=n_layer,
            n_head=n_head,
            intermediate=intermediate,
            image_size=image_size,
            batch=batch,
            height=height,
            width=width,
        )
    if hidden == 1 and image_size_div_16 <= 1:
        return (
            512 * batch * dim * image_size_div_16**2
            + 4 * batch * image_size_div_16**2 * n_layer
            + 4 * batch * image_size_div_16 * intermediate * n_layer
            + 6 * batch * image_size_div_16 * n_head * n_layer * quotient_2
            + 10 * batch * image_size_div_16 * n_layer
            + 4 * batch * intermediate * n_layer
            + 6 * batch * n_head * n_layer * quotient_2
            + 6 * batch * n_layer
        )
    if hidden == 1:
        return (
            512 * batch * dim * image_size_div_16**2
            + 4 * batch * image_size_div_16**4 * n_layer
            + 4 * batch * image_size_div_16**2 * intermediate * n_layer
            + 6 * batch * image_size_div_16**2 * n_head * n_layer * quotient_2
            + 10 * batch * image_size_div_16**2 * n_layer
            + 4 * batch * intermediate * n_layer
            + 6 * batch * n_head * n_layer * quotient_2
            + 6 * batch * n_layer
        )
    if image_size_div_16 == 1:
        return (
            512 * batch * dim * hidden * image_size_div_16**2
            + 8 * batch * hidden * hidden_div_n_head * image_size_div_16 * n_head * n_layer
            + 8 * batch * hidden * hidden_div_n_head * n_head * n_layer
            + 4 * batch * hidden * image_size_div_16 * intermediate * n_layer
            + 4 * batch * hidden * intermediate * n_layer
            + 4 * batch * hidden_div_n_head * image_size_div_16**2 * n_head * n_layer
            + 8 * batch * hidden_div_n_head * image_size_div_16 * n_head * n_layer
            + 4 * batch * hidden_div_n_head * n_head * n_layer
        )
    return (
        512 * batch * dim * hidden * image_size_div_16**2
        + 8 * batch * hidden * hidden_div_n_head * image_size_div_16**2 * n_head * n_layer
        + 8 * batch * hidden * hidden_div_n_head * n_head * n_layer
        + 4 * batch * hidden * image_size_div_16**2 * intermediate * n_layer
        + 4 * batch * hidden * intermediate * n_layer
        + 4 * batch * hidden_div_n_head * image_size_div_16**4 * n_head * n_layer
        + 8 * batch * hidden_div_n_head * image_size_div_16**2 * n_head * n_layer
        + 4 * batch * hidden_div_n_head * n_head * n_layer
    )


def cnn_vit_backward_flops(
    dim: int,
    *,
    batch: int,
    height: int,
    width: int,
    hidden: int = 768,
    n_layer: int = 12,
    n_head: int = 12,
    intermediate: int = 3072,
    image_size: int = 224,
) -> int:
    """Backward FLOPs of cnn/vit.

    if _no_step(hidden, n_head, image_size, height, width): ValueError (the training step raises)
    if _no_step_2(hidden, n_head, image_size): ValueError (the training step raises)
    if _no_module(hidden, n_head): ValueError (the factory rejects it)
    if hidden == 1 and image_size // 16 <= 1: 1024 * batch * dim * (image_size // 16) + 8 * batch *
        (image_size // 16) * intermediate * n_layer + 8 * batch * intermediate * n_layer + 2 * batch
        * (1 // n_head) * (image_size // 16) * n_head * n_layer + 2 * batch * (1 // n_head) * n_head
        * n_layer + 10 * batch * (image_size // 16) ** 2 * n_layer + 34 * batch * (image_size // 16)
        * n_layer + 24 * batch * n_layer
    if hidden == 1: 1024 * batch * dim * (image_size // 16) ** 2 + 8 * batch *
        (image_size // 16) ** 2 * intermediate * n_layer + 8 * batch * intermediate * n_layer + 2 *
        batch * (1 // n_head) * (image_size // 16) ** 2 * n_head * n_layer + 2 * batch *
        (1 // n_head) * n_head * n_layer + 10 * batch * (image_size // 16) ** 4 * n_layer + 34 *
        batch * (image_size // 16) ** 2 * n_layer + 24 * batch * n_layer
    if image_size // 16 == 1: 1024 * batch * dim * (image_size // 16) * hidden + 8 * batch *
        (image_size // 16) * hidden * intermediate * n_layer + 8 * batch * hidden * intermediate *
        n_layer + 16 * batch * (hidden // n_head) * (image_size // 16) * hidden * n_head * n_layer +
        16 * batch * (hidden // n_head) * hidden * n_head * n_layer + 10 * batch *
        (hidden // n_head) * (image_size // 16) ** 2 * n_head * n_layer + 20 * batch *
        (hidden // n_head) * (image_size // 16) * n_head * n_layer + 10 * batch * (hidden // n_head)
        * n_head * n_layer
    otherwise: 1024 * batch * dim * (image_size // 16) ** 2 * hidden + 8 * batch *
        (image_size // 16) ** 2 * hidden * intermediate * n_layer + 8 * batch * hidden *
        intermediate * n_layer + 16 * batch * (hidden // n_head) * (image_size // 16) ** 2 * hidden
        * n_head * n_layer + 16 * batch * (hidden // n_head) * hidden * n_head * n_layer + 10 *
        batch * (hidden // n_head) * (image_size // 16) ** 4 * n_head * n_layer + 20 * batch *
        (hidden // n_head) * (image_size // 16) ** 2 * n_head * n_layer + 10 * batch *
        (hidden // n_head) * n_head * n_layer
    """
    if not (
        type(dim)
        is type(hidden)
        is type(n_layer)
        is type(n_head)
        is type(intermediate)
        is type(image_size)
        is type(batch)
        is type(height)
        is type(width)
        is int
        and 1 <= dim <= 65536
        and 1 <= hidden <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= intermediate <= 65536
        and 1 <= image_size <= 4096
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_vit_backward_flops, KEY, _DOMAIN, locals())
    image_size_div_16 = image_size // 16
    quotient_2 = 1 // n_head
    hidden_div_n_head = hidden // n_head
    if _no_step(hidden, n_head, image_size, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            hidden=hidden,
            n_layer=n_layer,
            n_head=n_head,
            intermediate=intermediate,
            image_size=image_size,
            batch=batch,
            height=height,
            width=width,
        )
    if _no_step_2(hidden, n_head, image_size):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP_2,
            dim=dim,
            hidden=hidden,
            n_layer=n_layer,
            n_head=n_head,
            intermediate=intermediate,
            image_size=image_size,
            batch=batch,
            height=height,
            width=width,
        )
    if _no_module(hidden, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            hidden=hidden,
            n_layer=n_layer,
            n_head=n_head,
            intermediate=intermediate,
            image_size=image_size,
            batch=batch,
            height=height,
            width=width,
        )
    if hidden == 1 and image_size_div_16 <= 1:
        return (
            1024 * batch * dim * image_size_div_16
            + 10 * batch * image_size_div_16**2 * n_layer
            + 8 * batch * image_size_div_16 * intermediate * n_layer
            + 2 * batch * image_size_div_16 * n_head * n_layer * quotient_2
            + 34 * batch * image_size_div_16 * n_layer
            + 8 * batch * intermediate * n_layer
            + 2 * batch * n_head * n_layer * quotient_2
            + 24 * batch * n_layer
        )
    if hidden == 1:
        return (
            1024 * batch * dim * image_size_div_16**2
            + 10 * batch * image_size_div_16**4 * n_layer
            + 8 * batch * image_size_div_16**2 * intermediate * n_layer
            + 2 * batch * image_size_div_16**2 * n_head * n_layer * quotient_2
            + 34 * batch * image_size_div_16**2 * n_layer
            + 8 * batch * intermediate * n_layer
            + 2 * batch * n_head * n_layer * quotient_2
            + 24 * batch * n_layer
        )
    if image_size_div_16 == 1:
        return (
            1024 * batch * dim * hidden * image_size_div_16
            + 16 * batch * hidden * hidden_div_n_head * image_size_div_16 * n_head * n_layer
            + 16 * batch * hidden * hidden_div_n_head * n_head * n_layer
            + 8 * batch * hidden * image_size_div_16 * intermediate * n_layer
            + 8 * batch * hidden * intermediate * n_layer
            + 10 * batch * hidden_div_n_head * image_size_div_16**2 * n_head * n_layer
            + 20 * batch * hidden_div_n_head * image_size_div_16 * n_head * n_layer
            + 10 * batch * hidden_div_n_head * n_head * n_layer
        )
    return (
        1024 * batch * dim * hidden * image_size_div_16**2
        + 16 * batch * hidden * hidden_div_n_head * image_size_div_16**2 * n_head * n_layer
        + 16 * batch * hidden * hidden_div_n_head * n_head * n_layer
        + 8 * batch * hidden * image_size_div_16**2 * intermediate * n_layer
        + 8 * batch * hidden * intermediate * n_layer
        + 10 * batch * hidden_div_n_head * image_size_div_16**4 * n_head * n_layer
        + 20 * batch * hidden_div_n_head * image_size_div_16**2 * n_head * n_layer
        + 10 * batch * hidden_div_n_head * n_head * n_layer
    )


def cnn_vit_elementwise_flops(
    dim: int,
    *,
    batch: int,
    height: int,
    width: int,
    hidden: int = 768,
    n_layer: int = 12,
    n_head: int = 12,
    intermediate: int = 3072,
    image_size: int = 224,
) -> int:
    """Forward elementwise operations of cnn/vit.

    if _no_step(hidden, n_head, image_size, height, width): ValueError (the training step raises)
    if _no_step_2(hidden, n_head, image_size): ValueError (the training step raises)
    if _no_module(hidden, n_head): ValueError (the factory rejects it)
    if image_size // 16 == 1: 12 * batch * (image_size // 16) * hidden * n_layer + 12 * batch *
        hidden * n_layer + 6 * batch * (image_size // 16) * hidden + 6 * batch * hidden + batch *
        (image_size // 16) * intermediate * n_layer + batch * intermediate * n_layer
    otherwise: 12 * batch * (image_size // 16) ** 2 * hidden * n_layer + 12 * batch * hidden *
        n_layer + 6 * batch * (image_size // 16) ** 2 * hidden + 6 * batch * hidden + batch *
        (image_size // 16) ** 2 * intermediate * n_layer + batch * intermediate * n_layer
    """
    if not (
        type(dim)
        is type(hidden)
        is type(n_layer)
        is type(n_head)
        is type(intermediate)
        is type(image_size)
        is type(batch)
        is type(height)
        is type(width)
        is int
        and 1 <= dim <= 65536
        and 1 <= hidden <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= intermediate <= 65536
        and 1 <= image_size <= 4096
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_vit_elementwise_flops, KEY, _DOMAIN, locals())
    image_size_div_16 = image_size // 16
    if _no_step(hidden, n_head, image_size, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            hidden=hidden,
            n_layer=n_layer,
            n_head=n_head,
            intermediate=intermediate,
            image_size=image_size,
            batch=batch,
            height=height,
            width=width,
        )
    if _no_step_2(hidden, n_head, image_size):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP_2,
            dim=dim,
            hidden=hidden,
            n_layer=n_layer,
            n_head=n_head,
            intermediate=intermediate,
            image_size=image_size,
            batch=batch,
            height=height,
            width=width,
        )
    if _no_module(hidden, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            hidden=hidden,
            n_layer=n_layer,
            n_head=n_head,
            intermediate=intermediate,
            image_size=image_size,
            batch=batch,
            height=height,
            width=width,
        )
    if image_size_div_16 == 1:
        return (
            12 * batch * hidden * image_size_div_16 * n_layer
            + 6 * batch * hidden * image_size_div_16
            + 12 * batch * hidden * n_layer
            + 6 * batch * hidden
            + batch * image_size_div_16 * intermediate * n_layer
            + batch * intermediate * n_layer
        )
    return (
        12 * batch * hidden * image_size_div_16**2 * n_layer
        + 6 * batch * hidden * image_size_div_16**2
        + 12 * batch * hidden * n_layer
        + 6 * batch * hidden
        + batch * image_size_div_16**2 * intermediate * n_layer
        + batch * intermediate * n_layer
    )


def cnn_vit_backward_elementwise_flops(
    dim: int,
    *,
    batch: int,
    height: int,
    width: int,
    hidden: int = 768,
    n_layer: int = 12,
    n_head: int = 12,
    intermediate: int = 3072,
    image_size: int = 224,
) -> int:
    """Backward elementwise operations of cnn/vit.

    if _no_step(hidden, n_head, image_size, height, width): ValueError (the training step raises)
    if _no_step_2(hidden, n_head, image_size): ValueError (the training step raises)
    if _no_module(hidden, n_head): ValueError (the factory rejects it)
    if hidden == 1 and batch >= 2 and image_size // 16 <= 1: 2 * batch * (image_size // 16) *
        intermediate * n_layer + 2 * batch * intermediate * n_layer + 25 * batch *
        (image_size // 16) * n_layer + 25 * batch * n_layer + 9 * batch * (image_size // 16) + 10 *
        batch
    if hidden == 1 and batch >= 2: 2 * batch * (image_size // 16) ** 2 * intermediate * n_layer + 2
        * batch * intermediate * n_layer + 25 * batch * (image_size // 16) ** 2 * n_layer + 25 *
        batch * n_layer + 9 * batch * (image_size // 16) ** 2 + 10 * batch
    if hidden == 1 and image_size // 16 <= 1: 2 * (image_size // 16) * intermediate * n_layer + 2 *
        intermediate * n_layer + 25 * (image_size // 16) * n_layer + 25 * n_layer + 8 *
        (image_size // 16) + 8
    if hidden == 1: 2 * (image_size // 16) ** 2 * intermediate * n_layer + 2 * intermediate *
        n_layer + 25 * (image_size // 16) ** 2 * n_layer + 25 * n_layer + 8 *
        (image_size // 16) ** 2 + 8
    if batch > 1 and image_size // 16 == 1: 22 * batch * (image_size // 16) * hidden * n_layer + 22
        * batch * hidden * n_layer + 9 * batch * (image_size // 16) * hidden + 10 * batch * hidden +
        2 * batch * (image_size // 16) * intermediate * n_layer + 2 * batch * intermediate * n_layer
        + 3 * batch * (hidden // n_head) * (image_size // 16) * n_head * n_layer + 3 * batch *
        (hidden // n_head) * n_head * n_layer
    if batch > 1: 22 * batch * (image_size // 16) ** 2 * hidden * n_layer + 22 * batch * hidden *
        n_layer + 9 * batch * (image_size // 16) ** 2 * hidden + 10 * batch * hidden + 2 * batch *
        (image_size // 16) ** 2 * intermediate * n_layer + 2 * batch * intermediate * n_layer + 3 *
        batch * (hidden // n_head) * (image_size // 16) ** 2 * n_head * n_layer + 3 * batch *
        (hidden // n_head) * n_head * n_layer
    if image_size // 16 == 1: 22 * (image_size // 16) * hidden * n_layer + 22 * hidden * n_layer + 8
        * (image_size // 16) * hidden + 8 * hidden + 2 * (image_size // 16) * intermediate * n_layer
        + 2 * intermediate * n_layer + 3 * (hidden // n_head) * (image_size // 16) * n_head *
        n_layer + 3 * (hidden // n_head) * n_head * n_layer
    otherwise: 22 * (image_size // 16) ** 2 * hidden * n_layer + 22 * hidden * n_layer + 8 *
        (image_size // 16) ** 2 * hidden + 8 * hidden + 2 * (image_size // 16) ** 2 * intermediate *
        n_layer + 2 * intermediate * n_layer + 3 * (hidden // n_head) * (image_size // 16) ** 2 *
        n_head * n_layer + 3 * (hidden // n_head) * n_head * n_layer
    """
    if not (
        type(dim)
        is type(hidden)
        is type(n_layer)
        is type(n_head)
        is type(intermediate)
        is type(image_size)
        is type(batch)
        is type(height)
        is type(width)
        is int
        and 1 <= dim <= 65536
        and 1 <= hidden <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= intermediate <= 65536
        and 1 <= image_size <= 4096
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_vit_backward_elementwise_flops, KEY, _DOMAIN, locals())
    image_size_div_16 = image_size // 16
    hidden_div_n_head = hidden // n_head
    if _no_step(hidden, n_head, image_size, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            hidden=hidden,
            n_layer=n_layer,
            n_head=n_head,
            intermediate=intermediate,
            image_size=image_size,
            batch=batch,
            height=height,
            width=width,
        )
    if _no_step_2(hidden, n_head, image_size):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP_2,
            dim=dim,
            hidden=hidden,
            n_layer=n_layer,
            n_head=n_head,
            intermediate=intermediate,
            image_size=image_size,
            batch=batch,
            height=height,
            width=width,
        )
    if _no_module(hidden, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            hidden=hidden,
            n_layer=n_layer,
            n_head=n_head,
            intermediate=intermediate,
            image_size=image_size,
            batch=batch,
            height=height,
            width=width,
        )
    if hidden == 1 and batch >= 2 and image_size_div_16 <= 1:
        return (
            2 * batch * image_size_div_16 * intermediate * n_layer
            + 25 * batch * image_size_div_16 * n_layer
            + 9 * batch * image_size_div_16
            + 2 * batch * intermediate * n_layer
            + 25 * batch * n_layer
            + 10 * batch
        )
    if hidden == 1 and batch >= 2:
        return (
            2 * batch * image_size_div_16**2 * intermediate * n_layer
            + 25 * batch * image_size_div_16**2 * n_layer
            + 9 * batch * image_size_div_16**2
            + 2 * batch * intermediate * n_layer
            + 25 * batch * n_layer
            + 10 * batch
        )
    if hidden == 1 and image_size_div_16 <= 1:
        return (
            2 * image_size_div_16 * intermediate * n_layer
            + 25 * image_size_div_16 * n_layer
            + 8 * image_size_div_16
            + 2 * intermediate * n_layer
            + 25 * n_layer
            + 8
        )
    if hidden == 1:
        return (
            2 * image_size_div_16**2 * intermediate * n_layer
            + 25 * image_size_div_16**2 * n_layer
            + 8 * image_size_div_16**2
            + 2 * intermediate * n_layer
            + 25 * n_layer
            + 8
        )
    if batch > 1 and image_size_div_16 == 1:
        return (
            22 * batch * hidden * image_size_div_16 * n_layer
            + 9 * batch * hidden * image_size_div_16
            + 22 * batch * hidden * n_layer
            + 10 * batch * hidden
            + 3 * batch * hidden_div_n_head * image_size_div_16 * n_head * n_layer
            + 3 * batch * hidden_div_n_head * n_head * n_layer
            + 2 * batch * image_size_div_16 * intermediate * n_layer
            + 2 * batch * intermediate * n_layer
        )
    if batch > 1:
        return (
            22 * batch * hidden * image_size_div_16**2 * n_layer
            + 9 * batch * hidden * image_size_div_16**2
            + 22 * batch * hidden * n_layer
            + 10 * batch * hidden
            + 3 * batch * hidden_div_n_head * image_size_div_16**2 * n_head * n_layer
            + 3 * batch * hidden_div_n_head * n_head * n_layer
            + 2 * batch * image_size_div_16**2 * intermediate * n_layer
            + 2 * batch * intermediate * n_layer
        )
    if image_size_div_16 == 1:
        return (
            22 * hidden * image_size_div_16 * n_layer
            + 8 * hidden * image_size_div_16
            + 22 * hidden * n_layer
            + 8 * hidden
            + 3 * hidden_div_n_head * image_size_div_16 * n_head * n_layer
            + 3 * hidden_div_n_head * n_head * n_layer
            + 2 * image_size_div_16 * intermediate * n_layer
            + 2 * intermediate * n_layer
        )
    return (
        22 * hidden * image_size_div_16**2 * n_layer
        + 8 * hidden * image_size_div_16**2
        + 22 * hidden * n_layer
        + 8 * hidden
        + 3 * hidden_div_n_head * image_size_div_16**2 * n_head * n_layer
        + 3 * hidden_div_n_head * n_head * n_layer
        + 2 * image_size_div_16**2 * intermediate * n_layer
        + 2 * intermediate * n_layer
    )


def cnn_vit_activation_bytes(
    dim: int,
    *,
    batch: int,
    height: int,
    width: int,
    hidden: int = 768,
    n_layer: int = 12,
    n_head: int = 12,
    intermediate: int = 3072,
    image_size: int = 224,
) -> int:
    """Activation bytes of cnn/vit.

    if _no_step(hidden, n_head, image_size, height, width): ValueError (the training step raises)
    if _no_step_2(hidden, n_head, image_size): ValueError (the training step raises)
    if _no_module(hidden, n_head): ValueError (the factory rejects it)
    if hidden >= 2 and image_size // 16 == 1 and hidden // n_head == 1: 4 * batch * dim *
        image_size**2 + 16 * batch * (image_size // 16) * hidden * n_layer + 16 * batch * hidden *
        n_layer + 4 * batch * (image_size // 16) * hidden + 4 * batch * hidden + 8 * batch *
        (image_size // 16) * intermediate * n_layer + 8 * batch * intermediate * n_layer + 20 *
        batch * (hidden // n_head) * (image_size // 16) * n_head * n_layer + 20 * batch *
        (hidden // n_head) * n_head * n_layer + 16 * batch * (image_size // 16) * n_layer + 16 *
        batch * n_layer + 8 * batch * (image_size // 16) + 8 * batch
    if hidden >= 2 and hidden // n_head == 1: 4 * batch * dim * image_size**2 + 16 * batch *
        (image_size // 16) ** 2 * hidden * n_layer + 16 * batch * hidden * n_layer + 4 * batch *
        (image_size // 16) ** 2 * hidden + 4 * batch * hidden + 8 * batch * (image_size // 16) ** 2
        * intermediate * n_layer + 8 * batch * intermediate * n_layer + 20 * batch *
        (hidden // n_head) * (image_size // 16) ** 2 * n_head * n_layer + 20 * batch *
        (hidden // n_head) * n_head * n_layer + 16 * batch * (image_size // 16) ** 2 * n_layer + 16
        * batch * n_layer + 8 * batch * (image_size // 16) ** 2 + 8 * batch
    if hidden == 1 and image_size // 16 <= 1: 4 * batch * dim * image_size**2 + 8 * batch *
        (image_size // 16) * intermediate * n_layer + 8 * batch * intermediate * n_layer + 52 *
        batch * (image_size // 16) * n_layer + 52 * batch * n_layer + 12 * batch *
        (image_size // 16) + 12 * batch
    if hidden == 1: 4 * batch * dim * image_size**2 + 8 * batch * (image_size // 16) ** 2 *
        intermediate * n_layer + 8 * batch * intermediate * n_layer + 52 * batch *
        (image_size // 16) ** 2 * n_layer + 52 * batch * n_layer + 12 * batch *
        (image_size // 16) ** 2 + 12 * batch
    if image_size // 16 == 1: 4 * batch * dim * image_size**2 + 16 * batch * (image_size // 16) *
        hidden * n_layer + 16 * batch * hidden * n_layer + 4 * batch * (image_size // 16) * hidden +
        4 * batch * hidden + 8 * batch * (image_size // 16) * intermediate * n_layer + 8 * batch *
        intermediate * n_layer + 16 * batch * (hidden // n_head) * (image_size // 16) * n_head *
        n_layer + 4 * batch * (image_size // 16) * n_head * n_layer + 16 * batch *
        (hidden // n_head) * n_head * n_layer + 4 * batch * n_head * n_layer + 16 * batch *
        (image_size // 16) * n_layer + 16 * batch * n_layer + 8 * batch * (image_size // 16) + 8 *
        batch
    otherwise: 4 * batch * dim * image_size**2 + 16 * batch * (image_size // 16) ** 2 * hidden *
        n_layer + 16 * batch * hidden * n_layer + 4 * batch * (image_size // 16) ** 2 * hidden + 4 *
        batch * hidden + 8 * batch * (image_size // 16) ** 2 * intermediate * n_layer + 8 * batch *
        intermediate * n_layer + 16 * batch * (hidden // n_head) * (image_size // 16) ** 2 * n_head
        * n_layer + 4 * batch * (image_size // 16) ** 2 * n_head * n_layer + 16 * batch *
        (hidden // n_head) * n_head * n_layer + 4 * batch * n_head * n_layer + 16 * batch *
        (image_size // 16) ** 2 * n_layer + 16 * batch * n_layer + 8 * batch *
        (image_size // 16) ** 2 + 8 * batch
    """
    if not (
        type(dim)
        is type(hidden)
        is type(n_layer)
        is type(n_head)
        is type(intermediate)
        is type(image_size)
        is type(batch)
        is type(height)
        is type(width)
        is int
        and 1 <= dim <= 65536
        and 1 <= hidden <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= intermediate <= 65536
        and 1 <= image_size <= 4096
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_vit_activation_bytes, KEY, _DOMAIN, locals())
    image_size_div_16 = image_size // 16
    hidden_div_n_head = hidden // n_head
    if _no_step(hidden, n_head, image_size, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            hidden=hidden,
            n_layer=n_layer,
            n_head=n_head,
            intermediate=intermediate,
            image_size=image_size,
            batch=batch,
            height=height,
            width=width,
        )
    if _no_step_2(hidden, n_head, image_size):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP_2,
            dim=dim,
            hidden=hidden,
            n_layer=n_layer,
            n_head=n_head,
            intermediate=intermediate,
            image_size=image_size,
            batch=batch,
            height=height,
            width=width,
        )
    if _no_module(hidden, n_head):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            hidden=hidden,
            n_layer=n_layer,
            n_head=n_head,
            intermediate=intermediate,
            image_size=image_size,
            batch=batch,
            height=height,
            width=width,
        )
    if hidden >= 2 and image_size_div_16 == 1 and hidden_div_n_head == 1:
        return (
            4 * batch * dim * image_size**2
            + 16 * batch * hidden * image_size_div_16 * n_layer
            + 4 * batch * hidden * image_size_div_16
            + 16 * batch * hidden * n_layer
            + 4 * batch * hidden
            + 20 * batch * hidden_div_n_head * image_size_div_16 * n_head * n_layer
            + 20 * batch * hidden_div_n_head * n_head * n_layer
            + 8 * batch * image_size_div_16 * intermediate * n_layer
            + 16 * batch * image_size_div_16 * n_layer
            + 8 * batch * image_size_div_16
            + 8 * batch * intermediate * n_layer
            + 16 * batch * n_layer
            + 8 * batch
        )
    if hidden >= 2 and hidden_div_n_head == 1:
        return (
            4 * batch * dim * image_size**2
            + 16 * batch * hidden * image_size_div_16**2 * n_layer
            + 4 * batch * hidden * image_size_div_16**2
            + 16 * batch * hidden * n_layer
            + 4 * batch * hidden
            + 20 * batch * hidden_div_n_head * image_size_div_16**2 * n_head * n_layer
            + 20 * batch * hidden_div_n_head * n_head * n_layer
            + 8 * batch * image_size_div_16**2 * intermediate * n_layer
            + 16 * batch * image_size_div_16**2 * n_layer
            + 8 * batch * image_size_div_16**2
            + 8 * batch * intermediate * n_layer
            + 16 * batch * n_layer
            + 8 * batch
        )
    if hidden == 1 and image_size_div_16 <= 1:
        return (
            4 * batch * dim * image_size**2
            + 8 * batch * image_size_div_16 * intermediate * n_layer
            + 52 * batch * image_size_div_16 * n_layer
            + 12 * batch * image_size_div_16
            + 8 * batch * intermediate * n_layer
            + 52 * batch * n_layer
            + 12 * batch
        )
    if hidden == 1:
        return (
            4 * batch * dim * image_size**2
            + 8 * batch * image_size_div_16**2 * intermediate * n_layer
            + 52 * batch * image_size_div_16**2 * n_layer
            + 12 * batch * image_size_div_16**2
            + 8 * batch * intermediate * n_layer
            + 52 * batch * n_layer
            + 12 * batch
        )
    if image_size_div_16 == 1:
        return (
            4 * batch * dim * image_size**2
            + 16 * batch * hidden * image_size_div_16 * n_layer
            + 4 * batch * hidden * image_size_div_16
            + 16 * batch * hidden * n_layer
            + 4 * batch * hidden
            + 16 * batch * hidden_div_n_head * image_size_div_16 * n_head * n_layer
            + 16 * batch * hidden_div_n_head * n_head * n_layer
            + 8 * batch * image_size_div_16 * intermediate * n_layer
            + 4 * batch * image_size_div_16 * n_head * n_layer
            + 16 * batch * image_size_div_16 * n_layer
            + 8 * batch * image_size_div_16
            + 8 * batch * intermediate * n_layer
            + 4 * batch * n_head * n_layer
            + 16 * batch * n_layer
            + 8 * batch
        )
    return (
        4 * batch * dim * image_size**2
        + 16 * batch * hidden * image_size_div_16**2 * n_layer
        + 4 * batch * hidden * image_size_div_16**2
        + 16 * batch * hidden * n_layer
        + 4 * batch * hidden
        + 16 * batch * hidden_div_n_head * image_size_div_16**2 * n_head * n_layer
        + 16 * batch * hidden_div_n_head * n_head * n_layer
        + 8 * batch * image_size_div_16**2 * intermediate * n_layer
        + 4 * batch * image_size_div_16**2 * n_head * n_layer
        + 16 * batch * image_size_div_16**2 * n_layer
        + 8 * batch * image_size_div_16**2
        + 8 * batch * intermediate * n_layer
        + 4 * batch * n_head * n_layer
        + 16 * batch * n_layer
        + 8 * batch
    )


def cnn_vit_peak_bytes(
    dim: int,
    *,
    optimizer: str = "adam",
    batch: int,
    height: int,
    width: int,
    hidden: int = 768,
    n_layer: int = 12,
    n_head: int = 12,
    intermediate: int = 3072,
    image_size: int = 224,
) -> int:
    """Peak bytes of a training step of cnn/vit.

    The same for every value of optimizer.

    Not derived (raises NotImplementedError, saying why).
    """
    if not (
        type(dim)
        is type(hidden)
        is type(n_layer)
        is type(n_head)
        is type(intermediate)
        is type(image_size)
        is type(batch)
        is type(height)
        is type(width)
        is int
        and 1 <= dim <= 65536
        and 1 <= hidden <= 65536
        and 1 <= n_layer <= 48
        and 1 <= n_head <= 64
        and 1 <= intermediate <= 65536
        and 1 <= image_size <= 4096
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_vit_peak_bytes, KEY, _DOMAIN, locals())
    raise NotImplementedError(
        KEY + ": peak bytes of a training step were not derived: " + _NOT_DERIVED
    )
