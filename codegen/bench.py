"""Measure the generator: fresh derivation time and traces per blueprint, and call costs.

``python -m codegen.bench`` (``nox -s bench``) derives every blueprint of each source afresh
(no stored derivation is read or written) in worker processes, as ``python -m codegen
--no-cache`` does, and prints per blueprint the seconds its worker spent, its derivations
(parameter regions) and FLOP traces; then the wall time of each source against its target,
as a ratio (at most 1.00 meets it). Last, the cost of a generated estimate against the
ground truth it replaces (the module built on the meta device and counted), as a ratio.

Timing is printed, never asserted: a noisy machine must not fail a test.
"""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import time
import timeit
from collections.abc import Sequence
from dataclasses import dataclass

from blueprints.registry import BlueprintSpec

from .derive import Settings
from .pipeline import derive_timed, quiet_torch, specs_of

# (sources, estimates module, target wall seconds for all, target seconds for any one)
SUITES = {
    "built-ins": (("blueprints",), "generated.estimates", 30.0, 15.0),
    "zoo": (("zoo",), "generated.zoo_estimates", None, 30.0),
}
# single blueprints with a target of their own
TARGETS = {"cnn/conv_small": 6.0}


@dataclass(frozen=True)
class Timing:
    key: str
    seconds: float
    derivations: int
    traces: int


def time_suite(sources: Sequence[str], jobs: int) -> tuple[list[Timing], float]:
    """Each blueprint of ``sources`` derived afresh in ``jobs`` workers, and the wall time."""
    specs = specs_of(sources)
    order = sorted(specs, key=lambda s: (-len(s.choices), -len(s.hyperparameters()), s.key))
    tasks = [(s.key, tuple(sources), Settings()) for s in order]
    context = multiprocessing.get_context("spawn")
    started = time.perf_counter()
    timings = []
    with context.Pool(max(1, min(jobs, len(tasks))), initializer=quiet_torch) as pool:
        for key, derived, seconds in pool.imap_unordered(derive_timed, tasks):
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.bench", description=__doc__)
    parser.add_argument("--jobs", "-j", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument(
        "--suite",
        action="append",
        choices=sorted(SUITES),
        help="measure only this suite (repeatable; default: all)",
    )
    args = parser.parse_args(argv)
    for name in args.suite or sorted(SUITES):
        sources, module_name, wall_target, each_target = SUITES[name]
        print(f"{name}: deriving afresh with {args.jobs} worker(s)", flush=True)
        timings, wall = time_suite(sources, args.jobs)
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
        print(f"\n{name}: a generated parameter count against building on the meta device")
        for key, micros, ratio in call_ratios(sources, module_name):
            print(f"  {key:40} {micros:8.2f} us   {ratio:8.0f}x faster")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
