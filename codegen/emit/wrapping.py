"""Text wrapped to the line length where ruff format does not: docstrings and string constants.

ruff lays out the code of a generated module (``formatting``), but never breaks the text inside
a docstring or a string literal; what those hold is wrapped here, to the same line length. The
templates reach these through Jinja filters (``render.environment``).
"""

from __future__ import annotations

import textwrap

WIDTH = 100  # the project's line length (pyproject.toml, ruff)
# a space no wrapping breaks at (textwrap breaks at ASCII whitespace only), a space again after
_KEPT = "\u00a0"
# operators a formula line is not broken around: "dim // reduction" and "x ** 2" stay together
_OPERATORS = ("//", "**", "%")


def unbreakable(text: str) -> str:
    """``text`` kept on one line by ``prose`` and ``formula_lines``: ``1 <= dim <= 65536``."""
    return text.replace(" ", _KEPT)


def prose(text: str, indent: int = 4) -> list[str]:
    """Docstring prose as lines within the line length, ``indent`` being the docstring's."""
    lines = textwrap.wrap(text, width=WIDTH - indent, break_on_hyphens=False)
    return [line.replace(_KEPT, " ") for line in lines]


def bullet(text: str) -> list[str]:
    """A list item of a module docstring (``- name: what it counts``), continued two spaces
    in."""
    return textwrap.wrap(text, width=WIDTH, subsequent_indent="  ")


def formula_lines(line: str, break_long_words: bool = False) -> list[str]:
    """A docstring line of a function (indented 4 in the module, which counts here) within the
    line length; a long formula continues on lines indented 4 more than its start, never
    breaking an operator from its operands."""
    if not line.strip():
        return [""]
    if len(line) + 4 <= WIDTH:
        return [line]
    start = " " * (len(line) - len(line.lstrip()))
    for operator in _OPERATORS:
        line = line.replace(f" {operator} ", f"{_KEPT}{operator}{_KEPT}")
    wrapped = textwrap.wrap(
        line,
        width=WIDTH - 4,
        subsequent_indent=start + "    ",
        break_long_words=break_long_words,
        break_on_hyphens=False,
    )
    return [part.replace(_KEPT, " ") for part in wrapped]


def string_literals(text: str) -> list[str]:
    """``text`` as double-quoted string literals to concatenate, each short enough for a line
    of a parenthesized constant."""
    parts = textwrap.wrap(text, width=WIDTH - 12, drop_whitespace=False, break_long_words=True)
    return ['"' + part.replace("\\", "\\\\").replace('"', '\\"') + '"' for part in parts]
