"""cnn3d/conv3d_grouped_dilated: Conv3d(dim, 2 dim) 3^3, 2 groups, dilation 2

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.conv3d_grouped_dilated(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= depth <= 65536, 1 <= height <= 65536, 1 <= width <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain cnn3d/conv3d_grouped_dilated.
"""

from __future__ import annotations

from . import again, refused

KEY = "cnn3d/conv3d_grouped_dilated"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "13612acfac1ce9ea"
HYPERPARAMETERS: tuple[str, ...] = ()
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "batch": (1, 65536),
    "depth": (1, 65536),
    "height": (1, 65536),
    "width": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}
_NO_MODULE = (
    "the factory raises ValueError where dim % 2 == 1 (zoo/torch_layers.py, in "
    "conv3d_grouped_dilated)"
)


def _no_module(dim: int) -> bool:
    return dim % 2 == 1


def cnn3d_conv3d_grouped_dilated_params(dim: int) -> int:
    """Parameters of cnn3d/conv3d_grouped_dilated.

    if _no_module(dim): ValueError (the factory rejects it)
    otherwise: 54 * dim * (dim // 2), all in self (Conv3d)
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn3d_conv3d_grouped_dilated_params, KEY, _DOMAIN, locals())
    if _no_module(dim):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim)
    return 54 * dim * (dim // 2)


def cnn3d_conv3d_grouped_dilated_buffers(dim: int) -> int:
    """Buffer elements of cnn3d/conv3d_grouped_dilated.

    if _no_module(dim): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn3d_conv3d_grouped_dilated_buffers, KEY, _DOMAIN, locals())
    if _no_module(dim):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim)
    return 0


def cnn3d_conv3d_grouped_dilated_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn3d/conv3d_grouped_dilated.

    if optimizer == 'sgd':

        if _no_module(dim): ValueError (the factory rejects it)
        otherwise: 432 * dim * (dim // 2)

    if optimizer == 'sgd_momentum':

        if _no_module(dim): ValueError (the factory rejects it)
        otherwise: 648 * dim * (dim // 2)

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim): ValueError (the factory rejects it)
        otherwise: 864 * dim * (dim // 2) + 4
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn3d_conv3d_grouped_dilated_training_state_bytes, KEY, _DOMAIN, locals())
    dim_div_2 = dim // 2
    if optimizer == "sgd":
        if _no_module(dim):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim)
        return 432 * dim * dim_div_2
    if optimizer == "sgd_momentum":
        if _no_module(dim):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim)
        return 648 * dim * dim_div_2
    if _no_module(dim):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim)
    return 864 * dim * dim_div_2 + 4


def cnn3d_conv3d_grouped_dilated_forward_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Forward FLOPs of cnn3d/conv3d_grouped_dilated.

    if _no_module(dim): ValueError (the factory rejects it)
    otherwise: 54 * batch * depth * dim**2 * height * width
    """
    if not (
        type(dim) is type(batch) is type(depth) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= depth <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn3d_conv3d_grouped_dilated_forward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            batch=batch,
            depth=depth,
            height=height,
            width=width,
        )
    return 54 * batch * depth * dim**2 * height * width


def cnn3d_conv3d_grouped_dilated_backward_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Backward FLOPs of cnn3d/conv3d_grouped_dilated.

    if _no_module(dim): ValueError (the factory rejects it)
    otherwise: 108 * batch * depth * dim**2 * height * width
    """
    if not (
        type(dim) is type(batch) is type(depth) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= depth <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn3d_conv3d_grouped_dilated_backward_flops, KEY, _DOMAIN, locals())
    if _no_module(dim):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            batch=batch,
            depth=depth,
            height=height,
            width=width,
        )
    return 108 * batch * depth * dim**2 * height * width


def cnn3d_conv3d_grouped_dilated_elementwise_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Forward elementwise operations of cnn3d/conv3d_grouped_dilated.

    if _no_module(dim): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (
        type(dim) is type(batch) is type(depth) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= depth <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn3d_conv3d_grouped_dilated_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_module(dim):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            batch=batch,
            depth=depth,
            height=height,
            width=width,
        )
    return 0


