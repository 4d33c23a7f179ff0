"""Where a blueprint's factory lives, and the fingerprint of that source.

The store's key hashes the factory's package (``cache._dependencies``, from ``package_dir``);
a generated blueprint module records ``fingerprint`` of the same package as ``SOURCE``, and the
registry compares it with the source it runs (``BlueprintSpec``'s first estimate in a process),
warning when a module is stale. Standard library only: the registry imports this at run time.
"""

from __future__ import annotations

import functools
import hashlib
import sys
from pathlib import Path


def package_dir(module_name: str) -> Path:
    """The directory of the package that defines module ``module_name`` (imported), or the
    file of that module when it is a top-level module (its directory may hold anything: a whole
    project, a venv), or when its package declares its modules independent
    (``INDEPENDENT_MODULES = True`` in its ``__init__``: the sweeps, each a library of its own,
    derived for hours)."""
    module = sys.modules[module_name]
    path = Path(module.__file__ or "").resolve()
    top = sys.modules.get(module_name.split(".")[0])
    if top is not None and getattr(top, "__path__", None):
        if getattr(top, "INDEPENDENT_MODULES", False) and top is not module:
            return path
        return Path(next(iter(top.__path__))).resolve()
    return path


def fingerprint(module_name: str) -> str:
    """16 hex digits of SHA-256 over the source files of ``package_dir(module_name)``, each
    with its path relative to the directory above it (so that it does not depend on where the
    project is checked out or installed)."""
    return _fingerprint(package_dir(module_name))


@functools.cache  # once per package and process: the registry asks on a first estimate
def _fingerprint(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")) if root.is_dir() else [root]:
        label = path.relative_to(root.parent).as_posix().encode()
        data = path.read_bytes()
        digest.update(b"%s\0%d\0" % (label, len(data)))
        digest.update(data)
    return digest.hexdigest()[:16]
