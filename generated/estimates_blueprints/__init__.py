"""The modules of the blueprints indexed by `estimates.py`, and the checks they share.

GENERATED FILE, do not edit (see `estimates.py`).
"""

from __future__ import annotations


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
