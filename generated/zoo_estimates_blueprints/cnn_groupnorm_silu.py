"""cnn/groupnorm_silu: GroupNorm(groups, dim) . SiLU

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.groupnorm_silu(); exact for 1 <= dim <= 65536, 1 <= groups <= 8.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= height <= 65536, 1 <= width <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain cnn/groupnorm_silu.
"""

from __future__ import annotations

from . import again, refused

KEY = "cnn/groupnorm_silu"
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
    "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in groupnorm_silu)"
)
_NO_STEP = (
    "the training step raises ValueError where dim % groups == 0 and (batch * dim // groups) "
    "* height * width == 1"
)


def _no_module(dim: int, groups: int) -> bool:
    return dim % groups != 0


def _no_step(dim: int, groups: int, batch: int, height: int, width: int) -> bool:
    return dim % groups == 0 and (batch * dim // groups) * height * width == 1


def cnn_groupnorm_silu_params(dim: int, *, groups: int = 2) -> int:
    """Parameters of cnn/groupnorm_silu.

    if _no_module(dim, groups): ValueError (the factory rejects it)
    otherwise: 2 * dim, all in 0 (GroupNorm)
    """
    if not (type(dim) is type(groups) is int and 1 <= dim <= 65536 and 1 <= groups <= 8):
        return again(cnn_groupnorm_silu_params, KEY, _DOMAIN, locals())
    if _no_module(dim, groups):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, groups=groups)
    return 2 * dim


def cnn_groupnorm_silu_buffers(dim: int, *, groups: int = 2) -> int:
    """Buffer elements of cnn/groupnorm_silu.

    if _no_module(dim, groups): ValueError (the factory rejects it)
    otherwise: 0
    """
    if not (type(dim) is type(groups) is int and 1 <= dim <= 65536 and 1 <= groups <= 8):
        return again(cnn_groupnorm_silu_buffers, KEY, _DOMAIN, locals())
    if _no_module(dim, groups):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, groups=groups)
    return 0


def cnn_groupnorm_silu_training_state_bytes(
    dim: int, *, optimizer: str = "adam", groups: int = 2
) -> int:
    """Training state bytes of cnn/groupnorm_silu.

    if optimizer == 'sgd':

        if _no_module(dim, groups): ValueError (the factory rejects it)
        otherwise: 16 * dim

    if optimizer == 'sgd_momentum':

        if _no_module(dim, groups): ValueError (the factory rejects it)
        otherwise: 24 * dim

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, groups): ValueError (the factory rejects it)
        otherwise: 32 * dim + 8
    """
    if not (
        type(dim) is type(groups) is int
        and 1 <= dim <= 65536
        and 1 <= groups <= 8
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_groupnorm_silu_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        if _no_module(dim, groups):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, groups=groups)
        return 16 * dim
    if optimizer == "sgd_momentum":
        if _no_module(dim, groups):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, groups=groups)
        return 24 * dim
    if _no_module(dim, groups):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, groups=groups)
    return 32 * dim + 8


