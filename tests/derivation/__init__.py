"""Tier 2: derivation on purpose-made blueprints and synthetic regions: what it proves,
what it refuses."""
