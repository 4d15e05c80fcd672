"""Engines that run claimcheck's extraction on more than one process or machine. Each one is optional: its
module imports its engine's package only when called, and ``import claimcheck`` imports none of them."""
