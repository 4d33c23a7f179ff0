"""FLOP derivation on purpose-made blueprints: regions over input sizes, rejections, refusals."""

from __future__ import annotations

import dataclasses
import itertools
import types

import pytest
import sympy
import torch
from torch import nn

from blueprints import BlueprintSpec
from codegen.derive.blueprint import Settings, derive_blueprint
from codegen.emit.render import render
from codegen.errors import DerivationError

from ..conftest import import_generated
from ..measure import generated_step, measure_step

# the peak is derived and compared in tests/real_modules (test_peak, test_memory)
SETTINGS = Settings(max_dim=4096, hyper_max=16, max_input=4096, peak=False)


def _spec(factory, name: str) -> BlueprintSpec:
    return BlueprintSpec(name, "transformer", factory, "a purpose-made test blueprint")


def _compile(spec: BlueprintSpec) -> types.ModuleType:
    return import_generated(render([derive_blueprint(spec, SETTINGS)], ["tests"]))


def _real(spec: BlueprintSpec, dim: int, batch: int, seq_len: int, **hyper) -> tuple[int, ...]:
    x = torch.randn(batch, seq_len, dim, requires_grad=True)
    return measure_step(spec.build(dim, **hyper), x)


class Gate(nn.Module):
    """x * sigmoid(w . mean over the sequence): a broadcast whose backward depends on seq_len."""

    def __init__(self, dim: int, hidden: int) -> None:
        super().__init__()
        self.down = nn.Linear(dim, hidden)
        self.up = nn.Linear(hidden, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * torch.sigmoid(self.up(torch.relu(self.down(x.mean(1)))))[:, None, :]


def gate(dim: int, hidden: int = 4) -> nn.Module:
    return Gate(dim, max(1, dim // hidden))


def test_flops_are_exact_over_dims_hyperparameters_and_input_sizes() -> None:
    spec = _spec(gate, "gate")
    module = _compile(spec)
    for dim in (1, 2, 3, 8, 13):
        for hidden in (1, 3, 16):
            for batch in (1, 2, 5):
                for seq_len in (1, 2, 7):
                    sizes = dict(batch=batch, seq_len=seq_len, hidden=hidden)
                    derived = (
                        module.transformer_gate_forward_flops(dim, **sizes),
                        module.transformer_gate_backward_flops(dim, **sizes),
                        module.transformer_gate_elementwise_flops(dim, **sizes),
                        module.transformer_gate_backward_elementwise_flops(dim, **sizes),
                        module.transformer_gate_activation_bytes(dim, **sizes),
                    )
                    where = f"dim={dim} {sizes}"
                    assert derived == _real(spec, dim, batch, seq_len, hidden=hidden), where


def test_an_op_without_a_flop_rule_keeps_the_parameters_and_says_why() -> None:
    class Sorted(nn.Module):
        def __init__(self, dim: int) -> None:
            super().__init__()
            self.proj = nn.Linear(dim, dim)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return torch.sort(self.proj(x), dim=1).values

    derived = derive_blueprint(_spec(Sorted, "sorted"), SETTINGS)
    (reason,) = derived.failures()
    assert reason.startswith("aten.sort.") and "(forward pass, submodule root)" in reason, reason
    params = derived.estimate("params")
    assert params.failure is None and str(params.branches[0].total) == "dim**2 + dim"
    module = import_generated(render([derived], ["tests"]))
    assert module.transformer_sorted_params(10) == 110
    with pytest.raises(
        NotImplementedError, match="transformer/sorted: forward FLOPs were not derived"
    ):
        module.transformer_sorted_forward_flops(10, batch=2, seq_len=3)


def test_a_library_failure_inside_the_step_is_named_not_a_traceback() -> None:
    class Data(nn.Module):
        """Sizes from tensor values: no closed form exists."""

        def __init__(self, dim: int) -> None:
            super().__init__()
            self.proj = nn.Linear(dim, dim)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.proj(x)[x[:, :, 0] > 0]

    derived = derive_blueprint(_spec(Data, "data"), SETTINGS)
    (reason,) = derived.failures()
    assert "depends on tensor values (a data-dependent size" in reason, reason


def test_a_kernel_without_symbolic_sizes_is_named_in_our_words() -> None:
    class Warp(nn.Module):
        """A spatial transformer's sampling grid: ``affine_grid``'s C++ kernel takes the output
        size as numbers."""

        def __init__(self, dim: int) -> None:
            super().__init__()
            self.theta = nn.Linear(dim, 6)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            theta = self.theta(x[:, 0]).view(-1, 2, 3)
            size = [x.shape[0], 1, x.shape[1], x.shape[2]]
            return nn.functional.affine_grid(theta, size, align_corners=False).sum()

    derived = derive_blueprint(_spec(Warp, "warp"), Settings(max_dim=16, max_input=8, peak=False))
    (reason,) = derived.failures()
    assert "calls a PyTorch kernel that runs only on concrete sizes" in reason, reason
    assert "numel()" not in reason and "SymIntArrayRef" not in reason, reason


def test_a_training_step_that_raises_is_a_rejection_with_its_rule() -> None:
    class PerTokenNorm(nn.Module):
        """GroupNorm(1, dim) over [batch, dim, seq_len]: refuses a single value in training."""

        def __init__(self, dim: int) -> None:
            super().__init__()
            self.norm = nn.GroupNorm(1, dim)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.norm(x.transpose(1, 2)).transpose(1, 2)

    spec = _spec(PerTokenNorm, "per_token_norm")
    module = _compile(spec)
    with pytest.raises(ValueError, match="no training step at dim=1, batch=1, seq_len=1"):
        module.transformer_per_token_norm_forward_flops(1, batch=1, seq_len=1)
    with pytest.raises(ValueError):
        _real(spec, 1, 1, 1)
    for dim, batch, seq_len in ((1, 1, 2), (1, 2, 1), (2, 1, 1), (5, 3, 4)):
        derived = module.transformer_per_token_norm_elementwise_flops(
            dim, batch=batch, seq_len=seq_len
        )
        assert derived == _real(spec, dim, batch, seq_len)[2]


def test_a_count_through_float_division_is_exact_and_its_zero_a_rejection() -> None:
    """EvoNorm's unbiased-variance correction: ``n = x.numel() / x.shape[1]`` is a float, and
    ``n / (n - 1)`` divides by zero where one value per channel is all there is. The quotient
    is the integer ``batch*seq_len``; the sign guard on ``n - 1`` is an integer condition."""

    class Corrected(nn.Module):
        def __init__(self, dim: int) -> None:
            super().__init__()
            self.scale = nn.Parameter(torch.ones(dim))

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            n = x.numel() / x.shape[-1]
            return x.var(dim=(0, 1), unbiased=False) * (n / (n - 1)) * self.scale * x

    spec = _spec(Corrected, "corrected")
    module = _compile(spec)
    with pytest.raises(ValueError, match="ZeroDivisionError"):
        module.transformer_corrected_forward_flops(3, batch=1, seq_len=1)
    with pytest.raises(ZeroDivisionError):
        _real(spec, 3, 1, 1)
    for dim, batch, seq_len in ((1, 1, 2), (1, 2, 1), (2, 3, 1), (5, 3, 4), (7, 2, 9)):
        sizes = dict(batch=batch, seq_len=seq_len)
        derived = generated_step(module, spec.key, dim, **sizes)
        assert derived == _real(spec, dim, batch, seq_len)


class ChannelsLastView(nn.Module):
    """A 1x1 conv on a permuted (channels-last) tensor, then a view across channels and
    pixels: the CPU refuses the view wherever more than one pixel has more than one channel;
    the meta device's convolution returns a contiguous tensor and runs."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.norm = nn.LayerNorm(dim)
        self.qkv = nn.Conv2d(dim, 3 * dim, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.norm(x.permute(0, 2, 3, 1)).permute(0, 3, 1, 2)
        return self.qkv(x).view(x.shape[0], 3, -1)


def test_a_step_the_cpu_refuses_is_a_rejection_whatever_the_error_type() -> None:
    """The trace raises ValueError, the CPU RuntimeError, the meta device nothing: the real
    step decides, and a step that does not exist is a rejection by agreement."""
    spec = BlueprintSpec("channels_last_view", "cnn", ChannelsLastView, "a test blueprint")
    module = _compile(spec)
    for dim, batch, height, width in itertools.product((1, 2, 3), (1, 2), (1, 2, 3), (1, 2)):
        x = torch.randn(batch, dim, height, width, requires_grad=True)
        sizes = dict(batch=batch, height=height, width=width)
        try:
            real = measure_step(ChannelsLastView(dim), x)
        except RuntimeError:
            with pytest.raises(ValueError, match="the training step raises RuntimeError"):
                module.cnn_channels_last_view_forward_flops(dim, **sizes)
            continue
        derived = generated_step(module, spec.key, dim, **sizes)
        assert derived == real, (dim, sizes)


class HeadsReshape(nn.Module):
    """A reshape into heads that fits only some widths: PyTorch's own size check (with its
    guard) decides where the step raises, not the stride check before it."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.qkv = nn.Linear(dim, 3 * dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        batch, seq_len, dim = x.shape
        return self.qkv(x).reshape(batch, seq_len, max(dim // 8, 1), 24, -1)


def test_a_reshape_that_fits_some_widths_is_exact_with_rejections() -> None:
    spec = _spec(HeadsReshape, "heads_reshape")
    module = _compile(spec)
    for dim, batch, seq_len in itertools.product(range(1, 34), (1, 2), (1, 3)):
        sizes = dict(batch=batch, seq_len=seq_len)
        try:
            real = _real(spec, dim, batch, seq_len)
        except RuntimeError:
            with pytest.raises(ValueError, match="the training step raises RuntimeError"):
                module.transformer_heads_reshape_forward_flops(dim, **sizes)
            continue
        derived = generated_step(module, spec.key, dim, **sizes)
        assert derived == real, (dim, sizes)


class SquareGrid(nn.Module):
    """A size computed through floats in the training step, not in the factory: the side of
    the largest square grid of tokens (convit's ``int(num_patches ** .5)``)."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.proj = nn.Linear(dim, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        side = int(x.shape[1] ** 0.5)
        grid = x[:, : side * side] * torch.arange(side).repeat(side)[None, :, None]
        return self.proj(grid)


def test_a_size_computed_in_the_step_is_exact() -> None:
    spec = _spec(SquareGrid, "square_grid")
    module = _compile(spec)
    for dim, batch, seq_len in itertools.product((1, 3), (1, 2), range(1, 18)):
        sizes = dict(batch=batch, seq_len=seq_len)
        derived = generated_step(module, spec.key, dim, **sizes)
        assert derived == _real(spec, dim, batch, seq_len), (dim, sizes)


class ReplacedBuffer(nn.Module):
    """A buffer the forward replaces (convit's relative positions, rebuilt for each sequence
    length), projected after an expand: the projection saves a new storage, an activation,
    while the buffer it came from is state."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.pos_proj = nn.Linear(3, 2)
        self.value = nn.Linear(dim, dim)
        self.register_buffer("positions", torch.zeros(1, 1, 1, 3), persistent=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        batch, seq_len, _ = x.shape
        self.positions = torch.ones(1, seq_len, seq_len, 3)
        scores = self.pos_proj(self.positions.expand(batch, -1, -1, -1)).softmax(-1)
        return scores.sum(-1) @ self.value(x)


def test_a_buffer_the_forward_replaces_is_not_an_activation() -> None:
    """The ground truth kept the storages it leaves out (parameters, buffers) by address only:
    a buffer the forward replaced freed its storage, whose address a new activation could
    take, and that activation was left out too."""
    spec = _spec(ReplacedBuffer, "replaced_buffer")
    module = _compile(spec)
    for dim, batch, seq_len in itertools.product((2, 5), (1, 3), (1, 4, 6)):
        sizes = dict(batch=batch, seq_len=seq_len)
        real = _real(spec, dim, batch, seq_len)
        assert generated_step(module, spec.key, dim, **sizes) == real, (dim, sizes)


def test_a_topology_without_an_input_layout_is_refused_for_flops() -> None:
    spec = BlueprintSpec("odd", "graph", lambda dim: nn.Linear(dim, dim), "")
    with pytest.raises(DerivationError, match="unknown topology 'graph'.*add_topology"):
        derive_blueprint(spec, SETTINGS)


def test_flop_derivation_is_deterministic() -> None:
    spec = _spec(gate, "gate")
    assert derive_blueprint(spec, SETTINGS) == derive_blueprint(spec, SETTINGS)


@dataclasses.dataclass
class _Config:
    """Module state the way libraries keep it: a config object with sizes, a dict, a flag."""

    width: int
    shape: tuple
    extra: dict


class Stateful(nn.Module):
    """Keeps symbols everywhere: a dataclass config, a tuple of sizes, a dict, a symbolic bool
    (``dim > 8``, decided only in forward) and a symbolic float (``dim ** -0.5``)."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.config = _Config(width=2 * dim, shape=(dim, 2), extra={"wide": dim > 8})
        self.scale = dim**-0.5
        self.up = nn.Linear(dim, 2 * dim)
        self.down = nn.Linear(2 * dim, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.up(x) * self.scale
        if self.config.extra["wide"]:
            h = torch.relu(h)
        h = h.view(*x.shape[:-1], self.config.width)
        return self.down(h)


def test_any_module_state_carries_its_symbols_into_the_trace() -> None:
    spec = _spec(Stateful, "stateful")
    derived = derive_blueprint(spec, SETTINGS)
    assert derived.failures() == []
    module = _compile(spec)
    for dim in (1, 3, 8, 9, 16):
        for batch, seq_len in ((1, 1), (2, 3)):
            sizes = dict(batch=batch, seq_len=seq_len)
            estimated = (
                module.transformer_stateful_forward_flops(dim, **sizes),
                module.transformer_stateful_backward_flops(dim, **sizes),
                module.transformer_stateful_elementwise_flops(dim, **sizes),
                module.transformer_stateful_backward_elementwise_flops(dim, **sizes),
                module.transformer_stateful_activation_bytes(dim, **sizes),
            )
            assert estimated == _real(spec, dim, batch, seq_len), f"dim={dim} {sizes}"


def test_a_fact_is_used_only_where_it_pins_the_floor_to_the_exact_quotient() -> None:
    from codegen.derive.explore.smt_merge import _pins_to_exact

    dim, heads = (sympy.Symbol(n, integer=True, positive=True) for n in ("dim", "heads"))
    quotient = sympy.floor(dim / heads)
    assert _pins_to_exact(dim - heads * quotient, quotient)  # heads divides dim
    # true where floor(dim/heads) = dim/heads, but also at every other quotient >= 1
    assert not _pins_to_exact(sympy.Max(1, heads * quotient) - heads * quotient, quotient)
    assert not _pins_to_exact(heads - heads * quotient, quotient)  # quotient 1, not divisibility
