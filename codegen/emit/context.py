"""What the templates are given: a small typed context per generated file, built from the IR.

The index (``index.py.jinja``) gets the quantities (``ir.Quantity``, read by attribute) and the
blueprints' names; a blueprint's module (``blueprint.py.jinja``) gets its tidied IR record, its
domain, the constants and predicates its functions share (``refusals``) and each function
(``functions``). The templates hold the text; the contexts hold only what varies.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..ir import BY_OPTIMIZER, OPTIMIZERS, PEAK, BlueprintEstimates, Quantity
from .choices import variant_groups
from .functions import FunctionCode, function_code
from .output import MARKER
from .printer import modules_of
from .refusals import Constant, Predicate, Refusals
from .tidy import tidy


@dataclass(frozen=True)
class IndexContext:
    """The index: dispatchers over every blueprint of ``quantities``, and ``BLUEPRINTS``."""

    marker: str
    sources: tuple[str, ...]
    package: str
    example: str  # an attribute of the index that is a blueprint's function
    quantities: tuple[Quantity, ...]
    blueprints: tuple[tuple[str, str], ...]
    inputs: tuple[tuple[str, tuple[str, ...]], ...]  # each topology's input sizes
    fits: bool  # peak bytes are among the quantities: the index solves for what fits
    autocast: str | None = None  # the steps' forward and loss ran under autocast to this dtype


@dataclass(frozen=True)
class ModuleContext:
    """One blueprint's module: ``blueprint`` (tidied) with each argument's ``domain`` and
    the functions of its quantities."""

    marker: str
    blueprint: BlueprintEstimates
    domain: tuple[tuple[str, tuple[object, ...]], ...]  # (lo, hi), or (choices,)
    constants: tuple[Constant, ...]
    predicates: tuple[Predicate, ...]
    functions: tuple[FunctionCode, ...]
    refuses: bool  # a function raises where the factory or the training step does
    imports_math: bool  # a size computed through floats calls math
    source: str | None  # the fingerprint of the factory's source (``sources.fingerprint``)


def index_context(
    blueprints: Sequence[BlueprintEstimates],
    sources: Sequence[str],
    stem: str,
    quantities: Sequence[Quantity],
    autocast: str | None = None,
) -> IndexContext:
    """The index of ``blueprints`` (in output order), whose modules are in ``{stem}_blueprints``,
    derived with the steps under ``autocast`` (a dtype's name) where given."""
    inputs: dict[str, tuple[str, ...]] = {}
    for bp in blueprints:
        inputs.setdefault(bp.topology, tuple(v.name for v in bp.inputs))
    first = f"{blueprints[0].topology}_{blueprints[0].name}" if blueprints else "x"
    return IndexContext(
        marker=MARKER,
        sources=tuple(sources),
        package=f"{stem}_blueprints",
        example=f"{stem}.{first}_{quantities[0].suffix}",
        quantities=tuple(quantities),
        blueprints=tuple((bp.topology, bp.name) for bp in blueprints),
        inputs=tuple(sorted(inputs.items())),
        fits=any(q.name == PEAK for q in quantities),
        autocast=autocast,
    )


def module_context(
    bp: BlueprintEstimates, quantities: Sequence[Quantity], source: str | None = None
) -> ModuleContext:
    """The module of ``bp``: a function per quantity it has (the traced ones only where it
    has input sizes), and ``source``, the fingerprint of its factory's source, if given."""
    for part in (bp.topology, bp.name):
        if not part.isidentifier():
            raise ValueError(f"blueprint {bp.key}: {part!r} cannot be part of a function name")
    own = [q for q in quantities if (bp.inputs or not q.traced) and bp.derives(q.name)]
    bp = tidy(bp)
    groups = {q.name: variant_groups(bp, q) for q in own}
    variables = [v.name for v in (*bp.variables, *bp.inputs)]
    refusals = Refusals(([g.estimate for g in groups[q.name]] for q in own), variables)
    functions = tuple(function_code(bp, q, groups[q.name], refusals) for q in own)
    domain: list[tuple[str, tuple[object, ...]]] = [
        (v.name, (v.lo, v.hi)) for v in (*bp.variables, *bp.inputs)
    ]
    if any(q.name in BY_OPTIMIZER for q in own):
        domain.append(("optimizer", (tuple(OPTIMIZERS),)))
    domain += [(name, (tuple(options),)) for name, options in bp.choices]
    return ModuleContext(
        marker=MARKER,
        blueprint=bp,
        domain=tuple(domain),
        constants=tuple(refusals.constants),
        predicates=tuple(refusals.predicates),
        functions=functions,
        refuses=refusals.refuses,
        imports_math=any(
            "math" in modules_of(expr)
            for variant in bp.variants
            for estimate in variant.estimates
            for branch in estimate.branches
            for expr in (branch.condition, *(t.expr for t in branch.terms))
            if expr is not None
        ),
        source=source,
    )
