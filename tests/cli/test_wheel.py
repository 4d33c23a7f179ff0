"""The generator as a wheel: built from this checkout, installed into a fresh virtualenv, run
on a user's project from there (no checkout on the path), so that what a wheel ships (the
top-level ``templates/`` as the package data of ``codegen.templates``, the packages under
``codegen/``) is what generation needs.

The fresh virtualenv gets the wheel alone; its dependencies (torch, sympy, z3, ...) are those of
the interpreter running the tests, put on its path by a ``.pth`` line (a plain path: the
editable install of this checkout, itself a ``.pth`` hook there, is not run).
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from ..conftest import ROOT
from .test_project import _project


def _python(root: Path) -> Path:
    return root / ("Scripts" if os.name == "nt" else "bin") / "python"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The python of a fresh virtualenv with the wheel of this checkout installed."""
    tmp = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
        + ["--wheel-dir", str(tmp / "dist"), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp / "dist").glob("blueprint_estimates-*.whl")
    venv.EnvBuilder(with_pip=False).create(tmp / "venv")
    python = _python(tmp / "venv")
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q"]
        + ["--target", site, str(wheel)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stderr
    paths = dict.fromkeys(sysconfig.get_paths()[k] for k in ("purelib", "platlib"))
    (Path(site) / "dependencies.pth").write_text("".join(f"{p}\n" for p in paths))
    return python


def _run(python: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {"PYTHONHASHSEED": "0"}
    return subprocess.run(
        [str(python), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900
    )


def test_the_wheel_ships_the_templates_and_generates_a_project(
    installed: Path, tmp_path: Path
) -> None:
    where = _run(
        installed,
        tmp_path,
        "-c",
        "import codegen, codegen.emit.render as r; print(codegen.__file__); print(r.TEMPLATE_DIR)",
    )
    assert where.returncode == 0, where.stderr
    package, templates = where.stdout.split()
    site = installed.parent.parent
    assert Path(package).resolve().is_relative_to(site.resolve())  # the wheel, not the checkout
    assert Path(templates).resolve().is_relative_to(site.resolve())
    assert {p.name for p in Path(templates).glob("*.jinja")} == {
        p.name for p in (ROOT / "templates").glob("*.jinja")
    }

    project = _project(tmp_path / "myproject")
    generated = _run(installed, project, "-m", "codegen")
    assert generated.returncode == 0, generated.stdout + generated.stderr
    checked = _run(installed, project, "-m", "codegen", "--check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    value = _run(
        installed,
        project,
        "-c",
        "import my_estimates; print(my_estimates.param_count('audio', 'gated_conv', dim=8))",
    )
    assert value.returncode == 0, value.stderr
    # Conv1d(8, 16, 3): 16 * 8 * 3 weights and 16 biases; GLU has none
    assert value.stdout.strip() == str(16 * 8 * 3 + 16)
