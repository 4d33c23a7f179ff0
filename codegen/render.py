"""Render the IR into the text of ``generated/estimates.py`` with Jinja2.

This module turns frozen IR records into plain strings (through ``printer``) and hands them to
the template; the template only lays them out. The environment is strict: an undefined name in
the template is an error, not an empty string.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from pathlib import Path

import jinja2

from .ir import BlueprintEstimates, Branch, Estimate, Term
from .printer import pyexpr

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates"
TEMPLATE = "estimates.py.jinja"
_WIDTH = 100  # the project's line length (pyproject.toml, ruff)

_QUANTITIES = {
    # quantity: (function suffix, table, dispatcher, title, dispatcher docstring)
    "params": (
        "params",
        "PARAMS",
        "param_count",
        "Parameters",
        "Exact parameter count of topology/name at dim (see the per-blueprint functions).",
    ),
    "buffers": (
        "buffers",
        "BUFFERS",
        "buffer_count",
        "Buffer elements",
        "Exact buffer element count (running statistics and the like) of topology/name.",
    ),
}


def environment() -> jinja2.Environment:
    """The Jinja2 environment: strict undefined, no autoescape (this is Python, not HTML)."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
    )


def render(blueprints: Sequence[BlueprintEstimates], sources: Sequence[str]) -> str:
    """The full text of the generated module for ``blueprints`` (already in output order)."""
    context = {
        "sources": ", ".join(f"`{s}`" for s in sources),
        "blueprints": [_blueprint(bp) for bp in blueprints],
        "quantities": [
            {"suffix": suffix, "table": table, "dispatcher": dispatcher, "dispatcher_doc": doc}
            for suffix, table, dispatcher, _, doc in _QUANTITIES.values()
        ],
    }
    return environment().get_template(TEMPLATE).render(context)


def _blueprint(bp: BlueprintEstimates) -> dict[str, object]:
    for part in (bp.topology, bp.name):
        if not part.isidentifier():
            raise ValueError(f"blueprint {bp.key}: {part!r} cannot be part of a function name")
    (dim,) = bp.variables
    return {
        "key": bp.key,
        "topology": bp.topology,
        "name": bp.name,
        "lo": str(dim.lo),
        "hi": str(dim.hi),
        "domain": f"{dim.lo} <= {dim.name} <= {dim.hi}",
        "hyper": [
            {"name": name, "type": type(value).__name__, "default": repr(value)}
            for name, value in bp.hyper
        ],
        "functions": [_function(bp, e) for e in bp.estimates],
    }


def _function(bp: BlueprintEstimates, estimate: Estimate) -> dict[str, object]:
    suffix, _, _, title, _ = _QUANTITIES[estimate.quantity]
    (dim,) = bp.variables
    hyper = "".join(f", {name}={value!r}" for name, value in bp.hyper)
    description = f"{bp.description[:1].upper()}{bp.description[1:]}." if bp.description else ""
    intro = [
        *_prose(description),
        f"Built by {bp.factory}(); exact for {dim.lo} <= {dim.name} <= {dim.hi}{hyper}.",
    ]
    return {
        "name": f"{bp.topology}_{bp.name}_{suffix}",
        "title": f"{title} of {bp.key}.",
        "doc": ["", *intro, *_doc(estimate)],
        "branches": [_branch(b) for b in estimate.branches],
    }


def _prose(text: str) -> list[str]:
    """Docstring prose, wrapped to stay inside the line length with the 4-space indent."""
    return textwrap.wrap(text, width=_WIDTH - 4, break_on_hyphens=False)


def _label(branch: Branch, count: int) -> str:
    if branch.condition is None:
        return "otherwise" if count > 1 else "everywhere"
    return f"if {pyexpr(branch.condition)}"


def _owner(term: Term) -> str:
    return f"{term.owner or 'self'} ({term.owner_type})"


def _doc(estimate: Estimate) -> list[str]:
    """Docstring lines: the formula per branch, then the terms per submodule."""
    count = len(estimate.branches)
    lines = [""]
    for branch in estimate.branches:
        if branch.rejection is not None:
            lines.append(f"{_label(branch, count)}: ValueError (the factory rejects it)")
        else:
            lines.append(f"{_label(branch, count)}: {pyexpr(branch.total)}")
    valued = [b for b in estimate.branches if b.rejection is None and b.terms]
    if valued:
        lines += ["", "Per submodule:"]
        for branch in valued:
            indent = "    "
            if len(valued) > 1 or count > 1:
                lines.append(f"    {_label(branch, count)}:")
                indent = "        "
            lines += [f"{indent}{_owner(t)}: {pyexpr(t.expr)}" for t in branch.terms]
    return lines


def _branch(branch: Branch) -> dict[str, object]:
    error = None
    if branch.rejection is not None:
        where = _strip_line(branch.rejection.location)
        text = f"the factory raises {branch.rejection.error} where {pyexpr(branch.condition)}" + (
            f" ({where})" if where else ""
        )
        # string pieces for implicit concatenation, each short enough for one source line
        error = [
            _fstring_safe(part)
            for part in textwrap.wrap(text, width=_WIDTH - 16, drop_whitespace=False)
        ]
    return {
        "condition": None if branch.condition is None else pyexpr(branch.condition),
        "value": None if branch.rejection is not None else pyexpr(branch.total),
        "error": error,
    }


def _strip_line(location: str | None) -> str | None:
    """``file.py:57 in f`` -> ``file.py, in f``: stable while unrelated lines move."""
    if location is None:
        return None
    return re.sub(r":\d+ in ", ", in ", location)


def _fstring_safe(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("{", "{{").replace("}", "}}")
