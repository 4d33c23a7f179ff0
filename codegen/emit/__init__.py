"""From the IR to text: nothing here imports torch or changes a derivation.

``printer`` (sympy to integer Python and to math) -> ``tidy`` (conditions without redundant
disjuncts) -> ``render`` (the templates' context, Jinja2, ruff) -> ``output`` (write
atomically, or check with a unified diff); ``explain`` and ``report`` print a blueprint's
formulas and values for people.
"""
