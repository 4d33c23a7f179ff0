"""``python -m codegen report``: docs/estimates.md and its plots (docs/params.png,
docs/peak.png), from the built-ins' derivations (``emit.report``); with ``--check``, a diff
when the committed report is stale."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..cache import DEFAULT_DIRECTORY, DerivationCache
from ..derive.blueprint import Settings
from ..emit import report
from ..errors import DerivationError
from ..pipeline import DEFAULT_SOURCES, derive_all, quiet_torch, specs_of
from ..stored import StoreError
from .common import ROOT, Command, failure, progress

REPORT_DIRECTORY = ROOT / "docs"


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Check or write, and where."""
    p.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 with a diff if the committed report is stale",
    )
    p.add_argument(
        "--directory",
        type=Path,
        default=REPORT_DIRECTORY,
        help="where the report goes (default: docs/)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress output")


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Write (or check) the report; the exit code: 0 done (or fresh), 1 stale, 2 failed."""
    if args.directory == REPORT_DIRECTORY and not (ROOT / "noxfile.py").exists():
        parser.error("the report belongs to a checkout of blueprint-estimates; give --directory")
    quiet_torch()
    settings = Settings()
    cache = DerivationCache(DEFAULT_DIRECTORY)
    shown = progress(args.quiet)

    def deriving(text: str, final: bool) -> None:  # stored derivations go without saying
        if "(stored derivation" not in text:
            shown(text, final)

    try:
        specs = specs_of(DEFAULT_SOURCES)
        derived, fresh, _ = derive_all(specs, DEFAULT_SOURCES, settings, deriving, 1, cache)
    except (DerivationError, StoreError) as exc:
        print(failure(exc), file=sys.stderr)
        return 2
    try:
        markdown, plots = report.build(derived)
    except ModuleNotFoundError as exc:
        if exc.name != "matplotlib":
            raise
        print(
            "error: the report's plot needs matplotlib: pip install 'blueprint-estimates[report]'",
            file=sys.stderr,
        )
        return 2
    stale = report.write_or_check(markdown, plots, args.directory, args.check)
    if args.check:
        if not stale:
            print(f"{args.directory / report.MARKDOWN} is up to date.", file=sys.stderr)
            return 0
        sys.stdout.write("".join(stale))
        print(
            "\nthe report is stale: regenerate it with\n    nox -s report  (or: python -m "
            "codegen report)\nand commit the result.",
            file=sys.stderr,
        )
        return 1
    for i in fresh:
        cache.store(specs[i], settings, derived[i])
    written = ", ".join(plots)
    print(f"{args.directory / report.MARKDOWN}, {written} written.", file=sys.stderr)
    return 0


COMMAND = Command(
    name="report",
    summary="write docs/estimates.md and its plots (the built-ins), or --check them",
    description="Write docs/estimates.md, docs/params.png and docs/peak.png: the built-ins' "
    "formulas, parameters beside the old hand-written constants, exact crossover dims, "
    "training memory, the largest batch that fits, and plots of parameters and of the peak "
    "bytes of a training step against dim.",
    add_arguments=add_arguments,
    run=run,
)
