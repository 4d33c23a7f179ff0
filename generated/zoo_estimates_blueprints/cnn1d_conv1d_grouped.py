"""cnn1d/conv1d_grouped: grouped Conv1d k3 . BatchNorm1d . ReLU

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.conv1d_grouped(); exact for 1 <= dim <= 65536, 1 <= groups <= 8.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= length <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain cnn1d/conv1d_grouped.
"""

from __future__ import annotations

from . import again, refused

KEY = "cnn1d/conv1d_grouped"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "13612acfac1ce9ea"
HYPERPARAMETERS: tuple[str, ...] = ("groups",)
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "groups": (1, 8),
    "batch": (1, 65536),
    "length": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}
_NO_MODULE = (
    "the factory raises ValueError where dim % groups != 0 (zoo/torch_layers.py, in conv1d_grouped)"
)
_NO_STEP = (
    "the training step raises ValueError where batch == 1 and length == 1 and dim % groups == 0"
)


def _no_module(dim: int, groups: int) -> bool:
    return dim % groups != 0


def _no_step(dim: int, groups: int, batch: int, length: int) -> bool:
    return batch == 1 and length == 1 and dim % groups == 0


def cnn1d_conv1d_grouped_params(dim: int, *, groups: int = 2) -> int:
    """Parameters of cnn1d/conv1d_grouped.

    if _no_module(dim, groups): ValueError (the factory rejects it)
    otherwise: 3 * dim * (dim // groups) + 2 * dim

    Per submodule:
        otherwise:
            0 (Conv1d): 3 * dim * (dim // groups)
            1 (BatchNorm1d): 2 * dim
    """
    if not (type(dim) is type(groups) is int and 1 <= dim <= 65536 and 1 <= groups <= 8):
        return again(cnn1d_conv1d_grouped_params, KEY, _DOMAIN, locals())
    if _no_module(dim, groups):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, groups=groups)
    return 3 * dim * (dim // groups) + 2 * dim


def cnn1d_conv1d_grouped_buffers(dim: int, *, groups: int = 2) -> int:
    """Buffer elements of cnn1d/conv1d_grouped.

    if _no_module(dim, groups): ValueError (the factory rejects it)
    otherwise: 2 * dim + 1
    """
    if not (type(dim) is type(groups) is int and 1 <= dim <= 65536 and 1 <= groups <= 8):
        return again(cnn1d_conv1d_grouped_buffers, KEY, _DOMAIN, locals())
    if _no_module(dim, groups):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, groups=groups)
    return 2 * dim + 1


def cnn1d_conv1d_grouped_training_state_bytes(
    dim: int, *, optimizer: str = "adam", groups: int = 2
) -> int:
    """Training state bytes of cnn1d/conv1d_grouped.

    if optimizer == 'sgd':

        if _no_module(dim, groups): ValueError (the factory rejects it)
        otherwise: 24 * dim * (dim // groups) + 16 * dim

    if optimizer == 'sgd_momentum':

        if _no_module(dim, groups): ValueError (the factory rejects it)
        otherwise: 36 * dim * (dim // groups) + 24 * dim

    if optimizer in ('adam', 'adamw'):

        if _no_module(dim, groups): ValueError (the factory rejects it)
        otherwise: 48 * dim * (dim // groups) + 32 * dim + 12
    """
    if not (
        type(dim) is type(groups) is int
        and 1 <= dim <= 65536
        and 1 <= groups <= 8
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn1d_conv1d_grouped_training_state_bytes, KEY, _DOMAIN, locals())
    dim_div_groups = dim // groups
    if optimizer == "sgd":
        if _no_module(dim, groups):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, groups=groups)
        return 24 * dim * dim_div_groups + 16 * dim
    if optimizer == "sgd_momentum":
        if _no_module(dim, groups):
            raise refused(KEY, "no module", _NO_MODULE, dim=dim, groups=groups)
        return 36 * dim * dim_div_groups + 24 * dim
    if _no_module(dim, groups):
        raise refused(KEY, "no module", _NO_MODULE, dim=dim, groups=groups)
    return 48 * dim * dim_div_groups + 32 * dim + 12