def cnn3d_conv3d_grouped_dilated_backward_elementwise_flops(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn3d/conv3d_grouped_dilated.

    if _no_module(dim): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (
        type(dim) is type(batch) is type(depth) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= depth <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(
            cnn3d_conv3d_grouped_dilated_backward_elementwise_flops, KEY, _DOMAIN, locals()
        )
    if _no_module(dim):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            batch=batch,
            depth=depth,
            height=height,
            width=width,
        )
    return 0


def cnn3d_conv3d_grouped_dilated_activation_bytes(
    dim: int, *, batch: int, depth: int, height: int, width: int
) -> int:
    """Activation bytes of cnn3d/conv3d_grouped_dilated.

    if _no_module(dim): ValueError (the factory rejects it)
    otherwise: 4 * batch * depth * dim * height * width
    """
    if not (
        type(dim) is type(batch) is type(depth) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= depth <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn3d_conv3d_grouped_dilated_activation_bytes, KEY, _DOMAIN, locals())
    if _no_module(dim):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            batch=batch,
            depth=depth,
            height=height,
            width=width,
        )
    return 4 * batch * depth * dim * height * width


def cnn3d_conv3d_grouped_dilated_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, depth: int, height: int, width: int
) -> int:
    """Peak bytes of a training step of cnn3d/conv3d_grouped_dilated.

    if optimizer == 'sgd':

        if _no_module(dim): ValueError (the factory rejects it)
        otherwise: max(216 * dim**2 + 8, 8 * batch * depth * dim * height * width + 108 * dim**2 +
            4)

    if optimizer == 'sgd_momentum':

        if _no_module(dim): ValueError (the factory rejects it)
        otherwise: max(432 * dim * (dim // 2) + 8, 8 * batch * depth * dim * height * width + 216 *
            dim * (dim // 2) + 4, 432 * dim * (dim // 2) + 216 * dim * max(1, dim // 2) + 108 *
            (dim // 2) - 108 * max(1, dim // 2) + 4)

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim): ValueError (the factory rejects it)
        if dim // 2 > 1: max(648 * dim**2 + 8, 8 * batch * depth * dim * height * width + 108 *
            dim**2 + 4)
        otherwise: max(540 * dim**2 + 216 * dim + 8, 8 * batch * depth * dim * height * width + 108
            * dim**2 + 4)
    """
    if not (
        type(dim) is type(batch) is type(depth) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= depth <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn3d_conv3d_grouped_dilated_peak_bytes, KEY, _DOMAIN, locals())
    dim_div_2 = dim // 2
    if optimizer == "sgd":
        if _no_module(dim):
            raise refused(
                KEY,
                "no module",
                _NO_MODULE,
                dim=dim,
                batch=batch,
                depth=depth,
                height=height,
                width=width,
            )
        return max(216 * dim**2 + 8, 8 * batch * depth * dim * height * width + 108 * dim**2 + 4)
    if optimizer == "sgd_momentum":
        if _no_module(dim):
            raise refused(
                KEY,
                "no module",
                _NO_MODULE,
                dim=dim,
                batch=batch,
                depth=depth,
                height=height,
                width=width,
            )
        return max(
            432 * dim * dim_div_2 + 8,
            8 * batch * depth * dim * height * width + 216 * dim * dim_div_2 + 4,
            432 * dim * dim_div_2
            + 216 * dim * max(1, dim_div_2)
            + 108 * dim_div_2
            - 108 * max(1, dim_div_2)
            + 4,
        )
    if _no_module(dim):
        raise refused(
            KEY,
            "no module",
            _NO_MODULE,
            dim=dim,
            batch=batch,
            depth=depth,
            height=height,
            width=width,
        )
    if dim_div_2 > 1:
        return max(648 * dim**2 + 8, 8 * batch * depth * dim * height * width + 108 * dim**2 + 4)
    return max(
        540 * dim**2 + 216 * dim + 8, 8 * batch * depth * dim * height * width + 108 * dim**2 + 4
    )
