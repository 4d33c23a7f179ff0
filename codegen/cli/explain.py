"""``python -m codegen explain TOPOLOGY/NAME``: one blueprint's formulas, for people.

Every formula branch by branch in readable math, the per-submodule terms, the domain and the
refusal rules, and values at a few dims (``emit.explain``). The derivation is read from the
store, or derived (and stored where nothing is stored) when none is current.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import config as configuration
from ..cache import DerivationCache
from ..derive.blueprint import Settings
from ..emit.explain import DEFAULT_DIMS, explain
from ..errors import DerivationError
from ..ir import BlueprintEstimates
from ..pipeline import UnknownBlueprintError, derive_all, quiet_torch
from ..stored import StoreError
from .common import (
    Command,
    add_derivation_arguments,
    add_set,
    add_source,
    assignments,
    derivation_settings,
    failure,
    load_project,
    locate,
    progress,
    store_for,
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The blueprint, the values table's dims and settings, and where it is registered."""
    p.add_argument("blueprint", metavar="TOPOLOGY/NAME")
    p.add_argument(
        "--dims",
        help="comma-separated dims for the values table (default: "
        f"{','.join(map(str, DEFAULT_DIMS))}, or powers of two within a smaller domain)",
    )
    add_set(
        p,
        "an input size or hyperparameter for the values table (repeatable; default: typical "
        "input sizes and the default hyperparameters)",
    )
    add_source(p)
    p.add_argument(
        "--output",
        type=Path,
        help="the generated module the sources are generated into: its store is read "
        "(default: the configured output, or the built-ins')",
    )
    p.add_argument("--store", type=Path, metavar="DIR", help="where derivations are stored")
    add_derivation_arguments(p)  # a module generated with --max-dim is read with the same
    p.add_argument("-q", "--quiet", action="store_true", help="no progress output")


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Print the explanation; the exit code: 0, or 2 with one error message."""
    dims, values = _table(args, parser)
    settings = derivation_settings(args, parser)
    quiet_torch()
    try:
        text = explain(_derivation(args, settings), dims, values)
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
) -> tuple[list[int] | None, dict[str, object]]:
    """The dims (None: the default) and the settings (``--set``) of the values table;
    malformed ones are usage errors."""
    if args.dims is None:
        return None, assignments(args.set, parser)
    parts = [d.strip() for d in args.dims.split(",")]
    if not all(d.lstrip("-").isdigit() for d in parts):
        parser.error(f"--dims takes comma-separated integers, got {args.dims!r}")
    return [int(d) for d in parts], assignments(args.set, parser)


def _derivation(args: argparse.Namespace, settings: Settings) -> BlueprintEstimates:
    """The blueprint's stored derivation, or a fresh one where none is current."""
    project = load_project()
    store = args.store or (store_for(args.output.resolve()) if args.output else None)
    spec, sources, store = locate(args.blueprint, args.source, project, store)
    cache = DerivationCache(store) if store is not None else None
    derived = cache.load(spec, settings) if cache is not None else None
    if derived is None:  # not stored (or stale): derive it
        print(
            f"{spec.key}: no current stored derivation at these settings; deriving it (a "
            "module generated with --max-dim, --hyper-max or --max-input is read with the same "
            "options)",
            file=sys.stderr,
        )
        derived = derive_all([spec], sources, settings, progress(args.quiet), 1)[0][0]
        # stored for next time where nothing is stored; an entry of other settings (a
        # project generated with --max-dim) is the generator's to replace, not explain's
        if cache is not None and not cache.path(spec).exists():
            cache.store(spec, settings, derived)
    return derived


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
