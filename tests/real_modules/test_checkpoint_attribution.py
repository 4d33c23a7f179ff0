"""Per-submodule FLOP terms under activation checkpointing (issue 25, item 4), against
FlopCounterMode's per-module counts on real steps.

Non-reentrant checkpointing recomputes, inside the backward, the forward ops whose results it
did not save. That work belongs to the submodule that runs again: the derivation keeps its
module hooks on through the backward (``derive.trace._module_tags``). FlopCounterMode's
module tracker counts an op for every module entered when it runs; a submodule that
recomputes is entered then, so its count is its forward, its backward and its recomputation,
as our terms say. Its tracker also keeps a submodule entered from the arrival of its output's
gradient until its inputs' gradients are computed, which is when a later submodule's
backward asks for the recomputation (``fc2`` while ``fc1`` runs again): it charges the
recomputation to that submodule too, so its per-module counts overlap (their sum is more than
the step; "Global" is the step). The tests therefore hold each submodule to the counts
without checkpointing, and the ones FlopCounterMode finds recomputed to its count with it.
"""

from __future__ import annotations

import random

import numpy as np
import pytest
import torch
import torch.utils.checkpoint
from torch import nn
from torch.utils.flop_counter import FlopCounterMode

from blueprints import BlueprintRegistry, BlueprintSpec
from codegen.cache import DerivationCache
from codegen.derive.blueprint import Settings, derive_blueprint
from codegen.evaluate import evaluate, satisfied
from codegen.ir import BlueprintEstimates

QUANTITIES = ("forward_flops", "backward_flops")


def _terms(derived: BlueprintEstimates, values: dict[str, object], point: dict[str, int]):
    """Each submodule's forward plus backward FLOPs at ``point`` (choices ``values``)."""
    variant = next(v for v in derived.variants if dict(v.values) == values)
    grid = {k: np.array([v], dtype=np.int64) for k, v in point.items()}
    total: dict[str, int] = {}
    for quantity in QUANTITIES:
        estimate = variant.estimate(quantity)
        branch = next(
            b for b in estimate.branches if b.condition is None or satisfied(b.condition, point)
        )
        assert branch.rejection is None, (quantity, point)
        for term in branch.terms:
            value = int(np.asarray(evaluate(term.expr, grid)).reshape(-1)[0])
            total[term.owner] = total.get(term.owner, 0) + value
    return {owner: value for owner, value in total.items() if value}


class RecomputationCounter(FlopCounterMode):
    """FlopCounterMode that also counts, per submodule, the FLOPs of its forward run again
    inside the backward: each op's count (FlopCounterMode's own formulas) goes to the
    innermost submodule whose forward is running while autograd's engine runs."""

    def __init__(self, module: nn.Module) -> None:
        super().__init__(display=False)
        self.running: list[str] = []
        self.recomputed: dict[str, int] = {}
        self.handles = []
        for path, sub in module.named_modules():
            self.handles.append(sub.register_forward_pre_hook(self._enter(path)))
            self.handles.append(sub.register_forward_hook(self._leave, always_call=True))

    def _enter(self, path: str):  # noqa: ANN202
        def hook(mod: nn.Module, args: object) -> None:
            self.running.append(path)

        return hook

    def _leave(self, mod: nn.Module, args: object, out: object) -> None:
        self.running.pop()

    def _count_flops(self, func_packet, out, args, kwargs):  # noqa: ANN001, ANN202
        before = sum(self.flop_counts["Global"].values())
        result = super()._count_flops(func_packet, out, args, kwargs)
        if self.running and torch._C._current_graph_task_id() != -1:
            added = sum(self.flop_counts["Global"].values()) - before
            path = self.running[-1]
            self.recomputed[path] = self.recomputed.get(path, 0) + added
        return result


