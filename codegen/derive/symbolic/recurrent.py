"""Recurrent cells on symbolic sizes: the aten ops PyTorch's C++ cells dispatch on CPU.

``torch.lstm_cell``, ``gru_cell``, ``rnn_tanh_cell`` and ``rnn_relu_cell`` (what
``nn.LSTMCell``, ``nn.GRUCell`` and ``nn.RNNCell`` call) are C++ composites
(aten/src/ATen/native/RNN.cpp) whose checks read sizes as numbers (``w_ih.size(0) == 4 *
hidden_size``), which pins the dimension in a trace. The functions here do what those
composites do on a CPU tensor, op for op and in the same order (``LSTMCell``, ``GRUCell`` and
``SimpleCell``'s ``operator()`` without a precomputed input), with the same checks on symbolic
sizes, so a trace records the ops a real step dispatches, and the counts, the saved tensors and
the errors are the real ones.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch
from torch.fx.experimental.symbolic_shapes import optimization_hint
from torch.nn import functional as F  # noqa: N812

from . import recurrence


def _check_cell(
    input: torch.Tensor,
    hx: torch.Tensor,
    w_ih: torch.Tensor,
    w_hh: torch.Tensor,
    gates: int,
    label: int = 0,
) -> None:
    """The checks of RNN.cpp's cells (``check_rnn_cell_forward_*``), with their messages."""
    hidden_size = w_hh.shape[1]
    if input.shape[1] != w_ih.shape[1]:
        raise RuntimeError(
            f"input has inconsistent input_size: got {input.shape[1]} expected {w_ih.shape[1]}"
        )
    for name, size in (("weight_ih", w_ih.shape[0]), ("weight_hh", w_hh.shape[0])):
        if size != gates * hidden_size:
            raise RuntimeError(
                f"{name} first dim must be {gates} * hidden_size = {gates * hidden_size}, "
                f"but got {size}"
            )
    if input.shape[0] != hx.shape[0]:
        raise RuntimeError(
            f"Input batch size {input.shape[0]} doesn't match hidden{label} batch size "
            f"{hx.shape[0]}"
        )
    if hx.shape[1] != hidden_size:
        raise RuntimeError(
            f"hidden{label} has inconsistent hidden_size: got {hx.shape[1]}, expected {hidden_size}"
        )


