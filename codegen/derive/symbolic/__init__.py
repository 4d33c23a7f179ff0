"""The adapter to PyTorch's symbolic shapes: the only package that touches its private APIs.

``session`` (the ``SymbolicSession`` the generator builds and traces in), ``compat`` (what
library code needs to run on symbolic sizes), ``kernels`` (PyTorch kernels that read sizes as
numbers, made to run on them), ``recurrent``, ``onednn`` and ``recurrence`` (recurrent cells
and layers as a CPU step runs them, the loop over time steps as one counted op),
``fractional_pool`` (fractional max pooling as ops that take symbolic output sizes), ``floats``
(floats computed from sizes, followed exactly), ``plain`` (PyTorch's sympy functions as the
plain integer vocabulary). Everything
version-specific lives here; when PyTorch changes, this is the package to adapt.
"""

from .floats import FloatConversionError
from .session import SymbolicSession, plain_symbol, user_location

__all__ = ["FloatConversionError", "SymbolicSession", "plain_symbol", "user_location"]
