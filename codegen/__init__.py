"""The estimate generator: blueprints in, ``generated/estimates.py`` out.

The path of a blueprint shows in the packages:

- ``derive`` (blueprint -> IR; the only package that traces with torch): ``symbolic`` (the
  adapter to PyTorch's symbolic shapes) -> ``construct`` (build with symbols, read parameters,
  buffers and guards) -> ``explore`` (the engine: cover the box of dim and hyperparameters with
  the builds' guard regions and merge them into branches) -> ``blueprint`` (one blueprint, all
  of it). The FLOP path: ``signature`` (carry a built module into a fresh session; its repeated
  blocks) -> ``trace`` (a training step as an aten graph; ``composition``: a repeated block
  traced once, the others stood in for) -> ``flops`` (per-op rules and the graph walk) ->
  ``flop_regions`` (the region of a trace at a point) -> ``explore.smt`` (z3: regions over dim,
  hyperparameters and input sizes, proven to cover, merged into branches).
- ``ir`` (frozen results, the quantity table) with the arithmetic both sides share:
  ``expressions`` (the integer vocabulary and its one walk), ``evaluate`` (numpy),
  ``float_sizes``, ``integer_forms`` and ``computed_sizes`` (sizes computed through floats).
- ``emit`` (IR -> text, no torch): ``printer`` (integer Python) -> ``render`` (Jinja2, the
  templates in ``templates/`` at the top level) -> ``output`` (write atomically, or check with a
  diff); ``explain`` and ``report`` for people.
- Beside them: ``cache``, ``stored`` and ``spot_check`` (the store of derivations, read as data
  and checked against the real modules), ``config`` (a project's settings), ``pipeline``
  (generation as a pure function), ``cli`` (the command line), ``sweep`` and ``bench``.

A blueprint whose FLOPs cannot be derived keeps its parameter and buffer formulas; its FLOP
functions raise NotImplementedError with the cause.
"""
