"""Generated FLOP estimates against PyTorch's own counter on real modules and real tensors.

For every built-in blueprint, 50 random (dim, hyperparameters, input sizes) combinations with
small sizes, and for each the forward and backward FLOPs of one training step as
``FlopCounterMode`` counts them (with PyTorch's SDPA formulas for the CPU attention kernels)
and the elementwise operations as ``ElementwiseCounterMode`` counts them. Where the real step
raises (GroupNorm in training refuses a single value per channel), the estimate must raise
ValueError too.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from blueprints import BlueprintRegistry, BlueprintSpec
from generated import estimates

from ..conftest import BUILTINS
from ..measure import compare_steps, estimated_step, measured_step

SPECS = BUILTINS
COMBINATIONS = 50
# small ranges, so that size-1 corner cases (batch, height, width, seq_len, hidden sizes) occur
SIZES = {"batch": (1, 4), "height": (1, 6), "width": (1, 6), "seq_len": (1, 12)}
HYPER = {"reduction": (1, 12), "n_head": (1, 6), "rank": (1, 12), "expansion": (1, 4)}


def _combinations(spec: BlueprintSpec) -> Iterator[tuple[int, dict[str, int], dict[str, object]]]:
    """Random (dim, input sizes, hyperparameters), seeded per blueprint: reproducible."""
    rng = random.Random(f"{spec.key}-flops")
    choices = dict(spec.choices)
    while True:
        sizes = {n: rng.randint(*SIZES[n]) for n in spec.input_names}
        hyper: dict[str, object] = {}
        for name in spec.hyperparameters():
            hyper[name] = (
                rng.choice(choices[name]) if name in choices else rng.randint(*HYPER[name])
            )
        dim = rng.choice([rng.randint(1, 8), rng.randint(1, 48)])
        if "n_head" in hyper and rng.random() < 0.8:  # mostly dims the factory accepts
            dim = int(hyper["n_head"]) * rng.randint(1, 8)
        yield dim, sizes, hyper


def _measure(spec: BlueprintSpec, dim: int, sizes: dict, hyper: dict) -> tuple[int, ...]:
    """The five counts of the real step; a ValueError where the step raises."""
    actual = measured_step(spec, dim, sizes, hyper)
    if actual == "rejected":
        raise ValueError(f"{spec.key}: no training step at dim={dim} {sizes} {hyper}")
    return actual


_estimate = estimated_step


@pytest.mark.parametrize("spec", SPECS, ids=[s.key for s in SPECS])
def test_generated_flops_equal_flop_counter_mode(spec: BlueprintSpec) -> None:
    compare_steps(spec, _combinations(spec), COMBINATIONS)


def test_flop_dispatchers_check_the_input_sizes() -> None:
    with pytest.raises(TypeError, match="cnn inputs take batch, height, width; missing: width"):
        estimates.forward_flops("cnn", "conv_small", 8, batch=1, height=2)
    with pytest.raises(TypeError, match="unexpected: seq_len"):
        estimates.backward_flops("cnn", "conv_small", 8, batch=1, height=2, width=2, seq_len=3)
    with pytest.raises(TypeError, match="transformer inputs take batch, seq_len; missing: seq_len"):
        estimates.elementwise_flops("transformer", "mlp", 8, batch=1)
    with pytest.raises(TypeError, match="hyperparameter.*rank; hyperparameters accepted: exp"):
        estimates.forward_flops("transformer", "mlp", 8, batch=1, seq_len=2, rank=3)
    for bad in (0, -3):
        with pytest.raises(ValueError, match="batch=.* outside the proven domain"):
            estimates.forward_flops("transformer", "mlp", 8, batch=bad, seq_len=2)
    with pytest.raises(TypeError, match="height must be an int"):
        estimates.forward_flops("cnn", "noop", 8, batch=1, height=2.0, width=2)


def test_flops_estimate_takes_the_registry_arguments() -> None:
    spec = BlueprintRegistry.get("transformer", "lora")
    assert spec.flops_estimate(16, batch=2, seq_len=3, rank=5) == 2 * (2 * 3 * 16 * 5) * 2
    assert spec.flops_estimate(16, batch=2, seq_len=3, rank=5) == spec.actual_flops(
        16, batch=2, seq_len=3, rank=5
    )
    with pytest.raises(TypeError, match="missing: seq_len"):
        spec.flops_estimate(16, batch=2)


@pytest.mark.parametrize("name", ["mlp", "mlp_small"])
def test_checkpointing_changes_backward_flops_only(name: str) -> None:
    spec = BlueprintRegistry.get("transformer", name)
    sizes = {"batch": 3, "seq_len": 7}
    plain = _estimate(spec, 32, sizes, {"checkpoint": False})
    checkpointed = _estimate(spec, 32, sizes, {"checkpoint": True})
    assert checkpointed[0] == plain[0] and checkpointed[2] == plain[2]
    assert checkpointed[1] > plain[1]  # the backward recomputes fc1
    assert checkpointed == _measure(spec, 32, sizes, {"checkpoint": True})


def test_flop_formulas_cover_large_inputs_exactly() -> None:
    # beyond anything the tests can run: the formulas are integers, never floats
    value = estimates.forward_flops("cnn", "conv_heavy", 65536, batch=65536, height=65536, width=1)
    assert isinstance(value, int) and value == 36 * 65536 * 65536**2 * 65536


GROUP_NORM_SEEDS = ["norm", "depthwise", "bottleneck", "conv_small", "conv_light", "conv_heavy"]


@pytest.mark.parametrize("name", GROUP_NORM_SEEDS)
def test_a_single_value_per_channel_is_no_training_step(name: str) -> None:
    # GroupNorm in training refuses one value per channel: one 1x1 image, one channel per group
    spec = BlueprintRegistry.get("cnn", name)
    single = {"batch": 1, "height": 1, "width": 1}
    for dim in (1, 2, 3, 4, 6, 8, 16, 24):
        try:
            actual = _measure(spec, dim, single, {})
        except ValueError:
            with pytest.raises(ValueError, match="no training step at"):
                spec.flops_estimate(dim, **single)
        else:
            assert _estimate(spec, dim, single, {}) == actual, dim
