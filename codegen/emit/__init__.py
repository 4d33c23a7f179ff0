"""From the IR to text: nothing here imports torch or changes a derivation.

``printer`` (sympy to integer Python and to math) -> ``tidy`` (conditions without redundant
disjuncts) -> ``render`` (Jinja2 over the templates) -> ``output`` (write atomically, or check
with a unified diff); ``explain`` and ``report`` print a blueprint's formulas and values for
people. What each quantity is called and counts is ``ir.QUANTITY_TABLE``.

``render`` gives each template a small typed context (``context``: the index, a blueprint's
module; ``functions``: one generated function), built with ``choices`` (a variant per group of
choice values and the shortest test for it), ``refusals`` (error texts and refusal predicates
a module states once) and ``hoisting`` (a function's locals); ``wrapping`` wraps docstrings and
string constants, and ``formatting`` runs ruff, the one formatter of the generated code.
"""
