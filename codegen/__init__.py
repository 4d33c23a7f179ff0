"""The estimate generator: blueprints in, ``generated/estimates.py`` out.

The path a blueprint takes, one module each:
``symbolic`` (PyTorch adapter) -> ``construct`` (build with symbols) -> ``regions`` (explore
guards, merge into pieces) -> ``ir`` (frozen results) -> ``printer`` (integer Python) ->
``render`` (Jinja2) -> ``output`` (write atomically, or check with a diff). ``pipeline`` wires
them into one pure function, ``__main__`` is the command line.
"""
