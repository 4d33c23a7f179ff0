"""Render the IR into the text of ``generated/estimates.py`` with Jinja2.

This module turns frozen IR records into plain strings (through ``printer``) and hands them to
the template; the template only lays them out. The environment is strict: an undefined name in
the template is an error, not an empty string.
"""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

import jinja2

from .ir import (
    OPTIMIZER_STATES,
    TRAINING_STATE,
    TRAINING_STATES,
    BlueprintEstimates,
    Branch,
    Estimate,
    Term,
    Variable,
)
from .printer import pyexpr

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATE = "estimates.py.jinja"
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
    "norms, residual adds, reductions), by the rules of codegen/flops.py, for module(x).",
    "backward_elementwise_flops": "Elementwise operations FlopCounterMode does not count, by "
    "the rules of codegen/flops.py, for the backward pass (loss = output.sum(), not counted).",
    "activation_bytes": "Bytes of the tensors autograd saves for the backward pass during "
    "module(x) in training mode: each storage once, at its size and dtype; the module's "
    "parameters and buffers not included, the input where it is saved; under activation "
    "checkpointing, what checkpointing keeps.",
}
_DEFAULT_OPTIMIZER = "adam"
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


def render(blueprints: Sequence[BlueprintEstimates], sources: Sequence[str]) -> str:
    """The full text of the generated module for ``blueprints`` (already in output order)."""
    flops = any(bp.inputs for bp in blueprints)
    inputs: dict[str, list[str]] = {}
    for bp in blueprints:
        inputs.setdefault(bp.topology, [v.name for v in bp.inputs])
    context = {
        "sources": ", ".join(f"`{s}`" for s in sources),
        "blueprints": [_blueprint(bp) for bp in blueprints],
        "quantities": [
            {
                "suffix": suffix,
                "table": table,
                "dispatcher": dispatcher,
                "dispatcher_doc": doc,
                "flops": quantity in _TRACED_NOTES,
                "options": ", optimizer=optimizer" if quantity == TRAINING_STATE else "",
                "definition": definition(
                    dispatcher,
                    ["topology: str", "name: str", "dim: int"]
                    + (
                        ["**sizes_and_hyper: object"]
                        if quantity in _TRACED_NOTES
                        else [*_options(quantity), "**hyper: object"]
                    ),
                ),
            }
            for quantity, (suffix, table, dispatcher, _, doc) in _QUANTITIES.items()
            if flops or quantity not in _TRACED_NOTES
        ],
        "inputs": [(t, names) for t, names in sorted(inputs.items())],
        "keywords_doc": _prose(
            "Keywords: the input sizes of the topology ("
            + "; ".join(f"{t}: {', '.join(n)}" for t, n in sorted(inputs.items()))
            + ") and the blueprint's hyperparameters."
        ),
    }
    return format_source(environment().get_template(TEMPLATE).render(context))


def format_source(text: str) -> str:
    """``text`` as ruff format leaves it (line length 100, no configuration files read).

    The template lays out one statement per line; long expressions (a FLOP polynomial, a
    rejection condition) are split across lines the way the project's formatter does, so the
    committed module passes ``ruff format --check``. ruff is pinned in constraints.txt: its
    output is part of the generated bytes.
    """
    command = [sys.executable, "-m", "ruff", "format", "--isolated", "--line-length", str(_WIDTH)]
    result = subprocess.run(
        [*command, "--stdin-filename", "estimates.py", "-"],
        input=text,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"ruff format refused the generated module: {result.stderr.strip()}")
    return result.stdout


def _blueprint(bp: BlueprintEstimates) -> dict[str, object]:
    for part in (bp.topology, bp.name):
        if not part.isidentifier():
            raise ValueError(f"blueprint {bp.key}: {part!r} cannot be part of a function name")
    quantities = [q for q in _QUANTITIES if q not in _TRACED_NOTES or bp.inputs]
    return {
        "topology": bp.topology,
        "name": bp.name,
        "hyper_names": [name for name, _ in bp.defaults],
        "functions": [_function(bp, quantity) for quantity in quantities],
    }


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


