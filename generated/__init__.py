"""Generated code, committed: see estimates.py (regenerate with `nox -s codegen`)."""
