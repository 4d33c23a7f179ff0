"""Generation as a pure function: registered blueprints in, module texts out.

``generation`` imports the modules that register blueprints, derives every blueprint in a
stable order (topology, then name) and renders the files (an index and a module per
blueprint). It writes nothing: the command line (``cli.generate``) writes or checks the files
(``emit.output``) and stores the fresh derivations (``Generation.store``). The command line
and the tests take this one path.

Blueprints are independent, so with ``jobs > 1`` they are derived in worker processes (each
imports the sources itself); the results are collected in the same stable order, so the text
does not depend on which worker finished first. With a ``DerivationCache``, a blueprint whose
inputs are unchanged since its derivation was stored is not derived again (``codegen/cache.py``).
"""

from __future__ import annotations

import importlib
import logging
import multiprocessing
import time
import traceback
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import blueprints.registry as registry_module
from blueprints.registry import BlueprintRegistry, BlueprintSpec

from .cache import DerivationCache, encode
from .derive.blueprint import Progress, Settings, derive_blueprint
from .derive.symbolic import user_location
from .emit.render import render
from .errors import DerivationError
from .ir import PEAK_QUANTITIES, BlueprintEstimates
from .sources import fingerprint
from .stored import decode_entry

DEFAULT_SOURCES = ("blueprints",)
_REGISTRY_FILE = registry_module.__file__


class UnknownBlueprintError(ValueError):
    """``only`` names a blueprint no source registers."""


# what a failure of the traced step leaves underived
TRACED = "FLOPs, activation bytes and peak bytes"


@dataclass(frozen=True)
class Generation:
    """What a generation produced: the files (``render.render``), by path relative to the
    index's directory, and the derivations they were rendered from.

    Storing the fresh derivations is a step of its own (``store``), so that ``--check`` and a
    run that fails afterwards (``--strict``) write nothing.
    """

    files: dict[str, str]
    specs: list[BlueprintSpec]
    derived: list[BlueprintEstimates]  # in the order of ``specs``
    fresh: list[int]  # positions derived afresh, not read from the store
    settings: Settings
    cache: DerivationCache | None
    complete: bool  # every blueprint of the sources (no ``only``): the store is pruned to them
    # with ``keep_going``: the blueprints that could not be derived, left out of ``files``
    refused: tuple[DerivationError, ...] = ()

    @property
    def failures(self) -> list[tuple[str, str, str]]:
        """(blueprint, what, reason) of every estimate that could not be derived: ``what``
        names the quantities (FLOPs, activation bytes and peak bytes, or the peak bytes alone);
        such a blueprint keeps its other formulas."""
        found = []
        for bp in self.derived:
            for reason in bp.failures():
                failed = {
                    e.quantity for v in bp.variants for e in v.estimates if e.failure == reason
                }
                what = "peak bytes" if failed <= set(PEAK_QUANTITIES) else TRACED
                found.append((bp.key, what, reason))
        return found

    def store(self) -> None:
        """Store the fresh derivations in the cache, if any; after a complete generation,
        remove the entries of blueprints no longer registered."""
        if self.cache is None:
            return
        for i in self.fresh:
            self.cache.store(self.specs[i], self.settings, self.derived[i])
        if self.complete:
            self.cache.prune(self.specs)


