"""Repetition as a symbol: a hyperparameter that counts identical blocks (``range(depth)``)
becomes a symbol of every formula, derived at a few depths and checked at the largest; any
other use of a count is refused by name."""

from __future__ import annotations

import dataclasses
import itertools
import types

import pytest
import sympy
import torch
from torch import nn

from blueprints import BlueprintSpec
from codegen.derive import repetition
from codegen.derive.blueprint import Settings, derive_blueprint
from codegen.derive.explore import smt
from codegen.derive.explore.box import Box
from codegen.derive.explore.smt import Region
from codegen.derive.flop_regions import explore_flops, replay_flops
from codegen.emit.explain import explain
from codegen.emit.render import render
from codegen.errors import DerivationError
from codegen.evaluate import value_at
from codegen.ir import FLOP_QUANTITIES, Term, Variable

from ..conftest import import_generated
from ..measure import measure_step

SETTINGS = Settings(max_dim=512, hyper_max=16, max_input=512)
QUANTITIES = (
    "forward_flops",
    "backward_flops",
    "elementwise_flops",
    "backward_elementwise_flops",
    "activation_bytes",
)


class Block(nn.Module):
    """A pre-norm MLP block with a residual; ``layer_idx`` kept as HF blocks keep theirs."""

    def __init__(self, dim: int, layer_idx: int, hidden: int | None = None) -> None:
        super().__init__()
        self.layer_idx = layer_idx
        self.norm = nn.LayerNorm(dim)
        self.up = nn.Linear(dim, hidden or 2 * dim)
        self.down = nn.Linear(hidden or 2 * dim, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.down(torch.relu(self.up(self.norm(x))))


class Stack(nn.Module):
    def __init__(self, blocks: list[nn.Module], dim: int, skip: int = 0) -> None:
        super().__init__()
        self.blocks = nn.ModuleList(blocks)
        self.head = nn.Linear(dim, 3)
        self.skip = skip

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for i, block in enumerate(self.blocks):
            if not self.skip or i % self.skip != self.skip - 1:
                x = block(x)
        return self.head(x)


def stack(dim: int, depth: int = 2) -> nn.Module:
    return Stack([Block(dim, i) for i in range(depth)], dim)


def stack_and_one(dim: int, depth: int = 2) -> nn.Module:
    return Stack([Block(dim, i) for i in range(depth + 1)], dim)


class Gated(nn.Module):
    """x + lin(x) * gate: the gate is the model's, computed once and saved by every block's
    product, so the first block to save it owns its bytes (a storage counts once)."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.lin = nn.Linear(dim, dim)

    def forward(self, x: torch.Tensor, gate: torch.Tensor) -> torch.Tensor:
        return x + self.lin(x) * gate


class SharedGate(nn.Module):
    def __init__(self, dim: int, depth: int) -> None:
        super().__init__()
        self.blocks = nn.ModuleList(Gated(dim) for _ in range(depth))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        gate = torch.tanh(x.mean(1, keepdim=True))
        for block in self.blocks:
            x = block(x, gate)
        return x


def shared_gate(dim: int, depth: int = 2) -> nn.Module:
    return SharedGate(dim, depth)


def _spec(factory, name: str, hi: int = 8) -> BlueprintSpec:
    return BlueprintSpec(
        name, "transformer", factory, "a purpose-made stack", bounds=(("depth", (1, hi)),)
    )


def _compile(spec: BlueprintSpec, settings: Settings = SETTINGS) -> types.ModuleType:
    return import_generated(render([derive_blueprint(spec, settings)], ["tests"]))


@pytest.mark.parametrize("factory", [stack, stack_and_one, shared_gate])
def test_a_stack_of_blocks_is_exact_at_every_depth(factory) -> None:
    spec = _spec(factory, factory.__name__)
    module = _compile(spec)
    name = f"transformer_{factory.__name__}"
    blocks = 1 if factory is stack_and_one else 0
    params = getattr(module, f"{name}_params")
    if factory is not shared_gate:
        # per block: LayerNorm 2*dim, up 2*dim*dim + 2*dim, down 2*dim*dim + dim; head 3*dim + 3
        assert params(4, depth=5) == (5 + blocks) * (2 * 4 + 2 * 16 + 8 + 2 * 16 + 4) + 15
    for dim, depth in itertools.product((1, 2, 5, 16), range(1, 9)):
        assert params(dim, depth=depth) == spec.actual_param_count(dim, depth=depth)
        assert getattr(module, f"{name}_training_state_bytes")(dim, depth=depth) > 0
    for dim, depth, batch, seq_len in itertools.product((1, 6), (1, 4, 8), (1, 2), (1, 3)):
        torch.manual_seed(0)
        x = torch.randn(batch, seq_len, dim, requires_grad=True)
        real = measure_step(spec.build(dim, depth=depth), x)
        sizes = dict(batch=batch, seq_len=seq_len, depth=depth)
        derived = tuple(getattr(module, f"{name}_{q}")(dim, **sizes) for q in QUANTITIES)
        assert derived == real, (dim, sizes)
    # the peak of repeated blocks is not combined across depths: refused with the reason
    with pytest.raises(NotImplementedError, match="a model of repeated blocks"):
        getattr(module, f"{name}_peak_bytes")(4, depth=2, batch=1, seq_len=1)


def _refusal(factory, settings: Settings = SETTINGS) -> str:
    with pytest.raises(DerivationError) as caught:
        derive_blueprint(_spec(factory, factory.__name__), settings)
    return str(caught.value)


CONSTRUCTION_ONLY = Settings(max_dim=512, hyper_max=16, flops=False)


def test_blocks_that_differ_by_index_are_refused() -> None:
    def alternating(dim: int, depth: int = 2) -> nn.Module:
        return Stack([Block(dim, i, dim + i % 2) for i in range(depth)], dim)

    text = _refusal(alternating, CONSTRUCTION_ONLY)
    assert "'depth' is used as a number" in text
    assert "block of blocks differs between depths" in text


def test_a_count_used_as_a_number_is_refused() -> None:
    def counted_width(dim: int, depth: int = 2) -> nn.Module:
        return nn.Linear(dim, sum(1 for _ in range(depth)))

    text = _refusal(counted_width, CONSTRUCTION_ONLY)
    assert "what lies outside the repeated blocks changes with the depth" in text
    assert "test_repetition.py" in text  # the line that converted it


def test_a_structure_that_changes_past_the_sampled_depths_is_refused() -> None:
    def grows(dim: int, depth: int = 2) -> nn.Module:
        model = stack(dim, depth)
        if depth > 5:
            model.extra = nn.Linear(dim, dim)
        return model

    text = _refusal(grows, CONSTRUCTION_ONLY)
    assert "params at depth=8 is" in text and "the blocks are not alike at every depth" in text


def test_a_forward_that_treats_some_blocks_apart_is_refused() -> None:
    def every_fourth_skipped(dim: int, depth: int = 2) -> nn.Module:
        return Stack([Block(dim, i) for i in range(depth)], dim, skip=4)

    text = _refusal(every_fourth_skipped)
    assert "forward_flops at depth=8 is" in text


def test_a_depth_replays_the_first_depths_regions_only_where_they_agree() -> None:
    """Depths after the first trace again at the first depth's sample points; the cover z3
    proved for those conditions holds where every region's conditions are the same, and any
    difference falls back to a full exploration (``replay_flops`` returns None)."""
    spec = _spec(stack, "stack")
    box = Box([Variable("dim", 1, 512), Variable("batch", 1, 512), Variable("seq_len", 1, 512)])
    first = explore_flops(spec, {"depth": 1}, box, {"dim": 8, "batch": 3, "seq_len": 5})
    again = replay_flops(spec, {"depth": 2}, box, first.regions)
    assert again is not None
    assert [r.conditions for r in again.regions] == [r.conditions for r in first.regions]
    assert [r.sample for r in again.regions] == [r.sample for r in first.regions]
    assert all(a.terms != b.terms for a, b in zip(again.regions, first.regions, strict=True))
    dim = sympy.Symbol("dim", integer=True, positive=True)
    region = first.regions[0]
    other = dataclasses.replace(region, conditions=(*region.conditions, dim >= 2))
    assert replay_flops(spec, {"depth": 2}, box, [other, *first.regions[1:]]) is None


def _regions(by_depth: dict[int, list[tuple[tuple[sympy.Basic, ...], list[sympy.Expr]]]]):
    """Purpose-made FLOP regions per depth: (conditions, one expression per block of
    ``blocks``), the same expressions for every traced quantity; samples at dim 8, batch 1 or
    3 (as the conditions want)."""
    regions = {}
    for depth, found in by_depth.items():
        regions[depth] = []
        for conditions, blocks in found:
            batch = 1 if any(isinstance(c, sympy.Eq) for c in conditions) else 3
            terms = tuple(Term(f"blocks.{i}", "Block", e) for i, e in enumerate(blocks))
            regions[depth].append(
                Region(
                    conditions,
                    (("batch", batch), ("dim", 8)),
                    tuple((q, terms) for q in FLOP_QUANTITIES),
                )
            )
    return regions


def test_depths_are_combined_region_by_region_before_one_merge() -> None:
    """Two regions alike at one block and not at two (the first block reads no gradient
    through the batch == 1 path, the others do): merged depth by depth, the depths group
    them differently; combined region by region first, one merge over the box with the count
    groups them by their formulas in the count. A depth of one block unlike the formula gets
    a region of its own."""
    dim, batch, n = (sympy.Symbol(s, integer=True, positive=True) for s in ("dim", "batch", "n"))
    one, more = (sympy.Eq(batch, 1),), (batch >= 2,)
    first, other = 2 * dim, 3 * dim  # where batch == 1: the first block, the others

    def at(depth: int, lone: sympy.Expr) -> list:
        single = [first] + [other] * (depth - 1) if depth > 1 else [lone]
        return [(one, single), (more, [2 * dim * batch] * depth)]

    containers = (repetition.Container("blocks", 1, 0),)
    box = Box([Variable("dim", 1, 64), Variable("n", 1, 8), Variable("batch", 1, 64)])
    flat = Box([Variable("dim", 1, 64), Variable("batch", 1, 64)])
    spec = _spec(stack, "stack")
    for lone, expected_regions in ((first, 2), (5 * dim, 3)):
        by_depth = _regions({k: at(k, lone) for k in (1, 2, 3)})
        if lone == first:  # merged per depth: one branch at one block, two at two
            branches = [len(smt.merge(by_depth[k], "forward_flops", flat).branches) for k in (1, 2)]
            assert branches == [1, 2]
        combined = repetition.combine_regions(spec, "n", by_depth, containers)
        assert len(combined) == expected_regions
        estimate = smt.merge(combined, "forward_flops", box)
        for d, k, b in itertools.product((1, 5, 64), range(1, 9), (1, 2, 7)):
            if b == 1:
                want = (5 * d if lone != first else 2 * d) if k == 1 else 2 * d + 3 * d * (k - 1)
            else:
                want = 2 * d * b * k
            assert value_at(estimate, {"dim": d, "n": k, "batch": b}) == want, (d, k, b)


def test_explain_shows_one_block_and_how_many() -> None:
    derived = derive_blueprint(_spec(stack_and_one, "stack_and_one"), CONSTRUCTION_ONLY)
    text = explain(derived, dims=(4,))
    # per block: LayerNorm 2*dim, up 2*dim*dim + 2*dim, down 2*dim*dim + dim
    assert "blocks.*.up    Linear     (depth + 1) × (2·dim² + 2·dim)" in text
    assert "one block of blocks.*: 4·dim² + 5·dim, (depth + 1) of them" in text
