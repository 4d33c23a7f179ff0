"""The generated formulas against the real modules, exhaustively over grids.

Each module is built on the meta device (no memory for weights), counted, and compared with
the estimate; where the factory raises, the estimate must raise ValueError too. Grids: every
blueprint at its default hyperparameters for every dim in 1..4096, and every integer
hyperparameter over its grid x dim 1..1024.
"""

from __future__ import annotations

import itertools

import pytest
import torch

from blueprints import BlueprintRegistry, BlueprintSpec

from ..conftest import BUILTINS

SPECS = BUILTINS
HYPER_GRIDS = {  # blueprint -> hyperparameter -> values (x dim 1..1024)
    ("cnn", "attention"): {"reduction": range(1, 33)},
    ("cnn", "bottleneck"): {"reduction": range(1, 33)},
    ("transformer", "lora"): {"rank": range(1, 129)},
    ("transformer", "lora_large"): {"rank": range(1, 129)},
    ("transformer", "attention"): {"n_head": range(1, 17)},
    ("transformer", "flex_attention"): {"n_head": range(1, 17)},
    ("transformer", "mlp"): {"expansion": range(1, 9), "checkpoint": (False, True)},
    ("transformer", "mlp_small"): {"expansion": range(1, 9), "checkpoint": (False, True)},
}


def _actual(spec: BlueprintSpec, dim: int, **hyper: object) -> tuple[int, int] | type:
    """Counts of the real module (call inside ``torch.device("meta")``), or the error type."""
    try:
        module = spec.build(dim, **hyper)
    except Exception as exc:  # the factory rejects these arguments
        return type(exc)
    return (
        sum(p.numel() for p in module.parameters()),
        sum(b.numel() for b in module.buffers()),
    )


def _estimated(spec: BlueprintSpec, dim: int, **hyper: object) -> tuple[int, int] | type:
    try:
        return spec.param_estimate(dim, **hyper), spec.buffer_estimate(dim, **hyper)
    except ValueError:
        return ValueError


def _mismatches(spec: BlueprintSpec, points: list[dict]) -> list:
    found = []
    with torch.device("meta"):
        for point in points:
            actual, estimated = _actual(spec, **point), _estimated(spec, **point)
            if actual != estimated:
                found.append((point, estimated, actual))
    return found


@pytest.mark.parametrize("spec", SPECS, ids=[s.key for s in SPECS])
def test_every_dim_up_to_4096_at_the_defaults(spec: BlueprintSpec) -> None:
    found = _mismatches(spec, [{"dim": d} for d in range(1, 4097)])
    assert not found, f"{spec.key}: {len(found)} mismatches, first {found[:5]}"


@pytest.mark.parametrize("key", list(HYPER_GRIDS), ids=["/".join(k) for k in HYPER_GRIDS])
def test_hyperparameter_grids(key: tuple[str, str]) -> None:
    spec = BlueprintRegistry.get(*key)
    grid = HYPER_GRIDS[key]
    points = [
        {"dim": dim, **dict(zip(grid, values, strict=True))}
        for values in itertools.product(*grid.values())
        for dim in range(1, 1025)
    ]
    found = _mismatches(spec, points)
    assert not found, f"{spec.key}: {len(found)} of {len(points)} mismatch, first {found[:5]}"


@pytest.mark.parametrize("spec", SPECS, ids=[s.key for s in SPECS])
@pytest.mark.parametrize("dim", [4097, 8191, 12288, 32768, 65535, 65536])
def test_large_dims(spec: BlueprintSpec, dim: int) -> None:
    assert not _mismatches(spec, [{"dim": dim}])


def test_the_registry_api_agrees_with_itself() -> None:
    spec = BlueprintRegistry.get("cnn", "attention")
    assert spec.param_estimate(512) == spec.actual_param_count(512) == 131584
    assert spec.buffer_estimate(512) == spec.actual_buffer_count(512) == 0
