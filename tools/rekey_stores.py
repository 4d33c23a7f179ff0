"""Re-key the committed stores after a change that moves the generator's code without changing
what it derives (a package layout, a renamed module), instead of re-deriving them (hours).

A store entry's key hashes the generator's code by path and syntax tree, so a move changes every
key. This tool proves nothing about the change: the test suite does (it re-derives a sample
fresh and compares it with the stored entries, and ``--check`` spot-checks every entry against
the real layers). It only carries each entry that was fresh under OLD to the key it has now:

    python tools/rekey_stores.py keys OUT.json     # in a checkout of the old revision
    python tools/rekey_stores.py rekey OLD.json    # here: rewrite the entries fresh under OLD

An entry already stale under OLD stays stale (derived afresh on the next run).

``rekey OLD.json --exact-only`` carries only the entries derived exactly (no quantity refused)
and the outcomes found exact: for a change that makes the generator derive what it refused
before and changes nothing else (new rules for ops, new kernels for functions that used to pin
a size or raise). An exact derivation never met what such a change touches, so it derives the
same; the refused ones are derived afresh. ``keys`` needs
only ``codegen.cache.key``, ``Settings`` and the sources, so it runs on older revisions too
(run it with this file's path from the old checkout, ``PYTHONPATH=.``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path.cwd()
STORES = {  # store directory -> where its blueprints are registered
    "generated/derivations/estimates": "blueprints",
    "generated/derivations/zoo_estimates": "zoo",
    "generated/derivations/model_estimates": "whole_models",
}
SWEEPS = ("torch_nn", "torch_nn_spatial", "transformers", "timm_modules")


def current_keys() -> dict[str, dict[str, str]]:
    """{store directory: {blueprint: key}} for every blueprint of every committed store."""
    from codegen import sweep
    from codegen.cache import key
    from codegen.pipeline import specs_of

    try:
        from codegen.derive.blueprint import Settings
    except ImportError:  # before the derive package
        from codegen.derive import Settings  # type: ignore[no-redef]

    settings = Settings()
    keys = {}
    for directory, source in STORES.items():
        try:
            keys[directory] = {s.key: key(s, settings) for s in specs_of((source,))}
        except ImportError:  # a source the old revision does not have
            continue
    swept = getattr(sweep, "SETTINGS", settings)  # the sweeps' own, where they have them
    for name in SWEEPS:
        specs = sweep.Sweep.named(name).specs()
        keys[f"sweeps/derivations/{name}"] = {s.key: key(s, swept) for s in specs}
    return keys


def _refuses(value: object) -> bool:
    """Whether a stored derivation refuses any quantity (a ``failure`` with a reason)."""
    if isinstance(value, dict):
        return value.get("failure") is not None or any(_refuses(v) for v in value.values())
    if isinstance(value, list):
        return any(_refuses(v) for v in value)
    return False


def rekey(old: dict[str, dict[str, str]], exact_only: bool = False) -> None:
    new = current_keys()
    for directory, keys in new.items():
        moved = 0
        for path in sorted((ROOT / directory).glob("*.json")):
            entry = json.loads(path.read_text(encoding="utf-8"))
            blueprint = entry.get("blueprint")
            if exact_only and _refuses(entry.get("derivation")):
                continue
            if blueprint in keys and entry.get("key") == old.get(directory, {}).get(blueprint):
                entry["key"] = keys[blueprint]
                path.write_text(json.dumps(entry, indent=1, sort_keys=True) + "\n", "utf-8")
                moved += 1
        print(f"{directory}: {moved} entries re-keyed")
    for name in SWEEPS:  # a sweep's outcomes record the key they were found for
        directory = f"sweeps/derivations/{name}"
        path = ROOT / "sweeps" / "results" / f"{name}.json"
        if not path.exists():  # a sweep never run
            continue
        outcomes = json.loads(path.read_text(encoding="utf-8"))
        moved = 0
        for row in outcomes:
            blueprint = row["blueprint"]
            if exact_only and row.get("status") != "exact":
                continue
            if row.get("inputs") == old.get(directory, {}).get(blueprint):
                row["inputs"] = new[directory][blueprint]
                moved += 1
        path.write_text(json.dumps(outcomes, indent=1, sort_keys=True) + "\n", "utf-8")
        print(f"{path.relative_to(ROOT)}: {moved} outcomes re-keyed")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    mode, file = sys.argv[1], Path(sys.argv[2])
    if mode == "keys":
        file.write_text(json.dumps(current_keys(), indent=1, sort_keys=True) + "\n", "utf-8")
    elif mode == "rekey":
        rekey(json.loads(file.read_text(encoding="utf-8")), "--exact-only" in sys.argv[3:])
    else:
        sys.exit(f"unknown mode {mode!r}: keys or rekey")
