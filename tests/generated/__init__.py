"""Tier 3: the generated module, the registry that reads it, and the report, as their users
see them."""
