"""Sizes computed through floats, exact (``codegen/float_sizes.py`` and the session's patches).

Tier 1 (no torch): the IEEE evaluation is Python's own arithmetic, integer forms are found and
proven on a box, conversions without one are refused by name. Tier 2: purpose-made blueprints
in the idioms of timm, transformers and classic reference code, derived and compared with the
real modules (parameters at every dim of 1..256 and at large dims up to 65536, FLOPs,
elementwise counts and activation bytes on real steps).
"""

from __future__ import annotations

import math
import random
import types

import numpy as np
import pytest
import sympy
import torch
from torch import nn

from blueprints import BlueprintSpec
from codegen import float_sizes, integer_forms
from codegen.derive.blueprint import Settings, derive_blueprint
from codegen.derive.explore.box import Box
from codegen.emit.printer import pyexpr
from codegen.emit.render import render
from codegen.errors import DerivationError
from codegen.evaluate import evaluate
from codegen.float_sizes import FloatSizeError, FloatTree, constant, integer
from codegen.ir import Variable

from ..conftest import import_generated
from ..measure import compare_steps

DIM = sympy.Symbol("dim", integer=True, positive=True)
HEADS = sympy.Symbol("n_head", integer=True, positive=True)
BOX = Box([Variable("dim", 1, 65536)])


def _mul(a: FloatTree, b: FloatTree) -> FloatTree:
    return FloatTree("mul", (a, b))


def _div(a: FloatTree, b: FloatTree) -> FloatTree:
    return FloatTree("truediv", (a, b))


def _add(a: FloatTree, b: FloatTree) -> FloatTree:
    return FloatTree("add", (a, b))


@pytest.mark.parametrize(
    ("tree", "kind", "printed"),
    [
        (_mul(integer(DIM), constant(1.5)), "trunc", "3 * dim // 2"),
        (_mul(integer(DIM), constant(4.0)), "trunc", "4 * dim"),
        (_mul(integer(DIM), constant(8 / 3)), "trunc", "8 * dim // 3"),
        (_mul(integer(DIM), constant(0.25)), "floor", "dim // 4"),
        (_div(integer(DIM), integer(sympy.Integer(3))), "ceil", "(dim + 2) // 3"),
        (_add(_div(integer(DIM), constant(4.0)), constant(4.0)), "trunc", "dim // 4 + 4"),
        (_mul(_mul(integer(DIM), constant(0.1)), constant(3.0)), "trunc", "3 * dim // 10"),
    ],
    ids=str,
)
def test_integer_forms_are_proven_on_the_box(tree: FloatTree, kind: str, printed: str) -> None:
    form = integer_forms.integer_form(kind, tree, BOX)
    assert pyexpr(form) == printed
    convert = {"trunc": math.trunc, "floor": math.floor, "ceil": math.ceil}[kind]
    rng = random.Random(0)
    for dim in [1, 2, 3, 65535, 65536, *(rng.randint(1, 65536) for _ in range(200))]:
        assert convert(float_sizes.value_at(tree, {"dim": dim})) == sympy.sympify(form).subs(
            DIM, dim
        )


def test_the_ieee_evaluation_is_pythons() -> None:
    box = Box([Variable("dim", 1, 5000), Variable("n_head", 1, 12)])
    grid = box.grid()
    trees = [
        _div(integer(DIM), integer(HEADS)),
        _mul(_mul(integer(DIM), constant(0.1)), constant(3.0)),
        FloatTree("sqrt", (integer(DIM),)),
        _div(FloatTree("log", (integer(DIM),)), FloatTree("log", (constant(2.0),))),
        FloatTree("pow", (integer(DIM), constant(-0.5))),
        FloatTree("abs", (FloatTree("sub", (constant(3.5), integer(HEADS))),)),
    ]
    rng = np.random.default_rng(0)
    for tree in trees:
        values, valid = float_sizes.ieee(tree, grid)
        assert valid.all()
        for i in rng.integers(0, len(values), 300):
            point = {k: int(v[i]) for k, v in grid.items()}
            assert values[i] == float_sizes.value_at(tree, point), (tree, point)


