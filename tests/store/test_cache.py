"""The derivation cache: stored entries equal fresh derivations, and any input change misses."""

from __future__ import annotations

import importlib.metadata
import importlib.util
from pathlib import Path

import pytest

from blueprints import BlueprintRegistry
from codegen import cache as cache_module
from codegen.cache import DerivationCache, derivation_modules, key
from codegen.derive.blueprint import Settings, derive_blueprint

from ..conftest import BUILTINS

SETTINGS = Settings()


@pytest.mark.parametrize("name", [("transformer", "lora"), ("cnn", "noop")], ids="/".join)
def test_committed_entries_equal_a_fresh_derivation(name: tuple[str, str]) -> None:
    spec = BlueprintRegistry.get(*name)
    stored = DerivationCache().load(spec, SETTINGS)
    assert stored is not None, f"{spec.key}: no stored derivation for the current sources"
    assert stored == derive_blueprint(spec, SETTINGS)


def test_every_registered_blueprint_has_a_current_entry() -> None:
    cache = DerivationCache()
    stale = [s.key for s in BUILTINS if cache.load(s, SETTINGS) is None]
    assert not stale, f"run `nox -s codegen` and commit generated/derivations/: {stale}"


def test_any_input_change_changes_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = BlueprintRegistry.get("cnn", "attention")
    base = key(spec, SETTINGS)
    assert key(spec, Settings(max_input=4096)) != base
    monkeypatch.setattr(cache_module.torch, "__version__", "9.9.9")
    assert key(spec, SETTINGS) != base


def test_a_source_change_changes_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = BlueprintRegistry.get("cnn", "attention")
    fake = tmp_path / "codegen"
    (fake / "derive").mkdir(parents=True)
    (fake / "emit").mkdir()
    (fake / "derive" / "blueprint.py").write_text("from .. import ir\n\nx = 1\n")
    (fake / "ir.py").write_text("y = 1\n")
    monkeypatch.setattr(cache_module, "CODEGEN_DIR", fake)
    monkeypatch.setattr(cache_module, "SHARED", ())  # they live beside the real codegen/
    first = key(spec, SETTINGS)
    (fake / "derive" / "blueprint.py").write_text("from .. import ir\n\nx = 2\n")
    assert key(spec, SETTINGS) != first
    second = key(spec, SETTINGS)
    (fake / "ir.py").write_text("y = 2\n")  # imported by the derive package: keyed
    assert key(spec, SETTINGS) != second
    third = key(spec, SETTINGS)
    (fake / "emit" / "render.py").write_text("only rendering\n")  # after the IR: no effect
    (fake / "pipeline.py").write_text("from .derive import blueprint\n")  # imports it: none
    assert key(spec, SETTINGS) == third
    # a reworded docstring or comment does nothing either: the code is keyed, not the text
    (fake / "derive" / "blueprint.py").write_text(
        '"""Derives."""\n\nfrom .. import ir  # the IR\n\n# the value\nx = 2  # two\n'
    )
    assert key(spec, SETTINGS) == third


def test_the_key_reads_the_derive_package_and_what_it_imports() -> None:
    keyed = {
        p.relative_to(cache_module.CODEGEN_DIR).as_posix()
        for p in derivation_modules(cache_module.CODEGEN_DIR)
    }
    assert {"derive/blueprint.py", "derive/symbolic/session.py", "ir.py", "float_sizes.py"} <= keyed
    assert not {p for p in keyed if p.startswith("emit/")}
    assert not keyed & {"cache.py", "pipeline.py", "stored.py", "__main__.py", "sweep.py"}


def test_the_flop_ground_truth_is_part_of_every_key(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = BlueprintRegistry.get("cnn", "attention")
    base = key(spec, SETTINGS)
    original = cache_module.Path.read_bytes
    reference = cache_module.SHARED[1]

    def edited(path: Path) -> bytes:
        data = original(path)
        return data + b"CORRECTED = True\n" if path == reference else data

    monkeypatch.setattr(cache_module.Path, "read_bytes", edited)
    assert key(spec, SETTINGS) != base


def test_a_library_version_counts_only_where_the_package_imports_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    builtin = BlueprintRegistry.get("cnn", "attention")
    base = key(builtin, SETTINGS)
    hf = None
    if importlib.util.find_spec("transformers") is not None:
        import zoo  # noqa: F401  (registers the zoo, whose zoo.hf imports transformers)

        hf = BlueprintRegistry.get("transformer", "gpt2_block")
    hf_base = key(hf, SETTINGS) if hf else None

    real_version = importlib.metadata.version

    def absent(name: str) -> str:
        if name in ("transformers", "huggingface_hub"):
            raise importlib.metadata.PackageNotFoundError(name)
        return real_version(name)

    monkeypatch.setattr(cache_module.importlib.metadata, "version", absent)
    assert key(builtin, SETTINGS) == base  # the built-ins import no transformers
    if hf is not None:
        assert key(hf, SETTINGS) != hf_base


def test_installed_distributions_are_keyed_by_version_local_helpers_by_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a helper namespace package (no __init__.py) and a plain helper module of the user's
    (tmp_path / "helpers_ns").mkdir()
    (tmp_path / "helpers_ns" / "se.py").write_text("K = 3\n")
    (tmp_path / "helper_mod.py").write_text("K = 4\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    cache_module._local_origin.cache_clear()
    try:
        assert cache_module._local_origin("helpers_ns") == tmp_path / "helpers_ns"
        assert cache_module._local_origin("helper_mod") == tmp_path / "helper_mod.py"
        assert cache_module._local_origin("torch") is None  # installed: keyed by version
        assert cache_module._local_origin("json") is None  # the standard library
    finally:
        cache_module._local_origin.cache_clear()
    sources, installed = cache_module._dependencies(BlueprintRegistry.get("cnn", "attention"))
    assert installed == ["torch"]
    assert [label for label, _ in sources][:2] == ["blueprints/__init__.py", "blueprints/cnn.py"]
