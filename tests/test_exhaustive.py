"""Tier 2: the generated formulas against the real modules, at every dim in 1..4096.

Each module is built on the meta device (no memory for weights), counted, and compared with
the estimate; where the factory raises, the estimate must raise ValueError too.
"""

from __future__ import annotations

import pytest
import torch

from blueprints import BlueprintRegistry, BlueprintSpec

MAX_DIM = 4096
SPECS = BlueprintRegistry.all()


def _actual(spec: BlueprintSpec, dim: int) -> tuple[int, int] | type[Exception]:
    try:
        with torch.device("meta"):
            module = spec.build(dim)
    except Exception as exc:  # the factory rejects this dim
        return type(exc)
    return (
        sum(p.numel() for p in module.parameters()),
        sum(b.numel() for b in module.buffers()),
    )


def _estimated(spec: BlueprintSpec, dim: int) -> tuple[int, int] | type[Exception]:
    try:
        return spec.param_estimate(dim), spec.buffer_estimate(dim)
    except ValueError:
        return ValueError


@pytest.mark.parametrize("spec", SPECS, ids=[s.key for s in SPECS])
def test_every_dim_up_to_4096(spec: BlueprintSpec) -> None:
    mismatches = []
    for dim in range(1, MAX_DIM + 1):
        actual, estimated = _actual(spec, dim), _estimated(spec, dim)
        if actual != estimated:
            mismatches.append((dim, estimated, actual))
    assert not mismatches, f"{spec.key}: {len(mismatches)} mismatches, first {mismatches[:5]}"


@pytest.mark.parametrize("spec", SPECS, ids=[s.key for s in SPECS])
@pytest.mark.parametrize("dim", [4097, 8191, 12288, 32768, 65535, 65536])
def test_large_dims(spec: BlueprintSpec, dim: int) -> None:
    assert _estimated(spec, dim) == _actual(spec, dim)


def test_the_registry_api_agrees_with_itself() -> None:
    spec = BlueprintRegistry.get("cnn", "attention")
    assert spec.param_estimate(512) == spec.actual_param_count(512) == 131584
    assert spec.buffer_estimate(512) == spec.actual_buffer_count(512) == 0
