"""Sweeps of whole libraries: derive every blueprint a sweep registers, past refusals, keep each
outcome, and write the README's table of them.

``python -m codegen.sweep NAME [-j N]`` derives the blueprints that ``sweeps.NAME`` registers
(one per layer of a library: see ``sweeps/``). Unlike ``python -m codegen``, a refusal does not
stop the run: it is an outcome, with its cause, like an exact derivation. Exact derivations go
to the sweep's store (``sweeps/derivations/NAME/``, read as ``python -m codegen`` reads its
own: as data, spot-checked against the real layer), every outcome to
``sweeps/results/NAME.json``, written after each blueprint (a long sweep interrupted keeps what
it found; run again, it derives only what is missing or stale), and the table to the README,
between its markers. ``--check`` derives nothing: it fails where the table differs from the
outcomes, or an outcome from its store; ``--table`` derives nothing either: it writes the table
of the outcomes recorded so far (after an interrupted run).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import multiprocessing
import signal
import sys
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import z3

from blueprints.registry import BlueprintSpec

from .cache import DerivationCache, key
from .cli.common import with_fixed_hash_seed
from .derive.blueprint import Settings, derive_blueprint
from .emit.output import write_if_changed
from .errors import DerivationError, first_line
from .ir import BlueprintEstimates
from .pipeline import quiet_torch, received, sent, specs_of
from .spot_check import spot_check
from .stored import StoreError

# what a sweep derives: everything but the peak bytes, whose recording doubles a trace's cost
# (a sweep is hours of library layers; its stores were derived before the peak existed)
SETTINGS = Settings(peak=False)

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


@dataclass(frozen=True)
class Outcome:
    """What a sweep found for one blueprint: ``status`` "exact" (every quantity), "parameters"
    (parameters, buffers and training state exact; the traced quantities refused, ``cause``
    says why) or "refused" (nothing derived, ``cause`` says why). ``inputs`` is the store key of
    the derivation's inputs: a refusal is derived again only when they change."""

    blueprint: str
    description: str
    status: str
    cause: str | None
    inputs: str


@dataclass(frozen=True)
class Sweep:
    """A sweep: the module that registers its blueprints, where its store and outcomes live."""

    name: str
    source: str
    root: Path = ROOT / "sweeps"

    @classmethod
    def named(cls, name: str) -> Sweep:
        """The sweep ``sweeps.NAME`` of this project."""
        return cls(name, f"sweeps.{name}")

    @property
    def store(self) -> Path:
        return self.root / "derivations" / self.name

    @property
    def results(self) -> Path:
        return self.root / "results" / f"{self.name}.json"

    @property
    def over_budget(self) -> Path:
        """Blueprints a budget stopped, with the longest budget each outlasted."""
        return self.root / "results" / f"{self.name}.over_budget.json"

    def specs(self) -> list[BlueprintSpec]:
        return specs_of([self.source])


def outcome(spec: BlueprintSpec, derived: BlueprintEstimates, settings: Settings) -> Outcome:
    failures = derived.failures()
    return Outcome(
        spec.key,
        spec.description,
        "parameters" if failures else "exact",
        "; ".join(failures) if failures else None,
        key(spec, settings),
    )


def read_outcomes(sweep: Sweep) -> dict[str, Outcome]:
    """The recorded outcomes of ``sweep``, by blueprint (none before its first run)."""
    path = sweep.results
    if not path.exists():
        return {}
    rows = json.loads(path.read_text(encoding="utf-8"))
    fields = {f.name for f in dataclasses.fields(Outcome)}
    outcomes = {}
    for row in rows:
        if not (isinstance(row, dict) and set(row) == fields):
            raise ValueError(f"{path}: a row must have exactly the fields {sorted(fields)}")
        outcomes[row["blueprint"]] = Outcome(**row)
    return outcomes


def write_outcomes(sweep: Sweep, outcomes: dict[str, Outcome]) -> None:
    rows = [dataclasses.asdict(outcomes[k]) for k in sorted(outcomes)]
    write_if_changed(sweep.results, json.dumps(rows, indent=1, sort_keys=True) + "\n")


