"""The generated module as its users see it: plain Python, strict about its inputs."""

from __future__ import annotations

import re
import subprocess
import sys

import numpy as np
import pytest
import torch

from blueprints import BlueprintRegistry
from generated import estimates

from ..conftest import BUILTINS, ROOT


def test_imports_neither_torch_nor_sympy() -> None:
    code = (
        "import sys; import generated.estimates as e; "
        "assert e.param_count('cnn', 'attention', 64) == 2112; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('torch', 'sympy', 'numpy')); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_lists_every_registered_blueprint_in_sorted_order() -> None:
    registered = sorted((s.topology, s.name) for s in BUILTINS)
    assert list(estimates.BLUEPRINTS) == registered


def test_issue_figures() -> None:
    # The numbers that motivated the project (hand-written constants were wrong).
    assert estimates.cnn_attention_params(64) == 2112
    assert estimates.cnn_attention_params(512) == 131584
    at64 = {
        n: estimates.param_count("cnn", n, 64) for n in ("conv_small", "bottleneck", "depthwise")
    }
    assert at64 == {"conv_small": 4224, "bottleneck": 4480, "depthwise": 4800}


@pytest.mark.parametrize("dim", [True, False, 64.0, "64", None])
def test_dim_must_be_an_int(dim: object) -> None:
    with pytest.raises(TypeError, match="cnn/attention: dim must be an int"):
        estimates.cnn_attention_params(dim)  # type: ignore[arg-type]


@pytest.mark.parametrize("dim", [0, -1, 65537, 10**9])
def test_dim_outside_the_domain_is_refused(dim: int) -> None:
    with pytest.raises(ValueError, match=r"transformer/mlp: dim=.* outside the proven domain"):
        estimates.param_count("transformer", "mlp", dim)


def test_rejected_dims_raise_naming_the_rule() -> None:
    with pytest.raises(
        ValueError, match=r"transformer/attention: no module at dim=6.*dim % n_head != 0"
    ):
        estimates.param_count("transformer", "attention", 6)
    with pytest.raises(ValueError, match="dim % n_head != 0"):
        estimates.buffer_count("transformer", "flex_attention", 10)


def test_hyperparameters_are_variables_of_the_formulas() -> None:
    assert estimates.param_count("cnn", "attention", 64, reduction=4) == 2112
    assert estimates.param_count("cnn", "attention", 64, reduction=8) == 2 * 64 * 8 + 64
    assert estimates.transformer_lora_params(100, rank=3) == 600


@pytest.mark.parametrize(("name", "value"), [("reduction", 0), ("reduction", 65), ("rank", -1)])
def test_hyperparameters_outside_their_domain_are_refused(name: str, value: int) -> None:
    blueprint = ("cnn", "attention") if name == "reduction" else ("transformer", "lora")
    with pytest.raises(ValueError, match=f"{name}={value} is outside the proven domain"):
        estimates.param_count(*blueprint, 64, **{name: value})


def test_hyperparameter_types_are_checked() -> None:
    with pytest.raises(TypeError, match="transformer/lora: rank must be an int, got bool"):
        estimates.transformer_lora_params(64, rank=True)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"checkpoint must be one of \(False, True\), got 1"):
        estimates.param_count("transformer", "mlp", 64, checkpoint=1)


# integers that are not ints: what operator.index accepts, as nn.Linear and range do
INTEGERS = {
    "numpy int64": lambda n: np.int64(n),
    "numpy uint16": lambda n: np.uint16(n),
    "0-d torch int tensor": lambda n: torch.tensor(n),
    "0-d torch int16 tensor": lambda n: torch.tensor(n, dtype=torch.int16),
}


@pytest.mark.parametrize("kind", INTEGERS)
def test_integers_of_numpy_and_torch_are_taken_as_ints(kind: str) -> None:
    """Every generated function takes them, for dim, hyperparameters and input sizes alike, and
    gives what it gives for the int (issue 25, item 5); the index and the registry too."""
    integer = INTEGERS[kind]
    for topology, name in estimates.BLUEPRINTS:
        module = estimates._module(topology, name)
        sizes = {n: 3 for n in estimates.INPUTS[topology]}
        for quantity in estimates.QUANTITIES:
            function = getattr(module, f"{topology}_{name}_{quantity}", None)
            if function is None:
                continue
            traced = quantity not in ("params", "buffers", "training_state_bytes")
            given = sizes if traced else {}
            try:
                expected = function(64, **given)
            except ValueError as error:  # a rejection: the same one
                with pytest.raises(ValueError, match=re.escape(str(error))):
                    function(integer(64), **{k: integer(v) for k, v in given.items()})
                continue
            converted = {k: integer(v) for k, v in given.items()}
            assert function(integer(64), **converted) == expected, (topology, name, quantity)
    assert estimates.param_count("cnn", "attention", integer(64), reduction=integer(8)) == 1088
    assert BlueprintRegistry.get("cnn", "attention").param_estimate(integer(512)) == 131584
    with pytest.raises(ValueError, match="dim=0 is outside the proven domain"):
        estimates.param_count("cnn", "attention", integer(0))