def generation(
    sources: Sequence[str] = DEFAULT_SOURCES,
    settings: Settings | None = None,
    progress: Progress | None = None,
    jobs: int = 1,
    only: Sequence[str] = (),
    cache: DerivationCache | None = None,
    stem: str = "estimates",
    keep_going: bool = False,
) -> Generation:
    """The generation of ``generated/estimates.py`` (by default) for the blueprints that
    ``sources`` register, its index named ``stem``.

    ``only`` restricts it to those ``topology/name`` keys (for experiments: the result is not
    the full module); ``cache`` supplies stored derivations (read here, written only by
    ``Generation.store``). Raises ``ImportError`` for a source that cannot be imported,
    ``UnknownBlueprintError`` for a key of ``only`` that none registers, and
    ``DerivationError`` naming the first blueprint that cannot be proven exact; with
    ``keep_going``, every other blueprint is derived and rendered, and those that cannot be
    are the generation's ``refused`` (their stored entries are kept).
    """
    settings = settings or Settings()
    specs = specs_of(sources, only)
    derived, fresh, refused = derive_all(
        specs, sources, settings, progress, jobs, cache, keep_going
    )
    kept = [s for s in specs if s.key not in {e.blueprint for e in refused}]
    # each module records its factory's source, which the registry compares at run time
    fingerprints = {s.key: fingerprint(s.factory.__module__) for s in kept}
    files = render(derived, sources, stem, fingerprints, settings.autocast)
    complete = not only and not refused
    return Generation(files, kept, derived, fresh, settings, cache, complete, tuple(refused))


def derive_all(
    specs: Sequence[BlueprintSpec],
    sources: Sequence[str],
    settings: Settings,
    progress: Progress | None = None,
    jobs: int = 1,
    cache: DerivationCache | None = None,
    keep_going: bool = False,
) -> tuple[list[BlueprintEstimates], list[int], list[DerivationError]]:
    """The derivations of ``specs`` in order, the positions (among them) of those derived
    afresh, and with ``keep_going`` the errors of the blueprints that could not be derived
    (left out of the derivations; without it the first error is raised)."""
    results: list[BlueprintEstimates | None] = [
        cache.load(spec, settings) if cache is not None else None for spec in specs
    ]
    missing = [i for i, r in enumerate(results) if r is None]
    if progress is not None:
        for i, spec in enumerate(specs):
            if results[i] is not None:
                checked = cache.checked.get(spec.key) if cache is not None else None
                note = f", checked at {checked} point(s)" if checked is not None else ""
                progress(
                    f"[{i + 1}/{len(specs)}] {spec.key}: unchanged (stored derivation{note})", True
                )
    todo = [specs[i] for i in missing]
    fresh: list[BlueprintEstimates | DerivationError]
    if jobs > 1 and len(todo) > 1:
        fresh = _in_workers(todo, sources, settings, progress, jobs, keep_going)
    else:
        fresh = []
        for number, spec in enumerate(todo, 1):
            step = f"[{number}/{len(todo)}] "
            report = None
            if progress is not None:

                def report(text: str, final: bool, step: str = step) -> None:
                    progress(step + text, final)

            fresh.append(_derived(spec, settings, report, keep_going))
    refused = []
    for i, outcome in zip(missing, fresh, strict=True):
        if isinstance(outcome, DerivationError):
            refused.append(outcome)
        else:
            results[i] = outcome
    kept = [i for i, r in enumerate(results) if r is not None]
    # positions among the derivations returned (a refused blueprint has none)
    fresh_kept = [kept.index(i) for i in missing if results[i] is not None]
    return [r for r in results if r is not None], fresh_kept, refused


def _derived(
    spec: BlueprintSpec, settings: Settings, report: Progress | None, keep_going: bool
) -> BlueprintEstimates | DerivationError:
    """``spec``'s derivation; with ``keep_going`` its DerivationError, returned, not raised."""
    try:
        return derive_blueprint(spec, settings, report)
    except DerivationError as exc:
        if not keep_going:
            raise
        if report is not None:
            report(f"{spec.key}: not derived: {exc.cause}", True)
        return exc


def specs_of(sources: Sequence[str], only: Sequence[str] = ()) -> list[BlueprintSpec]:
    """The blueprints that ``sources`` register themselves (not those of what they import),
    in output order; ``only`` narrows them to those keys.

    A source that cannot be imported is an ImportError saying which, and why.
    """
    for source in sources:
        try:
            importlib.import_module(source)
        except Exception as exc:
            # the innermost line of the user's code: not the registry that refused it
            frames = traceback.extract_tb(exc.__traceback__)
            where = user_location([f for f in frames if f.filename != _REGISTRY_FILE])
            raise ImportError(
                f"cannot import the blueprint source {source!r}: {type(exc).__name__}: {exc}"
                + (f" (at {where})" if where else "")
            ) from exc
    specs = sorted(
        (s for s in BlueprintRegistry.all() if _registered_by(s, sources)),
        key=lambda s: (s.topology, s.name),
    )
    if only:
        unknown = sorted(set(only) - {s.key for s in specs})
        if unknown:
            raise UnknownBlueprintError(f"no registered blueprint {', '.join(unknown)}")
        specs = [s for s in specs if s.key in only]
    return specs


