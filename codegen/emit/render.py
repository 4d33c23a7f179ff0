"""Render the IR into the generated package with Jinja2: the index ``generated/estimates.py``
and one module per blueprint in ``generated/estimates_blueprints/``.

This module turns frozen IR records into plain strings (through ``printer``) and hands them to
the templates (``index.py.jinja``, ``package.py.jinja``, ``blueprint.py.jinja``); the templates
only lay them out. The environment is strict: an undefined name in a template is an error, not
an empty string.
"""

from __future__ import annotations

import importlib.resources
import itertools
import math
import re
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Sequence
from pathlib import Path

import jinja2
import sympy

from ..computed_sizes import ComputedSize
from ..ir import (
    OPTIMIZER_STATES,
    TRAINING_STATE,
    TRAINING_STATES,
    BlueprintEstimates,
    Branch,
    Estimate,
    Term,
    Variable,
)
from .output import MARKER
from .printer import pyexpr
from .tidy import tidy


def template_dir() -> Path:
    """The templates: ``templates/`` at the top of a checkout, else (an installed wheel) the
    package data of ``codegen.templates`` (``setup.py`` maps one to the other)."""
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "pyproject.toml").is_file() and (checkout / "templates").is_dir():
        return checkout / "templates"
    return Path(str(importlib.resources.files("codegen.templates")))


TEMPLATE_DIR = template_dir()
INDEX_TEMPLATE = "index.py.jinja"
PACKAGE_TEMPLATE = "package.py.jinja"
BLUEPRINT_TEMPLATE = "blueprint.py.jinja"
_WIDTH = 100  # the project's line length (pyproject.toml, ruff)

_QUANTITIES = {
    # quantity: (function suffix, table, dispatcher, title, dispatcher docstring)
    "params": (
        "params",
        "PARAMS",
        "param_count",
        "Parameters",
        "Exact parameter count of topology/name at dim (see the per-blueprint functions).",
    ),
    "buffers": (
        "buffers",
        "BUFFERS",
        "buffer_count",
        "Buffer elements",
        "Exact buffer element count (running statistics and the like) of topology/name.",
    ),
    TRAINING_STATE: (
        "training_state_bytes",
        "TRAINING_STATE_BYTES",
        "training_state_bytes",
        "Training state bytes",
        "Bytes of the parameters, gradients and optimizer state of topology/name.",
    ),
    "forward_flops": (
        "forward_flops",
        "FORWARD_FLOPS",
        "forward_flops",
        "Forward FLOPs",
        "FLOPs of the forward pass of topology/name (FlopCounterMode's convention).",
    ),
    "backward_flops": (
        "backward_flops",
        "BACKWARD_FLOPS",
        "backward_flops",
        "Backward FLOPs",
        "FLOPs of the backward pass of topology/name (FlopCounterMode's convention).",
    ),
    "elementwise_flops": (
        "elementwise_flops",
        "ELEMENTWISE_FLOPS",
        "elementwise_flops",
        "Forward elementwise operations",
        "Elementwise operations of the forward pass of topology/name (see the README's table).",
    ),
    "backward_elementwise_flops": (
        "backward_elementwise_flops",
        "BACKWARD_ELEMENTWISE_FLOPS",
        "backward_elementwise_flops",
        "Backward elementwise operations",
        "Elementwise operations of the backward pass of topology/name (the README's table).",
    ),
    "activation_bytes": (
        "activation_bytes",
        "ACTIVATION_BYTES",
        "activation_bytes",
        "Activation bytes",
        "Bytes autograd saves for the backward pass during module(x) of topology/name.",
    ),
}
_OPTIMIZER_NAMES = {
    "sgd": "SGD",
    "sgd_momentum": "SGD with momentum",
    "adam": "Adam",
    "adamw": "AdamW",
}
# what each quantity is called in prose (explain, the report)
TITLES = {quantity: entry[3] for quantity, entry in _QUANTITIES.items()} | {
    state: "Training state bytes, "
    + " or ".join(_OPTIMIZER_NAMES[o] for o, s in OPTIMIZER_STATES.items() if s == state)
    for state in TRAINING_STATES
}
_TRACED_NOTES = {
    "forward_flops": "FLOPs as torch.utils.flop_counter.FlopCounterMode counts them (a "
    "multiply-add is 2; matmul, convolution, attention), for module(x) in training mode.",
    "backward_flops": "FLOPs as torch.utils.flop_counter.FlopCounterMode counts them, for the "
    "backward pass of one training step (loss = output.sum(); gradients for the input and "
    "every parameter; recomputation included).",
    "elementwise_flops": "Elementwise operations FlopCounterMode does not count (activations, "
    "norms, residual adds, reductions), by the rules of codegen/derive/flops.py, for module(x).",
    "backward_elementwise_flops": "Elementwise operations FlopCounterMode does not count, by "
    "the rules of codegen/derive/flops.py, for the backward pass (loss = output.sum(), not counted).",
    "activation_bytes": "Bytes of the tensors autograd saves for the backward pass during "
    "module(x) in training mode: each storage once, at its size and dtype; the module's "
    "parameters and buffers not included, the input where it is saved; under activation "
    "checkpointing, what checkpointing keeps.",
}
_DEFAULT_OPTIMIZER = "adam"
# candidate products of choice values beyond which a condition lists its members one by one
_MAX_PRODUCTS = 4096
_STATE_NOTE = (
    "Bytes of the parameters, their gradients and the optimizer's state after a step, every "
    "trainable parameter having a gradient: SGD keeps no state, SGD with momentum a buffer per "
    "parameter, Adam and AdamW two and a 4-byte step count per parameter tensor."
)


