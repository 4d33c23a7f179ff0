"""transformer/bilinear: Bilinear(dim, dim, dim) applied to (x, x)

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.bilinear(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Per-submodule terms of every quantity: python -m codegen explain transformer/bilinear.
"""

from __future__ import annotations

from . import again

KEY = "transformer/bilinear"
# the fingerprint of the factory's source this was derived from (the registry warns when the
# source it runs has another)
SOURCE = "13612acfac1ce9ea"
HYPERPARAMETERS: tuple[str, ...] = ()
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "batch": (1, 65536),
    "seq_len": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}


def transformer_bilinear_params(dim: int) -> int:
    """Parameters of transformer/bilinear.

    everywhere: dim**3 + dim, all in bilinear (Bilinear)
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(transformer_bilinear_params, KEY, _DOMAIN, locals())
    return dim**3 + dim


def transformer_bilinear_buffers(dim: int) -> int:
    """Buffer elements of transformer/bilinear.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        return again(transformer_bilinear_buffers, KEY, _DOMAIN, locals())
    return 0


def transformer_bilinear_training_state_bytes(dim: int, *, optimizer: str = "adam") -> int:
    """Training state bytes of transformer/bilinear.

    if optimizer == 'sgd':

        everywhere: 8 * dim**3 + 8 * dim

    if optimizer == 'sgd_momentum':

        everywhere: 12 * dim**3 + 12 * dim

    if optimizer in ('adam', 'adamw'):

        everywhere: 16 * dim**3 + 16 * dim + 8
    """
    if not (
        type(dim) is int
        and 1 <= dim <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_bilinear_training_state_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 8 * dim**3 + 8 * dim
    if optimizer == "sgd_momentum":
        return 12 * dim**3 + 12 * dim
    return 16 * dim**3 + 16 * dim + 8


def transformer_bilinear_forward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward FLOPs of transformer/bilinear.

    everywhere: 2 * batch * dim**3 * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_bilinear_forward_flops, KEY, _DOMAIN, locals())
    return 2 * batch * dim**3 * seq_len


def transformer_bilinear_backward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward FLOPs of transformer/bilinear.

    everywhere: 6 * batch * dim**3 * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_bilinear_backward_flops, KEY, _DOMAIN, locals())
    return 6 * batch * dim**3 * seq_len


def transformer_bilinear_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward elementwise operations of transformer/bilinear.

    everywhere: batch * dim * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_bilinear_elementwise_flops, KEY, _DOMAIN, locals())
    return batch * dim * seq_len


def transformer_bilinear_backward_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward elementwise operations of transformer/bilinear.

    everywhere: 2 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_bilinear_backward_elementwise_flops, KEY, _DOMAIN, locals())
    return 2 * batch * dim * seq_len


def transformer_bilinear_activation_bytes(dim: int, *, batch: int, seq_len: int) -> int:
    """Activation bytes of transformer/bilinear.

    everywhere: 4 * batch * dim * seq_len
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        return again(transformer_bilinear_activation_bytes, KEY, _DOMAIN, locals())
    return 4 * batch * dim * seq_len


def transformer_bilinear_peak_bytes(
    dim: int, *, optimizer: str = "adam", batch: int, seq_len: int
) -> int:
    """Peak bytes of a training step of transformer/bilinear.

    if optimizer == 'sgd':

        everywhere: max(12 * batch * dim * seq_len + 4 * dim**3 + 4 * dim, 4 * batch * dim * seq_len
            + 8 * dim**3 + 8 * dim + 8)

    if optimizer == 'sgd_momentum':

        everywhere: max(12 * batch * dim * seq_len + 4 * dim**3 + 4 * dim, 4 * batch * dim * seq_len
            + 12 * dim**3 + 12 * dim + 4)

    if optimizer in ('adam', 'adamw'):

        everywhere: max(12 * batch * dim * seq_len + 4 * dim**3 + 4 * dim, 4 * batch * dim * seq_len
            + 20 * dim**3 + 24 * dim + 12, 4 * batch * dim * seq_len + 24 * dim**3 + 16 * dim + 12)
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
        and type(optimizer) is str
        and optimizer in ("sgd", "sgd_momentum", "adam", "adamw")
    ):
        return again(transformer_bilinear_peak_bytes, KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return max(
            12 * batch * dim * seq_len + 4 * dim**3 + 4 * dim,
            4 * batch * dim * seq_len + 8 * dim**3 + 8 * dim + 8,
        )
    if optimizer == "sgd_momentum":
        return max(
            12 * batch * dim * seq_len + 4 * dim**3 + 4 * dim,
            4 * batch * dim * seq_len + 12 * dim**3 + 12 * dim + 4,
        )
    return max(
        12 * batch * dim * seq_len + 4 * dim**3 + 4 * dim,
        4 * batch * dim * seq_len + 20 * dim**3 + 24 * dim + 12,
        4 * batch * dim * seq_len + 24 * dim**3 + 16 * dim + 12,
    )