@pytest.mark.parametrize(
    "dim",
    [
        np.bool_(True),
        torch.tensor(True),
        np.float64(64.0),
        torch.tensor(64.0),
        torch.tensor([8, 8]),
    ],
    ids=["numpy bool", "torch bool", "numpy float", "torch float", "two values"],
)
def test_booleans_floats_and_tensors_of_more_than_one_value_are_not_ints(dim: object) -> None:
    with pytest.raises(TypeError, match="cnn/attention: dim must be an int"):
        estimates.cnn_attention_params(dim)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="transformer/mlp: batch must be an int"):
        estimates.forward_flops("transformer", "mlp", 8, batch=dim, seq_len=2)


def test_rejections_name_every_variable() -> None:
    with pytest.raises(ValueError, match=r"no module at dim=10, n_head=4;.*dim % n_head != 0"):
        estimates.param_count("transformer", "attention", 10, n_head=4)
    assert estimates.param_count("transformer", "attention", 10, n_head=5) == 4 * 100 + 40


def test_unknown_hyperparameter_lists_the_accepted_ones() -> None:
    with pytest.raises(TypeError, match="hyperparameter.*ratio; hyperparameters accepted: reduct"):
        estimates.param_count("cnn", "attention", 64, ratio=2)
    with pytest.raises(TypeError, match="accepted: none"):
        estimates.param_count("cnn", "noop", 64, ratio=2)


def test_an_input_size_given_to_a_count_without_inputs_is_called_one() -> None:
    # parameters and training state do not depend on the input: batch is no hyperparameter
    message = (
        "transformer/mlp: input size(s) batch given to a count that does not depend on them; "
        "hyperparameters accepted: expansion, checkpoint"
    )
    with pytest.raises(TypeError, match=re.escape(message)):
        estimates.param_count("transformer", "mlp", 8, batch=3)
    with pytest.raises(TypeError, match="unknown hyperparameter.s. rank; input size.s. height "):
        estimates.training_state_bytes("transformer", "mlp", 8, rank=2, height=3)


def test_unknown_blueprint_lists_what_exists() -> None:
    with pytest.raises(ValueError, match="unknown blueprint cnn/nope; cnn has: attention"):
        estimates.param_count("cnn", "nope", 64)


def test_header_says_generated_and_how_to_regenerate() -> None:
    doc = estimates.__doc__ or ""
    assert "GENERATED FILE" in doc
    assert "python -m codegen" in doc and "python -m codegen --check" in doc


def test_formula_in_the_docstring() -> None:
    doc = estimates.cnn_attention_params.__doc__ or ""
    assert "otherwise: 2 * dim * (dim // reduction) + dim" in doc
    assert "fc1 (Linear): dim * (dim // reduction)" in doc


def test_blueprint_modules_are_imported_on_first_use_only() -> None:
    code = (
        "import sys; import generated.estimates as e\n"
        "loaded = lambda: sorted(m for m in sys.modules if m.startswith('generated.estimates_'))\n"
        "assert loaded() == [], loaded()\n"
        "assert e.param_count('cnn', 'attention', 64) == 2112\n"
        "assert loaded() == ['generated.estimates_blueprints', "
        "'generated.estimates_blueprints.cnn_attention'], loaded()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_index_hands_out_each_generated_function() -> None:
    from generated.estimates_blueprints import cnn_attention

    assert estimates.function("params", "cnn", "attention") is cnn_attention.cnn_attention_params
    assert estimates.cnn_attention_params is cnn_attention.cnn_attention_params
    assert set(estimates.QUANTITIES) == {
        "params",
        "buffers",
        "training_state_bytes",
        "forward_flops",
        "backward_flops",
        "elementwise_flops",
        "backward_elementwise_flops",
        "activation_bytes",
        "peak_bytes",
    }
    with pytest.raises(ValueError, match="unknown quantity 'latency'"):
        estimates.function("latency", "cnn", "attention")
    with pytest.raises(AttributeError, match="has no attribute 'cnn_attention_latency'"):
        estimates.cnn_attention_latency  # noqa: B018


def test_every_module_states_its_blueprint_and_domain_once() -> None:
    module = (ROOT / "generated" / "estimates_blueprints" / "transformer_lora.py").read_text()
    assert module.count("Built by blueprints.transformer.lora(); exact for") == 1
    assert module.count("low-rank residual adapter") == 1


def test_every_module_records_the_source_it_was_derived_from() -> None:
    """The committed modules record their factories' current source (``codegen.sources``), so
    the registry's first estimate warns of nothing here; a module with another fingerprint
    warns once (the user-project test edits a factory)."""
    import warnings

    from blueprints import StaleEstimatesWarning
    from blueprints.registry import BlueprintSpec
    from codegen.sources import fingerprint

    for topology, name in estimates.BLUEPRINTS:
        spec = BlueprintRegistry.get(topology, name)
        assert estimates.source(topology, name) == fingerprint(spec.factory.__module__)
    spec = BlueprintRegistry.get("cnn", "attention")
    fresh = BlueprintSpec(spec.name, spec.topology, spec.factory, spec.description)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert fresh.param_estimate(64) == 2112
    stale = type("Stale", (), {"source": staticmethod(lambda t, n: "0" * 16)})()
    with pytest.warns(StaleEstimatesWarning, match="regenerate it with: python -m codegen$"):
        fresh._warn_if_stale(stale)  # type: ignore[arg-type]
