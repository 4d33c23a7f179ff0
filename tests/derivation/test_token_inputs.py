"""Topologies whose input is token ids (``add_topology(..., tokens=...)``): declaring them,
and deriving a language model's costs exactly, tied weights counted once."""

from __future__ import annotations

import itertools
import types

import pytest
import torch
from torch import nn

from blueprints import BlueprintSpec
from blueprints.inputs import make_input
from blueprints.memory_reference import training_state_bytes
from blueprints.registry import BlueprintRegistry
from codegen.derive.blueprint import Settings, derive_blueprint
from codegen.emit.render import render

from ..conftest import import_generated
from ..measure import generated_step, measure_step

SETTINGS = Settings(max_dim=4096, hyper_max=64, max_input=4096)


class TinyLM(nn.Module):
    """Embedding -> MLP block with a residual -> LayerNorm -> head, tied or not."""

    def __init__(self, dim: int, vocab: int, tied: bool) -> None:
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.up = nn.Linear(dim, 2 * dim)
        self.down = nn.Linear(2 * dim, dim)
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, vocab, bias=False)
        if tied:
            self.head.weight = self.embed.weight

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        h = self.embed(ids)
        h = h + self.down(torch.nn.functional.gelu(self.up(h)))
        return self.head(self.norm(h))


def tiny_lm(dim: int, vocab: int = 16, tied: bool = True) -> nn.Module:
    return TinyLM(dim, vocab, tied)


@pytest.fixture(scope="module")
def generated() -> types.ModuleType:
    spec = BlueprintSpec(
        "tiny", "lm", tiny_lm, "a purpose-made language model", (("tied", (True, False)),)
    )
    return import_generated(render([derive_blueprint(spec, SETTINGS)], ["tests"]))


def test_a_language_model_is_exact_tied_weights_counted_once(generated: types.ModuleType) -> None:
    spec = BlueprintSpec("tiny", "lm", tiny_lm)
    for dim, vocab, tied, batch, seq_len in itertools.product(
        (1, 3, 8), (1, 5, 64), (True, False), (1, 3), (1, 4)
    ):
        hyper = dict(vocab=vocab, tied=tied)
        torch.manual_seed(0)
        real = spec.build(dim, **hyper)
        x = make_input(real, [batch, seq_len], vocab)
        where = f"dim={dim} {hyper} batch={batch} seq_len={seq_len}"
        assert x.dtype == torch.long and int(x.max()) < vocab, where
        estimated = generated_step(generated, "lm/tiny", dim, batch=batch, seq_len=seq_len, **hyper)
        assert estimated == measure_step(real, x), where
        assert generated.lm_tiny_params(dim, **hyper) == spec.actual_param_count(dim, **hyper)
        for optimizer in ("sgd", "adam"):
            assert generated.lm_tiny_training_state_bytes(
                dim, optimizer=optimizer, **hyper
            ) == training_state_bytes(real, optimizer), (where, optimizer)
    # the tied head's weight is the embedding's: counted once, its two gradients summed
    assert generated.lm_tiny_params(8, vocab=10) == 10 * 8 + (8 * 16 + 16) + (16 * 8 + 8) + 16
    untied = generated.lm_tiny_params(8, vocab=10, tied=False)
    assert untied - generated.lm_tiny_params(8, vocab=10) == 10 * 8
    assert (
        generated.lm_tiny_backward_elementwise_flops(8, batch=1, seq_len=1, vocab=10)
        - generated.lm_tiny_backward_elementwise_flops(8, batch=1, seq_len=1, vocab=10, tied=False)
        == 10 * 8
    )


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> type[BlueprintRegistry]:
    """The registry, restored after the test (what it registers is the test's alone)."""
    for table in ("_specs", "_places", "_topologies"):
        monkeypatch.setattr(BlueprintRegistry, table, dict(getattr(BlueprintRegistry, table)))
    return BlueprintRegistry


def test_the_registry_measures_token_inputs(registry: type[BlueprintRegistry]) -> None:
    registry.register("probe_tokens", "lm", estimates="tests.nowhere")(tiny_lm)
    spec = registry.get("lm", "probe_tokens")
    assert spec.tokens == "vocab" and spec.input_names == ("batch", "seq_len")
    assert spec.token_count({}) == 16 and spec.token_count({"vocab": 7}) == 7
    forward = spec.actual_flops(4, batch=2, seq_len=3, vocab=7)
    assert forward == 2 * 2 * 3 * (4 * 8 + 8 * 4 + 4 * 7)
    assert spec.actual_activation_bytes(4, batch=2, seq_len=3, vocab=7) > 0


@pytest.mark.parametrize(
    ("layout", "tokens", "message"),
    [
        (("batch", "dim"), "vocab", 'an input of token ids has no "dim"'),
        (("batch", "seq_len"), 0, "a fixed number of tokens must be positive"),
        (("batch", "seq_len"), "seq_len", "cannot name a hyperparameter"),
        (("batch", "seq_len"), 2.5, "tokens must be a hyperparameter's name or an int"),
    ],
)
def test_a_token_topology_is_declared_right(
    registry: type[BlueprintRegistry], layout: tuple[str, ...], tokens: object, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        registry.add_topology("probe_ids", layout, tokens=tokens)


def test_blueprints_of_a_token_topology_take_its_vocabulary(
    registry: type[BlueprintRegistry],
) -> None:
    registry.add_topology("probe_ids", ("batch", "seq_len"), tokens="vocab")
    with pytest.raises(TypeError, match=r"must take an integer hyperparameter 'vocab'"):
        registry.register("no_vocab", "probe_ids")(lambda dim: nn.Linear(dim, dim))
    with pytest.raises(ValueError, match="declared twice differently"):
        registry.add_topology("probe_ids", ("batch", "seq_len"), tokens=100)
    # a fixed vocabulary: no hyperparameter needed
    registry.add_topology("probe_fixed_ids", ("batch", "seq_len"), tokens=100)
    registry.register("fixed", "probe_fixed_ids", estimates="tests.nowhere")(
        lambda dim: nn.Embedding(100, dim)
    )
    assert registry.get("probe_fixed_ids", "fixed").token_count({}) == 100