def cnn1d_conv1d_grouped_forward_flops(
    dim: int, *, batch: int, length: int, groups: int = 2
) -> int:
    """Forward FLOPs of cnn1d/conv1d_grouped.

    if _no_step(dim, groups, batch, length): ValueError (the training step raises)
    if _no_module(dim, groups): ValueError (the factory rejects it)
    otherwise: 6 * batch * dim * (dim // groups) * length
    """
    if not (
        type(dim) is type(groups) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= groups <= 8
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_conv1d_grouped_forward_flops, KEY, _DOMAIN, locals())
    if _no_step(dim, groups, batch, length):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, groups=groups, batch=batch, length=length
        )
    if _no_module(dim, groups):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, groups=groups, batch=batch, length=length
        )
    return 6 * batch * dim * (dim // groups) * length


def cnn1d_conv1d_grouped_backward_flops(
    dim: int, *, batch: int, length: int, groups: int = 2
) -> int:
    """Backward FLOPs of cnn1d/conv1d_grouped.

    if _no_step(dim, groups, batch, length): ValueError (the training step raises)
    if _no_module(dim, groups): ValueError (the factory rejects it)
    otherwise: 12 * batch * dim * (dim // groups) * length
    """
    if not (
        type(dim) is type(groups) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= groups <= 8
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_conv1d_grouped_backward_flops, KEY, _DOMAIN, locals())
    if _no_step(dim, groups, batch, length):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, groups=groups, batch=batch, length=length
        )
    if _no_module(dim, groups):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, groups=groups, batch=batch, length=length
        )
    return 12 * batch * dim * (dim // groups) * length


def cnn1d_conv1d_grouped_elementwise_flops(
    dim: int, *, batch: int, length: int, groups: int = 2
) -> int:
    """Forward elementwise operations of cnn1d/conv1d_grouped.

    if _no_step(dim, groups, batch, length): ValueError (the training step raises)
    if _no_module(dim, groups): ValueError (the factory rejects it)
    otherwise: 6 * batch * dim * length + 1
    """
    if not (
        type(dim) is type(groups) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= groups <= 8
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_conv1d_grouped_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_step(dim, groups, batch, length):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, groups=groups, batch=batch, length=length
        )
    if _no_module(dim, groups):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, groups=groups, batch=batch, length=length
        )
    return 6 * batch * dim * length + 1


def cnn1d_conv1d_grouped_backward_elementwise_flops(
    dim: int, *, batch: int, length: int, groups: int = 2
) -> int:
    """Backward elementwise operations of cnn1d/conv1d_grouped.

    if _no_step(dim, groups, batch, length): ValueError (the training step raises)
    if _no_module(dim, groups): ValueError (the factory rejects it)
    otherwise: 9 * batch * dim * length
    """
    if not (
        type(dim) is type(groups) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= groups <= 8
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_conv1d_grouped_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_step(dim, groups, batch, length):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, groups=groups, batch=batch, length=length
        )
    if _no_module(dim, groups):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, groups=groups, batch=batch, length=length
        )
    return 9 * batch * dim * length


def cnn1d_conv1d_grouped_activation_bytes(
    dim: int, *, batch: int, length: int, groups: int = 2
) -> int:
    """Activation bytes of cnn1d/conv1d_grouped.

    if _no_step(dim, groups, batch, length): ValueError (the training step raises)
    if _no_module(dim, groups): ValueError (the factory rejects it)
    otherwise: 12 * batch * dim * length + 8 * dim
    """
    if not (
        type(dim) is type(groups) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= groups <= 8
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
    ):
        return again(cnn1d_conv1d_grouped_activation_bytes, KEY, _DOMAIN, locals())
    if _no_step(dim, groups, batch, length):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, groups=groups, batch=batch, length=length
        )
    if _no_module(dim, groups):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, groups=groups, batch=batch, length=length
        )
    return 12 * batch * dim * length + 8 * dim


