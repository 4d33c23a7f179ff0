"""Audit of every FLOP formula we use against first principles (issue 9).

The ground truth (``blueprints.flop_reference``) is FlopCounterMode with ``CUSTOM_MAPPING``:
PyTorch's formulas, known miscounts corrected. Here each op is counted on real small tensors
and compared with multiply-adds counted from the shapes by the helpers below, which do not use
``torch.utils.flop_counter``. A multiply-add counts 2 FLOPs.

Conventions kept (PyTorch's), with their reasons:

* a multiply-add is 2 FLOPs (not ``2k - 1`` for a sum of ``k`` products);
* convolutions are counted dense: every kernel tap at every output position, padding taps
  included (each output position runs the whole kernel); bias additions and the bias
  gradient (a sum) are not multiply-adds and are not counted, nor is addmm's added term;
* attention counts the products of the kernel that runs: the CPU flash kernel's backward
  recomputes ``Q @ K^T`` (five products), the math path keeps the attention matrix (four);
  causal attention is counted in full (the flash kernel skips the blocks above the diagonal).
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import product

import pytest
import sympy
import torch
from torch.nn import functional as F
from torch.utils import flop_counter
from torch.utils.flop_counter import FlopCounterMode

from blueprints import BlueprintRegistry
from blueprints.flop_reference import (
    CORRECTIONS,
    CPU_SDPA_MAPPING,
    CUSTOM_MAPPING,
    MATVEC_MAPPING,
    measure_flops,
)

aten = torch.ops.aten
FLOPS_PER_MULTIPLY_ADD = 2


@pytest.fixture(autouse=True, scope="module")
def _one_thread() -> Iterator[None]:
    """The tensors here are tiny: intra-op threads only cost time on a busy machine."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def _prod(sizes: tuple[int, ...] | list[int]) -> int:
    result = 1
    for size in sizes:
        result *= size
    return result


class _Counted:
    """FLOPs counted by FlopCounterMode while the block runs, in total and by op; with
    ``custom_mapping={}``, PyTorch's formulas alone."""

    def __init__(self, custom_mapping: dict = CUSTOM_MAPPING) -> None:
        self.mode = FlopCounterMode(display=False, custom_mapping=custom_mapping)

    def __enter__(self) -> _Counted:
        self.mode.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.mode.__exit__(*exc)

    @property
    def total(self) -> int:
        return self.mode.get_total_flops()

    @property
    def ops(self) -> set[str]:
        return {str(op) for op in self.mode.get_flop_counts().get("Global", {})}


