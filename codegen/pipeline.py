"""Generation as a pure function: registered blueprints in, module text out.

``generate`` imports the modules that register blueprints, derives every blueprint in a stable
order (topology, then name) and renders the text. It writes nothing: ``output`` decides what
happens to the text.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from blueprints.registry import BlueprintRegistry

from .derive import Progress, Settings, derive_blueprint
from .render import render

DEFAULT_SOURCES = ("blueprints",)


def generate(
    sources: Sequence[str] = DEFAULT_SOURCES,
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> str:
    """The text of ``generated/estimates.py`` for the blueprints that ``sources`` register.

    Raises ``DerivationError`` naming the first blueprint that cannot be proven exact.
    """
    settings = settings or Settings()
    for source in sources:
        importlib.import_module(source)
    specs = sorted(BlueprintRegistry.all(), key=lambda s: (s.topology, s.name))
    derived = []
    for number, spec in enumerate(specs, 1):
        step = f"[{number}/{len(specs)}] "
        report = None
        if progress is not None:

            def report(text: str, final: bool, step: str = step) -> None:
                progress(step + text, final)

        derived.append(derive_blueprint(spec, settings, report))
    return render(derived, sources)
