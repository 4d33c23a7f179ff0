"""Whole models (package ``whole_models``) against their generated module (model_estimates.py):
language models on token ids, exact in depth, width, heads and vocabulary, and a ViT on images.

Built small, as the real steps must be cheap (n_layer 1..4, dim up to 256, vocab up to 1,000,
a few tokens; a ViT's width up to 64 on images up to 48 pixels), at random points seeded per
model: every quantity against the real model (FlopCounterMode, our elementwise counter, the
saved tensors, parameters on the meta device, a real optimizer step's state); where the
factory or the step raises, the estimate raises ValueError. Then the formulas at published
sizes, never built (a meta build counts their parameters).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import torch

pytest.importorskip("transformers")

import whole_models  # noqa: E402
from blueprints import BlueprintRegistry, BlueprintSpec  # noqa: E402
from blueprints.memory_reference import training_state_bytes  # noqa: E402
from tools import papers  # noqa: E402

from ..measure import compare_steps  # noqa: E402

SPECS = [s for s in BlueprintRegistry.all() if s.estimates == whole_models.ESTIMATES]
SMALL = {
    "vocab": (1, 1000),
    "n_layer": (1, 4),
    "n_head": (1, 8),
    "n_kv_head": (1, 8),
    "hidden": (1, 64),
    "intermediate": (1, 128),
    "image_size": (8, 48),
}
COMBINATIONS = 10


def _combinations(spec: BlueprintSpec) -> Iterator[tuple[int, dict[str, int], dict[str, Any]]]:
    """Random small (dim, input sizes, hyperparameters), mostly where the factory builds."""
    rng = random.Random(f"{spec.key}-whole-models")
    while True:
        hyper: dict[str, Any] = {
            n: rng.randint(*SMALL.get(n, (1, 48)))
            for n, default in spec.hyperparameters().items()
            if isinstance(default, int) and not isinstance(default, bool)
        }
        hyper.update({name: rng.choice(options) for name, options in spec.choices})
        if spec.topology == "lm":
            yield (
                _language(rng, hyper),
                {"batch": rng.randint(1, 2), "seq_len": rng.randint(1, 8)},
                hyper,
            )
        else:  # a ViT: the image must be image_size square
            if rng.random() < 0.8:  # mostly a width the heads divide
                hyper["hidden"] = hyper["n_head"] * rng.randint(1, 64 // hyper["n_head"])
            side = hyper["image_size"] if rng.random() < 0.9 else rng.randint(1, 48)
            yield (
                rng.randint(1, 4),
                {"batch": rng.randint(1, 2), "height": side, "width": side},
                hyper,
            )


def _language(rng: random.Random, hyper: dict[str, Any]) -> int:
    """A language model's dim, ``hyper``'s key/value heads mostly a divisor of its heads."""
    if "n_kv_head" in hyper and rng.random() < 0.8:
        hyper["n_kv_head"] = rng.choice([k for k in range(1, 9) if hyper["n_head"] % k == 0])
    dim = rng.randint(1, 256)
    if rng.random() < 0.8:  # mostly dims the heads divide (evenly, for rotary positions)
        dim = 2 * hyper["n_head"] * rng.randint(1, 128 // hyper["n_head"])
    return dim


def test_the_whole_models_are_registered() -> None:
    assert {s.key for s in SPECS} >= {
        "lm/gpt2",
        "lm/bert",
        "lm/llama",
        "cnn/vit",
    }


@pytest.mark.parametrize("spec", SPECS, ids=[s.key for s in SPECS])
def test_every_quantity_against_the_real_model(spec: BlueprintSpec) -> None:
    compare_steps(spec, _combinations(spec), COMBINATIONS)
    for dim, _, hyper in _combinations(spec):
        try:
            real = spec.build(dim, **hyper)
        except ValueError:
            continue
        assert spec.param_estimate(dim, **hyper) == spec.actual_param_count(dim, **hyper)
        assert spec.buffer_estimate(dim, **hyper) == spec.actual_buffer_count(dim, **hyper)
        for optimizer in ("sgd", "adam"):
            state = spec.training_state_estimate(dim, optimizer=optimizer, **hyper)
            assert state == training_state_bytes(real, optimizer), (dim, hyper, optimizer)
        break


@pytest.mark.parametrize(("key", "positions"), [("lm/gpt2", 1024), ("lm/bert", 512)])
def test_more_tokens_than_positions_are_refused(key: str, positions: int) -> None:
    spec = BlueprintRegistry.get(*key.split("/"))
    sizes = {"batch": 1, "vocab": 10, "n_layer": 1, "n_head": 1}
    assert spec.flops_estimate(4, seq_len=positions, **sizes) > 0
    with pytest.raises(ValueError):
        spec.flops_estimate(4, seq_len=positions + 1, **sizes)


def test_an_image_of_another_size_is_refused() -> None:
    spec = BlueprintRegistry.get("cnn", "vit")
    hyper = {"hidden": 64, "n_layer": 1, "n_head": 4, "intermediate": 128, "image_size": 32}
    assert spec.flops_estimate(3, batch=1, height=32, width=32, **hyper) > 0
    for height, width in ((31, 32), (32, 33), (16, 16)):
        with pytest.raises(ValueError):
            spec.flops_estimate(3, batch=1, height=height, width=width, **hyper)


# (blueprint, dim, hyperparameters, parameters as published; GPT-2's head tied to the embedding)
PUBLISHED = [
    ("lm/gpt2", 768, {"vocab": 50257, "n_layer": 12, "n_head": 12}, 124_439_808),
    ("lm/gpt2", 1024, {"vocab": 50257, "n_layer": 24, "n_head": 16}, 354_823_168),
    ("lm/gpt2", 1280, {"vocab": 50257, "n_layer": 36, "n_head": 20}, 774_030_080),
    ("lm/gpt2", 1600, {"vocab": 50257, "n_layer": 48, "n_head": 25}, 1_557_611_200),
    # BERT-base, 109,482,240 with its pooler (768 * 768 + 768), which the blueprint leaves out
    ("lm/bert", 768, {"vocab": 30522, "n_layer": 12, "n_head": 12}, 108_891_648),
    ("lm/bert", 1024, {"vocab": 30522, "n_layer": 24, "n_head": 16}, 334_092_288),
    # Llama-2-7B (Touvron et al. 2023)
    (
        "lm/llama",
        4096,
        {"vocab": 32000, "n_layer": 32, "n_head": 32, "n_kv_head": 32, "intermediate": 11008},
        6_738_415_616,
    ),
    # ViT-B/16: 86,389,248 with its pooler (768 * 768 + 768)
    (
        "cnn/vit",
        3,
        {
            "hidden": 768,
            "n_layer": 12,
            "n_head": 12,
            "intermediate": 3072,
            "image_size": 224,
        },
        85_798_656,
    ),
]


@pytest.mark.parametrize(("key", "dim", "hyper", "published"), PUBLISHED)
def test_published_sizes(key: str, dim: int, hyper: dict[str, int], published: int) -> None:
    spec = BlueprintRegistry.get(*key.split("/"))
    assert spec.param_estimate(dim, **hyper) == published
    with torch.device("meta"):
        assert spec.actual_param_count(dim, **hyper) == published


# ---------------------------------------------------------------------------------------------
# against the papers (tools/papers.py, the README's table): Kaplan et al. (2020) N = 12·L·d²,
# Narayanan et al. (2021) 72·B·s·L·h²·(1 + s/(6h) + V/(12·L·h)), 6·N per token


def _gpt2_points() -> Iterator[tuple[int, dict[str, int]]]:
    rng = random.Random("gpt2-against-the-papers")
    for model in papers.PUBLISHED:
        if model.key == "lm/gpt2":
            yield model.dim, {**model.sizes, "batch": model.batch, "seq_len": model.seq_len}
    for _ in range(20):
        heads = rng.randint(1, 64)
        sizes = {"vocab": rng.randint(1, 65536), "n_layer": rng.randint(1, 48), "n_head": heads}
        dim = heads * rng.randint(1, 65536 // heads)
        yield dim, {**sizes, "batch": rng.randint(1, 64), "seq_len": rng.randint(1, 1024)}


def test_the_readme_has_the_papers_table() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert papers.table() in readme, "README.md: paste in the table of python tools/papers.py"


def test_gpt2_is_the_papers_plus_the_terms_the_readme_names() -> None:
    spec = BlueprintRegistry.get("lm", "gpt2")
    for d, at in _gpt2_points():
        batch, s, layers, vocab = at["batch"], at["seq_len"], at["n_layer"], at["vocab"]
        hyper = {k: at[k] for k in ("vocab", "n_layer", "n_head")}
        # parameters: 12·L·d², plus biases and norms per layer, embeddings, final norm
        params = papers.kaplan_parameters(layers, d) + 13 * layers * d + vocab * d + 1026 * d
        assert spec.param_estimate(d, **hyper) == params, (d, at)
        # FLOPs: Megatron-LM's, plus the scores the fused attention's backward recomputes
        flops = spec.flops_estimate(d, **at) + spec.flops_estimate(d, backward=True, **at)
        assert (
            flops
            == papers.megatron_flops(batch, s, layers, d, vocab) + 2 * batch * s**2 * layers * d
        )
