"""Tier 4: generated formulas against the real modules, exhaustively and at random, and the
sweeps of whole libraries."""
