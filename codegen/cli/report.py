"""``python -m codegen report``: the report (``emit.report``) and its plots, written or, with
``--check``, compared (a diff when the committed report is stale).

Two kinds of report, the same sections: the built-ins' (``docs/estimates.md``,
``docs/params.png``, ``docs/peak.png``, beside the old hand-written constants), and in a
project configured with ``[tool.blueprint-estimates]`` (or given ``--source`` and ``--output``)
the project's own blueprints, written beside its generated module as
``<output name>_report.md`` and two plots, or in the configured ``report`` directory. A
project's report reads the derivations its generator stored; FLOPs and memory are stated at
typical input sizes, ``report_sizes`` of the configuration, or ``--set``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .. import config as configuration
from ..cache import DEFAULT_DIRECTORY, DerivationCache
from ..derive.blueprint import Settings
from ..emit import report
from ..emit.explain import TYPICAL_INPUT, typical_input
from ..errors import DerivationError
from ..ir import BlueprintEstimates
from ..pipeline import DEFAULT_SOURCES, UnknownBlueprintError, derive_all, quiet_torch, specs_of
from ..stored import StoreError
from .common import (
    ROOT,
    Command,
    add_derivation_arguments,
    add_set,
    add_source,
    assignments,
    derivation_settings,
    failure,
    load_project,
    progress,
    store_for,
)

REPORT_DIRECTORY = ROOT / "docs"


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Check or write, what, and where."""
    p.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 with a diff if the committed report is stale",
    )
    p.add_argument(
        "--directory",
        type=Path,
        help="where the report goes (default: docs/ for the built-ins; in a project, the "
        "configured report directory, else the generated module's directory)",
    )
    add_source(p)
    p.add_argument(
        "--output",
        type=Path,
        help="the generated module of --source: its store is read and the report is named "
        "after it (default: the configured output)",
    )
    p.add_argument("--store", type=Path, metavar="DIR", help="where derivations are stored")
    add_set(
        p,
        "an input size FLOPs and memory are stated at, for every topology with that input "
        "(repeatable; a project's report only; default: report_sizes of the configuration, "
        "else typical sizes: " + ", ".join(f"{k} {v}" for k, v in TYPICAL_INPUT.items()) + ")",
    )
    add_derivation_arguments(p)
    p.add_argument("-q", "--quiet", action="store_true", help="no progress output")


