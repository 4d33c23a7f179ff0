"""The freshness checks of ``nox -s check`` (and of a full ``nox -s tests``), two at a time.

Each check is one process reading its store on one core: the zoo's, the built-ins' (with
``--strict``), the whole models' and the report's. Run in turn they cost their sum; two at a
time on the machines' two cores, about the longest two. Every command's output is printed
whole, in the order below, when it ends; the exit code is the worst of theirs (1 stale, 2
failed). Arguments are passed to the three module checks (``-q``, ``--max-dim``, ...).

    python tools/freshness.py [ARGS...]
"""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

# the outputs of noxfile.py's zoo and models sessions
ZOO = ("--source", "zoo", "--output", "generated/zoo_estimates.py")
MODELS = ("--source", "whole_models", "--output", "generated/model_estimates.py")


def commands(args: list[str]) -> list[list[str]]:
    """The checks, the longest first (the zoo's store is the largest)."""
    python = [sys.executable, "-m", "codegen"]
    return [
        [*python, "--check", *ZOO, *args],
        [*python, "--check", "--strict", *args],
        [*python, "--check", *MODELS, *args],
        [*python, "report", "--check"],
    ]


def run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True)


def main(args: list[str]) -> int:
    with ThreadPoolExecutor(max_workers=2) as pool:
        done = list(pool.map(run, commands(args)))
    for result in done:
        print("$ " + " ".join(result.args[1:]), flush=True)
        sys.stdout.write(result.stdout)
        sys.stderr.write(result.stderr)
        sys.stderr.flush()
    return max(result.returncode for result in done)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
