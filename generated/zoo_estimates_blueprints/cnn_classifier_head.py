"""cnn/classifier_head: AdaptiveAvgPool2d(1) . Flatten . Linear(dim, 10)

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.classifier_head(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= height <= 65536, 1 <= width <= 65536.
Per-submodule terms of every quantity: python -m codegen explain cnn/classifier_head.
"""

from __future__ import annotations

from . import again

KEY = "cnn/classifier_head"
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


def cnn_classifier_head_params(dim: int) -> int:
    """Parameters of cnn/classifier_head.

    everywhere: 10 * dim + 10, all in 2 (Linear)
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_classifier_head_params, KEY, _DOMAIN, locals())
    return 10 * dim + 10


def cnn_classifier_head_buffers(dim: int) -> int:
    """Buffer elements of cnn/classifier_head.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(cnn_classifier_head_buffers, KEY, _DOMAIN, locals())
    return 0


def cnn_classifier_head_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of cnn/classifier_head.

    if optimizer == 'sgd':

        everywhere: 80 * dim + 80

    if optimizer == 'sgd_momentum':

        everywhere: 120 * dim + 120

    if optimizer in ('adam', 'adamw'):

        everywhere: 160 * dim + 168
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(cnn_classifier_head_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 80 * dim + 80
    if optimizer == "sgd_momentum":
        return 120 * dim + 120
    return 160 * dim + 168


def cnn_classifier_head_forward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward FLOPs of cnn/classifier_head.

    everywhere: 20 * batch * dim
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_classifier_head_forward_flops, KEY, _DOMAIN, locals())
    return 20 * batch * dim


def cnn_classifier_head_backward_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Backward FLOPs of cnn/classifier_head.

    everywhere: 40 * batch * dim
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_classifier_head_backward_flops, KEY, _DOMAIN, locals())
    return 40 * batch * dim


def cnn_classifier_head_elementwise_flops(dim: int, *, batch: int, height: int, width: int) -> int:
    """Forward elementwise operations of cnn/classifier_head.

    everywhere: batch * dim * height * width
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_classifier_head_elementwise_flops, KEY, _DOMAIN, locals())
    return batch * dim * height * width


def cnn_classifier_head_backward_elementwise_flops(
    dim: int, *, batch: int, height: int, width: int
) -> int:
    """Backward elementwise operations of cnn/classifier_head.

    everywhere: batch * dim * height * width + 10 * batch
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_classifier_head_backward_elementwise_flops, KEY, _DOMAIN, locals())
    return batch * dim * height * width + 10 * batch


def cnn_classifier_head_activation_bytes(dim: int, *, batch: int, height: int, width: int) -> int:
    """Activation bytes of cnn/classifier_head.

    everywhere: 4 * batch * dim
    """
    if not (
        type(dim) is type(batch) is type(height) is type(width) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= height <= 65536
        and 1 <= width <= 65536
    ):
        return again(cnn_classifier_head_activation_bytes, KEY, _DOMAIN, locals())
    return 4 * batch * dim


def cnn_classifier_head_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, height: int, width: int
) -> int:
    """Peak bytes of a training step of cnn/classifier_head.

    if optimizer == 'sgd':

        everywhere: max(4 * batch * dim + 80 * dim + 88, 4 * batch * dim + 40 * batch + 40 * dim +
            44)

    if optimizer == 'sgd_momentum':

        everywhere: max(120 * dim + 124, 4 * batch * dim + 80 * dim + 88, 4 * batch * dim + 40 *
            batch + 40 * dim + 44)

    if optimizer in ('adam', 'adamw'):

        everywhere: max(200 * dim + 252, 240 * dim + 172, 4 * batch * dim + 80 * dim + 88, 4 * batch
            * dim + 40 * batch + 40 * dim + 44)
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
        return again(cnn_classifier_head_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return max(4 * batch * dim + 80 * dim + 88, 4 * batch * dim + 40 * batch + 40 * dim + 44)
    if optimizer == "sgd_momentum":
        return max(
            120 * dim + 124,
            4 * batch * dim + 80 * dim + 88,
            4 * batch * dim + 40 * batch + 40 * dim + 44,
        )
    return max(
        200 * dim + 252,
        240 * dim + 172,
        4 * batch * dim + 80 * dim + 88,
        4 * batch * dim + 40 * batch + 40 * dim + 44,
    )
