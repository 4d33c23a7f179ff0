"""cnn/attention: squeeze-excitation channel attention

GENERATED FILE, do not edit (see the index, which imports this module).

Built by blueprints.cnn.attention(); exact for 1 <= dim <= 65536, 1 <= reduction <= 64.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= height <= 65536, 1 <= width <= 65536.
Per-submodule terms of every quantity: python -m codegen explain cnn/attention.
"""

from __future__ import annotations

from . import again

KEY = "cnn/attention"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "22a006ce4a806bf9"
HYPERPARAMETERS: tuple[str, ...] = ("reduction",)
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "reduction": (1, 64),
    "batch": (1, 65536),
    "height": (1, 65536),
    "width": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}


def cnn_attention_params(dim: int, *, reduction: int = 4) -> int:
    """Parameters of cnn/attention.

    if dim // reduction <= 1: 3 * dim
    otherwise: 2 * dim * (dim // reduction) + dim

    Per submodule:
        if dim // reduction <= 1:
            fc1 (Linear): dim
            fc2 (Linear): 2 * dim
        otherwise:
            fc1 (Linear): dim * (dim // reduction)
            fc2 (Linear): dim * (dim // reduction) + dim
    """
    if not (type(dim) is type(reduction) is int and 1 <= dim <= 65536 and 1 <= reduction <= 64):
        return again(cnn_attention_params, KEY, _DOMAIN, locals())
    dim_div_reduction = dim // reduction
    if dim_div_reduction <= 1:
        return 3 * dim
    return 2 * dim * dim_div_reduction + dim


def cnn_attention_buffers(dim: int, *, reduction: int = 4) -> int:
    """Buffer elements of cnn/attention.

    everywhere: 0
    """
    if not (type(dim) is type(reduction) is int and 1 <= dim <= 65536 and 1 <= reduction <= 64):
        return again(cnn_attention_buffers, KEY, _DOMAIN, locals())
    return 0


def cnn_attention_training_state_bytes(
    dim: int, *, optimizer: str = "adam", reduction: int = 4
) -> int:
    """Training state bytes of cnn/attention.

    if optimizer == 'sgd':

        if dim // reduction <= 1: 24 * dim
        otherwise: 16 * dim * (dim // reduction) + 8 * dim

    if optimizer == 'sgd_momentum':

        if dim // reduction <= 1: 36 * dim
        otherwise: 24 * dim * (dim // reduction) + 12 * dim

    if optimizer in ('adam', 'adamw'):

        if dim // reduction <= 1: 48 * dim + 12
        otherwise: 32 * dim * (dim // reduction) + 16 * dim + 12
    """
    if not (
        type(dim) is type(reduction) is int
        and 1 <= dim <= 65536
        and 1 <= reduction <= 64
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_attention_training_state_bytes, KEY, _DOMAIN, locals())
    dim_div_reduction = dim // reduction
    if optimizer == "sgd":
        if dim_div_reduction <= 1:
            return 24 * dim
        return 16 * dim * dim_div_reduction + 8 * dim
    if optimizer == "sgd_momentum":
        if dim_div_reduction <= 1:
            return 36 * dim
        return 24 * dim * dim_div_reduction + 12 * dim
    if dim_div_reduction <= 1:
        return 48 * dim + 12
    return 32 * dim * dim_div_reduction + 16 * dim + 12


def cnn_attention_forward_flops(
    dim: int, *, batch: int, height: int, width: int, reduction: int = 4
) -> int:
    """Forward FLOPs of cnn/attention.

    if dim // reduction > 1: 4 * batch * dim * (dim // reduction)
    otherwise: 4 * batch * dim
    """
    if not (
        type(dim) is type(reduction) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= reduction <= 64
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_attention_forward_flops, KEY, _DOMAIN, locals())
    dim_div_reduction = dim // reduction
    if dim_div_reduction > 1:
        return 4 * batch * dim * dim_div_reduction
    return 4 * batch * dim


def cnn_attention_backward_flops(
    dim: int, *, batch: int, height: int, width: int, reduction: int = 4
) -> int:
    """Backward FLOPs of cnn/attention.

    if dim // reduction > 1: 8 * batch * dim * (dim // reduction)
    otherwise: 8 * batch * dim
    """
    if not (
        type(dim) is type(reduction) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= reduction <= 64
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_attention_backward_flops, KEY, _DOMAIN, locals())
    dim_div_reduction = dim // reduction
    if dim_div_reduction > 1:
        return 8 * batch * dim * dim_div_reduction
    return 8 * batch * dim


