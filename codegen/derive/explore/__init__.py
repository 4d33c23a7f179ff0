"""The exploration engine: cover a box of integer points with regions, merge them into branches.

One skeleton, two oracles. ``cover`` is the loop (a region at a point, then a point no region
covers yet, until none is left) and ``merge`` the grouping into ordered branches with short
conditions; each asks an oracle what it cannot decide itself:

- ``enumeration``: every point of a small box in numpy (parameters and buffers, over dim and
  the hyperparameters), regions as masks;
- ``smt``: z3 over boxes too large to enumerate (FLOPs, with the input sizes), regions as
  conjunctions of conditions, every cover and every branch proven.

``box`` is the box itself: its variables' ranges, its grid, its z3 questions. Nothing in this
package imports torch; where regions come from (a symbolic build, a trace) is the caller's
business, so the tests drive both oracles with synthetic regions.
"""
