"""Whole models as blueprints: language models on token ids (the ``lm`` topology) whose depth,
width, heads and vocabulary are symbols of their formulas.

Not a default source: importing this package registers them, with their formulas in
``generated/model_estimates.py``, made by ``nox -s models``::

    python -m codegen --source whole_models --output generated/model_estimates.py

A package of its own, not part of ``zoo``: a stored derivation's key covers the package that
defines the blueprint, and a whole model takes minutes to derive.
"""

from __future__ import annotations

import importlib.util

ESTIMATES = "generated.model_estimates"

if importlib.util.find_spec("transformers") is not None:
    from . import language  # noqa: F401  (registers the blueprints)

__all__ = ["ESTIMATES"]
