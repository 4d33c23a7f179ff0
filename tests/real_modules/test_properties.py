"""Property-based: random blueprints, hyperparameters and dims across the derived domain."""

from __future__ import annotations

import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from generated import estimates

from ..conftest import BUILTINS

SPECS = BUILTINS


@st.composite
def points(draw: st.DrawFn) -> tuple:
    spec = draw(st.sampled_from(SPECS))
    bounds = dict(spec.bounds)
    choices = dict(spec.choices)
    hyper = {}
    for name in spec.hyperparameters():
        if name in choices:
            hyper[name] = draw(st.sampled_from(choices[name]))
        else:
            lo, hi = bounds.get(name, (1, 64))
            hyper[name] = draw(st.integers(lo, hi))
    dim = draw(st.integers(1, 65536))
    return spec, dim, hyper


@settings(max_examples=400, deadline=None)
@given(points())
def test_estimates_equal_real_modules_everywhere_in_the_domain(point: tuple) -> None:
    spec, dim, hyper = point
    try:
        with torch.device("meta"):
            module = spec.build(dim, **hyper)
    except ValueError:
        try:
            estimates.param_count(spec.topology, spec.name, dim, **hyper)
        except ValueError:
            return
        raise AssertionError(f"{spec.key} at dim={dim}, {hyper}: the factory raises") from None
    expected = sum(p.numel() for p in module.parameters())
    assert estimates.param_count(spec.topology, spec.name, dim, **hyper) == expected
    assert estimates.buffer_count(spec.topology, spec.name, dim, **hyper) == sum(
        b.numel() for b in module.buffers()
    )
