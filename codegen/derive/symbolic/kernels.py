"""PyTorch kernels that read symbolic sizes as numbers, made to run on them.

The session's fake mode dispatches with PyTorch's Python dispatcher on
(``PythonMetaFakeTensorMode``: Python meta kernels instead of C++ composites, for padding,
unfold, upsampling), with Python metas of our own where PyTorch has none that is symbolic
(upsampling backwards, ``_trilinear``); C++ entry points that compute a size before they
dispatch (``F.interpolate``'s output size, ``max_pool1d``, weight normalisation's composites)
are computed from symbolic sizes by the same aten ops (``SessionFunctions``,
``symbolic_upsampling``), as are the recurrent cells and layers (``recurrent``: their C++
composites read sizes as numbers). ``_REPLACED_METAS`` replace PyTorch's own where it is not
the real kernel's behaviour (oneDNN's LSTM workspace); ``_CPU_DTYPES`` correct the dtypes of
some outputs where PyTorch's fake kernels differ from the CPU's (a norm's statistics on a 16-bit
input with float32 parameters). The other patches a session applies are in ``compat``.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator
from typing import Any
from unittest import mock

import torch
from torch._C import DispatchKey
from torch._dispatch.python import enable_python_dispatcher
from torch._prims_common import infer_size, suggest_memory_format
from torch._subclasses.fake_impls import _compute_stride
from torch._subclasses.fake_tensor import FakeTensorMode
from torch.fx.experimental.symbolic_shapes import guarding_hint_or_throw

from . import fractional_pool
from .float_arguments import float_values
from .onednn import mkldnn_rnn_layer_meta
from .recurrent import CELLS, LAYERS

aten = torch.ops.aten


class PythonMetaFakeTensorMode(FakeTensorMode):
    """The session's fake mode: its own dispatch runs with PyTorch's Python dispatcher on.

    ``make_fx(tracing_mode="real")`` leaves the Python dispatcher off, so the Python meta
    kernels PyTorch registers with ``py_impl(DispatchKey.Meta)`` only (``constant_pad_nd``,
    view ops such as ``expand``) are skipped, and their C++ composites run on fake tensors,
    reading symbolic sizes as numbers: every ``F.pad`` in constant mode, ``nn.Unfold``,
    ``LocalResponseNorm``, bilinear upsampling failed so. The dispatcher is on only below the
    proxy mode that records the graph, so the recorded ops are still those of a real run
    (turned on above it, PyTorch's autograd decompositions would change the graph).
    """

    def __torch_dispatch__(self, func: Any, types: Any, args: Any = (), kwargs: Any = None) -> Any:
        if func is aten.view.default:
            _view_as_the_cpu(*args)
        with enable_python_dispatcher():
            result = super().__torch_dispatch__(func, types, args, kwargs)
        if func in _CPU_DTYPES:
            dtypes = _CPU_DTYPES[func](*args, **(kwargs or {}))
            result = tuple(
                self._retyped(out, dtype)
                if out is not None and dtype not in (None, out.dtype)
                else out
                for out, dtype in zip(result, dtypes, strict=False)
            )
        return result

    def _retyped(self, tensor: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
        """A fake tensor like ``tensor`` in ``dtype``, made by this mode (its own storage)."""
        with enable_python_dispatcher():
            return super().__torch_dispatch__(
                aten.empty_like.default, (type(tensor),), (tensor,), {"dtype": dtype}
            )


_REDUCED = (torch.bfloat16, torch.float16)


def _mixed_type(input: torch.Tensor, *parameters: Any) -> bool:
    """ATen's ``is_mixed_type`` on the CPU: a 16-bit input with a float32 parameter (the
    weight, bias or running statistics of a norm: a bfloat16 conv before a float32 BatchNorm,
    as under autocast)."""
    return input.dtype in _REDUCED and any(
        isinstance(p, torch.Tensor) and p.dtype == torch.float32 for p in parameters
    )


def _batch_norm_dtypes(input: torch.Tensor, *args: Any, **_: Any) -> tuple[Any, ...]:
    """``native_batch_norm(input, weight, bias, running_mean, running_var, ...)``: the CPU
    keeps the saved mean and 1/std in float32 where the input is mixed (``param_scalar_type``;
    a 16-bit input with 16-bit parameters or none keeps them 16-bit);
    PyTorch's fake kernel gives them the input's dtype, half the bytes autograd saves."""
    statistics = torch.float32 if _mixed_type(input, *args[:4]) else None
    return (None, statistics, statistics)


def _group_norm_dtypes(input: torch.Tensor, *args: Any, **_: Any) -> tuple[Any, ...]:
    """``native_group_norm(input, weight, bias, ...)``: as ``_batch_norm_dtypes``."""
    statistics = torch.float32 if _mixed_type(input, *args[:2]) else None
    return (None, statistics, statistics)


def _layer_norm_dtypes(input: torch.Tensor, *args: Any, **_: Any) -> tuple[Any, ...]:
    """``native_layer_norm(input, normalized_shape, weight, bias, eps)``: as
    ``_batch_norm_dtypes``."""
    statistics = torch.float32 if _mixed_type(input, *args[1:3]) else None
    return (None, statistics, statistics)


def _group_norm_backward_dtypes(
    grad_out: torch.Tensor, input: torch.Tensor, *args: Any, **_: Any
) -> tuple[Any, ...]:
    """``native_group_norm_backward(grad_out, input, mean, rstd, weight, ...)``: the CPU's
    input gradient has the input's dtype; PyTorch's decomposition computes it in the
    statistics' (float32 where the input is mixed)."""
    return (input.dtype, None, None)