def _unsafe_chunk(gates: torch.Tensor, chunks: int) -> list[torch.Tensor]:
    """``gates.unsafe_chunk(chunks, 1)``: its C++ composite reads the size as a number before it
    calls ``unsafe_split`` with the size of a chunk, rounded up."""
    return gates.unsafe_split((gates.shape[1] + chunks - 1) // chunks, 1)


def lstm_cell(
    input: torch.Tensor,
    hx: Any,
    w_ih: torch.Tensor,
    w_hh: torch.Tensor,
    b_ih: torch.Tensor | None = None,
    b_hh: torch.Tensor | None = None,
) -> tuple[torch.Tensor, torch.Tensor]:
    """``torch.lstm_cell`` as ``LSTMCell<CellParams>`` computes it on CPU."""
    if len(hx) != 2:
        raise RuntimeError("lstm_cell expects two hidden states")
    h, c = hx
    _check_cell(input, h, w_ih, w_hh, 4)
    _check_cell(input, c, w_ih, w_hh, 4, label=1)
    gates = F.linear(h, w_hh, b_hh).add_(F.linear(input, w_ih, b_ih))
    ingate, forgetgate, cellgate, outgate = _unsafe_chunk(gates, 4)
    ingate = ingate.sigmoid_()
    forgetgate = forgetgate.sigmoid_()
    cellgate = cellgate.tanh_()
    outgate = outgate.sigmoid_()
    cy = (forgetgate * c).add_(ingate * cellgate)
    hy = outgate * cy.tanh()
    return hy, cy


def gru_cell(
    input: torch.Tensor,
    hx: torch.Tensor,
    w_ih: torch.Tensor,
    w_hh: torch.Tensor,
    b_ih: torch.Tensor | None = None,
    b_hh: torch.Tensor | None = None,
) -> torch.Tensor:
    """``torch.gru_cell`` as ``GRUCell<CellParams>`` computes it on CPU."""
    _check_cell(input, hx, w_ih, w_hh, 3)
    igates = _unsafe_chunk(F.linear(input, w_ih, b_ih), 3)
    hgates = _unsafe_chunk(F.linear(hx, w_hh, b_hh), 3)
    reset_gate = hgates[0].add_(igates[0]).sigmoid_()
    input_gate = hgates[1].add_(igates[1]).sigmoid_()
    new_gate = igates[2].add(hgates[2].mul_(reset_gate)).tanh_()
    return (hx - new_gate).mul_(input_gate).add_(new_gate)


def _simple_cell(nonlinearity: Callable[[torch.Tensor], torch.Tensor]) -> Callable[..., Any]:
    def cell(
        input: torch.Tensor,
        hx: torch.Tensor,
        w_ih: torch.Tensor,
        w_hh: torch.Tensor,
        b_ih: torch.Tensor | None = None,
        b_hh: torch.Tensor | None = None,
    ) -> torch.Tensor:
        _check_cell(input, hx, w_ih, w_hh, 1)
        return nonlinearity(F.linear(hx, w_hh, b_hh).add_(F.linear(input, w_ih, b_ih)))

    return cell


rnn_tanh_cell = _simple_cell(torch.tanh)
rnn_relu_cell = _simple_cell(torch.relu)
rnn_tanh_cell.__doc__ = "``torch.rnn_tanh_cell`` as ``SimpleCell<tanh_f>`` computes it on CPU."
rnn_relu_cell.__doc__ = "``torch.rnn_relu_cell`` as ``SimpleCell<relu_f>`` computes it on CPU."

# torch function -> its symbolic twin, for ``kernels.SessionFunctions``
CELLS: dict[Any, Callable[..., Any]] = {
    torch.lstm_cell: lstm_cell,
    torch.gru_cell: gru_cell,
    torch.rnn_tanh_cell: rnn_tanh_cell,
    torch.rnn_relu_cell: rnn_relu_cell,
}


# --- nn.LSTM on CPU: the oneDNN path -------------------------------------------------------
#
# ``torch.lstm`` (RNN.cpp) on a CPU float32 input (bfloat16 where the CPU supports it) without
# projections runs oneDNN: ``mkldnn_rnn`` (mkldnn/RNN.cpp) calls ``aten.mkldnn_rnn_layer`` once
# per layer and direction. On symbolic sizes the C++ entry takes PyTorch's per-step loop
# instead ("LSTM with symbolic sizes and strides is not supported with oneDNN"), which reads the
# sequence length as a number; ``lstm`` below makes the calls a real CPU step makes.

_LSTM_MODE = 2  # ideep::rnn_kind::LSTM, as mkldnn_rnn passes it


def _round_up(x: Any, m: int) -> Any:
    return (x + m - 1) // m * m


def _good_ld(dim: Any, size: int) -> Any:
    """oneDNN's ``rnn_utils::get_good_ld``: ``dim`` rounded up to 64 bytes, plus 64 bytes where
    that is a multiple of 256 elements (to avoid 4K aliasing), without a branch on a symbol."""
    ld = _round_up(dim, 64 // size)
    return ld + 64 // size * (1 - (ld % 256 + 255) // 256)


def lstm_workspace_bytes(steps: Any, batch: Any, input_size: Any, hidden: Any, size: int) -> Any:
    """Bytes of the workspace a training-mode ``mkldnn_rnn_layer`` returns (and autograd saves)
    for one LSTM layer and direction, with oneDNN v3.12 as torch 2.13 bundles it: seven
    sections, each rounded up to a 4096-byte page (``rnn_utils::set_offsets``; the gates and
    hidden states of every step, the states of both ends, and room for their gradients,
    accumulated in float32). ``size``: bytes of the input's dtype. Checked against the real
    kernel in ``tests/real_modules/test_recurrent.py``; PyTorch's meta kernel says 0 bytes."""
    accumulator = 4
    states = 2 * (steps + 1) * batch
    widest = torch.sym_max(input_size, hidden)
    sections = [
        steps * batch * _good_ld(4 * hidden, size) * size,  # gates
        steps * batch * _good_ld(hidden, size) * size,  # hidden states
        states * _good_ld(widest, size) * size,  # layer states
        states * hidden * size,  # cell states
        states * _good_ld(widest, accumulator) * accumulator,  # gradient of layer states
        states * _good_ld(widest, accumulator) * accumulator,  # gradient of iteration states
        states * hidden * accumulator,  # gradient of cell states
    ]
    return sum(_round_up(section, 4096) for section in sections)


def mkldnn_rnn_layer_meta(
    input: torch.Tensor,
    w0: torch.Tensor,
    w1: torch.Tensor,
    w2: torch.Tensor,
    w3: torch.Tensor,
    hx: torch.Tensor,
    cx: torch.Tensor,
    *rest: Any,
) -> tuple[torch.Tensor, ...]:
    """``aten.mkldnn_rnn_layer``'s shapes from its tensors, and its workspace at the real
    kernel's size. PyTorch's meta reads the hidden size from an ``int`` argument (which
    ``lstm`` passes as a number, the symbol's value at the traced point, not to pin it) and
    gives a workspace of 0 bytes."""
    steps, batch, input_size = input.shape  # lstm passes the input time first
    hidden = w1.shape[1]
    output = input.new_empty([steps, batch, hidden])
    workspace_bytes = lstm_workspace_bytes(steps, batch, input_size, hidden, input.element_size())
    workspace = input.new_empty([workspace_bytes], dtype=torch.uint8)
    return output, hx.new_empty(hx.shape), cx.new_empty(cx.shape), workspace


def _uses_onednn(input: torch.Tensor, params: Any, hx: Any) -> bool:
    """RNN.cpp's ``use_mkldnn`` and its test for projections, on a real CPU step."""
    if not torch._C._get_mkldnn_enabled():
        return False
    if any(t.device.type != "cpu" for t in (input, *params, *hx)):
        return False
    dtype_ok = (
        input.dtype == torch.float32
        or (input.dtype == torch.bfloat16 and torch.ops.mkldnn._is_mkldnn_bf16_supported())
        or (
            input.dtype == torch.float16
            and not torch.is_grad_enabled()
            and torch.ops.mkldnn._is_mkldnn_fp16_supported()
        )
    )
    return dtype_ok and input.numel() != 0 and hx[0].shape[2] == hx[1].shape[2]


def lstm(*args: Any, **kwargs: Any) -> Any:
    """``torch.lstm`` on symbolic sizes, as a real CPU step computes it: oneDNN's
    ``mkldnn_rnn`` op for op where it runs, else RNN.cpp's loop over time steps (projections,
    float64). A packed sequence is left to PyTorch."""
    if kwargs or len(args) != 9 or isinstance(args[1], torch.Tensor):
        return torch.lstm(*args, **kwargs)  # the packed-sequence overload
    input, hx, params, has_biases, num_layers, dropout, train, bidirectional, batch_first = args
    if len(hx) != 2:
        raise RuntimeError("lstm expects two hidden states")
    if not _uses_onednn(input, params, hx):
        return _lstm_loop(*args)
    if batch_first:
        input = input.transpose(0, 1)
    input = input.contiguous()
    h, c = hx[0].contiguous(), hx[1].contiguous()
    hidden_size = optimization_hint(h.shape[2])  # no guard
    stride = 4 if has_biases else 2
    directions = 2 if bidirectional else 1
    hys: list[Any] = [None] * (num_layers * directions)
    cys: list[Any] = [None] * (num_layers * directions)
    layer_input = input
    for layer in range(num_layers):
        outputs = []
        for direction in range(directions):
            index = layer * directions + direction
            w = params[index * stride : (index + 1) * stride]
            h_index, c_index = h[index], c[index]
            if has_biases:
                b_ih, b_hh = w[2], w[3]
            else:  # zeros the shape of the weights, as mkldnn_rnn passes them
                b_hh = torch.zeros(w[1].shape, dtype=w[1].dtype, device=w[1].device)
                b_ih = torch.zeros(w[0].shape, dtype=w[0].dtype, device=w[0].device)
            output, hy, cy, _ = torch.ops.aten.mkldnn_rnn_layer(
                layer_input, w[0], w[1], b_ih, b_hh, h_index, c_index, direction > 0, [],
                _LSTM_MODE, hidden_size, num_layers, has_biases, bidirectional, batch_first, train,
            )  # fmt: skip
            outputs.append(output)
            hys[index], cys[index] = hy, cy
        layer_input = outputs[0] if directions == 1 else torch.cat(outputs, -1)
        if dropout != 0 and train and layer < num_layers - 1:
            layer_input = torch.dropout(layer_input, dropout, True)
    output = layer_input.transpose(0, 1) if batch_first else layer_input
    return output, torch.stack(hys, 0), torch.stack(cys, 0)


# --- nn.GRU, nn.RNN, and nn.LSTM off oneDNN: PyTorch's loop over time steps ---------------


def _gather_params(params: Any, has_biases: bool, has_projections: bool) -> list[tuple[Any, ...]]:
    """RNN.cpp's ``gather_params``: (w_ih, w_hh, b_ih, b_hh, w_hr) per layer and direction."""
    stride = 2 + 2 * has_biases + has_projections
    if len(params) % stride:
        raise RuntimeError("got an incorrect number of RNN parameters")
    cells = []
    for i in range(0, len(params), stride):
        w_ih, w_hh, *rest = params[i : i + stride]
        b_ih, b_hh = (rest[0], rest[1]) if has_biases else (None, None)
        cells.append((w_ih, w_hh, b_ih, b_hh, rest[-1] if has_projections else None))
    return cells


def _layer_stack(
    mode: str,
    input: torch.Tensor,
    hs: Any,
    cs: Any,
    cells: list[tuple[Any, ...]],
    num_layers: int,
    dropout: float,
    train: bool,
    bidirectional: bool,
) -> tuple[torch.Tensor, list[Any], list[Any]]:
    """RNN.cpp's ``apply_layer_stack`` of ``FullLayer`` (``FullBidirectionalLayer``) on CPU:
    per layer and direction the input's projection for every step at once, then the loop over
    the steps (one ``recurrence`` op), the directions' outputs concatenated, dropout between
    layers."""
    directions = 2 if bidirectional else 1
    if len(cells) != num_layers * directions or len(hs) != num_layers * directions:
        raise RuntimeError("Expected more hidden states in stacked_rnn")
    final_h, final_c, layer_input = [], [], input
    for layer in range(num_layers):
        outputs = []
        for direction in range(directions):
            index = layer * directions + direction
            w_ih, w_hh, b_ih, b_hh, w_hr = cells[index]
            input_w = F.linear(layer_input, w_ih, b_ih)
            c0 = cs[index] if cs is not None else None
            output, h, c = recurrence.run(
                mode, input_w, hs[index], c0, w_hh, b_hh, w_hr, direction == 1
            )
            outputs.append(output)
            final_h.append(h)
            final_c.append(c)
        layer_input = outputs[0] if directions == 1 else torch.cat(outputs, outputs[0].dim() - 1)
        if dropout != 0 and train and layer < num_layers - 1:
            layer_input = torch.dropout(layer_input, dropout, True)
    return layer_input, final_h, final_c


def _one_hidden(mode: str) -> Callable[..., Any]:
    def layer(*args: Any, **kwargs: Any) -> Any:
        func = {"GRU": torch.gru, "RNN_TANH": torch.rnn_tanh, "RNN_RELU": torch.rnn_relu}[mode]
        if kwargs or len(args) != 9 or not isinstance(args[2], list | tuple):
            return func(*args, **kwargs)  # the packed-sequence overload
        input, hx, params, has_biases, num_layers, dropout, train, bidirectional, batch_first = args
        if batch_first:
            input = input.transpose(0, 1)
        cells = _gather_params(params, has_biases, False)
        output, final_h, _ = _layer_stack(
            mode, input, hx.unbind(0), None, cells, num_layers, dropout, train, bidirectional
        )
        hy = torch.stack(final_h, 0)
        if batch_first:
            output.transpose_(0, 1)
        return output, hy

    layer.__doc__ = f"``torch.{func_name(mode)}`` as RNN.cpp computes it on CPU (``_rnn_impl``)."
    return layer


def func_name(mode: str) -> str:
    return {"GRU": "gru", "RNN_TANH": "rnn_tanh", "RNN_RELU": "rnn_relu"}[mode]


def _lstm_loop(
    input: torch.Tensor,
    hx: Any,
    params: Any,
    has_biases: bool,
    num_layers: int,
    dropout: float,
    train: bool,
    bidirectional: bool,
    batch_first: bool,
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """``torch.lstm`` off oneDNN (projections, float64): RNN.cpp's ``_lstm_impl`` on CPU."""
    has_projections = hx[0].shape[2] != hx[1].shape[2]
    if batch_first:
        input = input.transpose(0, 1)
    cells = _gather_params(params, has_biases, has_projections)
    hs, cs = hx[0].unbind(0), hx[1].unbind(0)
    output, final_h, final_c = _layer_stack(
        "LSTM", input, hs, cs, cells, num_layers, dropout, train, bidirectional
    )
    hy, cy = torch.stack(final_h, 0), torch.stack(final_c, 0)
    if batch_first:
        output = output.transpose(0, 1)
    return output, hy, cy


# torch function -> its symbolic twin, for ``kernels.SessionFunctions``
LAYERS: dict[Any, Callable[..., Any]] = {
    torch.lstm: lstm,
    torch.gru: _one_hidden("GRU"),
    torch.rnn_tanh: _one_hidden("RNN_TANH"),
    torch.rnn_relu: _one_hidden("RNN_RELU"),
}
