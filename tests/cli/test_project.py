"""A user's own project, end to end, as a new user would set it up.

A temporary directory with a ``pyproject.toml`` that configures ``[tool.blueprint-estimates]``,
a seeds module that declares a topology of its own (``audio``: batch, dim, length) and
registers a blueprint with ``estimates=``, and a local helper module the seeds import. The
generator runs in a fresh interpreter from the project directory with no flags, exactly as
the README tells users to.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ..conftest import ROOT

PYPROJECT = """\
[project]
name = "myproject"
version = "0"

[tool.blueprint-estimates]
sources = ["myseeds"]
output = "my_estimates.py"
"""

HELPERS = """\
from torch import nn


def gated(dim: int) -> nn.Module:
    return nn.Sequential(nn.Conv1d(dim, 2 * dim, KERNEL, padding=KERNEL // 2), nn.GLU(dim=1))


KERNEL = 3
"""

SEEDS = """\
from blueprints import BlueprintRegistry

from mylayers import gated

BlueprintRegistry.add_topology("audio", ("batch", "dim", "length"))


@BlueprintRegistry.register(
    "gated_conv", "audio", "a gated 1-d convolution", estimates="my_estimates"
)
def gated_conv(dim: int):
    return gated(dim)
"""


def _project(root: Path, seeds: str = SEEDS, pyproject: str = PYPROJECT) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text(pyproject)
    (root / "mylayers.py").write_text(HELPERS)
    (root / "myseeds.py").write_text(seeds)
    return root


def _run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    """The project after its first generation (no flags), and how long that took."""
    root = _project(tmp_path_factory.mktemp("user") / "myproject")
    started = time.perf_counter()
    result = _run(root, "-m", "codegen", "-j", "1")
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    return root, elapsed


def test_a_configured_project_needs_no_flags(project: tuple[Path, float]) -> None:
    root, _ = project
    index = (root / "my_estimates.py").read_text()
    text = (root / "my_estimates_blueprints" / "audio_gated_conv.py").read_text()
    assert '("audio", "gated_conv")' in index
    assert "def audio_gated_conv_params(dim: int) -> int:" in text
    assert "length" in text  # the FLOP functions take the topology's own input size
    assert sorted(p.name for p in (root / "my_estimates_blueprints").iterdir()) == [
        "__init__.py",
        "audio_gated_conv.py",
    ]  # only the blueprints the sources register
    assert (root / "derivations" / "my_estimates" / "audio.gated_conv.json").exists()


def test_the_registry_reads_the_projects_module(project: tuple[Path, float]) -> None:
    root, _ = project
    check = textwrap.dedent(
        """
        import myseeds
        from blueprints import BlueprintRegistry
        spec = BlueprintRegistry.get("audio", "gated_conv")
        for dim in (1, 7, 64):
            assert spec.param_estimate(dim) == spec.actual_param_count(dim)
            for batch, length in ((1, 1), (2, 9), (3, 16)):
                sizes = dict(batch=batch, length=length)
                assert spec.flops_estimate(dim, **sizes) == spec.actual_flops(dim, **sizes)
                assert spec.flops_estimate(dim, backward=True, **sizes) == spec.actual_flops(
                    dim, backward=True, **sizes
                )
        print("ok")
        """
    )
    result = _run(root, "-c", check)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_check_reads_the_store_and_is_cheaper(project: tuple[Path, float]) -> None:
    root, first = project
    started = time.perf_counter()
    result = _run(root, "-m", "codegen", "--check")
    second = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    assert "unchanged (stored derivation, checked at" in result.stderr  # not derived again
    assert "my_estimates.py and its 2 module(s) are up to date" in result.stderr
    print(f"first run {first:.1f} s, --check from the store {second:.1f} s")


def test_check_fails_on_a_hand_edited_module(project: tuple[Path, float]) -> None:
    root, _ = project
    module = root / "my_estimates_blueprints" / "audio_gated_conv.py"
    original = module.read_text()
    try:
        module.write_text(original.replace("-> int:", "-> int:  # edited", 1))
        result = _run(root, "-m", "codegen", "--check")
        assert result.returncode == 1
        assert "# edited" in result.stdout  # the diff
        assert "regenerate it with\n    python -m codegen\n" in result.stderr
    finally:
        module.write_text(original)


def test_explain_prints_the_formulas_and_values(project: tuple[Path, float]) -> None:
    root, _ = project
    result = _run(root, "-m", "codegen", "explain", "audio/gated_conv", "--dims", "8,64")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("audio/gated_conv: a gated 1-d convolution\n")
    assert "Parameters\n  6·dim² + 2·dim\n" in out
    assert "inputs    1 ≤ batch ≤ 65536, 1 ≤ length ≤ 65536" in out
    rows = {line.split()[0]: line.split() for line in out.splitlines()[-2:]}
    assert rows["8"][1] == f"{6 * 8 * 8 + 2 * 8:,}" and rows["64"][1] == f"{6 * 64 * 64 + 128:,}"
    # the configured sources named again read the configured store too
    again = _run(root, "-m", "codegen", "explain", "audio/gated_conv", "--source", "myseeds")
    assert again.returncode == 0, again.stderr
    assert "deriving" not in again.stderr


def test_a_helper_in_another_local_module_is_part_of_the_key(
    project: tuple[Path, float], tmp_path: Path
) -> None:
    # a copy of the project with its store: only the helper module changes
    root, _ = project
    copy = tmp_path / "myproject"
    _project(copy)
    (copy / "my_estimates.py").write_text((root / "my_estimates.py").read_text())
    shutil.copytree(root / "my_estimates_blueprints", copy / "my_estimates_blueprints")
    store = copy / "derivations" / "my_estimates"
    store.mkdir(parents=True)
    for entry in (root / "derivations" / "my_estimates").iterdir():
        (store / entry.name).write_text(entry.read_text())
    assert _run(copy, "-m", "codegen", "--check").returncode == 0
    (copy / "mylayers.py").write_text(HELPERS.replace("KERNEL = 3", "KERNEL = 5"))
    result = _run(copy, "-m", "codegen", "--check", "-j", "1")
    assert result.returncode == 1, result.stderr  # re-derived: the stored entry was not used
    assert "10 * dim**2" in result.stdout  # 2*dim*dim*5 weights, in the diff


STALE_CHECK = """
import warnings

import myseeds
from blueprints import BlueprintRegistry, StaleEstimatesWarning

spec = BlueprintRegistry.get("audio", "gated_conv")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    values = [spec.param_estimate(8), spec.param_estimate(9), spec.flops_estimate(8, batch=2,
              length=4)]
stale = [w for w in caught if issubclass(w.category, StaleEstimatesWarning)]
print(len(stale))
for w in stale:
    print(w.message, w.filename)
"""


def test_a_module_older_than_its_factory_warns_once(
    project: tuple[Path, float], tmp_path: Path
) -> None:
    """The generated module records its factory's source fingerprint; the first estimate in a
    process compares it with the running source and warns once, naming the command
    (issue 25, item 3)."""
    root, _ = project
    copy = tmp_path / "myproject"
    _project(copy)
    (copy / "my_estimates.py").write_text((root / "my_estimates.py").read_text())
    shutil.copytree(root / "my_estimates_blueprints", copy / "my_estimates_blueprints")
    (copy / "check.py").write_text(STALE_CHECK)
    result = _run(copy, "check.py")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "0\n"  # fresh: nothing to say
    (copy / "myseeds.py").write_text(SEEDS.replace("return gated(dim)", "return gated(dim)  # 2"))
    result = _run(copy, "check.py")
    assert result.returncode == 0, result.stderr
    count, message = result.stdout.splitlines()
    assert count == "1"  # once, whatever the number of estimates after it
    assert message.startswith(
        "audio/gated_conv: my_estimates was derived from another version of the source of "
        "myseeds than the one running; its estimates may be wrong until you regenerate it with: "
        "python -m codegen"
    )
    assert message.endswith("check.py")  # the warning points at the caller's line


@pytest.mark.parametrize(
    ("seeds", "expected"),
    [
        pytest.param(
            SEEDS.replace("from mylayers import gated", "from mylayers import gated\n1 / 0"),
            ["cannot import the blueprint source 'myseeds'", "ZeroDivisionError", "myseeds.py:4"],
            id="raises-on-import",
        ),
        pytest.param(
            SEEDS + SEEDS.split("BlueprintRegistry.add_topology")[1].split("\n", 1)[1],
            [
                "blueprint audio/gated_conv is already registered (at",
                "myseeds.py:8)",
                "registered again at",
                "myseeds.py:15: give one of them another name",
            ],
            id="duplicate",
        ),
        pytest.param(
            SEEDS.replace(
                'BlueprintRegistry.add_topology("audio", ("batch", "dim", "length"))', ""
            ),
            ["unknown topology 'audio'", "BlueprintRegistry.add_topology('audio'"],
            id="unknown-topology",
        ),
        pytest.param(
            SEEDS.replace('("batch", "dim", "length")', '("batch", "length")'),
            ["layout ('batch', 'length') is invalid", 'contain "dim" exactly once'],
            id="layout-without-dim",
        ),
    ],
)
def test_a_mistake_in_the_users_package_is_one_clear_error(
    tmp_path: Path, seeds: str, expected: list[str]
) -> None:
    root = _project(tmp_path / "broken", seeds=seeds)
    result = _run(root, "-m", "codegen", "-j", "1")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    for text in expected:
        assert text in result.stderr, result.stderr
    assert not (root / "my_estimates.py").exists()  # nothing written


@pytest.mark.parametrize(
    ("pyproject", "expected"),
    [
        (
            PYPROJECT.replace('"myseeds"', '"no_such_seeds"'),
            "cannot import the blueprint source 'no_such_seeds': ModuleNotFoundError",
        ),
        (PYPROJECT + 'colour = "blue"\n', "unknown key(s) colour; the keys are sources, output"),
        (PYPROJECT.replace('output = "my_estimates.py"', ""), "'output' is missing"),
        (PYPROJECT.replace('"my_estimates.py"', '"my_estimates.txt"'), "must name a .py file"),
        (
            PYPROJECT.replace('sources = ["myseeds"]', 'sources = "myseeds"'),
            "'sources' must be a non-empty list of module names",
        ),
        (
            PYPROJECT + "report_sizes = { batch = 0 }\n",
            "'report_sizes' must be a table of positive integers by input name",
        ),
        (PYPROJECT + 'report_sizes = ["batch"]\n', "'report_sizes' must be a table"),
        (PYPROJECT + "report = 3\n", "'report' must be a path (a string), got 3"),
    ],
)
def test_a_mistake_in_the_configuration_is_one_clear_error(
    tmp_path: Path, pyproject: str, expected: str
) -> None:
    root = _project(tmp_path / "misconfigured", pyproject=pyproject)
    result = _run(root, "-m", "codegen", "-j", "1")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert expected in result.stderr, result.stderr
    assert not (root / "my_estimates.py").exists()


def test_the_configuration_is_found_from_a_subdirectory(tmp_path: Path) -> None:
    from codegen import config

    root = _project(tmp_path / "deep")
    (root / "src" / "inner").mkdir(parents=True)
    found = config.load(root / "src" / "inner")
    assert found is not None and found.path == root / "pyproject.toml"
    assert found.sources == ("myseeds",) and found.output == root / "my_estimates.py"
    assert found.store is None
    assert config.load(tmp_path) is None  # no table above: the built-ins' defaults apply


def test_sources_without_an_output_do_not_overwrite_the_builtins(tmp_path: Path) -> None:
    result = _run(tmp_path, "-m", "codegen", "--source", "tests.fixtures.partial")
    assert result.returncode == 2
    assert "--source without --output would write these blueprints into" in (result.stderr)


def test_the_search_stops_at_the_nearest_pyproject(tmp_path: Path) -> None:
    from codegen import config

    outer = _project(tmp_path / "outer")
    inner = outer / "vendored"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "vendored"\n')
    assert config.load(inner) is None  # not configured by the repository around it
    assert config.load(outer) is not None
    (inner / "pyproject.toml").write_text("tool = 1\n")
    with pytest.raises(config.ConfigError, match=r"\[tool\] must be a table"):
        config.load(inner)


def test_the_hook_fails_without_a_configuration(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "unconfigured"\n')
    result = _run(tmp_path, "-m", "codegen", "--check", "--require-config")
    assert result.returncode == 2
    assert "no [tool.blueprint-estimates] table" in result.stderr


def test_other_sources_in_a_configured_project_need_their_own_output(tmp_path: Path) -> None:
    root = _project(tmp_path / "configured")
    result = _run(root, "-m", "codegen", "--source", "tests.fixtures.partial")
    assert result.returncode == 2
    assert "--source without --output would write these blueprints into" in result.stderr
    assert "the configured output" in result.stderr
    assert not (root / "my_estimates.py").exists()


def test_a_misspelled_table_is_named_not_ignored(tmp_path: Path) -> None:
    root = _project(
        tmp_path / "typo", pyproject=PYPROJECT.replace("blueprint-estimates", "blueprint_estimates")
    )
    result = _run(root, "-m", "codegen", "--check")
    assert result.returncode == 2
    assert "[tool.blueprint_estimates]: did you mean [tool.blueprint-estimates]?" in result.stderr


def test_a_src_layout_is_importable(tmp_path: Path) -> None:
    from codegen import config

    root = _project(tmp_path / "srclayout")
    (root / "src").mkdir()
    (root / "myseeds.py").rename(root / "src" / "myseeds.py")
    assert config.load(root) is not None
    result = _run(root, "-m", "codegen", "--check", "--require-config")
    assert result.returncode == 1  # imported from src/ and derived: only the module is missing
    assert "regenerate it with\n    python -m codegen\n" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--only", "audio/gated_conv"], "--only derives a module of just those blueprints"),
        (["--output", "."], "is a directory"),
    ],
)
def test_flags_that_would_clobber_are_refused_before_deriving(
    tmp_path: Path, args: list[str], message: str
) -> None:
    root = _project(tmp_path / "clobber")
    result = _run(root, "-m", "codegen", *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "derivation(s)" not in result.stderr  # refused before any work
    assert not (root / "my_estimates.py").exists()


def test_a_written_file_gets_an_ordinary_mode(tmp_path: Path) -> None:
    from codegen.emit.output import write_if_changed

    path = tmp_path / "module.py"
    write_if_changed(path, "x = 1\n")
    mask = os.umask(0)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask


KEEP_GOING_SEEDS = (
    SEEDS
    + """

@BlueprintRegistry.register("scale", "audio", "a per-channel scale", estimates="my_estimates")
def scale(dim: int):
    from torch import nn

    return nn.Conv1d(dim, dim, 1, groups=dim, bias=False)


@BlueprintRegistry.register("ratio", "audio", "a float ratio", estimates="my_estimates")
def ratio(dim: int, ratio: float = 0.5):
    from torch import nn

    return nn.Conv1d(dim, max(1, int(dim * ratio)), 1)
"""
)


def test_keep_going_writes_what_it_can_and_names_the_rest(tmp_path: Path) -> None:
    """One blueprint of three cannot be derived (a float hyperparameter without choices):
    with --keep-going the other two are written and it is named with its cause, exit 2;
    without the flag nothing is written (issue 25, item 2). In worker processes, whose
    errors cross back to the generator; small bounds keep the two derivations short."""
    root = _project(tmp_path / "three", seeds=KEEP_GOING_SEEDS)
    small = ("-j", "2", "--max-dim", "16", "--max-input", "8")
    result = _run(root, "-m", "codegen", *small)
    assert result.returncode == 2
    assert not (root / "my_estimates.py").exists()
    result = _run(root, "-m", "codegen", *small, "--keep-going")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "not derived: audio/ratio: hyperparameter 'ratio'" in result.stderr
    assert "1 blueprint(s) not derived (--keep-going), the others written" in result.stderr
    index = (root / "my_estimates.py").read_text()
    assert '("audio", "gated_conv")' in index and '("audio", "scale")' in index
    assert '"ratio"' not in index
    modules = sorted(p.name for p in (root / "my_estimates_blueprints").iterdir())
    assert modules == ["__init__.py", "audio_gated_conv.py", "audio_scale.py"]
    stored = sorted(p.name for p in (root / "derivations" / "my_estimates").iterdir())
    assert stored == ["audio.gated_conv.json", "audio.scale.json"]
    # what was written is what a run that derives them gives: a check of the two is fresh
    check = _run(root, "-c", "import myseeds, my_estimates; print(my_estimates.BLUEPRINTS)")
    assert check.stdout.strip() == "(('audio', 'gated_conv'), ('audio', 'scale'))"


def test_keep_going_with_check_is_a_usage_error(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    result = _run(root, "-m", "codegen", "--check", "--keep-going")
    assert result.returncode == 2
    assert "--keep-going writes what it can derive; --check writes nothing" in result.stderr
