"""transformer/bilinear: Bilinear(dim, dim, dim) applied to (x, x)

GENERATED FILE, do not edit (see the index, which imports this module).

Built by zoo.torch_layers.bilinear(); exact for 1 <= dim <= 65536.
The FLOP and activation functions take the input sizes too: 1 <= batch <= 65536,
1 <= seq_len <= 65536.
Per-submodule terms of every quantity: python -m codegen explain transformer/bilinear.
"""

from __future__ import annotations

from . import invalid

KEY = "transformer/bilinear"
HYPERPARAMETERS: tuple[str, ...] = ()
# each argument's domain: (lo, hi) for an integer, (choices,) for the others
_DOMAIN: dict[str, tuple[object, ...]] = {
    "dim": (1, 65536),
    "batch": (1, 65536),
    "seq_len": (1, 65536),
    "optimizer": (("sgd", "sgd_momentum", "adam", "adamw"),),
}
_NOT_DERIVED = (
    "tracing at dim=64, batch=3, seq_len=9 raised RuntimeError: 0 INTERNAL ASSERT FAILED at "
    '"/__w/pytorch/pytorch/torch/csrc/utils/python_arg_parser.cpp":659, please report a bug '
    "to PyTorch. dispatch_on_subclass called with NO overloaded args that actually triggered "
    "dispatch, perhaps there is a divergence in how you detect torch function/dispatch and "
    "how overloaded args is computed?  overloaded_args = [0x...], is_mode_active = 0, but the"
    " real module runs at dim=64, batch=3, seq_len=9 (at zoo/torch_layers.py, in forward)"
)


def transformer_bilinear_params(dim: int) -> int:
    """Parameters of transformer/bilinear.

    everywhere: dim**3 + dim, all in bilinear (Bilinear)
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        raise invalid(KEY, _DOMAIN, locals())
    return dim**3 + dim


def transformer_bilinear_buffers(dim: int) -> int:
    """Buffer elements of transformer/bilinear.

    everywhere: 0
    """
    if not (type(dim) is int and 1 <= dim <= 65536):
        raise invalid(KEY, _DOMAIN, locals())
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
        raise invalid(KEY, _DOMAIN, locals())
    if optimizer == "sgd":
        return 8 * dim**3 + 8 * dim
    if optimizer == "sgd_momentum":
        return 12 * dim**3 + 12 * dim
    return 16 * dim**3 + 16 * dim + 8


def transformer_bilinear_forward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward FLOPs of transformer/bilinear.

    Not derived (raises NotImplementedError, saying why).
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        raise invalid(KEY, _DOMAIN, locals())
    raise NotImplementedError(KEY + ": forward FLOPs were not derived: " + _NOT_DERIVED)


def transformer_bilinear_backward_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward FLOPs of transformer/bilinear.

    Not derived (raises NotImplementedError, saying why).
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        raise invalid(KEY, _DOMAIN, locals())
    raise NotImplementedError(KEY + ": backward FLOPs were not derived: " + _NOT_DERIVED)


def transformer_bilinear_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Forward elementwise operations of transformer/bilinear.

    Not derived (raises NotImplementedError, saying why).
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        raise invalid(KEY, _DOMAIN, locals())
    raise NotImplementedError(
        KEY + ": forward elementwise operations were not derived: " + _NOT_DERIVED
    )


def transformer_bilinear_backward_elementwise_flops(dim: int, *, batch: int, seq_len: int) -> int:
    """Backward elementwise operations of transformer/bilinear.

    Not derived (raises NotImplementedError, saying why).
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        raise invalid(KEY, _DOMAIN, locals())
    raise NotImplementedError(
        KEY + ": backward elementwise operations were not derived: " + _NOT_DERIVED
    )


def transformer_bilinear_activation_bytes(dim: int, *, batch: int, seq_len: int) -> int:
    """Activation bytes of transformer/bilinear.

    Not derived (raises NotImplementedError, saying why).
    """
    if not (
        type(dim) is type(batch) is type(seq_len) is int
        and 1 <= dim <= 65536
        and 1 <= batch <= 65536
        and 1 <= seq_len <= 65536
    ):
        raise invalid(KEY, _DOMAIN, locals())
    raise NotImplementedError(KEY + ": activation bytes were not derived: " + _NOT_DERIVED)
