"""The derivation path on purpose-made blueprints: what it proves, and what it refuses."""

from __future__ import annotations

import math
import random
import types

import pytest
import torch
from torch import nn

from blueprints import BlueprintSpec
from codegen.derive.blueprint import Settings, derive_blueprint
from codegen.emit.render import render
from codegen.errors import DerivationError

from ..conftest import import_generated


def _spec(factory, name: str = "probe") -> BlueprintSpec:
    return BlueprintSpec(name, "test", factory, "a purpose-made test blueprint")


def _compile(spec: BlueprintSpec, max_dim: int) -> types.ModuleType:
    """Derive, render and import the estimates of ``spec`` alone."""
    return import_generated(
        render([derive_blueprint(spec, Settings(max_dim=max_dim, flops=False))], ["tests"])
    )


def _meta_counts(spec: BlueprintSpec, dim: int) -> tuple[int, int]:
    return spec.actual_param_count(dim), spec.actual_buffer_count(dim)


def test_buffers_are_derived_separately_from_parameters() -> None:
    def batchnormed(dim: int) -> nn.Module:
        return nn.Sequential(nn.Conv2d(dim, dim, 1), nn.BatchNorm2d(dim))

    spec = _spec(batchnormed)
    module = _compile(spec, 300)
    for dim in range(1, 301):
        expected = _meta_counts(spec, dim)
        assert (
            module.param_count("test", "probe", dim),
            module.buffer_count("test", "probe", dim),
        ) == expected
    assert module.test_probe_buffers(10) == 21  # running mean, var, and num_batches_tracked


def test_piecewise_branches_follow_the_source() -> None:
    def stepped(dim: int) -> nn.Module:
        width = dim // 2 if dim % 2 == 0 else 3 * dim
        layers = [nn.Linear(dim, width)]
        if dim >= 100:
            layers.append(nn.Linear(width, 7, bias=False))
        return nn.Sequential(*layers)

    spec = _spec(stepped)
    module = _compile(spec, 400)
    for dim in range(1, 401):
        assert module.test_probe_params(dim) == spec.actual_param_count(dim), dim