# ops whose outputs' dtypes PyTorch's fake kernels give otherwise than the CPU's: op -> the
# CPU's dtype per output (None: as the fake kernel gives it), from the op's arguments
_CPU_DTYPES = {
    aten.native_batch_norm.default: _batch_norm_dtypes,
    aten.native_group_norm.default: _group_norm_dtypes,
    aten.native_layer_norm.default: _layer_norm_dtypes,
    aten.native_group_norm_backward.default: _group_norm_backward_dtypes,
}


def _view_as_the_cpu(tensor: torch.Tensor, shape: Any) -> None:
    """Raise where the CPU cannot view ``tensor`` as ``shape`` at this point's sizes.

    PyTorch decides a symbolic view's stride compatibility without a guard where a size might
    be 1: a channels-last ``[B, C, 1, W]`` views as ``(B, C*W)`` on fake tensors, and the CPU
    refuses it. The view is decided on the sizes and strides of this point as the CPU decides
    it (``_compute_stride``, PyTorch's Python copy of ``computeStride``, on Python integers:
    exact at sizes past 2**63 bytes, where a meta tensor cannot be made); where it fails for
    the strides alone (sizes that fit no strides are PyTorch's own check, which guards),
    every symbolic size of the tensor is guarded not to be 1, so that the rejection's region
    leaves out the sizes of 1 (traced on their own, where PyTorch decides exactly), and the
    step raises the CPU's error.
    """
    if not any(isinstance(s, torch.SymInt) for s in (*tensor.shape, *tensor.stride())):
        return
    try:
        sizes = [guarding_hint_or_throw(s) for s in tensor.shape]
        strides = [guarding_hint_or_throw(s) for s in tensor.stride()]
        target = [guarding_hint_or_throw(s) for s in shape]
    except Exception:  # a size without a value here (data-dependent): PyTorch's view decides
        return
    try:  # sizes that do not fit any strides: PyTorch's own check raises, with its guard
        target = list(infer_size(target, math.prod(sizes)))
    except RuntimeError:
        return
    if _compute_stride(sizes, strides, target) is not None:
        return
    for size in tensor.shape:
        if isinstance(size, torch.SymInt) and guarding_hint_or_throw(size) != 1:
            bool(size != 1)  # the guard
    raise RuntimeError(_VIEW_ERROR)


# the CPU's error (aten's view_impl) where the strides do not allow a view
_VIEW_ERROR = (
    "view size is not compatible with input tensor's size and stride (at least one dimension "
    "spans across two contiguous subspaces). Use .reshape(...) instead."
)


def _upsample_backward_meta(grad_output: Any, output_size: Any, input_size: Any, *rest: Any) -> Any:
    """The shape of an upsampling backward: the input's, in grad_output's memory format (as
    PyTorch's own ``meta_upsample_bimode2d_aa_backward``)."""
    return grad_output.new_empty(list(input_size)).to(
        memory_format=suggest_memory_format(grad_output)
    )


