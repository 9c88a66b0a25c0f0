"""tracker: an offline-first trade-and-security tracker database."""

__version__ = "0.1.0"