def _registered_by(spec: BlueprintSpec, sources: Sequence[str]) -> bool:
    module = spec.factory.__module__
    return any(module == source or module.startswith(source + ".") for source in sources)


def quiet_torch() -> None:
    """Keep PyTorch's own chatter out of the generator's output (in every worker too): its
    deprecation warnings, and the fake-tensor log of a kernel that fails on symbolic sizes,
    which the generator reports itself, by blueprint, as a refusal."""
    warnings.filterwarnings("ignore", category=FutureWarning, module=r"torch\..*")
    warnings.filterwarnings("ignore", message="Failed to initialize NumPy")
    logging.getLogger("torch").setLevel(logging.ERROR)
    logging.getLogger("torch._subclasses.fake_tensor").setLevel(logging.CRITICAL)


def derive_timed(
    task: tuple[str, Sequence[str], Settings, bool],
) -> tuple[str, Any, float]:
    """Derive the blueprint ``key`` that ``sources`` register (in a worker process: it imports
    them itself): the derivation as the store's data (``sent``), or with ``keep_going`` its
    DerivationError, with the seconds it took."""
    key, sources, settings, keep_going = task
    spec = next(s for s in specs_of(sources) if s.key == key)
    started = time.perf_counter()
    derived = _derived(spec, settings, None, keep_going)
    if not isinstance(derived, DerivationError):
        derived = sent(derived)
    return key, derived, time.perf_counter() - started


def sent(derived: BlueprintEstimates) -> Any:
    """A derivation as a worker process sends it: the store's JSON-ready data, not pickled
    objects (the sympy functions of computed sizes are classes made at import, which pickle
    cannot name); ``received`` reads it back as the store does."""
    return encode(derived)


def received(key: str, data: Any) -> BlueprintEstimates:
    """A derivation a worker process sent (``sent``), read as the store reads an entry."""
    return decode_entry(data, "a worker process's result", key)


def _in_workers(
    specs: Sequence[BlueprintSpec],
    sources: Sequence[str],
    settings: Settings,
    progress: Progress | None,
    jobs: int,
    keep_going: bool,
) -> list[BlueprintEstimates | DerivationError]:
    # the slowest blueprints (most variants, then most variables) first keeps the workers busy
    order = sorted(specs, key=lambda s: (-len(s.choices), -len(s.hyperparameters()), s.key))
    context = multiprocessing.get_context("spawn")  # no fork of a process that has run torch
    started = time.perf_counter()
    results: dict[str, BlueprintEstimates | DerivationError] = {}
    tasks = [(s.key, tuple(sources), settings, keep_going) for s in order]
    # leaving the block terminates the workers: the first failure ends the run at once
    with context.Pool(min(jobs, len(tasks)), initializer=quiet_torch) as pool:
        done = pool.imap_unordered(derive_timed, tasks)
        for number, (key, data, seconds) in enumerate(done, 1):
            if isinstance(data, DerivationError):
                results[key] = data
                if progress is not None:
                    progress(f"[{number}/{len(specs)}] {key}: not derived: {data.cause}", True)
                continue
            results[key] = estimates = received(key, data)
            if progress is not None:
                progress(
                    f"[{number}/{len(specs)}] {key}: {estimates.derivations} derivation(s), "
                    f"{estimates.traces} FLOP trace(s) in {seconds:.1f} s (done after "
                    f"{time.perf_counter() - started:.1f} s)",
                    True,
                )
    return [results[s.key] for s in specs]
