"""A content-addressed store of derivations, so that only changed blueprints are re-derived.

Deriving the FLOPs of one blueprint takes up to minutes (one symbolic trace per class of
inputs); most runs of the generator change one blueprint or none. A derivation is a pure
function of its inputs, so it is stored under the SHA-256 of all of them:

* the source of every module in the package that defines the blueprint's factory (a factory
  may use helpers of its sibling modules; a factory in a top-level module, or in a package
  that declares ``INDEPENDENT_MODULES``: that module), and
  of every local (not installed) package or module those import, transitively (helpers from
  a user's other package); and of the generator's derivation (``codegen/`` except the modules
  after the IR, which only print, write or explain: a change to the printer or the template
  re-renders every stored derivation without re-deriving it), by its code (``code``: a
  reworded comment or docstring re-derives nothing);
* the registry and the ground truths the generator shares (``blueprints/registry.py``,
  ``flop_reference.py``, ``memory_reference.py``);
* the versions of Python, torch, sympy, numpy and z3, and of transformers and huggingface_hub
  where the blueprint's package imports them;
* the registration (name, topology and its input layout, description, choices, bounds) and
  the settings.

Any change to any of them changes the key, and the blueprint is derived afresh. Entries are
JSON (one file per blueprint, sympy expressions in ``srepr`` form) committed next to the
generated module, so a clean clone (CI) re-derives exactly what a change touched; the
test suite re-derives a sample fresh and compares it with the stored entries.

The store is committed, so it is untrusted input: an entry is read as data, never run
(``stored.py``: a parser of the generator's vocabulary, every field type-checked, the entry
held to the blueprint it claims to be), and before it is used it is compared with the real
module at a few points (``spot_check.py``), so that an entry edited alike with its generated
module cannot pass ``--check`` with a wrong number.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import hashlib
import importlib.metadata
import importlib.util
import json
import re
import site
import sys
import sysconfig
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy
import sympy
import torch
import z3

from blueprints.registry import BlueprintSpec

from . import ir
from .derive.blueprint import Settings, header
from .emit.output import write_if_changed
from .sources import package_dir
from .spot_check import spot_check
from .stored import StoreError, check_header, decode_entry

CODEGEN_DIR = Path(__file__).resolve().parent
DEFAULT_DIRECTORY = CODEGEN_DIR.parent / "generated" / "derivations" / "estimates"
# the registry and the ground truths (the FLOP corrections and input layouts; what counts as
# a saved tensor, the input's dtype, the optimizers' state) shape every derivation, whichever
# package defines the blueprint
SHARED = tuple(
    CODEGEN_DIR.parent / "blueprints" / n
    for n in ("registry.py", "inputs.py", "flop_reference.py", "memory_reference.py")
)
# libraries that blueprints are built from: their versions are part of the key of every
# blueprint whose package imports them (with any other installed distribution it imports);
# huggingface_hub is listed for the transformers blocks that import it themselves
LIBRARIES = ("transformers", "huggingface_hub")
_LIBRARY_PATHS = ("purelib", "platlib", "stdlib", "platstdlib")
# this project's own blueprint package: its shared modules are keyed (SHARED); a package that
# imports it (the zoo, a user's seeds) does not depend on the built-in seeds
BLUEPRINTS_DIR = CODEGEN_DIR.parent / "blueprints"
# where installed distributions and the standard library live: not local source. Besides this
# interpreter's own site directories, any directory on the path that holds distributions'
# metadata (``*.dist-info``: a ``pip install --target`` directory, another environment's
# site-packages put on the path) is a place packages are installed, keyed by their versions.
_INSTALLED = tuple(
    sorted(
        {
            Path(p).resolve()
            for p in (
                *(v for k, v in sysconfig.get_paths().items() if k in _LIBRARY_PATHS),
                *site.getsitepackages(),
                site.getusersitepackages(),
                *(p for p in sys.path if p and next(Path(p).glob("*.dist-info"), None)),
            )
        }
    )
)
# the layout of an entry: a change to ``encode`` that old entries do not decode alike bumps it
STORE_FORMAT = "2"


class DerivationCache:
    """Derivations stored by the hash of their inputs, one JSON file per blueprint."""

    def __init__(self, directory: Path = DEFAULT_DIRECTORY, verify: bool = True) -> None:
        self.directory = directory
        self.verify = verify  # spot-check entries against the real module (spot_check.py)
        self.checked: dict[str, int] = {}  # blueprint -> points compared when it was loaded

    def path(self, spec: BlueprintSpec) -> Path:
        return self.directory / f"{spec.topology}.{spec.name}.json"

    def outdated(self, spec: BlueprintSpec, settings: Settings) -> bool:
        """An entry of ``spec`` is stored, but not for these inputs (other settings, or a
        source changed since): its key alone is read, not its derivation."""
        try:
            entry = json.loads(self.path(spec).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False  # nothing stored, or not an entry (``load`` says so)
        return isinstance(entry, dict) and entry.get("key") != key(spec, settings)

    def load(self, spec: BlueprintSpec, settings: Settings) -> ir.BlueprintEstimates | None:
        """The stored derivation of ``spec``, if its inputs are unchanged since it was stored,
        read as data (``stored``) and checked against the real module (``spot_check``).

        None where nothing is stored or the entry is stale (derive afresh); a StoreError where
        the file is not an entry the generator writes, or disagrees with the module.
        """
        path = self.path(spec)
        if not path.exists():
            return None
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
            raise StoreError(path, spec.key, "", f"not JSON: {exc}") from None
        if not (isinstance(entry, dict) and set(entry) == {"blueprint", "key", "derivation"}):
            raise StoreError(
                path, spec.key, "", 'an entry is an object of "blueprint", "key", "derivation"'
            )
        if entry["blueprint"] != spec.key:
            raise StoreError(path, spec.key, "blueprint", f"names {entry['blueprint']!r}")
        if entry.get("key") != key(spec, settings):
            return None  # stale: its inputs changed, derived afresh and replaced
        derived = decode_entry(entry["derivation"], path, spec.key)
        traced = ir.traced_quantities(settings.peak) if settings.flops else ()
        check_header(derived, header(spec, settings), traced, path)
        if self.verify:
            self.checked[spec.key] = spot_check(spec, derived, path, settings.autocast_dtype)
        return derived

    def store(
        self, spec: BlueprintSpec, settings: Settings, derived: ir.BlueprintEstimates
    ) -> None:
        entry = {"blueprint": spec.key, "key": key(spec, settings), "derivation": encode(derived)}
        text = json.dumps(entry, indent=1, sort_keys=True) + "\n"
        write_if_changed(self.path(spec), text)

    def prune(self, specs: list[BlueprintSpec]) -> None:
        """Remove entries of blueprints no longer registered."""
        keep = {self.path(s).name for s in specs}
        for path in self.directory.glob("*.json"):
            if path.name not in keep:
                path.unlink()


def key(spec: BlueprintSpec, settings: Settings) -> str:
    """SHA-256 of everything a derivation of ``spec`` depends on (see the module docstring)."""
    digest = hashlib.sha256()

    def add(label: str, value: str | bytes) -> None:
        data = value.encode() if isinstance(value, str) else value
        digest.update(f"{label}\0{len(data)}\0".encode())
        digest.update(data)

    imported = b""
    sources, installed = _dependencies(spec)
    for label, path in sources:
        source = path.read_bytes()
        add(f"source {label}", source)
        imported += source
    for distribution in installed:  # a torchvision or timm layer changes with its version
        try:
            add(f"distribution {distribution}", importlib.metadata.version(distribution))
        except importlib.metadata.PackageNotFoundError:
            add(f"distribution {distribution}", "absent")
    for path in derivation_modules(CODEGEN_DIR):
        add(f"code {path.relative_to(CODEGEN_DIR.parent).as_posix()}", code(path.read_bytes()))
    for path in SHARED:
        add(f"code {path.relative_to(CODEGEN_DIR.parent).as_posix()}", code(path.read_bytes()))
    add("store format", STORE_FORMAT)
    add("python", ".".join(map(str, sys.version_info[:2])))
    for library in LIBRARIES:  # only where the blueprint's package imports it
        if re.search(rb"^\s*(?:from|import)\s+" + library.encode() + rb"\b", imported, re.M):
            try:
                add(library, importlib.metadata.version(library))
            except importlib.metadata.PackageNotFoundError:
                add(library, "absent")
    add("torch", torch.__version__)
    add("sympy", sympy.__version__)
    add("numpy", numpy.__version__)
    add("z3", z3.get_full_version())
    add(
        "blueprint",
        repr(
            (
                spec.key,
                spec.layout,
                *([("tokens", spec.tokens)] if spec.tokens is not None else []),
                spec.description,
                spec.choices,
                spec.bounds,
                spec.factory.__module__,
                spec.factory.__qualname__,
            )
        ),
    )
    add("settings", repr(settings))
    if settings.autocast is not None:  # out of the repr: unset, the keys are as before
        add("autocast", settings.autocast)
    return digest.hexdigest()


@functools.lru_cache(maxsize=4)
def derivation_modules(codegen_dir: Path) -> tuple[Path, ...]:
    """The generator's modules that a derivation depends on: the ``derive`` package and, found
    by following its imports, the modules beside it that it uses (the IR and its arithmetic),
    with the ``__init__`` of each package on the way. What ``emit`` and the store do after the
    IR (print, render, write, check) never changes a derivation, so it is not in the key."""
    found: set[Path] = set()
    todo = sorted((codegen_dir / "derive").rglob("*.py"))
    while todo:
        path = todo.pop()
        if path in found or not path.is_file():
            continue
        found.add(path)
        package = path.parent
        while package != codegen_dir.parent:  # the __init__ of every enclosing package
            todo.append(package / "__init__.py")
            package = package.parent
        todo += _codegen_imports(path, codegen_dir)
    return tuple(sorted(found))


def _codegen_imports(path: Path, codegen_dir: Path) -> list[Path]:
    """The modules of ``codegen`` that the module at ``path`` imports (relative imports or
    absolute ones, anywhere in it: a function's lazy import counts)."""
    found = []
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = path.parent
                for _ in range(node.level - 1):
                    base = base.parent
            elif (node.module or "").split(".")[0] == codegen_dir.name:
                base = codegen_dir.parent
            else:
                continue
            target = base.joinpath(*(node.module or "").split(".")) if node.module else base
            found += [_module_file(target)] + [_module_file(target / a.name) for a in node.names]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == codegen_dir.name:
                    found.append(_module_file(codegen_dir.parent.joinpath(*alias.name.split("."))))
    return [f for f in found if f is not None]


def _module_file(target: Path) -> Path | None:
    """The file of the module or package at ``target`` (a path without suffix), if any."""
    for candidate in (target.with_suffix(".py"), target / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


@functools.lru_cache(maxsize=256)
def code(source: bytes) -> str:
    """What a module of the generator does: its syntax tree without docstrings, comments and
    positions, so that rewording them does not re-derive every store (hours for a sweep).
    Blueprint sources are keyed as they are (their line numbers are in messages)."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            node.body = body[1:] or [ast.Pass()]
    return ast.dump(tree, include_attributes=False)


def encode(value: Any) -> Any:
    """IR records as JSON-ready data: dataclasses tagged by type, sympy as ``srepr``."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"type": type(value).__name__, "fields": fields}
    if isinstance(value, sympy.Basic):
        return {"sympy": sympy.srepr(value)}
    if isinstance(value, tuple | list):
        return [encode(v) for v in value]
    if value is None or isinstance(value, bool | int | str):
        return value
    raise TypeError(f"cannot store a {type(value).__name__} in the derivation cache")


def _dependencies(spec: BlueprintSpec) -> tuple[list[tuple[str, Path]], list[str]]:
    """What a derivation of ``spec`` can depend on besides the generator and the libraries
    every key names: every local source file, with the label the key records (relative to the
    directory above its package, so that the key does not depend on where the project is
    checked out), and the installed distributions those files import.

    The local files are the factory's package (or its module, when the factory lives in a
    top-level module) and the local packages and modules it imports, transitively; installed
    distributions are keyed by their versions instead of their sources.
    """
    start = package_dir(spec.factory.__module__)
    todo, seen = [start], {start, CODEGEN_DIR, BLUEPRINTS_DIR}
    files: dict[Path, str] = {}
    names: set[str] = set()
    while todo:
        root = todo.pop()
        for path in sorted(root.rglob("*.py")) if root.is_dir() else [root]:
            files[path] = path.relative_to(root.parent).as_posix()
            for name in _imported_modules(path):
                local = _local_origin(name)
                if local is None:
                    names.add(name)
                elif local not in seen:
                    seen.add(local)
                    todo.append(local)
    distributions = _distributions()
    installed = sorted({d for n in names for d in distributions.get(n, ())})
    return sorted((label, path) for path, label in files.items()), installed


@functools.cache  # scanning every installed distribution costs 0.2-0.5 s, once per process
def _distributions() -> Mapping[str, list[str]]:
    """Top-level import names -> the installed distributions that provide them."""
    return importlib.metadata.packages_distributions()


def _imported_modules(path: Path) -> list[str]:
    """The top-level names of the absolute imports in one source file."""
    try:
        tree = ast.parse(path.read_bytes())
    except (SyntaxError, ValueError):
        return []
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name.split(".")[0] for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module.split(".")[0])
    return sorted(set(names))


@functools.cache
def _local_origin(name: str) -> Path | None:
    """The directory (a package, a namespace package) or file (a module) of top-level module
    ``name`` if it is local source: not built in, not in the standard library, not installed
    in site-packages."""
    if name in sys.builtin_module_names or name in sys.stdlib_module_names:
        return None
    try:
        found = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if found is None:
        return None
    if found.origin in (None, "built-in", "frozen", "namespace"):
        locations = list(found.submodule_search_locations or ())
        if not locations:
            return None
        origin = Path(locations[0]).resolve()  # a namespace package: its directory
        return None if _installed(origin) else origin
    origin = Path(found.origin).resolve()
    if _installed(origin) or origin.suffix != ".py":
        return None  # installed, or an extension module
    return origin.parent if found.submodule_search_locations else origin


def _installed(path: Path) -> bool:
    return any(path.is_relative_to(p) for p in _INSTALLED)
