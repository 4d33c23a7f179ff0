"""Training memory: activation bytes and training state, against the real modules.

* the ground truth itself (``blueprints/memory_reference.py``) on hand-counted cases: views
  of one storage count once, parameters never, the input where it is saved, a bool mask one
  byte per element, int64 indices eight;
* a purpose-made blueprint derived here and compared over sizes, dtypes and a choice;
* training state (parameters, gradients, optimizer state) of every built-in and zoo blueprint,
  each optimizer, against a real optimizer step;
* refusals: where the real training step raises, the activation estimate raises ValueError;
  reentrant checkpointing is refused by name;
* the GPT layer against Korthikanti et al. (2022), term by term.

The activation bytes of every built-in and zoo blueprint are compared with the real module in
``tests/measure.py`` (with the FLOPs, on the same random steps).
"""

from __future__ import annotations

import random
import types

import pytest
import torch
import torch.utils.checkpoint
from torch import nn

import zoo
from blueprints import BlueprintRegistry, BlueprintSpec
from blueprints.memory_reference import (
    OPTIMIZERS,
    SavedTensors,
    measure_activation_bytes,
    training_state_bytes,
)
from codegen.derive.blueprint import Settings, derive_blueprint
from codegen.emit.render import render
from generated import estimates

from ..conftest import BUILTINS, import_generated

SETTINGS = Settings(max_dim=4096, hyper_max=16, max_input=4096)


def _saved(module: nn.Module, x: torch.Tensor) -> int:
    with SavedTensors([*module.parameters(), *module.buffers()]) as saved:
        module(x)
    return int(saved.total)


# ---------------------------------------------------------------------------------------------
# the ground truth, on cases counted by hand


class Gated(nn.Module):
    """a * sigmoid(b) with a, b the two halves of one Linear output (views of one storage)."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.proj = nn.Linear(dim, 2 * dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        a, b = self.proj(x).chunk(2, dim=-1)
        return a * torch.sigmoid(b)


def test_views_of_one_storage_count_once_and_parameters_never() -> None:
    x = torch.randn(3, 5, 8, requires_grad=True)
    # Linear saves x (its weight is a parameter); mul saves a and sigmoid(b); sigmoid saves
    # its output (the same storage as the one mul saves): the projection's output is one
    # storage of 3*5*16 floats, however many views of it are saved
    expected = 4 * (3 * 5 * 8) + 4 * (3 * 5 * 16) + 4 * (3 * 5 * 8)
    assert _saved(Gated(8), x) == expected


class MaskAndMax(nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x.masked_fill(x > 0, 0.0).amax(dim=-1) + x.max(dim=-1).values


def test_dtypes_count_as_they_are_stored() -> None:
    x = torch.randn(4, 6, requires_grad=True)
    # masked_fill saves its bool mask (1 byte each); amax saves its input (the masked tensor)
    # and its output; max.dim saves int64 indices (8 bytes each)
    assert _saved(MaskAndMax(), x) == 4 * 6 * 1 + 4 * 4 * 6 + 4 * 4 + 8 * 4
    half = torch.randn(4, 6, dtype=torch.bfloat16, requires_grad=True)
    assert _saved(MaskAndMax(), half) == 4 * 6 * 1 + 2 * 4 * 6 + 2 * 4 + 8 * 4


def test_the_input_counts_only_where_it_is_saved() -> None:
    x = torch.randn(2, 3, requires_grad=True)
    assert _saved(nn.Linear(3, 4), x) == 4 * 2 * 3  # the input, for the weight's gradient
    assert _saved(nn.Identity(), x) == 0
    assert measure_activation_bytes(nn.Linear(3, 4, dtype=torch.float64), [2, 3]) == 8 * 2 * 3


# ---------------------------------------------------------------------------------------------
# a purpose-made blueprint: derived here, compared over sizes, dtypes and a choice


class Probe(nn.Module):
    """Linear to two halves of a hidden width (views of one storage), their gated product
    centred over the sequence, a masked residual (a bool mask); int64 indices are covered by
    the zoo's max pooling."""

    def __init__(self, dim: int, hidden: int, dtype: str) -> None:
        super().__init__()
        self.up = nn.Linear(dim, hidden * 2)
        self.down = nn.Linear(hidden, dim)
        self.to(getattr(torch, dtype))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        a, b = self.up(x).chunk(2, dim=-1)
        h = a * torch.relu(b)
        return x.masked_fill(x < 0, 0.0) + self.down(h - h.mean(dim=1, keepdim=True))


