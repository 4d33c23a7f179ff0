"""Command line: ``python -m codegen [--check] [--output PATH] [--source MODULE ...]``."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from .cache import DerivationCache
from .derive import DEFAULT_HYPER_MAX, DEFAULT_MAX_DIM, DEFAULT_MAX_INPUT, Progress, Settings
from .errors import DerivationError
from .output import stale_diff, write_if_changed
from .pipeline import DEFAULT_SOURCES, UnknownBlueprintError, derive_all, specs_of
from .render import render

DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "generated" / "estimates.py"
FIX_COMMAND = "nox -s codegen  (or: python -m codegen)"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m codegen",
        description="Derive exact parameter, buffer and FLOP formulas for every registered "
        "blueprint and write them to generated/estimates.py.",
    )
    p.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 with a diff if the output file is stale",
    )
    p.add_argument(
        "--output",
        type=Path,
        default=DEFAULT_OUTPUT,
        help="the module to write or check (default: generated/estimates.py)",
    )
    p.add_argument(
        "--source",
        action="append",
        metavar="MODULE",
        help="a module whose import registers blueprints (repeatable; "
        f"default: {', '.join(DEFAULT_SOURCES)})",
    )
    p.add_argument(
        "--max-dim",
        type=int,
        default=DEFAULT_MAX_DIM,
        help=f"prove formulas for 1 <= dim <= MAX_DIM (default {DEFAULT_MAX_DIM})",
    )
    p.add_argument(
        "--hyper-max",
        type=int,
        default=DEFAULT_HYPER_MAX,
        help="prove integer hyperparameters without declared bounds on "
        f"1..HYPER_MAX (default {DEFAULT_HYPER_MAX})",
    )
    p.add_argument(
        "--max-input",
        type=int,
        default=DEFAULT_MAX_INPUT,
        help="prove FLOP formulas for input sizes (batch, height, width, seq_len) from 1 to "
        f"MAX_INPUT (default {DEFAULT_MAX_INPUT})",
    )
    p.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=os.cpu_count() or 1,
        help="derive blueprints in this many processes (default: one per CPU)",
    )
    p.add_argument(
        "--only",
        action="append",
        metavar="TOPOLOGY/NAME",
        help="derive only this blueprint (repeatable; for experiments with --output: the "
        "result is not the full module)",
    )
    p.add_argument(
        "--no-cache",
        action="store_true",
        help="derive every blueprint afresh, neither reading nor writing stored derivations",
    )
    p.add_argument(
        "--store",
        type=Path,
        metavar="DIR",
        help="where derivations are stored (default: derivations/<output name>/ beside the "
        "output, e.g. generated/derivations/estimates/)",
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="fail (exit 2, output untouched) when any blueprint's FLOPs cannot be derived; "
        "without it that is a warning and the blueprint gets its parameter and buffer formulas",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress output")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if min(args.max_dim, args.hyper_max, args.max_input, args.jobs) < 1:
        parser().error("--max-dim, --hyper-max, --max-input and --jobs must be at least 1")
    _silence_torch()
    started = time.perf_counter()

    live = sys.stderr.isatty()

    def progress(text: str, final: bool) -> None:
        if args.quiet or not (live or final):
            return
        if live:  # rewrite one status line in place; keep the final one
            print(f"\r\033[K{text}", file=sys.stderr, end="\n" if final else "", flush=True)
        else:
            print(text, file=sys.stderr, flush=True)

    sources = args.source or DEFAULT_SOURCES
    settings = Settings(max_dim=args.max_dim, hyper_max=args.hyper_max, max_input=args.max_input)
    # stored derivations are keyed by everything they depend on; --check reads them and
    # writes nothing, --no-cache neither reads nor writes them
    cache = None if args.no_cache else DerivationCache(args.store or store_for(args.output))
    try:
        text, store, failures = produce(
            sources, settings, progress, args.jobs, args.only or (), cache
        )
        if args.strict and failures:
            raise DerivationError(
                ", ".join(key for key, _ in failures),
                "FLOPs not derived (--strict): "
                + "; ".join(f"{key}: {reason}" for key, reason in failures),
            )
    except (UnknownBlueprintError, ImportError) as exc:
        parser().error(str(exc))
    except DerivationError as exc:
        if live and not args.quiet:
            print(file=sys.stderr)
        print(f"error: cannot derive exact estimates\n{exc}", file=sys.stderr)
        print(f"{args.output} was left unchanged.", file=sys.stderr)
        return 2
    for key, reason in failures:
        print(
            f"warning: {key}: FLOPs not derived (parameters and buffers only): {reason}",
            file=sys.stderr,
        )
    elapsed = time.perf_counter() - started
    if args.check:
        diff = stale_diff(args.output, text, str(args.output))
        if diff is None:
            print(f"{args.output} is up to date ({elapsed:.1f} s).", file=sys.stderr)
            return 0
        sys.stdout.write(diff)
        print(
            f"\n{args.output} is stale: regenerate it with\n    {FIX_COMMAND}\n"
            "and commit the result.",
            file=sys.stderr,
        )
        return 1
    written = write_if_changed(args.output, text)
    store()
    state = "written" if written else "unchanged"
    print(f"{args.output} {state} ({elapsed:.1f} s).", file=sys.stderr)
    return 0


def store_for(output: Path) -> Path:
    """The default store of an output: ``derivations/<output name>/`` beside it."""
    return output.parent / "derivations" / output.stem


def produce(
    sources: Sequence[str],
    settings: Settings,
    progress: Progress,
    jobs: int,
    only: Sequence[str],
    cache: DerivationCache | None,
) -> tuple[str, Callable[[], None], list[tuple[str, str]]]:
    """The module text, a function that stores the fresh derivations in ``cache``, and the
    (blueprint, reason) of every estimate that could not be derived.

    Storing is separate so that ``--check`` (and a failed run) writes nothing.
    """
    specs = specs_of(sources, only)
    derived, fresh = derive_all(specs, sources, settings, progress, jobs, cache)

    def store() -> None:
        if cache is None:
            return
        for i in fresh:
            cache.store(specs[i], settings, derived[i])
        if not only:
            cache.prune(specs)

    failures = [(bp.key, reason) for bp in derived for reason in bp.failures()]
    return render(derived, sources), store, failures


def _silence_torch() -> None:
    """Keep PyTorch's own deprecation chatter out of the generator's output."""
    warnings.filterwarnings("ignore", category=FutureWarning, module=r"torch\..*")
    warnings.filterwarnings("ignore", message="Failed to initialize NumPy")
    logging.getLogger("torch").setLevel(logging.ERROR)


if __name__ == "__main__":
    sys.exit(main())