def read_over_budget(sweep: Sweep) -> dict[str, int]:
    """The blueprints a budget stopped in earlier runs: the longest budget each outlasted, in
    seconds (none recorded: empty)."""
    path = sweep.over_budget
    if not path.exists():
        return {}
    found = json.loads(path.read_text(encoding="utf-8"))
    if not (isinstance(found, dict) and all(type(v) is int for v in found.values())):
        raise ValueError(f"{path}: must map each blueprint to a number of seconds")
    return found


def _write_over_budget(sweep: Sweep, slow: dict[str, int]) -> None:
    if slow or sweep.over_budget.exists():
        text = json.dumps(dict(sorted(slow.items())), indent=1) + "\n"
        write_if_changed(sweep.over_budget, text)


def run(
    sweep: Sweep,
    jobs: int = 1,
    settings: Settings | None = None,
    progress: Callable[[str], None] = print,
    budget: int | None = None,
) -> dict[str, Outcome]:
    """Derive what ``sweep`` lacks (missing, stale), keep every outcome; the outcomes.

    ``budget``: seconds a derivation may take; one that takes longer is stopped and left
    without an outcome (not derived yet: a later run without a budget derives it), so that a
    few slow layers do not hold up the rest of a sweep. A stopped blueprint is remembered
    (``Sweep.over_budget``): later runs derive it last, and skip it under a budget no longer
    than the one it outlasted."""
    settings = settings or SETTINGS
    specs = sweep.specs()
    cache = DerivationCache(sweep.store)
    recorded = read_outcomes(sweep)
    outcomes: dict[str, Outcome] = {}
    todo = []
    for spec in specs:
        try:
            derived = cache.load(spec, settings)
        except StoreError as exc:  # not what the generator writes, or wrong: derived afresh
            progress(f"{spec.key}: the stored derivation is dropped: {first_line(exc)}")
            cache.path(spec).unlink()
            derived = None
        if derived is not None:
            outcomes[spec.key] = outcome(spec, derived, settings)
            continue
        known = recorded.get(spec.key)
        if known is not None and known.status == "refused" and known.inputs == key(spec, settings):
            outcomes[spec.key] = known
            continue
        todo.append(spec)
    slow = {k: v for k, v in read_over_budget(sweep).items() if k in {s.key for s in todo}}
    skipped = [s.key for s in todo if budget and slow.get(s.key, 0) >= budget]
    todo = sorted(
        (s for s in todo if s.key not in skipped), key=lambda s: slow.get(s.key, 0)
    )  # stable: the sweep's order, then what an earlier budget stopped, shortest first
    progress(f"{sweep.name}: {len(specs)} blueprint(s), {len(todo)} to derive")
    if skipped:
        progress(
            f"{len(skipped)} skipped, stopped by a budget of at least {budget} s before: "
            + ", ".join(skipped)
        )
    cache.prune(specs)
    by_key = {s.key: s for s in specs}
    started = time.perf_counter()
    for number, (blueprint, data, refusal) in enumerate(
        _derive(todo, sweep.source, settings, jobs, budget), 1
    ):
        spec = by_key[blueprint]
        if refusal == _OVER_BUDGET:
            slow[blueprint] = max(slow.get(blueprint, 0), budget or 0)
            _write_over_budget(sweep, slow)
            progress(
                f"[{number}/{len(todo)}] {blueprint}: not derived within {budget} s, left for "
                f"a run without --budget (after {time.perf_counter() - started:.0f} s)"
            )
            continue
        derived = received(blueprint, data) if data is not None else None
        wrong = _disagrees(spec, derived, cache) if derived is not None else None
        if derived is not None and wrong is None:
            cache.store(spec, settings, derived)
            outcomes[blueprint] = outcome(spec, derived, settings)
        elif wrong is not None:
            outcomes[blueprint] = Outcome(
                blueprint, spec.description, "refused", wrong, key(spec, settings)
            )
        else:
            outcomes[blueprint] = Outcome(
                blueprint, spec.description, "refused", refusal, key(spec, settings)
            )
        write_outcomes(sweep, outcomes | _kept(recorded, by_key, outcomes))
        if slow.pop(blueprint, None) is not None:
            _write_over_budget(sweep, slow)
        found = outcomes[blueprint]
        progress(
            f"[{number}/{len(todo)}] {blueprint}: {found.status}"
            + (f" ({found.cause})" if found.cause else "")
            + f" (after {time.perf_counter() - started:.0f} s)"
        )
    outcomes = {k: outcomes[k] for k in sorted(outcomes)}
    write_outcomes(sweep, outcomes)
    return outcomes


