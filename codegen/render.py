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
    key = bp.key
    checks = [f'_check_int("{key}", "{v.name}", {v.name}, {v.lo}, {v.hi})' for v in bp.variables]
    checks += [
        f'_check_choice("{key}", "{name}", {name}, {tuple(options)!r})'
        for name, options in bp.choices
    ]
    return {
        "key": key,
        "topology": bp.topology,
        "name": bp.name,
        "keywords": "".join(
            f", {name}: {type(value).__name__} = {value!r}" for name, value in bp.defaults
        ),
        "hyper_names": [name for name, _ in bp.defaults],
        # the point, as f-string fields, for error messages: "dim={dim}, rank={rank}"
        "point": ", ".join(f"{v.name}={{{v.name}}}" for v in bp.variables),
        "checks": checks,
        "functions": [_function(bp, quantity) for quantity in _QUANTITIES],
    }


def _function(bp: BlueprintEstimates, quantity: str) -> dict[str, object]:
    suffix, _, _, title, _ = _QUANTITIES[quantity]
    description = f"{bp.description[:1].upper()}{bp.description[1:]}." if bp.description else ""
    domain = ", ".join(f"{v.lo} <= {v.name} <= {v.hi}" for v in bp.variables)
    intro = [*_prose(description), *_prose(f"Built by {bp.factory}(); exact for {domain}.")]
    groups = _variant_groups(bp, quantity)
    if len(groups) == 1 and bp.choices:
        names = " and ".join(name for name, _ in bp.choices)
        intro += _prose(f"The same for every value of {names}.")
    doc, variants = ["", *intro], []
    for position, (condition, label, estimate) in enumerate(groups):
        last = position == len(groups) - 1
        if len(groups) > 1:
            doc += ["", f"{label}:"]
        doc += _doc(estimate, indent="    " if len(groups) > 1 else "")
        variants.append(
            {
                "condition": None if last else condition,
                "branches": [_branch(b) for b in estimate.branches],
            }
        )
    return {
        "name": f"{bp.topology}_{bp.name}_{suffix}",
        "title": f"{title} of {bp.key}.",
        "doc": doc,
        "variants": variants,
    }


def _variant_groups(bp: BlueprintEstimates, quantity: str) -> list[tuple[str, str, Estimate]]:
    """(condition, label, estimate) per distinct estimate among the choice variants."""
    groups: list[tuple[list[dict[str, object]], Estimate]] = []
    for variant in bp.variants:
        estimate = variant.estimate(quantity)
        for members, existing in groups:
            if existing == estimate:
                members.append(dict(variant.values))
                break
        else:
            groups.append(([dict(variant.values)], estimate))
    result = []
    for members, estimate in groups:
        condition = " or ".join(_choice_condition(m) for m in members) or "True"
        result.append((condition, f"if {condition}", estimate))
    return result


def _choice_condition(values: dict[str, object]) -> str:
    parts = []
    for name, value in values.items():
        if isinstance(value, bool):
            parts.append(name if value else f"not {name}")
        else:
            parts.append(f"{name} == {value!r}")
    return " and ".join(parts)


def _prose(text: str) -> list[str]:
    """Docstring prose, wrapped to stay inside the line length with the 4-space indent."""
    # a range such as "1 <= dim <= 65536" stays on one line
    protected = re.sub(r"(\d+) <= (\w+) <= (\d+)", "\\1\u00a0<=\u00a0\\2\u00a0<=\u00a0\\3", text)
    lines = textwrap.wrap(protected, width=_WIDTH - 4, break_on_hyphens=False)
    return [line.replace("\u00a0", " ") for line in lines]


def _label(branch: Branch, count: int) -> str:
    if branch.condition is None:
        return "otherwise" if count > 1 else "everywhere"
    return f"if {pyexpr(branch.condition)}"


def _owner(term: Term) -> str:
    return f"{term.owner or 'self'} ({term.owner_type})"


def _doc(estimate: Estimate, indent: str = "") -> list[str]:
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
            inner = "    "
            if len(valued) > 1 or count > 1:
                lines.append(f"    {_label(branch, count)}:")
                inner = "        "
            lines += [f"{inner}{_owner(t)}: {pyexpr(t.expr)}" for t in branch.terms]
    return [f"{indent}{line}" if line else "" for line in lines]


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
            for part in textwrap.wrap(text, width=_WIDTH - 20, drop_whitespace=False)
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
