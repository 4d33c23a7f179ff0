"""Our exact formulas against the published approximations, at published model sizes.

* Parameters against Kaplan et al. (2020), "Scaling Laws for Neural Language Models":
  N = 12·L·d², the non-embedding parameters of a GPT (attention 4·d², MLP 8·d² per layer),
  biases and norms left out.
* FLOPs of a training step (forward and backward, no recomputation) against Narayanan et al.
  (2021), "Efficient Large-Scale Language Model Training on GPU Clusters Using Megatron-LM":
  72·B·s·L·h²·(1 + s/(6·h) + V/(12·L·h)), that is 72·B·s·L·h² + 12·B·s²·L·h + 6·B·s·h·V (the
  paper's 96·... counts the forward twice, for activation recomputation), and against
  Kaplan's 6·N per token.

The models are evaluated from their generated formulas, never built. ``table()`` is the
README's table (``PYTHONPATH=. python tools/papers.py`` prints it);
``tests/real_modules/test_models.py`` checks that the README has it and that the differences
are the terms the README names. Not in ``whole_models``: a derivation's store key covers that
package's files.
"""

from __future__ import annotations

from dataclasses import dataclass

from blueprints.registry import BlueprintRegistry, BlueprintSpec
from whole_models.language import GPT2_POSITIONS


@dataclass(frozen=True)
class Published:
    """A published model size, with the batch and sequence length of one training step;
    ``positions``: the rows of its learned position table (none with rotary positions)."""

    label: str
    key: str
    dim: int
    hyper: tuple[tuple[str, int], ...]
    batch: int
    seq_len: int
    positions: int = 0

    @property
    def spec(self) -> BlueprintSpec:
        return BlueprintRegistry.get(*self.key.split("/"))

    @property
    def sizes(self) -> dict[str, int]:
        return dict(self.hyper)

    @property
    def tokens(self) -> int:
        return self.batch * self.seq_len


PUBLISHED = (
    Published(
        "GPT-2 small",
        "lm/gpt2",
        768,
        (("vocab", 50257), ("n_layer", 12), ("n_head", 12)),
        1,
        1024,
        GPT2_POSITIONS,
    ),
    Published(
        "GPT-2 medium",
        "lm/gpt2",
        1024,
        (("vocab", 50257), ("n_layer", 24), ("n_head", 16)),
        1,
        1024,
        GPT2_POSITIONS,
    ),
    Published(
        "GPT-2 large",
        "lm/gpt2",
        1280,
        (("vocab", 50257), ("n_layer", 36), ("n_head", 20)),
        1,
        1024,
        GPT2_POSITIONS,
    ),
    Published(
        "GPT-2 XL",
        "lm/gpt2",
        1600,
        (("vocab", 50257), ("n_layer", 48), ("n_head", 25)),
        1,
        1024,
        GPT2_POSITIONS,
    ),
    Published(  # Touvron et al. (2023): rotary positions, SwiGLU MLP, untied head
        "Llama-2-7B",
        "lm/llama",
        4096,
        (
            ("vocab", 32000),
            ("n_layer", 32),
            ("n_head", 32),
            ("n_kv_head", 32),
            ("intermediate", 11008),
        ),
        1,
        4096,
    ),
)


def kaplan_parameters(n_layer: int, dim: int) -> int:
    """Kaplan et al.'s non-embedding parameters: 12·L·d²."""
    return 12 * n_layer * dim**2


def megatron_flops(batch: int, seq_len: int, n_layer: int, dim: int, vocab: int) -> int:
    """Narayanan et al.'s FLOPs of a training step without recomputation,
    72·B·s·L·h²·(1 + s/(6·h) + V/(12·L·h)), multiplied out (an integer)."""
    return (
        72 * batch * seq_len * n_layer * dim**2
        + 12 * batch * seq_len**2 * n_layer * dim
        + 6 * batch * seq_len * dim * vocab
    )


def parameters(model: Published) -> int:
    """The exact parameter count, from the generated formula."""
    return model.spec.param_estimate(model.dim, **model.sizes)


def vocabulary_parameters(model: Published) -> int:
    """The parameters Kaplan et al. leave out: the vocabulary's (the token embedding, which
    GPT-2's head shares; Llama's head is its own) and the learned positions. Exact from the
    formula: the parameters grow by the vocabulary's per token, so one more token tells
    that part."""
    sizes = model.sizes
    per_token = model.spec.param_estimate(model.dim, **{**sizes, "vocab": sizes["vocab"] + 1})
    per_token -= parameters(model)
    return per_token * sizes["vocab"] + model.positions * model.dim


def training_flops(model: Published) -> int:
    """FLOPs (FlopCounterMode's convention) of the forward and the backward pass."""
    at = {**model.sizes, "batch": model.batch, "seq_len": model.seq_len}
    return model.spec.flops_estimate(model.dim, **at) + model.spec.flops_estimate(
        model.dim, backward=True, **at
    )


def training_elementwise(model: Published) -> int:
    """The elementwise work of both passes, which neither paper counts."""
    at = {**model.sizes, "batch": model.batch, "seq_len": model.seq_len}
    return model.spec.elementwise_estimate(model.dim, **at) + model.spec.elementwise_estimate(
        model.dim, backward=True, **at
    )


def _ratio(exact: int, approximate: int) -> str:
    return f"{approximate / exact:.3f}"


def table() -> str:
    """The README's table: every published size against both papers."""
    lines = [
        "| model | L, d, heads, V | parameters, exact | without vocabulary and positions "
        "| 12·L·d² (ratio) | training FLOPs at B·s tokens, exact | Megatron-LM (ratio) "
        "| 6·N·B·s (ratio) | elementwise, exact |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for model in PUBLISHED:
        sizes = model.sizes
        total = parameters(model)
        core = total - vocabulary_parameters(model)
        kaplan = kaplan_parameters(sizes["n_layer"], model.dim)
        flops = training_flops(model)
        megatron = megatron_flops(
            model.batch, model.seq_len, sizes["n_layer"], model.dim, sizes["vocab"]
        )
        six_n = 6 * kaplan * model.tokens
        shape = f"{sizes['n_layer']}, {model.dim}, {sizes['n_head']}, {sizes['vocab']}"
        lines.append(
            f"| {model.label} ({model.batch}·{model.seq_len} tokens) | {shape} | {total:,} "
            f"| {core:,} | {kaplan:,} ({_ratio(core, kaplan)}) | {flops:,} "
            f"| {megatron:,} ({_ratio(flops, megatron)}) | {six_n:,} ({_ratio(flops, six_n)}) "
            f"| {training_elementwise(model):,} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import whole_models  # noqa: F401  (registers the models)

    print(table(), end="")