def cnn_attention_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int, reduction: int = 4
) -> int:
    """Forward elementwise operations of cnn/attention.

    if dim // reduction > 1: 2 * batch * dim * height * width + batch * dim + batch *
        (dim // reduction)
    otherwise: 2 * batch * dim * height * width + batch * dim + batch
    """
    if not (
        type(dim) is type(reduction) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= reduction <= 64
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_attention_elementwise_flops, KEY, _DOMAIN, locals())
    dim_div_reduction = dim // reduction
    if dim_div_reduction > 1:
        return 2 * batch * dim * height * width + batch * dim + batch * dim_div_reduction
    return 2 * batch * dim * height * width + batch * dim + batch


def cnn_attention_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int, reduction: int = 4
) -> int:
    """Backward elementwise operations of cnn/attention.

    if height == 1 and width == 1 and dim // reduction > 1: 6 * batch * dim + batch *
        (dim // reduction)
    if height * width <= 1: 6 * batch * dim + batch
    if dim // reduction > 1: 5 * batch * dim * height * width + 2 * batch * dim + batch *
        (dim // reduction)
    otherwise: 5 * batch * dim * height * width + 2 * batch * dim + batch
    """
    if not (
        type(dim) is type(reduction) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= reduction <= 64
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_attention_backward_elementwise_flops, KEY, _DOMAIN, locals())
    dim_div_reduction = dim // reduction
    if height == 1 and width == 1 and dim_div_reduction > 1:
        return 6 * batch * dim + batch * dim_div_reduction
    if height * width <= 1:
        return 6 * batch * dim + batch
    if dim_div_reduction > 1:
        return 5 * batch * dim * height * width + 2 * batch * dim + batch * dim_div_reduction
    return 5 * batch * dim * height * width + 2 * batch * dim + batch


def cnn_attention_activation_bytes(
    dim: int, *, batch: int, height: int, width: int, reduction: int = 4
) -> int:
    """Activation bytes of cnn/attention.

    if dim // reduction > 1: 4 * batch * dim * height * width + 8 * batch * dim + 4 * batch *
        (dim // reduction)
    otherwise: 4 * batch * dim * height * width + 8 * batch * dim + 4 * batch
    """
    if not (
        type(dim) is type(reduction) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= reduction <= 64
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_attention_activation_bytes, KEY, _DOMAIN, locals())
    dim_div_reduction = dim // reduction
    if dim_div_reduction > 1:
        return 4 * batch * dim * height * width + 8 * batch * dim + 4 * batch * dim_div_reduction
    return 4 * batch * dim * height * width + 8 * batch * dim + 4 * batch