def cnn1d_conv1d_grouped_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, length: int, groups: int = 2
) -> int:
    """Peak bytes of a training step of cnn1d/conv1d_grouped.

    if optimizer == 'sgd':

        if _no_step(dim, groups, batch, length): ValueError (the training step raises)
        if _no_module(dim, groups): ValueError (the factory rejects it)
        otherwise: max(4 * batch * dim * length + 24 * dim * (dim // groups) + 24 * dim + 16, 12 *
            batch * dim * length + 12 * dim * (dim // groups) + 32 * dim + 16)

    if optimizer == 'sgd_momentum':

        if _no_step(dim, groups, batch, length): ValueError (the training step raises)
        if _no_module(dim, groups): ValueError (the factory rejects it)
        otherwise: max(4 * batch * dim * length + 24 * dim * (dim // groups) + 24 * dim + 16, 12 *
            batch * dim * length + 12 * dim * (dim // groups) + 32 * dim + 16, 24 * dim *
            (dim // groups) + 12 * dim * max(1, dim // groups) + 32 * dim + 12 * (dim // groups) -
            12 * max(1, dim // groups) + 12)

    if optimizer in ('adam', 'adamw'):

        if _no_step(dim, groups, batch, length): ValueError (the training step raises)
        if _no_module(dim, groups): ValueError (the factory rejects it)
        if dim // groups == 1: max(48 * dim * (dim // groups) + 60 * dim + 24, 60 * dim *
            (dim // groups) + 52 * dim + 24, 4 * batch * dim * length + 24 * dim * (dim // groups) +
            24 * dim + 16, 12 * batch * dim * length + 12 * dim * (dim // groups) + 32 * dim + 16)
        otherwise: max(48 * dim * (dim // groups) + 52 * dim + 24, 60 * dim * (dim // groups) + 48 *
            dim + 24, 72 * dim * (dim // groups) + 40 * dim + 24, 4 * batch * dim * length + 24 *
            dim * (dim // groups) + 24 * dim + 16, 12 * batch * dim * length + 12 * dim *
            (dim // groups) + 32 * dim + 16)
    """
    if not (
        type(dim) is type(groups) is type(batch) is type(length) is int
        and 1 <= dim <= 65536
        and 1 <= groups <= 8
        and 1 <= batch <= 65536
        and 1 <= length <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn1d_conv1d_grouped_peak_bytes, KEY, _DOMAIN, locals())
    dim_div_groups = dim // groups
    if optimizer == "sgd":
        if _no_step(dim, groups, batch, length):
            raise refused(
                KEY,
                "no training step",
                _NO_STEP,
                dim=dim,
                groups=groups,
                batch=batch,
                length=length,
            )
        if _no_module(dim, groups):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, groups=groups, batch=batch, length=length
            )
        return max(
            4 * batch * dim * length + 24 * dim * dim_div_groups + 24 * dim + 16,
            12 * batch * dim * length + 12 * dim * dim_div_groups + 32 * dim + 16,
        )
    if optimizer == "sgd_momentum":
        if _no_step(dim, groups, batch, length):
            raise refused(
                KEY,
                "no training step",
                _NO_STEP,
                dim=dim,
                groups=groups,
                batch=batch,
                length=length,
            )
        if _no_module(dim, groups):
            raise refused(
                KEY, "no module", _NO_MODULE, dim=dim, groups=groups, batch=batch, length=length
            )
        return max(
            4 * batch * dim * length + 24 * dim * dim_div_groups + 24 * dim + 16,
            12 * batch * dim * length + 12 * dim * dim_div_groups + 32 * dim + 16,
            24 * dim * dim_div_groups
            + 12 * dim * max(1, dim_div_groups)
            + 32 * dim
            + 12 * dim_div_groups
            - 12 * max(1, dim_div_groups)
            + 12,
        )
    if _no_step(dim, groups, batch, length):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, groups=groups, batch=batch, length=length
        )
    if _no_module(dim, groups):
        raise refused(
            KEY, "no module", _NO_MODULE, dim=dim, groups=groups, batch=batch, length=length
        )
    if dim_div_groups == 1:
        return max(
            48 * dim * dim_div_groups + 60 * dim + 24,
            60 * dim * dim_div_groups + 52 * dim + 24,
            4 * batch * dim * length + 24 * dim * dim_div_groups + 24 * dim + 16,
            12 * batch * dim * length + 12 * dim * dim_div_groups + 32 * dim + 16,
        )
    return max(
        48 * dim * dim_div_groups + 52 * dim + 24,
        60 * dim * dim_div_groups + 48 * dim + 24,
        72 * dim * dim_div_groups + 40 * dim + 24,
        4 * batch * dim * length + 24 * dim * dim_div_groups + 24 * dim + 16,
        12 * batch * dim * length + 12 * dim * dim_div_groups + 32 * dim + 16,
    )
