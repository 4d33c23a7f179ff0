"""Recurrent cells and layers, derived on symbolic sizes and compared with the real modules.

Tier 4: each factory below is derived as a user's blueprint would be, and its generated
estimates are compared exactly with a real training step (FLOPs and elementwise work by
``FlopCounterMode`` and our elementwise counter with the documented corrections, activation
bytes by ``saved_tensors_hooks``) at random sizes that include 1 and sizes no power of two.
"""

from __future__ import annotations

import random

import pytest
import torch
from torch import nn
from torch.nn import functional as F  # noqa: N812
from torch.utils.flop_counter import FlopCounterMode

from blueprints import BlueprintSpec
from blueprints.flop_reference import lstm_layer_backward_flop, lstm_layer_flop
from codegen.derive.blueprint import Settings, derive_blueprint
from codegen.emit.render import render

from ..conftest import import_generated
from ..measure import compare_steps


class OnRows(nn.Module):
    """A cell applied to every position of a ``[batch, seq_len, dim]`` input as one batch of
    rows, with the hidden state the cell makes itself (zeros) or one given (``given``: a
    projection of the input, so that its gradient flows)."""

    def __init__(self, cell: nn.Module, given: bool = False) -> None:
        super().__init__()
        self.cell = cell
        self.given = given

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        rows = x.reshape(-1, x.shape[-1])
        if not self.given:
            out = self.cell(rows)
        else:
            h = rows[:, : self.cell.hidden_size] * 0.5
            out = self.cell(rows, (h, h * 2) if isinstance(self.cell, nn.LSTMCell) else h)
        return out[0] + out[1] if isinstance(out, tuple) else out


def lstm_cell(dim: int) -> nn.Module:
    return OnRows(nn.LSTMCell(dim, dim))


def lstm_cell_wider_no_bias(dim: int) -> nn.Module:
    return OnRows(nn.LSTMCell(dim, 2 * dim + 1, bias=False))


def lstm_cell_given_state(dim: int) -> nn.Module:
    return OnRows(nn.LSTMCell(dim, dim), given=True)


def gru_cell(dim: int) -> nn.Module:
    return OnRows(nn.GRUCell(dim, dim + 3))


def gru_cell_given_state_no_bias(dim: int) -> nn.Module:
    return OnRows(nn.GRUCell(dim, dim, bias=False), given=True)


def rnn_tanh_cell(dim: int) -> nn.Module:
    return OnRows(nn.RNNCell(dim, 3 * dim))


def rnn_relu_cell_given_state(dim: int) -> nn.Module:
    return OnRows(nn.RNNCell(dim, dim, nonlinearity="relu"), given=True)


CELLS = [
    lstm_cell,
    lstm_cell_wider_no_bias,
    lstm_cell_given_state,
    gru_cell,
    gru_cell_given_state_no_bias,
    rnn_tanh_cell,
    rnn_relu_cell_given_state,
]


class Sequence(nn.Module):
    """A recurrent layer on a ``[batch, seq_len, dim]`` input: its output, and its final states
    where ``states`` (so that their gradients flow too)."""

    def __init__(self, layer: nn.Module, states: bool = False, time_first: bool = False) -> None:
        super().__init__()
        self.layer, self.states, self.time_first = layer, states, time_first

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.time_first:
            x = x.transpose(0, 1)
        out, state = self.layer(x)
        if not self.states:
            return out
        h, c = state if isinstance(state, tuple) else (state, state)
        return out.sum(-1) + (h.sum() + c.sum())


def lstm(dim: int) -> nn.Module:
    return Sequence(nn.LSTM(dim, dim, batch_first=True))


def lstm_two_layers_bidirectional(dim: int) -> nn.Module:
    return Sequence(nn.LSTM(dim, dim + 2, num_layers=2, bidirectional=True, batch_first=True))