def _disagrees(
    spec: BlueprintSpec, derived: BlueprintEstimates, cache: DerivationCache
) -> str | None:
    """Why a fresh derivation is refused, where it disagrees with the real layer at a spot
    check (a generator bug: never stored, never a wrong number in a table); None where it
    agrees."""
    if not cache.verify:
        return None
    try:
        spot_check(spec, derived, cache.path(spec))
    except StoreError as exc:
        return (
            f"the derivation disagrees with the real layer at {exc.where}: "
            + exc.problem.split(" (the entry")[0].replace("the stored formula", "the formula")
            + " (a generator bug: refused until it is fixed)"
        )
    return None


def forget_stale(sweep: Sweep, settings: Settings | None = None) -> list[str]:
    """Drop the recorded outcomes found for other inputs than the blueprints' current ones (a
    generator changed since: an interrupted re-derivation leaves them), and of blueprints the
    sweep no longer registers; the blueprints dropped. They are derived again by the next run
    and, until then, the table counts them as not derived yet."""
    settings = settings or SETTINGS
    by_key = {s.key: s for s in sweep.specs()}
    if not by_key:
        raise LookupError(f"sweep {sweep.name} registers no blueprint: nothing is dropped")
    outcomes = read_outcomes(sweep)
    stale = sorted(
        k for k, o in outcomes.items() if k not in by_key or o.inputs != key(by_key[k], settings)
    )
    if stale:
        write_outcomes(sweep, {k: o for k, o in outcomes.items() if k not in stale})
    return stale


def _kept(
    recorded: dict[str, Outcome], specs: dict[str, BlueprintSpec], found: dict[str, Outcome]
) -> dict[str, Outcome]:
    """Recorded outcomes of blueprints not derived yet in this run (written back as they were
    while the run goes on, so an interrupted run loses nothing)."""
    return {k: v for k, v in recorded.items() if k in specs and k not in found}


# what _derive_one gives for a derivation stopped by the budget (not an outcome)
_OVER_BUDGET = "\0over budget"


class _Stopped(BaseException):
    """The budget's alarm: a BaseException, so that no ``except Exception`` in the generator
    (a real step that raises is a rejection) takes it for the layer's own error."""


# every z3 context of this process, so that the budget can interrupt a solver's check (a
# signal's Python handler runs only once the check returns, and one check can take an hour)
_CONTEXTS: weakref.WeakSet[z3.Context] = weakref.WeakSet()
_context_init = z3.Context.__init__


def _tracked_context_init(self: z3.Context, *args: Any, **kwargs: Any) -> None:
    _context_init(self, *args, **kwargs)
    _CONTEXTS.add(self)


z3.Context.__init__ = _tracked_context_init  # type: ignore[method-assign]


def _interrupt_solvers(done: threading.Event, after: float) -> None:
    """Once ``after`` seconds pass (unless ``done`` is set first), interrupt every z3 check,
    each second until ``done``: the check returns, and the alarm's handler stops the rest."""
    if done.wait(after):
        return
    while not done.is_set():
        for context in list(_CONTEXTS):
            context.interrupt()
        done.wait(1.0)


def _derive(
    specs: Sequence[BlueprintSpec],
    source: str,
    settings: Settings,
    jobs: int,
    budget: int | None = None,
) -> Iterator[tuple[str, Any, str | None]]:
    tasks = [(s.key, source, settings, budget) for s in specs]
    if jobs <= 1 or len(tasks) <= 1:
        yield from map(_derive_one, tasks)
        return
    context = multiprocessing.get_context("spawn")  # no fork of a process that has run torch
    with context.Pool(min(jobs, len(tasks)), initializer=quiet_torch, maxtasksperchild=8) as pool:
        yield from pool.imap_unordered(_derive_one, tasks)