def probe(dim: int, hidden: int = 3, dtype: str = "float32") -> nn.Module:
    return Probe(dim, hidden, dtype)


def _compile(spec: BlueprintSpec) -> types.ModuleType:
    return import_generated(render([derive_blueprint(spec, SETTINGS)], ["tests"]))


def test_a_derived_blueprint_saves_what_the_real_one_saves() -> None:
    spec = BlueprintSpec(
        "probe",
        "transformer",
        probe,
        "a purpose-made test blueprint",
        choices=(("dtype", ("float32", "bfloat16")),),
    )
    module = _compile(spec)
    rng = random.Random("memory-probe")
    for _ in range(40):
        dim, hidden = rng.randint(1, 24), rng.randint(1, 16)
        batch, seq_len = rng.randint(1, 4), rng.randint(1, 9)
        dtype = rng.choice(["float32", "bfloat16"])
        real = probe(dim, hidden, dtype)
        actual = measure_activation_bytes(real, [batch, seq_len, dim])
        estimate = module.transformer_probe_activation_bytes(
            dim, batch=batch, seq_len=seq_len, hidden=hidden, dtype=dtype
        )
        assert estimate == actual, (dim, hidden, batch, seq_len, dtype)
        for optimizer in OPTIMIZERS:
            state = module.transformer_probe_training_state_bytes(
                dim, optimizer=optimizer, hidden=hidden, dtype=dtype
            )
            assert state == training_state_bytes(probe(dim, hidden, dtype), optimizer)


# ---------------------------------------------------------------------------------------------
# training state of every blueprint, every optimizer


MEMORY_SPECS = [
    *BUILTINS,
    *(s for s in BlueprintRegistry.all() if s.estimates == zoo.ESTIMATES),
]


def _points(spec: BlueprintSpec, count: int) -> list[tuple[int, dict[str, object]]]:
    rng = random.Random(f"{spec.key}-state")
    choices, bounds = dict(spec.choices), dict(spec.bounds)
    points = []
    for _ in range(count):
        hyper: dict[str, object] = {}
        for name in spec.hyperparameters():
            if name in choices:
                hyper[name] = rng.choice(choices[name])
            else:
                lo, hi = bounds.get(name, (1, 8))
                hyper[name] = rng.randint(lo, min(hi, 8))
        dim = rng.randint(1, 40)
        divisor = hyper.get("n_head", hyper.get("groups"))
        if isinstance(divisor, int) and rng.random() < 0.8:  # mostly dims the factory accepts
            dim = divisor * rng.randint(1, 6)
        points.append((dim, hyper))
    return points


@pytest.mark.parametrize("spec", MEMORY_SPECS, ids=[s.key for s in MEMORY_SPECS])
def test_training_state_equals_a_real_optimizer_step(spec: BlueprintSpec) -> None:
    compared = 0
    for dim, hyper in _points(spec, 5):
        try:
            spec.build(dim, **hyper)
        except Exception:  # the factory rejects these arguments: so does the estimate
            with pytest.raises(ValueError):
                spec.training_state_estimate(dim, **hyper)
            continue
        for optimizer in OPTIMIZERS:
            actual = spec.actual_training_state(dim, optimizer=optimizer, **hyper)
            estimate = spec.training_state_estimate(dim, optimizer=optimizer, **hyper)
            assert estimate == actual, (spec.key, dim, hyper, optimizer)
            compared += 1
    assert compared > 0


def test_training_state_functions_check_the_optimizer() -> None:
    assert estimates.training_state_bytes("cnn", "attention", 64) == (
        estimates.cnn_attention_training_state_bytes(64, optimizer="adam")
    )
    assert estimates.training_state_bytes("cnn", "attention", 64, optimizer="sgd") == 2 * 4 * 2112
    with pytest.raises(ValueError, match="optimizer must be one of"):
        estimates.training_state_bytes("cnn", "attention", 64, optimizer="lamb")
    with pytest.raises(TypeError, match="unknown hyperparameter"):
        estimates.training_state_bytes("cnn", "attention", 64, rank=3)


# ---------------------------------------------------------------------------------------------
# refusals


@pytest.mark.parametrize("name", ["norm", "conv_small"])
def test_no_training_step_means_no_activation_bytes(name: str) -> None:
    # GroupNorm in training refuses one value per channel (one 1x1 image, a channel per group)
    spec = BlueprintRegistry.get("cnn", name)
    single = {"batch": 1, "height": 1, "width": 1}
    refused = 0
    for dim in (1, 2, 3, 4, 8, 16):
        try:
            actual = spec.actual_activation_bytes(dim, **single)
        except ValueError:
            with pytest.raises(ValueError, match="no training step at"):
                spec.activation_bytes_estimate(dim, **single)
            refused += 1
        else:
            assert spec.activation_bytes_estimate(dim, **single) == actual
    assert refused > 0


