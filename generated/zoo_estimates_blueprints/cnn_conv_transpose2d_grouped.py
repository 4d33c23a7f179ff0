"""cnn/conv_transpose2d_grouped: ConvTranspose2d 3x3, 2 groups, dilation 2, stride 2

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.conv_transpose2d_grouped(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= height <= 65536, 1 <= width <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain cnn/conv_transpose2d_grouped.
"""

from __future__ import annotations

from . import again, refused

KEY = "cnn/conv_transpose2d_grouped"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "13612acfac1ce9ea"
HYPERPARAMETERS: tuple[str, ...] = ()
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "batch": (1, 65536),
    "height": (1, 65536),
    "width": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}
_NO_MODULE = (
    "the factory raises ValueError where dim % 2 == 1 (zoo/torch_layers.py, in "
    "conv_transpose2d_grouped)"
)


def _no_module(dim: int) -> bool:
    return dim % 2 == 1


def cnn_conv_transpose2d_grouped_params(dim: int) -> int:
    """Parameters of cnn/conv_transpose2d_grouped.

    if _no_module(dim): ValueError (the factory rejects it)
    otherwise: 9 * dim * (dim // 2) + dim, all in self (ConvTranspose2d)
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_conv_transpose2d_grouped_params, KEY, _DOMAIN, locals())
    if _no_module(dim):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim)
    return 9 * dim * (dim // 2) + dim


def cnn_conv_transpose2d_grouped_buffers(dim: int) -> int:
    """Buffer elements of cnn/conv_transpose2d_grouped.

    if _no_module(dim): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_conv_transpose2d_grouped_buffers, KEY, _DOMAIN, locals())
    if _no_module(dim):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim)
    return 0


def cnn_conv_transpose2d_grouped_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/conv_transpose2d_grouped.

    if optimizer == 'sgd':

        if _no_module(dim): ValueError (the factory rejects it)
        otherwise: 72 * dim * (dim // 2) + 8 * dim

    if optimizer == 'sgd_momentum':

        if _no_module(dim): ValueError (the factory rejects it)
        otherwise: 108 * dim * (dim // 2) + 12 * dim

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim): ValueError (the factory rejects it)
        otherwise: 144 * dim * (dim // 2) + 16 * dim + 8
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_conv_transpose2d_grouped_training_state_bytes, KEY, _DOMAIN, locals())
    dim_div_2 = dim // 2
    if optimizer == "sgd":
        if _no_module(dim):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim)
        return 72 * dim * dim_div_2 + 8 * dim
    if optimizer == "sgd_momentum":
        if _no_module(dim):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim)
        return 108 * dim * dim_div_2 + 12 * dim
    if _no_module(dim):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim)
    return 144 * dim * dim_div_2 + 16 * dim + 8


def cnn_conv_transpose2d_grouped_forward_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Forward FLOPs of cnn/conv_transpose2d_grouped.

    if _no_module(dim): ValueError (the factory rejects it)
    otherwise: 9 * batch * dim**2 * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv_transpose2d_grouped_forward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, batch=batch, height=height, width=width
        )
    return 9 * batch * dim**2 * height * width


def cnn_conv_transpose2d_grouped_backward_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward FLOPs of cnn/conv_transpose2d_grouped.

    if _no_module(dim): ValueError (the factory rejects it)
    otherwise: 18 * batch * dim**2 * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv_transpose2d_grouped_backward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, batch=batch, height=height, width=width
        )
    return 18 * batch * dim**2 * height * width


def cnn_conv_transpose2d_grouped_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Forward elementwise operations of cnn/conv_transpose2d_grouped.

    if _no_module(dim): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv_transpose2d_grouped_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_module(dim):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, batch=batch, height=height, width=width
        )
    return 0


def cnn_conv_transpose2d_grouped_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/conv_transpose2d_grouped.

    if _no_module(dim): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(
            cnn_conv_transpose2d_grouped_backward_elementwise_flops, KEY, _DOMAIN, locals()
        )
    if _no_module(dim):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, batch=batch, height=height, width=width
        )
    return 0


