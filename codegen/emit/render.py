"""Render the IR into the generated package with Jinja2: the index ``generated/estimates.py``
and one module per blueprint in ``generated/estimates_blueprints/``.

The templates (``index.py.jinja``, ``package.py.jinja``, ``blueprint.py.jinja``) hold the text
of the generated files; each gets a small typed context (``context``) and lays it out with a
few filters: docstring prose wrapped to the line length (``wrapping``), literals by ``repr``.
One ruff run (``formatting``) then splits long lines and normalizes quotes. The environment is
strict: an undefined name in a template is an error, not an empty string.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping, Sequence
from pathlib import Path

import jinja2

from ..ir import QUANTITY_TABLE, BlueprintEstimates, Quantity, Variable
from .context import index_context, module_context
from .formatting import format_sources
from .output import MARKER
from .wrapping import bullet, prose, string_literals, unbreakable


def template_dir() -> Path:
    """The templates: ``templates/`` at the top of a checkout, else (an installed wheel) the
    package data of ``codegen.templates`` (``setup.py`` maps one to the other)."""
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "pyproject.toml").is_file() and (checkout / "templates").is_dir():
        return checkout / "templates"
    # a namespace package (the templates are data, no __init__): its one directory
    found = importlib.util.find_spec("codegen.templates")
    if found is None or not found.submodule_search_locations:
        raise FileNotFoundError(
            "the templates: neither a checkout's templates/ nor codegen.templates"
        )
    return Path(next(iter(found.submodule_search_locations)))


TEMPLATE_DIR = template_dir()
INDEX_TEMPLATE = "index.py.jinja"
PACKAGE_TEMPLATE = "package.py.jinja"
BLUEPRINT_TEMPLATE = "blueprint.py.jinja"


def environment() -> jinja2.Environment:
    """The Jinja2 environment: strict undefined, no autoescape (this is Python, not HTML), and
    the templates' filters."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
    )
    env.filters.update(
        prose=lambda text, indent=4: "\n".join(prose(text, indent)),
        bullet=lambda text: "\n".join(bullet(text)),
        ranges=_ranges,
        string_literals=string_literals,
        pyrepr=repr,
        pytuple=lambda items: repr(tuple(items)),
    )
    return env


def _ranges(variables: Sequence[Variable]) -> str:
    """``1 <= dim <= 65536, 1 <= reduction <= 64``, each range kept on one line."""
    return ", ".join(unbreakable(f"{v.lo} <= {v.name} <= {v.hi}") for v in variables)


def render(
    blueprints: Sequence[BlueprintEstimates],
    sources: Sequence[str],
    stem: str = "estimates",
    fingerprints: Mapping[str, str] | None = None,
    autocast: str | None = None,
) -> dict[str, str]:
    """The generated files for ``blueprints`` (already in output order), by path relative to
    the output's directory: the index ``{stem}.py`` (dispatchers, ``BLUEPRINTS``), and in the
    package ``{stem}_blueprints/`` one module per blueprint and the checks they share. A
    blueprint module records its factory's source fingerprint where ``fingerprints`` (by
    blueprint key) has it. ``autocast``: the dtype (by name) the steps were traced under, which
    the index states."""
    if not stem.isidentifier():
        raise ValueError(f"{stem!r} cannot name a generated module")
    package = f"{stem}_blueprints"
    traced = any(bp.inputs for bp in blueprints)
    # the quantities with a function of their own; the traced ones where a blueprint has them
    quantities = [q for q in QUANTITY_TABLE if q.suffix is not None and (traced or not q.traced)]
    _refuse_collisions(blueprints, quantities)
    env = environment()
    index = index_context(blueprints, sources, stem, quantities, autocast)
    files = {f"{stem}.py": env.get_template(INDEX_TEMPLATE).render(vars(index))}
    files[f"{package}/__init__.py"] = env.get_template(PACKAGE_TEMPLATE).render(
        {"index": f"{stem}.py", "marker": MARKER}
    )
    template = env.get_template(BLUEPRINT_TEMPLATE)
    for bp in blueprints:
        module = module_context(bp, quantities, (fingerprints or {}).get(bp.key))
        files[f"{package}/{bp.topology}_{bp.name}.py"] = template.render(vars(module))
    return format_sources(files)


def _refuse_collisions(
    blueprints: Sequence[BlueprintEstimates], quantities: Sequence[Quantity]
) -> None:
    """Two blueprints whose module or function names coincide (``a_b/c`` and ``a/b_c``; ``mlp``
    and ``mlp_backward``, whose ``..._backward_elementwise_flops`` would be one name) would
    overwrite each other: a ValueError naming both."""
    seen: dict[str, str] = {}
    for bp in blueprints:
        stem = f"{bp.topology}_{bp.name}"
        for name in [stem, *(f"{stem}_{q.suffix}" for q in quantities)]:
            if name in seen and seen[name] != bp.key:
                raise ValueError(
                    f"blueprints {seen[name]} and {bp.key} would both generate {name}: rename one"
                )
            seen[name] = bp.key