def _derive_one(task: tuple[str, str, Settings, int | None]) -> tuple[str, Any, str | None]:
    """Derive one blueprint of a sweep (in a worker: it imports the sweep itself), sent as
    data (``pipeline.sent``); a refusal is a result, its cause the DerivationError's text on
    one line; a derivation longer than the budget gives ``_OVER_BUDGET``."""
    blueprint, source, settings, budget = task
    spec = next(s for s in specs_of([source]) if s.key == blueprint)

    def stop(signum: int, frame: Any) -> None:
        raise _Stopped

    previous = signal.signal(signal.SIGALRM, stop) if budget else None
    done = threading.Event()
    if budget:
        signal.alarm(budget)
        threading.Thread(target=_interrupt_solvers, args=(done, budget + 1), daemon=True).start()
    try:
        return blueprint, sent(derive_blueprint(spec, settings)), None
    except DerivationError as exc:
        return blueprint, None, " ".join(str(exc).split())
    except _Stopped:
        return blueprint, None, _OVER_BUDGET
    except Exception as exc:  # never a traceback, never a lost sweep
        return blueprint, None, f"{type(exc).__name__}: {first_line(exc)}"
    finally:
        done.set()
        if budget:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)


# --- the README's table ---------------------------------------------------------------------
_CAUSE = 220  # characters of a cause the table shows (the results file has all of it)


def markers(name: str) -> tuple[str, str]:
    return (
        f"<!-- sweep {name}: python -m codegen.sweep {name} writes this table, "
        "tests/real_modules/test_sweeps.py checks it -->",
        f"<!-- end of sweep {name} -->",
    )


def table(
    sweep: Sweep,
    outcomes: dict[str, Outcome],
    specs: Sequence[BlueprintSpec],
    settings: Settings | None = None,
) -> str:
    """The README's section of ``sweep``: totals, a row per blueprint, what is left out."""
    settings = settings or SETTINGS
    name = sweep.name
    module = sys.modules[sweep.source]
    title = getattr(module, "TITLE", name)
    counts = {status: 0 for status in ("exact", "parameters", "refused", "not derived")}
    rows = []
    for spec in specs:
        found = outcomes.get(spec.key)
        if found is None or found.inputs != key(spec, settings):
            status, text = "not derived", "not derived yet (run the sweep)"
        else:
            status = found.status
            text = {
                "exact": "exact",
                "parameters": f"parameters exact; FLOPs refused: {_short(found.cause)}",
                "refused": f"refused: {_short(found.cause)}",
            }[status]
        counts[status] += 1
        rows.append(f"| {_cell(spec.description)} | `{spec.key}` | {_cell(text)} |")
    skipped = getattr(module, "skipped", dict)()
    by_reason: dict[str, list[str]] = {}
    for layer, reason in skipped.items():
        by_reason.setdefault(reason, []).append(layer)
    total = (
        f"{title}: {len(specs)} blueprints; {counts['exact']} exact end to end (parameters, "
        f"buffers, the four FLOP counts, activation bytes, training state), "
        f"{counts['parameters']} with parameters exact and FLOPs refused, "
        f"{counts['refused']} refused"
        + (f", {counts['not derived']} not derived yet" if counts["not derived"] else "")
        + "."
        + (
            f" {module.IN_PROGRESS}"  # how to resume, while some are not derived
            if getattr(module, "IN_PROGRESS", None) and counts["not derived"]
            else ""
        )
    )
    lines = [*markers(name)[:1], "", total, "", "| layer | blueprint | outcome |", "|---|---|---|"]
    lines += rows
    if by_reason:
        lines += [
            "",
            "Left out: "
            + "; ".join(f"{', '.join(layers)} ({reason})" for reason, layers in by_reason.items())
            + ".",
        ]
    lines += ["", markers(name)[1]]
    return "\n".join(lines)


def _short(text: str | None) -> str:
    text = text or ""
    return text if len(text) <= _CAUSE else text[: _CAUSE - 1].rstrip() + "…"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def readme_with(name: str, section: str, readme: str) -> str:
    """``readme`` with the section of sweep ``name`` replaced by ``section``."""
    start, end = markers(name)
    if start not in readme or end not in readme:
        raise LookupError(
            f"README.md has no section for sweep {name}: add the lines {start} and {end}"
        )
    before = readme[: readme.index(start)]
    after = readme[readme.index(end) + len(end) :]
    return before + section + after


