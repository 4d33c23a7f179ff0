"""The command line, ``python -m codegen [COMMAND] [OPTIONS]``: one module per command.

* ``generate`` (``generate.py``, the default command, so ``python -m codegen --check`` is
  ``python -m codegen generate --check``): derive the registered blueprints and write or check
  the generated module;
* ``explain`` (``explain.py``): one blueprint's formulas in readable math;
* ``fit`` (``fit.py``): the largest batch (or other size) whose training step fits in memory;
* ``report`` (``report.py``): docs/estimates.md and its plots.

A command is a ``common.Command`` (its name, help texts, arguments and ``run``); a new one is a
module that defines one and its entry in ``COMMANDS``. ``codegen/__main__.py`` and the
``blueprint-codegen`` console script call ``main``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import explain, fit, generate, report
from .common import Command, with_fixed_hash_seed

PROG = "python -m codegen"
COMMANDS: tuple[Command, ...] = (generate.COMMAND, explain.COMMAND, fit.COMMAND, report.COMMAND)
DEFAULT = generate.COMMAND


def parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """The command line's parser, and each command's own (a command's usage errors show its
    usage, not the list of commands)."""
    top = argparse.ArgumentParser(
        prog=PROG,
        usage=f"{PROG} [-h] [COMMAND] [OPTIONS ...]",
        description="Derive exact cost formulas (parameters, buffers, training state, FLOPs, "
        "activation bytes) of registered blueprints, and show them.",
        epilog=f"Without a command, {DEFAULT.name}: '{PROG} --check' is "
        f"'{PROG} {DEFAULT.name} --check'. '{PROG} COMMAND --help' shows a command's options.",
    )
    commands = top.add_subparsers(
        dest="command", metavar="COMMAND", title="commands", help=f"(default: {DEFAULT.name})"
    )
    parsers: dict[str, argparse.ArgumentParser] = {}
    for command in COMMANDS:
        sub = commands.add_parser(
            command.name,
            prog=f"{PROG} {command.name}",
            help=command.summary,
            description=command.description,
        )
        command.add_arguments(sub)
        parsers[command.name] = sub
    return top, parsers


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command ``argv`` names (default: ``sys.argv[1:]``, with a fixed hash seed);
    its exit code."""
    if argv is None:
        with_fixed_hash_seed("codegen", sys.argv[1:])
    arguments = list(sys.argv[1:] if argv is None else argv)
    top, parsers = parser()
    args, unknown = top.parse_known_args(with_command(arguments))
    if unknown:
        parsers[args.command].error(f"unrecognized arguments: {' '.join(unknown)}")
    command = next(c for c in COMMANDS if c.name == args.command)
    return command.run(args, parsers[args.command])


def with_command(argv: list[str]) -> list[str]:
    """``argv`` with the default command first where it names none. Every argument of
    ``generate`` is an option, so a first argument that is not one names a command (or is a
    misspelt one, which the parser refuses); ``--help`` first is the command line's own."""
    if argv and (not argv[0].startswith("-") or argv[0] in ("-h", "--help")):
        return argv
    return [DEFAULT.name, *argv]
