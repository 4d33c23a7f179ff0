"""Composition of repeated blocks: a trace with stand-ins for the blocks alike to an earlier one
gives what the full trace gives (the same guards, the same counts per submodule, the same
bytes saved), on purpose-made blocks that exercise each thing a block's counts depend on
besides its code, and on every blueprint of the built-ins, the zoo and the whole models whose
module has repeated blocks; derived with stand-ins, a stack is exact against the real module."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
import torch
from torch import nn
from torch.utils.checkpoint import checkpoint

from blueprints import BlueprintSpec
from codegen.derive import composition
from codegen.derive.blueprint import Settings, derive_blueprint, inputs_of, variables_of
from codegen.derive.explore.box import Box
from codegen.derive.flop_regions import Constructions, trace_once
from codegen.emit.render import render
from codegen.ir import FLOP_QUANTITIES
from codegen.pipeline import specs_of

from ..conftest import import_generated
from ..measure import measure_step

SETTINGS = Settings(max_dim=256, hyper_max=8, max_input=64, peak=False)


class Mlp(nn.Module):
    """A pre-norm MLP with a residual: its input is used twice (the norm, the addition)."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.norm = nn.LayerNorm(dim)
        self.up, self.down = nn.Linear(dim, 2 * dim), nn.Linear(2 * dim, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.down(torch.relu(self.up(self.norm(x))))


class Plain(nn.Module):
    """Linear then ReLU, which saves its output: the next block saves it again as its input."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.lin = nn.Linear(dim, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.relu(self.lin(x))


class Gated(nn.Module):
    """Takes a gate every block shares: the first to save it owns its bytes."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.lin = nn.Linear(dim, dim)

    def forward(self, x: torch.Tensor, gate: torch.Tensor, *, scale: float = 1.0) -> tuple:
        y = x + self.lin(x) * gate * scale
        return y, None, y.shape[-1]


class Reshaping(nn.Module):
    """Its output is a view of its input: no stand-in can give that, so it runs for real."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x.transpose(-1, -2).transpose(-1, -2)


class Wrapped(nn.Module):
    """A block around one module: blocks are modules with submodules."""

    def __init__(self, inner: nn.Module) -> None:
        super().__init__()
        self.inner = inner

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.inner(x)


class InPlace(nn.Module):
    """Changes its input in place: the stand-ins could not, so it runs for real."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.lin = nn.Linear(dim, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.lin(x.mul_(2)) + x


class InPlaceInside(nn.Module):
    """In-place ops on its own tensors only: a stand-in does."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.lin = nn.Linear(dim, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x * 1
        return torch.relu_(self.lin(x).add_(x))


class Residual(nn.Module):
    """x + blocks(x): the first block's input has a consumer outside the blocks."""

    def __init__(self, blocks: nn.Module) -> None:
        super().__init__()
        self.body = blocks

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.body(x)


class Headed(nn.Module):
    """blocks, then a norm: the last block gets an ordinary gradient too."""

    def __init__(self, blocks: nn.Module, dim: int) -> None:
        super().__init__()
        self.blocks, self.norm = blocks, nn.LayerNorm(dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for block in self.blocks:
            x = block(x)
        return self.norm(x)


class GatedStack(nn.Module):
    def __init__(self, dim: int, depth: int) -> None:
        super().__init__()
        self.blocks = nn.ModuleList(Gated(dim) for _ in range(depth))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        gate = torch.sigmoid(x.mean(-1, keepdim=True))
        for block in self.blocks:
            x, _, _ = block(x, gate, scale=0.5)
        return x


class Attention(nn.Module):
    """Keeps its layer's index, as Hugging Face's attentions do (for a cache)."""

    def __init__(self, dim: int, layer_idx: int, read: bool) -> None:
        super().__init__()
        self.lin, self.layer_idx, self.read = nn.Linear(dim, dim), layer_idx, read

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.read:  # work that grows with the index: a stand-in would be wrong
            for _ in range(self.layer_idx):
                x = x * 2
        return self.lin(x)


class Indexed(nn.Module):
    """A block that differs from its neighbours in its index (its own and its attention's)."""

    def __init__(self, dim: int, index: int, read: bool = False) -> None:
        super().__init__()
        self.index = index
        self.norm, self.attn = nn.LayerNorm(dim), Attention(dim, index, read)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.attn(self.norm(x))


class _Doubling(torch.autograd.Function):
    """Identity forward; a backward that doubles the gradient ``block.index`` times."""

    @staticmethod
    def forward(ctx, x: torch.Tensor, block: nn.Module) -> torch.Tensor:
        ctx.block = block
        return x * 1

    @staticmethod
    def backward(ctx, grad: torch.Tensor):
        for _ in range(ctx.block.index):
            grad = grad * 2
        return grad, None


class BackwardIndexed(Indexed):
    """Reads its index in its backward only."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return _Doubling.apply(super().forward(x), self)


class Checkpointed(nn.Module):
    def __init__(self, dim: int, depth: int) -> None:
        super().__init__()
        self.blocks = nn.ModuleList(Mlp(dim) for _ in range(depth))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for block in self.blocks:
            x = checkpoint(block, x, use_reentrant=False)
        return x


class Twice(nn.Module):
    """Calls its first block twice (a shared block), then the others."""

    def __init__(self, dim: int, depth: int) -> None:
        super().__init__()
        self.blocks = nn.ModuleList(Mlp(dim) for _ in range(depth))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.blocks[0](x)
        for block in self.blocks:
            x = block(x)
        return x


class Frozen(nn.Module):
    def __init__(self, dim: int, depth: int) -> None:
        super().__init__()
        self.blocks = nn.Sequential(*(Mlp(dim) for _ in range(depth)))
        for p in self.blocks[0].parameters():
            p.requires_grad_(False)
        self.blocks[1].up.weight.requires_grad_(False)
        for block in self.blocks[2:]:
            block.up.weight.requires_grad_(False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.blocks(x)


def mlp_stack(dim: int) -> nn.Module:
    return nn.Sequential(*(Mlp(dim) for _ in range(4)))


def headed_stack(dim: int) -> nn.Module:
    return Headed(nn.ModuleList(Mlp(dim) for _ in range(4)), dim)


def residual_stack(dim: int) -> nn.Module:
    return Residual(nn.Sequential(*(Mlp(dim) for _ in range(3))))


def relu_stack(dim: int) -> nn.Module:
    return Headed(nn.ModuleList(Plain(dim) for _ in range(4)), dim)


def gated_stack(dim: int) -> nn.Module:
    return GatedStack(dim, 4)


def reshaping_stack(dim: int) -> nn.Module:
    return nn.Sequential(nn.Linear(dim, dim), *(Wrapped(Reshaping()) for _ in range(3)))


def relu_leaves(dim: int) -> nn.Module:
    return nn.Sequential(nn.Linear(dim, dim), nn.ReLU(), nn.Linear(dim, dim), nn.ReLU())


def in_place_stack(dim: int) -> nn.Module:
    return Headed(nn.ModuleList([nn.Linear(dim, dim), *(InPlace(dim) for _ in range(3))]), dim)


def in_place_inside_stack(dim: int) -> nn.Module:
    return Headed(nn.ModuleList(InPlaceInside(dim) for _ in range(3)), dim)


def indexed_stack(dim: int) -> nn.Module:
    return Headed(nn.ModuleList(Indexed(dim, i) for i in range(4)), dim)


def index_reading_stack(dim: int) -> nn.Module:
    return Headed(nn.ModuleList(Indexed(dim, i, read=True) for i in range(4)), dim)


def backward_indexed_stack(dim: int) -> nn.Module:
    return Headed(nn.ModuleList(BackwardIndexed(dim, i) for i in range(4)), dim)


def checkpointed_stack(dim: int) -> nn.Module:
    return Checkpointed(dim, 3)


def shared_block(dim: int) -> nn.Module:
    return Twice(dim, 3)


def frozen_stack(dim: int) -> nn.Module:
    return Frozen(dim, 4)


# factory -> whether some block stands in for another in its trace
FACTORIES = {
    mlp_stack: True,
    headed_stack: True,
    residual_stack: True,
    relu_stack: True,
    gated_stack: True,
    reshaping_stack: False,
    in_place_stack: False,
    in_place_inside_stack: True,
    indexed_stack: True,
    index_reading_stack: False,
    backward_indexed_stack: False,
    checkpointed_stack: False,
    shared_block: False,
    frozen_stack: True,
}


def _spec(factory: Callable[..., nn.Module]) -> BlueprintSpec:
    return BlueprintSpec(factory.__name__, "transformer", factory, "a purpose-made stack")


@contextmanager
def _stand_ins_counted() -> Iterator[list[int]]:
    """The number of stand-ins of each trace whose counts were used."""
    used: list[int] = []
    copy = composition.Composer.copy

    def counting(self, counts):
        used.append(len(self.stand_ins))
        return copy(self, counts)

    composition.Composer.copy = counting
    try:
        yield used
    finally:
        composition.Composer.copy = copy


def _traced(spec: BlueprintSpec, box: Box, point: dict[str, int], fixed: dict, compose: bool):
    saved = composition.COMPOSE
    composition.COMPOSE = compose
    try:
        return trace_once(spec, fixed, box, point)
    finally:
        composition.COMPOSE = saved


def _points(box: Box, count: int, seed: int, hyper: dict) -> list[dict[str, int]]:
    rng = random.Random(seed)
    points = [{v.name: hyper.get(v.name, v.lo) for v in box.variables}]
    for _ in range(count - 1):
        point = {}
        for v in box.variables:
            point[v.name] = hyper.get(v.name) or rng.randint(v.lo, min(v.hi, 40))
        points.append(point)
    return points


def assert_composition_exact(
    spec: BlueprintSpec,
    points: int,
    fixed: dict | None = None,
    settings: Settings = SETTINGS,
    hyper: Callable[[dict[str, int]], dict[str, int]] | None = None,
) -> int:
    """The trace with stand-ins equals the full trace at ``points`` points of the box; the
    number of stand-ins used."""
    fixed = dict(fixed or {})
    variables = [v for v in variables_of(spec, settings) if v.name not in fixed]
    box = Box(variables + list(inputs_of(spec, settings)))
    defaults = {k: v for k, v in spec.hyperparameters().items() if k not in fixed and k != "dim"}
    used = 0
    for point in _points(box, points, seed=len(spec.key), hyper=defaults):
        point.update((hyper or (lambda p: {}))(point))
        with _stand_ins_counted() as counted:
            composed = _traced(spec, box, point, fixed, compose=True)
        full = _traced(spec, box, point, fixed, compose=False)
        assert composed.conditions == full.conditions, (spec.key, point)
        assert composed.terms == full.terms, (spec.key, point)
        assert composed.rejection == full.rejection, (spec.key, point)
        used += sum(counted)
    return used


@pytest.mark.parametrize("factory", list(FACTORIES), ids=lambda f: f.__name__)
def test_a_trace_with_stand_ins_is_the_full_trace(factory) -> None:
    used = assert_composition_exact(_spec(factory), points=3)
    assert (used > 0) == FACTORIES[factory], used


def test_the_repeated_blocks_are_found() -> None:
    spec = _spec(frozen_stack)
    box = Box(list(variables_of(spec, SETTINGS)))
    _, plan = Constructions(spec, {}, box).at({"dim": 4})
    # block 1 differs from 0 (all of 0 is frozen), 2 and 3 alike to 1
    assert plan.repeats == (("blocks.2", "blocks.1"), ("blocks.3", "blocks.1"))
    _, plan = Constructions(_spec(reshaping_stack), {}, box).at({"dim": 4})
    assert plan.repeats == (("2", "1"), ("3", "1"))
    # leaf modules are not repetitions: a stand-in would cost what they cost
    _, plan = Constructions(_spec(relu_leaves), {}, box).at({"dim": 4})
    assert plan.repeats == ()
    # blocks that differ in integer attributes only are a repetition, those attributes watched
    _, plan = Constructions(_spec(indexed_stack), {}, box).at({"dim": 4})
    assert plan.repeats == (
        ("blocks.1", "blocks.0"),
        ("blocks.2", "blocks.0"),
        ("blocks.3", "blocks.0"),
    )
    assert plan.indexes == (("blocks.0", "", "index"), ("blocks.0", "attn", "layer_idx"))


@pytest.mark.parametrize("factory", [headed_stack, residual_stack, gated_stack, relu_stack])
def test_a_stack_derived_with_stand_ins_is_exact(factory) -> None:
    spec = _spec(factory)
    settings = Settings(max_dim=64, max_input=16, peak=False)
    module = import_generated(render([derive_blueprint(spec, settings)], ["tests"]))
    name = f"transformer_{factory.__name__}"
    for dim, batch, seq_len in itertools.product((1, 3, 8), (1, 2), (1, 5)):
        torch.manual_seed(0)
        x = torch.randn(batch, seq_len, dim, requires_grad=True)
        real = measure_step(spec.build(dim), x)
        derived = tuple(
            getattr(module, f"{name}_{q}")(dim, batch=batch, seq_len=seq_len)
            for q in FLOP_QUANTITIES
        )
        assert derived == real, (dim, batch, seq_len)


def _repeated(
    sources: str, sizes: Callable[[dict[str, int]], dict[str, int]] | None = None
) -> list[tuple[BlueprintSpec, dict]]:
    """The blueprints of ``sources`` whose module has repeated blocks at a first point (a
    whole model at three layers; ``sizes`` changes the point where given)."""
    found = []
    for spec in specs_of([sources]):
        fixed = {n: options[0] for n, options in spec.choices}
        if "n_layer" in spec.hyperparameters():
            fixed["n_layer"] = 3
        variables = [v for v in variables_of(spec, Settings()) if v.name not in fixed]
        box = Box(variables)
        point = {v.name: spec.hyperparameters().get(v.name, v.lo) for v in variables}
        point["dim"] = min(64, box.variables[0].hi)
        point.update(sizes(point) if sizes else {})
        _, plan = Constructions(spec, fixed, box).at(point)
        if plan is not None and plan.repeats:
            found.append((spec, fixed))
    return found


def test_stand_ins_are_exact_on_every_blueprint_with_repeated_blocks() -> None:
    found = _repeated("blueprints") + _repeated("zoo")
    assert "cnn/conv_heavy" in {spec.key for spec, _ in found}
    for spec, fixed in found:
        assert_composition_exact(spec, points=2, fixed=fixed, settings=Settings())


def _whole_model_sizes(point: dict[str, int]) -> dict[str, int]:
    """A small model that runs: a width that is a multiple of the heads (of an even head
    width, for rotary positions), key/value heads that divide the heads, a small vocabulary,
    an image of the model's size."""
    heads = point.get("n_head", 1)
    kv_heads = point.get("n_kv_head", 1)
    sizes = {
        "vocab": 1 + point.get("vocab", 9) % 40,
        "intermediate": 16,
        "n_kv_head": kv_heads if heads % kv_heads == 0 else 1,
    }
    if "hidden" in point:  # a ViT: dim is the image's channels
        sizes.update(dim=3, hidden=heads * 4, image_size=32, height=32, width=32)
    else:
        sizes["dim"] = heads * 2 * (1 + point["dim"] % 4)
    return {k: v for k, v in sizes.items() if k in point}


def test_stand_ins_are_exact_on_the_whole_models() -> None:
    """Every whole model's layers are alike: the ViT's in everything, the language models'
    up to their ``layer_idx``, which a training step never reads."""
    found = {
        spec.key: (spec, fixed) for spec, fixed in _repeated("whole_models", _whole_model_sizes)
    }
    assert sorted(found) == ["cnn/vit", "lm/bert", "lm/gpt2", "lm/llama"]
    for spec, fixed in found.values():
        used = assert_composition_exact(
            spec, points=2, fixed=fixed, settings=Settings(), hyper=_whole_model_sizes
        )
        assert used > 0, spec.key
