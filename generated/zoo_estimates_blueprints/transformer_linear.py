"""transformer/linear: Linear(dim, expansion * dim)

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.linear(); exact for 1 <= dim <= 65536, 1 <= expansion <= 8.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Per-submodule terms of every quantity: python -m codegen explain transformer/linear.
"""

from __future__ import annotations

from . import again

KEY = "transformer/linear"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "13612acfac1ce9ea"
HYPERPARAMETERS: tuple[str, ...] = ("expansion",)
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "expansion": (1, 8),
    "batch": (1, 65536),
    "seq_len": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}


def transformer_linear_params(dim: int, *, expansion: int = 2) -> int:
    """Parameters of transformer/linear.

    everywhere: dim**2 * expansion + dim * expansion, all in self (Linear)
    """
    if not (type(dim) is type(expansion) is int and 1 <= dim <= 65536 and 1 <= expansion <= 8):
        return again(transformer_linear_params, KEY, _DOMAIN, locals())
    return dim**2 * expansion + dim * expansion


def transformer_linear_buffers(dim: int, *, expansion: int = 2) -> int:
    """Buffer elements of transformer/linear.

    everywhere: 0
    """
    if not (type(dim) is type(expansion) is int and 1 <= dim <= 65536 and 1 <= expansion <= 8):
        return again(transformer_linear_buffers, KEY, _DOMAIN, locals())
    return 0


def transformer_linear_training_state_bytes(
    dim: int, *, optimizer: str = "adam", expansion: int = 2
) -> int:
    """Training state bytes of transformer/linear.

    if optimizer == 'sgd':

        everywhere: 8 * dim**2 * expansion + 8 * dim * expansion

    if optimizer == 'sgd_momentum':

        everywhere: 12 * dim**2 * expansion + 12 * dim * expansion

    if optimizer in ('adam', 'adamw'):

        everywhere: 16 * dim**2 * expansion + 16 * dim * expansion + 8
    """
    if not (
        type(dim) is type(expansion) is int
        and 1 <= dim <= 65536
        and 1 <= expansion <= 8
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_linear_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 8 * dim**2 * expansion + 8 * dim * expansion
    if optimizer == "sgd_momentum":
        return 12 * dim**2 * expansion + 12 * dim * expansion
    return 16 * dim**2 * expansion + 16 * dim * expansion + 8


def transformer_linear_forward_flops(
    dim: int, *, batch: int, seq_len: int, expansion: int = 2
) -> int:
    """Forward FLOPs of transformer/linear.

    everywhere: 2 * batch * dim**2 * expansion * seq_len
    """
    if not (
        type(dim) is type(expansion) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= expansion <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_linear_forward_flops, KEY, _DOMAIN, locals())
    return 2 * batch * dim**2 * expansion * seq_len


def transformer_linear_backward_flops(
    dim: int, *, batch: int, seq_len: int, expansion: int = 2
) -> int:
    """Backward FLOPs of transformer/linear.

    everywhere: 4 * batch * dim**2 * expansion * seq_len
    """
    if not (
        type(dim) is type(expansion) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= expansion <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_linear_backward_flops, KEY, _DOMAIN, locals())
    return 4 * batch * dim**2 * expansion * seq_len


def transformer_linear_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, expansion: int = 2
) -> int:
    """Forward elementwise operations of transformer/linear.

    everywhere: 0
    """
    if not (
        type(dim) is type(expansion) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= expansion <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_linear_elementwise_flops, KEY, _DOMAIN, locals())
    return 0


def transformer_linear_backward_elementwise_flops(
    dim: int, *, batch: int, seq_len: int, expansion: int = 2
) -> int:
    """Backward elementwise operations of transformer/linear.

    everywhere: batch * dim * expansion * seq_len
    """
    if not (
        type(dim) is type(expansion) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= expansion <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_linear_backward_elementwise_flops, KEY, _DOMAIN, locals())
    return batch * dim * expansion * seq_len


def transformer_linear_activation_bytes(
    dim: int, *, batch: int, seq_len: int, expansion: int = 2
) -> int:
    """Activation bytes of transformer/linear.

    everywhere: 4 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(expansion) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= expansion <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_linear_activation_bytes, KEY, _DOMAIN, locals())
    return 4 * batch * dim * seq_len


def transformer_linear_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, seq_len: int, expansion: int = 2
) -> int:
    """Peak bytes of a training step of transformer/linear.

    if optimizer == 'sgd':

        everywhere: max(4 * batch * dim * seq_len + 8 * dim**2 * expansion + 8 * dim * expansion +
            8, 4 * batch * dim * expansion * seq_len + 4 * batch * dim * seq_len + 4 * dim**2 *
            expansion + 4 * dim * expansion + 4)

    if optimizer == 'sgd_momentum':

        everywhere: max(4 * batch * dim * seq_len + 12 * dim**2 * expansion + 12 * dim * expansion +
            4, 4 * batch * dim * expansion * seq_len + 4 * batch * dim * seq_len + 4 * dim**2 *
            expansion + 4 * dim * expansion + 4)

    if optimizer in ('adam', 'adamw'):

        everywhere: max(4 * batch * dim * seq_len + 20 * dim**2 * expansion + 24 * dim * expansion +
            12, 4 * batch * dim * seq_len + 24 * dim**2 * expansion + 16 * dim * expansion + 12, 4 *
            batch * dim * expansion * seq_len + 4 * batch * dim * seq_len + 4 * dim**2 * expansion +
            4 * dim * expansion + 4)
    """
    if not (
        type(dim) is type(expansion) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= expansion <= 8
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_linear_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return max(
            4 * batch * dim * seq_len + 8 * dim**2 * expansion + 8 * dim * expansion + 8,
            4 * batch * dim * expansion * seq_len
            + 4 * batch * dim * seq_len
            + 4 * dim**2 * expansion
            + 4 * dim * expansion
            + 4,
        )
    if optimizer == "sgd_momentum":
        return max(
            4 * batch * dim * seq_len + 12 * dim**2 * expansion + 12 * dim * expansion + 4,
            4 * batch * dim * expansion * seq_len
            + 4 * batch * dim * seq_len
            + 4 * dim**2 * expansion
            + 4 * dim * expansion
            + 4,
        )
    return max(
        4 * batch * dim * seq_len + 20 * dim**2 * expansion + 24 * dim * expansion + 12,
        4 * batch * dim * seq_len + 24 * dim**2 * expansion + 16 * dim * expansion + 12,
        4 * batch * dim * expansion * seq_len
        + 4 * batch * dim * seq_len
        + 4 * dim**2 * expansion
        + 4 * dim * expansion
        + 4,
    )
