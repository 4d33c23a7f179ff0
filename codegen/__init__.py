"""The estimate generator: blueprints in, ``generated/estimates.py`` out.

The path a blueprint takes, one module each:
``symbolic`` (the only user of PyTorch's symbolic-shape internals) -> ``construct`` (build with
symbols, read parameters, buffers and guards) -> ``explore`` (the engine: cover the box of dim
and hyperparameters with the builds' guard regions and merge them into branches, by
enumeration; ``evaluate`` and ``expressions`` do its exact integer arithmetic) -> ``ir``
(frozen results) -> ``printer`` (integer Python) -> ``render`` (Jinja2) -> ``output`` (write
atomically, or check with a diff). ``derive`` runs one blueprint through construct and the
engine, ``pipeline`` is generation as a pure function, ``__main__`` the command line.

The FLOP path: ``signature`` (carry a built module into a fresh session) -> ``trace`` (a
training step as an aten graph) -> ``flops`` (per-op rules and the graph walk) ->
``flop_regions`` (the region of a trace at a point) -> ``explore.smt`` (the engine's z3 oracle:
regions over dim, hyperparameters and input sizes, proven to cover, merged into branches). A
blueprint whose FLOPs cannot be derived keeps its parameter and buffer formulas; its FLOP
functions raise NotImplementedError with the cause.
"""