def _trilinear_meta(
    i1: Any,
    i2: Any,
    i3: Any,
    expand1: Any,
    expand2: Any,
    expand3: Any,
    sumdim: Any,
    unroll_dim: int = 1,
) -> Any:
    """The shape of ``aten._trilinear`` (``nn.Bilinear``): each input unsqueezed at its
    ``expand`` dims, broadcast, the ``sumdim`` dims removed. A size is taken from an input
    not expanded at that dim, so no ``Max`` of sizes enters the formulas."""
    total = i1.dim() + len(expand1)
    inputs = []
    for tensor, expand in ((i1, expand1), (i2, expand2), (i3, expand3)):
        expanded = {d % total for d in expand}
        sizes = iter(tensor.shape)
        inputs.append([None if d in expanded else next(sizes) for d in range(total)])
    summed = {d % total for d in sumdim}
    shape = []
    for d in range(total):
        if d not in summed:
            known = [sizes[d] for sizes in inputs if sizes[d] is not None]
            shape.append(known[0] if known else 1)
    return i1.new_empty(shape)


def _unsafe_split_meta(input: Any, split_size: Any, dim: int = 0) -> Any:
    """``aten.unsafe_split`` (``unsafe_chunk``: the gates of PyTorch's recurrent cells) as
    ``split``, whose views share the input's storage as the real outputs do; its C++ kernel
    reads the sizes as numbers."""
    return aten.split.Tensor(input, split_size, dim)


# Ops whose only meta kernels read sizes as numbers (C++ structured metas taking IntArrayRef,
# or no meta at all): Python meta kernels of our own, consulted only under the Python
# dispatcher, i.e. only inside the session's fake mode, and removed when it closes
_PYTHON_METAS = {
    **{
        getattr(aten, name).default: _upsample_backward_meta
        for name in (
            "upsample_linear1d_backward",
            "upsample_bilinear2d_backward",
            "upsample_bicubic2d_backward",
            "upsample_trilinear3d_backward",
            "_upsample_bicubic2d_aa_backward",
        )
    },
    aten._trilinear.default: _trilinear_meta,
    aten.unsafe_split.Tensor: _unsafe_split_meta,
}


# Ops whose Python meta kernel is PyTorch's own but not the real kernel's behaviour: replaced
# in the session, restored when it closes
_REPLACED_METAS = {
    aten.mkldnn_rnn_layer.default: mkldnn_rnn_layer_meta,  # a workspace of 0 bytes
}


@contextlib.contextmanager
def python_metas() -> Iterator[None]:
    """Register ``_PYTHON_METAS`` (``OpOverload.py_impl(DispatchKey.Meta)``) where PyTorch has
    none of its own and ``_REPLACED_METAS`` over PyTorch's, and undo both on exit."""
    added, replaced = [], {}
    try:
        for op, kernel in _PYTHON_METAS.items():
            if DispatchKey.Meta in op.py_kernels:
                continue
            op.py_impl(DispatchKey.Meta)(kernel)
            added.append(op)
        for op, kernel in _REPLACED_METAS.items():
            replaced[op] = op.py_kernels.pop(DispatchKey.Meta, None)
            op.py_impl(DispatchKey.Meta)(kernel)
        yield
    finally:
        for op in added:
            del op.py_kernels[DispatchKey.Meta]
            op._dispatch_cache.clear()
        for op, kernel in replaced.items():
            del op.py_kernels[DispatchKey.Meta]
            if kernel is not None:
                op.py_kernels[DispatchKey.Meta] = kernel
            op._dispatch_cache.clear()


def _norm_except_dim(v: torch.Tensor, pow: Any = 2, dim: int = 0) -> torch.Tensor:
    """``torch.norm_except_dim`` (aten/src/ATen/native/WeightNorm.cpp) on symbolic sizes: the
    same aten ops, in the same order; the C++ composite reads ``v.size(0)`` as a number."""
    if dim == -1:
        return torch.ops.aten.norm.Scalar(v, pow)
    if dim == 0:
        size = [1] * v.dim()
        size[0] = v.size(0)
        flat = v.contiguous().view(v.size(0), -1)
        return torch.ops.aten.norm.ScalarOpt_dim(flat, pow, [1]).view(size)
    if dim == v.dim() - 1:
        size = [1] * v.dim()
        size[-1] = v.size(-1)
        flat = v.contiguous().view(-1, v.size(-1))
        return torch.ops.aten.norm.ScalarOpt_dim(flat, pow, [0]).view(size)
    return _norm_except_dim(v.transpose(0, dim), pow, 0).transpose(0, dim)