def lstm_no_bias_time_first_states(dim: int) -> nn.Module:
    return Sequence(nn.LSTM(dim, 2 * dim, bias=False), states=True, time_first=True)


def lstm_three_layers_dropout(dim: int) -> nn.Module:
    return Sequence(nn.LSTM(dim, 5, num_layers=3, dropout=0.25, batch_first=True), states=True)


def lstm_projection(dim: int) -> nn.Module:
    return Sequence(nn.LSTM(dim, dim + 1, proj_size=1, batch_first=True), states=True)


def lstm_float64_bidirectional(dim: int) -> nn.Module:
    return Sequence(nn.LSTM(dim, dim, bidirectional=True, batch_first=True).double())


def gru(dim: int) -> nn.Module:
    return Sequence(nn.GRU(dim, dim, batch_first=True))


def gru_two_layers_bidirectional_dropout(dim: int) -> nn.Module:
    layer = nn.GRU(dim, 3, num_layers=2, bidirectional=True, dropout=0.5, batch_first=True)
    return Sequence(layer, states=True)


def gru_no_bias_time_first_states(dim: int) -> nn.Module:
    return Sequence(nn.GRU(dim, 2 * dim, bias=False), states=True, time_first=True)


def rnn_tanh(dim: int) -> nn.Module:
    return Sequence(nn.RNN(dim, dim + 5, batch_first=True))


def rnn_relu_bidirectional_states(dim: int) -> nn.Module:
    layer = nn.RNN(dim, dim, nonlinearity="relu", bidirectional=True, batch_first=True)
    return Sequence(layer, states=True)


LAYERS = [
    lstm,
    lstm_two_layers_bidirectional,
    lstm_no_bias_time_first_states,
    lstm_three_layers_dropout,
    lstm_projection,
    lstm_float64_bidirectional,
    gru,
    gru_two_layers_bidirectional_dropout,
    gru_no_bias_time_first_states,
    rnn_tanh,
    rnn_relu_bidirectional_states,
]


def _derived(factory) -> BlueprintSpec:
    """``factory`` as a transformer blueprint whose estimates are read from a freshly generated
    module."""
    spec = BlueprintSpec(factory.__name__, "transformer", factory, "a recurrent layer")
    # no peak: the generator computes recurrent layers by ops of its own (test_peak.py)
    derived = derive_blueprint(spec, Settings(max_dim=64, hyper_max=4, max_input=16, peak=False))
    assert not derived.failures(), derived.failures()
    module = import_generated(render([derived], ["tests"]))
    object.__setattr__(spec, "_estimates", lambda: module)
    return spec


def _combinations(seed: int):
    rng = random.Random(seed)
    yield 1, {"batch": 1, "seq_len": 1}, {}
    while True:
        dim = rng.choice([rng.randint(1, 40), 64])
        yield dim, {"batch": rng.randint(1, 4), "seq_len": rng.randint(1, 7)}, {}


@pytest.mark.parametrize("factory", CELLS, ids=lambda f: f.__name__)
def test_cells_are_exact(factory) -> None:
    spec = _derived(factory)
    for dim in (1, 2, 3, 7, 16, 63, 64):
        assert spec.param_estimate(dim) == spec.actual_param_count(dim), dim
    compare_steps(spec, _combinations(len(factory.__name__)), 8)


@pytest.mark.parametrize("factory", LAYERS, ids=lambda f: f.__name__)
def test_layers_are_exact(factory) -> None:
    spec = _derived(factory)
    for dim in (1, 2, 3, 7, 16, 63, 64):
        assert spec.param_estimate(dim) == spec.actual_param_count(dim), dim
    compare_steps(spec, _combinations(len(factory.__name__)), 8)


