"""The blueprint registry and the built-in seed library.

Importing this package registers the built-in seeds::

    from blueprints import BlueprintRegistry
    spec = BlueprintRegistry.get("cnn", "attention")
    spec.param_estimate(512)   # exact, from generated/estimates.py
"""

from . import cnn, transformer  # noqa: F401  (registers the built-in seeds)
from .registry import BlueprintRegistry, BlueprintSpec, StaleEstimatesWarning

__all__ = ["BlueprintRegistry", "BlueprintSpec", "StaleEstimatesWarning"]
