"""One generated function, as the blueprint template lays it out: its signature, docstring,
validity test, locals and branches.

A function returns one quantity of one blueprint. Its docstring states each formula and its
condition as plain Python (``if dim // reduction <= 8: 18 * dim + 576``); its code tests the
same condition, with the function's locals where it has them (``dim_div_reduction <= 8``).
Each branch's condition is printed once for the docstring and once for the code, here, and
both read it from the same ``_Case``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import sympy

from ..ir import BlueprintEstimates, Branch, Estimate, Quantity, Term, Variable
from .choices import VariantGroup, choice_test, choices_of
from .hoisting import Locals, common_floors, computed_sizes
from .printer import pyexpr
from .refusals import STAGES, Refusals
from .wrapping import formula_lines, prose


@dataclass(frozen=True)
class BranchCode:
    """A branch as code: its test (None: unconditional), and what it returns or raises."""

    test: str | None
    value: str | None
    error: str | None


@dataclass(frozen=True)
class VariantCode:
    """The branches for one group of choice values, and the test that selects it (None for
    the last group)."""

    condition: str | None
    branches: tuple[BranchCode, ...]


@dataclass(frozen=True)
class Local:
    """A local computed before the first branch: ``dim_div_reduction = dim // reduction``."""

    name: str
    value: str


@dataclass(frozen=True)
class FunctionCode:
    """The template context of one generated function."""

    name: str
    parameters: tuple[str, ...]
    title: str
    doc: tuple[str, ...]
    valid: tuple[str, ...]
    locals: tuple[Local, ...]
    variants: tuple[VariantCode, ...]


@dataclass(frozen=True)
class _Case:
    """A branch printed once for the docstring and the code. Its condition: ``condition``
    plain (the docstring's, a refusal message's), ``stated`` as the docstring's label states it
    (a predicate's call where a predicate states it), ``test`` as the code tests it (that call,
    or the condition with the function's locals); its value: ``formula`` in the docstring,
    ``value`` in the code (None where the branch raises)."""

    branch: Branch
    condition: str | None = None
    stated: str | None = None
    test: str | None = None
    formula: str | None = None
    value: str | None = None


def function_code(
    bp: BlueprintEstimates,
    quantity: Quantity,
    groups: Sequence[VariantGroup],
    refusals: Refusals,
) -> FunctionCode:
    """The function of ``quantity`` for ``bp`` (tidied), returning the estimate of each of
    ``groups``; its refusals' texts and predicates are ``refusals``'."""
    variables = (*bp.variables, *(bp.inputs if quantity.traced else ()))
    choices = choices_of(bp, quantity)
    # what the function computes itself: a refusal a predicate states is that predicate's
    # (its floors are not the function's locals)
    expressions = [
        e
        for g in groups
        for b in g.estimate.branches
        for e in (
            None if b.rejection is not None and refusals.call(b.condition) else b.condition,
            b.total,
        )
    ]
    names = {v.name for v in variables}
    sizes = computed_sizes(expressions, names)
    floors = common_floors(
        [None if e is None else e.xreplace(sizes) for e in expressions],
        names | {s.name for s in sizes.values()},
    )
    point = ", ".join(f"{v.name}={v.name}" for v in variables)
    doc: list[str] = []
    if len(groups) == 1 and choices:
        doc += ["", *prose(f"The same for every value of {' and '.join(n for n, _ in choices)}.")]
    variants = []
    for position, group in enumerate(groups):
        estimate = group.estimate
        cases = [_case(b, refusals, (sizes, floors)) for b in estimate.branches]
        if len(groups) > 1:
            doc += ["", *formula_lines(f"if {group.condition}:")]
        # per-submodule terms of the parameters only; `python -m codegen explain` gives
        # every quantity's (the same terms in other units, or one more table per branch)
        indent = "    " if len(groups) > 1 else ""
        doc += _doc(estimate, cases, indent, terms=quantity.name == "params")
        if estimate.failure is not None:
            branches = [_failure(estimate.failure, quantity, refusals)]
        else:
            branches = [_branch(case, point, refusals) for case in cases]
        last = position == len(groups) - 1
        variants.append(VariantCode(None if last else group.condition, tuple(branches)))
    return FunctionCode(
        name=f"{bp.topology}_{bp.name}_{quantity.suffix}",
        parameters=_parameters(bp, quantity),
        title=f"{quantity.title} of {bp.key}.",
        doc=tuple(doc),
        valid=_validity(variables, choices),
        locals=tuple(
            [Local(n.name, pyexpr(size)) for size, n in sizes.items()]
            + [Local(n.name, pyexpr(f.xreplace(sizes))) for f, n in floors.items()]
        ),
        variants=tuple(variants),
    )