def environment() -> jinja2.Environment:
    """The Jinja2 environment: strict undefined, no autoescape (this is Python, not HTML)."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
    )


def render(
    blueprints: Sequence[BlueprintEstimates], sources: Sequence[str], stem: str = "estimates"
) -> dict[str, str]:
    """The generated files for ``blueprints`` (already in output order), by path relative to
    the output's directory: the index ``{stem}.py`` (dispatchers, ``BLUEPRINTS``), and in the
    package ``{stem}_blueprints/`` one module per blueprint and the checks they share."""
    if not stem.isidentifier():
        raise ValueError(f"{stem!r} cannot name a generated module")
    package = f"{stem}_blueprints"
    flops = any(bp.inputs for bp in blueprints)
    inputs: dict[str, list[str]] = {}
    for bp in blueprints:
        inputs.setdefault(bp.topology, [v.name for v in bp.inputs])
    quantities = [q for q in _QUANTITIES if flops or q not in _TRACED_NOTES]
    example = f"{blueprints[0].topology}_{blueprints[0].name}_params" if blueprints else "x_params"
    intro = [
        f"{MARKER}.",
        *_prose(
            "Made by `python -m codegen` (blueprint-estimates) "
            f"from the blueprints registered by {', '.join(f'`{s}`' for s in sources)}. "
            "Regenerate after changing a blueprint; `python -m codegen --check` fails while "
            f"this file or a file in `{package}/` is stale.",
            0,
        ),
        "",
        *_prose(
            f"Each blueprint's formulas are in a module of their own, "
            f"`{package}/<topology>_<name>.py`, imported on first use; its functions are "
            f"attributes of this module too (`{stem}.{example}`). Every formula was derived "
            "symbolically from the module the factory builds and is exact on the domain its "
            "module states; outside it the functions raise ValueError (a wrong type: "
            "TypeError) rather than extrapolate. Plain Python, integer arithmetic only: no "
            "torch, no sympy.",
            0,
        ),
    ]
    index = {
        "intro": intro,
        "sources": ", ".join(f"`{s}`" for s in sources),
        "package": package,
        "example": f"{stem}.{example}",
        "notes": _index_notes(quantities),
        "blueprints": [{"topology": bp.topology, "name": bp.name} for bp in blueprints],
        "quantities": [_dispatcher(q) for q in quantities],
        "inputs": sorted(inputs.items()),
    }
    _refuse_collisions(blueprints, quantities)
    env = environment()
    files = {f"{stem}.py": env.get_template(INDEX_TEMPLATE).render(index)}
    files[f"{package}/__init__.py"] = env.get_template(PACKAGE_TEMPLATE).render(
        {"index": f"{stem}.py", "marker": MARKER}
    )
    for bp in blueprints:
        module = _module(bp, quantities)
        files[f"{package}/{bp.topology}_{bp.name}.py"] = env.get_template(
            BLUEPRINT_TEMPLATE
        ).render(module)
    return format_sources(files)


def _refuse_collisions(blueprints: Sequence[BlueprintEstimates], quantities: Sequence[str]) -> None:
    """Two blueprints whose module or function names coincide (``a_b/c`` and ``a/b_c``; ``mlp``
    and ``mlp_backward``, whose ``..._backward_elementwise_flops`` would be one name) would
    overwrite each other: a ValueError naming both."""
    seen: dict[str, str] = {}
    for bp in blueprints:
        names = [f"{bp.topology}_{bp.name}", *(f"{bp.topology}_{bp.name}_{q}" for q in quantities)]
        for name in names:
            if name in seen and seen[name] != bp.key:
                raise ValueError(
                    f"blueprints {seen[name]} and {bp.key} would both generate {name}: rename one"
                )
            seen[name] = bp.key


def _index_notes(quantities: Sequence[str]) -> list[str]:
    """The index docstring's list: each quantity's function suffix and what it counts."""
    notes = {
        "params": "Parameters (numel), attributed to the submodule that owns each.",
        "buffers": "Buffer elements (running statistics and the like), kept apart from parameters.",
        TRAINING_STATE: _STATE_NOTE,
        **_TRACED_NOTES,
    }
    lines: list[str] = []
    for quantity in quantities:
        text = f"- {_QUANTITIES[quantity][0]}: {notes[quantity]}"
        wrapped = textwrap.wrap(text, width=_WIDTH, subsequent_indent="  ")
        lines += wrapped
    return lines


def _dispatcher(quantity: str) -> dict[str, object]:
    suffix, table, dispatcher, _, doc = _QUANTITIES[quantity]
    traced = quantity in _TRACED_NOTES
    keywords = "sizes_and_hyper" if traced else "hyper"
    parameters = ["topology: str", "name: str", "dim: int"]
    parameters += [f"**{keywords}: object"] if traced else [*_options(quantity), "**hyper: object"]
    options = ", optimizer=optimizer" if quantity == TRAINING_STATE else ""
    return {
        "suffix": suffix,
        "table": table,
        "dispatcher_doc": doc,
        "definition": definition(dispatcher, parameters),
        "call": f"{options}, **{keywords}",
        "keywords": keywords,
        "sizes": str(traced),
    }


def format_sources(files: dict[str, str]) -> dict[str, str]:
    """``files`` as ruff format leaves them (line length 100, no configuration files read),
    in one run of ruff over a temporary directory.

    The templates lay out one statement per line; long expressions (a FLOP polynomial, a
    rejection condition) are split across lines the way the project's formatter does, so the
    committed modules pass ``ruff format --check``. ruff is pinned in constraints.txt: its
    output is part of the generated bytes.
    """
    with tempfile.TemporaryDirectory() as directory:
        root = Path(directory)
        for relative, text in files.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        command = [sys.executable, "-m", "ruff", "format", "--isolated", "--line-length"]
        result = subprocess.run(
            [*command, str(_WIDTH), "--no-cache", str(root)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"ruff format refused a generated module: {result.stderr.strip()}")
        return {relative: (root / relative).read_text(encoding="utf-8") for relative in files}


class _Shared:
    """What a blueprint's functions share, each stated once in its module: the messages of its
    refusals and the predicates of refusals that several functions make."""

    def __init__(self, bp: BlueprintEstimates, quantities: Sequence[str]) -> None:
        self.constants: dict[str, str] = {}  # text -> constant name
        self.predicates: dict[str, tuple[str, list[str]]] = {}  # condition -> (name, parameters)
        order = [v.name for v in (*bp.variables, *bp.inputs)]
        uses: dict[str, int] = {}
        for quantity in quantities:
            seen: dict[tuple[str, str], None] = {}  # in branch order: the output is stable
            for _, _, estimate in _variant_groups(bp, quantity):
                for branch in estimate.branches:
                    if branch.rejection is not None and branch.condition is not None:
                        seen[pyexpr(branch.condition), branch.rejection.stage] = None
            for key in seen:
                uses[key] = uses.get(key, 0) + 1
        for (condition, stage), count in uses.items():
            if count < 2:
                continue
            base = "_no_module" if stage == "factory" else "_no_step"
            taken = sum(1 for name, _ in self.predicates.values() if name.startswith(base))
            name = base if taken == 0 else f"{base}_{taken + 1}"
            free = set(re.findall(r"[A-Za-z_][A-Za-z_0-9]*", condition))
            self.predicates[condition] = (name, [v for v in order if v in free])

    def constant(self, text: str, prefix: str) -> str:
        """The name of a module constant holding ``text`` (one per distinct text)."""
        if text not in self.constants:
            taken = sum(1 for name in self.constants.values() if name.startswith(prefix))
            self.constants[text] = prefix if taken == 0 else f"{prefix}_{taken + 1}"
        return self.constants[text]

    def condition(self, condition: str) -> str:
        """The test of a refusal: its predicate's call where several functions make it."""
        if condition in self.predicates:
            name, parameters = self.predicates[condition]
            return f"{name}({', '.join(parameters)})"
        return condition


