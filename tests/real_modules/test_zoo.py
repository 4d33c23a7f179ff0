"""The zoo of real layers (package ``zoo``) against its generated module (zoo_estimates.py).

The zoo's blueprints are real torch.nn layers, classic blocks and Hugging Face transformers
blocks, written the way a user writes them. Their formulas are made by::

    python -m codegen --source zoo --output generated/zoo_estimates.py

and checked here against the real modules, as tests/real_modules/test_exhaustive.py and
tests/real_modules/test_flop_estimates.py check the built-ins:

* parameters and buffers against a build on the meta device: every dim in 1..512 (a sample of
  the dims for the transformers blocks) at each choice of the non-integer hyperparameters,
  every integer hyperparameter over its bounds at small dims, and a few large dims;
* forward and backward FLOPs against FlopCounterMode and the elementwise operations against
  ElementwiseCounterMode, on random small inputs (tests/measure.py);
* where the factory raises (torch's own checks: groups or heads not dividing dim), the estimate
  must raise ValueError; where the real training step raises ValueError (BatchNorm or
  InstanceNorm on one value per channel), the FLOP estimates must raise ValueError;
* where the generator refuses a blueprint's FLOPs (FLOP_REFUSALS) the FLOP functions raise
  NotImplementedError saying why, while the parameter and buffer formulas stay exact.

The transformers blocks are registered only where transformers is installed.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from typing import Any

import pytest
import torch

import zoo
from blueprints import BlueprintRegistry, BlueprintSpec
from blueprints.registry import GENERATED_MODULE
from generated import zoo_estimates

from ..measure import compare_steps, estimated_step, measured_step

SPECS = [s for s in BlueprintRegistry.all() if s.estimates == zoo.ESTIMATES]
HF = "zoo.hf"
HF_KEYS = {
    "transformer/bert_layer",
    "transformer/gpt2_block",
    "transformer/gpt2_block_default",
    "transformer/llama_decoder_layer",
    "transformer/vit_layer",
}

# blueprints whose FLOPs the generator refuses (the README's table says why): none since the
# recurrent layers (issue 22); a refusal added to the zoo is listed here
FLOP_REFUSALS: set[str] = set()
REFUSALS: set[str] = set()

MAX_DIM = 512
HF_DIMS = sorted({*range(1, 17), *random.Random("zoo-hf-dims").sample(range(17, MAX_DIM + 1), 48)})
GRID_DIMS = range(1, 97)  # x every integer hyperparameter value in its bounds
HF_GRID_DIMS = [*range(1, 25), 32, 48, 64, 96]
LARGE_DIMS = [4096, 4097, 65536]

COMBINATIONS = 12  # compared training steps per blueprint
SIZES = {
    "batch": (1, 3),
    "length": (1, 6),
    "depth": (1, 4),
    "height": (1, 6),
    "width": (1, 6),
    "seq_len": (1, 8),
}
FLOP_HYPER = {"expansion": (1, 4), "mlp_ratio": (1, 4)}  # smaller than their bounds


def _ids(specs: list[BlueprintSpec]) -> list[str]:
    return [s.key for s in specs]


def _is_hf(spec: BlueprintSpec) -> bool:
    return spec.factory.__module__ == HF


def _choice_points(spec: BlueprintSpec) -> list[dict[str, Any]]:
    """Every combination of the non-integer hyperparameters (integers at their defaults)."""
    names = [name for name, _ in spec.choices]
    return [
        dict(zip(names, values, strict=True))
        for values in itertools.product(*(values for _, values in spec.choices))
    ]


# ---------------------------------------------------------------------------------------------
# parameters and buffers


def _actual(spec: BlueprintSpec, dim: int, **hyper: Any) -> tuple[int, int] | str:
    """Counts of the real module (call inside ``torch.device("meta")``), or "rejected"."""
    try:
        module = spec.build(dim, **hyper)
    except Exception:  # the factory (or torch, or transformers) rejects these arguments
        return "rejected"
    return (
        sum(p.numel() for p in module.parameters()),
        sum(b.numel() for b in module.buffers()),
    )


def _estimated(spec: BlueprintSpec, dim: int, **hyper: Any) -> tuple[int, int] | str:
    try:
        return spec.param_estimate(dim, **hyper), spec.buffer_estimate(dim, **hyper)
    except ValueError:
        return "rejected"


def _mismatches(spec: BlueprintSpec, points: list[dict[str, Any]]) -> list:
    found = []
    with torch.device("meta"):
        for point in points:
            actual, estimated = _actual(spec, **point), _estimated(spec, **point)
            if actual != estimated:
                found.append((point, estimated, actual))
    return found


COUNTED = [s for s in SPECS if s.key not in REFUSALS]


@pytest.mark.parametrize("spec", COUNTED, ids=_ids(COUNTED))
def test_params_and_buffers_every_dim(spec: BlueprintSpec) -> None:
    dims = HF_DIMS if _is_hf(spec) else range(1, MAX_DIM + 1)
    points = [{"dim": d, **c} for c in _choice_points(spec) for d in dims]
    found = _mismatches(spec, points)
    assert not found, f"{spec.key}: {len(found)} of {len(points)} mismatch, first {found[:5]}"


GRIDDED = [s for s in COUNTED if dict(s.bounds)]


@pytest.mark.parametrize("spec", GRIDDED, ids=_ids(GRIDDED))
def test_params_and_buffers_over_the_hyperparameter_bounds(spec: BlueprintSpec) -> None:
    bounds = dict(spec.bounds)
    dims = HF_GRID_DIMS if _is_hf(spec) else GRID_DIMS
    points = [
        {"dim": dim, **choice, **dict(zip(bounds, values, strict=True))}
        for choice in _choice_points(spec)
        for values in itertools.product(*(range(lo, hi + 1) for lo, hi in bounds.values()))
        for dim in dims
    ]
    found = _mismatches(spec, points)
    assert not found, f"{spec.key}: {len(found)} of {len(points)} mismatch, first {found[:5]}"


@pytest.mark.parametrize("spec", COUNTED, ids=_ids(COUNTED))
def test_params_and_buffers_at_large_dims(spec: BlueprintSpec) -> None:
    found = _mismatches(spec, [{"dim": d, **c} for c in _choice_points(spec) for d in LARGE_DIMS])
    assert not found, f"{spec.key}: mismatches {found}"


def test_the_zoo_module_holds_exactly_the_zoo() -> None:
    keys = {f"{t}/{n}" for t, n in zoo_estimates.BLUEPRINTS}
    missing = {s.key for s in SPECS} - keys
    assert not missing, f"not in {zoo.ESTIMATES}: {sorted(missing)}"
    builtins = {s.key for s in BlueprintRegistry.all() if s.estimates == GENERATED_MODULE}
    assert not keys & builtins, f"built-ins in {zoo.ESTIMATES}: {sorted(keys & builtins)}"
    assert len(keys) >= 30


def test_the_transformers_blocks_are_registered() -> None:
    pytest.importorskip("transformers")
    assert HF_KEYS.issubset(s.key for s in SPECS if _is_hf(s))


# ---------------------------------------------------------------------------------------------
# FLOPs of one training step


def _combinations(spec: BlueprintSpec) -> Iterator[tuple[int, dict[str, int], dict[str, Any]]]:
    """Random (dim, input sizes, hyperparameters), seeded per blueprint: reproducible."""
    rng = random.Random(f"{spec.key}-zoo-flops")
    choices, bounds = dict(spec.choices), dict(spec.bounds)
    while True:
        sizes = {n: rng.randint(*SIZES[n]) for n in spec.input_names}
        hyper: dict[str, Any] = {}
        for name in spec.hyperparameters():
            if name in choices:
                hyper[name] = rng.choice(choices[name])
            else:
                hyper[name] = rng.randint(*FLOP_HYPER.get(name, bounds.get(name, (1, 8))))
        dim = rng.randint(1, 24)
        divisor = int(hyper.get("n_head", hyper.get("groups", 1)))
        if rng.random() < 0.8:  # mostly dims the factory accepts
            dim = divisor * rng.randint(1, max(1, 24 // divisor))
        yield dim, sizes, hyper


_measure, _estimate = measured_step, estimated_step


def _assert_refused(spec: BlueprintSpec, dim: int, sizes: dict, hyper: dict) -> None:
    """Every FLOP function raises NotImplementedError, with a reason."""
    arguments = {**sizes, **hyper}
    for estimate in (spec.flops_estimate, spec.elementwise_estimate):
        for backward in (False, True):
            with pytest.raises(NotImplementedError) as refused:
                estimate(dim, backward=backward, **arguments)
            assert str(refused.value).strip(), f"{spec.key}: a refusal must say why"


MEASURED = [s for s in SPECS if s.key not in FLOP_REFUSALS | REFUSALS]


@pytest.mark.parametrize("spec", MEASURED, ids=_ids(MEASURED))
def test_flops_equal_the_counters(spec: BlueprintSpec) -> None:
    compare_steps(spec, _combinations(spec), COMBINATIONS)


REFUSED = [s for s in SPECS if s.key in FLOP_REFUSALS | REFUSALS]


@pytest.mark.parametrize("spec", REFUSED, ids=_ids(REFUSED))
def test_refused_flops_say_why(spec: BlueprintSpec) -> None:
    """The module builds and trains for real, yet its FLOP functions refuse (the parameter and
    buffer formulas of FLOP_REFUSALS are checked exactly above)."""
    checked = 0
    for dim, sizes, hyper in _combinations(spec):
        if _measure(spec, dim, sizes, hyper) == "rejected":
            continue
        _assert_refused(spec, dim, sizes, hyper)
        checked += 1
        if checked >= 3:
            break


def test_a_head_size_computed_through_floats_is_exact() -> None:
    """BertLayer's head size is ``int(hidden_size / num_attention_heads)``: ``dim // n_head``
    in the formulas, proven on the whole domain; where heads do not divide dim, BertLayer
    raises and so does the estimate."""
    pytest.importorskip("transformers")
    spec = BlueprintRegistry.get("transformer", "bert_layer")
    for dim, n_head in ((64, 4), (105, 7), (4096, 8), (65536, 8)):
        assert spec.param_estimate(dim, n_head=n_head) == spec.actual_param_count(
            dim, n_head=n_head
        ), (dim, n_head)
    with pytest.raises(ValueError):
        spec.actual_param_count(10, n_head=3)
    with pytest.raises(ValueError, match="no module"):
        spec.param_estimate(10, n_head=3)


# ---------------------------------------------------------------------------------------------
# a few named cases, by hand


def test_named_examples() -> None:
    spec = BlueprintRegistry.get("cnn", "instancenorm_prelu")
    assert spec.param_estimate(64) == 2 * 64 + 64  # affine weight and bias, one slope each
    assert spec.buffer_estimate(64) == 0  # InstanceNorm2d tracks no running statistics
    spec = BlueprintRegistry.get("cnn", "batchnorm_residual")
    assert spec.param_estimate(64) == 9 * 64 * 64 + 2 * 64
    assert spec.buffer_estimate(64) == 2 * 64 + 1  # running mean and var, num_batches_tracked
    spec = BlueprintRegistry.get("cnn1d", "conv1d_grouped")
    with pytest.raises(ValueError):
        spec.param_estimate(63, groups=2)
    assert spec.param_estimate(64, groups=2) == 3 * 64 * 32 + 2 * 64
    spec = BlueprintRegistry.get("transformer", "bilinear")
    assert spec.param_estimate(512) == 512**3 + 512


@pytest.mark.parametrize("name", ["batchnorm_residual", "instancenorm_prelu", "resnet_basic"])
def test_a_single_value_per_channel_is_no_training_step(name: str) -> None:
    # BatchNorm and InstanceNorm in training refuse a single value per channel
    spec = BlueprintRegistry.get("cnn", name)
    single = {"batch": 1, "height": 1, "width": 1}
    assert _measure(spec, 8, single, {}) == "rejected"
    with pytest.raises(ValueError):
        spec.flops_estimate(8, **single)
    pair = (
        {"batch": 2, "height": 1, "width": 1}
        if name != "instancenorm_prelu"
        else {"batch": 1, "height": 2, "width": 1}
    )
    assert _estimate(spec, 8, pair, {}) == _measure(spec, 8, pair, {})