def _function(bp: BlueprintEstimates, quantity: str) -> dict[str, object]:
    suffix, _, _, title, _ = _QUANTITIES[quantity]
    key = bp.key
    inputs = bp.inputs if quantity in _TRACED_NOTES else ()
    variables = (*bp.variables, *inputs)
    # the point, as f-string fields, for error messages: "dim={dim}, rank={rank}"
    point = ", ".join(f"{v.name}={{{v.name}}}" for v in variables)
    checks = [f'_check_int("{key}", "{v.name}", {v.name}, {v.lo}, {v.hi})' for v in variables]
    choices = list(bp.choices)
    if quantity == TRAINING_STATE:
        choices.insert(0, ("optimizer", tuple(OPTIMIZER_STATES)))
    checks += [
        f'_check_choice("{key}", "{name}", {name}, {tuple(options)!r})' for name, options in choices
    ]
    description = f"{bp.description[:1].upper()}{bp.description[1:]}." if bp.description else ""
    domain = ", ".join(f"{v.lo} <= {v.name} <= {v.hi}" for v in variables)
    intro = [*_prose(description), *_prose(f"Built by {bp.factory}(); exact for {domain}.")]
    if quantity in _TRACED_NOTES:
        intro += _prose(_TRACED_NOTES[quantity])
    if quantity == TRAINING_STATE:
        intro += _prose(_STATE_NOTE)
    groups = _variant_groups(bp, quantity)
    if len(groups) == 1 and choices:
        names = " and ".join(name for name, _ in choices)
        intro += _prose(f"The same for every value of {names}.")
    doc, variants = ["", *intro], []
    for position, (condition, label, estimate) in enumerate(groups):
        last = position == len(groups) - 1
        if len(groups) > 1:
            doc += ["", *_wrap_doc_line(f"{label}:")]
        doc += _doc(estimate, indent="    " if len(groups) > 1 else "")
        branches = (
            [_failure(estimate.failure, key, title)]
            if estimate.failure is not None
            else [_branch(b, key, point) for b in estimate.branches]
        )
        variants.append({"condition": None if last else condition, "branches": branches})
    return {
        "name": f"{bp.topology}_{bp.name}_{suffix}",
        "definition": definition(
            f"{bp.topology}_{bp.name}_{suffix}", _signature(bp, inputs, _options(quantity))
        ),
        "key": key,
        "checks": checks,
        "title": f"{title} of {bp.key}.",
        "doc": doc,
        "variants": variants,
    }


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
    values: a disjunction of products (each choice limited to some of its values), the fewest
    products that cover the members, each as wide as it can be. A choice whose value does not
    matter in a product is left out of it; several values of one read ``name in (...)``."""
    names = list(domains)
    chosen = {tuple(m[n] for n in names) for m in members}
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


def _prose(text: str) -> list[str]:
    """Docstring prose, wrapped to stay inside the line length with the 4-space indent."""
    # a range such as "1 <= dim <= 65536" stays on one line
    protected = re.sub(r"(\d+) <= (\w+) <= (\d+)", "\\1\u00a0<=\u00a0\\2\u00a0<=\u00a0\\3", text)
    lines = textwrap.wrap(protected, width=_WIDTH - 4, break_on_hyphens=False)
    return [line.replace("\u00a0", " ") for line in lines]


def _label(branch: Branch, count: int) -> str:
    if branch.condition is None:
        return "otherwise" if count > 1 else "everywhere"
    return f"if {pyexpr(branch.condition)}"


def _owner(term: Term) -> str:
    return f"{term.owner or 'self'} ({term.owner_type})"


def _doc(estimate: Estimate, indent: str = "") -> list[str]:
    """Docstring lines: the formula per branch, then the terms per submodule."""
    if estimate.failure is not None:
        lines = ["", "Not derived (raises NotImplementedError): " + estimate.failure]
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
            lines.append(f"{_label(branch, count)}: ValueError ({why})")
        else:
            lines.append(f"{_label(branch, count)}: {pyexpr(branch.total)}")
    valued = [b for b in estimate.branches if b.rejection is None and b.terms]
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


def _branch(branch: Branch, key: str, point: str) -> dict[str, object]:
    """A branch as template strings; a rejection's message as string pieces for implicit
    concatenation, each short enough for one source line (f-strings where the point's values
    are interpolated)."""
    error = None
    if branch.rejection is not None:
        where = _strip_line(branch.rejection.location)
        stage = branch.rejection.stage
        undefined = "no module" if stage == "factory" else "no training step"
        head = f"{key}: {undefined} at {point}; "
        text = f"the {stage} raises {branch.rejection.error} where {pyexpr(branch.condition)}" + (
            f" ({where})" if where else ""
        )
        width = _WIDTH - 20
        error = [
            f'f"{part}"' for part in textwrap.wrap(head, width=width, drop_whitespace=False)
        ] + [
            f'"{_string_safe(part)}"'
            for part in textwrap.wrap(text, width=width, drop_whitespace=False)
        ]
    return {
        "condition": None if branch.condition is None else pyexpr(branch.condition),
        "value": None if branch.rejection is not None else pyexpr(branch.total),
        "exception": "ValueError",
        "error": error,
    }


def _failure(reason: str, key: str, title: str) -> dict[str, object]:
    """The one branch of an estimate that was not derived: NotImplementedError, the reason."""
    text = f"{key}: {title[:1].lower()}{title[1:]} were not derived: {reason}"
    parts = textwrap.wrap(text, width=_WIDTH - 20, drop_whitespace=False, break_long_words=True)
    return {
        "condition": None,
        "value": None,
        "exception": "NotImplementedError",
        "error": [f'"{_string_safe(part)}"' for part in parts],
    }


def _strip_line(location: str | None) -> str | None:
    """``file.py:57 in f`` -> ``file.py, in f``: stable while unrelated lines move."""
    if location is None:
        return None
    return re.sub(r":\d+ in ", ", in ", location)


def _string_safe(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')
