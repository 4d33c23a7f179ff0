"""FLOP derivation on purpose-made blueprints: regions over input sizes, rejections, refusals."""

from __future__ import annotations

import types

import pytest
import torch
from torch import nn

from blueprints import BlueprintSpec
from codegen.derive import Settings, derive_blueprint
from codegen.errors import DerivationError
from codegen.render import render

from .measure import measure_step

SETTINGS = Settings(max_dim=4096, hyper_max=16, max_input=4096)


def _spec(factory, name: str) -> BlueprintSpec:
    return BlueprintSpec(name, "transformer", factory, "a purpose-made test blueprint")


def _compile(spec: BlueprintSpec) -> types.ModuleType:
    text = render([derive_blueprint(spec, SETTINGS)], ["tests"])
    module = types.ModuleType("flop_estimates_under_test")
    exec(compile(text, "<generated>", "exec"), module.__dict__)  # noqa: S102
    return module


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
                    )
                    where = f"dim={dim} {sizes}"
                    assert derived == _real(spec, dim, batch, seq_len, hidden=hidden), where


def test_an_op_without_a_flop_rule_fails_naming_blueprint_and_op() -> None:
    class Cumulative(nn.Module):
        def __init__(self, dim: int) -> None:
            super().__init__()
            self.proj = nn.Linear(dim, dim)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return torch.cumsum(self.proj(x), dim=1)

    with pytest.raises(
        DerivationError, match=r"transformer/cumulative: no FLOP rule for aten\.cumsum"
    ):
        derive_blueprint(_spec(Cumulative, "cumulative"), SETTINGS)


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


def test_a_topology_without_an_input_layout_is_refused_for_flops() -> None:
    spec = BlueprintSpec("odd", "graph", lambda dim: nn.Linear(dim, dim), "")
    with pytest.raises(DerivationError, match="no input layout is known for topology 'graph'"):
        derive_blueprint(spec, SETTINGS)


def test_flop_derivation_is_deterministic() -> None:
    spec = _spec(gate, "gate")
    assert derive_blueprint(spec, SETTINGS) == derive_blueprint(spec, SETTINGS)