def problems(
    sweep: Sweep,
    readme: Path = README,
    settings: Settings | None = None,
    spot_checks: int | None = None,
) -> list[str]:
    """What is out of date in ``sweep`` (nothing derived here): the README's table, an
    outcome without its stored derivation, a stored derivation that is not what the real
    layer gives (spot check), a blueprint without an outcome.

    ``spot_checks``: how many stored derivations are checked against the real layers (evenly
    spread; every other one is still read as data and held to its blueprint); all by default.
    A sweep whose module sets ``IN_PROGRESS`` (a long one, derived over several runs) may
    lack outcomes: its table says how many."""
    settings = settings or SETTINGS
    specs = sweep.specs()
    outcomes = read_outcomes(sweep)
    in_progress = getattr(sys.modules[sweep.source], "IN_PROGRESS", None)
    stored = [s for s in specs if s.key in outcomes and outcomes[s.key].status != "refused"]
    count = len(stored) if spot_checks is None else min(spot_checks, len(stored))
    checked = {stored[i * len(stored) // count].key for i in range(count)}  # evenly spread
    found = []
    for spec in specs:
        known = outcomes.get(spec.key)
        if known is None:
            if not in_progress:
                found.append(f"{spec.key}: no outcome recorded")
            continue
        if known.inputs != key(spec, settings):
            found.append(f"{spec.key}: its outcome was found for other inputs (stale)")
            continue
        if known.status == "refused":
            continue
        try:
            derived = DerivationCache(sweep.store, spec.key in checked).load(spec, settings)
        except StoreError as exc:
            found.append(f"{spec.key}: {first_line(exc)}")
            continue
        if derived is None:
            found.append(f"{spec.key}: no stored derivation for its {known.status} outcome")
        elif outcome(spec, derived, settings) != known:
            found.append(f"{spec.key}: the stored derivation is not the recorded outcome")
    stray = sorted(set(outcomes) - {s.key for s in specs})
    found += [f"{k}: an outcome of a blueprint the sweep no longer registers" for k in stray]
    text = readme.read_text(encoding="utf-8")
    if readme_with(sweep.name, table(sweep, outcomes, specs, settings), text) != text:
        found.append(
            f"{readme.name}: the table of sweep {sweep.name} is not the one its outcomes make"
        )
    return found


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:
        with_fixed_hash_seed("codegen.sweep", sys.argv[1:])
    parser = argparse.ArgumentParser(
        prog="python -m codegen.sweep",
        description="Derive every blueprint of a sweep (sweeps/NAME.py), past refusals; keep "
        "the outcomes and write the README's table.",
    )
    parser.add_argument("name", help="the sweep: a module of the sweeps package (torch_nn)")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="worker processes")
    what = parser.add_mutually_exclusive_group()
    what.add_argument(
        "--check", action="store_true", help="derive nothing; fail where anything is stale"
    )
    what.add_argument(
        "--table",
        action="store_true",
        help="derive nothing; write the README's table from the recorded outcomes (after an "
        "interrupted run), dropping those a change of the generator made stale",
    )
    parser.add_argument(
        "--budget",
        type=_positive,
        metavar="SECONDS",
        help="stop a derivation that takes longer and leave it not derived (a later run "
        "without a budget derives it)",
    )
    parser.add_argument(
        "--spot-checks",
        type=_positive,
        metavar="N",
        help="with --check: compare N evenly spread stored derivations with the real layers "
        "(default: all); every one is still read as data",
    )
    args = parser.parse_args(argv)
    quiet_torch()
    sweep = Sweep.named(args.name)
    try:
        if args.check:
            found = problems(sweep, spot_checks=args.spot_checks)
            for problem in found:
                print(problem, file=sys.stderr)
            if found:
                print(f"fix: python -m codegen.sweep {args.name}", file=sys.stderr)
            return 1 if found else 0
        if args.table:
            stale = forget_stale(sweep)
            if stale:
                print(f"{len(stale)} stale outcome(s) dropped: {', '.join(stale)}")
            outcomes = read_outcomes(sweep)
        else:
            outcomes = run(
                sweep,
                args.jobs,
                progress=lambda text: print(text, flush=True),
                budget=args.budget,
            )
        readme = README.read_text(encoding="utf-8")
        section = table(sweep, outcomes, sweep.specs())
        write_if_changed(README, readme_with(sweep.name, section, readme))
    except (ImportError, LookupError, ValueError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
