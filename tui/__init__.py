"""Timeline Explorer: check, resolve and explore timelines built from news articles."""

__version__ = "0.1.0"
