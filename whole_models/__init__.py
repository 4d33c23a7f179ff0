"""Whole models as blueprints whose depth is a symbol of their formulas: language models on
token ids (the ``lm`` topology: ``language``), with width, heads and vocabulary as symbols
too, and image models on the cnn layout (``vision``: ViT).

Not a default source: importing this package registers them, with their formulas in
``generated/model_estimates.py``, made by ``nox -s models``::

    python -m codegen --source whole_models --output generated/model_estimates.py

A package of its own, not part of ``zoo``: a whole model takes minutes to derive, and each
module is keyed alone (``INDEPENDENT_MODULES``, codegen/cache.py), so that adding a model
derives that model only.
"""

from __future__ import annotations

import importlib.util

ESTIMATES = "generated.model_estimates"
INDEPENDENT_MODULES = True

if importlib.util.find_spec("transformers") is not None:
    from . import language, vision  # noqa: F401  (register the blueprints)

__all__ = ["ESTIMATES", "INDEPENDENT_MODULES"]