def cnn_conv_transpose2d_grouped_activation_bytes(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Activation bytes of cnn/conv_transpose2d_grouped.

    if _no_module(dim): ValueError (the factory rejects it)
    otherwise: 4 * batch * dim * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv_transpose2d_grouped_activation_bytes, KEY, _DOMAIN, locals())
    if _no_module(dim):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, batch=batch, height=height, width=width
        )
    return 4 * batch * dim * height * width


def cnn_conv_transpose2d_grouped_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, height: int, width: int
) -> int:
    """Peak bytes of a training step of cnn/conv_transpose2d_grouped.

    if optimizer == 'sgd':

        if _no_module(dim): ValueError (the factory rejects it)
        otherwise: max(36 * dim**2 + 8 * dim + 8, 16 * batch * dim * height * width + 24 * batch *
            dim * height + 24 * batch * dim * width + 36 * batch * dim + 18 * dim**2 + 4 * dim + 4)

    if optimizer == 'sgd_momentum':

        if _no_module(dim): ValueError (the factory rejects it)
        otherwise: max(72 * dim * (dim // 2) + 36 * dim * max(1, dim // 2) + 12 * dim + 36 *
            (dim // 2) - 36 * max(1, dim // 2) + 4, 32 * batch * (dim // 2) * height * width + 48 *
            batch * (dim // 2) * height + 48 * batch * (dim // 2) * width + 72 * batch * (dim // 2)
            + 36 * dim * (dim // 2) + 4 * dim + 4)

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim): ValueError (the factory rejects it)
        if dim // 2 == 1: max(90 * dim**2 + 52 * dim + 12, 16 * batch * dim * height * width + 24 *
            batch * dim * height + 24 * batch * dim * width + 36 * batch * dim + 18 * dim**2 + 4 *
            dim + 4)
        otherwise: max(108 * dim**2 + 16 * dim + 12, 16 * batch * dim * height * width + 24 * batch
            * dim * height + 24 * batch * dim * width + 36 * batch * dim + 18 * dim**2 + 4 * dim +
            4)
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_conv_transpose2d_grouped_peak_bytes, KEY, _DOMAIN, locals())
    dim_div_2 = dim // 2
    if optimizer == "sgd":
        if _no_module(dim):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, batch=batch, height=height, width=width
            )
        return max(
            36 * dim**2 + 8 * dim + 8,
            16 * batch * dim * height * width
            + 24 * batch * dim * height
            + 24 * batch * dim * width
            + 36 * batch * dim
            + 18 * dim**2
            + 4 * dim
            + 4,
        )
    if optimizer == "sgd_momentum":
        if _no_module(dim):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, batch=batch, height=height, width=width
            )
        return max(
            72 * dim * dim_div_2
            + 36 * dim * max(1, dim_div_2)
            + 12 * dim
            + 36 * dim_div_2
            - 36 * max(1, dim_div_2)
            + 4,
            32 * batch * dim_div_2 * height * width
            + 48 * batch * dim_div_2 * height
            + 48 * batch * dim_div_2 * width
            + 72 * batch * dim_div_2
            + 36 * dim * dim_div_2
            + 4 * dim
            + 4,
        )
    if _no_module(dim):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, batch=batch, height=height, width=width
        )
    if dim_div_2 == 1:
        return max(
            90 * dim**2 + 52 * dim + 12,
            16 * batch * dim * height * width
            + 24 * batch * dim * height
            + 24 * batch * dim * width
            + 36 * batch * dim
            + 18 * dim**2
            + 4 * dim
            + 4,
        )
    return max(
        108 * dim**2 + 16 * dim + 12,
        16 * batch * dim * height * width
        + 24 * batch * dim * height
        + 24 * batch * dim * width
        + 36 * batch * dim
        + 18 * dim**2
        + 4 * dim
        + 4,
    )
