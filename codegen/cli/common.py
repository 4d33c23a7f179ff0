"""What the commands share: the shape of a command, the derivation settings' options,
progress on stderr, the project's
configuration, where an output's derivations are stored, the wording of a failure, ``--set``'s
assignments and where a blueprint named on the command line is registered."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from blueprints.registry import BlueprintSpec

from .. import config as configuration
from ..cache import DEFAULT_DIRECTORY
from ..derive.blueprint import (
    AUTOCAST_DTYPES,
    DEFAULT_HYPER_MAX,
    DEFAULT_MAX_DIM,
    DEFAULT_MAX_INPUT,
    Progress,
    Settings,
)
from ..errors import DerivationError
from ..pipeline import DEFAULT_SOURCES, UnknownBlueprintError, specs_of
from ..stored import StoreError

# the directory that holds codegen/ (a checkout, or site-packages), generated/ beside it
ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Command:
    """A subcommand of ``python -m codegen``.

    ``summary`` is its line in ``python -m codegen --help``, ``description`` the text of its own
    ``--help``; ``add_arguments`` declares its options on its parser, and ``run`` gets the
    parsed arguments and that parser (for usage errors, exit code 2) and returns the exit code.
    """

    name: str
    summary: str
    description: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, argparse.ArgumentParser], int]


def add_source(parser: argparse.ArgumentParser) -> None:
    """``--source MODULE``, the same for every command that reads registered blueprints."""
    parser.add_argument(
        "--source",
        action="append",
        metavar="MODULE",
        help="a module whose import registers blueprints (repeatable; default: the "
        f"configured sources, else the built-ins, {', '.join(DEFAULT_SOURCES)})",
    )


def add_derivation_arguments(p: argparse.ArgumentParser) -> None:
    """The domain the formulas are proven on, and the number of worker processes."""
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
        f"seq_len) from 1 to MAX_INPUT (default {DEFAULT_MAX_INPUT})",
    )
    p.add_argument(
        "--autocast",
        choices=sorted(AUTOCAST_DTYPES),
        default=None,
        help="trace each training step's forward and loss under torch.autocast('cpu', "
        "dtype) (mixed precision: activation and peak bytes change, FLOPs do not); write "
        "to an --output of its own",
    )
    p.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=os.cpu_count() or 1,
        help="derive blueprints in this many processes (default: one per CPU)",
    )


def derivation_settings(args: argparse.Namespace, parser: argparse.ArgumentParser) -> Settings:
    """The settings ``add_derivation_arguments``' options give; one below 1 is a usage
    error."""
    if min(args.max_dim, args.hyper_max, args.max_input, args.jobs) < 1:
        parser.error("--max-dim, --hyper-max, --max-input and --jobs must be at least 1")
    return Settings(
        max_dim=args.max_dim,
        hyper_max=args.hyper_max,
        max_input=args.max_input,
        autocast=args.autocast,
    )


def progress(quiet: bool) -> Progress:
    """Progress on stderr: one status line rewritten in place on a terminal (the final line of
    each blueprint kept), only the final lines otherwise."""
    live = sys.stderr.isatty()

    def show(text: str, final: bool) -> None:
        if quiet or not (live or final):
            return
        if live:
            print(f"\r\033[K{text}", file=sys.stderr, end="\n" if final else "", flush=True)
        else:
            print(text, file=sys.stderr, flush=True)

    return show


def load_project() -> configuration.Config | None:
    """The configuration found from the working directory upward; its directory (and its
    ``src/``, if any) becomes importable, so that its sources import from wherever in the
    project the command runs. Raises ``ConfigError`` when the table is malformed."""
    project = configuration.load()
    if project is not None:
        for root in (project.root / "src", project.root):  # a src/ layout, or the root
            if root.is_dir() and str(root) not in sys.path:
                sys.path.insert(0, str(root))
    return project


def store_for(output: Path) -> Path:
    """The default store of an output: ``derivations/<output name>/`` beside it."""
    return output.parent / "derivations" / output.stem


def failure(exc: DerivationError | StoreError) -> str:
    """The error message of a blueprint that cannot be derived or a stored entry refused."""
    if isinstance(exc, StoreError):
        return f"error: a stored derivation is refused\n{exc}"
    return f"error: cannot derive exact estimates\n{exc}"


def with_fixed_hash_seed(module: str, argv: Sequence[str]) -> None:
    """Run ``python -m module argv`` again with ``PYTHONHASHSEED=0`` unless the caller chose a
    seed: a derivation iterates sets of sympy symbols, so another seed can pick another of two
    equal conditions (the formulas' values are the same; the text is not). With a fixed seed
    the same inputs give the same bytes on every machine. Returns only when a seed is set."""
    if "PYTHONHASHSEED" in os.environ:
        return
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable, "-m", module, *argv])


def add_set(parser: argparse.ArgumentParser, help: str) -> None:
    """``--set NAME=VALUE`` (repeatable): sizes and hyperparameters, as ``assignments`` reads
    them."""
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help=help)


def assignments(texts: Sequence[str], parser: argparse.ArgumentParser) -> dict[str, object]:
    """The values ``--set`` gives, by name; a malformed or repeated one is a usage error."""
    try:
        pairs = [assignment(t) for t in texts]
    except ValueError as exc:
        parser.error(str(exc))
    values = dict(pairs)
    if len(values) < len(pairs):
        parser.error("--set names one value more than once")
    return values


def assignment(text: str) -> tuple[str, object]:
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


def locate(
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
    if source and (project is None or tuple(source) != project.sources):
        candidates.append((tuple(source), store))
    elif project is not None:  # the configured sources, given or not: the configured store
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