def _module(bp: BlueprintEstimates, quantities: Sequence[str]) -> dict[str, object]:
    """The template context of one blueprint's module."""
    for part in (bp.topology, bp.name):
        if not part.isidentifier():
            raise ValueError(f"blueprint {bp.key}: {part!r} cannot be part of a function name")
    own = [q for q in quantities if q not in _TRACED_NOTES or bp.inputs]
    bp = tidy(bp)
    shared = _Shared(bp, own)
    functions = [_function(bp, quantity, shared) for quantity in own]
    domain = ", ".join(f"{v.lo} <= {v.name} <= {v.hi}" for v in bp.variables)
    doc = [
        f"{MARKER} (see the index, which imports this module).",
        "",
        *_prose(f"Built by {bp.factory}(); exact for {domain}.", indent=0),
    ]
    if bp.inputs:
        sizes = ", ".join(f"{v.lo} <= {v.name} <= {v.hi}" for v in bp.inputs)
        doc += _prose(f"The FLOP and activation functions take the input sizes too: {sizes}.", 0)
    if any(name.startswith("_NO_") for name in shared.constants.values()):
        doc += _prose(
            "Where the factory or the training step raises, so do the functions (ValueError, "
            "saying where and why).",
            0,
        )
    doc += _prose(f"Per-submodule terms of every quantity: python -m codegen explain {bp.key}.", 0)
    ranges = [f'"{v.name}": ({v.lo}, {v.hi})' for v in (*bp.variables, *bp.inputs)]
    if TRAINING_STATE in own:
        ranges.append(f'"optimizer": ({tuple(OPTIMIZER_STATES)!r},)')
    ranges += [f'"{name}": ({tuple(options)!r},)' for name, options in bp.choices]
    title = _prose(f"{bp.key}: {bp.description}" if bp.description else bp.key, 3)
    return {
        "ranges": ranges,
        "title": title[0],
        "doc": [*title[1:], "", *doc],
        "key": bp.key,
        "hyper_names": [name for name, _ in bp.defaults],
        "uses_refused": any(n.startswith("_NO_") for n in shared.constants.values()),
        "constants": [
            {"name": name, "parts": _string_parts(text)} for text, name in shared.constants.items()
        ],
        "predicates": [
            {"name": name, "parameters": ", ".join(f"{p}: int" for p in parameters), "condition": c}
            for c, (name, parameters) in shared.predicates.items()
        ],
        "functions": functions,
        # a size computed through floats is printed as the factory computes it
        "uses_math": any(
            isinstance(size, ComputedSize) and "math." in pyexpr(size)
            for variant in bp.variants
            for estimate in variant.estimates
            for branch in estimate.branches
            for expr in (branch.condition, *(t.expr for t in branch.terms))
            if expr is not None
            for size in expr.atoms(ComputedSize)
        ),
    }