def _parameters(bp: BlueprintEstimates, quantity: Quantity) -> tuple[str, ...]:
    """``dim`` positional; then keyword-only the optimizer, the input sizes and the
    hyperparameters with their defaults."""
    keywords = []
    if quantity.default_optimizer is not None:
        keywords.append(f"optimizer: str = {quantity.default_optimizer!r}")
    if quantity.traced:
        keywords += [f"{v.name}: int" for v in bp.inputs]
    keywords += [f"{name}: {type(value).__name__} = {value!r}" for name, value in bp.defaults]
    return ("dim: int", *(["*", *keywords] if keywords else []))


def _validity(
    variables: Sequence[Variable], choices: Sequence[tuple[str, tuple]]
) -> tuple[str, ...]:
    """The type and range checks as conjuncts of one test; the error says which failed."""
    return (
        " is ".join([*(f"type({v.name})" for v in variables), "int"]),
        *(f"{v.lo} <= {v.name} <= {v.hi}" for v in variables),
        *(choice_test(name, options) for name, options in choices),
    )


def _case(branch: Branch, refusals: Refusals, names: Sequence[Locals]) -> _Case:
    formula = value = None
    if branch.rejection is None:
        formula = pyexpr(branch.total)
        value = _code(branch.total, formula, names)
    if branch.condition is None:
        return _Case(branch, formula=formula, value=value)
    condition = pyexpr(branch.condition)
    predicate = refusals.call(branch.condition) if branch.rejection is not None else None
    if predicate is not None:
        return _Case(branch, condition, predicate, predicate)
    test = _code(branch.condition, condition, names)
    return _Case(branch, condition, condition, test, formula, value)


def _code(expr: sympy.Basic, plain: str, names: Sequence[Locals]) -> str:
    """``expr`` as the code computes it: its ``plain`` text, unless the function has locals."""
    return pyexpr(expr, names) if any(names) else plain


def _branch(case: _Case, point: str, refusals: Refusals) -> BranchCode:
    """A branch as code: its value, or the error it raises (the reason a module constant, the
    point its values)."""
    rejection = case.branch.rejection
    if rejection is None:
        return BranchCode(case.test, case.value, None)
    stage = STAGES[rejection.stage]
    where = _strip_line(rejection.location)
    why = f"the {rejection.stage} raises {rejection.error} where {case.condition}" + (
        f" ({where})" if where else ""
    )
    reason = refusals.constant(why, stage.constant)
    return BranchCode(case.test, None, f'refused(KEY, "{stage.missing}", {reason}, {point})')


def _failure(reason: str, quantity: Quantity, refusals: Refusals) -> BranchCode:
    """The one branch of an estimate that was not derived: NotImplementedError, the reason."""
    constant = refusals.constant(reason, "_NOT_DERIVED")
    what = f"{quantity.title[:1].lower()}{quantity.title[1:]} were not derived: "
    return BranchCode(None, None, f'NotImplementedError(KEY + ": {what}" + {constant})')


def _doc(estimate: Estimate, cases: Sequence[_Case], indent: str, terms: bool) -> list[str]:
    """Docstring lines: the formula per branch, then the terms per submodule (where one
    submodule owns a branch, named on its line); a refusal that several functions make is
    named by its predicate."""
    if estimate.failure is not None:
        lines = ["", "Not derived (raises NotImplementedError, saying why)."]
        return [w for line in lines for w in formula_lines(indent + line, break_long_words=True)]
    several = len(cases) > 1
    lines = [""]
    for case in cases:
        branch = case.branch
        if branch.rejection is not None:
            why = STAGES[branch.rejection.stage].why
            lines.append(f"{_label(case.stated, several)}: ValueError ({why})")
        elif terms and len(branch.terms) == 1:
            owner = _owner(branch.terms[0])
            lines.append(f"{_label(case.condition, several)}: {case.formula}, all in {owner}")
        else:
            lines.append(f"{_label(case.condition, several)}: {case.formula}")
    valued = [c for c in cases if c.branch.rejection is None and len(c.branch.terms) > 1]
    if terms and valued:
        lines += ["", "Per submodule:"]
        inner = "        " if len(valued) > 1 or several else "    "
        for case in valued:
            if inner != "    ":
                lines.append(f"    {_label(case.condition, several)}:")
            lines += [f"{inner}{_owner(t)}: {pyexpr(t.expr)}" for t in case.branch.terms]
    return [w for line in lines for w in formula_lines(indent + line)]


def _label(condition: str | None, several: bool) -> str:
    if condition is None:
        return "otherwise" if several else "everywhere"
    return f"if {condition}"


def _owner(term: Term) -> str:
    return f"{term.owner or 'self'} ({term.owner_type})"


def _strip_line(location: str | None) -> str | None:
    """``file.py:57 in f`` -> ``file.py, in f``: stable while unrelated lines move."""
    if location is None:
        return None
    return re.sub(r":\d+ in ", ", in ", location)