class ReentrantCheckpointMLP(nn.Module):
    """x + MLP(LayerNorm(x)), the MLP under reentrant activation checkpointing (as in
    ``zoo/refused.py``, not registered here: the registry is shared by the test session)."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.norm = nn.LayerNorm(dim)
        self.mlp = nn.Sequential(nn.Linear(dim, 4 * dim), nn.GELU(), nn.Linear(4 * dim, dim))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + torch.utils.checkpoint.checkpoint(self.mlp, self.norm(x), use_reentrant=True)


def test_reentrant_checkpointing_is_refused_with_the_fix() -> None:
    spec = BlueprintSpec("reentrant", "transformer", ReentrantCheckpointMLP)
    derived = derive_blueprint(spec, Settings(max_dim=64, max_input=64))
    (failure,) = derived.failures()
    assert "use_reentrant=True" in failure
    assert derived.estimate("activation_bytes").failure == failure
    assert derived.estimate("params").failure is None
    assert derived.estimate("training_state_adam").failure is None
    # the real module trains: the refusal is the generator's limit, said by name
    assert measure_activation_bytes(ReentrantCheckpointMLP(8), [2, 3, 8]) > 0


# ---------------------------------------------------------------------------------------------
# the GPT layer against Korthikanti et al. (2022), "Reducing Activation Recomputation in Large
# Transformer Models", eq. (1): sbh(34 + 5as/h) bytes per layer, 16-bit, with dropout


def _paper(s: int, b: int, h: int, a: int) -> int:
    return s * b * h * 34 + 5 * a * s * s * b


def _gpt_terms(s: int, b: int, h: int, a: int, attention: str) -> dict[str, int]:
    """What the bfloat16 GPT layer saves, term by term (the closing note's table)."""
    sbh = s * b * h
    terms = {
        "LayerNorm inputs (x, and x after attention)": 2 * 2 * sbh,
        "LayerNorm mean and 1/std, per token": 2 * 2 * 2 * s * b,
        "QKV projection input": 2 * sbh,
        "output projection input": 2 * sbh,
        "attention output dropout mask (bfloat16)": 2 * sbh,
        "fc1 input": 2 * sbh,
        "GELU input (4h)": 8 * sbh,
        "fc2 input (4h)": 8 * sbh,
        "MLP dropout mask (bfloat16)": 2 * sbh,
    }
    if attention == "eager":
        terms |= {
            "Q, K, V (per-head copies for the batched matmuls)": 3 * 2 * sbh,
            "softmax output": 2 * a * s * s * b,
            "attention dropout mask (bfloat16)": 2 * a * s * s * b,
            "attention dropout output (for @ V)": 2 * a * s * s * b,
            "causal mask (bool, s x s, broadcast)": s * s,
        }
    else:  # CPU SDPA with dropout in training: the math kernel, in float32
        terms |= {
            "Q, K, V (float32 copies)": 3 * 4 * sbh,
            "softmax output, dropout mask and output (float32)": 3 * 4 * a * s * s * b,
        }
    return terms


@pytest.mark.parametrize(
    ("s", "b", "h", "a"), [(9, 3, 64, 4), (16, 2, 96, 8), (5, 1, 32, 1), (12, 4, 48, 6)]
)
def test_the_gpt_layer_is_the_papers_formula_plus_what_eager_pytorch_keeps(
    s: int, b: int, h: int, a: int
) -> None:
    spec = BlueprintRegistry.get("transformer", "gpt_layer")
    sizes = {"batch": b, "seq_len": s, "n_head": a}
    for attention in ("eager", "sdpa"):
        estimate = spec.activation_bytes_estimate(h, attention=attention, **sizes)
        assert estimate == spec.actual_activation_bytes(h, attention=attention, **sizes)
        assert estimate == sum(_gpt_terms(s, b, h, a, attention).values()), attention
    # the paper's sbh(34 + 5as/h) counts every dropout mask at 1 byte and leaves out the
    # LayerNorm statistics and the causal mask; with those, it is the eager layer exactly
    sbh = s * b * h
    masks_at_two_bytes = 2 * (sbh + sbh + a * s * s * b)  # output, MLP and attention dropout
    paper_masks = sbh + sbh + a * s * s * b
    extra = masks_at_two_bytes - paper_masks + 2 * 2 * 2 * s * b + s * s
    assert spec.activation_bytes_estimate(h, **sizes) == _paper(s, b, h, a) + extra


# ---------------------------------------------------------------------------------------------
# frozen parameters, a 16-bit refusal, both checkpoint values, a reserved name


class FrozenLoRA(nn.Module):
    """x + B(A(x)) beside a frozen base Linear: the base has no gradient and no state."""

    def __init__(self, dim: int, rank: int) -> None:
        super().__init__()
        self.base = nn.Linear(dim, dim)
        self.base.requires_grad_(False)
        self.down = nn.Linear(dim, rank, bias=False)
        self.up = nn.Linear(rank, dim, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.base(x) + self.up(self.down(x))


def frozen_lora(dim: int, rank: int = 2) -> nn.Module:
    return FrozenLoRA(dim, rank)


def test_frozen_parameters_get_no_gradient_state_or_weight_gradient_flops() -> None:
    from ..measure import measure_step

    spec = BlueprintSpec("frozen_lora", "transformer", frozen_lora)
    module = _compile(spec)
    for dim, rank, batch, seq_len in ((4, 1, 1, 1), (9, 2, 2, 3), (16, 5, 3, 7)):
        torch.manual_seed(0)
        real = frozen_lora(dim, rank)
        x = torch.randn(batch, seq_len, dim, requires_grad=True)
        sizes = {"batch": batch, "seq_len": seq_len, "rank": rank}
        estimated = (
            module.transformer_frozen_lora_forward_flops(dim, **sizes),
            module.transformer_frozen_lora_backward_flops(dim, **sizes),
            module.transformer_frozen_lora_elementwise_flops(dim, **sizes),
            module.transformer_frozen_lora_backward_elementwise_flops(dim, **sizes),
            module.transformer_frozen_lora_activation_bytes(dim, **sizes),
        )
        assert estimated == measure_step(real, x), (dim, rank, batch, seq_len)
        for optimizer in OPTIMIZERS:
            state = module.transformer_frozen_lora_training_state_bytes(
                dim, optimizer=optimizer, rank=rank
            )
            assert state == training_state_bytes(frozen_lora(dim, rank), optimizer)


def batchnorm_bf16(dim: int) -> nn.Module:
    return nn.BatchNorm1d(dim).to(torch.bfloat16)


def test_a_16_bit_step_that_raises_is_refused_as_in_float32() -> None:
    # BatchNorm in training refuses one value per channel: batch == length == 1
    BlueprintRegistry.add_topology("cnn1d", ("batch", "dim", "length"))
    spec = BlueprintSpec("bn16", "cnn1d", batchnorm_bf16)
    module = _compile(spec)
    assert module.cnn1d_bn16_activation_bytes(8, batch=2, length=3) == (
        measure_activation_bytes(batchnorm_bf16(8), [2, 8, 3])
    )
    with pytest.raises(
        ValueError, match="cnn1d/bn16: no training step at dim=8, batch=1, length=1"
    ):
        module.cnn1d_bn16_activation_bytes(8, batch=1, length=1)
    with pytest.raises(ValueError, match="Expected more than 1 value per channel"):
        measure_activation_bytes(batchnorm_bf16(8), [1, 8, 1])


@pytest.mark.parametrize("checkpoint", [False, True])
def test_both_checkpoint_values_save_what_the_real_mlp_saves(checkpoint: bool) -> None:
    spec = BlueprintRegistry.get("transformer", "mlp")
    for dim, batch, seq_len, expansion in ((8, 1, 1, 1), (16, 2, 5, 4), (24, 3, 7, 2)):
        sizes = {"batch": batch, "seq_len": seq_len, "expansion": expansion}
        actual = spec.actual_activation_bytes(dim, checkpoint=checkpoint, **sizes)
        assert spec.activation_bytes_estimate(dim, checkpoint=checkpoint, **sizes) == actual
        # with checkpointing, only the checkpointed function's input (x, float32) is kept
        assert not checkpoint or actual == 4 * batch * seq_len * dim


def test_a_hyperparameter_named_like_an_argument_is_refused() -> None:
    from codegen.errors import DerivationError

    def seed(dim: int, optimizer: int = 2) -> nn.Module:
        return nn.Linear(dim, dim * optimizer)

    with pytest.raises(DerivationError, match="hyperparameter 'optimizer' has the name"):
        derive_blueprint(BlueprintSpec("clash", "transformer", seed), SETTINGS)
    with pytest.raises(TypeError, match="the name of an argument of the estimate functions"):
        BlueprintRegistry.register("clash", "transformer")(seed)
