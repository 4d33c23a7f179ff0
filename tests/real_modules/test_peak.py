"""The peak bytes of a training step: the ground truth (PyTorch's MemTracker on the step users
run), the maximum kept short (``explore.maxima``), and derived formulas against real steps.

Every built-in and zoo blueprint's peak is compared with MemTracker in ``tests/measure.py``
(``compare_steps``: one optimizer in turn at each combination of sizes).
"""

from __future__ import annotations

import itertools

import pytest
import sympy
import torch
from torch import nn

from blueprints import BlueprintRegistry, BlueprintSpec
from blueprints.memory_reference import OPTIMIZERS, measure_peak_bytes
from codegen.derive.blueprint import Settings, derive_blueprint
from codegen.derive.explore.box import Box
from codegen.derive.explore.maxima import Bounds, maximum
from codegen.emit.render import render
from codegen.ir import PEAKS, Variable

from ..conftest import import_generated

# ---------------------------------------------------------------------------------------------
# the ground truth


def test_the_issue_s_mlp_peaks_at_42_mib_with_adam_and_38_with_sgd() -> None:
    """Linear 512->2048->512 at 8 x 128 tokens (issue 24; docs/wip/issue24_research.md): Adam's
    peak is inside its step (a parameter's sqrt and division temporaries), SGD's in the
    backward."""
    torch.manual_seed(0)
    mlp = nn.Sequential(nn.Linear(512, 2048), nn.ReLU(), nn.Linear(2048, 512))
    assert measure_peak_bytes(mlp, [8, 128, 512], "adam") == 44_089_364  # 42.05 MiB
    assert measure_peak_bytes(mlp, [8, 128, 512], "sgd") == 39_858_184  # 38.01 MiB


def test_the_readme_s_numbers_are_the_generated_ones() -> None:
    """transformer/mlp is the issue's MLP with a residual add: the generated formula gives
    MemTracker's numbers (README, "Peak bytes of a training step")."""
    spec = BlueprintRegistry.get("transformer", "mlp")
    sizes = {"batch": 8, "seq_len": 128}
    assert spec.peak_bytes_estimate(512, optimizer="adam", **sizes) == 44_089_364
    assert spec.peak_bytes_estimate(512, optimizer="sgd", **sizes) == 39_858_184
    torch.manual_seed(0)
    assert spec.actual_peak_bytes(512, optimizer="adam", **sizes) == 44_089_364


def test_conv_heavy_s_peak_at_large_sizes_is_memtracker_s() -> None:
    """Found by comparing a fresh derivation with the stored one: the generated peak was
    1,856 bytes above MemTracker's at dim 464 (and 1,536 at 384). The region's trace ran at
    sizes past 2**63 bytes, where a tensor was kept by a reference cycle and freed late
    (``test_a_view_checked_past_int64_sizes_leaves_its_tensor_to_its_owner``)."""
    spec = BlueprintRegistry.get("cnn", "conv_heavy")
    sizes = {"batch": 17, "height": 16, "width": 16}
    torch.manual_seed(0)
    real = spec.actual_peak_bytes(464, optimizer="sgd", **sizes)
    assert real == 55_903_368
    assert spec.peak_bytes_estimate(464, optimizer="sgd", **sizes) == real


def test_a_module_without_parameters_steps_no_optimizer() -> None:
    # the loss alone: the input needs no gradient, so nothing runs backward
    assert measure_peak_bytes(nn.Identity(), [2, 3], "adam") == 4
    with pytest.raises(ValueError, match="optimizer must be one of"):
        measure_peak_bytes(nn.Identity(), [2, 3], "lbfgs")


# ---------------------------------------------------------------------------------------------
# the maximum, kept short

BOX = Box([Variable("batch", 1, 64), Variable("dim", 1, 64)])
batch, dim = (sympy.Symbol(n, integer=True, positive=True) for n in ("batch", "dim"))


def test_an_argument_another_bounds_everywhere_is_left_out() -> None:
    bounds = Bounds(BOX)
    assert maximum([4 * batch * dim, 4 * batch * dim + 8, 8 * dim], bounds) == sympy.Max(
        4 * batch * dim + 8, 8 * dim
    )
    # 3*dim + 4 > 2*dim + 5 only from dim 2: both stay, as neither bounds the other at dim 1
    assert maximum([2 * dim + 5, 3 * dim + 4], bounds) == sympy.Max(2 * dim + 5, 3 * dim + 4)
    assert maximum([dim, dim], bounds) == dim


def test_floors_and_maxima_of_sizes_count_as_never_negative_parts() -> None:
    bounds = Bounds(BOX)
    groups = sympy.Max(1, sympy.floor(dim / 32))
    assert maximum([4 * groups + 4, 4 * groups + 8], bounds) == 4 * groups + 8
    # a floor of a difference can be negative: nothing is left out by it
    shifted = sympy.floor((dim - 3) / 2)
    assert maximum([shifted + 1, sympy.Integer(1)], bounds) == sympy.Max(shifted + 1, 1)


