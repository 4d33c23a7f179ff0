"""``python -m codegen [generate]``: derive the registered blueprints and write the generated
module (an index and its package of blueprint modules), or with ``--check`` compare it.

The default command: ``python -m codegen --check`` is ``python -m codegen generate --check``.
In a project configured with ``[tool.blueprint-estimates]`` in its ``pyproject.toml``
(``config``) it needs no flags; flags override the configuration, which overrides the
built-ins. The work is ``pipeline.generation``, the same function the tests call; this module
resolves what to work on, reports, and writes or checks (``emit.output``).
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .. import config as configuration
from .. import pipeline
from ..cache import DerivationCache
from ..derive.blueprint import Settings
from ..emit.output import stale_files, write_files
from ..errors import DerivationError
from ..stored import StoreError
from .common import (
    ROOT,
    Command,
    add_derivation_arguments,
    add_source,
    derivation_settings,
    failure,
    load_project,
    progress,
    store_for,
)

DEFAULT_OUTPUT = ROOT / "generated" / "estimates.py"
FIX_COMMAND = "nox -s codegen  (or: python -m codegen)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    """What to generate and where: flags over the configuration over the built-ins."""
    p.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 with a diff if a generated file is stale or orphaned",
    )
    p.add_argument(
        "--output",
        type=Path,
        help="the index module to write or check, its blueprints' modules in "
        "<name>_blueprints/ beside it (default: the configured output, else "
        "generated/estimates.py for the built-ins)",
    )
    add_source(p)
    add_derivation_arguments(p)
    p.add_argument(
        "--only",
        action="append",
        metavar="TOPOLOGY/NAME",
        help="derive only this blueprint (repeatable; needs --output: the result is not the "
        "full package, and the other blueprints' modules in that output's package are removed)",
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
        help="fail (exit 2, output untouched) when any blueprint's FLOPs and activation bytes "
        "cannot be derived; without it that is a warning and the blueprint gets its parameter, "
        "buffer and training-state formulas",
    )
    p.add_argument(
        "--keep-going",
        action="store_true",
        help="derive every blueprint that can be derived and write those; list each one that "
        "cannot with its cause and exit 2 (their modules are removed from the output, their "
        "stored derivations kept); without it the first such blueprint stops the run and "
        "nothing is written",
    )
    p.add_argument(
        "--require-config",
        action="store_true",
        help=f"fail (exit 2) unless the nearest pyproject.toml has [tool.{configuration.TABLE}] "
        "(the pre-commit hook: never check the built-ins by mistake)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress output")


@dataclass(frozen=True)
class Target:
    """What a run works on, resolved from the flags, the configuration and the built-ins."""

    project: configuration.Config | None
    sources: tuple[str, ...]
    output: Path  # the index module, resolved
    store: Path
    fix: str  # the command that regenerates the output, printed when --check finds it stale


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Generate (or check) the output; the exit code: 0 done (or fresh), 1 stale, 2 failed."""
    settings = derivation_settings(args, parser)
    if args.keep_going and args.check:
        parser.error("--keep-going writes what it can derive; --check writes nothing")
    pipeline.quiet_torch()
    started = time.perf_counter()
    try:
        project = load_project()
    except configuration.ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if project is None and args.require_config:
        print(
            f"error: no [tool.{configuration.TABLE}] table in the nearest pyproject.toml above "
            f"{Path.cwd()}; configure sources and output there (see the README)",
            file=sys.stderr,
        )
        return 2
    target = resolve(args, parser, project)
    generation = _generate(args, parser, target, settings)
    if generation is None:
        return 2
    _warn(args, target, generation)
    elapsed = time.perf_counter() - started
    if args.check:
        return _check(target, generation.files, elapsed)
    written = _write(target, generation, elapsed)
    if not generation.refused:
        return written
    for exc in generation.refused:
        where = f" (at {exc.location})" if exc.location else ""
        print(f"not derived: {exc.blueprint}: {exc.cause}{where}", file=sys.stderr)
    print(
        f"{len(generation.refused)} blueprint(s) not derived (--keep-going), the others "
        f"written; python -m codegen explain {generation.refused[0].blueprint} shows the "
        "error with its hint",
        file=sys.stderr,
    )
    return 2


