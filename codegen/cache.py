"""A content-addressed store of derivations, so that only changed blueprints are re-derived.

Deriving the FLOPs of one blueprint takes up to minutes (one symbolic trace per class of
inputs); most runs of the generator change one blueprint or none. A derivation is a pure
function of its inputs, so it is stored under the SHA-256 of all of them:

* the source of every module in the package that defines the blueprint's factory (a factory
  may use helpers of its sibling modules), and of the generator's derivation (``codegen/``
  except the modules after the IR, which only print and write: a change to the printer or
  the template re-renders every stored derivation without re-deriving it);
* the registry and the FLOP ground truth (``blueprints/registry.py``, ``flop_reference.py``);
* the versions of Python, torch, sympy, numpy and z3, and of transformers and huggingface_hub
  where the blueprint's package imports them;
* the registration (name, topology, description, choices, bounds) and the settings.

Any change to any of them changes the key, and the blueprint is derived afresh. Entries are
JSON (one file per blueprint, sympy expressions in ``srepr`` form) committed next to the
generated module, so a clean clone (CI) re-derives exactly what a change touched; the
test suite re-derives a sample fresh and compares it with the stored entries.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.metadata
import json
import re
import sys
from pathlib import Path
from typing import Any

import numpy
import sympy
import torch
import z3

from blueprints.registry import BlueprintSpec

from . import ir
from .derive import Settings
from .output import write_if_changed

CODEGEN_DIR = Path(__file__).resolve().parent
DEFAULT_DIRECTORY = CODEGEN_DIR.parent / "generated" / "derivations" / "estimates"
# the registry and the FLOP ground truth (its corrections and input layouts) shape every
# derivation, whichever package defines the blueprint
SHARED = tuple(CODEGEN_DIR.parent / "blueprints" / n for n in ("registry.py", "flop_reference.py"))
# libraries that blueprints are built from: their versions are part of the key of every
# blueprint whose package imports them
LIBRARIES = ("transformers", "huggingface_hub")
# downstream of the IR (they turn derivations into text) or beside it (the benchmark): they
# never change a derivation
RENDERING = frozenset(
    {"printer.py", "render.py", "output.py", "pipeline.py", "__main__.py", "bench.py"}
)
_IR_TYPES = {
    cls.__name__: cls
    for cls in vars(ir).values()
    if isinstance(cls, type) and dataclasses.is_dataclass(cls)
}


class DerivationCache:
    """Derivations stored by the hash of their inputs, one JSON file per blueprint."""

    def __init__(self, directory: Path = DEFAULT_DIRECTORY) -> None:
        self.directory = directory

    def path(self, spec: BlueprintSpec) -> Path:
        return self.directory / f"{spec.topology}.{spec.name}.json"

    def load(self, spec: BlueprintSpec, settings: Settings) -> ir.BlueprintEstimates | None:
        """The stored derivation of ``spec``, if its inputs are unchanged since it was stored."""
        path = self.path(spec)
        if not path.exists():
            return None
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            return None
        if entry.get("key") != key(spec, settings):
            return None
        return decode(entry["derivation"])

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

    package = _package_dir(spec)
    imported = b""
    for root in sorted({package, CODEGEN_DIR}):
        for path in sorted(root.rglob("*.py")):
            if root == CODEGEN_DIR and path.name in RENDERING:
                continue
            source = path.read_bytes()
            add(f"source {path.relative_to(root.parent).as_posix()}", source)
            if root == package:
                imported += source
    for path in SHARED:
        add(f"source {path.relative_to(CODEGEN_DIR.parent).as_posix()}", path.read_bytes())
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
                spec.description,
                spec.choices,
                spec.bounds,
                spec.factory.__module__,
                spec.factory.__qualname__,
            )
        ),
    )
    add("settings", repr(settings))
    return digest.hexdigest()


def _package_dir(spec: BlueprintSpec) -> Path:
    """The directory of the package that defines the factory (or of its module)."""
    module = sys.modules[spec.factory.__module__]
    path = Path(module.__file__ or "").resolve()
    package = spec.factory.__module__.split(".")[0]
    top = sys.modules.get(package)
    if top is not None and getattr(top, "__path__", None):
        return Path(next(iter(top.__path__))).resolve()
    return path.parent


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


def decode(data: Any) -> Any:
    """The inverse of ``encode`` (JSON lists become tuples, as everywhere in the IR)."""
    if isinstance(data, list):
        return tuple(decode(v) for v in data)
    if isinstance(data, dict):
        if "sympy" in data:
            return sympy.parse_expr(data["sympy"], evaluate=False)
        cls = _IR_TYPES[data["type"]]
        return cls(**{name: decode(v) for name, v in data["fields"].items()})
    return data