@dataclass(frozen=True)
class Target:
    """The blueprints a report covers, where their derivations are stored, and where it goes."""

    sources: tuple[str, ...]
    store: Path
    directory: Path
    output: Path | None  # a project's generated module; None for the built-ins
    sizes: Mapping[str, int]  # the configured report sizes, then --set's
    fix: str  # the command that rewrites the report, printed when --check finds it stale
    configured: frozenset[str] = frozenset()  # the sizes from report_sizes (not --set)


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Write (or check) the report; the exit code: 0 done (or fresh), 1 stale, 2 failed."""
    settings = derivation_settings(args, parser)
    given = assignments(args.set, parser)
    try:
        project = load_project()
    except configuration.ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    target = resolve(args, parser, project, given, settings)
    quiet_torch()
    cache = DerivationCache(target.store)
    shown = progress(args.quiet)

    def deriving(text: str, final: bool) -> None:  # stored derivations go without saying
        if "(stored derivation" not in text:
            shown(text, final)

    try:
        specs = specs_of(target.sources)
        if target.output is not None:
            # a project's report is its module's: never of other bounds than its store
            outdated = [s.key for s in specs if cache.outdated(s, settings)]
            if outdated:
                print(
                    f"error: the stored derivations of {', '.join(outdated)} are not of these "
                    "settings or of this source: give the --max-dim, --hyper-max and "
                    f"--max-input {target.output.name} was generated with, or regenerate it "
                    "first (python -m codegen)",
                    file=sys.stderr,
                )
                return 2
        derived, fresh, _ = derive_all(specs, target.sources, settings, deriving, args.jobs, cache)
        layout = _layout(target, derived)
    except (UnknownBlueprintError, ImportError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (DerivationError, StoreError) as exc:
        print(failure(exc), file=sys.stderr)
        return 2
    try:
        markdown, plots = report.build(derived, layout)
    except ModuleNotFoundError as exc:
        if exc.name != "matplotlib":
            raise
        print(
            "error: the report's plot needs matplotlib: pip install 'blueprint-estimates[report]'",
            file=sys.stderr,
        )
        return 2
    path = target.directory / layout.markdown
    stale = report.write_or_check(markdown, plots, target.directory, args.check, layout.markdown)
    if args.check:
        if not stale:
            print(f"{path} is up to date.", file=sys.stderr)
            return 0
        sys.stdout.write("".join(stale))
        print(
            f"\nthe report is stale: regenerate it with\n    {target.fix}\nand commit the result.",
            file=sys.stderr,
        )
        return 1
    for i in fresh:  # nothing was stored for these (a project's outdated ones are refused)
        cache.store(specs[i], settings, derived[i])
    written = ", ".join(plots)
    print(f"{path}, {written} written.", file=sys.stderr)
    return 0


def resolve(
    args: argparse.Namespace,
    parser: argparse.ArgumentParser,
    project: configuration.Config | None,
    given: Mapping[str, object],
    settings: Settings,
) -> Target:
    """The built-ins' report, or a project's (configured, or ``--source`` with ``--output``);
    options that do not fit the kind are usage errors."""
    if project is None and not args.source:
        return _built_ins(args, parser, given, settings)
    configured = project.sources if project is not None else ()
    sources = tuple(args.source) if args.source else configured
    if args.output is not None:
        output = args.output.resolve()
    elif project is not None and sources == project.sources:
        output = project.output
    else:
        parser.error(
            "--source needs --output: the generated module whose derivations the report "
            "reads, and which it is named after"
        )
    own = project if project is not None and output == project.output else None
    store = args.store or (own.store if own and own.store else store_for(output))
    directory = args.directory or (own.report if own and own.report else output.parent)
    sizes: dict[str, object] = dict(own.report_sizes) if own else {}
    sizes.update(given)
    for name, value in sizes.items():
        if type(value) is not int or value < 1:
            parser.error(f"--set {name}={value}: an input size is a positive integer")
    own_sources = project is not None and sources == project.sources
    flags = [] if own_sources else [f"--source {s}" for s in sources]
    flags += [f"--output {args.output}"] if args.output else []
    flags += [f"--set {k}={v}" for k, v in given.items()]
    flags += [
        f"{flag} {value}"
        for flag, value, default in (
            ("--max-dim", settings.max_dim, Settings().max_dim),
            ("--hyper-max", settings.hyper_max, Settings().hyper_max),
            ("--max-input", settings.max_input, Settings().max_input),
            ("--autocast", settings.autocast, None),
        )
        if value != default
    ]
    fix = " ".join(["python -m codegen report", *flags])
    configured = frozenset(n for n in sizes if n not in given)
    return Target(sources, store, directory, output, sizes, fix, configured)


def _built_ins(
    args: argparse.Namespace,
    parser: argparse.ArgumentParser,
    given: Mapping[str, object],
    settings: Settings,
) -> Target:
    """The built-ins' report: in docs/ of a checkout (or ``--directory``), at the default
    settings and input sizes."""
    for flag, value in (("--output", args.output), ("--store", args.store)):
        if value is not None:
            parser.error(f"{flag} belongs to a project's report (with --source)")
    if given:
        parser.error("--set states a project's input sizes; the built-ins' report has its own")
    if settings != Settings():
        parser.error(
            "the built-ins' report is at the default --max-dim, --hyper-max and --max-input, "
            "without --autocast"
        )
    directory = args.directory or REPORT_DIRECTORY
    if args.directory is None and not (ROOT / "noxfile.py").exists():
        parser.error("the report belongs to a checkout of blueprint-estimates; give --directory")
    fix = "nox -s report  (or: python -m codegen report)"
    return Target(DEFAULT_SOURCES, DEFAULT_DIRECTORY, directory, None, {}, fix)


def _layout(target: Target, derived: Sequence[BlueprintEstimates]) -> report.Layout:
    """The report's layout: the built-ins', or the project's with its input sizes by topology
    (the given ones, typical ones within each input's proven domain for the rest). Raises
    ValueError when there is nothing to report, or a size names no input or leaves its
    domain."""
    if target.output is None:
        return report.BUILT_INS
    if not derived:
        raise ValueError(f"no blueprints are registered by {', '.join(target.sources)}")
    inputs = {v.name: v for d in derived for v in d.inputs}
    for name, value in target.sizes.items():
        source = (
            "report_sizes in [tool.blueprint-estimates]"
            if name in target.configured
            else f"--set {name}={value}"
        )
        if name not in inputs:
            raise ValueError(
                f"{source}: {name} is not an input size of any blueprint here (the inputs: "
                f"{', '.join(inputs) or 'none'}); hyperparameters are at their defaults"
            )
        top = min(v.hi for d in derived for v in d.inputs if v.name == name)
        if int(value) > top:
            raise ValueError(
                f"{source}: {name}={value} is outside the proven domain (1 to {top:,})"
            )
    by_topology: dict[str, dict[str, int]] = {}
    for d in derived:
        sizes = by_topology.setdefault(d.topology, {})
        for v in d.inputs:
            top = min(w.hi for e in derived for w in e.inputs if w.name == v.name)
            sizes.setdefault(v.name, int(target.sizes.get(v.name, min(typical_input(v.name), top))))
    return report.project_layout(target.output.name, by_topology)


COMMAND = Command(
    name="report",
    summary="write the report and its plots (the built-ins, or a configured project's "
    "blueprints), or --check them",
    description="Write the report: exact formulas, parameters at stated dims (beside the old "
    "hand-written constants, for the built-ins), rankings, exact crossover dims in "
    "parameters and forward FLOPs, training memory, the largest batch that fits, and plots "
    "of parameters and of the peak bytes of a training step against dim. The built-ins': "
    "docs/estimates.md, docs/params.png, docs/peak.png. In a project configured with "
    "[tool.blueprint-estimates]: its own blueprints, in <output name>_report.md and two "
    "plots beside its generated module (or in the configured report directory).",
    add_arguments=add_arguments,
    run=run,
)
