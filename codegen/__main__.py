"""Command line.

``python -m codegen [--check] [--output PATH] [--source MODULE ...]`` generates (or checks) the
estimates: an index module and its package of blueprint modules (``render``); in a project
configured with ``[tool.blueprint-estimates]`` in its ``pyproject.toml`` (``config``) it needs
no flags. ``python -m codegen explain TOPOLOGY/NAME``
prints one blueprint's formulas, ``python -m codegen report`` writes ``docs/estimates.md``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from . import config as configuration
from .cache import DEFAULT_DIRECTORY, DerivationCache
from .derive.blueprint import (
    DEFAULT_HYPER_MAX,
    DEFAULT_MAX_DIM,
    DEFAULT_MAX_INPUT,
    Progress,
    Settings,
)
from .emit.output import stale_files, write_files
from .emit.render import render
from .errors import DerivationError
from .pipeline import DEFAULT_SOURCES, UnknownBlueprintError, derive_all, quiet_torch, specs_of
from .stored import StoreError

DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "generated" / "estimates.py"
FIX_COMMAND = "nox -s codegen  (or: python -m codegen)"
REPORT_DIRECTORY = Path(__file__).resolve().parent.parent / "docs"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m codegen",
        description="Derive exact formulas (parameters, buffers, training state, FLOPs, "
        "activation bytes) for every registered blueprint and write them to a module (the "
        "built-ins: generated/estimates.py; a "
        "project configured with [tool.blueprint-estimates] in pyproject.toml: its sources "
        "and output). Also: 'python -m codegen explain TOPOLOGY/NAME' prints one "
        "blueprint's formulas, 'python -m codegen report' writes docs/estimates.md.",
    )
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
    _add_source(p)
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
        help="prove FLOP and activation formulas for input sizes (batch, height, width, "
        "seq_len) from 1 to "
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
        "--require-config",
        action="store_true",
        help=f"fail (exit 2) unless the nearest pyproject.toml has [tool.{configuration.TABLE}] "
        "(the pre-commit hook: never check the built-ins by mistake)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress output")
    return p


def _add_source(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--source",
        action="append",
        metavar="MODULE",
        help="a module whose import registers blueprints (repeatable; default: the "
        f"configured sources, else the built-ins, {', '.join(DEFAULT_SOURCES)})",
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["explain"]:
        return explain_main(argv[1:])
    if argv[:1] == ["report"]:
        return report_main(argv[1:])
    args = parser().parse_args(argv)
    if min(args.max_dim, args.hyper_max, args.max_input, args.jobs) < 1:
        parser().error("--max-dim, --hyper-max, --max-input and --jobs must be at least 1")
    _silence_torch()
    started = time.perf_counter()
    progress = _progress(args.quiet)
    live = sys.stderr.isatty()
    try:
        project = _project()
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
    configured = project.sources if project else DEFAULT_SOURCES
    default_output = project.output if project else DEFAULT_OUTPUT
    sources = tuple(args.source) if args.source else configured
    explicit_output = args.output is not None
    output = args.output.resolve() if args.output else None
    if output is None:
        if sources != configured:
            parser().error(
                f"--source without --output would write these blueprints into {default_output} "
                f"({'the configured output' if project else 'the built-ins module'}); give "
                "--output PATH, or configure sources and output in [tool."
                f"{configuration.TABLE}] of your pyproject.toml"
            )
        output = default_output
    args.output = output
    # the command that regenerates this output: the flags that differ from the defaults
    flags = [f"--source {s}" for s in sources] if sources != configured else []
    if output != default_output:
        flags.append(f"--output {output}")
    if flags:
        fix = " ".join(["python -m codegen", *flags])
    else:
        fix = "python -m codegen" if project else FIX_COMMAND
    # the configured store belongs to the configured output, not to another one
    if args.only and not explicit_output:
        parser().error(
            f"--only derives a module of just those blueprints; give --output PATH for it "
            f"(it would replace {output})"
        )
    for path, what in ((output, "--output"), (args.store, "--store")):
        if path is not None and path.exists() and path.is_dir() == (what == "--output"):
            kind = "a directory" if what == "--output" else "a file"
            parser().error(f"{what} {path} is {kind}")
    if output.suffix != ".py" or not output.stem.isidentifier():
        parser().error(
            f"--output {output} must name a .py file whose name is a Python identifier (it is "
            "imported, and its blueprints' modules go in <name>_blueprints/ beside it)"
        )
    if args.store:
        store = args.store
    elif project and project.store and output == project.output:
        store = project.store
    else:
        store = store_for(output)
    settings = Settings(max_dim=args.max_dim, hyper_max=args.hyper_max, max_input=args.max_input)
    # stored derivations are keyed by everything they depend on; --check reads them and
    # writes nothing, --no-cache neither reads nor writes them
    cache = None if args.no_cache else DerivationCache(store)
    try:
        files, store, failures = produce(
            sources, settings, progress, args.jobs, args.only or (), cache, args.output.stem
        )
        if args.strict and failures:
            raise DerivationError(
                ", ".join(key for key, _ in failures),
                "FLOPs and activation bytes not derived (--strict): "
                + "; ".join(f"{key}: {reason}" for key, reason in failures),
            )
    except UnknownBlueprintError as exc:
        parser().error(str(exc))
    except ImportError as exc:
        where = f" (sources configured in {project.path})" if project and not args.source else ""
        print(f"error: {exc}{where}", file=sys.stderr)
        return 2
    except (DerivationError, StoreError) as exc:
        if live and not args.quiet:
            print(file=sys.stderr)
        what = "a stored derivation is refused" if isinstance(exc, StoreError) else None
        print(f"error: {what or 'cannot derive exact estimates'}\n{exc}", file=sys.stderr)
        state = "left unchanged" if args.output.exists() else "not written"
        print(f"{args.output} was {state}.", file=sys.stderr)
        return 2
    for key, reason in failures:
        print(
            f"warning: {key}: FLOPs and activation bytes not derived (parameters, buffers and "
            f"training state only): {reason}",
            file=sys.stderr,
        )
    if not args.only:
        for spec in specs_of(sources):
            if spec.estimates.rsplit(".", 1)[-1] != output.stem:
                print(
                    f"warning: {spec.key} is registered with estimates={spec.estimates!r}, but "
                    f"this output is {output.name}: the registry will not find its formulas "
                    "here (give estimates= the module this file is imported as)",
                    file=sys.stderr,
                )
    elapsed = time.perf_counter() - started
    if args.check:
        diff, orphaned = stale_files(args.output, files)
        if not diff and not orphaned:
            print(
                f"{args.output} and its {len(files) - 1} module(s) are up to date "
                f"({elapsed:.1f} s).",
                file=sys.stderr,
            )
            return 0
        sys.stdout.write(diff)
        for path in orphaned:
            print(f"orphaned: {path} (no registered blueprint generates it)", file=sys.stderr)
        print(
            f"\n{args.output} is stale: regenerate it with\n    {fix}\nand commit the result.",
            file=sys.stderr,
        )
        return 1
    try:
        store()  # the derivations first: a module is never newer than its store
        written, removed = write_files(args.output, files)
    except OSError as exc:
        print(f"error: cannot write: {exc}", file=sys.stderr)
        return 2
    state = f"written ({len(written)} file(s))" if written or removed else "unchanged"
    gone = f", {len(removed)} orphaned module(s) removed" if removed else ""
    print(f"{args.output} {state}{gone} ({elapsed:.1f} s).", file=sys.stderr)
    return 0


def _progress(quiet: bool) -> Progress:
    """Progress on stderr: one status line rewritten in place on a terminal (the final line of
    each blueprint kept), only the final lines otherwise."""
    live = sys.stderr.isatty()

    def progress(text: str, final: bool) -> None:
        if quiet or not (live or final):
            return
        if live:
            print(f"\r\033[K{text}", file=sys.stderr, end="\n" if final else "", flush=True)
        else:
            print(text, file=sys.stderr, flush=True)

    return progress


def _project() -> configuration.Config | None:
    """The configuration found from the working directory upward; its directory (and its
    ``src/``, if any) becomes importable, so that its sources import from wherever in the
    project the command runs."""
    project = configuration.load()
    if project is not None:
        for root in (project.root / "src", project.root):  # a src/ layout, or the root
            if root.is_dir() and str(root) not in sys.path:
                sys.path.insert(0, str(root))
    return project


def explain_main(argv: list[str]) -> int:
    """``python -m codegen explain TOPOLOGY/NAME``: one blueprint's formulas, for people."""
    from .emit.explain import DEFAULT_DIMS, explain

    p = argparse.ArgumentParser(
        prog="python -m codegen explain",
        description="Print one blueprint's exact formulas (parameters, buffers, training "
        "state, forward and backward FLOPs and elementwise operations, activation bytes) in "
        "readable math, its per-submodule "
        "terms, its domain and refusal rules, and values at a few dims. The derivation is "
        "read from the store, or derived (and stored) when none is stored.",
    )
    p.add_argument("blueprint", metavar="TOPOLOGY/NAME")
    p.add_argument(
        "--dims",
        default=",".join(map(str, DEFAULT_DIMS)),
        help="comma-separated dims for the values table (default: %(default)s)",
    )
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="an input size or hyperparameter for the values table (repeatable; default: "
        "typical input sizes and the default hyperparameters)",
    )
    _add_source(p)
    p.add_argument(
        "--output",
        type=Path,
        help="the generated module the sources are generated into: its store is read "
        "(default: the configured output, or the built-ins')",
    )
    p.add_argument("--store", type=Path, metavar="DIR", help="where derivations are stored")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress output")
    args = p.parse_args(argv)
    parts = [d.strip() for d in args.dims.split(",")]
    if not all(d.lstrip("-").isdigit() for d in parts):
        p.error(f"--dims takes comma-separated integers, got {args.dims!r}")
    dims = [int(d) for d in parts]
    try:
        assignments = [_assignment(a) for a in args.set]
    except ValueError as exc:
        p.error(str(exc))
    values = dict(assignments)
    if len(values) < len(assignments):
        p.error("--set names one value more than once")
    _silence_torch()
    try:
        project = _project()
        store = args.store or (store_for(args.output.resolve()) if args.output else None)
        spec, sources, store = _locate(args.blueprint, args.source, project, store)
        settings = Settings()
        cache = DerivationCache(store) if store is not None else None
        derived = cache.load(spec, settings) if cache is not None else None
        if derived is None:  # not stored (or stale): derive it
            print(f"{spec.key}: no current stored derivation; deriving it", file=sys.stderr)
            derived = derive_all([spec], sources, settings, _progress(args.quiet), 1)[0][0]
            # stored for next time where nothing is stored; an entry of other settings (a
            # project generated with --max-dim) is the generator's to replace, not explain's
            if cache is not None and not cache.path(spec).exists():
                cache.store(spec, settings, derived)
        text = explain(derived, dims, values)
    except (configuration.ConfigError, UnknownBlueprintError, ImportError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except DerivationError as exc:
        print(f"error: cannot derive exact estimates\n{exc}", file=sys.stderr)
        return 2
    except StoreError as exc:
        print(f"error: a stored derivation is refused\n{exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # never a raw traceback; but say that it is the generator's fault
        print(
            f"error: explain {args.blueprint} failed: {type(exc).__name__}: {exc} (a bug in "
            "the generator, not in your blueprint: please report it)",
            file=sys.stderr,
        )
        return 2
    sys.stdout.write(text)
    return 0


def _assignment(text: str) -> tuple[str, object]:
    """``NAME=VALUE`` of ``--set``: an int, a bool (true/false), else the text."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise ValueError(f"--set takes NAME=VALUE, got {text!r}")
    value = value.strip()
    literal: object = value
    if value.lower() in ("true", "false"):
        literal = value.lower() == "true"
    elif value.lstrip("-").isdigit():
        literal = int(value)
    return name.strip(), literal


def _locate(
    key: str,
    source: list[str] | None,
    project: configuration.Config | None,
    store: Path | None,
) -> tuple[Any, tuple[str, ...], Path | None]:
    """The spec of ``key``, the sources that register it and its store: the given or
    configured sources first, then the built-ins."""
    if "/" not in key:
        raise ValueError(f"name a blueprint as TOPOLOGY/NAME, got {key!r}")
    candidates: list[tuple[tuple[str, ...], Path | None]] = []
    if source:
        candidates.append((tuple(source), store))
    elif project is not None:
        candidates.append((project.sources, store or project.store or store_for(project.output)))
    candidates.append((DEFAULT_SOURCES, store or DEFAULT_DIRECTORY))
    failed: ImportError | None = None
    for sources, directory in candidates:
        try:
            return specs_of(sources, [key])[0], sources, directory
        except UnknownBlueprintError:
            continue
        except ImportError as exc:  # a broken project does not hide the built-ins
            failed = failed or exc
    if failed is not None:
        raise failed
    searched = ", ".join(s for sources, _ in candidates for s in sources)
    raise UnknownBlueprintError(f"no registered blueprint {key} (searched {searched})")


def report_main(argv: list[str]) -> int:
    """``python -m codegen report``: docs/estimates.md and docs/params.png (built-ins)."""
    from .emit import report

    p = argparse.ArgumentParser(
        prog="python -m codegen report",
        description="Write docs/estimates.md and docs/params.png: the built-ins' formulas, "
        "parameters beside the old hand-written constants, exact crossover dims and a plot.",
    )
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
    args = p.parse_args(argv)
    if args.directory == REPORT_DIRECTORY and not (REPORT_DIRECTORY.parent / "noxfile.py").exists():
        p.error("the report belongs to a checkout of blueprint-estimates; give --directory")
    _silence_torch()
    settings = Settings()
    cache = DerivationCache(DEFAULT_DIRECTORY)
    try:
        specs = specs_of(DEFAULT_SOURCES)
        progress = _progress(args.quiet)

        def deriving(text: str, final: bool) -> None:  # stored derivations go without saying
            if "(stored derivation" not in text:
                progress(text, final)

        derived, fresh = derive_all(specs, DEFAULT_SOURCES, settings, deriving, 1, cache)
    except DerivationError as exc:
        print(f"error: cannot derive exact estimates\n{exc}", file=sys.stderr)
        return 2
    except StoreError as exc:
        print(f"error: a stored derivation is refused\n{exc}", file=sys.stderr)
        return 2
    try:
        markdown, png = report.build(derived)
    except ModuleNotFoundError as exc:
        if exc.name != "matplotlib":
            raise
        print(
            "error: the report's plot needs matplotlib: pip install 'blueprint-estimates[report]'",
            file=sys.stderr,
        )
        return 2
    stale = report.write_or_check(markdown, png, args.directory, args.check)
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
    if not args.check:
        for i in fresh:
            cache.store(specs[i], settings, derived[i])
    print(f"{args.directory / report.MARKDOWN} and {report.PLOT} written.", file=sys.stderr)
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
    stem: str = "estimates",
) -> tuple[dict[str, str], Callable[[], None], list[tuple[str, str]]]:
    """The generated files (``render.render``), a function that stores the fresh derivations in
    ``cache``, and the (blueprint, reason) of every estimate that could not be derived.

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
    return render(derived, sources, stem), store, failures


def _silence_torch() -> None:
    """Keep PyTorch's own chatter out of the generator's output (``pipeline.quiet_torch``)."""
    quiet_torch()


if __name__ == "__main__":
    sys.exit(main())
