"""Repetition as a symbol: a hyperparameter that counts identical repeated blocks.

A factory that builds ``nn.ModuleList(Block(dim, layer_idx=i) for i in range(depth))`` converts
``depth`` to a number (``range`` needs one), so ``depth`` cannot be a symbol of the build. It
does not need to be: the model's costs are the rest's plus one block's per repetition. The
derivation is done at a few concrete depths (``SAMPLED`` consecutive values from the lowest,
each a derivation of its own, as a choice would be), and ``combine`` joins them into one
formula in ``depth``, after checking, quantity by quantity and branch by branch, that

* every block of a container (a ``ModuleList`` or ``Sequential`` whose length grows with the
  count; its submodules are the owners ``layers.0...``, ``layers.1...``) has the same terms as
  the second, whatever its index, and the length is affine in the count (``depth`` or
  ``depth + 1`` blocks); the first and the last block may differ, the same at every depth:
  the first owns what the blocks share (the rotary cosines every attention saves, a storage
  counted once, where it is first saved), the last runs first in the backward (the others
  accumulate a gradient they share). The formula is the first, the last, and the others once
  per repetition; a depth of one block, where that block is both, gets a branch of its own
  where the formula does not hold there;
* everything else (embeddings, the final norm, the head, the work between blocks) has the same
  terms at every sampled depth.

The traced quantities are joined region by region before they are merged (``combine_regions``):
the depths after the first replay its FLOP regions, so the regions correspond one to one, and
one merge over the box with the count in it groups the joined regions by their formulas in the
count. Merged first, each depth would group its regions by its own formulas, and two regions
alike at one block but not at two would leave the depths' branches different.

What the sampled depths cannot show (a factory that changes its structure at a depth not
sampled, a forward that treats every fourth block apart) is checked at the largest depth, by
one build and one trace at the first sample point: every quantity must equal the formula's
there, and its blocks must still be alike, as formulas of that point's region. A count that
is used as a number in any other way (``int(math.log(depth))``) fails these checks and is
refused by name.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import sympy

from blueprints.registry import BlueprintSpec

from ..errors import DerivationError
from ..evaluate import Refused, value_at
from ..ir import FLOP_QUANTITIES, QUANTITIES, Branch, Construction, Estimate, Term, Variant
from .explore.smt import Region
from .symbolic import plain_symbol

# how many consecutive depths are derived (from the lowest): two give the formula, the third
# checks it
SAMPLED = 3

_INDEX = re.compile(r"\d+")
# terms keyed by (owner, owner type); a block's with its container's path and index taken out
Terms = dict[tuple[str, str], sympy.Expr]


@dataclass(frozen=True)
class Container:
    """A container of repeated blocks: its path, and its length ``per * count + offset``."""

    path: str
    per: int
    offset: int

    def length(self, count: sympy.Expr | int) -> sympy.Expr | int:
        return self.per * count + self.offset


def sampled_counts(lo: int, hi: int) -> tuple[int, ...]:
    """The depths derived for a count proven on ``lo..hi``."""
    return tuple(range(lo, min(hi, lo + SAMPLED - 1) + 1))


def _indexed(owner: str) -> list[tuple[str, int]]:
    """Every (container path, index) an owner path passes through: ``h.3.attn`` -> [("h", 3)]."""
    parts = owner.split(".") if owner else []
    return [(".".join(parts[:i]), int(p)) for i, p in enumerate(parts) if _INDEX.fullmatch(p)]


def _owners(variant: Variant, regions: Sequence[Region] | None) -> set[str]:
    owners = {t.owner for e in variant.estimates for b in e.branches for t in b.terms}
    for region in regions or ():
        owners.update(t.owner for _, terms in region.terms for t in terms)
    return owners


def find_containers(
    spec: BlueprintSpec,
    count: str,
    by_count: dict[int, Variant],
    regions: Mapping[int, Sequence[Region] | None] | None = None,
) -> tuple[Container, ...]:
    """The containers whose length grows with the count: at each sampled depth, the indices
    under the path are exactly ``0..length - 1``, the length affine in the depth. The owners
    are those of the variants' formulas and of the FLOP ``regions`` (per depth, not merged
    yet)."""
    lengths: dict[str, dict[int, int]] = {}
    for k, variant in by_count.items():
        indices: dict[str, set[int]] = {}
        for owner in _owners(variant, (regions or {}).get(k)):
            for path, index in _indexed(owner):
                indices.setdefault(path, set()).add(index)
        for path, found in indices.items():
            if found == set(range(len(found))):
                lengths.setdefault(path, {})[k] = len(found)
    containers = []
    counts = sorted(by_count)
    for path, length in sorted(lengths.items()):
        if len(length) != len(counts) or len(set(length.values())) == 1:
            continue  # not at every depth, or not growing with it: part of a block or the rest
        per = length[counts[1]] - length[counts[0]]
        offset = length[counts[0]] - per * counts[0]
        if per < 1 or any(length[k] != per * k + offset for k in counts):
            raise _refusal(
                spec,
                count,
                f"the length of {path or 'the root'} is not affine in {count} "
                f"({', '.join(f'{length[k]} at {count}={k}' for k in counts)})",
            )
        containers.append(Container(path, per, offset))
    # a container inside another's blocks (h.0.sub grows too) is the outer one's business
    return tuple(
        c for c in containers if not any(c.path.startswith(o.path + ".") for o in containers)
    )


def _split(
    terms: Sequence[Term], containers: Sequence[Container]
) -> tuple[Terms, dict[str, dict[int, Terms]]]:
    """(the rest's terms, per container per block index its terms), keyed by (owner, type)
    with the container's path and index taken out of a block's owners."""
    rest: Terms = {}
    blocks: dict[str, dict[int, Terms]] = {c.path: {} for c in containers}
    for term in terms:
        for c in containers:
            prefix = f"{c.path}." if c.path else ""
            head, _, tail = term.owner[len(prefix) :].partition(".")
            if term.owner.startswith(prefix) and _INDEX.fullmatch(head):
                block = blocks[c.path].setdefault(int(head), {})
                block[(tail, term.owner_type)] = sympy.expand(term.expr)
                break
        else:
            rest[(term.owner, term.owner_type)] = sympy.expand(term.expr)
    return rest, blocks


def _refusal(spec: BlueprintSpec, count: str, why: str) -> DerivationError:
    return DerivationError(
        spec.key,
        f"{count!r} is used as a number (range() or similar), and not as the count of "
        f"identical repeated blocks: {why}",
        hint=f"build {count} blocks that differ only in their index (nn.ModuleList of one "
        "block class), or give the count finite choices",
    )


def _combine_branch(
    spec: BlueprintSpec,
    count: str,
    where: str,
    branches: dict[int, Branch],
    containers: Sequence[Container],
) -> list[Branch]:
    """One branch of the combined estimate, preceded by one per sampled depth of at most one
    block where a block alone is not what the formula gives (``count == k``)."""
    symbol = plain_symbol(count)
    lowest = min(branches)
    condition = branches[lowest].condition
    # a rejection's message names the point its region was found at: the same region and the
    # same error is the same rejection
    kinds = {
        None if b.rejection is None else (b.rejection.error, b.rejection.stage)
        for b in branches.values()
    }
    if len(kinds) > 1:
        raise _refusal(spec, count, f"{where}: the step is rejected at some depths only")
    if branches[lowest].rejection is not None:
        return [branches[lowest]]
    reference_rest: Terms | None = None
    # per container and role ("first", "middle", "last"): the block's terms, the same at
    # every depth. The first and the last block may differ from the others: the first owns
    # what the blocks share (a saved tensor all of them use counts once, where it is first
    # saved), the last in the forward is the first in the backward (a shared gradient is
    # accumulated by all the others)
    roles: dict[tuple[str, str], Terms] = {}
    for k, branch in sorted(branches.items()):
        rest, blocks = _split(branch.terms, containers)
        if reference_rest is None:
            reference_rest = rest
        elif rest != reference_rest:
            changed = sorted(
                {o for (o, _) in set(rest) ^ set(reference_rest)}
                | {key[0] for key, e in rest.items() if reference_rest.get(key, e) != e}
            )
            raise _refusal(
                spec,
                count,
                f"{where}: what lies outside the repeated blocks changes with "
                f"the depth ({', '.join(o or 'the root' for o in changed)})",
            )
        for c in containers:
            found = _roles(spec, count, f"{where} at {count}={k}", c, blocks, k)
            for role, terms in found.items():
                if roles.setdefault((c.path, role), terms) != terms:
                    raise _refusal(
                        spec, count, f"{where}: the {role} block of {c.path} differs between depths"
                    )
    assert reference_rest is not None
    terms = [Term(owner, kind, expr) for (owner, kind), expr in reference_rest.items()]
    for c in containers:
        prefix = f"{c.path}." if c.path else ""
        first, last = roles.get((c.path, "first")), roles.get((c.path, "last"))
        middle = roles.get((c.path, "middle"), last if last is not None else first)
        if middle is None:
            continue  # no block at any depth sampled
        times = c.length(symbol)
        for role, label in ((first, "0"), (last, "-1")):
            if role is not None and role != middle:
                terms += [_term(f"{prefix}{label}", t, kind, e) for (t, kind), e in role.items()]
                times = times - 1
        terms += [_term(f"{prefix}*", t, kind, times * e) for (t, kind), e in middle.items()]
    general = Branch(condition, tuple(sorted(terms, key=lambda t: t.owner)), None)
    specials = []
    total = sympy.expand(general.total)
    for k, branch in sorted(branches.items()):
        if sympy.expand(branch.total - total.subs(symbol, k)) == 0:
            continue
        if any(c.length(k) > 1 for c in containers):
            raise _refusal(
                spec,
                count,
                f"{where}: the blocks at {count}={k} are not the first, the "
                "last and the others alike",
            )
        at_k = sympy.Eq(symbol, k)
        specials.append(
            Branch(at_k if condition is None else sympy.And(condition, at_k), branch.terms)
        )
    return [*specials, general]


def _term(prefix: str, tail: str, kind: str, expr: sympy.Expr) -> Term:
    return Term(f"{prefix}.{tail}" if tail else prefix, kind, sympy.expand(expr))


def _roles(
    spec: BlueprintSpec,
    count: str,
    where: str,
    container: Container,
    blocks: dict[str, dict[int, Terms]],
    depth: int,
) -> dict[str, Terms]:
    """The terms of the first, the last and the other blocks of ``container`` at ``depth``
    (each block between the first and the last must have the second one's); a role no block
    has at this depth is left out (one block alone is neither first nor last)."""
    found = blocks[container.path]
    length = int(container.length(depth))
    beyond = [i for i in found if i >= length]
    if beyond:
        raise _refusal(spec, count, f"{where}: {container.path} has block {beyond[0]} of {length}")
    roles = {}
    if length >= 2:
        roles["first"], roles["last"] = found.get(0, {}), found.get(length - 1, {})
    if length >= 3:
        roles["middle"] = found.get(1, {})
        for index in range(2, length - 1):
            if found.get(index, {}) != roles["middle"]:
                raise _refusal(
                    spec,
                    count,
                    f"{where}: block {index} of {container.path or 'the root'} differs from "
                    "block 1",
                )
    return roles


def _combine_estimate(
    spec: BlueprintSpec,
    count: str,
    estimates: dict[int, Estimate],
    containers: Sequence[Container],
) -> Estimate:
    quantity = next(iter(estimates.values())).quantity
    failed = [e.failure for e in estimates.values() if e.failure is not None]
    if failed:
        return Estimate(quantity, (), failure=failed[0])
    shapes = {k: tuple(b.condition for b in e.branches) for k, e in estimates.items()}
    first = shapes[min(shapes)]
    for k, conditions in shapes.items():
        if conditions != first:
            raise _refusal(
                spec,
                count,
                f"{quantity}: its regions differ between {count}={min(shapes)} and {count}={k}",
            )
    branches = []
    for i, _ in enumerate(first):
        at = {k: e.branches[i] for k, e in estimates.items()}
        branches += _combine_branch(spec, count, f"{quantity}", at, containers)
    return Estimate(quantity, tuple(branches))


def aligned(regions: Mapping[int, Sequence[Region] | None]) -> bool:
    """Whether every depth has FLOP regions, the same conditions one by one (what replaying
    the first depth's regions gives: ``flop_regions.replay_flops``)."""
    found = list(regions.values())
    if not found or any(r is None for r in found):
        return False
    shapes = [tuple((r.conditions, r.sample) for r in depth) for depth in found]  # type: ignore[union-attr]
    return all(shape == shapes[0] for shape in shapes)


def combine_regions(
    spec: BlueprintSpec,
    count: str,
    by_count: Mapping[int, Sequence[Region]],
    containers: Sequence[Container],
) -> list[Region]:
    """FLOP regions over the box with ``count`` in it, from regions of the sampled depths that
    correspond one by one (``aligned``): each region's terms combined as a branch is (the
    first, the last and the others once per repetition), before any merge. A depth where
    its blocks are not what the formula gives (one block alone) gets a region of its own,
    ``count == k``, with that depth's terms; the formula's region leaves it out.

    Merged per depth, the regions can group differently (two regions alike at one block and
    not at two); combined first, one merge groups them by the formulas in ``count``."""
    symbol = plain_symbol(count)
    depths = sorted(by_count)
    lowest = depths[0]
    combined = []
    for index, region in enumerate(by_count[lowest]):
        at = {k: by_count[k][index] for k in depths}
        where = f"at {dict(region.sample)}"
        if region.rejection is not None or any(r.rejection for r in at.values()):
            branch = {k: Branch(None, (), r.rejection) for k, r in at.items()}
            _combine_branch(spec, count, where, branch, containers)  # the same at every depth
            combined.append(_counted(region, count, lowest, ()))
            continue
        general: dict[str, tuple[Term, ...]] = {}
        special: dict[int, set[str]] = {}  # depth -> the quantities its own terms give
        for quantity in FLOP_QUANTITIES:
            branches = {k: Branch(None, r.terms_of(quantity)) for k, r in at.items()}
            *specials, formula = _combine_branch(
                spec, count, f"{quantity} {where}", branches, containers
            )
            general[quantity] = formula.terms
            for branch in specials:
                k = int(next(e.rhs for e in sympy.And.make_args(branch.condition)))
                special.setdefault(k, set()).add(quantity)
        for k, quantities in sorted(special.items()):
            terms = tuple(
                (q, at[k].terms_of(q) if q in quantities else general[q]) for q in FLOP_QUANTITIES
            )
            combined.append(
                _counted(dataclasses.replace(region, terms=terms), count, k, (sympy.Eq(symbol, k),))
            )
        rest = [k for k in depths if k not in special]
        if rest:
            terms = tuple((q, general[q]) for q in FLOP_QUANTITIES)
            combined.append(
                _counted(
                    dataclasses.replace(region, terms=terms),
                    count,
                    rest[0],
                    tuple(sympy.Ne(symbol, k) for k in sorted(special)),
                )
            )
    return combined


def _counted(region: Region, count: str, depth: int, conditions: tuple[sympy.Basic, ...]) -> Region:
    """``region`` in the box with ``count``: its sample at ``depth``, ``conditions`` added."""
    sample = tuple(sorted((*region.sample, (count, depth))))
    return dataclasses.replace(region, conditions=region.conditions + conditions, sample=sample)


def combine(
    spec: BlueprintSpec,
    count: str,
    by_count: dict[int, Variant],
    containers: Sequence[Container],
    traced: Sequence[Estimate] | None = None,
) -> Variant:
    """One variant whose formulas have ``count`` as a symbol, from variants derived at the
    sampled depths (``by_count``: depth -> variant, the other choices alike); ``traced``:
    the traced estimates, already combined (``combine_regions``, then merged)."""
    first = by_count[min(by_count)]
    given = {e.quantity: e for e in traced or ()}
    estimates = []
    for estimate in first.estimates:
        if estimate.quantity in given:
            estimates.append(given[estimate.quantity])
            continue
        per_depth = {k: v.estimate(estimate.quantity) for k, v in by_count.items()}
        estimates.append(_combine_estimate(spec, count, per_depth, containers))
    values = tuple((k, v) for k, v in first.values if k != count)
    return Variant(values, tuple(estimates))


def check_at(
    spec: BlueprintSpec,
    count: str,
    variant: Variant,
    containers: Sequence[Container],
    depth: int,
    point: dict[str, int],
    built: Construction,
    traced: Region | None,
) -> None:
    """The blueprint at ``depth`` (not sampled: the largest proven), built (``built``) and, with
    FLOPs, traced once (``traced``) at ``point``: every quantity must equal the combined
    formula there, and its blocks be alike (in the region of ``point``, as formulas)."""
    found: list[tuple[str, tuple[Term, ...]]] = []
    if built.rejection is None:
        found += [(q, built.terms(q)) for q in QUANTITIES]
    if traced is not None and traced.rejection is None:
        found += list(traced.terms)
    at = {**point, count: depth}
    values = {plain_symbol(k): v for k, v in at.items()}
    for quantity, terms in found:
        real = int(sympy.Add(*(t.expr for t in terms)).subs(values))
        estimate = variant.estimate(quantity)
        if estimate.failure is not None:
            continue
        try:
            formula: int | None = value_at(estimate, at)
        except Refused:
            formula = None
        if real != formula:
            raise _refusal(
                spec,
                count,
                f"{quantity} at {count}={depth} is {real}, where the formula "
                f"from the depths sampled gives {formula}: the blocks are not alike at every "
                "depth",
            )
        _, blocks = _split(terms, containers)
        for c in containers:
            _roles(spec, count, f"{quantity} at {count}={depth}", c, blocks, depth)
