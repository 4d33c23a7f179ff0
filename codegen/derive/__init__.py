"""From a blueprint to its formulas: everything up to the IR, and the only package that imports
torch's tracing machinery.

``symbolic`` (the adapter to PyTorch's symbolic shapes) -> ``construct`` (build with symbols,
read parameters, buffers and guards) -> ``signature`` and ``trace`` (a training step as an aten
graph; ``composition``: one block of repeated ones traced, the others stood in for) ->
``flops`` (per-op rules, the graph walk) -> ``flop_regions`` (a trace's region at a point) ->
``explore`` (the torch-free engine: cover the box with regions, merge them into branches) ->
``blueprint`` (one blueprint through all of them, into ``codegen.ir``).

The store key of a derivation is this package and the modules beside it that it imports
(``codegen.cache.derivation_modules``).
"""