def _string_parts(text: str) -> list[str]:
    """``text`` as string literals for implicit concatenation, each short enough for a line."""
    parts = textwrap.wrap(text, width=_WIDTH - 12, drop_whitespace=False, break_long_words=True)
    return [f'"{_string_safe(part)}"' for part in parts]


def _options(quantity: str) -> list[str]:
    """Keyword-only parameters a quantity's functions take besides sizes and hyperparameters."""
    if quantity == TRAINING_STATE:
        return ["*", f'optimizer: str = "{_DEFAULT_OPTIMIZER}"']
    return []


def _signature(
    bp: BlueprintEstimates, inputs: tuple[Variable, ...], options: Sequence[str] = ()
) -> list[str]:
    keywords = [*options[1:], *(f"{v.name}: int" for v in inputs)]
    keywords += [f"{name}: {type(value).__name__} = {value!r}" for name, value in bp.defaults]
    return ["dim: int", *(["*", *keywords] if keywords else [])]


def definition(name: str, parameters: Sequence[str], returns: str = "int") -> list[str]:
    """``def name(parameters) -> returns:`` as lines, split the way ruff format splits them."""
    joined = ", ".join(parameters)
    one_line = f"def {name}({joined}) -> {returns}:"
    if len(one_line) <= _WIDTH:
        return [one_line]
    if len(f"    {joined}") <= _WIDTH:
        return [f"def {name}(", f"    {joined}", f") -> {returns}:"]
    return [f"def {name}(", *(f"    {p}," for p in parameters), f") -> {returns}:"]


