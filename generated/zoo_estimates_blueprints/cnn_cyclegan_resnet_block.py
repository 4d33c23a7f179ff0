"""cnn/cyclegan_resnet_block: CycleGAN/pix2pix ResNet block: reflection pad, 3x3 conv, InstanceNorm,
ReLU, twice

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.generators.cyclegan_resnet_block(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= height <= 65536, 1 <= width <= 65536.
Where the factory or the training step raises, so do the functions (ValueError, saying where and
why).
Per-submodule terms of every quantity: python -m codegen explain cnn/cyclegan_resnet_block.
"""

from __future__ import annotations

from . import again, refused

KEY = "cnn/cyclegan_resnet_block"
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
_NO_STEP = (
    "the training step raises RuntimeError where height == 1 or width == 1 "
    "(zoo/generators.py, in forward)"
)


def _no_step(height: int, width: int) -> bool:
    return height == 1 or width == 1


def cnn_cyclegan_resnet_block_params(dim: int) -> int:
    """Parameters of cnn/cyclegan_resnet_block.

    everywhere: 18 * dim**2 + 2 * dim

    Per submodule:
        block.1 (Conv2d): 9 * dim**2 + dim
        block.5 (Conv2d): 9 * dim**2 + dim
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_cyclegan_resnet_block_params, KEY, _DOMAIN, locals())
    return 18 * dim**2 + 2 * dim


def cnn_cyclegan_resnet_block_buffers(dim: int) -> int:
    """Buffer elements of cnn/cyclegan_resnet_block.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_cyclegan_resnet_block_buffers, KEY, _DOMAIN, locals())
    return 0


def cnn_cyclegan_resnet_block_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/cyclegan_resnet_block.

    if optimizer == 'sgd':

        everywhere: 144 * dim**2 + 16 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 216 * dim**2 + 24 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 288 * dim**2 + 32 * dim + 16
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_cyclegan_resnet_block_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 144 * dim**2 + 16 * dim
    if optimizer == "sgd_momentum":
        return 216 * dim**2 + 24 * dim
    return 288 * dim**2 + 32 * dim + 16


