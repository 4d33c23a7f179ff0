"""The estimate generator: blueprints in, ``generated/estimates.py`` out.

The path a blueprint takes, one module each:
``symbolic`` (the only user of PyTorch's symbolic-shape internals) -> ``construct`` (build with
symbols, read parameters, buffers and guards) -> ``regions`` (explore guards over the domain,
merge into branches; ``evaluate`` and ``expressions`` do its exact integer arithmetic) -> ``ir``
(frozen results) -> ``printer`` (integer Python) -> ``render`` (Jinja2) -> ``output`` (write
atomically, or check with a diff). ``derive`` runs one blueprint through construct and regions,
``pipeline`` is generation as a pure function, ``__main__`` the command line.

The FLOP path (``trace``: a training step as an aten graph; ``flops``: per-op formula
registries and the graph walk) is tested at sample points and not yet part of the generated
module; see docs/NOTES.md.
"""