def _function(bp: BlueprintEstimates, quantity: str, shared: _Shared) -> dict[str, object]:
    suffix, _, _, title, _ = _QUANTITIES[quantity]
    inputs = bp.inputs if quantity in _TRACED_NOTES else ()
    variables = (*bp.variables, *inputs)
    choices = list(bp.choices)
    if quantity == TRAINING_STATE:
        choices.insert(0, ("optimizer", tuple(OPTIMIZER_STATES)))
    # the type and range checks, fused into one test; the error says which failed
    valid = [" is ".join([*(f"type({v.name})" for v in variables), "int"])]
    valid += [f"{v.lo} <= {v.name} <= {v.hi}" for v in variables]
    valid += [_choice_test(name, options) for name, options in choices]
    point = ", ".join(f"{v.name}={v.name}" for v in variables)
    groups = _variant_groups(bp, quantity)
    expressions = [
        e for _, _, estimate in groups for b in estimate.branches for e in (b.condition, b.total)
    ]
    taken = {v.name for v in variables}
    sizes = _computed_sizes(expressions, taken)
    floors = _common_floors(
        [None if e is None else e.xreplace(sizes) for e in expressions],
        taken | {s.name for s in sizes.values()},
    )
    doc: list[str] = []
    if len(groups) == 1 and choices:
        names = " and ".join(name for name, _ in choices)
        doc += ["", *_prose(f"The same for every value of {names}.")]
    variants = []
    for position, (condition, label, estimate) in enumerate(groups):
        last = position == len(groups) - 1
        if len(groups) > 1:
            doc += ["", *_wrap_doc_line(f"{label}:")]
        doc += _doc(
            estimate,
            indent="    " if len(groups) > 1 else "",
            shared=shared,
            # per-submodule terms of the parameters only; `python -m codegen explain` gives
            # every quantity's (the same terms in other units, or one more table per branch)
            terms=quantity == "params",
        )
        branches = (
            [_failure(estimate.failure, title, shared)]
            if estimate.failure is not None
            else [_branch(b, point, shared, (sizes, floors)) for b in estimate.branches]
        )
        variants.append({"condition": None if last else condition, "branches": branches})
    name = f"{bp.topology}_{bp.name}_{suffix}"
    return {
        "definition": definition(name, _signature(bp, inputs, _options(quantity))),
        "title": f"{title} of {bp.key}.",
        "valid": " and ".join(valid),
        "locals": [
            *(f"{name} = {pyexpr(size)}" for size, name in sizes.items()),
            *(f"{name} = {pyexpr(f.xreplace(sizes))}" for f, name in floors.items()),
        ],
        "doc": doc,
        "variants": variants,
    }


