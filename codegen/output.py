"""What happens to generated text: written atomically, or compared with what is committed."""

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
