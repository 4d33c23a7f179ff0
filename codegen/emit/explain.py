"""``python -m codegen explain TOPOLOGY/NAME``: one blueprint's derived formulas, for people.

It prints what the generated module computes, read from the same derivation (the store, or a
fresh derivation when none is stored): every quantity's formula branch by branch in the
notation a person writes, the per-submodule terms as a table, the domain and the refusal
rules, and values at a few dims and input sizes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import sympy

from ..evaluate import Refused, value_at
from ..ir import QUANTITY_BY_NAME, BlueprintEstimates, Estimate, Term, Variable, Variant
from .printer import mathexpr
from .tidy import tidy

DEFAULT_DIMS = (64, 512)
# input sizes of typical use for the values table (a size not listed here gets 16)
TYPICAL_INPUT = {"batch": 8, "height": 32, "width": 32, "seq_len": 128, "length": 256, "depth": 8}


def variant_for(derived: BlueprintEstimates, chosen: Mapping[str, object]) -> Variant:
    """The variant of the finite-choice values in ``chosen`` (defaults for the others)."""
    defaults = dict(derived.defaults)
    wanted = {name: chosen.get(name, defaults[name]) for name, _ in derived.choices}
    for variant in derived.variants:
        if dict(variant.values) == wanted:
            return variant
    raise ValueError(f"{derived.key}: no variant {wanted}")


def typical_input(name: str) -> int:
    """The size of typical use of an input (16 where none is listed)."""
    return TYPICAL_INPUT.get(name, 16)


def typical_inputs(derived: BlueprintEstimates) -> dict[str, int]:
    """Input sizes of typical use for each of the blueprint's input names, within their
    proven domain."""
    return {v.name: min(typical_input(v.name), v.hi) for v in derived.inputs}


def within(dims: Sequence[int], hi: int) -> tuple[int, ...]:
    """``dims`` where the domain (1 to ``hi``) holds them all; else as many powers of two up
    to ``hi`` (``hi`` the last): the dims stated to people, in a domain derived smaller
    (``--max-dim 16``)."""
    if max(dims) <= hi:
        return tuple(dims)
    powers = [2**k for k in range(hi.bit_length()) if 2**k < hi] + [hi]
    return tuple(powers[-len(dims) :])


def explain(
    derived: BlueprintEstimates,
    dims: Sequence[int] | None = None,
    settings: Mapping[str, int | object] | None = None,
) -> str:
    """The explanation of ``derived`` as text, with values at ``dims`` (default: DEFAULT_DIMS,
    within the domain); ``settings`` are input sizes and hyperparameters for the values table
    (defaults: typical sizes, default hyperparameters)."""
    if dims is None:
        dims = within(DEFAULT_DIMS, derived.variables[0].hi)
    settings = dict(settings or {})
    derived = tidy(derived)  # the conditions as the generated code tests them
    unknown = sorted(
        set(settings) - {n for n, _ in derived.defaults} - {v.name for v in derived.inputs}
    )
    if unknown:
        raise ValueError(
            f"{derived.key} has no hyperparameter or input size {', '.join(unknown)}; it takes "
            + ", ".join([n for n, _ in derived.defaults] + [v.name for v in derived.inputs])
        )
    out: list[str] = [f"{derived.key}: {derived.description}".rstrip(": ")]
    out.append(f"  factory   {derived.factory}")
    out.append("  domain    " + ", ".join(f"{v.lo} ≤ {v.name} ≤ {v.hi}" for v in derived.variables))
    if derived.inputs:
        out.append(
            "  inputs    " + ", ".join(f"{v.lo} ≤ {v.name} ≤ {v.hi}" for v in derived.inputs)
        )
    for name, options in derived.choices:
        out.append(f"  choice    {name} ∈ {{{', '.join(repr(o) for o in options)}}}")
    if derived.defaults:
        out.append("  defaults  " + ", ".join(f"{k}={v!r}" for k, v in derived.defaults))
    for variant in derived.variants:
        if variant.values:
            out += ["", "with " + ", ".join(f"{k}={v!r}" for k, v in variant.values) + ":"]
        for estimate in variant.estimates:
            out += ["", *formula_lines(estimate, derived)]
    out += ["", *_refusals(derived)]
    out += ["", *_values(derived, dims, settings)]
    return "\n".join(out) + "\n"


def formula_lines(estimate: Estimate, derived: BlueprintEstimates) -> list[str]:
    """One quantity's formula, branch by branch, with its per-submodule terms as a table."""
    quantity = QUANTITY_BY_NAME[estimate.quantity]
    title = quantity.title
    if quantity.traced and derived.inputs:
        title += f" ({', '.join(v.name for v in derived.inputs)} are input sizes)"
    lines = [title]
    if estimate.failure is not None:
        return [*lines, f"  not derived: {estimate.failure}"]
    several = len(estimate.branches) > 1
    for branch in estimate.branches:
        if branch.condition is None:
            where = "otherwise" if several else ""
        else:
            where = f"if {mathexpr(branch.condition)}"
        if branch.rejection is not None:
            lines.append(f"  {where}: refused ({branch.rejection.error})")
            continue
        lines.append(f"  {where + ': ' if where else ''}{mathexpr(branch.total)}")
        if branch.terms:  # which submodule each part comes from, even when one does it all
            counts = derived.variables[1:]  # the hyperparameters: a count among them
            rows, blocks = [], {}
            for t in branch.terms:
                per = _per_block(t, counts)
                if per is None:
                    rows.append((t.owner or "(root)", t.owner_type, mathexpr(t.expr)))
                    continue
                times, one = per
                rows.append((t.owner, t.owner_type, f"{_factor(times)} × ({mathexpr(one)})"))
                container = t.owner.split(".*", 1)[0] + ".*"
                blocks.setdefault((container, times), []).append(one)
            lines += _table(("submodule", "type", "term"), rows, indent="      ")
            for (container, times), parts in blocks.items():
                one = mathexpr(sympy.Add(*parts))
                lines.append(f"      one block of {container}: {one}, {_factor(times)} of them")
    return lines