def _computed_sizes(
    expressions: Sequence[sympy.Basic | None], taken: set[str]
) -> dict[sympy.Basic, sympy.Symbol]:
    """Each size computed through floats that a function uses, bound to a local once, computed
    as the factory computes it (``sqrt_dim = int(math.sqrt(dim))``): Python computes it at every
    point of the domain (``computed_sizes.least`` made sure), so it is computed first."""
    found: set[sympy.Basic] = set()
    for expr in expressions:
        if expr is not None:
            found |= expr.atoms(ComputedSize)
    names: dict[sympy.Basic, sympy.Symbol] = {}
    used = set(taken)
    for size in sorted(found, key=sympy.default_sort_key):
        tree = size.tree
        simple = len(tree.args) == 1 and tree.args[0].op == "int" and tree.args[0].args[0].is_Symbol
        base = f"{tree.op}_{tree.args[0].args[0]}" if simple else "size"
        name, number = base, 1
        while name in used or not name.isidentifier():
            number += 1
            name = f"{base}_{number}"
        used.add(name)
        sign = {"positive": True} if size.low > 0 else {"nonnegative": True}
        names[size] = sympy.Symbol(name, integer=True, **sign)
    return names


def _common_floors(
    expressions: Sequence[sympy.Basic | None], taken: set[str]
) -> dict[sympy.Basic, sympy.Symbol]:
    """Floor divisions that several of a function's conditions and values use, each bound to
    a local once (``dim_div_reduction = dim // reduction``): only those whose divisors are
    variables or positive numbers, which never divide by zero wherever they are computed."""
    uses: dict[sympy.Basic, int] = {}
    for expr in expressions:
        if expr is None:
            continue
        for floor in expr.atoms(sympy.floor):
            if all(_safe_divisor(f) for f in floor.atoms(sympy.floor)):
                uses[floor] = uses.get(floor, 0) + 1
    common = sorted((f for f, n in uses.items() if n > 1), key=sympy.default_sort_key)
    names: dict[sympy.Basic, sympy.Symbol] = {}
    for number, floor in enumerate(common, 1):
        numerator, denominator = floor.args[0].as_numer_denom()
        name = f"{numerator}_div_{denominator}"
        if not name.isidentifier() or name in taken:
            name = f"quotient_{number}"
        # only the sign sympy knows of the floor itself: dim // 4 is 0 at small dims, and a
        # local assumed positive would fold `dim_div_4 == 0` to False
        sign = {"positive": True} if floor.is_positive else {}
        if not sign and floor.is_nonnegative:
            sign = {"nonnegative": True}
        names[floor] = sympy.Symbol(name, integer=True, **sign)
    return names


def _safe_divisor(floor: sympy.Basic) -> bool:
    _, denominator = floor.args[0].as_numer_denom()
    return bool(denominator.is_positive and (denominator.is_Symbol or denominator.is_Integer))


def _choice_test(name: str, options: Sequence[object]) -> str:
    """A value among ``options`` and of its option's type (``1`` is not ``True``)."""
    kinds = {type(option) for option in options}
    if kinds == {bool} and set(options) == {False, True}:
        return f"type({name}) is bool"
    if len(kinds) == 1:
        return f"type({name}) is {next(iter(kinds)).__name__} and {name} in {tuple(options)!r}"
    return f"any(type({name}) is type(c) and {name} == c for c in {tuple(options)!r})"


