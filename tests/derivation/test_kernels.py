"""Layers whose PyTorch kernels read sizes as numbers unless the Python dispatcher is on:
padding, upsampling, 1-d pooling, unfold, local response norm, bilinear layers, complex
numbers; and floats of sizes in a forward ("same" padding) or an initialisation (a truncated
normal's ``math.erf``).

Tier 2: purpose-made blueprints written as torch.nn and timm write these layers, derived and
compared with the real modules (parameters on the meta device; FLOPs, elementwise counts and
activation bytes on real steps, rejections included).
"""

from __future__ import annotations

import math
import random

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from blueprints import BlueprintSpec
from codegen.derive.blueprint import Settings, derive_blueprint
from codegen.emit.render import render
from zoo.torch_layers import SelfBilinear

from ..conftest import import_generated
from ..measure import compare_steps


class OddPad(nn.Module):
    """Pads odd sizes to even ones, as swin's patch merging does (symbolic pad amounts)."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.conv = nn.Conv2d(dim, dim, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h, w = x.shape[-2:]
        return self.conv(F.pad(x, (0, w % 2, 0, h % 2)))


class PatchMerging(nn.Module):
    """swin's patch merging (timm ``swin_transformer.PatchMerging``): odd sizes padded to even,
    2x2 patches gathered by views of the padded size, a norm and a linear reduction."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.norm = nn.LayerNorm(4 * dim)
        self.reduction = nn.Linear(4 * dim, 2 * dim, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.permute(0, 2, 3, 1)
        B, H, W, C = x.shape
        x = F.pad(x, (0, 0, 0, W % 2, 0, H % 2))
        _, H, W, _ = x.shape
        x = x.reshape(B, H // 2, 2, W // 2, 2, C).permute(0, 1, 3, 4, 2, 5).flatten(3)
        return self.reduction(self.norm(x))


class Upsample(nn.Module):
    def __init__(self, dim: int, mode: str, antialias: bool = False) -> None:
        super().__init__()
        self.conv = nn.Conv2d(dim, dim, 1)
        self.mode, self.antialias = mode, antialias

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.interpolate(self.conv(x), scale_factor=2, mode=self.mode, antialias=self.antialias)


class SamePadding(nn.Module):
    """timm's ``pad_same``: the padding computed from the input size through floats."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.conv = nn.Conv2d(dim, dim, 3, stride=2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        pads = []
        for size in reversed(x.shape[-2:]):
            pad = max((math.ceil(size / 2) - 1) * 2 + 3 - size, 0)
            pads += [pad // 2, pad - pad // 2]
        return self.conv(F.pad(x, pads))


def _trunc_normal_(tensor: torch.Tensor, std: float, a: float = -2.0, b: float = 2.0) -> None:
    """timm's truncated normal (``timm/layers/weight_init.py``), verbatim in substance."""

    def norm_cdf(x: float) -> float:
        return (1.0 + math.erf(x / math.sqrt(2.0))) / 2.0

    lower, upper = norm_cdf(a / std), norm_cdf(b / std)
    with torch.no_grad():
        tensor.uniform_(2 * lower - 1, 2 * upper - 1)
        tensor.erfinv_()
        tensor.mul_(std * math.sqrt(2.0))
        tensor.clamp_(min=a, max=b)


class PositionalPool(nn.Module):
    """A position embedding initialised with a std computed from the size (timm's
    AttentionPool2d: ``trunc_normal_(self.pos_embed, std=in_features ** -0.5)``)."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.pos = nn.Parameter(torch.zeros(dim, 1, 1))
        _trunc_normal_(self.pos, std=dim**-0.5)
        self.proj = nn.Conv2d(dim, dim, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.proj(x + self.pos)


class Rotary(nn.Module):
    """Rotary embedding through complex numbers (Llama 4's ``torch.polar``)."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.proj = nn.Linear(dim, 2 * dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.proj(x).float()
        angles = torch.polar(torch.ones_like(y[..., ::2]), y[..., 1::2])
        pairs = torch.view_as_complex(y.reshape(*y.shape[:-1], -1, 2).contiguous())
        return torch.view_as_real(pairs * angles).flatten(-2)


class Refold(nn.Module):
    """VOLO's outlook attention in miniature: unfold, fold back, and a layer that saves the
    folded result. On the CPU the fold's output keeps the larger storage of its columns and
    its output (nine times the output at kernel 3, stride 1; the output's own at stride 2)."""

    def __init__(self, dim: int, kernel: int, stride: int) -> None:
        super().__init__()
        self.kernel, self.stride = kernel, stride
        self.conv = nn.Conv2d(dim, dim, 1)
        self.out = nn.Conv2d(dim, dim, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        size = x.shape[2:]
        padding = self.kernel // 2
        cols = F.unfold(self.conv(x), self.kernel, padding=padding, stride=self.stride)
        return self.out(F.fold(cols, size, self.kernel, padding=padding, stride=self.stride))


CASES = {
    "zero_pad": ("cnn", lambda dim: nn.Sequential(nn.Conv2d(dim, dim, 1), nn.ZeroPad2d(1))),
    "odd_pad": ("cnn", OddPad),
    "reflect_conv": ("cnn", lambda dim: nn.Conv2d(dim, dim, 3, padding=1, padding_mode="reflect")),
    "replication_pad": (
        "cnn1d",
        lambda dim: nn.Sequential(nn.Conv1d(dim, dim, 1), nn.ReplicationPad1d(2)),
    ),
    "patch_merging": ("cnn", PatchMerging),
    "same_padding": ("cnn", SamePadding),
    "bilinear_upsampling": ("cnn", lambda dim: Upsample(dim, "bilinear")),
    "bicubic_antialiased": ("cnn", lambda dim: Upsample(dim, "bicubic", True)),
    "max_pool1d": ("cnn1d", lambda dim: nn.Sequential(nn.Conv1d(dim, dim, 1), nn.MaxPool1d(3))),
    "lp_pool": ("cnn", lambda dim: nn.Sequential(nn.Conv2d(dim, dim, 1), nn.LPPool2d(2, 3))),
    "unfold": ("cnn", lambda dim: nn.Sequential(nn.Conv2d(dim, dim, 1), nn.Unfold(3))),
    "fold": ("cnn", lambda dim: Refold(dim, kernel=3, stride=1)),
    "fold_strided": ("cnn", lambda dim: Refold(dim, kernel=1, stride=2)),
    "local_response_norm": (
        "cnn",
        lambda dim: nn.Sequential(nn.Conv2d(dim, dim, 1), nn.LocalResponseNorm(3)),
    ),
    "bilinear": ("transformer", SelfBilinear),
    "truncated_normal_init": ("cnn", PositionalPool),
    "rotary_complex": ("transformer", Rotary),
}


@pytest.mark.parametrize("name", CASES)
def test_kernels_that_read_sizes_are_exact(name: str) -> None:
    topology, factory = CASES[name]
    spec = BlueprintSpec(name, topology, factory, "a kernel test blueprint")
    derived = derive_blueprint(spec, Settings(max_dim=64, max_input=12, peak=False))
    assert not derived.failures(), derived.failures()
    module = import_generated(render([derived], ["tests"]))
    object.__setattr__(spec, "_estimates", lambda: module)
    for dim in (1, 2, 3, 17, 64):
        assert spec.param_estimate(dim) == spec.actual_param_count(dim), dim
    rng = random.Random(5)
    names = [n for n in spec.layout if n != "dim"]

    def combinations():
        while True:
            dim = rng.choice([1, 2, 3, 8, rng.randint(1, 64)])
            yield dim, {n: rng.choice([1, 2, 3, 5, 6, rng.randint(1, 12)]) for n in names}, {}

    compare_steps(spec, combinations(), 12)


def test_a_fourier_transform_is_refused_by_name() -> None:
    class Fourier(nn.Module):  # FNet's mixing layer
        def __init__(self, dim: int) -> None:
            super().__init__()
            self.proj = nn.Linear(dim, dim)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return torch.fft.fftn(self.proj(x), dim=(1, 2)).real

    spec = BlueprintSpec("fourier", "transformer", Fourier, "an FFT")
    derived = derive_blueprint(spec, Settings(max_dim=16, max_input=4, peak=False))
    (failure,) = {f for f in derived.failures()}
    assert "_fft_c2c" in failure and "fast Fourier transform" in failure, failure
    module = import_generated(render([derived], ["tests"]))
    assert module.function("params", "transformer", "fourier")(8) == 72
    with pytest.raises(NotImplementedError, match="Fourier"):
        module.function("forward_flops", "transformer", "fourier")(8, batch=1, seq_len=2)


def test_the_python_metas_are_removed_when_a_session_closes() -> None:
    from torch._C import DispatchKey

    from codegen.derive.symbolic.session import SymbolicSession

    op = torch.ops.aten.upsample_bilinear2d_backward.default
    assert DispatchKey.Meta not in op.py_kernels
    with SymbolicSession({"dim": 4}):
        assert DispatchKey.Meta in op.py_kernels
    assert DispatchKey.Meta not in op.py_kernels


def test_a_view_checked_past_int64_sizes_leaves_its_tensor_to_its_owner() -> None:
    """The CPU's view check (``kernels._view_as_the_cpu``) was made on the meta device, which
    fails where a storage would pass 2**63 bytes: the error it caught held its frame, and so
    the tensor, in a reference cycle (freed by the garbage collector whenever that ran:
    conv_heavy's peak was 4*dim bytes off at some sizes). It is decided on Python integers
    now, and the tensor goes when the step drops it."""
    import gc
    import weakref

    from codegen.derive.symbolic.session import SymbolicSession

    gc.collect()
    gc.disable()
    try:
        with SymbolicSession({"rows": 2**40, "cols": 2**40}) as session:
            rows, cols = session.symbols["rows"], session.symbols["cols"]
            t = torch.empty(rows, cols)
            v = t.view(rows * cols)
            assert v.shape[0] == rows * cols
            alive = weakref.ref(t)
            del t, v
            assert alive() is None
    finally:
        gc.enable()


MIXED = {
    "batch_norm": ("cnn", nn.BatchNorm2d),
    "batch_norm_without_statistics": (
        "cnn",
        lambda dim: nn.BatchNorm2d(dim, track_running_stats=False),
    ),
    "group_norm": ("cnn", lambda dim: nn.GroupNorm(1, dim)),
    "instance_norm": ("cnn", lambda dim: nn.InstanceNorm2d(dim, affine=True)),
    "layer_norm": ("transformer", nn.LayerNorm),
}


@pytest.mark.parametrize("norm", MIXED)
def test_a_float32_norm_on_a_bfloat16_input_keeps_float32_statistics(norm: str) -> None:
    """A bfloat16 layer before a float32 norm (what autocast does): the CPU's BatchNorm,
    GroupNorm and LayerNorm keep their saved mean and 1/std in float32 there, PyTorch's fake
    kernels in bfloat16 (``kernels._CPU_DTYPES``); the activation bytes and the peak follow
    the CPU."""
    topology, norm_layer = MIXED[norm]

    def factory(dim: int) -> nn.Module:
        layer = nn.Conv2d(dim, dim, 1) if topology == "cnn" else nn.Linear(dim, dim)
        return nn.Sequential(layer.bfloat16(), norm_layer(dim), nn.ReLU())

    spec = BlueprintSpec(f"mixed_{norm}", topology, factory, "a mixed-dtype norm")
    derived = derive_blueprint(spec, Settings(max_dim=16, max_input=6))
    assert not derived.failures(), derived.failures()
    module = import_generated(render([derived], ["tests"]))
    object.__setattr__(spec, "_estimates", lambda: module)
    rng = random.Random(norm)
    names = [n for n in spec.layout if n != "dim"]

    def combinations():
        while True:
            dim = rng.choice([1, 2, 3, rng.randint(1, 16)])
            yield dim, {n: rng.choice([1, 2, rng.randint(1, 6)]) for n in names}, {}

    compare_steps(spec, combinations(), 8)
