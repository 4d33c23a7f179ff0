"""Derive every estimate of one blueprint: explore its guards, then merge per quantity."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from blueprints.registry import BlueprintSpec

from .construct import DIM, construct
from .errors import DerivationError
from .ir import QUANTITIES, BlueprintEstimates, Variable
from .regions import Domain, ExplorationError, explore, piecewise

DEFAULT_MAX_DIM = 65536
# Where exploration starts: a size typical of real use, so the first region is the common one.
FIRST_SAMPLE = 64


@dataclass(frozen=True)
class Settings:
    """What the generator proves: the dimension's range and how hard it may try."""

    max_dim: int = DEFAULT_MAX_DIM
    max_derivations: int = 500


# progress(text, final): live status while a blueprint is explored, then one final line for it
Progress = Callable[[str, bool], None]


def derive_blueprint(
    spec: BlueprintSpec, settings: Settings, progress: Progress | None = None
) -> BlueprintEstimates:
    """All estimates of ``spec`` at its default hyperparameters, exact on 1..max_dim."""
    hyper = spec.hyperparameters()
    domain = Domain((Variable(DIM, 1, settings.max_dim),))
    started = time.perf_counter()

    def report(count: int, covered: float) -> None:
        if progress is not None:
            elapsed = time.perf_counter() - started
            progress(
                f"{spec.key}: {count} derivation(s), {covered:.1%} of the domain "
                f"covered ({elapsed:.1f} s)",
                False,
            )

    try:
        regions = explore(
            lambda sample: construct(spec, sample, hyper),
            domain,
            {DIM: min(FIRST_SAMPLE, settings.max_dim)},
            settings.max_derivations,
            report,
        )
        estimates = tuple(piecewise(regions, q, domain) for q in QUANTITIES)
    except ExplorationError as exc:
        raise DerivationError(spec.key, str(exc)) from exc
    if progress is not None:
        branches = len(estimates[0].branches)
        progress(
            f"{spec.key}: {len(regions)} derivation(s) over 1..{settings.max_dim}, "
            f"params in {branches} branch(es) ({time.perf_counter() - started:.1f} s)",
            True,
        )
    module = spec.factory.__module__
    return BlueprintEstimates(
        topology=spec.topology,
        name=spec.name,
        description=spec.description,
        factory=f"{module}.{spec.factory.__qualname__}",
        hyper=tuple(hyper.items()),
        variables=domain.variables,
        estimates=estimates,
        derivations=len(regions),
    )
