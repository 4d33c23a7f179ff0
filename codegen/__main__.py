"""``python -m codegen``: the command line (``codegen.cli``; ``python -m codegen --help`` lists
its commands). ``main`` is also the ``blueprint-codegen`` console script."""

from __future__ import annotations

import sys

from .cli import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