def _weight_norm(v: torch.Tensor, g: torch.Tensor, dim: int = 0) -> torch.Tensor:
    """``torch._weight_norm`` (same file) on symbolic sizes, the same aten ops: the fused
    ``_weight_norm_interface`` over the first or last dimension, else ``v * (g / norm)``."""
    v, g = v.contiguous(), g.contiguous()
    fused = torch.float16 not in (v.dtype, g.dtype) and dim in (0, v.dim() - 1)
    if fused:
        return torch._weight_norm_interface(v, g, dim)[0]
    return v * (g / _norm_except_dim(v, 2, dim))


def _max_pool1d(func: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """``F.max_pool1d`` / ``torch.max_pool1d`` on symbolic sizes. The C++ entry
    (MaxPooling.cpp) reads the input's length as a number, then, on an input that requires grad
    with grad mode on, computes ``max_pool1d_with_indices`` (symbolic) and drops the indices;
    without grad it runs its own loop, which dispatches no op: left to the entry. Caught at
    the functional too (a ``boolean_dispatch`` the mode sees whole: the inner call never
    reaches the mode)."""
    x = args[0] if args else kwargs["input"]
    if not (torch.is_grad_enabled() and x.requires_grad):
        return func(*args, **kwargs)
    kwargs = dict(kwargs)
    indices = kwargs.pop("return_indices", args[6] if len(args) > 6 else False)
    result = torch.nn.functional.max_pool1d_with_indices(*args[:6], **kwargs)
    return result if indices else result[0]


_FRACTIONAL_POOLS = {
    torch.nn.functional.fractional_max_pool2d: 2,
    torch.nn.functional.fractional_max_pool2d_with_indices: 2,
    torch.nn.functional.fractional_max_pool3d: 3,
    torch.nn.functional.fractional_max_pool3d_with_indices: 3,
}
_FRACTIONAL_ARGUMENTS = (
    "input",
    "kernel_size",
    "output_size",
    "output_ratio",
    "return_indices",
    "_random_samples",
)


def _fractional_max_pool(func: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """``F.fractional_max_pool{2,3}d[_with_indices]`` through ``fractional_pool.pool``: aten's
    kernels take the output size as ``int[]`` and pin a symbolic one. Given an ``output_ratio``,
    the functional computes the output size as ``int(size * ratio)``, and ``int()`` of a
    symbolic float in torch's own code pins it too: computed here as ``math.trunc``, which the
    session turns into the integer expression it equals (``h // 2`` at a ratio of 0.5).
    PyTorch's checks of the arguments (neither size nor ratio, a ratio of the wrong length)
    stay PyTorch's. Caught at the functional and at ``*_with_indices`` (a ``boolean_dispatch``
    the mode sees whole)."""
    n = _FRACTIONAL_POOLS[func]
    given = dict(zip(_FRACTIONAL_ARGUMENTS, args, strict=False)) | kwargs
    size, ratio = given.get("output_size"), given.get("output_ratio")
    if size is None and ratio is not None:
        ratios = tuple(ratio) if isinstance(ratio, tuple | list) else (ratio,) * n
        if len(ratios) != n:
            return func(*args, **kwargs)
        sizes = given["input"].shape[-n:]
        size = [math.trunc(s * r) for s, r in zip(sizes, ratios, strict=True)]
    if size is None:
        return func(*args, **kwargs)
    with_indices = func in (
        torch.nn.functional.fractional_max_pool2d_with_indices,
        torch.nn.functional.fractional_max_pool3d_with_indices,
    )
    return fractional_pool.pool(
        n,
        given["input"],
        given["kernel_size"],
        size,
        with_indices or bool(given.get("return_indices", False)),
        given.get("_random_samples"),
    )


class SessionFunctions(torch.overrides.TorchFunctionMode):
    """What a session changes in torch functions, however a caller bound them (a mode sees the
    function itself: ``torch.nn.utils.weight_norm`` does ``from torch import _weight_norm``):

    * PyTorch's C++ composites that read sizes as numbers, computed by the same aten ops from
      symbolic sizes instead: weight normalisation (``torch.nn.utils.weight_norm`` and
      ``parametrizations.weight_norm``) calls ``norm_except_dim`` when it is built and
      ``_weight_norm`` in every forward;
    * ``max_pool1d`` of an input that requires grad, as the C++ entry computes it then
      (``max_pool1d_with_indices``): the entry reads the length as a number first;
    * fractional max pooling, as ops of our own (``fractional_pool``);
    * floats computed from sizes passed as values (``float_values``);
    * the storage the CPU kernel of ``F.fold`` (``col2im``) gives its output, recorded in
      ``storage_bytes`` (storage key -> bytes) for the count of saved tensors: that kernel
      computes into ``empty_like(input)`` resized to the output's shape (Col2Im.cpp), so the
      storage keeps the larger of the two sizes (VOLO's outlook attention folds nine times more
      columns than it outputs), where a fake tensor's storage is its own size.
    """

    def __init__(self, storage_bytes: dict[int, Any] | None = None) -> None:
        super().__init__()
        self.storage_bytes = {} if storage_bytes is None else storage_bytes
        self._kept: list[Any] = []  # the storages keyed: a freed one could lend its key
        # the functions computed here by ops of our own (or whose storage is not their
        # output's), by name, as they ran: their temporaries are not the CPU kernel's
        self.replaced: list[str] = []

    def __torch_function__(
        self, func: Any, types: Any, args: tuple[Any, ...] = (), kwargs: Any = None
    ) -> Any:
        kwargs = kwargs or {}
        if func in _REPLACED:
            self.replaced.append(getattr(func, "__name__", str(func)))
        if func is torch.norm_except_dim:
            return _norm_except_dim(*args, **kwargs)
        if func is torch._weight_norm:
            return _weight_norm(*args, **kwargs)
        if func is torch.nn.functional.max_pool1d or func is torch.max_pool1d:
            return _max_pool1d(func, args, kwargs)
        if func in _FRACTIONAL_POOLS:
            return _fractional_max_pool(func, args, kwargs)
        if func in CELLS:
            return CELLS[func](*args, **kwargs)
        if func in LAYERS:
            return LAYERS[func](*args, **kwargs)
        args, kwargs = float_values(func, args, kwargs)
        result = func(*args, **kwargs)
        if func is torch.nn.functional.fold or func is torch._C._nn.col2im:
            columns = args[0] if args else kwargs["input"]
            larger = torch.sym_max(columns.numel(), result.numel())
            storage = result.untyped_storage()
            self._kept.append(storage)
            self.storage_bytes[storage._cdata] = larger * result.element_size()
        return result


# what SessionFunctions computes by ops of its own, or keeps a storage of its own for
_REPLACED = frozenset(
    {
        torch.norm_except_dim,
        torch._weight_norm,
        torch.nn.functional.max_pool1d,
        torch.max_pool1d,
        *_FRACTIONAL_POOLS,
        *CELLS,
        *LAYERS,
        torch.nn.functional.fold,
        torch._C._nn.col2im,
    }
)


# interpolate's kernels (torch._C._nn), called (input, output_size, [align_corners,] factors)
_UPSAMPLING = (
    "upsample_nearest1d",
    "upsample_nearest2d",
    "upsample_nearest3d",
    "_upsample_nearest_exact1d",
    "_upsample_nearest_exact2d",
    "_upsample_nearest_exact3d",
    "upsample_linear1d",
    "upsample_bilinear2d",
    "upsample_bicubic2d",
    "upsample_trilinear3d",
    "_upsample_bilinear2d_aa",
    "_upsample_bicubic2d_aa",
)


def symbolic_upsampling() -> Iterator[Any]:
    """Let ``F.interpolate(x, scale_factor=2)`` (``nn.Upsample``) run on symbolic sizes.

    Its C++ entry point (the ``.vec`` overload) reads the input's sizes as concrete numbers to
    compute the output size ``floor(size * scale)``. The patch computes the same output size
    symbolically and calls the kernel (the ``.default`` overload, which the C++ entry point
    calls too, with the same scales), so the traced ops are those a real run dispatches.
    """
    import torch._C._nn as kernels

    for name in _UPSAMPLING:
        entry = getattr(kernels, name, None)
        overload = getattr(getattr(torch.ops.aten, name, None), "default", None)
        if entry is None or overload is None:
            continue

        def call(
            input: Any, output_size: Any, *rest: Any, _entry: Any = entry, _op: Any = overload
        ) -> Any:
            if len(rest) not in (1, 2) or isinstance(rest[-1], bool):
                return _entry(input, output_size, *rest)  # not the .vec call interpolate makes
            *align, factors = rest
            spatial = input.dim() - 2
            if output_size is None:
                output_size = [
                    torch.sym_int(input.size(i + 2) * factors[i]) for i in range(spatial)
                ]
            scales = list(factors) if factors is not None else [None] * spatial
            return _op(input, list(output_size), *align, *scales)

        yield mock.patch.object(kernels, name, call)