def _variant_groups(bp: BlueprintEstimates, quantity: str) -> list[tuple[str, str, Estimate]]:
    """(condition, label, estimate) per distinct estimate among the choice variants (and the
    optimizers, for the training state)."""
    if quantity == TRAINING_STATE:
        cases = [
            ({"optimizer": optimizer, **dict(variant.values)}, variant.estimate(state))
            for optimizer, state in OPTIMIZER_STATES.items()
            for variant in bp.variants
        ]
    else:
        cases = [(dict(variant.values), variant.estimate(quantity)) for variant in bp.variants]
    groups: list[tuple[list[dict[str, object]], Estimate]] = []
    for values, estimate in cases:
        for members, existing in groups:
            if existing.branches == estimate.branches and existing.failure == estimate.failure:
                members.append(values)
                break
        else:
            groups.append(([values], estimate))
    domains = dict(bp.choices)
    if quantity == TRAINING_STATE:
        domains = {"optimizer": tuple(OPTIMIZER_STATES), **domains}
    result = []
    for members, estimate in groups:
        condition = _group_condition(members, domains)
        result.append((condition, f"if {condition}", estimate))
    return result


def _group_condition(members: list[dict[str, object]], domains: dict[str, tuple]) -> str:
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
    sizes = [2 ** len(d) - 1 for d in domains.values()]
    if math.prod(sizes) > _MAX_PRODUCTS:  # too many candidates: one product per member
        return " or ".join(
            f"({_choice_condition(m)})" if len(m) > 1 else _choice_condition(m)
            for m in sorted(members, key=lambda m: combinations.index(tuple(m[n] for n in names)))
        )
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
    terms = []
    for product in cover:
        parts = []
        for name, values in zip(names, product, strict=True):
            if len(values) == len(domains[name]):
                continue
            if len(values) > 1:
                parts.append(f"{name} in ({', '.join(repr(v) for v in values)})")
            else:
                parts.append(_choice_condition({name: values[0]}))
        terms.append(parts)
    if any(not parts for parts in terms):
        return "True"
    if len(terms) == 1:
        return " and ".join(terms[0])
    return " or ".join(
        f"({' and '.join(parts)})" if len(parts) > 1 else parts[0] for parts in terms
    )


def _choice_condition(values: dict[str, object]) -> str:
    parts = []
    for name, value in values.items():
        if isinstance(value, bool):
            parts.append(name if value else f"not {name}")
        else:
            parts.append(f"{name} == {value!r}")
    return " and ".join(parts)


def _prose(text: str, indent: int = 4) -> list[str]:
    """Docstring prose, wrapped to stay inside the line length with the docstring's indent."""
    # a range such as "1 <= dim <= 65536" stays on one line
    protected = re.sub(r"(\d+) <= (\w+) <= (\d+)", "\\1\u00a0<=\u00a0\\2\u00a0<=\u00a0\\3", text)
    lines = textwrap.wrap(protected, width=_WIDTH - indent, break_on_hyphens=False)
    return [line.replace("\u00a0", " ") for line in lines]


def _label(branch: Branch, count: int) -> str:
    if branch.condition is None:
        return "otherwise" if count > 1 else "everywhere"
    return f"if {pyexpr(branch.condition)}"


def _owner(term: Term) -> str:
    return f"{term.owner or 'self'} ({term.owner_type})"