def test_a_cell_checks_its_sizes_as_pytorch_does() -> None:
    """The symbolic twin raises where the C++ cell raises, with its message."""
    from codegen.derive.symbolic.recurrent import CELLS

    twin = CELLS[torch.lstm_cell]

    cell = nn.LSTMCell(4, 6)
    x, h = torch.randn(2, 5), torch.zeros(2, 6)
    with pytest.raises(RuntimeError) as real:
        cell(x, (h, h))
    with pytest.raises(RuntimeError) as ours:
        twin(x, (h, h), cell.weight_ih, cell.weight_hh, cell.bias_ih, cell.bias_hh)
    assert str(ours.value) == str(real.value).split("\n")[0]


# --- the LSTM's formulas, audited -----------------------------------------------------------
#
# The fused oneDNN kernel is counted by ``flop_reference.lstm_layer_flop`` (and its backward) and
# by the elementwise rules of ``elementwise_rules.ALSO_ELEMENTWISE``. Audited here against an
# explicit LSTM written with the operations those counts name: its outputs and gradients equal
# the fused layer's, and FlopCounterMode and our elementwise counter count it exactly as the
# formulas count the fused layer, at 200 random configurations.


def _explicit_lstm(x, h, c, w_ih, w_hh, b_ih, b_hh, dy, dh_last, dc_last):
    """One LSTM layer (time first) and its backward, by hand: the products and the gate
    operations the formulas count, 13 elementwise per step and unit forward, 17 backward."""
    steps = x.shape[0]
    hs, cs, gates, tanh_cs = [h], [c], [], []
    for t in range(steps):
        pre = F.linear(x[t], w_ih, b_ih) + F.linear(hs[-1], w_hh, b_hh)  # 4 adds
        i, f, g, o = pre.chunk(4, 1)
        i, f, g, o = i.sigmoid(), f.sigmoid(), g.tanh(), o.sigmoid()  # 4
        c = f * cs[-1] + i * g  # 3
        tanh_c = c.tanh()
        h = o * tanh_c  # 2
        hs.append(h), cs.append(c), gates.append((i, f, g, o)), tanh_cs.append(tanh_c)
    # backward: the standard equations, kept values read as the kernel reads its workspace
    dh_next, dc_next = dh_last, dc_last
    d_gates = [None] * steps
    for t in reversed(range(steps)):
        i, f, g, o = gates[t]
        dh = dy[t] + dh_next  # 1
        do = dh * tanh_cs[t]  # 1
        dc = dc_next + torch.ops.aten.tanh_backward(dh * o, tanh_cs[t])  # 3
        di, dg, df, dc_next = dc * g, dc * i, dc * cs[t], dc * f  # 4
        d_gates[t] = torch.cat(
            [
                torch.ops.aten.sigmoid_backward(di, i),
                torch.ops.aten.sigmoid_backward(df, f),
                torch.ops.aten.tanh_backward(dg, g),
                torch.ops.aten.sigmoid_backward(do, o),
            ],
            1,
        )  # 4
        dh_next = d_gates[t] @ w_hh
    stacked = torch.stack(d_gates)  # [T, B, 4H]
    flat = stacked.reshape(-1, stacked.shape[-1])
    d_bias = flat.sum(0)  # 4 per step and unit
    dx = (flat @ w_ih).reshape(x.shape)
    dw_ih = flat.t() @ x.reshape(-1, x.shape[-1])
    dw_hh = flat.t() @ torch.stack(hs[:-1]).reshape(-1, h.shape[-1])
    return torch.stack(hs[1:]), (dx, dw_ih, dw_hh, d_bias, dh_next, dc_next)


def _lstm_configurations(count: int):
    rng = random.Random(22)
    for n in range(count):
        yield (
            rng.randint(1, 6),  # steps
            rng.randint(1, 5),  # batch
            rng.choice([1, 2, rng.randint(1, 40)]),  # input size
            rng.choice([1, 3, rng.randint(1, 40)]),  # hidden size
            n % 3 != 0,  # bias
        )