def resolve(
    args: argparse.Namespace,
    parser: argparse.ArgumentParser,
    project: configuration.Config | None,
) -> Target:
    """The sources, output and store that the flags and the configuration name; flags that
    would overwrite another output, or name something unusable, are usage errors (exit 2)
    before anything is derived."""
    configured = project.sources if project else pipeline.DEFAULT_SOURCES
    default_output = project.output if project else DEFAULT_OUTPUT
    sources = tuple(args.source) if args.source else configured
    output = args.output.resolve() if args.output else default_output
    if args.output is None and sources != configured:
        parser.error(
            f"--source without --output would write these blueprints into {default_output} "
            f"({'the configured output' if project else 'the built-ins module'}); give "
            "--output PATH, or configure sources and output in [tool."
            f"{configuration.TABLE}] of your pyproject.toml"
        )
    if args.only and args.output is None:
        parser.error(
            f"--only derives a module of just those blueprints; give --output PATH for it "
            f"(it would replace {output})"
        )
    for path, what in ((output, "--output"), (args.store, "--store")):
        if path is not None and path.exists() and path.is_dir() == (what == "--output"):
            kind = "a directory" if what == "--output" else "a file"
            parser.error(f"{what} {path} is {kind}")
    if output.suffix != ".py" or not output.stem.isidentifier():
        parser.error(
            f"--output {output} must name a .py file whose name is a Python identifier (it is "
            "imported, and its blueprints' modules go in <name>_blueprints/ beside it)"
        )
    # the configured store belongs to the configured output, not to another one
    if args.store:
        store = args.store
    elif project and project.store and output == project.output:
        store = project.store
    else:
        store = store_for(output)
    # the command that regenerates this output: the flags that differ from the defaults
    flags = [f"--source {s}" for s in sources] if sources != configured else []
    if output != default_output:
        flags.append(f"--output {output}")
    defaults = Settings()
    flags += [
        f"{flag} {value}"
        for flag, value, default in (
            ("--max-dim", args.max_dim, defaults.max_dim),
            ("--hyper-max", args.hyper_max, defaults.hyper_max),
            ("--max-input", args.max_input, defaults.max_input),
            ("--autocast", args.autocast, defaults.autocast),
        )
        if value != default
    ]
    if flags:
        fix = " ".join(["python -m codegen", *flags])
    else:
        fix = "python -m codegen" if project else FIX_COMMAND
    return Target(project, sources, output, store, fix)


def _generate(
    args: argparse.Namespace, parser: argparse.ArgumentParser, target: Target, settings: Settings
) -> pipeline.Generation | None:
    """The generation of ``target`` (``pipeline.generation``), or None when it failed (the
    error printed)."""
    # stored derivations are keyed by everything they depend on; --check reads them and
    # writes nothing, --no-cache neither reads nor writes them
    cache = None if args.no_cache else DerivationCache(target.store)
    try:
        generation = pipeline.generation(
            target.sources,
            settings,
            progress(args.quiet),
            args.jobs,
            args.only or (),
            cache,
            target.output.stem,
            args.keep_going,
        )
        if args.strict and generation.failures:
            raise DerivationError(
                ", ".join(key for key, _, _ in generation.failures),
                "not derived (--strict): "
                + "; ".join(
                    f"{key}: {what}: {reason}" for key, what, reason in generation.failures
                ),
            )
    except pipeline.UnknownBlueprintError as exc:
        parser.error(str(exc))
    except ImportError as exc:
        configured = target.project is not None and not args.source
        where = f" (sources configured in {target.project.path})" if configured else ""
        print(f"error: {exc}{where}", file=sys.stderr)
        return None
    except (DerivationError, StoreError) as exc:
        if sys.stderr.isatty() and not args.quiet:
            print(file=sys.stderr)  # end the live status line
        print(failure(exc), file=sys.stderr)
        state = "left unchanged" if target.output.exists() else "not written"
        print(f"{target.output} was {state}.", file=sys.stderr)
        return None
    return generation


def _warn(args: argparse.Namespace, target: Target, generation: pipeline.Generation) -> None:
    """Warn of estimates not derived, and of blueprints the registry would not find here."""
    for key, what, reason in generation.failures:
        print(f"warning: {key}: {what} not derived: {reason}", file=sys.stderr)
    if args.only:
        return
    for spec in generation.specs:
        if spec.estimates.rsplit(".", 1)[-1] != target.output.stem:
            print(
                f"warning: {spec.key} is registered with estimates={spec.estimates!r}, but "
                f"this output is {target.output.name}: the registry will not find its formulas "
                "here (give estimates= the module this file is imported as)",
                file=sys.stderr,
            )


def _check(target: Target, files: dict[str, str], elapsed: float) -> int:
    """``--check``: 0 when the files on disk are the generated ones, else 1 with a diff and
    the command that regenerates them. Writes nothing."""
    diff, orphaned = stale_files(target.output, files)
    if not diff and not orphaned:
        print(
            f"{target.output} and its {len(files) - 1} module(s) are up to date ({elapsed:.1f} s).",
            file=sys.stderr,
        )
        return 0
    sys.stdout.write(diff)
    for path in orphaned:
        print(f"orphaned: {path} (no registered blueprint generates it)", file=sys.stderr)
    print(
        f"\n{target.output} is stale: regenerate it with\n    {target.fix}\nand commit the result.",
        file=sys.stderr,
    )
    return 1


def _write(target: Target, generation: pipeline.Generation, elapsed: float) -> int:
    """Store the fresh derivations, then write the files that changed and remove orphans."""
    try:
        generation.store()  # the derivations first: a module is never newer than its store
        written, removed = write_files(target.output, generation.files)
    except OSError as exc:
        print(f"error: cannot write: {exc}", file=sys.stderr)
        return 2
    state = f"written ({len(written)} file(s))" if written or removed else "unchanged"
    gone = f", {len(removed)} orphaned module(s) removed" if removed else ""
    print(f"{target.output} {state}{gone} ({elapsed:.1f} s).", file=sys.stderr)
    return 0


COMMAND = Command(
    name="generate",
    summary="derive the registered blueprints and write (or --check) the generated module "
    "(the default command)",
    description="Derive exact formulas (parameters, buffers, training state, FLOPs, "
    "activation bytes) for every registered blueprint and write them to a module (the "
    "built-ins: generated/estimates.py; a project configured with "
    "[tool.blueprint-estimates] in pyproject.toml: its sources and output). The default "
    "command: 'python -m codegen --check' is 'python -m codegen generate --check'.",
    add_arguments=add_arguments,
    run=run,
)
