"""The model: frozen dataclasses for timelines, events, sources, resolutions and problems.

Standard library only, so that every other layer can depend on it.
"""
