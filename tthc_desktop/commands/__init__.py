"""Headless subcommands of ``tthc-desktop``; each module adds its parsers through ``register``."""
