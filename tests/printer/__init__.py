"""Tier 1: the printers and the integer vocabulary, exact strings (no torch)."""