# -- convolutions -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Conv:
    """One convolution's shapes and hyperparameters, and its multiply-adds from first principles."""

    kernel: tuple[int, ...]
    size: tuple[int, ...]  # input spatial size
    in_channels: int
    out_channels: int
    groups: int
    stride: int = 1
    dilation: int = 1
    padding: int = 0
    transposed: bool = False
    bias: bool = False
    batch: int = 2

    @property
    def output_padding(self) -> int:
        return self.stride - 1 if self.transposed else 0

    @property
    def weight_shape(self) -> tuple[int, ...]:
        if self.transposed:
            return (self.in_channels, self.out_channels // self.groups, *self.kernel)
        return (self.out_channels, self.in_channels // self.groups, *self.kernel)

    @property
    def output_size(self) -> tuple[int, ...]:
        s, d, p = self.stride, self.dilation, self.padding
        if self.transposed:
            return tuple(
                (n - 1) * s - 2 * p + d * (k - 1) + self.output_padding + 1
                for n, k in zip(self.size, self.kernel, strict=True)
            )
        return tuple(
            (n + 2 * p - d * (k - 1) - 1) // s + 1
            for n, k in zip(self.size, self.kernel, strict=True)
        )

    def multiply_adds(self) -> int:
        """Forward multiply-adds. Normal: each output element sums ``in / groups`` channels
        times the kernel taps. Transposed: each input element is multiplied by the
        ``out / groups`` channels times the kernel taps of its group and scattered."""
        taps = _prod(self.kernel)
        if self.transposed:
            per_element = self.out_channels // self.groups * taps
            return self.batch * self.in_channels * _prod(self.size) * per_element
        per_element = self.in_channels // self.groups * taps
        return self.batch * self.out_channels * _prod(self.output_size) * per_element

    def backward_multiply_adds(self, mask: tuple[bool, bool, bool]) -> int:
        """Each forward product ``x * w`` gives one product to the input gradient
        (``grad_out * w``) and one to the weight gradient (``grad_out * x``); the bias
        gradient is a sum, no multiply-add."""
        return (int(mask[0]) + int(mask[1])) * self.multiply_adds()

    def tensors(self, dtype: torch.dtype = torch.float32) -> tuple[torch.Tensor, ...]:
        x = torch.randn(self.batch, self.in_channels, *self.size, dtype=dtype)
        w = torch.randn(*self.weight_shape, dtype=dtype)
        b = torch.randn(self.out_channels, dtype=dtype) if self.bias else None
        return x, w, b

    def __call__(self, x: torch.Tensor, w: torch.Tensor, b: torch.Tensor | None) -> torch.Tensor:
        n = len(self.kernel)
        kw = dict(stride=self.stride, padding=self.padding, dilation=self.dilation)
        if self.transposed:
            conv = (F.conv_transpose1d, F.conv_transpose2d, F.conv_transpose3d)[n - 1]
            return conv(x, w, b, output_padding=self.output_padding, groups=self.groups, **kw)
        conv = (F.conv1d, F.conv2d, F.conv3d)[n - 1]
        return conv(x, w, b, groups=self.groups, **kw)

    def products_by_convolving_ones(self) -> int:
        """The products counted by the operator itself: with all-ones input and weight, each
        output element is the number of products summed into it (padding taps included:
        the input is padded with ones; a transposed convolution is run uncropped)."""
        x, w, _ = self.tensors(torch.float64)
        x, w = torch.ones_like(x), torch.ones_like(w)
        n = len(self.kernel)
        if self.transposed:
            conv = (F.conv_transpose1d, F.conv_transpose2d, F.conv_transpose3d)[n - 1]
            out = conv(x, w, stride=self.stride, dilation=self.dilation, groups=self.groups)
        else:
            x = F.pad(x, [self.padding] * (2 * n), value=1.0)
            conv = (F.conv1d, F.conv2d, F.conv3d)[n - 1]
            out = conv(x, w, stride=self.stride, dilation=self.dilation, groups=self.groups)
        return int(out.sum().item())


SHAPES = {  # dims: (kernel, input spatial size)
    1: ((3,), (9,)),
    2: ((3, 2), (7, 6)),
    3: ((2, 3, 2), (5, 6, 5)),
}
GROUPINGS = {  # (in_channels, out_channels, groups)
    "dense": (4, 6, 1),
    "grouped": (4, 6, 2),
    "depthwise": (4, 4, 4),
    "depthwise-x2": (4, 8, 4),
}
GEOMETRIES = {  # (stride, dilation, padding)
    "plain": (1, 1, 0),
    "strided": (2, 1, 1),
    "dilated": (1, 2, 2),
    "strided-dilated": (2, 2, 1),
}


def _conv(dims: int, grouping: str, geometry: str = "strided-dilated", **kw: object) -> Conv:
    kernel, size = SHAPES[dims]
    c_in, c_out, groups = GROUPINGS[grouping]
    stride, dilation, padding = GEOMETRIES[geometry]
    return Conv(kernel, size, c_in, c_out, groups, stride, dilation, padding, **kw)


@pytest.mark.parametrize("transposed", [False, True], ids=["conv", "transposed"])
@pytest.mark.parametrize("geometry", list(GEOMETRIES))
@pytest.mark.parametrize("grouping", list(GROUPINGS))
@pytest.mark.parametrize("dims", list(SHAPES), ids=lambda d: f"{d}d")
def test_convolution(dims: int, grouping: str, geometry: str, transposed: bool) -> None:
    """Forward (with bias) and full backward (input, weight and bias gradients) against first
    principles; PyTorch's uncorrected count differs by the grouped weight gradient only."""
    conv = _conv(dims, grouping, geometry, transposed=transposed, bias=True)
    assert conv.products_by_convolving_ones() == conv.multiply_adds()
    x, w, b = (t.requires_grad_() for t in conv.tensors())
    with _Counted() as forward:
        out = conv(x, w, b)
    assert tuple(out.shape[2:]) == conv.output_size
    assert forward.total == FLOPS_PER_MULTIPLY_ADD * conv.multiply_adds()

    inputs = [x, w, b]
    with _Counted() as backward:
        torch.autograd.grad(out.sum(), inputs, retain_graph=True)
    assert backward.total == FLOPS_PER_MULTIPLY_ADD * conv.backward_multiply_adds((1, 1, 1))

    with _Counted(custom_mapping={}) as pytorch:
        torch.autograd.grad(out.sum(), inputs)
    weight_gradient = FLOPS_PER_MULTIPLY_ADD * conv.multiply_adds()
    assert pytorch.total - backward.total == (conv.groups - 1) * weight_gradient


@pytest.mark.parametrize("needs", ["input", "weight", "input+weight", "bias"])
@pytest.mark.parametrize("transposed", [False, True], ids=["conv", "transposed"])
@pytest.mark.parametrize("grouping", list(GROUPINGS))
@pytest.mark.parametrize("dims", list(SHAPES), ids=lambda d: f"{d}d")
def test_convolution_backward_by_requires_grad(
    dims: int, grouping: str, transposed: bool, needs: str
) -> None:
    """The output_mask autograd passes follows which tensors require grad."""
    conv = _conv(dims, grouping, transposed=transposed, bias=True)
    x, w, b = conv.tensors()
    for name, tensor in zip(("input", "weight", "bias"), (x, w, b), strict=True):
        tensor.requires_grad_(name in needs.split("+"))
    out = conv(x, w, b)
    with _Counted() as backward:
        out.sum().backward()
    mask = ("input" in needs, "weight" in needs, "bias" in needs)
    assert backward.total == FLOPS_PER_MULTIPLY_ADD * conv.backward_multiply_adds(mask)


MASKS = [m for m in product([False, True], repeat=3) if any(m)]


@pytest.mark.parametrize("mask", MASKS, ids=lambda m: "".join("IWB"[i] for i in range(3) if m[i]))
@pytest.mark.parametrize("transposed", [False, True], ids=["conv", "transposed"])
@pytest.mark.parametrize("grouping", list(GROUPINGS))
@pytest.mark.parametrize("dims", list(SHAPES), ids=lambda d: f"{d}d")
def test_convolution_backward_op(
    dims: int, grouping: str, transposed: bool, mask: tuple[bool, bool, bool]
) -> None:
    """aten.convolution_backward called directly, with every output_mask."""
    conv = _conv(dims, grouping, transposed=transposed, bias=True)
    x, w, _ = conv.tensors()
    grad_out = torch.randn(conv.batch, conv.out_channels, *conv.output_size)
    n = len(conv.kernel)
    with _Counted() as backward:
        grads = aten.convolution_backward(
            grad_out,
            x,
            w,
            [conv.out_channels],
            [conv.stride] * n,
            [conv.padding] * n,
            [conv.dilation] * n,
            conv.transposed,
            [conv.output_padding] * n,
            conv.groups,
            list(mask),
        )
    assert all(g is not None for g, wanted in zip(grads, mask, strict=True) if wanted)
    assert backward.total == FLOPS_PER_MULTIPLY_ADD * conv.backward_multiply_adds(mask)


def test_bias_gradient_alone_is_counted_without_the_weight_gradient() -> None:
    """Kept convention: the gradients requested are counted. On CPU the backend computes the
    weight gradient with the bias gradient even when only the bias gradient is asked for (a
    trained bias on a frozen weight); PyTorch counts 0 for it and so do we."""
    conv = _conv(2, "dense", bias=True)
    x, w, b = conv.tensors()
    b.requires_grad_()
    out = conv(x, w, b)
    with _Counted() as backward:
        out.sum().backward()
    assert backward.total == 0
    grads = aten.convolution_backward(
        torch.ones_like(out), x, w, [6], [2, 2], [1, 1], [2, 2], False, [0, 0], 1, [0, 0, 1]
    )
    assert grads[1] is not None  # computed all the same


def _issue_depthwise() -> tuple[torch.Tensor, torch.Tensor]:
    """The issue's example: 3x3 depthwise convolution at 64 channels, batch 2, 8x8."""
    x = torch.randn(2, 64, 8, 8, requires_grad=True)
    w = torch.randn(64, 1, 3, 3, requires_grad=True)
    return x, w


def test_pytorch_counts_the_depthwise_weight_gradient_as_dense() -> None:
    x, w = _issue_depthwise()
    out = F.conv2d(x, w, padding=1, groups=64)
    with _Counted(custom_mapping={}) as pytorch:
        out.sum().backward(retain_graph=True)
    with _Counted() as ours:
        out.sum().backward()
    first_principles = 2 * (2 * 64 * 8 * 8 * 9) * FLOPS_PER_MULTIPLY_ADD
    assert (pytorch.total, ours.total, first_principles) == (9_584_640, 294_912, 294_912)


@pytest.mark.parametrize("dim, batch, size", [(64, 2, 8), (24, 3, 5), (7, 1, 3), (200, 1, 2)])
def test_cnn_depthwise_backward_is_first_principles(dim: int, batch: int, size: int) -> None:
    """cnn/depthwise (3x3 depthwise + 1x1 pointwise, GroupNorm, ReLU) through measure_flops
    and through the generated estimate: the norm and activation are not matmul FLOPs; both
    convolutions take input and weight gradients."""
    depthwise = Conv((3, 3), (size, size), dim, dim, groups=dim, padding=1, batch=batch)
    pointwise = Conv((1, 1), (size, size), dim, dim, groups=1, batch=batch)
    forward = FLOPS_PER_MULTIPLY_ADD * (depthwise.multiply_adds() + pointwise.multiply_adds())
    spec = BlueprintRegistry.get("cnn", "depthwise")
    assert measure_flops(spec.build(dim), [batch, dim, size, size]) == (forward, 2 * forward)
    sizes = {"batch": batch, "height": size, "width": size}
    estimated = (
        spec.flops_estimate(dim, **sizes),
        spec.flops_estimate(dim, backward=True, **sizes),
    )
    assert estimated == (forward, 2 * forward)


@pytest.mark.parametrize("transposed", [False, True], ids=["conv", "transposed"])
def test_correction_takes_symbolic_sizes(transposed: bool) -> None:
    """The corrected formula on SymInt shapes (as the generator gives it), inside a session
    that makes any int() of a size an error: a grouped 3x3 convolution, 2 groups of c channels
    in and out, padding 1 (the output has the input's size)."""
    from codegen.derive.symbolic import SymbolicSession, plain_symbol

    with SymbolicSession(dict(batch=2, c=3, height=5, width=4)) as session:
        b, c, h, w = (session.symbols[n] for n in ("batch", "c", "height", "width"))
        x_shape = [b, 2 * c, h, w]
        w_shape = [2 * c, c, 3, 3]
        count = CORRECTIONS[aten.convolution_backward](
            x_shape,
            x_shape,
            w_shape,
            None,
            [1, 1],
            [1, 1],
            [1, 1],
            transposed,
            [0, 0],
            2,
            [True, True, False],
            (x_shape, w_shape, None),
        )
        expression = session.to_sympy(count)
    b, c, h, w = (plain_symbol(n) for n in ("batch", "c", "height", "width"))
    # each gradient: per sample, pixel and one of 2c output (normal) or input (transposed)
    # channels, c channels of its group times 9 taps
    multiply_adds = b * h * w * 2 * c * c * 9
    assert sympy.expand(expression - 2 * FLOPS_PER_MULTIPLY_ADD * multiply_adds) == 0


def test_correction_on_the_traced_depthwise_blueprint() -> None:
    """Applied to the generator's trace of cnn/depthwise (meta values with SymInt sizes; the
    depthwise convolution's groups is the SymInt dim), the corrected formula gives first
    principles as an expression in the sizes."""
    from codegen.derive.symbolic import SymbolicSession, plain_symbol
    from codegen.derive.trace import trace_training_step

    formula = flop_counter.shape_wrapper(CORRECTIONS[aten.convolution_backward])
    with SymbolicSession(dict(dim=16, batch=2, height=5, width=4)) as session:
        s = session.symbols
        module = BlueprintRegistry.get("cnn", "depthwise").factory(s["dim"])
        x = torch.empty(s["batch"], s["dim"], s["height"], s["width"], requires_grad=True)
        graph = trace_training_step(module, x)
        counts, groups = [], []
        for node in graph.graph.nodes:
            if getattr(node.target, "overloadpacket", None) is aten.convolution_backward:
                args, kwargs = torch.fx.node.map_arg((node.args, node.kwargs), _meta_value)
                groups.append(args[9])
                counts.append(formula(*args, **kwargs, out_val=node.meta["val"]))
        total = sum(session.to_sympy(c) for c in counts)
        assert session.pinned_symbols() == []
    assert sorted(type(g).__name__ for g in groups) == ["SymInt", "int"]
    b, d, h, w = (plain_symbol(n) for n in ("batch", "dim", "height", "width"))
    # depthwise 3x3 (9 products per output element) and pointwise 1x1 (dim products), each
    # with input and weight gradients
    assert sympy.expand(total - 2 * FLOPS_PER_MULTIPLY_ADD * b * d * h * w * (9 + d)) == 0


def _meta_value(node: torch.fx.Node) -> object:
    return node.meta.get("val")


_RECURRENT = (aten.mkldnn_rnn_layer, aten.mkldnn_rnn_layer_backward)


def test_corrections_replace_pytorch_formulas_with_the_same_signature() -> None:
    assert CUSTOM_MAPPING == {**CPU_SDPA_MAPPING, **MATVEC_MAPPING, **CORRECTIONS}
    for packet, formula in CORRECTIONS.items():
        pytorch = flop_counter.flop_registry.get(packet)
        if pytorch is None:  # a gap filled: PyTorch counts the op as 0
            assert packet in (aten._trilinear, *_RECURRENT)
            continue
        assert list(inspect.signature(formula).parameters) == list(
            inspect.signature(pytorch).parameters
        )


@pytest.mark.parametrize("batch", [(3,), (2, 5)])
def test_bilinear_counts_one_multiply_add_per_product(batch: tuple[int, ...]) -> None:
    """y_k = sum_ij x1_i W_kij x2_j: out * in1 * in2 products per sample, each a multiply-add;
    the backward computes three such sums (the gradients of x1, W and x2)."""
    in1, in2, out = 5, 7, 4
    layer = torch.nn.Bilinear(in1, in2, out)
    x1 = torch.randn(*batch, in1, requires_grad=True)
    x2 = torch.randn(*batch, in2, requires_grad=True)
    samples = math.prod(batch)
    with FlopCounterMode(display=False) as pytorch:
        layer(x1, x2)
    with FlopCounterMode(display=False, custom_mapping=CUSTOM_MAPPING) as forward:
        y = layer(x1, x2)
    with FlopCounterMode(display=False, custom_mapping=CUSTOM_MAPPING) as backward:
        y.sum().backward()
    assert pytorch.get_total_flops() == 0  # the gap: no formula for _trilinear
    assert forward.get_total_flops() == 2 * samples * out * in1 * in2
    assert backward.get_total_flops() == 3 * 2 * samples * out * in1 * in2


# -- matrix products ----------------------------------------------------------------------------

M, K, N, B = 3, 5, 4, 2
MATMULS = {  # name: (operand shapes, function, multiply-adds)
    "mm": ([(M, K), (K, N)], torch.mm, M * K * N),
    "addmm": ([(N,), (M, K), (K, N)], torch.addmm, M * K * N),
    "bmm": ([(B, M, K), (B, K, N)], torch.bmm, B * M * K * N),
    "baddbmm": ([(B, M, N), (B, M, K), (B, K, N)], torch.baddbmm, B * M * K * N),
    "linear-3d": ([(B, M, K), (N, K)], F.linear, B * M * K * N),
    "linear-3d-bias": ([(B, M, K), (N, K), (N,)], F.linear, B * M * K * N),
}


@pytest.mark.parametrize("needs", ["left", "right", "both"])
@pytest.mark.parametrize("name", list(MATMULS))
def test_matrix_product(name: str, needs: str) -> None:
    """Forward: one multiply-add per (row, column, inner index). Backward: each gradient of a
    factor is one product of the same size (grad @ other^T); added terms are not counted."""
    shapes, function, multiply_adds = MATMULS[name]
    operands = [torch.randn(*shape) for shape in shapes]
    # the two factors: the last two operands, or the first two for linear
    left, right = (0, 1) if name.startswith("linear") else (-2, -1)
    operands[left].requires_grad_(needs in ("left", "both"))
    operands[right].requires_grad_(needs in ("right", "both"))
    with _Counted() as forward:
        out = function(*operands)
    with _Counted() as backward:
        out.sum().backward()
    assert forward.total == FLOPS_PER_MULTIPLY_ADD * multiply_adds
    gradients = 2 if needs == "both" else 1
    assert backward.total == gradients * FLOPS_PER_MULTIPLY_ADD * multiply_adds


# -- scaled dot-product attention ---------------------------------------------------------------


@dataclass(frozen=True)
class Attention:
    q_len: int = 6
    kv_len: int = 6
    head_dim: int = 8
    value_dim: int = 8
    heads: int = 4
    kv_heads: int = 4
    causal: bool = False
    mask: bool = False
    batch: int = 2

    @property
    def flash(self) -> bool:
        """Whether the CPU flash kernel runs (equal head dims); else the math path."""
        return self.head_dim == self.value_dim

    def pairs(self) -> int:
        """(query, key) pairs over batch and query heads: every one, causal or not."""
        return self.batch * self.heads * self.q_len * self.kv_len

    def multiply_adds(self) -> int:
        """S = Q @ K^T (head_dim per pair), O = P @ V (value_dim per pair)."""
        return self.pairs() * (self.head_dim + self.value_dim)

    def backward_multiply_adds(self) -> int:
        """dV = P^T @ dO and dP = dO @ V^T (value_dim per pair each), dQ = dS @ K and
        dK = dS^T @ Q (head_dim each); the flash kernel also recomputes S = Q @ K^T."""
        products = 2 * self.value_dim + 2 * self.head_dim
        if self.flash:
            products += self.head_dim
        return self.pairs() * products


ATTENTION = {
    "self": Attention(),
    "self-causal": Attention(causal=True),
    "cross": Attention(q_len=3, kv_len=7),
    "cross-causal": Attention(q_len=3, kv_len=7, causal=True),
    "head-dim-16": Attention(head_dim=16, value_dim=16),
    "gqa": Attention(kv_heads=2),
    "attn-mask": Attention(mask=True),
    "math-value-dim": Attention(value_dim=16),
    "math-value-dim-causal": Attention(q_len=3, kv_len=7, value_dim=16, causal=True),
}


@pytest.mark.parametrize("name", list(ATTENTION))
def test_attention(name: str) -> None:
    """Forward and backward (query, key and value gradients); causal counted in full."""
    a = ATTENTION[name]
    q = torch.randn(a.batch, a.heads, a.q_len, a.head_dim, requires_grad=True)
    k = torch.randn(a.batch, a.kv_heads, a.kv_len, a.head_dim, requires_grad=True)
    v = torch.randn(a.batch, a.kv_heads, a.kv_len, a.value_dim, requires_grad=True)
    kw: dict[str, object] = dict(is_causal=a.causal, enable_gqa=a.kv_heads != a.heads)
    if a.mask:
        kw["attn_mask"] = torch.randn(a.q_len, a.kv_len)
    with _Counted() as forward:
        out = F.scaled_dot_product_attention(q, k, v, **kw)
    with _Counted() as backward:
        out.sum().backward()
    if a.flash:
        assert forward.ops == {"aten._scaled_dot_product_flash_attention_for_cpu"}
        assert backward.ops == {"aten._scaled_dot_product_flash_attention_for_cpu_backward"}
    else:
        assert forward.ops == backward.ops == {"aten.bmm"}
    assert forward.total == FLOPS_PER_MULTIPLY_ADD * a.multiply_adds()
    assert backward.total == FLOPS_PER_MULTIPLY_ADD * a.backward_multiply_adds()


def test_pytorch_counts_nothing_for_cpu_flash_attention() -> None:
    """The gap CPU_SDPA_MAPPING fills: torch 2.13 has no formula for the CPU flash kernels."""
    q, k, v = (torch.randn(2, 4, 6, 8, requires_grad=True) for _ in range(3))
    with _Counted(custom_mapping={}) as forward:
        out = F.scaled_dot_product_attention(q, k, v)
    with _Counted(custom_mapping={}) as backward:
        out.sum().backward()
    assert forward.total == backward.total == 0


@pytest.mark.parametrize(("m", "n"), [(1, 1), (3, 7), (64, 192)])
def test_matrix_vector_and_dot_products_count_their_multiply_adds(m: int, n: int) -> None:
    """The gap MATVEC_MAPPING fills: torch 2.13 counts ``mv``, ``dot`` and ``vdot`` as 0;
    counted from the shapes, an (m, n) matrix times a vector is m * n multiply-adds, a dot
    product of n elements n (forward; their backward is ``mv``/outer products and ``mul``)."""
    a, x, y = torch.randn(m, n), torch.randn(n), torch.randn(n)
    with _Counted(custom_mapping={}) as pytorch:
        torch.mv(a, x), torch.dot(x, y), torch.vdot(x, y)
    assert pytorch.total == 0
    for call, multiply_adds in (
        (lambda: torch.mv(a, x), m * n),
        (lambda: torch.dot(x, y), n),
        (lambda: torch.vdot(x, y), n),
    ):
        with _Counted() as ours:
            call()
        assert ours.total == FLOPS_PER_MULTIPLY_ADD * multiply_adds
