"""The project configuration: a ``[tool.blueprint-estimates]`` table in ``pyproject.toml``.

It is read from the nearest ``pyproject.toml`` at or above the working directory (when that
file has the table), so that in a configured repository ``python -m codegen`` and
``python -m codegen --check`` need no flags. Its keys:

* ``sources``: the modules whose import registers the project's blueprints;
* ``output``: the generated module, relative to the ``pyproject.toml``;
* ``store`` (optional): where derivations are stored, relative to the ``pyproject.toml``
  (default: ``derivations/<output name>/`` beside the output);
* ``report`` (optional): the directory ``python -m codegen report`` writes the project's
  report to, relative to the ``pyproject.toml`` (default: the output's directory);
* ``report_sizes`` (optional): input sizes the report states its FLOPs and memory at, such as
  ``{ batch = 8, length = 16000 }`` (default: typical sizes; ``--set`` overrides each).

Command-line flags override each key. Without a table and without flags, the generator works
on the built-in blueprints, as it always has.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TABLE = "blueprint-estimates"
KEYS = ("sources", "output", "store", "report", "report_sizes")
_MODULE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")


class ConfigError(Exception):
    """The configuration table is malformed; the message names the file and the key."""


@dataclass(frozen=True)
class Config:
    """A project's settings, paths resolved against its ``pyproject.toml``."""

    path: Path  # the pyproject.toml
    sources: tuple[str, ...]
    output: Path
    store: Path | None
    report: Path | None = None
    report_sizes: tuple[tuple[str, int], ...] = ()

    @property
    def root(self) -> Path:
        """The project's directory (where its sources are importable from)."""
        return self.path.parent


def find(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` at or above ``start``, if it has the table.

    The search stops at the first ``pyproject.toml``, as other tools' do: a project without the
    table (a checkout of this one inside a configured repository) is not configured by the
    repository around it.
    """
    for directory in (start, *start.parents):
        candidate = directory / "pyproject.toml"
        if candidate.is_file():
            tool = _read(candidate).get("tool", {})
            if not isinstance(tool, dict):
                raise ConfigError(f"{candidate}: [tool] must be a table")
            if TABLE in tool:
                return candidate
            near = difflib.get_close_matches(TABLE, [str(k) for k in tool], n=1, cutoff=0.8)
            if near:  # a misspelled table would silently fall back to the built-ins
                raise ConfigError(f"{candidate}: [tool.{near[0]}]: did you mean [tool.{TABLE}]?")
            return None
    return None


def load(start: Path | None = None) -> Config | None:
    """The configuration found from ``start`` (default: the working directory) upward."""
    path = find((start or Path.cwd()).resolve())
    if path is None:
        return None
    table = _read(path)["tool"][TABLE]
    where = f"{path}, [tool.{TABLE}]"
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: must be a table")
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise ConfigError(
            f"{where}: unknown key(s) {', '.join(unknown)}; the keys are {', '.join(KEYS)}"
        )
    for key in ("sources", "output"):
        if key not in table:
            raise ConfigError(f"{where}: {key!r} is missing")
    sources = table["sources"]
    if (
        not isinstance(sources, list)
        or not sources
        or not all(isinstance(s, str) and _MODULE.match(s) for s in sources)
    ):
        raise ConfigError(
            f"{where}: 'sources' must be a non-empty list of module names, such as "
            f'["myseeds"], got {sources!r}'
        )
    output = _relative_path(table["output"], "output", where, path.parent)
    if output.suffix != ".py":
        raise ConfigError(f"{where}: 'output' must name a .py file, got {table['output']!r}")
    store, report = table.get("store"), table.get("report")
    return Config(
        path,
        tuple(sources),
        output,
        None if store is None else _relative_path(store, "store", where, path.parent),
        None if report is None else _relative_path(report, "report", where, path.parent),
        _sizes(table.get("report_sizes", {}), where),
    )


def _sizes(value: Any, where: str) -> tuple[tuple[str, int], ...]:
    """``report_sizes``: a table of positive integers by input name, sorted by name."""
    if not isinstance(value, dict) or not all(
        isinstance(v, int) and not isinstance(v, bool) and v >= 1 for v in value.values()
    ):
        raise ConfigError(
            f"{where}: 'report_sizes' must be a table of positive integers by input name, such "
            f"as {{ batch = 8, seq_len = 128 }}, got {value!r}"
        )
    return tuple(sorted(value.items()))


def _relative_path(value: Any, key: str, where: str, root: Path) -> Path:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{where}: {key!r} must be a path (a string), got {value!r}")
    return (root / value).resolve()


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from None