def test_the_lstm_formulas_count_an_explicit_lstm_that_computes_the_same() -> None:
    from codegen.derive.flops import ElementwiseCounterMode

    torch.manual_seed(0)
    for steps, batch, inputs, hidden, bias in _lstm_configurations(200):
        layer = nn.LSTM(inputs, hidden, bias=bias).double()
        x = torch.randn(steps, batch, inputs, dtype=torch.float64, requires_grad=True)
        h0 = torch.randn(1, batch, hidden, dtype=torch.float64, requires_grad=True)
        c0 = torch.randn(1, batch, hidden, dtype=torch.float64, requires_grad=True)
        y, (hn, cn) = layer(x, (h0, c0))  # float64: PyTorch's own loop, for the gradients
        dy, dh, dc = torch.randn_like(y), torch.randn_like(hn), torch.randn_like(cn)
        weights = [layer.weight_ih_l0, layer.weight_hh_l0]
        biases = [layer.bias_ih_l0, layer.bias_hh_l0] if bias else [None, None]
        wanted = [x, *weights, h0, c0, *([biases[0]] if bias else [])]
        grads = torch.autograd.grad([y, hn, cn], wanted, [dy, dh, dc])
        counting = FlopCounterMode(display=False), ElementwiseCounterMode()
        with torch.no_grad(), counting[0] as flops, counting[1] as ew:
            out, (dx, dw_ih, dw_hh, d_bias, dh0, dc0) = _explicit_lstm(
                x, h0[0], c0[0], *weights, *biases, dy, dh[0], dc[0]
            )
        where = (steps, batch, inputs, hidden, bias)
        assert torch.allclose(out, y), where
        ours = (dx, dw_ih, dw_hh, dh0, dc0, *([d_bias] if bias else []))
        for mine, theirs in zip(ours, grads, strict=True):
            assert torch.allclose(mine, theirs.reshape(mine.shape)), where
        shapes = ([steps, batch, inputs], [4 * hidden, inputs], [4 * hidden, hidden])
        formula = lstm_layer_flop(*shapes) + lstm_layer_backward_flop(*shapes)
        assert flops.get_total_flops() == formula, where
        assert ew.total == (13 + 17) * steps * batch * hidden, where


def _workspaces(layer: nn.LSTM, x: torch.Tensor) -> list[int]:
    """Bytes of each uint8 tensor autograd saves in ``layer(x)``: the oneDNN workspaces."""
    found: list[int] = []

    def pack(tensor: torch.Tensor) -> torch.Tensor:
        if tensor.dtype == torch.uint8:
            found.append(tensor.untyped_storage().nbytes())
        return tensor

    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        layer(x)
    return found


def test_the_workspace_formula_is_the_kernels_size() -> None:
    """``lstm_workspace_bytes`` against the real kernel at 100 random configurations (sizes
    whose leading dimensions round to a multiple of 256 elements included), float32 and, where
    the CPU runs it, bfloat16."""
    from codegen.derive.symbolic.onednn import lstm_workspace_bytes

    rng = random.Random(5)
    dtypes = [torch.float32]
    if torch.ops.mkldnn._is_mkldnn_bf16_supported():
        dtypes.append(torch.bfloat16)
    for n in range(100):
        steps, batch = rng.randint(1, 12), rng.randint(1, 6)
        inputs = rng.choice([1, 64, 255, 256, 257, rng.randint(1, 160)])
        hidden = rng.choice([1, 16, 63, 64, 65, 256, rng.randint(1, 160)])
        layers, bidirectional, dtype = rng.randint(1, 2), n % 2 == 0, dtypes[n % len(dtypes)]
        layer = nn.LSTM(inputs, hidden, num_layers=layers, bidirectional=bidirectional).to(dtype)
        x = torch.randn(steps, batch, inputs, dtype=dtype, requires_grad=True)
        size = torch.tensor([], dtype=dtype).element_size()
        wanted = []
        for index in range(layers):
            width = inputs if index == 0 else hidden * (2 if bidirectional else 1)
            wanted += [lstm_workspace_bytes(steps, batch, width, hidden, size)] * (
                2 if bidirectional else 1
            )
        assert _workspaces(layer, x) == wanted, (steps, batch, inputs, hidden, layers, dtype)


