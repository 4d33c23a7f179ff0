"""Derive every estimate of one blueprint: explore its guards, then merge per quantity.

The variables of a blueprint's formulas are the channel dimension and its integer
hyperparameters, each over a closed range; hyperparameters with finite ``choices`` (a bool, a
string) are not symbols: each combination of their values is derived on its own (a variant).
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass

from blueprints.registry import BlueprintSpec

from .construct import DIM, construct
from .errors import DerivationError
from .ir import QUANTITIES, BlueprintEstimates, Variable, Variant
from .regions import Domain, ExplorationError, explore, piecewise

DEFAULT_MAX_DIM = 65536
DEFAULT_HYPER_MAX = 64
# Where exploration starts: a size typical of real use, so the first region is the common one.
FIRST_SAMPLE = 64


@dataclass(frozen=True)
class Settings:
    """What the generator proves: the variables' ranges and how hard it may try."""

    max_dim: int = DEFAULT_MAX_DIM
    hyper_max: int = DEFAULT_HYPER_MAX  # for integer hyperparameters without declared bounds
    max_derivations: int = 500


# progress(text, final): live status while a blueprint is explored, then one final line for it
Progress = Callable[[str, bool], None]


def variables_of(spec: BlueprintSpec, settings: Settings) -> tuple[Variable, ...]:
    """``dim`` and the integer hyperparameters, with the ranges the formulas are proven on.

    A hyperparameter that is neither an integer nor declared with finite ``choices`` cannot be
    derived: that is an error naming it.
    """
    bounds = dict(spec.bounds)
    choices = dict(spec.choices)
    variables = [Variable(DIM, 1, settings.max_dim)]
    for name, default in spec.hyperparameters().items():
        if name in choices:
            if default not in choices[name]:
                raise DerivationError(
                    spec.key,
                    f"the default {name}={default!r} is not among its choices {choices[name]!r}",
                )
            continue
        if isinstance(default, bool) or not isinstance(default, int):
            raise DerivationError(
                spec.key,
                f"hyperparameter {name!r} (default {default!r}) is not an integer the generator "
                "can make a symbol of, and has no declared finite choices",
                hint=f"register the blueprint with choices={{{name!r}: (...values...)}}",
            )
        lo, hi = bounds.get(name, (1, settings.hyper_max))
        if not lo <= default <= hi:
            raise DerivationError(
                spec.key, f"the default {name}={default} is outside its bounds {lo}..{hi}"
            )
        variables.append(Variable(name, lo, hi))
    return tuple(variables)


def derive_blueprint(
    spec: BlueprintSpec, settings: Settings, progress: Progress | None = None
) -> BlueprintEstimates:
    """All estimates of ``spec``, exact on its whole domain, for every choice combination."""
    defaults = spec.hyperparameters()
    variables = variables_of(spec, settings)
    domain = Domain(variables)
    first = {DIM: min(FIRST_SAMPLE, settings.max_dim)}
    first.update({v.name: defaults[v.name] for v in variables[1:]})
    choice_names = [name for name, _ in spec.choices]
    started = time.perf_counter()
    variants, derivations = [], 0
    for values in itertools.product(*(options for _, options in spec.choices)):
        fixed = dict(zip(choice_names, values, strict=True))
        label = "".join(f", {k}={v!r}" for k, v in fixed.items())

        def report(count: int, covered: float, label: str = label) -> None:
            if progress is not None:
                elapsed = time.perf_counter() - started
                progress(
                    f"{spec.key}{label}: {count} derivation(s), {covered:.1%} of the "
                    f"domain covered ({elapsed:.1f} s)",
                    False,
                )

        try:
            regions = explore(
                lambda sample, fixed=fixed: construct(spec, sample, fixed),
                domain,
                first,
                settings.max_derivations,
                report,
            )
            estimates = tuple(piecewise(regions, q, domain) for q in QUANTITIES)
        except ExplorationError as exc:
            raise DerivationError(spec.key, f"{exc}{label}") from exc
        variants.append(Variant(tuple(fixed.items()), estimates))
        derivations += len(regions)
    if progress is not None:
        ranges = ", ".join(f"{v.name} {v.lo}..{v.hi}" for v in variables)
        progress(
            f"{spec.key}: {derivations} derivation(s) over {ranges} "
            f"({time.perf_counter() - started:.1f} s)",
            True,
        )
    return BlueprintEstimates(
        topology=spec.topology,
        name=spec.name,
        description=spec.description,
        factory=f"{spec.factory.__module__}.{spec.factory.__qualname__}",
        defaults=tuple(defaults.items()),
        variables=variables,
        choices=spec.choices,
        variants=tuple(variants),
        derivations=derivations,
    )
