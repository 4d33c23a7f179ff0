"""The runtime registry: lookup, creation, ordering by exact cost, and its guarantees."""

from __future__ import annotations

import subprocess
import sys

import pytest
import torch

from blueprints import BlueprintRegistry
from blueprints.registry import GENERATED_MODULE, BlueprintSpec

from ..conftest import ROOT


def test_get_returns_a_frozen_spec() -> None:
    spec = BlueprintRegistry.get("cnn", "attention")
    assert isinstance(spec, BlueprintSpec)
    assert (spec.name, spec.topology, spec.key) == ("attention", "cnn", "cnn/attention")
    assert spec.hyperparameters() == {"reduction": 4}
    with pytest.raises(AttributeError):
        spec.name = "other"  # type: ignore[misc]


def test_unknown_name_lists_what_exists() -> None:
    with pytest.raises(ValueError, match="unknown blueprint cnn/missing; cnn has: attention, "):
        BlueprintRegistry.get("cnn", "missing")


def test_duplicate_registration_is_refused() -> None:
    with pytest.raises(ValueError, match="already registered"):
        BlueprintRegistry.register("noop", "cnn")(lambda dim: torch.nn.Identity())


def test_factory_signature_is_checked() -> None:
    with pytest.raises(TypeError, match="needs a default"):
        BlueprintRegistry.register("x", "test_sig")(lambda dim, width: None)


def test_create_builds_a_working_module() -> None:
    module = BlueprintRegistry.create("cnn", "bottleneck", 32)
    x = torch.randn(2, 32, 5, 5)
    assert module(x).shape == x.shape
    module = BlueprintRegistry.create("transformer", "attention", 16, n_head=2)
    x = torch.randn(2, 7, 16)
    assert module(x).shape == x.shape


def _builtin(specs: list) -> list:
    return [s for s in specs if s.estimates == GENERATED_MODULE]  # not the zoo's


BUILT_INS = ("blueprints.cnn", "blueprints.transformer")


@pytest.fixture
def builtins_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The registry with the built-ins alone: other tests in the process register the zoo, the
    sweeps and probes, whose modules a ranking would import (the sweeps have none, a probe is
    in none: an ImportError or LookupError)."""
    specs = {k: s for k, s in BlueprintRegistry._specs.items() if s.factory.__module__ in BUILT_INS}
    monkeypatch.setattr(BlueprintRegistry, "_specs", specs)


@pytest.mark.usefixtures("builtins_only")
def test_list_for_topology_orders_by_exact_count() -> None:
    names = [s.name for s in _builtin(BlueprintRegistry.list_for_topology("cnn"))]
    assert names[:3] == ["noop", "norm", "attention"]  # registration order
    at64 = [s.name for s in _builtin(BlueprintRegistry.list_for_topology("cnn", dim=64))]
    # the hand-written constants had depthwise < bottleneck < conv_small; exact is the reverse
    assert at64.index("conv_small") < at64.index("bottleneck") < at64.index("depthwise")
    ranked = _builtin(BlueprintRegistry.list_for_topology("cnn", dim=64))
    counts = [s.param_estimate(64) for s in ranked]
    assert counts == sorted(counts)


@pytest.mark.usefixtures("builtins_only")
def test_ties_are_broken_by_name() -> None:
    at64 = [s.name for s in _builtin(BlueprintRegistry.list_for_topology("transformer", dim=64))]
    assert at64.index("attention") < at64.index("flex_attention")  # equal counts


def test_actual_count_uses_no_real_memory() -> None:
    # 65536 channels: conv_heavy has 77 billion parameters; on the meta device that is free.
    spec = BlueprintRegistry.get("cnn", "conv_heavy")
    assert spec.actual_param_count(65536) == spec.param_estimate(65536) == 18 * 65536**2 + 4 * 65536


def test_registry_does_not_need_the_generated_module_to_import() -> None:
    code = (
        "import sys; sys.modules['generated.estimates'] = None; "
        "import blueprints; print(len(blueprints.BlueprintRegistry.all()))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "16"


def test_a_blueprint_registered_without_estimates_is_told_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without ``estimates=`` a project's blueprint is looked up in the built-ins' module;
    regenerating that would not help, so the error says what would."""
    for table in ("_specs", "_places"):
        monkeypatch.setattr(BlueprintRegistry, table, dict(getattr(BlueprintRegistry, table)))

    def mine(dim: int) -> torch.nn.Module:
        return torch.nn.Linear(dim, dim)

    mine.__module__ = "myseeds"
    BlueprintRegistry.register("mine", "cnn", "a project's blueprint")(mine)
    with pytest.raises(LookupError, match="registered without estimates=; give estimates="):
        BlueprintRegistry.get("cnn", "mine").param_estimate(8)