class Packed(nn.Module):
    """A GRU on a packed sequence: its steps' batch sizes are data."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.layer = nn.GRU(dim, dim, batch_first=True)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        lengths = torch.ones(x.shape[0], dtype=torch.long)
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True)
        return self.layer(packed)[1]


def test_a_packed_sequence_is_refused_by_name() -> None:
    spec = BlueprintSpec("packed", "transformer", Packed, "a GRU on a packed sequence")
    derived = derive_blueprint(spec, Settings(max_dim=16, hyper_max=4, max_input=8))
    (failure,) = derived.failures()
    assert "packed sequence (PackedSequence)" in failure and "_pack_padded_sequence" in failure
    assert derived.estimate("params").failure is None  # the parameters are still exact


def test_the_loop_counted_from_three_steps_is_the_loop_run_at_every_length() -> None:
    """``recurrence.counts`` extrapolates the counts of 1, 2 and 3 steps to T steps; audited
    against the same steps run T times (FLOPs, elementwise work, forward and backward) at 200
    random configurations: every mode, with and without biases and projections, in either
    direction, with the gradients of the outputs and of the initial states present or not."""
    from codegen.derive.symbolic import recurrence

    rng = random.Random(20)
    for _ in range(200):
        mode = rng.choice(recurrence.MODES)
        steps, batch, hidden = rng.randint(1, 9), rng.randint(1, 3), rng.randint(1, 6)
        gates = {"LSTM": 4, "GRU": 3}.get(mode, 1)
        projected = mode == "LSTM" and hidden > 1 and rng.random() < 0.4
        out = rng.randint(1, hidden - 1) if projected else hidden
        bias = rng.random() < 0.7
        tensors = (
            torch.randn(steps, batch, gates * hidden),  # input_w
            torch.randn(batch, out),  # h0
            torch.randn(batch, hidden) if mode == "LSTM" else None,  # c0
            torch.randn(gates * hidden, out),  # w_hh
            torch.randn(gates * hidden) if bias else None,  # b_hh
            torch.randn(out, hidden) if projected else None,  # w_hr
        )
        needs = [t is not None and (i != 1 or rng.random() < 0.5) for i, t in enumerate(tensors)]
        grads = [True, rng.random() < 0.5, mode == "LSTM" and rng.random() < 0.5]
        reverse = rng.random() < 0.5
        where = (mode, steps, batch, hidden, out, bias, needs, grads, reverse)
        ran = recurrence._measure(mode, tensors, reverse, steps, needs, grads)
        forward = recurrence._measure(mode, tensors, reverse, steps, needs, None)
        for kind in (recurrence.FLOPS, recurrence.ELEMENTWISE):
            counted = recurrence.counts(mode, tensors, reverse, needs, grads, kind)
            assert counted == ran[f"backward {kind}"], where
            counted = recurrence.counts(mode, tensors, reverse, None, None, kind)
            assert counted == forward[f"forward {kind}"], where


def shortened_rnn(dim: int) -> nn.Module:
    """An RNN on all but the first position: no steps at all where seq_len is 1, where PyTorch
    raises (the estimate must raise there, not extrapolate the loop to 0 steps)."""

    class Shortened(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.layer = nn.RNN(dim, dim, batch_first=True)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.layer(x[:, 1:])[0]

    return Shortened()


def test_a_sequence_of_no_steps_raises_as_pytorch_does() -> None:
    spec = _derived(shortened_rnn)
    with pytest.raises(ValueError):
        spec.flops_estimate(4, batch=2, seq_len=1)
    compare_steps(spec, _combinations(3), 6)
