"""``nn.LSTM`` on CPU as oneDNN runs it, on symbolic sizes.

``torch.lstm`` (RNN.cpp) on a CPU float32 input (bfloat16 where the CPU supports it) without
projections runs oneDNN: ``mkldnn_rnn`` (mkldnn/RNN.cpp) calls ``aten.mkldnn_rnn_layer`` once
per layer and direction. On symbolic sizes the C++ entry takes PyTorch's per-step loop instead
("LSTM with symbolic sizes and strides is not supported with oneDNN"), so a trace would not see
what a real step runs; ``layers`` makes the calls a real CPU step makes, and
``mkldnn_rnn_layer_meta`` gives the op its real workspace, which autograd saves (PyTorch's meta
kernel says 0 bytes). Its FLOPs and elementwise work are ``flop_reference.lstm_layer_flop`` and
``elementwise_rules.ALSO_ELEMENTWISE``.
"""

from __future__ import annotations

from typing import Any

import torch
from torch.fx.experimental.symbolic_shapes import optimization_hint

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


def runs(input: torch.Tensor, params: Any, hx: Any) -> bool:
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


def layers(
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
    """mkldnn/RNN.cpp's ``mkldnn_rnn``, op for op: one ``mkldnn_rnn_layer`` per layer and
    direction (the hidden size passed as the number the symbol has at the traced point: the op
    takes an ``int``, and ``mkldnn_rnn_layer_meta`` reads the size from the weights)."""
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