def _per_block(term: Term, counts: Sequence[Variable]) -> tuple[sympy.Expr, sympy.Expr] | None:
    """A repeated block's term (owner ``h.*...``) as (how many blocks, one block's part):
    the term is linear in the count, ``(count + k) * one`` with an integer k (``k`` < 0 where
    the first or the last block is apart)."""
    if ".*" not in f".{term.owner}":
        return None
    for variable in counts:
        count = sympy.Symbol(variable.name, integer=True, positive=True)
        if count not in term.expr.free_symbols:
            continue
        try:
            poly = sympy.Poly(term.expr, count)
        except sympy.PolynomialError:
            continue
        if poly.degree() != 1:
            continue
        slope, offset = poly.all_coeffs()
        shift = sympy.cancel(offset / slope)
        if shift.is_Integer:
            return count + shift, sympy.expand(slope)
    return None


def _factor(times: sympy.Expr) -> str:
    return mathexpr(times) if times.is_Symbol else f"({mathexpr(times)})"


def _refusals(derived: BlueprintEstimates) -> list[str]:
    lines = ["refusals"]
    ranges = ", ".join(f"{v.name} in {v.lo}..{v.hi}" for v in (*derived.variables, *derived.inputs))
    lines.append(f"  outside the domain ({ranges}): ValueError; a wrong type: TypeError")
    seen: set[tuple[str, str]] = set()
    for variant in derived.variants:
        for estimate in variant.estimates:
            for branch in estimate.branches:
                rejection = branch.rejection
                if rejection is None or branch.condition is None:
                    continue
                key = (mathexpr(branch.condition), rejection.message)
                if key in seen:
                    continue
                seen.add(key)
                raises = f"{rejection.error} (the {rejection.stage} raises)"
                lines.append(f"  if {key[0]}: {raises}: {rejection.message}")
            if estimate.failure is not None and ("", estimate.failure) not in seen:
                seen.add(("", estimate.failure))
                lines.append(f"  not derived, raises NotImplementedError: {estimate.failure}")
    return lines


def _values(
    derived: BlueprintEstimates, dims: Sequence[int], settings: Mapping[str, object]
) -> list[str]:
    sizes = {
        **typical_inputs(derived),
        **{k: v for k, v in settings.items() if k in dict(typical_inputs(derived))},
    }
    hyper = {**dict(derived.defaults), **{k: v for k, v in settings.items() if k not in sizes}}
    _check_domain(derived, dims, sizes, hyper)
    variant = variant_for(derived, hyper)
    stated = ", ".join(f"{k}={v!r}" for k, v in (*hyper.items(), *sizes.items()))
    lines = [f"values ({stated})" if stated else "values"]
    rows = []
    for dim in dims:
        point = {
            "dim": dim,
            **{k: v for k, v in hyper.items() if isinstance(v, int) and not isinstance(v, bool)},
            **sizes,
        }
        row = [f"{dim}"]
        for estimate in variant.estimates:
            try:
                row.append(f"{value_at(estimate, point):,}")
            except Refused:
                row.append("refused")
            except LookupError:
                row.append("not derived")
        rows.append(tuple(row))
    titles = [QUANTITY_BY_NAME[e.quantity].title for e in variant.estimates]
    return lines + _table(("dim", *titles), rows, indent="  ", right=True)


def _check_domain(
    derived: BlueprintEstimates,
    dims: Sequence[int],
    sizes: Mapping[str, object],
    hyper: Mapping[str, object],
) -> None:
    """A value outside the proven domain is an error, as in the generated functions."""
    given = {**sizes, **hyper}
    for variable in (*derived.variables, *derived.inputs):
        values = dims if variable.name == "dim" else [given[variable.name]]
        for value in values:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"{variable.name} must be an int, got {value!r}")
            if not variable.lo <= value <= variable.hi:
                raise ValueError(
                    f"{variable.name}={value} is outside the proven domain "
                    f"{variable.lo}..{variable.hi}"
                )
    for name, options in derived.choices:
        value = hyper[name]  # as the generated functions check it: 1 is not True
        if not any(type(value) is type(o) and value == o for o in options):
            raise ValueError(f"{name}={value!r} is not one of {options!r}")


def _table(
    header: Sequence[str], rows: Sequence[Sequence[str]], indent: str, right: bool = False
) -> list[str]:
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        parts = [c.rjust(w) if right else c.ljust(w) for c, w in zip(cells, widths, strict=True)]
        return (indent + "  ".join(parts)).rstrip()

    return [line(header), *(line(r) for r in rows)]
