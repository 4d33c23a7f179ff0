"""``python -m codegen report``: ``docs/estimates.md``, ``docs/params.png`` and
``docs/peak.png``, for people.

The registry this project replaces carried hand-written cost constants. The report sets the
built-in blueprints' exact formulas beside them: every formula; parameters at dims 32 to 1024
with the old constant and the ratio; the ranking at 64 channels both ways; the exact crossover
dims, where two blueprints of a topology swap places, in parameters and in forward FLOPs at a
stated input size; training memory (activation bytes, training state, the peak bytes of a
step) at two dims, and the largest batch whose step fits in a few memory sizes; a log-log
plot of parameters against dim with the old constants dashed, and one of the peak bytes of a
training step against dim at the stated input size.

Crossovers are found from the formulas at every dim of the domain (1 to 65,536, each one
evaluated exactly in integers), not at samples, so none is missed. The report is a pure
function of the stored derivations; ``--check`` (run by ``nox -s check``) compares instead of
writing.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from ..evaluate import evaluate
from ..ir import OPTIMIZER_STATES, PEAKS, BlueprintEstimates, Estimate
from .explain import formula_lines
from .output import stale_diff, write_if_changed

REPORT_DIMS = (32, 64, 128, 256, 512, 1024)
RANKING_DIM = 64
# what the hand-written registry charged, before exact formulas (parameters)
OLD_CONSTANTS: dict[str, dict[str, int]] = {
    "cnn": {
        "noop": 0,
        "norm": 100,
        "attention": 2000,
        "depthwise": 4800,
        "bottleneck": 12000,
        "conv_small": 18000,
        "conv_light": 37000,
        "conv_heavy": 74000,
    },
    "transformer": {
        "noop": 0,
        "norm": 800,
        "lora": 6000,
        "lora_large": 25000,
        "attention": 50000,
        "flex_attention": 55000,
        "mlp_small": 300000,
        "mlp": 1200000,
    },
}
# the input sizes the forward-FLOP crossovers are stated at
FLOP_INPUTS: dict[str, dict[str, int]] = {
    "cnn": {"batch": 8, "height": 32, "width": 32},
    "transformer": {"batch": 8, "seq_len": 128},
}
MARKDOWN, PLOT, PEAK_PLOT = "estimates.md", "params.png", "peak.png"


def series(
    derived: BlueprintEstimates, quantity: str, dims: np.ndarray, sizes: dict[str, int]
) -> np.ndarray:
    """``quantity`` of ``derived`` at every dim in ``dims`` (default hyperparameters and
    choices; ``sizes`` the input sizes), exactly: an array of Python ints, None where refused."""
    return series_over(derived, quantity, sizes, "dim", dims)


def series_over(
    derived: BlueprintEstimates,
    quantity: str,
    fixed: dict[str, int],
    name: str,
    values: np.ndarray,
) -> np.ndarray:
    """``quantity`` of ``derived`` at every value in ``values`` of ``name`` (dim or an input
    size), the others at ``fixed`` (dim and input sizes) or their defaults (hyperparameters
    and choices), exactly: an array of Python ints, None where refused."""
    defaults = dict(derived.defaults)
    wanted = {n: defaults[n] for n, _ in derived.choices}
    variant = next(v for v in derived.variants if dict(v.values) == wanted)
    given = {v.name: defaults[v.name] for v in derived.variables if v.name in defaults}
    given.update(fixed)
    grid = {n: np.full(values.size, int(v), dtype=np.int64) for n, v in given.items()}
    grid[name] = values.astype(np.int64)
    return values_on(variant.estimate(quantity), grid)


def values_on(estimate: Estimate, grid: dict[str, np.ndarray]) -> np.ndarray:
    """The estimate at every point of ``grid`` as the generated function computes it (first
    branch whose condition holds): Python ints, None where a rejection branch applies."""
    if estimate.failure is not None:
        raise LookupError(estimate.failure)
    size = next(iter(grid.values())).size
    result = np.full(size, None, dtype=object)
    unclaimed = np.ones(size, dtype=bool)
    for branch in estimate.branches:
        chosen = unclaimed.copy()
        if branch.condition is not None:
            chosen &= np.asarray(evaluate(branch.condition, grid), dtype=bool)
        unclaimed &= ~chosen
        if branch.rejection is None and chosen.any():
            values = np.asarray(evaluate(branch.total, grid))
            result[chosen] = [int(v) for v in values[chosen]]
    return result


def crossovers(a: np.ndarray, b: np.ndarray, dims: np.ndarray) -> list[tuple[int, int, int]]:
    """Runs of one order between two series over ascending ``dims``: (first dim, last dim, sign
    of a - b). Dims where either refuses (attention needs dim % n_head == 0) are skipped: a
    run spans them, and a new run starts where the order changes between two dims where both
    build."""
    runs: list[tuple[int, int, int]] = []
    for dim, x, y in zip(dims.tolist(), a.tolist(), b.tolist(), strict=True):
        if x is None or y is None:
            continue
        sign = (x > y) - (x < y)
        if runs and runs[-1][2] == sign:
            runs[-1] = (runs[-1][0], dim, sign)
        else:
            runs.append((dim, dim, sign))
    return runs


def build(derived: Sequence[BlueprintEstimates]) -> tuple[str, dict[str, bytes]]:
    """The markdown of the report over the built-ins' derivations, and its plots by file
    name."""
    by_topology: dict[str, list[BlueprintEstimates]] = {}
    for d in derived:
        by_topology.setdefault(d.topology, []).append(d)
    lines = [
        "# Exact estimates of the built-in blueprints",
        "",
        "Generated by `nox -s report` (`python -m codegen report`) from the derivations behind "
        "`generated/estimates.py`; do not edit. `nox -s check` fails when it is stale.",
        "",
        "The hand-written registry this project replaces charged each blueprint a constant. "
        "Below, the exact parameter counts beside those constants, the rankings both ways, and "
        "the dims where two blueprints truly swap places.",
        "",
        f"![Parameters against dim, log-log; dashed: the old constants]({PLOT})",
        "",
        f"![Peak bytes of a training step with Adam against dim, log-log]({PEAK_PLOT})",
    ]
    for topology, blueprints in sorted(by_topology.items()):
        lines += ["", f"## {topology}", ""]
        lines += _against_constants(topology, blueprints)
        lines += ["", *_ranking(topology, blueprints)]
        dims = np.arange(1, min(b.variables[0].hi for b in blueprints) + 1)
        lines += ["", f"### Crossovers in parameters (dim 1 to {dims[-1]:,}, defaults)", ""]
        lines += [
            "Every dim is compared; a dim where a blueprint refuses to build (attention needs "
            "dim % n_head == 0) is skipped, so a run of one order spans it.",
            "",
        ]
        lines += _crossover_table(blueprints, "params", dims, {})
        sizes = FLOP_INPUTS.get(topology)
        if sizes is not None:
            stated = ", ".join(f"{k} = {v}" for k, v in sizes.items())
            lines += ["", f"### Crossovers in forward FLOPs ({stated})", ""]
            lines += _crossover_table(blueprints, "forward_flops", dims, sizes)
            lines += ["", f"### Training memory ({stated})", ""]
            lines += _memory_table(blueprints, sizes)
            besides = ", ".join(f"{k} = {v}" for k, v in sizes.items() if k != "batch")
            lines += ["", f"### Will it fit ({besides})", ""]
            lines += _fit_table(blueprints, sizes)
    lines += ["", "## Formulas", ""]
    for d in derived:
        lines += [f"### {d.key}", "", d.description, "", "```"]
        for variant in d.variants:
            if variant.values:
                lines.append("with " + ", ".join(f"{k}={v!r}" for k, v in variant.values) + ":")
            for estimate in variant.estimates:
                lines += formula_lines(estimate, d)
        lines += ["```", ""]
    plots = {PLOT: _plot(by_topology), PEAK_PLOT: _peak_plot(by_topology)}
    return "\n".join(lines).rstrip() + "\n", plots


def _against_constants(topology: str, blueprints: Sequence[BlueprintEstimates]) -> list[str]:
    constants = OLD_CONSTANTS.get(topology, {})
    dims = np.array(REPORT_DIMS)
    header = "| blueprint | old constant | " + " | ".join(f"dim {d}" for d in REPORT_DIMS) + " |"
    lines = [
        "Parameters at default hyperparameters; in parentheses the exact count over the old "
        "constant.",
        "",
        header,
        "|---|---:|" + "---:|" * len(REPORT_DIMS),
    ]
    for b in blueprints:
        old = constants.get(b.name)
        cells = []
        for value in series(b, "params", dims, {}):
            ratio = "" if not old else f" ({value / old:.3g}×)"
            cells.append(f"{value:,}{ratio}")
        shown = "—" if old is None else f"{old:,}"
        lines.append(f"| {b.name} | {shown} | " + " | ".join(cells) + " |")
    return lines


MEMORY_DIMS = (64, 512)
# the training state and peak shown in the report's memory table (the formulas list every
# optimizer)
MEMORY_STATES = {"SGD": OPTIMIZER_STATES["sgd"], "Adam": OPTIMIZER_STATES["adam"]}
PEAK = PEAKS["adam"]
# the memories of the "will it fit" table: the largest batch whose step with Adam fits
FIT_MEMORIES = {"16 GiB": 16 * 2**30, "80 GiB": 80 * 2**30}
FIT_DIMS = (64, 512)


def _memory_table(blueprints: Sequence[BlueprintEstimates], sizes: dict[str, int]) -> list[str]:
    """Activation bytes (what autograd saves in the forward) and training state (parameters,
    gradients, optimizer state) at MEMORY_DIMS, in MiB, exact bytes in the formulas."""
    dims = np.array(MEMORY_DIMS)
    columns = [("activation_bytes", "activations", sizes)] + [
        (quantity, f"{name} state", {}) for name, quantity in MEMORY_STATES.items()
    ]
    columns.append((PEAK, "Adam step's peak", sizes))
    header = " | ".join(f"{title} at {d}" for _, title, _ in columns for d in MEMORY_DIMS)
    lines = [
        "MiB at default hyperparameters: the bytes autograd saves for the backward pass during "
        "the forward, the bytes of parameters, gradients and optimizer state after a step "
        "(float32), and the most bytes alive at once during a training step with Adam "
        "(MemTracker's convention).",
        "",
        f"| blueprint | {header} |",
        "|---|" + "---:|" * (len(columns) * len(MEMORY_DIMS)),
    ]
    for b in blueprints:
        cells = []
        for quantity, _, stated in columns:
            try:
                values = series(b, quantity, dims, stated)
            except LookupError:
                cells += ["not derived"] * len(MEMORY_DIMS)
                continue
            cells += ["refused" if v is None else f"{v / 2**20:,.3f}" for v in values]
        lines.append(f"| {b.name} | " + " | ".join(cells) + " |")
    return lines


def _fit_table(blueprints: Sequence[BlueprintEstimates], sizes: dict[str, int]) -> list[str]:
    """The largest batch whose training step with Adam fits in each of FIT_MEMORIES, at
    FIT_DIMS, the other input sizes as stated: every batch of the domain evaluated exactly
    (the index's ``max_fitting`` answers the same question for any size)."""
    others = {k: v for k, v in sizes.items() if k != "batch"}
    top = max(v.hi for b in blueprints for v in b.inputs if v.name == "batch")
    header = " | ".join(f"{m} at dim {d}" for m in FIT_MEMORIES for d in FIT_DIMS)
    lines = [
        "The largest batch whose training step with Adam peaks within the memory, at default "
        f"hyperparameters ({top:,}, the top of the proven domain: every batch fits; "
        "`python -m codegen fit` solves for any size).",
        "",
        f"| blueprint | {header} |",
        "|---|" + "---:|" * (len(FIT_MEMORIES) * len(FIT_DIMS)),
    ]
    for b in blueprints:
        batch = next((v for v in b.inputs if v.name == "batch"), None)
        cells = []
        for memory in FIT_MEMORIES.values():
            for dim in FIT_DIMS:
                if batch is None or not b.derives(PEAK):
                    cells.append("not derived")
                    continue
                batches = np.arange(batch.lo, batch.hi + 1)
                peaks = series_over(b, PEAK, {"dim": dim, **others}, "batch", batches)
                fits = [
                    int(n)
                    for n, p in zip(batches, peaks, strict=True)
                    if p is not None and p <= memory
                ]
                cells.append(f"{max(fits):,}" if fits else "none")
        lines.append(f"| {b.name} | " + " | ".join(cells) + " |")
    return lines


def _ranking(topology: str, blueprints: Sequence[BlueprintEstimates]) -> list[str]:
    constants = OLD_CONSTANTS.get(topology, {})
    exact = {b.name: series(b, "params", np.array([RANKING_DIM]), {})[0] for b in blueprints}
    truth = " < ".join(sorted(exact, key=lambda n: (exact[n], n)))
    lines = [f"Ranking by parameters at dim {RANKING_DIM}, cheapest first:", ""]
    if constants:
        old = " < ".join(sorted(constants, key=lambda n: (constants[n], n)))
        lines.append(f"- old constants: {old}")
    lines.append(f"- exact: {truth}")
    return lines


def _crossover_table(
    blueprints: Sequence[BlueprintEstimates], quantity: str, dims: np.ndarray, sizes: dict[str, int]
) -> list[str]:
    values = {}
    for b in blueprints:
        try:
            values[b.name] = series(b, quantity, dims, sizes)
        except LookupError:
            continue  # not derived: listed in its formulas below
    names = sorted(values)
    rows, steady = [], []
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            runs = crossovers(values[a], values[b], dims)
            if len(runs) <= 1:
                if runs:
                    steady.append(_order(a, b, runs[0][2]))
                continue
            shown = [f"{_span(lo, hi)}: {_order(a, b, s)}" for lo, hi, s in runs[:6]]
            if len(runs) > 6:
                shown.append(f"… {len(runs) - 6} more changes up to dim {runs[-1][1]:,}")
            crossing = ", ".join(f"{lo:,}" for lo, _, _ in runs[1:7])
            rows.append(f"| {a}, {b} | {crossing} | " + "; ".join(shown) + " |")
    lines = ["| pair | order changes at dim | order |", "|---|---|---|", *rows]
    if not rows:
        lines = ["No two blueprints swap places."]
    if steady:
        lines += ["", "The same order at every dim where both build: " + ", ".join(steady) + "."]
    return lines


def _order(a: str, b: str, sign: int) -> str:
    return f"{a} = {b}" if sign == 0 else (f"{b} < {a}" if sign > 0 else f"{a} < {b}")


def _span(lo: int, hi: int) -> str:
    return f"dim {lo:,}" if lo == hi else f"dims {lo:,}–{hi:,}"


def _plot(by_topology: dict[str, list[BlueprintEstimates]]) -> bytes:
    """Parameters against dim, log-log, the old constants dashed."""
    return _figure(
        by_topology,
        lambda b, dims: series(b, "params", dims, {}),
        "parameters",
        lambda topology: f"{topology}: exact (solid) and old constants (dashed)",
        OLD_CONSTANTS,
    )


def _peak_plot(by_topology: dict[str, list[BlueprintEstimates]]) -> bytes:
    """The peak bytes of a training step with Adam against dim at the stated input sizes."""

    def peaks(b: BlueprintEstimates, dims: np.ndarray) -> list[int | None]:
        if not b.derives(PEAK) or b.topology not in FLOP_INPUTS:
            return [None] * dims.size
        return list(series(b, PEAK, dims, FLOP_INPUTS[b.topology]))

    def title(topology: str) -> str:
        stated = ", ".join(f"{k} {v}" for k, v in FLOP_INPUTS.get(topology, {}).items())
        return f"{topology}: peak bytes of a step with Adam ({stated})"

    return _figure(by_topology, peaks, "peak bytes", title, {})


def _figure(
    by_topology: dict[str, list[BlueprintEstimates]],
    values: Callable[[BlueprintEstimates, np.ndarray], Sequence[int | None]],
    label: str,
    title: Callable[[str], str],
    constants: dict[str, dict[str, int]],
) -> bytes:
    """One log-log panel per topology: ``values`` of each blueprint against dim (its dims
    where it builds and the value is not 0, connected), ``constants`` as dashed lines."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    topologies = sorted(by_topology)
    fig, axes = plt.subplots(1, len(topologies), figsize=(6 * len(topologies), 4.8), dpi=100)
    dims = np.unique(np.round(np.logspace(0, np.log10(65536), 300)).astype(np.int64))
    colors = plt.get_cmap("tab10").colors
    for ax, topology in zip(np.atleast_1d(axes), topologies, strict=True):
        old = constants.get(topology, {})
        for i, b in enumerate(by_topology[topology]):
            # a log scale has no 0; a blueprint that refuses a dim (attention needs
            # dim % n_head == 0) is connected over it
            points = [(d, v) for d, v in zip(dims, values(b, dims), strict=True) if v]
            color = colors[i % len(colors)]
            if points:
                xs, ys = zip(*points, strict=True)
                # thinner one by one, so that equal counts (attention and flex_attention) show
                # as a line inside a line
                width = 3.0 - 0.3 * i
                ax.plot(xs, [float(y) for y in ys], color=color, label=b.name, linewidth=width)
            if old.get(b.name):
                ax.axhline(old[b.name], color=color, linestyle="--", linewidth=0.8)
        ax.set_xscale("log", base=2)
        ax.set_yscale("log")
        ax.set_xlabel("dim (channels)")
        ax.set_ylabel(label)
        ax.set_title(title(topology))
        ax.grid(True, which="major", linewidth=0.3)
        ax.legend(fontsize=7, loc="upper left")
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", metadata={"Software": None})
    plt.close(fig)
    return buffer.getvalue()


def write_or_check(
    markdown: str, plots: dict[str, bytes], directory: Path, check: bool
) -> list[str]:
    """Write the report files (only if changed), or with ``check`` what is stale in them."""
    stale = []
    md_path = directory / MARKDOWN
    if check:
        diff = stale_diff(md_path, markdown, str(md_path))
        if diff is not None:
            stale.append(diff)
        for name, png in plots.items():
            path = directory / name
            if not path.exists() or path.read_bytes() != png:
                stale.append(f"{path} differs from a fresh rendering\n")
        return stale
    write_if_changed(md_path, markdown)
    for name, png in plots.items():
        write_if_changed(directory / name, png)
    return stale