def test_a_relation_on_floats_becomes_an_integer_relation() -> None:
    new_v = integer(8 * sympy.floor((DIM + 4) / 8))
    relation = integer_forms.integer_relation_form(
        "lt", new_v, _mul(constant(0.9), integer(DIM)), BOX
    )
    assert pyexpr(relation) == "80 * ((dim + 4) // 8) < 9 * dim"  # 0.9 read as 9/10
    grid = BOX.grid()
    values, _ = float_sizes.ieee(_mul(constant(0.9), integer(DIM)), grid)
    assert np.array_equal(evaluate(relation, grid), 8 * ((grid["dim"] + 4) // 8) < values)


def test_a_conversion_without_an_integer_form_is_refused_by_name() -> None:
    with pytest.raises(FloatSizeError, match="no exact integer form"):
        integer_forms.integer_form("trunc", FloatTree("sqrt", (integer(DIM),)), BOX)
    # round half to even has no floor form: at dim = 3, round(4.5) is 4, floor(4.5 + 1/2) is 5
    with pytest.raises(FloatSizeError, match="at dim=3"):
        integer_forms.integer_form("round", _mul(integer(DIM), constant(1.5)), BOX)


# --- tier 2: the idioms, derived and compared with the real modules -------------------------


def make_divisible(v, divisor=8, min_value=None, round_limit=0.9):  # timm's, verbatim
    min_value = min_value or divisor
    new_v = max(min_value, int(v + divisor / 2) // divisor * divisor)
    if new_v < round_limit * v:
        new_v += divisor
    return new_v


def _make_divisible_v2(v, divisor, min_value=None):  # torchvision's MobileNetV2 reference
    if min_value is None:
        min_value = divisor
    new_v = max(min_value, int(v + divisor / 2) // divisor * divisor)
    if new_v < 0.9 * v:
        new_v += divisor
    return new_v


def mlp_ratio(dim: int, ratio_choice: str = "4.0") -> nn.Module:
    hidden = int(dim * float(ratio_choice))  # timm's Mlp: int(dim * mlp_ratio)
    return nn.Sequential(nn.Linear(dim, hidden), nn.GELU(), nn.Linear(hidden, dim))


def se_divisible(dim: int, reduction: int = 4) -> nn.Module:
    mid = make_divisible(dim / reduction, 8)  # timm's SE: make_divisible(channels * rd_ratio)
    return nn.Sequential(
        nn.AdaptiveAvgPool2d(1), nn.Conv2d(dim, mid, 1), nn.ReLU(), nn.Conv2d(mid, dim, 1)
    )


def inverted_residual(dim: int) -> nn.Module:
    width = _make_divisible_v2(dim * 1.0, 8)
    return nn.Sequential(nn.Conv2d(dim, width, 1), nn.Conv2d(width, width, 3, groups=width))


def bert_heads(dim: int, n_head: int = 4) -> nn.Module:
    head = int(dim / n_head)  # BertSelfAttention: int(hidden_size / num_attention_heads)
    return nn.Linear(dim, 3 * n_head * head)


def ghost(dim: int, ratio: int = 2) -> nn.Module:
    init = math.ceil(dim / ratio)  # GhostModule: math.ceil(out_chs / ratio)
    return nn.Sequential(nn.Conv2d(dim, init, 1), nn.Conv2d(init, init * (ratio - 1), 3))


def resnext(dim: int, cardinality: int = 2) -> nn.Module:
    width = int(math.floor(dim * (32 / 64)) * cardinality)  # timm's Bottleneck
    return nn.Conv2d(dim, width, 1)


def scaled_heads(dim: int, heads: int = 8) -> nn.Module:
    head_dim = dim // heads
    scaling = 1 / math.sqrt(head_dim)  # MimiAttention: raises where head_dim is 0
    layer = nn.Linear(dim, heads * head_dim, bias=1 / float(head_dim) > scaling)
    return layer


class EcaModule(nn.Module):  # timm's, verbatim but for the arguments it does not use here
    def __init__(self, channels: int, gamma: int = 2, beta: int = 1) -> None:
        super().__init__()
        t = int(abs(math.log(channels, 2) + beta) / gamma)
        kernel_size = max(t if t % 2 else t + 1, 3)
        self.conv = nn.Conv1d(1, 1, kernel_size=kernel_size, padding=(kernel_size - 1) // 2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = x.mean((2, 3)).view(x.shape[0], 1, -1)
        y = self.conv(y)
        return x * y.view(x.shape[0], -1, 1, 1).sigmoid().expand_as(x)


def eca(dim: int) -> nn.Module:
    return EcaModule(dim)


def eca_tuned(dim: int, gamma: int = 2, beta: int = 1) -> nn.Module:
    return EcaModule(dim, gamma, beta)


def square_root(dim: int) -> nn.Module:
    return nn.Linear(dim, int(math.sqrt(dim)))  # no integer form: computed as the factory does


def _spec(
    factory, name: str, topology: str = "transformer", choices=(), bounds=()
) -> BlueprintSpec:
    return BlueprintSpec(
        name, topology, factory, "a float-sized test blueprint", choices=choices, bounds=bounds
    )


CASES = [
    (_spec(mlp_ratio, "mlp", choices=(("ratio_choice", ("4.0", "1.5", "2.6667", "5.4")),)), {}),
    (_spec(se_divisible, "se", "cnn"), {"reduction": (1, 16)}),
    (_spec(inverted_residual, "inverted", "cnn"), {}),
    (_spec(bert_heads, "bert"), {"n_head": (1, 16)}),
    (_spec(ghost, "ghost", "cnn"), {"ratio": (1, 6)}),
    (_spec(resnext, "resnext", "cnn"), {"cardinality": (1, 8)}),
    (_spec(scaled_heads, "scaled"), {"heads": (1, 16)}),
    (_spec(eca, "eca", "cnn"), {}),
    (_spec(square_root, "square_root"), {}),
    (
        _spec(eca_tuned, "eca_tuned", "cnn", bounds=(("gamma", (1, 4)), ("beta", (0, 3)))),
        {"gamma": (1, 4), "beta": (0, 3)},
    ),
]


def _params(spec: BlueprintSpec, dim: int, **hyper) -> int:
    with torch.device("meta"):
        return sum(p.numel() for p in spec.build(dim, **hyper).parameters())


@pytest.mark.parametrize(("spec", "ranges"), CASES, ids=lambda c: getattr(c, "name", ""))
def test_parameters_are_exact_at_every_dim(spec: BlueprintSpec, ranges: dict) -> None:
    derived = derive_blueprint(spec, Settings(flops=False))
    module = import_generated(render([derived], ["tests"]))
    function = module.function("params", spec.topology, spec.name)
    rng = random.Random(1)
    choices = [dict(v.values) for v in derived.variants]
    dims = [*range(1, 257), *(rng.randint(257, 65536) for _ in range(40)), 65536]
    for fixed in choices:
        for dim in dims:
            hyper = {k: rng.randint(*r) for k, r in ranges.items()} if dim % 3 else {}
            try:
                expected = _params(spec, dim, **hyper, **fixed)
            except Exception:
                with pytest.raises(ValueError):
                    function(dim, **hyper, **fixed)
                continue
            assert function(dim, **hyper, **fixed) == expected, (dim, hyper, fixed)


@pytest.mark.parametrize(("spec", "ranges"), CASES[1:4], ids=lambda c: getattr(c, "name", ""))
def test_flops_and_activations_are_exact(spec: BlueprintSpec, ranges: dict) -> None:
    settings = Settings(max_dim=128, max_input=16, peak=False)
    module = import_generated(render([derive_blueprint(spec, settings)], ["tests"]))
    spec = BlueprintSpec(spec.name, spec.topology, spec.factory, spec.description, spec.choices)
    rng = random.Random(2)
    names = [n for n in (*spec.layout,) if n != "dim"]

    def combinations():
        while True:
            dim = rng.choice([1, 2, 3, 8, 12, 40, 64, rng.randint(1, 128)])
            sizes = {n: rng.choice([1, 2, 3, 5]) for n in names}
            hyper = {k: rng.randint(*r) for k, r in ranges.items()}
            yield dim, sizes, hyper

    estimates = types.SimpleNamespace(module=module)
    compare_steps(_bound(spec, estimates), combinations(), 25)


def _bound(spec: BlueprintSpec, estimates: types.SimpleNamespace) -> BlueprintSpec:
    """``spec`` whose estimates are read from the freshly generated module."""
    bound = BlueprintSpec(spec.name, spec.topology, spec.factory, spec.description, spec.choices)
    object.__setattr__(bound, "_estimates", lambda: estimates.module)
    return bound


def ratio_1_5(dim: int) -> nn.Module:
    return mlp_ratio(dim, "1.5")  # int(dim * 1.5)


@pytest.mark.parametrize(
    "factory", [square_root, eca, ratio_1_5, se_divisible, bert_heads], ids=lambda f: f.__name__
)
def test_float_sizes_are_exact_at_every_dim_of_the_domain(factory) -> None:
    """int(math.sqrt(dim)) and ECA's kernel (computed sizes), int(dim * 1.5), make_divisible and
    BERT's int(hidden / heads) (integer forms): every dim of 1..65536, against real builds."""
    spec = _spec(factory, factory.__name__, "cnn")
    derived = derive_blueprint(spec, Settings(flops=False))
    function = import_generated(render([derived], ["tests"])).function(
        "params", "cnn", factory.__name__
    )
    wrong = [dim for dim in range(1, 65537) if function(dim) != _params(spec, dim)]
    assert wrong == []


def test_a_size_computed_through_floats_is_printed_as_the_factory_computes_it() -> None:
    derived = derive_blueprint(_spec(square_root, "square_root"), Settings(flops=False))
    source = next(t for p, t in render([derived], ["tests"]).items() if "square_root" in p)
    assert "import math\n" in source
    assert "    sqrt_dim = int(math.sqrt(dim))\n    return dim * sqrt_dim + sqrt_dim\n" in source


def test_the_kernel_size_of_eca_is_exact_in_flops_too() -> None:
    spec = _spec(eca, "eca", "cnn")
    settings = Settings(max_dim=4096, max_input=16, peak=False)
    module = import_generated(render([derive_blueprint(spec, settings)], ["tests"]))
    rng = random.Random(3)

    def combinations():
        while True:  # the kernel grows with log2(dim): 3 below 64, 5 to 2047, 7 from 2048
            dim = rng.choice([1, 2, 3, 31, 32, 33, 63, 64, 511, 512, 2047, 2048, 4096])
            yield dim, {n: rng.choice([1, 2, 3]) for n in ("batch", "height", "width")}, {}

    compare_steps(_bound(spec, types.SimpleNamespace(module=module)), combinations(), 12)


def test_a_float_undefined_somewhere_on_the_domain_is_refused_by_name() -> None:
    def log_of_less(dim: int) -> nn.Module:
        return nn.Linear(dim, int(math.log(dim - 1)) + 1)

    with pytest.raises(DerivationError, match=r"cannot compute math.log\(dim - 1\) at dim=1"):
        derive_blueprint(_spec(log_of_less, "log"), Settings(flops=False))


class _SE(nn.Module):  # timm's SEModule: a reduced size of 0 means "use the default"
    def __init__(self, channels: int, rd_channels: int) -> None:
        super().__init__()
        if not rd_channels:
            rd_channels = 8
        self.fc = nn.Linear(channels, rd_channels)


def round_not(dim: int) -> nn.Module:  # timm's regnet.Bottleneck: round(C * 0.25), then `not`
    return _SE(dim, int(round(dim * 0.25)))


def int_not(dim: int) -> nn.Module:
    return _SE(dim, int(dim * 0.25))


def round_eq0(dim: int) -> nn.Module:
    rd = int(round(dim * 0.25))
    return nn.Linear(dim, 8 if rd == 0 else rd)


def round_or(dim: int) -> nn.Module:
    return nn.Linear(dim, int(round(dim * 0.25)) or 8)


def round_bool(dim: int) -> nn.Module:
    rd = int(round(dim * 0.25))
    return nn.Linear(dim, rd if bool(rd) else 8)


@pytest.mark.parametrize(
    "factory", [round_not, int_not, round_eq0, round_or, round_bool], ids=lambda f: f.__name__
)
def test_a_computed_size_that_can_be_0_is_tested_for_0(factory) -> None:
    """A computed size (round at halves has no integer form) can be 0 at small dims: `not rd`,
    `rd == 0`, `rd or 8` and `bool(rd)` are branches there, not constants (PyTorch assumes a
    size symbol positive; a formula once gave 42 parameters at dim 1 where the module has 18)."""
    spec = _spec(factory, factory.__name__, "cnn")
    derived = derive_blueprint(spec, Settings(max_dim=512, flops=False))
    function = import_generated(render([derived], ["tests"])).function(
        "params", "cnn", factory.__name__
    )
    assert [d for d in range(1, 513) if function(d) != _params(spec, d)] == []


def quarter_at_least_3(dim: int) -> nn.Module:  # a region of one point: dim >= 3, dim // 4 == 0
    if dim < 3:
        raise ValueError("at least 3 channels")
    rd = dim // 4
    return nn.Linear(dim, rd if rd else 8)


def test_guards_that_together_admit_one_point_are_a_region() -> None:
    """At dim 3, `dim >= 3` and `dim // 4 == 0` admit dim 3 alone: PyTorch pins dim there,
    which is a region of one point (as timm's MaxxVit MbConv block meets it), not a pin."""
    spec = _spec(quarter_at_least_3, "quarter", "cnn")
    derived = derive_blueprint(spec, Settings(max_dim=512, flops=False))
    function = import_generated(render([derived], ["tests"])).function("params", "cnn", "quarter")
    for dim in range(1, 513):
        if dim < 3:
            with pytest.raises(ValueError):
                function(dim)
        else:
            assert function(dim) == _params(spec, dim), dim


class _SqueezeExcite(nn.Module):  # timm's SEModule, in short
    def __init__(self, channels: int, rd_channels: int) -> None:
        super().__init__()
        rd_channels = rd_channels or 8
        self.fc1 = nn.Conv2d(channels, rd_channels, 1)
        self.fc2 = nn.Conv2d(rd_channels, channels, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * self.fc2(torch.relu(self.fc1(x.mean((2, 3), keepdim=True)))).sigmoid()


def regnet_se(dim: int) -> nn.Module:  # timm's RegNet: round(C * 0.25), half to even
    return _SqueezeExcite(dim, int(round(dim * 0.25)))


def test_a_computed_size_of_many_values_is_periodic_for_z3() -> None:
    """round(dim * 0.25) takes 16,385 values over 1..65536, too many runs for z3's graph, but
    it is 2 * ((dim - 1) // 8) plus one of 8 values: FLOPs exact, ties (dim 2, 10) included."""
    spec = _spec(regnet_se, "regnet_se", "cnn")
    module = import_generated(
        render([derive_blueprint(spec, Settings(max_input=16, peak=False))], ["tests"])
    )
    rng = random.Random(4)

    def combinations():
        while True:
            dim = rng.choice([1, 2, 3, 6, 10, 14, 17, 64, 4098, rng.randint(1, 65536)])
            yield dim, {n: rng.choice([1, 2, 3]) for n in ("batch", "height", "width")}, {}

    compare_steps(_bound(spec, types.SimpleNamespace(module=module)), combinations(), 14)


def test_a_derivation_with_computed_sizes_travels_between_processes() -> None:
    """Workers send derivations as the store's data (computed sizes are sympy classes made at
    import, which pickle cannot name: a parallel sweep once stopped on RoundOf)."""
    from codegen.pipeline import received, sent

    spec = _spec(round_not, "round_not", "cnn")
    derived = derive_blueprint(spec, Settings(max_dim=64, flops=False))
    assert "RoundOf" in str(derived)
    assert received(spec.key, sent(derived)) == derived


def test_floats_that_would_decide_something_unfollowed_are_refused_by_name() -> None:
    def erf_sized(dim: int) -> nn.Module:  # math.erf of a size, then converted to a size
        return nn.Linear(dim, 1 + int(100 * math.erf(dim**-0.5)))

    with pytest.raises(DerivationError, match="math.erf"):
        derive_blueprint(_spec(erf_sized, "erf_sized"), Settings(flops=False, max_dim=64))

    class Undefined(nn.Module):  # a float of an input size that Python cannot compute at 1
        def __init__(self, dim: int) -> None:
            super().__init__()
            self.linear = nn.Linear(dim, dim)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            n = x.shape[1]
            return self.linear(x)[:, : int(n / (0.5 * n - 0.5))]

    derived = derive_blueprint(
        _spec(Undefined, "undefined"), Settings(max_dim=8, max_input=8, peak=False)
    )
    (failure,) = derived.failures()
    assert "Python cannot compute" in failure and "seq_len=1" in failure, failure
