"""FLOP derivation at a point: traced symbolic counts against PyTorch's counter on real tensors.

The symbolic graph of one training step is counted with the per-op registries and evaluated at
the sample sizes it was traced with; FlopCounterMode (with PyTorch's SDPA formulas for the CPU
attention kernels) and our concrete elementwise mode count the real module on real tensors.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy
import torch
from torch import nn
from torch.utils.flop_counter import FlopCounterMode

from blueprints import BlueprintRegistry, BlueprintSpec
from blueprints.flop_reference import CUSTOM_MAPPING
from codegen.derive.flops import (
    ElementwiseCounterMode,
    OpRegistry,
    UncountedOpError,
    count_graph,
)
from codegen.derive.symbolic import SymbolicSession, plain_symbol
from codegen.derive.trace import BACKWARD, FORWARD, LOSS, trace_training_step

from ..conftest import BUILTINS

SPECS = BUILTINS
SAMPLES = {
    "cnn": [dict(dim=64, batch=3, height=5, width=7), dict(dim=24, batch=2, height=4, width=3)],
    "transformer": [dict(dim=64, batch=3, seq_len=9), dict(dim=24, batch=2, seq_len=5)],
}


def _input_shape(topology: str, sizes: dict) -> list:
    if topology == "cnn":
        return [sizes["batch"], sizes["dim"], sizes["height"], sizes["width"]]
    return [sizes["batch"], sizes["seq_len"], sizes["dim"]]


def _symbolic_totals(
    spec: BlueprintSpec, sample: dict, **fixed: object
) -> dict[tuple[str, str], int]:
    with SymbolicSession(sample) as session:
        module = spec.factory(session.symbols["dim"], **fixed)
        x = torch.empty(*_input_shape(spec.topology, session.symbols), requires_grad=True)
        graph = trace_training_step(module, x)
    point = {plain_symbol(k): v for k, v in sample.items()}
    totals: dict[tuple[str, str], int] = {}
    for count in count_graph(graph):
        value = int(sympy.sympify(session.to_sympy(count.count)).subs(point))
        key = (count.quantity, count.phase)
        totals[key] = totals.get(key, 0) + value
    return totals


def _reference(spec: BlueprintSpec, sample: dict, **fixed: object) -> dict[tuple[str, str], int]:
    torch.manual_seed(0)
    module = spec.build(sample["dim"], **fixed)
    x = torch.randn(*_input_shape(spec.topology, sample), requires_grad=True)
    result = {}
    with (
        FlopCounterMode(display=False, custom_mapping=CUSTOM_MAPPING) as fc,
        ElementwiseCounterMode() as ew,
    ):
        out = module(x)
    result[("flops", FORWARD)], result[("elementwise", FORWARD)] = fc.get_total_flops(), ew.total
    with ElementwiseCounterMode() as ew:
        loss = out.sum()
    result[("elementwise", LOSS)] = ew.total
    with (
        FlopCounterMode(display=False, custom_mapping=CUSTOM_MAPPING) as fc,
        ElementwiseCounterMode() as ew,
    ):
        loss.backward()
    result[("flops", BACKWARD)], result[("elementwise", BACKWARD)] = fc.get_total_flops(), ew.total
    return {k: v for k, v in result.items() if v}


@pytest.mark.parametrize("spec", SPECS, ids=[s.key for s in SPECS])
def test_symbolic_counts_equal_the_reference_at_the_sample(spec: BlueprintSpec) -> None:
    for sample in SAMPLES[spec.topology]:
        symbolic = {k: v for k, v in _symbolic_totals(spec, sample).items() if v}
        assert symbolic == _reference(spec, sample), sample


@pytest.mark.parametrize("name", ["mlp", "mlp_small"])
def test_activation_checkpointing_adds_the_recomputation(name: str) -> None:
    spec = BlueprintRegistry.get("transformer", name)
    sample = SAMPLES["transformer"][0]
    plain = _symbolic_totals(spec, sample, checkpoint=False)
    checkpointed = _symbolic_totals(spec, sample, checkpoint=True)
    assert {k: v for k, v in checkpointed.items() if v} == _reference(spec, sample, checkpoint=True)
    # same forward; the backward recomputes (at most) the forward again: checkpointing stops
    # recomputing early once the saved tensors it needs exist (here fc1's part only)
    assert checkpointed[("flops", FORWARD)] == plain[("flops", FORWARD)]
    extra = checkpointed[("flops", BACKWARD)] - plain[("flops", BACKWARD)]
    assert 0 < extra <= plain[("flops", FORWARD)]


def test_an_op_without_a_rule_is_an_error_naming_it() -> None:
    class Sorted(nn.Module):
        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return torch.sort(x, dim=1).values

    with SymbolicSession({"dim": 8, "batch": 2, "seq_len": 3}) as session:
        s = session.symbols
        graph = trace_training_step(
            Sorted(), torch.empty(s["batch"], s["seq_len"], s["dim"], requires_grad=True)
        )
    with pytest.raises(UncountedOpError, match=r"aten.sort.\w+ \(forward pass"):
        count_graph(graph)


def test_registries_refuse_duplicate_formulas() -> None:
    registry = OpRegistry("test")
    registry.add(torch.ops.aten.mm, lambda *a, **k: 0)
    with pytest.raises(RuntimeError, match="duplicate formula"):
        registry.register(torch.ops.aten.mm)(lambda *a, **k: 0)


def test_counts_are_attributed_to_submodules() -> None:
    spec = BlueprintRegistry.get("transformer", "mlp")
    with SymbolicSession({"dim": 16, "batch": 2, "seq_len": 3}) as session:
        s = session.symbols
        graph = trace_training_step(
            spec.factory(s["dim"]),
            torch.empty(s["batch"], s["seq_len"], s["dim"], requires_grad=True),
        )
    owners = {(c.phase, c.module) for c in count_graph(graph) if c.quantity == "flops"}
    assert owners == {
        (FORWARD, "body.fc1"),
        (FORWARD, "body.fc2"),
        (BACKWARD, "body.fc1"),
        (BACKWARD, "body.fc2"),
    }


@pytest.mark.parametrize("spec", SPECS, ids=[s.key for s in SPECS])
def test_registry_ground_truth_agrees_with_the_symbolic_counts(spec: BlueprintSpec) -> None:
    sample = SAMPLES[spec.topology][1]
    sizes = {k: v for k, v in sample.items() if k != "dim"}
    symbolic = _symbolic_totals(spec, sample)
    assert spec.actual_flops(sample["dim"], **sizes) == symbolic.get(("flops", FORWARD), 0)
    assert spec.actual_flops(sample["dim"], backward=True, **sizes) == symbolic.get(
        ("flops", BACKWARD), 0
    )


def test_ground_truth_takes_hyperparameters() -> None:
    spec = BlueprintRegistry.get("transformer", "lora")
    assert spec.actual_flops(16, batch=2, seq_len=3, rank=5) == 2 * (2 * 3 * 16 * 5) * 2


def test_ground_truth_checks_the_input_sizes() -> None:
    cnn = BlueprintRegistry.get("cnn", "conv_small")
    with pytest.raises(TypeError, match="cnn inputs take batch, height, width; missing: width"):
        cnn.actual_flops(8, batch=1, height=2)
    # another topology's size is no size here: the factory refuses the keyword
    with pytest.raises(TypeError, match="unexpected keyword argument 'seq_len'"):
        cnn.actual_flops(8, batch=1, height=2, width=2, seq_len=3)
    with pytest.raises(ValueError, match="batch must be positive, got 0"):
        cnn.actual_flops(8, batch=0, height=2, width=2)
    mlp = BlueprintRegistry.get("transformer", "mlp")
    with pytest.raises(TypeError, match="transformer inputs take batch, seq_len; missing: seq_len"):
        mlp.actual_flops(8, batch=1, height=3)


def test_the_readme_table_is_the_rules() -> None:
    from codegen.derive.flops import rules_table

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- elementwise-rules: begin -->\n")[1].split("\n<!-- elementwise")[0]
    assert block.splitlines() == rules_table(), (
        "README's elementwise table differs from codegen.derive.flops.rules_table(); paste it in"
    )


def test_in_place_and_out_variants_count_as_their_functional_op() -> None:
    from codegen.derive.flops import ELEMENTWISE_KIND, FREE_KIND, rule_for

    aten = torch.ops.aten
    assert rule_for(aten.add_.Tensor)[0] == rule_for(aten.add.Tensor)[0] == ELEMENTWISE_KIND
    assert rule_for(aten.add.out)[0] == ELEMENTWISE_KIND
    assert rule_for(aten.copy_.default)[0] == FREE_KIND  # a copy, tagged or not
    assert rule_for(aten.clone.default)[0] == FREE_KIND
    assert rule_for(aten.sort.default) is None  # no rule: an error, never a zero


def test_selection_and_scatter_rules_count_what_they_compute() -> None:
    """topk compares each input element once; a scatter writes (free) unless it reduces, where
    it does one operation per index element."""
    from codegen.derive.flops import ElementwiseCounterMode

    x, index, src = torch.randn(4, 10), torch.randint(0, 10, (4, 3)), torch.randn(4, 3)
    for call, expected in (
        (lambda: torch.topk(x, 3, dim=1), 40),
        (lambda: torch.scatter(x, 1, index, src), 0),
        (lambda: torch.scatter(x, 1, index, src, reduce="add"), 12),
        (lambda: x.clone().scatter_(1, index, src, reduce="multiply"), 12),
    ):
        with ElementwiseCounterMode() as counter:
            call()
        assert counter.total == expected
