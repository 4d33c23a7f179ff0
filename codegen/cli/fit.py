"""``python -m codegen fit TOPOLOGY/NAME --memory 24GiB --solve batch --set dim=512 ...``:
the largest value of one size or hyperparameter whose training step fits in memory.

Solved on the generated formula of the peak bytes (the index's ``max_fitting``, through the
registry's ``spec.max_fitting``): exact, every value of the variable's domain tried from the
top, nothing built. The other sizes and hyperparameters come from ``--set`` (``dim`` among
them unless it is solved for; hyperparameters not set take their defaults).
"""

from __future__ import annotations

import argparse
import re
import sys
from decimal import Decimal, InvalidOperation

from blueprints.registry import BlueprintSpec

from .. import config as configuration
from ..ir import OPTIMIZERS
from ..pipeline import UnknownBlueprintError, quiet_torch
from .common import Command, add_set, add_source, assignments, load_project, locate

# bytes per unit: SI (kB, MB, GB, TB) and binary (KiB, MiB, GiB, TiB), case as written or not
UNITS = {
    "": 1,
    "b": 1,
    **{f"{p}b": 1000 ** (i + 1) for i, p in enumerate("kmgt")},
    **{f"{p}ib": 1024 ** (i + 1) for i, p in enumerate("kmgt")},
}
_MEMORY = re.compile(r"\s*([0-9]+(?:\.[0-9]*)?)\s*([a-zA-Z]*)\s*")


def parse_memory(text: str) -> int:
    """Bytes of a memory size such as ``24GiB``, ``16 GB``, ``1.5TiB`` or ``512000``; a
    fraction of a byte is dropped (a peak fits in it or not by whole bytes). ValueError
    naming the units for anything else."""
    match = _MEMORY.fullmatch(text)
    unit = UNITS.get(match.group(2).lower()) if match else None
    if match is None or unit is None:
        raise ValueError(
            f"--memory takes a number and a unit (B, kB, MB, GB, TB, KiB, MiB, GiB, TiB), "
            f"got {text!r}"
        )
    try:
        return int(Decimal(match.group(1)) * unit)
    except InvalidOperation:  # pragma: no cover - the pattern admits decimals only
        raise ValueError(f"--memory: not a number: {text!r}") from None


def show_bytes(count: int) -> str:
    """``25,769,803,776 B (24.00 GiB)``: exact bytes, and binary units for people."""
    for unit, size in (("TiB", 1024**4), ("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if count >= size:
            return f"{count:,} B ({count / size:.2f} {unit})"
    return f"{count:,} B"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("blueprint", metavar="TOPOLOGY/NAME")
    p.add_argument(
        "--memory", required=True, help="the memory to fit in: 24GiB, 16GB, 512MiB, 1000000 (B)"
    )
    p.add_argument(
        "--solve",
        required=True,
        metavar="NAME",
        help="the size or integer hyperparameter to solve for: dim, an input size (batch, "
        "seq_len, height, ...) or a hyperparameter",
    )
    add_set(
        p,
        "dim, an input size or a hyperparameter (repeatable): every input size and dim but "
        "the one solved for; hyperparameters not set take their defaults",
    )
    p.add_argument("--optimizer", default="adam", choices=OPTIMIZERS, help="(default: %(default)s)")
    add_source(p)


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Print the answer; the exit code: 0 where a value fits, 1 where none does, 2 on an
    error (one message, no traceback)."""
    try:
        memory = parse_memory(args.memory)
    except ValueError as exc:
        parser.error(str(exc))
    given = assignments(args.set, parser)
    quiet_torch()
    try:
        spec = locate(args.blueprint, args.source, load_project(), None)[0]
        found = spec.max_fitting(memory, args.solve, optimizer=args.optimizer, **given)
        above = None
        if found is not None and found[0] < spec.domain()[args.solve][1]:
            above = _peak_at(spec, args, given, found[0] + 1)
    except (
        configuration.ConfigError,
        UnknownBlueprintError,
        ImportError,
        LookupError,
        NotImplementedError,  # the peak was not derived: the generated function says why
        TypeError,
        ValueError,
    ) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # never a raw traceback; but say that it is the generator's fault
        print(
            f"error: fit {args.blueprint} failed: {type(exc).__name__}: {exc} (a bug in the "
            "generator, not in your blueprint: please report it)",
            file=sys.stderr,
        )
        return 2
    setting = ", ".join(f"{k}={v}" for k, v in given.items()) or "the defaults"
    head = f"{spec.key} ({args.optimizer}, {setting}), in {show_bytes(memory)}"
    if found is None:
        print(f"{head}: no {args.solve} of its domain fits")
        return 1
    value, peak = found
    print(f"{head}: the largest {args.solve} that fits is {value:,}")
    print(f"  peak bytes at {args.solve}={value:,}: {show_bytes(peak)}")
    if above is not None:
        print(f"  peak bytes at {args.solve}={value + 1:,}: {above}")
    else:
        print(f"  ({value:,} is the top of the domain its formulas are proven on)")
    return 0


def _peak_at(
    spec: BlueprintSpec, args: argparse.Namespace, given: dict[str, object], value: int
) -> str:
    """The peak one above the answer, or why there is none (no training step there)."""
    arguments = {**given, args.solve: value}
    dim = arguments.pop("dim")
    try:
        peak = spec.peak_bytes_estimate(dim, optimizer=args.optimizer, **arguments)
    except ValueError as exc:
        return f"no training step ({exc})"
    return f"{show_bytes(peak)}, over"


COMMAND = Command(
    name="fit",
    summary="the largest batch (or other size) whose training step fits in memory",
    description="Print the largest value of one input size, dim or integer hyperparameter at "
    "which the peak bytes of a training step (MemTracker's convention, per optimizer) fit in "
    "--memory, and the peak there and one above. Solved exactly on the generated formula, "
    "every value of the domain tried from the top; nothing is built. Exit code 0 where a value "
    "fits, 1 where none does.",
    add_arguments=add_arguments,
    run=run,
)