def cnn_groupnorm_silu_forward_flops(
    dim: int, *, batch: int, height: int, width: int, groups: int = 2
) -> int:
    """Forward FLOPs of cnn/groupnorm_silu.

    if _no_step(dim, groups, batch, height, width): ValueError (the training step raises)
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
        return again(cnn_groupnorm_silu_forward_flops, KEY, _DOMAIN, locals())
    if _no_step(dim, groups, batch, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            groups=groups,
            batch=batch,
            height=height,
            width=width,
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
    return 0


def cnn_groupnorm_silu_backward_flops(
    dim: int, *, batch: int, height: int, width: int, groups: int = 2
) -> int:
    """Backward FLOPs of cnn/groupnorm_silu.

    if _no_step(dim, groups, batch, height, width): ValueError (the training step raises)
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
        return again(cnn_groupnorm_silu_backward_flops, KEY, _DOMAIN, locals())
    if _no_step(dim, groups, batch, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            groups=groups,
            batch=batch,
            height=height,
            width=width,
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
    return 0


def cnn_groupnorm_silu_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int, groups: int = 2
) -> int:
    """Forward elementwise operations of cnn/groupnorm_silu.

    if _no_step(dim, groups, batch, height, width): ValueError (the training step raises)
    if _no_module(dim, groups): ValueError (the factory rejects it)
    otherwise: 6 * batch * dim * height * width
    """
    if not (
        type(dim) is type(groups) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= groups <= 8
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_groupnorm_silu_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_step(dim, groups, batch, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            groups=groups,
            batch=batch,
            height=height,
            width=width,
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
    return 6 * batch * dim * height * width


def cnn_groupnorm_silu_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int, groups: int = 2
) -> int:
    """Backward elementwise operations of cnn/groupnorm_silu.

    if _no_step(dim, groups, batch, height, width): ValueError (the training step raises)
    if _no_module(dim, groups): ValueError (the factory rejects it)
    otherwise: 9 * batch * dim * height * width
    """
    if not (
        type(dim) is type(groups) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= groups <= 8
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_groupnorm_silu_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_step(dim, groups, batch, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            groups=groups,
            batch=batch,
            height=height,
            width=width,
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
    return 9 * batch * dim * height * width


def cnn_groupnorm_silu_activation_bytes(
    dim: int, *, batch: int, height: int, width: int, groups: int = 2
) -> int:
    """Activation bytes of cnn/groupnorm_silu.

    if _no_step(dim, groups, batch, height, width): ValueError (the training step raises)
    if _no_module(dim, groups): ValueError (the factory rejects it)
    if groups == 2: 8 * batch * dim * height * width + 16 * batch
    if groups == 3: 8 * batch * dim * height * width + 24 * batch
    if groups == 4: 8 * batch * dim * height * width + 32 * batch
    if groups == 5: 8 * batch * dim * height * width + 40 * batch
    if groups == 6: 8 * batch * dim * height * width + 48 * batch
    if groups == 7: 8 * batch * dim * height * width + 56 * batch
    if groups == 8: 8 * batch * dim * height * width + 64 * batch
    otherwise: 8 * batch * dim * height * width + 8 * batch
    """
    if not (
        type(dim) is type(groups) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= groups <= 8
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_groupnorm_silu_activation_bytes, KEY, _DOMAIN, locals())
    if _no_step(dim, groups, batch, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            groups=groups,
            batch=batch,
            height=height,
            width=width,
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
    if groups == 2:
        return 8 * batch * dim * height * width + 16 * batch
    if groups == 3:
        return 8 * batch * dim * height * width + 24 * batch
    if groups == 4:
        return 8 * batch * dim * height * width + 32 * batch
    if groups == 5:
        return 8 * batch * dim * height * width + 40 * batch
    if groups == 6:
        return 8 * batch * dim * height * width + 48 * batch
    if groups == 7:
        return 8 * batch * dim * height * width + 56 * batch
    if groups == 8:
        return 8 * batch * dim * height * width + 64 * batch
    return 8 * batch * dim * height * width + 8 * batch


def cnn_groupnorm_silu_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, height: int, width: int, groups: int = 2
) -> int:
    """Peak bytes of a training step of cnn/groupnorm_silu.

    if optimizer == 'sgd':

        if _no_step(dim, groups, batch, height, width): ValueError (the training step raises)
        if _no_module(dim, groups): ValueError (the factory rejects it)
        if groups == 1: max(4 * batch * dim * height * width + 8 * batch + 16 * dim + 8, 8 * batch *
            dim * height * width + 8 * batch + 8 * dim + 8)
        if groups == 2: max(8 * batch * dim * height * width + 16 * batch + 8 * dim + 8, 4 * batch *
            dim * height * width + 16 * batch + 12 * dim + 4 * (dim // 2) + 4 * max(1, dim // 2) +
            8)
        if groups == 3: max(8 * batch * dim * height * width + 24 * batch + 8 * dim + 8, 4 * batch *
            dim * height * width + 24 * batch + 12 * dim + 4 * (dim // 3) + 8 * max(1, dim // 3) +
            8)
        if groups == 4: max(8 * batch * dim * height * width + 32 * batch + 8 * dim + 8, 4 * batch *
            dim * height * width + 32 * batch + 12 * dim + 4 * (dim // 4) + 12 * max(1, dim // 4) +
            8)
        if groups == 5: max(8 * batch * dim * height * width + 40 * batch + 8 * dim + 8, 4 * batch *
            dim * height * width + 40 * batch + 12 * dim + 4 * (dim // 5) + 16 * max(1, dim // 5) +
            8)
        if groups == 6: max(8 * batch * dim * height * width + 48 * batch + 8 * dim + 8, 4 * batch *
            dim * height * width + 48 * batch + 12 * dim + 4 * (dim // 6) + 20 * max(1, dim // 6) +
            8)
        if groups == 7: max(8 * batch * dim * height * width + 56 * batch + 8 * dim + 8, 4 * batch *
            dim * height * width + 56 * batch + 12 * dim + 4 * (dim // 7) + 24 * max(1, dim // 7) +
            8)
        otherwise: max(8 * batch * dim * height * width + 64 * batch + 8 * dim + 8, 4 * batch * dim
            * height * width + 64 * batch + 12 * dim + 4 * (dim // 8) + 28 * max(1, dim // 8) + 8)

    if optimizer == 'sgd_momentum':

        if _no_step(dim, groups, batch, height, width): ValueError (the training step raises)
        if _no_module(dim, groups): ValueError (the factory rejects it)
        if groups == 1: max(24 * dim + 4, 4 * batch * dim * height * width + 8 * batch + 16 * dim +
            8, 8 * batch * dim * height * width + 8 * batch + 8 * dim + 8)
        if groups == 2: max(16 * dim + 12 * (dim // 2) + 4 * max(1, dim // 2) + 4, 8 * batch * dim *
            height * width + 16 * batch + 8 * dim + 8, 4 * batch * dim * height * width + 16 * batch
            + 12 * dim + 4 * (dim // 2) + 4 * max(1, dim // 2) + 8)
        if groups == 3: max(16 * dim + 16 * (dim // 3) + 8 * max(1, dim // 3) + 4, 8 * batch * dim *
            height * width + 24 * batch + 8 * dim + 8, 4 * batch * dim * height * width + 24 * batch
            + 12 * dim + 4 * (dim // 3) + 8 * max(1, dim // 3) + 8)
        if groups == 4: max(16 * dim + 20 * (dim // 4) + 12 * max(1, dim // 4) + 4, 8 * batch * dim
            * height * width + 32 * batch + 8 * dim + 8, 4 * batch * dim * height * width + 32 *
            batch + 12 * dim + 4 * (dim // 4) + 12 * max(1, dim // 4) + 8)
        if groups == 5: max(16 * dim + 24 * (dim // 5) + 16 * max(1, dim // 5) + 4, 8 * batch * dim
            * height * width + 40 * batch + 8 * dim + 8, 4 * batch * dim * height * width + 40 *
            batch + 12 * dim + 4 * (dim // 5) + 16 * max(1, dim // 5) + 8)
        if groups == 6: max(16 * dim + 28 * (dim // 6) + 20 * max(1, dim // 6) + 4, 8 * batch * dim
            * height * width + 48 * batch + 8 * dim + 8, 4 * batch * dim * height * width + 48 *
            batch + 12 * dim + 4 * (dim // 6) + 20 * max(1, dim // 6) + 8)
        if groups == 7: max(16 * dim + 32 * (dim // 7) + 24 * max(1, dim // 7) + 4, 8 * batch * dim
            * height * width + 56 * batch + 8 * dim + 8, 4 * batch * dim * height * width + 56 *
            batch + 12 * dim + 4 * (dim // 7) + 24 * max(1, dim // 7) + 8)
        otherwise: max(16 * dim + 36 * (dim // 8) + 28 * max(1, dim // 8) + 4, 8 * batch * dim *
            height * width + 64 * batch + 8 * dim + 8, 4 * batch * dim * height * width + 64 * batch
            + 12 * dim + 4 * (dim // 8) + 28 * max(1, dim // 8) + 8)

    if optimizer in ('adam', 'adamw'):

        if _no_step(dim, groups, batch, height, width): ValueError (the training step raises)
        if _no_module(dim, groups): ValueError (the factory rejects it)
        if groups == 1: max(44 * dim + 12, 4 * batch * dim * height * width + 8 * batch + 16 * dim +
            8, 8 * batch * dim * height * width + 8 * batch + 8 * dim + 8)
        if groups == 2: max(40 * dim + 4 * (dim // 2) + 4 * max(1, dim // 2) + 12, 8 * batch * dim *
            height * width + 16 * batch + 8 * dim + 8, 4 * batch * dim * height * width + 16 * batch
            + 12 * dim + 4 * (dim // 2) + 4 * max(1, dim // 2) + 8)
        if groups == 3: max(40 * dim + 4 * (dim // 3) + 8 * max(1, dim // 3) + 12, 8 * batch * dim *
            height * width + 24 * batch + 8 * dim + 8, 4 * batch * dim * height * width + 24 * batch
            + 12 * dim + 4 * (dim // 3) + 8 * max(1, dim // 3) + 8)
        if groups == 4: max(40 * dim + 4 * (dim // 4) + 12 * max(1, dim // 4) + 12, 8 * batch * dim
            * height * width + 32 * batch + 8 * dim + 8, 4 * batch * dim * height * width + 32 *
            batch + 12 * dim + 4 * (dim // 4) + 12 * max(1, dim // 4) + 8)
        if groups == 5: max(40 * dim + 4 * (dim // 5) + 16 * max(1, dim // 5) + 12, 8 * batch * dim
            * height * width + 40 * batch + 8 * dim + 8, 4 * batch * dim * height * width + 40 *
            batch + 12 * dim + 4 * (dim // 5) + 16 * max(1, dim // 5) + 8)
        if groups == 6: max(40 * dim + 4 * (dim // 6) + 20 * max(1, dim // 6) + 12, 8 * batch * dim
            * height * width + 48 * batch + 8 * dim + 8, 4 * batch * dim * height * width + 48 *
            batch + 12 * dim + 4 * (dim // 6) + 20 * max(1, dim // 6) + 8)
        if groups == 7: max(40 * dim + 4 * (dim // 7) + 24 * max(1, dim // 7) + 12, 8 * batch * dim
            * height * width + 56 * batch + 8 * dim + 8, 4 * batch * dim * height * width + 56 *
            batch + 12 * dim + 4 * (dim // 7) + 24 * max(1, dim // 7) + 8)
        otherwise: max(40 * dim + 4 * (dim // 8) + 28 * max(1, dim // 8) + 12, 8 * batch * dim *
            height * width + 64 * batch + 8 * dim + 8, 4 * batch * dim * height * width + 64 * batch
            + 12 * dim + 4 * (dim // 8) + 28 * max(1, dim // 8) + 8)
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
        return again(cnn_groupnorm_silu_peak_bytes, KEY, _DOMAIN, locals())
    dim_div_8 = dim // 8
    dim_div_7 = dim // 7
    dim_div_6 = dim // 6
    dim_div_5 = dim // 5
    dim_div_4 = dim // 4
    dim_div_3 = dim // 3
    dim_div_2 = dim // 2
    if optimizer == "sgd":
        if _no_step(dim, groups, batch, height, width):
            raise refused(
                KEY,
                "no training step",
                _NO_STEP,
                dim=dim,
                groups=groups,
                batch=batch,
                height=height,
                width=width,
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
        if groups == 1:
            return max(
                4 * batch * dim * height * width + 8 * batch + 16 * dim + 8,
                8 * batch * dim * height * width + 8 * batch + 8 * dim + 8,
            )
        if groups == 2:
            return max(
                8 * batch * dim * height * width + 16 * batch + 8 * dim + 8,
                4 * batch * dim * height * width
                + 16 * batch
                + 12 * dim
                + 4 * dim_div_2
                + 4 * max(1, dim_div_2)
                + 8,
            )
        if groups == 3:
            return max(
                8 * batch * dim * height * width + 24 * batch + 8 * dim + 8,
                4 * batch * dim * height * width
                + 24 * batch
                + 12 * dim
                + 4 * dim_div_3
                + 8 * max(1, dim_div_3)
                + 8,
            )
        if groups == 4:
            return max(
                8 * batch * dim * height * width + 32 * batch + 8 * dim + 8,
                4 * batch * dim * height * width
                + 32 * batch
                + 12 * dim
                + 4 * dim_div_4
                + 12 * max(1, dim_div_4)
                + 8,
            )
        if groups == 5:
            return max(
                8 * batch * dim * height * width + 40 * batch + 8 * dim + 8,
                4 * batch * dim * height * width
                + 40 * batch
                + 12 * dim
                + 4 * dim_div_5
                + 16 * max(1, dim_div_5)
                + 8,
            )
        if groups == 6:
            return max(
                8 * batch * dim * height * width + 48 * batch + 8 * dim + 8,
                4 * batch * dim * height * width
                + 48 * batch
                + 12 * dim
                + 4 * dim_div_6
                + 20 * max(1, dim_div_6)
                + 8,
            )
        if groups == 7:
            return max(
                8 * batch * dim * height * width + 56 * batch + 8 * dim + 8,
                4 * batch * dim * height * width
                + 56 * batch
                + 12 * dim
                + 4 * dim_div_7
                + 24 * max(1, dim_div_7)
                + 8,
            )
        return max(
            8 * batch * dim * height * width + 64 * batch + 8 * dim + 8,
            4 * batch * dim * height * width
            + 64 * batch
            + 12 * dim
            + 4 * dim_div_8
            + 28 * max(1, dim_div_8)
            + 8,
        )
    if optimizer == "sgd_momentum":
        if _no_step(dim, groups, batch, height, width):
            raise refused(
                KEY,
                "no training step",
                _NO_STEP,
                dim=dim,
                groups=groups,
                batch=batch,
                height=height,
                width=width,
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
        if groups == 1:
            return max(
                24 * dim + 4,
                4 * batch * dim * height * width + 8 * batch + 16 * dim + 8,
                8 * batch * dim * height * width + 8 * batch + 8 * dim + 8,
            )
        if groups == 2:
            return max(
                16 * dim + 12 * dim_div_2 + 4 * max(1, dim_div_2) + 4,
                8 * batch * dim * height * width + 16 * batch + 8 * dim + 8,
                4 * batch * dim * height * width
                + 16 * batch
                + 12 * dim
                + 4 * dim_div_2
                + 4 * max(1, dim_div_2)
                + 8,
            )
        if groups == 3:
            return max(
                16 * dim + 16 * dim_div_3 + 8 * max(1, dim_div_3) + 4,
                8 * batch * dim * height * width + 24 * batch + 8 * dim + 8,
                4 * batch * dim * height * width
                + 24 * batch
                + 12 * dim
                + 4 * dim_div_3
                + 8 * max(1, dim_div_3)
                + 8,
            )
        if groups == 4:
            return max(
                16 * dim + 20 * dim_div_4 + 12 * max(1, dim_div_4) + 4,
                8 * batch * dim * height * width + 32 * batch + 8 * dim + 8,
                4 * batch * dim * height * width
                + 32 * batch
                + 12 * dim
                + 4 * dim_div_4
                + 12 * max(1, dim_div_4)
                + 8,
            )
        if groups == 5:
            return max(
                16 * dim + 24 * dim_div_5 + 16 * max(1, dim_div_5) + 4,
                8 * batch * dim * height * width + 40 * batch + 8 * dim + 8,
                4 * batch * dim * height * width
                + 40 * batch
                + 12 * dim
                + 4 * dim_div_5
                + 16 * max(1, dim_div_5)
                + 8,
            )
        if groups == 6:
            return max(
                16 * dim + 28 * dim_div_6 + 20 * max(1, dim_div_6) + 4,
                8 * batch * dim * height * width + 48 * batch + 8 * dim + 8,
                4 * batch * dim * height * width
                + 48 * batch
                + 12 * dim
                + 4 * dim_div_6
                + 20 * max(1, dim_div_6)
                + 8,
            )
        if groups == 7:
            return max(
                16 * dim + 32 * dim_div_7 + 24 * max(1, dim_div_7) + 4,
                8 * batch * dim * height * width + 56 * batch + 8 * dim + 8,
                4 * batch * dim * height * width
                + 56 * batch
                + 12 * dim
                + 4 * dim_div_7
                + 24 * max(1, dim_div_7)
                + 8,
            )
        return max(
            16 * dim + 36 * dim_div_8 + 28 * max(1, dim_div_8) + 4,
            8 * batch * dim * height * width + 64 * batch + 8 * dim + 8,
            4 * batch * dim * height * width
            + 64 * batch
            + 12 * dim
            + 4 * dim_div_8
            + 28 * max(1, dim_div_8)
            + 8,
        )
    if _no_step(dim, groups, batch, height, width):
        raise refused(
            KEY,
            "no training step",
            _NO_STEP,
            dim=dim,
            groups=groups,
            batch=batch,
            height=height,
            width=width,
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
    if groups == 1:
        return max(
            44 * dim + 12,
            4 * batch * dim * height * width + 8 * batch + 16 * dim + 8,
            8 * batch * dim * height * width + 8 * batch + 8 * dim + 8,
        )
    if groups == 2:
        return max(
            40 * dim + 4 * dim_div_2 + 4 * max(1, dim_div_2) + 12,
            8 * batch * dim * height * width + 16 * batch + 8 * dim + 8,
            4 * batch * dim * height * width
            + 16 * batch
            + 12 * dim
            + 4 * dim_div_2
            + 4 * max(1, dim_div_2)
            + 8,
        )
    if groups == 3:
        return max(
            40 * dim + 4 * dim_div_3 + 8 * max(1, dim_div_3) + 12,
            8 * batch * dim * height * width + 24 * batch + 8 * dim + 8,
            4 * batch * dim * height * width
            + 24 * batch
            + 12 * dim
            + 4 * dim_div_3
            + 8 * max(1, dim_div_3)
            + 8,
        )
    if groups == 4:
        return max(
            40 * dim + 4 * dim_div_4 + 12 * max(1, dim_div_4) + 12,
            8 * batch * dim * height * width + 32 * batch + 8 * dim + 8,
            4 * batch * dim * height * width
            + 32 * batch
            + 12 * dim
            + 4 * dim_div_4
            + 12 * max(1, dim_div_4)
            + 8,
        )
    if groups == 5:
        return max(
            40 * dim + 4 * dim_div_5 + 16 * max(1, dim_div_5) + 12,
            8 * batch * dim * height * width + 40 * batch + 8 * dim + 8,
            4 * batch * dim * height * width
            + 40 * batch
            + 12 * dim
            + 4 * dim_div_5
            + 16 * max(1, dim_div_5)
            + 8,
        )
    if groups == 6:
        return max(
            40 * dim + 4 * dim_div_6 + 20 * max(1, dim_div_6) + 12,
            8 * batch * dim * height * width + 48 * batch + 8 * dim + 8,
            4 * batch * dim * height * width
            + 48 * batch
            + 12 * dim
            + 4 * dim_div_6
            + 20 * max(1, dim_div_6)
            + 8,
        )
    if groups == 7:
        return max(
            40 * dim + 4 * dim_div_7 + 24 * max(1, dim_div_7) + 12,
            8 * batch * dim * height * width + 56 * batch + 8 * dim + 8,
            4 * batch * dim * height * width
            + 56 * batch
            + 12 * dim
            + 4 * dim_div_7
            + 24 * max(1, dim_div_7)
            + 8,
        )
    return max(
        40 * dim + 4 * dim_div_8 + 28 * max(1, dim_div_8) + 12,
        8 * batch * dim * height * width + 64 * batch + 8 * dim + 8,
        4 * batch * dim * height * width
        + 64 * batch
        + 12 * dim
        + 4 * dim_div_8
        + 28 * max(1, dim_div_8)
        + 8,
    )
