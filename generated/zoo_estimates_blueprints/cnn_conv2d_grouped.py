"""cnn/conv2d_grouped: grouped Conv2d 3x3

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.conv2d_grouped(); exact for 1 <= dim <= 65536, 1 <= groups <= 8.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= height <= 65536, 1 <= width <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain cnn/conv2d_grouped.
"""

from __future__ import annotations

from . import again, refused

KEY = "cnn/conv2d_grouped"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "13612acfac1ce9ea"
HYPERPARAMETERS: tuple[str, ...] = ("groups",)
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "groups": (1, 8),
    "batch": (1, 65536),
    "height": (1, 65536),
    "width": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}
_NO_MODULE = (
    "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in conv2d_grouped)"
)


def _no_module(dim: int, groups: int) -> bool:
    return dim % groups != 0


def cnn_conv2d_grouped_params(dim: int, *, groups: int = 4) -> int:
    """Parameters of cnn/conv2d_grouped.

    if _no_module(dim, groups): ValueError (the factory rejects it)
    otherwise: 9 * dim * (dim // groups) + dim, all in self (Conv2d)
    """
    if not (type(dim) is type(groups) is int and 1 <= dim <= 65536 and 1 <= groups <= 8):
        return again(cnn_conv2d_grouped_params, KEY, _DOMAIN, locals())
    if _no_module(dim, groups):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, groups=groups)
    return 9 * dim * (dim // groups) + dim


def cnn_conv2d_grouped_buffers(dim: int, *, groups: int = 4) -> int:
    """Buffer elements of cnn/conv2d_grouped.

    if _no_module(dim, groups): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (type(dim) is type(groups) is int and 1 <= dim <= 65536 and 1 <= groups <= 8):
        return again(cnn_conv2d_grouped_buffers, KEY, _DOMAIN, locals())
    if _no_module(dim, groups):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, groups=groups)
    return 0


def cnn_conv2d_grouped_training_state_bytes(
    dim: int, *, optimizer: str = "adam", groups: int = 4
) -> int:
    """Training state bytes of cnn/conv2d_grouped.

    if optimizer == 'sgd':

        if _no_module(dim, groups): ValueError (the factory rejects it)
        otherwise: 72 * dim * (dim // groups) + 8 * dim

    if optimizer == 'sgd_momentum':

        if _no_module(dim, groups): ValueError (the factory rejects it)
        otherwise: 108 * dim * (dim // groups) + 12 * dim

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, groups): ValueError (the factory rejects it)
        otherwise: 144 * dim * (dim // groups) + 16 * dim + 8
    """
    if not (
        type(dim) is type(groups) is int
        and 1 <= dim <= 65536
        and 1 <= groups <= 8
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_conv2d_grouped_training_state_bytes, KEY, _DOMAIN, locals())
    dim_div_groups = dim // groups
    if optimizer == "sgd":
        if _no_module(dim, groups):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, groups=groups)
        return 72 * dim * dim_div_groups + 8 * dim
    if optimizer == "sgd_momentum":
        if _no_module(dim, groups):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, groups=groups)
        return 108 * dim * dim_div_groups + 12 * dim
    if _no_module(dim, groups):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, groups=groups)
    return 144 * dim * dim_div_groups + 16 * dim + 8


def cnn_conv2d_grouped_forward_flops(
    dim: int, *, batch: int, height: int, width: int, groups: int = 4
) -> int:
    """Forward FLOPs of cnn/conv2d_grouped.

    if _no_module(dim, groups): ValueError (the factory rejects it)
    otherwise: 18 * batch * dim * (dim // groups) * height * width
    """
    if not (
        type(dim) is type(groups) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= groups <= 8
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv2d_grouped_forward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, groups):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            groups=groups,
            batch=batch,
            height=height,
            width=width,
        )
    return 18 * batch * dim * (dim // groups) * height * width


def cnn_conv2d_grouped_backward_flops(
    dim: int, *, batch: int, height: int, width: int, groups: int = 4
) -> int:
    """Backward FLOPs of cnn/conv2d_grouped.

    if _no_module(dim, groups): ValueError (the factory rejects it)
    otherwise: 36 * batch * dim * (dim // groups) * height * width
    """
    if not (
        type(dim) is type(groups) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= groups <= 8
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv2d_grouped_backward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, groups):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            groups=groups,
            batch=batch,
            height=height,
            width=width,
        )
    return 36 * batch * dim * (dim // groups) * height * width


def cnn_conv2d_grouped_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int, groups: int = 4
) -> int:
    """Forward elementwise operations of cnn/conv2d_grouped.

    if _no_module(dim, groups): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (
        type(dim) is type(groups) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= groups <= 8
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv2d_grouped_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, groups):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            groups=groups,
            batch=batch,
            height=height,
            width=width,
        )
    return 0


def cnn_conv2d_grouped_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int, groups: int = 4
) -> int:
    """Backward elementwise operations of cnn/conv2d_grouped.

    if _no_module(dim, groups): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (
        type(dim) is type(groups) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= groups <= 8
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv2d_grouped_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_module(dim, groups):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            groups=groups,
            batch=batch,
            height=height,
            width=width,
        )
    return 0


def cnn_conv2d_grouped_activation_bytes(
    dim: int, *, batch: int, height: int, width: int, groups: int = 4
) -> int:
    """Activation bytes of cnn/conv2d_grouped.

    if _no_module(dim, groups): ValueError (the factory rejects it)
    otherwise: 4 * batch * dim * height * width
    """
    if not (
        type(dim) is type(groups) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= groups <= 8
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_conv2d_grouped_activation_bytes, KEY, _DOMAIN, locals())
    if _no_module(dim, groups):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            groups=groups,
            batch=batch,
            height=height,
            width=width,
        )
    return 4 * batch * dim * height * width


def cnn_conv2d_grouped_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, height: int, width: int, groups: int = 4
) -> int:
    """Peak bytes of a training step of cnn/conv2d_grouped.

    if optimizer == 'sgd':

        if _no_module(dim, groups): ValueError (the factory rejects it)
        if (batch == 1 and dim == 1 and height == 1 and width == 1) or (batch == 1 and height == 1
            and width == 1 and groups > 1): 72 * dim * (dim // groups) + 8 * dim + 8
        otherwise: max(72 * dim * (dim // groups) + 8 * dim + 8, 4 * batch * dim * height * width +
            36 * dim * (dim // groups) + 4 * dim + 4)

    if optimizer == 'sgd_momentum':

        if _no_module(dim, groups): ValueError (the factory rejects it)
        if (batch == 1 and dim == 1 and height == 1 and width == 1) or (batch == 1 and height == 1
            and width == 1 and groups > 1): 72 * dim * (dim // groups) + 36 * dim * max(1,
            dim // groups) + 12 * dim + 36 * (dim // groups) - 36 * max(1, dim // groups) + 4
        otherwise: max(4 * batch * dim * height * width + 36 * dim * (dim // groups) + 4 * dim + 4,
            72 * dim * (dim // groups) + 36 * dim * max(1, dim // groups) + 12 * dim + 36 *
            (dim // groups) - 36 * max(1, dim // groups) + 4)

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, groups): ValueError (the factory rejects it)
        if batch == 1 and height == 1 and width == 1 and groups > 1 and dim // groups != 1: max(180
            * dim * (dim // groups) + 24 * dim + 12, 216 * dim * (dim // groups) + 16 * dim + 12)
        if batch == 1 and -height * width >= -1 and dim // groups == 1: max(144 * dim *
            (dim // groups) + 60 * dim + 12, 180 * dim * (dim // groups) + 52 * dim + 12)
        if dim // groups == 1: max(144 * dim * (dim // groups) + 60 * dim + 12, 180 * dim *
            (dim // groups) + 52 * dim + 12, 4 * batch * dim * height * width + 36 * dim *
            (dim // groups) + 4 * dim + 4)
        otherwise: max(180 * dim * (dim // groups) + 24 * dim + 12, 216 * dim * (dim // groups) + 16
            * dim + 12, 4 * batch * dim * height * width + 36 * dim * (dim // groups) + 4 * dim + 4)
    """
    if not (
        type(dim) is type(groups) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= groups <= 8
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_conv2d_grouped_peak_bytes, KEY, _DOMAIN, locals())
    dim_div_groups = dim // groups
    if optimizer == "sgd":
        if _no_module(dim, groups):
            raise refused(
                KEY,
                "no module",
                _NO_MODULE,
                dim=dim,
                groups=groups,
                batch=batch,
                height=height,
                width=width,
            )
        if (batch == 1 and dim == 1 and height == 1 and width == 1) or (
            batch == 1 and height == 1 and width == 1 and groups > 1
        ):
            return 72 * dim * dim_div_groups + 8 * dim + 8
        return max(
            72 * dim * dim_div_groups + 8 * dim + 8,
            4 * batch * dim * height * width + 36 * dim * dim_div_groups + 4 * dim + 4,
        )
    if optimizer == "sgd_momentum":
        if _no_module(dim, groups):
            raise refused(
                KEY,
                "no module",
                _NO_MODULE,
                dim=dim,
                groups=groups,
                batch=batch,
                height=height,
                width=width,
            )
        if (batch == 1 and dim == 1 and height == 1 and width == 1) or (
            batch == 1 and height == 1 and width == 1 and groups > 1
        ):
            return (
                72 * dim * dim_div_groups
                + 36 * dim * max(1, dim_div_groups)
                + 12 * dim
                + 36 * dim_div_groups
                - 36 * max(1, dim_div_groups)
                + 4
            )
        return max(
            4 * batch * dim * height * width + 36 * dim * dim_div_groups + 4 * dim + 4,
            72 * dim * dim_div_groups
            + 36 * dim * max(1, dim_div_groups)
            + 12 * dim
            + 36 * dim_div_groups
            - 36 * max(1, dim_div_groups)
            + 4,
        )
    if _no_module(dim, groups):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            groups=groups,
            batch=batch,
            height=height,
            width=width,
        )
    if batch == 1 and height == 1 and width == 1 and groups > 1 and dim_div_groups != 1:
        return max(
            180 * dim * dim_div_groups + 24 * dim + 12, 216 * dim * dim_div_groups + 16 * dim + 12
        )
    if batch == 1 and -height * width >= -1 and dim_div_groups == 1:
        return max(
            144 * dim * dim_div_groups + 60 * dim + 12, 180 * dim * dim_div_groups + 52 * dim + 12
        )
    if dim_div_groups == 1:
        return max(
            144 * dim * dim_div_groups + 60 * dim + 12,
            180 * dim * dim_div_groups + 52 * dim + 12,
            4 * batch * dim * height * width + 36 * dim * dim_div_groups + 4 * dim + 4,
        )
    return max(
        180 * dim * dim_div_groups + 24 * dim + 12,
        216 * dim * dim_div_groups + 16 * dim + 12,
        4 * batch * dim * height * width + 36 * dim * dim_div_groups + 4 * dim + 4,
    )
