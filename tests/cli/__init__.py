"""Tier 6: the command line, a user's project and the installed wheel, run as users run them."""
