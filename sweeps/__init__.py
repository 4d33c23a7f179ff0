"""Sweeps: whole libraries as blueprints, enumerated instead of hand-picked.

Each module here registers, when imported, one blueprint per layer of a library that takes a
feature or channel size, built as a user would build it (the library's defaults otherwise),
and says which layers it leaves out and why (``SKIPPED``). ``python -m codegen.sweep NAME``
derives them all, keeps their derivations in ``sweeps/derivations/NAME/`` (the store CI reads)
and their outcomes in ``sweeps/results/NAME.json``, and writes the table of the README's
section on sweeps; ``tests/test_sweeps.py`` holds the README to those outcomes and every exact
one to the real layer.

* ``sweeps.torch_nn``: every module class of ``torch.nn`` that takes a feature or channel size.
* ``sweeps.transformers``: the main layer of every model family of ``transformers.models``.
* ``sweeps.timm_modules``: every block and layer of ``timm`` that takes a channel or feature
  size (run in a process without transformers layers: it puts a torchvision stand-in,
  ``sweeps/stubs``, on the path).
"""

# each sweep is keyed by its own module (codegen/cache.py): editing one does not make the
# others derive again (the transformers sweep takes hours)
INDEPENDENT_MODULES = True
