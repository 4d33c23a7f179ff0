"""Tier 5: the store of derivations, read as data, fresh against the generator, checked
against the modules."""
