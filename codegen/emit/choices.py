"""The finite choices of a generated function: its variants, and the shortest test for each.

A hyperparameter with finite values (``checkpoint``), and the ``optimizer`` of a quantity
picked by optimizer (the training state, the peak bytes), make one variant of the estimates per
combination of values. A generated function branches on them only where the estimates differ:
variants with the same estimate form one group, selected by the shortest condition that holds
for exactly its combinations, a cover by products of value sets found greedily
(``group_condition``).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..ir import BY_OPTIMIZER, BlueprintEstimates, Estimate, Quantity

# candidate products of choice values beyond which a condition lists its members one by one
_MAX_PRODUCTS = 4096
Values = dict[str, object]


@dataclass(frozen=True)
class VariantGroup:
    """Choice combinations that share one estimate, and the Python test that selects them."""

    condition: str
    estimate: Estimate


def choices_of(bp: BlueprintEstimates, quantity: Quantity) -> list[tuple[str, tuple]]:
    """The finite-choice arguments of ``quantity``'s function: the blueprint's choices, after
    ``optimizer`` for a quantity picked by optimizer."""
    picks = BY_OPTIMIZER.get(quantity.name)
    optimizer = [("optimizer", tuple(picks))] if picks else []
    return [*optimizer, *bp.choices]


def variant_groups(bp: BlueprintEstimates, quantity: Quantity) -> list[VariantGroup]:
    """One group per distinct estimate among the variants (and the optimizers, for a quantity
    picked by optimizer), in the order of their first combination."""
    if quantity.name in BY_OPTIMIZER:
        cases = [
            ({"optimizer": optimizer, **dict(variant.values)}, variant.estimate(picked))
            for optimizer, picked in BY_OPTIMIZER[quantity.name].items()
            for variant in bp.variants
        ]
    else:
        cases = [(dict(variant.values), variant.estimate(quantity.name)) for variant in bp.variants]
    groups: list[tuple[list[Values], Estimate]] = []
    for values, estimate in cases:
        for members, existing in groups:
            if existing.branches == estimate.branches and existing.failure == estimate.failure:
                members.append(values)
                break
        else:
            groups.append(([values], estimate))
    domains = dict(choices_of(bp, quantity))
    return [VariantGroup(group_condition(members, domains), e) for members, e in groups]


def group_condition(members: list[Values], domains: dict[str, tuple]) -> str:
    """A short condition true for exactly ``members`` among all combinations of the choices'
    values: a disjunction of products (each choice limited to some of its values), each as
    wide as it can be, chosen greedily (the widest first) until they cover the members. A
    choice whose value does not matter in a product is left out of it; several values of one
    read ``name in (...)``. Beyond _MAX_PRODUCTS candidates, one product per member."""
    names = list(domains)
    chosen = {tuple(m[n] for n in names) for m in members}
    combinations = list(itertools.product(*domains.values()))
    if chosen == set(combinations):
        return "True"
    if math.prod(2 ** len(d) - 1 for d in domains.values()) > _MAX_PRODUCTS:
        return " or ".join(
            f"({choice_condition(m)})" if len(m) > 1 else choice_condition(m)
            for m in sorted(members, key=lambda m: combinations.index(tuple(m[n] for n in names)))
        )
    cover = _greedy_cover(chosen, domains)
    terms = []
    for product in cover:
        parts = []
        for name, values in zip(names, product, strict=True):
            if len(values) == len(domains[name]):
                continue
            if len(values) > 1:
                parts.append(f"{name} in ({', '.join(repr(v) for v in values)})")
            else:
                parts.append(choice_condition({name: values[0]}))
        terms.append(parts)
    if any(not parts for parts in terms):
        return "True"
    if len(terms) == 1:
        return " and ".join(terms[0])
    return " or ".join(
        f"({' and '.join(parts)})" if len(parts) > 1 else parts[0] for parts in terms
    )


def _greedy_cover(chosen: set[tuple], domains: dict[str, tuple]) -> list[tuple[tuple, ...]]:
    """Products of value sets (one set per choice) inside ``chosen`` that cover it: of the
    widest products, the one covering most of what is left, until nothing is; in the order of
    their first combination."""
    subsets = [
        [c for r in range(1, len(d) + 1) for c in itertools.combinations(d, r)]
        for d in domains.values()
    ]
    products = [p for p in itertools.product(*subsets) if set(itertools.product(*p)) <= chosen]
    widest = [
        p
        for p in products
        if not any(
            q != p and all(set(a) <= set(b) for a, b in zip(p, q, strict=True)) for q in products
        )
    ]
    cover: list[tuple[tuple, ...]] = []
    left = set(chosen)
    while left:
        best = max(widest, key=lambda p: len(left & set(itertools.product(*p))))
        cover.append(best)
        left -= set(itertools.product(*best))
    order = {c: i for i, c in enumerate(itertools.product(*domains.values()))}
    cover.sort(key=lambda p: min(order[c] for c in itertools.product(*p)))
    return cover


def choice_condition(values: Values) -> str:
    """``values`` as a test: ``checkpoint``, ``not checkpoint``, ``optimizer == 'sgd'``."""
    parts = []
    for name, value in values.items():
        if isinstance(value, bool):
            parts.append(name if value else f"not {name}")
        else:
            parts.append(f"{name} == {value!r}")
    return " and ".join(parts)


def choice_test(name: str, options: Sequence[object]) -> str:
    """The validity test of a choice: a value among ``options`` and of its option's type
    (``1`` is not ``True``)."""
    kinds = {type(option) for option in options}
    if kinds == {bool} and set(options) == {False, True}:
        return f"type({name}) is bool"
    if len(kinds) == 1:
        return f"type({name}) is {next(iter(kinds)).__name__} and {name} in {tuple(options)!r}"
    return f"any(type({name}) is type(c) and {name} == c for c in {tuple(options)!r})"
