"""The modules of the blueprints indexed by `zoo_estimates.py`, and the checks they share.

GENERATED FILE, do not edit (see `zoo_estimates.py`).
"""

from __future__ import annotations

import operator
from collections.abc import Callable


def again(
    function: Callable[..., int],
    blueprint: str,
    domain: dict[str, tuple[object, ...]],
    given: dict[str, object],
) -> int:
    """``function`` of ``blueprint`` called again where its arguments failed the fast check:
    with every integer argument of another type that ``operator.index`` accepts (numpy's
    integers, a 0-d integer tensor) as an int; otherwise (nothing to convert) the error
    ``invalid`` makes. Booleans are not integers here, whatever their type; a plain int never
    comes this way."""
    converted = dict(given)
    for name, allowed in domain.items():
        value = given.get(name)
        if len(allowed) != 2 or name not in given or type(value) is int:
            continue
        if isinstance(value, bool) or "bool" in str(getattr(value, "dtype", "")):
            continue
        try:
            converted[name] = operator.index(value)
        except TypeError:
            continue
    if all(converted[n] is given[n] for n in given):
        raise invalid(blueprint, domain, given)
    dim = converted.pop("dim")
    return function(dim, **converted)


def invalid(
    blueprint: str, domain: dict[str, tuple[object, ...]], given: dict[str, object]
) -> Exception:
    """The error for the first argument ``given`` outside its ``domain`` ((lo, hi) for an
    integer, (choices,) for the others), in the domain's order: TypeError for a wrong type,
    ValueError otherwise."""
    for name, allowed in domain.items():
        if name not in given:
            continue
        value = given[name]
        if len(allowed) == 2:
            lo, hi = allowed
            if type(value) is not int:
                return TypeError(f"{blueprint}: {name} must be an int, got {type(value).__name__}")
            if not lo <= value <= hi:
                proven = f"{lo} <= {name} <= {hi}"
                return ValueError(
                    f"{blueprint}: {name}={value} is outside the proven domain {proven}"
                )
        elif not any(type(value) is type(c) and value == c for c in allowed[0]):
            return ValueError(f"{blueprint}: {name} must be one of {allowed[0]!r}, got {value!r}")
    return AssertionError(f"{blueprint}: invalid() called with valid arguments {given!r}")


class Refused(ValueError):
    """A point of the domain where the blueprint has no module or no training step (the
    factory or the step raises there): a ValueError, told apart from arguments outside the
    domain by ``max_fitting``, which passes over such points."""


def refused(blueprint: str, what: str, why: str, **point: int) -> Refused:
    """The error where the blueprint has no module or no training step: the point and why."""
    where = ", ".join(f"{name}={value}" for name, value in point.items())
    return Refused(f"{blueprint}: {what} at {where}; {why}")
