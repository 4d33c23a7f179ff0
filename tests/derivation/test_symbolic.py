"""The adapter to PyTorch's symbolic shapes (codegen/derive/symbolic/): what it lets library code do
with symbolic sizes, exactly, and what it still refuses."""

from __future__ import annotations

import pytest
import sympy
import torch
import torch.utils._sympy.functions as torch_sympy
from torch import nn

from codegen.derive.symbolic import SymbolicSession, plain_symbol
from codegen.derive.symbolic.float_arguments import float_tautology
from codegen.errors import SpecializationError


def _names(session: SymbolicSession) -> list[str]:
    return [str(g.condition) for g in session.guards()]


def test_a_size_from_an_exact_scale_factor_is_exact() -> None:
    with SymbolicSession({"b": 3, "c": 4, "h": 5, "w": 7}) as session:
        s = session.symbols
        y = nn.Upsample(scale_factor=2, mode="nearest")(torch.empty(s["b"], s["c"], s["h"], s["w"]))
        h, w = (plain_symbol(n) for n in "hw")
        assert [session.to_sympy(v) for v in y.shape[2:]] == [2 * h, 2 * w]


def test_a_rounding_scale_factor_is_refused() -> None:
    with SymbolicSession({"h": 5}) as session:
        size = torch.sym_int(session.symbols["h"] * 0.1)
        with pytest.raises(Exception, match="float arithmetic with it rounds"):
            session.to_sympy(size)


def test_dividing_by_a_zero_size_raises_as_python_does() -> None:
    with SymbolicSession({"dim": 1, "heads": 2}) as session:
        head_dim = session.symbols["dim"] // session.symbols["heads"]
        with pytest.raises(ZeroDivisionError):
            _ = head_dim**-0.5
        with pytest.raises(ZeroDivisionError):
            _ = 1.0 / head_dim
    with SymbolicSession({"dim": 64, "heads": 4}) as session:
        head_dim = session.symbols["dim"] // session.symbols["heads"]
        scale = head_dim**-0.5  # fine, and the region now knows head_dim != 0
        assert isinstance(scale, torch.SymFloat)
        assert "Ne(floor(dim/heads), 0)" in _names(session)


def test_a_float_scale_is_rebuilt_in_another_session() -> None:
    with SymbolicSession({"dim": 64, "heads": 4}) as built:
        scale = (built.symbols["dim"] // built.symbols["heads"]) ** -0.5
        form = built.float_form(scale)
    with SymbolicSession({"dim": 36, "heads": 4}) as other:
        rebuilt = other.symfloat(form)
        assert isinstance(rebuilt, torch.SymFloat)
        assert float(rebuilt.node.hint) == pytest.approx(9**-0.5)


def test_a_check_that_holds_at_every_size_is_no_guard() -> None:
    size = sympy.Symbol("s0", integer=True, positive=True)
    scale = torch_sympy.FloatTrueDiv(
        sympy.Float(1.0), torch_sympy.FloatPow(torch_sympy.ToFloat(size), sympy.Float(0.5))
    )
    assert float_tautology(sympy.Ge(scale, sympy.Float(0.0)))
    assert not float_tautology(sympy.Ge(scale, sympy.Float(0.25)))  # true at some sizes only


def test_recurrent_layers_take_a_symbolic_size() -> None:
    with SymbolicSession({"dim": 8}) as session:
        lstm = nn.LSTM(session.symbols["dim"], session.symbols["dim"], batch_first=True)
        count = session.to_sympy(sum(p.numel() for p in lstm.parameters()))
        dim = plain_symbol("dim")
        assert sympy.expand(count - (8 * dim**2 + 8 * dim)) == 0


def test_strict_library_configs_take_a_symbolic_size() -> None:
    transformers = pytest.importorskip("transformers")
    with SymbolicSession({"dim": 64, "heads": 4}) as session:
        config = transformers.GPT2Config(n_embd=session.symbols["dim"], n_head=4)
        assert isinstance(config.n_embd, torch.SymInt)


def test_int_of_a_size_is_still_refused_with_its_line() -> None:
    with SymbolicSession({"dim": 8}) as session, pytest.raises(SpecializationError) as error:
        int(session.symbols["dim"] / 2)
    assert "test_symbolic.py" in (error.value.location or "")


def test_guards_are_attributed_to_the_line_that_made_them() -> None:
    with SymbolicSession({"dim": 6}) as session:
        dim = session.symbols["dim"]
        torch.empty(dim).view(2, -1)  # PyTorch's own check: dim divisible by 2
        if dim > 3:  # the blueprint's branch
            pass
    guards = session.guards()
    internal = [g for g in guards if g.internal]
    ours = [g for g in guards if not g.internal]
    assert internal and all(g.location.startswith("torch") for g in internal), guards
    (branch,) = ours
    assert branch.location.startswith("tests/derivation/test_symbolic.py:"), branch
    assert branch.location.endswith("in test_guards_are_attributed_to_the_line_that_made_them")