# ---------------------------------------------------------------------------------------------
# derived formulas against real steps


def _spec(factory, name: str, topology: str = "transformer", **options) -> BlueprintSpec:
    return BlueprintSpec(name, topology, factory, f"purpose-made {name}", **options)


class Mlp(nn.Module):
    """Linear, GELU, Linear: which moment peaks depends on the sizes (the backward's
    temporaries at many tokens, Adam's step at few)."""

    def __init__(self, dim: int, expansion: int) -> None:
        super().__init__()
        self.up = nn.Linear(dim, expansion * dim)
        self.act = nn.GELU()
        self.down = nn.Linear(expansion * dim, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.down(self.act(self.up(x)))


def mlp(dim: int, expansion: int = 2) -> nn.Module:
    return Mlp(dim, expansion)


def test_a_derived_peak_equals_memtracker_for_every_optimizer() -> None:
    spec = _spec(mlp, "peak_mlp")
    derived = derive_blueprint(spec, Settings(max_dim=64, hyper_max=4, max_input=64))
    module = import_generated(render([derived], ["tests"]))
    peak = module.function("peak_bytes", "transformer", "peak_mlp")
    formulas = {o: derived.estimate(q) for o, q in PEAKS.items()}
    assert all(f.failure is None for f in formulas.values())
    winners = set()
    points = itertools.product([1, 2, 7, 64], [1, 3], [1, 2, 5], [1, 64])
    for dim, expansion, batch, seq_len in points:
        for optimizer in OPTIMIZERS:
            torch.manual_seed(0)
            real = measure_peak_bytes(Mlp(dim, expansion), [batch, seq_len, dim], optimizer)
            got = peak(dim, optimizer=optimizer, batch=batch, seq_len=seq_len, expansion=expansion)
            assert got == real, (dim, expansion, batch, seq_len, optimizer)
            winners.add((optimizer, _argmax(derived, optimizer, dim, expansion, batch, seq_len)))
    # the moment that peaks changes with the sizes, for Adam at least
    assert len({w for o, w in winners if o == "adam"}) >= 2


def _argmax(derived, optimizer: str, dim: int, expansion: int, batch: int, seq_len: int) -> int:
    """Which argument of the (last branch's) maximum is largest at this point."""
    total = derived.estimate(PEAKS[optimizer]).branches[-1].total
    args = total.args if isinstance(total, sympy.Max) else (total,)
    values = {"dim": dim, "expansion": expansion, "batch": batch, "seq_len": seq_len}
    at = [int(a.xreplace({s: values[s.name] for s in a.free_symbols})) for a in args]
    return at.index(max(at))


def recurrent(dim: int) -> nn.Module:
    return nn.GRU(dim, dim, batch_first=True)


class _Last(nn.Module):
    def __init__(self, dim: int) -> None:
        super().__init__()
        self.gru = recurrent(dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.gru(x)[0]


def gru(dim: int) -> nn.Module:
    return _Last(dim)


class _Cyclic(nn.Module):
    """Keeps an intermediate tensor in a reference cycle: it is freed when Python's garbage
    collector runs, not when the forward drops it."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.proj = nn.Linear(dim, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.proj(x)
        held = [y * 2]
        held.append(held)
        return y


def cyclic(dim: int) -> nn.Module:
    return _Cyclic(dim)


def test_a_tensor_freed_by_the_garbage_collector_is_refused_by_name() -> None:
    """When a cycle-held tensor is freed depends on the collector: the bytes alive after each
    op are not known, so the peak is refused (the FLOPs are not affected)."""
    spec = _spec(cyclic, "peak_cyclic")
    derived = derive_blueprint(spec, Settings(max_dim=8, max_input=4))
    assert derived.estimate("forward_flops").failure is None
    for quantity in PEAKS.values():
        failure = derived.estimate(quantity).failure
        assert failure is not None and "reference cycle" in failure, failure


def test_a_step_through_a_kernel_the_generator_replaces_has_no_peak_but_its_flops() -> None:
    """The GRU layer is computed by ops of the generator's own (``symbolic/recurrent.py``):
    their temporaries are not the CPU kernel's, so the peak is refused by name while the
    FLOPs are derived."""
    spec = _spec(gru, "peak_gru")
    derived = derive_blueprint(spec, Settings(max_dim=8, max_input=4))
    assert derived.estimate("forward_flops").failure is None
    for quantity in PEAKS.values():
        failure = derived.estimate(quantity).failure
        assert failure is not None and "gru" in failure and "computes by ops of its own" in failure
    module = import_generated(render([derived], ["tests"]))
    with pytest.raises(NotImplementedError, match="peak bytes of a training step were not"):
        module.function("peak_bytes", "transformer", "peak_gru")(4, batch=2, seq_len=3)
