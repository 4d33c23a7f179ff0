"""Recurrent cells and layers on symbolic sizes, as PyTorch computes them on CPU.

PyTorch's recurrent functions are C++ composites (aten/src/ATen/native/RNN.cpp) that read sizes
as numbers: the cells' checks (``w_ih.size(0) == 4 * hidden_size``) pin the dimension, and the
layers loop over the time steps in C++, which pins the sequence length. The functions here
(``CELLS``, ``LAYERS``: torch function -> its twin, for ``kernels.SessionFunctions``) do what
a real CPU step does, with the same checks on symbolic sizes:

* the cells (``nn.LSTMCell``, ``nn.GRUCell``, ``nn.RNNCell``): the ops of RNN.cpp's CPU cell,
  in order (``recurrence.step``);
* ``nn.LSTM`` where oneDNN runs it (float32 on CPU, no projections): ``onednn.layers``;
* ``nn.GRU``, ``nn.RNN``, and ``nn.LSTM`` elsewhere: RNN.cpp's ``_rnn_impl``, the loop over
  the time steps of each layer and direction being one op (``recurrence``);
* packed sequences: refused by name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch
from torch.nn import functional as F  # noqa: N812

from . import onednn, recurrence

_NAMES = {"LSTM": "lstm", "GRU": "gru", "RNN_TANH": "rnn_tanh", "RNN_RELU": "rnn_relu"}


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


def _cell(mode: str, gates: int) -> Callable[..., Any]:
    def cell(
        input: torch.Tensor,
        hx: Any,
        w_ih: torch.Tensor,
        w_hh: torch.Tensor,
        b_ih: torch.Tensor | None = None,
        b_hh: torch.Tensor | None = None,
    ) -> Any:
        if mode == "LSTM" and len(hx) != 2:
            raise RuntimeError("lstm_cell expects two hidden states")
        h, c = hx if mode == "LSTM" else (hx, None)
        _check_cell(input, h, w_ih, w_hh, gates)
        if c is not None:
            _check_cell(input, c, w_ih, w_hh, gates, label=1)
        # the input's product first: C++ evaluates the hidden state's first for the LSTM and
        # the simple cells, which changes no count
        hy, cy = recurrence.step(mode, F.linear(input, w_ih, b_ih), h, c, w_hh, b_hh, None)
        return (hy, cy) if mode == "LSTM" else hy

    cell.__doc__ = f"``torch.{_NAMES[mode]}_cell`` as RNN.cpp's CPU cell computes it."
    return cell


# torch function -> its symbolic twin, for ``kernels.SessionFunctions``
CELLS: dict[Any, Callable[..., Any]] = {
    torch.lstm_cell: _cell("LSTM", 4),
    torch.gru_cell: _cell("GRU", 3),
    torch.rnn_tanh_cell: _cell("RNN_TANH", 1),
    torch.rnn_relu_cell: _cell("RNN_RELU", 1),
}


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


def _packed(op: str) -> Exception:
    from ..elementwise_rules import REFUSED

    return recurrence.refuse(op, REFUSED[torch.ops.aten.lstm])


def _one_hidden(mode: str) -> Callable[..., Any]:
    def layer(*args: Any, **kwargs: Any) -> Any:
        if kwargs or len(args) != 9 or not isinstance(args[2], list | tuple):
            raise _packed(f"aten.{_NAMES[mode]}.data")
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

    layer.__doc__ = f"``torch.{_NAMES[mode]}`` as RNN.cpp computes it on CPU (``_rnn_impl``)."
    return layer


def _refused_packing(*args: Any, **kwargs: Any) -> Any:
    """``nn.utils.rnn.pack_padded_sequence`` (and ``pack_sequence``): refused by name."""
    raise _packed("aten._pack_padded_sequence")


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


def lstm(*args: Any, **kwargs: Any) -> Any:
    """``torch.lstm`` on symbolic sizes, as a real CPU step computes it: oneDNN's
    ``mkldnn_rnn`` where it runs (``onednn``), else RNN.cpp's loop over time steps
    (projections, float64). A packed sequence is refused by name."""
    if kwargs or len(args) != 9 or isinstance(args[1], torch.Tensor):
        raise _packed("aten.lstm.data")
    input, hx, params = args[:3]
    if len(hx) != 2:
        raise RuntimeError("lstm expects two hidden states")
    if onednn.runs(input, params, hx):
        return onednn.layers(*args)
    return _lstm_loop(*args)


# torch function -> its symbolic twin, for ``kernels.SessionFunctions``
LAYERS: dict[Any, Callable[..., Any]] = {
    torch.lstm: lstm,
    torch.gru: _one_hidden("GRU"),
    torch.rnn_tanh: _one_hidden("RNN_TANH"),
    torch.rnn_relu: _one_hidden("RNN_RELU"),
    torch._pack_padded_sequence: _refused_packing,
}