def cnn_cyclegan_resnet_block_forward_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Forward FLOPs of cnn/cyclegan_resnet_block.

    if _no_step(height, width): ValueError (the training step raises)
    otherwise: 36 * batch * dim**2 * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_cyclegan_resnet_block_forward_flops, KEY, _DOMAIN, locals())
    if _no_step(height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 36 * batch * dim**2 * height * width


def cnn_cyclegan_resnet_block_backward_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward FLOPs of cnn/cyclegan_resnet_block.

    if _no_step(height, width): ValueError (the training step raises)
    otherwise: 72 * batch * dim**2 * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_cyclegan_resnet_block_backward_flops, KEY, _DOMAIN, locals())
    if _no_step(height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 72 * batch * dim**2 * height * width


def cnn_cyclegan_resnet_block_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Forward elementwise operations of cnn/cyclegan_resnet_block.

    if _no_step(height, width): ValueError (the training step raises)
    otherwise: 12 * batch * dim * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_cyclegan_resnet_block_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_step(height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return 12 * batch * dim * height * width


def cnn_cyclegan_resnet_block_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/cyclegan_resnet_block.

    if _no_step(height, width): ValueError (the training step raises)
    otherwise: 20 * batch * dim * height * width + 4 * batch * dim * height + 4 * batch * dim *
        width + 8 * batch * dim
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_cyclegan_resnet_block_backward_elementwise_flops, KEY, _DOMAIN, locals())
    if _no_step(height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return (
        20 * batch * dim * height * width
        + 4 * batch * dim * height
        + 4 * batch * dim * width
        + 8 * batch * dim
    )


def cnn_cyclegan_resnet_block_activation_bytes(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Activation bytes of cnn/cyclegan_resnet_block.

    if _no_step(height, width): ValueError (the training step raises)
    otherwise: 24 * batch * dim * height * width + 16 * batch * dim * height + 16 * batch * dim *
        width + 48 * batch * dim
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_cyclegan_resnet_block_activation_bytes, KEY, _DOMAIN, locals())
    if _no_step(height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return (
        24 * batch * dim * height * width
        + 16 * batch * dim * height
        + 16 * batch * dim * width
        + 48 * batch * dim
    )


def cnn_cyclegan_resnet_block_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, height: int, width: int
) -> int:
    """Peak bytes of a training step of cnn/cyclegan_resnet_block.

    if optimizer == 'sgd':

        if _no_step(height, width): ValueError (the training step raises)
        otherwise: max(28 * batch * dim * height * width + 16 * batch * dim * height + 16 * batch *
            dim * width + 48 * batch * dim + 72 * dim**2 + 8 * dim, 8 * batch * dim * height * width
            + 8 * batch * dim * height + 8 * batch * dim * width + 16 * batch * dim + 144 * dim**2 +
            16 * dim + 8, 24 * batch * dim * height * width + 24 * batch * dim * height + 24 * batch
            * dim * width + 56 * batch * dim + 108 * dim**2 + 12 * dim + 8, 28 * batch * dim *
            height * width + 8 * batch * dim * height + 8 * batch * dim * width + 24 * batch * dim +
            108 * dim**2 + 12 * dim + 8)

    if optimizer == 'sgd_momentum':

        if _no_step(height, width): ValueError (the training step raises)
        otherwise: max(216 * dim**2 + 24 * dim + 4, 28 * batch * dim * height * width + 16 * batch *
            dim * height + 16 * batch * dim * width + 48 * batch * dim + 72 * dim**2 + 8 * dim, 8 *
            batch * dim * height * width + 8 * batch * dim * height + 8 * batch * dim * width + 16 *
            batch * dim + 144 * dim**2 + 16 * dim + 8, 24 * batch * dim * height * width + 24 *
            batch * dim * height + 24 * batch * dim * width + 56 * batch * dim + 108 * dim**2 + 12 *
            dim + 8, 28 * batch * dim * height * width + 8 * batch * dim * height + 8 * batch * dim
            * width + 24 * batch * dim + 108 * dim**2 + 12 * dim + 8)

    if optimizer in ('adam', 'adamw'):

        if _no_step(height, width): ValueError (the training step raises)
        otherwise: max(360 * dim**2 + 36 * dim + 20, 28 * batch * dim * height * width + 16 * batch
            * dim * height + 16 * batch * dim * width + 48 * batch * dim + 72 * dim**2 + 8 * dim, 8
            * batch * dim * height * width + 8 * batch * dim * height + 8 * batch * dim * width + 16
            * batch * dim + 144 * dim**2 + 16 * dim + 8, 24 * batch * dim * height * width + 24 *
            batch * dim * height + 24 * batch * dim * width + 56 * batch * dim + 108 * dim**2 + 12 *
            dim + 8, 28 * batch * dim * height * width + 8 * batch * dim * height + 8 * batch * dim
            * width + 24 * batch * dim + 108 * dim**2 + 12 * dim + 8)
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
        return again(cnn_cyclegan_resnet_block_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        if _no_step(height, width):
            raise refused(
                KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
            )
        return max(
            28 * batch * dim * height * width
            + 16 * batch * dim * height
            + 16 * batch * dim * width
            + 48 * batch * dim
            + 72 * dim**2
            + 8 * dim,
            8 * batch * dim * height * width
            + 8 * batch * dim * height
            + 8 * batch * dim * width
            + 16 * batch * dim
            + 144 * dim**2
            + 16 * dim
            + 8,
            24 * batch * dim * height * width
            + 24 * batch * dim * height
            + 24 * batch * dim * width
            + 56 * batch * dim
            + 108 * dim**2
            + 12 * dim
            + 8,
            28 * batch * dim * height * width
            + 8 * batch * dim * height
            + 8 * batch * dim * width
            + 24 * batch * dim
            + 108 * dim**2
            + 12 * dim
            + 8,
        )
    if optimizer == "sgd_momentum":
        if _no_step(height, width):
            raise refused(
                KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
            )
        return max(
            216 * dim**2 + 24 * dim + 4,
            28 * batch * dim * height * width
            + 16 * batch * dim * height
            + 16 * batch * dim * width
            + 48 * batch * dim
            + 72 * dim**2
            + 8 * dim,
            8 * batch * dim * height * width
            + 8 * batch * dim * height
            + 8 * batch * dim * width
            + 16 * batch * dim
            + 144 * dim**2
            + 16 * dim
            + 8,
            24 * batch * dim * height * width
            + 24 * batch * dim * height
            + 24 * batch * dim * width
            + 56 * batch * dim
            + 108 * dim**2
            + 12 * dim
            + 8,
            28 * batch * dim * height * width
            + 8 * batch * dim * height
            + 8 * batch * dim * width
            + 24 * batch * dim
            + 108 * dim**2
            + 12 * dim
            + 8,
        )
    if _no_step(height, width):
        raise refused(
            KEY, "no training step", _NO_STEP, dim=dim, batch=batch, height=height, width=width
        )
    return max(
        360 * dim**2 + 36 * dim + 20,
        28 * batch * dim * height * width
        + 16 * batch * dim * height
        + 16 * batch * dim * width
        + 48 * batch * dim
        + 72 * dim**2
        + 8 * dim,
        8 * batch * dim * height * width
        + 8 * batch * dim * height
        + 8 * batch * dim * width
        + 16 * batch * dim
        + 144 * dim**2
        + 16 * dim
        + 8,
        24 * batch * dim * height * width
        + 24 * batch * dim * height
        + 24 * batch * dim * width
        + 56 * batch * dim
        + 108 * dim**2
        + 12 * dim
        + 8,
        28 * batch * dim * height * width
        + 8 * batch * dim * height
        + 8 * batch * dim * width
        + 24 * batch * dim
        + 108 * dim**2
        + 12 * dim
        + 8,
    )
