"""What happens to generated text: written atomically, or compared with what is committed.

A generated output is several files (``render.render``): an index module and, in a package
beside it, one module per blueprint. Writing touches only the files whose text changed (a
blueprint's change rewrites its own module), writes the index last, and removes the generated
modules of blueprints that are gone (never a file without the generated marker); checking
reports both kinds of difference.
"""

from __future__ import annotations

import difflib
import os
import tempfile
from pathlib import Path


def write_if_changed(path: Path, content: str | bytes) -> bool:
    """Write ``content`` (text, or bytes such as a PNG) to ``path`` unless it already holds
    exactly that; True if written.

    The new content goes to a temporary file in the same directory first and replaces the old
    one with ``os.replace``, so a reader (or a crash) never sees a half-written module.
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private (0600); a written file gets the mode a plain write
        # would give it (the old file's, else what the umask allows)
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def stale_diff(path: Path, text: str, label: str) -> str | None:
    """A unified diff from the file at ``path`` to ``text``, or None when they are equal."""
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    if current == text:
        return None
    return "".join(
        difflib.unified_diff(
            current.splitlines(keepends=True),
            text.splitlines(keepends=True),
            fromfile=f"{label} (committed)",
            tofile=f"{label} (regenerated)",
        )
    )


def package_of(index: Path) -> Path:
    """The package directory that holds the blueprint modules of the index at ``index``."""
    return index.parent / f"{index.stem}_blueprints"


# the line every generated module carries near its top; a file without it is not ours
MARKER = "GENERATED FILE, do not edit"


def orphans(index: Path, files: dict[str, str]) -> list[Path]:
    """Generated modules in the index's package that the generated ``files`` no longer
    contain (a blueprint that is gone). A file there without the generated marker (one a
    person put there) is never an orphan: it is left alone."""
    package = package_of(index)
    if not package.is_dir():
        return []
    wanted = {index.parent / relative for relative in files}
    return sorted(
        p
        for p in package.glob("*.py")
        if p not in wanted and MARKER in p.read_text(encoding="utf-8", errors="replace")[:2000]
    )


def write_files(index: Path, files: dict[str, str]) -> tuple[list[Path], list[Path]]:
    """Write the generated ``files`` (paths relative to the index's directory) where they
    changed, the index last, and remove orphaned blueprint modules: (written, removed)."""
    first = sorted(r for r in files if index.parent / r != index)
    written = [
        index.parent / relative
        for relative in [*first, index.name]
        if write_if_changed(index.parent / relative, files[relative])
    ]
    removed = orphans(index, files)
    for path in removed:
        path.unlink()
    return written, removed


def stale_files(index: Path, files: dict[str, str]) -> tuple[str, list[Path]]:
    """Unified diffs of the files that differ from the generated ``files`` (missing files
    diff against nothing), and the orphaned modules; ("", []) when all is fresh."""
    diffs = []
    for relative in sorted(files, key=lambda r: (index.parent / r != index, r)):
        path = index.parent / relative
        diff = stale_diff(path, files[relative], str(path))
        if diff is not None:
            diffs.append(diff)
    return "".join(diffs), orphans(index, files)
