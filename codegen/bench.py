"""Measure the generator: fresh derivation time and traces per blueprint, and call costs.

``python -m codegen.bench`` (``nox -s bench``) derives every blueprint of each source afresh
(no stored derivation is read or written) in worker processes, as ``python -m codegen
--no-cache`` does, and prints per blueprint the seconds its worker spent, its derivations
(parameter regions) and FLOP traces; then the wall time of each source against its target,
as a ratio (at most 1.00 meets it). The ``depth`` suite (``bench_stacks.py``) measures what
depth costs: twelve blocks, and a stack whose depth is a symbol, against one block. Then the
cost of a generated estimate against the ground truth it replaces (the module built on the
meta device and counted), as a ratio.

Last (alone with ``--calls``), what using the generated package costs (``calls``): a generated
function, the registry and a dispatcher against a bare Python call of the same signature (the
floor), as ratios with their targets; building on the meta device and FlopCounterMode on a real
step against a generated call; and the import of the index at the built-ins' 16 blueprints and
of a synthetic registry of 300 (renamed copies of the stored derivations), each in a fresh
interpreter.

Timing is printed, never asserted: a noisy machine must not fail a test.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import multiprocessing
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from blueprints.registry import BlueprintSpec

from .derive.blueprint import Settings
from .pipeline import derive_timed, quiet_torch, received, specs_of

# (sources, estimates module, target wall seconds for all, target seconds for any one)
SUITES = {
    "built-ins": (("blueprints",), "generated.estimates", 30.0, 15.0),
    "zoo": (("zoo",), "generated.zoo_estimates", None, 30.0),
    # what depth costs: codegen/bench_stacks.py (never generated, so no call costs)
    "depth": (("codegen.bench_stacks",), None, None, None),
}
# (blueprint, the blueprint it is measured against, the target ratio of their seconds)
RELATIVE = (
    ("transformer/bench_stack_12", "transformer/bench_block", 1.5),
    ("transformer/bench_normed_12", "transformer/bench_block", 1.5),
    ("transformer/bench_stack", "transformer/bench_block", 1.5),
)
# single blueprints with a target of their own
TARGETS = {"cnn/conv_small": 6.0}


@dataclass(frozen=True)
class Timing:
    key: str
    seconds: float
    derivations: int
    traces: int


# the depth suite compares the traced step's cost with depth: without the peak, which a stack
# whose depth is a symbol does not derive (its blocks' moments are not combined across depths)
SETTINGS = {"depth": Settings(peak=False)}


def time_suite(
    sources: Sequence[str], jobs: int, settings: Settings | None = None
) -> tuple[list[Timing], float]:
    """Each blueprint of ``sources`` derived afresh in ``jobs`` workers, and the wall time."""
    specs = specs_of(sources)
    order = sorted(specs, key=lambda s: (-len(s.choices), -len(s.hyperparameters()), s.key))
    tasks = [(s.key, tuple(sources), settings or Settings(), False) for s in order]
    context = multiprocessing.get_context("spawn")
    started = time.perf_counter()
    timings = []
    with context.Pool(max(1, min(jobs, len(tasks))), initializer=quiet_torch) as pool:
        for key, data, seconds in pool.imap_unordered(derive_timed, tasks):
            derived = received(key, data)
            timings.append(Timing(key, seconds, derived.derivations, derived.traces))
            print(f"  {key}: {seconds:.1f} s", flush=True)
    return sorted(timings, key=lambda t: t.key), time.perf_counter() - started


def call_ratios(sources: Sequence[str], module_name: str) -> list[tuple[str, float, float]]:
    """Per blueprint: microseconds of the generated parameter count, and how many times
    faster it is than building the module on the meta device and counting."""
    estimates = importlib.import_module(module_name)
    rows = []
    for spec in specs_of(sources):

        def generated_count(spec: BlueprintSpec = spec) -> int:
            return estimates.param_count(spec.topology, spec.name, 64)

        def actual_count(spec: BlueprintSpec = spec) -> int:
            return spec.actual_param_count(64)

        generated = timeit.Timer(generated_count)
        actual = timeit.Timer(actual_count)
        n, _ = generated.autorange()
        fast = min(generated.repeat(3, n)) / n
        m, _ = actual.autorange()
        slow = min(actual.repeat(3, m)) / m
        rows.append((spec.key, fast * 1e6, slow / fast))
    return rows


# (what is measured, target ratio against the floor)
CALL_TARGETS = {
    "cnn_attention_params(512)": 2.0,
    "spec.param_estimate(512)": 5.0,
    'forward_flops("cnn", "attention", 512, ...)': 5.0,
}
SYNTHETIC = 300  # blueprints in the synthetic registry whose import is timed
IMPORT_TARGET_MS = 5.0


def _per_call(function: Callable[[], object]) -> float:
    """Seconds per call of ``function``: the best of 7 repeats of an automatic loop count."""
    timer = timeit.Timer(function)
    number, _ = timer.autorange()
    return min(timer.repeat(7, number)) / number


# the floors: bare functions of the same signatures as the calls measured, returning 0
def _bare_params(dim: int, *, reduction: int = 4) -> int:
    return 0


def _bare_dispatch(topology: str, name: str, dim: int, **sizes_and_hyper: int) -> int:
    return 0


class _BareSpec:
    def param_estimate(self, dim: int, **hyper: int) -> int:
        return 0


def _import_ms(root: Path, module: str) -> float:
    """Milliseconds to import ``module`` (found under ``root``) in a fresh interpreter, the
    best of five: the index alone, its blueprint modules are imported on first use."""
    code = (
        "import sys, time; sys.path.insert(0, sys.argv[1]); t = time.perf_counter(); "
        f"import {module}; print(time.perf_counter() - t)"
    )
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code, str(root)], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(5)
    ]
    return min(runs) * 1e3


def synthetic_package(directory: Path, copies: int) -> Path:
    """A package of ``copies`` generated blueprints rendered from the built-ins' stored
    derivations under new names (as many rounds of them as it takes); its directory."""
    from .cache import DerivationCache
    from .emit.render import render
    from .pipeline import DEFAULT_SOURCES, specs_of

    cache = DerivationCache()
    stored = [cache.load(spec, Settings()) for spec in specs_of(DEFAULT_SOURCES)]
    derived = [d for d in stored if d is not None]
    renamed = [
        dataclasses.replace(d, name=f"{d.name}_{i // len(derived)}")
        for i, d in enumerate(derived[i % len(derived)] for i in range(copies))
    ]
    renamed.sort(key=lambda d: (d.topology, d.name))
    package = directory / "synthetic"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for relative, text in render(renamed, ["synthetic"]).items():
        (package / relative).parent.mkdir(parents=True, exist_ok=True)
        (package / relative).write_text(text)
    return package


def calls() -> None:
    """Print what using the generated package costs (see the module docstring)."""
    from blueprints.flop_reference import CUSTOM_MAPPING
    from blueprints.registry import BlueprintRegistry
    from generated import estimates

    importlib.import_module("blueprints")
    spec = BlueprintRegistry.get("cnn", "attention")
    sizes = {"batch": 8, "height": 32, "width": 32}
    params = estimates.cnn_attention_params
    spec.param_estimate(512)
    bare_params, bare_dispatch, bare_spec = _bare_params, _bare_dispatch, _BareSpec()
    # each pair is called the same way (one lambda around one call), so that the ratio is
    # what the generated code adds to a call
    pairs = {
        "cnn_attention_params(512)": (lambda: params(512), lambda: bare_params(512)),
        "spec.param_estimate(512)": (
            lambda: spec.param_estimate(512),
            lambda: bare_spec.param_estimate(512),
        ),
        'forward_flops("cnn", "attention", 512, ...)': (
            lambda: estimates.forward_flops("cnn", "attention", 512, **sizes),
            lambda: bare_dispatch("cnn", "attention", 512, **sizes),
        ),
    }
    print("the generated package: a call against a bare call of the same signature (the floor)")
    print(f"  {'call':46} {'ns':>8} {'floor ns':>9} {'ratio':>6} {'target':>7}")
    for label, (call, bare) in pairs.items():
        ours, floor = _per_call(call), _per_call(bare)
        print(
            f"  {label:46} {ours * 1e9:8.0f} {floor * 1e9:9.0f} {ours / floor:6.2f}"
            f" {CALL_TARGETS[label]:7.1f}"
        )
    generated = _per_call(lambda: params(512))
    import torch
    from torch.utils.flop_counter import FlopCounterMode

    def meta_build() -> int:
        with torch.device("meta"):
            module = spec.factory(512)
        return sum(p.numel() for p in module.parameters())

    module = spec.factory(512)
    x = torch.randn(8, 512, 32, 32, requires_grad=True)

    def counted_step() -> int:
        with FlopCounterMode(display=False, custom_mapping=CUSTOM_MAPPING) as counter:
            module(x).sum().backward()
        return counter.get_total_flops()

    flops_call = _per_call(lambda: estimates.cnn_attention_forward_flops(512, **sizes))
    meta = _per_call(meta_build)
    timer = timeit.Timer(counted_step)
    counted = min(timer.repeat(3, 1))
    print(
        f"  building cnn/attention at 512 on the meta device: {meta * 1e6:,.0f} us, "
        f"{meta / generated:,.0f}x a generated call (target 1,000x)"
    )
    print(
        f"  FlopCounterMode on a real step (batch 8, 32x32): {counted * 1e3:,.1f} ms, "
        f"{counted / flops_call:,.0f}x a generated FLOP call (target 10,000x)"
    )
    root = Path(__file__).resolve().parent.parent
    builtins = _import_ms(root, "generated.estimates")
    with tempfile.TemporaryDirectory() as directory:
        synthetic_package(Path(directory), SYNTHETIC)
        large = _import_ms(Path(directory), "synthetic.estimates")
    print(
        f"  import of the index, fresh interpreter: {len(estimates.BLUEPRINTS)} blueprints "
        f"{builtins:.2f} ms, {SYNTHETIC} blueprints {large:.2f} ms (target "
        f"{IMPORT_TARGET_MS:.0f} ms each)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.bench", description=__doc__)
    parser.add_argument("--jobs", "-j", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument(
        "--suite",
        action="append",
        choices=sorted(SUITES),
        help="measure only this suite (repeatable; default: all)",
    )
    parser.add_argument(
        "--calls",
        action="store_true",
        help="measure only what using the generated package costs (seconds, not minutes)",
    )
    args = parser.parse_args(argv)
    if args.calls:
        calls()
        return 0
    for name in args.suite or sorted(SUITES):
        sources, module_name, wall_target, each_target = SUITES[name]
        print(f"{name}: deriving afresh with {args.jobs} worker(s)", flush=True)
        timings, wall = time_suite(sources, args.jobs, SETTINGS.get(name))
        print(f"\n{name}: fresh derivation per blueprint (worker seconds)")
        print(f"  {'blueprint':40} {'seconds':>8} {'derivations':>12} {'traces':>7} {'target':>7}")
        for t in timings:
            target = TARGETS.get(t.key, each_target)
            ratio = f"{t.seconds / target:.2f}" if target else ""
            print(f"  {t.key:40} {t.seconds:8.1f} {t.derivations:12d} {t.traces:7d} {ratio:>7}")
        total_traces = sum(t.traces for t in timings)
        cpu = sum(t.seconds for t in timings)
        line = f"  wall {wall:.1f} s, worker total {cpu:.1f} s, {total_traces} FLOP traces"
        if wall_target:
            line += f"; wall / target {wall_target:.0f} s = {wall / wall_target:.2f}"
        slowest = max(timings, key=lambda t: t.seconds)
        line += f"; slowest {slowest.key} {slowest.seconds:.1f} s"
        print(line)
        seconds = {t.key: t.seconds for t in timings}
        for key, base, target in RELATIVE:
            if key in seconds and base in seconds:
                ratio = seconds[key] / seconds[base]
                print(
                    f"  {key} / {base}: {ratio:.2f} (target {target}; ratio / target "
                    f"{ratio / target:.2f})"
                )
        if module_name is None:
            print()
            continue
        print(f"\n{name}: a generated parameter count against building on the meta device")
        for key, micros, ratio in call_ratios(sources, module_name):
            print(f"  {key:40} {micros:8.2f} us   {ratio:8.0f}x faster")
        print()
    calls()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