def test_rejected_inputs_become_value_errors() -> None:
    def even_only(dim: int) -> nn.Module:
        if dim % 2:
            raise ValueError("dim must be even")
        return nn.Linear(dim, dim // 2)

    spec = _spec(even_only)
    module = _compile(spec, 200)
    for dim in range(1, 201):
        if dim % 2:
            with pytest.raises(
                ValueError,
                match=r"no module at dim=\d+; the factory raises "
                r"ValueError where dim % 2 == 1",
            ):
                module.test_probe_params(dim)
        else:
            assert module.test_probe_params(dim) == spec.actual_param_count(dim)


def test_layer_norm_of_a_symbolic_dim_works() -> None:
    spec = _spec(lambda dim: nn.Sequential(nn.LayerNorm(dim), nn.LayerNorm([dim])))
    assert _compile(spec, 64).test_probe_params(64) == 4 * 64


def _refusal(factory, max_dim: int = 256) -> DerivationError:
    with pytest.raises(DerivationError) as info:
        derive_blueprint(_spec(factory, "refused"), Settings(max_dim=max_dim, flops=False))
    assert info.value.blueprint == "test/refused"
    return info.value


def test_int_of_a_float_undefined_on_part_of_the_domain_is_refused_with_the_line() -> None:
    def log_width(dim: int) -> nn.Module:
        return nn.Linear(dim, int(math.log(dim - 1)) + 1)  # the offending line: dim=1

    error = _refusal(log_width)
    assert "cannot compute math.log(dim - 1) at dim=1" in error.cause
    assert error.location is not None and "test_derivation.py" in error.location
    assert "log_width" in error.location
    assert "integer operators" in (error.hint or "")


def test_range_over_the_dim_is_refused() -> None:
    error = _refusal(lambda dim: nn.Sequential(*[nn.Identity() for _ in range(dim)]))
    assert "converted to a concrete number" in error.cause


def test_equality_with_one_value_is_refused() -> None:
    def special_case(dim: int) -> nn.Module:
        return nn.Linear(dim, 1 if dim == 64 else dim)

    error = _refusal(special_case)
    assert "pins dim to a single value" in error.cause
    assert error.location is not None and "special_case" in error.location


def test_the_guard_that_pins_is_blamed_not_an_earlier_equality() -> None:
    def checked_then_pinned(dim: int) -> nn.Module:
        if dim % 8:
            raise ValueError("dim must be a multiple of 8")
        if dim != 64:  # the pin
            raise ValueError("dim must be 64")
        return nn.Linear(dim, dim)

    error = _refusal(checked_then_pinned)
    assert "Eq(dim, 64)" in error.cause
    line = checked_then_pinned.__code__.co_firstlineno + 3
    assert error.location is not None and f":{line} " in error.location


def test_a_size_formatted_into_an_error_message_is_a_rejection() -> None:
    def formatted(dim: int) -> nn.Module:
        if dim % 12:
            raise ValueError("dim (%d) is not a multiple of %d" % (dim, 12))  # noqa: UP031
        return nn.Linear(dim, dim)

    spec = _spec(formatted)
    function = _compile(spec, 300).function("params", "test", "probe")
    for dim in range(1, 301):
        if dim % 12:
            with pytest.raises(ValueError):
                function(dim)
        else:
            assert function(dim) == spec.actual_param_count(dim)


def test_a_factory_that_imports_its_layer_in_its_body_is_exact(tmp_path, monkeypatch) -> None:
    # a module loaded after the session opened: its int() must be the session's too
    (tmp_path / "lazily_imported_layer.py").write_text(
        "from torch import nn\n\ndef layer(dim):\n    return nn.Linear(dim, int(dim * 1.5))\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))

    def lazy(dim: int) -> nn.Module:
        from lazily_imported_layer import layer

        return layer(dim)

    spec = _spec(lazy)
    function = _compile(spec, 300).function("params", "test", "probe")
    assert all(function(d) == spec.actual_param_count(d) for d in range(1, 301))


def test_data_dependent_branch_is_refused() -> None:
    def data_dependent(dim: int) -> nn.Module:
        weight = torch.ones(dim)
        return nn.Linear(dim, dim if weight.sum().item() > 0 else 1)

    error = _refusal(data_dependent)
    assert "depends on tensor values" in error.cause and "Eq(u" not in error.cause
    assert "data-dependent" in (error.hint or "")


def test_endless_splitting_is_refused() -> None:
    def one_region_per_value(dim: int) -> nn.Module:
        width = 1
        for bound in range(2, 100, 2):
            if dim > bound:
                width += 1
        return nn.Linear(width, 1)

    with pytest.raises(
        DerivationError,
        match=r"keep splitting the domain; they come from tests/derivation/test_derivation",
    ):
        derive_blueprint(
            _spec(one_region_per_value, "split"),
            Settings(max_dim=256, max_derivations=20, flops=False),
        )


def test_derivation_is_deterministic() -> None:
    from blueprints import BlueprintRegistry

    spec = BlueprintRegistry.get("cnn", "bottleneck")
    first = derive_blueprint(spec, Settings(max_dim=2048, flops=False))
    second = derive_blueprint(spec, Settings(max_dim=2048, flops=False))
    assert first == second
    assert render([first], ["x"]) == render([second], ["x"])


def test_finite_choice_hyperparameters_get_a_branch_each() -> None:
    def projection(dim: int, width: int = 2, bias: bool = True) -> nn.Module:
        return nn.Linear(dim, width * dim, bias=bias)

    spec = BlueprintSpec(
        "proj", "test", projection, "", choices=(("bias", (True, False)),), bounds=()
    )
    module = _compile(spec, 128)
    for dim in (1, 7, 64, 128):
        for width in (1, 3, 64):
            for bias in (True, False):
                expected = spec.actual_param_count(dim, width=width, bias=bias)
                assert module.test_proj_params(dim, width=width, bias=bias) == expected
    doc = module.test_proj_params.__doc__
    assert "if bias:" in doc and "if not bias:" in doc


def test_an_undeclared_non_integer_hyperparameter_is_refused_by_name() -> None:
    def gated(dim: int, gate: bool = False) -> nn.Module:
        return nn.Linear(dim, dim, bias=gate)

    with pytest.raises(DerivationError, match=r"hyperparameter 'gate' \(default False\)") as info:
        derive_blueprint(_spec(gated, "undeclared"), Settings(max_dim=64, flops=False))
    assert "choices={'gate'" in (info.value.hint or "")


def test_integer_hyperparameters_are_symbols_with_rejections_from_the_factory() -> None:
    def heads(dim: int, n_head: int = 2) -> nn.Module:
        if dim % n_head:
            raise ValueError("dim must be divisible by n_head")
        return nn.Linear(dim, dim // n_head)

    spec = _spec(heads, "heads")
    module = _compile(spec, 200)
    for dim in range(1, 201):
        for n_head in range(1, 65):
            if dim % n_head:
                with pytest.raises(ValueError, match="dim % n_head != 0"):
                    module.test_heads_params(dim, n_head=n_head)
            else:
                assert module.test_heads_params(dim, n_head=n_head) == (
                    spec.actual_param_count(dim, n_head=n_head)
                )


def test_only_the_meta_devices_own_failures_are_not_agreement() -> None:
    """Where a trace raises at a point too large for a real CPU step, the module raising on
    the meta device there is a rejection whatever the two errors' types (qwen2-VL's rotary
    sections: a ValueError on fake tensors, a RuntimeError on the meta device), unless the
    meta device failed for its own reasons."""
    from codegen.derive.step_rejections import _meta_only

    with torch.device("meta"):
        x = torch.ones(1)
    with pytest.raises(RuntimeError) as item:
        x.item()
    assert _meta_only(item.value)
    assert _meta_only(NotImplementedError("no kernel"))
    with pytest.raises(RuntimeError) as split, torch.device("meta"):
        torch.ones(2, 63).split_with_sizes([16, 24, 24], dim=-1)
    assert not _meta_only(split.value)


def test_a_construction_box_too_large_to_enumerate_is_covered_by_z3() -> None:
    def wide(dim: int, vocab: int = 50257, heads: int = 4) -> nn.Module:
        if dim % heads:
            raise ValueError("heads must divide dim")
        return nn.Sequential(
            nn.Embedding(vocab, dim), nn.Linear(dim, dim // heads), nn.Linear(dim // heads, vocab)
        )

    spec = BlueprintSpec(
        "wide", "test", wide, "", bounds=(("vocab", (1, 65536)), ("heads", (1, 64)))
    )
    settings = Settings(flops=False)  # dim 1..65536: about 2.7e11 points, over ENUMERABLE
    module = import_generated(render([derive_blueprint(spec, settings)], ["tests"]))
    rng = random.Random(0)
    for _ in range(200):
        dim, vocab, heads = rng.randint(1, 4096), rng.randint(1, 65536), rng.randint(1, 64)
        if rng.random() < 0.7:
            dim = heads * rng.randint(1, 64)
        with torch.device("meta"):
            try:
                expected = spec.actual_param_count(dim, vocab=vocab, heads=heads)
            except ValueError:
                with pytest.raises(ValueError):
                    module.test_wide_params(dim, vocab=vocab, heads=heads)
                continue
        assert module.test_wide_params(dim, vocab=vocab, heads=heads) == expected