def cnn_attention_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, height: int, width: int, reduction: int = 4
) -> int:
    """Peak bytes of a training step of cnn/attention.

    if optimizer == 'sgd':

        if dim // reduction > 1: max(4 * batch * dim + 4 * batch * (dim // reduction) + 16 * dim *
            (dim // reduction) + 8 * dim + 8, 4 * batch * dim + 12 * batch * (dim // reduction) + 12
            * dim * (dim // reduction) + 8 * dim + 8, 8 * batch * dim + 8 * batch *
            (dim // reduction) + 12 * dim * (dim // reduction) + 8 * dim + 8, 4 * batch * dim *
            height * width + 12 * batch * dim + 4 * batch * (dim // reduction) + 8 * dim *
            (dim // reduction) + 4 * dim + 8)
        otherwise: max(8 * batch * dim + 8 * batch + 20 * dim + 8, 4 * batch * dim * height * width
            + 12 * batch * dim + 4 * batch + 12 * dim + 8)

    if optimizer == 'sgd_momentum':

        if dim // reduction > 1: max(4 * batch * dim + 4 * batch * (dim // reduction) + 16 * dim *
            (dim // reduction) + 8 * dim + 8, 4 * batch * dim + 12 * batch * (dim // reduction) + 12
            * dim * (dim // reduction) + 8 * dim + 8, 8 * batch * dim + 8 * batch *
            (dim // reduction) + 12 * dim * (dim // reduction) + 8 * dim + 8, 20 * dim *
            (dim // reduction) + 4 * dim * max(1, dim // reduction) + 12 * dim + 4 *
            (dim // reduction) - 4 * max(1, dim // reduction) + 4, 4 * batch * dim * height * width
            + 12 * batch * dim + 4 * batch * (dim // reduction) + 8 * dim * (dim // reduction) + 4 *
            dim + 8)
        otherwise: max(36 * dim + 4, 8 * batch * dim + 8 * batch + 20 * dim + 8, 4 * batch * dim *
            height * width + 12 * batch * dim + 4 * batch + 12 * dim + 8)

    if optimizer in ('adam', 'adamw'):

        if dim // reduction > 1: max(36 * dim * (dim // reduction) + 24 * dim + 16, 44 * dim *
            (dim // reduction) + 16 * dim + 16, 4 * batch * dim + 4 * batch * (dim // reduction) +
            16 * dim * (dim // reduction) + 8 * dim + 8, 4 * batch * dim + 12 * batch *
            (dim // reduction) + 12 * dim * (dim // reduction) + 8 * dim + 8, 8 * batch * dim + 8 *
            batch * (dim // reduction) + 12 * dim * (dim // reduction) + 8 * dim + 8, 4 * batch *
            dim * height * width + 12 * batch * dim + 4 * batch * (dim // reduction) + 8 * dim *
            (dim // reduction) + 4 * dim + 8)
        otherwise: max(60 * dim + 16, 8 * batch * dim + 8 * batch + 20 * dim + 8, 4 * batch * dim *
            height * width + 12 * batch * dim + 4 * batch + 12 * dim + 8)
    """
    if not (
        type(dim) is type(reduction) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= reduction <= 64
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_attention_peak_bytes, KEY, _DOMAIN, locals())
    dim_div_reduction = dim // reduction
    if optimizer == "sgd":
        if dim_div_reduction > 1:
            return max(
                4 * batch * dim
                + 4 * batch * dim_div_reduction
                + 16 * dim * dim_div_reduction
                + 8 * dim
                + 8,
                4 * batch * dim
                + 12 * batch * dim_div_reduction
                + 12 * dim * dim_div_reduction
                + 8 * dim
                + 8,
                8 * batch * dim
                + 8 * batch * dim_div_reduction
                + 12 * dim * dim_div_reduction
                + 8 * dim
                + 8,
                4 * batch * dim * height * width
                + 12 * batch * dim
                + 4 * batch * dim_div_reduction
                + 8 * dim * dim_div_reduction
                + 4 * dim
                + 8,
            )
        return max(
            8 * batch * dim + 8 * batch + 20 * dim + 8,
            4 * batch * dim * height * width + 12 * batch * dim + 4 * batch + 12 * dim + 8,
        )
    if optimizer == "sgd_momentum":
        if dim_div_reduction > 1:
            return max(
                4 * batch * dim
                + 4 * batch * dim_div_reduction
                + 16 * dim * dim_div_reduction
                + 8 * dim
                + 8,
                4 * batch * dim
                + 12 * batch * dim_div_reduction
                + 12 * dim * dim_div_reduction
                + 8 * dim
                + 8,
                8 * batch * dim
                + 8 * batch * dim_div_reduction
                + 12 * dim * dim_div_reduction
                + 8 * dim
                + 8,
                20 * dim * dim_div_reduction
                + 4 * dim * max(1, dim_div_reduction)
                + 12 * dim
                + 4 * dim_div_reduction
                - 4 * max(1, dim_div_reduction)
                + 4,
                4 * batch * dim * height * width
                + 12 * batch * dim
                + 4 * batch * dim_div_reduction
                + 8 * dim * dim_div_reduction
                + 4 * dim
                + 8,
            )
        return max(
            36 * dim + 4,
            8 * batch * dim + 8 * batch + 20 * dim + 8,
            4 * batch * dim * height * width + 12 * batch * dim + 4 * batch + 12 * dim + 8,
        )
    if dim_div_reduction > 1:
        return max(
            36 * dim * dim_div_reduction + 24 * dim + 16,
            44 * dim * dim_div_reduction + 16 * dim + 16,
            4 * batch * dim
            + 4 * batch * dim_div_reduction
            + 16 * dim * dim_div_reduction
            + 8 * dim
            + 8,
            4 * batch * dim
            + 12 * batch * dim_div_reduction
            + 12 * dim * dim_div_reduction
            + 8 * dim
            + 8,
            8 * batch * dim
            + 8 * batch * dim_div_reduction
            + 12 * dim * dim_div_reduction
            + 8 * dim
            + 8,
            4 * batch * dim * height * width
            + 12 * batch * dim
            + 4 * batch * dim_div_reduction
            + 8 * dim * dim_div_reduction
            + 4 * dim
            + 8,
        )
    return max(
        60 * dim + 16,
        8 * batch * dim + 8 * batch + 20 * dim + 8,
        4 * batch * dim * height * width + 12 * batch * dim + 4 * batch + 12 * dim + 8,
    )