def _counted(module: nn.Module, x: torch.Tensor) -> tuple[dict[str, int], dict[str, int]]:
    """FlopCounterMode's count per module path (the root's children by their paths, the
    step's under ""), and the FLOPs recomputed in the backward by each submodule."""
    counter = RecomputationCounter(module)
    try:
        with counter:
            module(x).sum().backward()
    finally:
        for handle in counter.handles:
            handle.remove()
    counts = {k: sum(v.values()) for k, v in counter.get_flop_counts().items()}
    root = type(module).__name__
    paths = {k.removeprefix(root + "."): v for k, v in counts.items() if k.startswith(root + ".")}
    return {**paths, "": counts.get("Global", 0)}, counter.recomputed


def _compare(
    spec: BlueprintSpec, derived: BlueprintEstimates, dim: int, sizes: dict, hyper: dict
) -> None:
    point = {"dim": dim, **sizes, **{k: v for k, v in hyper.items() if type(v) is int}}
    plain = spec.build(dim, **{**hyper, "checkpoint": False})
    checkpointed = spec.build(dim, **{**hyper, "checkpoint": True})
    shape = [sizes[n] if n != "dim" else dim for n in spec.layout]
    x = torch.randn(*shape, requires_grad=True)
    without, none = _counted(plain, x)
    with_, recomputed = _counted(checkpointed, x)
    assert not any(none.values())  # without checkpointing nothing runs twice
    assert any(recomputed.values()), point  # with it, something does
    ours_without = _terms(derived, {"checkpoint": False}, point)
    ours_with = _terms(derived, {"checkpoint": True}, point)
    assert sum(ours_with.values()) == with_[""], point  # the step, recomputation included
    leaves = [p for p in ours_without if not any(q.startswith(p + ".") for q in without)]
    for path in leaves:  # a leaf's count is its own ops in FlopCounterMode too
        assert ours_without[path] == without[path], (path, point)
    for path in {*ours_without, *ours_with, *recomputed}:
        # each submodule's terms with checkpointing: its own, and what it recomputes
        expected = ours_without.get(path, 0) + recomputed.get(path, 0)
        assert ours_with.get(path, 0) == expected, (path, point, ours_with, recomputed)


@pytest.mark.parametrize("name", ["mlp", "mlp_small"])
def test_recomputation_is_the_recomputing_submodules(name: str) -> None:
    """The built-ins with a checkpoint choice, from their stored derivations, at random
    points."""
    spec = BlueprintRegistry.get("transformer", name)
    derived = DerivationCache().load(spec, Settings())
    assert derived is not None
    rng = random.Random(11)
    for _ in range(8):
        dim = rng.choice([1, 2, 5, rng.randint(1, 48)])
        sizes = {"batch": rng.randint(1, 3), "seq_len": rng.randint(1, 6)}
        _compare(spec, derived, dim, sizes, {"expansion": rng.randint(1, 5)})


class Nested(nn.Module):
    """A checkpointed block of two layers and a norm inside a model with a layer after it:
    the recomputation spans submodules of a submodule."""

    def __init__(self, dim: int, checkpoint: bool = False) -> None:
        super().__init__()
        self.checkpoint = checkpoint
        self.block = nn.Sequential(
            nn.Linear(dim, 2 * dim), nn.LayerNorm(2 * dim), nn.GELU(), nn.Linear(2 * dim, dim)
        )
        self.head = nn.Linear(dim, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.checkpoint and torch.is_grad_enabled():
            x = torch.utils.checkpoint.checkpoint(self.block, x, use_reentrant=False)
        else:
            x = self.block(x)
        return self.head(torch.tanh(x))


def test_a_recomputation_across_nested_submodules() -> None:
    spec = BlueprintSpec(
        "nested", "transformer", Nested, "a nested checkpoint", (("checkpoint", (False, True)),)
    )
    derived = derive_blueprint(spec, Settings(max_dim=16, max_input=4, peak=False))
    rng = random.Random(3)
    for _ in range(6):
        dim = rng.randint(1, 16)
        _compare(spec, derived, dim, {"batch": rng.randint(1, 4), "seq_len": rng.randint(1, 4)}, {})
