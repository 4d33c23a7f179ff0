"""Sessions: codegen (the main job), zoo, models, check (freshness), tests, lint, report, bench,
sweep.

Every session installs through constraints.txt, which pins torch to the CPU wheel of 2.13.0:
a looser requirement in a fresh virtualenv resolves to a multi-GB CUDA build.
"""

from __future__ import annotations

import nox

nox.options.sessions = ["lint", "tests"]  # tests runs the freshness check too
nox.options.reuse_venv = "yes"

CONSTRAINTS = ("-c", "constraints.txt")


def _install(session: nox.Session, extra: str = "") -> None:
    session.install(*CONSTRAINTS, "-e", f".{extra}")
    if extra == "[dev]":  # the timm sweep; without torchvision, which does not import here
        session.install(*CONSTRAINTS, "--no-deps", "timm")


@nox.session
def codegen(session: nox.Session) -> None:
    """Regenerate generated/estimates.py from the blueprint registry."""
    _install(session)
    session.run("python", "-m", "codegen", *session.posargs)


ZOO = ("--source", "zoo", "--output", "generated/zoo_estimates.py")


@nox.session
def zoo(session: nox.Session) -> None:
    """Regenerate generated/zoo_estimates.py, the real-layer zoo (a non-default source)."""
    _install(session, "[dev]")
    session.run("python", "-m", "codegen", *ZOO, *session.posargs)


MODELS = ("--source", "whole_models", "--output", "generated/model_estimates.py")


@nox.session
def models(session: nox.Session) -> None:
    """Regenerate generated/model_estimates.py: whole models (GPT-2, Llama) with depth, width,
    heads and vocabulary as symbols (a non-default source; tens of minutes afresh)."""
    _install(session, "[dev]")
    session.run("python", "-m", "codegen", *MODELS, *session.posargs)


@nox.session
def sweep(session: nox.Session) -> None:
    """Derive a sweep (nox -s sweep -- torch_nn -j 2): every layer of a library, past refusals;
    its outcomes, its store and the README's table."""
    _install(session, "[dev]")
    session.run("python", "-m", "codegen.sweep", *session.posargs)


# The committed files are rendered under hash seed 0 (the command line fixes it); the checks
# render under another seed, so that passing also proves the bytes do not depend on it.
CHECK_SEED = {"PYTHONHASHSEED": "4242"}


def _freshness(session: nox.Session, *args: str) -> None:
    """The generated modules (the built-ins with --strict, the zoo, the whole models) and the
    report against fresh ones (a diff where they differ), rendered under another hash seed
    than the committed ones, two checks at a time (tools/freshness.py)."""
    session.run("python", "tools/freshness.py", *args, env=CHECK_SEED)


@nox.session
def check(session: nox.Session) -> None:
    """Fail with a diff if a generated module or the report differs from a fresh one.

    The built-ins are checked with --strict: every one of their FLOPs must be derived.
    """
    _install(session, "[dev]")
    _freshness(session, *session.posargs)


@nox.session
def report(session: nox.Session) -> None:
    """Write docs/estimates.md and docs/params.png from the built-ins' derivations."""
    _install(session, "[report]")
    session.run("python", "-m", "codegen", "report", *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite (exhaustive comparisons against real modules included), then, on a full
    run (no arguments for pytest), the freshness check of ``check`` in the same environment:
    CI's one installation instead of two."""
    _install(session, "[dev]")
    # two workers: the machines have two cores; a worker that runs out of tests steals
    # another's, so that no slow test waits at the end of one worker's share
    session.run("pytest", "-n", "2", "--dist", "worksteal", *session.posargs)
    if not session.posargs:
        _freshness(session)


@nox.session
def bench(session: nox.Session) -> None:
    """Fresh derivation time and traces per blueprint (built-ins and zoo), and call costs.

    Prints ratios against the targets (docs/NOTES.md); asserts nothing. Takes minutes.
    """
    _install(session, "[dev]")
    session.run("python", "-m", "codegen.bench", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check over everything, the generated module included."""
    session.install(*CONSTRAINTS, "ruff")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