def _doc(
    estimate: Estimate, indent: str = "", shared: _Shared | None = None, terms: bool = True
) -> list[str]:
    """Docstring lines: the formula per branch, then the terms per submodule (where one
    submodule owns a branch, named on its line); a refusal that several functions make is
    named by its predicate."""
    if estimate.failure is not None:
        lines = ["", "Not derived (raises NotImplementedError, saying why)."]
        return [
            wrapped
            for line in lines
            for wrapped in _wrap_doc_line(f"{indent}{line}", break_long_words=True)
        ]
    count = len(estimate.branches)
    lines = [""]
    for branch in estimate.branches:
        if branch.rejection is not None:
            why = (
                "the factory rejects it"
                if branch.rejection.stage == "factory"
                else "the training step raises"
            )
            label = _label(branch, count)
            if shared is not None and branch.condition is not None:
                label = f"if {shared.condition(pyexpr(branch.condition))}"
            lines.append(f"{label}: ValueError ({why})")
        elif terms and len(branch.terms) == 1:
            owner = _owner(branch.terms[0])
            lines.append(f"{_label(branch, count)}: {pyexpr(branch.total)}, all in {owner}")
        else:
            lines.append(f"{_label(branch, count)}: {pyexpr(branch.total)}")
    valued = [b for b in estimate.branches if b.rejection is None and len(b.terms) > 1]
    if not terms:
        valued = []
    if valued:
        lines += ["", "Per submodule:"]
        for branch in valued:
            inner = "    "
            if len(valued) > 1 or count > 1:
                lines.append(f"    {_label(branch, count)}:")
                inner = "        "
            lines += [f"{inner}{_owner(t)}: {pyexpr(t.expr)}" for t in branch.terms]
    return [wrapped for line in lines for wrapped in _wrap_doc_line(f"{indent}{line}")]


def _wrap_doc_line(line: str, break_long_words: bool = False) -> list[str]:
    """A docstring line within the line length (4 spaces of docstring indent added later);
    a long formula continues on lines indented 4 more than its start."""
    if len(line) + 4 <= _WIDTH or not line.strip():
        return [line] if line.strip() else [""]
    start = " " * (len(line) - len(line.lstrip()))
    # keep "dim // reduction" and "x ** 2" together
    protected = re.sub(r" (//|\*\*|%) ", "\u00a0\\1\u00a0", line)
    wrapped = textwrap.wrap(
        protected,
        width=_WIDTH - 4,
        initial_indent="",
        subsequent_indent=start + "    ",
        break_long_words=break_long_words,
        break_on_hyphens=False,
        drop_whitespace=True,
    )
    return [part.replace("\u00a0", " ") for part in wrapped]


def _branch(
    branch: Branch,
    point: str,
    shared: _Shared,
    names: Sequence[dict[sympy.Basic, sympy.Symbol]],
) -> dict[str, object]:
    """A branch as template strings: its test, and its value or the error it raises (a
    refusal's reason is a module constant, the point its values); ``names`` are the
    function's locals, replaced in turn: its computed sizes, then common floor divisions."""
    error = None
    condition = None if branch.condition is None else pyexpr(branch.condition)
    if branch.rejection is not None:
        where = _strip_line(branch.rejection.location)
        stage = branch.rejection.stage
        what = "no module" if stage == "factory" else "no training step"
        why = f"the {stage} raises {branch.rejection.error} where {condition}" + (
            f" ({where})" if where else ""
        )
        reason = shared.constant(why, "_NO_MODULE" if stage == "factory" else "_NO_STEP")
        error = f'refused(KEY, "{what}", {reason}, {point})'
        if condition is not None and condition in shared.predicates:
            return {"condition": shared.condition(condition), "value": None, "error": error}
    if branch.condition is not None:
        condition = pyexpr(branch.condition, names)
    return {
        "condition": condition,
        "value": None if branch.rejection is not None else pyexpr(_named(branch.total, names)),
        "error": error,
    }


def _named(expr: sympy.Basic, names: Sequence[dict[sympy.Basic, sympy.Symbol]]) -> sympy.Basic:
    for mapping in names:
        expr = expr.xreplace(mapping)
    return expr


def _failure(reason: str, title: str, shared: _Shared) -> dict[str, object]:
    """The one branch of an estimate that was not derived: NotImplementedError, the reason."""
    constant = shared.constant(reason, "_NOT_DERIVED")
    what = f"{title[:1].lower()}{title[1:]} were not derived: "
    return {
        "condition": None,
        "value": None,
        "error": f'NotImplementedError(KEY + ": {what}" + {constant})',
    }


def _strip_line(location: str | None) -> str | None:
    """``file.py:57 in f`` -> ``file.py, in f``: stable while unrelated lines move."""
    if location is None:
        return None
    return re.sub(r":\d+ in ", ", in ", location)


def _string_safe(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')
