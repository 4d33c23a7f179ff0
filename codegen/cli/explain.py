"""``python -m codegen explain TOPOLOGY/NAME``: one blueprint's formulas, for people.

Every formula branch by branch in readable math, the per-submodule terms, the domain and the
refusal rules, and values at a few dims (``emit.explain``). The derivation is read from the
store, or derived (and stored where nothing is stored) when none is current.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from blueprints.registry import BlueprintSpec

from .. import config as configuration
from ..cache import DEFAULT_DIRECTORY, DerivationCache
from ..derive.blueprint import Settings
from ..emit.explain import DEFAULT_DIMS, explain
from ..errors import DerivationError
from ..ir import BlueprintEstimates
from ..pipeline import DEFAULT_SOURCES, UnknownBlueprintError, derive_all, quiet_torch, specs_of
from ..stored import StoreError
from .common import Command, add_source, failure, load_project, progress, store_for


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The blueprint, the values table's dims and settings, and where it is registered."""
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
    add_source(p)
    p.add_argument(
        "--output",
        type=Path,
        help="the generated module the sources are generated into: its store is read "
        "(default: the configured output, or the built-ins')",
    )
    p.add_argument("--store", type=Path, metavar="DIR", help="where derivations are stored")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress output")


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Print the explanation; the exit code: 0, or 2 with one error message."""
    dims, values = _table(args, parser)
    quiet_torch()
    try:
        text = explain(_derivation(args), dims, values)
    except (configuration.ConfigError, UnknownBlueprintError, ImportError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (DerivationError, StoreError) as exc:
        print(failure(exc), file=sys.stderr)
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


def _table(
    args: argparse.Namespace, parser: argparse.ArgumentParser
) -> tuple[list[int], dict[str, object]]:
    """The dims and the settings (``--set``) of the values table; malformed ones are usage
    errors."""
    parts = [d.strip() for d in args.dims.split(",")]
    if not all(d.lstrip("-").isdigit() for d in parts):
        parser.error(f"--dims takes comma-separated integers, got {args.dims!r}")
    try:
        assignments = [_assignment(a) for a in args.set]
    except ValueError as exc:
        parser.error(str(exc))
    values = dict(assignments)
    if len(values) < len(assignments):
        parser.error("--set names one value more than once")
    return [int(d) for d in parts], values


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


def _derivation(args: argparse.Namespace) -> BlueprintEstimates:
    """The blueprint's stored derivation, or a fresh one where none is current."""
    project = load_project()
    store = args.store or (store_for(args.output.resolve()) if args.output else None)
    spec, sources, store = _locate(args.blueprint, args.source, project, store)
    settings = Settings()
    cache = DerivationCache(store) if store is not None else None
    derived = cache.load(spec, settings) if cache is not None else None
    if derived is None:  # not stored (or stale): derive it
        print(f"{spec.key}: no current stored derivation; deriving it", file=sys.stderr)
        derived = derive_all([spec], sources, settings, progress(args.quiet), 1)[0][0]
        # stored for next time where nothing is stored; an entry of other settings (a
        # project generated with --max-dim) is the generator's to replace, not explain's
        if cache is not None and not cache.path(spec).exists():
            cache.store(spec, settings, derived)
    return derived


def _locate(
    key: str,
    source: Sequence[str] | None,
    project: configuration.Config | None,
    store: Path | None,
) -> tuple[BlueprintSpec, tuple[str, ...], Path | None]:
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


COMMAND = Command(
    name="explain",
    summary="print one blueprint's formulas in readable math, with values at a few dims",
    description="Print one blueprint's exact formulas (parameters, buffers, training "
    "state, forward and backward FLOPs and elementwise operations, activation bytes) in "
    "readable math, its per-submodule terms, its domain and refusal rules, and values at a "
    "few dims. The derivation is read from the store, or derived (and stored) when none is "
    "stored.",
    add_arguments=add_arguments,
    run=run,
)
