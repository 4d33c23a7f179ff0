"""The derivation store is data: reading it never runs code, and a wrong entry never passes.

Tier 2 (purpose-made entries): poisoned expressions and records are refused by the parser
without running anything; an entry whose formula was edited but whose key still matches is
refused by the spot check against the real module, in-process and through ``--check``.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
from pathlib import Path

import pytest
import sympy

from blueprints import BlueprintRegistry
from codegen.cache import DEFAULT_DIRECTORY, DerivationCache, encode
from codegen.derive.blueprint import Settings
from codegen.spot_check import spot_check
from codegen.stored import StoreError, decode_entry, parse_expression

from ..conftest import ROOT, run_codegen

SETTINGS = Settings()
ATTENTION = "cnn.attention.json"
# a stored expression of cnn/attention's forward FLOPs, and another of its parameters
DIM = "Symbol('dim', integer=True, positive=True)"


def _poisoned(marker: Path) -> list[str]:
    """Texts that would create ``marker`` if they were evaluated as Python."""
    touch = f"__import__('pathlib').Path({str(marker)!r}).touch()"
    return [
        f"{touch} or Integer(1)",
        f"Add({touch}, Integer(1))",
        f"Integer(({touch}, 1)[1])",
        f"Symbol('dim', integer={touch})",
        f"(lambda: {touch})()",
        f"[{touch}][0]",
        f"Integer(1).__class__.__init__.__globals__['__builtins__']['eval']({touch!r})",
        f"Function('f')({touch})",
        f"exec({touch!r})",
    ]


def test_every_stored_expression_reads_as_sympy_built_it() -> None:
    count = 0
    for path in sorted(ROOT.glob("generated/derivations/*/*.json")):
        for text in re.findall(r'"sympy": "((?:[^"\\]|\\.)*)"', path.read_text()):
            text = json.loads(f'"{text}"')
            assert sympy.srepr(parse_expression(text)) == text, (path.name, text)
            count += 1
    assert count > 1000


@pytest.mark.parametrize(
    "expr",
    [
        sympy.floor(sympy.Symbol("dim", integer=True, positive=True) / 4) ** 2 + 3,
        sympy.Max(sympy.Symbol("a", integer=True), 8) - sympy.Min(sympy.Symbol("b"), -2),
        sympy.Mod(sympy.Symbol("x", integer=True), 7) * sympy.Rational(1, 3),
        sympy.And(sympy.Eq(sympy.Symbol("x"), 2), sympy.Not(sympy.Lt(sympy.Symbol("y"), 5))),
        sympy.Or(sympy.Ge(sympy.Symbol("x"), 1), sympy.Ne(sympy.Symbol("y"), 0)),
        sympy.ceiling(sympy.Symbol("x", positive=True) / 3),
        sympy.true,
        sympy.false,
        sympy.Integer(-12),
    ],
    ids=str,
)
def test_the_vocabulary_round_trips(expr: sympy.Basic) -> None:
    assert parse_expression(sympy.srepr(expr)) == expr


def test_a_stored_maximum_is_read_as_stored_not_compared_again() -> None:
    """A peak is a maximum of tens of moments; evaluating it again compared every pair under
    assumptions (most of the time of reading the zoo's store). Read, it is the same object."""
    a, b = sympy.symbols("a b", integer=True, positive=True)
    peak = sympy.Max(*(k * a + (40 - k) * b for k in range(40)))
    assert len(peak.args) > 30
    assert parse_expression(sympy.srepr(peak)) == peak
    assert parse_expression(sympy.srepr(peak)).args == peak.args


def test_code_in_an_expression_is_refused_without_running(tmp_path: Path) -> None:
    marker = tmp_path / "PWNED"
    for text in _poisoned(marker):
        with pytest.raises(ValueError):
            parse_expression(text)
    assert not marker.exists()


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("Function('f')(Integer(1))", "not a constructor"),
        ("sin(Symbol('x'))", "not in the stored vocabulary"),
        ("Float('2.5', precision=53)", "not in the stored vocabulary"),
        ("Integer(1) + Integer(2)", "not a constructor"),
        ("Symbol('x y')", "identifier"),
        ("Symbol('x', integer='yes')", "True or False"),
        ("Symbol('x', evaluate=False)", "not an assumption"),
        ("Integer(2.5)", "integer literal"),
        ("Integer(" + "9" * 50 + ")", "integer literal"),
        ("Pow(Integer(2), Integer(100000000))", "exponent"),
        ("Rational(1, 0)", "zero denominator"),
        ("Mod(Integer(1))", "two arguments"),
        ("Max()", "one expression or more"),
        ("Min(Integer(1), true)", "one expression or more"),
        ("pi", "unknown name"),
        ("Add(" * 5000 + "Integer(1)" + ")" * 5000, "not srepr text|nested too deeply"),
        ("Add(", "not srepr text"),
    ],
)
def test_outside_the_vocabulary_is_a_clear_error(text: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        parse_expression(text)


def _entry(name: str = ATTENTION) -> dict:
    return json.loads((DEFAULT_DIRECTORY / name).read_text(encoding="utf-8"))


def _store_with(tmp_path: Path, entry: dict, name: str = ATTENTION) -> DerivationCache:
    (tmp_path / name).write_text(json.dumps(entry), encoding="utf-8")
    return DerivationCache(tmp_path)


def _replace_first(data: object, old: str | None, new: str) -> bool:
    """Replace the first stored expression equal to ``old`` (any, for None) in place."""
    if isinstance(data, dict):
        if "sympy" in data and old in (None, data["sympy"]):
            data["sympy"] = new
            return True
        return any(_replace_first(v, old, new) for v in data.values())
    if isinstance(data, list):
        return any(_replace_first(v, old, new) for v in data)
    return False


def test_a_poisoned_entry_is_refused_naming_the_file_and_the_place(tmp_path: Path) -> None:
    marker = tmp_path / "PWNED"
    entry = _entry()
    assert _replace_first(entry, DIM, _poisoned(marker)[0])
    spec = BlueprintRegistry.get("cnn", "attention")
    with pytest.raises(StoreError) as caught:
        _store_with(tmp_path, entry).load(spec, SETTINGS)
    message = str(caught.value)
    assert ATTENTION in message and "cnn/attention" in message
    assert "Branch" in message and "hint: " in message
    assert not marker.exists()


@pytest.mark.parametrize(
    ("edit", "says"),
    [
        (lambda d: d["fields"].__setitem__("traces", "24"), "expected an int"),
        (lambda d: d["fields"].__setitem__("extra", 1), "unknown field"),
        (lambda d: d["fields"].pop("choices"), "missing field"),
        (lambda d: d.__setitem__("type", "Variable"), "expected a BlueprintEstimates"),
        (lambda d: d["fields"].__setitem__("description", "a\rb"), "control character"),
        (lambda d: d["fields"].__setitem__("topology", "cnn; import os"), "not an identifier"),
        (lambda d: d["fields"].__setitem__("description", "other"), "registered blueprint"),
        (lambda d: d["fields"]["variables"][0]["fields"].__setitem__("hi", 9), "registered"),
        (lambda d: d["fields"]["variants"].append(d["fields"]["variants"][0]), "one variant"),
        (
            lambda d: _replace_first(d, DIM, "Symbol('width_2', integer=True, positive=True)"),
            "unknown variable",
        ),
        (
            lambda d: d["fields"]["variants"][0]["fields"]["estimates"][0]["fields"]["branches"][0][
                "fields"
            ]["terms"][0]["fields"].__setitem__("owner", 'fc1"""'),
            "dotted path",
        ),
    ],
)
def test_a_malformed_entry_is_refused(tmp_path: Path, edit: object, says: str) -> None:
    entry = _entry()
    edit(entry["derivation"])  # type: ignore[operator]
    spec = BlueprintRegistry.get("cnn", "attention")
    with pytest.raises(StoreError, match=says):
        _store_with(tmp_path, entry).load(spec, SETTINGS)


def test_a_file_that_is_not_an_entry_is_refused(tmp_path: Path) -> None:
    spec = BlueprintRegistry.get("cnn", "attention")
    (tmp_path / ATTENTION).write_text("{not json", encoding="utf-8")
    with pytest.raises(StoreError, match="not JSON"):
        DerivationCache(tmp_path).load(spec, SETTINGS)
    entry = _entry()
    entry["blueprint"] = "cnn/depthwise"
    with pytest.raises(StoreError, match="names 'cnn/depthwise'"):
        _store_with(tmp_path, entry).load(spec, SETTINGS)
    entry = _entry()
    entry["comment"] = "hi"
    with pytest.raises(StoreError, match="an entry is an object"):
        _store_with(tmp_path, entry).load(spec, SETTINGS)


def _edited_formulas(entry: dict) -> list[tuple[str, dict]]:
    """Copies of ``entry`` with one stored expression (not a condition) changed by one."""
    texts = sorted(set(re.findall(r'"sympy": "((?:[^"\\]|\\.)*)"', json.dumps(entry))))
    copies = []
    for text in texts:
        text = json.loads(f'"{text}"')
        if isinstance(parse_expression(text), sympy.Expr):
            edited = json.loads(json.dumps(entry))
            _replace_first(edited, text, f"Add({text}, Integer(1))")
            copies.append((text, edited))
    return copies


@pytest.mark.parametrize(
    "name",
    [("cnn", "attention"), ("transformer", "attention")],
    ids="/".join,
)
def test_an_edited_formula_with_a_matching_key_is_caught(
    tmp_path: Path, name: tuple[str, str]
) -> None:
    """Every term of every branch of every quantity, edited in turn: the spot check finds each
    (the points cover every branch that has a point)."""
    spec = BlueprintRegistry.get(*name)
    file = f"{spec.topology}.{spec.name}.json"
    entry = _entry(file)
    path = tmp_path / file
    copies = _edited_formulas(entry)
    assert len(copies) > 10
    for _, edited in copies:
        derived = decode_entry(edited["derivation"], path, spec.key)
        with pytest.raises(StoreError, match="the stored formula"):
            spot_check(spec, derived, path)
    # and the committed entry passes
    assert DerivationCache().load(spec, SETTINGS) is not None


def test_check_refuses_an_edited_store_and_writes_nothing(tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(DEFAULT_DIRECTORY, store)
    entry = _entry()
    fields = entry["derivation"]["fields"]
    params = fields["variants"][0]["fields"]["estimates"][0]["fields"]
    # the parameters' formula of the branch people use, edited (fc2's term doubled)
    term = params["branches"][-1]["fields"]["terms"][-1]["fields"]["expr"]
    term["sympy"] = f"Mul(Integer(2), {term['sympy']})"
    (store / ATTENTION).write_text(json.dumps(entry), encoding="utf-8")
    marker_entry = _entry("cnn.depthwise.json")
    assert _replace_first(marker_entry, None, _poisoned(tmp_path / "PWNED")[1])
    before = {p: p.read_bytes() for p in (ROOT / "generated").glob("estimates*/*.py")}
    result = run_codegen("--check", "--store", str(store))
    assert result.returncode == 2, result.stderr
    assert "a stored derivation is refused" in result.stderr
    assert "cnn/attention" in result.stderr and "params at dim=" in result.stderr
    assert "Traceback" not in result.stderr
    (store / "cnn.depthwise.json").write_text(json.dumps(marker_entry), encoding="utf-8")
    (store / ATTENTION).write_bytes((DEFAULT_DIRECTORY / ATTENTION).read_bytes())
    result = run_codegen("--store", str(store))  # a run that would write
    assert result.returncode == 2, result.stderr
    assert "cnn.depthwise.json" in result.stderr and "left unchanged" in result.stderr
    assert not (tmp_path / "PWNED").exists()
    assert before == {p: p.read_bytes() for p in (ROOT / "generated").glob("estimates*/*.py")}


def test_nothing_reads_text_as_code() -> None:
    """No eval, exec, compile, sympify or parse_expr in the generator (its syntax tree, so
    that docstrings and messages naming them do not count): text read from disk (the store, a
    configuration) is parsed as data only."""
    builtins = {"eval", "exec", "compile", "__import__"}
    anywhere = {"sympify", "parse_expr", "S"}
    modules = {("pickle", "load"), ("pickle", "loads"), ("marshal", "loads"), ("yaml", "load")}
    found = []
    for path in sorted((ROOT / "codegen").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sympy.parsing"):
                found.append(f"{path.name}:{node.lineno}: imports {node.module}")
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id in builtins | anywhere:
                found.append(f"{path.name}:{node.lineno}: {func.id}()")
            elif isinstance(func, ast.Attribute) and (
                func.attr in anywhere
                or (isinstance(func.value, ast.Name) and (func.value.id, func.attr) in modules)
            ):
                found.append(f"{path.name}:{node.lineno}: {ast.unparse(func)}()")
    assert not found, found


def test_entries_round_trip_exactly(tmp_path: Path) -> None:
    spec = BlueprintRegistry.get("cnn", "attention")
    derived = DerivationCache().load(spec, SETTINGS)
    assert derived is not None
    path = tmp_path / ATTENTION
    assert decode_entry(json.loads(json.dumps(encode(derived))), path, spec.key) == derived
    store = DerivationCache(tmp_path)
    store.store(spec, SETTINGS, derived)
    assert store.load(spec, SETTINGS) == derived


@pytest.mark.parametrize("owner", ["h.*.attn", "h.0.ln_1", "h.-1.mlp.c_fc", "layers.*"])
def test_the_owners_of_repeated_blocks_round_trip(tmp_path: Path, owner: str) -> None:
    """A count of repeated blocks names its blocks ``*`` (every one but those named), ``0``
    and ``-1`` (``derive/repetition.py``); the store takes those paths, and no other text."""
    spec = BlueprintRegistry.get("cnn", "attention")
    derived = DerivationCache().load(spec, SETTINGS)
    assert derived is not None
    data = json.loads(json.dumps(encode(derived)))
    term = data["fields"]["variants"][0]["fields"]["estimates"][0]["fields"]["branches"][0][
        "fields"
    ]["terms"][0]["fields"]
    term["owner"] = owner
    decoded = decode_entry(data, tmp_path / ATTENTION, spec.key)
    assert decoded.variants[0].estimates[0].branches[0].terms[0].owner == owner
    term["owner"] = owner + ".-2"
    with pytest.raises(StoreError, match="dotted path"):
        decode_entry(data, tmp_path / ATTENTION, spec.key)
